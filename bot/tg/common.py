"""Small helpers every Telegram handler shares: who is asking, where, in which language."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.constants import ParseMode

from bot.core.inputs import small_int
from bot.i18n import language
from bot.services.types import ChatInfo, UserInfo

__all__ = ["chat_info", "lang_of", "reply", "small_int", "user_info"]


def user_info(update: Update) -> UserInfo | None:
    user = update.effective_user
    if user is None:
        return None
    return UserInfo(
        id=user.id,
        name=user.full_name or user.username or str(user.id),
        username=user.username,
        lang=language(user.language_code),
    )


def chat_info(update: Update) -> ChatInfo | None:
    chat = update.effective_chat
    if chat is None:
        return None
    return ChatInfo(id=chat.id, type=chat.type, title=chat.title or chat.full_name)


def lang_of(update: Update) -> str:
    user = update.effective_user
    return language(user.language_code if user else None)


async def reply(update: Update, html: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """Reply to the update's message with already rendered HTML."""
    message = update.effective_message
    if message is not None:
        await message.reply_text(html, parse_mode=ParseMode.HTML, reply_markup=markup)
