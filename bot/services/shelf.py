"""The library in use: look-ups and cards for everyone, swapped as a whole on reload."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Sequence

from bot.core.models import Card, ContentErrors, KnowledgeBase, Question
from bot.core.search import Result
from bot.core.topics import Topic, TopicIndex
from bot.services.library import Library, load_library
from bot.services.types import Answer

logger = logging.getLogger(__name__)


class Shelf:
    """Holds the current `Library`; every service reads the notes through it."""

    def __init__(self, library: Library) -> None:
        self.current = library

    @property
    def kb(self) -> KnowledgeBase:
        return self.current.kb

    @property
    def topics(self) -> TopicIndex:
        return self.current.topics

    def ask(self, question: str) -> Result:
        return self.current.ask(question)

    def answer(self, question: str) -> Answer:
        """The lookup and the cards to offer under it: linked in the vault, then similar."""
        result = self.current.ask(question)
        if not result.found or result.best is None:
            return Answer(result=result)
        if result.compared is not None:
            # The card comparing both, when the notes have one, is offered under them.
            offered = (result.compared, *(m.card for m in result.alternatives))
            return Answer(result=result, related=offered)
        similar = [m.card for m in result.alternatives]
        return Answer(result=result, related=self.current.related(result.best, similar))

    def related(self, card: Card) -> tuple[Card, ...]:
        """Cards linked with `card` in the vault (under a card shown from a button)."""
        return self.current.related(card)

    def card(self, card_id: str) -> Card | None:
        return self.current.card(card_id)

    def inline(self, query: str) -> list[Card]:
        return self.current.inline(query)

    def quizzable_ids(self) -> list[str]:
        """Cards a question can be made from: a definition, or a list of two items or more."""
        return [c.id for c in self.kb.cards if c.definition or len(c.items) >= 2]

    def questions(
        self,
        rng: random.Random,
        n: int,
        lang: str,
        focus: Sequence[str] | None = None,
        topic: Topic | None = None,
        *,
        selfcheck: bool = False,
    ) -> list[Question]:
        return self.current.questions(rng, n, lang, focus, topic, selfcheck=selfcheck)

    async def reload(self) -> ContentErrors | None:
        """Re-read the content folder; on bad content keep the current notes, return the errors."""
        try:
            current = self.current
            library = await asyncio.to_thread(load_library, current.content_dir, current.cache_dir)
        except ContentErrors as errors:
            logger.warning("content reload failed, keeping the previous notes:\n%s", errors)
            return errors
        self.current = library
        logger.info("content reloaded: %d cards", len(library.kb.cards))
        return None
