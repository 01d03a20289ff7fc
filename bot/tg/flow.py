"""The quiz flow over Telegram: send each question as a quiz poll (a self-check as a message
with buttons), time it out, render the end.

It renders whatever the quiz services return (the next question, a summary, a round's
results) and never reaches into command handlers.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from telegram import InlineKeyboardMarkup, Poll, Update
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application, ExtBot, JobQueue

from bot.core.states import QuizKind
from bot.services.container import Services
from bot.services.quizmaker import MAX_QUIZ
from bot.services.selfchecks import selfcheck_id
from bot.services.types import (
    QuizEnd,
    QuizRefusal,
    QuizStep,
    QuizSummary,
    RoundResult,
    SelfCheck,
)
from bot.tg import render, render_checks
from bot.tg.common import lang_of, reply
from bot.tg.context import BotData, Ctx

logger = logging.getLogger(__name__)

QUIZ_TIMEOUT = timedelta(seconds=90)  # a one-at-a-time question nobody answers moves on
SELFCHECK_TIMEOUT = timedelta(seconds=180)  # time to recall, then read a long answer
COMPETE_GRACE = 1.5  # after a round question's poll closes, before the next one
Jobs = JobQueue[Any]
Bot = ExtBot[Any]


def timeout_job(quiz_id: int, position: int) -> str:
    """The name of the job that moves a quiz past question `position`."""
    return f"{quiz_jobs(quiz_id)}{position}"


def quiz_jobs(quiz_id: int) -> str:
    """The prefix of every timeout job of one quiz."""
    return f"quiz-{quiz_id}-"


async def begin(update: Update, context: Ctx, started: QuizStep | QuizRefusal) -> None:
    """Reply to a command or button that started a quiz: its first question, or why not."""
    if isinstance(started, QuizRefusal):
        chat = update.effective_chat
        group = chat is not None and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)
        await reply(update, *render.refusal(started, lang_of(update), MAX_QUIZ, group=group))
        return
    if started.total > 1:
        await reply(update, render.quiz_intro(started.total, lang_of(update), started.topic))
    await send_step(context.bot, context.job_queue, context.bot_data.services, started)


async def send_step(bot: Bot, jobs: Jobs | None, services: Services, step: QuizStep) -> bool:
    """Send one question (a native quiz poll, or a self-check message) and remember it;
    False if Telegram refused."""
    if step.expired_polls or step.expired_checks:
        await close_polls(bot, jobs, step.chat_id, step.expired_polls)
        await close_checks(bot, jobs, step.expired_checks)
    try:
        sent = await (_send_check(bot, step) if step.question.selfcheck else _send_poll(bot, step))
    except Forbidden:
        logger.warning("chat %s blocked the bot; ending quiz %s", step.chat_id, step.quiz_id)
        await services.quizzes.undeliverable(step, blocked=True)
        return False
    except BadRequest as err:
        logger.warning("quiz %s: Telegram refused a question: %s", step.quiz_id, err)
        await services.quizzes.undeliverable(step, blocked=False)
        return False
    except TelegramError as err:
        # Timed out or unreachable (after retries): without a recorded poll the quiz would
        # wait for answers that cannot count and block the chat's next /quiz for hours.
        logger.warning("quiz %s: could not send a question (%s); ending it", step.quiz_id, err)
        await services.quizzes.undeliverable(step, blocked=False)
        return False
    if sent is None:
        logger.error("quiz %s: sendPoll returned no poll", step.quiz_id)
        return False
    poll_id, message_id = sent
    await services.quizzes.poll_sent(step, poll_id, message_id)
    if jobs is not None and step.kind is not QuizKind.DAILY:
        wait = SELFCHECK_TIMEOUT if step.question.selfcheck else QUIZ_TIMEOUT
        delay = step.open_seconds + COMPETE_GRACE if step.open_seconds else wait.total_seconds()
        _schedule_timeout(jobs, step.quiz_id, step.chat_id, step.position, delay)
    return True


async def _send_poll(bot: Bot, step: QuizStep) -> tuple[str, int] | None:
    q = step.question
    message = await bot.send_poll(
        chat_id=step.chat_id,
        question=q.question,
        options=list(q.options),
        type=Poll.QUIZ,
        is_anonymous=False,
        correct_option_ids=list(q.correct),  # type: ignore[arg-type]
        explanation=q.explanation or None,
        open_period=step.open_seconds,
    )
    return None if message.poll is None else (message.poll.id, message.message_id)


async def _send_check(bot: Bot, step: QuizStep) -> tuple[str, int]:
    """A self-check: the question and "Показать ответ", recorded under a poll id of its own."""
    html, markup = render_checks.asked(step)
    message = await bot.send_message(
        step.chat_id, html, parse_mode=ParseMode.HTML, reply_markup=markup
    )
    return selfcheck_id(step), message.message_id


async def edit_check(
    bot: Bot, check: SelfCheck, html: str, markup: InlineKeyboardMarkup | None = None
) -> None:
    """Show a self-check's message anew (without `markup`, its buttons go away)."""
    if check.message_id is None:
        return
    try:
        await bot.edit_message_text(
            html,
            chat_id=check.chat_id,
            message_id=check.message_id,
            parse_mode=ParseMode.HTML,
            reply_markup=markup,
        )
    except TelegramError as err:
        # Deleted, already showing this (a double tap), or the bot left: nothing to change.
        logger.info(
            "self-check %s in chat %s not edited: %s", check.message_id, check.chat_id, err
        )


async def send_next(
    bot: Bot, jobs: Jobs | None, services: Services, nxt: QuizStep | QuizEnd | None
) -> None:
    """Send what follows a question: the next one (after a round's standings), or the end."""
    if isinstance(nxt, QuizStep):
        if nxt.kind is QuizKind.COMPETE:
            await _send(bot, nxt.chat_id, render.standings(nxt), "standings")
        await send_step(bot, jobs, services, nxt)
    elif nxt is not None:
        await send_end(bot, nxt, jobs)


async def send_end(bot: Bot, end: QuizEnd, jobs: Jobs | None = None) -> None:
    """A quiz's summary with its buttons (then its polls still open are closed), or a round's
    podium."""
    if isinstance(end, RoundResult):
        await _send(
            bot, end.chat_id, render.round_results(end), f"results of round {end.round_id}"
        )
    elif isinstance(end, QuizSummary):
        text, markup = render.quiz_summary(end, end.lang)
        await _send(bot, end.chat_id, text, f"the summary of quiz {end.quiz_id}", markup)
        await close_polls(bot, jobs, end.chat_id, end.open_polls)
        await close_checks(bot, jobs, end.open_checks)


async def close_polls(
    bot: Bot, jobs: Jobs | None, chat_id: int, message_ids: Sequence[int]
) -> None:
    """Close a finished quiz's polls, so a late tap shows the poll closed instead of counting
    for nothing. The last one now; older ones (a group quiz) in a job, paced by the rate
    limiter without holding up this update."""
    if not message_ids:
        return
    *older, last = message_ids
    await stop_poll(bot, chat_id, last)
    if older and jobs is not None:
        jobs.run_once(_close_older, when=0.0, data=(chat_id, tuple(older)), chat_id=chat_id)


async def _close_older(context: Ctx) -> None:
    job = context.job
    if job is None or not isinstance(job.data, tuple):
        return
    chat_id, message_ids = job.data
    for message_id in message_ids:
        await stop_poll(context.bot, chat_id, message_id)


async def close_checks(bot: Bot, jobs: Jobs | None, checks: Sequence[SelfCheck]) -> None:
    """Show the answers of a finished quiz's open self-checks and take their buttons away:
    the last one now, older ones (a group quiz) in a job, as with polls."""
    if not checks:
        return
    *older, last = checks
    await edit_check(bot, last, render_checks.closed(last))
    if older and jobs is not None:
        jobs.run_once(_close_older_checks, when=0.0, data=tuple(older), chat_id=last.chat_id)


async def _close_older_checks(context: Ctx) -> None:
    job = context.job
    if job is None or not isinstance(job.data, tuple):
        return
    for check in job.data:
        await edit_check(context.bot, check, render_checks.closed(check))


async def stop_poll(bot: Bot, chat_id: int, message_id: int) -> None:
    try:
        await bot.stop_poll(chat_id, message_id)
    except TelegramError as err:
        # Already closed, deleted, or the bot left: nothing more to close.
        logger.info("poll %s in chat %s not closed: %s", message_id, chat_id, err)


async def _send(bot: Bot, chat_id: int, html: str, what: str, markup: Any = None) -> None:
    try:
        await bot.send_message(chat_id, html, parse_mode=ParseMode.HTML, reply_markup=markup)
    except TelegramError as err:
        logger.warning("could not send %s to chat %s: %s", what, chat_id, err)


async def on_timeout(context: Ctx) -> None:
    """Nobody (or not the quiz owner) answered in time: close the poll, say so with the right
    answer, and move on once. A round's polls close by themselves (open_period); a self-check
    is no poll: its message shows the answer and loses its buttons instead."""
    job = context.job
    if job is None or not isinstance(job.data, tuple):
        return
    quiz_id, position = job.data
    services = context.bot_data.services
    timed = await services.quizzes.time_out(quiz_id, position)
    if timed is None:
        return
    if timed.question.selfcheck:
        check = timed.as_check()
        await edit_check(context.bot, check, render_checks.timed_out(check))
    elif timed.kind is not QuizKind.COMPETE:
        if timed.message_id is not None:
            await stop_poll(context.bot, timed.chat_id, timed.message_id)
        await _send(context.bot, timed.chat_id, render.timed_out(timed), "a timeout notice")
    await send_next(context.bot, context.job_queue, services, timed.next)


async def stopped(context: Ctx, summary: QuizSummary) -> None:
    """A quiz ended by /stop or its button: no more timeouts, the summary, polls closed."""
    cancel_quiz(context.job_queue, summary.quiz_id)
    await send_end(context.bot, summary, context.job_queue)


def _schedule_timeout(jobs: Jobs, quiz_id: int, chat_id: int, position: int, delay: float) -> None:
    jobs.run_once(
        on_timeout,
        when=timedelta(seconds=delay),
        data=(quiz_id, position),
        name=timeout_job(quiz_id, position),
        chat_id=chat_id,
    )


def cancel_timeout(jobs: Jobs | None, quiz_id: int, position: int) -> None:
    if jobs is None:
        return
    for job in jobs.get_jobs_by_name(timeout_job(quiz_id, position)):
        job.schedule_removal()


def cancel_quiz(jobs: Jobs | None, quiz_id: int) -> None:
    """Drop every pending timeout of a quiz (a round stopped early)."""
    if jobs is None:
        return
    for job in jobs.jobs():
        if job.name and job.name.startswith(quiz_jobs(quiz_id)):
            job.schedule_removal()


async def after_restart(app: Application[Any, Ctx, Any, Any, BotData, Any]) -> None:
    """End rounds a restart interrupted (announcing each once) and give every waiting quiz a
    fresh timeout, so none hangs forever."""
    services = app.bot_data.services
    for result in await services.rounds.interrupted():
        await send_end(app.bot, result)
    if app.job_queue is None:
        return
    for waiting in await services.quizzes.waiting():
        _schedule_timeout(
            app.job_queue,
            waiting.quiz_id,
            waiting.chat_id,
            waiting.position,
            QUIZ_TIMEOUT.total_seconds(),
        )
