"""Lookup of operators asked by their symbols: symbols compared in a card's name ("== и
===") name it each, and a question of symbols and where they are asked ("== vs === в php",
"что такое ?. в js") is answered by the card they name; a word that asks more ("what does
the ? operator do") is read as words. One table row per failure class, the count per class
printed."""

from __future__ import annotations

import pytest

from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

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
