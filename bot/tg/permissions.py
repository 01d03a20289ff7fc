"""Who may change group settings: chat administrators (asked from Telegram) and owners."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError

from bot.tg.context import Ctx

logger = logging.getLogger(__name__)


async def is_chat_admin(update: Update, context: Ctx) -> bool:
    """True in private chats, for group administrators, and for the bot's owners."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return False
    if chat.type == ChatType.PRIVATE:
        return True
    if user.id in context.bot_data.settings.admins:
        return True
    try:
        member = await context.bot.get_chat_member(chat.id, user.id)
    except TelegramError as err:
        logger.warning("cannot check admin rights in chat %s: %s", chat.id, err)
        return False
    return member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


def is_owner(update: Update, context: Ctx) -> bool:
    user = update.effective_user
    return user is not None and user.id in context.bot_data.settings.admins
