"""What the repositories read and write: typed records, decoded from their columns.

Times are Unix timestamps (seconds, UTC) as stored; questions, option ids and round results
are decoded from JSON by the repositories, so no caller handles JSON.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.models import Question
from bot.core.states import QuizKind, QuizStatus, RoundStatus


@dataclass(frozen=True, slots=True, kw_only=True)
class QuizRecord:
    id: int
    chat_id: int
    user_id: int | None
    kind: QuizKind
    lang: str
    questions: tuple[Question, ...]
    position: int
    open_seconds: int | None
    status: QuizStatus
    created_at: float
    topic: str | None = None  # the topic's key when the quiz was asked on one


@dataclass(frozen=True, slots=True, kw_only=True)
class PollRecord:
    """A quiz question sent as a Telegram poll (poll answers carry no chat: this maps them)."""

    poll_id: str
    quiz_id: int
    position: int
    chat_id: int
    message_id: int | None
    question_id: str
    card_id: str
    correct: tuple[int, ...]
    sent_at: float
    closes_at: float | None
    closed: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class AnswerRecord:
    user_id: int
    chat_id: int
    quiz_id: int | None
    poll_id: str | None
    card_id: str
    question_id: str
    chosen: tuple[int, ...]
    correct: bool
    seconds: float | None
    points: int
    kind: QuizKind
    answered_at: float
    selfcheck: bool = False  # graded by the learner: spaced repetition only, no score


@dataclass(frozen=True, slots=True, kw_only=True)
class QuizAnswer:
    """An answer in a quiz with its question's position and the user's current name."""

    user_id: int
    name: str
    correct: bool
    points: int
    card_id: str
    seconds: float
    position: int
    selfcheck: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class SubscriptionRecord:
    chat_id: int
    local_time: str
    questions: int
    last_sent: float | None
    created_at: float
    tz: str | None
    topic: str | None = None  # the chat's default topic (its key)


@dataclass(frozen=True, slots=True, kw_only=True)
class RoundRecord:
    id: int
    chat_id: int
    quiz_id: int
    status: RoundStatus
    started_by: int | None
    started_at: float
