"""Shared fixtures: the seed knowledge base (loaded once) and a fresh database per test."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.content.loader import default_content_dir
from bot.services import Library, Tutor, load_library
from bot.storage.repo import Repository

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
SEED = ROOT.parent / "shared" / "seed" / "docker.md"


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
    assert default_content_dir() == CONTENT
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
