"""Child process: load a vault once with `load_library`, as `tutorbot run` does at start-up.

Run as `python -m bench.vaultchild CONTENT CACHE_DIR|-`; prints one JSON object: the load
time, how many notes were really parsed (not taken from the cache), and the resident set
size after the load and after one question (which loads the lemmatizer's dictionary when
the index came from the cache).
"""

from __future__ import annotations

import gc
import json
import resource
import sys
import time
from pathlib import Path

started = time.perf_counter()

import psutil  # noqa: E402 - the imports are timed

import bot.content.loader as loader  # noqa: E402
from bot.core.models import CardKind  # noqa: E402
from bot.services import load_library  # noqa: E402

imported = time.perf_counter()


def _rss_mb() -> float:
    return float(psutil.Process().memory_info().rss / 2**20)


def _peak_mb() -> float:
    """The process's own peak RSS (ru_maxrss on Linux starts at the parent's across exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(content: Path, cache_dir: Path | None) -> dict[str, float | int | bool]:
    parsed = 0
    parse = loader.parse_note

    def counting(*args: object, **kwargs: object) -> object:
        nonlocal parsed
        parsed += 1
        return parse(*args, **kwargs)  # type: ignore[arg-type]

    loader.parse_note = counting  # type: ignore[assignment]
    begin = time.perf_counter()
    library = load_library(content, cache_dir)
    load_s = time.perf_counter() - begin
    gc.collect()
    loaded_mb = _rss_mb()
    cards = library.kb.cards
    term = next((c for c in cards[len(cards) // 2 :] if c.kind is CardKind.TERM), cards[0])
    answer = library.ask(f"что такое {term.title}")
    gc.collect()
    return {
        "import_s": round(imported - started, 3),
        "load_s": round(load_s, 3),
        "parsed": parsed,
        "notes": len(library.kb.notes),
        "cards": len(library.kb.cards),
        "loaded_mb": round(loaded_mb, 1),
        "ready_mb": round(_rss_mb(), 1),
        "peak_mb": round(_peak_mb(), 1),
        "answered": bool(answer.found),
    }


if __name__ == "__main__":
    cache_arg = sys.argv[2]
    print(json.dumps(main(Path(sys.argv[1]), None if cache_arg == "-" else Path(cache_arg))))
