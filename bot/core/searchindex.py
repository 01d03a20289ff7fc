"""The lookup index: every card's names and text as lemmatised terms, with postings, word
rarity, and the tables that make layout, transliteration and typo matching fast."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from bot.core.blocks import abbreviates
from bot.core.labels import NAME_WRAPPERS, is_section_word
from bot.core.lexicon import translations
from bot.core.models import Card, CardKind
from bot.core.text import (
    Lemmatizer,
    borrowed_forms,
    consonants,
    fold,
    identity_lemmatizer,
    is_cyrillic,
    make_termer,
    sound_key,
    words,
)

BODY_WEIGHT = 0.7


FACT_BODY_WEIGHT = 0.7


ITEM_NAME_WEIGHT = 0.7


ACRONYM_NAME_WEIGHT = 0.9


LEAD_NAME_WEIGHT = 0.8


# A card without a definition is found by its names; its text alone only suggests it.
EMPTY_BODY_FACTOR = 0.65


MIN_FRAME_WORD = 5  # letters before a word's consonant frame may find its English spelling


SMALL_BUCKET = 64


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
    details_only: list[frozenset[int]] = field(default_factory=list)  # words only in details
    factors: list[float] = field(default_factory=list)  # text-match weight per card
    brevities: list[float] = field(default_factory=list)  # short cards win text-match ties
    postings: dict[int, list[int]] = field(default_factory=dict)
    glued: set[int] = field(default_factory=set)
    wrappers: frozenset[int] = frozenset()  # "Концепция", "Overview": words around a name
    grams: dict[int, dict[str, list[int]]] = field(default_factory=dict)
    key_grams: dict[int, dict[str, list[int]]] = field(default_factory=dict)
    # Words of each card's topics (folders, decks, tags): "в python" is context, not a name.
    topic_terms: list[frozenset[int]] = field(default_factory=list)
    topic_vocab: set[int] = field(default_factory=set)
    name_vocab: set[int] = field(default_factory=set)  # terms some card is named by
    frames: dict[str, list[int]] = field(default_factory=dict)  # Latin terms by consonants
    spoken_frames: dict[str, list[int]] = field(default_factory=dict)  # and Cyrillic ones
    sorted_terms: list[str] = field(default_factory=list)  # Cyrillic terms, for stems
    surface: dict[str, int] = field(default_factory=dict)  # inflected Russian word → term
    snakes: set[str] = field(default_factory=set)  # snake_case names the notes write
    flags: set[str] = field(default_factory=set)  # command-line options the notes write
    whole_notes: set[int] = field(default_factory=set)  # cards that are a note of their own
    note_sizes: dict[str, int] = field(default_factory=dict)  # cards per note
    note_owners: list[int] = field(default_factory=list)  # per card: its note's own card, or -1
    symbols: dict[str, list[int]] = field(default_factory=dict)  # cards named by symbols alone
    # A word's names in the other language that the notes use ("утиный" → duck).
    translated: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def term_id(self, term: str) -> int:
        tid = self.vocab.get(term)
        if tid is None:
            tid = len(self.terms)
            self.vocab[term] = tid
            self.terms.append(term)
            self.df.append(0)
        return tid

    def idf(self, tid: int) -> float:
        """Rarity in [0, 1]: 1 for a word in one card, near 0 for a word in every card."""
        n = len(self.cards)
        return min(1.0, math.log((n + 1) / (self.df[tid] + 0.5)) / math.log(n + 1.5))


_ANSWERS = frozenset({CardKind.FLASHCARD, CardKind.CLOZE})


_ANSWER_HEAD = re.compile(r"\s[—–-]\s|[.:;,(]\s|\)|$")
MAX_ANSWER_NAME_WORDS = 4


def core_texts(card: Card) -> Iterable[str]:
    """What a card says about itself: names, definition, list entries, where it sits."""
    yield card.title
    yield from card.aliases
    if card.kind not in _ANSWERS:
        yield card.definition
    yield card.question
    yield from card.items
    yield from card.section


def detail_texts(card: Card) -> Iterable[str]:
    # A flashcard's answer only mentions things: "what is SQS" is not the card whose answer
    # reads "SNS + SQS fan-out".
    if card.kind in _ANSWERS:
        yield card.definition
    for detail in card.details:
        if not detail.code:
            yield detail.text


def build_index(
    cards: Iterable[Card],
    lemmatize: Lemmatizer = identity_lemmatizer,
    aliases: dict[str, tuple[str, ...]] | None = None,
) -> Index:
    """Index cards for lookup; `aliases` adds extra names per card id (the glossary)."""
    cards = tuple(cards)
    index = Index(cards=cards, term=make_termer(lemmatize))
    extra = aliases or {}
    written: set[int] = set()  # terms some card's text really spells
    ids_of_words: dict[str, int] = {}
    topic_sets: dict[tuple[str, ...], frozenset[int]] = {}

    def term_id_of(word: str) -> int:
        """A folded word's term id, worked out once per distinct word of the notes."""
        tid = ids_of_words.get(word)
        if tid is None:
            tid = ids_of_words[word] = index.term_id(index.term(word))
        return tid

    note_cards: dict[str, int] = {}  # a note's own card
    for position, card in enumerate(cards):
        name_sets = _name_sets(index, card, extra.get(card.id, ()))
        _note_snakes(index, card)
        _note_symbols(index, card, position)
        index.note_sizes[card.note] = index.note_sizes.get(card.note, 0) + 1
        if card.parent_id is None and card.note:
            own = fold(card.note.rsplit("/", 1)[-1])
            if any(fold(n) == own for n in (card.title, *card.aliases)):
                index.whole_notes.add(position)
                note_cards.setdefault(card.note, position)
        core_words = [w for text in core_texts(card) for w in words(text)]
        detail_words = [w for text in detail_texts(card) for w in words(text)]
        # Term ids in the order the text gives them (not set order, which varies between
        # runs): ties between cards then break the same way every time.
        core_ids = frozenset(map(term_id_of, dict.fromkeys(core_words)))
        body_ids = core_ids | frozenset(map(term_id_of, dict.fromkeys(detail_words)))
        body_len = len(core_words) + len(detail_words)
        written |= body_ids
        all_names = frozenset().union(*(n for n, _ in name_sets)) if name_sets else frozenset()
        body_ids = body_ids | all_names
        if card.kind is CardKind.FACT:
            # A fact's "title" is a whole sentence: match it as text, not as a name.
            name_sets = []
            all_names = frozenset()
        # "барьер в threading", "partial из functools": the note a card sits in is a topic
        # of its own for that card, as its folders are.
        place = (*card.topics, card.note.rsplit("/", 1)[-1])
        topic_ids = topic_sets.get(place)
        if topic_ids is None:
            topic_ids = topic_sets[place] = frozenset(
                term_id_of(w)
                for topic in place
                for w in (*words(topic), *_squashed(topic))
                if len(w) >= 3 and not w.isdigit()
            )
        index.topic_terms.append(topic_ids)
        index.topic_vocab |= topic_ids
        index.name_vocab |= all_names
        if card.kind in _ANSWERS:
            # "AWS STS — AssumeRole returns ...": a flashcard's answer names what it asks for.
            head = words(_ANSWER_HEAD.split(card.definition, maxsplit=1)[0])
            if 0 < len(head) <= MAX_ANSWER_NAME_WORDS:
                index.name_vocab.update(term_id_of(w) for w in head)
        index.names.append(name_sets)
        index.name_terms.append(all_names)
        index.details_only.append(body_ids - core_ids - all_names)
        index.factors.append(_text_factor(card))
        index.brevities.append(1.0 - 0.05 * min(1.0, body_len / 200.0))
        for tid in body_ids:
            index.df[tid] += 1
            index.postings.setdefault(tid, []).append(position)
    _name_by_acronyms(index, written)
    _name_by_expansions(index)
    index.note_owners = [note_cards.get(card.note, -1) for card in cards]
    # "жосткая" is one slip from "жесткая" but three from the lemma "жесткий": typos are
    # matched against the Russian words as the notes inflect them too.
    index.surface = {
        w: tid for w, tid in ids_of_words.items() if w not in index.vocab and is_cyrillic(w)
    }
    # A glued name ("dockercontainer") is a word of the notes only if some text spells it so.
    index.glued -= written
    _word_tables(index)
    for word, tid in ids_of_words.items():
        # "Bayes" stems to "baye", but is said "байес": the word as written sounds too.
        if word.isascii() and word not in index.vocab and len(word) >= MIN_FRAME_WORD:
            spoken = sound_key(word)
            if spoken != sound_key(index.terms[tid]):
                index.keys.setdefault(spoken, []).append(tid)
    return index


def _note_symbols(index: Index, card: Card, position: int) -> None:
    """A card named by symbols alone ("??", "?.", "||"): found by those symbols as typed."""
    for name in (card.title, *card.aliases):
        if name and not words(name) and (symbol := symbol_key(name)):
            index.symbols.setdefault(symbol, []).append(position)


def symbol_key(name: str) -> str:
    """A name of symbols alone as typed: "`??`" and "??" alike."""
    return "".join(name.split()).strip("`'\"«»")


def _squashed(topic: str) -> list[str]:
    """A folder named "K8's" or "CI-CD" is also the one word "k8s", "cicd"."""
    out = []
    for part in topic.split("/"):
        tokens = words(part)
        if len(tokens) > 1 and not any(ch.isspace() for ch in part.strip()):
            out.append("".join(tokens))
    return out


FLAG = re.compile(r"--?[A-Za-z][\w-]*")
SNAKE = re.compile(r"(?<![\w])[^\W_]+(?:_[^\W_]+)+(?![\w])")


def _note_snakes(index: Index, card: Card) -> None:
    """Names written with underscores (TIME_WAIT, O_NONBLOCK) anywhere in the card, code
    included: a question naming one the notes never write is not about these notes. And
    the command-line options the card writes."""
    for text in (card.title, card.definition, *card.items, *(d.text for d in card.details)):
        if "_" in text:
            index.snakes.update(fold(m) for m in SNAKE.findall(text))
        if "-" in text:
            index.flags.update(fold(m) for m in _WRITTEN_FLAG.findall(text))


# "git reset --hard", "tar -xzf": an option written after a space, not "Wi-Fi".
_WRITTEN_FLAG = re.compile(r"(?<!\S)--?[A-Za-z][\w-]*")


_ENGLISH_SUFFIX = re.compile(r"(?:ing|ed)$")
_CASE_ENDINGS = "аыу"  # "Амдала", "Дейкстры", "к Лампорту"


def _word_tables(index: Index) -> None:
    """The tables that find a query word's terms: by length, sound, frame, stem, language."""
    index.sorted_terms = sorted(t for t in index.vocab if is_cyrillic(t))
    for term, tid in index.vocab.items():
        index.by_length.setdefault(len(term), []).append(term)
        key = sound_key(term)
        index.keys.setdefault(key, []).append(tid)
        if "j" in term and term.isascii():
            # "ajax" is also said "аякс": its "j" read as "y" as well.
            index.keys.setdefault(sound_key(term.replace("j", "y")), []).append(tid)
        if len(term) >= MIN_FRAME_WORD and term.isascii() and term.isalpha():
            index.frames.setdefault(consonants(key), []).append(tid)
            bare = _ENGLISH_SUFFIX.sub("", term)
            if bare != term and len(bare) >= MIN_FRAME_WORD:
                # "джейлбрейк" is said for "jailbreaking": the stem's consonants too.
                index.frames.setdefault(consonants(sound_key(bare)), []).append(tid)
        elif len(term) >= MIN_FRAME_WORD and is_cyrillic(term):
            # "функция" answers "function", "репликация" "replication": its English ending.
            for form in borrowed_forms(term, verbs=False):
                index.keys.setdefault(sound_key(form), []).append(tid)
            index.spoken_frames.setdefault(consonants(key), []).append(tid)
    for word, tid in index.surface.items():
        # Only where the dictionary form lost the name ("амдала" read as "амдать"; the key of
        # "сервера" is that of "сервер" already).
        if (
            len(word) > MIN_FRAME_WORD
            and word[-1] in _CASE_ENDINGS
            and index.terms[tid] != word[:-1]
        ):
            # "закон Амдала", read as a form of a verb "амдать": the name without its case
            # ending still sounds like "Amdahl".
            index.keys.setdefault(sound_key(word[:-1]), []).append(tid)
    wrapping = (index.vocab.get(index.term(w)) for w in NAME_WRAPPERS)
    index.wrappers = frozenset(t for t in wrapping if t is not None)
    for word in index.surface:
        index.by_length.setdefault(len(word), []).append(word)
    for key in index.keys:
        index.keys_by_length.setdefault(len(key), []).append(key)
    index.grams = bigram_postings(index.by_length)
    for word, others in translations(index.term).items():
        known = tuple(sorted(index.vocab[t] for t in others if t in index.vocab))
        if known:
            index.translated[word] = known
    index.key_grams = bigram_postings(index.keys_by_length)


_ACRONYM_WRAPPERS = NAME_WRAPPERS | {"understanding", "intro", "about", "learning"}
_CAPITALISED = re.compile(r"^[A-Z][A-Za-z]+$")
_DASHED = re.compile(r"^[a-z]{2,}(?:-[a-z]{2,}){2,4}$")  # a note named as file names are


def _acronym(name: str) -> str:
    """`Frame Check Sequence` → `fcs`: a name of three to five capitalised English words
    ("Understanding JSON Web Tokens" is JWT: a wrapper word is no part of it), or of three to
    five words joined by dashes (`transmission-control-protocol` → `tcp`)."""
    parts = name.split()
    if _DASHED.match(name):
        parts = [p.capitalize() for p in name.split("-")]  # "transmission-control-protocol"
    if len(parts) > 3 and parts[0].casefold() in _ACRONYM_WRAPPERS:
        parts = parts[1:]
    if not 3 <= len(parts) <= 5 or not all(_CAPITALISED.match(p) for p in parts):
        return ""
    return "".join(p[0] for p in parts).casefold()


def _name_by_acronyms(index: Index, written: set[int]) -> None:
    """A card named `Frame Check Sequence` also answers to `FCS` when the notes write it."""
    for pos, card in enumerate(index.cards):
        if card.kind in _ANSWERS or card.kind is CardKind.FACT:
            continue
        own_note = card.parent_id is None and fold(card.title) == fold(card.note.split("/")[-1])
        for name in (card.title, *card.aliases):
            short = _acronym(name)
            if not short:
                continue
            # A note named `Data Transfer Objects` is DTO even if no note writes it so.
            tid = index.term_id(index.term(short)) if own_note else index.vocab.get(short)
            if tid is None or not (own_note or tid in written) or tid in index.name_terms[pos]:
                continue
            _add_name(index, pos, frozenset({tid}), ACRONYM_NAME_WEIGHT)


_SHORT_NAME = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")


def _name_by_expansions(index: Index) -> None:
    """A card named with an acronym the notes spell out elsewhere ("Binary Trees - DFS
    Overview", where a card is "Depth-first search (DFS)") also answers to the words it
    stands for: "обход в глубину бинарного дерева" names it."""
    meaning: dict[int, frozenset[int]] = {}
    for card in index.cards:
        names = (card.title, *card.aliases)
        for short in names:
            if not _SHORT_NAME.match(short):
                continue
            for name in names:
                said = words(name)
                if len(said) >= 2 and abbreviates(fold(short), " ".join(said)):
                    tid = index.vocab.get(index.term(fold(short)))
                    if tid is not None:
                        meaning[tid] = frozenset(index.term_id(index.term(w)) for w in said)
    if not meaning:
        return
    for pos, card in enumerate(index.cards):
        if card.kind is CardKind.FACT:
            continue
        for terms, weight in list(index.names[pos]):
            spelled = [meaning[t] for t in terms if t in meaning]
            if not spelled or any(t in terms for m in spelled for t in m):
                continue
            wider = frozenset(t for t in terms if t not in meaning).union(*spelled)
            _add_name(index, pos, wider, weight * ACRONYM_NAME_WEIGHT)


def _add_name(index: Index, pos: int, terms: frozenset[int], weight: float) -> None:
    """One more name of a card, found after its text was indexed: its terms reach it."""
    index.names[pos].append((terms, weight))
    index.name_terms[pos] = index.name_terms[pos] | terms
    index.name_vocab |= terms
    for tid in terms:
        postings = index.postings.setdefault(tid, [])
        if pos not in postings:
            postings.append(pos)
            postings.sort()
            index.df[tid] += 1


_CAMEL_NAME = re.compile(r"[A-Za-z]*[a-z][A-Z][A-Za-z]*")
_CAMEL = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
CAMEL_NAME_WEIGHT = 0.85


# "σ-алгебра" is asked as "сигма-алгебра" or "sigma-algebra": the letters' names.
_GREEK = {
    "α": ("альфа", "alpha"), "β": ("бета", "beta"), "γ": ("гамма", "gamma"),
    "δ": ("дельта", "delta"), "ε": ("эпсилон", "epsilon"), "ζ": ("дзета", "zeta"),
    "η": ("эта", "eta"), "θ": ("тета", "theta"), "κ": ("каппа", "kappa"),
    "λ": ("лямбда", "lambda"), "μ": ("мю", "mu"), "ν": ("ню", "nu"), "ξ": ("кси", "xi"),
    "π": ("пи", "pi"), "ρ": ("ро", "rho"), "σ": ("сигма", "sigma"), "τ": ("тау", "tau"),
    "φ": ("фи", "phi"), "χ": ("хи", "chi"), "ψ": ("пси", "psi"), "ω": ("омега", "omega"),
}  # fmt: skip
_GREEK_LETTER = re.compile("[" + "".join(_GREEK) + "]", re.I)


def _spelled(name: str) -> tuple[str, str]:
    """A name with its Greek letters said in Russian, then in English."""
    russian = _GREEK_LETTER.sub(lambda m: _GREEK[m.group().lower()][0], name)
    english = _GREEK_LETTER.sub(lambda m: _GREEK[m.group().lower()][1], name)
    return russian, english


def _text_factor(card: Card) -> float:
    """How much a match of a card's text counts."""
    factor = FACT_BODY_WEIGHT if card.kind is CardKind.FACT else BODY_WEIGHT
    if not card.definition.strip() and card.kind is not CardKind.FACT:
        factor *= EMPTY_BODY_FACTOR  # a heading over a table mentions; it defines nothing
    if _ADVICE.match(card.title):
        factor *= ADVICE_WEIGHT  # "Используй alpine образы" says what to do, not what is
    return factor


ADVICE_WEIGHT = 0.8
# A Russian imperative opening a title: "Постройте ...", "Используй ...", "Не делайте ...".
_ADVICE = re.compile(r"^(?:не\s+)?[а-яё]{3,}(?:[иай]те|[ауяю]й)\s", re.I)


def _name_sets(
    index: Index, card: Card, extra: tuple[str, ...]
) -> list[tuple[frozenset[int], float]]:
    """The term sets a card is named by: title, aliases, glued forms, list entries."""
    name_sets: list[tuple[frozenset[int], float]] = []
    names = (card.title, *card.aliases, *extra)
    for name in (*names, *(s for n in names if _GREEK_LETTER.search(n) for s in _spelled(n))):
        tokens = words(name)
        if tokens:
            # "Используй alpine образы": advice, which names no thing.
            weight = ADVICE_WEIGHT if _ADVICE.match(name) else 1.0
            name_sets.append((frozenset(index.term_id(index.term(w)) for w in tokens), weight))
        if FLAG.fullmatch(name.strip()):
            # A note named `-i` or `--list`: asked as typed, dashes included.
            name_sets.append((frozenset({index.term_id(fold(name.strip()))}), 1.0))
        if "-" in name:
            # "Bias-Variance Trade-off" is also asked as "bias variance tradeoff".
            joined = words(_HYPHENATED.sub(lambda m: m.group().replace("-", ""), name))
            if joined != tokens and joined:
                name_sets.append((frozenset(index.term_id(index.term(w)) for w in joined), 1.0))
        camel = _CAMEL.findall(name.strip()) if _CAMEL_NAME.fullmatch(name.strip()) else []
        if len(camel) >= 2:
            # "UseRef", "ReadWriteOnce": its parts name it too ("refs", "read write once").
            parts = frozenset(index.term_id(index.term(fold(p))) for p in camel)
            name_sets.append((parts, CAMEL_NAME_WEIGHT))
        if 2 <= len(tokens) <= 3:
            # People glue names together: "докерхаб", "dockerimage".
            glued = index.term_id("".join(tokens))
            index.glued.add(glued)
            name_sets.append((frozenset({glued}), 1.0))
    # "VPC= is a virtual datacenter": the definition opens by naming what it defines; a
    # paragraph of its details may do the same ("Memcached- supports only strings").
    # A detail's "OUI: CC:46:D6; Производитель: Cisco" is a table row's fields, no subject.
    leads = [(_lead_subject(card, card.definition), LEAD_NAME_WEIGHT)]
    leads += [
        (_lead_subject(card, d.text, fields=False), ITEM_NAME_WEIGHT)
        for d in card.details
        if not d.code
    ]
    for subject, weight in leads:
        if subject:
            terms = frozenset(index.term_id(index.term(w)) for w in words(subject))
            name_sets.append((terms, weight))
    for item in (*card.items, *card.keywords):
        tokens = words(item)
        if 1 <= len(tokens) <= 4:
            # A list item ("docker run", "bridge") names its list, a little less strongly.
            terms = frozenset(index.term_id(index.term(w)) for w in tokens)
            name_sets.append((terms, ITEM_NAME_WEIGHT))
    return name_sets


_LEAD = re.compile(
    r"^([^\W\d][\w.+#/-]*(?:\s+[\w.+#/-]+){0,2}?)\s*(=|:|\s?[—–-]\s|\s(?:is|are|это)\s)"
)


def _lead_subject(card: Card, text: str, fields: bool = True) -> str:
    """The one to three words a term card's text opens with as its subject (`fields`: a
    colon may end it, as in "Elastic IP: dedicated IP upon request")."""
    if card.kind is not CardKind.TERM:
        return ""
    m = _LEAD.match(text)
    if m is None or is_section_word(m.group(1)) or (not fields and m.group(2) == ":"):
        return ""
    return m.group(1)


_HYPHENATED = re.compile(
    r"\b(?:[^\W\d_]{2,}-[^\W\d_]{2,5}|(?:multi|non|pre|re|sub|inter|co|self|cross|auto|micro|"
    r"semi|anti|over|under|out|post|hyper|meta)-[^\W\d_]{2,})\b",
    re.I,
)


def bigrams(word: str) -> set[str]:
    return {word[i : i + 2] for i in range(len(word) - 1)}


def bigram_postings(buckets: dict[int, list[str]]) -> dict[int, dict[str, list[int]]]:
    """Per length bucket: bigram → positions (ascending) of the bucket's words that have it."""
    out: dict[int, dict[str, list[int]]] = {}
    for length, bucket in buckets.items():
        table: dict[str, list[int]] = {}
        for pos, word in enumerate(bucket):
            for gram in bigrams(word):
                table.setdefault(gram, []).append(pos)
        out[length] = table
    return out
