"""Lookup of operators asked by their symbols: symbols compared in a card's name ("== и
===") name it each, and a question of symbols and where they are asked ("== vs === в php",
"что такое ?. в js") is answered by the card they name; a word that asks more ("what does
the ? operator do") is read as words. A note named by its file for want of a name
("33_==_и_===_разница.md") takes its opening question's. One table row per failure class,
the count per class printed."""

from __future__ import annotations

import pytest

from tests.unit.failure_tables import (
    Case,
    answer,
    assert_answer,
    assert_every_class,
    index_of,
)

# Interview notes made from one template: every note repeats its "Версия:" line.
_VERSION = "Версия: PHP 8.4; где есть исторические детали — см. по тексту.\n\n"
INTERVIEW = {
    "Вопросы/33_==_и_===_разница.md": (
        "## Вопрос: == и ===\n" + _VERSION + "## Простой ответ\n`==` может дать сюрпризы"
        " из-за приведения типов, поэтому по умолчанию — только `===`.\n"
    ),
    "Вопросы/07_include_и_require.md": (
        "## Вопрос: include и require\n" + _VERSION + "## Простой ответ\n`require` при"
        " ошибке останавливает скрипт, `include` только предупреждает.\n"
    ),
    "Вопросы/Перечисления.md": (
        "## Вопрос: enum\n" + _VERSION + "## Простой ответ\nПеречисление — тип из"
        " конечного набора значений.\n"
    ),
    "Вопросы/21_трейты.md": (
        "## Вопрос: трейты\n" + _VERSION + "## Простой ответ\nТрейт — набор методов,"
        " который подмешивается в класс.\n"
    ),
}

NOTES = {
    "php/Сравнение.md": (
        "# == и ===\n\n`==` сравнивает значения после приведения типов, `===` сравнивает и"
        " тип, и значение.\n"
    ),
    "php/Потоки php.md": (
        "# php://\n\nОбёртки потоков php дают доступ к вводу и выводу php: php://stdin,"
        " php://memory.\n"
    ),
    "js/Операторы.md": (
        "# Операторы\n\n## `?.` – оператор опциональной последовательности (optional"
        " chaining)\n\nЧитает свойство, только если объект не null.\n\n"
        "## Оператор расширения\n\nРазворачивает массив или объект в js на элементы.\n"
    ),
    "rust/Macros.md": (
        "# Macros\n\n| Repetition | Meaning |\n| --- | --- |\n| `*` | for 0 or more |\n"
        "| `?` | for 0 or 1 |\n"
    ),
    "rust/Operator.md": (
        "# Operator `?`\n\nThe `?` operator returns the error early from a function that"
        " returns a Result.\n"
    ),
}

CASES: list[Case] = [
    ("symbols compared, asked with where", "== vs === в php", "== и ==="),
    ("symbols compared, asked alone", "===", "== и ==="),
    ("a symbol asked with where", "что такое ?. в js", "?."),
    ("a symbol asked with a word that asks more", "what does the ? operator do", "Operator"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_of_symbols(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "lookup failure classes (symbols)", capsys)


def test_a_note_named_by_its_file_takes_its_opening_question() -> None:
    # The template's line is dropped as a stub: the question heading names the note.
    index = index_of(INTERVIEW)
    assert answer(index, "== vs === в php") == "== и ==="
    card = next(c for c in index.cards if c.source == "Вопросы/33_==_и_===_разница.md")
    assert card.title == "== и ==="
    assert "33_==_и_===_разница" in card.aliases
    assert card.definition.startswith("== может дать сюрпризы")


def test_a_note_named_by_a_title_keeps_it() -> None:
    index = index_of(INTERVIEW)
    card = next(c for c in index.cards if c.source == "Вопросы/Перечисления.md")
    assert card.title == "Перечисления"
