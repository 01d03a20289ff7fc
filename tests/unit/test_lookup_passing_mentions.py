"""Lookup where the notes only pass a word by, or spell a name their own way: a name asked
alone whose one word some card's text says once in passing ("Данное обращение ..." for
"inversion in English") is refused, while a card that says it over and over still answers;
a heading the notes misspell ("Fucntions of money") is found by a question in the other
language; a note whose list is one name over its definition ("- prime brokerage") gives that
name a card. One table row per failure class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.core.notes import parse_note
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    "english/imperative_mood.md": (
        "# Повелительное наклонение\n\n## Us\n\nЧтобы попросить совместно сделать что-либо,"
        " используется форма let us. Данное обращение относится к первому лицу множественного"
        " числа.\n"
    ),
    "english/adjectives.md": (
        "# Прилагательные\n\nПрилагательные описывают предмет и отвечают на вопрос какой.\n"
    ),
    "ml/lstm.md": (
        "# LSTM\n\nLSTM решает проблему затухающего градиента с помощью гейтов: гейт забывания,"
        " входной гейт и выходной гейт решают, что хранить в памяти ячейки.\n"
    ),
    "commerce/money.md": (
        "# Money\n\n# Fucntions of money\n- 3 primary roles of money in mainstream"
        " economics\n    + medium of exchange\n    + unit of account\n    + store of value\n"
    ),
    "commerce/barter.md": (
        "# Barter\n\nBarter is trade without money, an exchange function of markets where"
        " goods pay for goods.\n"
    ),
    "commerce/brokers.md": (
        "###### Brokers\n\n- prime brokerage\n    + group of assets and services offered by"
        " investment banks to clients with complex financial needs\n"
    ),
}

CASES: list[Case] = [
    ("a name alone, said once in passing", "inversion in English", None),
    ("a name alone, said again and again", "гейты", "LSTM"),
    ("a misspelled heading, asked in the other language", "функции денег",
     "Fucntions of money"),
    ("a note's one name over its definition", "prime brokerage?", "prime brokerage"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_passing_mentions(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "lookup failure classes (passing mentions)", capsys)


def test_a_note_of_one_name_lists_it() -> None:
    path = "commerce/brokers.md"
    cards = {c.title: c for c in parse_note(NOTES[path], path, note="brokers").cards}
    assert cards["prime brokerage"].definition.startswith("group of assets and services")
    assert cards["Brokers"].definition == ""
