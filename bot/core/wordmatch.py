"""What one word of a question may mean in the notes: its exact form or lemma, the other
keyboard layout, the other alphabet (a shared sound key, English written by ear, a borrowed
stem with a Russian ending), its name in the other language, another part of speech on the
same Russian stem, and last a typo bounded by the word's length."""

from __future__ import annotations

import itertools
import re

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.core.indexdata import Index
from bot.core.lexicon import CLIPPINGS
from bot.core.searchindex import (
    MIN_VOWEL_BLANKED_NAME,
    RARE_NAME_SPELLING,
    SMALL_BUCKET,
    VOWEL_LETTERS,
    bigrams,
    vowel_blanked,
)
from bot.core.soundalike import across, sounding_alike
from bot.core.text import (
    STOPWORDS,
    english_bases,
    english_qualities,
    is_cyrillic,
    russian_bases,
    sound_key,
    spelled_letters,
    switch_layout,
    words,
)

MAX_WORD_LENGTH = 40


TRANSLATED = 0.9  # the same idea named in the other language


SHORT_TYPED = 7  # letters up to which two extra ones make another word, not a typo
SWAPPED = 0.9  # a word with two neighbouring letters swapped
MIN_SWAPPED_LETTERS = 3  # a shorter word with two letters swapped is as likely another word
MIN_FUZZY_LETTERS = 4
MAX_UNPAIRED_SWAP = 4  # letters up to which a swap may leave no pair of letters in place
ONE_SLIP = 1.0  # one letter off in a long word: that word, nearly for sure
ONE_SLIP_LETTERS = 6  # the least letters a word needs for one slip in it to be sure
SPELLED_LETTERS = 0.9  # an abbreviation said letter by letter in Russian ("айпи")


def fuzzy_cutoff(length: int) -> float:
    if length <= 4:
        return 86.0
    if length <= 7:
        return 80.0
    return 77.0


def fuzzy(
    word: str,
    buckets: dict[int, list[str]],
    grams: dict[int, dict[str, list[int]]],
    slack: int = 0,
    *,
    sure_slip: bool = False,
    spelled: bool = True,
) -> list[tuple[str, float]]:
    """Words of the notes `word` may be a typo of, each with its similarity. With `sure_slip`
    one slip inside a long word is read as that word for sure ("cronjbos" is "cronjobs").
    `spelled`: words as typed, not sound keys (whose first vowel two languages spell apart,
    "encapsulation" and «инкапсуляция»)."""
    n = len(word)
    if n < MIN_SWAPPED_LETTERS:
        return []
    if n < MIN_FUZZY_LETTERS:
        # "lwa" for "law": in three letters only two of them swapped is a slip.
        swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(n - 1)}
        turned = [(c, SWAPPED) for c in buckets.get(n, ()) if c in swaps and c != word][:1]
        # "pul" for "pull": a doubled letter typed once is the other slip so short a word
        # makes; "pal" is no "pull".
        doubled = {word[: i + 1] + word[i:] for i in range(n)}
        return turned or [(c, SWAPPED) for c in buckets.get(n + 1, ()) if c in doubled][:1]
    # Prefilter: only words sharing a bigram with `word` can reach the cutoff. An Indel ratio
    # r = 2L/(n+m) (L = longest common subsequence) leaves at least L-1-(n-L)-(m-L) pairs of
    # that subsequence adjacent in both words, i.e. shared bigrams, and 3L >= n+m+2 holds for
    # every length pair here that can reach the cutoffs. The candidates keep the window's
    # order, so the result (top 3, ties by position) is what a scan of the whole window gives.
    query = bigrams(word)
    choices: list[str] = []
    for length in range(n - 2, n + 3):
        bucket = buckets.get(length)
        if not bucket:
            continue
        table = grams.get(length)
        if table is None or len(bucket) <= SMALL_BUCKET:
            choices.extend(bucket)  # scanning a few words beats collecting postings
            continue
        hits: set[int] = set()
        for gram in query:
            hits.update(table.get(gram, ()))
        choices.extend(bucket[pos] for pos in sorted(hits))
    found = process.extract(
        word, choices, scorer=fuzz.ratio, score_cutoff=fuzzy_cutoff(n), limit=6
    )
    letters = sorted(word)
    if not found:
        # Two neighbouring letters swapped ("swpa" for "swap") is one slip in any length.
        # From five letters on a swap leaves some pair of letters in place, so the word is
        # among `choices`; "lnik" for "link" shares none and is looked for in all words.
        swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(n - 1)}
        pool = choices if n > MAX_UNPAIRED_SWAP else buckets.get(n, ())
        found = [(c, SWAPPED * 100.0, 0) for c in pool if c in swaps][:3]
    if not found:
        return []
    # Typos are a letter or two, in proportion to the word: "redis" is not "release",
    # "inode" is not "index" (two edits in five letters), "dokcer" is "docker" (one swap).
    edits = max_edits(n) + slack
    if edits <= 0:
        return []
    # Fewer slips first: "singal" is "signal" (two letters swapped), not "single".
    slips = []
    for choice, score, _ in found:
        slip = OSA.distance(word, choice)
        swapped = slip == 1 and sorted(choice) == letters
        sim = score / 100.0
        if swapped:
            sim = max(sim, SWAPPED)
        # A letter swapped, left out or doubled; one letter for another is as often another
        # word ("scanning", "spanning").
        kept = swapped or len(choice) != n
        if (
            sure_slip
            and slip == 1
            and kept
            and n >= ONE_SLIP_LETTERS
            and not _longer(word, choice)
        ):
            sim = max(sim, ONE_SLIP)
        slips.append((slip, choice, sim))
    slips.sort(key=lambda s: (s[0], -s[2]))
    # Two letters too many in a short word is another, shorter word ("search" is not "each"),
    # and so is a letter more or less in front ("inode" is not "node", "pod" not "ipod").
    return [
        (choice, sim)
        for slip, choice, sim in slips
        if slip <= edits
        and not (slip >= 2 and n - len(choice) >= 2 and n <= SHORT_TYPED)
        # "asymmetric" is not "symmetric" in any length: nobody slips on the first letter,
        # let alone on it and another ("cgroup" is not "etcgroup").
        and not (choice == word[1:] or word == choice[1:])
        # "replication" is not "application", "нормализация" not "реализация": a slip on the
        # first letter is one slip at most.
        and not (slip >= 2 and choice[0] != word[0] and spelled)
        # "denormalization" is not "normalization", "небезопасный" not "безопасный".
        and not _negated(word, choice)
        # "meiosis" is not "mitosis": two letters for two others make another word, and so
        # does one left out and another put in elsewhere ("banker", "bakery").
        and not (slip == 2 and len(choice) == n and n < MIN_TWO_CHANGES)
    ][:3]


# Prefixes that turn a word into its opposite or its undoing.
_NEGATING = ("de", "un", "non", "dis", "anti", "де", "не", "анти", "без", "бес")


def _negated(word: str, other: str) -> bool:
    """One is the other with a prefix that negates it."""
    short, long = sorted((word, other), key=len)
    return long.endswith(short) and long[: len(long) - len(short)].strip("-") in _NEGATING


MIN_TWO_CHANGES = 9  # letters a word needs before two letters changed in it are a slip


def _swapped(word: str, other: str) -> bool:
    """Two neighbouring letters swapped, and nothing else."""
    return sorted(word) == sorted(other) and OSA.distance(word, other) == 1


# Keyboard rows, each language's: a finger landing on the key beside the meant one.
_KEY_ROWS = (
    "qwertyuiop", "asdfghjkl", "zxcvbnm", "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю",
)  # fmt: skip
_KEY_NEIGHBOURS = frozenset(
    pair for row in _KEY_ROWS for a, b in itertools.pairwise(row) for pair in (a + b, b + a)
)
MIN_KEY_SLIP = 6  # letters a word needs before one key for its neighbour is a slip
MIN_SLIP_AT = 2  # a slip at the start of a word makes another word too often


def _one_letter_for_another(typed: str, term: str, least: int) -> str:
    """The two letters (typed, meant) where a word of `least` letters or more differs from
    the other in one letter past its start, else ""."""
    if len(typed) != len(term) or len(typed) < least:
        return ""
    apart = [(i, a + b) for i, (a, b) in enumerate(zip(typed, term, strict=True)) if a != b]
    return apart[0][1] if len(apart) == 1 and apart[0][0] >= MIN_SLIP_AT else ""


def _key_slip(typed: str, term: str) -> bool:
    """ "очерель" for "очередь": one letter typed with the key beside it, inside a long
    word, where another word so near is rare."""
    return _one_letter_for_another(typed, term, MIN_KEY_SLIP) in _KEY_NEIGHBOURS


def _longer(word: str, other: str) -> bool:
    """One is the other with a letter more at its end: "router" is not "route"."""
    return word[:-1] == other or other[:-1] == word


SHORT_NEAR_WORD = 6  # "shadow" is two slips from many words: one slip only, up to this long


def near_known(index: Index, word: str, most: int = 2) -> bool:
    """Some word of the notes is a slip or two (at `most`) away ("клуч" ~ "ключ", "hloe" ~
    "hole"), even if too far to be read as it: an unknown word may still be a typo, not a
    new subject."""
    n = len(word)
    limit = min(most, 1 if n <= SHORT_NEAR_WORD else 2)
    for length in range(n - limit, n + limit + 1):
        bucket = index.by_length.get(length)
        if not bucket:
            continue
        near = process.extract(
            word, bucket, scorer=OSA.distance, score_cutoff=limit, limit=NEAR_CHECKED
        )
        # Two slips, one on the first letter, are another word ("replication", "application").
        if any(
            (slips <= 1 or other[0] == word[0])
            and index.vocab.get(other, index.surface.get(other)) in index.name_vocab
            for other, slips, _ in near
        ):
            return True
    return False


LEXICON_SLIP = 0.9  # the least likeness a word the lexicon knows needs to be read as a slip
MAX_KNOWN_SHORT = 4  # letters up to which a word the lexicon knows is never read as a slip
NEAR_CHECKED = 8  # the nearest words of a length looked at for one spelled from the same letter


def max_edits(length: int) -> int:
    if length <= 5:
        return 1
    if length <= 9:
        return 2
    return 3


# "VXLAN", "VXLAN?", "(VXLAN)": capitals as typed, with the question's punctuation around.
_ACRONYM = re.compile(r"[^\w]*[A-ZА-ЯЁ][A-ZА-ЯЁ0-9]{1,5}[^\w]*")
DERIVED = 0.95  # a word read as the one it derives from ("salted" as "salt")
QUALITY = 0.9  # an adjective read as the quality it names ("atomic" as "atomicity")


def resolve_word(index: Index, word: str, raw: str) -> dict[int, float]:
    """Index terms a query word may mean, each with a similarity in (0, 1]."""
    candidates: dict[int, float] = {}
    if len(word) <= MAX_WORD_LENGTH:
        # "VXLAN" typed in capitals is that name, not a slip of "VLAN".
        add_variant(index, word, 1.0, candidates, slips=_ACRONYM.fullmatch(raw) is None)
    switched = switch_layout(raw)
    layout = words(switched) if switched else []
    if len(layout) > 1:
        # "схемы" read in the other layout is "c[tvs": keys that give no letters there make
        # no word of it (a stray "c" proves nothing). "ыефешс_сфые" is "static_cast", a
        # name the notes write whole.
        layout = [switched] if switched in index.snakes else []
    # A word the notes spell as typed is never read in the other layout ("ботнет" is not
    # ",jnytn"); an unknown one may be ("ljrthafqk" is "докерфайл").
    typed = [(word, 1.0)]
    # "ьфыл" only sounds like "fill": read in the other layout it is "mask", a word of the
    # notes as written.
    loose = not candidates or (
        max(candidates.values()) < LOOSE_MATCH
        and bool(layout)
        and (layout[0] in index.vocab or index.term(layout[0]) in index.vocab)
    )
    if layout and loose and len(layout[0]) <= MAX_WORD_LENGTH:
        add_variant(index, layout[0], 0.97, candidates)
        typed.append((layout[0], 0.97))  # "c,jhobr" is "сборщик": its English name too
    if not candidates and is_cyrillic(word):
        # "айпи маскарадинг": IP spelled out letter by letter.
        letters = spelled_letters(word)
        tid = index.vocab.get(index.term(letters)) if letters else None
        if tid is not None:
            candidates[tid] = SPELLED_LETTERS
    for spelled, weight in typed:
        forms = {spelled, index.term(spelled)}
        if not any(f in index.translated for f in forms):
            # "salted hash" for «хэш с солью», "directional" for «направленный»: the word
            # the lexicon lists, under its English ending.
            bases = english_bases(spelled) or russian_bases(index.term(spelled))
            forms = {index.term(base) for base in bases}
            weight *= DERIVED
        for form in forms:
            for tid in index.translated.get(form, ()):
                if candidates.get(tid, 0.0) < TRANSLATED * weight:
                    candidates[tid] = TRANSLATED * weight
    _best_sounding(index, word, candidates)
    _add_qualities(index, word, candidates)
    _add_clipped(index, word, candidates)
    _slips_across(index, candidates)
    _misspelled_across(index, word, candidates)
    if not candidates:
        candidates.update(_swapped_acronym(index, word, raw) or _russian_acronym(index, word, raw))
    if not candidates and word.startswith("non") and len(word) > NEGATED_WORD:
        # "nonfunctional" is "нефункциональный": the word without "non", negated in the
        # notes' own spelling.
        for tid, sim in resolve_word(index, word[3:], word[3:]).items():
            term = index.terms[tid]
            negated = index.vocab.get(("не" if is_cyrillic(term) else "non") + term)
            if negated is not None:
                candidates[negated] = max(candidates.get(negated, 0.0), sim * NEGATED)
    # "SignalR", "GraphQL": a name typed with a capital inside is a product's or code's name
    # as written; it only sounds like a Russian word of the notes ("сигнал") by chance.
    camel = _CAMEL.search(raw) is not None
    # "нефрон" is "nephron", which the notes lack; it only sounds a little like "neuron".
    meant = index.spoken.get(index.term(word), frozenset()) if is_cyrillic(word) else None
    # "pod" is not the preposition "под", though it sounds so: a short function word of the
    # other alphabet is no reading of a word that is none.
    return {
        t: s
        for t, s in candidates.items()
        if (s >= 1.0 or not _function_word(t, index, word))
        and not (camel and s < TRANSLATED and is_cyrillic(index.terms[t]))
        and not (meant and s < LOOSE_SOUND and _other_meaning(index.terms[t], meant))
    }


# A word the lexicon knows reads as a word of the other alphabet it only sounds like no
# looser than this, unless it is one of its meanings ("логический" is "logical" at 0.86;
# "нефрон", "nephron", is no "neuron" at 0.73).
LOOSE_SOUND = 0.8


def _other_meaning(term: str, meant: frozenset[str]) -> bool:
    """A Latin word none of the lexicon's English words for a Russian one is, in any form."""
    if is_cyrillic(term):
        return False
    forms = {term, *english_bases(term)}
    return all(forms.isdisjoint({m, *english_bases(m)}) for m in meant)


_CAMEL = re.compile(r"^[A-Z]?[a-z]+[A-Z]")


SOUNDING_MARGIN = 0.015


def _best_sounding(index: Index, word: str, candidates: dict[int, float]) -> None:
    """ "буферный" sounds like "buffer" and, a little less, like "before": of the words of
    the other alphabet a word only sounds like, the closest are what it says."""
    cyrillic = is_cyrillic(word)
    sounding = {
        t: s
        for t, s in candidates.items()
        if s < TRANSLATED and is_cyrillic(index.terms[t]) != cyrillic
    }
    if len(sounding) < 2:
        return
    best = max(sounding.values())
    for tid, sim in sounding.items():
        if sim < best - SOUNDING_MARGIN:
            del candidates[tid]


def _add_clipped(index: Index, word: str, candidates: dict[int, float]) -> None:
    """ "basic auth" where the notes write "Basic Authentication": a word clipped as people
    say it, read as the full words the notes have (only when nothing else reads it, or
    only its own spelling: "postgres" beside "PostgreSQL")."""
    if any(s < 1.0 for s in candidates.values()):
        return
    for full in CLIPPINGS.get(word, ()):
        tid = index.vocab.get(index.term(full))
        if tid is not None:
            candidates[tid] = CLIPPED


CLIPPED = 0.9


def _slips_across(index: Index, candidates: dict[int, float]) -> None:
    """ "декораторы клссов" of the note Class decorators: a slip read as a word of the
    notes ("классов") is that word in the other alphabet too ("class")."""
    slips = sorted(
        ((t, s) for t, s in candidates.items() if SLIP_ACROSS <= s < LOOSE_MATCH),
        key=lambda ts: -ts[1],
    )
    for tid, sim in slips[:MAX_SLIPS_ACROSS]:
        term = index.terms[tid]
        cyrillic = is_cyrillic(term)
        for other in sounding_alike(index, term, sound_key(term), cyrillic, 1.0):
            if is_cyrillic(index.terms[other]) != cyrillic and candidates.get(other, 0.0) < (
                ACROSS * sim
            ):
                candidates[other] = ACROSS * sim


def _misspelled_across(index: Index, word: str, candidates: dict[int, float]) -> None:
    """«функции денег» of the heading "Fucntions of money": the word in the other alphabet
    as the notes misspell it in a name."""
    cyrillic = is_cyrillic(word)
    for tid, sim in list(candidates.items()):
        if is_cyrillic(index.terms[tid]) == cyrillic:
            continue
        for slip in _misspelled_names(index, {index.terms[tid]}, rare=False):
            if candidates.get(slip, 0.0) < sim * SWAPPED_NAME:
                candidates[slip] = sim * SWAPPED_NAME


SLIP_ACROSS = 0.85  # a slip sure enough to read in the other alphabet too
MAX_SLIPS_ACROSS = 2  # only the likeliest readings of a slip are read across
ACROSS = 0.92  # the same word in the other alphabet (докер ~ docker)


def _add_qualities(index: Index, word: str, candidates: dict[int, float]) -> None:
    """ "what does differentiable mean" of the card Differentiability: the quality an
    adjective states, and back."""
    for quality in english_qualities(word):
        tid = index.vocab.get(index.term(quality))
        if tid is not None and candidates.get(tid, 0.0) < QUALITY:
            candidates[tid] = QUALITY


def _swapped_acronym(index: Index, word: str, raw: str) -> dict[int, float]:
    """ "UPD", "TDL": two letters of a short upper-case acronym swapped, as in "dokcer" for
    "docker"; read so only as a name of the notes, and never when the lexicon knows the
    letters as a name of their own."""
    if len(raw) != ACRONYM_SWAP or not raw.isupper() or not raw.isalpha():
        return {}
    if _meant_as_typed(index, word, slips=False):
        return {}  # "ЦАП" (DAC) is a name of its own, not "АЦП" (ADC) typed in a hurry
    out: dict[int, float] = {}
    for swapped in (word[1] + word[0] + word[2], word[0] + word[2] + word[1]):
        tid = index.vocab.get(index.term(swapped))
        # A name only coined from a title's initials ("blinn-phong-reflection": BPR) is
        # no acronym someone typed in a hurry: "PBR" is not it.
        if tid is not None and tid in index.name_vocab and _spelled(index, tid):
            out[tid] = SWAPPED
    return out


def _russian_acronym(index: Index, word: str, raw: str) -> dict[int, float]:
    """ "what is a class in OOP" of notes that write «ООП»: an abbreviation typed in capitals
    in Latin letters for the Russian one the notes write with the same letters."""
    if not (raw.isupper() and raw.isascii() and raw.isalpha()):
        return {}
    written = index.cyrillic_acronyms.get(word)
    tid = index.vocab.get(index.term(written)) if written else None
    return {} if tid is None else {tid: TRANSLATED}


def _spelled(index: Index, tid: int) -> bool:
    """Some card's text writes the term (not only a name made up for a card)."""
    return any(tid in index.counts[pos] for pos in index.postings.get(tid, ()))


def _function_word(tid: int, index: Index, word: str) -> bool:
    term = index.terms[tid]
    return (
        len(term) <= MAX_FUNCTION_WORD
        and term in STOPWORDS
        and is_cyrillic(term) != is_cyrillic(word)
    )


MAX_FUNCTION_WORD = 3


LOOSE_MATCH = 0.95  # below this a typed word's matches are sound-alikes or slips
NEGATED_WORD = 6  # letters a "non..." word needs before it is read as a negation
ACRONYM_SWAP = 3  # an upper-case acronym this long may have two letters swapped
NEGATED = 0.95


MIN_PLURAL_SLIP = 4


SWAPPED_NAME = 0.9
MIN_SWAPPED_NAME = 5  # letters; shorter words swap into other words too often


def _misspelled_names(index: Index, forms: set[str], rare: bool) -> list[int]:
    """Names of cards spelled as one of `forms` with two neighbouring letters swapped, or, in
    a long word, one letter left out, or (when the form is `rare` in the notes) one letter
    more."""
    found: list[int] = []
    for form in forms:
        if len(form) < MIN_SWAPPED_NAME:
            continue
        slips = [form[:i] + form[i + 1] + form[i] + form[i + 2 :] for i in range(1, len(form) - 2)]
        if len(form) >= MIN_DROPPED_NAME:
            # "Negligible vs Noticable": a long name with a letter left out.
            slips += [form[:i] + form[i + 1 :] for i in range(1, len(form) - 1)]
        if len(form) >= MIN_VOWEL_BLANKED_NAME:
            # "Forward secracy": a vowel of a long name written as another, where the name is
            # the notes' only spelling of it.
            found.extend(
                t
                for i in range(1, len(form) - 1)
                if form[i] in VOWEL_LETTERS
                for t in index.name_vowels.get(vowel_blanked(form, i), ())
                if index.terms[t] != form
            )
        if rare:
            # "unowend refernce" where the notes misspell it so once too: the name spelled
            # right has the letter the slip left out.
            found.extend(t for t in index.name_drops.get(form, ()) if index.terms[t] != form)
        for slip in slips:
            tid = index.vocab.get(slip)
            if slip != form and tid is not None and tid in index.name_vocab:
                found.append(tid)
    return found


MIN_DROPPED_NAME = 8  # letters a name needs before one left out of it is a slip


def _exact_slips(
    index: Index, variant: str, forms: set[str], exact: list[int], *, slips: bool
) -> list[tuple[int, float]]:
    """Other readings of a word the notes spell as typed. "type guards" where the notes'
    heading reads "Type Gaurds": a name misspelled by two letters swapped (or a letter left
    out) is still asked for by its right spelling. With `slips`, "speceis" typed where the
    notes slip so once too ("multi-speceis spawning"): still a slip of the word they spell
    right more often ("species")."""
    rare = all(index.df[t] <= RARE_NAME_SPELLING for t in exact)
    out = [(tid, SWAPPED_NAME) for tid in _misspelled_names(index, forms, rare)]
    if not slips or not rare or len(variant) < MIN_SHARED_SLIP or variant in index.spoken:
        return out
    seen = max(index.df[t] for t in exact)
    return out + [
        (tid, 0.95 * sim)
        for tid, sim in _typos(index, forms, cyrillic=False, slips=True)
        if index.df[tid] > seen and sim >= SHARED_SLIP
    ]


MIN_SHARED_SLIP = 6  # letters a slip the notes share needs before it is read as one
SHARED_SLIP = 0.85  # how sure that reading must be


def add_variant(
    index: Index, variant: str, weight: float, out: dict[int, float], *, slips: bool = True
) -> None:
    """Exact form or lemma, the same word in the other alphabet, then bounded typos (only
    two neighbouring letters swapped without `slips`)."""

    def add(tid: int, sim: float) -> None:
        if sim > out.get(tid, 0.0):
            out[tid] = sim

    forms = {variant, index.term(variant)}
    exact = [index.vocab[f] for f in forms if f in index.vocab]
    for tid in exact:
        add(tid, weight)
    key = sound_key(variant)
    cyrillic = is_cyrillic(variant)
    # The same word in the other alphabet (докер ~ docker) counts even after an exact hit.
    for tid in sounding_alike(index, variant, key, cyrillic, weight):
        add(tid, ACROSS * weight)
    for tid, sim in across(index, variant, cyrillic, bool(exact), out, weight >= 1.0):
        add(tid, sim * weight)
    if exact:
        for tid, sim in _exact_slips(index, variant, forms, exact, slips=slips and not cyrillic):
            add(tid, sim * weight)
        return
    if not cyrillic and variant.endswith("s") and len(variant) > MIN_PLURAL_SLIP:
        # "enmus": a slip in a plural the stemmer kept whole ("-us" is no plural ending).
        forms.add(variant[:-1])
    if _meant_as_typed(index, variant, slips=slips):
        return
    # "complement" is a word of its own, not "competent" typed two letters off: an English
    # word the lexicon knows is read only as a near slip of another. (A Russian one may be
    # its other aspect or case: "отправить" ~ "отправлять".)
    least = LEXICON_SLIP if not cyrillic and index.term(variant) in index.spoken else 0.0
    for tid, sim in _typos(index, forms, cyrillic=cyrillic, slips=slips):
        if sim >= least:
            add(tid, 0.95 * sim * weight)
    if len(key) >= 5 and slips:
        for tid, sim in _sounding_slips(index, key, cyrillic):
            # "harmonic" may be the notes' "гармонический", said in the other alphabet.
            if sim >= least or is_cyrillic(index.terms[tid]) != cyrillic:
                add(tid, 0.88 * sim * weight)


def _typos(
    index: Index, forms: set[str], *, cyrillic: bool, slips: bool
) -> list[tuple[int, float]]:
    """The words of the notes the forms of a word may be typos of, with similarities."""
    out: list[tuple[int, float]] = []
    for form in forms:
        # Russian words one letter apart are often two words of one root ("ускорить",
        # "ускорять"); an English one is rather a slip.
        for term, sim in fuzzy(form, index.by_length, index.grams, sure_slip=not cyrillic):
            found = index.vocab.get(term)
            tid = index.surface[term] if found is None else found
            # "VXLAN" is no slip of "VLAN"; "CIRD" is one of "CIDR", but "PBR" none of a name
            # only coined from a title's initials ("blinn-phong-reflection": BPR). A keyword
            # typed in capitals may miss a letter ("HAVNG" for HAVING).
            if not slips and not (
                (_swapped(form, term) or _letter_left_out(form, term)) and _spelled(index, tid)
            ):
                continue
            if cyrillic and _vowel_slip(form, term):
                sim = max(sim, ONE_SLIP)
            elif _key_slip(form, term) or _doubled(form, term):
                sim = max(sim, SWAPPED)
            out.append((tid, sim))
    return out


def _meant_as_typed(index: Index, variant: str, *, slips: bool) -> bool:
    """ "ЦАП" (DAC), a name the lexicon knows, is no slip of the notes' "АЦП" (ADC); nor is
    "tab" one of "tag": a short word of the lexicon, or one typed in capitals, is meant as
    typed."""
    return (not slips or len(variant) <= MAX_KNOWN_SHORT) and index.term(variant) in index.spoken


def _vowel_slip(typed: str, term: str) -> bool:
    """ "диалез" for "диализ", "концинтрация" for "концентрация": "е" written for "и" or
    back, alike when unstressed, the Russian speller's slip, in a long word."""
    # Not "погода" for "пагода": "о" and "а" make other words too often.
    swapped = _one_letter_for_another(typed, term, MIN_VOWEL_SLIP)
    if swapped in ("ыи", "иы"):
        # "миграцыи" for "миграции": after "ц" both are said alike.
        at = next(i for i, (a, b) in enumerate(zip(typed, term, strict=True)) if a != b)
        return typed[at - 1] == "ц"
    return swapped in ("еи", "ие")


MIN_VOWEL_SLIP = 6


def _doubled(typed: str, term: str) -> bool:
    """ "ommit" for "omit", "comit" for "commit": a letter typed twice, or a double one
    once, and nothing else."""
    short, long = sorted((typed, term), key=len)
    if len(long) != len(short) + 1 or len(short) < MIN_DOUBLED:
        return False
    at = next((i for i, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short))
    return long[at] == long[at - 1] and at > 0 and long[:at] + long[at + 1 :] == short


MIN_DOUBLED = 4


def _letter_left_out(typed: str, term: str) -> bool:
    """ "havng" for "having": one letter of a word of five or more left out."""
    return (
        len(typed) >= MIN_LEFT_OUT
        and len(term) == len(typed) + 1
        and (OSA.distance(typed, term) == 1)
    )


MIN_LEFT_OUT = 5


def _sounding_slips(index: Index, key: str, cyrillic: bool) -> list[tuple[int, float]]:
    """Terms whose sound key is a slip of `key`. Sound keys are already loose: one slip
    more only in long words ("redis" is not "release", whose key is "relis"; "блокчейн" is
    not "блочные")."""
    out: list[tuple[int, float]] = []
    for other, sim in fuzzy(key, index.keys_by_length, index.key_grams, slack=-1, spelled=False):
        # Two languages spell a first sound apart ("encapsulation", «инкапсуляция»); one
        # language does not ("replication" is not "application").
        far_start = other[0] != key[0] and OSA.distance(key, other) >= 2
        if far_start and _prefixed(key, other):
            continue  # "rationalism" is not «иррационализм»: a sound put in front negates
        out.extend(
            (tid, sim)
            for tid in index.keys[other]
            if not (far_start and is_cyrillic(index.terms[tid]) == cyrillic)
        )
    return out


def _prefixed(key: str, other: str) -> bool:
    """One sound key is the other, give or take a slip, with a sound more in front."""
    short, long = sorted((key, other), key=len)
    return len(long) == len(short) + 1 and OSA.distance(long[1:], short) <= 1
