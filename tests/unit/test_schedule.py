"""Daily push schedule: the UTC instant each chat gets its quiz, across zones and DST days."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from bot.core.schedule import (
    CATCH_UP,
    Subscription,
    due_chats,
    due_slot,
    local_to_utc,
    next_run,
    parse_hhmm,
    spread,
    valid_timezone,
)

LONG_AGO = datetime(2020, 1, 1, tzinfo=UTC)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, sec: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, sec, tzinfo=UTC)


def sub(
    tz: str,
    hh: int,
    mm: int = 0,
    *,
    chat_id: int = 1,
    last_sent: datetime | None = None,
    created: datetime | None = LONG_AGO,
) -> Subscription:
    return Subscription(
        chat_id=chat_id, local_time=time(hh, mm), tz=tz, last_sent=last_sent, created=created
    )


# --- plain zones --------------------------------------------------------------------------


def test_moscow_nine_am_is_six_utc() -> None:
    s = sub("Europe/Moscow", 9)
    assert due_slot(s, utc(2026, 11, 25, 6, 0)) == utc(2026, 11, 25, 6, 0)
    assert due_slot(s, utc(2026, 11, 25, 5, 59)) is None  # a minute early: nothing yet


def test_new_york_follows_daylight_saving() -> None:
    s = sub("America/New_York", 9)
    assert due_slot(s, utc(2026, 1, 15, 14, 0)) == utc(2026, 1, 15, 14, 0)  # EST, UTC-5
    assert due_slot(s, utc(2026, 7, 15, 13, 0)) == utc(2026, 7, 15, 13, 0)  # EDT, UTC-4
    assert due_slot(s, utc(2026, 1, 15, 13, 30)) is None


def test_kathmandu_quarter_hour_offset() -> None:
    s = sub("Asia/Kathmandu", 9)  # UTC+05:45
    assert due_slot(s, utc(2026, 3, 1, 3, 15)) == utc(2026, 3, 1, 3, 15)
    assert due_slot(s, utc(2026, 3, 1, 3, 14, 59)) is None


def test_local_midnight_belongs_to_the_previous_utc_day() -> None:
    s = sub("Europe/Moscow", 0)
    # 00:00 on 11 March in Moscow is 21:00 UTC on 10 March.
    assert due_slot(s, utc(2026, 3, 10, 21, 0)) == utc(2026, 3, 10, 21, 0)
    assert due_slot(s, utc(2026, 3, 10, 20, 59)) is None
    assert due_slot(s, utc(2026, 3, 10, 22, 30)) == utc(2026, 3, 10, 21, 0)


def test_late_evening_slot_caught_up_after_midnight() -> None:
    s = sub("Europe/Moscow", 23, 30)  # 20:30 UTC
    assert due_slot(s, utc(2026, 3, 10, 22, 0)) == utc(2026, 3, 10, 20, 30)


# --- DST edges ----------------------------------------------------------------------------


def test_new_york_spring_forward_missing_time_moves_to_the_jump() -> None:
    # 8 March 2026: 02:00 EST jumps to 03:00 EDT, so 02:30 never happens; send at 03:00 EDT.
    s = sub("America/New_York", 2, 30)
    assert due_slot(s, utc(2026, 3, 8, 7, 0)) == utc(2026, 3, 8, 7, 0)
    assert due_slot(s, utc(2026, 3, 8, 6, 59)) is None
    # The day before and after are ordinary: 07:30 UTC (EST) and 06:30 UTC (EDT).
    assert due_slot(s, utc(2026, 3, 7, 7, 30)) == utc(2026, 3, 7, 7, 30)
    assert due_slot(s, utc(2026, 3, 9, 6, 30)) == utc(2026, 3, 9, 6, 30)


def test_new_york_spring_forward_regular_time_uses_new_offset() -> None:
    s = sub("America/New_York", 9)
    assert due_slot(s, utc(2026, 3, 8, 13, 0)) == utc(2026, 3, 8, 13, 0)
    assert due_slot(s, utc(2026, 3, 7, 14, 0)) == utc(2026, 3, 7, 14, 0)


def test_new_york_fall_back_ambiguous_time_sends_once_at_first_occurrence() -> None:
    # 1 November 2026: 01:30 happens twice; the first one is EDT, 05:30 UTC.
    s = sub("America/New_York", 1, 30)
    assert due_slot(s, utc(2026, 11, 1, 5, 29)) is None
    assert due_slot(s, utc(2026, 11, 1, 5, 30)) == utc(2026, 11, 1, 5, 30)
    sent = sub("America/New_York", 1, 30, last_sent=utc(2026, 11, 1, 5, 30, 2))
    # At the second 01:30 (EST, 06:30 UTC) there is no second push.
    assert due_slot(sent, utc(2026, 11, 1, 6, 30)) is None
    assert due_chats([sent], utc(2026, 11, 1, 6, 30)) == []
    # The next day is back to EST: 06:30 UTC.
    assert due_slot(sent, utc(2026, 11, 2, 6, 30)) == utc(2026, 11, 2, 6, 30)


def test_berlin_spring_forward_and_fall_back() -> None:
    s = sub("Europe/Berlin", 2, 30)
    # 29 March 2026: 02:00 CET jumps to 03:00 CEST (01:00 UTC); 02:30 does not exist.
    assert due_slot(s, utc(2026, 3, 29, 1, 0)) == utc(2026, 3, 29, 1, 0)
    assert due_slot(s, utc(2026, 3, 29, 0, 59)) is None
    # 25 October 2026: 02:30 happens twice; the first is CEST, 00:30 UTC.
    assert due_slot(s, utc(2026, 10, 25, 0, 30)) == utc(2026, 10, 25, 0, 30)
    sent = sub("Europe/Berlin", 2, 30, last_sent=utc(2026, 10, 25, 0, 30))
    assert due_slot(sent, utc(2026, 10, 25, 1, 30)) is None


def test_midnight_that_does_not_exist_moves_to_one_am() -> None:
    # São Paulo, 4 November 2018: clocks jumped from 00:00 to 01:00 (-02), 03:00 UTC.
    tz = ZoneInfo("America/Sao_Paulo")
    assert local_to_utc(date(2018, 11, 4), time(0), tz) == utc(2018, 11, 4, 3, 0)
    s = sub("America/Sao_Paulo", 0, created=None)
    assert due_slot(s, utc(2018, 11, 4, 3, 0)) == utc(2018, 11, 4, 3, 0)


# --- creation, catch-up, double sends ----------------------------------------------------


def test_subscribing_after_todays_slot_starts_tomorrow() -> None:
    s = sub("Europe/Moscow", 10, created=utc(2026, 5, 4, 7, 5))  # 10:05 MSK
    assert due_slot(s, utc(2026, 5, 4, 7, 6)) is None
    assert due_slot(s, utc(2026, 5, 5, 7, 0)) == utc(2026, 5, 5, 7, 0)


def test_subscribing_before_todays_slot_sends_today() -> None:
    s = sub("Europe/Moscow", 10, created=utc(2026, 5, 4, 6, 55))  # 09:55 MSK
    assert due_slot(s, utc(2026, 5, 4, 7, 0)) == utc(2026, 5, 4, 7, 0)


def test_downtime_of_one_hour_sends_late_once() -> None:
    s = sub("Europe/Moscow", 9, last_sent=utc(2026, 5, 3, 6, 0))
    now = utc(2026, 5, 4, 7, 0)  # the bot comes back at 10:00 MSK
    assert due_slot(s, now) == utc(2026, 5, 4, 6, 0)
    after = sub("Europe/Moscow", 9, last_sent=now)
    assert due_slot(after, now + timedelta(minutes=1)) is None
    assert due_slot(after, now + timedelta(hours=1)) is None


def test_downtime_of_five_hours_skips_until_tomorrow() -> None:
    s = sub("Europe/Moscow", 9, last_sent=utc(2026, 5, 3, 6, 0))
    assert due_slot(s, utc(2026, 5, 4, 11, 0)) is None
    assert due_slot(s, utc(2026, 5, 4, 23, 0)) is None
    assert due_slot(s, utc(2026, 5, 5, 6, 0)) == utc(2026, 5, 5, 6, 0)


def test_catch_up_window_edge() -> None:
    s = sub("Europe/Moscow", 9)
    slot = utc(2026, 5, 4, 6, 0)
    assert due_slot(s, slot + CATCH_UP - timedelta(seconds=1)) == slot
    assert due_slot(s, slot + CATCH_UP) is None


def test_no_double_send_when_last_sent_is_the_slot_itself() -> None:
    s = sub("Europe/Moscow", 9, last_sent=utc(2026, 5, 4, 6, 0))
    assert due_slot(s, utc(2026, 5, 4, 6, 0)) is None
    assert due_slot(s, utc(2026, 5, 4, 6, 30)) is None


def test_naive_now_is_rejected() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        due_slot(sub("UTC", 9), datetime(2026, 5, 4, 9, 0))


# --- many chats ---------------------------------------------------------------------------


def test_due_chats_sorted_by_slot_then_chat() -> None:
    now = utc(2026, 5, 4, 7, 0)
    subs = [
        sub("Europe/Moscow", 10, chat_id=30),  # 07:00 UTC, on time
        sub("Europe/Moscow", 9, chat_id=20),  # 06:00 UTC, an hour late
        sub("Asia/Kathmandu", 12, 45, chat_id=10),  # 07:00 UTC, on time
        sub("America/New_York", 9, chat_id=5),  # 13:00 UTC, later today
        sub("Europe/Moscow", 10, chat_id=40, last_sent=utc(2026, 5, 4, 7, 0)),  # sent
    ]
    assert [(s.chat_id, slot) for s, slot in due_chats(subs, now)] == [
        (20, utc(2026, 5, 4, 6, 0)),
        (10, utc(2026, 5, 4, 7, 0)),
        (30, utc(2026, 5, 4, 7, 0)),
    ]


def test_due_chats_handles_ten_thousand_subscriptions_fast() -> None:
    zones = ["Europe/Moscow", "America/New_York", "Asia/Kathmandu", "Europe/Berlin", "UTC"]
    # 7,200 distinct (zone, minute) pairs, so the memo cannot hide per-slot cost.
    subs = [
        sub(zones[i % len(zones)], (i // 5 // 60) % 24, (i // 5) % 60, chat_id=i)
        for i in range(10_000)
    ]
    assert len({(s.tz, s.local_time) for s in subs}) == 7_200
    now = utc(2026, 3, 8, 12, 0)
    result = due_chats(subs, now)
    # Every due slot is within the catch-up window and each chat appears once.
    assert result
    assert all(now - CATCH_UP < slot <= now for _, slot in result)
    assert len({s.chat_id for s, _ in result}) == len(result)


def test_next_run_is_the_soonest_future_slot() -> None:
    now = utc(2026, 5, 4, 7, 0)
    subs = [sub("Europe/Moscow", 10), sub("America/New_York", 9), sub("Asia/Kathmandu", 8)]
    # Moscow's 10:00 is exactly now (not future): next is New York at 13:00 UTC.
    assert next_run(subs, now) == utc(2026, 5, 4, 13, 0)
    assert next_run([sub("Europe/Moscow", 10)], now) == utc(2026, 5, 5, 7, 0)
    assert next_run([], now) is None


def test_next_run_over_spring_forward() -> None:
    now = utc(2026, 3, 8, 6, 0)
    assert next_run([sub("America/New_York", 2, 30)], now) == utc(2026, 3, 8, 7, 0)


# --- pacing -------------------------------------------------------------------------------


def test_spread_paces_under_telegram_limit() -> None:
    assert spread(3) == [0.0, 0.04, 0.08]
    offsets = spread(100)
    # The 26th send waits a full second after the first: 25 sends per second, evenly apart.
    assert offsets[25] == 1.0
    assert offsets[-1] == pytest.approx(3.96)
    assert all(b - a == pytest.approx(0.04) for a, b in pairwise(offsets))
    assert spread(0) == []
    assert spread(4, per_second=2) == [0.0, 0.5, 1.0, 1.5]
    with pytest.raises(ValueError, match="positive"):
        spread(3, per_second=0)


# --- user input ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9", time(9, 0)),
        ("9:05", time(9, 5)),
        ("09:05", time(9, 5)),
        ("21.30", time(21, 30)),
        ("2130", time(21, 30)),
        (" 7:15 ", time(7, 15)),
        ("00:00", time(0, 0)),
        ("23:59", time(23, 59)),
    ],
)
def test_parse_hhmm_accepts(text: str, expected: time) -> None:
    assert parse_hhmm(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "24:00", "25", "12:60", "9:5", "930", "21:30:00", "abc", "9 am", "-1:00", "٠٩:٠٥"],
)
def test_parse_hhmm_rejects(text: str) -> None:
    assert parse_hhmm(text) is None


@pytest.mark.parametrize(
    "name", ["Europe/Moscow", "America/New_York", "Asia/Kathmandu", "UTC", "Etc/GMT-3"]
)
def test_valid_timezone_accepts(name: str) -> None:
    assert valid_timezone(name)


@pytest.mark.parametrize(
    "name",
    [
        "",
        "UTC+3",
        "GMT+3:00",
        "Mars/Olympus",
        "America",
        "/etc/localtime",
        "../../etc/passwd",
        "Europe/../Europe/Moscow",
        "localtime",
        "Europe/Moscow\x00",
        "x" * 200,
    ],
)
def test_valid_timezone_rejects(name: str) -> None:
    assert not valid_timezone(name)
