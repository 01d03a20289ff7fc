"""Lookup on notes pasted or typed with little Markdown: headings kept as plain lines over
prose, names followed by an arrow, "как пользоваться X". One table row per failure class,
the count per class printed."""

from __future__ import annotations

import pytest

from bot.core import pasted
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
        "Используется два ключа: публичный и приватный.\n\n"
        # Indented four spaces, a pasted heading reads as code to Markdown.
        "    2. Хранение состояния: Куки против JWT-токенов\n\n"
        "HTTP не помнит запросы, поэтому сервер узнаёт пользователя одним из двух способов.\n\n"
        "    Хэширование (В одну сторону)\n\n"
        "Превращение данных в строку фиксированной длины, восстановить их нельзя.\n\n"
        "    var hash = Hasher.Hash(password); // код остаётся кодом\n"
    ),
    "OS/Process Creation.md": (
        "# Process Creation\n\n- fork - new process\n"
        "- **Copy-on-write** -> create a copy of the page only when a process writes to it\n"
        "- *POSIX certified* -> macOS, Solaris\n"
        "- `print(root)` --> print the root node\n"
        "- If a programme accesses an address\n\t- that is in memory -> all good\n"
        "\t- that is NOT in memory -> **Page Fault**\n\t\t- the OS fetches the missing page.\n"
        "- Very complex model → may **overfit**\n"
    ),
    "Linux/journalctl.md": (
        "# journalctl\n\n**journalctl** - это утилита для чтения журналов systemd.\n"
    ),
    "Arch/Деметра.md": (
        "### Антипаттерны\n#### 1. Цепочки вызовов (Train Wreck)\n```java\n"
        "config.getServiceConfig().getTimeout();\n```\n\n**Решение:**\n"
        "- Делегирующий метод в `Config`:\n  ```java\n  int getServiceTimeout();\n  ```\n"
        "- Использовать DTO с плоской структурой.\n\n"
        "#### 2. Шпионское поведение\n```java\norder.getCustomer().getAccount();\n```\n"
    ),
    # A page pasted with its headings as plain lines, most glued to the paragraph above by a
    # line break, under headings of its own.
    "Brokers/Термины.md": (
        "## Основные термины\n\nMessage  \n\n"
        "Message — сообщение, которое передаётся через брокер.  \n\n"
        "Обычно содержит id и payload.  \nProducer  \n\n"
        "Producer — сервис, который отправляет сообщение.  \n\n### Пример:\n\n"
        "Order Service создал заказ и отправил событие  \nKafka offset  \n\n"
        "Offset — позиция сообщения в partition.  \n\n"
        "Consumer A забрал message1  \nChoreography  \n\n"
        "Сервисы реагируют на события друг друга.  \n"
    ),
    # Slides pasted as text: bullets kept as characters, lines wrapped where the slide
    # wrapped them.
    "Embedded/Reconfigurable Computers.md": (
        "• Complex PLD (CPLD) and field programmable gate arrays (FPGA).\n"
        "• A CPLD is an advanced version of SPLD that includes gates, flip-flops, and\n"
        "fast input/output (I/O) pins.\n"
        "• HDL (Hardware Description Language) is the standard programming\n"
        "method. Verilog and VHDL are the most widely used HDLs.\n"
        "➢ In contrast to sequential programming, HDLs introduce concurrency.\n"
    ),
    "Embedded/Embedded Computers.md": (
        "• Any electronic device (Contained in a hardware system) that can be\n"
        "programmed (With some kind of code) to carry out some computing.\n\n"
        "![](/file/2/UIFnPkuX1Sn5FO9q3GE89.png)\n\n"
        "• An embedded system is a combination of embedded computer and software\n"
        "designed for a specific function.\n"
    ),
    "Embedded/Microcomputers.md": (
        "- Small complete computer built around a single\nprocessor chip and its memory.\n"
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
    ("pasted heading lines named by the next line", "что такое producer", "Producer"),
    ("pasted heading lines named by the next line", "message", "Message"),
    ("pasted heading lines named by the next line", "kafka offset", "Kafka offset"),
    ("pasted heading lines, by habit", "choreography", "Choreography"),
    ("bullets kept as characters", "what is HDL", "HDL"),
    ("bullets kept as characters", "reconfigurable computers", "Reconfigurable Computers"),
    ("a note of one wrapped bullet", "what is an embedded computer?", "Embedded Computers"),
    ("a note of one wrapped bullet", "microcomputers", "Microcomputers"),
    ("indented heading lines", "хэширование", "Хэширование"),
    ("a bold name, an arrow, its meaning", "what is copy-on-write", "Copy-on-write"),
    ("what happens, an arrow, the bold name", "page fault", "Page Fault"),
    ("how to use X asks what X is", "jornalctl как пользоваться", "journalctl"),
    ("a heading over its code, then a list", "что такое train wreck", "Цепочки вызовов"),
    ("how to use X asks what X is", "как пользоваться journalctl", "journalctl"),
    (
        "indented heading lines",
        "куки или jwt токены, в чем разница",
        "Хранение состояния: Куки против JWT-токенов",
    ),
]


def test_every_class(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "pasted notes", capsys)


def test_indented_code_stays_code() -> None:
    index = index_of(NOTES)
    card = next(c for c in index.cards if c.title == "Хэширование")
    assert card.definition.startswith("Превращение данных")
    assert all("Hasher.Hash" not in c.title for c in index.cards)


def test_an_arrow_after_italics_or_code_names_nothing() -> None:
    titles = {c.title for c in index_of(NOTES).cards}
    assert "Copy-on-write" in titles
    assert not titles & {"POSIX certified", "print", "print(root)", "all good", "may overfit"}


def test_pasted_heading_lines_become_headings_below_the_last_real_one() -> None:
    text = NOTES["Brokers/Термины.md"]
    lines = pasted.pasted_headings(text).split("\n")
    assert len(lines) == len(text.split("\n"))  # line numbers stay right
    assert "### Producer" in lines
    assert "### Kafka offset" in lines  # "### Пример:" is a label, not the level to go under
    assert "### Choreography" in lines
    assert "Consumer A забрал message1  " in lines
    # One such line alone is no habit: a note keeps its text.
    single = "Intro line.\n\nExchange  \n\nExchange решает, куда положить сообщение.\n"
    assert pasted.pasted_headings(single) == single


def test_bullet_characters_make_items_each_its_own_sentence() -> None:
    cards = {c.title: c for c in index_of(NOTES).cards}
    assert cards["HDL"].definition.startswith("HDL (Hardware Description Language) is the")
    assert "Complex PLD" not in cards["HDL"].definition
    assert cards["Embedded Computers"].definition.startswith("Any electronic device")
    assert all("•" not in c.definition and "\n" not in c.title for c in cards.values())
