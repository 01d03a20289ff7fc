"""Callback data: short, versioned, validated strings (Telegram allows 1..64 bytes)."""

from __future__ import annotations

import re
from dataclasses import dataclass

PREFIX = "v1"
MAX_BYTES = 64
_ARG = re.compile(r"^[A-Za-z0-9_-]{1,40}$")
ACTIONS = {
    "card": 1,  # show a card: card_id
    "test": 1,  # one-question quiz on a card: card_id
    "retry": 1,  # quiz the missed cards of a finished quiz: quiz_id
    "again": 1,  # another quiz: number of questions
    "forget": 2,  # confirm or cancel /forgetme: yes|no, user_id
    "weak": 1,  # quiz the group's weak cards: chat_id
    "weakt": 2,  # the same on a topic: chat_id, topic id
    "topic": 1,  # a quiz on a topic listed by /topics: topic id
    "more": 2,  # another quiz on the same topic: number of questions, topic id
    "stop": 1,  # stop a running quiz: quiz_id
    "reveal": 2,  # show a self-check's answer: quiz_id, position
    "recall": 3,  # grade oneself on a self-check: quiz_id, position, y|n
}


@dataclass(frozen=True, slots=True)
class Callback:
    action: str
    args: tuple[str, ...]

    def int_arg(self, i: int) -> int | None:
        """The i-th argument as an id, or None (also for numbers SQLite cannot store)."""
        try:
            value = int(self.args[i])
        except (IndexError, ValueError):
            return None
        return value if -(2**63) <= value < 2**63 else None


def pattern(action: str) -> str:
    """The regex CallbackQueryHandler matches for one action's buttons."""
    if action not in ACTIONS:
        raise ValueError(f"bad callback {action!r}")
    return rf"^{PREFIX}\|{action}\|"


def encode(action: str, *args: object) -> str:
    parts = [PREFIX, action, *(str(a) for a in args)]
    data = "|".join(parts)
    if action not in ACTIONS or len(args) != ACTIONS[action]:
        raise ValueError(f"bad callback {action!r}")
    if len(data.encode("utf-8")) > MAX_BYTES:
        raise ValueError("callback data longer than 64 bytes")
    return data


def decode(data: object) -> Callback | None:
    """Parse callback data; None for anything forged, stale or malformed."""
    if not isinstance(data, str) or len(data.encode("utf-8", "replace")) > MAX_BYTES:
        return None
    parts = data.split("|")
    if len(parts) < 2 or parts[0] != PREFIX:
        return None
    action, args = parts[1], tuple(parts[2:])
    if ACTIONS.get(action) != len(args) or not all(_ARG.match(a) for a in args):
        return None
    return Callback(action=action, args=args)
