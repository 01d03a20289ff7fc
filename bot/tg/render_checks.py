"""Self-check messages as Telegram HTML and keyboards: the question with "Показать ответ",
the answer with "Знал" / "Не знал", and the answer once graded, timed out or closed.

A flashcard whose answer is too long for a poll option is asked this way (see
`services.selfchecks`); the question, the answer and its section fit one message.
"""

from __future__ import annotations

from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.core.models import Question
from bot.i18n import t
from bot.services.types import QuizStep, SelfCheck
from bot.tg.callbacks import encode


def _question(q: Question, position: int, total: int, lang: str) -> str:
    title = t(lang, "selfcheck_title", position=position + 1, total=total)
    return f"<b>{escape(title)}</b>\n\n{escape(q.question)}"


def _answered(q: Question, position: int, total: int, lang: str) -> str:
    html = _question(q, position, total, lang)
    html += f"\n\n<b>{escape(t(lang, 'selfcheck_answer'))}</b> {escape(q.answer)}"
    if q.explanation:
        html += f"\n<i>{escape(q.explanation)}</i>"
    return html


def asked(step: QuizStep) -> tuple[str, InlineKeyboardMarkup]:
    """The question, and the button that shows the answer."""
    button = InlineKeyboardButton(
        t(step.lang, "btn_show_answer"),
        callback_data=encode("reveal", step.quiz_id, step.position),
    )
    html = _question(step.question, step.position, step.total, step.lang)
    return html, InlineKeyboardMarkup([[button]])


def revealed(check: SelfCheck) -> tuple[str, InlineKeyboardMarkup]:
    """The question with its answer, and the buttons to say whether one knew it."""
    lang = check.lang
    buttons = [
        InlineKeyboardButton(
            t(lang, key), callback_data=encode("recall", check.quiz_id, check.position, mark)
        )
        for key, mark in (("btn_knew", "y"), ("btn_didnt_know", "n"))
    ]
    html = _answered(check.question, check.position, check.total, lang)
    return html, InlineKeyboardMarkup([buttons])


def graded(check: SelfCheck, *, knew: bool) -> str:
    """The answer and what the learner said (private chats: the buttons go away)."""
    mark = t(check.lang, "selfcheck_knew" if knew else "selfcheck_didnt")
    html = _answered(check.question, check.position, check.total, check.lang)
    return f"{html}\n\n{escape(mark)}"


def closed(check: SelfCheck) -> str:
    """The answer of a self-check whose quiz ended: no more buttons."""
    return _answered(check.question, check.position, check.total, check.lang)


def timed_out(check: SelfCheck) -> str:
    """The answer of a self-check nobody (or not its owner) graded in time."""
    return f"{closed(check)}\n\n{escape(t(check.lang, 'selfcheck_timed_out'))}"


def recorded(lang: str, *, knew: bool) -> str:
    """The short notice a tap in a group gets: the grade is recorded for whoever tapped."""
    return t(lang, "selfcheck_recorded_knew" if knew else "selfcheck_recorded_didnt")
