"""Reading what people type: small counts ("5") and the topic after them, as the Telegram
and console adapters need."""

from __future__ import annotations

from collections.abc import Sequence


def small_int(text: str, digits: int = 6) -> int | None:
    """A count of at most `digits` ASCII digits, or None ("²".isdigit() is true, so check)."""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= digits else None


def leading_numbers(args: Sequence[str], most: int) -> tuple[list[str], str]:
    """Up to `most` leading number-like arguments (no letter in them: "5", "²", "-1") and
    the rest joined, a topic's name: `/quiz 5 linux процессы` → (["5"], "linux процессы")."""
    numbers: list[str] = []
    rest = list(args)
    while rest and len(numbers) < most and not any(ch.isalpha() for ch in rest[0]):
        numbers.append(rest.pop(0))
    return numbers, " ".join(rest)
