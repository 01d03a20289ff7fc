"""Lookup on revision notes for exams and certificates: an Obsidian plugin's column marks
around a definition ("--- start-multi-column: Region1"), a note named by one name and
opening with the other ("# Бинарное дерево" / "**Двоичное дерево** (Бинарное дерево) -
..."), a letter typed with the key beside it ("очерель"), an acronym and its words joined
by an arrow ("**GDPR-> General Data Protection Regulation**") or by a dash over words with
"and" among them, a label before a name and its letters ("Solution: Direct Memory Access
(DMA)"), a name in italics deep in a list with the sentence saying what it is ("The
*phonological loop* is a hypothesized mechanism ..."), a motto in quotes after a name
('Канал завершения: "Я закончил работу!"'), a thing of a named kind asked for by what it
does ("which enzyme unzips ..."), a thing named in bold as Russian prose comes to it
("выдает **сертификат**, содержащий ..."), a process asked in the other language apart from
its agent ("маршрутизация" is routing, "маршрутизатор" the router), a section "about"
its thing ("## About Reducers"), a thing asked in a setting another card is named by
("cardinality in ER diagrams?" beside "Day 7 - ER Diagram Design"), and questions about
things the notes do not cover that
share a word or two with them ("banker's algorithm" beside the Bakery algorithm,
"log-structured файловая система" beside a file system's inode). One table row per
failure class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.core.notes import parse_note
from bot.core.titles import heading
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    # A plugin's column marks around the definition, and the note named by its other name.
    "Структуры данных/Бинарное дерево.md": (
        "## Определение\n--- start-multi-column: Region1  \n```column-settings  \n"
        "number of columns: 2  \nBorder: false\n```\n\n"
        "**Двоичное дерево** (Бинарное дерево) - иерархическая структура данных, в которой"
        " каждый узел имеет не более двух потомков.\n\n--- column-break ---\n\n"
        "![](tree.png)\n\n--- end-multi-column\n\n---\n## Реализация\n```c\nstruct node;\n```\n"
    ),
    "Структуры данных/Бинарное дерево поиска.md": (
        "## Определение\n**Бинарное дерево поиска** - двоичное дерево, в котором ключ левого"
        " потомка меньше ключа узла, а ключ правого - больше.\n"
    ),
    "Структуры данных/Очередь.md": (
        "## Определение\n**Очередь** - структура данных, в которой первым выходит элемент,"
        " добавленный первым (FIFO).\n"
    ),
    "Структуры данных/Стек.md": (
        "## Определение\n**Стек** - структура данных, в которой первым выходит элемент,"
        " добавленный последним (LIFO).\n"
    ),
    # A certificate course's notes: acronyms over the words they stand for.
    "Security/Frameworks.md": (
        "# Security Frameworks\n\n### Identify Security Goals\nExample:  \n"
        "A company wants to comply with **GDPR** (a European data protection law).\n\n"
        "**GDPR-> General Data Protection Regulation**\n\nAn analyst might:\n\n"
        "- Review data handling practices\n- Document areas where the company falls short\n\n"
        "### Set Guidelines\nOnce the goal is defined, guidelines are written.\n\n"
        "## HIPAA - Health Insurance Portability and Accountability Act\n"
        "A US law that protects patients' health information.\n"
    ),
    # Operating systems revision notes: labels before names.
    "OS/IO Devices.md": (
        "# I/O Devices\n\n## 4. Data Movement: DMA\nWith programmed I/O the CPU copies data"
        " word by word, wasting its time.\n\n**Solution: Direct Memory Access (DMA)**\n\n"
        "DMA is a specific device within the system that handles data transfers.\n"
    ),
    "OS/Locks.md": (
        "# Locks\n\n## Method II: Software-Only (Peterson's Algorithm)\nA 2-thread algorithm"
        " that works without special hardware instructions.\n\n> **Note:** For N threads,"
        " look up the **Filter Algorithm** and **Bakery Algorithm**.\n\n"
        "## Method III: Hardware Primitives (Spin Locks)\nModern systems use atomic hardware"
        " instructions to build locks.\n"
    ),
    "OS/Filesystems.md": (
        "# File System Implementation\n\n## The Inode\n**Inode** (Index Node) is the"
        " structure that holds the metadata of a file.\n\n"
        "* **Content:** file size, permissions, owner and the location of data blocks.\n"
        "* **System Call:** `stat` or `fstat` retrieves this info from the filesystem.\n"
    ),
    # Go notes: a motto in quotes after each pattern's name.
    "Go/Patterns.md": (
        "# Паттерны\n\n## Два подхода к управлению горутинами\n\n"
        '### Канал завершения: "Я закончил работу!"\n\nГорутина сообщает через канал done,'
        " что закончила работу, а другая ждёт этого сигнала.\n\n"
        '### Канал отмены: "Пожалуйста, остановись!"\n\nЗакрытие канала cancel просит'
        " горутину прекратить работу досрочно.\n"
    ),
    # Lecture notes: a name in italics deep in a list, the sentence saying what it is.
    "Psych/Working memory.md": (
        "# Working Memory\n\n- **Simple span:**\n  - Participants see a sample, then a"
        " probe.\n    - Easier to analyze.\n    - Can modify to learn how items are stored.\n"
        "      - The *phonological loop* is a hypothesized mechanism for acoustically coding"
        " information in working memory.\n      - The *first* is a cheap way to store letters.\n"
    ),
    # Network lecture prose: a thing named in bold as it comes, what it holds after it.
    "Net/TLS.md": (
        "# TLS\n\nКлиент должен убедиться, что ключ принадлежит серверу. Для этого"
        " используется удостоверяющий центр, который выдает **сертификат**, содержащий"
        " открытый ключ сервера.\n\n✅ **Единственный компонент**, взаимодействующий с"
        " ключом напрямую.\n\nГорутины планируются **рантаймом Go**, который использует"
        " потоки ОС.\n"
    ),
    # Web framework notes: the thing routed and the one that routes.
    "Rails/Routing.md": (
        "# Routing\n\nRouting maps incoming URLs to controller actions.\n\n"
        "## Router\n\nThe router reads config/routes.rb and matches each request.\n"
    ),
    "JS/Copying.md": (
        "# Передача по ссылке\n\nОбъекты передаются по ссылке: переменная хранит адрес"
        " объекта, а не сам объект.\n"
    ),
    # A tutorial's notes: a section "about" its thing, beside one using the same words.
    "React/useReducer.md": (
        "# useReducer\n\n## About Reducers\n\nRegarding the reducer function:\n\n> The first"
        " thing to understand about a reducer is that it only returns one value.\n\nThe"
        " reducer method follows the pattern `(state, action) => newState`.\n\n"
        "### Easy to test\n\nReducers are pure functions which means they have no side"
        " effects. It is easier to test them because they do not depend on React.\n"
    ),
    # A 30-day course: a day's note names the setting, another note the thing asked.
    "DB/Day07_ER_Diagram_Design.md": (
        "# Day 7 - ER Diagram Design\n\nAn ER diagram is a visual blueprint of a database."
        " It shows entities, attributes, relationships, keys, and cardinality.\n\n"
        "## Steps to Design an ER Diagram\n\n1. Identify entities\n2. Identify attributes\n"
        "3. Identify cardinality\n"
    ),
    "DB/Day05_Relationships.md": (
        "# Day 5 - Relationships\n\n# Cardinality\n\nCardinality defines how many"
        " instances of one entity relate to instances of another entity.\n"
    ),
    "Algo/Поиск в ширину.md": (
        "# Поиск в ширину\n\nОбход графа по уровням: сначала все соседи, потом их соседи.\n\n"
        "## Поиск\n\nПоиск - нахождение элемента в структуре данных.\n"
    ),
    # Flashcard-style biology cards: a thing of a kind named by what it does.
    "Cards/DNA Replication.md": (
        "# DNA Replication\n\nThe process by which a cell copies its DNA before division.\n\n"
        "1. Helicase unwinds the parental double helix at the replication fork\n"
        "2. Primase lays down an RNA primer\n3. DNA polymerase extends the new strands\n"
    ),
    "Cards/Helicase.md": (
        "# Helicase\n\n> Helicase is an enzyme that unwinds and separates the two strands of"
        " double-stranded DNA.\n"
    ),
    "Cards/Ligase.md": (
        "# Ligase\n\n> Ligase is an enzyme that joins Okazaki fragments on the lagging strand.\n"
    ),
}

CASES: list[Case] = [
    ("a plugin's column marks around the definition", "что такое двоичное дерево",
     "Бинарное дерево"),
    ("a plugin's column marks around the definition", "бинарное дерево",
     "Бинарное дерево"),
    ("a letter typed with the key beside it", "очерель это что", "Очередь"),
    ("a letter typed with the key beside it", "что такое стэк", "Стек"),
    ("an acronym and its words joined by an arrow", "what is GDPR", "GDPR"),
    ("an acronym and its words joined by an arrow", "general data protection regulation",
     "GDPR"),
    ("an acronym over words with 'and' among them", "what is hipaa", "HIPAA"),
    ("a label before a name and its letters", "what is DMA",
     "Solution: Direct Memory Access"),
    ("a label before a name and its letters", "что такое спин-блокировка",
     "Method III: Hardware Primitives"),
    ("a motto in quotes after a name", "что такое канал завершения", "Канал завершения"),
    ("a motto in quotes after a name", "канал отмены", "Канал отмены"),
    ("a thing of a named kind asked for by what it does",
     "which enzyme unzips the two DNA strands at the replication fork?", "Helicase"),
    ("a name in italics the sentence says what it is", "what is the phonological loop",
     "phonological loop"),
    ("a name in italics the sentence says what it is", "what is the first", None),
    ("a thing named in bold as it comes, what it holds after it", "что такое сертификат",
     "сертификат"),
    ("a process asked in the other language, not its agent", "что такое маршрутизация",
     "Routing"),
    ("a process asked in the other language, not its agent", "маршрутизатор", "Router"),
    ("a process asked in the other language, not its agent",
     "what does pass by reference mean", "Передача по ссылке"),
    ("a section about its thing", "what is a reduser", "About Reducers"),
    ("a thing asked in a setting a card is named by", "cardinality in ER diagrams?",
     "Cardinality"),
    ("a thing asked in a setting a card is named by", "что такое поиск в ширину",
     "Поиск в ширину"),
    ("an off-topic question sharing a word or two with the notes", "banker's algorithm?",
     None),
    ("an off-topic question sharing a word or two with the notes",
     "что такое log-structured файловая система", None),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_revision_notes(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "lookup failure classes (revision notes)", capsys)


def test_column_marks_are_no_text_of_any_card() -> None:
    """The plugin's marks and settings are layout: no card shows them, and the definition
    is the sentence between them."""
    path = "Структуры данных/Бинарное дерево.md"
    cards = parse_note(NOTES[path], path, note=path.removesuffix(".md")).cards
    shown = " ".join(
        " ".join((c.title, c.definition, *(d.text for d in c.details), *c.items)) for c in cards
    )
    assert "multi-column" not in shown
    assert "column-break" not in shown
    assert "number of columns" not in shown
    note = next(c for c in cards if c.title == "Бинарное дерево")
    assert note.definition.startswith("Двоичное дерево (Бинарное дерево) - иерархическая")
    assert "Двоичное дерево" in note.aliases


def test_a_quoted_name_after_a_label_stays_the_title() -> None:
    """A motto in quotes ends as a sentence does; an error's own words in quotes name the
    section and stay in its title."""
    assert heading('Канал завершения: "Я закончил работу!"').title == "Канал завершения"
    assert heading('Ошибка: "Not a git repository"').title == 'Ошибка: "Not a git repository"'
    assert heading('Пример: "hello world!"').title == 'Пример: "hello world!"'


def test_an_arrow_joins_an_acronym_only_to_the_words_it_stands_for() -> None:
    assert heading("PCI → Payment Card Industry").title == "PCI"
    assert heading("PCI → Payment Card Industry").aliases == ("Payment Card Industry",)
    assert heading("Goals --> Guidelines --> Processes").title == (
        "Goals --> Guidelines --> Processes"
    )
    assert heading("API -> Database").title == "API -> Database"


def test_a_bold_name_with_a_participle_after_it_is_named_only_as_it_comes() -> None:
    """ "выдает **сертификат**, содержащий ..." names the certificate; a line's bold label
    ("✅ **Единственный компонент**, ...") and a name in the instrumental ("**рантаймом
    Go**, который ...") do not name cards."""
    path = "Net/TLS.md"
    cards = parse_note(NOTES[path], path, note=path.removesuffix(".md")).cards
    titles = [c.title for c in cards]
    assert titles == ["TLS", "сертификат"]
    assert cards[1].definition.startswith("Для этого используется удостоверяющий центр")


def test_a_section_about_its_thing_is_named_by_that_thing() -> None:
    assert heading("About Reducers").parts == ("Reducers",)
    assert heading("Basics of IS-LM").parts == ("IS-LM",)
    assert heading("All about hooks").parts == ("hooks",)
    assert heading("About").parts == ()
