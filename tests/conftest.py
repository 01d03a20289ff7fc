"""Shared fixtures: the seed knowledge base (loaded once) and a fresh database per test."""

from __future__ import annotations

import logging
import os
import random
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.services import Library, Tutor, load_library
from bot.storage.repo import Repository
from tests.fakeapi import FakeBotAPI

ROOT = Path(__file__).resolve().parent.parent
# The tests' own copy of the seed content: teams edit `content/`, and the suite must not care.
CONTENT = ROOT / "tests" / "fixtures" / "seed"
SEED = CONTENT / "notes" / "docker.md"


class FakeClock:
    """A clock tests move by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 25, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        from datetime import timedelta

        self.now += timedelta(seconds=seconds)


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library(CONTENT)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def repo(tmp_path: Path) -> AsyncIterator[Repository]:
    repository = await Repository.open(tmp_path / "data" / "tutor.db")
    yield repository
    await repository.close()


@pytest.fixture
async def tutor(library: Library, repo: Repository, clock: FakeClock) -> Tutor:
    return Tutor(library=library, repo=repo, clock=clock, rng=random.Random(7))


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
