"""Lookup on shapes of interview lists, bilingual note names and words asked across the
alphabets:
- an interview list's bold question over its answer in a quote ("**Что такое companion
  object?**" / "> Анонимный класс ..."), or a request to explain ("**Объясните, что такое
  data class в Kotlin.**"), and a question asking of two things ("Что такое Mutex и
  Monitor?");
- a note named in both languages with "~" ("Условные типы ~ Conditional Types.md");
- a section that introduces its thing ("Understanding catalina.sh", "Знакомство с Redis");
- an ordinal's digit in a name's letters ("3rd Normal Form" is 3NF);
- a keyword typed in capitals with a letter left out ("HAVNG"), while "VXLAN?" stays no
  slip of VLAN;
- an English name of two words the lexicon keeps as a Russian phrase ("Coulomb's law" is
  «закон Кулона»), without "binary" meaning «дерево»;
- a Russian name whose words after "в" make the name with those before it ("поиск в
  ширину" is breadth-first search);
- a Dutch "ij" said "ей" (Dijkstra ~ Дейкстра);
- "mean" the noun ("harmonic mean"), not the verb of "what does X mean";
- a slip read as a word of the notes is that word in the other alphabet too ("декораторы
  клссов" of Class decorators), and "-ter" is the Russian "-тр" (parameter ~ параметр);
- a note named as asked beats its section named with no more words of the question
  ("Context" over "When to use context"), and a "Table of Contents" heading over its links
  is no section (the text after it is the note's own);
- an English function word in a Russian question names a card ("почему any отключает проверку");
- a lecture's names: "x_i является __фиктивным аргументом__" (after "является", with a
  condition or nothing after), "__Импликантом__ функции f называется ..." (the name first,
  in the instrumental), an adjective alone in the nominative ("монотонная"), a name with
  "это" and no dash before the kind of thing it is ("Алгоритм это строгое предписание, ...").
One table row per failure class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.core import cardscores, question
from bot.core.notes import parse_note
from bot.core.text import sound_key
from bot.core.titles import heading
from bot.core.wordmatch import resolve_word
from bot.morph import nominative
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    "kotlin/README.md": (
        "# Quest\n\n## Основы Kotlin\n\n"
        "**Что такое companion object?**\n"
        "> Анонимный класс, объявленный внутри класса, аналог статических полей из Java\n\n"
        "**Объясните, что такое data class в Kotlin.**\n"
        "> Удобный класс для хранения данных, в нём переопределены equals и hashCode\n\n"
        "**Что такое Mutex и Monitor?**\n"
        "> Механизмы синхронизации, которые управляют доступом к общим ресурсам.\n\n"
        "**Модификаторы доступа**\n"
        "> Private - видимость только в пределах самого класса\n"
    ),
    "ts/Условные типы ~ Conditional Types.md": (
        "Это типы, способные принимать одно из двух значений в зависимости от условия.\n"
    ),
    "ts/Защитники типа ~ Type Guard.md": (
        "Защитники типа — это правила, которые помогают выводу типов сузить тип значения.\n"
    ),
    "java/deployment.md": (
        "# Deploying a Java application\n\nThe image runs Tomcat.\n\n"
        "## Understanding catalina.sh\n\nThe script is a key component of Apache Tomcat: it"
        " starts, stops and manages the server.\n\n"
        "## Tomcat\n\nTomcat serves the application and is started with catalina.sh run.\n"
    ),
    "db/Normalisation.md": (
        "# Normal forms\n\n## 1st Normal Form (1NF)\n\nThe schema is flat: types are atomic.\n\n"
        "## 3rd Normal Form\n\nRelation R with FD set F is in 3NF if every dependency has a"
        " super key on its left.\n\n## Having\n\nHAVING filters the groups a GROUP BY made.\n"
    ),
    "net/VLAN.md": "# VLAN\n\nA VLAN splits one switch into several broadcast domains.\n",
    "phys/Закон Кулона.md": (
        "# Закон Кулона\n\nСила взаимодействия двух точечных зарядов пропорциональна их"
        " величинам и обратно пропорциональна квадрату расстояния.\n"
    ),
    "algo/Бинарное дерево.md": (
        "# Бинарное дерево\n\nДерево, у каждого узла которого не больше двух детей.\n"
    ),
    "algo/Бинарный поиск.md": (
        "# Бинарный поиск\n\nПоиск в отсортированном массиве делением пополам.\n"
    ),
    "graphs/breadth_first_search.md": (
        "# Breadth-first search\n\nBreadth-first search visits a graph level by level, using"
        " a queue.\n"
    ),
    "graphs/dijkstra.md": (
        "# Dijkstra's algorithm\n\nDijkstra's algorithm finds the shortest paths from one"
        " node when no edge weight is negative.\n"
    ),
    "ts/Decorators/Class decorators.md": (
        "# Class decorators\n\nA class decorator is applied to the constructor of the class.\n"
    ),
    "ts/Decorators/Parameter decorators.md": (
        "# Parameter decorators\n\nA parameter decorator is applied to one parameter of a"
        " method.\n"
    ),
    "ts/Декораторы.md": (
        "# Декораторы\n\nДекораторы — это функции, которые меняют поведение классов,"
        " методов и параметров.\n"
    ),
    "logic/Лекция 2.md": (
        "# Лекция 2\n\n## Существенные переменные\n\nФункция зависит от x_i существенно,"
        " если её значение меняется вместе с x_i.\n\nв противном случае говорят, что функция"
        " от x_i зависит несущественно\nи x_i является __фиктивным аргументом__\n\n"
        "## Минимизация\n\n> #### Определение\n>\n> __Импликантом__ функции f(x_1; ...; x_n)"
        " называется\n> элементарная конъюнкция U, если из U следует f.\n\n"
        "## Понятие алгоритма\n\nнет точного определения\n\n__Определение:__\n\nАлгоритм это"
        " строгое предписание, описывающее вычислительный процесс\nкак последовательность"
        " шагов\n\n"
        "## Монотонность\n\nГоворят, что f является __монотонной__, если на большем наборе она"
        " не меньше.\n"
    ),
    "ts/any.md": "# any\n\nТип any отключает проверку типов для значения.\n",
    "react/React.md": "# React\n\nReact is a library for building user interfaces.\n",
    "react/context.md": (
        "# Context\n\nContext provides a way to pass data through the component tree without"
        " passing props down manually at every level\n\n> In a typical React application, data"
        " is passed top-down via props\n\n## When to use context\n\nContext is designed to"
        " share data that is *global* for a tree of React components, such as:\n\n- theme"
        " data\n- user data\n\n## In class components\n\nA class reads the context through"
        " its contextType.\n"
    ),
    "react/nextjs_after.md": (
        "# Next.js 15 after\n\n## Table of Contents\n\n<!-- toc -->\n\n- [Introduction]"
        "(#introduction)\n- [Usage](#usage)\n\n`after` allows you to schedule work to be"
        " executed after a response is finished.\n\n## Route Handlers\n\nRoute Handlers can"
        " call it to log each request.\n"
    ),
    "stats/Средние.md": (
        "# Средние\n\n## Гармоническое среднее\n\nГармоническое среднее — это величина,"
        " обратная среднему арифметическому обратных значений.\n"
    ),
}

CASES: list[Case] = [
    ("an interview list's bold question over its answer", "companion object это что",
     "companion object"),
    ("an interview list's bold question over its answer", "что такое data class?",
     "data class в Kotlin"),
    ("an interview list's bold question over its answer", "что такое мьютекс?",
     "Mutex и Monitor"),
    ("an interview list's bold question over its answer", "что такое Monitr",
     "Mutex и Monitor"),
    ("a note named in both languages with a tilde", "what are conditional types",
     "Условные типы"),
    ("a note named in both languages with a tilde", "type guard?", "Защитники типа"),
    ("a section that introduces its thing", "catalina.sh?", "Understanding catalina.sh"),
    ("an ordinal's digit in a name's letters", "what is 3NF?", "3rd Normal Form"),
    ("a keyword in capitals with a letter left out", "what does HAVNG do in sql", "Having"),
    ("a keyword in capitals with a letter left out", "what is VXLAN?", None),
    ("an English name the lexicon keeps as a Russian phrase", "what is Coulomb's law?",
     "Закон Кулона"),
    ("an English name the lexicon keeps as a Russian phrase", "what is a binary tree?",
     "Бинарное дерево"),
    ("a name whose words after 'в' make it with those before", "что такое обход в ширину?",
     "Breadth-first search"),
    ("a name whose words after 'в' make it with those before", "поиск в ширину",
     "Breadth-first search"),
    ("a Dutch 'ij' said 'ей'", "что такое алгоритм Дейкстры?", "Dijkstra's algorithm"),
    ("'mean' the noun", "what is the harmonic mean?", "Гармоническое среднее"),
    ("a slip read in the other alphabet too", "декораторы клссов", "Class decorators"),
    ("'-ter' said as the Russian '-тр'", "декораторы параметров", "Parameter decorators"),
    ("a lecture's name after 'является' with its condition", "фиктивный аргумент это что",
     "фиктивный аргумент"),
    ("a textbook's name in the instrumental before 'называется'", "импликант это что такое",
     "Импликант"),
    ("a name, 'это' without its dash, and its kind", "алгоритм это что", "Алгоритм"),
    ("a table of contents is no section", "what does after schedule", "Next.js 15 after"),
    ("an English function word in a Russian question", "почему any отключает проверку типов?",
     "any"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_interview_shapes(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES, inflect=True), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(
        index_of(NOTES, inflect=True), CASES, "lookup failure classes (interview shapes)", capsys
    )


def _cards(path: str) -> dict[str, list[str]]:
    note = parse_note(NOTES[path], path, note=path.removesuffix(".md"), nominative=nominative)
    return {c.title: list(c.aliases) for c in note.cards}


def test_a_bold_question_over_its_answer_is_a_card_with_that_answer() -> None:
    note = parse_note(NOTES["kotlin/README.md"], "kotlin/README.md", note="kotlin/README")
    card = next(c for c in note.cards if c.title == "companion object")
    assert card.definition.startswith("Анонимный класс, объявленный внутри класса")


def test_a_note_named_as_asked_keeps_its_place_over_its_section_named_no_more() -> None:
    # "what is context in React" where the note Context is found through its sections'
    # words: its section "When to use context" names nothing more of the question.
    index = index_of(NOTES, inflect=True)
    pos = {c.title: i for i, c in enumerate(index.cards)}
    asked = [("context", "context"), ("react", "React")]
    resolved = [resolve_word(index, w, raw) for w, raw in asked]
    meant = [{index.terms[t] for t in resolved[0]}]  # "in React" is where, not what
    note, section = pos["Context"], pos["When to use context"]
    scored = [(0.96, note, True), (0.92, section, True)]
    assert cardscores.section_named(index, scored, {note}, resolved, meant) == scored


def test_a_table_of_contents_leaves_the_text_after_it_to_the_note() -> None:
    note = parse_note(NOTES["react/nextjs_after.md"], "nextjs_after.md", note="nextjs_after")
    cards = {c.title: c for c in note.cards}
    assert "Table of Contents" not in cards
    assert cards["Next.js 15 after"].definition.startswith("after allows you to schedule")
    assert "Route Handlers" in cards


def test_a_bilingual_note_name_gives_both_names() -> None:
    aliases = _cards("ts/Условные типы ~ Conditional Types.md")["Условные типы"]
    assert "Conditional Types" in aliases


def test_a_heading_listing_names_names_each() -> None:
    assert heading("Что такое P, NP и NP-полнота?").parts == ("P", "NP", "NP-полнота")
    assert heading("Refs, Branches, and HEAD").parts == ("Refs", "Branches", "HEAD")
    assert heading("Что такое Mutex и Monitor?").parts == ("Mutex", "Monitor")
    assert heading("В чем разница между процессом и потоком?").parts == ()
    assert heading("a, b, c, d and e").parts == ()  # a long list names no one thing


def test_the_verb_mean_is_no_word_asked() -> None:
    index = index_of(NOTES)
    asked = [w for w, _ in question.words_of(index, "what does 3NF mean")]
    assert asked == ["3nf"]
    assert [w for w, _ in question.words_of(index, "harmonic mean")] == ["harmonic", "mean"]


def test_a_name_of_adjectives_alone_is_put_in_the_nominative() -> None:
    titles = _cards("logic/Лекция 2.md")
    assert "монотонная" in titles
    assert "монотонной" not in titles


def test_the_noun_before_a_participles_clause_is_what_is_named() -> None:
    subject = "Формула, представляющая собой дизъюнкцию элементарных конъюнкций,"
    assert nominative("дизъюнктивной нормальной", "ablt", subject) == (
        "дизъюнктивная нормальная формула"
    )


def test_a_name_after_is_without_a_condition_names_nothing() -> None:
    note = parse_note(
        "# Docker\n\nDocker является **платформой** для контейнеров и образов.\n\n"
        "Главное это понять, что образ неизменяем.\n\nDocker это удобно, потому что просто.\n",
        "Docker.md",
        note="Docker",
    )
    assert {c.title for c in note.cards} == {"Docker"}


def test_dutch_ij_sounds_as_russian_ei() -> None:
    assert sound_key("dijkstra") == sound_key("дейкстра")
    assert sound_key("hijack") == sound_key("хиджак")  # before a vowel "j" is "дж" still
