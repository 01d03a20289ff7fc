"""Two words of a question that mean one name of the notes: "docker file" for Dockerfile,
"duk typing" for Duck typing, "локальное хранилище" for localStorage, "взаимная блокировка"
for deadlock. `question.py` reads the question's words first.

Hand-written: the glued names come from this product's own index (its vocabulary, the
lexicon's translations and sound keys), which no library knows.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise, permutations

from rapidfuzz.distance import OSA

from bot.core.indexdata import Index
from bot.core.lexicon import phrase_key
from bot.core.text import STOPWORDS, is_cyrillic, sound_key
from bot.core.wordmatch import add_variant, fuzzy


def join_compounds(index: Index, qwords: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Merge neighbours the notes spell as one word ("docker file" → "dockerfile")."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(qwords):
        # "persistent volume claim" → "persistentvolumeclaim" before "stateful set".
        for size in (3, 2):
            if i + size > len(qwords):
                continue
            joined = "".join(w for w, _ in qwords[i : i + size])
            tid = index.vocab.get(index.term(joined))
            if (
                tid is not None and tid not in index.glued and joined not in STOPWORDS
            ) or _spelled_glued(index, joined):
                out.append((joined, joined))
                i += size
                break
            slipped = (
                _slipped_glued(index, qwords[i : i + size])
                or _sounded_glued(index, qwords[i : i + size])
                if size == 2
                else None
            )
            if slipped is not None:
                out.append((slipped, joined))
                i += size
                break
        else:
            out.append(qwords[i])
            i += 1
    return out


def _slipped_glued(index: Index, pair: list[tuple[str, str]]) -> str | None:
    """ "duk typing" for the name "Duck typing": a short word the notes never spell, one slip
    from making, with its neighbour, a name the notes write ("ducktyping" glued)."""
    if all(w in index.vocab or index.term(w) in index.vocab for w, _ in pair):
        return None
    joined = "".join(w for w, _ in pair)
    if len(joined) < MIN_SLIPPED_GLUED or not joined.isalpha():
        return None
    for term, _ in fuzzy(joined, index.by_length, index.grams, sure_slip=True):
        tid = index.vocab.get(term)
        if (
            tid is not None
            and tid in index.name_vocab
            and OSA.distance(term, joined) == 1
            and term[0] == joined[0]
        ):
            return term
    return None


MIN_SLIPPED_GLUED = 8  # letters of the pair glued


def _sounded_glued(index: Index, pair: list[tuple[str, str]]) -> str | None:
    """ "мип-мапы" for the notes' "mipmaps": two Russian words, one of them unknown to the
    notes, that glued together sound like a name they write in Latin letters."""
    if all(w in index.vocab or index.term(w) in index.vocab for w, _ in pair):
        return None
    joined = "".join(w for w, _ in pair)
    if len(joined) < MIN_SOUNDED_GLUED or not joined.isalpha() or not is_cyrillic(joined):
        return None
    found: dict[int, float] = {}
    add_variant(index, joined, 1.0, found, slips=False)
    named = [
        index.terms[t]
        for t, sim in found.items()
        if sim >= SOUNDED_GLUED and t in index.name_vocab and not is_cyrillic(index.terms[t])
    ]
    return named[0] if len(named) == 1 else None


MIN_SOUNDED_GLUED = 6
SOUNDED_GLUED = 0.92  # a word of the other alphabet that sounds the same


def _spelled_glued(index: Index, joined: str) -> bool:
    """ "pseudo-class", "micro service" asked of notes that write «псевдокласс», «микросервис»:
    English words the notes spell as one borrowed Russian word."""
    return (
        joined.isascii()
        and joined.isalpha()
        and len(joined) >= MIN_SPELLED_GLUED
        and any(is_cyrillic(index.terms[t]) for t in index.keys.get(sound_key(joined), ()))
    )


MIN_SPELLED_GLUED = 8  # letters; shorter glued words sound like too many others


GLUED_SIMILARITY = 0.85  # the least a word's reading needs to make a glued name with the next


def glue_translations(
    index: Index, qwords: list[tuple[str, str]], resolved: list[dict[int, float]]
) -> None:
    """Two words whose readings make one glued name of the notes mean it ("локальное
    хранилище" is local + storage: the card localstorage; "время жизни" is life + time, as
    Russian puts the qualifier after: lifetime)."""
    _translated_pairs(index, qwords, resolved)
    _translated_phrases(index, qwords, resolved)
    # Each word read once, before any pair adds a glued name to it.
    readings = [_readings(index, w, cands) for (w, _), cands in zip(qwords, resolved, strict=True)]
    for (left, right), (read_left, read_right) in zip(
        pairwise(resolved), pairwise(readings), strict=True
    ):
        for a, sa in read_left.items():
            for b, sb in read_right.items():
                sim = min(sa, sb)
                if sim < GLUED_SIMILARITY:
                    continue
                for name in (a + b, b + a):
                    glued = index.vocab.get(name)
                    if glued is not None:
                        left[glued] = max(left.get(glued, 0.0), sim)
                        right[glued] = max(right.get(glued, 0.0), sim)


def _translated_pairs(
    index: Index, qwords: list[tuple[str, str]], resolved: list[dict[int, float]]
) -> None:
    """Two words the lexicon names together mean its word ("взаимная блокировка" is a
    deadlock, though neither word alone is)."""
    for i in range(len(qwords) - 1):
        left, right = qwords[i][0], qwords[i + 1][0]
        if not left or not right:
            continue
        if (left + right).isascii():
            _english_pair(index, index.translated.get(index.term(left + right), ()), resolved, i)
            continue
        meant = index.translated.get(phrase_key(index.term, [left, right]), ())
        parts = [tid for tid in meant if index.terms[tid] not in STOPWORDS]
        if len(parts) > 1 and all(tid in resolved[i] or tid in resolved[i + 1] for tid in parts):
            # "таблица сопряжённости" is contingency + table word by word already: each word
            # keeps its own reading ("table" is no reading of «сопряжённость»). One word
            # for the pair ("межсетевой экран": firewall) is what both of them mean.
            continue
        for tid in _whole_names(index, meant):
            for cands in (resolved[i], resolved[i + 1]):
                cands[tid] = max(cands.get(tid, 0.0), TRANSLATED_SIMILARITY)


def _translated_phrases(
    index: Index, qwords: list[tuple[str, str]], resolved: list[dict[int, float]]
) -> None:
    """ "ошибка второго рода" is a type II error, "жизненный цикл продукта" a product's
    lifecycle: a lexicon phrase of three or four words gives each of its words its names."""
    for size in range(3, MAX_PHRASE_WORDS + 1):
        for i in range(len(qwords) - size + 1):
            said = [w for w, _ in qwords[i : i + size]]
            if not all(said) or "".join(said).isascii():
                continue
            meant = index.translated.get(phrase_key(index.term, said), ())
            for tid in meant:
                for cands in resolved[i : i + size]:
                    cands[tid] = max(cands.get(tid, 0.0), TRANSLATED_SIMILARITY)


MAX_PHRASE_WORDS = 4


def _english_pair(
    index: Index, meant: Iterable[int], resolved: list[dict[int, float]], at: int
) -> None:
    """ "Coulomb's law" is «закон Кулона»: the Russian words of the phrase the lexicon gives
    for two English words go to the word with no reading among them ("law" is «закон»
    already, "coulomb" is nothing else). Given to both, "binary" would mean «дерево» too."""
    said = {tid for tid in meant if index.terms[tid] not in STOPWORDS}
    sides = (resolved[at], resolved[at + 1])
    missing = said.difference(*sides)
    bare = [cands for cands in sides if said.isdisjoint(cands)]
    for cands in bare if missing else ():
        for tid in missing:
            cands[tid] = max(cands.get(tid, 0.0), TRANSLATED_SIMILARITY)


def _whole_names(index: Index, meant: Iterable[int]) -> list[int]:
    """The English words a Russian pair means, with an English name of two of them glued as
    the notes write it ("анонимная функция": anonymousfunctions, and lambda) instead of its
    words apart: each alone would let a card named "Functions" answer for the pair."""
    said = list(meant)
    out: list[int] = []
    used: set[int] = set()
    for a, b in permutations(said, 2):
        joined = index.terms[a] + index.terms[b]
        glued = index.vocab.get(joined, index.vocab.get(joined + "s"))
        if glued is not None:
            out.append(glued)
            used |= {a, b}
    return [*out, *(t for t in said if t not in used)]


def _readings(index: Index, word: str, cands: dict[int, float]) -> dict[str, float]:
    """A word's other readings as terms: those of the notes (two words as typed are joined
    before they are read) and its names in the other language."""
    out = {index.terms[t]: s for t, s in cands.items() if GLUED_SIMILARITY <= s < 1.0}
    for other in index.spoken.get(index.term(word), ()) if word else ():
        out.setdefault(other, TRANSLATED_SIMILARITY)
    return out


TRANSLATED_SIMILARITY = 0.9
