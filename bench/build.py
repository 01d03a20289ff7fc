"""Knowledge-base build time: read and parse the notes, then index them, from cold caches."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from bench.stats import Row, median, seconds
from bench.workspace import Workspace, clear_word_caches
from bot.content.cache import gc_paused, with_term
from bot.content.loader import load_content
from bot.core.models import KnowledgeBase
from bot.core.search import Index, build_index
from bot.core.text import is_cyrillic, words
from bot.morph import _analyzer, lemma, lemmatize
from bot.services import Library

TARGET_S = 2.0


def _build_once(folder: Path) -> tuple[float, float, KnowledgeBase, Index]:
    """One build as `load_library` makes it without a cache (collector paused, each distinct
    word lemmatized once by the build itself)."""
    clear_word_caches()
    with gc_paused():
        started = time.perf_counter()
        kb = load_content(folder)
        parsed = time.perf_counter()
        index = with_term(build_index(kb.cards, lemma), lemmatize)
        done = time.perf_counter()
    return parsed - started, done - parsed, kb, index


def _lemmatizing_cost(kb: KnowledgeBase) -> tuple[int, float]:
    """How many distinct Russian word forms the notes have, and the time to lemmatize them."""
    forms: set[str] = set()
    for card in kb.cards:
        for part in (card.title, *card.aliases, card.definition, *card.items, *card.section):
            forms.update(w for w in words(part) if is_cyrillic(w))
        for detail in card.details:
            forms.update(w for w in words(detail.text) if is_cyrillic(w))
    clear_word_caches()
    started = time.perf_counter()
    for form in forms:
        lemmatize(form)
    return len(forms), time.perf_counter() - started


def _measure(folder: Path, runs: int) -> tuple[dict[str, Any], KnowledgeBase, Index]:
    parse_s: list[float] = []
    index_s: list[float] = []
    total_s: list[float] = []
    kb: KnowledgeBase | None = None
    index: Index | None = None
    for _ in range(runs):
        p, i, kb, index = _build_once(folder)
        parse_s.append(p)
        index_s.append(i)
        total_s.append(p + i)
    assert kb is not None
    assert index is not None
    forms, lemma_s = _lemmatizing_cost(kb)
    data = {
        "runs": runs,
        "cards": len(kb.cards),
        "terms": len(index.vocab),
        "median_s": round(median(total_s), 3),
        "parse_median_s": round(median(parse_s), 3),
        "index_median_s": round(median(index_s), 3),
        "all_s": [round(t, 3) for t in total_s],
        "russian_forms": forms,
        "lemmatize_forms_s": round(lemma_s, 3),
    }
    return data, kb, index


def run(ws: Workspace) -> tuple[list[Row], dict[str, Any]]:
    _analyzer()  # the dictionary loads once per process (part of start-up, timed there)
    seed, _, _ = _measure(ws.seed_dir, 3 if ws.quick else 7)
    big_dir = ws.big_dir
    big, kb, index = _measure(big_dir, 1 if ws.quick else 3)
    ws.set_big(Library(content_dir=big_dir, kb=kb, index=index))
    rows = []
    for label, data in (("seed", seed), (f"{ws.cards:,} cards", big)):
        rows.append(
            Row(
                section="build",
                name=f"KB build, {label} ({data['cards']:,} cards, {data['terms']:,} terms)",
                value=seconds(data["median_s"]),
                target=f"<= {TARGET_S:.0f} s",
                met=data["median_s"] <= TARGET_S,
                note=(
                    f"parse {data['parse_median_s']:.2f} s + index {data['index_median_s']:.2f}"
                    f" s; lemmatizing {data['russian_forms']:,} Russian forms alone"
                    f" {data['lemmatize_forms_s']:.2f} s"
                ),
                data=data,
            )
        )
    return rows, {"seed": seed, "big": big}
