"""Topics of the notes: folders, note tags and flashcard decks, merged into one counted tree.

A card's `topics` are raw names (`Linux`, `Linux/Процессы`, `linux/процессы`,
`flashcards/сети`). Here spelling variants merge (`Linux` = `linux`, `linux-basics` =
`Linux basics`), a nested name reads `linux › процессы`, plugin bookkeeping tags (`sr-due`,
`review`, the `flashcards` root of a deck) are dropped, and a topic holds the cards of its
sub-topics too. A user's topic name is resolved as loosely as a term: case, word forms (the
injected lemmatizer), transliteration and the wrong keyboard layout (`линукс`, `kbyerc`).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from bot.core.models import Card
from bot.core.text import (
    STOPWORDS,
    Lemmatizer,
    fold,
    identity_lemmatizer,
    make_termer,
    sound_key,
    switch_layout,
    words,
)

SEPARATOR = " › "
# The Spaced Repetition plugin marks flashcards with `#flashcards`; `#flashcards/сети` is the
# deck `сети`, the topic a reader means.
DECK_ROOTS = frozenset({"flashcards", "flashcard"})
# Tags that say where a note is in someone's workflow, not what it is about.
NOISE = frozenset(
    {"review", "sr", "todo", "draft", "wip", "inbox", "moc", "excalidraw", "kanban",
     "template", "templates", "status"}
)  # fmt: skip
NOISE_PREFIXES = ("sr-",)  # sr-due, sr-interval, sr-ease: the plugin's scheduling fields
# Words a user adds around a topic name: "/quiz 5 по теме linux".
FILLER = frozenset({"тема", "теме", "темы", "тему", "topic", "topics", "раздел", "разделу"})

ACCEPT = 0.75  # a topic whose every asked word matches at least this well is the one meant
WORD_FLOOR = 0.6  # a query word matching a topic word less than this does not name it
LAYOUT = 0.97  # a word that means something only in the other keyboard layout
CLOSEST = 3
CLOSEST_FLOOR = 0.6
ID_BYTES = 5
MAX_QUERY = 100  # characters of a topic name worth comparing

_SPACES = re.compile(r"[\s_\-]+")
_PATH_SPLIT = re.compile(r"\s*(?:/|›|»|>|\\)\s*")


@dataclass(frozen=True, slots=True, kw_only=True)
class Topic:
    """One topic: its stable key and id, how it reads, and how many cards it holds."""

    id: str  # short and ASCII: fits a button's callback data
    key: str  # folded path: `linux/процессы`
    name: str  # as shown: `linux › процессы`
    depth: int  # 0 for a top-level topic
    cards: int  # cards that have it or one of its sub-topics

    @property
    def parent_key(self) -> str | None:
        return self.key.rsplit("/", 1)[0] if self.depth else None


@dataclass(frozen=True, slots=True)
class _Forms:
    """A word as typed, its lemma or stem, and the sound keys both share across alphabets."""

    word: str
    term: str
    key: str
    term_key: str


Asked = list[list[tuple[_Forms, float]]]  # each asked word's variants, with their weights


@dataclass(frozen=True, slots=True, kw_only=True)
class TopicIndex:
    """Every topic of a knowledge base and the cards in each, ready for look-ups."""

    topics: tuple[Topic, ...]  # parents before their children, alphabetical
    members: Mapping[str, tuple[str, ...]]  # topic key -> card ids, in the notes' order
    card_keys: Mapping[str, tuple[str, ...]]  # card id -> every topic key it belongs to
    paths: Mapping[str, tuple[str, ...]]  # topic key -> its levels as shown
    term: Callable[[str], str]
    by_key: dict[str, Topic] = field(default_factory=dict)
    by_id: dict[str, Topic] = field(default_factory=dict)
    # Word forms of each topic's levels, made on the first look-up: listing topics or
    # picking a push's cards never needs the lemmatizer (whose dictionary takes a while).
    forms: dict[str, tuple[tuple[_Forms, ...], ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_key.update({t.key: t for t in self.topics})
        self.by_id.update({t.id: t for t in self.topics})

    def forms_of(self, key: str) -> tuple[tuple[_Forms, ...], ...]:
        if not self.forms:
            levels: dict[str, tuple[_Forms, ...]] = {}
            for path in self.paths.values():
                for level in path:
                    if level not in levels:
                        levels[level] = tuple(_forms(w, self.term) for w in words(level))
            self.forms.update(
                {k: tuple(levels[level] for level in path) for k, path in self.paths.items()}
            )
        return self.forms[key]

    def get(self, key: str) -> Topic | None:
        return self.by_key.get(key)

    def cards_of(self, key: str) -> tuple[str, ...]:
        """The ids of the cards in a topic and its sub-topics (none for an unknown key)."""
        return self.members.get(key, ())

    def within(self, key: str) -> tuple[Topic, ...]:
        """A topic and all its sub-topics, in listing order."""
        return tuple(t for t in self.topics if t.key == key or t.key.startswith(key + "/"))


@dataclass(frozen=True, slots=True, kw_only=True)
class TopicMatch:
    """What a user's topic name resolved to: the topic, or the closest ones to offer."""

    query: str
    topic: Topic | None
    closest: tuple[Topic, ...] = ()


# --- building ------------------------------------------------------------------------------


def segment_key(segment: str) -> str:
    """One level of a topic, folded: case, ё, and `-`/`_`/spaces read alike."""
    return _SPACES.sub(" ", fold(segment)).strip()


def topic_path(raw: str) -> tuple[str, ...]:
    """A raw topic's levels as written; () for bookkeeping tags (`sr-due`, `review`)."""
    parts = [p.strip() for p in raw.strip().lstrip("#").split("/")]
    parts = [p for p in parts if segment_key(p)]
    if parts and segment_key(parts[0]) in DECK_ROOTS:
        parts = parts[1:]
    if not parts:
        return ()
    if segment_key(parts[0]) in NOISE or fold(parts[0]).startswith(NOISE_PREFIXES):
        return ()
    return tuple(parts)


def topic_id(key: str) -> str:
    return hashlib.blake2b(key.encode(), digest_size=ID_BYTES).hexdigest()


def build_topics(cards: Iterable[Card], lemmatize: Lemmatizer = identity_lemmatizer) -> TopicIndex:
    """Collect, merge and count the topics of `cards`."""
    members: dict[str, dict[str, None]] = {}
    spellings: dict[str, Counter[str]] = {}
    card_keys: dict[str, tuple[str, ...]] = {}
    chains: dict[str, tuple[tuple[str, str], ...]] = {}  # many cards share each raw topic
    for card in cards:
        keys: dict[str, None] = {}
        for raw in card.topics:
            chain = chains.get(raw)
            if chain is None:
                chain = chains[raw] = _chain(raw)
            for key, spelling in chain:
                if key in keys:
                    continue
                keys[key] = None
                if key not in members:
                    members[key], spellings[key] = {}, Counter()
                members[key][card.id] = None
                spellings[key][spelling] += 1
        if keys:
            card_keys[card.id] = tuple(keys)
    names: dict[str, tuple[str, ...]] = {}
    for key in sorted(members, key=lambda k: k.split("/")):
        parent = key.rsplit("/", 1)[0] if "/" in key else None
        shown = spellings[key].most_common(1)[0][0]
        names[key] = (*names.get(parent, ()), shown) if parent else (shown,)
    topics = tuple(
        Topic(
            id=topic_id(key),
            key=key,
            name=SEPARATOR.join(path),
            depth=len(path) - 1,
            cards=len(members[key]),
        )
        for key, path in names.items()
    )
    return TopicIndex(
        topics=topics,
        members={k: tuple(v) for k, v in members.items()},
        card_keys=card_keys,
        paths=names,
        term=make_termer(lemmatize),
    )


def _chain(raw: str) -> tuple[tuple[str, str], ...]:
    """(key, spelling) of each level of a raw topic: `Linux/Процессы` →
    (("linux", "Linux"), ("linux/процессы", "Процессы"))."""
    path = topic_path(raw)
    keys = [segment_key(p) for p in path]
    return tuple(("/".join(keys[: i + 1]), path[i]) for i in range(len(path)))


def _forms(word: str, term: Callable[[str], str]) -> _Forms:
    lemma = term(word)
    return _Forms(word=word, term=lemma, key=sound_key(word), term_key=sound_key(lemma))


def prominent(topics: Sequence[Topic], limit: int) -> tuple[Topic, ...]:
    """At most `limit` of `topics` for a short list: the shallowest and biggest ones, kept in
    listing order (a vault with hundreds of tags still shows its main topics first)."""
    if len(topics) <= limit:
        return tuple(topics)
    ranked = sorted(topics, key=lambda t: (t.depth, -t.cards, t.key))[: max(limit, 0)]
    keep = {t.key for t in ranked}
    return tuple(t for t in topics if t.key in keep)


# --- resolving a user's topic name --------------------------------------------------------


def find_topic(index: TopicIndex, query: str) -> TopicMatch:
    """The topic a user means by `query` (`линукс`, `Linux`, `kbyerc`, `linux/процессы`),
    or None with the closest topics to offer instead."""
    text = " ".join(query.split())[:MAX_QUERY]
    if not text or not index.topics:
        return TopicMatch(query=text, topic=None, closest=_biggest(index))
    exact = index.by_key.get("/".join(segment_key(p) for p in _PATH_SPLIT.split(text)))
    if exact is not None:
        return TopicMatch(query=text, topic=exact)
    asked = _query_words(text, index.term)
    if not asked:
        return TopicMatch(query=text, topic=None, closest=_biggest(index))
    scorer = _Scorer(asked)
    ranked = sorted(
        ((scorer.fit(index.forms_of(t.key)), t) for t in index.topics),
        key=lambda pair: (-pair[0][0], pair[0][1], pair[1].depth, -pair[1].cards, pair[1].key),
    )
    (score, _), best = ranked[0]
    if score >= ACCEPT:
        return TopicMatch(query=text, topic=best)
    return TopicMatch(query=text, topic=None, closest=_closest(index, scorer))


def _query_words(text: str, term: Callable[[str], str]) -> Asked:
    """Each asked word with its variants: as typed, and in the other keyboard layout."""
    out: Asked = []
    for chunk in _PATH_SPLIT.sub(" ", text).split():
        tokens = words(chunk)
        switched = switch_layout(chunk)
        alt = words(switched) if switched else []
        if len(alt) == 1 and len(tokens) != 1:
            # ",fpf" is "база": layout punctuation split the word apart.
            out.append([(_forms(alt[0], term), LAYOUT)])
            continue
        for token in tokens:
            other = switch_layout(token)
            other_words = words(other) if other else []
            variants = [(_forms(token, term), 1.0)]
            if len(other_words) == 1:
                variants.append((_forms(other_words[0], term), LAYOUT))
            out.append(variants)
    kept = [v for v in out if not _filler(v[0][0])]
    return kept or out


def _filler(forms: _Forms) -> bool:
    return forms.word in STOPWORDS or forms.word in FILLER or forms.term in FILLER


def _similarity(q: _Forms, t: _Forms) -> float:
    """How well an asked word names a topic word, in [0, 1]."""
    if {q.word, q.term} & {t.word, t.term}:
        return 1.0
    if len(q.key) >= 3 and {q.key, q.term_key} & {t.key, t.term_key}:
        return 0.92  # the same word in the other alphabet: линукс ~ linux
    if len(q.word) >= 3 and len(q.word) < len(t.word) and t.word.startswith(q.word):
        return 0.8  # the start of it: "проц" for процессы
    if len(q.word) < 3:
        return 0.0
    ratio = max(fuzz.ratio(q.word, t.word), fuzz.ratio(q.term, t.term), fuzz.ratio(q.key, t.key))
    cutoff = 80.0 if len(q.word) <= 5 else 75.0
    return 0.85 * ratio / 100.0 if ratio >= cutoff else 0.0


class _Scorer:
    """Compares the asked words with topic words, each distinct topic word once (topics share
    most of their words: every sub-topic repeats its parents')."""

    def __init__(self, asked: Asked) -> None:
        self.asked = asked
        self._sims: list[dict[str, float]] = [{} for _ in asked]
        self._likes: list[dict[str, float]] = [{} for _ in asked]

    def sim(self, i: int, t: _Forms) -> float:
        memo = self._sims[i]
        found = memo.get(t.word)
        if found is None:
            found = memo[t.word] = max(w * _similarity(q, t) for q, w in self.asked[i])
        return found

    def like(self, i: int, t: _Forms) -> float:
        """A softer likeness, for offering the closest topics."""
        memo = self._likes[i]
        found = memo.get(t.word)
        if found is None:
            found = memo[t.word] = max(
                w * max(fuzz.ratio(q.word, t.word), _key_ratio(q.key, t.key)) / 100.0
                for q, w in self.asked[i]
            )
        return found

    def fit(self, path: tuple[tuple[_Forms, ...], ...]) -> tuple[float, int]:
        """(score, topic words left unmatched). Every asked word must name a word of the topic
        and its own last level must be named in full: `linux` is not `linux › процессы`."""
        flat = [w for level in path for w in level]
        if not flat:
            return 0.0, 0
        table = [[self.sim(i, w) for w in flat] for i in range(len(self.asked))]
        scores = [max(row) for row in table]
        if min(scores) < WORD_FLOOR:
            return 0.0, len(flat)
        matched = {j for j in range(len(flat)) if any(row[j] >= WORD_FLOOR for row in table)}
        last = range(len(flat) - len(path[-1]), len(flat))
        if not all(j in matched for j in last):
            return 0.0, len(flat)
        return sum(scores) / len(scores), len(flat) - len(matched)


def _key_ratio(a: str, b: str) -> float:
    """Sound keys compared only when both say something ("zzz" is just "s")."""
    return fuzz.ratio(a, b) if min(len(a), len(b)) >= 3 else 0.0


def _closest(index: TopicIndex, scorer: _Scorer) -> tuple[Topic, ...]:
    """Topics whose words look most like the asked ones; the biggest when none does."""
    scored = []
    count = len(scorer.asked)
    for topic in index.topics:
        flat = [w for level in index.forms_of(topic.key) for w in level]
        if not flat:
            continue
        soft = sum(max(scorer.like(i, t) for t in flat) for i in range(count)) / count
        if soft >= CLOSEST_FLOOR:
            scored.append((soft, topic))
    scored.sort(key=lambda pair: (-pair[0], pair[1].depth, -pair[1].cards, pair[1].key))
    return tuple(t for _, t in scored[:CLOSEST]) or _biggest(index)


def _biggest(index: TopicIndex) -> tuple[Topic, ...]:
    top = sorted((t for t in index.topics if not t.depth), key=lambda t: (-t.cards, t.key))
    return tuple(top[:CLOSEST])


__all__ = [
    "SEPARATOR",
    "Topic",
    "TopicIndex",
    "TopicMatch",
    "build_topics",
    "find_topic",
    "prominent",
    "segment_key",
    "topic_id",
    "topic_path",
]
