"""Lookup on study vaults of metrics, physiology and theory courses:
- a metric's name, an equals sign and how it is computed, as a bullet nested under a label
  ("- Stickiness ratio = DAU/MAU"): a term; a variable set to a value ("x = 5") is none;
- an English word the lexicon knows is meant as typed, not as another word two letters off
  ("complement" is not "competent"): a question about it gets no card of the other word;
- the kind of idea a name is, asked before it ("фреймворк 3C"): the name's card, not
  another thing of that kind, nor the card named by the kind;
- a note template's fields left empty ("Up:" / "Next:" under the heading): no definition;
- one English word for a Russian phrase ("interneurons" is «вставочные нейроны»): the card
  named by the whole phrase, not by one of its words;
- how formal the answer should be ("what is a Turing machine formally"): the thing asked;
- an outline bullet of two names sharing their last word, a slash between ("- Synodic month
  / solar month" over its value): a card of the first, named the second way too; "Exotoxin
  / endotoxin" names two things and stays as written;
- one part of a word joined by a hyphen naming a card that never says the other part
  ("what is the half-spread" and the card Half Kelly): another thing, refused.
One table row per failure class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.core.notes import parse_note
from tests.unit.failure_tables import (
    Case,
    assert_answer,
    assert_every_class,
    definitions_of,
    index_of,
)

NOTES = {
    "GoPractice/Retention.md": (
        "## Формула расчета\nDay **N** Retention = (Users Day N / Users Day 0) * 100\n\n"
        "## Как улучшить показатели Retention:\n- Повысить частоту возникновения задачи;\n"
        "- Увеличить добавочную ценность продукта.\n\n- Product/market fit\n\t- Retention\n"
        "\t- Stickiness ratio = DAU/[[MAU]]\n\t- x = 5\n"
    ),
    "GoPractice/Metrics.md": (
        "# Метрики\n\n## DAU\n\nЧисло уникальных пользователей за день.\n\n## MAU\n\n"
        "Число уникальных пользователей за месяц.\n"
    ),
    "Seminar 8. 3C.md": (
        "# 3C\n\n- Customer (Клиент): целевая аудитория и её сегменты.\n"
        "- Company (Компания): сильные и слабые стороны компании.\n"
        "- Competitor (Конкурент): кто ещё решает ту же задачу.\n"
    ),
    "Фреймворки.md": (
        "# Фреймворки\n\nФреймворки помогают разложить задачу на части: каждый фреймворк"
        " задаёт вопросы, которые стоит задать.\n"
    ),
    "microbio/Competence.md": (
        "# Bacterial Competence Systems\n\nCompetent bacteria take up free DNA from their"
        " surroundings; the competence system is switched on by stress.\n"
    ),
    "microbio/Toxins.md": (
        "# Toxin-Antitoxin Systems\n\nA stable toxin and an unstable antitoxin: the system"
        " kills the cell that loses the plasmid.\n"
    ),
    "Нейрон.md": "# Нейрон\n\n- Нейрон – клетка нервной системы, передающая импульсы.\n",
    "Вставочные нейроны.md": (
        "---\ndate: 17-01-2024\ntags: bio\n---\n# Вставочные [[нейрон]]ы\nUp:\nNext:\n\n"
        "- Осуществляют связь между чувствительными и исполнительными нейронами\n"
        "- Образуют основную массу серого вещества спинного мозга\n\n- - - \nkeywords: \n\n"
        "researches:\n1) \n"
    ),
    "astro/the-moon.md": (
        "# The Moon\n\n- 384,000 kilometers from the Earth\n\n## Moonths\n\n- Takes one month"
        " (moonth) to revolve around the Earth\n- Synodic month / solar month\n  - 29.5306"
        " days\n- Sidereal month\n  - 27.3217 days\n- Exotoxin / endotoxin\n  - two kinds\n"
    ),
    "finance/Kelly Criterion.md": (
        "# Kelly Criterion\n\nThe fraction of capital to bet that maximises long-run growth."
        "\n\n## Half Kelly\n\nBetting half the Kelly fraction: most of the growth, far less"
        " drawdown.\n"
    ),
    "finance/Bid-Ask Spread.md": (
        "# Bid-Ask Spread\n\nThe bid-ask spread is the price of immediacy: what you pay to"
        " trade right now.\n\n```\nSpread = Best Ask - Best Bid\nHalf-Spread = Spread / 2"
        "\n```\n"
    ),
    "finance/Fixed Income.md": (
        "# Fixed Income\n\n| Spread | Meaning |\n|---|---|\n| TED spread | LIBOR minus T-bill"
        " |\n| Z-spread | Constant spread over the zero curve |\n| OAS | Spread over Treasury,"
        " option-adjusted |\n| Credit spread | Yield over a risk-free bond |\n\n## Curve trades"
        "\n\nA steepener bets the spread between long and short yields widens; a flattener"
        " bets the spread narrows.\n"
    ),
    "Turing Machine.md": (
        "---\nmathLink: Turing machine\n---\n>[!def]\n>A *Turing machine* is a 7-tuple"
        " (Q, Σ, Γ, δ, q0, q_accept, q_reject) with an infinite tape.\n"
    ),
    "Halt.md": (
        "# Halt\n\nA Turing machine *halts* on an input when it enters an accept or reject"
        " state.\n"
    ),
}

CASES: list[Case] = [
    ("a metric's name, '=', how it is computed", "what is stickiness ratio",
     "Stickiness ratio"),
    ("an English word of the lexicon is meant as typed", "what is the complement system?",
     None),
    ("the kind of idea a name is, asked before it", "что за фреймворк 3C?", "3C"),
    ("one English word for a Russian phrase", "what are interneurons?", "Вставочные нейроны"),
    ("how formal the answer should be", "what is a Turing machine formally",
     "Turing Machine"),
    ("a bullet of two names sharing a word, a slash between", "what is a synodic month?",
     "Synodic month"),
    ("a bullet of two names sharing a word, a slash between", "solar month",
     "Synodic month"),
    ("one part of a hyphen-joined word names another card", "what is the half-spread",
     None),
    ("one part of a hyphen-joined word names another card", "what is half kelly",
     "Half Kelly"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_study_vaults(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES, inflect=True), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(
        index_of(NOTES, inflect=True), CASES, "lookup failure classes (study vaults)", capsys
    )


def _cards(path: str) -> dict[str, str]:
    return definitions_of(NOTES, path)


def test_a_metric_formula_is_a_term_and_a_variable_none() -> None:
    cards = _cards("GoPractice/Retention.md")
    assert cards["Stickiness ratio"] == "Stickiness ratio = DAU/MAU"
    assert "x" not in cards


def test_a_templates_empty_fields_define_nothing() -> None:
    path = "Вставочные нейроны.md"
    card = next(c for c in parse_note(NOTES[path], path, note="Вставочные нейроны").cards)
    assert card.title == "Вставочные нейроны"
    shown = [card.definition, *(d.text for d in card.details)]
    assert not any(t.startswith(("Up:", "keywords", "researches")) for t in shown)
    assert any(t.startswith("Осуществляют связь") for t in shown)


def test_a_slash_between_two_things_splits_nothing() -> None:
    cards = _cards("astro/the-moon.md")
    assert "Synodic month" in cards
    assert "Exotoxin / endotoxin" in cards and "Exotoxin" not in cards
