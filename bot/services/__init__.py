"""Use cases: the only API the Telegram and console adapters call."""

from bot.services.library import Library, load_library
from bot.services.tutor import (
    AnswerOutcome,
    ChatInfo,
    Leaderboard,
    PlayerResult,
    QuizRefusal,
    QuizStep,
    QuizSummary,
    Tutor,
    UserInfo,
    UserStats,
)

__all__ = [
    "AnswerOutcome",
    "ChatInfo",
    "Leaderboard",
    "Library",
    "PlayerResult",
    "QuizRefusal",
    "QuizStep",
    "QuizSummary",
    "Tutor",
    "UserInfo",
    "UserStats",
    "load_library",
]
