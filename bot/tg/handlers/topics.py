"""Topics: /topics lists them as buttons (a tap starts a quiz), /topic sets the chat's own."""

from __future__ import annotations

from telegram import Update

from bot.services.quizmaker import MAX_QUIZ
from bot.services.types import QuizRefusal
from bot.tg import render
from bot.tg.common import chat_info, lang_of, reply
from bot.tg.context import Ctx
from bot.tg.permissions import is_chat_admin

MAX_TOPIC_ARG = 200


async def topics_command(update: Update, context: Ctx) -> None:
    """/topics [word]: every topic, or those under the topic the word names."""
    lang, chat = lang_of(update), chat_info(update)
    if chat is None:
        return
    within = " ".join(context.args or [])[:MAX_TOPIC_ARG]
    listing = await context.bot_data.services.topics.listing(chat.id, within)
    if isinstance(listing, QuizRefusal):
        await reply(update, *render.refusal(listing, lang, MAX_QUIZ))
        return
    await reply(update, *render.topics_reply(listing, lang))


async def topic_command(update: Update, context: Ctx) -> None:
    """/topic shows the chat's topic; /topic NAME|all changes it (group admins only)."""
    lang, chat = lang_of(update), chat_info(update)
    if chat is None:
        return
    topics = context.bot_data.services.topics
    name = " ".join(context.args or [])[:MAX_TOPIC_ARG]
    if not name.strip():
        await reply(update, render.chat_topic(await topics.chat_topic(chat.id), lang))
        return
    if not await is_chat_admin(update, context):
        await reply(update, render.text(lang, "admins_only"))
        return
    changed = await topics.set_chat_topic(chat, name)
    if isinstance(changed, QuizRefusal):
        await reply(update, *render.refusal(changed, lang, MAX_QUIZ))
        return
    await reply(update, render.chat_topic(changed, lang, changed=True))
