"""Quizzes: /quiz, /review, /stop, poll answers, and the quiz buttons (test, retry, again, weak,
a topic from /topics, more on a topic, stop; a self-check's "show answer" and "knew it")."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update

from bot.core.inputs import leading_numbers
from bot.i18n import t
from bot.services.container import Services
from bot.services.quizmaker import MAX_QUIZ
from bot.services.quizzes import DEFAULT_QUIZ
from bot.services.types import (
    AnswerOutcome,
    ChatInfo,
    QuizRefusal,
    QuizStep,
    QuizSummary,
    Refusal,
    UserInfo,
)
from bot.tg import flow, render, render_checks
from bot.tg.callbacks import Callback, decode
from bot.tg.common import chat_info, lang_of, reply, small_int, user_info
from bot.tg.context import Ctx
from bot.tg.handlers.compete import stop_round
from bot.tg.permissions import is_chat_admin


async def quiz_command(update: Update, context: Ctx) -> None:
    """/quiz [N] [topic]: without a topic, on the chat's topic (or all the notes)."""
    numbers, topic = leading_numbers(context.args or [], 1)
    n = DEFAULT_QUIZ
    if numbers:
        number = small_int(numbers[0])
        if number is None or not 1 <= number <= MAX_QUIZ:
            await reply(update, render.text(lang_of(update), "quiz_bad_n", max=MAX_QUIZ))
            return
        n = number
    chat, user = chat_info(update), user_info(update)
    if chat is None:
        return
    quizzes = context.bot_data.services.quizzes
    await flow.begin(update, context, await quizzes.start(chat, user, n, topic=topic or None))


async def review_command(update: Update, context: Ctx) -> None:
    """/review [topic]: the user's due cards, on the topic or the chat's topic."""
    chat, user = chat_info(update), user_info(update)
    if chat is None or user is None:
        return
    topic = " ".join(context.args or []) or None
    started = await context.bot_data.services.quizzes.start_review(chat, user, topic=topic)
    await flow.begin(update, context, started)


async def poll_answer(update: Update, context: Ctx) -> None:
    answer = update.poll_answer
    user = user_info(update)
    if answer is None or answer.user is None or user is None:
        return
    quizzes = context.bot_data.services.quizzes
    outcome = await quizzes.answer(answer.poll_id, user, list(answer.option_ids))
    if outcome is not None:
        await _move_on(context, outcome)


async def _move_on(context: Ctx, outcome: AnswerOutcome) -> None:
    """After an answer that moves the quiz on: no timeout for it, the next question or end."""
    if not outcome.should_advance:
        return
    flow.cancel_timeout(context.job_queue, outcome.quiz_id, outcome.position)
    nxt = await context.bot_data.services.quizzes.advance(outcome.quiz_id, outcome.position)
    await flow.send_next(context.bot, context.job_queue, context.bot_data.services, nxt)


def _check_args(data: Callback | None, *, graded: bool) -> tuple[int, int, str] | None:
    """(quiz id, position, "y"/"n" when `graded`) from a self-check button; None if forged."""
    if data is None:
        return None
    quiz_id, position = data.int_arg(0), data.int_arg(1)
    mark = data.args[2] if graded else ""
    if quiz_id is None or position is None or (graded and mark not in ("y", "n")):
        return None
    return quiz_id, position, mark


async def reveal_button(update: Update, context: Ctx) -> None:
    """ "Показать ответ" under a self-check: the answer, and "Знал" / "Не знал"."""
    query, user = update.callback_query, user_info(update)
    if query is None or user is None:
        return
    args = _check_args(decode(query.data), graded=False)
    if args is None:
        await query.answer(t(user.lang, "stale_button"))
        return
    shown = await context.bot_data.services.selfchecks.reveal(args[0], args[1], user)
    if isinstance(shown, Refusal):
        await query.answer(t(user.lang, shown), show_alert=shown is Refusal.CHECK_NOT_YOURS)
        return
    await query.answer()
    await flow.edit_check(context.bot, shown, *render_checks.revealed(shown))


async def recall_button(update: Update, context: Ctx) -> None:
    """ "Знал" / "Не знал": recorded for whoever taps (spaced repetition, no points). In a
    private chat the message keeps the choice and loses its buttons; a group's stay for the
    others, as a poll stays open for them."""
    query, user, chat = update.callback_query, user_info(update), chat_info(update)
    if query is None or user is None or chat is None:
        return
    args = _check_args(decode(query.data), graded=True)
    if args is None:
        await query.answer(t(user.lang, "stale_button"))
        return
    quiz_id, position, mark = args
    selfchecks = context.bot_data.services.selfchecks
    recalled = await selfchecks.recall(quiz_id, position, user, knew=mark == "y")
    if isinstance(recalled, Refusal):
        await query.answer(t(user.lang, recalled), show_alert=recalled is Refusal.CHECK_NOT_YOURS)
        return
    knew = recalled.outcome.correct
    if chat.is_group:
        await query.answer(render_checks.recorded(user.lang, knew=knew))
    else:
        await query.answer()
        await flow.edit_check(
            context.bot, recalled.check, render_checks.graded(recalled.check, knew=knew)
        )
    await _move_on(context, recalled.outcome)


# Refusals a button answers with a short notice (an alert for someone else's button).
_NOTICES = {Refusal.CARD_GONE: False, Refusal.QUIZ_EXPIRED: False, Refusal.NOT_YOURS: True}

Started = Awaitable[QuizStep | QuizRefusal]
Starter = Callable[[Services, Callback, ChatInfo, UserInfo], Started]


async def _from_button(update: Update, context: Ctx, start: Starter) -> None:
    """Start the quiz a button asks for; a stale button gets a notice, not a message."""
    query, chat, user = update.callback_query, chat_info(update), user_info(update)
    if query is None:
        return
    data = decode(query.data)
    if data is None:
        await query.answer(t(lang_of(update), "stale_button"))
        return
    if chat is None or user is None:
        return
    started = await start(context.bot_data.services, data, chat, user)
    if isinstance(started, QuizRefusal) and started.reason in _NOTICES:
        await query.answer(t(user.lang, started.reason), show_alert=_NOTICES[started.reason])
        return
    await query.answer()
    await flow.begin(update, context, started)


async def test_button(update: Update, context: Ctx) -> None:
    """ "Test yourself" under a definition: one question on that card."""
    await _from_button(
        update, context, lambda s, data, chat, user: s.quizzes.self_test(chat, user, data.args[0])
    )


async def retry_button(update: Update, context: Ctx) -> None:
    """Under a summary: a new quiz on the questions its owner missed."""
    await _from_button(
        update, context, lambda s, data, chat, user: s.quizzes.retry(data.int_arg(0), chat, user)
    )


async def again_button(update: Update, context: Ctx) -> None:
    """Under a summary: another quiz of the same size."""

    def again(s: Services, data: Callback, chat: ChatInfo, user: UserInfo) -> Started:
        asked = small_int(data.args[0], digits=40)
        n = min(MAX_QUIZ, max(1, DEFAULT_QUIZ if asked is None else asked))
        return s.quizzes.start(chat, user, n)

    await _from_button(update, context, again)


async def weak_button(update: Update, context: Ctx) -> None:
    """Under /weak: a quiz on the group's weak spots (on the topic the list was for)."""

    def weak(s: Services, data: Callback, chat: ChatInfo, user: UserInfo) -> Started:
        topic_id = data.args[1] if len(data.args) > 1 else None
        return s.quizzes.start_weak(chat, user, topic_id=topic_id)

    await _from_button(update, context, weak)


async def topic_button(update: Update, context: Ctx) -> None:
    """A topic under /topics: a quiz on it (anyone may start one; the chat's default topic
    is changed by /topic, which group admins only may use)."""
    await _from_button(
        update,
        context,
        lambda s, data, chat, user: s.quizzes.start(
            chat, user, DEFAULT_QUIZ, topic_id=data.args[0]
        ),
    )


async def more_button(update: Update, context: Ctx) -> None:
    """Under a topic quiz's summary: another quiz on the same topic."""

    def more(s: Services, data: Callback, chat: ChatInfo, user: UserInfo) -> Started:
        asked = small_int(data.args[0], digits=40)
        n = min(MAX_QUIZ, max(1, DEFAULT_QUIZ if asked is None else asked))
        return s.quizzes.start(chat, user, n, topic_id=data.args[1])

    await _from_button(update, context, more)


async def _stop(
    update: Update, context: Ctx, quiz_id: int | None
) -> QuizSummary | QuizRefusal | None:
    """Stop the chat's quiz (`quiz_id`: only that one) as its owner, else as an admin."""
    chat, user = chat_info(update), user_info(update)
    if chat is None or user is None:
        return None
    quizzes = context.bot_data.services.quizzes

    async def attempt(admin: bool) -> QuizSummary | QuizRefusal:
        if quiz_id is None:
            return await quizzes.stop(chat.id, user.id, admin=admin)
        return await quizzes.stop_by_id(quiz_id, chat.id, user.id, admin=admin)

    stopped = await attempt(admin=False)
    # Asking Telegram who administers the chat only when the quiz is someone else's.
    not_mine = isinstance(stopped, QuizRefusal) and stopped.reason is Refusal.STOP_NOT_YOURS
    if not_mine and await is_chat_admin(update, context):
        stopped = await attempt(admin=True)
    if isinstance(stopped, QuizSummary):
        await flow.stopped(context, stopped)
    return stopped


async def stop_command(update: Update, context: Ctx) -> None:
    """/stop: ends a round (administrators), else the chat's quiz (its owner or an admin)."""
    if await stop_round(update, context):
        return
    stopped = await _stop(update, context, None)
    if isinstance(stopped, QuizRefusal):
        await reply(update, render.text(lang_of(update), stopped.reason))


async def stop_button(update: Update, context: Ctx) -> None:
    """ "Stop it" under a busy notice."""
    query = update.callback_query
    if query is None:
        return
    data = decode(query.data)
    if data is None:
        await query.answer(t(lang_of(update), "stale_button"))
        return
    stopped = await _stop(update, context, data.int_arg(0))
    if isinstance(stopped, QuizRefusal):
        alert = stopped.reason is Refusal.STOP_NOT_YOURS
        await query.answer(t(lang_of(update), stopped.reason), show_alert=alert)
    else:
        await query.answer()
