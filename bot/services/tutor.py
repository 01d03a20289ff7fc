"""Use cases shared by the Telegram and console adapters: ask, quiz, answer, progress."""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core import quiz as quizcore
from bot.core import scoring, srs
from bot.core.models import Card, Question
from bot.core.search import Result
from bot.services.library import Library
from bot.storage.repo import AnswerRow, BoardRow, PollRow, QuizRow, Repository

logger = logging.getLogger(__name__)

MAX_QUIZ = 20
DEFAULT_QUIZ = 5
QUIZ_POINTS = 100
QUIZ_TIMEOUT = timedelta(seconds=90)
STALE_QUIZ = timedelta(hours=2)
SOLO_KINDS = ("quiz", "review", "selftest")

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True, kw_only=True)
class UserInfo:
    id: int
    name: str
    username: str | None = None
    lang: str = "ru"


@dataclass(frozen=True, slots=True, kw_only=True)
class ChatInfo:
    id: int
    type: str = "private"
    title: str | None = None

    @property
    def is_group(self) -> bool:
        return self.type in ("group", "supergroup")


@dataclass(frozen=True, slots=True, kw_only=True)
class QuizStep:
    """A question to send now, with what the adapter needs to send and track it."""

    quiz_id: int
    chat_id: int
    kind: str
    lang: str
    position: int
    total: int
    question: Question
    open_seconds: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class PlayerResult:
    user_id: int
    name: str
    correct: int
    answered: int
    points: int


@dataclass(frozen=True, slots=True, kw_only=True)
class QuizSummary:
    quiz_id: int
    chat_id: int
    kind: str
    lang: str
    owner_id: int | None
    total: int
    players: tuple[PlayerResult, ...]
    missed: tuple[Card, ...] = ()
    best: tuple[int, int] = (0, 0)


@dataclass(frozen=True, slots=True, kw_only=True)
class AnswerOutcome:
    """What happened to one poll answer."""

    recorded: bool
    correct: bool
    points: int
    quiz: QuizRow
    poll: PollRow
    should_advance: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class QuizRefusal:
    reason: str  # i18n key


@dataclass(frozen=True, slots=True, kw_only=True)
class UserStats:
    answered: int
    correct: int
    day_streak: int
    best_day_streak: int
    answer_streak: int
    best_answer_streak: int
    due: int
    strongest: tuple[Card, ...] = ()
    weakest: tuple[Card, ...] = ()
    daily: tuple[tuple[date, int, int], ...] = ()
    sections: tuple[tuple[str, float], ...] = ()

    @property
    def accuracy(self) -> int:
        return round(100 * self.correct / self.answered) if self.answered else 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Leaderboard:
    week: tuple[BoardRow, ...]
    all_time: tuple[BoardRow, ...]
    season: str = ""


def question_to_json(questions: Sequence[Question]) -> str:
    return json.dumps([asdict(q) for q in questions], ensure_ascii=False)


def questions_from_json(text: str) -> list[Question]:
    out = []
    for item in json.loads(text):
        item["options"] = tuple(item["options"])
        item["correct"] = tuple(item["correct"])
        item["tags"] = tuple(item.get("tags", ()))
        out.append(Question(**item))
    return out


def _step(quiz: QuizRow, questions: Sequence[Question], position: int) -> QuizStep:
    return QuizStep(
        quiz_id=quiz.id,
        chat_id=quiz.chat_id,
        kind=quiz.kind,
        lang=quiz.lang,
        position=position,
        total=len(questions),
        question=questions[position],
        open_seconds=quiz.open_seconds,
    )


@dataclass(slots=True, kw_only=True)
class Tutor:
    """The application's use cases. Adapters call only these methods."""

    library: Library
    repo: Repository
    default_tz: str = "Europe/Moscow"
    clock: Clock = utcnow
    rng: random.Random = field(default_factory=random.Random)

    # --- definitions -----------------------------------------------------------------

    def ask(self, question: str) -> Result:
        return self.library.ask(question)

    def card(self, card_id: str) -> Card | None:
        return self.library.card(card_id)

    def inline(self, query: str) -> list[Card]:
        return self.library.inline(query)

    # --- people ----------------------------------------------------------------------

    async def seen(self, user: UserInfo | None, chat: ChatInfo | None) -> None:
        now = self.clock().timestamp()
        if user is not None:
            await self.repo.upsert_user(user.id, user.name, user.username, user.lang, now)
        if chat is not None:
            await self.repo.upsert_chat(chat.id, chat.type, chat.title, now)

    async def chat_tz(self, chat_id: int) -> str:
        return await self.repo.chat_timezone(chat_id) or self.default_tz

    # --- quizzes ---------------------------------------------------------------------

    def make_questions(
        self, n: int, lang: str, focus: Sequence[str] | None = None
    ) -> list[Question]:
        kb = self.library.kb
        return quizcore.generate(kb.cards, self.rng, n, curated=kb.curated, focus=focus, lang=lang)

    async def start_quiz(
        self,
        chat: ChatInfo,
        user: UserInfo | None,
        n: int,
        *,
        kind: str = "quiz",
        focus: Sequence[str] | None = None,
        open_seconds: int | None = None,
    ) -> QuizStep | QuizRefusal:
        """Create a quiz in the chat and return its first question."""
        lang = user.lang if user else "ru"
        if not 1 <= n <= MAX_QUIZ and kind != "compete":
            return QuizRefusal(reason="quiz_bad_n")
        await self.seen(user, chat)
        now = self.clock()
        for active in await self.repo.active_quizzes(chat.id):
            if now.timestamp() - active.created_at > STALE_QUIZ.total_seconds():
                await self.repo.finish_quiz(active.id, "expired", now.timestamp())
            elif active.kind in (*SOLO_KINDS, "compete"):
                return QuizRefusal(reason="quiz_busy")
        questions = self.make_questions(n, lang, focus)
        if not questions:
            return QuizRefusal(reason="quiz_empty")
        quiz_id = await self.repo.create_quiz(
            chat_id=chat.id,
            user_id=user.id if user else None,
            kind=kind,
            lang=lang,
            questions=question_to_json(questions),
            open_seconds=open_seconds,
            now=now.timestamp(),
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
        )

    async def quiz_steps(self, quiz_id: int) -> list[QuizStep]:
        """All questions of a quiz, for pushes that send them at once."""
        quiz = await self.repo.get_quiz(quiz_id)
        if quiz is None:
            return []
        questions = questions_from_json(quiz.questions)
        return [_step(quiz, questions, i) for i in range(len(questions))]

    async def poll_sent(self, step: QuizStep, poll_id: str, message_id: int | None) -> None:
        """Remember which quiz question a Telegram poll carries (poll answers have no chat)."""
        now = self.clock().timestamp()
        closes = now + step.open_seconds if step.open_seconds else None
        await self.repo.add_poll(
            PollRow(
                poll_id=poll_id,
                quiz_id=step.quiz_id,
                position=step.position,
                chat_id=step.chat_id,
                message_id=message_id,
                question_id=step.question.id,
                card_id=step.question.card_id,
                correct=json.dumps(list(step.question.correct)),
                sent_at=now,
                closes_at=closes,
                closed=False,
            )
        )

    async def answer_poll(
        self, poll_id: str, user: UserInfo, option_ids: Sequence[int]
    ) -> AnswerOutcome | None:
        """Record a poll answer exactly once. None for unknown, closed or retracted answers."""
        if not option_ids:
            return None
        poll = await self.repo.get_poll(poll_id)
        if poll is None or poll.closed:
            return None
        quiz = await self.repo.get_quiz(poll.quiz_id)
        if quiz is None:
            return None
        now = self.clock()
        if poll.closes_at is not None and now.timestamp() > poll.closes_at + 2:
            return None
        correct_ids = json.loads(poll.correct)
        if any(not 0 <= i < 12 for i in option_ids):
            return None
        correct = sorted(set(option_ids)) == sorted(correct_ids)
        elapsed = max(0.0, now.timestamp() - poll.sent_at)
        points = QUIZ_POINTS if correct else 0
        if quiz.kind == "compete":
            points = await self._compete_points(quiz, poll.position, user.id, correct, elapsed)
        await self.repo.upsert_user(user.id, user.name, user.username, user.lang, now.timestamp())
        quality = srs.grade_from_answer(correct, elapsed, quiz.open_seconds or 60)
        recorded = await self.repo.record_answer(
            AnswerRow(
                user_id=user.id,
                chat_id=poll.chat_id,
                quiz_id=quiz.id,
                poll_id=poll_id,
                card_id=poll.card_id,
                question_id=poll.question_id,
                chosen=json.dumps(sorted(set(option_ids))),
                correct=correct,
                seconds=round(elapsed, 3),
                points=points,
                kind=quiz.kind,
                answered_at=now.timestamp(),
            ),
            lambda state: srs.review(state, poll.card_id, quality, now),
        )
        advance = (
            recorded
            and quiz.status == "active"
            and quiz.kind in SOLO_KINDS
            and quiz.position == poll.position
            and (quiz.user_id is None or quiz.user_id == user.id)
        )
        return AnswerOutcome(
            recorded=recorded,
            correct=correct,
            points=points if recorded else 0,
            quiz=quiz,
            poll=poll,
            should_advance=advance,
        )

    async def _compete_points(
        self, quiz: QuizRow, position: int, user_id: int, correct: bool, elapsed: float
    ) -> int:
        """Speed points plus the streak bonus; a missed question breaks the streak."""
        if not correct:
            return 0
        right = {
            a.position
            for a in await self.repo.quiz_answers(quiz.id, user_id=user_id)
            if a.user_id == user_id and a.correct
        }
        streak = 0
        while position - streak - 1 in right:
            streak += 1
        base = scoring.answer_points(True, elapsed, float(quiz.open_seconds or 20))
        return base + scoring.streak_bonus(streak + 1)

    async def advance(self, quiz_id: int, expected_position: int) -> QuizStep | QuizSummary | None:
        """Move past question `expected_position`: the next step, or the summary at the end.

        None when another path (an answer, a timeout, /stop) already moved on.
        """
        if not await self.repo.advance_quiz(quiz_id, expected_position):
            return None
        poll = await self.repo.quiz_poll(quiz_id, expected_position)
        if poll:
            await self.repo.close_poll(poll.poll_id)
        quiz = await self.repo.get_quiz(quiz_id)
        if quiz is None:
            return None
        questions = questions_from_json(quiz.questions)
        if quiz.position < len(questions):
            return _step(quiz, questions, quiz.position)
        return await self.finish(quiz_id)

    async def finish(self, quiz_id: int, status: str = "finished") -> QuizSummary | None:
        """End a quiz once and summarise it; None if it had already ended."""
        if not await self.repo.finish_quiz(quiz_id, status, self.clock().timestamp()):
            return None
        return await self.summary(quiz_id)

    async def summary(self, quiz_id: int) -> QuizSummary | None:
        quiz = await self.repo.get_quiz(quiz_id)
        if quiz is None:
            return None
        questions = questions_from_json(quiz.questions)
        answers = await self.repo.quiz_answers(quiz_id)
        players: dict[int, PlayerResult] = {}
        missed: list[str] = []
        for a in answers:
            p = players.get(a.user_id) or PlayerResult(
                user_id=a.user_id, name=a.name, correct=0, answered=0, points=0
            )
            players[a.user_id] = PlayerResult(
                user_id=a.user_id,
                name=a.name,
                correct=p.correct + int(a.correct),
                answered=p.answered + 1,
                points=p.points + a.points,
            )
            if a.user_id == quiz.user_id and not a.correct:
                missed.append(a.card_id)
        answered_cards = {a.card_id for a in answers if a.user_id == quiz.user_id}
        missed += [
            q.card_id for q in questions[: quiz.position] if q.card_id not in answered_cards
        ]
        missed_cards = tuple(
            c for c in (self.card(cid) for cid in dict.fromkeys(missed)) if c is not None
        )
        best = (0, 0)
        if quiz.user_id is not None:
            best = await self.repo.best_quiz_score(quiz.user_id, SOLO_KINDS)
        ranked = sorted(players.values(), key=lambda p: (-p.points, -p.correct, p.user_id))
        return QuizSummary(
            quiz_id=quiz.id,
            chat_id=quiz.chat_id,
            kind=quiz.kind,
            lang=quiz.lang,
            owner_id=quiz.user_id,
            total=len(questions),
            players=tuple(ranked),
            missed=missed_cards,
            best=best,
        )

    async def quiz(self, quiz_id: int) -> QuizRow | None:
        return await self.repo.get_quiz(quiz_id)

    async def current_step(self, chat_id: int) -> QuizStep | None:
        """The question an active solo quiz in this chat is waiting on (console adapter)."""
        for quiz in await self.repo.active_quizzes(chat_id):
            questions = questions_from_json(quiz.questions)
            if quiz.position < len(questions):
                return _step(quiz, questions, quiz.position)
        return None

    async def start_review(
        self, chat: ChatInfo, user: UserInfo, n: int = 10
    ) -> QuizStep | QuizRefusal:
        """A session of the user's due cards (spaced repetition)."""
        now = self.clock()
        states = await self.repo.reviews(user.id)
        due = [cid for cid, s in states.items() if srs.is_due(s, now) and self.card(cid)]
        if not due:
            return QuizRefusal(reason="review_none")
        ids = srs.pick_cards(states, due, now, min(n, MAX_QUIZ), self.rng)
        return await self.start_quiz(chat, user, len(ids), kind="review", focus=ids)

    async def next_review_due(self, user_id: int) -> datetime | None:
        states = await self.repo.reviews(user_id)
        dues = [s.due for s in states.values() if s.due is not None and self.card(s.card_id)]
        return min(dues) if dues else None

    # --- progress --------------------------------------------------------------------

    async def stats(self, user_id: int, tz: str | None = None) -> UserStats:
        zone = ZoneInfo(tz or self.default_tz)
        now = self.clock()
        answers = await self.repo.user_answers(user_id)
        days = sorted({datetime.fromtimestamp(a[0], tz=zone).date() for a in answers})
        today = now.astimezone(zone).date()
        day_streak, best_day = scoring.day_streaks(days, today)
        run = best_run = 0
        for _, correct, _ in answers:
            run = run + 1 if correct else 0
            best_run = max(best_run, run)
        counts = await self.repo.card_counts(user_id=user_id)
        known = [c for c in counts if self.card(c.card_id)]
        strong = sorted(
            (c for c in known if c.correct),
            key=lambda c: (-(c.correct + 1) / (c.answered + 2), -c.correct, c.card_id),
        )
        weak_ids = srs.weakest_cards(
            [
                srs.CardStats(card_id=c.card_id, answered=c.answered, correct=c.correct)
                for c in known
            ],
            3,
        )
        states = await self.repo.reviews(user_id)
        due = sum(1 for s in states.values() if srs.is_due(s, now) and self.card(s.card_id))
        per_day: dict[date, list[int]] = {}
        start = today - timedelta(days=29)
        for at, correct, _ in answers:
            day = datetime.fromtimestamp(at, tz=zone).date()
            if day >= start:
                bucket = per_day.setdefault(day, [0, 0])
                bucket[0] += 1
                bucket[1] += int(correct)
        daily = tuple((d, v[0], v[1]) for d, v in sorted(per_day.items()))
        return UserStats(
            answered=len(answers),
            correct=sum(1 for a in answers if a[1]),
            day_streak=day_streak,
            best_day_streak=best_day,
            answer_streak=run,
            best_answer_streak=best_run,
            due=due,
            strongest=tuple(c for c in (self.card(s.card_id) for s in strong[:3]) if c),
            weakest=tuple(c for c in (self.card(cid) for cid in weak_ids) if c),
            daily=daily,
            sections=self._mastery(known),
        )

    def _mastery(self, counts: Sequence[object]) -> tuple[tuple[str, float], ...]:
        """Share of correct answers per top-level section of the notes."""
        totals: dict[str, list[int]] = {}
        for c in counts:
            card = self.card(getattr(c, "card_id", ""))
            if card is None:
                continue
            section = card.section[0] if card.section else card.note
            bucket = totals.setdefault(section, [0, 0])
            bucket[0] += int(getattr(c, "answered", 0))
            bucket[1] += int(getattr(c, "correct", 0))
        return tuple((s, v[1] / v[0]) for s, v in sorted(totals.items()) if v[0])

    async def leaderboard(self, chat_id: int) -> Leaderboard:
        tz = ZoneInfo(await self.chat_tz(chat_id))
        now = self.clock()
        start = scoring.season_start(now, tz)
        week = await self.repo.leaderboard(chat_id, start.timestamp())
        all_time = await self.repo.leaderboard(chat_id, None)
        return Leaderboard(
            week=tuple(week), all_time=tuple(all_time), season=scoring.season_id(now, tz)
        )

    async def last_season(self, chat_id: int) -> Leaderboard:
        tz = ZoneInfo(await self.chat_tz(chat_id))
        start, end = scoring.previous_season_bounds(self.clock(), tz)
        podium = await self.repo.leaderboard_between(chat_id, start.timestamp(), end.timestamp())
        return Leaderboard(week=tuple(podium), all_time=(), season=scoring.season_id(start, tz))

    async def forget(self, user_id: int) -> int:
        return await self.repo.delete_user(user_id)
