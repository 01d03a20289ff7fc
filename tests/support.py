"""Shared test start-up: settings, the tutor from the composition root, and the Application
three ways (in-process recording, without the rate limiter, real HTTP polling).

Everything is built through `bot.bootstrap` and started with `bot.tg.app.serving`, the same
steps `tutorbot run` takes.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.error import TelegramError
from telegram.request import BaseRequest, RequestData
from typing_extensions import override

from bot import bootstrap
from bot.bootstrap import Tutor
from bot.config import Settings
from bot.services.library import Library
from bot.storage.repo import Repository
from bot.tg.app import ALLOWED_UPDATES, App, build_application, serving
from tests.fakeapi import Call, FakeBotAPI

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
        self.now += timedelta(seconds=seconds)


def settings_for(tmp_path: Path, **overrides: Any) -> Settings:
    base: dict[str, Any] = {
        "token": "123456:TEST-TOKEN",
        "api_url": "http://127.0.0.1:9",
        "db_path": tmp_path / "tutor.db",
        "content_dir": CONTENT,
        "admins": frozenset({999}),
        "heartbeat": tmp_path / "heartbeat",
        "push_interval": 3600.0,
    }
    base.update(overrides)
    return Settings(**base)


async def open_tutor(
    db: Path,
    library: Library,
    clock: FakeClock | None = None,
    *,
    seed: int = 7,
    timezone: str = "Europe/Moscow",
) -> Tutor:
    """The composition root's tutor over `db`, with a steerable clock and a seeded rng."""
    settings = settings_for(db.parent, db_path=db, content_dir=library.content_dir)
    return await bootstrap.open_tutor(
        replace(settings, timezone=timezone),
        lib=library,
        clock=clock or FakeClock(),
        rng=random.Random(seed),
    )


async def answer_count(repo: Repository) -> int:
    """Answers recorded in the database."""
    row = await repo.db.fetchone("SELECT COUNT(*) FROM answers")
    return int(row[0]) if row else 0


async def user_name(repo: Repository, user_id: int) -> str | None:
    row = await repo.db.fetchone("SELECT name FROM users WHERE id = ?", (user_id,))
    return str(row[0]) if row else None


async def integrity(repo: Repository) -> str:
    row = await repo.db.fetchone("PRAGMA integrity_check")
    return str(row[0]) if row else "no result"


async def schema_version(repo: Repository) -> int:
    row = await repo.db.fetchone("PRAGMA user_version")
    return int(row[0]) if row else 0


class RecordingRequest(BaseRequest):
    """Answers Bot API requests from a FakeBotAPI model, in process, and records them there.

    Handler tests see the same realistic objects (and injected faults) as the end-to-end
    tests, and can read every recorded call from `world.calls`.
    """

    read_timeout = 5.0  # what PTB adds to a long poll's timeout; nothing waits in process

    def __init__(self, world: FakeBotAPI) -> None:
        self.world = world

    async def initialize(self) -> None:  # nothing to open or close: the world answers
        return None

    async def shutdown(self) -> None:
        return None

    @override
    async def do_request(  # type: ignore[override]  # timeouts do not apply in process
        self, url: str, method: str, request_data: RequestData | None = None, **_timeouts: Any
    ) -> tuple[int, bytes]:
        head, name = url.rsplit("/", 1)
        token = head.rsplit("/", 1)[1].removeprefix("bot")
        params: dict[str, Any] = {}
        if request_data is not None:
            for key, value in request_data.json_parameters.items():
                try:
                    params[key] = json.loads(value)
                except ValueError:
                    params[key] = value
            for key in ("text", "caption", "question", "explanation", "query"):
                if key in request_data.json_parameters:
                    params[key] = request_data.json_parameters[key]
        call = Call(name, params, time.monotonic())
        self.world.calls.append(call)
        response = await self.world.answer(token, call)
        body = response.body
        assert isinstance(body, bytes)
        return response.status, body


@asynccontextmanager
async def running_app(
    world: FakeBotAPI, tutor: Tutor, settings: Settings, *, rate_limit: bool = True
) -> AsyncIterator[App]:
    """A started Application (job queue running) that tests feed with `feed`.

    The tutor stays open afterwards (its fixture closes it) so tests can inspect the database.
    `rate_limit=False` drops AIORateLimiter, whose 20 messages a minute per group would turn
    a long fuzz run in one group into minutes of waiting.
    """
    request = RecordingRequest(world)
    app = build_application(
        settings,
        tutor.services,
        rate_limit=rate_limit,
        request=request,
        get_updates_request=request,
    )
    async with serving(app):
        yield app


@asynccontextmanager
async def quick_app(world: FakeBotAPI, tutor: Tutor, settings: Settings) -> AsyncIterator[App]:
    async with running_app(world, tutor, settings, rate_limit=False) as app:
        yield app


@asynccontextmanager
async def polling_app(
    api: FakeBotAPI, tutor: Tutor, settings: Settings, **builder_opts: Any
) -> AsyncIterator[App]:
    """The Application long-polling the fake server over HTTP in this process, wired like
    `run_polling` (polling errors go to the error handler), so tests can steer the clock and
    inspect the log while HTTP, polling, the job queue and the database are real."""
    settings = replace(settings, token=api.token, api_url=api.url)
    app = build_application(settings, tutor.services, **builder_opts)
    async with serving(app):
        assert app.updater is not None

        def polling_error(exc: TelegramError) -> None:
            app.create_task(app.process_error(error=exc, update=None))

        mark = api.mark()
        await app.updater.start_polling(
            allowed_updates=ALLOWED_UPDATES,
            poll_interval=0.0,
            timeout=1,
            error_callback=polling_error,
        )
        await api.wait_for("getUpdates", after=mark)
        try:
            yield app
        finally:
            await app.updater.stop()


async def feed(app: App, update: dict[str, Any]) -> None:
    """Process one update the way polling would (handlers run to completion)."""
    await app.process_update(Update.de_json(update, app.bot))
