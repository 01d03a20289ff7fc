"""Making a quiz in a chat: the questions, the one-quiz-at-a-time rule, the stored quiz."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from bot.core.states import QuizKind, QuizStatus
from bot.core.topics import Topic
from bot.services.people import People
from bot.services.shelf import Shelf
from bot.services.types import (
    BusyQuiz,
    ChatInfo,
    Clock,
    QuizRefusal,
    QuizStep,
    Refusal,
    SelfCheck,
    UserInfo,
)
from bot.storage.quizzes import QuizStore
from bot.storage.records import PollRecord, QuizRecord

MAX_QUIZ = 20
STALE_QUIZ = timedelta(hours=2)


def step_of(quiz: QuizRecord, position: int) -> QuizStep:
    return QuizStep(
        quiz_id=quiz.id,
        chat_id=quiz.chat_id,
        kind=quiz.kind,
        lang=quiz.lang,
        position=position,
        total=len(quiz.questions),
        question=quiz.questions[position],
        open_seconds=quiz.open_seconds,
    )


def in_group(chat_id: int) -> bool:
    """Telegram gives groups negative ids and people positive ones (the console uses 1)."""
    return chat_id < 0


def owner_moves_on(quiz: QuizRecord, poll: PollRecord, user: UserInfo) -> bool:
    """A one-at-a-time quiz moves on when its owner (anyone, without one) answers its question."""
    return (
        quiz.status is QuizStatus.ACTIVE
        and quiz.kind.solo
        and quiz.position == poll.position
        and (quiz.user_id is None or quiz.user_id == user.id)
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class QuizMaker:
    """Creates quizzes for the quiz, round and push use cases."""

    shelf: Shelf
    people: People
    quizzes: QuizStore
    clock: Clock
    rng: random.Random

    async def create(
        self,
        chat: ChatInfo,
        user: UserInfo | None,
        n: int,
        *,
        kind: QuizKind,
        focus: Sequence[str] | None = None,
        open_seconds: int | None = None,
        topic: Topic | None = None,
    ) -> QuizStep | QuizRefusal:
        """Store a new quiz and return its first question, unless the chat is busy.

        Questions come from the `focus` cards when given, else from the `topic`'s cards, else
        from all; the topic is recorded with the quiz either way."""
        lang = user.lang if user else "ru"
        if not 1 <= n <= MAX_QUIZ and kind is not QuizKind.COMPETE:
            return QuizRefusal(reason=Refusal.QUIZ_BAD_N)
        await self.people.seen(user, chat)
        now = self.clock().timestamp()
        expired_polls: list[int] = []
        expired_checks: list[SelfCheck] = []
        for active in await self.quizzes.active(chat.id):
            if now - active.created_at > STALE_QUIZ.total_seconds():
                # Left for hours: it ends, and its questions still open in the chat close
                # with the new quiz's first question (a late tap would count for nothing).
                still_open = await self.quizzes.open_polls(active.id)
                if await self.quizzes.finish(active.id, QuizStatus.EXPIRED, now):
                    polls, checks = split_open(active, still_open)
                    expired_polls.extend(polls)
                    expired_checks.extend(checks)
            elif active.kind is QuizKind.COMPETE:
                return QuizRefusal(reason=Refusal.COMPETE_RUNNING)
            elif active.kind.solo:
                # Whose quiz and how far: the chat may ask its owner or an admin to stop it.
                return QuizRefusal(reason=Refusal.QUIZ_BUSY, busy=await self._busy(active))
        # A round is scored by speed: no self-checks there, only polls everyone can race on.
        selfcheck = kind is not QuizKind.COMPETE
        questions = self.shelf.questions(self.rng, n, lang, focus, topic, selfcheck=selfcheck)
        if not questions and topic is not None:
            return QuizRefusal(reason=Refusal.TOPIC_EMPTY, topic=topic.name)
        if not questions:
            return QuizRefusal(reason=Refusal.QUIZ_EMPTY)
        quiz_id = await self.quizzes.create(
            chat_id=chat.id,
            user_id=user.id if user else None,
            kind=kind,
            lang=lang,
            questions=questions,
            open_seconds=open_seconds,
            now=now,
            topic=topic.key if topic else None,
        )
        return QuizStep(
            quiz_id=quiz_id,
            chat_id=chat.id,
            kind=kind,
            lang=lang,
            position=0,
            total=len(questions),
            question=questions[0],
            open_seconds=open_seconds,
            topic=topic.name if topic else "",
            expired_polls=tuple(expired_polls),
            expired_checks=tuple(expired_checks),
        )

    async def _busy(self, quiz: QuizRecord) -> BusyQuiz:
        return BusyQuiz(
            quiz_id=quiz.id,
            owner_id=quiz.user_id,
            owner_name=await self.people.name(quiz.user_id),
            position=min(quiz.position + 1, len(quiz.questions)),
            total=len(quiz.questions),
        )


def view(quiz: QuizRecord, poll: PollRecord) -> SelfCheck:
    return SelfCheck(
        quiz_id=quiz.id,
        chat_id=quiz.chat_id,
        lang=quiz.lang,
        position=poll.position,
        total=len(quiz.questions),
        question=quiz.questions[poll.position],
        message_id=poll.message_id,
    )


def split_open(
    quiz: QuizRecord, still_open: Sequence[PollRecord]
) -> tuple[tuple[int, ...], tuple[SelfCheck, ...]]:
    """A finished quiz's open questions: poll messages to close, self-checks to settle."""
    polls = tuple(
        p.message_id
        for p in still_open
        if p.message_id is not None and not quiz.questions[p.position].selfcheck
    )
    checks = tuple(
        view(quiz, p)
        for p in still_open
        if p.message_id is not None and quiz.questions[p.position].selfcheck
    )
    return polls, checks
