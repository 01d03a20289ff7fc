"""Lookup on course cheat sheets and revision cards:
- entries one per line under a heading of general information ("## Общие сведения" /
  "==Формальный параметр== — ..."): a term per line, not the definition of the card above;
- a heading over one line of code typed as text ("# Каскадное присваивание" /
  "a=b=c=2.5"): a card of the heading, the line its example;
- a heading over one command in a code span ("`pip freeze > [файл].txt`"): the command's
  words name the card too;
- a card's own name in bold labelling its definition ("**Enterohepatic circulation**
  Reabsorption from ...", "**Cytochrome P <sub>450</sub> enzymes** . Large group ..."):
  the definition is what follows;
- a name of a few letters and a number written apart ("P 450", "ED 50"): asked glued
  ("p450");
- an exam note's quote that only gives the question ("> **Вопрос экзамена:** 26. Полярные
  мезоциклоны."): no definition and no card; the paragraph after it defines, and the names
  it is "также известные как" in brackets are the card's too ("polar lows");
- a thing named after people in a heading's brackets ("(циклы Миланковича)"): its name;
- a bar inside a heading's brackets ("Генераторы списков (Списочные выражения | List
  comprehensions)"): the bracket's names apart, the heading whole;
- "(also called a *runbook*)": the other name without its article.
One table row per failure class, the count per class printed."""

from __future__ import annotations

import pytest

from tests.unit.failure_tables import (
    Case,
    assert_answer,
    assert_every_class,
    cards_of,
    definitions_of,
    index_of,
)

NOTES = {
    "Python/Функция (def).md": (
        "# Параметры-Аргументы функции\n## Общие сведения\n==Параметры== — записываются при"
        " объявлении функции.\n==Аргумент==ы — передаются в функцию при её вызове.\n"
        "==Формальный параметр== — параметр со значением по умолчанию.\n==Фактический"
        " параметр== — остальные параметры.\n\n## Параметры по умолчанию\n\nМожно указать"
        " параметру значение по умолчанию.\n"
    ),
    "Python/00 Переменная.md": (
        "# Переменная\n\nПеременная — ссылка на объект.\n\n# Каскадное присваивание\n"
        "a=b=c=2.5\n\n\n# Множественное присваивание\na, b = 1, 2.5\n"
    ),
    "Python/Установка модулей.md": (
        "# Установка пакетов из файла\n`pip install -r <текстовый файл>`\n\n# Отображение"
        " названий и версий пакетов окружения\n`pip freeze > [ИМЯ ФАЙЛА].txt`\n"
    ),
    "cards/enterohepaticcirculation.md": (
        "---\n---\n# Enterohepatic circulation\n\n**Enterohepatic circulation** Reabsorption"
        " from small intestine of substances excreted in bile.\n"
    ),
    "cards/cytochromepsub450sub.md": (
        "# Cytochrome P <sub>450</sub> enzymes\n\n**Cytochrome P <sub>450</sub> enzymes** ."
        " Large group of enzymes\ninvolved in **hepatic metabolism** of many drugs.\n"
    ),
    "cards/paracetamol.md": (
        "# Paracetamol toxicity\n\nParacetamol is metabolised by P450 enzymes to NAPQI,"
        " which is toxic to the liver.\n"
    ),
    "Блок 3/26. Полярные мезоциклоны.md": (
        "# 26. Полярные мезоциклоны\n> **Вопрос экзамена:** 26. Полярные мезоциклоны.\n\n"
        "Полярные мезоциклоны (в синоптической практике также известные как полярные"
        " минимумы, *polar lows* или мезо-арктические циклоны) представляют собой интенсивные"
        " вихри мезомасштаба.\n\n## Механизм WISHE\n\nВихрь питается потоками тепла с"
        " поверхности.\n"
    ),
    "Блок 3/41. Солярный климат.md": (
        "# 41. Солярный климат\n\nКлимат, который задаёт одна солнечная радиация.\n\n##"
        " Влияние орбитальных параметров (циклы Миланковича)\n\nЭксцентриситет, наклон оси и"
        " прецессия меняют инсоляцию за десятки тысяч лет.\n"
    ),
    "Area/Python/00_4.0 Тип (list).md": (
        "# Список\n\nИзменяемая последовательность.\n\n### Генераторы списков (Списочные"
        " выражения | List comprehensions)\n\nСоздают список из выражения и цикла в одной"
        " строке.\n"
    ),
    "security/Playbooks-SIEM-SOARS.md": (
        "# Playbooks\n\nA **playbook** (also called a *runbook*) is a documented guide that"
        " provides:\n\n- steps to respond to incidents\n- roles of the team\n"
    ),
}

CASES: list[Case] = [
    ("entries per line under a heading of general information",
     "что такое формальный параметр?", "Формальный параметр"),
    ("a heading over one line of code typed as text", "что такое каскадное присваивание?",
     "Каскадное присваивание"),
    ("a heading over one command in a code span", "что делает pip freeze?",
     "Отображение названий и версий пакетов окружения"),
    ("a name of letters and a number written apart", "cytochrome p450 enzymes",
     "Cytochrome P 450 enzymes"),
    ("an exam note's quote giving only the question", "what's a polar low",
     "Полярные мезоциклоны"),
    ("a bar inside a heading's brackets", "генераторы спсиков", "Генераторы списков"),
    ("another name after 'also called a'", "what's a runbook", "Playbooks"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_cheatsheet_notes(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES, inflect=True), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(
        index_of(NOTES, inflect=True), CASES, "lookup failure classes (cheat sheets)", capsys
    )


def test_entries_under_general_information_are_terms_of_their_own() -> None:
    defined = definitions_of(NOTES, "Python/Функция (def).md")
    assert defined["Параметры-Аргументы функции"] == ""
    assert defined["Формальный параметр"] == "параметр со значением по умолчанию."


def test_a_bold_name_labelling_its_definition_is_left_out_of_it() -> None:
    assert definitions_of(NOTES, "cards/enterohepaticcirculation.md")[
        "Enterohepatic circulation"
    ].startswith("Reabsorption from small intestine")
    assert definitions_of(NOTES, "cards/cytochromepsub450sub.md")[
        "Cytochrome P 450 enzymes"
    ].startswith("Large group of enzymes")


def test_a_command_alone_under_a_heading_names_the_card() -> None:
    path = "Python/Установка модулей.md"
    cards = cards_of(NOTES, path)
    assert "pip freeze" in cards["Отображение названий и версий пакетов окружения"].aliases
    assert cards["Установка пакетов из файла"].aliases == ("pip install",)


def test_an_exam_question_restating_the_heading_is_no_definition() -> None:
    defined = definitions_of(NOTES, "Блок 3/26. Полярные мезоциклоны.md")
    assert defined["Полярные мезоциклоны"].startswith("Полярные мезоциклоны (в синоптической")
    assert "Вопрос экзамена" not in defined


def test_a_thing_named_after_people_in_brackets_names_the_heading() -> None:
    path = "Блок 3/41. Солярный климат.md"
    cards = cards_of(NOTES, path)
    assert cards["Влияние орбитальных параметров"].aliases == ("циклы Миланковича",)


def test_another_name_is_kept_without_its_article() -> None:
    path = "security/Playbooks-SIEM-SOARS.md"
    cards = cards_of(NOTES, path)
    assert "runbook" in cards["Playbooks"].aliases
    assert "a runbook" not in cards["Playbooks"].aliases
