"""Lookup of things the notes never write, asked by the kind they share with notes that
are written: "what is a skip list" in notes on linked lists, "radix sort" beside merge and
insertion sort, "the Bellman-Ford algorithm" where one half is a slip from a word of the
notes ("ford" ~ "form"). Such questions are refused rather than guessed from their other
words. And a command's note opening with what it does, listed with commas ("считает
количество строк, слов"), says that, not a line of other names. One table row per failure
class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.core import strangers
from bot.core.notes import parse_note
from bot.core.question import words_of
from bot.core.wordmatch import resolve_word
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    "Sorting/Merge Sort.md": (
        "# Merge Sort\n\nA sort that splits the list in halves, sorts each and merges them."
        " Its running time is n log n in every case.\n"
    ),
    "Sorting/Insertion Sort.md": (
        "# Insertion Sort\n\nA sort that inserts each element into the sorted prefix before"
        " it. It is faster than other comparison sorts on short or nearly sorted input.\n"
    ),
    "Lists/Linked List.md": (
        "# Linked List\n\nA list of nodes, each pointing to the next one.\n\n## Performance\n\n"
        "The expected search time in a list of n nodes is linear: each node is visited in"
        " turn.\n"
    ),
    "Lists/Doubly Linked List.md": (
        "# Doubly Linked List\n\nA linked list whose nodes point to the next and the previous"
        " node.\n"
    ),
    "Graphs/Cycles.md": (
        "# Cycles\n\nA path that starts and ends at the same vertex. A graph whose edges may"
        " have negative weights can hold a negative cycle, which an algorithm must detect"
        " to give shortest paths in a normal form.\n"
    ),
    "Graphs/Normal Form.md": "# Normal Form\n\nThe one form every graph is brought to.\n",
    "commands/wc.md": (
        "# wc\n\nсчитает количество строк, слов, символов, байтов\n\nКлюч | Значение\n"
        "--- | ---\n`-l` | подсчет строк\n`-w` | подсчет слов\n"
    ),
}

CASES: list[Case] = [
    ("a thing the notes lack, of a kind their names end in", "skip list expected search time",
     None),
    ("a thing the notes lack, of a kind their names end in",
     "is radix sort faster than comparison sorts?", None),
    ("a thing the notes have, of that kind", "what is merge sort?", "Merge Sort"),
    ("a thing the notes have, of that kind", "expected search time in a linked list",
     "Performance"),
    ("a hyphened name the notes lack, one half a slip from their words",
     "how does the Bellman-Ford algorithm detect negative cycles?", None),
    ("a command's note opening with what it does", "wc это что", "wc"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_of_kinds_unwritten(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "lookup failure classes (kinds unwritten)", capsys)


def test_a_line_of_what_a_command_does_is_its_definition() -> None:
    note = parse_note(NOTES["commands/wc.md"], "commands/wc.md", note="wc")
    card = note.cards[0]
    assert card.title == "wc"
    assert card.definition == "считает количество строк, слов, символов, байтов"
    assert card.aliases == ()


def test_a_line_of_other_names_is_still_read_as_names() -> None:
    note = parse_note("# Adapter\n\nWrapper, Обёртка\n", "patterns/Adapter.md", note="Adapter")
    card = note.cards[0]
    assert {"Wrapper", "Обёртка"} <= set(card.aliases)
    assert card.definition == ""


@pytest.mark.parametrize(
    ("question", "stranger"),
    [
        # Read before any passage is guessed from the question's other words.
        ("what is a skip list and what's its expected search time?", True),
        ("radix sort", True),
        ("insertion sort", False),
        # Described in its own words, a question says more than a name of the kind.
        ("what do you call a gentle sort inserting each element into a sorted prefix?", False),
        ("what's the difference between leaving sort out and keeping it?", False),
        ("why pick a gentle sort when each element already sits nearly in its place", False),
    ],
)
def test_a_word_unwritten_before_a_kind_names_another_thing(question: str, stranger: bool) -> None:
    index = index_of(NOTES)
    qwords = words_of(index, question)
    resolved = [resolve_word(index, w, raw) for w, raw in qwords]
    assert strangers.stranger_of_a_kind(index, question, qwords, resolved) is stranger
