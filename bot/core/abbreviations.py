"""Abbreviations and the words they stand for, as prose spells them out: "Технология PoE
(Power over Ethernet, ...)", "pending entries list (PEL)", "The project management body of
knowledge **PMBOK**", "BOM (Browser Object Model)".

Hand-written: which letters of which words an abbreviation takes (small words give one or
none) is a reading of study notes no library offers.
"""

from __future__ import annotations

import re

from bot.core.blocks import SMALL_WORDS, initials
from bot.core.text import CYRILLIC_LETTER

# "Технология PoE (Power over Ethernet, стандарты ...) позволяет ...", "длину пакета (MTU,
# Maximum transmission unit)": prose that spells an abbreviation out introduces it.
_SHORT = r"[A-Z][A-Za-z0-9]{1,7}"
_LONG = r"[A-Z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){1,6}"
_SPELLED = (
    # "RAID(Redundant Array of Inexpensive Disks)": a space before the bracket or none.
    re.compile(rf"(?<![\w-])({_SHORT})\s*\(({_LONG})\s*[,;)]"),
    re.compile(rf"\(({_SHORT}),\s+({_LONG})\s*[,;)]"),
)
MIN_CAPITALS = 2  # "PoE", "MTU": an abbreviation, not a capitalised word


# "попадает в pending entries list (PEL) — список ...": the words, then their letters.
LETTERS_AFTER = re.compile(rf"\(({_SHORT})\)")  # "(IDT)": an abbreviation in brackets
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def _spelled_before_letters(text: str) -> list[tuple[str, str, int]]:
    """(letters, the Latin words before them they stand for, where) for each `words (ABC)`
    in Russian prose, where English words and their letters stand out as a term, and in
    English prose when the words are capitalised ("Interrupt Descriptor Table (IDT)"; in
    small letters English notes write so of what their own heading names)."""
    out: list[tuple[str, str, int]] = []
    # English prose names so only in capitals: "sets up Interrupt Descriptor Table (IDT)".
    capitals = not CYRILLIC_LETTER.search(text)
    for match in LETTERS_AFTER.finditer(text):
        short = match.group(1)
        before = text[: match.start()].rstrip().split()
        for n in range(min(len(short) + 2, len(before)), 1, -1):
            said = before[-n:]
            if not all(_LATIN_WORD.fullmatch(w) for w in said):
                continue
            if capitals and not all(w[0].isupper() or w in SMALL_WORDS for w in said):
                continue
            if said[0][:1].casefold() == short[:1].casefold() and stands_for(
                short, " ".join(said)
            ):
                out.append((short, " ".join(said), match.start()))
                break
    return out


def spelled_out(text: str, seen: set[str]) -> list[tuple[str, int]]:
    """ "SHORT (the words it stands for)" and where the text spells it, for each abbreviation
    spelled out in it and not in `seen` (which gains each)."""
    if "(" not in text:
        return []
    out: list[tuple[str, int]] = []
    found = [
        (m.group(1), long, m.start())
        for pattern in _SPELLED
        for m in pattern.finditer(text)
        if stands_for(m.group(1), long := " ".join(m.group(2).split()))
    ]
    # Those after their words were checked to stand for them as they were found.
    for short, long, at in [*found, *_spelled_before_letters(text)]:
        if short.casefold() in seen or sum(c.isupper() for c in short) < MIN_CAPITALS:
            continue
        seen.add(short.casefold())
        out.append((f"{short} ({long})", at))
    return out


def stands_for(short: str, long: str) -> bool:
    """`SLAAC` for "Stateless Address Autoconfiguration", `DMZ` for "Demilitarized Zone":
    the abbreviation's letters in order, each word's first letter among them (small words
    such as "over" may give one or none), none taken before its word's first."""
    letters = short.casefold()
    parts = [w.casefold() for w in long.replace("-", " ").split()]
    small = {i for i, w in enumerate(parts) if w in SMALL_NAME_WORDS}

    def fits(at: int, word: int, inside: int) -> bool:
        # `at` letters matched; the current word is `word`, read up to `inside`.
        if at == len(letters):
            return all(i in small for i in range(word + 1, len(parts)))
        nxt = word + 1
        if nxt < len(parts) and parts[nxt][0] == letters[at] and fits(at + 1, nxt, 1):
            return True
        if nxt < len(parts) and nxt in small and fits(at, nxt, len(parts[nxt])):
            return True
        if word >= 0:
            found = parts[word].find(letters[at], inside)
            while found != -1:
                if fits(at + 1, word, found + 1):
                    return True
                found = parts[word].find(letters[at], found + 1)
        return False

    return len(parts) >= 2 and len(letters) <= 2 * len(parts) and fits(0, -1, 0)


# Words inside a name that give no letter of its abbreviation, nor count as one of its words.
SMALL_NAME_WORDS = SMALL_WORDS | {"over", "by", "и", "в", "на"}


def spelled_before(text: str, start: int, end: int) -> str | None:
    """`PMBOK (project management body of knowledge)` for a stressed abbreviation right
    after the words it stands for, else None."""
    short = text[start:end].strip()
    if not _ABBREVIATION.fullmatch(short) or text[:start].rstrip().endswith("("):
        return None  # "**Subresource Integrity** ( **SRI** ) - ...": the term's other name
    before = re.findall(r"[A-Za-z][\w-]*", text[max(0, start - 120) : start])
    for size in range(2, min(len(before), 2 * len(short)) + 1):
        long = " ".join(before[-size:])
        if long[0].casefold() == short[0].casefold() and stands_for(short, long):
            return f"{short} ({long})"
    return None


_ABBREVIATION = re.compile(r"[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,5}")


_ACRONYM_FIRST = re.compile(r"\b([A-Z][A-Za-z]{1,5})\s+\(([A-Z][\w-]*(?:\s+[\w-]+){1,5})\)")
_ACRONYM_LAST = re.compile(r"\b([A-Z][\w-]*(?:\s+[\w-]+){1,5})\s+\(([A-Z][A-Za-z]{1,5})\)")


def expanded_acronyms(text: str) -> list[str]:
    """`BOM (Browser Object Model)` or `Maximum Segment Size (MSS)` anywhere in prose: the
    text spells out what the abbreviation stands for, so it names it."""
    out: list[str] = []
    for short, long in _ACRONYM_FIRST.findall(text):
        if initials(long) == short.casefold():
            out.append(short)
    for long, short in _ACRONYM_LAST.findall(text):
        words = long.split()
        for start in range(len(words)):
            if initials(" ".join(words[start:])) == short.casefold():
                out.append(short)
                break
    return out
