"""Headings and bold openers that label a part of a card (`Пример`, `Вывод:`, `Важно!`,
`Citation`) rather than name a term of their own."""

from __future__ import annotations

import re

from bot.core.text import STOPWORDS, fold, is_cyrillic

_SECTION_WORDS = frozenset(
    " ".join(line.split())
    for line in """
    пример
    примеры
    плохо
    хорошо
    лучше
    правильно
    неправильно
    плохой пример
    хороший пример
    bad
    good
    better
    bad example
    good example
    пример использования
    примеры использования
    использование
    важно
    главное
    самое главное
    самое важное
    вывод
    выводы
    вывод команды
    итог
    итоги
    заметки
    заметка
    ссылки
    полезные ссылки
    источники
    литература
    материалы
    ресурсы
    см. также
    см также
    смотри также
    определение
    описание
    что это
    что такое
    суть
    кратко
    коротко
    резюме
    tldr
    tl;dr
    код
    синтаксис
    примечание
    примечания
    замечание
    внимание
    предупреждение
    note
    notes
    warning
    caution
    example
    examples
    usage
    summary
    links
    references
    reference
    sources
    resources
    see also
    definition
    description
    overview
    общие сведения
    основное
    общая информация
    основные сведения
    general
    general information
    введение
    содержание
    оглавление
    вопросы
    вопрос
    question
    задачи
    практика
    упражнения
    дополнительно
    разное
    todo
    tips
    советы
    применение
    назначение
    зачем
    почему
    why
    плюсы-минусы
    плюсы/минусы
    pros/cons
    зачем нужен
    зачем нужно
    зачем нужна
    зачем нужны
    для чего нужен
    для чего
    purpose
    особенности
    преимущества
    недостатки
    плюсы
    минусы
    плюсы и минусы
    pros and cons
    advantages
    disadvantages
    характеристики
    пример кода
    примеры кода
    итого
    правило
    правила
    главное правило
    золотое правило
    главное
    простое объяснение
    простыми словами
    на практике
    коротко о главном
    в двух словах
    итог одной фразой
    аналогия
    аналогии
    citation
    citations
    sources
    bibliography
    источник
    analogy
    conclusion
    ответ
    простой ответ
    короткий ответ
    краткий ответ
    полный ответ
    в одной фразе
    одной фразой
    answer
    short answer
    conclusions
    introduction
    intro
    recap
    definitions
    concepts
    key concepts
    key terms
    terminology
    терминология
    определения
    понятия
    основные понятия
    formula
    formulas
    equations
    формулы
    обозначения
    practice problems
    exercises
    упражнение
    takeaways
    key takeaways
    how it works
    explanation
    motivation
    background
    caveats
    limitations
    benefits
    drawbacks
    use cases
    when to use
    заключение
    объяснение
    как это работает
    мотивация
    ограничения
    метафора
    пример из жизни
    решение
    проблема
    причина
    симптомы
    исправление
    solution
    инсайт
    ключевой инсайт
    insight
    key insight
    условие
    задание
    задача
    exercise
    problem
    cause
    fix
    ключевые особенности
    типичные проблемы
    типичные ошибки
    частые ошибки
    когда использовать
    лучшие практики
    рекомендации
    best practices
    common mistakes
    what it does
    what it is
    what is it
    why we need it
    why do we need it
    how to use
    how to use it
    как использовать
    как это использовать
    ключевые моменты
    ключевой момент
    in simple terms
    simply put
    in short
    in a nutshell
    цель
    цели
    goal
    goals
    плюс
    минус
    доп. теория
    доп теория
    дополнительная теория
    теория
    theory
    practice
    задание
    задания
    упражнение
    упражнения
    exercise
    exercises
    key points
    key point
    difference summary
    differences summary
    summary of differences
    tip
    key concepts
    characteristics
    features
    key features
    properties
    pros
    cons
    use when
    output
    результат
    команды
    основные команды
    принцип работы
    как работает
    идея
    основная идея
    understanding
    процесс работы
    checklist
    what happens
    important
    remember
    """.strip().splitlines()
)


_EXAMPLE_WORDS = frozenset({"пример", "примеры", "example", "examples"})


# "Правило на всю жизнь", "Итог одной фразой": a label with a remark, when it is all words.
_LABEL_LEADERS = frozenset({"правило", "итог", "вывод", "совет", "важно"})


_LATIN = re.compile(r"[a-z]", re.I)
# A course's statements about the term above them; "Теорема Пифагора" is a name.
_STATEMENT_WORDS = frozenset(
    """theorem lemma corollary proposition proof remark теорема лемма следствие утверждение
    доказательство замечание""".split()  # noqa: SIM905 - a word list reads best as text
)
_NUMBERING = re.compile(r"[\divx]+(?:\.[\divx]+)*\.?")


# "### Теория" over its text labels the part of the card above; "## Theory" over headings of
# terms groups them and is kept as their section.
_GROUPING_WORDS = frozenset({"теория", "theory", "practice", "практика"})


def groups_below(title: str) -> bool:
    """A label that, over headings of its own, names the group they form."""
    return title.casefold().rstrip("?!.: ") in _GROUPING_WORDS


def is_section_word(title: str) -> bool:
    """A heading that labels a part of a card (`Пример`, `Вывод:`, `Пример вопроса`)."""
    folded = title.casefold().rstrip("?!.: ")
    parts = [p for p in _LABEL_JOINERS.split(folded) if p]
    if len(parts) > 1:
        # "Definitions and Concepts", "Формулы и обозначения": labels joined are a label.
        return all(is_section_word(p) for p in parts)
    first = folded.split(" ", 1)[0]
    if first in _LABEL_LEADERS and " " in folded:
        # "Правило Крамора", "Правило Лопиталя": a rule named after someone is a thing.
        rest = title.split()[1:]
        if first == "правило" and len(rest) <= 2 and fold(rest[0]) not in STOPWORDS:
            # "Правило бойскаута", "Правило левого префикса": a rule of that name;
            # "Правило на всю жизнь" is a label and a remark.
            return False
        return (
            all(w.isalpha() for w in folded.split()[1:])
            and not _LATIN.search(folded[len(first) :])
            and not rest[0][:1].isupper()
        )
    said = folded.split()
    if len(said) == 2 and said[0] in _LABEL_MODIFIERS and said[1] in _SECTION_WORDS:
        return True  # "Основные характеристики", "Key features"
    if first in _STATEMENT_WORDS and all(_NUMBERING.fullmatch(w) for w in said[1:]):
        return True  # "## Theorem 2", "### Proof" under the term they are about
    if folded in _SECTION_WORDS or first in _EXAMPLE_WORDS:
        return True
    # "Для чего он", "Зачем он нужен": a label with the pronoun of what it is about.
    plain = without_pronouns(folded)
    return plain != folded and plain in _SECTION_WORDS


def without_pronouns(label: str) -> str:
    """A label's words without the pronoun of what it is about: "для чего он" → "для
    чего", "зачем он нужен" → "зачем нужен" (the label whole when it is all pronouns)."""
    said = label.split()
    return " ".join(w for w in said if w not in _LABEL_PRONOUNS) or label


_LABEL_PRONOUNS = frozenset("он она оно они нам мне it they".split())  # noqa: SIM905 - a word list reads best as text


_LABEL_JOINERS = re.compile(r"\s*(?:\band\b|\bи\b|&|,|/|\+)\s*")
_LABEL_MODIFIERS = frozenset(
    """основные основная основной ключевые ключевая главные главная общие общая общий
    краткое краткая краткий подробное подробная подробный дополнительные базовый базовая
    базовое базовые полный полная полное key main basic general brief more additional
    common full""".split()  # noqa: SIM905 - a word list reads best as text
)


# A bullet that opens with a verb or an article has no subject of its own: it speaks of the
# heading above it ("## Access control lists" / "- Provides a way to allow traffic",
# «## Индекс» / «- Ускоряет поиск»). One that names its own subject is a fact
# ("- Every process runs in its own address space").
_ENGLISH_LEADS = frozenset(
    """a an the is are was can could may must will would should allows allow provides provide
    used uses use using lets let gives makes make helps help stores store keeps holds contains
    runs sends takes requires prevents protects checks defines describes means refers creates
    manages controls handles works acts serves ensures enables limits blocks filters gets
    returns consists involves exploits targets occurs happens commonly usually often typically
    also only designed built based similar known called considered""".split()  # noqa: SIM905 - a word list reads best as text
)
RUSSIAN_LEADS = frozenset(
    """это является являются позволяет позволяют используется используются применяется
    служит хранит содержит состоит отвечает обеспечивает определяет описывает управляет
    представляет делает даёт дает помогает нужен нужна нужно нужны может могут бывает бывают
    способ механизм инструмент похож похожа похоже похожи""".split()  # noqa: SIM905 - a word list reads best as text
)
# Third-person verb endings that Russian nouns rarely have (-ется, -ает, -ует, -ют...).
_RUSSIAN_VERB = re.compile(r"^[а-яё]{3,}(?:ется|ются|ится|ятся|ает|яет|ует|еет|ают|яют|уют)$")


# "Forcing systems to use ...", "Accomplished through ...": a participle with no subject.
_ENGLISH_PARTICIPLE = re.compile(r"^[a-z]{3,}(?:ing|ed)$")
_NOT_PARTICIPLES = frozenset(
    """nothing something anything everything string spring bring thing during speed need seed
    feed embed shed bed red""".split()  # noqa: SIM905 - a word list reads best as text
)


# "- **Надёжный**, с установлением соединения" under "#### TCP": an adjective said of it.
_RUSSIAN_ADJECTIVE = re.compile(r"^[а-яё]{3,}(?:ый|ий|ой|ая|яя|ое|ее|ые)$")
_NOUN_ENDINGS = ("ние", "тие", "ствие")


def _opening(text: str) -> tuple[str, str]:
    """The first word of a bullet as written, and bare and lower-cased."""
    head = text.split(maxsplit=1)[0] if text.split() else ""
    return head, head.strip(",.:;!?()«»\"'*").lower()


def speaks_of_heading(text: str) -> bool:
    """The bullet opens with a predicate or an article: its subject is the heading."""
    head, first = _opening(text)
    if first in _ENGLISH_LEADS or first in RUSSIAN_LEADS or _RUSSIAN_VERB.match(first):
        return True
    if (
        _RUSSIAN_ADJECTIVE.match(first)
        and not first.endswith(_NOUN_ENDINGS)
        and head.rstrip("*").endswith(",")
    ):
        return True
    return english_participle(first)


def english_participle(word: str) -> bool:
    """ "leaving", "based": an English verb's "-ing" or "-ed" form ("string", "speed" are
    not)."""
    return bool(_ENGLISH_PARTICIPLE.match(word)) and word not in _NOT_PARTICIPLES


# "Преобразование кода ...", "Объединение нескольких файлов ...", "Процесс сборки ...": a
# verbal or generic noun opening a bullet names what kind of thing the heading is.
_RUSSIAN_GENUS = re.compile(r"^[а-яё]{3,}(?:ание|ение|ятие|итие|ция|ость)$")
_RUSSIAN_WE_VERB = re.compile(r"^[а-яё]{3,}(?:аем|яем|уем)$")
_GENUS_NOUNS = frozenset(
    """процесс способ механизм метод инструмент набор совокупность техника подход приём
    приемы прием алгоритм паттерн шаблон принцип свойство характеристика""".split()  # noqa: SIM905 - a word list reads best as text
)


def describes_heading(text: str) -> bool:
    """The bullet says what the heading is: a predicate, an article, or a noun of its kind
    ("## Транспиляция" / "+ Преобразование программы с одного языка на другой")."""
    if speaks_of_heading(text):
        return True
    first = _opening(text)[1]
    return (
        bool(_RUSSIAN_GENUS.match(first))
        or first in _GENUS_NOUNS
        or bool(_RUSSIAN_WE_VERB.match(first))  # "- Сохраняем большие данные"
    )


# Headings that only group the note's subject into its kinds or parts ("### Types").
_GROUPING_HEADINGS = frozenset(
    """types kinds categories classification varieties components parts виды типы
    разновидности категории классификация компоненты составляющие""".split()  # noqa: SIM905 - a word list reads best as text
)


def is_grouping(title: str) -> bool:
    return title.casefold().strip(" :") in _GROUPING_HEADINGS


# "## Key terms", "## Основные опции", "### Как найти": headings that label what is under
# them without naming an idea of their own.
_LIST_LABEL_LEADS = frozenset(
    """glossary key main basic common terms theory practice глоссарий основные главные
    ключевые термины понятия теория практика some several many various несколько
    некоторые различные""".split()  # noqa: SIM905 - a word list reads best as text
)
_QUESTION_LEADS = frozenset(
    "что как где когда зачем what how where when why".split()  # noqa: SIM905 - a word list reads best as text
)
MAX_LABEL_QUESTION_WORDS = 2


def names_idea(title: str) -> bool:
    """Whether a heading or label over cards names something people ask about, not only
    what is under it ("### Types", "## Key terms", "### Как найти")."""
    said = fold(title).split()
    if not said or is_grouping(title) or said[0] in _LIST_LABEL_LEADS:
        return False
    return not (said[0] in _QUESTION_LEADS and len(said) <= MAX_LABEL_QUESTION_WORDS)


# Russian verb endings (infinitive, present tense): a label that does something or says
# what something does ("Сохранить образ в файл", "Образ содержит"), not a name.
# "-ть" of a verb, not of "последовательность", "сеть", "подсеть" or "память".
_VERBAL = re.compile(
    r"(?:(?<!ос)(?<!\bсе)(?<!дсе)(?<!\bпамя)ть|ться|тся|ется|ится|ает|яет|ует|ают|яют|уют)\b",
    re.I,
)
_PREDICATE = re.compile(r"\w\s+\w+(?:ит|ет|ют|ят|ут|ат)$", re.I)


def states(text: str) -> bool:
    """ "Macros are more than textual substitution", "Degeneracy is not geometrical": an
    English line saying something of its subject, not a name (a question's "How X is built"
    is a heading's)."""
    return _ENGLISH_STATEMENT.match(text) is not None and not _ASKING.match(text)


# A subject of up to four words, then a verb that says something of it, then what it says.
_ENGLISH_STATEMENT = re.compile(
    r"^[A-Za-z`][\w`'-]*(?:\s+[\w`'-]+){0,3}\s+(?:is|are|was|were|has|have|can|cannot|will|"
    r"does|do|should|must)\s+\w",
    re.I,
)
_ASKING = re.compile(r"^(?:how|what|why|when|where|which|who)\b", re.I)


# "## Related Notes", "See also", "Связанные заметки": a heading over links to neighbours.
_NAVIGATING = re.compile(
    r"(?:related|see\s+also|links|further\s+reading|references|next\s+steps|prerequisites|"
    r"связанн|см(?:отри)?\.?\s+также|ссылки|читать\s+(?:далее|дальше)|по\s+теме)",
    re.I,
)


def navigating(heading: str) -> bool:
    """A heading over links to the note's neighbours, not over things it explains."""
    return _NAVIGATING.match(heading.strip(" #*_:")) is not None


# "Index.md", "Physics MOC", "Home", "Оглавление": a note mapping the vault's notes.
_INDEX_NOTE = re.compile(
    r"(?:.*\b(?:moc|index|индекс)|home|contents|table\s+of\s+contents|toc|оглавление|"
    r"содержание|главная|maps?\s+of\s+contents?)",
    re.I,
)


def index_note(note: str) -> bool:
    """`note` (its path in the vault) is a map of the vault's notes, by its name."""
    return _INDEX_NOTE.fullmatch(note.rsplit("/", 1)[-1].strip()) is not None


def names_thing(label: str) -> bool:
    """A label over its own points (`**Контекст сборки:**`, `4. TOAST:`) that names an
    idea: no section word, grouping, step or lead-in."""
    return (
        not is_section_word(label)
        and names_idea(label)
        and not _VERBAL.search(label)
        and not _PREDICATE.search(label)
    )


# A course's statement labels over the name they state: "Def. (Дисперсия)" defines
# Дисперсия; "Теорема (Байеса)" is Теорема Байеса.
# "**Что это:**" over what it is: a template's label of the definition.
DEFINING_LABELS = frozenset(
    """def def. defn defn. definition опр опр. определение описание description""".split()  # noqa: SIM905 - a word list reads best as text
) | {"что это", "что это такое", "что такое", "what is it", "what it is"}
# "Классическое определение", "Formal definition": the label with a word saying which.
_QUALIFIED_DEFINITION = re.compile(
    r"^(?:[а-яё]+(?:ое|ее|ий|ый)|formal|classic|classical|short|simple|general|precise|"
    r"official|technical|brief|modern|basic)\s+(?:определение|definition)$"
)


def defining_label(label: str) -> bool:
    """ "Определение", "Definition", "Что это", "Классическое определение": a label of
    what a thing is."""
    said = " ".join(label.casefold().strip(" *_.:").split())
    return said in DEFINING_LABELS or _QUALIFIED_DEFINITION.match(said) is not None


STATEMENT_LABELS = frozenset(
    """theorem th th. thm thm. lemma corollary proposition axiom теорема лемма следствие
    утверждение аксиома""".split()  # noqa: SIM905 - a word list reads best as text
)


# "паттерн Одиночка", "Observer pattern": the kind of design the name is, asked beside it.
PATTERN_WORDS = frozenset({"паттерн", "pattern"})

# Words naming what sort of idea a name is ("spiral model", «водопадная модель»): one the
# notes never write says what kind of thing is asked, not which thing.
IDEA_KINDS = PATTERN_WORDS | frozenset(
    """модель подход методика принцип концепция теория стратегия аргумент гипотеза парадокс
    феномен model approach technique principle concept theory strategy argument hypothesis
    paradox phenomenon""".split()  # noqa: SIM905 - a word list reads best as text
)


# Words naming what kind of thing a name is: "Метод (.get)", "Command (ls)", "Тип Symbol".
KIND_WORDS = frozenset(
    """метод функция оператор команда класс модуль тип флаг параметр аргумент атрибут
    свойство декоратор утилита библиотека пакет модификатор method function operator command
    class module type flag option parameter argument attribute property decorator utility
    library package modifier""".split()  # noqa: SIM905 - a word list reads best as text
)


# "superposition principle", "концепция инкапсуляции": the kind of idea a question asks of,
# which says little of which one.
IDEA_WORDS = frozenset(
    """принцип концепция понятие фреймворк методология подход principle concept notion
    framework methodology approach""".split()  # noqa: SIM905 - a word list reads best as text
)
# Words a heading wraps its subject in ("Концепция виртуальной памяти", "Overview of DNS",
# "Тип Symbol"): a question that names the subject alone names that heading in full.
NAME_WRAPPERS = frozenset(
    """концепция идея понятие основы основа введение обзор принцип принципы механизм общие
    заметки конспект шпаргалка concept idea overview introduction basics fundamentals
    principle principles notes cheatsheet""".split()  # noqa: SIM905 - a word list reads best as text
) | frozenset(w for w in KIND_WORDS if is_cyrillic(w))  # English "function" names too much
