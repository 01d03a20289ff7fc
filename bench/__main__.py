"""`python -m bench [--quick] [--json] [--only SECTION ...]`: run the benchmarks, print a table."""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil

from bench import bigvault, build, daily, lookup, process, quizgen, throughput
from bench.stats import Row
from bench.workspace import Workspace

Section = Callable[[Workspace], tuple[list[Row], dict[str, Any]]]
SECTIONS: dict[str, Section] = {
    "build": build.run,
    "vault": bigvault.run,
    "lookup": lookup.run,
    "throughput": throughput.run,
    "daily": daily.run,
    "process": process.run,
    "quiz": quizgen.run,
}


def machine() -> dict[str, Any]:
    try:
        load = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        load = []
    return {
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "cpus": os.cpu_count(),
        "cpu_model": _cpu_model(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "load_average": load,
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def table(rows: list[Row]) -> str:
    """A Markdown table (it reads fine in a terminal and pastes into the README)."""
    header = ("measure", "result", "target", "met", "notes")
    lines = [header]
    for row in rows:
        met = "" if row.met is None else ("yes" if row.met else "**no**")
        lines.append((row.name, row.value, row.target, met, row.note))
    out = []
    for i, line in enumerate(lines):
        out.append("| " + " | ".join(cell.replace("|", "/") for cell in line) + " |")
        if i == 0:
            out.append("|" + "|".join(" --- " for _ in line) + "|")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, smaller loads")
    parser.add_argument(
        "--only", nargs="+", choices=sorted(SECTIONS), help="run only these sections"
    )
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--save", type=Path, help="also write the JSON report to this file")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # A benchmark keeps the event loop busy on purpose: late job runs are expected here.
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
    names = args.only or list(SECTIONS)
    load_before = machine()["load_average"]
    started = time.perf_counter()
    rows: list[Row] = []
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="tutorbot-bench-") as tmp:
        root = args.keep or Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        ws = Workspace(root=root, quick=args.quick)
        for name in names:
            section_started = time.perf_counter()
            if not args.json:
                print(f"… {name}", file=sys.stderr, flush=True)
            section_rows, data = SECTIONS[name](ws)
            data["section_seconds"] = round(time.perf_counter() - section_started, 1)
            rows.extend(section_rows)
            results[name] = data
    report = {
        "machine": {**machine(), "load_average_before": load_before},
        "quick": args.quick,
        "seconds": round(time.perf_counter() - started, 1),
        "setup": ws.timings,
        "rows": [r.as_json() for r in rows],
        "targets_met": sum(1 for r in rows if r.met),
        "targets_missed": [r.name for r in rows if r.met is False],
        "results": results,
    }
    text = json.dumps(report, ensure_ascii=False, default=str)
    if args.save:
        args.save.write_text(text + "\n", encoding="utf-8")
    if args.json:
        print(text)
    else:
        m = report["machine"]
        print(table(rows))
        print(
            f"\n{m['cpus']} CPUs ({m['cpu_model']}), {m['memory_gb']} GB, Python {m['python']},"
            f" load average {m['load_average_before']} before, {m['load_average']} after;"
            f" {report['seconds']:.0f} s"
            f"{' (--quick)' if args.quick else ''}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
