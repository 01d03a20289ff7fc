"""Shared fixtures: the seed knowledge base (loaded once) and a fresh tutor per test."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.bootstrap import Tutor
from bot.services.library import Library, load_library
from tests.fakeapi import FakeBotAPI
from tests.support import CONTENT, FakeClock, open_tutor


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library(CONTENT)


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    """A fake Bot API server on 127.0.0.1 for a bot under test to talk to."""
    async with FakeBotAPI() as server:
        yield server


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def tutor(library: Library, clock: FakeClock, tmp_path: Path) -> AsyncIterator[Tutor]:
    """Services and repository from the composition root, on a fresh database."""
    opened = await open_tutor(tmp_path / "data" / "tutor.db", library, clock)
    yield opened
    await opened.close()


os.environ.setdefault("PTB_TIMEDELTA", "true")


@pytest.fixture(autouse=True)
def no_error_logs(
    caplog: pytest.LogCaptureFixture, request: pytest.FixtureRequest
) -> Iterator[None]:
    """Fail any test during which the bot logged an unhandled error."""
    caplog.set_level(logging.INFO)
    yield
    if request.node.get_closest_marker("allow_error_logs"):
        return
    errors = [r for r in caplog.get_records("call") if r.levelno >= logging.ERROR]
    assert not errors, "errors were logged:\n" + "\n".join(
        f"{r.name}: {r.getMessage()}" for r in errors
    )


@pytest.fixture
def world() -> FakeBotAPI:
    """The fake Bot API's model of Telegram (no server needed for handler tests)."""
    return FakeBotAPI()
