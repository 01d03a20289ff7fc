"""The bot's own membership, and buttons nothing else claims (forged or from old versions)."""

from __future__ import annotations

import logging

from telegram import Update

from bot.i18n import language, t
from bot.tg.context import Ctx

logger = logging.getLogger(__name__)


async def my_chat_member(update: Update, context: Ctx) -> None:
    """The bot was removed or blocked: stop pushes and end running quizzes in that chat."""
    change = update.my_chat_member
    if change is None:
        return
    status = change.new_chat_member.status
    if status in ("kicked", "left"):
        logger.info("removed from chat %s (%s)", change.chat.id, status)
        await context.bot_data.services.quizzes.chat_gone(change.chat.id)


async def stale_button(update: Update, _context: Ctx) -> None:
    query = update.callback_query
    if query is not None:
        await query.answer(t(language(query.from_user.language_code), "stale_button"))
