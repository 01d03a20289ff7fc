"""Daily quiz pushes over Telegram: /daily, /timezone and the job that sends due pushes."""

from __future__ import annotations

import asyncio
import logging
from html import escape
from typing import Any

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import Forbidden, RetryAfter, TelegramError

from bot.core import schedule
from bot.i18n import plural, t
from bot.services.groups import Push
from bot.tg.context import Ctx
from bot.tg.flows import send_step
from bot.tg.handlers import chat_info, lang_of, reply, small_int
from bot.tg.permissions import is_chat_admin

logger = logging.getLogger(__name__)


async def daily_command(update: Update, context: Ctx) -> None:
    lang = lang_of(update)
    chat = chat_info(update)
    if chat is None:
        return
    groups = context.bot_data.groups
    args = context.args or []
    if not args:
        state = await groups.daily_state(chat.id)
        if state.local_time is None:
            await reply(update, escape(t(lang, "daily_off")))
        else:
            at = state.local_time.strftime("%H:%M")
            await reply(
                update, escape(t(lang, "daily_on", time=at, tz=state.tz, n=state.questions))
            )
        return
    if not await is_chat_admin(update, context):
        await reply(update, escape(t(lang, "admins_only")))
        return
    if args[0].lower() in ("off", "stop", "выкл", "нет"):
        await groups.unsubscribe(chat.id)
        await reply(update, escape(t(lang, "daily_stopped")))
        return
    when = schedule.parse_hhmm(args[0])
    n = small_int(args[1]) if len(args) > 1 else None
    if when is None or (n is not None and not 1 <= n <= 10):
        await reply(update, escape(t(lang, "daily_bad")))
        return
    state = await groups.subscribe(chat, when, n)
    await reply(update, escape(t(lang, "daily_set", time=when.strftime("%H:%M"), tz=state.tz)))


async def timezone_command(update: Update, context: Ctx) -> None:
    lang = lang_of(update)
    chat = chat_info(update)
    if chat is None:
        return
    groups = context.bot_data.groups
    if not context.args:
        tz = await context.bot_data.tutor.chat_tz(chat.id)
        await reply(update, escape(t(lang, "tz_show", tz=tz)))
        return
    if not await is_chat_admin(update, context):
        await reply(update, escape(t(lang, "admins_only")))
        return
    zone = await groups.set_timezone(chat, context.args[0][:64])
    if zone is None:
        await reply(update, escape(t(lang, "tz_bad")))
        return
    await reply(update, escape(t(lang, "tz_set", tz=zone)))


async def push_tick(context: Ctx) -> None:
    """Send every push that is due now; each slot is claimed in the database first."""
    groups = context.bot_data.groups
    now = context.bot_data.tutor.clock()
    planned = await groups.plan_pushes(now)
    offsets = schedule.spread(len(planned))
    started = asyncio.get_running_loop().time()
    for plan, offset in zip(planned, offsets, strict=True):
        delay = offset - (asyncio.get_running_loop().time() - started)
        if delay > 0:
            await asyncio.sleep(delay)
        push = await groups.claim_push(plan.chat_id, plan.slot, len(plan.card_ids), plan.card_ids)
        if push is not None:
            await send_push(context, push)


async def send_push(context: Ctx, push: Push) -> None:
    tutor = context.bot_data.tutor
    lang = push.steps[0].lang if push.steps else "ru"
    text = t(
        lang, "daily_push", n=len(push.steps), questions=plural(lang, "questions", len(push.steps))
    )
    for attempt in range(3):
        try:
            await context.bot.send_message(push.chat_id, escape(text), parse_mode=ParseMode.HTML)
            break
        except RetryAfter as err:
            await asyncio.sleep(_seconds(err.retry_after) + 0.1 * attempt)
        except Forbidden as err:
            logger.warning("push to chat %s refused (%s): unsubscribed", push.chat_id, err.message)
            await context.bot_data.groups.chat_gone(push.chat_id)
            return
        except TelegramError as err:
            logger.warning("push to chat %s failed: %s", push.chat_id, err)
            return
    for step in push.steps:
        if not await send_step(context.bot, context.job_queue, tutor, step):
            return


def _seconds(value: Any) -> float:
    return float(value.total_seconds()) if hasattr(value, "total_seconds") else float(value)


def schedule_pushes(app: Any) -> None:
    interval = app.bot_data.settings.push_interval
    app.job_queue.run_repeating(push_tick, interval=interval, first=1.0, name="daily-push")
