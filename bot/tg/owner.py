"""Owner commands: /reload (and SIGHUP) re-read the notes, keeping the old ones on errors."""

from __future__ import annotations

import asyncio
import logging
import signal
from html import escape
from typing import Any

from telegram import Update

from bot.core.models import ContentErrors
from bot.i18n import t
from bot.services import Tutor, load_library
from bot.tg.context import Ctx
from bot.tg.handlers import lang_of, reply
from bot.tg.permissions import is_owner

logger = logging.getLogger(__name__)
MAX_ERRORS_SHOWN = 10


async def reload_library(tutor: Tutor) -> ContentErrors | None:
    """Swap in freshly loaded notes; on bad content keep the current ones and return the errors."""
    try:
        current = tutor.library
        library = await asyncio.to_thread(load_library, current.content_dir, current.cache_dir)
    except ContentErrors as errors:
        logger.warning("content reload failed, keeping the previous notes:\n%s", errors)
        return errors
    tutor.library = library
    logger.info("content reloaded: %d cards", len(library.kb.cards))
    return None


async def reload_command(update: Update, context: Ctx) -> None:
    lang = lang_of(update)
    if not is_owner(update, context):
        await reply(update, escape(t(lang, "owners_only")))
        return
    tutor = context.bot_data.tutor
    errors = await reload_library(tutor)
    if errors is None:
        kb = tutor.library.kb
        await reply(update, escape(t(lang, "reload_ok", notes=len(kb.notes), cards=len(kb.cards))))
    else:
        shown = "\n".join(str(e) for e in errors.errors[:MAX_ERRORS_SHOWN])
        await reply(update, escape(t(lang, "reload_failed", errors=shown)))


def install_sighup(app: Any) -> None:
    """SIGHUP re-reads the content folder (e.g. after editing the mounted notes)."""
    previous = app.post_init

    async def post_init(application: Any) -> None:
        if previous is not None:
            await previous(application)
        loop = asyncio.get_running_loop()
        pending: set[asyncio.Task[ContentErrors | None]] = set()

        def on_hup() -> None:
            task = loop.create_task(reload_library(application.bot_data.tutor))
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
