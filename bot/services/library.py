"""The knowledge base and its search index, loaded together and swapped as one on reload."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from bot.content.loader import load_content
from bot.core.models import Card, KnowledgeBase
from bot.core.search import Index, Result, build_index, lookup, search_titles
from bot.morph import lemmatize

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class Library:
    content_dir: Path
    kb: KnowledgeBase
    index: Index

    def ask(self, question: str) -> Result:
        return lookup(self.index, question)

    def card(self, card_id: str) -> Card | None:
        return self.kb.card(card_id)

    def inline(self, query: str, limit: int = 10) -> list[Card]:
        return search_titles(self.index, query, limit=limit)


def load_library(content_dir: Path) -> Library:
    """Read, validate and index a content folder (raises ContentErrors on bad content)."""
    kb = load_content(content_dir)
    for warning in kb.warnings:
        logger.warning("notes: %s", warning)
    index = build_index(kb.cards, lemmatize)
    logger.info("loaded %d notes, %d cards from %s", len(kb.notes), len(kb.cards), content_dir)
    return Library(content_dir=content_dir, kb=kb, index=index)
