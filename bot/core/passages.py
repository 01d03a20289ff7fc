"""Questions in the user's own words that name no card ("how do instances in a private
subnet get out to the internet"): the card whose text says most of the question, ranked by
Okapi BM25 over the cards' words.

The lookup's own scores measure how much of a question a card's names and text cover, which
ties for a long question whose words many cards share. BM25 also weighs how often a card
says each word against its length, and so tells the card that is about those words from
the cards that only use them. It runs only when the lookup found nothing to answer, and
answers only when the best passage holds several of the question's words read for sure (one
fewer when one of them names the card, or when it ranks first by all of them): off-topic
questions share one or two words with some card, rarely three (measured on 21 public vaults
with held-out questions: none of 336 off-topic questions did).

Written here rather than taken from a library: it ranks the index's own lemmatised terms,
with the question's per-word readings (typos, translations) as weights, which the BM25
packages on PyPI do not take.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass

from bot.core import ownwords, strangers
from bot.core.indexdata import Index, promoted
from bot.core.models import Card, CardKind
from bot.core.results import Match, Result

SATURATION = 1.2  # BM25 k1: how fast more mentions of a word stop counting
LENGTH_NORM = 0.75  # BM25 b: how much a long card pays for its length
TOPIC_WEIGHT = 0.3  # a word of where the question is ("в python") only narrows
SURE_READING = 0.85  # a word read as written, by its lemma or its translation
PASSAGE_WORDS = 3  # distinct question words the best passage must hold for sure
PASSAGE_QUESTION_WORDS = 4  # questions shorter than this name what they ask about
TIED_PASSAGES = 3  # passages looked through when the best ones score about alike
TIED_PASSAGE_SHARE = 0.97  # of the best score: about alike


@dataclass(frozen=True)
class Passage:
    position: int
    score: float


def rank(
    index: Index,
    qwords: list[tuple[str, str]],
    resolved: list[dict[int, float]],
    topical: list[bool],
    limit: int = 4,
) -> list[Passage]:
    """The cards whose text best matches the question's words, best first. Only cards
    holding one of its rarer words can lead, so only those are scored: a word in thousands
    of cards of a large vault adds to their scores, it does not bring them in."""
    n = len(index.cards)
    if not n:
        return []
    mean = index.mean_length or 1.0
    readings = [
        (TOPIC_WEIGHT if context else 1.0, cands)
        for (word, _), cands, context in zip(qwords, resolved, topical, strict=True)
        if word and cands
    ]
    rare = max(RARE_CARDS, int(n * RARE_SHARE))
    reached = {
        pos
        for _, cands in readings
        for tid in cands
        if index.df[tid] <= rare
        for pos in index.postings.get(tid, ())
    }
    rarity = {
        tid: math.log(1.0 + (n - index.df[tid] + 0.5) / (index.df[tid] + 0.5))
        for _, cands in readings
        for tid in cands
    }
    totals: list[tuple[float, int]] = []
    for pos in reached:
        said = index.counts[pos]
        norm = SATURATION * (1.0 - LENGTH_NORM + LENGTH_NORM * index.lengths[pos] / mean)
        total = 0.0
        for weight, cands in readings:
            best = 0.0  # the best reading of this word in this card
            for tid, sim in cands.items():
                times = said.get(tid, 0)
                if times:
                    value = sim * rarity[tid] * times * (SATURATION + 1) / (times + norm)
                    best = max(best, value)
            total += weight * best
        if total > 0:
            totals.append((-total, pos))
    totals.sort()
    return [Passage(pos, -score) for score, pos in totals[:limit]]


RARE_CARDS = 100  # a word in at most this many cards brings them in, whatever the vault
RARE_SHARE = 0.05  # or in at most this share of a large vault's cards


def held_words(
    qwords: list[tuple[str, str]],
    resolved: list[dict[int, float]],
    topical: list[bool],
    said: Collection[int],
) -> int:
    """How many of the question's own words (not where it is) are among `said` (the card's
    words or its names), each read for sure."""
    return sum(
        1
        for (word, _), cands, context in zip(qwords, resolved, topical, strict=True)
        if word
        and not context
        and any(sim >= SURE_READING and tid in said for tid, sim in cands.items())
    )


def answering(
    index: Index,
    qwords: list[tuple[str, str]],
    resolved: list[dict[int, float]],
    topical: list[bool],
) -> list[Passage]:
    """The passages that answer a long question in the user's own words, best first; none
    when the question is short or the best passage holds too few of its words."""
    asked = [w for (w, _), context in zip(qwords, topical, strict=True) if w and not context]
    if len(asked) < PASSAGE_QUESTION_WORDS:
        return []
    ranked = rank(index, qwords, resolved, topical)
    first_held = 0  # of the best passage
    # Of passages scored about alike ("path" 8.28, "Optimized Asserts" 8.25), the first that
    # holds enough of the question answers.
    for k, passage in enumerate(ranked[:TIED_PASSAGES]):
        if passage.score < TIED_PASSAGE_SHARE * ranked[0].score:
            break
        held = held_words(qwords, resolved, topical, index.counts[passage.position])
        if k == 0:
            first_held = held
        # "can I just turn off the clock interrupts so nobody preempts me" → Disabling
        # interrupts: one word fewer will do when the card is named by one of them.
        named = held_words(qwords, resolved, topical, index.name_terms[passage.position])
        if held >= PASSAGE_WORDS or (held == PASSAGE_WORDS - 1 and named):
            return promoted(ranked, k, passage)
    # "how do I go back to the previous version after a bad deploy", "what do you call the
    # little 3D cubes an fMRI slice is split into": two of its words in the passage ranked
    # first by every word also answer. (Measured on 58 public vaults with held-out
    # questions: asking the best passage to lead the next by a quarter as well refused 8
    # questions it answers right, and kept out one off-topic question of 928.)
    return ranked if first_held == PASSAGE_WORDS - 1 else []


def _answering_own_words(
    index: Index,
    query: str,
    qwords: list[tuple[str, str]],
    resolved: list[dict[int, float]],
    topical: list[bool],
) -> list[Passage]:
    """The passages answering a long question that names no card, when it is no question
    about things the notes never spell or guess at."""
    # The passages first: they are cheap, and checking words for slips is not.
    found = answering(index, qwords, resolved, topical)
    if (
        not found
        or ownwords.only_guessed(index, qwords, resolved, topical)
        or strangers.mostly_strangers(index, qwords, resolved, topical)
        or strangers.latin_stranger(index, query, qwords, resolved, topical)
        or strangers.object_stranger(index, query, qwords, resolved)
    ):
        return []
    return found


def guessed_answer(index: Index, query: str, found: list[Passage], limit: int) -> Result:
    """The best passage as the answer, marked as a guess at what the question means, with
    the next ones offered under it."""
    # A template's section ("Manifest File" of every note) answers nothing of its own.
    found = [p for p in found if p.position not in index.repeated] or found
    found = _section_over_contents(index, found)
    best = _note_first(index, found)
    top = found[0].score or 1.0
    card = index.cards[best.position]
    others = tuple(
        Match(card=index.cards[p.position], score=round(p.score / top, 4))
        for p in found[1:]
        if index.cards[p.position] != card
    )[:limit]
    return Result(query=query, found=True, best=card, score=1.0, alternatives=others, guessed=True)


NOTE_MARGIN = 0.9  # a note's own card this close to one of its sections answers a guess


def _section_over_contents(index: Index, found: list[Passage]) -> list[Passage]:
    """ "кто сел на трон, когда умер пётр первый": a note whose text is only the names of
    its sections ("Лекция 10") scores high for being short; its section holding the same
    words ("После смерти Петра I") close behind says what was asked."""
    card = index.cards[found[0].position]
    if card.kind is not CardKind.TOPIC or card.definition.strip():
        return found
    for k, passage in enumerate(found[1:], start=1):
        if passage.score < NOTE_MARGIN * found[0].score:
            break
        if index.cards[passage.position].note == card.note:
            return promoted(found, k)
    return found


def _note_first(index: Index, found: list[Passage]) -> Passage:
    """The best passage, or, when that is a bullet or a heading with nothing of its own to
    say, its note's own card if it comes close: a guess at what a question means is safer
    said of the whole note ("Scheduler", not "When a new pod is created")."""
    best = found[0]
    card = index.cards[best.position]
    # "NAT Gateway" defining what was asked answers it; a bare bullet does not.
    if _heads_note(card) or (card.kind is not CardKind.FACT and card.definition.strip()):
        return best
    for passage in found[1:]:
        if passage.score < NOTE_MARGIN * best.score:
            break
        other = index.cards[passage.position]
        if other.note == card.note and _heads_note(other):
            return passage
    return best


def _heads_note(card: Card) -> bool:
    return card.parent_id is None and card.kind is not CardKind.FACT


def guess(
    index: Index,
    query: str,
    qwords: list[tuple[str, str]],
    resolved: list[dict[int, float]],
    topical: list[bool],
    limit: int,
    *,
    named: bool = False,
) -> Result | None:
    """The answer to a long question in the user's own words that names no card, marked
    as a guess; None when no passage answers it. A question that `named` its subject ("что
    такое log-structured файловая система") is answered only by a passage holding every
    word of that name: one holding "файловая система" alone is about another thing."""
    found = _answering_own_words(index, query, qwords, resolved, topical)
    if found and named:
        asked = sum(
            1 for (w, _), context in zip(qwords, topical, strict=True) if w and not context
        )
        held = held_words(qwords, resolved, topical, index.counts[found[0].position])
        if held < asked:
            return None
    return guessed_answer(index, query, found, limit) if found else None
