"""Lookup on seminar, course-site and pasted notes: a statement closed by a dash and the
bold name it goes by ("... deficits—**prosopagnosia** (face blindness).", "Возникла новая
форма — __постпозитивизм__."); a note pasted from a chat answer, its headings plain lines
opened with an emoji ("⚙️ StringBuilder"); a one-word term typed in the English layout whose
first letter is a punctuation key there ("[ti-aeyrwbz" for «хеш-функция»); a letter typed
twice ("Ommit"); a Jekyll course site's kramdown attribute lists and Liquid tags
("{:.no_toc}", "{% cite IEEE754 %}"); sentences that say what a bold name holds ("The
**significand** (or mantissa) contains ..."); and an abbreviation in bold with its words in
brackets over nothing but a picture ("**MTBF ( Mean Time Between Failures ) -**"); a
Russian statement closed by its English name in brackets ("... можно **дополнять**
(declaration merging)"); a name on its own line over its explanation, with a remark in
brackets ("Метод расширения (Твой ручной маппер)"); a product name typed with a capital
inside that only sounds like a word of the notes ("SignalR" beside «сигнал»); a note whose
title holds the name its first sentence defines ("Typescript Roadmap": "TypeScript — это
надстройка ..."); and a full stop inside a heading's brackets ("(conc. NaOH)"). One table
row per failure class, the count per class printed."""

from __future__ import annotations

import pytest

from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    "Vision/High-level vision.md": (
        "# High-level vision\n\n## Faces\n\n- Faces are processed as wholes, not as parts.\n"
        "- Patients show specific face perception deficits (not in any other type of"
        " perception)—**prosopagnosia** (face blindness).\n"
        "  - When faces are upside down, the patient can still do the task.\n"
    ),
    "Философия/Семинар 4.md": (
        "## Материализм\n\nБыла точка зрения, что вся природа живая — нет деления на мёртвую"
        " и живую природу — __гилозоизм__.\n\nПосле кризиса позитивизма возникла новая"
        " форма философии науки — __постпозитивизм__.\n\n"
        "I, we, you, they — **do**, остальные — **does**.\n"
    ),
    "Theory/Strings.md": (
        "🚀 Strings и StringBuilder\nstring — это неизменяемый текст, а StringBuilder —"
        " динамический буфер.\n\n⚙️ String (Строка)\nСсылка на объект в куче; каждое"
        " изменение создаёт новую строку.\n\n⚙️ StringBuilder\nИзменяемый (mutable)"
        " класс-помощник для сборки текста в одном буфере.\n\n📊 Когда что использовать\n"
        "string для констант, StringBuilder в циклах.\n\n✅ Храните строки неизменными.\n"
    ),
    "Theory/AspNet/Основы API.md": (
        "Основы API\n\n[FromQuery]: Используется для фильтрации по строке запроса.\n\n"
        "Метод расширения (Твой ручной маппер)\nВ твоем коде была конструкция"
        " model.ToStockDto(). Это не встроенная фишка C#, а Extension Method: статический"
        " метод, который вызывают как метод самого объекта.\n"
    ),
    "Theory/События.md": (
        "# События\n\n## Сигнал\nУведомление, которое обработчик получает, когда что-то"
        " происходит.\n"
    ),
    "Theory/Хеширование.md": (
        "# Хеширование\n\n## Хеш-функция\nПревращает данные любой длины в число"
        " фиксированной длины.\n\n## Жёсткая ссылка\nВторое имя того же файла.\n"
    ),
    "TypeScript/Type и Union.md": (
        "## 2. Расширение\n\n```ts\ninterface Admin extends User {\n  role: string;\n}\n```\n\n"
        "## 3. Поведение при объединении\n\n- `interface` можно **дополнять** (declaration"
        " merging)\n    \n- `type` так не умеет\n    \n\n```ts\ninterface User {\n  id:"
        " number;\n}\ninterface User {\n  name: string;\n}\n```\n"
    ),
    "TypeScript/Typescript Roadmap.md": (
        "TypeScript — это надстройка над JavaScript, добавляющая **статическую типизацию**.\n\n"
        "**Зачем нужен:**\n- Ловит ошибки на этапе компиляции.\n- Делает код понятнее.\n"
    ),
    "TypeScript/Типы TypeScript.md": (
        "## 1. string\nСтрока.\n\n## 2. number\nЧисло.\n\n## 9. never\nТип значения, которого"
        " не бывает.\n"
    ),
    "Rails/Haml Setup in Rails.md": (
        "# Haml Setup in Rails\n\nHaml is a templating language that replaces ERB with a"
        " cleaner syntax.\n\n## Install\nAdd the gem.\n"
    ),
    "TypeScript/Utility Types.md": (
        "## 1. Partial<T>\nДелает все поля необязательными.\n\n## 2. Omit<T, K>\nСоздаёт тип"
        " без указанных ключей.\n"
    ),
    "docs/computer-architecture/floating-point.md": (
        "---\nlayout: default\ntitle: Floating point\nnav_order: 9\n---\n\n"
        "<!-- prettier-ignore-start -->\n\n# Floating point\n{:.no_toc}\n\n"
        "## Table of contents\n{: .no_toc }\n\n1. TOC\n{:toc}\n\n<!-- prettier-ignore-end -->\n\n"
        "**Floating point** is an approximation of real-number arithmetic using a finite"
        " number of bits {% cite IEEE754 -l 3 %}.\n\n"
        "The **significand** (or mantissa) contains the significant digits {% cite IEEE754"
        " -l 5 %}.\n\nThe **exponent** signifies the integer power that 2 is raised to.\n\n"
        "## Procedures\n\nA **caller** is the program that calls a procedure; the procedure"
        " is called by the caller {% cite PH -l 220 %}.\n\n{% bibliography --cited %}\n"
    ),
    "Concepts/Reliability.md": (
        "#non-functional_requirement\n## What is Reliability\n**Reliability**, `R`, is the"
        " probability that the service performs its functions for a specified time.\n\n"
        "**MTBF ( Mean Time Between Failures ) -**\n![[Pasted image 20230807165516.png]]\n\n"
        "**MTTR ( Mean Time to Repair )**\n![[Pasted image 20230807165530.png]]\n"
        "***Preferred - High MTBF, low MTTR***\n\n### Comparison with Availability\n"
        "Availability is driven by time loss.\n"
    ),
}

CASES: list[Case] = [
    ("a statement closed by a dash and its bold name", "what is prosopagnosia",
     "prosopagnosia"),
    ("a statement closed by a dash and its bold name", "face blindness", "prosopagnosia"),
    ("a statement closed by a dash and its bold name", "что такое гилозоизм", "гилозоизм"),
    ("a statement closed by a dash and its bold name", "постпозитивизм", "постпозитивизм"),
    ("a statement closed by a dash and its bold name", "what is prosopagnozia",
     "prosopagnosia"),
    ("headings written as lines opened with an emoji", "StringBuilder это", "StringBuilder"),
    ("a word typed in the other layout opening with a punctuation key", "[ti-aeyrwbz",
     "Хеш-функция"),
    ("a word typed in the other layout opening with a punctuation key", ";`cnrfz ccskrf",
     "Жёсткая ссылка"),
    ("a product name typed with a capital inside", "что такое SignalR", None),
    ("a product name typed with a capital inside", "сигнал", "Сигнал"),
    ("a product name typed with a capital inside", "signal", "Сигнал"),
    ("a letter typed twice", "что делает Ommit", "Omit<T, K>"),
    ("a name on its own line with a remark in brackets", "what is an extension method",
     "Метод расширения"),
    ("a name on its own line with a remark in brackets", "метод расширения",
     "Метод расширения"),
    ("a note's title holding the name its first sentence defines", "что такое typescript",
     "Typescript Roadmap"),
    ("a note's title holding the name its first sentence defines", "что такое тайпскрпит",
     "Typescript Roadmap"),
    ("a note's title holding the name its first sentence defines", "what is hmal",
     "Haml Setup in Rails"),
    ("a letter typed twice", "partiall", "Partial"),
    ("a course site's attribute lists and Liquid tags", "what is floating point",
     "Floating point"),
    ("what a bold name holds or stands for", "signficand in floating point?", "significand"),
    ("what a bold name holds or stands for", "mantissa", "significand"),
    ("what a bold name holds or stands for", "exponent", "exponent"),
    ("an abbreviation spelled out over a picture", "what is MTBF", "MTBF"),
    ("an abbreviation spelled out over a picture", "mean time between failures", "MTBF"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_seminar_notes(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "lookup failure classes (seminar notes)", capsys)


def test_a_short_word_after_a_dash_names_nothing() -> None:
    """ "I, we, you, they — **do**": a word of four letters or fewer closing a line after a
    dash is a value the line gives, not the name of what it says."""
    from bot.core.notes import parse_note

    path = "Философия/Семинар 4.md"
    titles = {c.title for c in parse_note(NOTES[path], path, note="Семинар 4").cards}
    assert {"гилозоизм", "постпозитивизм"} <= titles
    assert not titles & {"do", "does"}


def test_an_emoji_tip_ending_in_a_stop_is_no_heading() -> None:
    from bot.core.notes import parse_note

    path = "Theory/Strings.md"
    titles = {c.title for c in parse_note(NOTES[path], path, note="Strings").cards}
    assert {"String", "StringBuilder", "Когда что использовать"} <= titles
    assert not any("Храните" in t for t in titles)


def test_a_course_site_shows_no_site_marks() -> None:
    """The note's own card says what floating point is, not "{:.no_toc}"; no card shows a
    Liquid tag, and "is called by the caller" names nothing."""
    from bot.core.notes import parse_note

    path = "docs/computer-architecture/floating-point.md"
    cards = parse_note(NOTES[path], path, note="floating-point").cards
    note = next(c for c in cards if c.title == "Floating point")
    assert note.definition.startswith("Floating point is an approximation")
    shown = " ".join(
        " ".join((c.title, c.definition, *(d.text for d in c.details), *c.items)) for c in cards
    )
    assert "{%" not in shown and "{:" not in shown and "TOC" not in shown
    assert "by the caller" not in {c.title for c in cards}


def test_a_russian_statement_is_also_called_by_its_english_name_in_brackets() -> None:
    from bot.core.search import lookup

    result = lookup(index_of(NOTES), "declaration merging это что")
    assert result.found and result.best is not None
    assert result.best.title == "interface можно дополнять (declaration merging)"
    assert result.best.aliases == ("declaration merging",)


@pytest.mark.parametrize(
    ("written", "title", "aliases"),
    [
        ("Cannizzaro Reaction (conc. NaOH, no α-H)", "Cannizzaro Reaction", ()),
        ("Passing Arguments (Stack vs. Heap)", "Passing Arguments", ()),
        (
            "Задачи сетевой коммуникации. Модель OSI",
            "Задачи сетевой коммуникации. Модель OSI",
            ("Задачи сетевой коммуникации", "Модель OSI"),
        ),
    ],
)
def test_a_stop_inside_brackets_ends_no_phrase_of_a_heading(
    written: str, title: str, aliases: tuple[str, ...]
) -> None:
    """ "(conc. NaOH ...)" is a remark on the reaction, not a second name cut at "conc."."""
    from bot.core.titles import heading

    found = heading(written)
    assert (found.title, found.aliases) == (title, aliases)
