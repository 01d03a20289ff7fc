"""The best few cards reordered by what the question asks of them: a definition asked,
not a sentence off its subject or a how-to section; a thing described to learn its name, not
the kind of thing the question names itself. Each looks only at cards scoring about as well
as the one leading."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core import question
from bot.core.indexdata import Index, promoted
from bot.core.models import CardKind
from bot.core.text import words

Ranked = list[tuple[float, int, bool]]


def _first_near(ranked: Ranked, margin: float, fits: Callable[[int], bool]) -> Ranked:
    """The first card after the leader within `margin` of its score that `fits`, first."""
    top = ranked[0][0]
    for at, (score, pos, _) in enumerate(ranked[1:], start=1):
        if score < top - margin:
            break
        if fits(pos):
            return promoted(ranked, at)
    return ranked


FACT_SUBJECT_WORDS = 4  # a sentence is about the words it opens with


def offside_fact(index: Index, scored: Ranked, resolved: list[dict[int, float]]) -> bool:
    """A sentence of the notes that holds what "что такое X" asks only in other words, deep
    in its text ("... барьеры на чтение/запись ..." for "что такое record"), defines nothing
    of it. One that spells X may ("... в томах Docker volume" for "что такое том")."""
    card = index.cards[scored[0][1]]
    if card.kind is not CardKind.FACT:
        return False
    said = [index.term(w) for w in words(card.title)]
    # "what is earnings per share" and "... lowers the price per share": a name asked in
    # words the sentence has only some of is not what it is about.
    if any(cands and {index.terms[t] for t in cands}.isdisjoint(said) for cands in resolved):
        return True
    spelled = {index.terms[t] for cands in resolved for t, sim in cands.items() if sim >= 1.0}
    if not spelled.isdisjoint(said):
        return False
    asked = {index.terms[t] for cands in resolved for t in cands}
    return asked.isdisjoint(said[:FACT_SUBJECT_WORDS])


def named_over_offside_fact(
    index: Index,
    scored: Ranked,
    resolved: list[dict[int, float]],
    defining: bool,
) -> Ranked:
    """When a definition is asked and a sentence of the notes off its subject leads, the
    best card that is no such sentence first if it scores about as well; else the ranking
    as it is."""
    if not defining or not offside_fact(index, scored, resolved):
        return scored
    return _first_near(
        scored, OFFSIDE_FACT_MARGIN, lambda pos: index.cards[pos].kind is not CardKind.FACT
    )


OFFSIDE_FACT_MARGIN = 0.05


def unnamed_in_question(index: Index, scored: Ranked, query: str) -> Ranked:
    """ "how do you call a consonant that is a stop plus a fricative": a question that
    describes a thing to learn its name never says that name; a card named only by its words
    ("Consonants") is the kind of thing described, so the next card about as good comes
    first. A whole note so named ("Губки") may hold the answer in its text: it stays."""
    if (
        len(scored) < 2
        or not question.names_asked(query)
        or index.cards[scored[0][1]].parent_id is None
    ):
        return scored
    said = {index.term(w) for w in words(query)}

    def named_in(pos: int) -> bool:
        name = {index.term(w) for w in words(index.cards[pos].title)}
        return bool(name) and name <= said

    if not named_in(scored[0][1]):
        return scored
    # The note holding that card ("Phonetics" over "Consonants") is more general still.
    above = index.cards[scored[0][1]].parent_id
    return _first_near(
        scored,
        NAMED_IN_QUESTION_MARGIN,
        lambda pos: not named_in(pos) and index.cards[pos].id != above,
    )


NAMED_IN_QUESTION_MARGIN = 0.1


# "how to identify the form of a piece", "Как выбрать индекс": a section saying how to do
# something with a thing, not what the thing is.
_TASK_HEADING = re.compile(r"^(?:how\s+(?:to|do|does|can)|why|when\s+to|как|зачем|почему)\s", re.I)


def named_over_task(index: Index, scored: Ranked, query: str, defining: bool) -> Ranked:
    """ "what is the form of a piece?" led by the section "how to identify the form of a
    piece" of the note «form»: the note, when it scores about as well, says what it is."""
    if not defining or not scored:
        return scored
    card = index.cards[scored[0][1]]
    task = _TASK_HEADING.match(card.title)
    if (
        task is None
        or card.parent_id is None
        or task.group(0).split()[0].casefold() in {w.casefold() for w in query.split()}
    ):
        return scored
    return _first_near(
        scored, TASK_HEADING_MARGIN, lambda pos: index.cards[pos].id == card.parent_id
    )


TASK_HEADING_MARGIN = 0.1


# "which enzyme unzips DNA at the replication fork", "какую коллекцию взять, чтобы ...": a
# thing of a named kind is asked for by what it does.
_KIND_ASKED = re.compile(
    r"^\W*(?:(?:so|and|а|и|так|через|в|на|с|для)\s+)?"
    r"(?:(?:which|what)\s+(?:kind|type|sort)s?\s+of\s+(?P<of>[^\W\d_]+)"
    r"|which\s+(?P<which>[^\W\d_]+)"
    r"|what\s+(?!(?:is|are|was|were|does|do|did|can|could|should|would|will|happens|if|about|"
    r"makes|causes)\b)(?P<what>[^\W\d_]+)"
    r"|как(?:ой|ая|ое|ие|ую|им|ого|ом|их|ими|ому)\s+(?P<ru>[^\W\d_]+))",
    re.I,
)
KIND_OPENING_WORDS = 12  # a definition says what kind of thing it is early on


def kind_asked(query: str) -> str:
    """The kind of thing "which enzyme ..." asks for, or ""."""
    m = _KIND_ASKED.match(query)
    if m is None:
        return ""
    return next(g for g in m.groups() if g)


def of_the_kind_asked(index: Index, scored: Ranked, query: str) -> Ranked:
    """ "which enzyme unzips the two DNA strands at the replication fork?" led by "DNA
    Replication", whose name the question spells: the card near it that says it is an enzyme
    ("Helicase is an enzyme that unwinds ...") is the one asked for."""
    kind = kind_asked(query)
    if len(scored) < 2 or not kind:
        return scored
    want = index.term(kind)

    def of_kind(pos: int) -> bool:
        card = index.cards[pos]
        # The definition says so ("an enzyme that ..."); a name with the kind in it
        # ("Компоненты Worker Node") is rather a list of such things.
        return any(index.term(w) == want for w in words(card.definition)[:KIND_OPENING_WORDS])

    if of_kind(scored[0][1]):
        return scored
    return _first_near(scored, KIND_MARGIN, of_kind)


KIND_MARGIN = 0.15  # the named kind outweighs a little less of the question said
