"""Lookup on shapes notes are written in beyond plain Markdown: a list written as HTML
(`<ol><li><b>Chain</b> Isomerism<br>...`), bold labels counted by Roman numerals Markdown
makes no list of (`II. **Pull:**` over its paragraph), glossaries of `Name: what it is`
lines without bullets, headings written inside quotes and list items, and a course's
sentences naming what they define ("economists call that market a **natural monopoly**").
One table row per failure class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.core import titles
from bot.core.altnames import split_aliases
from bot.core.markdown import parse
from bot.core.notes import parse_note
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    "Chem/Intro to Organic Chem.md": (
        '# Intro to Organic Chem\n\n## Structural Isomerism\n<ol type="a">\n'
        "<li><b>Chain</b> Isomerism<br>Change Layout of Alkane Chain<br><br></li>\n"
        "<li><b>Functional Group</b> Isomerism<br>Change Functional Group Altogether</li>\n"
        "<li><b>Positional</b> Isomerism<br>Move Functional Group Around</li>\n</ol>\n\n"
        "## Stereoisomerism\nIsomers that differ in how their atoms are arranged in space.\n\n"
        '<div class="note">\n<p>Not a list: <b>kept</b> as it is.</p>\n</div>\n'
    ),
    "Git/09_synchronization.md": (
        "## Syncing with a Remote Repository\n\nKeep your local repository up to date.\n\n"
        "I. **Fetch:**\n\nThe `git fetch` command downloads the latest changes from the"
        " remote without integrating them.\n\n"
        "II. **Pull with Rebase:**\n\nPlaces your local commits on top of the fetched"
        " changes, keeping the history linear.\n\n"
        "**Note:**\n\nAlways fetch before you push.\n"
    ),
    # No heading of its own: short lines over prose are its headings, a named term not.
    "Product/Seminar 8. АБтесты.md": (
        "25.11.2024\n\n![[screen.png]]\nNoise - шум - нерепрезентативность выборки\n\n"
        "Характеристики качества проведения эксперимента\n![[screen2.png]]\n"
        "Вероятность ошибки 1го рода (α-ошибка): принять гипотезу, хотя она не верна\n"
        "Вероятность ошибки 2го рода (β-ошибка): не принять гипотезу, хотя она верна\n"
        "Мощность: что не пропустим в (1-β) случаев гипотезу, если она реально есть\n\n"
        "Целевая метрика\nПродуктовая гипотеза улучшит опыт пользователя\n\n"
        "Односторонняя гипотеза\nЧувствительность у неё выше, чем у двусторонней\n"
    ),
    "Physics/magnetic-fields.md": (
        "# Magnetic Fields\n\n> Region where magnetic pole experiences force\n\n"
        "### Induced current\n\n> When wire cuts through magnetic field \\\n"
        "> e.m.f. is induced, which causes current\n>\n> #### Faraday's law\n"
        "> e.m.f. induced is proportional to the field line cutting rate\n>\n"
        "> #### Lenz's law\n> Induced current always flows in direction that opposes change\n"
    ),
    "Law/torts-outline.md": (
        "# Intentional interference\n\n* a valid contract existed\n"
        "* the breach caused damages\n\n  Being a competitor grants greater latitude\n\n"
        "  # IIED\n\n  A defendant is liable for extreme and outrageous conduct that causes"
        " the plaintiff emotional distress\n\n* an item after it\n\n"
        "# Trespass to Land\n\nTrespass to land occurs when the defendant enters land.\n"
    ),
    "Econ/production-theory.md": (
        "# Theory of Production\n\n## Cost minimization\n\n"
        "{: .purple-callout-title }\n> Definition\n>\n"
        "> The **marginal rate of technical substitution** (or MRTS) between two factor inputs"
        " is the ratio of the marginal product of those two inputs.\n\n"
        "## Monopolies\n\nIf a market has extreme economies of scale, economists will"
        " sometimes call that market a **natural monopoly**. Such markets gravitate towards"
        " a single supplier.\n"
    ),
    "Econ/risk-and-uncertainty.md": (
        "# Risk and Uncertainty\n\n## Expected value\n\nThe mean of the outcomes, each"
        " weighted by its probability.\n\n## Certainty equivalence and insurance markets\n\n"
        "Their utility function over wealth is $$u(X)$$. The **certainty equivalent** of"
        " $$X$$, is defined as follows: the wealth for certain worth as much.\n"
    ),
    "Physics/radiation.md": (
        "# Radiation\n\nEnergy given off by unstable nuclei.\n\n## Radioactive Decay\n\n"
        "> **Half-life** \\\n> Time taken for half the nuclei to decay\n>\n"
        "> $$N = N_0 / 2^{t/h}$$\n\n"
        "### Alpha decay\n\nLoses 2 protons and 2 neutrons\n"
    ),
    "Physics/scalar-vs-vector.md": (
        "# Scalar vs Vector\n\n## Scalar\n\n- Has magnitude\n- No direction\n\n"
        "## Vector\n\n- Has magnitude\n- Has direction\n"
    ),
    "Physics/electricity.md": (
        "# Electricity\n\nCircuits and springs of school physics.\n\n## Ohm's Law\n\n"
        "V = IR: the voltage across a"
        " resistor is the current times its resistance.\n\n## Hooke's Law\n\nF = kx: the"
        " load on a spring is its constant times its extension.\n"
    ),
    "Git/15_mono_and_multi_repo.md": (
        "## Monorepos\n\nA monorepo is a single repository that contains all the code for a"
        " project.\n"
    ),
    "Chem/energetics.md": (
        "# Chemical Energetics\n\n## Summary\n\n| Name | Definition |\n|---|---|\n"
        "| Hydration Enthalpy | Energy given out when gaseous ions dissolve in water |\n"
        "| Lattice Energy | Energy to split a solid ionic lattice into gaseous ions |\n\n"
        "## Enthalpy of Hydration\n\nThis is an always exothermic reaction to dissolve"
        " gaseous ions into water.\n"
    ),
    "Bio/ProteinReading.md": (
        "# Protein Notes\n\n## Structures\n - Enzymes are mostly proteins\n"
        " - A polypeptide is a polymer of amino acids\n"
        "\t - A protein is made up of one or more polypeptides\n"
        " - A good habit is a daily review\n\n"
        "## Translation\n\nThe beginning of mRNA is not translated. There a portion on the 5'"
        " end — that's called UTR (untranslated region.) This region helps ribosomes bind.\n"
    ),
    "Law/criminal-law-outline.md": (
        "# Crimes and their elements\n\n"
        "First degree murder: Intentional killing with premeditation\n\n"
        "Voluntary manslaughter: Intentional killing done in the heat of passion\n\n"
        "Second degree murder: unintentional killing with extreme recklessness. OR an"
        " intentional killing that is not first degree murder\n\n"
        "Involuntary manslaughter: an unintentional killing due to recklessness\n"
    ),
    "Kube/README.md": (
        "# Kubernetes\n\nAll the objects of a cluster.\n\n## PersistentVolumeClaim\n\n"
        "`PersistentVolumeClaim` - это запрос пода на хранилище нужного размера.\n\n"
        "## ConfigMap\n\n`ConfigMap` - это настройки приложения вне образа.\n\n"
        "#                              | Ingress |\n\n"
        "`Ingress` - это вход, правила внешнего доступа к сервисам кластера.\n"
    ),
    "Redis/Списки.md": (
        "# Списки\n\nУпорядоченные последовательности строк.\n\n"
        "## Внутреннее устройство: quicklist\n\nСвязный список из listpack-узлов.\n\n"
        "## Шаг 1: LPUSH\n\nДобавить элемент в голову списка.\n"
    ),
    "English/Articles.md": (
        "# Articles\n\nWords before a noun that say which one.\n\n"
        "### No Article (Zero Article)\n\nPlural or uncountable nouns take none.\n\n"
        "### Round Robin (Default)\n\nEach server in turn.\n"
    ),
    "Haskell/1-foundation/notes.md": (
        "# Foundation\n\nWhat the course starts from.\n\n## Functions\n\n"
        "A function maps each argument to exactly one result.\n"
    ),
    "Haskell/7-functional-patterns/notes.md": (
        "# Functional Patterns\n\nIdioms of the language.\n\n## Anonymous Functions\n\n"
        "A function written without a name, as in `\\x -> x + 1`.\n"
    ),
    "Python/built-ins/builtins.md": (
        "# Встроенные средства Python\n\nДоступны без импорта.\n\n## Итерация\n\n"
        "```python\n# enumerate — индекс и значение\nfruits = ['apple', 'banana']\n"
        "for i, fruit in enumerate(fruits):\n    print(i, fruit)\n\n"
        "# start — сдвиг индекса\nfor i, fruit in enumerate(fruits, start=1):\n"
        "    print(i, fruit)\n\n# zip — параллельная итерация\n"
        "for name, age in zip(names, ages):\n    print(name, age)\n```\n\n"
        "## Сортировка\n\n```python\n# sorted — новый отсортированный список\n"
        "sorted([3, 1, 2])\n```\n"
    ),
    "Linux/PID.md": (
        "# PID\n\nНомер процесса в системе.\n\n"
        "Итог: номера процессов уникальны в пределах системы.\n"
    ),
}

# A vault about one tool: its name is in every note.
GIT_NOTES = {
    "Git/16_dangerous_commands.md": (
        "# Dangerous Commands\n\nSome git commands rewrite what others already have.\n\n"
        "## History Rewrite\n\nThe git filter-branch command rewrites every commit, for"
        " example when purging large binaries or leaked secrets from the history.\n\n"
        "## Force Push\n\nThe git push --force command overwrites the remote branch with"
        " yours.\n\n## Reset\n\nThe git reset --hard command discards your local changes.\n"
    ),
    "Git/14_branching_strategies.md": (
        "# Branching Strategies\n\nHow a team uses git branches.\n\n## Trunk-based\n\n"
        "Everyone commits to one git branch; a broken commit is a potential for build"
        " disruption for the whole team.\n\n## Git flow\n\nA git branch per release and"
        " per feature.\n"
    ),
    "Git/03_making_changes.md": (
        "# Making Changes\n\n## Staging\n\nThe git add command stages a file.\n\n"
        "## Committing\n\nThe git commit command records the staged changes.\n"
    ),
}

CASES: list[Case] = [
    ("a list written as HTML", "what is structural isomerism?", "Structural Isomerism"),
    ("a list written as HTML", "positional isomerism what is it", "Positional Isomerism"),
    ("a list written as HTML", "functional group isomerism", "Functional Group Isomerism"),
    ("a bold label counted by a Roman numeral", "what is pull with rebase?",
     "Pull with Rebase"),
    ("a bold label counted by a Roman numeral", "git fetch", "Fetch"),
    ("name: what it is, lines written alike", "что такое ошибка 1го рода",
     "Вероятность ошибки 1го рода"),
    ("name: what it is, lines written alike", "что такое мощность в а/б тесте?", "Мощность"),
    ("a named term among a note's plain headings", "iev", "Noise"),
    ("a named term among a note's plain headings", "что такое шум", "Noise"),
    ("one remark with a colon", "что такое итог", None),
    ("a heading written inside a quote", "what is Lenz's law?", "Lenz's law"),
    ("a heading written inside a quote", "faraday's law", "Faraday's law"),
    ("a heading indented into a list item", "IIED what is it", "IIED"),
    ("a heading indented into a list item", "trespass to land", "Trespass to Land"),
    ("a defined name and its other name before 'between'", "what is MRTS",
     "marginal rate of technical substitution"),
    ("what a sentence calls something", "what is a natural monopoly", "natural monopoly"),
    ("the defined form of the heading's name", "what is a certainty equivalent",
     "Certainty equivalence and insurance markets"),
    ("a thing asked in the setting a card names", "what are insurance markets",
     "Certainty equivalence and insurance markets"),
    ("a thing asked in the setting a card names",
     "what is adverse selection in insurance markets", None),
    ("a quoted bold term opening a section", "what is half-life?", "Half-life"),
    ("a quoted bold term opening a section", "radioactive decay", "Radioactive Decay"),
    ("a name asked in the other language", "что такое закон Ома?", "Ohm's Law"),
    ("a name asked in the other language", "что такое монорепозиторий?", "Monorepos"),
    ("an English possessive", "ohm law", "Ohm's Law"),
    ("a glossary of 'Name: ...' paragraphs, names of three words",
     "first degree murder vs second degree murder", "First degree murder"),
    ("a glossary of 'Name: ...' paragraphs, names of three words", "second degree murder",
     "Second degree murder"),
    ("the capitals of a name written in one word", "что такое PVC?", "PersistentVolumeClaim"),
    ("the capitals of a name written in one word", "что такое CM?", None),
    ("a heading framed as a table cell", "ingress", "Ingress"),
    ("a word in the other layout, then a question mark", "штпкуыы?", "Ingress"),
    ("a Latin name after a Russian label", "что такое quicklist?", "quicklist"),
    ("a name in capitals said again in brackets", "what is the zero article", "No Article"),
    ("a cheat sheet's comments naming what the code calls", "enumerate это что", "enumerate"),
    ("a cheat sheet's comments naming what the code calls",
     "what does zip do, parallel iteration?", "zip"),
    ("a two-word name asked in the other language", "что такое анонимная функция",
     "Anonymous Functions"),
    ("a two-word name asked in the other language", "что такое функция", "Functions"),
    ("a Latin name after a Russian label", "внутреннее устройство списков", "quicklist"),
    ("a bullet saying what a thing is, after 'A'", "define polypeptide", "polypeptide"),
    ("letters a sentence calls something", "what is the UTR on an mRNA?", "UTR"),
    ("a summary row named as its section, words reordered", "what is hydraton enthalpy",
     "Enthalpy of Hydration"),
    ("a summary row named as its section, words reordered", "lattice energy",
     "Lattice Energy"),
    ("a heading over short points of its own", "what is a scalar", "Scalar"),
    ("a heading over short points of its own", "мусещк", "Vector"),
]  # fmt: skip


GIT_CASES: list[Case] = [
    ("a name the notes lack, guessed from other words",
     "how do I set up Git LFS for large binaries?", None),
    ("a name the notes lack, guessed from other words",
     "how do I use git bisect to find the commit that broke the build?", None),
    ("a question in its own words, guessed", "how do I get rid of large binaries in my history",
     "History Rewrite"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), GIT_CASES)
def test_lookup_in_a_vault_about_one_tool(
    failure: str, question: str, expected: str | None
) -> None:
    assert_answer(index_of(GIT_NOTES), failure, question, expected)


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_written_shapes(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "lookup failure classes (written shapes)", capsys)


def test_an_html_list_is_a_list_with_its_items_lines_and_bold() -> None:
    text = NOTES["Chem/Intro to Organic Chem.md"]
    listed = [b for b in parse(text).blocks if b.kind == "list"]
    assert len(listed) == 1 and listed[0].ordered
    items = [item.children[0] for item in listed[0].children]
    assert [item.line for item in items] == [5, 6, 7]
    first = items[0].inline
    assert first is not None and first.text == "Chain Isomerism\nChange Layout of Alkane Chain"
    assert [(first.text[m.start : m.end], m.kind) for m in first.marks] == [("Chain", "strong")]
    # HTML that holds more than a list stays HTML.
    assert [b.kind for b in parse(text).blocks].count("html") == 1


def test_an_html_list_item_defines_its_bold_name() -> None:
    note = parse_note(NOTES["Chem/Intro to Organic Chem.md"], "Chem/Intro to Organic Chem.md")
    cards = {c.title: c.definition for c in note.cards}
    assert cards["Chain Isomerism"] == "Change Layout of Alkane Chain"
    assert cards["Positional Isomerism"] == "Move Functional Group Around"


def test_a_counted_label_is_a_heading_without_its_numeral() -> None:
    path = "Git/09_synchronization.md"
    titles = [c.title for c in parse_note(NOTES[path], path).cards]
    assert titles == ["Syncing with a Remote Repository", "Fetch", "Pull with Rebase"]


def test_a_lifted_heading_keeps_its_text_and_what_follows_it() -> None:
    path = "Law/torts-outline.md"
    cards = {c.title: c.definition for c in parse_note(NOTES[path], path).cards}
    assert cards["IIED"].startswith("A defendant is liable for extreme")
    assert "Being a competitor" not in cards["IIED"]
    path = "Physics/magnetic-fields.md"
    cards = {c.title: c.definition for c in parse_note(NOTES[path], path).cards}
    assert cards["Induced current"].startswith("When wire cuts through magnetic field")
    assert cards["Lenz's law"] == "Induced current always flows in direction that opposes change"


def test_a_glossary_of_colon_lines_keeps_its_definitions() -> None:
    path = "Product/Seminar 8. АБтесты.md"
    note = parse_note(NOTES[path], path)
    cards = {c.title: c.definition for c in note.cards}
    assert cards["Мощность"] == "что не пропустим в (1-β) случаев гипотезу, если она реально есть"
    assert cards["Вероятность ошибки 2го рода"] == "не принять гипотезу, хотя она верна"
    assert cards["Noise"] == "шум - нерепрезентативность выборки"


def test_the_defined_form_of_a_heading_name_is_its_alias() -> None:
    path = "Econ/risk-and-uncertainty.md"
    cards = {c.title: c.aliases for c in parse_note(NOTES[path], path).cards}
    assert "certainty equivalent" in cards["Certainty equivalence and insurance markets"]


def test_a_heading_over_its_points_lists_them() -> None:
    path = "Physics/scalar-vs-vector.md"
    cards = {c.title: c.items for c in parse_note(NOTES[path], path).cards}
    assert cards["Scalar"] == ("Has magnitude", "No direction")
    assert cards["Vector"] == ("Has magnitude", "Has direction")


def test_a_summary_row_joins_the_section_it_names() -> None:
    index = index_of(NOTES)
    card = next(c for c in index.cards if c.title == "Enthalpy of Hydration")
    assert "Hydration Enthalpy" in card.aliases
    assert "Energy given out when gaseous ions dissolve in water" in [d.text for d in card.details]
    assert "Hydration Enthalpy" not in [c.title for c in index.cards]


def test_a_step_label_keeps_its_heading() -> None:
    path = "Redis/Списки.md"
    titles = [c.title for c in parse_note(NOTES[path], path).cards]
    assert "quicklist" in titles and "Шаг 1: LPUSH" in titles


def test_a_name_said_again_in_brackets_is_an_alias_and_a_remark_is_not() -> None:
    assert split_aliases("No Article (Zero Article)") == ("No Article", ("Zero Article",), "")
    assert split_aliases("Round Robin (Default)") == ("Round Robin", (), "Default")
    assert split_aliases("Peace of Westphalia (1648)") == ("Peace of Westphalia", (), "1648")


def test_only_a_cheat_sheet_of_calls_names_terms_in_its_comments() -> None:
    path = "Python/built-ins/builtins.md"
    cards = {c.title: c for c in parse_note(NOTES[path], path).cards}
    assert cards["enumerate"].definition == "индекс и значение"
    assert cards["enumerate"].line == 8  # the comment's own line
    assert "for i, fruit in enumerate(fruits):" in cards["enumerate"].details[0].text
    # A keyword argument is no call; one comment alone in its block is only a comment.
    assert "start" not in cards and "sorted" not in cards


def test_a_heading_framed_as_a_table_cell_loses_the_frame() -> None:
    assert titles.heading("| Pod |").title == "Pod"
    path = "Kube/README.md"
    names = [c.title for c in parse_note(NOTES[path], path).cards]
    assert "Ingress" in names and not any("|" in n for n in names)
