"""Progress statistics from a user's answers: streaks, days, strong and weak cards, mastery."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.models import Card
from bot.core.progress import answer_streaks, mastery, per_day, user_stats
from bot.core.srs import CardStats

MOSCOW = ZoneInfo("Europe/Moscow")


def test_answer_streaks_are_current_and_best_runs() -> None:
    assert answer_streaks([]) == (0, 0)
    assert answer_streaks([True, True, False, True]) == (1, 2)
    assert answer_streaks([False, True, True, True]) == (3, 3)


def test_per_day_counts_the_last_thirty_days_only() -> None:
    today = date(2026, 11, 25)
    answers = [(today, True), (today, False), (today - timedelta(days=29), True)]
    answers.append((today - timedelta(days=30), True))
    assert per_day(answers, today) == ((today - timedelta(days=29), 1, 1), (today, 2, 1))


def test_mastery_is_per_top_level_section_of_known_cards() -> None:
    cards = {
        "a": Card(id="a", title="A", section=("Theory", "Images"), note="docker"),
        "b": Card(id="b", title="B", note="docker"),
    }
    counts = [
        CardStats(card_id="a", answered=4, correct=3),
        CardStats(card_id="b", answered=2, correct=0),
        CardStats(card_id="gone", answered=5, correct=5),
    ]
    assert mastery(counts, cards) == (("Theory", 0.75), ("docker", 0.0))


def test_user_stats_count_days_in_the_given_time_zone() -> None:
    cards = {"a": Card(id="a", title="A", definition="x")}
    now = datetime(2026, 11, 25, 22, 30, tzinfo=UTC)  # already the 26th in Moscow
    answers = [(now - timedelta(days=1), True), (now, False)]
    stats = user_stats(
        answers=answers,
        counts=[CardStats(card_id="a", answered=2, correct=1)],
        cards=cards,
        due=1,
        now=now,
        zone=MOSCOW,
    )
    assert (stats.answered, stats.correct, stats.accuracy) == (2, 1, 50)
    assert (stats.day_streak, stats.best_day_streak) == (2, 2)
    assert (stats.answer_streak, stats.best_answer_streak) == (0, 1)
    assert stats.today == date(2026, 11, 26)
    assert [c.id for c in stats.strongest] == ["a"] and [c.id for c in stats.weakest] == ["a"]
