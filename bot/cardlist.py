"""What the bot understood from the notes, card by card (`tutorbot cards`)."""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.models import Card, KnowledgeBase
from bot.core.text import note_stem


def card_record(card: Card) -> dict[str, object]:
    """One card as the JSON object `tutorbot cards --json` prints."""
    return {
        "id": card.id,
        "title": card.title,
        "aliases": list(card.aliases),
        "definition": card.definition,
        "details": [d.text for d in card.details],
        "section": " › ".join(card.section),
        "topics": list(card.topics),
        "source": f"{card.source}:{card.line}",
        "kind": str(card.kind),
    }


def card_listing(card: Card, width: int = 100) -> str:
    """A few readable lines a team can skim to fix its notes."""
    head = f"{card.source}:{card.line}  [{card.kind}]  {card.title}"
    if card.aliases:
        head += f"  (= {', '.join(card.aliases)})"
    lines = [head]
    if card.section:
        lines.append(f"    раздел: {card.section_path}")
    if card.definition:
        lines.append(f"    — {_cut(card.definition, width)}")
    if card.items:
        lines.append(f"    список: {_cut('; '.join(card.items), width)}")
    code = sum(1 for d in card.details if d.code)
    prose = len(card.details) - code
    if prose or code:
        parts = [f"{prose} строк" if prose else "", f"{code} блоков кода" if code else ""]
        lines.append("    подробности: " + ", ".join(p for p in parts if p))
    if card.topics:
        lines.append(f"    темы: {', '.join(card.topics)}")
    return "\n".join(lines)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def select(kb: KnowledgeBase, note: str | None) -> Iterable[Card]:
    """Every card, or those of one note (matched by its path, with or without `.md`)."""
    if not note:
        return kb.cards
    wanted = note.strip().removeprefix("./")
    names = {wanted, wanted + ".md", note_stem(wanted)}
    return (c for c in kb.cards if c.source in names or note_stem(c.source) in names)
