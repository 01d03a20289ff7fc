"""Quiz flows over Telegram: send a question as a quiz poll, move on, summarise."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from telegram import Poll
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application, ExtBot, JobQueue

from bot.services import QuizStep, QuizSummary, Tutor
from bot.services.tutor import QUIZ_TIMEOUT
from bot.tg import render
from bot.tg.context import BotData, Ctx

logger = logging.getLogger(__name__)

COMPETE_GRACE = 1.5
Jobs = JobQueue[Any]


async def send_step(bot: ExtBot[Any], jobs: Jobs | None, tutor: Tutor, step: QuizStep) -> bool:
    """Send one question as a native quiz poll and remember it; False if Telegram refused."""
    q = step.question
    try:
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
    except Forbidden:
        logger.warning("chat %s blocked the bot; ending quiz %s", step.chat_id, step.quiz_id)
        await tutor.finish(step.quiz_id, status="blocked")
        await tutor.repo.deactivate_chat(step.chat_id)
        return False
    except BadRequest as err:
        logger.warning("quiz %s: Telegram refused a poll: %s", step.quiz_id, err)
        await tutor.finish(step.quiz_id, status="failed")
        return False
    except TelegramError as err:
        # Timed out or unreachable (after retries): without a recorded poll the quiz would
        # wait for answers that cannot count and block the chat's next /quiz for hours.
        logger.warning("quiz %s: could not send a question (%s); ending it", step.quiz_id, err)
        await tutor.finish(step.quiz_id, status="failed")
        return False
    if message.poll is None:
        logger.error("quiz %s: sendPoll returned no poll", step.quiz_id)
        return False
    await tutor.poll_sent(step, message.poll.id, message.message_id)
    if jobs is not None and step.kind != "daily":
        delay = (
            step.open_seconds + COMPETE_GRACE
            if step.open_seconds
            else QUIZ_TIMEOUT.total_seconds()
        )
        jobs.run_once(
            on_timeout,
            when=timedelta(seconds=delay),
            data=(step.quiz_id, step.position),
            name=f"quiz-{step.quiz_id}-{step.position}",
            chat_id=step.chat_id,
        )
    return True


async def continue_quiz(
    app_bot: ExtBot[Any], jobs: Jobs | None, tutor: Tutor, result: QuizStep | QuizSummary | None
) -> None:
    """Send what follows an advance: the next question, or the summary."""
    if isinstance(result, QuizStep):
        if result.kind == "compete":
            from bot.tg.compete import announce_standings

            await announce_standings(app_bot, tutor, result)
        await send_step(app_bot, jobs, tutor, result)
    elif isinstance(result, QuizSummary):
        await send_summary(app_bot, tutor, result)


async def send_summary(bot: ExtBot[Any], tutor: Tutor, summary: QuizSummary) -> None:
    if summary.kind == "compete":
        from bot.tg.compete import announce_results

        await announce_results(bot, tutor, summary.quiz_id)
        return
    text, markup = render.quiz_summary(summary, summary.lang)
    try:
        await bot.send_message(
            summary.chat_id, text, parse_mode=ParseMode.HTML, reply_markup=markup
        )
    except TelegramError as err:
        logger.warning("could not send the summary of quiz %s: %s", summary.quiz_id, err)


async def on_timeout(context: Ctx) -> None:
    """Nobody (or not the quiz owner) answered in time: move on once."""
    job = context.job
    if job is None or not isinstance(job.data, tuple):
        return
    quiz_id, position = job.data
    tutor = context.bot_data.tutor
    result = await tutor.advance(quiz_id, position)
    await continue_quiz(context.bot, context.job_queue, tutor, result)


def cancel_timeout(jobs: Jobs | None, quiz_id: int, position: int) -> None:
    if jobs is None:
        return
    for job in jobs.get_jobs_by_name(f"quiz-{quiz_id}-{position}"):
        job.schedule_removal()


async def resume_quizzes(app: Application[Any, Ctx, Any, Any, BotData, Any]) -> None:
    """After a restart, give every active solo quiz a fresh timeout so none hangs forever."""
    tutor = app.bot_data.tutor
    for quiz in await tutor.repo.active_quizzes():
        if quiz.kind == "compete":
            continue
        if app.job_queue is not None:
            app.job_queue.run_once(
                on_timeout,
                when=QUIZ_TIMEOUT,
                data=(quiz.id, quiz.position),
                name=f"quiz-{quiz.id}-{quiz.position}",
                chat_id=quiz.chat_id,
            )
