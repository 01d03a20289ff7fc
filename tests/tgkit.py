"""Handler-test kit: a recording BaseRequest answered by the fake Bot API's model, no network.

`RecordingRequest` hands every Bot API call to `FakeBotAPI._answer` in-process, so handler
tests see the same realistic objects (and injected faults) as the end-to-end tests, and can
read every recorded call from `world.calls`.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.request import BaseRequest, RequestData

from bot.config import Settings
from bot.services import Tutor
from bot.tg.app import App, _post_init, build_application
from tests.fakeapi import Call, FakeBotAPI


class RecordingRequest(BaseRequest):
    """Answers Bot API requests from a FakeBotAPI model and records them there."""

    def __init__(self, world: FakeBotAPI) -> None:
        self.world = world

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
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
        response = await self.world._answer(token, call)
        body = response.body
        assert isinstance(body, bytes)
        return response.status, body


def settings_for(tmp_path: Path, **overrides: Any) -> Settings:
    base: dict[str, Any] = {
        "token": "123456:TEST-TOKEN",
        "api_url": "http://127.0.0.1:9",
        "db_path": tmp_path / "tutor.db",
        "content_dir": Path(__file__).resolve().parent / "fixtures" / "seed",
        "admins": frozenset({999}),
        "heartbeat": tmp_path / "heartbeat",
        "push_interval": 3600.0,
    }
    base.update(overrides)
    return Settings(**base)


@asynccontextmanager
async def running_app(world: FakeBotAPI, tutor: Tutor, settings: Settings) -> AsyncIterator[App]:
    """An initialised Application (job queue running) that tests feed with process_update.

    The tutor's repository stays open afterwards (its fixture closes it) so tests can
    inspect the database.
    """
    request = RecordingRequest(world)
    app = build_application(settings, tutor=tutor, request=request, get_updates_request=request)
    await app.initialize()
    await _post_init(app)
    await app.start()
    try:
        yield app
    finally:
        await app.stop()
        await app.shutdown()


async def feed(app: App, update: dict[str, Any]) -> None:
    """Process one update the way polling would (handlers run to completion)."""
    await app.process_update(Update.de_json(update, app.bot))
