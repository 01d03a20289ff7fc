"""Lookup on notes a site generator publishes: Hugo's shortcodes (`{{< toc >}}`,
`{{< fig ... >}}`, a `{{< hint >}}` box around text) are the page's furniture, never text;
a science heading ends with the symbol its quantity is written with ("## Molarity $c$"),
which is not part of its name; a term in bold italics ("**_activation energy_** $E_a$ is
...") is bold. One table row per failure class, the count per class
printed."""

from __future__ import annotations

import pytest

from bot.core.notes import parse_note
from bot.core.quizpool import markup_in
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    "content/blog/2021-03-24-bloom-taxonomy.md": (
        '---\ntitle: "Таксономия Блума"\ndraft: false\n---\n\nТаксономия Блума.\n\n'
        "<!--more-->\n\n{{< toc >}}\n\n"
        '## <span class="section-num">1</span> История {#история}\n\n'
        "-   Автором одной из первых схем педагогических целей был Б. Блум.\n"
        "-   Описывает цели познавательной области.\n\n"
        '## <span class="section-num">2</span> Уровни {#уровни}\n\n'
        "-   Знание.\n-   Понимание.\n-   Применение.\n"
    ),
    "content/notes/chemistry/Mixtures and solutions.md": (
        '---\ntitle: "Mixtures and solutions"\n---\n# Concentration\n\n'
        "## Molarity $c$\n\nThe number of moles of the solute in a litre of the solution.\n\n"
        "## Molality $b$\n\nThe number of moles of the solute in a kilogram of the solvent.\n\n"
        "## Choosing $k$\n\nA count of groups is picked before the test.\n"
    ),
    "content/notes/chemistry/kinetics/Reaction energy profile.md": (
        '---\ntitle: "Reaction energy profile"\n---\n- **_activation energy_** $E_a$ is the'
        " energy needed to start a chemical reaction\n# Reaction coordinate\n- graphing the"
        " energy of a reaction gives its _reaction energy profile_\n"
    ),
    "content/notes/chemistry/Thermochemistry.md": (
        "# Energy exchange\n\n## Endothermic process\n\n"
        '{{< fig class="note-fig" src="/images/6-2.png" alt="Energy diagram" >}}\n\n'
        "A process in which heat is gained by the system.\n\n"
        "{{< hint info >}}\nEnthalpy grows in an endothermic process.\n{{< /hint >}}\n"
    ),
}

CASES: list[Case] = [
    ("a note opening with Hugo's table of contents", "что такое таксономия блума?",
     "Таксономия Блума"),
    ("a heading ending in its quantity's symbol", "what's molarity", "Molarity"),
    ("a heading ending in its quantity's symbol", "molality", "Molality"),
    ("a note opening with a bold and italic term, then its symbol", "activation energy",
     "activation energy"),
    ("a section with Hugo's figure and box", "what is an endothermic process?",
     "Endothermic process"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_site_notes(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "lookup failure classes (site notes)", capsys)


def test_shortcodes_are_dropped_and_the_text_they_wrap_kept() -> None:
    path = "content/notes/chemistry/Thermochemistry.md"
    note = parse_note(NOTES[path], path, note="Thermochemistry")
    card = next(c for c in note.cards if c.title == "Endothermic process")
    assert card.definition == "A process in which heat is gained by the system."
    said = " ".join([card.definition, *(d.text for d in card.details)])
    assert "Enthalpy grows in an endothermic process." in said
    assert all(markup_in(c.definition) == [] for c in note.cards)


def test_a_table_of_contents_shortcode_is_no_definition() -> None:
    path = "content/blog/2021-03-24-bloom-taxonomy.md"
    cards = parse_note(NOTES[path], path, note="2021-03-24-bloom-taxonomy").cards
    assert cards[0].title == "Таксономия Блума"
    assert all("{{" not in c.definition for c in cards)


def test_a_symbol_is_a_keyword_and_a_heading_about_it_keeps_its_name() -> None:
    path = "content/notes/chemistry/Mixtures and solutions.md"
    cards = {c.title: c for c in parse_note(NOTES[path], path, note="Mixtures").cards}
    assert "c" in cards["Molarity"].keywords
    # "Choosing $k$": the symbol is what the heading speaks of.
    assert "Choosing k" in cards


def test_the_checker_flags_a_shortcode_left_in_text() -> None:
    assert markup_in('Energy {{< fig src="6-2.png" >}} diagram') == ["{{<"]
    assert markup_in("{{% notice %}} a box") == ["{{%"]
