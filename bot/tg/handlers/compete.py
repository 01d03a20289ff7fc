"""Group competitions and weak spots: /compete, /stop of a round, /weak."""

from __future__ import annotations

from telegram import Update

from bot.core.inputs import leading_numbers
from bot.services.quizmaker import MAX_QUIZ
from bot.services.rounds import COMPETE_DEFAULT_N, COMPETE_DEFAULT_SECONDS, COMPETE_MAX_N
from bot.services.types import QuizRefusal
from bot.tg import flow, render
from bot.tg.common import chat_info, lang_of, reply, user_info
from bot.tg.context import Ctx
from bot.tg.permissions import is_chat_admin


def _numbers(args: list[str]) -> list[int] | None:
    """The first two arguments as integers, or None when one is not a number."""
    try:
        return [int(a) for a in args[:2]]
    except ValueError:
        return None


async def compete_command(update: Update, context: Ctx) -> None:
    lang = lang_of(update)
    chat, user = chat_info(update), user_info(update)
    if chat is None or user is None:
        return
    if not chat.is_group:
        await reply(update, render.text(lang, "compete_group_only"))
        return
    if not await is_chat_admin(update, context):
        await reply(update, render.text(lang, "admins_only"))
        return
    numbers, topic = leading_numbers(context.args or [], 2)
    values = _numbers(numbers)
    if values is None:
        await reply(update, render.text(lang, "compete_bad"))
        return
    n = values[0] if values else COMPETE_DEFAULT_N
    seconds = values[1] if len(values) > 1 else COMPETE_DEFAULT_SECONDS
    services = context.bot_data.services
    started = await services.rounds.start(chat, user, n, seconds, topic=topic or None)
    if isinstance(started, QuizRefusal):
        await reply(update, *render.refusal(started, lang, COMPETE_MAX_N, group=True))
        return
    await reply(update, render.compete_start(started, lang))
    await flow.send_step(context.bot, context.job_queue, services, started)


async def stop_round(update: Update, context: Ctx) -> bool:
    """/stop while a round runs: an administrator ends it. False when no round runs."""
    chat = chat_info(update)
    services = context.bot_data.services
    if chat is None or not await services.rounds.is_running(chat.id):
        return False
    if not await is_chat_admin(update, context):
        await reply(update, render.text(lang_of(update), "admins_only"))
        return True
    stopped = await services.rounds.stop(chat.id)
    if stopped is not None:
        flow.cancel_quiz(context.job_queue, stopped.quiz_id)
        if stopped.result is not None:
            await flow.send_end(context.bot, stopped.result)
    return True


async def weak_command(update: Update, context: Ctx) -> None:
    lang = lang_of(update)
    chat = chat_info(update)
    if chat is None:
        return
    topic = " ".join(context.args or []) or None
    weak = await context.bot_data.services.progress.weak(chat.id, topic)
    if isinstance(weak, QuizRefusal):
        await reply(update, *render.refusal(weak, lang, MAX_QUIZ))
        return
    if not weak.cards:
        await reply(update, render.text(lang, "weak_none"))
        return
    await reply(update, *render.weak_reply(weak, chat.id, lang))
