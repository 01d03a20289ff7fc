"""Self-checks: a flashcard whose answer is too long for a poll is asked as a message; the
answer is shown on request and the learner says whether they knew it.

A self-check is stored like a poll (a synthetic poll id through `Quizzes.poll_sent`), so a
quiz moves on, times out and ends the same way whatever carries its questions. The learner's
"knew it" / "didn't know" updates spaced repetition (and weak spots) like a right or wrong
answer, but is worth no points and counts in no score: nobody checks it but the learner.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core import srs
from bot.services.people import People
from bot.services.quizmaker import in_group, owner_moves_on, view
from bot.services.types import (
    AnswerOutcome,
    Clock,
    QuizStep,
    Recalled,
    Refusal,
    SelfCheck,
    UserInfo,
)
from bot.storage.answers import AnswerStore
from bot.storage.quizzes import QuizStore
from bot.storage.records import AnswerRecord, PollRecord, QuizRecord


def selfcheck_id(step: QuizStep) -> str:
    """The poll id a self-check message is recorded under (Telegram gives it none)."""
    return f"check-{step.quiz_id}-{step.position}"


@dataclass(frozen=True, slots=True, kw_only=True)
class SelfChecks:
    """Showing a self-check's answer and recording how the learner graded themselves."""

    people: People
    quizzes: QuizStore
    answers: AnswerStore
    clock: Clock

    async def reveal(self, quiz_id: int, position: int, user: UserInfo) -> SelfCheck | Refusal:
        """The answer of an open self-check, for the quiz's owner (anyone, without one): in a
        group the owner paces the quiz, so nobody else spoils the answer before them."""
        found = await self._open(quiz_id, position)
        if isinstance(found, Refusal):
            return found
        quiz, poll = found
        if quiz.user_id not in (None, user.id):
            return Refusal.CHECK_NOT_YOURS
        return view(quiz, poll)

    async def recall(
        self, quiz_id: int, position: int, user: UserInfo, *, knew: bool
    ) -> Recalled | Refusal:
        """Record "knew it" / "didn't know" once per person: spaced repetition as a right or
        wrong answer, no points. In a group everyone grades themselves, as with polls."""
        found = await self._open(quiz_id, position)
        if isinstance(found, Refusal):
            return found
        quiz, poll = found
        if not in_group(quiz.chat_id) and quiz.user_id not in (None, user.id):
            return Refusal.CHECK_NOT_YOURS
        now = self.clock()
        await self.people.seen(user, None)
        quality = srs.grade_self_check(knew)
        recorded = await self.answers.record(
            AnswerRecord(
                user_id=user.id,
                chat_id=quiz.chat_id,
                quiz_id=quiz.id,
                poll_id=poll.poll_id,
                card_id=poll.card_id,
                question_id=poll.question_id,
                chosen=(),
                correct=knew,
                seconds=round(max(0.0, now.timestamp() - poll.sent_at), 3),
                points=0,
                kind=quiz.kind,
                answered_at=now.timestamp(),
                selfcheck=True,
            ),
            lambda state: srs.review(state, poll.card_id, quality, now),
        )
        if not recorded:
            return Refusal.CHECK_ANSWERED
        outcome = AnswerOutcome(
            recorded=True,
            correct=knew,
            points=0,
            quiz_id=quiz.id,
            position=position,
            should_advance=owner_moves_on(quiz, poll, user),
        )
        return Recalled(outcome=outcome, check=view(quiz, poll))

    async def _open(self, quiz_id: int, position: int) -> tuple[QuizRecord, PollRecord] | Refusal:
        """The quiz and the sent self-check at `position`, while it still takes answers."""
        quiz = await self.quizzes.get(quiz_id)
        if quiz is None or not 0 <= position < len(quiz.questions):
            return Refusal.CHECK_CLOSED
        poll = await self.quizzes.poll_at(quiz_id, position)
        if poll is None or poll.closed or not quiz.questions[position].selfcheck:
            return Refusal.CHECK_CLOSED
        return quiz, poll
