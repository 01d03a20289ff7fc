"""Lookup on names the notes give in passing or in shapes of their own:
- a bold name glossed by a dash mid-sentence ("was **logicism**—the thesis ...") or by "that
  is" / "which means" ("is *thenable*, that is it has ...");
- an English name in capitals spelled out before its letters ("Interrupt Descriptor Table
  (IDT)"), and a note's own name spelled out with its letters;
- the section's thing defined by its other word ("# Компилятор" / "Компиляция — это ...");
- the name after a heading's label ("Clinical pearl: FTY20");
- list items led by code that say what it does;
- a question heading with a second question after it ("Что такое ETF и как он работает?");
- a bold name with the letter formulas write it by ("**Velocity** $v(t)$ - ...");
- an outline's numbered entries, a short name over a paragraph of its own ("4. Compositing"),
  or a name in small letters, a colon and a sentence ("3. collision resistance: ...");
- a bold line opening with a verb right under a heading ("**Выражает эмоции**");
- a site generator's notes: headings with an `{#id}`, links by Hugo's `relref`;
- a note's own name in its first sentence with its letters or the names it is also known
  by ("a binary search tree (BST)", "a hash table, also known as hash map or dictionary");
- a relative clause before "принято называть — **консервативными**" (the noun before it
  is what is named);
- a plain paragraph saying what kind of technique or process a name is ("In web
  development, hydration is a technique in which ...").
Questions: a slip after an elided letter ("l'hopitl's rule"), an adjective asked of the
quality a card names ("differentiable" of Differentiability), borrowed words across the
alphabets ("тромбоз" ~ thrombosis, "этичный" ~ ethical), and where a thing lives said with
"у" ("атрибут defer у тега script"); study words the lexicon gained ("октодерево" ~ octree,
"compiler directives" ~ «директивы компилятора»). One table row per failure class, the count
per class printed."""

from __future__ import annotations

import pytest

from bot.core import querysetting, question
from bot.core.notes import parse_note
from bot.core.wordmatch import resolve_word
from bot.morph import nominative
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    "thoughts/Wittgenstein.md": (
        "# Wittgenstein\n\nAn Austrian philosopher who worked on logic and language.\n\n"
        "## Early work\n\nRussell's foundational project was **logicism**—the thesis that"
        " mathematics is reducible to logic. Основа его проекта — **интуиционизм** — это"
        " взгляд, что математика есть построение ума.\n\n"
        "The _Tractatus_ shares the **logical form**—this shared structure is shown.\n"
    ),
    "os/Lec04.md": (
        "**Mechanism of system call**\n- Kernel does not trust user provided addresses\n"
        "  - Kernel sets up Interrupt Descriptor Table (IDT) at boot time\n"
        "  - IDT has addresses of kernel functions to run for system calls\n"
        "- A process sees Virtual Memory (vm) as its own\n"
    ),
    "ml/binary-cross-entropy-loss.md": (
        "# Binary Cross-Entropy Loss\n\nBinary Cross-Entropy (BCE), also known as log loss,"
        " is a loss function used in binary or multi-label machine learning training.\n"
    ),
    "go/Компилятор.md": (
        "# Компилятор\n\nКомпиляция — это процесс преобразования исходного кода в машинный"
        " код.\n\n## Этапы компиляции\n\nПроцесс компиляции делится на несколько этапов:"
        " разбор, проверка типов, генерация кода.\n"
    ),
    "finance/alpha.md": (
        "# Альфа\n\nАльфа показывает доходность фонда сверх рынка.\n\n"
        "## Как использовать альфа-канал\n\nАльфа — это историческое измерение, оно не"
        " ориентировано на будущее.\n"
    ),
    "med/T Cell Immunity.md": (
        "# T Cell Activation\n\nT cells receive three types of signals.\n\n"
        "## Clinical pearl: FTY20\n\nFTY20 inhibits immune response by trapping lymphocytes"
        " in the lymph node.\n\n## Clinical pearl: steroids\n\nHigh doses are given in"
        " transplant rejection.\n"
    ),
    "web/web-storage.md": (
        "# Web Storage API\n\nThe Web Storage API provides mechanisms by which browsers can"
        " store key/value pairs.\n\nThe two mechanisms within Web Storage are:\n\n"
        "- `sessionStorage` maintains a separate storage area for each given origin for the"
        " duration of the page session.\n\n  - Data is never transferred to the server.\n\n"
        "- `localStorage` does the same thing, but persists even when the browser is closed"
        " and reopened.\n\nFlags of the tool:\n\n- `-f` forces the write without asking\n"
        "- `-q` keeps the output quiet\n"
    ),
    "finance/indexfund.md": (
        "# Индексный фонд\n\nФонд, повторяющий состав индекса.\n\n"
        "## Что такое ETF и как он работает?\n\nETF — это тип фонда, который владеет"
        " различными ценными бумагами и торгуется на бирже.\n"
    ),
    "calc/Motion.md": (
        "# Motion\n\n**Velocity** $\\Large v(t)$ - The speed of an object along with the"
        " direction it's headed.\n\n**Acceleration** $a(t)$ - The change in velocity of an"
        " object.\n\n## Differentials\n\n**Differentiability** - A function is"
        " differentiable at a point $x=c$, if its derivative exists at $x=c$.\n"
    ),
    "calc/L'Hopital's Rule.md": (
        "# L'Hopital's Rule\n\nA limit of the form 0/0 equals the limit of the ratio of the"
        " derivatives.\n"
    ),
    "med/Hemodynamics.md": (
        "# Hemodynamics\n\n## Thrombosis\n\nFormation of a blood clot inside a vessel that"
        " blocks the flow of blood.\n\n## Synthesis of clotting factors\n\nThe liver makes"
        " most clotting factors.\n"
    ),
    "sec/Этичный хакинг.md": (
        "# Этичный хакинг\n\nЭтичный хакинг — это практическое применение хакерских знаний"
        " для нахождения и устранения уязвимостей.\n"
    ),
    "web/populating-the-page.md": (
        "# Populating the page\n\nHow a browser turns a response into pixels.\n\n"
        "1. TCP handshake (SYN, SYN-ACK, ACK)\n\n    This is required to establish a TCP"
        " connection.\n    This requires 3 messages between the client and the server.\n\n"
        "2. Rendering\n\n    Rendering steps include style, layout, paint, and in some cases"
        " compositing.\n\n    1. Layout\n\n        The fourth step is running layout on the"
        " render tree to compute the geometry of each node.\n\n        Subsequent"
        " recalculations are called reflows.\n\n    2. Compositing\n\n        When sections"
        " of the document are drawn in different layers, compositing is necessary.\n\n"
        "    3. JavaScript compilation\n\n        The scripts are parsed into syntax trees and"
        " passed to a compiler. This is known as JavaScript compilation.\n\n"
        "3. Parsing\n\n    Parsing turns the data the browser receives into the DOM. A script"
        " tag without the defer attribute blocks parsing until it runs.\n"
    ),
    "crypto/hash function.md": (
        "# hash function\n\nHash functions are a cryptographic primitive.\n\n"
        "### Security properties\n"
        "1. preimage resistance: it should be incredibly hard to go from a message digest"
        " back to the message that produced it\n"
        "2. collision resistance: this property is concerned with finding any two inputs"
        " that would produce the same hash\n\n### Setup\n"
        "1. Install: download the package and put it on the path of the machine you use\n"
    ),
    "html/script.md": (
        "# `<script>` HTML element\n\nAttributes:\n\n- `src`\n\n  This attribute specifies"
        " the URI of an external script.\n\n- `defer`\n\n  - The script will be executed"
        " after the document has been parsed.\n\n  - Scripts with the `defer` attribute"
        " execute in the order in which they appear in the document.\n"
    ),
    "js/promises.md": (
        "# Promises\n\nA promise stands for a value that arrives later.\n\n## Duck typing\n\n"
        "The best way to tell a promise is to check if the object is *thenable*, that is it"
        " has a `then()` method. This too is flawed.\n"
    ),
    "chem/energetics.md": (
        "# Energetics\n\n## Enthalpy\n\nIt is a **state function**, which means every path"
        " from the reactants to the products requires the same enthalpy change. The *signs*"
        " of the values matter.\n"
    ),
    "grammar/Parts of Speech.md": (
        "# Parts of Speech\n\n### 7️⃣ CONJUNCTION (Союз)\n**Соединяет** слова или"
        " предложения\n\n**Основные:**\n- **and** (и)\n- **but** (но)\n\n---\n\n"
        "### 8️⃣ INTERJECTION (Междометие)\n**Выражает эмоции**\n\n**Примеры:**\n"
        "- **Wow!** That's amazing! — **Вау!** Это потрясающе!\n\n---\n\n"
        "### Lecture\n**Прототипное наследование**\n\nОбъекты наследуют свойства других"
        " объектов через цепочку прототипов.\n"
    ),
    "content/posts/binary_search_tree.md": (
        '+++\ntitle = "Binary search tree"\ndraft = false\n+++\n\n> In computer science, a'
        " binary search tree (BST), also called an ordered binary tree, is a rooted binary"
        ' [Tree]({{< relref "tree.md" >}}) data structure.\n\n## Complexity {#complexity}\n\n'
        "Search takes time proportional to the height of the tree.\n\n"
        '## Backlinks {#backlinks}\n\n-   [Heap]({{< relref "heap.md" >}})\n'
        '-   [B-tree]({{< relref "b_tree.md" >}})\n'
    ),
    "content/posts/hash_table.md": (
        '+++\ntitle = "Hash table"\n+++\n\nIn computing, a hash table, also known as hash map'
        " or dictionary, is a data structure that implements an associative array.\n"
    ),
    "phys/circulation.md": (
        "# Циркуляция\n\nСилы, работа которых не зависит от траектории движения, а"
        " определяется только начальным и конечным положением принято называть —"
        " **консервативными**. Электростатические силы — консервативные.\n"
    ),
    "react/suspense.md": (
        "# Suspense\n\nSuspense lets you display a fallback until its children have"
        " finished loading.\n\n> In web development, hydration is a technique in which"
        " client-side JavaScript converts a static HTML page into a dynamic one.\n\n"
        "This is a technique that many frameworks use on the server.\n\n"
        "Back-face removal is a technique that skips polygons facing away from the camera.\n"
    ),
    "graphics/Octree.md": (
        "# Octree\n\nA tree data structure in which each internal node has exactly eight"
        " children, used to partition three-dimensional space.\n"
    ),
    "go/Директивы.md": (
        "# Директивы компилятора\n\nКомпилятор Go понимает некоторые директивы, они пишутся"
        " в виде комментариев `//go:noinline`.\n"
    ),
}

CASES: list[Case] = [
    ("a bold name glossed by a dash mid-sentence", "define logicism", "logicism"),
    ("a bold name glossed by a dash mid-sentence", "что такое интуиционизм", "интуиционизм"),
    ("an English name in capitals spelled out before its letters",
     "what is the Interrupt Descriptor Table?", "IDT"),
    ("an English name in capitals spelled out before its letters", "what is idt", "IDT"),
    ("a note's own name spelled out with its letters", "what is BCE",
     "Binary Cross-Entropy Loss"),
    ("a note's own name spelled out with its letters", "binary cross-entropy",
     "Binary Cross-Entropy Loss"),
    ("the section's thing defined by its other word", "компиляцыя это что", "Компилятор"),
    ("the section's thing defined by its other word", "что такое альфа", "Альфа"),
    ("the name after a heading's label", "what is FTY20?", "Clinical pearl: FTY20"),
    ("list items led by code saying what it does", "what is localStorge", "localStorage"),
    ("list items led by code saying what it does", "ыуыышщтыещкфпу", "sessionStorage"),
    ("a question heading with a second question after it", "что такое уеа", "ETF"),
    ("a bold name with the letter formulas write it by", "what is velocity?", "Velocity"),
    ("a bold name with the letter formulas write it by", "acceleration", "Acceleration"),
    ("a slip after an elided letter", "what is l'hopitl's rule", "L'Hopital's Rule"),
    ("an adjective asked of the quality a card names", "what does differentiable mean",
     "Differentiability"),
    ("an adjective asked of the quality a card names",
     "what does it actually mean for a function to be differentiable at a point?",
     "Differentiability"),
    ("a Greek '-sis' spelled in Russian", "что такое тромбоз?", "Thrombosis"),
    ("a Greek '-sis' spelled in Russian", "синтез факторов свертывания",
     "Synthesis of clotting factors"),
    ("a Russian '-ичный' on a short stem", "what is ethical hacking", "Этичный хакинг"),
    ("an outline entry's name over its own paragraph", "what is compositng", "Compositing"),
    ("an outline entry's name over its own paragraph", "tcp handshake", "TCP handshake"),
    ("an outline entry's name over its own paragraph", "what is layout in the browser",
     "Layout"),
    ("a numbered entry in small letters with a colon", "что такое стойкость к коллизиям",
     "collision resistance"),
    ("a numbered entry in small letters with a colon", "preimage resistance",
     "preimage resistance"),
    ("a name glossed in passing", "what is a thenabel", "thenable"),
    ("a name glossed in passing", "what is a state function", "state function"),
    ("a bold predicate under a heading", "междометее это что", "INTERJECTION"),
    ("a bold predicate under a heading", "что такое междометие", "INTERJECTION"),
    ("a bold name under a heading is a heading still", "прототипное наследование",
     "Прототипное наследование"),
    ("a note's own name with its letters in its first sentence", "what is a BST?",
     "Binary search tree"),
    ("a note's own name with the names it is also known by", "what is a hash map",
     "Hash table"),
    ("a plain paragraph naming the kind of technique", "what is hydartion?", "hydration"),
    ("a plain paragraph naming the kind of technique", "back-face removal",
     "Back-face removal"),
    ("a study word the lexicon gained", "что такое октодерево?", "Octree"),
    ("a study word the lexicon gained", "what are compiler directives in go",
     "Директивы компилятора"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_passing_names(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "lookup failure classes (passing names)", capsys)


def _card(path: str, title: str) -> tuple[str, list[str]]:
    note = parse_note(NOTES[path], path, note=path.removesuffix(".md"))
    card = next(c for c in note.cards if c.title == title)
    return card.title, list(card.aliases)


def test_the_name_after_a_label_is_the_cards_other_name() -> None:
    assert _card("med/T Cell Immunity.md", "Clinical pearl: FTY20")[1] == ["FTY20"]
    # The label's other section says nothing of "steroids" by name first: no alias.
    assert _card("med/T Cell Immunity.md", "Clinical pearl: steroids")[1] == []


def test_another_word_of_a_heading_names_it_only_when_both_share_every_word() -> None:
    assert _card("go/Компилятор.md", "Компилятор")[1] == ["Компиляция"]
    # "Альфа — это ..." under "Как использовать альфа-канал" defines alpha, not that heading.
    assert "Альфа" not in _card("finance/alpha.md", "Как использовать альфа-канал")[1]


def test_a_flag_led_by_code_is_no_term() -> None:
    note = parse_note(NOTES["web/web-storage.md"], "web/web-storage.md", note="web-storage")
    titles = [c.title for c in note.cards]
    assert "localStorage" in titles
    assert "-f" not in titles
    assert "-q" not in titles


def test_a_dash_after_bold_that_says_no_kind_of_thing_names_nothing() -> None:
    note = parse_note(NOTES["thoughts/Wittgenstein.md"], "thoughts/Wittgenstein.md", note="W")
    titles = [c.title for c in note.cards]
    assert "logicism" in titles
    assert "logical form" not in titles  # "—this shared structure is shown"


def test_an_outline_entry_is_one_card_with_its_paragraph_as_definition() -> None:
    path = "web/populating-the-page.md"
    note = parse_note(NOTES[path], path, note="populating-the-page")
    cards = {c.title: c for c in note.cards}
    assert cards["Compositing"].definition.startswith("When sections of the document")
    assert cards["TCP handshake"].definition.startswith("This is required")
    # The entry's own sentence naming it, and the sentence read again under the entry above,
    # make no second card.
    titles = [c.title.casefold() for c in note.cards]
    assert titles.count("javascript compilation") == 1
    assert titles.count("reflows") == 1


def test_a_numbered_step_with_a_colon_is_no_term() -> None:
    path = "crypto/hash function.md"
    titles = [c.title for c in parse_note(NOTES[path], path, note="hash function").cards]
    assert "collision resistance" in titles
    assert "Install" not in titles  # "1. Install: download ...": a step, capitalised


def test_where_a_thing_lives_may_be_said_with_u() -> None:
    index = index_of(NOTES)
    query = "что делает атрибут defer у тега script?"
    split = question.words_of(index, query)
    said = [resolve_word(index, w, raw) for w, raw in split]
    setting = querysetting.context_words(index, said, [w for w, _ in split], query)
    assert [w for (w, _), kept in zip(split, setting, strict=True) if kept] == ["тега", "script"]


def test_italics_stressing_a_word_name_nothing() -> None:
    path = "chem/energetics.md"
    titles = [c.title for c in parse_note(NOTES[path], path, note="energetics").cards]
    assert "state function" in titles
    assert "signs" not in titles  # "The *signs* of the values matter": stress only


def test_a_site_generators_heading_ids_and_links_are_no_text() -> None:
    path = "content/posts/binary_search_tree.md"
    cards = parse_note(NOTES[path], path, note="binary_search_tree").cards
    titles = [c.title for c in cards]
    assert "Complexity" in titles
    assert not any("{" in t or "relref" in t for t in titles)
    assert not any("relref" in c.definition for c in cards)


def test_the_noun_before_a_relative_clause_is_what_is_named() -> None:
    path = "phys/circulation.md"
    cards = parse_note(NOTES[path], path, note="circulation", nominative=nominative).cards
    named = next(c for c in cards if c.title == "консервативные силы")
    assert named.definition.startswith("Силы, работа которых не зависит")


def test_a_pronoun_is_no_name_of_a_technique() -> None:
    path = "react/suspense.md"
    titles = [c.title for c in parse_note(NOTES[path], path, note="suspense").cards]
    assert "hydration" in titles
    assert "This" not in titles
