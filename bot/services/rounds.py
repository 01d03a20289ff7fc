"""Group competitions: timed rounds scored by `core.scoring` (speed points, streak bonus)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core import scoring
from bot.core.scoring import Attempt, PlayerRound
from bot.core.states import QuizKind, QuizStatus, RoundStatus
from bot.services.quizmaker import QuizMaker
from bot.services.topics import Topics
from bot.services.types import (
    ChatInfo,
    Clock,
    QuizRefusal,
    QuizStep,
    Refusal,
    RoundResult,
    StoppedRound,
    UserInfo,
)
from bot.storage.quizzes import QuizStore
from bot.storage.records import QuizAnswer, QuizRecord
from bot.storage.rounds import RoundStore

COMPETE_DEFAULT_N = 10
COMPETE_DEFAULT_SECONDS = 20
COMPETE_MAX_N = 30
COMPETE_SECONDS = (5, 600)
DEFAULT_OPEN_SECONDS = 20  # scoring a round question stored without an open period


def attempts(answers: list[QuizAnswer]) -> list[Attempt]:
    return [
        Attempt(
            user_id=a.user_id,
            name=a.name,
            position=a.position,
            correct=a.correct,
            seconds=a.seconds,
        )
        for a in answers
    ]


def open_seconds_of(quiz: QuizRecord) -> float:
    return float(quiz.open_seconds or DEFAULT_OPEN_SECONDS)


@dataclass(frozen=True, slots=True, kw_only=True)
class Rounds:
    """Timed group rounds: start, standings, results, early and interrupted ends."""

    maker: QuizMaker
    topics: Topics
    rounds: RoundStore
    quizzes: QuizStore
    clock: Clock

    async def start(
        self, chat: ChatInfo, user: UserInfo, n: int, seconds: int, *, topic: str | None = None
    ) -> QuizStep | QuizRefusal:
        """A round of `n` questions, `seconds` each, on the topic named (else the chat's
        topic, else all the notes); its first question."""
        if not chat.is_group:
            return QuizRefusal(reason=Refusal.COMPETE_GROUP_ONLY)
        lo, hi = COMPETE_SECONDS
        if not (1 <= n <= COMPETE_MAX_N and lo <= seconds <= hi):
            return QuizRefusal(reason=Refusal.COMPETE_BAD)
        if await self.rounds.running(chat.id) is not None:
            return QuizRefusal(reason=Refusal.COMPETE_RUNNING)
        scope = await self.topics.scope(chat.id, name=topic)
        if isinstance(scope, QuizRefusal):
            return scope
        started = await self.maker.create(
            chat, user, n, kind=QuizKind.COMPETE, open_seconds=seconds, topic=scope.topic
        )
        if isinstance(started, QuizRefusal):
            return started  # a round already runs, or someone's quiz (which /stop can end)
        await self.rounds.create(chat.id, started.quiz_id, user.id, self.clock().timestamp())
        return started

    async def standings(self, quiz_id: int) -> list[PlayerRound]:
        """Players of a round, best first, replayed from the recorded answers."""
        quiz = await self.quizzes.get(quiz_id)
        if quiz is None:
            return []
        answers = await self.quizzes.answers(quiz_id)
        return scoring.standings(scoring.tally(attempts(answers), open_seconds_of(quiz)).values())

    async def finish(self, quiz_id: int, *, interrupted: bool = False) -> RoundResult | None:
        """Finish a round once (results stored); None when it was already finished."""
        rnd = await self.rounds.for_quiz(quiz_id)
        quiz = await self.quizzes.get(quiz_id)
        if rnd is None or quiz is None:
            return None
        ranked = await self.standings(quiz_id)
        current = 1 if quiz.status is QuizStatus.ACTIVE else 0
        asked = max(min(quiz.position + current, len(quiz.questions)), 1)
        now = self.clock().timestamp()
        status = RoundStatus.INTERRUPTED if interrupted else RoundStatus.FINISHED
        if not await self.rounds.finish(rnd.id, status, asked=asked, players=ranked, now=now):
            return None
        quiz_status = QuizStatus.INTERRUPTED if interrupted else QuizStatus.FINISHED
        await self.quizzes.finish(quiz_id, quiz_status, now)
        return RoundResult(
            round_id=rnd.id,
            chat_id=rnd.chat_id,
            lang=quiz.lang,
            asked=asked,
            standings=tuple(ranked),
            podium=tuple(scoring.podium(ranked)),
            most_accurate=scoring.most_accurate(ranked),
            interrupted=interrupted,
        )

    async def is_running(self, chat_id: int) -> bool:
        return await self.rounds.running(chat_id) is not None

    async def stop(self, chat_id: int) -> StoppedRound | None:
        """End the chat's running round early; None when none runs."""
        rnd = await self.rounds.running(chat_id)
        if rnd is None:
            return None
        return StoppedRound(quiz_id=rnd.quiz_id, result=await self.finish(rnd.quiz_id))

    async def end_in(self, chat_id: int) -> None:
        """End the chat's running round, if any, without announcing it."""
        rnd = await self.rounds.running(chat_id)
        if rnd is not None:
            await self.finish(rnd.quiz_id)

    async def interrupted(self) -> list[RoundResult]:
        """Rounds left running by a restart: end each once with the results so far."""
        out = []
        for rnd in await self.rounds.all_running():
            result = await self.finish(rnd.quiz_id, interrupted=True)
            if result is not None:
                out.append(result)
        return out
