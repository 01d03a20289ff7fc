"""Lookup on lecture notes of sciences and history: a question quoting a formula ("the law
that says F = ma"), a quantity asked for by what it measures ("what's the quantity for how
much charge a capacitor holds per volt"), a situation described after "when", a heading
whose symbols are words of it ("## Average Value of $f$ over $R$"), a name explained under
a heading and given a value on a line elsewhere ("Characteristic Polynomial: (λ - 2)^2"), a
statement headed by a bold name and a full stop ("**Definition (best response).** Player
i's ..."), a name given in bold to what meets a condition ("A good is **Giffen** if ..."),
a ruler's number typed in digits or in words for the notes' Roman one ("Александр 3",
"петра первого"), a name typed in Latin letters for the Cyrillic one the notes write
("Russkaya Pravda"), a guess answered by a lecture's section rather than the list of its
sections, and questions about things the notes do not cover that share words with them
("жорданова нормальная форма" beside a line's normal form, "python 3" in notes naming
«Путин»). One table row per failure
class, the count per class printed."""

from __future__ import annotations

import pytest

from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    "Physics/Dynamics/Newton Laws.md": (
        "# Newton Laws\n\n> [!summary]\n> Three laws relate the motion of a body to the"
        " forces acting on it.\n\n## First law\nA body keeps its velocity unless a net force"
        " acts on it.\n\n## Second law\nThe net force on a body equals its mass times its"
        " acceleration: $F = ma$.\n\n## Third law\nEvery action has an equal and opposite"
        " reaction.\n"
    ),
    "Physics/Dynamics/Momentum.md": (
        "# Momentum\n\nMomentum is the product of a body's mass and its velocity, $p = mv$.\n"
    ),
    "Physics/Electrostatics/Capacitance.md": (
        "# Capacitance\n\nCapacitance is the charge a capacitor stores per volt of potential"
        " difference between its plates: $C = Q/V$, measured in farads.\n"
    ),
    "Physics/Electrostatics/Capacitors.md": (
        "# Capacitors\n\nA capacitor is two conducting plates separated by an insulator.\n\n"
        "## Capacitors in series\nThe charge on each capacitor is the same.\n"
    ),
    "Physics/Electrostatics/Conductors.md": (
        "# Conductors\n\nIn a conductor charges move freely.\n\n"
        "## Conductors With Empty Cavities\nThe electric field inside a hollow conductor"
        " with no charge in the cavity is zero: the charges sit on the outer surface.\n\n"
        "## Conductors With Charged Cavities\nA charge in the cavity induces an opposite"
        " charge on the cavity wall.\n"
    ),
    "Math/Integrals.md": (
        "# Double Integrals\n\n## Average Value of $f$ over $R$\nThe integral of $f$ over"
        " $R$ divided by the area of $R$.\n\n## Fubini's Theorem\nA double integral over a"
        " rectangle equals either iterated integral.\n"
    ),
    "Math/Eigen.md": (
        "# Stretch Factors\n\n### The Characteristic Polynomial\n\n$det(T - cI) = 0$\n\n"
        "The roots of the characteristic polynomial are the eigenvalues of the"
        " transformation.\n\n## Diagonalizability\n\nIllustrative Example:\n\n"
        "Consider the matrix A.\n\nCharacteristic Polynomial: (λ - 2)^2\n\n"
        "Eigenvalue: λ = 2 (AM = 2)\n"
    ),
    # A textbook summary: statements headed by a bold name and a full stop, run into the text.
    "Micro/Strategic games.md": (
        '---\ntitle: "Strategic Games"\nstatus: enriched\n---\n## The model\n\n'
        "**Definition (best response).** Player $i$'s **best response** to the others' actions"
        " is an action at least as good as any other.\n\n"
        "**Definition 15.6 (mixed strategy).** A **mixed strategy** is a probability"
        " distribution over actions.\n\n"
        "**Definition — production function.** $f$ maps inputs to the most output they can"
        " make.\n\n"
        "**Prisoner's dilemma (Example 15.2).** Two suspects each choose to stay silent or"
        " confess; confessing dominates, yet both are worse off.\n\n"
        "**Matching pennies.** Each player shows a coin; one wants the faces to match.\n\n"
        "**Proposition.** Every finite game has a mixed strategy equilibrium.\n\n"
        "## Allais\n\nAny consistent preference must rank $L_1$ vs. $R_1$ **exactly** the way"
        " it ranks $L_2$ vs. $R_2$ — only two response patterns are consistent with expected"
        " utility.\n\n"
        "## Demand\n\nA good is **normal** if its demand rises with wealth. A good is"
        " **Giffen** if its demand rises with its own price.\n\nThe result is *stable* if"
        " nothing changes.\n"
    ),
    "Math/Lines.md": (
        "# Lines\n\n## Normal Form of a Line\nA line written as $ax + by = c$ with the"
        " normal vector $(a, b)$.\n"
    ),
    "История/Лекция 12.md": (
        "## Лекция 12\n\n### Александр II\nОтменил крепостное право в 1861 году и провёл"
        " земскую, судебную и военную реформы.\n\n### Александр III\nПроводил политику"
        " контрреформ, усилил цензуру и полицейский надзор.\n\n### Пётр III\nПравил полгода,"
        " издал манифест о вольности дворянства.\n\n### Новая концепция внешней политики\n"
        "В 2000 году Путин утвердил новую концепцию внешней политики России.\n"
    ),
    "История/Лекция 3.md": (
        "## Лекция 3\n\n### Ярослав Мудрый\nПри Ярославе составлен первый свод законов.\n\n"
        '"Русская правда" - первый свод законов Древней Руси.\n'
    ),
    "История/Лекция 9.md": (
        "## Лекция 9\n\n### Реформы Петра I\nПётр создал регулярную армию и флот, учредил"
        " Сенат и коллегии.\n\n### После смерти Петра I\nЗа власть начали бороться:\n"
        "1. Меншиков возвёл на трон Екатерину I\n2. Верховный тайный совет правил при"
        " Петре II\n\nНачалась эпоха дворцовых переворотов: престол переходил к"
        " ставленникам гвардии.\n"
    ),
}

CASES: list[Case] = [
    ("a question quoting a formula", "what do you call the law that says F = ma?",
     "Second law"),
    ("a quantity asked for by what it measures",
     "what's the quantity for how much charge a capacitor holds per volt?", "Capacitance"),
    ("a situation described after 'when'",
     "what's the electric field inside a hollow conductor when there's nothing in the"
     " cavity?", "Conductors With Empty Cavities"),
    ("a heading whose symbols are words of it", "average value of f over R",
     "Average Value of f over R"),
    ("a name explained over a line giving its value", "what is the characteristic polynomial",
     "The Characteristic Polynomial"),
    ("a name explained over a line giving its value", "характеристический многочлен",
     "The Characteristic Polynomial"),
    ("a statement headed by a bold name and a full stop", "what is a best response",
     "best response"),
    ("a statement headed by a bold name and a full stop", "mixed strategy", "mixed strategy"),
    ("a statement headed by a bold name and a full stop", "define production function",
     "production function"),
    ("a statement headed by a bold name and a full stop", "prisoner's dilemma",
     "Prisoner's dilemma"),
    ("a statement headed by a bold name and a full stop", "matching pennies",
     "Matching pennies"),
    ("a name given in bold to what meets a condition", "what is a giffen good", "Giffen"),
    ("a ruler's number typed in digits or in words", "александр 3", "Александр III"),
    ("a ruler's number typed in digits or in words", "кто такой александр третий",
     "Александр III"),
    ("a ruler's number typed in digits or in words", "после смерти петра первого",
     "После смерти Петра I"),
    ("a ruler's number typed in digits or in words", "Пётр 1", "Реформы Петра I"),
    ("a ruler's number typed in digits or in words", "алесандр третий", "Александр III"),
    ("a name in Latin letters for the Cyrillic one", "what is Russkaya Pravda",
     "Русская правда"),
    ("a ruler's number typed in digits or in words",
     "разница между александром 2 и александром 3", "Александр II"),
    ("an off-topic question sharing words with the notes",
     "что такое жорданова нормальная форма", None),
    ("an off-topic question sharing words with the notes", "гауссово распределение", None),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_lecture_notes(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "lookup failure classes (lecture notes)", capsys)


def test_two_rulers_compared_show_both() -> None:
    from bot.core.search import lookup

    result = lookup(index_of(NOTES), "чем александр 2 отличается от александра 3")
    assert result.found
    assert result.best is not None and result.best.title == "Александр II"
    assert result.compared is not None and result.compared.title == "Александр III"


def test_a_bold_head_with_a_full_stop_names_its_paragraph() -> None:
    """The name in the head is the card's title, its kind of statement and its number
    dropped; the sentences after it are the definition. A head naming no thing
    ("**Proposition.**") makes no card."""
    from bot.core.notes import parse_note

    path = "Micro/Strategic games.md"
    cards = {c.title: c for c in parse_note(NOTES[path], path, note="Strategic games").cards}
    assert cards["best response"].definition.startswith("Player i's best response to")
    assert cards["mixed strategy"].definition == (
        "A mixed strategy is a probability distribution over actions."
    )
    assert cards["Prisoner's dilemma"].definition.startswith("Two suspects each choose")
    assert "Proposition" not in cards
    assert cards["Giffen"].definition == (
        "A good is Giffen if its demand rises with its own price."
    )
    assert "stable" not in cards  # italics there only stress
    # "vs." ends no sentence: the symbol after it is no name opening one.
    assert "R_2" not in cards


def test_a_guess_is_the_section_not_the_list_of_sections_over_it() -> None:
    """A lecture whose own text is only its sections' names scores high for being short;
    its section holding the same words close behind is the answer to a guess."""
    from bot.core.models import CardKind
    from bot.core.passages import Passage, guessed_answer

    index = index_of(NOTES)
    lecture = next(
        i for i, c in enumerate(index.cards) if c.title == "Лекция 9" and c.kind is CardKind.TOPIC
    )
    section = next(i for i, c in enumerate(index.cards) if c.title == "После смерти Петра I")
    question = "кто сел на трон, когда умер пётр первый"
    found = [Passage(lecture, 8.27), Passage(section, 7.86)]
    result = guessed_answer(index, question, found, 3)
    assert result.guessed
    assert result.best is not None and result.best.title == "После смерти Петра I"
    far = [Passage(lecture, 8.27), Passage(section, 5.0)]
    assert guessed_answer(index, question, far, 3).best.title == "Лекция 9"


def test_three_consonants_alike_are_no_reading_when_the_vowels_differ() -> None:
    """In notes written in Russian, "python" is not read as «путин» (p-t-n both), while
    "deadlock" still reads as the notes' «дедлок»."""
    from bot.core.wordmatch import resolve_word

    history = {path: text for path, text in NOTES.items() if path.startswith("История/")}
    history["Процессы/Дедлок.md"] = (
        "# Дедлок\n\nДедлок — взаимная блокировка: два потока ждут друг друга бесконечно.\n"
    )
    index = index_of(history)

    def readings(word: str) -> set[str]:
        return {index.terms[t] for t in resolve_word(index, word, word)}

    assert "путин" in index.vocab
    assert "путин" not in readings("python")
    assert index.term("дедлок") in readings("deadlock")
