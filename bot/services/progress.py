"""Progress: a user's stats, a chat's leaderboards and seasons, a group's weak spots."""

from __future__ import annotations

from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from bot.core import progress, scoring, srs
from bot.core.progress import UserStats, topic_mastery
from bot.services.people import People
from bot.services.shelf import Shelf
from bot.services.topics import Topics
from bot.services.types import Clock, Leaderboard, QuizRefusal, Scope, WeakCard, WeakSpots
from bot.storage.answers import AnswerStore

WEAK_LIMIT = 5


@dataclass(frozen=True, slots=True, kw_only=True)
class Progress:
    """Stats, leaderboards, seasons and weak spots, read from the answers."""

    shelf: Shelf
    people: People
    topics: Topics
    answers: AnswerStore
    clock: Clock

    async def stats(self, user_id: int, chat_id: int | None = None) -> UserStats:
        """The user's progress, days counted in the chat's time zone (the default without one)."""
        tz = await self.people.chat_tz(chat_id) if chat_id is not None else None
        now = self.clock()
        states = await self.answers.reviews(user_id)
        cards = self.shelf.kb.by_id
        counts = await self.answers.card_stats(user_id=user_id)
        zone = ZoneInfo(tz or self.people.default_tz)
        stats = progress.user_stats(
            answers=await self.answers.history(user_id),
            counts=counts,
            cards=cards,
            due=sum(1 for s in states.values() if srs.is_due(s, now) and s.card_id in cards),
            now=now,
            zone=zone,
        )
        upcoming = min(
            (s.due for s in states.values() if s.due and s.due > now and s.card_id in cards),
            default=None,
        )
        return replace(
            stats,
            topics=topic_mastery(self.shelf.topics, counts),
            next_due=upcoming.astimezone(zone) if upcoming else None,
        )

    async def leaderboard(self, chat_id: int) -> Leaderboard:
        """This season's (week's) and all-time best scorers of the chat."""
        tz = ZoneInfo(await self.people.chat_tz(chat_id))
        now = self.clock()
        week = await self.answers.leaderboard(chat_id, scoring.season_start(now, tz).timestamp())
        all_time = await self.answers.leaderboard(chat_id, None)
        return Leaderboard(
            week=tuple(week), all_time=tuple(all_time), season=scoring.season_id(now, tz)
        )

    async def last_season(self, chat_id: int) -> Leaderboard:
        """The previous season's podium (in `week`)."""
        tz = ZoneInfo(await self.people.chat_tz(chat_id))
        start, end = scoring.previous_season_bounds(self.clock(), tz)
        podium = await self.answers.podium_between(chat_id, start.timestamp(), end.timestamp())
        return Leaderboard(week=tuple(podium), all_time=(), season=scoring.season_id(start, tz))

    async def weak(self, chat_id: int, topic: str | None = None) -> WeakSpots | QuizRefusal:
        """The chat's weak cards on the topic named, else on the chat's topic, else on all."""
        scope = await self.topics.scope(chat_id, name=topic)
        if isinstance(scope, QuizRefusal):
            return scope
        cards = await self.weak_cards(chat_id, scope=scope)
        return WeakSpots(cards=tuple(cards), topic=scope.topic)

    async def weak_cards(
        self, chat_id: int, limit: int = WEAK_LIMIT, *, scope: Scope | None = None
    ) -> list[WeakCard]:
        """The cards the chat gets wrong most often (within `scope` when given)."""
        scope = scope or Scope()
        counts = {
            c.card_id: c
            for c in await self.answers.card_stats(chat_id=chat_id)
            if self.shelf.card(c.card_id) and scope.has(c.card_id)
        }
        out = []
        for card_id in srs.weakest_cards(list(counts.values()), limit):
            card = self.shelf.card(card_id)
            if card is not None:
                c = counts[card_id]
                out.append(WeakCard(card=card, answered=c.answered, wrong=c.wrong))
        return out
