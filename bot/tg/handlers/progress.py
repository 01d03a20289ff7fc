"""Progress: /stats (with a chart), /top (season, chart), /forgetme and its confirmation."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.i18n import language, t
from bot.tg import render
from bot.tg.callbacks import decode
from bot.tg.common import lang_of, reply, user_info
from bot.tg.context import Ctx

logger = logging.getLogger(__name__)

SEASON_WORDS = ("season", "сезон", "last")
CHART_WORDS = ("chart", "image", "картинка")


async def stats_command(update: Update, context: Ctx) -> None:
    user, chat = user_info(update), update.effective_chat
    if user is None or chat is None:
        return
    stats = await context.bot_data.services.progress.stats(user.id, chat.id)
    await reply(update, render.stats_text(stats, user.lang))
    if stats.answered:
        # Imported here: matplotlib takes a second to load, and most updates never need it.
        from bot.tg.pictures import send_stats_chart

        await send_stats_chart(context, chat.id, stats, user.lang)


async def top_command(update: Update, context: Ctx) -> None:
    chat = update.effective_chat
    if chat is None:
        return
    lang = lang_of(update)
    word = context.args[0].lower() if context.args else ""
    progress = context.bot_data.services.progress
    if word in SEASON_WORDS:
        await reply(update, render.season_text(await progress.last_season(chat.id), lang))
        return
    board = await progress.leaderboard(chat.id)
    await reply(update, render.leaderboard_text(board, lang))
    if board.all_time and word in CHART_WORDS:
        from bot.tg.pictures import send_top_chart

        await send_top_chart(context, chat.id, board, lang)


async def forgetme_command(update: Update, _context: Ctx) -> None:
    user = user_info(update)
    if user is None:
        return
    await reply(
        update,
        render.text(user.lang, "forget_confirm"),
        render.forget_keyboard(user.id, user.lang),
    )


async def forget_button(update: Update, context: Ctx) -> None:
    """Yes or no under /forgetme: only the user who asked may answer."""
    query = update.callback_query
    if query is None:
        return
    lang = language(query.from_user.language_code)
    data = decode(query.data)
    if data is None or data.args[0] not in ("yes", "no"):
        await query.answer(t(lang, "stale_button"))
        return
    if data.int_arg(1) != query.from_user.id:
        await query.answer(t(lang, "not_yours"), show_alert=True)
        return
    await query.answer()
    if data.args[0] == "yes":
        await context.bot_data.services.people.forget(query.from_user.id)
    done = "forget_done" if data.args[0] == "yes" else "forget_cancel"
    try:
        await query.edit_message_text(render.text(lang, done), parse_mode=ParseMode.HTML)
    except BadRequest as err:
        # The message was already edited or deleted: nothing left to change.
        logger.info("edit skipped: %s", err)
