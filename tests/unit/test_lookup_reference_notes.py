"""Lookup on study wikis of ecology, philosophy and law:
- a heading over one bulleted list of mixed points ("#### [Corallivores](url)" over
  "* Parrotfish", "* Bioeroders like mollusks, ..."): a card of the heading, its points
  under it;
- a Russian word on a borrowed stem whose "г" is an English "h" ("гипотетический" ~
  hypothetical), and words of the lexicon asked in Russian for English notes ("ниша",
  "ошибка" as a fallacy, "практический");
- an English word asked for a Russian note ("presidential republic");
- a letter hyphened to a word typed in the other layout ("з-мфдгу": p-value);
- a proper name of two capitalised words the notes never write ("the Lotka-Volterra
  model"): another subject, refused however well its other words match;
- numbered "Name: what it is" lines kept in a fence with no language ("1. Adverse
  Selection: Compensation for ..."): terms; the fence stays the section's code;
- interview questions in bold with their label ("**Q1: What can invalidate a test?**")
  over "**A:** ...": a card of the question, the answer its definition, no card "A";
- a bold name after "the" glossed by the case it stands for ("the **novelty effect**,
  where users engage more ..."): a term;
- a heading of the name's adjective alone ("### Президентская" over "**Президентская
  республика** – ..."): the card is named by the whole name too.
One table row per failure class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.core.notes import parse_note
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    "coral/food-webs.md": (
        "# Food Webs\n\nTypes of food webs: interactive, functional, energy flow.\n\n"
        "#### [Corallivores ](https://example.org/corallivory)\n\n* Parrotfish&#x20;\n"
        "* Bioeroders like mollusks, annelids, flatworms and echinoderms\n\n"
        "#### Herbivorous fishes\n\n* croppers and browsers graze turf algae\n"
        "* excavators remove pieces of the reef\n"
    ),
    "general-ecology.md": (
        "# General Ecology\n\n* Ecological niche - the sum of all resources an organism"
        " uses in its lifetime\n* Realized niche - the niche an organism really fills\n"
        "* Ecological succession - the change of a community over time\n* Hardy-Weinberg"
        " Equilibrium - allele frequencies stay constant when no evolution acts on them\n\n"
        "## Community ecology\n\n* Assembly rules - constraints on which species can join a"
        " community\n* predator cannot invade a new community without prey\n* competition"
        " excludes species with the same niche\n\n## Isotopes\n\n* Mass balance mixing"
        " models:\n* Bayesian mixing models & R packages\n* Best practices for building a"
        " mixing model\n"
    ),
    "Ethics/Kant.md": (
        "# Kant\n\n## Categorical Imperative\n\nAct only by a maxim you could will to be a"
        " universal law.\n\n## Hypothetical Imperative\n\nAn ought that holds only if you want"
        " the end it serves.\n\n## Practical Reason\n\nThe reason that tells us what to do, not"
        " what to believe.\n\n## Theoretical Reason\n\nThe reason that tells us what to"
        " believe.\n"
    ),
    "Ethics/Metaethics.md": (
        "# Metaethics\n\n## Naturalistic Fallacy\n\nDefining good by a natural property such"
        " as pleasure.\n\n## Open Question Argument\n\nFor any natural property it stays an"
        " open question whether it is good.\n"
    ),
    "Формы правления.md": (
        "# Формы правления\n\n## Республика\n\n**Республика** – форма правления, при которой"
        " власть избирается.\n\n### Президентская\n\n**Президентская республика** – глава"
        " государства избирается народом и возглавляет правительство.\n\n### Парламентская\n\n"
        "**Парламентская республика** – правительство отвечает перед парламентом.\n"
    ),
    "AB Testing.md": (
        "# A/B Testing\n\nComparing two versions of a product on random halves of its users."
        "\n\n### Interview Questions\n\n**Q1: What would you check before launching a test?**"
        '\n**A:** "The sample size: too few users and a real effect goes unseen."\n\n'
        '**Q2: What can invalidate a test?**\n**A:** "A big one is the **novelty effect**,'
        " where users engage more with a feature simply because it is new. Another is"
        ' **peeking** at results early."\n\n**Q3: Why correct for many tests at once?**\n'
        '**A:** "Each test adds its own risk of a false positive."\n'
    ),
    "stats/p-value.md": (
        "# p-value\n\nThe probability of a result at least this extreme if the null hypothesis"
        " holds.\n\n## t-test\n\nCompares a sample mean with a hypothesised one.\n"
    ),
    "finance/Bid-Ask Spread.md": (
        "# Bid-Ask Spread\n\nThe price of immediacy: what you pay to trade right now.\n\n"
        "## Components\n\n```\nSpread = Adverse Selection + Inventory Risk + Order Processing"
        "\n\n1. Adverse Selection: Compensation for trading against informed traders\n"
        "2. Inventory Risk: Risk of holding unwanted positions\n"
        "3. Order Processing: Fixed costs of providing quotes\n```\n\n"
        "## Measuring\n\n```python\nsteps = {\n    1: 'mid',\n}\n```\n"
    ),
}

CASES: list[Case] = [
    ("a heading over one list of mixed points", "what are corallivores", "Corallivores"),
    ("a borrowed stem whose 'г' is an 'h'", "что такое гипотетический императив?",
     "Hypothetical Imperative"),
    ("a word of the lexicon asked in Russian", "что такое экологическая ниша",
     "Ecological niche"),
    ("a word of the lexicon asked in Russian", "натуралистическая ошибка это",
     "Naturalistic Fallacy"),
    ("a word of the lexicon asked in Russian", "что такое практический разум?",
     "Practical Reason"),
    ("an English word for a Russian note", "what is a presidential republic",
     "Президентская"),
    ("a question and its answer labelled in bold", "what can invalidate a test",
     "What can invalidate a test"),
    ("a bold name after 'the', then ', where ...'",
     "how is it called when users engage more with a feature just because it is new?",
     "novelty effect"),
    ("a letter and a word typed in the other layout", "з-мфдгу", "p-value"),
    ("numbered 'Name: what it is' lines in a fence", "what is adverse selection?",
     "Adverse Selection"),
    ("a proper name of two capitalised words the notes lack",
     "how does the Lotka-Volterra predator-prey model work?", None),
    ("a proper name of two capitalised words the notes lack",
     "what is the Hardy-Weinberg equilibrium?", "Hardy-Weinberg Equilibrium"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_reference_notes(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES, inflect=True), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(
        index_of(NOTES, inflect=True), CASES, "lookup failure classes (reference notes)", capsys
    )


def test_a_heading_over_one_list_is_a_card_with_its_points() -> None:
    path = "coral/food-webs.md"
    cards = {c.title: c for c in parse_note(NOTES[path], path, note="food-webs").cards}
    corallivores = cards["Corallivores"]
    shown = [corallivores.definition, *(d.text for d in corallivores.details)]
    shown += [c.title for c in cards.values() if c.parent_id == corallivores.id]
    assert any("Bioeroders like mollusks" in t for t in shown)


def test_a_heading_of_an_adjective_alone_is_named_by_the_whole_name() -> None:
    path = "Формы правления.md"
    cards = {c.title: c for c in parse_note(NOTES[path], path, note="Формы правления").cards}
    assert cards["Президентская"].aliases == ("Президентская республика",)
    assert cards["Республика"].aliases == ()


def test_a_bold_question_over_its_bold_answer_label_is_one_card() -> None:
    path = "AB Testing.md"
    cards = {c.title: c for c in parse_note(NOTES[path], path, note="AB Testing").cards}
    assert "A" not in cards
    asked = cards["What would you check before launching a test"]
    assert asked.definition.startswith('"The sample size')


def test_numbered_entries_in_a_fence_are_terms_and_the_fence_stays_code() -> None:
    path = "finance/Bid-Ask Spread.md"
    cards = {c.title: c for c in parse_note(NOTES[path], path, note="Bid-Ask Spread").cards}
    assert cards["Inventory Risk"].definition == "Risk of holding unwanted positions"
    assert any(d.code and "Spread =" in d.text for d in cards["Components"].details)
    assert "1" not in cards and "steps" not in cards
