"""Links between cards in the vault: the notes a card links to, and the cards linking back.

A card's `wikilinks` name notes (`[[PID]]`, `[[Процессы/PID#Как найти|...]]`); a note is
reached through its main card (the one named like the note, else its first top-level card).
What the author linked is the best "related" list a card can have; text similarity only
fills the rest.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from bot.core.models import Card
from bot.core.text import fold, note_stem

RELATED = 3


@dataclass(frozen=True, slots=True, kw_only=True)
class Links:
    out: Mapping[str, tuple[str, ...]]  # card id -> ids of the cards it links to, as written
    back: Mapping[str, tuple[str, ...]]  # card id -> ids of the cards linking to its note


def _note_key(name: str) -> str:
    """A link target or a note path as one key: no heading, no label, no `.md`, folded."""
    return fold(note_stem(name.split("|", 1)[0].split("#", 1)[0].strip()))


def main_cards(cards: Iterable[Card]) -> dict[str, str]:
    """Note name (full path and file name alone, folded) -> the id of the note's main card."""
    by_note: dict[str, list[Card]] = {}
    for card in cards:
        if card.parent_id is None and card.note:
            by_note.setdefault(card.note, []).append(card)
    out: dict[str, str] = {}
    for note, tops in by_note.items():
        base = note.rsplit("/", 1)[-1]
        named = [c for c in tops if fold(c.title) == fold(base)]
        main = (named or tops)[0].id
        out[_note_key(note)] = main
        # Obsidian links by the file name alone when it is unique; the first note keeps it.
        out.setdefault(_note_key(base), main)
    return out


def build_links(cards: Sequence[Card]) -> Links:
    notes = main_cards(cards)
    out: dict[str, tuple[str, ...]] = {}
    back: dict[str, dict[str, None]] = {}
    for card in cards:
        targets = [notes.get(_note_key(w)) for w in card.wikilinks]
        linked = tuple(dict.fromkeys(t for t in targets if t and t != card.id))
        if linked:
            out[card.id] = linked
        for target in linked:
            back.setdefault(target, {})[card.id] = None
    return Links(out=out, back={k: tuple(v) for k, v in back.items()})


def related(
    links: Links,
    card: Card,
    similar: Iterable[Card],
    cards: Mapping[str, Card],
    limit: int = RELATED,
) -> tuple[Card, ...]:
    """Cards to offer under `card`: what it links to, what links to it, then `similar`."""
    ids = (*links.out.get(card.id, ()), *links.back.get(card.id, ()))
    linked = (cards.get(cid) for cid in ids)
    out: dict[str, Card] = {}
    for other in (*linked, *similar):
        if other is not None and other.id != card.id and other.id not in out:
            out[other.id] = other
            if len(out) >= limit:
                break
    return tuple(out.values())
