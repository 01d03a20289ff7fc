"""Daily quiz pushes: /daily, /timezone and the job that sends the pushes that are due."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import Forbidden, TelegramError

from bot.core import schedule
from bot.services.types import Push
from bot.services.zones import zone_label
from bot.tg import flow, render
from bot.tg.common import chat_info, lang_of, reply, small_int
from bot.tg.context import Ctx
from bot.tg.handlers.access import chat_allowed
from bot.tg.permissions import is_chat_admin

logger = logging.getLogger(__name__)

OFF_WORDS = ("off", "stop", "выкл", "нет")
MAX_PUSH_QUESTIONS = 10
MAX_TZ_ARG = 64


async def daily_command(update: Update, context: Ctx) -> None:
    lang = lang_of(update)
    chat = chat_info(update)
    if chat is None:
        return
    pushes = context.bot_data.services.pushes
    args = context.args or []
    if not args:
        await reply(update, render.daily_state(await pushes.daily_state(chat.id), lang))
        return
    if not await is_chat_admin(update, context):
        await reply(update, render.text(lang, "admins_only"))
        return
    if args[0].lower() in OFF_WORDS:
        await pushes.unsubscribe(chat.id)
        await reply(update, render.text(lang, "daily_stopped"))
        return
    when = schedule.parse_hhmm(args[0])
    n = small_int(args[1]) if len(args) > 1 else None
    if when is None or (n is not None and not 1 <= n <= MAX_PUSH_QUESTIONS):
        await reply(update, render.text(lang, "daily_bad"))
        return
    state = await pushes.subscribe(chat, when, n)
    at = when.strftime("%H:%M")
    done = render.text(lang, "daily_set", time=at, tz=zone_label(state.tz))
    if state.topic:
        done = f"{done}\n{render.text(lang, 'daily_topic', topic=state.topic)}"
    await reply(update, done)


async def timezone_command(update: Update, context: Ctx) -> None:
    lang = lang_of(update)
    chat = chat_info(update)
    if chat is None:
        return
    services = context.bot_data.services
    if not context.args:
        await reply(
            update, render.zone_text(lang, "tz_show", await services.people.chat_tz(chat.id))
        )
        return
    if not await is_chat_admin(update, context):
        await reply(update, render.text(lang, "admins_only"))
        return
    zone = await services.pushes.set_timezone(chat, " ".join(context.args)[:MAX_TZ_ARG])
    if zone is None:
        await reply(update, render.text(lang, "tz_bad"))
        return
    await reply(update, render.zone_text(lang, "tz_set", zone))


async def push_tick(context: Ctx) -> None:
    """Send every push that is due now, paced; each slot is claimed in the database first."""
    pushes = context.bot_data.services.pushes
    settings = context.bot_data.settings
    planned = []
    for plan in await pushes.plan():
        if chat_allowed(settings, plan.chat_id):
            planned.append(plan)
        else:
            # Taken off TUTOR_ALLOWED_CHATS after subscribing: nothing is sent, nothing is
            # deleted (listing the chat again brings its pushes back).
            logger.info("daily push to chat %s skipped: not in TUTOR_ALLOWED_CHATS", plan.chat_id)
    loop = asyncio.get_running_loop()
    started = loop.time()
    for plan, offset in zip(planned, schedule.spread(len(planned)), strict=True):
        delay = offset - (loop.time() - started)
        if delay > 0:
            await asyncio.sleep(delay)
        push = await pushes.claim(plan)
        if push is not None:
            await send_push(context, push)


async def send_push(context: Ctx, push: Push) -> None:
    """The push's heading, then its questions (AIORateLimiter handles flood waits)."""
    services = context.bot_data.services
    try:
        await context.bot.send_message(
            push.chat_id, render.daily_push(push), parse_mode=ParseMode.HTML
        )
    except Forbidden as err:
        logger.warning("push to chat %s refused (%s): unsubscribed", push.chat_id, err.message)
        await services.quizzes.chat_gone(push.chat_id)
        return
    except TelegramError as err:
        logger.warning("push to chat %s failed: %s", push.chat_id, err)
        return
    for step in push.steps:
        if not await flow.send_step(context.bot, context.job_queue, services, step):
            return


def schedule_pushes(app: Any) -> None:
    interval = app.bot_data.settings.push_interval
    app.job_queue.run_repeating(push_tick, interval=interval, first=1.0, name="daily-push")
