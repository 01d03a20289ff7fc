"""The Application with real HTTP long polling against the fake server, in this process.

Used where a test needs to steer the clock (daily pushes, speed points) while everything
else is real: HTTP, polling, the job queue and the database.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace

from bot.config import Settings
from bot.services import Tutor
from bot.tg.app import ALLOWED_UPDATES, App, _post_init, _post_shutdown, build_application
from tests.fakeapi import FakeBotAPI


@asynccontextmanager
async def polling_app(api: FakeBotAPI, tutor: Tutor, settings: Settings) -> AsyncIterator[App]:
    settings = replace(settings, token=api.token, api_url=api.url)
    app = build_application(settings, tutor=tutor)
    await app.initialize()
    await _post_init(app)
    await app.start()
    assert app.updater is not None
    mark = api.mark()
    await app.updater.start_polling(allowed_updates=ALLOWED_UPDATES, poll_interval=0.0, timeout=1)
    await api.wait_for("getUpdates", after=mark)
    try:
        yield app
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        await _post_shutdown(app)
