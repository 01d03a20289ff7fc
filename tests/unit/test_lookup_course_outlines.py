"""Lookup on shapes of course outlines, FAQs and interview notes:
- a glossary typed one entry per line right under a heading ("Образ - шаблон ...\\n
  Контейнер - ..."): a term per line, not the heading's definition;
- an outline's remark that names a thing, a colon, then a phrase in small letters
  ("- Lissencephaly: smooth brain, no gyri or sulci");
- a numbered outline whose entries mostly read "Name: what it is" ("1. Wallerian
  degeneration: axon distal to injury degenerates"): names, not steps;
- a bold name numbered inside the bold ("**3. Nernst Potential:** ...");
- a name written as one, an arrow, then a phrase in small letters ("Dependency Injection ->
  injecting the algorithm as a dependency ...");
- a FAQ's question on a line of its own over its answer ("What is cqrs?" / "> ...");
- a template's "**Что это:**" over what its section is, and a label before the term it
  brings up ("- Problem: convoy effect- you get stuck behind a long process");
- a heading listing names with commas alone ("Аутентификация, идентификация, авторизация"),
  a kind of thing before a name code writes ("Class DetailView", "Шаблон проектирования
  MVC"), prose in HTML's `<p>`, `<strong>` tags, and a warning titled with the trouble
  it warns of ("> [!warning] Проклятие размерности");
- "Its called bulkhead." after the sentence describing it;
- a name holding a function word asked whole ("when expression?" for "When Expression");
- words asked in the other language: a borrowed word ("кастомные": custom) and a field's
  word ("прибыль": earnings);
- an assumption ("Пусть ξ – непрерывная С.В.") and a task's "**Условие:**" name nothing.
One table row per failure class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.core import restored
from bot.core.markdown import parse
from bot.core.notes import parse_note
from bot.morph import nominative
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    "docker/glossary.md": (
        "# Словарь\n\n"
        "Образ - шаблон для контейнеров.\n"
        "Контейнер - запущенный экземпляр образа.\n"
        "Том - хранилище данных вне контейнера.\n"
    ),
    "neuro/chapter16.md": (
        "## Chapter 16: Differentiation of Nervous System Cells\n\n"
        "8. Mechanics of radial migration\n"
        "    - Neurons migrate along radial glial cells\n"
        "    - Involves microtubule dynamics, not actin\n"
        "9. Pathologies of Migration\n"
        "    - Reelin mutant mice have inverted cortex\n"
        "    - Lissencephaly: smooth brain, no gyri or sulci\n"
        "    - Mechanism: Growth cone repelled by contact with other cells\n"
        "    - Band heterotopia: band of neurons in white matter\n"
    ),
    "neuro/chapter4.md": (
        "## Chapter 4: Resting Membrane Potential\n\n"
        "**1. Resting potential:** The voltage difference across the membrane of a neuron at"
        " rest.\n\n"
        "**2. Ion Concentration Gradients**\n"
        "- Ion pumps establish and maintain ion concentration gradients\n"
        "- Selectively permeable membrane controls permeability of ions\n\n"
        "**3. Nernst Potential:** The membrane potential at which the net flow of an ion is"
        " zero.\n\n"
        "**4 Selectivity Filter:** Narrowest region of a channel that determines which ions"
        " can pass through.\n\n"
        "**6. Effect of changing permeability of an ion on membrane potential:**\n"
        "- Increasing sodium permeability will depolarize the membrane.\n"
    ),
    "spring/Spring.md": (
        "# Spring\n\n### Terminology\n"
        "* Beans -> ComplexBusinessService instances that Spring manages are called beans.\n"
        "* Dependency Injection -> injecting sort algorithm as a dependency into the complex"
        " business object.\n"
        "* Application Context -> is the one where all the beans are created and managed.\n"
        "* Login -> redirect\n"
    ),
    "spring/patterns.md": (
        "What is cqrs?\n"
        "> Design pattern that suggests application should be divided in a command and"
        " query part.\n\n"
        "## Axon\n* Is a platform that consists of Axon Framework and Axon Server.\n"
    ),
    "spring/faq.md": (
        "# Spring FAQ\n\n"
        "What is dispatcher servlet?\n"
        "> The front controller: it hands each request to the controller for its url.\n\n"
        "Who configures dispatcher servlet?\n"
        "> Spring boot autoconfiguration.\n\n"
        "Что такое бин?\n\n"
        "Объект, которым управляет контейнер Spring.\n"
    ),
    "phil/Nous.md": (
        "# Nous\n\n### Aristotle\n\n"
        "Plato's optimism: the cosmos is organized by goodness.\n\n"
        "_What is Truth?_\n\n"
        '> "To say of what is that it is, and of what is not that it is not, is true."\n\n'
        "A plenum is space filled up with matter, with no empty space at all.\n"
    ),
    "stats/bayes.md": (
        "# Формула Байеса\n\n"
        "Пусть ξ – непрерывная С.В.\n\n"
        "Формула Байеса пересчитывает вероятности гипотез после опыта.\n"
    ),
    "php/operators.md": (
        "# Операторы\n\n"
        "Оператор сравнения сравнивает два значения и возвращает булево значение.\n\n"
        "### Задание 1: Разница между == и ===\n"
        "**Условие:** Предскажи результат сравнений.\n"
    ),
    "php/variables.md": (
        "# 1.2 Переменные в PHP\n\n## Глобальные переменные\n\n**Что это:**\n"
        "Переменные, доступные во всех областях видимости через `global`.\n\n"
        "**Как работает:**\n```php\nglobal $name;\n```\n\n"
        "**На собеседовании скажешь:**\n> global даёт доступ к глобальным переменным.\n"
    ),
    "os/scheduling.md": (
        "# Scheduling policies\n\n## First-In-First-Out\n"
        "- Runs jobs in the order they arrive\n"
        "- Problem: convoy effect- sometimes you get stuck behind a really long process\n"
    ),
    "django/auth.md": (
        "# Пользователи\n\nDjango хранит пользователей в своей модели User.\n\n"
        "### Аутентификация, идентификация, авторизация\n\n"
        "Аутентификация — процесс проверки подлинности доступа.\n\n"
        "Например, проверить логин и пароль на соответствие.\n\n"
        "Если говорить о бытовом примере, то когда вы проходите на проходную в университет,"
        " вы должны предъявить студенческий.\n\n"
        "Идентификация — процесс определения конкретного лица.\n\n"
        "Например, получить конкретного пользователя из базы по его логину.\n\n"
        "Авторизация — процесс предоставления доступа.\n\nОхранник вас пропустит.\n"
    ),
    "django/views.md": (
        "# Class Based Views\n\nКлассы, из которых собирают представления.\n\n"
        "### Class DetailView\n\nКласс для страницы просмотра одного объекта.\n\n"
        "### Шаблон проектирования MVC\n\nМодель, представление и контроллер разделены.\n"
    ),
    "kotlin/conversion.md": (
        "# type conversion\n\n"
        "<p><strong>type overflow</strong> occurs when the new type is too small to hold the"
        " initial value</p>\n\n"
        "<p>\nWhat is widening?\n\n"
        "> Converting a smaller type into a larger one, which never loses a value.\n\n"
        "What is narrowing?\n\n> Converting a larger type into a smaller one.\n\n"
        "<table><tr><td><strong>Int</strong></td></tr></table>\n"
    ),
    "ml/knn.md": (
        "# kNN\n\nkNN относит объект к классу большинства его ближайших соседей.\n\n"
        "## Почему kNN дорогой при инференсе\n\nНужно посчитать расстояние до всех точек.\n\n"
        "> [!warning] Проклятие размерности\n"
        "> При большом d все точки становятся примерно одинаково далеко друг от друга.\n\n"
        "> [!tip] Pooling is not mandatory\n> Modern designs sometimes drop pooling.\n\n"
        "> [!warning] Depth hurts differently here\n> Many layers make node vectors alike.\n"
    ),
    "kotlin/conditional expressions.md": (
        "# conditional expressions\n\n"
        "### If Expressions\n> in Kotlin if is an expression, not a statement: it checks a"
        " condition and returns a value\n\n"
        "#### if-else-cases\nAn if expression with an else branch returns one of two values"
        " of an expression.\n\n"
        "## When Expression\n> can be used in place of if statements\n\n"
        '```kotlin\nwhen (op) {\n    "+" -> println(a + b)\n}\n```\n'
    ),
    "spring/CircuitBreaker.md": (
        "# CircuitBreaker\n\nStops calling a failing service for a while.\n\n"
        "## Concurrent Calls\n\nHow many concurrent calls allowed. Its called bulkhead.\n"
    ),
    "neuro/chapter20.md": (
        "## Chapter 20: Repairing the Damaged Brain\n\n"
        "1. Wallerian degeneration: axon distal to injury degenerates\n"
        "    - Related to axon transport\n"
        "2. Chromatolysis: Degeneration of cell body after axon injury\n"
        "    - Leads to apoptosis\n"
        "3. Synaptic stripping: loss of synapses from injured neurons\n"
        "4. Effects of injury on glial cells\n"
        "    - Glial cells remove debris from injury\n"
    ),
    "php/exceptions.md": (
        "# Исключения\n\nИсключения прерывают выполнение и передают ошибку наверх.\n\n"
        "## Кастомные исключения\n\nСобственные классы исключений для бизнес-ошибок.\n\n"
        "## Exception методы\n\nМетоды getMessage() и getCode() у каждого исключения.\n\n"
        "## Исключения и ошибки\n\nОшибки движка и исключения кода ловят по-разному.\n"
    ),
    "accounting/operating_earnings.md": (
        "# Operating earnings\n\nWhat a company makes from its core business, before"
        " interest and taxes.\n"
    ),
    "accounting/operating_expenses.md": (
        "# Operating Expenses\n\nThe costs of running the business day to day.\n"
    ),
}

CASES: list[Case] = [
    ("a glossary typed one per line right under a heading", "что такое образ?", "Образ"),
    ("a glossary typed one per line right under a heading", "контейнер это что",
     "Контейнер"),
    ("an outline's remark: a name, a colon, a phrase in small letters",
     "what is lissencephaly", "Lissencephaly"),
    ("an outline's remark: a name, a colon, a phrase in small letters",
     "define band heterotopia", "Band heterotopia"),
    ("a bold name numbered inside the bold", "Nernst potential?", "Nernst Potential"),
    ("a bold name numbered inside the bold", "what is the resting potential",
     "Resting potential"),
    ("a bold name numbered inside the bold", "what is the selectivity filter",
     "Selectivity Filter"),
    ("a name written as one, an arrow, a phrase in small letters",
     "what is dependncy injection", "Dependency Injection"),
    ("a name written as one, an arrow, a phrase in small letters",
     "what is the application context?", "Application Context"),
    ("a FAQ's question line over its answer", "what is CQRS?", "cqrs"),
    ("a FAQ's question line over its answer", "dispatcher servlet?", "dispatcher servlet"),
    ("a FAQ's question line over its answer", "что такое бин", "бин"),
    ("a template's 'Что это:' label over what the section is",
     "что такое глобальные переменные?", "Глобальные переменные"),
    ("a label, then the term it brings up and a dash", "convoy effect?", "convoy effect"),
    ("a heading listing names with commas alone, each defined below",
     "что такое аутентификация?", "Аутентификация"),
    ("a heading listing names with commas alone, each defined below", "what is authorization",
     "Авторизация"),
    ("a warning titled with the trouble it warns of", "what is the curse of dimensionality",
     "Проклятие размерности"),
    ("a warning titled with the trouble it warns of", "проклятие размерноти",
     "Проклятие размерности"),
    ("a name with a function word, asked whole", "when expression?", "When Expression"),
    ("a name with a function word, asked whole", "what is the when expression",
     "When Expression"),
    ("a numbered outline of 'Name: what it is' entries", "chromatolysis?", "Chromatolysis"),
    ("a numbered outline of 'Name: what it is' entries", "what is synaptic stripping",
     "Synaptic stripping"),
    ("a borrowed word and a field's word across the languages", "what are custom exceptions",
     "Кастомные исключения"),
    ("a borrowed word and a field's word across the languages",
     "что такое операционная прибыль?", "Operating earnings"),
    ("'It's called x.' after the sentence describing it", "what is a bulkhead?", "bulkhead"),
    ("prose in HTML's paragraph and emphasis tags", "что такое переполнение типа",
     "type overflow"),
    ("prose in HTML's paragraph and emphasis tags", "what is widening?", "widening"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_course_outlines(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES, inflect=True), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(
        index_of(NOTES, inflect=True), CASES, "lookup failure classes (course outlines)", capsys
    )


def _cards(path: str) -> dict[str, str]:
    note = parse_note(NOTES[path], path, note=path.removesuffix(".md"), nominative=nominative)
    return {c.title: c.definition for c in note.cards}


def test_a_glossary_under_a_heading_is_no_definition_of_it() -> None:
    cards = _cards("docker/glossary.md")
    assert cards["Словарь"] == ""
    assert cards["Образ"] == "шаблон для контейнеров."
    assert cards["Том"] == "хранилище данных вне контейнера."


def test_a_label_remark_and_a_bold_label_define_nothing() -> None:
    cards = _cards("neuro/chapter16.md")
    assert cards["Lissencephaly"] == "smooth brain, no gyri or sulci"
    assert "Mechanism" not in cards
    cards = _cards("neuro/chapter4.md")
    assert cards["Ion Concentration Gradients"].startswith("Ion pumps establish")
    assert not any(title[:1].isdigit() for title in cards)


def test_an_arrow_to_a_few_small_words_is_no_definition() -> None:
    assert "Login" not in _cards("spring/Spring.md")


def test_one_question_amid_prose_is_no_section() -> None:
    # "_What is Truth?_" over a quote in the middle of lecture notes: the author thinking
    # aloud; what follows stays in the section it is written in.
    tree = restored.asked_lines(parse(NOTES["phil/Nous.md"]).blocks)
    assert [b.kind for b in tree].count("heading") == 2
    assert "Truth" not in _cards("phil/Nous.md")
    # The same line as a FAQ's habit, or first under its heading, is a question's heading.
    faq = restored.asked_lines(parse(NOTES["spring/faq.md"]).blocks)
    assert [b.kind for b in faq].count("heading") == 3
    first = restored.asked_lines(parse(NOTES["spring/patterns.md"]).blocks)
    assert first[0].kind == "heading"


def test_an_assumption_and_a_task_condition_name_nothing() -> None:
    assert not any(title.startswith("Пусть") for title in _cards("stats/bayes.md"))
    assert "Условие" not in _cards("php/operators.md")


def test_a_template_label_gives_its_section_the_definition() -> None:
    cards = _cards("php/variables.md")
    assert cards["Глобальные переменные"] == (
        "Переменные, доступные во всех областях видимости через global."
    )
    assert not {"Что это", "Как работает", "На собеседовании скажешь"} & set(cards)


def test_a_listed_heading_is_a_topic_of_the_things_it_lists() -> None:
    cards = _cards("django/auth.md")
    assert cards["Аутентификация, идентификация, авторизация"] == ""
    assert cards["Аутентификация"] == "процесс проверки подлинности доступа."


def test_html_prose_reads_as_markdown_and_other_html_stays() -> None:
    tree = restored.html_paragraphs(parse(NOTES["kotlin/conversion.md"]).blocks)
    kinds = ["heading", "paragraph", "paragraph", "quote", "paragraph", "quote", "html"]
    assert [b.kind for b in tree] == kinds
    assert tree[1].line == 3 and tree[2].line == 6
    assert _cards("kotlin/conversion.md")["type overflow"].startswith("type overflow occurs")


def test_a_kind_of_thing_before_a_name_code_writes_leaves_the_name() -> None:
    note = parse_note(NOTES["django/views.md"], "v.md", note="v", nominative=nominative)
    aliases = {c.title: c.aliases for c in note.cards}
    assert "DetailView" in aliases["Class DetailView"]
    assert "MVC" in aliases["Шаблон проектирования MVC"]


def test_advice_titled_with_a_sentence_names_nothing() -> None:
    titles = set(_cards("ml/knn.md"))
    assert "Проклятие размерности" in titles
    assert not {"Pooling is not mandatory", "Depth hurts differently here"} & titles


def test_a_name_given_after_its_description_is_defined_by_it() -> None:
    assert _cards("spring/CircuitBreaker.md")["bulkhead"] == (
        "How many concurrent calls allowed. Its called bulkhead."
    )
