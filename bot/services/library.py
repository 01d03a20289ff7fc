"""The knowledge base and its search index, loaded together and swapped as one on reload."""

from __future__ import annotations

import logging
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.content.cache import load_cached
from bot.core import quiz as quizcore
from bot.core.links import Links, build_links, related
from bot.core.models import Card, KnowledgeBase, Question
from bot.core.quizpool import Pool
from bot.core.quizpool import pool as quiz_pool
from bot.core.search import Index, Result, lookup, search_titles
from bot.core.topics import Topic, TopicIndex, build_topics
from bot.morph import lemma, lemmatize

logger = logging.getLogger(__name__)


class _Derived:
    """What a library works out from its cards on first use (a start-up from the cache does
    not wait for topics and links nobody asked for yet)."""

    topics: TopicIndex | None = None
    links: Links | None = None
    quiz_pool: Pool | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Library:
    content_dir: Path
    kb: KnowledgeBase
    index: Index
    cache_dir: Path | None = None
    _derived: _Derived = field(default_factory=_Derived, compare=False, repr=False)

    @property
    def topics(self) -> TopicIndex:
        """The topics of the notes (folders, tags, decks) and their cards."""
        if self._derived.topics is None:
            self._derived.topics = build_topics(self.kb.cards, lemmatize)
        return self._derived.topics

    @property
    def links(self) -> Links:
        """Which cards link to which in the vault."""
        if self._derived.links is None:
            self._derived.links = build_links(self.kb.cards)
        return self._derived.links

    @property
    def quiz_pool(self) -> Pool:
        """What quizzes on all the notes may ask, worked out on the first /quiz (masking
        every definition costs most of a quiz on many cards)."""
        if self._derived.quiz_pool is None:
            self._derived.quiz_pool = quiz_pool(self.kb.cards)
        return self._derived.quiz_pool

    def ask(self, question: str) -> Result:
        return lookup(self.index, question)

    def card(self, card_id: str) -> Card | None:
        return self.kb.card(card_id)

    def inline(self, query: str, limit: int = 10) -> list[Card]:
        return search_titles(self.index, query, limit=limit)

    def related(self, card: Card, similar: Sequence[Card] = ()) -> tuple[Card, ...]:
        """Cards to offer under `card`: linked in the vault first, then `similar` ones."""
        return related(self.links, card, similar, self.kb.by_id)

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
        """Up to `n` questions: on the `focus` cards when given, else on a topic's cards, else
        on any. With a topic, the wrong options come from the topic: a Linux question among
        Linux answers (from its parent topics, then all the notes, for a card the topic alone
        cannot give enough options). `selfcheck`: long flashcard answers come as self-checks
        (see `core.quiz.generate`)."""
        kb = self.kb
        if topic is None:
            return quizcore.generate(
                kb.cards, rng, n, curated=kb.curated, focus=focus, lang=lang,
                selfcheck=selfcheck, pool=self.quiz_pool,
            )  # fmt: skip
        if focus is None:
            ids = list(self.topics.cards_of(topic.key))
            rng.shuffle(ids)
        else:
            ids = list(focus)
        wanted = set(ids)
        curated = [q for q in kb.curated if q.card_id in wanted]
        parts = topic.key.split("/")
        pools: list[str | None] = ["/".join(parts[:i]) for i in range(len(parts), 0, -1)]
        out: list[Question] = []
        for pool in [*pools, None]:
            if len(out) >= n or not ids:
                break
            members = set(self.topics.cards_of(pool)) if pool is not None else None
            cards = [c for c in kb.cards if members is None or c.id in members]
            out += quizcore.generate(
                cards, rng, n - len(out), curated=curated, focus=ids, lang=lang,
                selfcheck=selfcheck,
            )  # fmt: skip
            asked = {q.card_id for q in out}
            ids = [cid for cid in ids if cid not in asked]
        return out


def load_library(content_dir: Path, cache_dir: Path | None = None) -> Library:
    """Read, validate and index a content folder (raises ContentErrors on bad content),
    reusing what `cache_dir` holds from earlier loads (see bot/content/cache.py)."""
    kb, index = load_cached(content_dir, cache_dir, lemmatize, build_with=lemma)
    for warning in kb.warnings:
        logger.warning("notes: %s", warning)
    logger.info("loaded %d notes, %d cards from %s", len(kb.notes), len(kb.cards), content_dir)
    return Library(content_dir=content_dir, kb=kb, index=index, cache_dir=cache_dir)
