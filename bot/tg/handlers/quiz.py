"""Quizzes: /quiz, /review, poll answers, and the quiz buttons (test, retry, again, weak)."""

from __future__ import annotations

from telegram import CallbackQuery, Update

from bot.i18n import t
from bot.services.quizmaker import MAX_QUIZ
from bot.services.quizzes import DEFAULT_QUIZ
from bot.services.types import ChatInfo, QuizRefusal, Refusal, UserInfo
from bot.tg import flow, render
from bot.tg.callbacks import Callback, decode
from bot.tg.common import chat_info, lang_of, reply, small_int, user_info
from bot.tg.context import Ctx


async def quiz_command(update: Update, context: Ctx) -> None:
    args = context.args or []
    n = DEFAULT_QUIZ
    if args:
        number = small_int(args[0])
        if number is None or not 1 <= number <= MAX_QUIZ:
            await reply(update, render.text(lang_of(update), "quiz_bad_n", max=MAX_QUIZ))
            return
        n = number
    chat, user = chat_info(update), user_info(update)
    if chat is None:
        return
    await flow.begin(update, context, await context.bot_data.services.quizzes.start(chat, user, n))


async def review_command(update: Update, context: Ctx) -> None:
    chat, user = chat_info(update), user_info(update)
    if chat is None or user is None:
        return
    started = await context.bot_data.services.quizzes.start_review(chat, user)
    await flow.begin(update, context, started)


async def poll_answer(update: Update, context: Ctx) -> None:
    answer = update.poll_answer
    user = user_info(update)
    if answer is None or answer.user is None or user is None:
        return
    quizzes = context.bot_data.services.quizzes
    outcome = await quizzes.answer(answer.poll_id, user, list(answer.option_ids))
    if outcome is None or not outcome.should_advance:
        return
    flow.cancel_timeout(context.job_queue, outcome.quiz_id, outcome.position)
    nxt = await quizzes.advance(outcome.quiz_id, outcome.position)
    await flow.send_next(context.bot, context.job_queue, context.bot_data.services, nxt)


async def _pressed(update: Update) -> tuple[CallbackQuery, Callback, ChatInfo, UserInfo] | None:
    """The button press, its data, chat and user; None (stale buttons answered) otherwise."""
    query, chat, user = update.callback_query, chat_info(update), user_info(update)
    if query is None:
        return None
    data = decode(query.data)
    if data is None:
        await query.answer(t(lang_of(update), "stale_button"))
        return None
    if chat is None or user is None:
        return None
    return query, data, chat, user


async def test_button(update: Update, context: Ctx) -> None:
    """ "Test yourself" under a definition: one question on that card."""
    pressed = await _pressed(update)
    if pressed is None:
        return
    query, data, chat, user = pressed
    started = await context.bot_data.services.quizzes.self_test(chat, user, data.args[0])
    if isinstance(started, QuizRefusal) and started.reason is Refusal.CARD_GONE:
        await query.answer(t(user.lang, "stale_button"))
        return
    await query.answer()
    await flow.begin(update, context, started)


async def retry_button(update: Update, context: Ctx) -> None:
    """Under a summary: a new quiz on the questions its owner missed."""
    pressed = await _pressed(update)
    if pressed is None:
        return
    query, data, chat, user = pressed
    started = await context.bot_data.services.quizzes.retry(data.int_arg(0), chat, user)
    if isinstance(started, QuizRefusal) and started.reason is Refusal.QUIZ_EXPIRED:
        await query.answer(t(user.lang, "quiz_expired"))
        return
    if isinstance(started, QuizRefusal) and started.reason is Refusal.NOT_YOURS:
        await query.answer(t(user.lang, "not_yours"), show_alert=True)
        return
    await query.answer()
    await flow.begin(update, context, started)


async def again_button(update: Update, context: Ctx) -> None:
    """Under a summary: another quiz of the same size."""
    pressed = await _pressed(update)
    if pressed is None:
        return
    query, data, chat, user = pressed
    await query.answer()
    asked = small_int(data.args[0], digits=40)
    n = min(MAX_QUIZ, max(1, DEFAULT_QUIZ if asked is None else asked))
    await flow.begin(update, context, await context.bot_data.services.quizzes.start(chat, user, n))


async def weak_button(update: Update, context: Ctx) -> None:
    """Under /weak: a quiz on the group's weak spots."""
    pressed = await _pressed(update)
    if pressed is None:
        return
    query, _, chat, user = pressed
    await query.answer()
    services = context.bot_data.services
    ids = [w.card.id for w in await services.progress.weak_cards(chat.id)]
    if not ids:
        await flow.begin(update, context, QuizRefusal(reason=Refusal.WEAK_NONE))
        return
    await flow.begin(
        update, context, await services.quizzes.start(chat, user, len(ids), focus=ids)
    )
