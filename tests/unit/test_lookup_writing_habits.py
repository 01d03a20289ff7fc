"""Lookup on vaults shaped by plugins and writing habits: a note per term whose definition sits
in a `> [!def]` callout or an Admonition fence (`ad-def`), a vault's own callout kinds
(`[!thm]`, `[!ax]`), a proof that defines nothing, a bold name after "A" and a verb, the
first of a paragraph's `Name - what it is` lines, such a line under screenshots, a bold
question answered on its line, a bold name with another name before its dash, `notes.md`
named by its heading, "Notes" around a name, a term asked with a word found elsewhere in its
section, a heading over code only under the card defining it (unless asked by its whole
name: "member routes" under "Member and Collection Routes"), a heading over a table alone,
a glossary table that repeats a name, prose before a note's one heading, untagged multi-line
flashcards, a heading written in HTML, a keycap number after an emoji, a bold name with a
bracket before its arrow. One table row per failure class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.core.fences import admonitions_as_callouts
from bot.core.models import Card
from bot.core.notes import parse_note
from bot.core.search import build_index, lookup
from bot.core.searchindex import repeated_sections
from bot.core.subjects import short_part_of, subject_of
from bot.core.wordmatch import resolve_word
from bot.morph import lemmatize
from tests.unit.failure_tables import Case, assert_every_class, index_of

NOTES = {
    "Compactness.md": (
        "---\ntag: topology\nmathLink: compact\n---\n>[!def]\n"
        "Let $(X,T)$ be a [[Topological Space]]. Then $K$ is said to be *compact* if every "
        "[[Open Cover]] of $K$ admits a finite subcover.\n"
    ),
    "Ball.md": (
        "---\ntag: set theory\n---\n```ad-def\nGiven a metric $d$ on $X$, the set of all "
        "points whose distance from $x$ is less than $\\epsilon$ is called the "
        "*ball centered at $x$*.\n```\n\n"
        "```ad-not\nA ball may be written $B(x, \\epsilon)$.\n```\n"
    ),
    "Closed Set.md": (
        "```ad-def\ntitle: Closed set\ncollapse: open\nA set C is said to be *closed* in a "
        "topological space iff its complement is open.\n```\n"
    ),
    "Hausdorff Axiom.md": (
        "> [!ax]\n> The *Hausdorff axiom* for a space $X$ states that any two distinct points "
        "have disjoint neighborhoods.\n"
    ),
    "Heine-Borel Theorem.md": (
        ">[!thm]\nA subset of $\\mathbb{R}^{n}$ is compact iff it is closed and bounded.\n\n"
        ">[!proof]\nThe forward implication is a special case of the characterizations.\n"
    ),
    "Open Cover.md": (
        "> [!proof]\n> Every point lies in some set of the family, so the union covers $X$.\n"
    ),
    "Pharmacology/Pharmacodynamics.md": (
        "# Agonism\nAgonists bind to receptors and activate them.\n\n"
        "A **full agonist** binds to a receptor and elicits a maximal response.\n\n"
        "A **partial agonist** binds to the receptor but elicits a sub-maximal response.\n\n"
        "The **efficacy** can be found by using the Emax.\n"
    ),
    "Physiology/Muscles.md": (
        "# Muscles\n## Filament binding regulation\n**Tropomyosin** is found along the "
        "length of an actin filament. It must be moved to bind myosin.\n\n"
        "**Troponin** allows calcium to move tropomyosin.\n"
    ),
    "Marketing/Каналы.md": (
        "### AIDA\n![[Pasted image 20250222164323.png]]\n\n"
        "Таргетированная реклама - реклама в соцсетях (Vk, Telegram)\n"
        "Afilliate - CPA на продукт партнера по ссылке с UTM-канала\n"
    ),
    "Product/JTBD.md": (
        "# Дерево работ\n![[Pasted image 20250227104620.png]]\n![[Pasted image 2025022.png]]\n"
        "Ценность - отношение пользы от решения к его цене для клиента.\n"
    ),
    "Docker/Архитектура Docker.md": (
        "1. **Что такое Docker?** Docker - это платформа для запуска приложений в "
        "контейнерах.\n2. **Отличие Docker от виртуальных машин:**\n"
        "    - Виртуальные машины включают гостевую ОС, Docker использует ОС хоста.\n"
    ),
    "Philosophy/Definitions.md": (
        "# Базовые понятия\n\n__Априори (a priori)__, априорное знание — знание, не обязанное "
        'опытом.\n\n__Феноменализм__ [англ., "phenomena" — явление] — учение о том, что мы '
        "познаём лишь явления.\n\n**Эмпиризм** — учение об опыте как источнике знания, не "
        "априори.\n\n## Познание и мышление\n__Понятие__ — форма мышления, которую изучает "
        "формальная логика.\n\n__Посылка__ — известное суждение.\n\n__Умозаключение__ — "
        "суждение, выведенное из посылок.\n"
    ),
    "lects/25-26. Type deduction/notes.md": (
        "# Вывод типов\n## auto\n`auto` выводит тип по значению, как шаблон.\n"
        "## decltype\n`decltype` выводит тип выражения без изменений.\n"
    ),
    "lects/08. Reload of opers/notes.md": (
        "# Конструктор копирования\nКонструктор, что создаёт объект как копию другого.\n"
        "# The Rule Of 3 (TROT)\nЕсли нам потребовался\n1. Нетривиальный конструктор копии ИЛИ\n"
        "2. Нетривиальный деструктор ИЛИ\n3. Нетривиальный оператор присваивания\n"
        "То потребуется реализовать их все 3\n"
    ),
    "notes/context_manager/readme.md": (
        "# Context Manager Notes\n\n## Multiple Context Managers\n\nExample:\n\n"
        "```\nwith A() as a, B() as b:\n    pass\n```\n\n## `async with` Statement\n\n"
        "The async with statement needs an asynchronous context manager.\n"
    ),
    "Rust/variables.md": (
        "# Variables\nHow data is stored.\n## Variable Shadowing\nShadowing allows you to "
        "declare a new variable with the same name, hiding the previous one.\n"
        "### Basic Shadowing\n```rust\nlet x = 5;\nlet x = x + 1; // Shadow with new value\n"
        "let x = x * 2; // Shadow again\n```\n### Shadowing in Scopes\n```rust\n{\n"
        "    let x = x * 2; // Shadow in inner scope\n}\n```\n"
    ),
    "Rails/Router/Custom Routes.md": (
        "# Custom Routes\n\n## Member and Collection Routes\n\nAdd custom actions to "
        "resourceful routes:\n\n### Member Routes (Act on One Record)\n\n```ruby\n"
        "resources :posts do\n  member do\n    post :publish\n  end\nend\n```\n\n"
        "### Collection Routes (Act on All Records)\n\n```ruby\nresources :posts do\n"
        "  collection do\n    get :search\n  end\nend\n```\n"
    ),
    "History/Amarna.md": (
        "# Amarna Period\nEgypt under Akhenaten.\n## Religious Revolution\n### Atenism\n"
        "| Feature | Description |\n|---|---|\n| God | Aten (sun disk) |\n"
        "| Character | Sole god worshipped |\n\n## The Movius Line\n| Feature | Description |\n"
        "|---|---|\n| Definition | Eastern limit of the Acheulean |\n| Location | India to "
        "Korea |\n\n## Late Period\n| Feature | Description |\n|---|---|\n"
        "| Nationalism | Independence movements grow |\n| Decline | Empires strained by wars |\n"
    ),
    "Physics/Spring Force.md": (
        "# Spring Force\r\n## Definitions and Concepts\r\n- Spring force is a restorative "
        "force.\r\n- ==Spring force opposes displacement and wants to return to equilibrium.==\r\n"
        "- This is known as Hooke’s Law.\r\n## Formulas\r\n- ==Hooke’s Law== (used in "
        "oscillations [[7.1 Simple Harmonic Motion]]) states: $$F_S = -kx$$ where k is a "
        "proportionality constant called the spring constant. Larger k values indicate a "
        "stiffer spring.\r\n- The formula for kinetic friction is: $$F = \\mu_k F_N$$\r\n"
        "- A malformed one: $\\frac{a}$\r\n"
    ),
    "Android/Overview.md": (
        "# Android\nМобильная ОС.\n## Терминология\n| Термин | Значение |\n|---|---|\n"
        "| **ART** | Android Runtime — виртуальная машина приложений |\n"
        "| **DEX** | Dalvik Executable — формат байткода |\n"
        "| **Zygote** | Процесс-шаблон, от которого запускаются приложения |\n"
        "| **Binder** | Механизм вызовов между процессами |\n"
        "| **Intent** | Сообщение, запускающее компонент |\n"
        "| **Gradle** | Система сборки проектов |\n"
        "| **R8** | Компилятор, сжимающий и запутывающий код |\n"
        "| **DEX** | Формат байткода для ART |\n"
        "| **Baseline Profile** | Предкомпилированный профиль горячих методов |\n"
        "| **Choreographer** | Компонент, что синхронизирует анимации с VSYNC |\n"
    ),
    "Kubernetes/Introduction.md": (
        "Kubernetes or k8s is a container orchestration system.\n## Benefits of K8s\n"
        "Kubernetes keeps an application available by running copies of it.\n"
    ),
    "Flashcards/flashcard - rock cycle.md": (
        "compaction definition\n?\ncontinued compression of buried sediments reduces "
        "pore-spaces\n\nlithification\n?\neither compaction, cementation or both\n\n"
        "weathering definition\n?\nprocess that disintegrates and loosens rock\n"
    ),
    "Design Patterns/Behavioral patterns.md": (
        "They define the interaction between objects.\n\n<p style='font-size: 32px; "
        "font-weight: bold;'> Chain of Responsibility </p>\n**Chain of Responsibility** is a "
        "behavioral design pattern that passes requests along a chain of handlers.\n\n"
        "Detail info: https://refactoring.guru/design-patterns/chain-of-responsibility\n\n"
        "<h2>Observer</h2>\n**Observer** is a behavioral design pattern that lets objects "
        "subscribe to events.\n\nDetail info: https://refactoring.guru/design-patterns/observer\n"
    ),
    "Security/Forensics.md": (
        "# Forensics\nCollecting evidence.\n### 📜 2️⃣ Chain of Custody\nA **Chain of Custody** "
        "document records who handled the evidence.\n### 💽 3️⃣ Use of Write Blockers\n"
        "Write blockers stop changes to the evidence drive.\n## Windows\n"
        "* **Kerberos** (default in modern Windows) → secure, uses tickets to grant access.\n"
        "* **NTLM** → legacy, uses challenge-response.\n"
    ),
    "Philosophy/Seminar_03.md": (
        "# Познание\nО знании.\n## Скептицизм\nСомнение в знании.\n\n"
        "__Агностицизм__ — точка зрения, что мир непознаваем.\n## Догматизм\nВера.\n"
    ),
    "Philosophy/Seminar_04.md": (
        "# Проблема знания\nО знании.\n## Кант\nВещь в себе.\n\n"
        "__Агностицизм__ — учение Канта и Юма.\n## Юм\nОпыт.\n"
    ),
    "Philosophy/Glossary.md": (
        '# Словарь\nТермины.\n## "-изм"ы\n__Атеизм__ — убеждение, что богов нет.\n\n'
        "__Агностицизм__ — точка зрения, при которой решение проблемы невозможно.\n"
        "## Логика\nНаука о мышлении.\n"
    ),
}

CASES: list[Case] = [
    ("a note per term defined in a callout", "what is compactness", "Compactness"),
    ("a note per term defined in a callout", "compactnes", "Compactness"),
    ("a definition in an Admonition fence", "what is a ball", "Ball"),
    ("a definition in an Admonition fence", "closed set", "Closed Set"),
    ("a vault's own callout kind", "what is the Hausdorff axiom", "Hausdorff Axiom"),
    ("a vault's own callout kind", "heine-borel theorem", "Heine-Borel Theorem"),
    ("a bold name after 'A' and any verb", "what is a partial agonist", "partial agonist"),
    ("a bold name after 'A' and any verb", "full agonist", "full agonist"),
    ("a bold name opening a section's lead", "what does tropomysin do", "Tropomyosin"),
    (
        "the first of a paragraph's 'Name - what' lines",
        "таргетированая реклама",
        "Таргетированная реклама",
    ),
    ("the first of a paragraph's 'Name - what' lines", "afilliate", "Afilliate"),
    ("a 'Name - what' line under screenshots", "что такое ценность", "Ценность"),
    ("a 'Name - what' line under screenshots", "wtyyjcnm", "Ценность"),
    ("a bold question with its answer on the line", "что такое Docker?", "Docker"),
    ("a bold question with its answer on the line", "docker", "Docker"),
    ("a bold name, another name or a gloss, then a dash", "апприори", "Априори"),
    ("a bold name, another name or a gloss, then a dash", "феноменолизм", "Феноменализм"),
    ("a note named notes.md under one heading", "вывод тиопв", "Вывод типов"),
    ("a note named notes.md under one heading", "что такое вывод типов", "Вывод типов"),
    ("a sentence's opening over its list is no name", "the rule of 3", "The Rule Of 3 (TROT)"),
    (
        "a term asked with a word its section holds elsewhere",
        "посылка в логике это что?",
        "Посылка",
    ),
    ("a term asked with a word its section holds elsewhere", "что такое посылка", "Посылка"),
    ("a heading over code only gives way to the card above", "shadowing", "Variable Shadowing"),
    ("a heading over code asked by its whole name", "what are member routes", "Member Routes"),
    (
        "a heading over code asked by its whole name",
        "member and collection routes",
        "Member and Collection Routes",
    ),
    (
        "a heading over code only gives way to the card above",
        "what is shadowwing",
        "Variable Shadowing",
    ),
    (
        "a heading over code only gives way to the card above",
        "shadowing in scopes",
        "Shadowing in Scopes",
    ),
    ("a heading over a table alone says what its rows say", "what is Atenism?", "Atenism"),
    ("a heading over a table alone says what its rows say", "the movius line", "The Movius Line"),
    ("a heading over a table alone says what its rows say", "nationalism", "Nationalism"),
    ("a highlighted name, a long aside, then what it states", "hookes law", "Hooke’s Law"),
    ("a highlighted name, a long aside, then what it states", "hooke's lwa", "Hooke’s Law"),
    ("labels joined by 'and' are a label", "spring force", "Spring Force"),
    ("a glossary table repeating a name by slip", "Baseline Profile?", "Baseline Profile"),
    ("a glossary table repeating a name by slip", "что такое Choreograher", "Choreographer"),
    ("prose before a note's one heading is about the note", "what is kuberntes", "Kubernetes"),
    ("prose before a note's one heading is about the note", "benefits of k8s", "Benefits of K8s"),
    (
        "untagged multi-line flashcards, 'X definition'",
        "what is compaction",
        "compaction definition",
    ),
    ("untagged multi-line flashcards, 'X definition'", "lithification", "lithification"),
    ("untagged multi-line flashcards, 'X definition'", "weathring", "weathering definition"),
    (
        "a heading in HTML over a line, a link to details",
        "explain chain of responsibility",
        "Chain of Responsibility",
    ),
    ("a heading in HTML over a line, a link to details", "observer pattern", "Observer"),
    ("a keycap number after an emoji", "write bloker", "Use of Write Blockers"),
    ("a bold name, a bracket, then an arrow", "what is kerberso", "Kerberos"),
    ("'Notes' wraps a name", "what is a contex manager", "Context Manager Notes"),
]


def test_every_class(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "writing habits", capsys)


def _card(path: str) -> tuple[str, str]:
    cards = parse_note(NOTES[path], path, note=path.removesuffix(".md")).cards
    assert cards, f"{path}: no card"
    return cards[0].title, cards[0].definition


def test_a_definition_callout_is_the_definition() -> None:
    title, definition = _card("Compactness.md")
    assert title == "Compactness"
    assert definition.startswith("Let (X,T) be a Topological Space.")
    assert "[[" not in definition and "[!def]" not in definition


def test_an_admonition_reads_as_its_callout() -> None:
    title, definition = _card("Ball.md")
    assert title == "Ball"
    assert "is called the ball centered at x" in definition
    assert "may be written" not in definition  # a notation block defines nothing
    _, closed = _card("Closed Set.md")
    assert closed.startswith("A set C is said to be closed")
    assert "collapse" not in closed and "title:" not in closed


def test_admonition_lines_stay_in_place() -> None:
    text = "intro\n```ad-def\ntitle: Ball\nThe set of near points.\n```\nafter\n"
    out = admonitions_as_callouts(text)
    assert out.split("\n") == [
        "intro",
        "",
        "> [!def] Ball",
        "> The set of near points.",
        "",
        "after",
        "",
    ]
    # A code block about admonitions is code: only a fence of its own is an admonition.
    code = "```python\nprint('ad-def')\n```\n"
    assert admonitions_as_callouts(code) == code


def test_a_proof_defines_nothing() -> None:
    assert _card("Heine-Borel Theorem.md")[1].startswith("A subset of")
    cards = parse_note(NOTES["Open Cover.md"], "Open Cover.md", note="Open Cover").cards
    assert not any("union covers" in c.definition for c in cards)


def test_a_bold_name_met_before_is_no_new_card() -> None:
    """ "The **efficacy** can be found ...": the definite article speaks of something met
    before. "**Troponin** allows ..." opens with the name it says what it does of."""
    cards = {c.title for c in index_of(NOTES).cards}
    assert {"partial agonist", "full agonist", "Tropomyosin", "Troponin"} <= cards
    assert "efficacy" not in cards


def test_a_bold_question_names_its_subject() -> None:
    card = next(c for c in index_of(NOTES).cards if c.title == "Docker")
    assert card.question == "Что такое Docker?"
    assert card.definition.startswith("Docker - это платформа")


def test_a_generic_file_name_gives_way() -> None:
    """`notes.md` is named by its one top heading, or by its folder when it has several."""
    titles = {c.source: c.title for c in index_of(NOTES).cards if c.parent_id is None}
    assert titles["lects/25-26. Type deduction/notes.md"] == "Вывод типов"
    assert titles["lects/08. Reload of opers/notes.md"] == "Reload of opers"


def test_a_term_defined_in_several_notes_is_no_template() -> None:
    """«Агностицизм» defined in three notes, each under a section of its own, is a term;
    "Manifest File" right under each note's own card is a template's part."""
    cards = []
    for n in range(3):
        root = Card(id=f"r{n}", title=f"Note {n}", note=f"n{n}")
        section = Card(id=f"s{n}", title=f"Section {n}", note=f"n{n}", parent_id=root.id)
        term = Card(id=f"t{n}", title="Агностицизм", note=f"n{n}", parent_id=section.id)
        part = Card(id=f"m{n}", title="Manifest File", note=f"n{n}", parent_id=root.id)
        cards += [root, section, term, part]
    repeated = {cards[pos].title for pos in repeated_sections(tuple(cards), 3)}
    assert repeated == {"Manifest File"}


GUESSED_NOTES = {
    "QA/DoD.md": (
        "# Definition of Done (DoD)\nСписок критериев готовности задачи.\n"
        "## Цель DoD\nЧтобы все одинаково понимали, когда задача готова.\n"
    ),
    "Trees/AVL trees.md": (
        "# AVL trees\nA self-balancing search tree.\n## case D\nTwo rotations rebalance "
        "the subtree after an insert.\n## Rotations\nA rotation moves a child up.\n"
    ),
}


def test_a_guess_on_a_labelled_part_is_said_of_its_card() -> None:
    """A guess that lands on a labelled part no word of the question names ("Цель DoD",
    "case D") answers as the card it is part of; a part with a name of its own, or one the
    question names, answers itself."""
    index = index_of(GUESSED_NOTES)
    place = {c.title: pos for pos, c in enumerate(index.cards)}
    unnamed = [resolve_word(index, w, w) for w in ("договориться", "balanced")]
    part = short_part_of(index, place["Цель DoD"], unnamed)
    assert index.cards[part].title == "Definition of Done"
    assert index.cards[short_part_of(index, place["case D"], unnamed)].title == "AVL trees"
    assert short_part_of(index, place["Rotations"], unnamed) == place["Rotations"]
    named = [resolve_word(index, "case", "case")]
    assert short_part_of(index, place["case D"], named) == place["case D"]


def test_a_label_over_a_part_answers_as_its_card() -> None:
    """ "Пример" under "Pairwise Testing": a label is never the answer itself."""
    cards = (
        Card(id="r", title="Pairwise Testing", note="qa", definition="Попарные комбинации."),
        Card(id="p", title="Пример", note="qa", parent_id="r", definition="Пять полей."),
        Card(id="w", title="WaitGroup", note="qa", parent_id="r", definition="Ждёт горутины."),
    )
    index = build_index(cards, lemmatize)
    assert subject_of(index, 1) == 0
    assert subject_of(index, 2) == 2


def test_a_definition_row_defines_its_heading() -> None:
    """ "## The Movius Line" / "| Feature | Description |" / "| Definition | ... |": that row
    is the heading's definition, the other rows its details; a heading over a table of
    features alone is described by them."""
    path = "History/Amarna.md"
    cards = {c.title: c for c in parse_note(NOTES[path], path, note="Amarna").cards}
    movius = cards["The Movius Line"]
    assert movius.definition == "Eastern limit of the Acheulean"
    assert [d.text for d in movius.details] == ["Location: India to Korea"]
    assert [d.text for d in cards["Atenism"].details] == [
        "God: Aten (sun disk)",
        "Character: Sole god worshipped",
    ]


def test_a_sentence_leading_to_its_formula_names_nothing() -> None:
    """ "The formula for kinetic friction is: $$...$$" is no term; a malformed formula
    ("\\frac" with one argument) is shown as written, never as the converter's "%s"."""
    path = "Physics/Spring Force.md"
    cards = parse_note(NOTES[path], path, note="Spring Force").cards
    assert not [c for c in cards if c.title.endswith(" is")]
    assert any(
        c.title == "Hooke’s Law"
        and c.definition.startswith("F_S = -kx where k is a proportionality constant")
        for c in cards
    )
    shown = " ".join(
        " ".join([c.title, c.definition, *(d.text for d in c.details)]) for c in cards
    )
    assert "%s" not in shown


def test_rows_the_answer_lists_are_not_offered_again() -> None:
    """ "The Movius Line" lists its rows ("Location: India to Korea"): the rows are not
    offered under it as other cards."""
    result = lookup(index_of(NOTES), "what is the movius line")
    assert result.best is not None and result.best.title == "The Movius Line"
    assert "Location" not in [m.card.title for m in result.alternatives]
