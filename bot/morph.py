"""Russian lemmatisation with pymorphy3, loaded once per process.

pymorphy3 uses the DAWG2 C extension when it is installed (a dependency where a wheel
exists) and its pure-Python reader otherwise: the same lemmas, about three times slower.
"""

from __future__ import annotations

import logging
from functools import lru_cache

import pymorphy3

logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="ru")


def lemma(word: str) -> str:
    """The most likely dictionary form of a lower-case Russian word, looked up every time.

    For an index build, which looks each distinct word of the notes up once anyway: a cache
    here would only keep tens of thousands of words alive for the life of the bot.
    """
    parses = _analyzer().parse(word)
    if not parses:
        return word
    return str(parses[0].normal_form)


@lru_cache(maxsize=200_000)
def lemmatize(word: str) -> str:
    """The most likely dictionary form of a lower-case Russian word (cached, for questions)."""
    return lemma(word)
