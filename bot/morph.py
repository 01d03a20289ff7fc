"""Russian lemmatisation with pymorphy3, loaded once per process."""

from __future__ import annotations

import logging
from functools import lru_cache

import pymorphy3

logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=200_000)
def lemmatize(word: str) -> str:
    """The most likely dictionary form of a lower-case Russian word."""
    parses = _analyzer().parse(word)
    if not parses:
        return word
    return str(parses[0].normal_form)
