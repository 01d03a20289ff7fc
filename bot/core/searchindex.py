"""The lookup index: every card's names and text as lemmatised terms, with postings, word
rarity, and the tables that make layout, transliteration and typo matching fast."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache

from bot.core.indexdata import Index
from bot.core.indexnames import (
    ADVICE_WEIGHT,
    ANSWERS,
    is_advice,
    name_by_acronyms,
    name_by_expansions,
    name_by_spelled_definition,
    name_sets,
    numbered_names,
)
from bot.core.labels import NAME_WRAPPERS
from bot.core.lexicon import glued_phrases, phrase_names, translations
from bot.core.models import Card, CardKind
from bot.core.slugs import slug_of_russian
from bot.core.spelledout import short_names
from bot.core.text import (
    Lemmatizer,
    borrowed_forms,
    consonants,
    fold,
    identity_lemmatizer,
    is_cyrillic,
    make_termer,
    sound_key,
    transliterated,
    vowel_runs,
    words,
)

BODY_WEIGHT = 0.7


FACT_BODY_WEIGHT = 0.7


# A card without a definition is found by its names; its text alone only suggests it.
EMPTY_BODY_FACTOR = 0.65


MIN_FRAME_WORD = 5  # letters before a word's consonant frame may find its English spelling
MIN_SHORT_WORD = 3  # a shorter word said in the other language is too often another word
MAX_SHORT_LATIN = 6  # letters of an English word a short Russian one may spell ("thread")


SMALL_BUCKET = 64


_ANSWER_HEAD = re.compile(r"\s[—–-]\s|[.:;,(]\s|\)|$")
MAX_ANSWER_NAME_WORDS = 4


def core_texts(card: Card) -> Iterable[str]:
    """What a card says about itself: names, definition, list entries, where it sits."""
    yield card.title
    yield from card.aliases
    if card.kind not in ANSWERS:
        yield card.definition
    yield card.question
    yield from card.items
    yield from card.section


def detail_texts(card: Card) -> Iterable[str]:
    # A flashcard's answer only mentions things: "what is SQS" is not the card whose answer
    # reads "SNS + SQS fan-out".
    if card.kind in ANSWERS:
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
    index.positions = {card.id: pos for pos, card in enumerate(cards)}
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
        card_names = name_sets(index, card, extra.get(card.id, ()))
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
        counts: dict[int, int] = {}  # per term: how often the card says it
        for word, times in Counter(core_words + detail_words).items():
            tid = term_id_of(word)
            counts[tid] = counts.get(tid, 0) + times
        core_ids = frozenset(map(term_id_of, dict.fromkeys(core_words)))
        body_ids = frozenset(counts)
        body_len = len(core_words) + len(detail_words)
        index.counts.append(counts)
        index.lengths.append(body_len)
        written |= body_ids
        all_names = frozenset().union(*(n for n, _ in card_names)) if card_names else frozenset()
        body_ids = body_ids | all_names
        if card.kind is CardKind.FACT:
            # A fact's "title" is a whole sentence: match it as text, not as a name.
            card_names = []
            all_names = frozenset()
        # "барьер в threading", "partial из functools": the note a card sits in is a topic
        # of its own for that card, as its folders are.
        stem = card.note.rsplit("/", 1)[-1]
        # Not a slug standing for Russian words, though: "teorii" is no word of the notes,
        # and would sound more like "theory" than «теория» does.
        place = (*card.topics, stem) if not slug_of_russian(stem, card.title) else card.topics
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
        if card.kind in ANSWERS:
            # "AWS STS — AssumeRole returns ...": a flashcard's answer names what it asks for.
            head = words(_ANSWER_HEAD.split(card.definition, maxsplit=1)[0])
            if 0 < len(head) <= MAX_ANSWER_NAME_WORDS:
                index.name_vocab.update(term_id_of(w) for w in head)
        index.names.append(card_names)
        index.name_terms.append(all_names)
        _note_title_end(index, card, term_id_of)
        index.aspects.append(_aspect_of(card, term_id_of))
        index.details_only.append(body_ids - core_ids - all_names)
        index.factors.append(_text_factor(card))
        index.brevities.append(1.0 - 0.05 * min(1.0, body_len / 200.0))
        for tid in body_ids:
            index.df[tid] += 1
            index.postings.setdefault(tid, []).append(position)
    index.short_names = short_names(n for card in cards for n in (card.title, *card.aliases))
    name_by_acronyms(index, written)
    numbered_names(index)
    name_by_expansions(index)
    name_by_spelled_definition(index)
    index.note_owners = [note_cards.get(card.note, -1) for card in cards]
    index.repeated = repeated_sections(cards, len(index.note_sizes))
    index.mean_length = sum(index.lengths) / len(cards) if cards else 0.0
    # "жосткая" is one slip from "жесткая" but three from the lemma "жесткий": typos are
    # matched against the Russian words as the notes inflect them too.
    # "swithces" is one swap from "switches" but two slips from its stem "switch": English
    # names are matched as written too (names only, so the typo tables stay small).
    index.surface = {
        w: tid
        for w, tid in ids_of_words.items()
        if w not in index.vocab and (is_cyrillic(w) or tid in index.name_vocab)
    }
    # A glued name ("dockercontainer") is a word of the notes only if some text spells it so.
    index.glued -= written
    _name_drops(index)
    _word_tables(index, lemmatize)
    for word, tid in ids_of_words.items():
        # "Bayes" stems to "baye", but is said "байес": the word as written sounds too.
        if word.isascii() and word not in index.vocab and len(word) >= MIN_FRAME_WORD:
            spoken = sound_key(word)
            if spoken != sound_key(index.terms[tid]):
                index.keys.setdefault(spoken, []).append(tid)
    return index


def _name_drops(index: Index) -> None:
    """Each long name word with one letter left out (not its first): how the notes may
    misspell it themselves, as a question may ("refernce"). And each rare long name word
    with one inner vowel blanked: the notes' "secracy" met by a question's "secrecy"."""
    for tid in index.name_vocab:
        name = index.terms[tid]
        if len(name) >= MIN_DROPPED_LETTER_NAME and name.isalpha():
            for dropped in {name[:i] + name[i + 1 :] for i in range(1, len(name))}:
                index.name_drops.setdefault(dropped, []).append(tid)
        if len(name) >= MIN_VOWEL_BLANKED_NAME and _own_spelling(index, tid):
            for i in range(1, len(name) - 1):
                if name[i] in VOWEL_LETTERS:
                    index.name_vowels.setdefault(vowel_blanked(name, i), []).append(tid)


def _own_spelling(index: Index, tid: int) -> bool:
    """A word rare in the notes, or written in one note alone: its author's own spelling of
    a name ("Present perfact", the heading and its sections), which a question spells right."""
    if index.df[tid] <= RARE_NAME_SPELLING:
        return True
    cards = index.cards
    first = cards[index.postings[tid][0]].note
    return all(cards[p].note == first for p in index.postings[tid])


def vowel_blanked(word: str, at: int) -> str:
    return f"{word[:at]}*{word[at + 1 :]}"


MIN_VOWEL_BLANKED_NAME = 7  # letters of a name whose vowel the notes may write as another
RARE_NAME_SPELLING = 2  # cards a name word may be in and still be the notes' own slip
VOWEL_LETTERS = "aeiouyаеиоуыэюяё"


MIN_DROPPED_LETTER_NAME = 8  # letters of a name whose slips the notes themselves may make


def _note_title_end(index: Index, card: Card, term_id_of: Callable[[str], int]) -> None:
    """The word a card's name ends in ("sort" of "Merge Sort"), counted: the kinds of thing
    the notes name. A fact's "name" is a sentence."""
    said = words(card.title) if card.kind is not CardKind.FACT else []
    if said:
        last = term_id_of(said[-1])
        index.title_ends[last] = index.title_ends.get(last, 0) + 1


def _note_symbols(index: Index, card: Card, position: int) -> None:
    """A card named by symbols alone ("??", "?.", "||"): found by those symbols as typed.
    Symbols compared or listed ("== и ===", "&& vs ||") name it each."""
    for name in (card.title, *card.aliases):
        said = words(name)
        if not said:
            parts = [name]
        elif all(w in _SYMBOL_JOINERS for w in said):
            parts = [name, *(p for p in name.split() if not words(p))]
        else:
            continue
        for part in parts:
            if symbol := symbol_key(part):
                index.symbols.setdefault(symbol, []).append(position)


_SYMBOL_JOINERS = frozenset({"и", "или", "vs", "and", "or", "versus", "против"})


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


SNAKE = re.compile(r"(?<![\w])[^\W_]+(?:_[^\W_]+)+(?![\w])")


def _note_snakes(index: Index, card: Card) -> None:
    """Names written with underscores (TIME_WAIT, O_NONBLOCK) anywhere in the card, code
    included: a question naming one the notes never write is not about these notes. And
    the command-line options and the lettered names ("B-tree") the card writes."""
    for text in (card.title, card.definition, *card.items, *(d.text for d in card.details)):
        if "_" in text:
            index.snakes.update(fold(m) for m in SNAKE.findall(text))
        if "-" in text:
            index.flags.update(fold(m) for m in _WRITTEN_FLAG.findall(text))
            index.lettered.update(fold(a + b) for a, b in LETTERED.findall(text))
        for acronym in _CYRILLIC_ACRONYM.findall(text):
            index.cyrillic_acronyms.setdefault(transliterated(acronym), fold(acronym))


# "ООП", "ОС": a Russian abbreviation, which a question in English may type in Latin letters.
_CYRILLIC_ACRONYM = re.compile(r"(?<![\w-])[А-ЯЁ]{2,5}(?![\w-])")


# "B-tree", "k-means", "t-test": a letter hyphened to a word names a thing of its own.
LETTERED = re.compile(r"(?<![\w-])([^\W\d_])-([^\W\d_]{3,})(?![\w-])")


# "git reset --hard", "tar -xzf": an option written after a space, not "Wi-Fi".
_WRITTEN_FLAG = re.compile(r"(?<!\S)--?[A-Za-z][\w-]*")


_ENGLISH_SUFFIX = re.compile(r"(?:ing|ed)$")
_CASE_ENDINGS = "аыу"  # "Амдала", "Дейкстры", "к Лампорту"


@lru_cache(maxsize=4)
def _lexicon_tables(
    lemmatize: Lemmatizer,
) -> tuple[
    dict[str, frozenset[str]],
    dict[str, list[tuple[frozenset[str], set[str]]]],
    dict[str, list[list[frozenset[str]]]],
]:
    """The lexicon read with one lemmatizer: the same for every index built with it, so
    worked out once (about 0.6 s of a build)."""
    term = make_termer(lemmatize)
    return translations(term), glued_phrases(term), phrase_names(term)


def _word_tables(index: Index, lemmatize: Lemmatizer) -> None:
    """The tables that find a query word's terms: by length, sound, frame, stem, language."""
    index.sorted_terms = sorted(t for t in index.vocab if is_cyrillic(t))
    for term, tid in index.vocab.items():
        index.by_length.setdefault(len(term), []).append(term)
        key = sound_key(term)
        index.keys.setdefault(key, []).append(tid)
        if "j" in term and term.isascii():
            # "ajax" is also said "аякс": its "j" read as "y" as well.
            index.keys.setdefault(sound_key(term.replace("j", "y")), []).append(tid)
        if MIN_SHORT_WORD <= len(term) <= MAX_SHORT_LATIN and term.isascii() and term.isalpha():
            index.short_keys.setdefault(vowel_runs(key), []).append(tid)
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
    tying = (index.vocab.get(w) for w in HEAD_PREPOSITIONS)
    index.prepositions = frozenset(t for t in tying if t is not None)
    for word in index.surface:
        index.by_length.setdefault(len(word), []).append(word)
    for key in index.keys:
        index.keys_by_length.setdefault(len(key), []).append(key)
    index.grams = bigram_postings(index.by_length)
    index.spoken, phrases, named = _lexicon_tables(lemmatize)
    for word, others in index.spoken.items():
        if word in named:
            # "ошибка выжившего" is survivorship bias: notes holding "bias" alone do not
            # hold it. Only the English names the vault holds whole are what it means.
            others = frozenset(
                t
                for name in named[word]
                if all(any(s in index.vocab for s in spelled) for spelled in name)
                for spelled in name
                for t in spelled
            )
        # "namespace" is «пространство имён»: notes saying «имя» alone say nothing of it.
        partial = {
            t
            for group, only_there in phrases.get(word, ())
            if not group <= index.vocab.keys()
            for t in only_there
        }
        known = tuple(sorted(index.vocab[t] for t in others - partial if t in index.vocab))
        if known:
            index.translated[word] = known
    index.key_grams = bigram_postings(index.keys_by_length)


# Words a heading about one side of a thing opens with ("Complexity of Kahn's Algorithm",
# "Преимущества Docker"): such a card answers that side, not what the thing is.
ASPECT_HEADS = frozenset(
    """complexity implementation advantages disadvantages example examples applications
    usage analysis limitations proof history properties pros cons сложность реализация
    преимущества недостатки пример примеры применение использование ограничения
    доказательство история свойства плюсы минусы нарушение нарушения violation
    violations""".split()  # noqa: SIM905 - a word list reads best as text
)


def _aspect_of(card: Card, term_id_of: Callable[[str], int]) -> int:
    said = words(card.title)
    if card.kind is CardKind.FACT or len(said) < 2 or said[0] not in ASPECT_HEADS:
        return -1
    return term_id_of(said[0])


# Prepositions after a kind word make it the name's head, not a wrapper around a name
# ("Аргументы с указателями", "Функции для работы со строками").
HEAD_PREPOSITIONS = frozenset(
    ["с", "со", "в", "во", "на", "по", "для", "без", "из", "от", "к", "о", "об", "при", "через"]
)


def _text_factor(card: Card) -> float:
    """How much a match of a card's text counts."""
    factor = FACT_BODY_WEIGHT if card.kind is CardKind.FACT else BODY_WEIGHT
    if not card.definition.strip() and card.kind is not CardKind.FACT:
        factor *= EMPTY_BODY_FACTOR  # a heading over a table mentions; it defines nothing
    if is_advice(card.title):
        factor *= ADVICE_WEIGHT  # "Используй alpine образы" says what to do, not what is
    return factor


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


REPEATED_SECTION_NOTES = 3  # notes at least that hold a section of the same title
REPEATED_SECTION_SHARE = 0.2  # and this share of the vault's notes


def repeated_sections(cards: tuple[Card, ...], notes: int) -> set[int]:
    """Sections of one title under the cards of many of the vault's `notes`: a template's
    parts."""
    by_title: dict[str, tuple[set[str], list[int]]] = {}
    roots = {card.id for card in cards if card.parent_id is None}
    for pos, card in enumerate(cards):
        # A template's parts sit right under each note's own card; "Агностицизм" defined in
        # a glossary and again in two seminars, under sections of their own, is a term.
        # A glossary table's row is no part of a template, whatever other notes call so.
        if card.parent_id in roots and card.kind is not CardKind.TABLE_ROW:
            held, positions = by_title.setdefault(fold(card.title), (set(), []))
            held.add(card.note)
            positions.append(pos)
    least = max(REPEATED_SECTION_NOTES, REPEATED_SECTION_SHARE * notes)
    return {
        pos for held, positions in by_title.values() if len(held) >= least for pos in positions
    }
