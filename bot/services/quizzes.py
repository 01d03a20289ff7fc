"""Quizzes: start one, record poll answers, move on, finish and summarise (rounds included)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from bot.core import quiz as quizcore
from bot.core import scoring, srs
from bot.core.scoring import Attempt
from bot.core.states import QuizKind, QuizStatus
from bot.services.people import People
from bot.services.progress import Progress
from bot.services.quizmaker import (
    MAX_QUIZ,
    QuizMaker,
    in_group,
    owner_moves_on,
    split_open,
    step_of,
)
from bot.services.rounds import Rounds, attempts, open_seconds_of
from bot.services.shelf import Shelf
from bot.services.topics import Topics
from bot.services.types import (
    AnswerOutcome,
    ChatInfo,
    Clock,
    PlayerResult,
    QuizEnd,
    QuizRefusal,
    QuizStep,
    QuizSummary,
    Refusal,
    TimedOut,
    UserInfo,
    Waiting,
)
from bot.storage.answers import AnswerStore
from bot.storage.quizzes import QuizStore
from bot.storage.records import AnswerRecord, PollRecord, QuizAnswer, QuizRecord

DEFAULT_QUIZ = 5
QUIZ_POINTS = 100
MAX_OPTIONS = 12
LATE_ANSWER_GRACE = 2.0  # seconds after a poll closes that an answer in flight still counts
SRS_OPEN_SECONDS = 60  # grading an untimed question's answer speed
SOLO_KINDS = tuple(kind for kind in QuizKind if kind.solo)


@dataclass(frozen=True, slots=True, kw_only=True)
class Quizzes:
    """Quizzes from the first question to the summary, whatever their kind."""

    maker: QuizMaker
    rounds: Rounds
    progress: Progress
    people: People
    shelf: Shelf
    topics: Topics
    quizzes: QuizStore
    answers: AnswerStore
    clock: Clock

    # --- starting ----------------------------------------------------------------------

    async def start(
        self,
        chat: ChatInfo,
        user: UserInfo | None,
        n: int = DEFAULT_QUIZ,
        *,
        focus: Sequence[str] | None = None,
        topic: str | None = None,
        topic_id: str | None = None,
    ) -> QuizStep | QuizRefusal:
        """A quiz of `n` questions and its first question: on the `focus` cards when given,
        else on the topic named (or a button's), else on the chat's topic, else on all."""
        if focus is not None:
            return await self.maker.create(chat, user, n, kind=QuizKind.QUIZ, focus=focus)
        if not 1 <= n <= MAX_QUIZ:
            return QuizRefusal(reason=Refusal.QUIZ_BAD_N)
        scope = await self.topics.scope(chat.id, name=topic, topic_id=topic_id)
        if isinstance(scope, QuizRefusal):
            return scope
        return await self.maker.create(chat, user, n, kind=QuizKind.QUIZ, topic=scope.topic)

    async def self_test(
        self, chat: ChatInfo, user: UserInfo, card_id: str
    ) -> QuizStep | QuizRefusal:
        """One question on one card ("test yourself" under a definition)."""
        if self.shelf.card(card_id) is None:
            return QuizRefusal(reason=Refusal.CARD_GONE)
        return await self.maker.create(chat, user, 1, kind=QuizKind.SELFTEST, focus=[card_id])

    async def start_review(
        self, chat: ChatInfo, user: UserInfo, n: int = 10, *, topic: str | None = None
    ) -> QuizStep | QuizRefusal:
        """A session of the user's due cards (spaced repetition), on the topic named or the
        chat's topic when there is one."""
        scope = await self.topics.scope(chat.id, name=topic)
        if isinstance(scope, QuizRefusal):
            return scope
        now = self.clock()
        states = await self.answers.reviews(user.id)
        known = {cid: s for cid, s in states.items() if self.shelf.card(cid) and scope.has(cid)}
        due = [cid for cid, s in known.items() if srs.is_due(s, now)]
        if not due:
            # Say when the next card comes due, in the chat's time zone (nothing for a user
            # who has not answered yet: every card is new, none is "learnt").
            zone = ZoneInfo(await self.people.chat_tz(chat.id))
            upcoming = min((s.due for s in known.values() if s.due is not None), default=None)
            return QuizRefusal(
                reason=Refusal.REVIEW_NONE,
                review_due=upcoming.astimezone(zone) if upcoming else None,
                today=now.astimezone(zone).date(),
            )
        ids = srs.pick_cards(states, due, now, min(n, MAX_QUIZ), self.maker.rng)
        return await self.maker.create(
            chat, user, len(ids), kind=QuizKind.REVIEW, focus=ids, topic=scope.topic
        )

    async def start_weak(
        self, chat: ChatInfo, user: UserInfo, *, topic_id: str | None = None
    ) -> QuizStep | QuizRefusal:
        """A quiz on the cards the chat gets wrong most often (on a topic when scoped)."""
        scope = await self.topics.scope(chat.id, topic_id=topic_id)
        if isinstance(scope, QuizRefusal):
            return scope
        weak = await self.progress.weak_cards(chat.id, scope=scope)
        ids = [w.card.id for w in weak]
        if not ids:
            return QuizRefusal(reason=Refusal.WEAK_NONE)
        return await self.maker.create(
            chat, user, len(ids), kind=QuizKind.QUIZ, focus=ids, topic=scope.topic
        )

    async def retry(
        self, quiz_id: int | None, chat: ChatInfo, user: UserInfo
    ) -> QuizStep | QuizRefusal:
        """The questions the owner missed in a quiz of this chat, as a new quiz."""
        summary = await self.summary(quiz_id) if quiz_id is not None else None
        if summary is None or summary.chat_id != chat.id:
            return QuizRefusal(reason=Refusal.QUIZ_EXPIRED)
        if summary.owner_id != user.id:
            return QuizRefusal(reason=Refusal.NOT_YOURS)
        ids = [c.id for c in summary.missed]
        # The missed cards, with the finished quiz's topic (its distractors, its summary).
        return await self.maker.create(
            chat, user, max(1, len(ids)), kind=QuizKind.QUIZ, focus=ids, topic=summary.topic
        )

    # --- while it runs -----------------------------------------------------------------

    async def poll_sent(self, step: QuizStep, poll_id: str, message_id: int | None) -> None:
        """Remember which quiz question a Telegram poll carries (poll answers have no chat)."""
        now = self.clock().timestamp()
        await self.quizzes.add_poll(
            PollRecord(
                poll_id=poll_id,
                quiz_id=step.quiz_id,
                position=step.position,
                chat_id=step.chat_id,
                message_id=message_id,
                question_id=step.question.id,
                card_id=step.question.card_id,
                correct=step.question.correct,
                sent_at=now,
                closes_at=now + step.open_seconds if step.open_seconds else None,
            )
        )

    async def answer(
        self, poll_id: str, user: UserInfo, option_ids: Sequence[int]
    ) -> AnswerOutcome | None:
        """Record a poll answer exactly once. None for unknown, closed or retracted answers."""
        if not option_ids or any(not 0 <= i < MAX_OPTIONS for i in option_ids):
            return None
        poll = await self.quizzes.poll(poll_id)
        if poll is None or poll.closed:
            return None
        quiz = await self.quizzes.get(poll.quiz_id)
        now = self.clock()
        late = poll.closes_at is not None and now.timestamp() > poll.closes_at + LATE_ANSWER_GRACE
        if quiz is None or late or quiz.questions[poll.position].selfcheck:
            return None
        correct = quizcore.is_correct(quiz.questions[poll.position], option_ids)
        elapsed = round(max(0.0, now.timestamp() - poll.sent_at), 3)
        points = await self._points(quiz, poll, user, correct, elapsed)
        await self.people.seen(user, None)
        quality = srs.grade_from_answer(correct, elapsed, quiz.open_seconds or SRS_OPEN_SECONDS)
        recorded = await self.answers.record(
            AnswerRecord(
                user_id=user.id,
                chat_id=poll.chat_id,
                quiz_id=quiz.id,
                poll_id=poll_id,
                card_id=poll.card_id,
                question_id=poll.question_id,
                chosen=tuple(sorted(set(option_ids))),
                correct=correct,
                seconds=elapsed,
                points=points,
                kind=quiz.kind,
                answered_at=now.timestamp(),
            ),
            lambda state: srs.review(state, poll.card_id, quality, now),
        )
        return AnswerOutcome(
            recorded=recorded,
            correct=correct,
            points=points if recorded else 0,
            quiz_id=quiz.id,
            position=poll.position,
            should_advance=recorded and owner_moves_on(quiz, poll, user),
        )

    async def _points(
        self, quiz: QuizRecord, poll: PollRecord, user: UserInfo, correct: bool, elapsed: float
    ) -> int:
        if quiz.kind is not QuizKind.COMPETE:
            return QUIZ_POINTS if correct else 0
        earlier = attempts(await self.quizzes.answers(quiz.id, user_id=user.id))
        attempt = Attempt(
            user_id=user.id,
            name=user.name,
            position=poll.position,
            correct=correct,
            seconds=elapsed,
        )
        return scoring.points_for(earlier, attempt, open_seconds_of(quiz))

    async def advance(self, quiz_id: int, expected_position: int) -> QuizStep | QuizEnd | None:
        """Move past question `expected_position`: the next question, or how the quiz ended.

        None when another path (an answer, a timeout, /stop) already moved on.
        """
        if not await self.quizzes.advance(quiz_id, expected_position):
            return None
        return await self._moved_on(quiz_id, expected_position, timed_out=False)

    async def time_out(self, quiz_id: int, position: int) -> TimedOut | None:
        """Nobody (or not the quiz's owner) answered question `position` in time: close it and
        move on. None when an answer or /stop got there first."""
        if not await self.quizzes.advance(quiz_id, position):
            return None
        poll = await self.quizzes.poll_at(quiz_id, position)
        quiz = await self.quizzes.get(quiz_id)
        if quiz is None:
            return None
        return TimedOut(
            quiz_id=quiz.id,
            chat_id=quiz.chat_id,
            kind=quiz.kind,
            lang=quiz.lang,
            message_id=poll.message_id if poll and not poll.closed else None,
            question=quiz.questions[position],
            next=await self._moved_on(quiz_id, position, timed_out=True),
            position=position,
            total=len(quiz.questions),
        )

    async def _moved_on(
        self, quiz_id: int, position: int, *, timed_out: bool
    ) -> QuizStep | QuizEnd | None:
        poll = await self.quizzes.poll_at(quiz_id, position)
        # In a group the others may still answer a question its owner moved past: their
        # answers count for them until the quiz ends. A timed-out question closes for all.
        if poll and (timed_out or not in_group(poll.chat_id)):
            await self.quizzes.close_poll(poll.poll_id)
        quiz = await self.quizzes.get(quiz_id)
        if quiz is None:
            return None
        if quiz.position < len(quiz.questions):
            step = step_of(quiz, quiz.position)
            if quiz.kind is QuizKind.COMPETE:
                standings = tuple(await self.rounds.standings(quiz_id))
                step = replace(step, standings=standings)
            return step
        if quiz.kind is QuizKind.COMPETE:
            return await self.rounds.finish(quiz_id)
        return await self._end(quiz_id, QuizStatus.FINISHED)

    async def _end(self, quiz_id: int, status: QuizStatus) -> QuizSummary | None:
        """Finish a quiz once; its summary names the polls the chat should close and the
        self-checks whose answers it should show."""
        still_open = await self.quizzes.open_polls(quiz_id)
        if not await self.quizzes.finish(quiz_id, status, self._now()):
            return None
        quiz = await self.quizzes.get(quiz_id)
        summary = await self.summary(quiz_id)
        if summary is None or quiz is None:
            return None
        polls, checks = split_open(quiz, still_open)
        return replace(summary, open_polls=polls, open_checks=checks)

    async def stop(self, chat_id: int, user_id: int, *, admin: bool) -> QuizSummary | QuizRefusal:
        """/stop: end the chat's one-at-a-time quiz early (its owner, or an administrator)."""
        for quiz in await self.quizzes.active(chat_id):
            if not quiz.kind.solo:
                continue
            if not admin and quiz.user_id not in (None, user_id):
                return QuizRefusal(reason=Refusal.STOP_NOT_YOURS)
            summary = await self._end(quiz.id, QuizStatus.STOPPED)
            if summary is not None:
                return summary
        return QuizRefusal(reason=Refusal.STOP_NONE)

    async def stop_by_id(
        self, quiz_id: int | None, chat_id: int, user_id: int, *, admin: bool
    ) -> QuizSummary | QuizRefusal:
        """The "stop it" button under a busy notice: that quiz only, if it still runs."""
        quiz = await self.quizzes.get(quiz_id) if quiz_id is not None else None
        if quiz is None or quiz.chat_id != chat_id or quiz.status is not QuizStatus.ACTIVE:
            return QuizRefusal(reason=Refusal.QUIZ_EXPIRED)
        return await self.stop(chat_id, user_id, admin=admin)

    async def undeliverable(self, step: QuizStep, *, blocked: bool) -> None:
        """A question could not be sent: end the quiz (and, when blocked, stop the pushes)."""
        status = QuizStatus.BLOCKED if blocked else QuizStatus.FAILED
        await self.quizzes.finish(step.quiz_id, status, self._now())
        if blocked:
            await self.people.chat_gone(step.chat_id)

    async def chat_gone(self, chat_id: int) -> None:
        """The bot was blocked or removed: stop pushes and end what runs there."""
        await self.people.chat_gone(chat_id)
        await self.rounds.end_in(chat_id)
        for quiz in await self.quizzes.active(chat_id):
            await self.quizzes.finish(quiz.id, QuizStatus.ABANDONED, self._now())

    async def waiting(self) -> list[Waiting]:
        """Active one-at-a-time quizzes and the question each waits on."""
        return [
            Waiting(quiz_id=q.id, chat_id=q.chat_id, position=q.position)
            for q in await self.quizzes.active()
            if q.kind is not QuizKind.COMPETE
        ]

    async def current_step(self, chat_id: int) -> QuizStep | None:
        """The question an active quiz in this chat is waiting on (console adapter)."""
        for quiz in await self.quizzes.active(chat_id):
            if quiz.position < len(quiz.questions):
                return step_of(quiz, quiz.position)
        return None

    # --- the end -----------------------------------------------------------------------

    async def summary(self, quiz_id: int) -> QuizSummary | None:
        quiz = await self.quizzes.get(quiz_id)
        if quiz is None:
            return None
        answers = await self.quizzes.answers(quiz_id)
        missed = [a.card_id for a in answers if a.user_id == quiz.user_id and not a.correct]
        answered = {a.card_id for a in answers if a.user_id == quiz.user_id}
        stopped = quiz.status is QuizStatus.STOPPED
        asked = quiz.questions[: quiz.position]  # a question pending at /stop is not counted
        missed += [q.card_id for q in asked if q.card_id not in answered]
        shown = asked if stopped else quiz.questions
        best = (0, 0)
        if quiz.user_id is not None:
            best = await self.quizzes.best_score(quiz.user_id, SOLO_KINDS)
        return QuizSummary(
            quiz_id=quiz.id,
            chat_id=quiz.chat_id,
            kind=quiz.kind,
            lang=quiz.lang,
            owner_id=quiz.user_id,
            total=len(quiz.questions),
            players=_players(quiz, answers),
            missed=tuple(c for c in (self.shelf.card(cid) for cid in dict.fromkeys(missed)) if c),
            best=best,
            topic=self.shelf.topics.get(quiz.topic) if quiz.topic else None,
            asked=len(shown),
            checks=sum(q.selfcheck for q in shown),
            stopped=stopped,
        )

    def _now(self) -> float:
        return self.clock().timestamp()


def _players(quiz: QuizRecord, answers: Sequence[QuizAnswer]) -> tuple[PlayerResult, ...]:
    """Each player's poll score, and apart from it how many self-checks they knew."""
    scored = [a for a in answers if not a.selfcheck]
    results = {
        p.user_id: PlayerResult(
            user_id=p.user_id, name=p.name, correct=p.correct, answered=p.answered
        )
        for p in scoring.tally(attempts(scored), open_seconds_of(quiz)).values()
    }
    for a in answers:
        if a.selfcheck:
            player = results.get(a.user_id) or PlayerResult(
                user_id=a.user_id, name=a.name, correct=0, answered=0
            )
            results[a.user_id] = replace(
                player, knew=player.knew + a.correct, checked=player.checked + 1
            )
    return tuple(sorted(results.values(), key=lambda p: (-p.correct, -p.knew, p.user_id)))
