"""Daily pushes: subscriptions and time zones, who is due now, which cards, claiming a slot."""

from __future__ import annotations

import logging
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time

from bot.core import schedule, srs
from bot.core.states import QuizKind, QuizStatus
from bot.services.people import People
from bot.services.quizmaker import QuizMaker, step_of
from bot.services.shelf import Shelf
from bot.services.types import ChatInfo, Clock, DailyState, PlannedPush, Push, QuizRefusal
from bot.services.zones import resolve_zone
from bot.storage.answers import AnswerStore
from bot.storage.pushes import PushStore
from bot.storage.quizzes import QuizStore
from bot.storage.records import SubscriptionRecord

logger = logging.getLogger(__name__)

DAILY_DEFAULT_N = 3
BULK_PLAN = 50  # more due chats than this: read review states and answer counts in bulk


@dataclass(frozen=True, slots=True, kw_only=True)
class Pushes:
    """The daily push: settings, planning, claiming and building each push."""

    maker: QuizMaker
    people: People
    shelf: Shelf
    pushes: PushStore
    answers: AnswerStore
    quizzes: QuizStore
    clock: Clock
    rng: random.Random

    # --- settings ----------------------------------------------------------------------

    async def daily_state(self, chat_id: int) -> DailyState:
        tz = await self.people.chat_tz(chat_id)
        subs = await self.pushes.subscriptions(chat_id)
        if not subs:
            return DailyState(local_time=None, tz=tz, questions=DAILY_DEFAULT_N)
        at = schedule.parse_hhmm(subs[0].local_time)
        key = await self.people.chat_topic(chat_id)
        topic = self.shelf.topics.get(key) if key else None
        return DailyState(
            local_time=at,
            tz=tz,
            questions=subs[0].questions,
            topic=topic.name if topic else "",
        )

    async def subscribe(
        self, chat: ChatInfo, at: time, questions: int | None = None
    ) -> DailyState:
        await self.people.seen(None, chat)
        n = questions or DAILY_DEFAULT_N
        await self.pushes.subscribe(chat.id, at.strftime("%H:%M"), n, self._now())
        return await self.daily_state(chat.id)

    async def unsubscribe(self, chat_id: int) -> bool:
        return await self.pushes.unsubscribe(chat_id)

    async def set_timezone(self, chat: ChatInfo, name: str) -> str | None:
        """Set the chat's time zone from an IANA name, `UTC+3` or a city; None when the text
        names no zone."""
        canonical = resolve_zone(name)
        if canonical is None:
            return None
        await self.people.set_chat_tz(chat.id, canonical)
        return canonical

    # --- sending -----------------------------------------------------------------------

    async def due(self, now: datetime) -> list[tuple[int, datetime, int]]:
        """(chat id, slot, questions) for every subscription due at `now`."""
        return [(s.chat_id, slot, s.questions) for s, slot, _ in await self._due(now)]

    async def _due(
        self, now: datetime
    ) -> list[tuple[schedule.Subscription, datetime, str | None]]:
        """Each subscription due at `now`, its slot and the chat's topic (if still known)."""
        rows = await self.pushes.subscriptions()
        topics: dict[int, str] = {}
        if any(r.topic for r in rows):
            known = self.shelf.topics.by_key
            topics = {r.chat_id: r.topic for r in rows if r.topic and r.topic in known}
        subs = [s for s in map(self._subscription, rows) if s]
        return [(s, slot, topics.get(s.chat_id)) for s, slot in schedule.due_chats(subs, now)]

    def _subscription(self, row: SubscriptionRecord) -> schedule.Subscription | None:
        at = schedule.parse_hhmm(row.local_time)
        tz = row.tz or self.people.default_tz
        if at is None or not schedule.valid_timezone(tz):
            logger.warning(
                "chat %s: unusable daily schedule %r %r", row.chat_id, row.local_time, tz
            )
            return None
        return schedule.Subscription(
            chat_id=row.chat_id,
            local_time=at,
            tz=tz,
            questions=row.questions,
            last_sent=_utc(row.last_sent),
            created=_utc(row.created_at),
        )

    async def plan(self, now: datetime | None = None) -> list[PlannedPush]:
        """Every push due now with its cards picked, reading the database in bulk when many."""
        now = now or self.clock()
        due = [(s.chat_id, slot, s.questions, topic) for s, slot, topic in await self._due(now)]
        if len(due) <= BULK_PLAN:
            return [
                PlannedPush(
                    chat_id=c,
                    slot=slot,
                    card_ids=tuple(await self.cards_for(c, n, topic=topic)),
                    topic=topic,
                )
                for c, slot, n, topic in due
            ]
        states = await self.answers.all_reviews()
        counts = await self.answers.group_card_stats()
        every = self.shelf.quizzable_ids()
        return [
            PlannedPush(
                chat_id=c,
                slot=slot,
                card_ids=tuple(
                    self._pick(
                        c,
                        n,
                        self._within(every, topic),
                        states=states.get(c, {}),
                        counts=counts.get(c, []),
                    )
                ),
                topic=topic,
            )
            for c, slot, n, topic in due
        ]

    def _within(self, ids: Sequence[str], topic: str | None) -> Sequence[str]:
        """The ids in the topic with key `topic` (all of them without one)."""
        if topic is None:
            return ids
        members = set(self.shelf.topics.cards_of(topic))
        return [cid for cid in ids if cid in members]

    async def cards_for(self, chat_id: int, n: int, *, topic: str | None = None) -> list[str]:
        """Spaced repetition picks: a user's due and weakest cards, a group's weakest (in the
        topic whose key is `topic`, when given)."""
        ids = self._within(self.shelf.quizzable_ids(), topic)
        if chat_id > 0:
            states = await self.answers.reviews(chat_id)
            return self._pick(chat_id, n, ids, states=states, counts=[])
        counts = await self.answers.card_stats(chat_id=chat_id)
        return self._pick(chat_id, n, ids, states={}, counts=counts)

    def _pick(
        self,
        chat_id: int,
        n: int,
        all_ids: Sequence[str],
        *,
        states: Mapping[str, srs.ReviewState],
        counts: Sequence[srs.CardStats],
    ) -> list[str]:
        if chat_id > 0:
            return srs.pick_cards(states, all_ids, self.clock(), n, self.rng)
        allowed = set(all_ids)  # cards still in the notes (and in the chat's topic)
        weak = srs.weakest_cards([c for c in counts if c.card_id in allowed], n)
        chosen = set(weak)
        rest = [cid for cid in all_ids if cid not in chosen]
        self.rng.shuffle(rest)
        return (weak + rest)[:n]

    async def claim(self, plan: PlannedPush) -> Push | None:
        """Mark the slot as sent first (so a crash never double-sends), then build the quiz."""
        if not await self.pushes.claim(plan.chat_id, plan.slot.timestamp()):
            return None
        ids = list(plan.card_ids)
        chat = ChatInfo(id=plan.chat_id, type="private" if plan.chat_id > 0 else "group")
        topic = self.shelf.topics.get(plan.topic) if plan.topic else None
        started = await self.maker.create(
            chat, None, max(1, len(ids)), kind=QuizKind.DAILY, focus=ids or None, topic=topic
        )
        if isinstance(started, QuizRefusal):
            # A quiz still running there, or a topic with nothing left to ask: skip today.
            logger.info("daily push to chat %s skipped: %s", plan.chat_id, started.reason)
            return None
        slot = plan.slot.timestamp()
        await self.quizzes.finish(started.quiz_id, QuizStatus.SENT, slot, close_polls=False)
        quiz = await self.quizzes.get(started.quiz_id)
        steps = tuple(step_of(quiz, i) for i in range(len(quiz.questions))) if quiz else ()
        return Push(
            chat_id=plan.chat_id,
            slot=plan.slot,
            lang=started.lang,
            steps=steps,
            topic=topic.name if topic else "",
        )

    def _now(self) -> float:
        return self.clock().timestamp()


def _utc(value: float | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, tz=UTC)
