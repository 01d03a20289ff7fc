"""Per-user flood control for questions.

Hand-written on purpose: rate limiters such as aiolimiter delay callers, but a chat flood
should be dropped politely (one notice per burst) so it never queues work or slows others.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from enum import StrEnum


class Verdict(StrEnum):
    OK = "ok"  # answer
    WARN = "warn"  # send one polite notice
    DROP = "drop"  # ignore silently


@dataclass(slots=True)
class Throttle:
    limit: int = 8
    window: float = 10.0
    _events: dict[int, deque[float]] = field(default_factory=dict)
    _warned: dict[int, float] = field(default_factory=dict)

    def check(self, user_id: int, now: float) -> Verdict:
        """Whether to answer this user's question, warn them once, or ignore it."""
        events = self._events.setdefault(user_id, deque())
        while events and now - events[0] > self.window:
            events.popleft()
        if len(events) < self.limit:
            events.append(now)
            self._warned.pop(user_id, None)
            return Verdict.OK
        if user_id in self._warned and now - self._warned[user_id] < self.window:
            return Verdict.DROP
        self._warned[user_id] = now
        return Verdict.WARN

    def forget_idle(self, now: float) -> None:
        """Drop state of users idle for a whole window (keeps memory flat)."""
        idle = [u for u, ev in self._events.items() if not ev or now - ev[-1] > self.window]
        for user_id in idle:
            self._events.pop(user_id, None)
            self._warned.pop(user_id, None)
