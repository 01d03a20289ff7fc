"""The number after a name, as the notes write it: "Александр 3", "александр третий" and
"Henry 8" ask for the notes' "Александр III" and "Henry VIII".

Written here rather than taken from a library: the conversion is a few lines, and what
matters is the check that the notes name something so ("python 3" stays a version)."""

from __future__ import annotations

from bot.core.indexdata import Index
from bot.core.wordmatch import resolve_word

MAX_ORDINAL = 39  # rulers, congresses, wars: never more
NEAR_NAME = 0.85  # a slip of the name before the number still names it

_ORDINALS = {
    word: n
    for n, names in enumerate(
        (
            ("первый", "first"),
            ("второй", "second"),
            ("третий", "third"),
            ("четвёртый", "четвертый", "fourth"),
            ("пятый", "fifth"),
            ("шестой", "sixth"),
            ("седьмой", "seventh"),
            ("восьмой", "eighth"),
            ("девятый", "ninth"),
            ("десятый", "tenth"),
        ),
        start=1,
    )
    for word in names
}

_ROMAN = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def romanized(index: Index, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The question's (word, as typed) pairs with a number or an ordinal after a word read
    as the Roman numeral some card's name gives that word ("Пётр 1", "петра первого")."""
    out = list(pairs)
    for i in range(1, len(out)):
        word = out[i][0]
        n = int(word) if word.isdigit() and len(word) <= 2 else _ordinal(index, word)
        if not n or n > MAX_ORDINAL:
            continue
        numeral = roman(n)
        if numeral not in index.numbered:
            continue
        before, typed = out[i - 1]
        # "алесандр третий": the name before may be typed with a slip.
        name_id = index.vocab.get(index.term(before))
        named = (
            {name_id}
            if name_id is not None
            else {t for t, sim in resolve_word(index, before, typed).items() if sim >= NEAR_NAME}
        ) & index.name_vocab
        if not named.isdisjoint(index.numbered[numeral]):
            out[i] = (numeral, numeral.upper())
    return out


def _ordinal(index: Index, word: str) -> int:
    return _ORDINALS.get(word) or _ORDINALS.get(index.term(word)) or 0
