"""Topics: listing them, resolving a user's topic name, a chat's default topic, scopes."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.topics import Topic, find_topic, prominent
from bot.services.people import People
from bot.services.shelf import Shelf
from bot.services.types import (
    ChatInfo,
    ChatTopic,
    QuizRefusal,
    Refusal,
    Scope,
    TopicList,
)

# "/topic all", "/quiz 5 все": every note, whatever the chat's topic.
ALL_WORDS = frozenset({"all", "any", "*", "все", "всё", "любая", "off", "none", "нет"})
SHOWN_TOPICS = 20
ALL = "all"  # the topic id a button uses for "all the notes"


def is_all(name: str) -> bool:
    return name.strip().casefold() in ALL_WORDS


@dataclass(frozen=True, slots=True, kw_only=True)
class Topics:
    """The notes' topics and each chat's default one."""

    shelf: Shelf
    people: People

    async def listing(
        self, chat_id: int, within: str = "", limit: int = SHOWN_TOPICS
    ) -> TopicList | QuizRefusal:
        """Every topic (parents before children), or those under the topic `within` names,
        with the chat's own topic."""
        index = self.shelf.topics
        shown = index.topics
        if within.strip():
            found = self._find(within)
            if isinstance(found, QuizRefusal):
                return found
            shown = index.within(found.key)
        current = (await self.chat_topic(chat_id)).topic
        return TopicList(topics=prominent(shown, limit), total=len(shown), current=current)

    def all(self) -> tuple[Topic, ...]:
        """Every topic of the notes (`tutorbot topics`)."""
        return self.shelf.topics.topics

    async def chat_topic(self, chat_id: int) -> ChatTopic:
        key = await self.people.chat_topic(chat_id)
        if key is None:
            return ChatTopic()
        topic = self.shelf.topics.get(key)
        return ChatTopic(topic=topic) if topic else ChatTopic(lost=key.replace("/", " › "))

    async def set_chat_topic(self, chat: ChatInfo, name: str) -> ChatTopic | QuizRefusal:
        """Set the chat's default topic from a user's name for it (`all` clears it)."""
        if is_all(name):
            await self.people.set_chat_topic(chat, None)
            return ChatTopic()
        found = self._find(name)
        if isinstance(found, QuizRefusal):
            return found
        await self.people.set_chat_topic(chat, found.key)
        return ChatTopic(topic=found)

    async def scope(
        self, chat_id: int, *, name: str | None = None, topic_id: str | None = None
    ) -> Scope | QuizRefusal:
        """The cards to draw from: the topic a button or a name asks for, else the chat's."""
        index = self.shelf.topics
        topic: Topic | None
        if topic_id is not None:
            if topic_id == ALL:
                return Scope()
            topic = index.by_id.get(topic_id)
            if topic is None:
                return QuizRefusal(reason=Refusal.CARD_GONE)  # a button from older notes
        elif name is not None and name.strip():
            if is_all(name):
                return Scope()
            found = self._find(name)
            if isinstance(found, QuizRefusal):
                return found
            topic = found
        else:
            topic = (await self.chat_topic(chat_id)).topic
        if topic is None:
            return Scope()
        return Scope(topic=topic, ids=frozenset(index.cards_of(topic.key)))

    def _find(self, name: str) -> Topic | QuizRefusal:
        match = find_topic(self.shelf.topics, name)
        if match.topic is not None:
            return match.topic
        return QuizRefusal(
            reason=Refusal.TOPIC_UNKNOWN,
            topic=match.query,
            closest=tuple(t.name for t in match.closest),
        )
