"""A 2,000-note Obsidian vault: cold load, warm load from the cache, one changed note, memory.

Every load runs in a fresh process (bench/vaultchild.py), as a restart of the bot does:
cold is an empty cache folder (the cache is written at the end of the load and that time is
included), warm is the cache the previous load left, and "one changed note" edits one note
between loads. Times are `load_library` alone; the child's imports are reported beside them.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench.stats import Row, median, seconds
from bench.workspace import Workspace

PROJECT = Path(__file__).resolve().parent.parent
COLD_TARGET_S = 2.0
WARM_TARGET_S = 0.5
RSS_TARGET_MB = 120.0


def child(content: Path, cache_dir: Path | None) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "bench.vaultchild", str(content), str(cache_dir or "-")],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        raise RuntimeError(f"bench.vaultchild failed:\n{out.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "runs": runs,
        "load_median_s": round(median([r["load_s"] for r in runs]), 3),
        "import_median_s": round(median([r["import_s"] for r in runs]), 3),
        "loaded_median_mb": round(median([r["loaded_mb"] for r in runs]), 1),
        "ready_median_mb": round(median([r["ready_mb"] for r in runs]), 1),
        "peak_median_mb": round(median([r["peak_mb"] for r in runs]), 1),
        "parsed_max": max(r["parsed"] for r in runs),
        # Per run: a code change while the bench runs invalidates the cache (as it should).
        "parsed": ", ".join(str(r["parsed"]) for r in runs),
    }


def run(ws: Workspace) -> tuple[list[Row], dict[str, Any]]:
    vault = ws.vault_dir
    cache_dir = ws.root / "vault-cache"
    repeats = 1 if ws.quick else 3
    cold_runs, plain_runs, warm_runs, changed_runs = [], [], [], []
    for _ in range(repeats):
        plain_runs.append(child(vault, None))
        shutil.rmtree(cache_dir, ignore_errors=True)
        cold_runs.append(child(vault, cache_dir))
    for _ in range(repeats + 2):
        warm_runs.append(child(vault, cache_dir))
    files = sorted(vault.rglob("*.md"))
    note = files[len(files) // 2]
    original = note.read_bytes()
    try:
        for i in range(repeats + 2):
            note.write_bytes(original + f"\n- **Правка {i}** — новая строка заметки\n".encode())
            changed_runs.append(child(vault, cache_dir))
    finally:
        note.write_bytes(original)
    cold, plain, warm, changed = (
        _summary(r) for r in (cold_runs, plain_runs, warm_runs, changed_runs)
    )
    notes, cards = cold_runs[0]["notes"], cold_runs[0]["cards"]
    size = sum(p.stat().st_size for p in cache_dir.iterdir()) / 2**20
    data = {
        "notes": notes,
        "cards": cards,
        "cache_mb": round(size, 1),
        "cold": cold,
        "cold_without_cache_folder": plain,
        "warm": warm,
        "one_changed_note": changed,
    }
    rows = [
        Row(
            section="vault",
            name=f"vault {notes:,} notes cold (s), {cards:,} cards",
            value=seconds(cold["load_median_s"]),
            target=f"<= {COLD_TARGET_S:g} s",
            met=cold["load_median_s"] <= COLD_TARGET_S,
            note=(
                f"fresh process, empty cache, writing it included ({size:.0f} MB); without a "
                f"cache folder {plain['load_median_s']:.2f} s; imports "
                f"{cold['import_median_s']:.2f} s more"
            ),
        ),
        Row(
            section="vault",
            name="vault warm from cache (s)",
            value=seconds(warm["load_median_s"]),
            target=f"<= {WARM_TARGET_S:g} s",
            met=warm["load_median_s"] <= WARM_TARGET_S and warm["parsed_max"] == 0,
            note=f"fresh process; notes parsed per run: {warm['parsed']}",
        ),
        Row(
            section="vault",
            name="one changed note (s)",
            value=seconds(changed["load_median_s"]),
            target="re-reads that note alone",
            met=changed["parsed_max"] == 1,
            note=f"fresh process, index rebuilt; notes parsed per run: {changed['parsed']}",
        ),
        Row(
            section="vault",
            name="idle RSS after load (MB)",
            value=f"{cold['ready_median_mb']:.0f} MB",
            target=f"< {RSS_TARGET_MB:g} MB",
            met=cold["ready_median_mb"] < RSS_TARGET_MB,
            note=(
                f"cold load + one question; peak {cold['peak_median_mb']:.0f} MB; from the "
                f"cache {warm['loaded_median_mb']:.0f} MB, {warm['ready_median_mb']:.0f} MB "
                "after one question"
            ),
        ),
    ]
    return rows, data
