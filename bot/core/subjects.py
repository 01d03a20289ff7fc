"""Which card a found card answers as: the sentence of a note that opens with the thing
asked, a note's own card for a sentence with no subject of its own, the card above a
template's section or above a label ("Пример"), and the card a guess's labelled part
("Цель DoD", "case D") belongs to."""

from __future__ import annotations

from dataclasses import replace

from bot.core import comparisons, labels
from bot.core.indexdata import Index, promoted
from bot.core.models import CardKind
from bot.core.results import Result
from bot.core.text import STOPWORDS, words

ONE_SIDE_SHARE = 0.8  # of the best score, a card about the one thing asked may have
SUBJECT_FACT_SHARE = 0.75  # of the best score, a sentence about the thing asked may have
FACT_TIE = 0.02  # sentences this close in score are scored alike


def subject_fact(
    index: Index, scored: list[tuple[float, int, bool]], asked: list[str]
) -> list[tuple[float, int, bool]]:
    """ "что такое маска подсети" where no card is named so: the sentence that opens with
    those words ("Маска подсети показывает, где в адресе номер сети") says what it is, not
    a card that only has them in its name ("Виды масок подсети")."""
    if len(scored) < 2 or not asked:
        return scored
    want = [index.term(w) for w in asked]
    best = index.cards[scored[0][1]]
    if any([index.term(w) for w in words(n)] == want for n in (best.title, *best.aliases)):
        return scored
    facts: list[tuple[float, int, int]] = []  # (score, -line, place in `scored`)
    for k, (score, pos, _) in enumerate(scored[1:], start=1):
        if score < SUBJECT_FACT_SHARE * scored[0][0]:
            break
        card = index.cards[pos]
        said = words(card.title)
        if (
            card.kind is CardKind.FACT
            and len(said) > len(want)
            and [index.term(w) for w in said[: len(want)]] == want
        ):
            facts.append((score, -card.line, k))
    if not facts:
        return scored
    # Of sentences scored alike, the note's first about it says what it is; later ones add.
    top = max(f[0] for f in facts)
    k = max((line, k) for score, line, k in facts if score >= top - FACT_TIE)[1]
    return promoted(scored, k)


def subject_first(
    index: Index, scored: list[tuple[float, int, bool]], resolved: list[dict[int, float]]
) -> list[tuple[float, int, bool]]:
    """ "Позволяет определить MAC-адрес по IP-адресу" in ARP.md: a sentence with no subject
    of its own says what its note is; the note answers, the sentence under it. So does the
    card a template's section ("Manifest File") sits under, and the card defining what a
    heading with no text of its own under it shows ("Basic Shadowing" under "Variable
    Shadowing", asked "shadowing")."""
    score, pos, _ = scored[0]
    owner = subject_of(index, pos)
    if owner == pos:
        owner = defined_above(index, pos, set().union(*resolved))
    if owner == pos:
        return scored
    return [(score, owner, False), *(s for s in scored if s[1] != owner)]


def defined_above(index: Index, pos: int, asked: set[int]) -> int:
    """The card right above a heading that says nothing of its own (code, a picture), when
    that card defines something and its name holds every asked word the heading's does;
    else `pos`."""
    card = index.cards[pos]
    if card.definition.strip() or card.kind is CardKind.FACT or card.parent_id is None:
        return pos
    if card.items:
        # "### BlockingQueue" over its bullets ("Особенности", "Реализации") says what it is
        # through them, whatever the heading above it lists.
        return pos
    at = index.positions.get(card.parent_id, -1)
    if at < 0 or not index.cards[at].definition.strip():
        return pos
    asked_terms = {index.terms[t] for t in asked}
    named = {index.term(w) for w in words(card.title) if w not in STOPWORDS}
    if named and named <= asked_terms and not index.title_terms(at) <= named:
        # "member routes" under "Member and Collection Routes": asked by its whole name, the
        # heading is the one part of the card above that is meant.
        return pos
    held = index.title_terms(pos) & asked_terms
    return at if held and held <= index.title_terms(at) else pos


def subject_of(index: Index, pos: int) -> int:
    """The note's own card for a fact of the note that opens with its predicate, the card
    above a section every few notes repeat; else `pos`."""
    card = index.cards[pos]
    # "Пример" under "Pairwise Testing": a label over a part of a card answers as that card.
    repeated = pos in index.repeated or (card.parent_id is not None and _label_only(card.title))
    if not repeated and (
        card.kind is not CardKind.FACT or not labels.speaks_of_heading(card.title)
    ):
        return pos
    if card.parent_id is None:
        # A note of bullets whose first one names it ("1. ARP - протокол ..." in ARP.md).
        owner = index.note_owners[pos] if pos < len(index.note_owners) else -1
        return owner if owner >= 0 else pos
    at = index.positions.get(card.parent_id, -1)
    if at < 0:
        return pos
    return at if index.cards[at].parent_id is None or repeated else pos


def guessed_whole(index: Index, guessed: Result, resolved: list[dict[int, float]]) -> Result:
    """A guess said of the card its best passage is a label or a labelled part of."""
    pos = index.positions.get(guessed.best.id, -1) if guessed.best is not None else -1
    if pos < 0:
        return guessed
    owner = subject_of(index, pos)
    if owner == pos:
        owner = short_part_of(index, pos, resolved)
    return guessed if owner == pos else replace(guessed, best=index.cards[owner])


def short_part_of(index: Index, pos: int, resolved: list[dict[int, float]]) -> int:
    """A guess that lands on a labelled part of a card ("case D" under "AVL trees", "Цель
    DoD" under "Definition of Done") that no word of the question names: the card it is
    part of."""
    card = index.cards[pos]
    parent = index.positions.get(card.parent_id or "", -1)
    if (
        parent < 0
        or not _part_label(card.title)
        or not index.name_terms[pos].isdisjoint(set().union(*resolved))
    ):
        return pos
    return parent


def _part_label(title: str) -> bool:
    """ "Цель DoD", "Пример кода": a section word first; "case D", "Step 3": a word and the
    letter or number of the part."""
    said = words(title)
    if not said or len(said) > MAX_PART_TITLE_WORDS:
        return False
    if labels.is_section_word(said[0]):
        return True
    return len(said) == MAX_PART_TITLE_WORDS and (len(said[1]) == 1 or said[1].isdigit())


MAX_PART_TITLE_WORDS = 2


def _label_only(title: str) -> bool:
    """A title that is one section word and nothing else ("Пример", "Цель", "Example")."""
    return len(title.split()) == 1 and labels.is_section_word(title)


def one_side_asked(
    index: Index, scored: list[tuple[float, int, bool]], asked: list[str], query: str
) -> list[tuple[float, int, bool]]:
    """ "VWAP?" where "TWAP vs. VWAP" scores highest: the card about the one thing asked
    (the note "VWAP Algorithm" first), not a card comparing it with another."""
    if (
        len(scored) < 2
        or not asked
        or comparisons.sides(query) is not None
        or not comparisons.compares(index, index.cards[scored[0][1]])
    ):
        return scored
    want = {index.term(w) for w in asked}
    about: list[int] = []  # places in `scored` of cards named by every asked word
    for k, (score, pos, _) in enumerate(scored[1:], start=1):
        if score < ONE_SIDE_SHARE * scored[0][0]:
            break
        card = index.cards[pos]
        named = {index.term(w) for name in (card.title, *card.aliases) for w in words(name)}
        if want <= named and not comparisons.compares(index, card):
            about.append(k)
    if not about:
        return scored
    k = next((k for k in about if scored[k][1] in index.whole_notes), about[0])
    return promoted(scored, k)
