"""What a quiz is and where it stands: its kind, its status, a competition round's status.

Stored as their string values, so the names below are also the database's vocabulary.
"""

from __future__ import annotations

from enum import StrEnum


class QuizKind(StrEnum):
    QUIZ = "quiz"  # /quiz and the quiz buttons
    REVIEW = "review"  # /review: the cards spaced repetition says are due
    SELFTEST = "selftest"  # "test yourself" on one card
    COMPETE = "compete"  # a timed group round
    DAILY = "daily"  # the daily push: every question sent at once

    @property
    def solo(self) -> bool:
        """One question at a time, moving on when the quiz's owner answers."""
        return self in (QuizKind.QUIZ, QuizKind.REVIEW, QuizKind.SELFTEST)


class QuizStatus(StrEnum):
    ACTIVE = "active"
    FINISHED = "finished"  # every question asked, or the round ended
    EXPIRED = "expired"  # left unanswered for hours, ended when the chat started another
    SENT = "sent"  # a daily push: all questions out, answers still count
    BLOCKED = "blocked"  # the chat blocked the bot
    FAILED = "failed"  # Telegram refused or lost a question
    ABANDONED = "abandoned"  # the bot was removed from the chat
    INTERRUPTED = "interrupted"  # a round cut short by a restart
    STOPPED = "stopped"  # /stop (its owner or a group administrator)


class RoundStatus(StrEnum):
    RUNNING = "running"
    FINISHED = "finished"
    INTERRUPTED = "interrupted"
