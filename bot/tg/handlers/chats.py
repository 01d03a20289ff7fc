"""The bot's own membership, and buttons nothing else claims (forged or from old versions)."""

from __future__ import annotations

import logging

from telegram import Chat, Update
from telegram.constants import ChatType, ParseMode
from telegram.error import TelegramError

from bot.i18n import language, t
from bot.tg import render
from bot.tg.context import Ctx
from bot.tg.handlers.access import is_allowed

logger = logging.getLogger(__name__)


async def my_chat_member(update: Update, context: Ctx) -> None:
    """Added to a group: say how to use the bot there. Removed or blocked: stop pushes and
    end running quizzes in that chat."""
    change = update.my_chat_member
    if change is None:
        return
    status, before = change.new_chat_member.status, change.old_chat_member.status
    chat = change.chat
    if status in ("kicked", "left"):
        logger.info("removed from chat %s (%s)", chat.id, status)
        await context.bot_data.services.quizzes.chat_gone(chat.id)
    elif before in ("left", "kicked") and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP):
        logger.info("added to chat %s", chat.id)
        await _greet(update, context, chat)


async def _greet(update: Update, context: Ctx, chat: Chat) -> None:
    lang = language(update.effective_user.language_code if update.effective_user else None)
    data = context.bot_data
    if is_allowed(data.settings, update):
        greeting = render.group_greeting(lang, data.reads_groups)
    else:
        greeting = render.text(lang, "greet_not_allowed", chat_id=chat.id)
    try:
        await context.bot.send_message(chat.id, greeting, parse_mode=ParseMode.HTML)
    except TelegramError as err:  # added and removed at once, or not allowed to write
        logger.warning("could not greet chat %s: %s", chat.id, err)


async def stale_button(update: Update, _context: Ctx) -> None:
    query = update.callback_query
    if query is not None:
        await query.answer(t(language(query.from_user.language_code), "stale_button"))
