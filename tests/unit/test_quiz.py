"""Quiz generation: Telegram's limits, exactly one intended answer, nothing given away."""

from __future__ import annotations

import random

import pytest

from bot.core.models import Card, Question
from bot.core.quiz import (
    generate,
    is_correct,
    question_problems,
    questions_for_card,
    shorten,
)
from bot.core.text import fold
from bot.services import Library


def test_shorten_cuts_at_word_boundaries() -> None:
    assert shorten("short text", 100) == "short text"
    cut = shorten("один два три четыре пять", 15)
    assert cut == "один два три…"
    assert len(cut) <= 15
    assert shorten("сверхдлинноеслово", 5) is None


def test_every_generated_question_fits_telegram(library: Library) -> None:
    kb = library.kb
    for seed in range(30):
        questions = generate(kb.cards, random.Random(seed), 300, curated=kb.curated)
        # Each card at most once: the notes supply fewer than 300 distinct questions.
        assert 12 <= len(questions) < 300
        assert len({q.card_id for q in questions}) == len(questions)
        for q in questions:
            assert question_problems(q) == [], q
            assert len(q.correct) == 1
            assert q.card_id in kb.by_id
            assert all(o.strip(" .…") for o in q.options), q


def test_generated_kinds_and_sources(library: Library) -> None:
    kb = library.kb
    sources = {
        q.source
        for seed in range(10)
        for q in generate(kb.cards, random.Random(seed), 200, curated=kb.curated)
    }
    assert {"generated:term", "generated:definition", "generated:item"} <= sources
    assert any(s.startswith("curated:quizzes/docker.yaml") for s in sources)


@pytest.mark.parametrize("seed", range(5))
def test_questions_never_contain_their_answer(library: Library, seed: int) -> None:
    kb = library.kb
    for card in kb.cards:
        for q in questions_for_card(kb.cards, card, random.Random(seed)):
            answer = q.options[q.correct[0]]
            assert fold(answer) not in fold(q.question), q


def test_term_question_masks_the_title(library: Library) -> None:
    kb = library.kb
    card = next(c for c in kb.cards if c.title == "Docker image")
    (q,) = [
        x
        for x in questions_for_card(kb.cards, card, random.Random(3))
        if x.source == "generated:term"
    ]
    # Its alias «образ» would give the answer away, so it is masked too.
    assert "«это неизменяемый …, из которого разворачивается контейнер»" in q.question
    assert q.options[q.correct[0]] == "Docker image"
    assert "Docker image" not in q.question


def test_list_question_distractors_are_not_in_the_list(library: Library) -> None:
    kb = library.kb
    network = next(c for c in kb.cards if c.title == "Docker Network")
    for seed in range(10):
        qs = [
            q
            for q in questions_for_card(kb.cards, network, random.Random(seed))
            if q.source == "generated:item"
        ]
        (q,) = qs
        right = q.options[q.correct[0]]
        assert right in ("bridge", "host", "none")
        wrong = [o for i, o in enumerate(q.options) if i not in q.correct]
        assert not set(wrong) & {"bridge", "host", "none"}


def test_same_seed_same_questions(library: Library) -> None:
    kb = library.kb
    a = generate(kb.cards, random.Random(9), 15, curated=kb.curated)
    b = generate(kb.cards, random.Random(9), 15, curated=kb.curated)
    assert a == b


def test_focus_limits_cards(library: Library) -> None:
    kb = library.kb
    ids = [c.id for c in kb.cards if c.title in ("Dockerfile", "Docker CLI")]
    qs = generate(kb.cards, random.Random(4), 2, focus=ids)
    assert {q.card_id for q in qs} <= set(ids)


def test_long_definitions_are_shortened_not_broken() -> None:
    long_def = " ".join(["слово"] * 120)
    cards = [
        Card(id="a", title="Alpha", definition=long_def, section=("S",)),
        Card(id="b", title="Beta", definition="короткое определение", section=("S",)),
        Card(id="c", title="Gamma", definition="ещё одно определение", section=("S",)),
    ]
    for q in generate(cards, random.Random(5), 30):
        assert question_problems(q) == []
        for option in q.options:
            assert option.endswith(("…", "е", "a", "e")) or option in ("Alpha", "Beta", "Gamma")
            assert "слов…" not in option


def test_is_correct() -> None:
    q = Question(id="x", card_id="c", question="?", options=("a", "b"), correct=(1,))
    assert is_correct(q, [1])
    assert not is_correct(q, [0])
    assert not is_correct(q, [0, 1])


def test_question_problems_reports_limits() -> None:
    q = Question(
        id="x",
        card_id="c",
        question="x" * 301,
        options=("a",) * 11,
        correct=(12,),
        explanation="e" * 201,
    )
    problems = question_problems(q)
    assert "question must be 1..300 characters" in problems
    assert "needs 2..10 options" in problems
    assert "options must be unique" in problems
    assert "explanation longer than 200 characters" in problems
