"""A word of a question read in the other alphabet: the same word spelled by ear ("докер" ~
docker, "ребейз" ~ rebase, "procedures" ~ «процедуры»), a borrowed stem under a Russian
ending, and another part of speech on a long Russian stem ("заблокировать" ~
"блокировка"). `wordmatch` asks these beside the word's exact forms and its slips."""

from __future__ import annotations

import bisect
import re

from rapidfuzz import fuzz

from bot.core.indexdata import Index
from bot.core.searchindex import MIN_FRAME_WORD, MIN_SHORT_WORD
from bot.core.text import (
    STOPWORDS,
    borrowed_forms,
    consonants,
    is_cyrillic,
    sound_key,
    spelled_letters,
    vowel_runs,
)

MIN_SAME_SCRIPT_SOUND = 6  # letters a word needs before a sound-alike in its own alphabet counts
MIN_SOUND = 3  # and in the other alphabet ("раб" may be "rab"; two letters never)
MIN_LAYOUT_SOUND = 5  # letters of a word read in the other layout before it is sounded out
MIN_BORROWED_KEY = 4  # sounds a respelled borrowed word needs to meet an English one
MIN_ROOT = 7  # letters two Russian words share before they may be one root


def _has_latin(index: Index, found: dict[int, float]) -> bool:
    return any(not is_cyrillic(index.terms[tid]) for tid in found)


_CASE_ENDING = re.compile(r"(?:а|у|ом|е|ы|ов|ам|ах)$")
MIN_CASE_WORD = 4


def sounding_alike(
    index: Index, variant: str, key: str, cyrillic: bool, weight: float
) -> list[int]:
    """Terms with the variant's sound key. In the same alphabet a short word sounding alike
    is another word ("arp" is not "fcs", "cors" is not "core"); a short word read in the
    other layout ("arp" → "фкз") and then sounded out again is too far from what was typed."""
    out: list[int] = []
    if weight < 1.0 and len(variant) < MIN_LAYOUT_SOUND:
        # "cqrs" read in the other layout is "сйкы", which sounds like "seek": four letters
        # retyped and then sounded out match too much.
        return out
    spellings = {variant.replace("э", "е"), index.term(variant).replace("э", "е")}
    forms = {key, sound_key(index.term(variant))}
    # "теорема байеса": a foreign name with a Russian case ending the lemmatizer keeps.
    bare = _CASE_ENDING.sub("", variant) if cyrillic and len(variant) >= MIN_CASE_WORD else ""
    crossing = {sound_key(bare)} - forms if bare else set()
    # "theory" ~ «теория», "technology" ~ «технология»: an English "-y" is a Russian "-ия".
    if len(key) >= MIN_IA_KEY and key.endswith("ia" if cyrillic else "i"):
        crossing.add(key[:-1] if cyrillic else key + "a")
    for form in forms | crossing:
        for tid in index.keys.get(form, ()) if len(form) >= 3 else ():
            term = index.terms[tid]
            same_script = is_cyrillic(term) == cyrillic
            if form in crossing and same_script:
                continue
            # "тэг" and "тег" are one word spelled two ways, however short.
            respelled = same_script and term.replace("э", "е") in spellings
            # "vrrp" read in the other layout is "мккз", which sounds like "mx": a word read
            # in the other layout and sounded out again keeps about its length.
            if weight < 1.0 and abs(len(term) - len(variant)) > 1:
                continue
            if respelled or len(variant) >= (MIN_SAME_SCRIPT_SOUND if same_script else MIN_SOUND):
                out.append(tid)
    return out


MIN_IA_KEY = 5  # "theory": shorter words ending so are too often other words ("taxi")


_ADJECTIVE_CASE = re.compile(r"(?:ая|ое|ые|ую|ого|ому|ым|ых)$")


def _spoken_english(index: Index, variant: str, known: bool) -> list[tuple[int, float]]:
    """English words a Cyrillic word may be written for by ear ("ребейз", "хостинг" for
    hoisting): their consonants line up, even when the notes also spell it in Cyrillic. A
    Russian ending on a borrowed stem reads as its English one ("фантомное" ~ phantom), and a
    verb the notes never use may be slang on an English stem ("пушатся" ~ push)."""
    out: list[tuple[int, float]] = []
    # A Russian "г" spells a German or English "h" in names: Габер ~ Haber, Гамильтон; a "ж"
    # a French or English "j": Жордан ~ Jordan; an "ав" a Greek "au": авторитет ~ authority.
    aspirated = _first_sounds(variant)
    lemma = index.term(variant)
    # "релизная" is read as a verb by a lemmatizer that has never seen it: as an adjective
    # too, "релизный" ~ release.
    adjective = _ADJECTIVE_CASE.sub("ый", variant) if len(variant) >= MIN_CASE_WORD + 2 else ""
    guessed = borrowed_forms(adjective) if adjective not in ("", variant, lemma) else []
    forms = [*borrowed_forms(lemma, verbs=not known), *guessed]
    # "гипотетический" ~ hypothetical: the "г" of a borrowed stem is an "h" there too, and
    # the "ж" of a name's possessive a "j" ("жорданова форма" ~ Jordan form).
    borrowed = dict.fromkeys([*forms, *(r for f in forms for r in _first_sounds(f))])
    for spelled in (variant, *aspirated, *borrowed):
        spoken = sound_key(spelled)
        if spelled != variant and len(spoken) >= MIN_BORROWED_KEY:
            out.extend(
                (tid, 0.86)
                for tid in index.keys.get(spoken, ())
                if not is_cyrillic(index.terms[tid])
            )
        frame = consonants(spoken)
        for tid in index.frames.get(frame, ()) if len(frame) >= 3 else ():
            if abs(len(index.terms[tid]) - len(spelled)) <= 2:
                out.append((tid, FRAME_ONLY))
    return out


# How a borrowed word's first sounds are respelled by ear: "г" for "h", "ж" for "j", "ав" for
# a Greek "au" (автор ~ author).
_FIRST_SOUNDS = (
    (re.compile(r"^г"), "х"),
    (re.compile(r"^ж"), "дж"),
    (re.compile(r"^ав(?=т)"), "ау"),
)


def _first_sounds(word: str) -> tuple[str, ...]:
    return tuple(
        pattern.sub(sound, word) for pattern, sound in _FIRST_SOUNDS if pattern.match(word)
    )


# Consonants alone lined up: a likely reading, never a sure one ("пылесос" ~ place).
FRAME_ONLY = 0.84
_VERB_PREFIX = re.compile(r"^(?:за|вы|от|пере|на|под|рас|раз|при|до|с|у|по)(?=.{6})")


def _same_root(index: Index, lemma: str) -> list[int]:
    """Russian words of the notes on the same long stem ("заблокировать" ~ "блокировка"):
    a verb's prefix dropped, the first seven letters and most of the shorter word shared."""
    out: list[int] = []
    for form in {lemma, _VERB_PREFIX.sub("", lemma)}:
        if len(form) < MIN_ROOT:
            continue
        start = bisect.bisect_left(index.sorted_terms, form[:MIN_ROOT])
        for term in index.sorted_terms[start:]:
            if not term.startswith(form[:MIN_ROOT]):
                break
            shared = next(
                (i for i, (a, b) in enumerate(zip(term, form, strict=False)) if a != b),
                min(len(term), len(form)),
            )
            if shared >= 0.75 * min(len(term), len(form)) and not _doctrine_of(term, form):
                out.append(index.vocab[term])
    return out


_DOCTRINE = ("изм", "ист", "истка", "истский", "истический")


def _doctrine_of(one: str, other: str) -> bool:
    """ "структурализм" is a school of thought, not «структура»: one word names the
    doctrine or its follower, the other the thing it is built on."""
    return one.endswith(_DOCTRINE) != other.endswith(_DOCTRINE)


def across(
    index: Index, variant: str, cyrillic: bool, known: bool, found: dict[int, float], typed: bool
) -> list[tuple[int, float]]:
    """The word written by ear in the other alphabet, and another part of speech on its
    Russian stem ("заблокировать" ~ "блокировка")."""
    out: list[tuple[int, float]] = []
    if cyrillic and len(variant) >= MIN_FRAME_WORD and not _has_latin(index, found):
        out.extend(_spoken_english(index, variant, known))
    elif (
        cyrillic
        and len(variant) >= MIN_SHORT_WORD
        and typed  # "arp" read in the other layout is "фкз", which sounds like "fcs"
        and not known
        and not found
        and spelled_letters(variant) not in index.vocab  # "айпи" is IP, not "api"
    ):
        # "стек", "хаб", "байт": a short English name the notes use, spelled by ear with
        # other vowels. Only a name some card goes by, never a function word ("лес" is not
        # "less" of a sentence).
        key = vowel_runs(sound_key(variant))
        out.extend(
            (tid, 0.86)
            # "ыуеи" sounds only of vowels, as "IEEE" does: no word to tell.
            for tid in (index.short_keys.get(key, ()) if len(key.replace("a", "")) >= 2 else ())
            if tid in index.name_vocab and index.terms[tid] not in STOPWORDS
        )
    if not cyrillic and len(variant) >= MIN_FRAME_WORD:
        # The English word of notes written in Russian by ear ("procedures" ~ "процедуры").
        spoken = sound_key(index.term(variant))
        frame = consonants(spoken)
        # A frame of the fewest consonants ("deadlock" ~ «дедлок») only with its vowels alike.
        short = len(frame) == MIN_SPOKEN_FRAME
        out.extend(
            (tid, 0.84)
            for tid in (
                index.spoken_frames.get(frame, ()) if len(frame) >= MIN_SPOKEN_FRAME else ()
            )
            if abs(len(index.terms[tid]) - len(variant)) <= 2
            and (not short or _short_alike(sound_key(index.terms[tid]), spoken))
        )
    if cyrillic:
        out.extend((tid, 0.8) for tid in _same_root(index, index.term(variant)))
    return out


def _short_alike(russian: str, english: str) -> bool:
    """Sound keys of the fewest consonants alike vowel for vowel ("deadlock" ~ «дедлок»)
    and letter for letter: "python" is not «путин», whose vowels between the same three
    consonants differ."""
    return _vowels_alike(russian, english) and fuzz.ratio(russian, english) >= CLOSE_SOUND


CLOSE_SOUND = 70  # rapidfuzz ratio: "didlok" ~ "dedlok" 83, "piton" ~ "putin" 60


def _vowels_alike(russian: str, english: str) -> bool:
    """Sound keys alike vowel for vowel, a Russian ending aside ("dedloka" ~ "didlok")."""
    return vowel_runs(russian).rstrip("a") == vowel_runs(english).rstrip("a")


MIN_SPOKEN_FRAME = 3  # consonants of an English word matched to its Russian spelling
