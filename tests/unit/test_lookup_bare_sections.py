"""Lookup on notes whose text is hard to find: a heading over a quote of pictures, then the
one line saying what it is; notes kept for a static site, named by JSON or TOML metadata;
a law that is its formula; a bold name and a comma before what it is; a textbook's
terms named in its sentences ("is said to be **bounded above**", "is called a **least upper
bound** (or **supremum**)", "The **span** of f ... is the difference"). One table row per
failure class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.core import lexicon, obsidian, pasted
from bot.core.search import lookup
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    # Screenshots pasted as a quote under each heading, the words after them.
    "Stats/Log odds.md": (
        "# Log odds\n\nThe logarithm of the odds of an event.\n\n"
        "## Chi-squared test\n- This involves calculating expected value\n\n"
        ">![[Pasted image 20220315214308.png|400|400]]\n\n"
        "## Wald test\n>![[Pasted image 20220315214712.png|400|400]]\n"
        ">![[Pasted image 20220315215000.png|400|400]]\n\n"
        "- Now placing the log ratio on the curve\n\n"
        ">![[Pasted image 20220315215103.png|400|400]]\n"
    ),
    # Notes kept as a site's content: the metadata names each note, not its file.
    "content/ohms-law.md": (
        '{\n\t"title": "Ohm\'s Law",\n\t"math": true,\n\t"backlinks": [\n\t\t{\n'
        '\t\t\t"Target": "/fundamentals"\n\t\t}\n\t]\n}\n\n$$I = \\frac{V}{R}$$\n\n'
        "Where:\n\n- $I$ is the [Current](/current/)\n- $V$ is the Voltage\n"
    ),
    "content/action-potential.md": (
        '{\n\t"title": "Action Potential"\n}\n\nAn **action potential** happens when the'
        " membrane potential of a neuron rapidly rises and falls.\n\n"
        "There are two **refractory periods**:\n\n"
        "- **Absolute refractory period (ARP)**, when sodium channels are inactivated and"
        " cannot open again.\n"
        "- **Relative refractory period (RRP)**: a stronger stimulus is needed.\n"
    ),
    "content/cash-rate.md": (
        '+++\ntitle = "Cash Rate"\naliases = ["overnight rate"]\n+++\n\n'
        "The interest rate on overnight loans between banks.\n"
    ),
    # A textbook's prose: every term named inside a sentence that defines it.
    "Calculus/Bounds.md": (
        "## Bounds\n\nSuppose $S$ is a nonempty set of real numbers. Then $S$ is said to be"
        " **bounded above** by $U$. The number $U$ is said to be an **upper bound** for $S$."
        "\n\n## Least Upper Bounds\n\nA number $B$ is called a **least upper bound** (or"
        " **supremum**) of a nonempty set $S$ if $B$ is an upper bound for $S$ and no number"
        " less than $B$ is.\n"
    ),
    "Calculus/Intervals.md": (
        "## Intervals\n\n* $[a, b]$ denotes a **closed interval**, all $x$ with"
        " $a \\leq x \\leq b$;\n* $(a, b)$ denotes an **open interval**, all $x$ with"
        " $a < x < b$.\n\n## Partitions\n\nA **partition** $P$ of interval $[a, b]$ is a set"
        " of points $x_0 < x_1 < x_n$.\n\nGiven two partitions $P_1$ and $P_2$, the"
        " **common refinement** of $P_1$ and $P_2$ is the partition formed by adjoining their"
        " points together.\n\n## Continuity\n\nLet $f$ be continuous on $[a, b]$. The"
        " **span** of $f$ in interval $[a, b]$ is the difference"
        " $\\sup f - \\inf f$.\n\n## Limits\n\nAn open interval containing $p$ as its"
        " midpoint is called a **neighborhood of $p$**.\n"
    ),
    "Spring/AOP.md": (
        "# Spring AOP\n\nЧасть Spring для сквозной функциональности.\n\n"
        "`Аспект` в Spring AOP — это специальный класс, который определяет сквозные задачи."
        "\n\n> Аспект - это обёртка над вызываемым классом\n\n"
        "Weaving - процесс связывания функционала аспекта с базовым кодом.\n"
        "1. Runtime weaving - во время выполнения\n"
        "2. Compile time weaving - на этапе компиляции\n\n"
        "Итог - всё работает через прокси.\n"
    ),
    "Product/Seminar 11.md": (
        "# Минимально детектируемый эффект\nMDE - характеристика до запуска теста\n"
        "Это минимальный размер эффекта, который эксперимент может обнаружить.\n\n"
        "# Что такое gRPC и зачем\n\ngRPC - фреймворк удалённого вызова процедур.\n"
    ),
    "Security/Threats.md": (
        "# Threats\n\n## Threat modelling\n\nFinding what can go wrong in a design before it"
        " is built.\n\n## Defence\n\nThe controls that stop an attack.\n"
    ),
    "OOP/Класс.md": ("#main\n## Что это?\nУниверсальный тип данных из набора полей и методов.\n"),
    "Management/Project management.md": (
        "# Project management\n\nPlanning and running work to a goal.\n\n## Unit 1\n\n"
        "The project management body of knowledge **PMBOK** contains a set of skills and"
        " knowledge developed by the project management institute.\n\n"
        "**Subresource Integrity** ( **SRI** ) - это проверка файлов с чужих серверов.\n"
    ),
    "Music/Vocabulary.md": (
        "| Term | Definition |\n| --- | --- |\n| Anacrusis | Pickup note |\n|  |  |\n\n"
        "Cadence | Ending of a musical phrase | | Coda | Closing musical material | |"
        " picardy third | major third in tonic chord of minor key | | Half Cadence | ends on V |"
        " |\n"
    ),
    "Music/Cadences.md": "# Cadences\n\n## Half Cadence\n\nA phrase ending on V.\n",
    "Music/Cadence types.md": "# Cadence types\n\n## Half Cadence\n\nAny cadence on V.\n",
    "TS/Interfaces.md": (
        "# Расширение interface с помощью одинаковых имен\n\nДва interface с одним именем"
        " сливаются в один.\n"
    ),
    "Materials/Yield Stress.md": (
        "The stress at which a material begins to deform plastically.\n"
    ),
    "Economics/Income-Expenditure Model.md": (
        "# Income-Expenditure Model\n\nHow spending sets output.\n\n"
        "- $c$ is the **marginal propensity to consume**, $MPC$. A key assumption is that"
        " $0<c<1$.\n"
    ),
}

CASES: list[Case] = [
    ("a quote of pictures between a heading and its line", "what is the Wald test",
     "Wald test"),
    ("a quote of pictures between a heading and its line", "chi-squared test",
     "Chi-squared test"),
    ("a note named by JSON metadata", "what is ohm's law", "Ohm's Law"),
    ("a note named by JSON metadata", "action potential?", "Action Potential"),
    ("a note named by TOML metadata", "what is the overnight rate", "Cash Rate"),
    ("a bold name, a comma, what it is", "absolute refractory period",
     "Absolute refractory period"),
    ("a term a textbook sentence names", "what is an upper bound", "upper bound"),
    ("a term a textbook sentence names", "bounded above?", "bounded above"),
    ("a term a textbook sentence names", "what is a closed interval", "closed interval"),
    ("a term a textbook sentence names", "common refinement", "common refinement"),
    ("a term a textbook sentence names", "what is the span", "span"),
    ("a term a textbook sentence names", "what is a partition", "Partitions"),
    ("the other name in brackets", "supremum?", "Least Upper Bounds"),
    ("a marked name and where it lives", "что такое аспект", "Аспект"),
    ("a Latin name and a dash among Russian prose", "what is weaving", "Weaving"),
    ("a Latin name and a dash among Russian prose", "compile time weaving",
     "Compile time weaving"),
    ("the line under a heading stays its definition", "что такое MDE",
     "Минимально детектируемый эффект"),
    ("the line under a heading stays its definition", "расскажи про gRPC",
     "gRPC и зачем"),
    ("a term in the other language, spelt the British way", "что такое моделирование угроз",
     "Threat modelling"),
    ("a word of chatter asked as a thing the notes define", "что такое класс", "Класс"),
    ("a word of chatter asked as a thing the notes define", "класс?", "Класс"),
    ("a word of chatter said as chatter", "класс!", None),
    ("a stressed abbreviation after the words it stands for", "what is PMBOK?", "PMBOK"),
    ("rows of a table that lost their line breaks", "what is a picardy third",
     "picardy third"),
    ("rows of a table that lost their line breaks", "coda?", "Coda"),
    ("a glossary's row is no template's section", "half cadence?", "Half Cadence"),
    ("one word of a phrase the English name stands for", "что такое namespace?", None),
    ("a study phrase asked in the other language", "что такое предел текучести",
     "Yield Stress"),
    ("a letter, then the bold name of what it stands for",
     "tell me about the marginal propensity to consume", "marginal propensity to consume"),
    ("a name said of a letter", "what is a neighborhood of a point", "neighborhood of p"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_bare_sections(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "lookup failure classes (bare sections)", capsys)


def test_a_picture_quote_is_no_definition() -> None:
    cards = {c.title: c for c in index_of(NOTES).cards}
    assert cards["Wald test"].definition == "Now placing the log ratio on the curve"
    assert "Now placing the log ratio on the curve" not in cards


def test_site_metadata_names_the_note_and_hides_its_text() -> None:
    cards = {c.title: c for c in index_of(NOTES).cards}
    assert cards["Ohm's Law"].definition == "I = V/R"  # the formula, not "Where:"
    assert cards["Action Potential"].definition.startswith("An action potential happens")
    assert "ohms-law" not in cards and "Cash Rate" in cards
    assert not any('"title"' in c.definition for c in cards.values())


def test_broken_site_metadata_is_reported() -> None:
    meta = obsidian.frontmatter('{\n"title": "Cash Rate",\n}')
    assert meta.title == "" and "not valid JSON or TOML" in meta.error
    assert obsidian.split_frontmatter('{\n"title": "X"\n}\nBody\n') == (
        '{\n"title": "X"\n}',
        "\n\n\nBody\n",
    )


def test_a_russian_label_and_a_dash_is_no_term() -> None:
    titles = {c.title for c in index_of(NOTES).cards}
    assert "Итог" not in titles and "MDE" not in titles and "gRPC" not in titles


def test_british_and_american_spellings() -> None:
    assert lexicon.spellings("modeling") == {"modeling", "modelling"}
    assert lexicon.spellings("defence") == {"defence", "defense"}
    assert lexicon.spellings("behavior") == {"behavior", "behaviour"}
    assert lexicon.spellings("optimise") == {"optimise", "optimize"}
    assert lexicon.spellings("four") == {"four"}  # no "for"
    assert lexicon.spellings("filling") == {"filling"}  # no "filing"


def test_a_lexicon_phrase_means_both_spellings() -> None:
    meant = lexicon.translations(str.casefold)
    phrase = lexicon.phrase_key(str.casefold, ["моделирование", "угроза"])
    assert {"modeling", "modelling", "threat"} <= meant[phrase]


def test_chatter_stays_chatter() -> None:
    index = index_of(NOTES)
    assert lookup(index, "спасибо, класс").chatter
    assert lookup(index, "ок?").chatter
    assert not lookup(index, "что такое класс").chatter


def test_an_abbreviation_in_brackets_is_its_terms_other_name() -> None:
    titles = [c.title for c in index_of(NOTES).cards]
    assert titles.count("SRI") == 0 and "Subresource Integrity" in titles
    assert "project management body of knowledge" in {
        a for c in index_of(NOTES).cards if c.title == "PMBOK" for a in c.aliases
    }


def test_flattened_rows_are_rows_again() -> None:
    cards = [c for c in index_of(NOTES).cards if c.note == "Music/Vocabulary"]
    rows = {c.title: c for c in cards}
    assert rows["Coda"].definition == "Closing musical material"
    assert rows["Anacrusis"].definition == "Pickup note"
    # Lines an earlier fix-up inserted move down with the rows added above them.
    text = "| A | B |\n| --- | --- |\n\nx | 1 | | y | 2 | |\nz\n\nw"
    fixed, inserted = pasted.flattened_rows(text, [6])
    assert fixed.split("\n")[3:8] == ["| A | B |", "| --- | --- |", "| x | 1 |", "| y | 2 |", "z"]
    assert inserted == [5, 6, 7, 9]


def test_an_english_name_of_a_phrase_finds_the_whole_phrase() -> None:
    index = index_of({"Cpp/Пространство имён.md": "Область, в которой имена уникальны.\n"})
    found = lookup(index, "what is a namespace")
    assert found.found and found.best is not None and found.best.title == "Пространство имён"


def test_the_letter_is_no_card_of_its_own() -> None:
    cards = {c.title: c for c in index_of(NOTES).cards}
    assert "c" not in cards
    said = cards["marginal propensity to consume"].definition
    assert said.startswith("c is the marginal propensity to consume")
