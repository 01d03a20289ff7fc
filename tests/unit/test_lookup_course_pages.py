"""Lookup on notes exported from a course site and on quick reference notes: pages saved
under transliterated slugs (`article_35_funktsii-komandnoi-obolochki.md`), program names in
small letters opening their lines ("ksh - оболочка Korn"), bold names with the letter `ls -l`
shows ("**Символьные (c) и блочные устройства (b)**"), code patterns followed by the name
they go by ("`[x for x in xs] = list_comprehension` - генератор списков, ..."), phrases
of three words asked in the other language ("ошибка второго рода"), bullets cut apart by
formulas written without their indent ("- The **weighted mean** ... calculated as:" /
`$$...$$`), a thing described with "that's" ("what's the metric that's the harmonic
mean of ..."), an acronym's note opening with its source's address and the words it
stands for ("# IIFE" / "https://..." / "Immediately-invoked function expressions - ..."), a
name after "called as" ("is called as *random patches*") or closing "there are ... called
X", and
a command's note opening with its full name ("# Fetch" / "**Git fetch** -
..." over "## Как работает git fetch?"). One table row per failure class, the count per
class printed."""

from __future__ import annotations

import pytest

from bot.core.notes import parse_note
from bot.core.slugs import read_slug
from bot.core.wordmatch import resolve_word
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    # A site's pages: no headings, the title only in the file's slug.
    "lectures/module_3/article_35_funktsii-komandnoi-obolochki.md": (
        "Такой программный уровень получил название оболочка. Функции командной оболочки:"
        " интерпретация командной строки, доступ к командам и результатам их выполнения.  \n"
        "Для систем Unix возможно использование нескольких оболочек. Наиболее"
        " распространенными оболочками являются:  \n"
        "sh - оболочка Bourne, классическая оболочка для ОС Unix  \n"
        "bash оболочка Bourne Again. Пожалуй, наиболее распространенная оболочка.  \n"
        "ksh - оболочка Korn, разработанная в качестве развития оболочки Bourne.  \n"
        "csh - оболочка C, использующая синтаксис языка программирования C\n\n"
        "ln: 'link': hard link not allowed for directory\n"
    ),
    "lectures/module_1/article_3_iadro-os.md": (
        "Основа любой операционной системы — это ее ядро. Ядро ОС управляет памятью и"
        " процессами.\n"
    ),
    # English words in a slug are the page's English name, not Russian ones.
    "blog/2021-01-11-android-obfuscation.md": (
        "Обфускация кода в андроид: R8 переименовывает классы и методы.\n"
    ),
    "lectures/module_4/article_47_tipy-failov.md": (
        "В Linux существуют следующие типы файлов.\n\n"
        "**Каталоги (d)**  \nКаталог — это файл со списком имен других файлов.\n\n"
        "**Символьные (c) и блочные устройства (b)**  \n"
        "Файлы устройств предназначены для обращения к аппаратному обеспечению компьютера.\n\n"
        "**Сокеты (s) и каналы (p)**  \nКанал передаёт данные от одного процесса другому.\n"
    ),
    "Python/Однострочники.md": (
        "- `a == b == c` - множественное сравнение\n\n"
        "- `['выражение' for 'элемент' in 'последовательность' if 'условие'] ="
        " list_comprehension` - генератор списков, принимает на вход выражение и"
        " последовательность и формирует список.\n\n"
        "- `('выражение' for 'элемент' in 'последовательность')` - генераторное выражение,"
        " отличается от списка тем, что не хранит все значения, а выдает по одному.\n"
    ),
    # Bullets cut apart by formulas written without the bullet's indent; a worked
    # example's readings in the same shape.
    "Statistics/Descriptive.md": (
        "# Descriptive Statistics\n\n## Measures of Central Tendency\n\n"
        "Measures of central tendency give the central value of the data.\n\n"
        "- The **arithmetic mean** is useful for symmetric distributions without outliers. It"
        " is calculated as:\n\n$$\\mu = \\frac{1}{n} \\sum x$$\n\n"
        "- The **weighted mean** accounts for the importance or weight of each value in the"
        " dataset. It is calculated as:\n\n$$\\mu = \\frac{\\sum w_i x_i}{\\sum w_i}$$\n\n"
        "- The **geometric mean** is ideal for averaging ratios. It is calculated as:\n\n"
        "$$\\sqrt[n]{a_1 a_2}$$\n\n## Visualization\n\nThe boxplot summarises the data:\n\n"
        "- The **first quartile (Q1)** is 21.0, indicating that 25% of the data are below.\n"
        "- The **third quartile (Q3)** is 32.5, showing that 75% of the data are below.\n"
        "- The **maximum value** is around 40, as indicated by the right whisker.\n"
    ),
    # One note per command, its card opening with the command's full name.
    "Git/Fetch.md": (
        "# Fetch\n**Git fetch** - загружает последние изменения из удаленного репозитория,"
        " но не сливает их с вашей веткой.\n## Как работает git fetch?\n"
        "1. Скачивает новые коммиты, ветки и теги.\n2. Сохраняет их в локальном .git.\n"
    ),
    "Git/Pull.md": (
        "# Pull\n**Git pull** - загружает изменения из удаленного репозитория и сразу сливает"
        " их с текущей веткой.\n## Как работает git pull?\n1. Выполняет fetch.\n"
        "2. Выполняет merge.\n"
    ),
    "Chemistry/Reactions.md": (
        "# Reactions\n\n## Decarboxylation\n\nRemoval of CO2 from a carboxylic acid salt"
        " with soda lime.\n\n## Alkylation\n\nTransfer of an alkyl group to a molecule.\n\n"
        "## Buffer\n\nA solution that resists a change of pH.\n\n"
        "## Hybridization\n\nOrbitals mix before bonding, which explains the shape.\n"
    ),
    "ML/F1 score.md": (
        "When a problem fits neither recall nor precision alone, we combine them: the harmonic"
        " mean of precision and recall gives one number to compare classifiers by.\n"
    ),
    "ML/Precision.md": "Of the predicted positives, the share that is truly positive.\n",
    # The acronym's note opening with its source's address, then the words it stands for.
    "JS/10-iife.md": (
        "# IIFE\nhttps://learn.javascript.ru/closure#iife\n\n"
        "Immediately-invoked function expressions - функция, запускаемая сразу после"
        " объявления (не современный подход).\n\nЕсть четыре способа создания IIFE-функций.\n"
    ),
    "ML/Feature sampling.md": (
        "We can also sample features using max_features: sampling both instances and"
        " features is called as *random patches*\n"
    ),
    "Physiology/lec12.md": (
        "# Skeletal Muscle\n\n* Muscles are made of fibres, which hold myofibrils\n"
        "\t* Within the myofibrils there are repeating patterns called sarcomeres\n"
        "\t* The M-line is in the middle of the sarcomere\n\n"
        "Imagine two tables that both have a column called StudentID.\n"
    ),
    "Chemistry/Benzene.md": (
        "# Benzene\n\n## Aromaticity — Hückel's Rule\n\nA compound is aromatic if it is cyclic,"
        " planar, fully conjugated and has 4n+2 π electrons.\n\n## Resonance — Mesomeric"
        " Effect\n\nDelocalisation of π electrons over the ring.\n"
    ),
    "Git/Commit.md": (
        "# Commit\nКоманда **git commit** создает новый снимок изменений, добавленных в"
        " staging area.\n## Добавить забытый файл в последний коммит\n```bash\n"
        "git add forgotten.txt\ngit commit --amend --no-edit\n```\n"
    ),
    "Git/Add.md": (
        "# Add\nGit add - добавляет изменения из рабочей директории в индекс, подготавливая"
        " их к коммиту.\n"
    ),
    # A formula with a line of "=" alone inside it, under a paragraph.
    "ML/Polynomial.md": (
        "Curves that no straight line fits.\n### Mechanism\nPolynomial regression is linear"
        " regression on the features and their powers.\n$$\n\\begin{bmatrix} x \\\\ y"
        " \\end{bmatrix}\n=\n\\begin{bmatrix} 1 & x \\end{bmatrix}\n$$\n"
    ),
    "Statistics/Errors.md": (
        "# Errors in Hypothesis Testing\n\n"
        "## Type I Error (False Positive)\n\nRejecting a true null hypothesis.\n\n"
        "## Type II Error (False Negative)\n\nFailing to reject a false null hypothesis.\n\n"
        "## Power\n\nThe probability of rejecting a false null hypothesis.\n"
    ),
}

CASES: list[Case] = [
    ("a page saved under a transliterated slug", "что такое ядро ос",
     "ядро ос"),
    ("a page saved under a transliterated slug", "функции командной оболочки",
     "функции командной оболочки"),
    ("a page saved under a transliterated slug", "what is a kernel", "ядро ос"),
    ("a program's name in small letters opening its line", "ksh", "ksh"),
    ("a program's name in small letters opening its line", "что такое csh", "csh"),
    ("a program's name in small letters opening its line", "ln", None),
    ("a bold name with the letter ls -l shows", "блочные устройства",
     "Символьные (c) и блочные устройства"),
    ("a code pattern, then the name it goes by", "что такое генератор списков",
     "генератор списков"),
    ("a code pattern, then the name it goes by", "list comprehension", "генератор списков"),
    ("a code pattern, then the name it goes by", "генераторное выржение",
     "генераторное выражение"),
    ("a phrase of three words in the other language", "что такое ошибка второго рода",
     "Type II Error"),
    ("a phrase of three words in the other language", "ошибка первого рода",
     "Type I Error"),
    ("bullets cut apart by unindented formulas", "weighted mean", "weighted mean"),
    ("bullets cut apart by unindented formulas", "что такое геометрическое среднее",
     "geometric mean"),
    ("bullets cut apart by unindented formulas", "what is the third quartile",
     "Visualization"),
    ("a command's note opening with its full name", "git fetch?", "Fetch"),
    ("a command's note opening with its full name", "git pul это", "Pull"),
    ("a borrowed '-ирование' asked for its '-ation'", "что такое декарбоксилирование",
     "Decarboxylation"),
    ("a borrowed '-ирование' asked for its '-ation'", "алкилирование", "Alkylation"),
    ("a thing described with \"that's\"",
     "what's the metric that's the harmonic mean of precision and recall?", "F1 score"),
    ("an acronym's note opening with the words it stands for",
     "immediately invoked function expression", "IIFE"),
    ("an acronym's note opening with the words it stands for",
     "как называется функция, которая запускается сразу после объявления?", "IIFE"),
    ("a name after 'called as'", "what are random patches", "random patches"),
    ("a name closing 'there are ... called X'", "ыфксщьуку", "sarcomeres"),
    ("a name closing 'there are ... called X'", "what is a sarcomere", "sarcomeres"),
    ("a name closing 'there are ... called X'", "StudentID", None),
    ("a task naming both things compared is no comparison",
     "чем git commit отличается от git add", "Commit"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_course_pages(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "lookup failure classes (course pages)", capsys)


def test_a_formula_under_its_bullet_belongs_to_it() -> None:
    """The formula a bullet leads into is a part of that bullet's card, and the sentence
    with its article is the definition; the boxplot's readings are no cards."""
    cards = {c.title: c for c in index_of(NOTES).cards if c.source.startswith("Statistics/D")}
    weighted = cards["weighted mean"]
    assert weighted.definition.startswith("The weighted mean accounts for the importance")
    assert any("w_i" in d.text for d in weighted.details)
    assert "first quartile" not in cards and "maximum value" not in cards


def test_a_word_means_what_it_sounds_most_like() -> None:
    """ "буферный" sounds like "buffer" and, less, like "before": only the closer reading
    is what it says."""
    index = index_of(NOTES)
    read = {index.terms[t] for t in resolve_word(index, "буферный", "буферный")}
    assert "buffer" in read
    assert "before" not in read


def test_a_law_named_after_someone_names_its_section() -> None:
    """ "## Aromaticity — Hückel's Rule": the rule is another name of the section's card; a
    plain description after the dash ("Mesomeric Effect") stays a remark."""
    cards = {c.title: c for c in index_of(NOTES).cards if c.source.startswith("Chemistry/B")}
    assert "Hückel's Rule" in cards["Aromaticity"].aliases
    assert "Mesomeric Effect" not in cards["Resonance"].aliases
    text = "# Цепи\n\n## Сопротивление — Закон Ома\n\nСопротивление проводника ограничивает ток.\n"
    note = parse_note(text, "Цепи.md")
    assert "Закон Ома" in next(c for c in note.cards if c.title == "Сопротивление").aliases


def test_a_line_of_equals_inside_a_formula_makes_no_heading() -> None:
    """ "$$ ... \\n=\\n ... $$" under a paragraph: the "=" is the formula's, so the paragraph
    stays the text of "Mechanism", not a heading of its own."""
    cards = {c.title: c for c in index_of(NOTES).cards if c.source.startswith("ML/Poly")}
    assert cards["Mechanism"].definition.startswith("Polynomial regression is linear regression")
    assert not any(title.startswith("Polynomial regression is") for title in cards)


ENGLISH_NOTES = {
    "ML/Polynomial regression.md": (
        "When the data fit no straight line, the relation between the variables may be a"
        " parabola or another curve.\n### Mechanism\nPolynomial regression is linear"
        " regression with more inputs: each feature and its square or a higher power. The"
        " parameters stay the same, only the features change; it is feature engineering.\n"
        "$$\nh = a + b x + c x^2\n$$\nThe power sets the curvature, the freedom the model has"
        " to fit the data.\n### Learning curves\nPlot the error on the training set and on the"
        " validation set as the training set grows.\n### Bias Variance Trade Off\nBias is the"
        " error of wrong assumptions; variance is the error of sensitivity to small changes in"
        " the training data. A more complex model has less bias and more variance.\n"
    ),
}


@pytest.mark.parametrize(
    ("question", "expected"),
    [("что такое механизм", "Mechanism"), ("что такое механизм внимания", None)],
)
def test_a_russian_noun_english_notes_never_say_is_what_is_asked(
    question: str, expected: str | None
) -> None:
    """ "механизм внимания" asked of English notes: attention is what is asked, and a card
    named Mechanism is no answer; "механизм" alone is."""
    assert_answer(
        index_of(ENGLISH_NOTES), "a Russian noun the notes never say", question, expected
    )


def test_an_empty_bullet_before_another_list_is_read() -> None:
    """ "- a" / "-" then "* b": an empty bullet ends its list, which holds no formula; the
    note loads, its bullets kept."""
    note = parse_note("# Шаги\n\nСписок шагов:\n\n- первый шаг\n-\n\n* второй шаг\n", "Шаги.md")
    card = next(c for c in note.cards if c.title == "Шаги")
    assert list(card.items) == ["первый шаг", "второй шаг"]


def test_a_slug_is_read_in_the_words_its_page_writes() -> None:
    slug = "article_58_otlichiia-zhiestkikh-i-miaghkikh-ssylok"
    said = "Отличия жестких и мягких ссылок."
    assert read_slug(slug, said) == ("отличия жестких и мягких ссылок", True)
    # A word the page never writes stays as typed: the reading is only another name.
    assert read_slug(slug, "Жесткие и мягкие ссылки.") == (
        "otlichiia жесткие и мягкие ссылки",
        False,
    )
    assert read_slug("article_3_iadro-os", "Ядро ОС управляет памятью.") == ("ядро ос", True)
    # English slugs and plain names are no Russian titles.
    assert read_slug("2021-01-11-android-obfuscation", "Обфускация кода в андроид.") == (
        "",
        False,
    )
    assert read_slug("Docker Compose", "Докер компоуз.") == ("", False)
