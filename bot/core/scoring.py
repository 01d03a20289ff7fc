"""Competition scoring: Kahoot-style points, answer streaks, standings, study-day streaks
and weekly seasons.

Points for one question:
- a wrong or missing answer scores 0 and breaks the streak;
- a correct answer scores 500..1000 by speed (`answer_points`), plus a streak bonus
  (`streak_bonus`) of 100 per correct answer in a row before it, at most 500.

A season is one local week, Monday 00:00 to the next Monday 00:00 in the group's time zone.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from zoneinfo import ZoneInfo

from bot.core.schedule import local_to_utc

MAX_POINTS = 1000
MIN_CORRECT_POINTS = 500
STREAK_STEP = 100
STREAK_CAP = 500
PODIUM_SIZE = 3


def answer_points(correct: bool, elapsed_seconds: float, open_seconds: float) -> int:
    """Points for one answer: 0 when wrong, else ``round(1000 * (1 - t / open / 2))``.

    An instant answer scores 1000 and one at the deadline 500. A negative elapsed time (clock
    skew) counts as instant; a late or unmeasurable one (NaN) scores the minimum 500; without
    a positive open period every correct answer scores 1000.
    """
    if not correct:
        return 0
    if not open_seconds > 0 or math.isinf(open_seconds):
        return MAX_POINTS
    if math.isnan(elapsed_seconds):
        return MIN_CORRECT_POINTS
    share = min(max(elapsed_seconds / open_seconds, 0.0), 1.0)
    points = round(MAX_POINTS * (1 - share / 2))
    return min(max(points, MIN_CORRECT_POINTS), MAX_POINTS)


def streak_bonus(streak: int) -> int:
    """Bonus for the correct answer that makes the streak ``streak`` long.

    ``min(100 * (streak - 1), 500)``: the first correct answer gets nothing, the second +100,
    the sixth and every later one +500.
    """
    if streak <= 1:
        return 0
    return min(STREAK_STEP * (streak - 1), STREAK_CAP)


@dataclass(frozen=True, slots=True, kw_only=True)
class PlayerRound:
    """One player's tally in a round (a group quiz or a season).

    ``answered`` counts answers given, ``missed`` questions left unanswered; accuracy is
    ``correct / answered``. ``total_seconds`` sums the answer times and breaks ties.
    """

    user_id: int
    name: str
    points: int = 0
    correct: int = 0
    answered: int = 0
    missed: int = 0
    streak: int = 0
    best_streak: int = 0
    total_seconds: float = 0.0


def apply_answer(
    player: PlayerRound | None,
    user_id: int,
    name: str,
    correct: bool,
    elapsed_seconds: float,
    open_seconds: float,
) -> tuple[PlayerRound, int]:
    """Record one answer: return the updated player and the points it earned (with bonus).

    ``name`` replaces the stored one, so a renamed user shows their current name.
    """
    if player is None:
        player = PlayerRound(user_id=user_id, name=name)
    elif player.user_id != user_id:
        raise ValueError(f"player {player.user_id} is not user {user_id}")

    # Clamped like the points, so one stuck clock cannot win or lose a tie-break by hours.
    seconds = elapsed_seconds if math.isfinite(elapsed_seconds) else open_seconds
    if open_seconds > 0 and math.isfinite(open_seconds):
        seconds = min(seconds, open_seconds)
    seconds = max(seconds, 0.0) if math.isfinite(seconds) else 0.0

    if correct:
        streak = player.streak + 1
        earned = answer_points(True, elapsed_seconds, open_seconds) + streak_bonus(streak)
    else:
        streak = 0
        earned = 0
    updated = replace(
        player,
        name=name,
        points=player.points + earned,
        correct=player.correct + int(correct),
        answered=player.answered + 1,
        streak=streak,
        best_streak=max(player.best_streak, streak),
        total_seconds=player.total_seconds + seconds,
    )
    return updated, earned


def apply_miss(player: PlayerRound) -> PlayerRound:
    """Record a question the player did not answer: the streak resets, ``missed`` grows."""
    return replace(player, streak=0, missed=player.missed + 1)


@dataclass(frozen=True, slots=True, kw_only=True)
class Attempt:
    """One recorded answer in a round: who answered which question (by position), and how."""

    user_id: int
    name: str
    position: int
    correct: bool
    seconds: float


def _play(
    player: PlayerRound | None, attempt: Attempt, open_seconds: float
) -> tuple[PlayerRound, int]:
    """`apply_answer` after `apply_miss` for every question the player skipped before it."""
    if player is None:
        player = PlayerRound(user_id=attempt.user_id, name=attempt.name)
    for _ in range(attempt.position - player.answered - player.missed):
        player = apply_miss(player)
    return apply_answer(
        player, attempt.user_id, attempt.name, attempt.correct, attempt.seconds, open_seconds
    )


def tally(attempts: Iterable[Attempt], open_seconds: float) -> dict[int, PlayerRound]:
    """Every player's tally, replaying `attempts` in question order (positions from 0).

    A question a player left unanswered breaks their streak, as it did during the round.
    """
    players: dict[int, PlayerRound] = {}
    for attempt in sorted(attempts, key=lambda a: a.position):
        players[attempt.user_id], _ = _play(players.get(attempt.user_id), attempt, open_seconds)
    return players


def points_for(earlier: Iterable[Attempt], attempt: Attempt, open_seconds: float) -> int:
    """Points `attempt` earns after the player's `earlier` answers: speed plus streak bonus."""
    before = tally(
        (a for a in earlier if a.user_id == attempt.user_id and a.position < attempt.position),
        open_seconds,
    )
    _, earned = _play(before.get(attempt.user_id), attempt, open_seconds)
    return earned


def _rank_key(player: PlayerRound) -> tuple[int, int, float, int]:
    return (-player.points, -player.correct, player.total_seconds, player.user_id)


def standings(players: Iterable[PlayerRound]) -> list[PlayerRound]:
    """Players by points, then correct answers, then less total time, then user id."""
    return sorted(players, key=_rank_key)


def podium(players: Iterable[PlayerRound], size: int = PODIUM_SIZE) -> list[PlayerRound]:
    """The top ``size`` players of `standings` who scored at least one point."""
    if size <= 0:
        return []
    return [p for p in standings(players) if p.points > 0][:size]


def most_accurate(players: Iterable[PlayerRound], min_answers: int = 1) -> PlayerRound | None:
    """The player with the best ``correct / answered`` among those with at least
    ``min_answers`` answers and one correct; ties go to more correct, then faster, then id.
    """
    eligible = [p for p in players if p.answered >= max(min_answers, 1) and p.correct > 0]
    if not eligible:
        return None
    return min(
        eligible,
        key=lambda p: (-Fraction(p.correct, p.answered), -p.correct, p.total_seconds, p.user_id),
    )


def day_streaks(answer_days: Sequence[date], today: date) -> tuple[int, int]:
    """(current, best) runs of consecutive days with at least one answer.

    The current run ends today, or yesterday when nothing was answered yet today (the streak
    is not lost until the day is over); otherwise it is 0. Days after ``today`` are ignored.
    """
    days = sorted({d for d in answer_days if d <= today})
    best = 0
    run = 0
    previous: date | None = None
    for day in days:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        best = max(best, run)
        previous = day
    if previous is None or today - previous > timedelta(days=1):
        return 0, best
    return run, best


def _season_monday(now: datetime, tz: ZoneInfo) -> date:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be a timezone-aware datetime")
    local_day = now.astimezone(tz).date()
    return local_day - timedelta(days=local_day.weekday())


def season_start(now: datetime, tz: ZoneInfo) -> datetime:
    """Start of the season containing ``now``: the latest Monday 00:00 local in ``tz``, in UTC.

    Where a midnight does not exist (a DST jump at 00:00) the season starts when the clocks
    jump, so seasons never overlap or leave a gap.
    """
    return season_bounds(now, tz)[0]


def season_bounds(now: datetime, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """(start, next start) of the season containing ``now``, both UTC; start <= now < end."""
    monday = _season_monday(now, tz)
    return local_to_utc(monday, time(0), tz), local_to_utc(monday + timedelta(days=7), time(0), tz)


def previous_season_bounds(now: datetime, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """(start, end) of the season before the one containing ``now``, both UTC."""
    monday = _season_monday(now, tz)
    return local_to_utc(monday - timedelta(days=7), time(0), tz), local_to_utc(monday, time(0), tz)


def season_id(now: datetime, tz: ZoneInfo) -> str:
    """The season's ISO week label, like "2026-W48", of the local Monday it starts on."""
    year, week, _ = _season_monday(now, tz).isocalendar()
    return f"{year}-W{week:02d}"
