"""The lookup index's data: every card's names and text as term ids, with postings, word
rarity and the tables that find a query word's terms. `searchindex` fills it in."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from bot.core.models import Card
from bot.core.text import words

_T = TypeVar("_T")


@dataclass(slots=True, kw_only=True)
class Index:
    cards: tuple[Card, ...]
    term: Callable[[str], str]
    vocab: dict[str, int] = field(default_factory=dict)
    terms: list[str] = field(default_factory=list)
    df: list[int] = field(default_factory=list)
    by_length: dict[int, list[str]] = field(default_factory=dict)
    keys: dict[str, list[int]] = field(default_factory=dict)
    keys_by_length: dict[int, list[str]] = field(default_factory=dict)
    names: list[list[tuple[frozenset[int], float]]] = field(default_factory=list)
    name_terms: list[frozenset[int]] = field(default_factory=list)
    # "Merge Sort", "Insertion Sort": how many cards' names end in each term.
    title_ends: dict[int, int] = field(default_factory=dict)
    details_only: list[frozenset[int]] = field(default_factory=list)  # words only in details
    factors: list[float] = field(default_factory=list)  # text-match weight per card
    brevities: list[float] = field(default_factory=list)  # short cards win text-match ties
    # How often each card's text says each term, and how many words it has: the passage
    # ranking for questions in the user's own words (bot.core.passages).
    counts: list[dict[int, int]] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)
    mean_length: float = 0.0
    postings: dict[int, list[int]] = field(default_factory=dict)
    glued: set[int] = field(default_factory=set)
    wrappers: frozenset[int] = frozenset()  # "Концепция", "Overview": words around a name
    # "Аргументы с указателями": a kind word tied on by a preposition heads the name.
    prepositions: frozenset[int] = frozenset()
    # "Complexity of Kahn's Algorithm": the aspect a card's title opens with, else -1.
    aspects: list[int] = field(default_factory=list)
    grams: dict[int, dict[str, list[int]]] = field(default_factory=dict)
    key_grams: dict[int, dict[str, list[int]]] = field(default_factory=dict)
    # Words of each card's topics (folders, decks, tags): "в python" is context, not a name.
    topic_terms: list[frozenset[int]] = field(default_factory=list)
    topic_vocab: set[int] = field(default_factory=set)
    name_vocab: set[int] = field(default_factory=set)  # terms some card is named by
    # Long name words with one letter left out → those words: "refernce" → "reference".
    name_drops: dict[str, list[int]] = field(default_factory=dict)
    name_vowels: dict[str, list[int]] = field(default_factory=dict)  # a vowel blanked
    frames: dict[str, list[int]] = field(default_factory=dict)  # Latin terms by consonants
    spoken_frames: dict[str, list[int]] = field(default_factory=dict)  # and Cyrillic ones
    # Short Latin terms by their sound key with each vowel run as one vowel: "stack" and
    # «стек», "hub" and «хаб» differ only in how their vowels are spelled.
    short_keys: dict[str, list[int]] = field(default_factory=dict)
    sorted_terms: list[str] = field(default_factory=list)  # Cyrillic terms, for stems
    surface: dict[str, int] = field(default_factory=dict)  # inflected Russian word → term
    snakes: set[str] = field(default_factory=set)  # snake_case names the notes write
    flags: set[str] = field(default_factory=set)  # command-line options the notes write
    lettered: set[str] = field(default_factory=set)  # "b-tree", "k-means" written, glued
    positions: dict[str, int] = field(default_factory=dict)  # card id → its place in `cards`
    whole_notes: set[int] = field(default_factory=set)  # cards that are a note of their own
    # Sections every few notes repeat ("Manifest File", "Как ответить на интервью"): part of
    # the card they sit under, never an answer of their own.
    repeated: set[int] = field(default_factory=set)
    note_sizes: dict[str, int] = field(default_factory=dict)  # cards per note
    note_owners: list[int] = field(default_factory=list)  # per card: its note's own card, or -1
    symbols: dict[str, list[int]] = field(default_factory=dict)  # cards named by symbols alone
    short_names: dict[str, str] = field(default_factory=dict)  # "mlp" → "MLP", as written
    # Russian abbreviations by their letters in Latin: "oop" → "ооп".
    cyrillic_acronyms: dict[str, str] = field(default_factory=dict)
    # "iii" → the terms names write right before that numeral ("Александр III", "Петра I").
    numbered: dict[str, frozenset[int]] = field(default_factory=dict)
    # A word's names in the other language that the notes use ("утиный" → duck).
    translated: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # term → its other-language names, known to the notes or not ("жизнь" → "life", "live"):
    # two words read so may glue into one name of the notes ("время жизни" → "lifetime").
    spoken: dict[str, frozenset[str]] = field(default_factory=dict)

    def term_id(self, term: str) -> int:
        tid = self.vocab.get(term)
        if tid is None:
            tid = len(self.terms)
            self.vocab[term] = tid
            self.terms.append(term)
            self.df.append(0)
        return tid

    def title_terms(self, pos: int) -> set[str]:
        """The terms of a card's own names (title and aliases), not of the entries under it."""
        card = self.cards[pos]
        return {self.term(w) for name in (card.title, *card.aliases) for w in words(name)}

    def idf(self, tid: int) -> float:
        """Rarity in [0, 1]: 1 for a word in one card, near 0 for a word in every card."""
        n = len(self.cards)
        return min(1.0, math.log((n + 1) / (self.df[tid] + 0.5)) / math.log(n + 1.5))


def promoted(ranked: list[_T], k: int, item: _T | None = None) -> list[_T]:
    """The ranking with its k-th entry (or `item` in its place) moved to the front."""
    return [ranked[k] if item is None else item, *ranked[:k], *ranked[k + 1 :]]
