"""Vault-wide passes over parsed notes: what no single note can decide on its own."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from bot.core.blocks import SMALL_WORDS
from bot.core.labels import NAME_WRAPPERS
from bot.core.models import Card, CardKind, ContentWarning, Detail, Note
from bot.core.text import STOPWORDS, fold, note_stem, words
from bot.core.titles import unnumbered

STUB_REPEATS = 3  # the same "definition" under this many cards is template text


def _key(text: str) -> str:
    return " ".join(fold(text).split())


_ANSWERS = frozenset({CardKind.FLASHCARD, CardKind.CLOZE})


def drop_stubs(cards: list[Card]) -> tuple[list[Card], list[ContentWarning]]:
    """Text repeated verbatim as the definition of several cards is a template stub."""
    # A flashcard's answer ("FIN", "checksum") may well answer several of its questions.
    # One sentence introducing several terms ("STP (...) и RSTP (...) позволяют ...") is one
    # place; one term copied with its text into several notes is one name. A stub is the
    # same text in several places under several names.
    defined = [(_key(c.definition), c) for c in cards if c.definition and c.kind not in _ANSWERS]
    counts = Counter(key for key, _ in defined)
    places = Counter(key for key, _, _ in {(key, c.source, c.line) for key, c in defined})
    names = Counter(key for key, _ in {(key, _key(c.title)) for key, c in defined})
    stubs = {text for text in counts if min(places[text], names[text]) >= STUB_REPEATS}
    if not stubs:
        return cards, []
    warnings: list[ContentWarning] = []
    reported: set[str] = set()
    out: list[Card] = []
    for card in cards:
        key = _key(card.definition)
        if key in stubs and card.kind not in _ANSWERS:
            if key not in reported:
                reported.add(key)
                message = (
                    f"the same text defines {counts[key]} cards (a template stub?), "
                    f"not used as a definition: {card.definition[:60]!r}"
                )
                warnings.append(
                    ContentWarning(source=card.source, line=card.line, message=message)
                )
            kind = CardKind.TOPIC if card.kind is CardKind.TERM else card.kind
            card = replace(card, definition="", kind=kind)
        out.append(card)
    return out, warnings


def _empty(card: Card) -> bool:
    return not card.definition and not card.details and not card.items


def merge_empty(cards: list[Card]) -> list[Card]:
    """A card with nothing to say never answers on its own: its names and topics join the
    same-named card that has a definition, or it is dropped."""
    defined: dict[str, int] = {}
    for position, card in enumerate(cards):
        if card.definition:
            for name in (card.title, *card.aliases):
                defined.setdefault(_key(name), position)
    out = list(cards)
    dropped: set[int] = set()
    for position, card in enumerate(cards):
        if not _empty(card) or card.kind is CardKind.FACT:
            continue
        dropped.add(position)
        target = defined.get(_key(card.title))
        if target is None:
            _name_by_opening(out, card)
            continue
        keep = out[target]
        out[target] = replace(
            keep,
            aliases=tuple(dict.fromkeys((*keep.aliases, *card.aliases))),
            topics=tuple(dict.fromkeys((*keep.topics, *card.topics))),
        )
    kept = {c.id for i, c in enumerate(out) if i not in dropped}
    return [
        c if c.parent_id is None or c.parent_id in kept else replace(c, parent_id=None)
        for i, c in enumerate(out)
        if i not in dropped
    ]


def _name_by_opening(cards: list[Card], opening: Card) -> None:
    """ "## Вопрос: == и ===" opening "33_==_и_===_разница.md", its text a template's line
    every note repeats (a stub, dropped): the note's card, named by its file for want of a
    name, takes the heading's, the file's kept as another."""
    file_name = _key(note_stem(opening.source).rsplit("/", 1)[-1])
    if opening.parent_id is not None or not _RAW_FILE_NAME.search(file_name):
        return
    own = [i for i, c in enumerate(cards) if c.source == opening.source]
    if min(cards[i].line for i in own) != opening.line:
        return
    for i in own:
        card = cards[i]
        if (
            card is not opening
            and card.parent_id is None
            and card.definition
            and _key(card.title) == file_name
        ):
            aliases = (card.title, *(a for a in card.aliases if _key(a) != _key(opening.title)))
            cards[i] = replace(card, title=opening.title, aliases=aliases)
            return


_RAW_FILE_NAME = re.compile(r"_|^\d")  # "33_==_и_===_разница": a file's name, not a title


def unique_ids(cards: list[Card]) -> tuple[list[Card], list[ContentWarning]]:
    """Two notes whose names differ only in case give the same ids: keep both, renamed."""
    seen: dict[str, Card] = {}
    out: list[Card] = []
    warnings: list[ContentWarning] = []
    for card in cards:
        if card.id in seen:
            first = seen[card.id]
            n = 2
            while f"{card.id}-{n}" in seen:
                n += 1
            message = f"card {card.title!r} has the same id as {first.source}:{first.line}"
            warnings.append(ContentWarning(source=card.source, line=card.line, message=message))
            card = replace(card, id=f"{card.id}-{n}")
        seen[card.id] = card
        out.append(card)
    return out, warnings


MAX_LINK_NAME_WORDS = 5


def name_by_links(cards: list[Card], notes: list[Note]) -> list[Card]:
    """`[[Garbage Collection|Сборка мусора]]` in one note names the other: the shown text
    becomes an alias of the linked note's own card."""
    shown: dict[str, list[str]] = {}
    for note in notes:
        for target, text in note.link_names:
            if 0 < len(text.split()) <= MAX_LINK_NAME_WORDS and any(ch.isalpha() for ch in text):
                key = fold(note_stem(target.rsplit("/", 1)[-1]))
                shown.setdefault(key, []).append(text)
    if not shown:
        return cards
    out: list[Card] = []
    for card in cards:
        stem = card.note.rsplit("/", 1)[-1]
        name = fold(stem)
        names = shown.get(name) if card.parent_id is None else None
        known = {fold(n) for n in (card.title, *card.aliases)}
        # Only the card that stands for the whole note (named as the note is, maybe without
        # its number: "TSQL-7. Нормализация базы данных" is "Нормализация базы данных").
        named = name in known or fold(unnumbered(stem)) in known
        if names and named and card.kind in (CardKind.TERM, CardKind.TOPIC):
            extra = tuple(dict.fromkeys(n for n in names if fold(n) not in known))
            if extra:
                card = replace(card, aliases=(*card.aliases, *extra))
        out.append(card)
    return out


_SERIES = re.compile(r"^(.+?)\s+[-–—]\s+(.+)$")
MIN_SERIES_NOTES = 2  # notes sharing the part of their name before a dash
_COMPARED = frozenset({"vs", "versus", "против"})


def name_in_series(cards: list[Card]) -> list[Card]:
    """Notes named in a series ("Binary Trees - Subtrees", "Binary Trees - BFS Overview":
    two or more share the part before the dash) are also named by the rest ("Subtrees");
    "Backtracking - Overview" by what it is an overview of."""
    series: dict[int, tuple[str, str]] = {}
    for i, card in enumerate(cards):
        m = _SERIES.match(card.title)
        if m and card.parent_id is None and _key(card.title) == _key(card.note.split("/")[-1]):
            series[i] = (m.group(1).strip(), m.group(2).strip())
    shared = Counter(_key(head) for head, _ in series.values())
    out = list(cards)
    for i, (head, rest) in series.items():
        said = words(rest)
        if all(w in NAME_WRAPPERS for w in said):
            name = head
        elif said[0] in _COMPARED:
            name = f"{head} {rest}"  # "Linked Lists - vs Arrays"
        elif shared[_key(head)] >= MIN_SERIES_NOTES:
            name = rest
        else:
            continue
        card = cards[i]
        if _key(name) not in {_key(n) for n in (card.title, *card.aliases)}:
            out[i] = replace(card, aliases=(*card.aliases, name))
    return out


MIN_MAKER_NOTES = 3  # notes whose names open with the same maker's word
_NOT_MAKERS = STOPWORDS | frozenset(
    "how what why when intro introduction lecture chapter week day part lesson module unit"  # noqa: SIM905 - a word list reads best as text
    " notes note урок лекция глава тема часть модуль неделя день".split()
)


def name_without_maker(cards: list[Card]) -> list[Card]:
    """Notes named after one maker ("Amazon DynamoDB", "Amazon S3", "Amazon VPC": three or
    more open with the same word) are also named without it: "DynamoDB" is the note, not a
    table row of another note that lists it."""
    own: dict[int, str] = {}
    for i, card in enumerate(cards):
        first = card.title.split(" ", 1)[0]
        if (
            card.parent_id is None
            and " " in card.title
            # "Amazon VPC" of "Amazon VPC (Virtual Private Cloud).md": the note's own card.
            and _key(card.note.split("/")[-1]).startswith(_key(card.title))
            and first[:1].isupper()
            and first.isalpha()
            and fold(first) not in _NOT_MAKERS
        ):
            own[i] = first
    makers = Counter(fold(first) for first in own.values())
    out = list(cards)
    for i, first in own.items():
        if makers[fold(first)] < MIN_MAKER_NOTES:
            continue
        card = cards[i]
        known = {_key(n) for n in (card.title, *card.aliases)}
        bare = [
            rest
            for name in (card.title, *card.aliases)
            if fold(name.split(" ", 1)[0]) == fold(first)
            and (rest := name.split(" ", 1)[-1].strip())
            and rest != name
            and rest[:1].isalpha()
            and _key(rest) not in known
        ]
        if bare:
            out[i] = replace(card, aliases=(*card.aliases, *dict.fromkeys(bare)))
    return out


def names_left_to_parts(cards: list[Card]) -> list[Card]:
    """ "### TCP и UDP" over "#### TCP (...)" and "#### UDP (...)": each side's own card is
    named so; the heading over them keeps only its own title."""
    below: dict[str, set[str]] = {}
    for card in cards:
        if card.parent_id is not None:
            below.setdefault(card.parent_id, set()).add(_key(card.title))
    out: list[Card] = []
    for card in cards:
        taken = below.get(card.id)
        if taken and any(_key(a) in taken for a in card.aliases):
            card = replace(card, aliases=tuple(a for a in card.aliases if _key(a) not in taken))
        out.append(card)
    return out


def _word_set(name: str) -> frozenset[str]:
    return frozenset(w for w in words(name) if w not in SMALL_WORDS)


def rows_of_sections(cards: list[Card]) -> list[Card]:
    """A summary table's row named with the words of a section of its note ("Hydration
    Enthalpy" over "### Enthalpy of Hydration") is that section in short: its name and what
    it says join the section's card, which answers for both."""
    named: dict[tuple[str, frozenset[str]], int] = {}
    for position, card in enumerate(cards):
        if card.kind is CardKind.TERM and card.definition:
            named.setdefault((card.source, _word_set(card.title)), position)
    out = list(cards)
    dropped: set[int] = set()
    for position, card in enumerate(cards):
        said = _word_set(card.title) if card.kind is CardKind.TABLE_ROW else frozenset()
        target = named.get((card.source, said)) if len(said) >= 2 else None
        if target is None:
            continue
        keep = out[target]
        other = [card.title] if _key(card.title) != _key(keep.title) else []
        out[target] = replace(
            keep,
            aliases=tuple(dict.fromkeys((*keep.aliases, *other))),
            details=(*keep.details, Detail(text=card.definition)),
        )
        dropped.add(position)
    return [c for i, c in enumerate(out) if i not in dropped]


def drop_pointers(cards: list[Card], notes: list[Note]) -> list[Card]:
    """ "- [[Karst]] - A landscape ...": an entry linking a note the vault has points there,
    and that note says what it is; one linking a note not written yet is the definition.
    The entries under a dropped one move up to its parent."""
    written = {fold(note_stem(n.source).rsplit("/", 1)[-1]) for n in notes}
    dropped = {
        c.id: c.parent_id
        for c in cards
        if c.points_to and fold(note_stem(c.points_to.rsplit("/", 1)[-1])) in written
    }
    if not dropped:
        return cards
    out = []
    for card in cards:
        if card.id in dropped:
            continue
        parent = card.parent_id
        while parent is not None and parent in dropped:
            parent = dropped[parent]
        out.append(card if parent == card.parent_id else replace(card, parent_id=parent))
    return out


def finish(notes: list[Note]) -> tuple[list[Card], list[ContentWarning]]:
    """All cards of a vault after the vault-wide passes, with what those passes noticed."""
    cards = drop_pointers([card for note in notes for card in note.cards], notes)
    cards = name_by_links(cards, notes)
    cards = name_in_series(cards)
    cards = name_without_maker(cards)
    cards = names_left_to_parts(cards)
    cards = rows_of_sections(cards)
    cards, stub_warnings = drop_stubs(cards)
    cards = merge_empty(cards)
    cards, id_warnings = unique_ids(cards)
    return cards, [*stub_warnings, *id_warnings]
