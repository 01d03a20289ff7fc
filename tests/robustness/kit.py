"""Shared pieces of the robustness suite: the run's tally, bounded waits, log checks."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Deterministic and modest: the whole suite must stay well under a minute or so.
FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@dataclass
class Tally:
    """What the suite tried; printed as one line at the end of the run (see conftest.py)."""

    bad_inputs: int = 0
    faults: int = 0
    answers_checked: int = 0
    answers_lost: int = 0
    tests: int = 0

    def bad(self, n: int = 1) -> None:
        self.bad_inputs += n

    def survived(self, n: int = 1) -> None:
        """Count faults only once the test has seen the bot keep working after them."""
        self.faults += n

    def answers(self, expected: int, found: int) -> None:
        """Record a data-safety check: `expected` acknowledged answers, `found` in the DB."""
        self.answers_checked += expected
        self.answers_lost += max(0, expected - found)

    def line(self) -> str:
        return (
            f"robustness: {self.bad_inputs} bad inputs tried, {self.faults} faults injected "
            f"and survived, {self.answers_lost} recorded answers lost"
        )


TALLY = Tally()


async def until(
    check: Callable[[], Awaitable[bool] | bool], timeout: float = 10.0, what: str = "condition"
) -> None:
    """Poll `check` every 20 ms until it holds; fail after `timeout` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = check()
        if not isinstance(value, bool):
            value = await value
        if value:
            return
        if loop.time() > deadline:
            raise AssertionError(f"{what} not reached within {timeout}s")
        await asyncio.sleep(0.02)


def records(caplog: pytest.LogCaptureFixture, level: int = logging.WARNING) -> list[str]:
    """'LEVEL name: message' for every record at `level` or above during the test call."""
    return [
        f"{r.levelname} {r.name}: {r.getMessage()}"
        for r in caplog.get_records("call")
        if r.levelno >= level
    ]


def assert_no_token(texts: Iterable[str], token: str) -> None:
    secret = token.split(":", 1)[1]
    for text in texts:
        assert token not in text and secret not in text, f"token leaked: {text[:200]}"


def write_content(
    root: Path, notes: dict[str, str], quizzes: str = "", glossary: str = ""
) -> Path:
    """A content folder: notes/<name>.md, optional quizzes/q.yaml and glossary.yaml."""
    (root / "notes").mkdir(parents=True, exist_ok=True)
    for name, text in notes.items():
        (root / "notes" / f"{name}.md").write_text(text, encoding="utf-8")
    if quizzes:
        (root / "quizzes").mkdir(exist_ok=True)
        (root / "quizzes" / "q.yaml").write_text(quizzes, encoding="utf-8")
    if glossary:
        (root / "glossary.yaml").write_text(glossary, encoding="utf-8")
    return root
