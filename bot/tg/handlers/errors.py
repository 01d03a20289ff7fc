"""The error handler: log with context, tell the user something short and human."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import (
    BadRequest,
    Conflict,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from bot.i18n import t
from bot.services.types import StorageError
from bot.tg.common import lang_of
from bot.tg.context import Ctx

logger = logging.getLogger(__name__)

# Bad requests that only mean the user was faster than us (or than our restart).
_STALE_REQUESTS = (
    "query is too old",
    "message is not modified",
    "message to edit not found",
    "message to be replied not found",
    "message to delete not found",
    "message can't be edited",
)


def telegram_trouble(error: object) -> str | None:
    """A short reason when `error` is Telegram or the network failing, not a bug of ours."""
    if isinstance(error, Conflict):
        return "another process polls with this token (409 Conflict)"
    if isinstance(error, Forbidden):
        return "Telegram refused (blocked or removed from the chat)"
    if isinstance(error, RetryAfter):
        return "Telegram flood limit"
    if isinstance(error, TimedOut):
        return "Telegram did not answer in time"
    if isinstance(error, BadRequest):
        text = error.message.lower()
        return "stale request" if any(s in text for s in _STALE_REQUESTS) else None
    if type(error) is NetworkError:
        return "cannot reach Telegram"
    return None


async def error_handler(update: object, context: Ctx) -> None:
    """Log the failure with its context and tell the user something short and human.

    Telegram and network trouble is expected: one WARNING line without a traceback, and no
    "something went wrong" message (it would fail the same way, or the reply did arrive).
    """
    where = ""
    if isinstance(update, Update):
        chat = update.effective_chat
        where = f" (update {update.update_id}, chat {chat.id if chat else '-'})"
    trouble = telegram_trouble(context.error)
    if trouble is not None and update is None and context.job is None:
        # A failed getUpdates: bot.tg.network logs each outage once, PTB retries.
        logger.debug("polling: %s: %s", trouble, context.error)
        return
    if trouble is not None:
        logger.warning("%s%s: %s", trouble, where, context.error)
        return
    if isinstance(context.error, StorageError):
        # Full disk, read-only or broken database: an operator problem, one clear line.
        logger.error("cannot use the database%s: %s", where, context.error)
    else:
        logger.error("handler failed%s", where, exc_info=context.error)
    if isinstance(update, Update) and update.effective_message is not None:
        try:
            await update.effective_message.reply_text(t(lang_of(update), "error"))
        except TelegramError as err:
            logger.warning("could not report the error to the chat: %s", err)
