"""Lookup on interview and self-test notes (labelled questions over labelled answers), on
headings that are a clause of code in capitals, on study terms asked in the other language
through lexicon phrases, on a design pattern asked with the word "pattern", and on
glossary names with several short names in brackets. One table row per failure class, the
count per class printed."""

from __future__ import annotations

import pytest

from bot.core import pasted
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    # Interview notes: a bold «Вопрос:» over a bold «Ответ:», with no heading of its own.
    "Bash/Основы скриптинга.md": (
        "# Bash\n\nКомандная оболочка Unix.\n\n## Вопросы с собеседований\n\n"
        "**Вопрос:** Что делает `set -e`?\n\n"
        "**Ответ:** Прерывает выполнение скрипта при первой ошибке команды.\n\n"
        "**Вопрос:** Чем отличается `$@` от `$*`?\n\n"
        "**Ответ:**\n- `$@` — все аргументы отдельными словами\n"
        "- `$*` — все аргументы одной строкой\n\n"
        "**Вопрос:** Как перенаправить stderr в stdout?\n\n"
        "**Ответ:** Дописать к команде `2>&1`, и ошибки пойдут в тот же поток.\n"
    ),
    "DB/Транзакции.md": (
        "# Транзакции\n\nГруппа операций, которая выполняется целиком или никак.\n\n"
        "**Вопрос:** Как расшифровывается ACID?\n\n"
        "**Ответ:** Atomicity, Consistency, Isolation, Durability.\n"
    ),
    "Git/Слияние.md": (
        "# Слияние\n\n## Конфликты слияния\n\n"
        "Возникают, когда две ветки меняют одни и те же строки файла.\n"
    ),
    # Self-test lines in English: the answer on the very next line.
    "Security/SIEM.md": (
        "# Introduction to SIEM\n\nCollects and correlates logs from many sources.\n\n"
        "**Question:** What does SIEM stand for?  \n"
        "**Answer:** Security Information and Event Management system  \n\n"
        "**Question:**  \nWhich log keeps failed logins on Linux?  \n"
        "✅ **Answer:** /var/log/auth.log  \n"
    ),
    "SQL/Foreign keys.md": (
        "# What happens when a parent row is deleted\n\nSQL gives options.\n\n---\n\n"
        "# ON DELETE CASCADE\n\nAutomatically deletes child records when the parent record"
        " is deleted.\n\n---\n\n# ON DELETE SET NULL\n\n"
        "Sets the foreign key to NULL when the parent record is deleted.\n"
    ),
    "Sorting/Quicksort.md": (
        "# Quicksort\n\nSorts by splitting around a pivot.\n\n## In Python\n\n"
        "`sorted()` uses Timsort instead, a merge sort.\n"
    ),
    "Accounting/Accrual basis.md": (
        "Revenue is recorded when earned and expenses when incurred, not when cash moves.\n"
    ),
    "Music/Circle of fifths.md": "Keys arranged by fifths, each a fifth above the last.\n",
    # "singleton" on most cards of its note: too common a word here to tell cards apart.
    "OOP/Patterns/singleton.md": (
        "# Singleton\n- is a creational design pattern that keeps only one instance of a "
        "class and gives global access to it.\n\n## Usage of singleton\n"
        "- A logger or a settings holder is a singleton.\n\n## Object declaration\n"
        "- `object` declares a singleton in one line.\n\n## Companion object\n"
        "- A companion object is a singleton tied to its class.\n"
    ),
    "Pharm/Glossary.md": (
        "### Receptors\n\n**G protein–coupled receptor (GPCR, 7-TM)**  \n"
        "Def: A receptor that crosses the membrane seven times and couples to a G protein.\n"
    ),
    # Lecture notes by where in the recording something was said: values, not names.
    "Pharm/L01.md": (
        "# Lecture 1\n\n## Where he said what\n\n"
        "- ~95%: GPCRs — about sixty percent of drugs act on them, he said.\n"
        "- ~55% (end of supplements): two questions on the exam about supplements.\n"
    ),
    "Philosophy/Иррационализм.md": ("Мир познаётся не разумом, а волей, интуицией и чувством.\n"),
    "Web/Блочные и строчные.md": (
        "## Блочные элементы\n\nЗанимают всю ширину родителя и начинаются с новой строки.\n\n"
        "## Строчные элементы\n\nЗанимают ширину содержимого и идут в строку с текстом.\n"
    ),
    "Crypto/Preliminaries.md": (
        "## Negligible\n\nA function smaller than the inverse of every polynomial.\n\n"
        "## Noticeable\n\nA function larger than the inverse of some polynomial.\n\n"
        "## Negligible vs Noticable\n\n- Negligible says for every polynomial, noticable says"
        " for some.\n"
    ),
    "Shell/Оболочки.md": (
        "## zsh\n\nОболочка с умным автодополнением.\n\n## bash\n\nОболочка Linux по "
        "умолчанию.\n\n## zsh и bash в macOS\n\nС Catalina в macOS по умолчанию стоит zsh, "
        "а bash старый.\n\n## zsh и bash: что выбрать\n\nДля скриптов bash, для работы в "
        "терминале zsh.\n"
    ),
    "Accounting/Unit sales.md": (
        "### how do unit sales affect net operating income?\n- profit equations:\n"
        "\t- (P x Q - V x Q) - fixed expenses\n\t- unit CM x Q - fixed expenses\n"
        "\t- CM ratio x Sales - fixed expenses\n"
    ),
    # The exam questions a note answers, listed under "# Question" at its top.
    "Cancer/Apoptosis.md": (
        "# Question\n\n- How is cell death evaded in cancer?\n"
        "- What determines whether a cell lives or dies?\n\n# Intrinsic pathway\n\n"
        "Mitochondria release cytochrome c, which activates caspase 9.\n"
    ),
    "OOP/polymorphism.md": (
        "# Polymorphism\n\nOne interface, many forms.\n\n### Duck typing\n"
        "- An object's methods, not its declared type, decide whether it fits.\n"
    ),
    "C/Указатели и типы памяти.md": (
        "Указатель хранит адрес ячейки памяти; стек и куча — два типа памяти процесса.\n"
    ),
}

CASES: list[Case] = [
    ("a labelled question over its labelled answer", "что делает set -e", "set -e"),
    ("a labelled question naming its note", "what does SIEM stand for", "Introduction to SIEM"),
    ("a labelled question asking what letters stand for", "что такое ACID", "ACID"),
    ("a label alone over the question's line", "which log keeps failed logins",
     "Which log keeps failed logins on Linux"),
    ("a labelled question is no card named «Вопрос»", "как разрешить конфликт слияния",
     "Конфликты слияния"),
    ("a labelled comparison: the two cards answer", "чем $@ отличается от $*", "$@"),
    ("a clause of code in capitals as a heading", "explain ON DELETE CASCADE",
     "ON DELETE CASCADE"),
    ("a clause of code in capitals as a heading", "ON DELETE SET NULL", "ON DELETE SET NULL"),
    ("a preposition opening a heading names a case", "quicksort in python", "Quicksort"),
    ("two words the lexicon names together", "что такое метод начисления", "Accrual basis"),
    ("two words the lexicon names together", "что такое квинтовый круг", "Circle of fifths"),
    ("an acronym of a phrase is not its words", "what is DMA?", None),
    ("short names in brackets after a name's letters", "gpcr", "G protein–coupled receptor"),
    ("short names in brackets after a name's letters", "what is 7-TM",
     "G protein–coupled receptor"),
    ("a value before a colon names nothing", "~95%", "Where he said what"),
    ("a sound put in front negates the name", "what is rationalism?", None),
    ("a part of a hyphened English word means nothing alone", "what are block-level elements",
     None),
    ("a comparing heading misspells a side", "negligible vs noticeable",
     "Negligible"),
    ("a heading asking which of two to choose", "zsh или bash, что выбрать",
     "zsh"),
    ("a short word one slip from a name written with the next", "duk typing", "Duck typing"),
    ("the kind of thing said beside its name", "what is the singleton pattern", "Singleton"),
    ("the kind of thing said beside its name", "что такое паттерн одиночка", "Singleton"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_asked_notes(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "lookup failure classes (asked notes)", capsys)


def test_a_labelled_question_becomes_a_heading_and_its_answer_its_text() -> None:
    text = NOTES["Bash/Основы скриптинга.md"]
    lines = pasted.asked_lines(text).split("\n")
    assert len(lines) == len(text.split("\n"))  # line numbers stay right
    assert "### Что делает `set -e`?" in lines  # one level below "## Вопросы с собеседований"
    assert "Прерывает выполнение скрипта при первой ошибке команды." in lines
    # A comparison is asked of the notes' own cards of both: its lines stay as written.
    assert "**Вопрос:** Чем отличается `$@` от `$*`?" in lines
    # A question with no answer below it is left alone.
    alone = "**Вопрос:** Что такое PID?\n\nНомер процесса.\n"
    assert pasted.asked_lines(alone) == alone


def test_answers_are_the_cards_of_their_questions() -> None:
    cards = {c.title: c for c in index_of(NOTES).cards}
    assert cards["set -e"].definition.startswith("Прерывает выполнение скрипта")
    assert all(c.definition != "Что делает set -e?" for c in cards.values())
    # "What does SIEM stand for?" in the note on SIEM: a part of the note's own card.
    said = [d.text for d in cards["Introduction to SIEM"].details]
    assert any(t.startswith("Security Information and Event Management") for t in said)
    assert not {"~95%", "~55%"} & set(cards)
    assert not {"unit CM x Q", "CM ratio x Sales"} & set(cards)  # formulas, not names
    # "# Question" labels what the note answers: neither it nor its questions are cards.
    assert not {"Question", "How is cell death evaded in cancer?"} & set(cards)
    logs = next(c for c in cards.values() if "/var/log/auth.log" in c.definition)
    assert logs.title.startswith("Which log keeps failed logins")
