"""A learner's progress from their answers: counts, streaks, strong and weak cards, mastery.

Pure: the answers, the per-card counts and the moment come in as arguments.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.models import Card
from bot.core.scoring import day_streaks
from bot.core.srs import CardStats, weakest_cards
from bot.core.topics import Topic, TopicIndex

CHART_DAYS = 30
SHOWN_CARDS = 3


@dataclass(frozen=True, slots=True, kw_only=True)
class UserStats:
    answered: int
    correct: int
    day_streak: int
    best_day_streak: int
    answer_streak: int
    best_answer_streak: int
    due: int
    strongest: tuple[Card, ...] = ()
    weakest: tuple[Card, ...] = ()
    daily: tuple[tuple[date, int, int], ...] = ()  # (day, answered, correct), last 30 days
    sections: tuple[tuple[str, float], ...] = ()  # (top-level section, share correct)
    today: date | None = None  # in the time zone the days were counted in
    topics: tuple[TopicScore, ...] = ()  # mastery by topic (see core.topics.mastery)
    next_due: datetime | None = None  # when the next card comes due (same time zone)

    @property
    def accuracy(self) -> int:
        return round(100 * self.correct / self.answered) if self.answered else 0


def answer_streaks(results: Iterable[bool]) -> tuple[int, int]:
    """(current, best) runs of correct answers in a row, oldest answer first."""
    run = best = 0
    for correct in results:
        run = run + 1 if correct else 0
        best = max(best, run)
    return run, best


def per_day(
    answers: Iterable[tuple[date, bool]], today: date, days: int = CHART_DAYS
) -> tuple[tuple[date, int, int], ...]:
    """(day, answered, correct) for each of the last `days` days that has answers."""
    start = today - timedelta(days=days - 1)
    buckets: dict[date, list[int]] = {}
    for day, correct in answers:
        if day >= start:
            bucket = buckets.setdefault(day, [0, 0])
            bucket[0] += 1
            bucket[1] += int(correct)
    return tuple((d, v[0], v[1]) for d, v in sorted(buckets.items()))


def strongest_cards(counts: Sequence[CardStats], n: int = SHOWN_CARDS) -> list[str]:
    """Cards answered right most reliably (Laplace-smoothed), then most often, then by id."""
    ranked = sorted(
        (c for c in counts if c.correct),
        key=lambda c: (-(c.correct + 1) / (c.answered + 2), -c.correct, c.card_id),
    )
    return [c.card_id for c in ranked[:n]]


def mastery(
    counts: Iterable[CardStats], cards: Mapping[str, Card]
) -> tuple[tuple[str, float], ...]:
    """Share of correct answers per top-level section of the notes (or per note)."""
    totals: dict[str, list[int]] = {}
    for c in counts:
        card = cards.get(c.card_id)
        if card is None:
            continue
        section = card.section[0] if card.section else card.note
        bucket = totals.setdefault(section, [0, 0])
        bucket[0] += c.answered
        bucket[1] += c.correct
    return tuple((s, v[1] / v[0]) for s, v in sorted(totals.items()) if v[0])


@dataclass(frozen=True, slots=True, kw_only=True)
class TopicScore:
    """How well someone answers the cards of one topic."""

    topic: Topic
    answered: int
    correct: int

    @property
    def share(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


def topic_mastery(
    index: TopicIndex, counts: Iterable[CardStats], limit: int = 5
) -> tuple[TopicScore, ...]:
    """Share of right answers per top-level topic, most answered first; when all answers sit
    in one top-level topic, its sub-topics are shown under it instead of it alone."""
    totals: dict[str, list[int]] = {}
    for c in counts:
        for key in index.card_keys.get(c.card_id, ()):
            bucket = totals.setdefault(key, [0, 0])
            bucket[0] += c.answered
            bucket[1] += c.correct
    scores = [
        TopicScore(topic=index.by_key[key], answered=n, correct=ok)
        for key, (n, ok) in totals.items()
        if n and key in index.by_key
    ]
    order = sorted(scores, key=lambda s: (-s.answered, s.topic.key))
    top = [s for s in order if not s.topic.depth]
    if len(top) == 1:
        children = [s for s in order if s.topic.parent_key == top[0].topic.key]
        top += children
    return tuple(top[:limit])


def user_stats(
    *,
    answers: Sequence[tuple[datetime, bool]],
    counts: Sequence[CardStats],
    cards: Mapping[str, Card],
    due: int,
    now: datetime,
    zone: ZoneInfo,
) -> UserStats:
    """Everything /stats shows, from the user's answers (oldest first) and per-card counts.

    Counts of cards no longer in the notes are left out of the strong, weak and mastery parts.
    """
    local = [(at.astimezone(zone).date(), correct) for at, correct in answers]
    today = now.astimezone(zone).date()
    day_streak, best_day = day_streaks(sorted({day for day, _ in local}), today)
    run, best_run = answer_streaks(correct for _, correct in answers)
    known = [c for c in counts if c.card_id in cards]
    return UserStats(
        answered=len(answers),
        correct=sum(1 for _, correct in answers if correct),
        day_streak=day_streak,
        best_day_streak=best_day,
        answer_streak=run,
        best_answer_streak=best_run,
        due=due,
        strongest=tuple(cards[cid] for cid in strongest_cards(known)),
        weakest=tuple(cards[cid] for cid in weakest_cards(known, SHOWN_CARDS)),
        daily=per_day(local, today),
        sections=mastery(known, cards),
        today=today,
    )
