"""Group competitions over Telegram: /compete, standings, podium, /stop, /weak."""

from __future__ import annotations

import logging
from html import escape
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import ExtBot

from bot.i18n import plural, t
from bot.services import QuizRefusal, QuizStep, Tutor
from bot.services.groups import COMPETE_DEFAULT_N, COMPETE_DEFAULT_SECONDS, Groups, RoundResult
from bot.tg.callbacks import encode
from bot.tg.context import BotData, Ctx
from bot.tg.handlers import chat_info, lang_of, reply, user_info
from bot.tg.permissions import is_chat_admin
from bot.tg.render import MEDALS

logger = logging.getLogger(__name__)


def _ints(args: list[str]) -> list[int] | None:
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
        await reply(update, escape(t(lang, "compete_group_only")))
        return
    if not await is_chat_admin(update, context):
        await reply(update, escape(t(lang, "admins_only")))
        return
    values = _ints(context.args or [])
    if values is None:
        await reply(update, escape(t(lang, "compete_bad")))
        return
    n = values[0] if values else COMPETE_DEFAULT_N
    seconds = values[1] if len(values) > 1 else COMPETE_DEFAULT_SECONDS
    started = await context.bot_data.groups.start_round(chat, user, n, seconds)
    if isinstance(started, QuizRefusal):
        await reply(update, escape(t(lang, started.reason, max=20)))
        return
    await reply(
        update,
        escape(
            t(
                lang,
                "compete_start",
                n=started.total,
                questions=plural(lang, "questions", started.total),
                seconds=seconds,
            )
        ),
    )
    from bot.tg.flows import send_step

    await send_step(context.bot, context.job_queue, context.bot_data.tutor, started)


async def stop_command(update: Update, context: Ctx) -> None:
    lang = lang_of(update)
    chat = chat_info(update)
    if chat is None:
        return
    if not await is_chat_admin(update, context):
        await reply(update, escape(t(lang, "admins_only")))
        return
    stopped = await context.bot_data.groups.stop(chat.id)
    if stopped is None:
        await reply(update, escape(t(lang, "compete_none")))
        return
    quiz_id, result = stopped
    if context.job_queue is not None:
        for job in context.job_queue.jobs():
            if job.name and job.name.startswith(f"quiz-{quiz_id}-"):
                job.schedule_removal()
    if result is not None:
        await post_results(context.bot, result)


def results_text(result: RoundResult) -> str:
    lang = result.lang
    lines = []
    if result.interrupted:
        lines.append(t(lang, "compete_interrupted"))
    lines.append(t(lang, "compete_results"))
    if not result.podium:
        lines.append(t(lang, "compete_no_players"))
    for medal, p in zip(MEDALS, result.podium, strict=False):
        lines.append(
            t(
                lang,
                "compete_podium",
                medal=medal,
                name=p.name,
                points=p.points,
                correct=p.correct,
                asked=result.asked,
            )
        )
    if result.most_accurate is not None:
        p = result.most_accurate
        lines.append(
            t(lang, "compete_accurate", name=p.name, correct=p.correct, answered=p.answered)
        )
    return escape("\n".join(lines))


async def post_results(bot: ExtBot[Any], result: RoundResult) -> None:
    try:
        await bot.send_message(result.chat_id, results_text(result), parse_mode=ParseMode.HTML)
    except TelegramError as err:
        logger.warning("could not post results of round %s: %s", result.round_id, err)


async def announce_results(bot: ExtBot[Any], tutor: Tutor, quiz_id: int) -> None:
    result = await Groups(tutor).finish_round(quiz_id)
    if result is not None:
        await post_results(bot, result)


async def announce_standings(bot: ExtBot[Any], tutor: Tutor, step: QuizStep) -> None:
    """A short standings line between questions."""
    ranked = await Groups(tutor).standings(step.quiz_id)
    top = ", ".join(f"{p.name} {p.points}" for p in ranked[:3]) or t(step.lang, "compete_nobody")
    text = t(step.lang, "compete_standings", pos=step.position, total=step.total, line=top)
    try:
        await bot.send_message(step.chat_id, escape(text), parse_mode=ParseMode.HTML)
    except TelegramError as err:
        logger.warning("could not post standings in chat %s: %s", step.chat_id, err)


async def end_interrupted_rounds(app: Any) -> None:
    """After a restart, end rounds that were running, announcing each exactly once."""
    data: BotData = app.bot_data
    for result in await data.groups.interrupted_rounds():
        await post_results(app.bot, result)


async def weak_command(update: Update, context: Ctx) -> None:
    lang = lang_of(update)
    chat = chat_info(update)
    if chat is None:
        return
    weak = await context.bot_data.groups.weak_cards(chat.id)
    if not weak:
        await reply(update, escape(t(lang, "weak_none")))
        return
    lines = [t(lang, "weak_title")]
    lines += [
        t(lang, "weak_line", title=w.card.title, wrong=w.wrong, answered=w.answered) for w in weak
    ]
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    t(lang, "btn_weak_quiz"), callback_data=encode("weak", abs(chat.id))
                )
            ]
        ]
    )
    await reply(update, escape("\n".join(lines)), markup)
