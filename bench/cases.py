"""A question with the card title a user expects (None: the notes do not cover it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class Case:
    category: str
    question: str
    expected: str | None
