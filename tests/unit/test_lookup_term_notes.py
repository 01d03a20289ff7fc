"""Lookup on vaults of one note per term and of short names:
- a note's own heading asking what it is ("# What is the DOM?" in DOM.md) over bullets, the
  first of which says what it is ("- The DOM (Document Object Model) is ..."): that bullet
  is the card's definition and its bracket another name ("объектная модель документа");
- a short name asked by the words it stands for in the question's language, which the notes
  never write ("what is a minimum lovable product?" for "MLP — минимально привлекательный
  продукт"; "yield to maturity" with its small word, for YTM);
- a short name whose whole definition is a few words: those words name it ("минимально
  жизнеспособный продукт" is MVP);
- questions whose words spell no short name of the notes stay refused.
One table row per failure class, the count per class printed."""

from __future__ import annotations

import pytest

from tests.unit.failure_tables import (
    Case,
    assert_answer,
    assert_every_class,
    definitions_of,
    index_of,
)

NOTES = {
    "Web/DOM.md": (
        "---\ntags:\n  - html\n---\n\n# **What is the DOM?**\n\n- The DOM (Document Object"
        " Model) is a programming interface that represents an HTML document as a tree of"
        " objects.\n</br>\n- Think of it as a live representation of your webpage.\n- It lets"
        " JavaScript change the document's content and styling.\n\n---\n\n# **DOM Structure:"
        " Tree of Nodes**\n\n- Document node (the root)\n- Element nodes\n- Text nodes\n"
    ),
    "Web/Git.md": "# Git\n\n- Commits are snapshots of the tree.\n- Branches point at commits.\n",
    "Product/Lection 1.md": (
        "MVP — минимально жизнеспособный продукт\nMLP — минимально привлекательный продукт\n\n"
        "## Discovery\n\nDiscovery — поиск проблемы пользователя до разработки решения.\n"
    ),
    "Bonds/Yield.md": (
        "# Bond yields\n\nYields compared.\n\n- YTM — the return on a bond held until it"
        " matures, with coupons reinvested.\n- Current yield — the coupon divided by the"
        " price.\n"
    ),
    "Базы/СУБД.md": (
        "# СУБД\n\nСУБД — программа, которая хранит данные и отвечает на запросы к ним.\n"
    ),
}

CASES: list[Case] = [
    ("a note's own heading asking what it is, over bullets", "what is the DOM?", "DOM"),
    ("a note's own heading asking what it is, over bullets",
     "объектная модель документа это что", "DOM"),
    ("a short name asked by the words it stands for", "what is a minimum lovable product?",
     "MLP"),
    ("a short name asked by the words it stands for", "what is yield to maturity", "YTM"),
    ("a short name asked by the words it stands for",
     "что такое система управления базами данных", "СУБД"),
    ("a short name's few words of definition", "что такое минимально жизнеспособный продукт",
     "MVP"),
    ("words that spell no short name of the notes", "what is a mortgage backed security?",
     None),
    ("words that spell no short name of the notes", "что такое минимальная оплата труда",
     None),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_term_notes(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES, inflect=True), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(
        index_of(NOTES, inflect=True), CASES, "lookup failure classes (term notes)", capsys
    )


def test_the_first_bullet_under_a_note_asking_what_it_is_defines_it() -> None:
    defined = definitions_of(NOTES, "Web/DOM.md")
    assert defined["DOM"].startswith("The DOM (Document Object Model) is a programming")


def test_bullets_under_a_note_heading_that_never_name_it_stay_its_facts() -> None:
    assert definitions_of(NOTES, "Web/Git.md")["Git"] == ""
