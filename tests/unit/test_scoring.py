"""Competition scoring: points, streaks, leaderboards, study-day streaks and weekly seasons."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.core.scoring import (
    Attempt,
    PlayerRound,
    answer_points,
    apply_answer,
    apply_miss,
    day_streaks,
    most_accurate,
    podium,
    points_for,
    previous_season_bounds,
    season_bounds,
    season_id,
    season_start,
    standings,
    streak_bonus,
    tally,
)

MOSCOW = ZoneInfo("Europe/Moscow")
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
KATHMANDU = ZoneInfo("Asia/Kathmandu")


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, sec: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, sec, tzinfo=UTC)


# --- points -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("correct", "elapsed", "open_seconds", "points"),
    [
        (True, 0.0, 20.0, 1000),  # instant
        (True, 20.0, 20.0, 500),  # at the deadline
        (True, 10.0, 20.0, 750),
        (True, 5.0, 20.0, 875),
        (True, 1.0, 30.0, 983),
        (True, 45.0, 20.0, 500),  # arrived late: still the minimum for a right answer
        (True, -3.0, 20.0, 1000),  # clock skew
        (True, math.nan, 20.0, 500),
        (True, 3.0, 0.0, 1000),  # untimed question
        (False, 0.0, 20.0, 0),
        (False, 50.0, 20.0, 0),
    ],
)
def test_answer_points(correct: bool, elapsed: float, open_seconds: float, points: int) -> None:
    assert answer_points(correct, elapsed, open_seconds) == points


@pytest.mark.parametrize(
    ("streak", "bonus"), [(0, 0), (1, 0), (2, 100), (3, 200), (5, 400), (6, 500), (7, 500)]
)
def test_streak_bonus_is_capped_at_500(streak: int, bonus: int) -> None:
    assert streak_bonus(streak) == bonus


def test_streak_of_instant_answers_earns_capped_bonus() -> None:
    player, first = apply_answer(None, 7, "Аня", True, 0.0, 20.0)
    earned = [first]
    for _ in range(7):
        player, points = apply_answer(player, 7, "Аня", True, 0.0, 20.0)
        earned.append(points)
    assert earned == [1000, 1100, 1200, 1300, 1400, 1500, 1500, 1500]
    assert player.points == sum(earned) == 10_500
    assert (player.streak, player.best_streak, player.correct, player.answered) == (8, 8, 8, 8)


def test_wrong_answer_and_miss_break_the_streak() -> None:
    player, first = apply_answer(None, 7, "Аня", True, 0.0, 20.0)
    player, second = apply_answer(player, 7, "Аня", True, 10.0, 20.0)
    assert (first, second) == (1000, 750 + 100)
    player, third = apply_answer(player, 7, "Аня", False, 2.0, 20.0)
    assert third == 0
    assert (player.points, player.streak, player.best_streak) == (1850, 0, 2)
    assert (player.correct, player.answered, player.total_seconds) == (2, 3, 12.0)

    player, _ = apply_answer(player, 7, "Аня", True, 0.0, 20.0)
    missed = apply_miss(player)
    assert (missed.streak, missed.missed, missed.answered) == (0, 1, 4)
    after, points = apply_answer(missed, 7, "Anya", True, 0.0, 20.0)
    assert points == 1000  # the streak starts over: no bonus
    assert after.name == "Anya"  # the current display name wins
    assert after.best_streak == 2


def test_answer_time_counts_within_the_poll_window() -> None:
    player, _ = apply_answer(None, 1, "Bo", True, 90.0, 20.0)
    player, _ = apply_answer(player, 1, "Bo", True, -5.0, 20.0)
    assert player.total_seconds == 20.0


def test_apply_answer_rejects_another_users_record() -> None:
    player, _ = apply_answer(None, 1, "Bo", True, 1.0, 20.0)
    with pytest.raises(ValueError, match="not user 2"):
        apply_answer(player, 2, "Cy", True, 1.0, 20.0)


# --- leaderboard --------------------------------------------------------------------------


def _p(user_id: int, points: int, correct: int, answered: int, seconds: float) -> PlayerRound:
    return PlayerRound(
        user_id=user_id,
        name=f"user{user_id}",
        points=points,
        correct=correct,
        answered=answered,
        total_seconds=seconds,
    )


def test_standings_break_ties_by_correct_then_speed_then_id() -> None:
    players = [
        _p(1, 2000, 2, 3, 10.0),
        _p(2, 2000, 3, 3, 20.0),  # same points, more correct answers
        _p(3, 2000, 2, 2, 5.0),  # same points and correct, faster than 1
        _p(4, 2000, 2, 2, 5.0),  # identical to 3: lower user id first
        _p(5, 3000, 3, 3, 30.0),
        _p(6, 0, 0, 3, 1.0),
    ]
    assert [p.user_id for p in standings(players)] == [5, 2, 3, 4, 1, 6]
    assert [p.user_id for p in standings(reversed(players))] == [5, 2, 3, 4, 1, 6]


def test_podium_top_three_with_points_only() -> None:
    players = [_p(1, 900, 1, 1, 3.0), _p(2, 0, 0, 2, 1.0), _p(3, 1500, 2, 2, 9.0)]
    assert [p.user_id for p in podium(players)] == [3, 1]  # nobody stands on it with 0
    many = [_p(i, 1000 + i, 1, 1, 1.0) for i in range(1, 6)]
    assert [p.user_id for p in podium(many)] == [5, 4, 3]
    assert [p.user_id for p in podium(many, size=1)] == [5]
    assert podium([]) == []


def test_most_accurate() -> None:
    players = [
        _p(1, 2500, 3, 4, 12.0),  # 75%
        _p(2, 1800, 2, 2, 9.0),  # 100%, more correct than 3
        _p(3, 1000, 1, 1, 1.0),  # 100%, fastest
        _p(4, 0, 0, 5, 2.0),
    ]
    best = most_accurate(players)
    assert best is not None
    assert best.user_id == 2
    at_least_three = most_accurate(players, min_answers=3)
    assert at_least_three is not None
    assert at_least_three.user_id == 1
    assert most_accurate(players, min_answers=6) is None
    assert most_accurate([_p(4, 0, 0, 5, 2.0)]) is None  # nobody got anything right
    tie = [_p(9, 0, 2, 2, 8.0), _p(8, 0, 2, 2, 4.0)]
    best_tie = most_accurate(tie)
    assert best_tie is not None
    assert best_tie.user_id == 8  # same accuracy and count: the faster one


# --- study-day streaks --------------------------------------------------------------------


NOV = [date(2026, 11, d) for d in (20, 21, 22, 24, 25)]


def test_day_streak_ends_today() -> None:
    assert day_streaks(NOV, date(2026, 11, 25)) == (2, 3)


def test_day_streak_survives_until_today_is_over() -> None:
    assert day_streaks(NOV, date(2026, 11, 26)) == (2, 3)


def test_day_streak_lost_after_a_day_off() -> None:
    assert day_streaks(NOV, date(2026, 11, 27)) == (0, 3)


def test_day_streak_edge_cases() -> None:
    assert day_streaks([], date(2026, 11, 25)) == (0, 0)
    today = date(2026, 11, 25)
    repeated = [today, today - timedelta(days=1), today, today - timedelta(days=1)]
    assert day_streaks(repeated, today) == (2, 2)
    # Answers dated after "today" (a clock ahead somewhere) do not count.
    assert day_streaks([today + timedelta(days=1)], today) == (0, 0)
    # Across a month and a year end.
    days = [date(2026, 12, 30), date(2026, 12, 31), date(2027, 1, 1)]
    assert day_streaks(days, date(2027, 1, 1)) == (3, 3)


# --- seasons ------------------------------------------------------------------------------


def test_season_is_the_local_week_from_monday_midnight() -> None:
    now = utc(2026, 11, 25, 12, 0)  # Wednesday
    # Monday 23 November 00:00 in Moscow (UTC+3) is Sunday 21:00 UTC.
    assert season_start(now, MOSCOW) == utc(2026, 11, 22, 21, 0)
    assert season_bounds(now, MOSCOW) == (utc(2026, 11, 22, 21, 0), utc(2026, 11, 29, 21, 0))
    assert previous_season_bounds(now, MOSCOW) == (
        utc(2026, 11, 15, 21, 0),
        utc(2026, 11, 22, 21, 0),
    )
    assert season_id(now, MOSCOW) == "2026-W48"


def test_season_turns_over_exactly_at_monday_midnight() -> None:
    boundary = utc(2026, 11, 22, 21, 0)  # Monday 00:00 MSK
    assert season_start(boundary, MOSCOW) == boundary
    assert season_id(boundary, MOSCOW) == "2026-W48"
    just_before = boundary - timedelta(seconds=1)
    assert season_id(just_before, MOSCOW) == "2026-W47"
    assert season_bounds(just_before, MOSCOW)[1] == boundary


def test_same_instant_is_a_new_season_in_moscow_but_not_in_new_york() -> None:
    now = utc(2026, 11, 22, 22, 0)  # Monday 01:00 in Moscow, Sunday 17:00 in New York
    assert season_id(now, MOSCOW) == "2026-W48"
    assert season_id(now, NEW_YORK) == "2026-W47"
    assert season_start(now, NEW_YORK) == utc(2026, 11, 16, 5, 0)  # Monday 00:00 EST


def test_kathmandu_season_starts_at_quarter_past() -> None:
    assert season_start(utc(2026, 11, 25), KATHMANDU) == utc(2026, 11, 22, 18, 15)


def test_season_spanning_spring_forward_is_167_hours() -> None:
    start, end = season_bounds(utc(2026, 3, 25, 12, 0), BERLIN)
    assert start == utc(2026, 3, 22, 23, 0)  # Monday 00:00 CET
    assert end == utc(2026, 3, 29, 22, 0)  # Monday 00:00 CEST
    assert end - start == timedelta(hours=167)
    # The next week starts where this one ended.
    assert previous_season_bounds(utc(2026, 4, 1), BERLIN) == (start, end)


def test_season_spanning_fall_back_is_169_hours() -> None:
    start, end = season_bounds(utc(2026, 10, 21, 12, 0), BERLIN)
    assert (start, end) == (utc(2026, 10, 18, 22, 0), utc(2026, 10, 25, 23, 0))
    ny_start, ny_end = season_bounds(utc(2026, 3, 5), NEW_YORK)
    assert (ny_start, ny_end) == (utc(2026, 3, 2, 5, 0), utc(2026, 3, 9, 4, 0))


def test_season_id_uses_iso_week_year() -> None:
    assert season_id(utc(2027, 1, 1, 12, 0), MOSCOW) == "2026-W53"
    assert season_id(utc(2027, 1, 4, 12, 0), MOSCOW) == "2027-W01"
    assert season_id(utc(2026, 1, 1, 12, 0), MOSCOW) == "2026-W01"  # Mon 29 Dec 2025


def test_season_rejects_naive_time() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        season_start(datetime(2026, 11, 25, 12, 0), MOSCOW)


# --- a round replayed from its answers ------------------------------------------------------


def _attempt(user_id: int, position: int, correct: bool, seconds: float = 0.0) -> Attempt:
    return Attempt(
        user_id=user_id, name=f"user{user_id}", position=position, correct=correct, seconds=seconds
    )


def test_tally_replays_answers_in_question_order_and_a_skipped_question_breaks_the_streak() -> (
    None
):
    answers = [
        _attempt(1, 1, True),
        _attempt(1, 0, True),
        _attempt(1, 3, True),
        _attempt(2, 0, False),
    ]
    players = tally(answers, 20.0)
    one, two = players[1], players[2]
    assert one.points == 1000 + 1100 + 1000  # question 2 was skipped: no bonus on question 3
    assert (one.correct, one.answered, one.missed, one.best_streak) == (3, 3, 1, 2)
    assert (two.points, two.answered, two.streak) == (0, 1, 0)


def test_points_for_an_answer_count_only_earlier_questions() -> None:
    earlier = [_attempt(1, 0, True), _attempt(1, 1, True), _attempt(2, 1, True)]
    assert points_for(earlier, _attempt(1, 2, True, 10.0), 20.0) == 750 + 200
    assert points_for(earlier, _attempt(1, 3, True), 20.0) == 1000  # question 2 missed
    assert points_for(earlier, _attempt(1, 2, False), 20.0) == 0
