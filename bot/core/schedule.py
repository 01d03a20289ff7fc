"""Who is due for the daily quiz push at a given instant: a pure function of the
subscriptions, when each was last sent, and ``now``.

Each subscription has one slot per local calendar day: the local date plus ``local_time`` in
the subscription's IANA time zone, converted to UTC. Daylight-saving edges are resolved the
way a person would expect:
- a local time that does not exist (spring forward, e.g. 02:30 in New York) moves forward to
  the first valid instant, the moment the clocks jump (03:00 local);
- an ambiguous local time (fall back, e.g. 01:30 in New York) means its first occurrence, and
  the second occurrence is not another slot, so nobody gets two pushes that day.

A slot that was missed (the bot was down) is still sent, once, if less than `CATCH_UP` has
passed; older slots are skipped until the next day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

CATCH_UP = timedelta(hours=3)
DEFAULT_PER_SECOND = 25.0
MAX_TZ_NAME = 64

# Bare hour "9", "H:MM"/"HH:MM" with ':' or '.', or four digits "HHMM". ASCII digits only, so
# other scripts' digits (which str.isdigit accepts) are not read as a time.
_HHMM = re.compile(r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?|(?P<h4>\d{2})(?P<m4>\d{2})", re.ASCII)
# Real files in the tz database that are not places: "localtime" follows whatever the host is
# set to, "posixrules" is a rules template, "Factory" shows "-00".
_NOT_ZONES = frozenset({"localtime", "posixrules", "Factory"})
_TZ_NAME = re.compile(r"[A-Za-z0-9_+\-]+(?:/[A-Za-z0-9_+\-]+)*", re.ASCII)


@dataclass(frozen=True, slots=True, kw_only=True)
class Subscription:
    """A chat's daily push: ``questions`` quiz questions at ``local_time`` in zone ``tz``."""

    chat_id: int
    local_time: time
    tz: str
    questions: int = 3
    last_sent: datetime | None = None
    created: datetime | None = None


def _require_aware(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be a timezone-aware datetime")


@lru_cache(maxsize=1024)
def zone(name: str) -> ZoneInfo:
    """The ZoneInfo for an IANA name, cached (raises ZoneInfoNotFoundError when unknown)."""
    return ZoneInfo(name)


def valid_timezone(name: str) -> bool:
    """True for an IANA zone name zoneinfo can load ("Europe/Moscow", "UTC").

    Rejects empty strings, file paths ("/etc/localtime", "../x"), offsets such as "UTC+3"
    (IANA only knows the inverted "Etc/GMT-3"), host-dependent files such as "localtime", and
    names the tz database does not have.
    """
    if not name or len(name) > MAX_TZ_NAME or name in _NOT_ZONES:
        return False
    # The character set rules out paths ("..", leading "/") before zoneinfo sees the name.
    if not _TZ_NAME.fullmatch(name):
        return False
    try:
        zone(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        # ZoneInfoNotFoundError for unknown names, ValueError for path-like keys, OSError
        # (e.g. IsADirectoryError) for directory names such as "America".
        return False
    return True


def parse_hhmm(text: str) -> time | None:
    """Parse a wall-clock time typed by a user, or None.

    Accepts "9" (09:00), "9:05", "09:05", "21.30" and "2130"; surrounding spaces are ignored.
    Rejects "24:00", minutes above 59, single-digit minutes ("9:5"), and anything else.
    """
    match = _HHMM.fullmatch(text.strip())
    if match is None:
        return None
    hour_text = match["h"] if match["h"] is not None else match["h4"]
    minute_text = match["m"] if match["h"] is not None else match["m4"]
    hour = int(hour_text)
    minute = int(minute_text) if minute_text is not None else 0
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _wall(instant: datetime, tz: ZoneInfo) -> datetime:
    return instant.astimezone(tz).replace(tzinfo=None)


def local_to_utc(day: date, at: time, tz: ZoneInfo) -> datetime:
    """The UTC instant of local ``day`` + ``at`` in ``tz``.

    An ambiguous time (fall back) gives its first occurrence; a non-existent time (spring
    forward) gives the first valid instant after it, i.e. the moment the clocks jump.
    """
    if at.tzinfo is not None or at.fold:
        at = at.replace(tzinfo=None, fold=0)
    naive = datetime.combine(day, at)
    # ZoneInfo reads offsets for wall times directly, far cheaper than astimezone(); fold=0
    # gives the offset before a transition and fold=1 the one after it.
    before = tz.utcoffset(naive)
    after = tz.utcoffset(naive.replace(fold=1))
    if before is None or after is None:
        raise ValueError(f"{tz} has no UTC offset for {naive}")
    if before >= after:
        # Ordinary time, or a fall-back overlap where ``before`` is the first occurrence.
        return (naive - before).replace(tzinfo=UTC)
    # A spring-forward gap: the two offsets bracket the jump; find it by bisection over
    # whole seconds (zone transitions are whole seconds; this runs only on DST days).
    low_s = int((naive - after).replace(tzinfo=UTC).timestamp())
    high_s = int((naive - before).replace(tzinfo=UTC).timestamp())
    while high_s - low_s > 1:
        mid_s = (low_s + high_s) // 2
        if _wall(datetime.fromtimestamp(mid_s, UTC), tz) >= naive:
            high_s = mid_s
        else:
            low_s = mid_s
    return datetime.fromtimestamp(high_s, UTC)


class _Slots:
    """Slots at one instant, memoised: many chats share a zone and a push time."""

    def __init__(self, now: datetime) -> None:
        _require_aware(now)
        self.now = now
        self._today: dict[str, tuple[ZoneInfo, date]] = {}
        self._offsets: dict[tuple[str, date], timedelta | None] = {}
        self._last: dict[tuple[str, time], datetime] = {}
        self._next: dict[tuple[str, time], datetime] = {}

    def _local_today(self, tz_name: str) -> tuple[ZoneInfo, date]:
        found = self._today.get(tz_name)
        if found is None:
            tz = zone(tz_name)
            found = self._today[tz_name] = (tz, self.now.astimezone(tz).date())
        return found

    def _on(self, tz_name: str, tz: ZoneInfo, day: date, at: time) -> datetime:
        # Fast path: when the offset at the day's midnight equals the next midnight's, the
        # whole day has one offset (zones never change and change back within a day), so a
        # slot is one subtraction. Transition days take the exact `local_to_utc`.
        key = (tz_name, day)
        if key in self._offsets:
            offset = self._offsets[key]
        else:
            start = tz.utcoffset(datetime.combine(day, time(0)))
            end = tz.utcoffset(datetime.combine(day + timedelta(days=1), time(0)))
            offset = self._offsets[key] = start if start == end else None
        if offset is None or at.tzinfo is not None or at.fold:
            return local_to_utc(day, at, tz)
        return datetime.combine(day, at, tzinfo=UTC) - offset

    def last(self, tz_name: str, at: time) -> datetime:
        """The latest slot at or before ``now``."""
        key = (tz_name, at)
        slot = self._last.get(key)
        if slot is None:
            tz, today = self._local_today(tz_name)
            slot = self._on(tz_name, tz, today, at)
            if slot > self.now:
                slot = self._on(tz_name, tz, today - timedelta(days=1), at)
            self._last[key] = slot
        return slot

    def next(self, tz_name: str, at: time) -> datetime:
        """The earliest slot strictly after ``now``."""
        key = (tz_name, at)
        slot = self._next.get(key)
        if slot is None:
            tz, today = self._local_today(tz_name)
            slot = self._on(tz_name, tz, today, at)
            if slot <= self.now:
                slot = self._on(tz_name, tz, today + timedelta(days=1), at)
            self._next[key] = slot
        return slot


def _accept(sub: Subscription, slot: datetime, now: datetime) -> bool:
    if now - slot >= CATCH_UP:
        return False
    if sub.last_sent is not None and slot <= sub.last_sent:
        return False
    return sub.created is None or slot >= sub.created


def due_slot(sub: Subscription, now: datetime) -> datetime | None:
    """The slot (UTC) to send now for ``sub``, or None.

    The slot is the latest scheduled instant at or before ``now``; it is due when it was
    missed by less than `CATCH_UP`, comes after ``last_sent`` and is not before ``created``
    (subscribing at 10:05 to a 10:00 push starts tomorrow).
    """
    slot = _Slots(now).last(sub.tz, sub.local_time)
    return slot if _accept(sub, slot, now) else None


def due_chats(subs: Iterable[Subscription], now: datetime) -> list[tuple[Subscription, datetime]]:
    """Every subscription due at ``now`` with its slot (see `due_slot`), by slot then chat id."""
    slots = _Slots(now)
    due: list[tuple[Subscription, datetime]] = []
    for sub in subs:
        slot = slots.last(sub.tz, sub.local_time)
        if _accept(sub, slot, now):
            due.append((sub, slot))
    due.sort(key=lambda pair: (pair[1], pair[0].chat_id))
    return due


def next_run(subs: Iterable[Subscription], now: datetime) -> datetime | None:
    """The soonest slot of any subscription strictly after ``now``, or None without any."""
    slots = _Slots(now)
    return min((slots.next(sub.tz, sub.local_time) for sub in subs), default=None)


def spread(n: int, per_second: float = DEFAULT_PER_SECOND) -> list[float]:
    """Offsets in seconds for ``n`` sends, evenly paced at ``per_second``.

    25/s leaves headroom under Telegram's ~30 messages/s global limit for replies to users.
    """
    if per_second <= 0:
        raise ValueError("per_second must be positive")
    return [i / per_second for i in range(max(n, 0))]
