"""Lookup on course notes that name things by code and formulas: a tag or a property shown
as a snippet of code alone over the paragraph explaining it ("```html / <blockquote>
</blockquote>" over "Цитата из нескольких строк."); a heading that is a tag pair ("###
<datalist> </datalist>"); entries numbered on, indented under the one before with no blank
line ("1. **Spring Core** — ..." / "   2. **Spring Testing**. Эта часть ..."); a title
naming a kind of thing and its name ("Модификатор lateinit", beside "Отложенная
инициализация", which the name translates); a comparison whose second side opens with a
function word ("lateinit vs by lazy"); names joined by a Russian preposition ("Конструктор
без параметров" beside "Параметры вне конструктора"); a label with the pronoun of what it
is about ("**Для чего он:**"); display formulas, whose minus is no dash and whose
fractions keep their sums together; a heading typed with only its closing hashes ("Title
##"); and course words asked in the other language ("modifier", «матрица Гессе»). One
table row per failure class, the count per class printed."""

from __future__ import annotations

import pytest

from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    "HTML/Текст.md": (
        "```html\n<pre> </pre>\n```\nПреформатированный текст: пробелы и переносы"
        " сохраняются как написаны.\n\n```html\n<blockquote> </blockquote>\n```\nДлинная"
        " цитата в несколько строк, обычно с атрибутом cite.\n\n```html\n<em> </em>\n<i>"
        " </i>\n```\nВыделение голосом и курсивом, для смыслового акцента.\n\n"
        '```html\n<p class="x">Пример абзаца</p>\n```\nТак выглядит абзац в коде.\n'
    ),
    "CSS/Выравнивание.md": (
        "# Выравнивание\n\n```css\ntext-align: left, center, right\n```\nРасставляет"
        " строчные элементы по горизонтали внутри блока.\n\n```css\nvertical-align: top,"
        " middle, baseline\n```\nСдвигает строчный элемент по вертикали относительно его"
        " строки.\n"
    ),
    "HTML/Формы.md": (
        "# Формы\n\n### \\<datalist> \\</datalist>\nСписок подсказок для текстового поля,"
        " его связывают с полем через атрибут list.\n"
    ),
    "Spring/Состав.md": (
        "Spring состоит из нескольких частей.\n1. **Spring Core** — ядро фреймворка, которое"
        " управляет объектами приложения.\n   2. **Spring MVC**. Эта часть позволяет писать"
        " веб-приложения, которые отвечают на HTTP-запросы.\n   3. **Spring Testing**. Эта"
        " часть даёт инструменты для тестов приложения на Spring.\n"
    ),
    "Kotlin/Модификатор lateinit.md": (
        "## Модификатор lateinit\n\nМодификатор **lateinit** говорит, что свойство получит"
        " значение позже, до первого обращения.\n"
    ),
    "Kotlin/Отложенная инициализация.md": (
        "## Отложенная инициализация\n\nИногда переменная нужна не сразу, и её значение"
        " задают потом, а не при объявлении.\n"
    ),
    "Kotlin/Ленивая инициализация (by lazy).md": (
        "Ленивая инициализация вычисляет значение свойства при первом обращении к нему и"
        " запоминает его.\n"
    ),
    "Kotlin/Конструкторы.md": (
        "# Конструкторы\n\n## Параметры вне конструктора\nСвойства можно объявить в теле"
        " класса и задать им значения там же.\n\n## Конструктор без параметров\nЕсли"
        " конструктор не принимает параметров, скобки после имени класса можно опустить.\n"
    ),
    "Kotlin/Оператор is.md": (
        "## Оператор is\n**Для чего он:**\n\n1. Он проверяет, относится ли объект к"
        " указанному типу, и после проверки приводит его к этому типу.\n"
    ),
    "Kotlin/Оператор return.md": (
        "## Оператор return\n\nВозвращает значение из функции и завершает её.\n"
    ),
    "Probability/17-variance.md": (
        '---\ntitle: "Дисперсия случайной величины"\n---\n Дисперсия случайной величины'
        " ##\n\n### Def. (Дисперсия) ###\nДисперсией случайной величины называется средний"
        " квадрат её отклонения от матожидания.\n"
    ),
    "CSS/БЭМ.md": (
        "# БЭМ\n\n## Модификатор\nСущность, которая задаёт блоку или элементу внешний вид,"
        " состояние или поведение.\n"
    ),
    "Calculus/Hessian.md": (
        "The square matrix of second-order partial derivatives of a scalar function.\n"
    ),
    "Calculus/Euler's Method.md": (
        "A numerical method that steps along a solution of a differential equation.\n\n"
        "* $t_{n+1} = t_{n} + h$\n* Local Truncation Error: $O(h^2)$\n\n"
        "# Discrete Derivative\n$$\n(Dy)(t_{n}) = \\frac{y_{n+1} - y_{n}}{h}\n$$\n"
    ),
}

CASES: list[Case] = [
    ("a tag shown as a snippet over its explanation", "что такое blockquote",
     "<blockquote>"),
    ("a tag shown as a snippet over its explanation", "тег pre", "<pre>"),
    ("a tag shown as a snippet over its explanation", "blockqoute", "<blockquote>"),
    ("a property shown as a snippet over its explanation", "vertical-align что это",
     "vertical-align"),
    ("a property shown as a snippet over its explanation", "vertcal-align",
     "vertical-align"),
    ("a heading that is a tag pair", "что такое datalsit", "<datalist>"),
    ("entries numbered on under the one before", "что такое Spring Testing",
     "Spring Testing"),
    ("entries numbered on under the one before", "spring mvc", "Spring MVC"),
    ("a kind word and a name in a title", "что такое lateinit", "Модификатор lateinit"),
    ("a kind word and a name in a title", "отложенная инициализация",
     "Отложенная инициализация"),
    ("a second side opening with a function word", "lateinit vs by lazy",
     "Модификатор lateinit"),
    ("names joined by a preposition", "конструктр без параметров",
     "Конструктор без параметров"),
    ("a label with the pronoun of what it is about", "оператор is", "Оператор is"),
    ("a label with the pronoun of what it is about", "jgthfnjh is", "Оператор is"),
    ("a formula under a heading", "what's a discrete derivitive", "Discrete Derivative"),
    ("a heading typed with only its closing hashes", "дисперсия случайной величины",
     "Дисперсия"),
    ("a course's words asked in the other language", "what is a modifier in BEM",
     "Модификатор"),
    ("a course's words asked in the other language", "что такое матрица Гессе", "Hessian"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_course_snippets(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "lookup failure classes (course snippets)", capsys)


def _cards(path: str) -> dict[str, tuple[str, tuple[str, ...], str]]:
    from bot.core.notes import parse_note

    note = parse_note(NOTES[path], path, note=path.rsplit("/", 1)[-1].removesuffix(".md"))
    return {c.title: (c.definition, c.aliases, c.kind.value) for c in note.cards}


def test_a_snippet_entry_is_explained_by_the_paragraph_under_it() -> None:
    cards = _cards("HTML/Текст.md")
    assert cards["<blockquote>"][0].startswith("Длинная цитата в несколько строк")
    assert cards["<blockquote>"][1] == ("blockquote",)
    assert cards["em / i"][0].startswith("Выделение голосом")
    # A snippet with text of its own is an example, not a name.
    assert not any("Пример" in title or title == "p" for title in cards)


def test_a_lone_snippet_or_one_under_a_heading_makes_no_entry() -> None:
    from bot.core.notes import parse_note

    one = "```html\n<pre> </pre>\n```\nПреформатированный текст, пробелы сохраняются.\n"
    assert "<pre>" not in {c.title for c in parse_note(one, "a.md", note="a").cards}
    headed = (
        "### Ошибка доступа\n```bash\nremote: Permission denied\n```\nНет прав на запись.\n\n"
        "### Ошибка ветки\n```bash\nerror: src refspec main\n```\nВетки ещё нет.\n"
    )
    titles = {c.title for c in parse_note(headed, "b.md", note="b").cards}
    assert {"Ошибка доступа", "Ошибка ветки"} <= titles
    assert not titles & {"remote", "error"}


def test_an_entry_numbered_on_joins_its_list() -> None:
    cards = _cards("Spring/Состав.md")
    assert cards["Spring Testing"][0].startswith("Эта часть даёт инструменты")
    assert cards["Spring Core"][0].startswith("ядро фреймворка")


def test_a_purpose_label_over_one_numbered_sentence_defines_the_note() -> None:
    cards = _cards("Kotlin/Оператор is.md")
    assert cards["Оператор is"][0].startswith("Он проверяет, относится ли объект")
    assert "Для чего он" not in cards


def test_a_display_formula_is_no_term_and_keeps_its_fraction_whole() -> None:
    cards = _cards("Calculus/Euler's Method.md")
    # "$t_{n+1} = t_{n} + h$" alone in a bullet, and the formula's minus, name nothing.
    assert not any(title.startswith(("t_", "(Dy)")) for title in cards)
    assert cards["Local Truncation Error"][0] == "O(h^2)"


@pytest.mark.parametrize(
    ("latex", "shown"),
    [
        (r"\frac{y_{n+1} - y_{n}}{h}", "(y_n+1 - y_n)/h"),
        (r"\frac{(b - a)^2}{12}", "(b - a)^2/12"),
        (r"\frac{1}{\sqrt{x^2 + R^2}}", "1/√(x^2 + R^2)"),
        (r"\dfrac{n!}{k!(n-k)!}", "n!/(k!(n-k)!)"),
        (r"\frac12", "1/2"),
    ],
)
def test_a_fraction_keeps_its_sums_in_brackets(latex: str, shown: str) -> None:
    from bot.core.markdown import math_text

    assert math_text(latex) == shown


def test_a_heading_typed_with_only_its_closing_hashes_says_nothing_of_itself() -> None:
    cards = _cards("Probability/17-variance.md")
    assert not any("##" in definition for definition, _, _ in cards.values())
    assert cards["Дисперсия"][0].startswith("Дисперсией случайной величины называется")
