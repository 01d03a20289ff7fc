"""Shared harness of the table-driven lookup tests: a fixture vault from a dict of notes,
the title a question gets (None when refused), and the per-class tally they print."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from bot.core.models import Card
from bot.core.notes import parse_note
from bot.core.search import Index, build_index, lookup
from bot.core.vault import finish
from bot.morph import lemmatize, nominative

Case = tuple[str, str, str | None]  # (failure class, question, expected title or None)


def index_of(notes: dict[str, str], inflect: bool = False) -> Index:
    """The index of a fixture vault; with `inflect`, names given in another case are put in
    the nominative, as the app reads notes."""
    extra = {"nominative": nominative} if inflect else {}
    parsed = [
        parse_note(text, path, note=path.removesuffix(".md"), **extra)
        for path, text in notes.items()
    ]
    cards, _ = finish(parsed)
    return build_index(cards, lemmatize)


def definitions_of(notes: dict[str, str], path: str) -> dict[str, str]:
    """Each card of one fixture note, by title: its definition."""
    note = parse_note(notes[path], path, note=path.removesuffix(".md"))
    return {c.title: c.definition for c in note.cards}


def cards_of(notes: dict[str, str], path: str) -> dict[str, Card]:
    """Each card of one fixture note, by title, the note named by its file."""
    note = parse_note(notes[path], path, note=path.rsplit("/", 1)[-1].removesuffix(".md"))
    return {c.title: c for c in note.cards}


def answer(index: Index, question: str) -> str | None:
    result = lookup(index, question)
    return result.best.title if result.found and result.best else None


def tally(index: Index, cases: list[Case], heading: str) -> tuple[Counter[str], Counter[str]]:
    """Right and total per failure class, printed under `heading`."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for failure, question, expected in cases:
        total[failure] += 1
        right[failure] += answer(index, question) == expected
    width = max(map(len, total), default=0) + 2
    print(f"\n{heading}:")
    for failure in total:
        print(f"  {failure:{width}} {right[failure]}/{total[failure]}")
    return right, total


def assert_answer(index: Index, failure: str, question: str, expected: str | None) -> None:
    """One table row: the title the question gets, or None when it is refused."""
    got = answer(index, question)
    assert got == expected, f"[{failure}] {question!r}: got {got!r}"


def assert_every_class(
    index: Index, cases: list[Case], heading: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every row right, the count per class printed under `heading`."""
    with capsys.disabled():
        right, total = tally(index, cases, heading)
    assert right == total


TableTest = Callable[..., None]


def table_tests(
    notes: dict[str, str], cases: list[Case], heading: str, *, inflect: bool = False
) -> tuple[TableTest, TableTest]:
    """The two tests of a failure table: one per row, and the count per class printed under
    `heading` with every row right. A module binds them to names starting with `test_`."""

    @pytest.mark.parametrize(("failure", "question", "expected"), cases)
    def each_row(failure: str, question: str, expected: str | None) -> None:
        assert_answer(index_of(notes, inflect=inflect), failure, question, expected)

    def every_class(capsys: pytest.CaptureFixture[str]) -> None:
        assert_every_class(index_of(notes, inflect=inflect), cases, heading, capsys)

    return each_row, every_class
