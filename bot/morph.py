"""Russian lemmatisation with pymorphy3, loaded once per process.

pymorphy3 uses the DAWG2 C extension when it is installed (a dependency where a wheel
exists) and its pure-Python reader otherwise: the same lemmas, about three times slower.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

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
    first = parses[0]
    if not first.is_known:
        # "триггеры", "эндпоинты": a word the dictionary lacks is guessed a first name's or
        # a place's case ("триггера", "эндпоинта") or an indeclinable before the plural of
        # the plain noun its singular is ("триггер").
        plain = [p for p in parses if not _GUESSED_NAME & p.tag.grammemes]
        if plain and plain[0] is not first:
            first = max(plain, key=lambda p: p.score)
    # "устав" is a gerund of «устать» as often as it is the noun, in its two cases together:
    # a word that is a noun's own dictionary form at least as often stays that noun, as the
    # participle "данные" stays the data its other cases ("данных") already are. An
    # adjective's forms stay its own ("производная", "производной"): one form in every case.
    if first.tag.POS not in _DECLINED_LIKE_NOUNS:
        noun = sum(p.score for p in parses if p.tag.POS == "NOUN" and p.normal_form == word)
        other = sum(p.score for p in parses if p.normal_form == first.normal_form)
        if noun and round(noun, 3) >= round(other, 3) and first.is_known:
            return word
    return str(first.normal_form)


_DECLINED_LIKE_NOUNS = frozenset({"NOUN", "ADJF"})
# Readings the guesser gives an unknown word that a study note's common noun hardly is.
_GUESSED_NAME = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Fixd", "Arch", "Abbr"})


@lru_cache(maxsize=200_000)
def lemmatize(word: str) -> str:
    """The most likely dictionary form of a lower-case Russian word (cached, for questions)."""
    return lemma(word)


def nominative(phrase: str, case: str, subject: str = "") -> str:
    """A name the prose gives in `case` ("называется широковещательным штормом": ablt) in its
    dictionary case ("широковещательный шторм"), keeping its number: the noun and the words
    agreeing with it before it. The words after the noun ("окном перегрузки") stay as
    written. A name of adjectives alone takes the noun of the `subject` it names ("этот ряд
    называется вариационным": "вариационный ряд"). The phrase comes back unchanged when it
    does not read as that case."""
    words = phrase.split()
    parses = [_declined(_analyzer().parse(w.casefold())) for w in words]
    head = next(
        (
            (i, p)
            for i, options in enumerate(parses)
            for p in options
            if p.tag.POS == "NOUN" and p.tag.case == case and p.score >= MIN_HEAD_SCORE
        ),
        None,
    )
    if head is None:
        return _with_subject(words, parses, case, subject) or phrase
    at, noun = head
    out = _agreeing(words[:at], parses[:at], noun.tag)
    named = noun.inflect({"nomn"})
    if out is None or named is None:
        return phrase
    return " ".join([*out, _like(words[at], str(named.word)), *words[at + 1 :]])


def _declined(parses: list[Any]) -> list[Any]:
    """The readings of a word as it is written in small letters: pymorphy3 guesses an
    unknown word ("субитизации") to be an indeclinable abbreviation first, which it cannot
    be; the other readings share its likelihood."""
    kept = [p for p in parses if not {"Abbr", "Fixd"} <= p.tag.grammemes]
    total = sum(p.score for p in kept)
    if len(kept) == len(parses) or not total:
        return parses
    return [p._replace(score=p.score / total) for p in kept]


MIN_HEAD_SCORE = 0.15  # "второй" read as a rare noun in the instrumental is no name;
# an unknown "-ость" word read five ways scores 0.2 each


def _agreeing(words: list[str], parses: list[Any], noun: Any) -> list[str] | None:
    """The words before a noun, each agreeing with it, in the nominative; None if one does
    not agree."""
    out: list[str] = []
    for word, options in zip(words, parses, strict=True):
        agreeing = next((p for p in options if _agrees(p.tag, noun)), None)
        inflected = agreeing.inflect({"nomn"}) if agreeing is not None else None
        if inflected is None:
            return None
        out.append(_like(word, str(inflected.word)))
    return out


MAX_SUBJECT_WORDS = 4  # "Этот ряд", "Граф G": the noun a definition names, right before


def _with_subject(words: list[str], parses: list[Any], case: str, subject: str) -> str:
    """Adjectives in `case` and the last noun of `subject` in the nominative: "" if the
    words are no adjectives or the subject names no noun."""
    if not all(any(_adjective(p.tag, case) for p in options) for options in parses):
        return ""
    # "Силы, работа которых не зависит от ... , принято называть консервативными": the noun
    # before the relative clause is what is named.
    clause = _RELATIVE.search(subject)
    if clause is not None:
        subject = subject[: clause.start()]
    # "Формула, представляющая собой дизъюнкцию ..., называется дизъюнктивной нормальной":
    # the noun before a participle's clause.
    for comma in _COMMA_WORD.finditer(subject):
        if any(p.tag.POS == "PRTF" for p in _analyzer().parse(comma.group(1).casefold())):
            subject = subject[: comma.start()]
            break
    for word in reversed(subject.split()[-MAX_SUBJECT_WORDS:]):
        found = next(
            (
                p
                for p in _analyzer().parse(word.casefold().strip(",.:;"))
                if p.tag.POS == "NOUN" and p.tag.case == "nomn"
            ),
            None,
        )
        if found is None:
            continue
        wanted = found.tag if case == "nomn" else _in_case(found, case)
        out = _agreeing(words, parses, wanted) if wanted is not None else None
        return " ".join([*out, str(found.word)]) if out else ""
    # "говорят, что f является монотонной": no noun to take, the adjectives alone, in the
    # nominative of their own gender and number ("монотонная").
    alone: list[str] = []
    for word, options in zip(words, parses, strict=True):
        named = next((p.inflect({"nomn"}) for p in options if _adjective(p.tag, case)), None)
        if named is None:
            return ""
        alone.append(_like(word, str(named.word)))
    return " ".join(alone)


_COMMA_WORD = re.compile(r",\s+([а-яё]+)", re.I)
_RELATIVE = re.compile(r",\s+(?:[а-яё]+\s+)?(?:котор[а-яё]+|чей|чья|чьё|чьи)\b", re.I)


def _adjective(tag: Any, case: str) -> bool:
    return bool(tag.POS in ("ADJF", "PRTF") and tag.case == case)


def _in_case(noun: Any, case: str) -> Any:
    """The tag of `noun` put in `case` (what its adjectives agree with there)."""
    moved = noun.inflect({case})
    return moved.tag if moved is not None else None


def _agrees(tag: Any, noun: Any) -> bool:
    """An adjective or participle in the noun's case, number and (singular) gender."""
    return bool(
        tag.POS in ("ADJF", "PRTF")
        and tag.case == noun.case
        and tag.number == noun.number
        and (noun.number != "sing" or tag.gender == noun.gender)
    )


def _like(written: str, word: str) -> str:
    """`word` with the capital letter `written` has."""
    return word[:1].upper() + word[1:] if written[:1].isupper() else word
