"""Lookup on lecture notes that define terms in running prose, and on questions that say how
the answer is wanted:
- a name given as "т.н." with a dash after it ("изучении т.н. Субитизации - возможности
  ..."): the name in the nominative, however pymorphy3 first reads an unknown word (as an
  indeclinable abbreviation), and the sentence whole, an abbreviation's full stop ending no
  sentence;
- how the answer is wanted ("простыми словами", "на пальцах", "real quick", "in simple
  terms") and who is asked ("can someone explain"): the question is about the thing;
- "what counts as X", "что считается X": what X is;
- a bold name with its other name in brackets, the first words' initials then its last word
  ("**root-mean-square amplitude** (rms amplitude), which is ..."): named both ways, the
  bracket no part of what it is;
- a Russian word whose consonants alone line up with an English word of the notes
  ("пылесос" ~ place, "взять" ~ waste) is no word the notes surely hold: an everyday
  question is not answered from such readings;
- a name the notes misspell by one vowel ("Forward secracy") where the right spelling is a
  word of the notes too: asked spelled right, it is that name;
- a sentence inside a paragraph saying what a thing of two or three words is, its last
  word again as its kind ("A linear circuit is a circuit composed by ..."): a term;
- a name on its own line over the sentences saying what it is, in a list of one-line
  entries ("- Shuffle Hash Join" / "  Сначала два набора ..." / "- Broadcast Hash Join");
- an aside between "is called the" and the name ("the (short) Weierstrass equation");
- the kind of idea a question asks of ("superposition principle", "концепция X") weighs
  little beside the name;
- words of physics, electronics and cryptography asked in the other language ("electric
  susceptibility", "встреча посередине").
One table row per failure class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.core.notes import parse_note
from bot.morph import nominative
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    "psy/cognitive-millers-law.md": (
        "# Закон Миллера\n\n## Определение\n\nЗакон Миллера - одно из когнитивных ограничений"
        " человека: кратковременная память не удерживает более 7 ± 2 элементов.\n\n"
        "Исследования Кована основаны на изучении т.н. Субитизации - возможности"
        " моментального определения количества предметов в поле зрения.\nВыяснилось, что"
        " до четырёх предметов люди осознают моментально.\n"
    ),
    "psy/cognitive-load.md": (
        "# Когнитивная нагрузка\n\nКогнитивная нагрузка - объём умственных усилий,"
        " нужных для решения задачи.\n"
    ),
    "signals/sinusoidal_signals.md": (
        "# Sinusoidal Signals\n\nWave function: V = A sin(2πft).\n\nCommon nomenclature:\n\n"
        "- **peak-to-peak amplitude** (pp amplitude) ↔ twice the amplitude.\n"
        "- **root-mean-square amplitude** (rms amplitude), which is Vrms = 0.707A for"
        " sinewaves only.\n"
    ),
    "signals/decibels.md": (
        "# Decibels\n\nBy definition, the ratio of two signals, in decibels (dB), is"
        " 10 log10(P2/P1).\n"
    ),
    "circuits/linearity_and_superposition.md": (
        "# Linearity and Superposition\n\n"
        'Linear circuits can be analysed with a technique called "Superposition".\n'
        "A linear circuit is a circuit composed by independent sources, linear elements,\n"
        "and linear dependent sources. Those all have a linear voltage-current relationship.\n"
    ),
    "circuits/delta_wye_conversion.md": (
        "# Δ-Y (Delta-Wye) Conversion\n\nWhen series and parallel simplifications fail, the"
        " same principle turns three resistors in a triangle into a star.\n"
    ),
    "crypto/mitm.md": (
        "# Meet in the middle attack\n\nDouble encryption with two keys falls to a table of"
        " all encryptions under the first key matched against all decryptions under the"
        " second.\n"
    ),
    "astro/star.md": (
        "# Star\n\n- Self-luminous, gaseous objects that fuse elements\n"
        "- Considered a star when it can sustain itself through nuclear reactions\n"
    ),
    "crypto/mac.md": (
        "# MAC\n\nA tag authenticates a message.\n\n# C-MAC NIST standard\n\n"
        "The last evaluation only processes padding bits. Some might say that this is a waste"
        " of resources: why do you need it in the first place? NIST does some kind of domain"
        " separation here.\n"
    ),
    "crypto/forward secracy.md": (
        "Forward secracy is the property that if the long-term secrets leak, past sessions"
        " stay secret.\n"
    ),
    "crypto/secrecy.md": (
        "# Perfect secrecy\n\nA cipher has perfect secrecy when the ciphertext tells nothing"
        " of the plaintext.\n\n## Secrecy and key length\n\nPerfect secrecy needs a key as"
        " long as the message; computational secrecy does not.\n"
    ),
    "spark/Joins.md": (
        "## Типы JOIN\n  #### Физические\n  - Shuffle Hash Join\n    Сначала два набора"
        " входных данных выравниваются по схеме разделения, затем для каждого раздела"
        " строится хэш-таблица.\n  - Broadcast Hash Join\n  - Sort Merge Join\n"
    ),
    "sql/PhysicalJoins.md": (
        "# Физические джойны\n\n## Hash Join\n\nЭкви-джоин большой и маленькой таблицы:"
        " маленькая помещается в память.\n"
    ),
    "crypto/eliptic curve.md": (
        "# Elliptic curve\n\nAn elliptic curve is the set of points (x, y) with"
        " y^2 = x^3 + ax + b.\nThis is called the (short) Weierstrass equation  \nThere is"
        " one point that is always on the curve.\n"
    ),
    "physics/1-20-ferroelectrics.md": (
        "# 1.20 Сегнетоэлектрики\n\nСегнетоэлектрики − кристаллические диэлектрики, у"
        " которых в определённом интервале температур есть спонтанная поляризация.\n"
    ),
    "physics/1-16-polarisability.md": (
        "# 1.16 Поляризованность\n\nПоляризованность диэлектриков линейно зависит от"
        " напряжённости внешнего поля: P = χε₀E, где χ (буква хи) − это **диэлектрическая"
        " восприимчивость вещества**, величина, характеризующая способность к"
        " поляризации.\n"
    ),
}

CASES: list[Case] = [
    ("a name given as 'т.н.', a dash after it", "что такое субитизация?", "Субитизация"),
    ("a name given as 'т.н.', a dash after it", "субитизация", "Субитизация"),
    ("how the answer is wanted", "can someone explain decibels real quick", "Decibels"),
    ("how the answer is wanted", "что такое субитизация простыми словами", "Субитизация"),
    ("what counts as a thing", "what counts as a linear circuit?", "linear circuit"),
    ("consonants alone are no sure reading", "какой пылесос взять, если дома кошка?", None),
    ("a name misspelled by one vowel in the notes", "what is forward secrecy?",
     "forward secracy"),
    ("a name misspelled by one vowel in the notes", "what is perfect secrecy?",
     "Perfect secrecy"),
    ("a sentence stating what a thing is, inside a paragraph", "what is a linear circuit",
     "linear circuit"),
    ("a name on its own line over sentences, among one-line entries",
     "what is shuffle hash join", "Shuffle Hash Join"),
    ("an aside between 'is called the' and the name", "Weierstrass equation",
     "Weierstrass equation"),
    ("the kind of idea asked weighs little", "superpositon principle", "Superposition"),
    ("words asked in the other language", "расскажи про атаку «встреча посередине»",
     "Meet in the middle attack"),
    ("words asked in the other language", "electric susceptibility",
     "диэлектрическая восприимчивость вещества"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_lecture_prose(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES, inflect=True), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(
        index_of(NOTES, inflect=True), CASES, "lookup failure classes (lecture prose)", capsys
    )


def _cards(path: str) -> dict[str, str]:
    note = parse_note(NOTES[path], path, note=path.removesuffix(".md"), nominative=nominative)
    return {c.title: c.definition for c in note.cards}


def test_a_so_called_name_keeps_its_whole_sentence() -> None:
    said = _cards("psy/cognitive-millers-law.md")["Субитизация"]
    assert said.startswith("Исследования Кована основаны на изучении т.н. Субитизации - ")


def test_the_bracketed_other_name_leaves_the_definition() -> None:
    note = parse_note(NOTES["signals/sinusoidal_signals.md"], "signals/sinusoidal_signals.md")
    rms = next(c for c in note.cards if c.title == "root-mean-square amplitude")
    assert rms.aliases == ("rms amplitude",)
    assert rms.definition.startswith("which is Vrms")
    pp = next(c for c in note.cards if c.title == "peak-to-peak amplitude")
    assert pp.definition == "twice the amplitude."


def test_a_sentence_naming_its_subjects_kind_again_is_its_definition() -> None:
    said = _cards("circuits/linearity_and_superposition.md")["linear circuit"]
    assert said.startswith("A linear circuit is a circuit composed by independent sources")
    # "Linear circuits can be analysed with ..." says what is done with them, not what they are.
    assert "Linear circuits" not in _cards("circuits/linearity_and_superposition.md")
    text = (
        "# Testing\n\nWe write tests. A good test is a test that fails for one reason. The"
        " first step is the step that sets up data.\nA unit test is a test of one function.\n"
    )
    named = {c.title for c in parse_note(text, "testing.md", note="testing").cards}
    assert "unit test" in named
    assert not named & {"good test", "first step"}  # which one, not a name
