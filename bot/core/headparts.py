"""The several names one heading can give: two joined with "and" or " / ", a list of
them with commas, a heading written as short phrases each ending in a full stop, or the name
an "Introduction to ..." heading introduces. `titles.py` reads the heading as a whole.

Hand-written: these are conventions of how people write study notes, not Markdown syntax.
"""

from __future__ import annotations

import re

from bot.core.altnames import split_aliases
from bot.core.labels import is_section_word

WRAPPED = re.compile(
    r"^(?:understanding|introduction\s+to|intro\s+to|an\s+introduction\s+to|overview\s+of|"
    r"getting\s+started\s+with|working\s+with|(?:all\s+|more\s+)?about|notes\s+on|"
    r"(?:the\s+)?basics\s+of|fundamentals\s+of|введение\s+в|знакомство\s+с|обзор)\s+(.+)$",
    re.I,
)
_JOINED = re.compile(r"^(.{2,50}?)\s+(?:and|&|и|/)\s+(.{2,50})$", re.I)
# "Аутентификация, идентификация, авторизация": three names listed with commas alone.
_LISTED = re.compile(r"^([^,\d<(\[]{2,30}),\s+([^,\d<(\[]{2,30},\s+[^,\d<(\[]{2,30})$")
_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.I)
MAX_JOINED_WORDS = 4


def joined_names(title: str) -> tuple[str, ...]:
    """The two names a heading joins with "and" or " / ", each with its own other names;
    () when a side is no name ("Pros and Cons", a long phrase)."""
    m = _JOINED.match(title)
    if m is not None and " " not in m.group(1).strip() and " " in m.group(2).strip():
        # "Статическая и динамическая инициализация", "Static and dynamic typing": one
        # word, then the words both share; no two names.
        return ()
    m = m or _LISTED.match(title)
    if m is None:
        return ()
    names: list[str] = []
    # "Refs, Branches, and HEAD", "P, NP и NP-полнота": a list, each entry a name.
    sides = [p for side in m.groups() for p in side.split(",") if p.strip()]
    if len(sides) > MAX_LISTED_NAMES:
        return ()
    for side in sides:
        head, aliases, _ = split_aliases(_ARTICLE.sub("", side.strip()))
        if not 0 < len(head.split()) <= MAX_JOINED_WORDS or is_section_word(head):
            return ()
        names += [head, *aliases]
    return tuple(names)


MAX_LISTED_NAMES = 4


# "Def. (Дисперсия)", "Рис. 3": an abbreviation's dot, not the end of a name.
_TWO_NAMES = re.compile(r"^((?=[^.!?:]*\s)[^.!?:]{3,60}?|[^.!?:\s]{5,60})\.\s+([^.!?:(]{2,60})$")
MAX_PART_WORDS = 5


def phrases(title: str) -> tuple[str, ...]:
    """The phrases of a heading written as two to four of them, each ending in a full stop
    ("Траскрипция. Синтез РНК", "Концепция науки К. Поппера. Принцип фальсификации. Идея
    «третьего мира»"; an initial's stop ends none)."""
    two = _TWO_NAMES.match(title)
    if two is not None:
        return two.groups() if all(map(_balanced, two.groups())) else ()
    parts = _PHRASE_STOP.split(title.strip().rstrip("."))
    if not MIN_PHRASES <= len(parts) <= MAX_PHRASES or any(
        not 2 <= len(p) <= MAX_PHRASE_CHARS or _INNER_STOP.search(p) or not _balanced(p)
        for p in parts
    ):
        return ()
    return tuple(parts)


def _balanced(phrase: str) -> bool:
    """ "Aldol Condensation (dil. NaOH)": a stop inside brackets ends no phrase."""
    return phrase.count("(") == phrase.count(")")


_PHRASE_STOP = re.compile(r"(?<!\s[A-ZА-ЯЁ])(?<!^[A-ZА-ЯЁ])\.\s+")
_INNER_STOP = re.compile(r"[!?:]")
MIN_PHRASES, MAX_PHRASES = 3, 4
MAX_PHRASE_CHARS = 60


def named_parts(parts: tuple[str, ...]) -> tuple[str, ...]:
    """The parts of a heading of two phrases that name something: a few words, no number
    ("Extra 1"), no section word ("Введение")."""
    out: list[str] = []
    for part in parts:
        head, aliases, _ = split_aliases(part.strip())
        if (
            head
            and len(head.split()) <= MAX_PART_WORDS
            and not any(ch.isdigit() for ch in head)
            and not is_section_word(head)
        ):
            out.extend((head, *aliases))
    return tuple(out)
