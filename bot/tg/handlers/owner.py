"""Owner commands: /reload (and SIGHUP) re-read the notes, keeping the old ones on errors."""

from __future__ import annotations

import asyncio
import logging
import signal
from typing import Any

from telegram import Update

from bot.core.models import ContentErrors
from bot.tg import render
from bot.tg.common import lang_of, reply
from bot.tg.context import Ctx
from bot.tg.permissions import is_owner

logger = logging.getLogger(__name__)


async def reload_command(update: Update, context: Ctx) -> None:
    lang = lang_of(update)
    if not is_owner(update, context):
        await reply(update, render.text(lang, "owners_only"))
        return
    library = context.bot_data.services.library
    errors = await library.reload()
    await reply(update, render.reload_result(errors, library.kb, lang))


def install_sighup(app: Any) -> None:
    """SIGHUP re-reads the content folder (e.g. after editing the mounted notes)."""
    previous = app.post_init

    async def post_init(application: Any) -> None:
        if previous is not None:
            await previous(application)
        loop = asyncio.get_running_loop()
        pending: set[asyncio.Task[ContentErrors | None]] = set()

        def on_hup() -> None:
            task = loop.create_task(application.bot_data.services.library.reload())
            pending.add(task)
            task.add_done_callback(pending.discard)

        hup = getattr(signal, "SIGHUP", None)
        try:
            if hup is None:
                raise RuntimeError("no SIGHUP")
            loop.add_signal_handler(hup, on_hup)
        except RuntimeError:  # also the not-implemented case of event loops without signals
            logger.info("SIGHUP reload is not available on this platform")

    app.post_init = post_init
