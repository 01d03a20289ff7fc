"""Lookup on shapes of exam notes and course glossaries, and on words asked across the
languages:
- an exam ticket's numbered bold items over their text ("1. **Ошибка первого рода**."), a
  heading labelled "Понятие" with its name in the genitive ("Понятие несмещенности
  оценки"), formulas drawn by a web service (`![](https://latex.codecogs.com/svg.latex?…)`)
  read as formulas, a bold name with its letter before the dash ("**Генеральная
  совокупность** $\\Gamma$ - ..."), and a sign, a dash, then its bold name and what it is
  in brackets ("$(1-\\beta)$ - **мощность критерия** (вероятность ...)");
- a name clipped into one word in brackets ("ubiquitous computing (ubicomp)") and a short
  name whose words open its definition in quotes ("## CMB" / "\\"Cosmic microwave
  background\\". ...");
- Russian words for English names: "человеко-" (human), "повсеместный" (ubiquitous), an
  adjective on a borrowed stem however it ends ("релизная ветка"), "-ционный" for "-tion"
  ("аккреционный диск");
- a request to remind or explain in any form ("напомните", "объясните") says nothing of
  what is asked.
One table row per failure class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.core import restructure
from bot.core.markdown import parse
from bot.core.notes import parse_note
from bot.morph import nominative
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

_FORMULA = "https://latex.codecogs.com/svg.latex?"

NOTES = {
    "tickets/ticket17.md": (
        "# 17. Правило проверки гипотезы. Ошибки первого и второго рода.\n\n"
        "При проверке гипотез можно сделать ошибки двух видов:\n\n"
        "1. **Ошибка первого рода**.\n\n"
        f"Будет отвергнута ![]({_FORMULA}H_{{0}}) при условии, что она верна.\n\n"
        "2. **Ошибка второго рода**.\n\n"
        f"Будет принята ![]({_FORMULA}H_{{0}}) при условии, что верна"
        f" ![]({_FORMULA}H_{{1}}).\n\n"
        f"Обычно рассматривается ![]({_FORMULA}(1-\\beta)) - **мощность критерия** (вероятность"
        " правильного"
        " решения)\n"
    ),
    "tickets/ticket06.md": (
        "# 6. Статистические оценки параметров\n\n"
        "Все это статистические оценки для параметров.\n\n"
        "### Требования к оценкам\n"
        "1. **Понятие несмещенности оценки**\n"
        f"![]({_FORMULA}M(\\widetilde{{a}})=a)\n\n"
        "Если это так для любого n, то оценка называется несмещенной.\n"
    ),
    "tickets/ticket02.md": (
        "# 2. Генеральная совокупность и выборка\n\n"
        f"**Генеральная совокупность** ![]({_FORMULA}\\Gamma) - множество элементов одинаковой"
        " физической природы, свойства которых изучают.\n"
        f"N - **количество элементов**, объем ![]({_FORMULA}\\Gamma)\n"
    ),
    "hci/human_computer_interaction.md": (
        "# human computer interaction\n\n- focus: why is design hard\n\n"
        "## ubiquitous computing (ubicomp)\n\n"
        "- when technologies weave themselves into everyday life until they are"
        " indistinguishable from it\n- active research area\n\n"
        "### ubicomp design method\n\n"
        "- **context** - system takes into account the user location, emotional state\n"
    ),
    "astro/CMB.md": (
        '## CMB\n"Cosmic microwave background". Microwave radiation that fills all space, a'
        " remnant of the early universe.\n"
    ),
    "astro/Accretion.md": (
        "# Accretion disk\n\nA disk of gas spiralling onto a compact object and heating up.\n"
    ),
    "git/branching.md": (
        "# Branching strategies\n\n## Release Branches\n\nEvery upcoming product version gets"
        " a branch of its own, cut from develop when it is feature-complete.\n\n"
        "## Feature Branches\n\nEach feature is built on a branch of its own.\n"
    ),
    "tickets/ticket16.md": (
        "# 16. Статистические гипотезы\n\n"
        f"![]({_FORMULA}H_{{1}}) - альтернативная или конкурирующая гипотеза (предположение,"
        f" противоречащее ![]({_FORMULA}H_{{0}}) )\n\n"
        "Набор этих условных вероятностей - __условный закон распределения__ для величины."
        " Аналогично находится и для второй.\n"
    ),
    "csharp/collections.md": (
        "# Коллекции\n\n## Dictionary<TKey, TValue>\n\nХеш-таблица: поиск по ключу за O(1).\n\n"
        "## Финализаторы\n\nФинализатор (finalizer / destructor) вызывается GC перед"
        " освобождением объекта.\n\n## Кортежи\n\n### ValueTuple и деконструкция\n\n"
        "ValueTuple — легковесный value type для группировки значений.\n\n"
        "## Основы LINQ\n\n### Формат записи\n\nЗапрос пишется цепочкой методов.\n"
    ),
    "go/Интерфейсы.md": (
        "# Интерфейсы\n\nИнтерфейс описывает набор методов. Нужны для полиморфизма. Полиморфизм"
        " — способность функции обрабатывать данные разных типов.\n"
    ),
    "redis/Redis.md": (
        "# Redis\n\nRedis хранит все данные в оперативной памяти. Цена — при падении без"
        " персистентности данные теряются.\n"
    ),
    "law/criminal.md": (
        "# Homicide\n\n## Voluntary manslaughter\n\nA killing in the heat of passion after"
        " adequate provocation.\n\n## Involuntary manslaughter\n\nAn unintended killing caused"
        " by criminal negligence.\n\n## Leading questions\n\nQuestions that suggest the answer"
        " to the witness.\n"
    ),
    "psy/Установка на рост.md": (
        "# Установка на рост\n\nУбеждение, что способности развиваются усилием и практикой.\n"
    ),
    "ts/Специальные типы.md": (
        "# Специальные типы\n\n## any\n\nТип any отключает проверку типов для значения:"
        " ему можно присвоить что угодно.\n\n## unknown\n\nТип unknown принимает любое"
        " значение, но требует проверки перед использованием.\n"
    ),
    "algo/Дерево.md": (
        "# Дерево\n\nСтруктура данных из узлов, связанных рёбрами без циклов, с одним корнем.\n"
    ),
    "phys/magnetic-fields.md": (
        "# Magnetic fields\n\n## Split ring commutator\n\nReverses the current in the coil"
        " every half turn so the coil keeps spinning the same way.\n\n## Brushes\n\nCarbon"
        " blocks pressing on the commutator to carry current into the coil.\n\n"
        "## Electromagnet\n\nA coil of wire around an iron core that is magnetic while a"
        " current flows.\n"
    ),
    "ds/dynamic_array.md": (
        "# Dynamic array\n\nAn array that grows and shrinks itself as elements are added or"
        " removed, doubling its capacity when it is full.\n"
    ),
    "ds/linked_list.md": "# Linked list\n\nNodes that each point to the next one.\n",
    "econ/game-theory.md": (
        "# Game theory\n\n## Normal form\n\nA table with one player's strategies on the rows"
        " and the other's on the columns, each cell holding both payoffs.\n\n"
        "## Nash Equilibrium\n\nA pair of strategies where neither player gains by changing"
        " alone.\n"
    ),
    "os/syscalls.md": (
        "# System calls\n\nA system call asks the kernel to do privileged work for a program.\n"
    ),
    "math/limits.md": (
        "# Предел функции\n\nЧисло, к которому стремится значение функции.\n\n"
        "## Второй замечательный предел\n\nПредел (1+x)^(1/x) при x → 0 равен числу e.\n"
    ),
}

CASES: list[Case] = [
    ("an exam ticket's numbered bold item over its text", "что такое ошибка первого рода?",
     "Ошибка первого рода"),
    ("an exam ticket's numbered bold item over its text", "ошибка второго рода это что",
     "Ошибка второго рода"),
    ("a heading labelled 'Понятие', its name in the genitive", "что такое несмещенность оценки",
     "Несмещенность оценки"),
    ("a bold name with its letter before the dash", "что такое генеральная совокупность?",
     "Генеральная совокупность"),
    ("a sign, a dash, its bold name and what it is in brackets", "что такое мощность критерия?",
     "мощность критерия"),
    ("a name clipped into one word in brackets", "гишсщьз", "ubiquitous computing"),
    ("a name clipped into one word in brackets", "what is ubicomp?", "ubiquitous computing"),
    ("a short name's words in quotes opening its definition", "cosmic microwave background",
     "CMB"),
    ("a short name's words in quotes opening its definition", "что такое реликтовое излучение?",
     "CMB"),
    ("Russian words for English names", "что такое повсеместные вычисления",
     "ubiquitous computing"),
    ("Russian words for English names", "что такое человеко-компьютерное взаимодействие",
     "human computer interaction"),
    ("Russian words for English names", "что такое релизная ветка?", "Release Branches"),
    ("Russian words for English names", "что такое аккреционный диск", "Accretion disk"),
    ("Russian words for English names", "что такое непредумышленное убийство?",
     "Involuntary manslaughter"),
    ("Russian words for English names", "что такое наводящие вопросы?", "Leading questions"),
    ("Russian words for English names", "what is a growth mindset", "Установка на рост"),
    ("a request to remind or explain", "напомните второй замечательный предел, который про e",
     "Второй замечательный предел"),
    ("a request to remind or explain", "объясните, что такое предел функции", "Предел функции"),
    ("a sign of formulas named by the words after it", "альтернативная гипотеза это что",
     "H_1"),
    ("what a thing is, a dash, its bold name", "что такое условный закон распределения?",
     "условный закон распределения"),
    ("a later sentence naming what it has brought up before a dash", "что такое полиморфизм",
     "Полиморфизм"),
    ("a later sentence naming what it has brought up before a dash", "что такое цена?", None),
    ("a question saying a card's whole name with nothing qualifying it",
     "почему все говорят что any это дыра в типизации?", "any"),
    ("a question saying a card's whole name with nothing qualifying it",
     "что такое красно-чёрное дерево?", None),
    ("a thing described with 'that', not named", "what's the part of a motor that flips the"
     " current every half turn so the coil keeps spinning?", "Split ring commutator"),
    ("an example after 'like' is no subject the notes lack", "how does an array that grows"
     " and shrinks itself work, like an ArrayList?", "Dynamic array"),
    ("a name asked for: 'what do you call', '... called?'", "what's that table with one"
     " player's strategies on rows and the other's on columns called?", "Normal form"),
    ("a name asked for: 'what do you call', '... called?'", "what is a system call?",
     "System calls"),
    ("a generic type by its bare name", "как работает Dictionray", "Dictionary<TKey, TValue>"),
    ("a plural heading's one thing with its other names", "what is a finalizer?",
     "Финализаторы"),
    ("a heading over one section alone names it", "rjhnt;b", "ValueTuple и деконструкция"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_exam_notes(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES, inflect=True), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(
        index_of(NOTES, inflect=True), CASES, "lookup failure classes (exam notes)", capsys
    )


def _card(path: str, title: str) -> tuple[str, list[str]]:
    note = parse_note(NOTES[path], path, note=path.removesuffix(".md"), nominative=nominative)
    card = next(c for c in note.cards if c.title == title)
    return card.definition, list(card.aliases)


def test_a_formula_drawn_by_a_web_service_reads_as_the_formula() -> None:
    definition, _ = _card("tickets/ticket17.md", "Ошибка первого рода")
    assert definition == "Будет отвергнута H_0 при условии, что она верна."
    definition, _ = _card("tickets/ticket17.md", "мощность критерия")
    assert definition == "(1-β) — вероятность правильного решения"


def test_the_lines_of_an_item_after_its_bold_name_are_its_text() -> None:
    note = parse_note(NOTES["tickets/ticket06.md"], "t.md", note="t", nominative=nominative)
    card = next(c for c in note.cards if c.title == "Несмещенность оценки")
    assert [d.text for d in card.details] == ["M(a)=a"]
    assert card.definition.startswith("Если это так для любого n")
    assert "несмещённая оценка" in card.aliases


def test_a_clipped_name_and_a_quoted_expansion_are_other_names() -> None:
    _, aliases = _card("hci/human_computer_interaction.md", "ubiquitous computing")
    assert "ubicomp" in aliases
    definition, aliases = _card("astro/CMB.md", "CMB")
    assert "Cosmic microwave background" in aliases
    assert definition.startswith('"Cosmic microwave background". Microwave radiation')


def test_a_bullet_wholly_bold_over_code_stays_a_bullet() -> None:
    # Only a numbered item alone in its list heads the text below it: a bullet in bold over
    # code is a point of the section it is in.
    text = (
        "# Concurrency bugs\n\n**Atomicity bug example: fix**\n"
        "- <u>Always use locks when accessing shared data</u>.\n```c\nlock(&l);\n```\n\n"
        "1. **Ошибка первого рода**.\n\nБудет отвергнута верная гипотеза.\n"
    )
    tree = restructure.bold_items(parse(text).blocks)
    assert [b.kind for b in tree] == [
        "heading",
        "paragraph",
        "list",
        "code",
        "heading",
        "paragraph",
    ]
    assert tree[4].inline is not None and tree[4].inline.text == "Ошибка первого рода"


def test_a_heading_over_one_section_alone_is_its_name_unless_an_overview() -> None:
    assert "Кортежи" in _card("csharp/collections.md", "ValueTuple и деконструкция")[1]
    assert "Основы LINQ" not in _card("csharp/collections.md", "Формат записи")[1]
    assert "Dictionary" in _card("csharp/collections.md", "Dictionary<TKey, TValue>")[1]
