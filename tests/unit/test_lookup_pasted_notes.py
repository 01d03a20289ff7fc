"""Lookup on notes pasted or typed with little Markdown: headings kept as plain lines over
prose, names followed by an arrow. One table row per failure class, the count per class
printed."""

from __future__ import annotations

import pytest

from tests.unit.failure_tables import Case, assert_every_class, index_of

NOTES = {
    # Pasted from a chat: not one `#`; each heading a short line over its paragraphs.
    "Web/Криптография.md": (
        "Эти процессы решают разные задачи.\n\n"
        "Архитектурные зоны защиты\n\n"
        "Хранение данных защищается хэшем пароля. Транспорт защищает TLS.\n\n"
        "Что такое Соль (Salt)\n\n"
        "Это случайная строка, которая подмешивается к паролю перед хэшированием.\n\n"
        "Одинаковые пароли с разной солью дают разные хэши.\n\n"
        "Асимметричное шифрование\n\n"
        "Используется два ключа: публичный и приватный.\n"
    ),
    # A sentence that only lost its full stop stays a sentence of its note.
    "Web/Cookies.md": (
        "Cookies are small pieces of data kept by the browser\n\n"
        "The server sets them with a header and reads them back on each request.\n"
    ),
}

CASES: list[Case] = [
    ("headings over prose, by habit", "что такое соль", "Соль"),
    ("headings over prose, by habit", "salt", "Соль"),
    ("headings over prose, by habit", "асимметричное шифрование", "Асимметричное шифрование"),
    ("a lone line over prose is a sentence", "cookies", "Cookies"),
]


def test_every_class(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "pasted notes", capsys)
