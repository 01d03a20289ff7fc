"""A short name asked by the words it stands for: "what is a minimum lovable product?" in
notes that only write "MLP — минимально привлекательный продукт", "система управления
базами данных" where a card is named СУБД. The notes never spell the name out in the
question's language, so the name's letters are the only link."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.text import fold

# A name of capitals alone that people say letter by letter.
_LETTERS = re.compile(r"[A-Z]{3,6}|[А-ЯЁ]{3,6}")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
MIN_SPELLED_WORDS = 3  # two words spell too many two-letter names by chance


def short_names(names: Iterable[str]) -> dict[str, str]:
    """Folded letters → the short name as the notes write it."""
    return {fold(name): name for name in names if _LETTERS.fullmatch(name)}


def spelled(short: dict[str, str], query: str, told: list[str]) -> str:
    """The short name whose letters open, in order, the words of the question from its first
    telling word to its last (`told`: the raw chunks they were read from), with the small
    words between ("yield to maturity": YTM) or without them. "" when none does."""
    if not short or len(told) < 2:
        return ""
    chunks = query.split()
    if told[0] not in chunks or told[-1] not in chunks:
        return ""
    first = chunks.index(told[0])
    last = len(chunks) - 1 - chunks[::-1].index(told[-1])
    span = [w for chunk in chunks[first : last + 1] for w in _WORD.findall(chunk)]
    kept = [w for chunk in told for w in _WORD.findall(chunk)]
    for said in (span, kept):
        letters = fold("".join(w[0] for w in said))
        if len(said) >= MIN_SPELLED_WORDS and letters in short:
            return short[letters]
    return ""
