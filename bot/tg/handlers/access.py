"""Who the bot serves (TUTOR_ALLOWED_CHATS) and /id, which tells people the ids to list."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop

from bot.config import Settings
from bot.tg import render
from bot.tg.common import lang_of, reply
from bot.tg.context import Ctx


def is_allowed(settings: Settings, update: Update) -> bool:
    """True when the allow-list is empty, for listed groups (anyone in them), listed people
    (in private chats and inline queries) and the bot's owners."""
    allowed = settings.allowed_chats
    if not allowed:
        return True
    user, chat = update.effective_user, update.effective_chat
    if user is not None and user.id in settings.admins:
        return True
    if update.poll_answer is not None:
        return True  # polls are only ever sent to allowed chats
    if chat is not None and chat.type != ChatType.PRIVATE:
        return chat.id in allowed
    return user is not None and user.id in allowed


def chat_allowed(settings: Settings, chat_id: int) -> bool:
    """May the bot write to this chat unasked (a daily push)? A private chat's id is its
    person's id, so the same list decides."""
    allowed = settings.allowed_chats
    return not allowed or chat_id in allowed or chat_id in settings.admins


async def gate(update: Update, context: Ctx) -> None:
    """Runs before every handler: strangers get their id and a way in, nothing else
    (/id itself works for everyone)."""
    if is_allowed(context.bot_data.settings, update) or update.my_chat_member is not None:
        return  # joining a group is answered by the greeting (which knows the list too)
    lang = lang_of(update)
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    text = message.text or "" if message is not None else ""
    command = text.split(maxsplit=1)[0].split("@", 1)[0].lower() if text else ""
    if command == "/id":
        return
    if update.callback_query is not None:
        await update.callback_query.answer(render.not_allowed(lang, chat, user), show_alert=True)
    elif update.inline_query is not None:
        await update.inline_query.answer([], cache_time=0, is_personal=True)
    elif chat is not None and (chat.type == ChatType.PRIVATE or command.startswith("/")):
        # Commands are addressed to the bot: say why it does not serve them, with the id
        # to ask for. Other group chatter is none of its business.
        await reply(update, render.not_allowed(lang, chat, user))
    raise ApplicationHandlerStop


async def id_command(update: Update, _context: Ctx) -> None:
    """/id: the user's id, and the group's in a group (for TUTOR_ADMINS and the allow-list)."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return
    await reply(update, render.ids(lang_of(update), chat.id, user.id, chat.type))
