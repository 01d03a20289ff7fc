"""Small statistics and the report row every section returns."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


def percentile(samples: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100): a value that was actually measured."""
    if not samples:
        return math.nan
    ordered = sorted(samples)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples) if samples else math.nan


def latency(samples_ms: Sequence[float]) -> dict[str, float]:
    """Median, p99 and max of latencies in milliseconds."""
    return {
        "n": len(samples_ms),
        "median_ms": round(median(samples_ms), 4),
        "p99_ms": round(percentile(samples_ms, 99), 4),
        "max_ms": round(max(samples_ms), 4) if samples_ms else math.nan,
    }


@dataclass(slots=True, kw_only=True)
class Row:
    """One line of the table: a measured value, its target (if any) and whether it is met."""

    section: str
    name: str
    value: str
    target: str = ""
    met: bool | None = None
    note: str = ""
    data: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "section": self.section,
            "name": self.name,
            "value": self.value,
            "target": self.target or None,
            "met": self.met,
            "note": self.note or None,
        }


def ms(value: float) -> str:
    if value >= 100:
        return f"{value:.0f} ms"
    if value >= 10:
        return f"{value:.1f} ms"
    return f"{value:.2f} ms"


def seconds(value: float) -> str:
    return f"{value:.2f} s" if value < 100 else f"{value:.0f} s"


def ratio(a: float, b: float) -> float:
    return a / b if b else math.inf
