"""Lookup on sections whose text is hard to see: a heading over a quote of pictures, then
the one line saying what it is. One table row per failure class, the count per class
printed."""

from __future__ import annotations

import pytest

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
}

CASES: list[Case] = [
    ("a quote of pictures between a heading and its line", "what is the Wald test",
     "Wald test"),
    ("a quote of pictures between a heading and its line", "chi-squared test",
     "Chi-squared test"),
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
