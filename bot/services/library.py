"""The knowledge base and its search index, loaded together and swapped as one on reload."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from bot.content.cache import load_cached
from bot.core.models import Card, KnowledgeBase
from bot.core.search import Index, Result, lookup, search_titles
from bot.morph import lemma, lemmatize

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class Library:
    content_dir: Path
    kb: KnowledgeBase
    index: Index
    cache_dir: Path | None = None

    def ask(self, question: str) -> Result:
        return lookup(self.index, question)

    def card(self, card_id: str) -> Card | None:
        return self.kb.card(card_id)

    def inline(self, query: str, limit: int = 10) -> list[Card]:
        return search_titles(self.index, query, limit=limit)


def load_library(content_dir: Path, cache_dir: Path | None = None) -> Library:
    """Read, validate and index a content folder (raises ContentErrors on bad content),
    reusing what `cache_dir` holds from earlier loads (see bot/content/cache.py)."""
    kb, index = load_cached(content_dir, cache_dir, lemmatize, build_with=lemma)
    for warning in kb.warnings:
        logger.warning("notes: %s", warning)
    logger.info("loaded %d notes, %d cards from %s", len(kb.notes), len(kb.cards), content_dir)
    return Library(content_dir=content_dir, kb=kb, index=index, cache_dir=cache_dir)
