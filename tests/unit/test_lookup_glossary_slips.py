"""Lookup on lecture glossaries written in haste: among "- **Spine** - modified leaf"
entries, one that forgot its dash ("- **bracts** brightly colored leaves ...") still names
its term; an entry whose bold name begins a sentence ("**State** is an important actor",
"**Reinfection** with the same pathogen") or a remark in brackets does not. One table row per
failure class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.core.notes import parse_note
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    "ReadingNotes/chapter7.md": (
        "# Chapter 7 - Leaves\n\n## 7.6 - Specialised Leaves\n\n"
        "- **Shade Leaves** - large leaves grown where little sunlight reaches\n"
        "- **Tendrils** - leaves curl tightly around an object\n"
        "- Storage leaves\n    - store carbs\n"
        "- **Spine** - modified leaf with spiny structures\n"
        "- **bracts** brightly colored leaves surround an inconspicuous flower\n"
        "- **Insect Trapping plants**\n    - grow in areas with limited nitrogen\n"
        "- **Reinfection** with the same pathogen throughout life\n"
        "- **Population is approximately normal** (especially for small samples)\n"
    ),
}

CASES: list[Case] = [
    ("an entry that forgot its dash, among dashed ones", "what are bracts", "bracts"),
    ("an entry that forgot its dash, among dashed ones", "spine", "Spine"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_glossary_slips(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "lookup failure classes (glossary slips)", capsys)


def test_a_sentence_or_remark_after_a_bold_name_is_no_definition() -> None:
    path = "ReadingNotes/chapter7.md"
    cards = {c.title: c for c in parse_note(NOTES[path], path, note="chapter7").cards}
    assert cards["bracts"].definition == "brightly colored leaves surround an inconspicuous flower"
    assert "Reinfection" not in cards
    assert "Population is approximately normal" not in cards
