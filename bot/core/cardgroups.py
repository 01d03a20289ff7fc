"""Cards that group others, made once a note is read: the note's own card when no card is
named as the note, and a card for each heading left without one over several cards. The
note builder (`cardbuild.py`) calls these on its drafts before freezing them."""

from __future__ import annotations

import re

from bot.core import blocks, labels, opennames, titles
from bot.core.drafts import Draft
from bot.core.models import CardKind, Detail

LISTED = frozenset({CardKind.TERM, CardKind.TOPIC, CardKind.TABLE_ROW})
_GATHERED = LISTED | {CardKind.FACT}  # what a bare heading over them lists
MIN_GATHERED = 2  # cards under a bare heading that make it a card listing them
MIN_NOTE_SECTIONS = 2  # headings under a note's own heading that make it a card of parts

# A heading read without a card of its own: (heading, line, path, parent card).
Bare = tuple[titles.Heading, int, tuple[str, ...], Draft | None]


MAX_WRAPPING_WORDS = 2  # a heading over one section alone that names it
_OVERVIEW = re.compile(
    r"^(?:основы|основное|общее|введение|обзор|basics?|overview|intro(?:duction)?|general)\b",
    re.I,
)


def gather_headings(drafts: list[Draft], unmade: list[Bare]) -> None:
    """`## Условная компиляция` over its `###` sections, `## LAMP stack` over steps of
    loose bullets: a heading with no card of its own over two or more cards or facts gets
    one listing them, so its name finds the whole section, not one of its parts."""
    for info, line, path, parent in unmade:
        if not labels.names_idea(info.title) or any(
            d.title == info.title and d.section == path for d in drafts
        ):
            continue  # a label ("### Types"), or a card made later ("### Зачем нужен")
        own = (*path, info.title)
        held = [d for d in drafts if d.section == own and d.kind in _GATHERED]
        key = blocks.name_key(info.title)
        if (
            len(held) == 1
            and held[0].kind is not CardKind.FACT
            and len(info.title.split()) <= MAX_WRAPPING_WORDS
            and not _OVERVIEW.match(info.title)
            and info.title not in held[0].aliases
        ):
            # "## Кортежи" over "### ValueTuple и деконструкция" alone: what it is named by
            # ("## Основы Lambda-выражений" over "### Формат записи" is no name of it).
            held[0].aliases.append(info.title)
        spelled = next((a for a in info.aliases if opennames.initials_spell(info.title, a)), "")
        if not held and spelled:
            # "**MTBF ( Mean Time Between Failures ) -**" over a picture of its formula: the
            # name it stands for says what it is.
            card = Draft(
                title=info.title,
                line=line,
                section=path,
                parent=parent,
                aliases=list(info.aliases),
                definition=spelled,
            )
            after = next((k for k, d in enumerate(drafts) if d.line > line), len(drafts))
            drafts.insert(after, card)
            continue
        if len(held) < MIN_GATHERED or any(blocks.name_key(d.title) == key for d in held):
            continue  # "## Сборщик мусора" / "**Сборщик мусора** — ...": its card is there
        card = Draft(
            title=info.title,
            line=line,
            section=path,
            kind=CardKind.TOPIC,
            parent=parent,
            aliases=list(info.aliases),
        )
        card.items.extend(dict.fromkeys(titles.tidy(d.title) for d in held))
        for draft in held:
            if draft.parent is parent:
                draft.parent = card
        drafts.insert(drafts.index(held[0]), card)


# "Делегат — это «указатель» на метод": a sentence saying what something is.
_DEFINES = re.compile(r"\s(?:[—–-]\s*)?это\s|\s(?:is|are)\s+(?:a|an|the)\s", re.I)
# "I = V/R" opening Ohm's Law.md, the letters explained below it: the law is the formula.
_FORMULA = re.compile(r"^[^\s=]{1,15}\s*=\s*[^\s=]")


def gather_note(
    drafts: list[Draft], title: str, opening: titles.Heading | None, subheadings: int = 0
) -> Draft | None:
    """Firewall.md opening with `### Types` over its bullets, IP.md of four headings: no
    card is the note's own, yet its name must find it. The note's card lists the cards
    it holds; loose sentences alone are what it says. Returns the card it made, if any."""
    loose = [d for d in drafts if d.parent is None]
    facts = [d for d in loose if d.kind is CardKind.FACT]
    named = [d for d in loose if d.kind in LISTED]
    # "# CQRS" over its sections "## Команда", "## Запрос" (empty): the note's own heading
    # names what they are parts of.
    headed = opening is not None and bool(named) and subheadings >= MIN_NOTE_SECTIONS
    if not facts and len(named) <= 1 and not headed:
        return None  # one card is the note's matter; flashcards ask their own questions
    if opening is not None and any(d.title == opening.title for d in loose):
        return None  # "# Kafka" over the whole note made its card already
    card = Draft(title=title, line=1, section=(), kind=CardKind.TOPIC)
    if (
        opening is not None
        and opening.title
        and not opening.section_word
        and not labels.is_grouping(opening.title)
    ):
        card.title = opening.title
        card.aliases.extend(a for a in (*opening.aliases, title) if a != opening.title)
    if named:
        card.items.extend(dict.fromkeys(titles.tidy(d.title) for d in named))
    opens = bool(facts) and loose[0] is facts[0]
    if facts and (
        not named
        or (opens and (_DEFINES.search(facts[0].title) or _FORMULA.match(facts[0].title)))
    ):
        # "Non-Repudiation.md" of one sentence: that sentence says what it is; so does the
        # sentence opening a note whose named parts come after it.
        card.kind = CardKind.TERM
        card.definition = facts[0].title
        card.details.extend(Detail(text=d.title) for d in facts[1:])
        drafts[:] = [d for d in drafts if d not in facts]
        facts = []
    for draft in (*named, *facts):
        draft.parent = card
    drafts.insert(0, card)
    return card
