"""Shared pieces of the robustness suite: the run's tally, bounded waits, log checks."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from telegram.error import TelegramError

from bot.config import Settings
from bot.services import Tutor
from bot.tg.app import ALLOWED_UPDATES, App, _post_init, _post_shutdown, build_application
from tests.fakeapi import FakeBotAPI
from tests.tgkit import RecordingRequest

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


@asynccontextmanager
async def http_app(
    api: FakeBotAPI, tutor: Tutor, settings: Settings, **builder_opts: Any
) -> AsyncIterator[App]:
    """The Application polling the fake server over HTTP in this process, wired like
    `run_polling` (polling errors go to the error handler) so the log can be inspected."""
    settings = replace(settings, token=api.token, api_url=api.url)
    app = build_application(settings, tutor=tutor, **builder_opts)
    await app.initialize()
    await _post_init(app)
    await app.start()
    assert app.updater is not None

    def polling_error(exc: TelegramError) -> None:
        app.create_task(app.process_error(error=exc, update=None))

    mark = api.mark()
    await app.updater.start_polling(
        allowed_updates=ALLOWED_UPDATES, poll_interval=0.0, timeout=1, error_callback=polling_error
    )
    await api.wait_for("getUpdates", after=mark)
    try:
        yield app
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        await _post_shutdown(app)


@asynccontextmanager
async def quick_app(world: FakeBotAPI, tutor: Tutor, settings: Settings) -> AsyncIterator[App]:
    """`tests.tgkit.running_app` without AIORateLimiter.

    The limiter's 20 messages a minute per group would turn a long fuzz run in one group into
    minutes of waiting; the handlers, the recording request and the fake's checks are the same.
    """
    request = RecordingRequest(world)
    app = build_application(
        settings, tutor=tutor, rate_limit=False, request=request, get_updates_request=request
    )
    await app.initialize()
    await _post_init(app)
    await app.start()
    try:
        yield app
    finally:
        await app.stop()
        await app.shutdown()
