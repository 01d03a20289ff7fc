"""Lookup latency and accuracy: the bot's index against a naive full scan, in the same run.

The naive baseline is one `rapidfuzz.process.extractOne` (default scorer WRatio, rapidfuzz's
default processing) over every card's title, aliases and text per question. It "finds" a
card when the best score reaches a cutoff; the cutoff is the one that gives the baseline its
best accuracy on the seed list (swept over 50..95), so the comparison is generous to it.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from rapidfuzz import fuzz, process, utils

from bench.cases import Case
from bench.questions import SEED_CASES
from bench.stats import Row, latency, ms, ratio
from bench.workspace import Workspace
from bot.core.models import Card
from bot.services import Library

SEED_P99_MS = 1.0
BIG_P99_MS = 20.0
CUTOFFS = tuple(range(50, 100, 5))


def card_text(card: Card) -> str:
    parts = [card.title, *card.aliases, card.definition, *card.items]
    parts += [d.text for d in card.details]
    return " ".join(p for p in parts if p)


class Baseline:
    """Brute force: score the question against the whole text of every card."""

    def __init__(self, cards: Sequence[Card]) -> None:
        self.cards = tuple(cards)
        self.choices = [utils.default_process(card_text(c)) for c in self.cards]

    def best(self, question: str) -> tuple[str | None, float]:
        found = process.extractOne(
            utils.default_process(question), self.choices, scorer=fuzz.WRatio, processor=None
        )
        if found is None:
            return None, 0.0
        return self.cards[found[2]].title, float(found[1])


def _run(
    library: Library, baseline: Baseline, cases: Sequence[Case], rounds: int, base_rounds: int
) -> dict[str, Any]:
    """Time both per question (interleaved, so machine noise hits both alike)."""
    index_ms: list[float] = []
    first_ms: list[float] = []
    base_ms: list[float] = []
    index_got: list[str | None] = []
    base_got: list[tuple[str | None, float]] = []
    clock = time.perf_counter_ns
    for r in range(rounds):
        for case in cases:
            started = clock()
            result = library.ask(case.question)
            elapsed = (clock() - started) / 1e6
            (first_ms if r == 0 else index_ms).append(elapsed)
            if r == 0:
                index_got.append(result.best.title if result.found and result.best else None)
            if r < base_rounds:
                started = clock()
                got = baseline.best(case.question)
                base_ms.append((clock() - started) / 1e6)
                if r == 0:
                    base_got.append(got)
    return {
        "index_all_ms": first_ms + index_ms,
        "index_first_ms": first_ms,
        "base_ms": base_ms,
        "index_got": index_got,
        "base_got": base_got,
    }


def _accuracy(cases: Sequence[Case], got: Sequence[str | None]) -> dict[str, Any]:
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case, answer in zip(cases, got, strict=True):
        per[case.category][0] += int(answer == case.expected)
        per[case.category][1] += 1
    right = sum(v[0] for v in per.values())
    return {
        "right": right,
        "total": len(cases),
        "share": round(right / len(cases), 4) if cases else 0.0,
        "by_category": {k: f"{v[0]}/{v[1]}" for k, v in per.items()},
    }


def _baseline_answers(got: Sequence[tuple[str | None, float]], cutoff: float) -> list[str | None]:
    return [title if score >= cutoff else None for title, score in got]


def _best_cutoff(cases: Sequence[Case], got: Sequence[tuple[str | None, float]]) -> int:
    scored = [(_accuracy(cases, _baseline_answers(got, c))["right"], c) for c in CUTOFFS]
    best = max(s for s, _ in scored)
    return min(c for s, c in scored if s == best)


def _split(values: Sequence[Any], seed_count: int) -> tuple[Any, Any]:
    return values[:seed_count], values[seed_count:]


def run(ws: Workspace) -> tuple[list[Row], dict[str, Any]]:
    seed_cases = list(SEED_CASES)
    seed = _run(
        ws.seed,
        Baseline(ws.seed.kb.cards),
        seed_cases,
        rounds=10 if ws.quick else 50,
        base_rounds=5 if ws.quick else 20,
    )
    cutoff = _best_cutoff(seed_cases, seed["base_got"])
    big_cases = seed_cases + ws.synthetic_cases
    big = _run(
        ws.big,
        Baseline(ws.big.kb.cards),
        big_cases,
        rounds=2 if ws.quick else 5,
        base_rounds=1,
    )
    n = len(seed_cases)
    big_index_seed, big_index_synth = _split(big["index_got"], n)
    big_base = _baseline_answers(big["base_got"], cutoff)
    big_base_seed, big_base_synth = _split(big_base, n)
    synth_cases = big_cases[n:]
    data: dict[str, Any] = {
        "baseline_cutoff": cutoff,
        "seed": {
            "cards": len(ws.seed.kb.cards),
            "questions": n,
            "index": latency(seed["index_all_ms"]),
            "index_first_pass": latency(seed["index_first_ms"]),
            "baseline": latency(seed["base_ms"]),
            "accuracy_index": _accuracy(seed_cases, seed["index_got"]),
            "accuracy_baseline": _accuracy(
                seed_cases, _baseline_answers(seed["base_got"], cutoff)
            ),
        },
        "big": {
            "cards": len(ws.big.kb.cards),
            "questions": len(big_cases),
            "index": latency(big["index_all_ms"]),
            "index_first_pass": latency(big["index_first_ms"]),
            "baseline": latency(big["base_ms"]),
            "accuracy_index_seed_list": _accuracy(seed_cases, big_index_seed),
            "accuracy_baseline_seed_list": _accuracy(seed_cases, big_base_seed),
            "accuracy_index_synthetic": _accuracy(synth_cases, big_index_synth),
            "accuracy_baseline_synthetic": _accuracy(synth_cases, big_base_synth),
        },
    }
    return _rows(data), data


def _rows(data: dict[str, Any]) -> list[Row]:
    rows: list[Row] = []
    cutoff = data["baseline_cutoff"]
    for key, target in (("seed", SEED_P99_MS), ("big", BIG_P99_MS)):
        d = data[key]
        idx, base = d["index"], d["baseline"]
        label = "seed" if key == "seed" else f"{d['cards']:,} cards"
        rounds = idx["n"] // d["questions"]
        rows.append(
            Row(
                section="lookup",
                name=f"Lookup p99, {label} ({d['questions']} questions x {rounds})",
                value=f"{ms(idx['p99_ms'])} (median {ms(idx['median_ms'])})",
                target=f"p99 <= {target:g} ms",
                met=idx["p99_ms"] <= target,
                note=f"first pass p99 {ms(d['index_first_pass']['p99_ms'])}",
            )
        )
        speedup = ratio(base["median_ms"], idx["median_ms"])
        rows.append(
            Row(
                section="lookup",
                name=f"Naive extractOne baseline, {label}",
                value=f"{ms(base['p99_ms'])} (median {ms(base['median_ms'])})",
                target="index faster" if key == "big" else "",
                met=(idx["median_ms"] < base["median_ms"]) if key == "big" else None,
                note=(
                    f"index {speedup:.1f}x faster (median), "
                    f"{ratio(base['p99_ms'], idx['p99_ms']):.1f}x (p99)"
                ),
            )
        )
    seed, big = data["seed"], data["big"]
    rows.append(
        Row(
            section="lookup",
            name=f"Accuracy, seed list on seed ({seed['questions']} questions)",
            value=(
                f"index {seed['accuracy_index']['right']}/{seed['questions']}, "
                f"baseline {seed['accuracy_baseline']['right']}/{seed['questions']}"
            ),
            note=f"baseline found = WRatio score >= {cutoff}",
        )
    )
    n_seed = seed["questions"]
    n_synth = big["questions"] - n_seed
    rows.append(
        Row(
            section="lookup",
            name=f"Accuracy, seed list inside {big['cards']:,} cards",
            value=(
                f"index {big['accuracy_index_seed_list']['right']}/{n_seed}, "
                f"baseline {big['accuracy_baseline_seed_list']['right']}/{n_seed}"
            ),
        )
    )
    rows.append(
        Row(
            section="lookup",
            name=f"Accuracy, synthetic questions ({n_synth})",
            value=(
                f"index {big['accuracy_index_synthetic']['right']}/{n_synth}, "
                f"baseline {big['accuracy_baseline_synthetic']['right']}/{n_synth}"
            ),
            note="names, typos, wrong layout, text words, out of scope",
        )
    )
    return rows
