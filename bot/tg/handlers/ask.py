"""Definitions: /start, /help, /define, questions in chats, inline queries, card buttons."""

from __future__ import annotations

import re
import time

from telegram import (
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatType, ParseMode

from bot.i18n import language, t
from bot.tg import render
from bot.tg.callbacks import decode
from bot.tg.common import chat_info, lang_of, reply, user_info
from bot.tg.context import Ctx
from bot.tg.throttle import Verdict

MAX_QUESTION_CHARS = 300
MAX_INLINE_QUERY = 256
INLINE_LIMIT = 10


async def start(update: Update, context: Ctx) -> None:
    user = user_info(update)
    await context.bot_data.services.people.seen(user, chat_info(update))
    await reply(update, render.text(lang_of(update), "start", name=user.name if user else ""))


async def help_command(update: Update, context: Ctx) -> None:
    """/help for the kind of chat: a group's says what privacy mode lets the bot see."""
    chat, lang = update.effective_chat, lang_of(update)
    if chat is not None and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP):
        data = context.bot_data
        await reply(update, render.group_help(lang, data.username, data.reads_groups))
    else:
        await reply(update, render.help_text(lang))


async def _answer_question(update: Update, context: Ctx, question: str) -> None:
    lang = lang_of(update)
    if not question.strip():
        await reply(update, render.text(lang, "empty_question"))
        return
    user = update.effective_user
    if user is not None:
        verdict = context.bot_data.throttle.check(user.id, time.monotonic())
        if verdict is Verdict.DROP:
            return
        if verdict is Verdict.WARN:
            await reply(update, render.text(lang, "slow_down"))
            return
    answer = context.bot_data.services.library.answer(question[:MAX_QUESTION_CHARS])
    parts, markup = render.answer_reply(answer.result, lang, answer.related)
    for i, part in enumerate(parts):
        await reply(update, part, markup if i == len(parts) - 1 else None)


async def define(update: Update, context: Ctx) -> None:
    await _answer_question(update, context, " ".join(context.args or []))


def _mentions_bot(message: Message, username: str) -> str | None:
    """The text without the bot's @mention when the message mentions the bot, else None."""
    if not username or not message.text:
        return None
    handle = f"@{username}".lower()
    text = message.text
    for entity, value in message.parse_entities([MessageEntity.MENTION]).items():
        if value.lower() == handle:
            return (text[: entity.offset] + text[entity.offset + entity.length :]).strip()
    # Some clients send the handle without an entity: match it as a whole word.
    found = re.search(rf"(?<!\w){re.escape(handle)}(?!\w)", text, flags=re.IGNORECASE)
    if found:
        return (text[: found.start()] + text[found.end() :]).strip()
    return None


def _addressed(message: Message, chat_type: str, context: Ctx) -> str | None:
    """The question in a message meant for the bot, or None for chatter it should ignore.

    Private chat: every text. Groups: `?term`, @mentions and replies to the bot only.
    """
    text = message.text or ""
    if chat_type == ChatType.PRIVATE:
        return text
    if text.startswith("?"):
        return text[1:]
    mention = _mentions_bot(message, context.bot_data.username)
    if mention is not None:
        return mention
    replied = message.reply_to_message
    author = replied.from_user if replied is not None else None
    return text if author is not None and author.id == context.bot.id else None


async def text_message(update: Update, context: Ctx) -> None:
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None or not message.text:
        return
    question = _addressed(message, chat.type, context)
    if question is not None:
        await _answer_question(update, context, question)


async def inline_query(update: Update, context: Ctx) -> None:
    query = update.inline_query
    if query is None:
        return
    lang = language(query.from_user.language_code)
    text = query.query[:MAX_INLINE_QUERY]
    cards = context.bot_data.services.library.inline(text) if text.strip() else []
    results = [
        InlineQueryResultArticle(
            id=card.id,
            title=card.title[:256],
            description=(card.definition or card.section_path)[:200] or None,
            input_message_content=InputTextMessageContent(
                render.split_message(render.card_html(card, lang))[0], parse_mode=ParseMode.HTML
            ),
        )
        for card in cards[:INLINE_LIMIT]
    ]
    await query.answer(results, cache_time=60, is_personal=False)


async def card_button(update: Update, context: Ctx) -> None:
    """A "related card" or suggestion button: show that card in the chat."""
    query = update.callback_query
    chat = update.effective_chat
    if query is None:
        return
    lang = language(query.from_user.language_code)
    data = decode(query.data)
    library = context.bot_data.services.library
    card = library.card(data.args[0]) if data else None
    if card is None:
        await query.answer(t(lang, "stale_button"))
        return
    await query.answer()
    if chat is None:
        return
    parts, markup = render.card_reply(card, lang, library.related(card))
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        await context.bot.send_message(
            chat.id, part, parse_mode=ParseMode.HTML, reply_markup=markup if last else None
        )


async def unknown_command(update: Update, _context: Ctx) -> None:
    chat = update.effective_chat
    if chat is not None and chat.type == ChatType.PRIVATE:
        await reply(update, render.text(lang_of(update), "unknown_command"))
