"""Headings and bold openers that label a part of a card (`Пример`, `Вывод:`, `Важно!`,
`Citation`) rather than name a term of their own."""

from __future__ import annotations

import re

_SECTION_WORDS = frozenset(
    " ".join(line.split())
    for line in """
    пример
    примеры
    пример использования
    примеры использования
    использование
    важно
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
    note
    notes
    example
    examples
    usage
    summary
    links
    references
    resources
    see also
    definition
    description
    overview
    введение
    содержание
    оглавление
    вопросы
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
    """.strip().splitlines()
)


_EXAMPLE_WORDS = frozenset({"пример", "примеры", "example", "examples"})


# "Правило на всю жизнь", "Итог одной фразой": a label with a remark, when it is all words.
_LABEL_LEADERS = frozenset({"правило", "итог", "вывод", "совет", "важно"})


_LATIN = re.compile(r"[a-z]", re.I)


def is_section_word(title: str) -> bool:
    """A heading that labels a part of a card (`Пример`, `Вывод:`, `Пример вопроса`)."""
    folded = title.casefold().rstrip("?!.: ")
    first = folded.split(" ", 1)[0]
    if first in _LABEL_LEADERS and " " in folded:
        return all(w.isalpha() for w in folded.split()[1:]) and not _LATIN.search(
            folded[len(first) :]
        )
    return folded in _SECTION_WORDS or first in _EXAMPLE_WORDS
