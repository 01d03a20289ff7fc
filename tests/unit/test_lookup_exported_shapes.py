"""Lookup on notes exported from elsewhere or written as lecture jottings: a wiki's own marks
(`''term''`, `'''bold'''`), terms underlined with HTML (`<u>...</u>`), a short line over
the quote that explains it, a lone `Name - совокупность ...` line, a sentence naming what the
section has just shown ("Эту формулу называют ..."), and questions that end in their own
wording after the setting ("... в реляционной алгебре это что"). One table row per failure
class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.core.markdown import parse
from bot.core.notes import parse_note
from bot.morph import nominative
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    "Lectures/lecture-5.md": (
        "# Лекция 5\n\n## Операции\n\nРеляционная алгебра - замкнутая алгебра над"
        " отношениями.\n\n1. Проекция - `P(R)`\n\n**Проекция** (`SELECT`) - это операция,"
        " которая оставляет в отношении только указанные атрибуты.\n\n"
        "**Выборка** (`WHERE`) - это операция, которая оставляет только кортежи,"
        " удовлетворяющие условию.\n"
    ),
    "Lectures/lecture-8.md": (
        "# Лекция 8\n\n## Транзакции\n\n#### Виды блокировок\n\n1. Явные\n\n2. Неявные\n\n"
        "Дедлоки\n\n> Когда две транзакции ждут блокировок друг друга, наступает"
        " взаимная блокировка - появление **дедлоков**\n\n"
        "### Уровни изоляции\n\n1. Чтение незавершённых данных - самый слабый уровень.\n"
    ),
    "Lectures/lecture-9.md": (
        "# Безопасность\n\n## Уровень C1\n\n1. Разделение пользователей и данных\n\n"
        "Доверенная вычислительная база - совокупность защитных механизмов системы,"
        " отвечающих за политику безопасности.\n\n> По сути отдельный процесс, который"
        " занимается только безопасностью\n\n2. Проверка корректности работы\n\n"
        "## Итоги\n\nИтог - всё работает.\n"
    ),
    "Chem/energetics.md": (
        "# Energetics\n\n## Born-Haber Cycle\n\nA cycle of steps that gives the lattice"
        " energy of an ionic compound from quantities that can be measured.\n\n"
        "## Hess's Law\n\nThe enthalpy change of a reaction does not depend on its path.\n"
    ),
    "OS/Lec07_VirtualMemory.md": (
        "**Virtual addresses**\n- Every process sees its own address space\n"
        "- Translation done by memory hardware called <u>Memory Management Unit (MMU)</u>\n"
        "    * It walks the page table on every access\n\n"
        "**Why virtual memory**\n- Processes are isolated from each other\n"
    ),
    "wiki/Expected_Value.md": (
        "---\ntitle: Expected Value\n---\n\n# Expected Value\n\n## Expected Value\n"
        "''Expected Value'' (''Математическое ожидание'') of a random variable X\n"
        "- is the sum of its values weighted by their probabilities\n\n"
        "'''Замечание.''' It is written $E[X]$.\n"
    ),
    "wiki/Law_of_Total_Probability.md": (
        "# Law of Total Probability\n\n## Law of Total Probability\n\nПусть событие $A$"
        " может наступить только вместе с одной из гипотез $B_1, ..., B_n$, образующих"
        " полную группу.\n\n$P(A) = \\sum P(B_i) P(A|B_i)$\n\n"
        "Эту формулу называют ''формулой полной вероятности''.\n"
    ),
    "thoughts/Value.md": (
        "---\ntitle: Value\n---\n\n> [!important] Axiology\n> concerns the goodness of all"
        " varieties: the nature of value and where it comes from.\n\n"
        "Some values are moral, others aesthetic.\n"
    ),
    "OS/Lec20_Disks.md": (
        "**Data on disk**\n- Bits are stored with some error correction bits\n"
        "    * Correct random bit flips\n    * Detect corruption of data\n"
        "- The controller can handle some errors\n- Technologies such as RAID(Redundant"
        " Array of Inexpensive Disks) provide reliability by replicating data across disks\n"
    ),
    "wiki/Partial_Permutations.md": (
        "# Partial Permutations\n\n## Partial Permutations\nИмеется $n$ различных"
        " предметов. Сколько из них можно составить расстановок длины $k$?\n\n"
        "Такие расстановки называются ''размещениями без повторений'' и обозначаются"
        " $A_n^k$.\n"
    ),
}

CASES: list[Case] = [
    ("the question's own wording after its setting",
     "проекция в реляционной алгебре это что", "Проекция"),
    ("the question's own wording after its setting", "выборка в sql это что?", "Выборка"),
    ("a lone line naming a kind of thing", "что такое доверенная вычислительная база?",
     "Доверенная вычислительная база"),
    ("a lone line naming a kind of thing", "что такое итог", None),
    ("a short line over the quote that explains it", "что такое дедлок", "Дедлоки"),
    ("an English word the notes spell in Russian, three consonants", "what is a deadlock?",
     "Дедлоки"),
    ("a Russian 'г' for an 'h'", "что такое цикл Борна-Габера", "Born-Haber Cycle"),
    ("a term underlined with HTML", "what is the MMU", "Memory Management Unit"),
    ("a term underlined with HTML", "memory management unit", "Memory Management Unit"),
    ("a wiki's own marks", "что такое математическое ожидание", "Expected Value"),
    ("a name of what the section has just shown", "что такое формула полной вероятности",
     "Law of Total Probability"),
    ("a callout naming what its section defines", "what is axiology", "Value"),
    ("a callout naming what its section defines", "value", "Value"),
    ("letters spelled out in a bracket without a space", "what is raid", "RAID"),
    ("letters spelled out in a bracket without a space", "кфшв", "RAID"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_exported_shapes(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "lookup failure classes (exported shapes)", capsys)


def test_a_wiki_mark_is_emphasis_and_no_quote_is_left() -> None:
    note = parse_note(NOTES["wiki/Expected_Value.md"], "wiki/Expected_Value.md")
    card = next(c for c in note.cards if c.title == "Expected Value")
    assert "Математическое ожидание" in card.aliases
    assert all("''" not in c.definition and "''" not in c.title for c in note.cards)


def test_an_underlined_run_is_marked_like_bold() -> None:
    inline = parse("kernel uses a <u>slab allocator</u> here\n").blocks[0].inline
    assert inline is not None
    assert inline.text == "kernel uses a slab allocator here"
    assert [(inline.text[m.start : m.end], m.kind) for m in inline.marks] == [
        ("slab allocator", "strong")
    ]


def test_an_unclosed_underline_marks_nothing() -> None:
    inline = parse("a <u>dangling tag\n\nnext paragraph</u>\n").blocks[0].inline
    assert inline is not None
    assert inline.marks == []


def test_italics_after_a_russian_naming_verb_name_a_term() -> None:
    path = "wiki/Partial_Permutations.md"
    cards = {c.title: c for c in parse_note(NOTES[path], path, nominative=nominative).cards}
    assert cards["размещения без повторений"].definition.startswith("Такие расстановки")
    # English prose may stress words after "called" without naming them.
    text = "# Datatypes\n\nThe datatypes are called *sum* and *product* after their sizes.\n"
    assert {c.title for c in parse_note(text, "d.md").cards} == {"Datatypes"}
