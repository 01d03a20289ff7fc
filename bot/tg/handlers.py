"""Telegram handlers: read the update, call one service, render the reply."""

from __future__ import annotations

import logging
import re
import sqlite3
import time
from html import escape

from telegram import (
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut

from bot.i18n import language, t
from bot.services import ChatInfo, QuizRefusal, QuizStep, UserInfo
from bot.services.tutor import DEFAULT_QUIZ, MAX_QUIZ
from bot.storage.repo import StorageError
from bot.tg import render
from bot.tg.callbacks import decode
from bot.tg.context import Ctx
from bot.tg.flows import cancel_timeout, continue_quiz, send_step

logger = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 300
INLINE_LIMIT = 10


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


def small_int(text: str) -> int | None:
    """A count typed by a user ("5"), or None: ASCII digits only ("²".isdigit() is true)."""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 6 else None


def lang_of(update: Update) -> str:
    user = update.effective_user
    return language(user.language_code if user else None)


async def reply(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    message = update.effective_message
    if message is not None:
        await message.reply_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)


async def start(update: Update, context: Ctx) -> None:
    user = user_info(update)
    await context.bot_data.tutor.seen(user, chat_info(update))
    name = escape(user.name if user else "")
    await reply(update, t(lang_of(update), "start", name=name))


async def help_command(update: Update, context: Ctx) -> None:
    await reply(update, escape(t(lang_of(update), "help")))


async def _answer_question(update: Update, context: Ctx, question: str) -> None:
    lang = lang_of(update)
    if not question.strip():
        await reply(update, escape(t(lang, "empty_question")))
        return
    user = update.effective_user
    if user is not None:
        verdict = context.bot_data.throttle.check(user.id, time.monotonic())
        if verdict == "drop":
            return
        if verdict == "warn":
            await reply(update, escape(t(lang, "slow_down")))
            return
    result = context.bot_data.tutor.ask(question[:MAX_QUESTION_CHARS])
    parts, markup = render.answer_reply(result, lang)
    message = update.effective_message
    if message is None:
        return
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        await message.reply_text(
            part, parse_mode=ParseMode.HTML, reply_markup=markup if last else None
        )


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


async def text_message(update: Update, context: Ctx) -> None:
    """Private chat: every text is a question. Groups: `?term`, @mentions and replies only."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None or not message.text:
        return
    text = message.text
    if chat.type == ChatType.PRIVATE:
        await _answer_question(update, context, text)
        return
    if text.startswith("?"):
        await _answer_question(update, context, text[1:])
        return
    mention = _mentions_bot(message, context.bot_data.username)
    if mention is not None:
        await _answer_question(update, context, mention)
        return
    replied = message.reply_to_message
    if (
        replied is not None
        and replied.from_user is not None
        and replied.from_user.id == context.bot.id
    ):
        await _answer_question(update, context, text)


async def _start(update: Update, context: Ctx, started: QuizStep | QuizRefusal) -> None:
    lang = lang_of(update)
    tutor = context.bot_data.tutor
    if isinstance(started, QuizRefusal):
        due = None
        if started.reason == "review_none" and update.effective_user is not None:
            due = await tutor.next_review_due(update.effective_user.id)
        await reply(
            update, escape(t(lang, started.reason, max=MAX_QUIZ, due=due.date() if due else "—"))
        )
        return
    if started.total > 1:
        await reply(update, render.quiz_intro(started.total, lang))
    await send_step(context.bot, context.job_queue, tutor, started)


async def quiz_command(update: Update, context: Ctx) -> None:
    args = context.args or []
    n = DEFAULT_QUIZ
    if args:
        number = small_int(args[0])
        if number is None or not 1 <= number <= MAX_QUIZ:
            await reply(update, escape(t(lang_of(update), "quiz_bad_n", max=MAX_QUIZ)))
            return
        n = number
    chat, user = chat_info(update), user_info(update)
    if chat is None:
        return
    await _start(update, context, await context.bot_data.tutor.start_quiz(chat, user, n))


async def review_command(update: Update, context: Ctx) -> None:
    chat, user = chat_info(update), user_info(update)
    if chat is None or user is None:
        return
    await _start(update, context, await context.bot_data.tutor.start_review(chat, user))


async def stats_command(update: Update, context: Ctx) -> None:
    user, chat = user_info(update), update.effective_chat
    if user is None or chat is None:
        return
    tutor = context.bot_data.tutor
    stats = await tutor.stats(user.id, await tutor.chat_tz(chat.id))
    await reply(update, render.stats_text(stats, user.lang))
    if stats.answered:
        from bot.tg.pictures import send_stats_chart

        await send_stats_chart(update, context, stats, user.lang)


async def top_command(update: Update, context: Ctx) -> None:
    chat = update.effective_chat
    if chat is None:
        return
    lang = lang_of(update)
    tutor = context.bot_data.tutor
    if context.args and context.args[0].lower() in ("season", "сезон", "last"):
        await reply(update, render.season_text(await tutor.last_season(chat.id), lang))
        return
    board = await tutor.leaderboard(chat.id)
    await reply(update, render.leaderboard_text(board, lang))
    if (
        board.all_time
        and context.args
        and context.args[0].lower() in ("chart", "image", "картинка")
    ):
        from bot.tg.pictures import send_top_chart

        await send_top_chart(update, context, board, lang)


async def forgetme_command(update: Update, context: Ctx) -> None:
    user = user_info(update)
    if user is None:
        return
    await reply(
        update, escape(t(user.lang, "forget_confirm")), render.forget_keyboard(user.id, user.lang)
    )


async def callback(update: Update, context: Ctx) -> None:
    query = update.callback_query
    if query is None:
        return
    lang = language(query.from_user.language_code)
    data = decode(query.data)
    if data is None:
        await query.answer(t(lang, "stale_button"))
        return
    tutor = context.bot_data.tutor
    chat = chat_info(update)
    user = user_info(update)
    if data.action == "card":
        card = tutor.card(data.args[0])
        if card is None:
            await query.answer(t(lang, "stale_button"))
            return
        await query.answer()
        parts, markup = render.card_reply(card, lang)
        if chat is not None:
            for i, part in enumerate(parts):
                last = i == len(parts) - 1
                await context.bot.send_message(
                    chat.id, part, parse_mode=ParseMode.HTML, reply_markup=markup if last else None
                )
    elif data.action == "forget":
        owner = data.int_arg(1)
        if data.args[0] not in ("yes", "no"):
            await query.answer(t(lang, "stale_button"))
            return
        if owner != query.from_user.id:
            await query.answer(t(lang, "not_yours"), show_alert=True)
            return
        await query.answer()
        if data.args[0] == "yes":
            await tutor.forget(query.from_user.id)
            await _edit(query.edit_message_text, t(lang, "forget_done"))
        else:
            await _edit(query.edit_message_text, t(lang, "forget_cancel"))
    elif chat is not None and user is not None:
        await _quiz_callback(update, context, data.action, data.args, chat, user)


async def _edit(edit, text: str) -> None:  # type: ignore[no-untyped-def]
    try:
        await edit(escape(text), parse_mode=ParseMode.HTML)
    except BadRequest as err:
        # The message was already edited or deleted: nothing left to change.
        logger.info("edit skipped: %s", err)


async def _quiz_callback(
    update: Update,
    context: Ctx,
    action: str,
    args: tuple[str, ...],
    chat: ChatInfo,
    user: UserInfo,
) -> None:
    query = update.callback_query
    assert query is not None
    tutor = context.bot_data.tutor
    if action == "test":
        if tutor.card(args[0]) is None:
            await query.answer(t(user.lang, "stale_button"))
            return
        await query.answer()
        started = await tutor.start_quiz(chat, user, 1, kind="selftest", focus=[args[0]])
    elif action == "retry":
        quiz_id = small_int(args[0])
        summary = await tutor.summary(quiz_id) if quiz_id is not None else None
        if summary is None or summary.chat_id != chat.id:
            await query.answer(t(user.lang, "quiz_expired"))
            return
        if summary.owner_id != user.id:
            await query.answer(t(user.lang, "not_yours"), show_alert=True)
            return
        await query.answer()
        ids = [c.id for c in summary.missed]
        started = await tutor.start_quiz(chat, user, max(1, len(ids)), focus=ids)
    elif action == "again":
        await query.answer()
        n = min(MAX_QUIZ, max(1, int(args[0]) if args[0].isdigit() else DEFAULT_QUIZ))
        started = await tutor.start_quiz(chat, user, n)
    elif action == "weak":
        await query.answer()
        ids = [w.card.id for w in await context.bot_data.groups.weak_cards(chat.id)]
        if not ids:
            await _start(update, context, QuizRefusal(reason="weak_none"))
            return
        started = await tutor.start_quiz(chat, user, len(ids), focus=ids)
    else:
        await query.answer(t(user.lang, "stale_button"))
        return
    await _start(update, context, started)


async def inline_query(update: Update, context: Ctx) -> None:
    query = update.inline_query
    if query is None:
        return
    lang = language(query.from_user.language_code)
    text = query.query[:256]
    cards = context.bot_data.tutor.inline(text) if text.strip() else []
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


async def poll_answer(update: Update, context: Ctx) -> None:
    answer = update.poll_answer
    if answer is None or answer.user is None:
        return
    user = user_info(update)
    if user is None:
        return
    tutor = context.bot_data.tutor
    outcome = await tutor.answer_poll(answer.poll_id, user, list(answer.option_ids))
    if outcome is None or not outcome.should_advance:
        return
    cancel_timeout(context.job_queue, outcome.quiz.id, outcome.poll.position)
    result = await tutor.advance(outcome.quiz.id, outcome.poll.position)
    await continue_quiz(context.bot, context.job_queue, tutor, result)


async def my_chat_member(update: Update, context: Ctx) -> None:
    """The bot was removed or blocked: stop pushes and end running quizzes in that chat."""
    change = update.my_chat_member
    if change is None:
        return
    status = change.new_chat_member.status
    if status in ("kicked", "left"):
        logger.info("removed from chat %s (%s)", change.chat.id, status)
        await context.bot_data.groups.chat_gone(change.chat.id)


async def unknown_command(update: Update, context: Ctx) -> None:
    chat = update.effective_chat
    if chat is not None and chat.type == ChatType.PRIVATE:
        await reply(update, escape(t(lang_of(update), "unknown_command")))


# Bad requests that only mean the user was faster than us (or than our restart).
_STALE_REQUESTS = (
    "query is too old",
    "message is not modified",
    "message to edit not found",
    "message to be replied not found",
    "message to delete not found",
    "message can't be edited",
)


def telegram_trouble(error: object) -> str | None:
    """A short reason when `error` is Telegram or the network failing, not a bug of ours."""
    if isinstance(error, Forbidden):
        return "Telegram refused (blocked or removed from the chat)"
    if isinstance(error, RetryAfter):
        return "Telegram flood limit"
    if isinstance(error, TimedOut):
        return "Telegram did not answer in time"
    if isinstance(error, BadRequest):
        text = error.message.lower()
        return "stale request" if any(s in text for s in _STALE_REQUESTS) else None
    if type(error) is NetworkError:
        return "cannot reach Telegram"
    return None


_STORAGE_TROUBLE = (
    "database or disk is full",
    "readonly database",
    "disk i/o error",
    "database is locked",
    "unable to open database",
)


def storage_trouble(error: object) -> bool:
    """True when the database cannot be written or read for reasons outside the code."""
    if isinstance(error, StorageError):
        return True
    return isinstance(error, sqlite3.OperationalError) and any(
        s in str(error).lower() for s in _STORAGE_TROUBLE
    )


async def error_handler(update: object, context: Ctx) -> None:
    """Log the failure with its context and tell the user something short and human.

    Telegram and network trouble is expected: one WARNING line without a traceback, and no
    "something went wrong" message (it would fail the same way, or the reply did arrive).
    """
    where = ""
    if isinstance(update, Update):
        chat = update.effective_chat
        where = f" (update {update.update_id}, chat {chat.id if chat else '-'})"
    trouble = telegram_trouble(context.error)
    if trouble is not None and update is None and context.job is None:
        # A failed getUpdates: bot.tg.network logs each outage once, PTB retries.
        logger.debug("polling: %s: %s", trouble, context.error)
        return
    if trouble is not None:
        logger.warning("%s%s: %s", trouble, where, context.error)
        return
    if storage_trouble(context.error):
        # Full disk, read-only or broken database: an operator problem, one clear line.
        logger.error("cannot use the database%s: %s", where, context.error)
    else:
        logger.error("handler failed%s", where, exc_info=context.error)
    if isinstance(update, Update) and update.effective_message is not None:
        try:
            await update.effective_message.reply_text(t(lang_of(update), "error"))
        except TelegramError as err:
            logger.warning("could not report the error to the chat: %s", err)
