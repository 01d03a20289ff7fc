"""Group use cases: timed competitions with speed points, weak spots, daily pushes."""

from __future__ import annotations

import json
import logging
import zoneinfo
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time
from functools import lru_cache

from bot.core import schedule, scoring, srs
from bot.core.models import Card
from bot.core.scoring import PlayerRound
from bot.services.tutor import ChatInfo, QuizRefusal, QuizStep, Tutor, UserInfo
from bot.storage.repo import CardCount

logger = logging.getLogger(__name__)

COMPETE_DEFAULT_N = 10
COMPETE_DEFAULT_SECONDS = 20
COMPETE_MAX_N = 30
COMPETE_SECONDS = (5, 600)
DAILY_DEFAULT_N = 3
WEAK_LIMIT = 5
BULK_PLAN = 50  # more due chats than this: read review states and answer counts in bulk


@dataclass(frozen=True, slots=True, kw_only=True)
class RoundResult:
    round_id: int
    chat_id: int
    lang: str
    asked: int
    standings: tuple[PlayerRound, ...]
    podium: tuple[PlayerRound, ...]
    most_accurate: PlayerRound | None
    interrupted: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class WeakCard:
    card: Card
    answered: int
    wrong: int


@dataclass(frozen=True, slots=True, kw_only=True)
class DailyState:
    local_time: time | None
    tz: str
    questions: int


@dataclass(frozen=True, slots=True, kw_only=True)
class PlannedPush:
    """A push due now and the cards spaced repetition picked for it."""

    chat_id: int
    slot: datetime
    card_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Push:
    """A daily push that is due now (already claimed, so it is sent at most once)."""

    chat_id: int
    slot: datetime
    steps: tuple[QuizStep, ...]


@dataclass(slots=True)
class Groups:
    tutor: Tutor

    # --- competitions ----------------------------------------------------------------

    async def start_round(
        self, chat: ChatInfo, user: UserInfo, n: int, seconds: int
    ) -> QuizStep | QuizRefusal:
        if not chat.is_group:
            return QuizRefusal(reason="compete_group_only")
        lo, hi = COMPETE_SECONDS
        if not (1 <= n <= COMPETE_MAX_N and lo <= seconds <= hi):
            return QuizRefusal(reason="compete_bad")
        repo = self.tutor.repo
        if await repo.running_round(chat.id) is not None:
            return QuizRefusal(reason="compete_running")
        started = await self.tutor.start_quiz(chat, user, n, kind="compete", open_seconds=seconds)
        if isinstance(started, QuizRefusal):
            return (
                QuizRefusal(reason="compete_running") if started.reason == "quiz_busy" else started
            )
        now = self.tutor.clock().timestamp()
        await repo.create_round(chat.id, started.quiz_id, user.id, now)
        return started

    async def standings(self, quiz_id: int) -> list[PlayerRound]:
        """Players of a round, best first, rebuilt from the recorded answers."""
        quiz = await self.tutor.repo.get_quiz(quiz_id)
        if quiz is None:
            return []
        players: dict[int, PlayerRound] = {}
        for a in await self.tutor.repo.quiz_answers(quiz_id):
            p = players.get(a.user_id) or PlayerRound(user_id=a.user_id, name=a.name)
            players[a.user_id] = PlayerRound(
                user_id=a.user_id,
                name=a.name,
                points=p.points + a.points,
                correct=p.correct + int(a.correct),
                answered=p.answered + 1,
                missed=p.missed,
                streak=p.streak + 1 if a.correct else 0,
                best_streak=max(p.best_streak, p.streak + 1 if a.correct else 0),
                total_seconds=p.total_seconds + a.seconds,
            )
        return scoring.standings(players.values())

    async def finish_round(self, quiz_id: int, *, interrupted: bool = False) -> RoundResult | None:
        """Finish a round once (results stored); None when it was already finished."""
        repo = self.tutor.repo
        rnd = await repo.round_for_quiz(quiz_id)
        quiz = await repo.get_quiz(quiz_id)
        if rnd is None or quiz is None:
            return None
        ranked = await self.standings(quiz_id)
        asked = min(quiz.position + (1 if quiz.status == "active" else 0), _count(quiz.questions))
        result = RoundResult(
            round_id=rnd.id,
            chat_id=rnd.chat_id,
            lang=quiz.lang,
            asked=max(asked, 1),
            standings=tuple(ranked),
            podium=tuple(scoring.podium(ranked)),
            most_accurate=scoring.most_accurate(ranked),
            interrupted=interrupted,
        )
        stored = json.dumps(
            {
                "asked": result.asked,
                "players": [
                    {
                        "user_id": p.user_id,
                        "name": p.name,
                        "points": p.points,
                        "correct": p.correct,
                    }
                    for p in ranked
                ],
            },
            ensure_ascii=False,
        )
        status = "interrupted" if interrupted else "finished"
        now = self.tutor.clock().timestamp()
        if not await repo.finish_round(rnd.id, status, stored, now):
            return None
        await repo.finish_quiz(quiz_id, status, now)
        return result

    async def stop(self, chat_id: int) -> tuple[int, RoundResult | None] | None:
        """End the running round early: (quiz id, results), or None when none runs."""
        rnd = await self.tutor.repo.running_round(chat_id)
        if rnd is None:
            return None
        return rnd.quiz_id, await self.finish_round(rnd.quiz_id)

    async def interrupted_rounds(self) -> list[RoundResult]:
        """Rounds left running by a restart: end each once with the results so far."""
        out = []
        for rnd in await self.tutor.repo.running_rounds():
            result = await self.finish_round(rnd.quiz_id, interrupted=True)
            if result is not None:
                out.append(result)
        return out

    async def weak_cards(self, chat_id: int, limit: int = WEAK_LIMIT) -> list[WeakCard]:
        counts = await self.tutor.repo.card_counts(chat_id=chat_id)
        known = {c.card_id: c for c in counts if self.tutor.card(c.card_id)}
        ids = srs.weakest_cards(
            [
                srs.CardStats(card_id=c.card_id, answered=c.answered, correct=c.correct)
                for c in known.values()
            ],
            limit,
        )
        out = []
        for cid in ids:
            card = self.tutor.card(cid)
            if card is not None:
                c = known[cid]
                out.append(WeakCard(card=card, answered=c.answered, wrong=c.answered - c.correct))
        return out

    # --- daily pushes ----------------------------------------------------------------

    async def daily_state(self, chat_id: int) -> DailyState:
        tz = await self.tutor.chat_tz(chat_id)
        subs = await self.tutor.repo.subscriptions(chat_id)
        if not subs:
            return DailyState(local_time=None, tz=tz, questions=DAILY_DEFAULT_N)
        return DailyState(
            local_time=schedule.parse_hhmm(subs[0].local_time), tz=tz, questions=subs[0].questions
        )

    async def subscribe(
        self, chat: ChatInfo, at: time, questions: int | None = None
    ) -> DailyState:
        await self.tutor.seen(None, chat)
        now = self.tutor.clock().timestamp()
        n = questions or DAILY_DEFAULT_N
        await self.tutor.repo.subscribe(chat.id, at.strftime("%H:%M"), n, now)
        return await self.daily_state(chat.id)

    async def unsubscribe(self, chat_id: int) -> bool:
        return await self.tutor.repo.unsubscribe(chat_id)

    async def set_timezone(self, chat: ChatInfo, name: str) -> str | None:
        """Set the chat's IANA time zone; None when the name is not a valid zone."""
        canonical = _canonical_zone(name.strip())
        if canonical is None:
            return None
        await self.tutor.repo.set_chat_timezone(chat.id, canonical, self.tutor.clock().timestamp())
        return canonical

    async def due_pushes(self, now: datetime) -> list[tuple[int, datetime, int]]:
        """(chat id, slot, questions) for every subscription due at `now`."""
        subs = []
        for row in await self.tutor.repo.subscriptions():
            at = schedule.parse_hhmm(row.local_time)
            tz = row.tz or self.tutor.default_tz
            if at is None or not schedule.valid_timezone(tz):
                logger.warning(
                    "chat %s: unusable daily schedule %r %r", row.chat_id, row.local_time, tz
                )
                continue
            subs.append(
                schedule.Subscription(
                    chat_id=row.chat_id,
                    local_time=at,
                    tz=tz,
                    questions=row.questions,
                    last_sent=_utc(row.last_sent),
                    created=_utc(row.created_at),
                )
            )
        return [(s.chat_id, slot, s.questions) for s, slot in schedule.due_chats(subs, now)]

    async def claim_push(
        self, chat_id: int, slot: datetime, questions: int, card_ids: Sequence[str] | None = None
    ) -> Push | None:
        """Mark the slot as sent first (so a crash never double-sends), then build the quiz."""
        if not await self.tutor.repo.mark_sent(chat_id, slot.timestamp()):
            return None
        ids = list(card_ids) if card_ids else await self.push_cards(chat_id, questions)
        chat = ChatInfo(id=chat_id, type="private" if chat_id > 0 else "group")
        started = await self.tutor.start_quiz(
            chat, None, max(1, len(ids) or questions), kind="daily", focus=ids or None
        )
        if isinstance(started, QuizRefusal):
            return None
        await self.tutor.repo.finish_quiz(
            started.quiz_id, "sent", slot.timestamp(), close_polls=False
        )
        return Push(
            chat_id=chat_id, slot=slot, steps=tuple(await self.tutor.quiz_steps(started.quiz_id))
        )

    async def push_cards(self, chat_id: int, n: int) -> list[str]:
        """Spaced repetition picks: a user's due and weakest cards, a group's weakest."""
        repo = self.tutor.repo
        ids = self._quizzable_ids()
        if chat_id > 0:
            return self._pick(chat_id, n, ids, states=await repo.reviews(chat_id), counts=[])
        counts = await repo.card_counts(chat_id=chat_id)
        return self._pick(chat_id, n, ids, states={}, counts=counts)

    async def plan_pushes(self, now: datetime) -> list[PlannedPush]:
        """Every push due at `now` with its cards picked, reading the database in bulk."""
        due = await self.due_pushes(now)
        if len(due) <= BULK_PLAN:
            return [
                PlannedPush(chat_id=c, slot=slot, card_ids=tuple(await self.push_cards(c, n)))
                for c, slot, n in due
            ]
        repo = self.tutor.repo
        states = await repo.all_reviews()
        counts = await repo.group_card_counts()
        ids = self._quizzable_ids()
        return [
            PlannedPush(
                chat_id=c,
                slot=slot,
                card_ids=tuple(
                    self._pick(c, n, ids, states=states.get(c, {}), counts=counts.get(c, []))
                ),
            )
            for c, slot, n in due
        ]

    def _quizzable_ids(self) -> list[str]:
        return [c.id for c in self.tutor.library.kb.cards if _quizzable(self.tutor, c)]

    def _pick(
        self,
        chat_id: int,
        n: int,
        all_ids: Sequence[str],
        *,
        states: Mapping[str, srs.ReviewState],
        counts: Sequence[CardCount],
    ) -> list[str]:
        tutor = self.tutor
        if chat_id > 0:
            return srs.pick_cards(states, all_ids, tutor.clock(), n, tutor.rng)
        weak = srs.weakest_cards(
            [
                srs.CardStats(card_id=c.card_id, answered=c.answered, correct=c.correct)
                for c in counts
                if tutor.card(c.card_id)
            ],
            n,
        )
        chosen = set(weak)
        rest = [cid for cid in all_ids if cid not in chosen]
        tutor.rng.shuffle(rest)
        return (weak + rest)[:n]

    async def chat_gone(self, chat_id: int) -> None:
        """The bot was blocked or removed: stop pushes and end what runs there."""
        repo = self.tutor.repo
        await repo.deactivate_chat(chat_id)
        rnd = await repo.running_round(chat_id)
        if rnd is not None:
            await self.finish_round(rnd.quiz_id)
        for quiz in await repo.active_quizzes(chat_id):
            await repo.finish_quiz(quiz.id, "abandoned", self.tutor.clock().timestamp())


@lru_cache(maxsize=1)
def _zones_by_folded_name() -> dict[str, str]:
    return {z.casefold(): z for z in zoneinfo.available_timezones()}


def _canonical_zone(name: str) -> str | None:
    """The IANA name as the tz database spells it ("asia/tokyo" → "Asia/Tokyo"), or None."""
    if schedule.valid_timezone(name):
        return schedule.zone(name).key
    folded = _zones_by_folded_name().get(name.casefold())
    return folded if folded and schedule.valid_timezone(folded) else None


def _count(questions_json: str) -> int:
    return len(json.loads(questions_json))


def _utc(value: float | None) -> datetime | None:
    from datetime import UTC

    return None if value is None else datetime.fromtimestamp(value, tz=UTC)


def _quizzable(tutor: Tutor, card: Card) -> bool:
    return bool(card.definition) or len(card.items) >= 2
