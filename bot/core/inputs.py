"""Reading what people type: small counts ("5"), as the Telegram and console adapters need."""

from __future__ import annotations


def small_int(text: str, digits: int = 6) -> int | None:
    """A count of at most `digits` ASCII digits, or None ("²".isdigit() is true, so check)."""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= digits else None
