"""Lookup on glossaries written in small letters, each name a bullet over the bullets that say
what it is ("- liquidity trap" / "    + everyone prefers to hold cash ..."): every name is a
card of its own, defined by its first bullet however short, with a small word inside
("velocity of money") or another name in brackets ("fiat currency (fiat money)"). A list of
remarks in small letters stays the note's. One table row per failure class, the count per
class printed."""

from __future__ import annotations

import pytest

from bot.core.notes import parse_note
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

TERMS = (
    "- output:\n"
    "    + quantity of goods and services produced in a given time period\n"
    "        * measured in GDP per capita\n\n"
    "- financial instruments\n\n"
    "- deflation\n"
    "    + negative inflation rate\n"
    "    + == purchasing power of money grows, the value of goods decreases\n\n"
    "- Okun's law\n"
    "    + relationship between unemployment and losses in country production\n\n"
    "- velocity of money\n"
    "    + refers to how fast money passes on from one holder to the next\n"
    "        * income velocity: how often one unit of currency buys new goods\n\n"
    "- fiat currency (fiat money)\n"
    "    + money which has no intrinsic value, established by govt regulation\n\n"
    "- aggregate demand/ aka domestic final demand\n"
    "    + total demand for final goods and services in the economy at a point in time\n"
)
NOTES = {
    "commerce/macroeconomics_terms.md": TERMS,
    "commerce/bonds.md": "# Bonds\n\n- bearer bonds\n    + unregistered debt security\n",
    "commerce/plan.md": (
        "- прочитать главу два\n    + про деньги и банки\n"
        "- спросить преподавателя\n    + когда начинается экзамен\n"
    ),
}

CASES: list[Case] = [
    ("a name in small letters over its bullets", "what is okun's law", "Okun's law"),
    ("a name in small letters over its bullets", "deflation", "deflation"),
    ("a small word inside the name", "velocity of money", "velocity of money"),
    ("another name in brackets", "what is fiat money", "fiat currency"),
    ("another name after a slash and aka", "domestic final demand", "aggregate demand"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_small_glossaries(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "lookup failure classes (small glossaries)", capsys)


def _cards(path: str) -> dict[str, str]:
    name = path.rsplit("/", 1)[-1].removesuffix(".md")
    return {c.title: c.definition for c in parse_note(NOTES[path], path, note=name).cards}


def test_each_name_is_defined_by_its_first_bullet() -> None:
    cards = _cards("commerce/macroeconomics_terms.md")
    assert cards["deflation"] == "negative inflation rate"
    assert cards["output"] == "quantity of goods and services produced in a given time period"
    assert cards["velocity of money"].startswith("refers to how fast money passes")
    assert cards["aggregate demand"].startswith("total demand for final goods")
    # The note is the glossary, not the definition of its first entry.
    assert cards["macroeconomics_terms"] == ""


def test_a_plan_in_small_letters_names_no_terms() -> None:
    cards = _cards("commerce/plan.md")
    assert "прочитать главу два" not in cards
    assert "про деньги и банки" not in cards.values()
