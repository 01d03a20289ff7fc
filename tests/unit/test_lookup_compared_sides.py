"""Lookup on comparisons whose sides share their last words ("Broca's and Wernicke's
aphasia"), on a note's own `X vs Y: ...` line, and on a name asked with a word for the kind
of idea it is ("spiral model") that the notes never write, on everyday words asked in the
other language («голландская болезнь»), on `Name → what it is` glossary lines, on acronyms
and sound-alike spellings of note names, and on a heading that asks the question as typed.
One table row per failure class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.core import comparisons, question
from bot.core.search import lookup
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    "Process/Lifecycles.md": (
        "# Lifecycles\n\n### Waterfall\n\nEach phase ends before the next begins.\n\n"
        "### Spiral\n\nRepeated loops of planning, risk analysis and building.\n\n"
        "### Extreme programming\n\nShort releases, pair work and tests first.\n"
    ),
    # A lecture's terms, then one line comparing two of them.
    "Behaviour/Orientation.md": (
        "# Orientation\n\n#### Taxis\n**Taxis** - movement towards or away from a stimulus"
        " in a set direction.\n\n#### Kinesis\n**Kinesis** - a change in activity with no"
        " direction to the stimulus.\n\n"
        "Taxis vs Kinesis: taxis is directed orientation, kinesis has no directional bias\n"
    ),
    # The short name is also an example's label: "Broca's" alone is the example.
    "Language/Aphasia.md": (
        "# Aphasia\n\n- Broca's Aphasia: impaired syntax but intact semantics\n"
        "- Wernicke's Aphasia: impaired semantics but intact syntax\n\n## Examples\n\n"
        '**Broca\'s**: "dog... walk", spoken with great effort.\n\n'
        '**Wernicke\'s**: "you know that smoodle pinkered", fluent and empty.\n'
    ),
    "Go/Sync.md": (
        "# Sync\n\n## Mutex\n\nLets one goroutine at a time into a critical section.\n\n"
        "## RWMutex\n\nMany readers at once, or a single writer.\n"
    ),
    "SQL/Триггеры.md": (
        "# Триггеры\n\nПроцедура, которую СУБД вызывает при изменении таблицы.\n\n"
        "## BEFORE\n\nСрабатывает до изменения строки и может его поправить.\n\n"
        "## AFTER\n\nСрабатывает после изменения строки.\n\n## AFTER vs BEFORE\n\n"
        "BEFORE меняет данные до записи, AFTER видит уже записанные.\n"
    ),
    "ML/Losses.md": (
        "# Entropy\n\nThe average surprise of a distribution's outcomes.\n\n"
        "# Cross entropy\n\nThe average surprise of outcomes from one distribution scored"
        " by another.\n"
    ),
    "Economics/Dutch Disease.md": (
        "# Dutch Disease\n\nA boom in one export raises the currency and hurts other exports.\n"
    ),
    "Torts/Negligence.md": (
        "# Negligence\n\n## The Reasonable Person\n\nThe standard a defendant's conduct is"
        " measured against.\n\n## Duty\n\nAn obligation to take care towards others.\n"
    ),
    "SQL/Joins.md": (
        "# Joins\n\nCombine rows of two tables.\n\n"
        "- LEFT JOIN → All rows from the left table.\n"
        "- RIGHT JOIN → All rows from the right table.\n"
        "- If no row matches → the columns are NULL\n"
    ),
    # One note per term, named by its file: the name's initials are coined, never written.
    "Graphics/blinn-phong-reflection.md": (
        "Phong shading with a halfway vector, for cheaper specular highlights.\n"
    ),
    "Graphics/textures.md": (
        "# Textures\n\nImages mapped onto surfaces.\n\n**mipmaps**\n"
        "- downsampled copies of a texture for objects far from the camera\n"
    ),
    "Design/Паттерн проектирования.md": (
        "# Паттерн проектирования\n\nТиповое решение частой задачи проектирования.\n"
    ),
    # "SATA" is one slip from "Saga": a word the notes lack may still be a typo of it.
    "Hardware/Диски.md": "# Диски\n\n**SATA** — интерфейс подключения накопителей.\n",
    # The same name in a comparison note and in the lecture that asks what it is.
    "Web/Django vs FastAPI.md": (
        "# Django vs FastAPI\n\nДва разных фреймворка.\n\n## FastAPI\n\n"
        "| Что | Как |\n| --- | --- |\n| Тип | лёгкий фреймворк для API |\n\n"
        "**FastAPI** — это «быстрый современный API».\n"
    ),
    "Web/FastAPI/Конспект.md": (
        "# Конспект лекции: FastAPI\n\n## 1. Введение\n\n### 1.1 Что такое FastAPI?\n"
        "FastAPI — это современный веб-фреймворк для создания API на Python.\n"
    ),
    "Pharm/Aspirin.md": (
        "# Aspirin\n\n## Reye's syndrome\n\nChildren with a viral infection who take"
        " aspirin may get swelling of the liver and brain.\n"
    ),
    # A term linked to the paper it comes from, and a reading list of links with remarks.
    "Reef/Mortality.md": (
        "# Reef Mortality\n\n## Causes\n\n"
        "* Sedimentation - sediments smother coral colonies\n"
        "* [Bioerosion](https://example.org/Glynn\\(inpress\\).pdf) - any organism that erodes"
        " and weakens the skeletons of reef-building species.\n\n## Источники\n\n"
        "- [Coral Reefs Explained](https://example.org/reefs) - хороший обзор\n"
    ),
    "Arduino/Pullup Resistors.md": (
        "Keep an input pin at a known level when the button is open.\n"
    ),
    "Arduino/Multitasking and non blocking delays.md": (
        "Use millis() instead of delay() so the loop keeps running.\n"
    ),
    # "Non-maximum suppression" is no subject of these notes; "maximum" alone is.
    "Math/Extrema.md": "# Maximum\n\nThe largest value a function takes.\n",
    "Sets/Алгебра.md": "Система подмножеств, замкнутая относительно объединения и дополнения.\n",
    "Sets/σ-алгебра.md": "Алгебра множеств, замкнутая и относительно счётных объединений.\n",
    "Sets/Борелевская σ-алгебра.md": (
        "Наименьшая σ-алгебра множеств, содержащая все открытые множества.\n"
    ),
}

CASES: list[Case] = [
    ("an unwritten word for the kind of idea asked", "spiral model?", "Spiral"),
    ("an unwritten word for the kind of idea asked", "what is the waterfall approach",
     "Waterfall"),
    ("an unknown thing beside a name is still refused", "what is the spiral affinity", None),
    ("a note's own line comparing two names", "taxis vs kinesis", "Taxis"),
    ("the words after both sides belong to both",
     "difference between Broca's and Wernicke's aphasia", "Broca's Aphasia"),
    ("a comma after the second side opens the question", "RWMutex vs Mutex, когда что брать",
     "RWMutex"),
    ("a comparing heading without the shared words",
     "разница между BEFORE и AFTER триггерами", "AFTER vs BEFORE"),
    ("one side is the other's last word", "entropy vs cross entropy", "Entropy"),
    ("a side the notes name better without the shared words",
     "алгебра vs сигма-алгебра множеств", "Алгебра"),
    ("an everyday word asked in the other language", "что такое голландская болезнь?",
     "Dutch Disease"),
    ("an everyday word asked in the other language", "что такое стандарт разумного человека",
     "The Reasonable Person"),
    ("a plain name, an arrow, what it is", "what is a right join", "RIGHT JOIN"),
    ("a swapped acronym of initials only coined", "what is PBR", None),
    ("initials coined from a note's file name", "what is BPR", "blinn-phong-reflection"),
    ("a Latin name heard as two Russian words", "что такое мип-мапы", "mipmaps"),
    ("only a word for the kind of idea is held", "что такое паттерн Saga?", None),
    ("a term linked to its source", "what is bioerosion", "Bioerosion"),
    ("a study phrase asked in the other language", "что такое подтягивающий резистор",
     "Pullup Resistors"),
    ("'non' before a word the notes write apart from it", "multitaskng and non blocking delays",
     "Multitasking and non blocking delays"),
    ("'non-' typed with its hyphen is one word", "what is a non-maximum value", None),
    ("an English contraction is no word typed in the other layout",
     "why shouldn't young kids get aspirin with a viral infection", "Reye's syndrome"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_compared_sides(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "lookup failure classes (compared sides)", capsys)


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("reflected vs stored XSS", ("reflected XSS", "stored XSS")),
        ("RWMutex vs Mutex, когда что брать", ("RWMutex", "Mutex")),
        ("entropy vs cross entropy", ("entropy", "cross entropy")),
        ("чем TCP отличается от UDP", ("TCP", "UDP")),
    ],
)
def test_the_sides_a_comparison_names(question: str, sides: tuple[str, str]) -> None:
    assert comparisons.sides(question) == sides


def test_sides_without_their_shared_words() -> None:
    assert comparisons.untailed(("reflected XSS", "stored XSS")) == ("reflected", "stored")
    assert comparisons.untailed(("TCP", "UDP")) is None


def test_comparing_and_arrowed_lines_keep_their_text() -> None:
    cards = {c.title: c for c in index_of(NOTES).cards}
    assert cards["Taxis vs Kinesis"].definition.startswith("taxis is directed orientation")
    assert cards["Kinesis"].definition.startswith("a change in activity")
    assert cards["LEFT JOIN"].definition == "All rows from the left table."
    assert cards["Bioerosion"].definition.startswith("any organism that erodes")
    assert "Coral Reefs Explained" not in cards  # a reading list's entry is no term
    # A condition before an arrow names nothing.
    assert not any(title.startswith("If no row") for title in cards)


def test_a_heading_asking_the_question_answers_it() -> None:
    result = lookup(index_of(NOTES), "что такое FastAPI")
    assert result.found and result.best is not None
    assert result.best.note == "Web/FastAPI/Конспект"
    assert result.best.definition.startswith("это современный веб-фреймворк")


def test_contractions_are_english_words() -> None:
    said = [w for w, _ in question.words_of(index_of(NOTES), "why can't kids take aspirin")]
    assert said == ["kids", "aspirin"]  # "can" and "take" are function words here
