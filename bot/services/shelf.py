"""The library in use: look-ups and cards for everyone, swapped as a whole on reload."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Sequence

from bot.core import quiz as quizcore
from bot.core.models import Card, ContentErrors, KnowledgeBase, Question
from bot.core.search import Result
from bot.services.library import Library, load_library

logger = logging.getLogger(__name__)


class Shelf:
    """Holds the current `Library`; every service reads the notes through it."""

    def __init__(self, library: Library) -> None:
        self.current = library

    @property
    def kb(self) -> KnowledgeBase:
        return self.current.kb

    def ask(self, question: str) -> Result:
        return self.current.ask(question)

    def card(self, card_id: str) -> Card | None:
        return self.current.card(card_id)

    def inline(self, query: str) -> list[Card]:
        return self.current.inline(query)

    def quizzable_ids(self) -> list[str]:
        """Cards a question can be made from: a definition, or a list of two items or more."""
        return [c.id for c in self.kb.cards if c.definition or len(c.items) >= 2]

    def questions(
        self, rng: random.Random, n: int, lang: str, focus: Sequence[str] | None = None
    ) -> list[Question]:
        kb = self.kb
        return quizcore.generate(kb.cards, rng, n, curated=kb.curated, focus=focus, lang=lang)

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
