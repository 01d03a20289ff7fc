"""Spaced repetition: when a card comes back, and which cards a quiz asks first."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.srs import (
    MAX_INTERVAL_DAYS,
    MIN_EASE,
    CardStats,
    ReviewState,
    grade_from_answer,
    is_due,
    pick_cards,
    review,
    weakest_cards,
)

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)


# --- grading ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("correct", "seconds", "open_seconds", "quality"),
    [
        (False, None, 30.0, 1),  # no answer: did not recall
        (False, 3.0, 30.0, 2),  # a wrong answer
        (True, 2.0, 30.0, 5),  # within a quarter of the poll time
        (True, 15.0, 30.0, 4),
        (True, 25.0, 30.0, 3),  # right, but only just
        (True, -1.0, 30.0, 5),  # clock skew counts as instant
        (True, 5.0, None, 5),  # no poll timer: absolute seconds
        (True, 12.0, None, 4),
        (True, 40.0, None, 3),
        (True, None, None, 4),  # right, timing unknown
    ],
)
def test_grade_from_answer(
    correct: bool, seconds: float | None, open_seconds: float | None, quality: int
) -> None:
    assert grade_from_answer(correct, seconds, open_seconds) == quality


# --- SM-2 ---------------------------------------------------------------------------------


def test_intervals_grow_one_day_six_days_then_by_ease() -> None:
    first = review(None, "image", 5, NOW)
    assert first.due == NOW + DAY
    assert (first.repetitions, first.interval_days) == (1, 1.0)
    assert first.ease == pytest.approx(2.6)

    second = review(first, "image", 5, NOW + DAY)
    assert second.due == NOW + 7 * DAY
    assert second.interval_days == 6.0
    assert second.ease == pytest.approx(2.7)

    third = review(second, "image", 5, NOW + 7 * DAY)
    assert third.interval_days == pytest.approx(6 * 2.7)  # 16.2 days
    assert third.due == NOW + 7 * DAY + timedelta(days=6 * 2.7)
    assert third.ease == pytest.approx(2.8)

    fourth = review(third, "image", 4, third.due or NOW)
    assert fourth.interval_days == pytest.approx(6 * 2.7 * 2.8)  # 45.36 days
    assert fourth.ease == pytest.approx(2.8)  # quality 4 keeps the ease
    assert fourth.last_review == third.due


def test_hesitant_second_answer_comes_back_in_three_days() -> None:
    first = review(None, "volume", 5, NOW)
    second = review(first, "volume", 3, NOW + DAY)
    assert second.interval_days == 3.0
    assert second.due == NOW + 4 * DAY
    assert second.ease == pytest.approx(2.6 - 0.14)


def test_lapse_resets_repetitions_and_relearns_in_ten_minutes() -> None:
    state = ReviewState(card_id="compose", ease=2.8, interval_days=16.2, repetitions=3)
    lapsed = review(state, "compose", 1, NOW)
    assert lapsed.due == NOW + timedelta(minutes=10)
    assert (lapsed.repetitions, lapsed.lapses, lapsed.interval_days) == (0, 1, 0.0)
    assert lapsed.ease == pytest.approx(2.8 - 0.54)
    assert is_due(lapsed, NOW + timedelta(minutes=10))
    assert not is_due(lapsed, NOW + timedelta(minutes=9))
    # Relearned: it starts over at one day, keeping the lower ease and the lapse count.
    again = review(lapsed, "compose", 5, NOW + timedelta(minutes=10))
    assert again.due == NOW + timedelta(minutes=10) + DAY
    assert (again.repetitions, again.lapses) == (1, 1)


def test_ease_never_drops_below_floor() -> None:
    state: ReviewState | None = None
    for minute in range(10):
        state = review(state, "network", 0, NOW + timedelta(minutes=minute))
    assert state is not None
    assert state.ease == MIN_EASE
    assert state.lapses == 10


def test_interval_capped_at_a_year() -> None:
    state = ReviewState(card_id="image", ease=2.5, interval_days=300.0, repetitions=6)
    after = review(state, "image", 5, NOW)
    assert after.interval_days == MAX_INTERVAL_DAYS
    assert after.due == NOW + timedelta(days=365)


def test_review_rejects_bad_input() -> None:
    with pytest.raises(ValueError, match="quality"):
        review(None, "image", 6, NOW)
    with pytest.raises(ValueError, match="belongs to"):
        review(ReviewState(card_id="image"), "volume", 5, NOW)
    with pytest.raises(ValueError, match="timezone-aware"):
        review(None, "image", 5, datetime(2026, 11, 25, 9, 0))


@given(st.lists(st.integers(min_value=0, max_value=5), min_size=1, max_size=40))
def test_any_review_sequence_keeps_state_sane(qualities: list[int]) -> None:
    state: ReviewState | None = None
    now = NOW
    for quality in qualities:
        state = review(state, "card", quality, now)
        assert state.due is not None
        assert now < state.due <= now + timedelta(days=365)
        assert state.ease >= MIN_EASE
        now = state.due
    assert state is not None
    assert state.lapses == sum(1 for q in qualities if q < 3)


def test_is_due_for_new_cards_is_false() -> None:
    assert not is_due(None, NOW)
    assert not is_due(ReviewState(card_id="image"), NOW)
    assert is_due(ReviewState(card_id="image", due=NOW), NOW)


# --- picking cards ------------------------------------------------------------------------


def _state(card_id: str, due: datetime, ease: float = 2.5, lapses: int = 0) -> ReviewState:
    return ReviewState(card_id=card_id, due=due, ease=ease, lapses=lapses, repetitions=1)


STATES = {
    "old": _state("old", NOW - 2 * DAY),
    "old-weak": _state("old-weak", NOW - 2 * DAY, ease=1.5),
    "recent": _state("recent", NOW - timedelta(hours=1)),
    "later": _state("later", NOW + 3 * DAY),
    "soon": _state("soon", NOW + DAY),
    "removed": _state("removed", NOW - 10 * DAY),  # no longer in the notes
}
CARDS = ["old", "old-weak", "recent", "later", "soon", "new-a", "new-b", "new-c"]


def test_due_cards_first_most_overdue_and_weakest_then_new_then_soonest() -> None:
    picked = pick_cards(STATES, CARDS, NOW, 10, random.Random(7))
    assert picked[:3] == ["old-weak", "old", "recent"]
    assert sorted(picked[3:6]) == ["new-a", "new-b", "new-c"]
    assert picked[6:] == ["soon", "later"]
    assert "removed" not in picked


def test_more_lapses_breaks_a_tie_in_due_and_ease() -> None:
    states = {
        "a": _state("a", NOW - DAY, lapses=0),
        "b": _state("b", NOW - DAY, lapses=3),
    }
    assert pick_cards(states, ["a", "b"], NOW, 2, random.Random(0)) == ["b", "a"]


def test_pick_cards_limits_and_never_repeats() -> None:
    assert pick_cards(STATES, CARDS, NOW, 2, random.Random(7)) == ["old-weak", "old"]
    limited = pick_cards(STATES, CARDS, NOW, 10, random.Random(7), new_limit=1)
    assert len(limited) == 6
    assert limited[4:] == ["soon", "later"]
    doubled = pick_cards(STATES, CARDS + CARDS, NOW, 20, random.Random(7))
    assert len(doubled) == len(set(doubled)) == len(CARDS)
    assert pick_cards(STATES, CARDS, NOW, 0, random.Random(7)) == []
    assert pick_cards({}, [], NOW, 5, random.Random(7)) == []


def test_new_cards_order_is_seeded() -> None:
    cards = [f"card-{i}" for i in range(8)]
    first = pick_cards({}, cards, NOW, 8, random.Random(42))
    assert first == pick_cards({}, cards, NOW, 8, random.Random(42))
    assert sorted(first) == cards
    orders = {tuple(pick_cards({}, cards, NOW, 8, random.Random(seed))) for seed in range(10)}
    assert len(orders) > 1


# --- weakest cards ------------------------------------------------------------------------


def test_weakest_cards_uses_small_sample_correction() -> None:
    stats = [
        CardStats(card_id="one-miss", answered=1, correct=0),  # (1+1)/(1+2) = 0.67
        CardStats(card_id="often-wrong", answered=10, correct=2),  # 9/12 = 0.75
        CardStats(card_id="always-right", answered=5, correct=5),
        CardStats(card_id="two-misses", answered=2, correct=0),  # 3/4 = 0.75
        CardStats(card_id="rare-miss", answered=4, correct=3),  # 2/6 = 0.33
    ]
    # A single miss does not outrank eight misses out of ten; at 0.75 more misses go first.
    assert weakest_cards(stats, 10) == ["often-wrong", "two-misses", "one-miss", "rare-miss"]
    assert weakest_cards(stats, 2) == ["often-wrong", "two-misses"]
    assert weakest_cards(stats, 0) == []


def test_weakest_cards_ties_by_id_and_sums_repeats() -> None:
    stats = [
        CardStats(card_id="y", answered=2, correct=1),
        CardStats(card_id="x", answered=2, correct=1),
    ]
    assert weakest_cards(stats, 5) == ["x", "y"]
    # Two users' rows for "y" add up to 2 wrong of 4: (2+1)/(4+2) = 0.5, the same rate as
    # x's (1+1)/(2+2), but "y" has more wrong answers.
    stats.append(CardStats(card_id="y", answered=2, correct=1))
    assert weakest_cards(stats, 5) == ["y", "x"]


def test_card_stats_rejects_impossible_counts() -> None:
    with pytest.raises(ValueError, match="inconsistent"):
        CardStats(card_id="x", answered=1, correct=2)
    with pytest.raises(ValueError, match="inconsistent"):
        CardStats(card_id="x", answered=-1, correct=0)
