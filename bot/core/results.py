"""What one lookup gives: the answer card, the others offered, and how the reply should
frame them."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.models import Card

FOUND_THRESHOLD = 0.5


@dataclass(frozen=True, slots=True, kw_only=True)
class Match:
    card: Card
    score: float


@dataclass(frozen=True, slots=True, kw_only=True)
class Result:
    """The outcome of one lookup: the best card (if confident), alternatives, suggestions."""

    query: str
    found: bool
    best: Card | None = None
    score: float = 0.0
    alternatives: tuple[Match, ...] = ()
    suggestions: tuple[Card, ...] = ()
    ambiguous: bool = False
    chatter: bool = False  # a greeting or thanks: answer with how to ask, not cards
    compared: Card | None = None  # "чем X отличается от Y": Y's card, shown beside X's
    # "что такое IntEnum" where no card is named so, but the first suggestion's text spells
    # it: the name as asked, so the reply can say where the notes mention it.
    mentioned: str = ""
    # A question in the user's own words answered by the card whose text says most of it:
    # the reply says it is a guess at what was meant.
    guessed: bool = False
