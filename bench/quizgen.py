"""Quiz generation: 1,000 questions from the seed notes (and a note on how it scales)."""

from __future__ import annotations

import random
import time
from typing import Any

from bench.stats import Row, median, seconds
from bench.workspace import Workspace
from bot.core import quiz, quizpool

TARGET_S = 1.0
N = 1000


def run(ws: Workspace) -> tuple[list[Row], dict[str, Any]]:
    kb = ws.seed.kb
    times: list[float] = []
    made = 0
    for run_no in range(3 if ws.quick else 7):
        started = time.perf_counter()
        questions = quiz.generate(kb.cards, random.Random(run_no), N, curated=kb.curated)
        times.append(time.perf_counter() - started)
        made = len(questions)
        assert all(not quiz.question_problems(q) for q in questions)
    # The first /quiz on a library works out what every card allows to ask (masking names in
    # definitions); later ones reuse it. Measured on slices of the big notes.
    growth: dict[int, float] = {}
    again: dict[int, float] = {}
    big_cards = ws.big.kb.cards
    for size in (250, 1000) if ws.quick else (250, 1000, len(ws.big.kb.cards)):
        cards = big_cards[:size]
        started = time.perf_counter()
        kept = quizpool.pool(cards)  # what a Library keeps after its first /quiz
        quiz.generate(cards, random.Random(1), 5, curated=(), pool=kept)
        growth[size] = round(time.perf_counter() - started, 3)
        started = time.perf_counter()
        quiz.generate(cards, random.Random(2), 5, curated=(), pool=kept)
        again[size] = round(time.perf_counter() - started, 3)
    data = {
        "questions": made,
        "median_s": round(median(times), 4),
        "all_s": [round(t, 4) for t in times],
        "quiz5_seconds_by_cards": growth,
        "quiz5_again_seconds_by_cards": again,
    }
    largest = max(growth)
    rows = [
        Row(
            section="quiz",
            name=f"Quiz generation, {N:,} questions from the seed",
            value=seconds(data["median_s"]),
            target=f"<= {TARGET_S:g} s",
            met=data["median_s"] <= TARGET_S,
            note=f"{made} valid questions",
        ),
        Row(
            section="quiz",
            name="Quiz generation, one /quiz 5 vs notes size (info)",
            value=", ".join(f"{k:,} cards {v:.2f} s" for k, v in growth.items()),
            note=f"{largest:,} / 250 cards: {growth[largest] / max(growth[250], 1e-6):.0f}x time",
        ),
        Row(
            section="quiz",
            name="Quiz generation, the next /quiz 5 on the same notes (info)",
            value=", ".join(f"{k:,} cards {v:.2f} s" for k, v in again.items()),
            note="what the notes allow to ask is worked out once per library",
        ),
    ]
    return rows, data
