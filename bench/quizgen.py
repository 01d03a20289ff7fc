"""Quiz generation: 1,000 questions from the seed notes (and a note on how it scales)."""

from __future__ import annotations

import random
import time
from typing import Any

from bench.stats import Row, median, seconds
from bench.workspace import Workspace
from bot.core import quiz

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
    # `generate` writes one question per quizzable card per round before cutting to n, and
    # ranks every other card for each question's distractors: a small /quiz costs
    # O(cards²). Measured on slices of the big notes to show the growth without a long run.
    growth: dict[int, float] = {}
    big_cards = ws.big.kb.cards
    for size in (250, 1000) if ws.quick else (250, 1000, len(ws.big.kb.cards)):
        started = time.perf_counter()
        quiz.generate(big_cards[:size], random.Random(1), 5, curated=())
        growth[size] = round(time.perf_counter() - started, 3)
    data = {
        "questions": made,
        "median_s": round(median(times), 4),
        "all_s": [round(t, 4) for t in times],
        "quiz5_seconds_by_cards": growth,
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
    ]
    return rows, data
