"""Lookup of English notes asked in Russian by the name of a scientist: the name made an
adjective ("доплеровский эффект", "гауссовское распределение"), its possessive ("кеплеровы
законы", "жорданова форма"), an English "ew" said "ью" (Newton ~ Ньютон), and a Greek "au"
spelled "ав" (авторитет ~ authority). One table row
per failure class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.core.text import sound_key
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    "Waves/Doppler Effect.md": (
        "# Doppler Effect\n\nThe change in frequency of a wave for an observer moving"
        " relative to its source.\n"
    ),
    "Orbits/Kepler's Laws.md": (
        "# Kepler's Laws\n\nThree laws describing the motion of planets around the sun.\n"
    ),
    "Stats/Gaussian Distribution.md": (
        "# Gaussian Distribution\n\nA continuous distribution shaped as a symmetric bell"
        " around its mean.\n"
    ),
    "Stats/Bayesian Inference.md": (
        "# Bayesian Inference\n\nUpdating the probability of a hypothesis as evidence arrives.\n"
    ),
    "Algebra/Jordan Form.md": (
        "# Jordan Form\n\nA block diagonal matrix similar to a given one, with eigenvalues"
        " on its diagonal.\n"
    ),
    "Algebra/Canonical Form.md": (
        "# Canonical Form\n\nThe one form every object of a class is brought to.\n"
    ),
    "Mechanics/Newton's Laws.md": (
        "# Newton's Laws\n\nThree laws relating the forces on a body to its motion.\n"
    ),
    "Mechanics/Friction.md": "# Friction\n\nA force resisting sliding between surfaces.\n",
    "Network/Authority.md": (
        "# Authority\n\nThe server owns the true state of replicated actors; clients only"
        " predict it.\n"
    ),
}

CASES: list[Case] = [
    ("a name made an adjective with '-ов-'", "что такое доплеровский эффект?",
     "Doppler Effect"),
    ("a name made an adjective with '-ов-'", "ньютоновские законы", "Newton's Laws"),
    ("a name made an adjective for an English '-ian'", "гауссовское распределение",
     "Gaussian Distribution"),
    ("a name made an adjective for an English '-ian'", "что такое байесовский вывод",
     "Bayesian Inference"),
    ("a name's possessive", "кеплеровы законы это что", "Kepler's Laws"),
    ("a name's possessive, its 'ж' an English 'j'", "что такое жорданова форма",
     "Jordan Form"),
    ("an English 'ew' said 'ью'", "законы Ньютона", "Newton's Laws"),
    ("an adjective of no name the notes have", "что такое марковская цепь", None),
    ("a Greek 'au' spelled 'ав'", "что значит авторитет сервера", "Authority"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_of_names_by_ear(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "lookup failure classes (names by ear)", capsys)


@pytest.mark.parametrize(
    ("english", "russian"),
    [("newton", "ньютон"), ("review", "ревью"), ("interview", "интервью"), ("lewis", "льюис")],
)
def test_an_english_ew_sounds_as_the_russian_yu(english: str, russian: str) -> None:
    assert sound_key(english) == sound_key(russian)
