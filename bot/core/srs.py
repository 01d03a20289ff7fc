"""Spaced repetition: when each card should come back, and which cards to ask next.

The scheduler is SM-2 (SuperMemo 2, Woźniak 1990) with three small, documented changes.
SM-2 was chosen over newer models (FSRS, Leitner boxes) because it needs no training data,
is four numbers per card, and is easy to reason about when a user asks "why this card?".

Changes from the textbook algorithm:
- The quality comes from a quiz answer (right/wrong and how fast), see `grade_from_answer`,
  or from a self-check the learner grades, see `grade_self_check`.
- A lapse (quality < 3) brings the card back after `RELEARN_DELAY` (10 minutes) rather than
  the next day, so the daily push or the next quiz can re-ask it while it is fresh.
- The second interval is 3 days instead of 6 after a hesitant (quality 3) answer, and every
  interval is capped at `MAX_INTERVAL_DAYS`, so a card is seen at least once a year.

The ease factor is updated after every review, lapses included, with the SM-2 formula
``ease += 0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)`` and never drops below `MIN_EASE`.
The next interval uses the ease the card had *before* this review (SM-2's order of steps).
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from fractions import Fraction

DEFAULT_EASE = 2.5
MIN_EASE = 1.3
MAX_INTERVAL_DAYS = 365.0
FIRST_INTERVAL_DAYS = 1.0
SECOND_INTERVAL_DAYS = 6.0
SECOND_INTERVAL_HESITANT_DAYS = 3.0
RELEARN_DELAY = timedelta(minutes=10)
PASSING_QUALITY = 3
MAX_QUALITY = 5

# Thresholds for grading a correct answer by speed: as a share of the poll's open period
# when it is known, otherwise in seconds (a typical definition question takes 5-20 s to read).
FAST_SHARE = 0.25
MEDIUM_SHARE = 0.6
FAST_SECONDS = 8.0
MEDIUM_SECONDS = 20.0


@dataclass(frozen=True, slots=True, kw_only=True)
class ReviewState:
    """What the scheduler remembers about one user's progress on one card."""

    card_id: str
    ease: float = DEFAULT_EASE
    interval_days: float = 0.0
    repetitions: int = 0
    lapses: int = 0
    due: datetime | None = None
    last_review: datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CardStats:
    """Answer counts for one card (per user or per group)."""

    card_id: str
    answered: int
    correct: int

    def __post_init__(self) -> None:
        if self.answered < 0 or not 0 <= self.correct <= self.answered:
            raise ValueError(
                f"inconsistent stats for {self.card_id!r}: "
                f"{self.correct} correct of {self.answered} answered"
            )

    @property
    def wrong(self) -> int:
        return self.answered - self.correct


def _require_aware(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be a timezone-aware datetime")


def grade_from_answer(
    correct: bool, answer_seconds: float | None, open_seconds: float | None = None
) -> int:
    """Map a quiz answer to an SM-2 quality 0..5.

    - no answer at all (``correct`` false and ``answer_seconds`` None) → 1 (did not recall);
    - a wrong answer → 2 (recalled something, but the wrong thing);
    - correct within 25% of the open period (or 8 s without one) → 5;
    - correct within 60% of it (or 20 s) → 4; a slower correct answer → 3;
    - correct with unknown timing → 4.
    """
    if not correct:
        return 1 if answer_seconds is None else 2
    if answer_seconds is None or math.isnan(answer_seconds):
        return 4
    elapsed = max(0.0, answer_seconds)
    if open_seconds is not None and open_seconds > 0:
        share = elapsed / open_seconds
        if share <= FAST_SHARE:
            return 5
        return 4 if share <= MEDIUM_SHARE else 3
    if elapsed <= FAST_SECONDS:
        return 5
    return 4 if elapsed <= MEDIUM_SECONDS else 3


def grade_self_check(knew: bool) -> int:
    """Map a self-check ("knew it" / "didn't know") to an SM-2 quality.

    A long answer takes a while to read, so speed says nothing: "knew it" is a correct
    answer of unknown timing (4), "didn't know" did not recall (1).
    """
    return grade_from_answer(knew, None)


def _next_ease(ease: float, quality: int) -> float:
    miss = MAX_QUALITY - quality
    return max(MIN_EASE, ease + 0.1 - miss * (0.08 + miss * 0.02))


def review(state: ReviewState | None, card_id: str, quality: int, now: datetime) -> ReviewState:
    """Return the card's state after one review of the given SM-2 quality (0..5) at ``now``."""
    _require_aware(now)
    if not 0 <= quality <= MAX_QUALITY:
        raise ValueError(f"quality must be 0..5, got {quality}")
    if state is None:
        state = ReviewState(card_id=card_id)
    elif state.card_id != card_id:
        raise ValueError(f"state belongs to {state.card_id!r}, not {card_id!r}")

    ease = _next_ease(state.ease, quality)
    if quality < PASSING_QUALITY:
        return ReviewState(
            card_id=card_id,
            ease=ease,
            interval_days=0.0,
            repetitions=0,
            lapses=state.lapses + 1,
            due=now + RELEARN_DELAY,
            last_review=now,
        )

    if state.repetitions == 0:
        interval = FIRST_INTERVAL_DAYS
    elif state.repetitions == 1:
        interval = (
            SECOND_INTERVAL_HESITANT_DAYS if quality == PASSING_QUALITY else SECOND_INTERVAL_DAYS
        )
    else:
        # A stored interval of 0 (e.g. hand-edited data) must still move the card forward.
        interval = max(state.interval_days * state.ease, FIRST_INTERVAL_DAYS)
    interval = min(interval, MAX_INTERVAL_DAYS)
    return ReviewState(
        card_id=card_id,
        ease=ease,
        interval_days=interval,
        repetitions=state.repetitions + 1,
        lapses=state.lapses,
        due=now + timedelta(days=interval),
        last_review=now,
    )


def is_due(state: ReviewState | None, now: datetime) -> bool:
    """True when a reviewed card's due time has come; a never-reviewed card is new, not due."""
    _require_aware(now)
    return state is not None and state.due is not None and state.due <= now


def _weakness_key(state: ReviewState) -> tuple[float, int, str]:
    return (state.ease, -state.lapses, state.card_id)


def pick_cards(
    states: Mapping[str, ReviewState],
    all_card_ids: Sequence[str],
    now: datetime,
    n: int,
    rng: random.Random,
    *,
    new_limit: int | None = None,
) -> list[str]:
    """Choose up to ``n`` distinct cards to ask next.

    Order: due cards (most overdue first, then the weakest: lowest ease, most lapses), then
    new cards (no state, or a state never scheduled) shuffled with ``rng``, at most
    ``new_limit`` of them, then not-yet-due cards soonest first. Ids missing from
    ``all_card_ids`` (cards removed from the notes) are never returned.
    """
    _require_aware(now)
    if n <= 0:
        return []
    known = list(dict.fromkeys(all_card_ids))
    due: list[ReviewState] = []
    later: list[ReviewState] = []
    new: list[str] = []
    for card_id in known:
        state = states.get(card_id)
        if state is None or state.due is None:
            new.append(card_id)
        elif state.due <= now:
            due.append(state)
        else:
            later.append(state)

    due.sort(key=lambda s: (s.due, *_weakness_key(s)))
    # The shuffle runs over the notes' order, so the same seed gives the same picks.
    rng.shuffle(new)
    if new_limit is not None:
        new = new[: max(new_limit, 0)]
    later.sort(key=lambda s: (s.due, *_weakness_key(s)))

    picked = [s.card_id for s in due] + new + [s.card_id for s in later]
    return picked[:n]


def weakest_cards(stats: Sequence[CardStats], n: int) -> list[str]:
    """The ``n`` cards answered wrong most often, by Laplace-smoothed error rate.

    The rate is ``(wrong + 1) / (answered + 2)``, so one miss out of one answer does not
    outrank eight out of ten. Ties go to more wrong answers, then to the card id. Only cards
    with at least one wrong answer are listed; repeated ids are added together.
    """
    if n <= 0:
        return []
    totals: dict[str, list[int]] = {}
    for item in stats:
        answered_correct = totals.setdefault(item.card_id, [0, 0])
        answered_correct[0] += item.answered
        answered_correct[1] += item.correct
    ranked: list[tuple[Fraction, int, str]] = []
    for card_id, (answered, correct) in totals.items():
        wrong = answered - correct
        if wrong > 0:
            ranked.append((Fraction(wrong + 1, answered + 2), wrong, card_id))
    ranked.sort(key=lambda r: (-r[0], -r[1], r[2]))
    return [card_id for _, _, card_id in ranked[:n]]
