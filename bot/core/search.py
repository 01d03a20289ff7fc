"""Term lookup over the knowledge base: build an index once, answer chat questions fast.

A query is split into words; each word is resolved to index terms by exact form, lemma,
wrong keyboard layout, transliteration (a shared sound key) and, last, a bounded fuzzy
match (rapidfuzz Indel ratio, length-bucketed so the scan stays small). Cards are scored
by how much of the question their names (title and aliases) or their text cover,
weighted by how rare each word is in the notes.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from dataclasses import replace

from bot.core import (
    cardscores,
    compared,
    comparisons,
    gluedwords,
    labels,
    numerals,
    ownwords,
    passages,
    querysetting,
    question,
    reranks,
    settingasked,
    spelledout,
    strangers,
    subjects,
)
from bot.core.indexdata import Index
from bot.core.models import Card, CardKind
from bot.core.ownwords import strongest
from bot.core.results import FOUND_THRESHOLD, Match, Result
from bot.core.searchindex import build_index, symbol_key
from bot.core.text import (
    AROUND_WORD,
    STOPWORDS,
    fold,
    is_chatter,
    is_cyrillic,
    words,
)
from bot.core.wordmatch import near_known, resolve_word

__all__ = ["Index", "Match", "Result", "build_index", "lookup", "search_titles"]

UNKNOWN_WORD_WEIGHT = 1.0
ALTERNATIVE_FLOOR = 0.35
SUGGESTION_FLOOR = 0.12
DETAIL_ONLY_WEIGHT = 0.65
MENTION_ONLY_WORDS = 2  # up to this many telling words, none naming a card: only mentions
IDEA_WORD_WEIGHT = 0.5  # "principle", "концепция": the kind of idea asked
TOPIC_WORD_WEIGHT = 0.35  # a word naming a topic ("в python") only narrows the question
FOREIGN_WORD_CEILING = 0.75  # below this, an unknown word the notes never spell refuses
FOREIGN_WORD_QUESTION = 3  # telling words at most in a question checked so
MIN_COMPOUND_PART = 3  # letters of a hyphenated word's part that may name a kind
ANCHOR_FLOOR = 0.2  # a long question naming a card in full is answered from this score
ANCHOR_QUESTION_WORDS = 3
ANCHOR_SIMILARITY = 0.9


def lookup(index: Index, query: str, limit: int = 3) -> Result:
    """Answer one question: the best card when confident (with the other card when two
    things are compared), else the cards closest to it."""
    sides = comparisons.sides(query)
    if sides is None:
        found = _lookup(index, query, limit)
        together = comparisons.pair(query)
        if together is None or not found.found or found.best is None:
            return found
        return compared.pair_answer(index, found, together, limit)
    return compared.answer(index, query, sides, limit, _lookup)


def _lookup(index: Index, query: str, limit: int) -> Result:
    if is_chatter(query) and not _asks_of_notes(index, query):
        return Result(query=query, found=False, chatter=True)
    asked = question.without_manner(query)
    if asked != query:
        return replace(_lookup(index, asked, limit), query=query)
    switched = question.other_layout(index, query)
    if switched:
        # "ifhlbhjdfybt d vjyut" is "шардирование в монге": read whole, "в монге" is where.
        found = _answer(index, switched, limit)
        if found.found:
            return replace(found, query=query)
    found = _answer(index, query, limit)
    if not found.found:
        # "what is a minimum lovable product?" where a card is named MLP.
        told = [raw for _, raw in question.words_of(index, query)]
        short = spelledout.spelled(index.short_names, query, told)
        if short:
            named = _answer(index, short, limit)
            if named.found:
                return replace(named, query=query)
    return found


def _answer(index: Index, query: str, limit: int) -> Result:
    split = question.words_of(index, query) or question.named_function_word(index, query)
    split = numerals.romanized(index, split)
    qwords = gluedwords.join_compounds(index, split)
    if index.symbols and (not qwords or _only_setting(query, qwords)):
        # "??", "что такое ?." : a card named by the symbols asked about; "== vs === в php":
        # the words only say where ("what does the ? operator do" asks more).
        symbols = [symbol_key(t) for t in dict.fromkeys(query.split()) if not words(t)]
        named = Counter(p for s in symbols for p in dict.fromkeys(index.symbols.get(s, ())))
        if named:
            best = max(named, key=named.__getitem__)  # the first of those named most
            return Result(query=query, found=True, best=index.cards[best], score=1.0)
    if not qwords or not index.cards:
        return Result(query=query, found=False, suggestions=_fallback(index, limit))
    joined = _scored(index, query, qwords, limit)
    if qwords == split:
        return joined
    # "keep alive" may be the notes' "keepalive" or their "Keep-Alive": the better reading.
    apart = _scored(index, query, split, limit)
    # On a tie the words as typed win: "context managers" is the note Context Managers, not
    # its entry contextmanager.
    return apart if _reading(apart) >= _reading(joined) else joined


def _only_setting(query: str, qwords: list[tuple[str, str]]) -> bool:
    """Every word of the question says where it is asked ("в php", "in js")."""
    setting = querysetting.setting_of(query)
    return all(w in setting for w, _ in qwords)


def _shown_in(best: Card, card: Card) -> bool:
    """A row of the table the answer already lists ("Location: India to Korea" under "The
    Movius Line"): offering it again says nothing new."""
    if card.parent_id != best.id:
        return False
    line = f"{card.title}: {card.definition}"
    return any(d.text == line for d in best.details)


def _reading(result: Result) -> tuple[bool, float, bool]:
    """How well a reading of the question is answered; on a tie a card of its own beats a
    table row ("persistent volume": the note Persistent Volumes over the row PersistentVolume)."""
    row = result.best is not None and result.best.kind is CardKind.TABLE_ROW
    return (result.found, result.score, not row)


def _scored(index: Index, query: str, qwords: list[tuple[str, str]], limit: int) -> Result:
    resolved = [resolve_word(index, w, raw) for w, raw in qwords]
    gluedwords.glue_translations(index, qwords, resolved)
    topical = querysetting.context_words(index, resolved, [w for w, _ in qwords], query)
    # "почему X так плохо масштабируется" looks for «Недостатки X»: what is asked of X.
    aspects = question.aspects(index, query)
    qwords = [*qwords, *[("", "")] * len(aspects)]
    resolved += aspects
    topical += [True] * len(aspects)
    weights: list[float] = []
    telling = 0  # words rare enough in this vault to tell cards apart
    known = 0  # telling words the notes have
    named = 0  # of those, words that name some card (title, alias, list entry)
    for cands, context in zip(resolved, topical, strict=True):
        if context and not cands:
            weights.append(UNKNOWN_WORD_WEIGHT * TOPIC_WORD_WEIGHT)
        elif context:
            best = strongest(cands)
            weights.append((0.5 + index.idf(best)) * TOPIC_WORD_WEIGHT)
        elif cands:
            best = strongest(cands)
            # "superposition principle" of the card Superposition: the kind of idea asked
            # says little of which one.
            idea = IDEA_WORD_WEIGHT if index.terms[best] in labels.IDEA_WORDS else 1.0
            weights.append((0.5 + index.idf(best)) * idea)
            # "singleton pattern": the kind of thing asked says nothing of which one.
            if index.terms[best] not in labels.PATTERN_WORDS and index.df[best] <= max(
                3, len(index.cards) * querysetting.VAULT_COMMON
            ):
                telling += 1
                known += 1
                named += not index.name_vocab.isdisjoint(cands)
        else:
            weights.append(UNKNOWN_WORD_WEIGHT)
            telling += 1
    body_hits: dict[int, list[float]] = defaultdict(lambda: [0.0] * len(resolved))
    # One telling word found only in a card's details is a mention, not a definition: it may
    # be suggested, not answered ("amazon eks" in a vault where every card says Amazon).
    # Several telling words found together there still count in full.
    mention = DETAIL_ONLY_WEIGHT if telling <= 1 else 1.0
    details_only = index.details_only
    for i, cands in enumerate(resolved):
        for tid, sim in cands.items():
            for pos in index.postings.get(tid, ()):
                hits = body_hits[pos]
                value = sim * mention if tid in details_only[pos] else sim
                if value > hits[i]:
                    hits[i] = value
    everywhere = cardscores.vault_subjects(
        index, resolved, topical, querysetting.said_inside(query)
    )
    cardscores.credit_topics(index, resolved, topical, body_hits, everywhere)
    lifted = cardscores.credit_notes(index, body_hits)
    scored = cardscores.card_scores(index, resolved, weights, body_hits, topical, everywhere)
    scored = cardscores.identified(index, query, qwords, scored)
    # Only the best few are used: the same as sorting everything, then slicing. The names
    # are read only for the cards tied with those few.
    naming = [
        i
        for i, ((w, _), context) in enumerate(zip(qwords, topical, strict=True))
        if w and not context
    ]
    # "yjhvfkbpfwbz" typed in the other layout asks for "нормализация" as much as the word.
    asked = [_as_read(index, qwords[i][0], resolved[i]) for i in naming]
    # The terms each of them stands for: "под" is also "pod".
    meant = [
        {index.terms[t] for t, sim in resolved[i].items() if sim >= MEANT_SIMILARITY}
        for i in naming
    ]
    everything = scored
    scored = _best_few(index, scored, limit + 1, asked, lifted, resolved, meant)
    scored = settingasked.named_before_setting(index, scored, everything, qwords, resolved, query)
    scored = cardscores.headed_as_asked(index, scored, query)
    scored = cardscores.named_whole(index, query, scored)
    scored = cardscores.most_named(index, scored, [resolved[i] for i in naming])
    scored = subjects.subject_fact(index, scored, asked)

    # A note found by words spread over its sections is found as a question in the user's
    # own words is: only when it stands out. When it does not, a card holding the words
    # itself may still answer ("обход дерева в ширину": Breadth-first search).
    def own_words(ranked: list[tuple[float, int, bool]]) -> bool:
        return ownwords.in_own_words(
            index, ranked, qwords, resolved, topical, body_hits
        ) or ownwords.named_alone(index, ranked, qwords, resolved, topical, query)

    spread = bool(scored) and scored[0][2] and scored[0][1] in lifted
    unheard = spread and not own_words(scored)
    if unheard:
        # Still led by that note after this, it is known not to stand out.
        scored, spread = _unspread(scored, lifted)
        unheard = spread
    unnamed_answer = bool(scored) and not (
        (scored[0][0] >= FOUND_THRESHOLD and not spread)
        or (
            scored[0][0] >= ANCHOR_FLOOR
            and len(qwords) >= ANCHOR_QUESTION_WORDS
            and _anchored(index, scored[0][1], resolved)
        )
    )
    if (
        not scored
        or ownwords.only_guessed(index, qwords, resolved, topical)
        or (unnamed_answer and (unheard or not own_words(scored)))
    ):
        # Only cards close to the question: when nothing is close, the reply says so. A
        # question mostly of things the notes never spell is close to none of them, whatever
        # one short word of it matches ("брокер сообщений vs pub/sub" in algorithm notes).
        strange = len([w for w, _ in qwords if w]) >= STRANGE_QUESTION_WORDS and (
            strangers.mostly_strangers(index, qwords, resolved, topical)
        )
        guessed = (
            None
            if strange
            or strangers.names_a_stranger(index, qwords, resolved)
            or strangers.proper_stranger(index, query)
            or strangers.stranger_of_a_kind(index, query, qwords, resolved)
            else passages.guess(
                index, query, qwords, resolved, topical, limit, named=_names_its_subject(query)
            )
        )
        if guessed is not None:
            return subjects.guessed_whole(index, guessed, resolved)
        near = () if strange else _distinct(index, scored, limit)
        said = _mention(index, scored, near, qwords, resolved, topical)
        return Result(query=query, found=False, suggestions=near, mentioned=said)
    defining = _names_its_subject(query)
    # "что такое моральный риск": the sentence under Moral Hazard scores a little above
    # Moral Hazard itself, yet lacks "moral"; the card named so answers.
    scored = reranks.named_over_offside_fact(index, scored, resolved, defining)
    scored = reranks.named_over_task(index, scored, query, defining)
    scored, in_setting = settingasked.thing_over_setting(index, scored, qwords, resolved, query)
    # "что такое bastion host" where no card is named so, or a table row about something
    # else that only uses the words: those cards mention the thing. Offer them; do not
    # present one as its definition.
    # A fact is a sentence of the notes with no name to match: it may answer "что такое том?".
    unnamed = (
        known
        and not named
        and known <= MENTION_ONLY_WORDS
        and index.cards[scored[0][1]].kind is not CardKind.FACT
    )
    row_mention = scored[0][2] and index.cards[scored[0][1]].kind is CardKind.TABLE_ROW
    # "что такое page object": a card that only uses the words in its text, its name none
    # of them, says what something else is.
    unnamed = unnamed or (
        scored[0][2]
        and index.cards[scored[0][1]].kind is not CardKind.FACT
        and index.name_terms[scored[0][1]].isdisjoint(set().union(*resolved))
    )
    # A Russian question about a Latin name the notes never spell is about something else,
    # however well its other words match ("как работает Proxy в js").
    foreign = (
        strangers.latin_stranger(index, query, qwords, resolved, topical)
        or (
            _foreign_word(index, query, scored, telling, qwords, resolved, topical)
            # "почему any это дыра в типизации": the unknown word says nothing of the name.
            and not ownwords.named_alone(index, scored, qwords, resolved, topical, query)
        )
        or (telling <= FOREIGN_WORD_QUESTION and ownwords.unwritten_lettered(index, query))
    )
    # "что такое паттерн Saga": no word the notes have tells the cards apart, and a name
    # they lack does; only the common words matched.
    unheld = not known and any(
        not cands and not context and question.names_a_thing(index, w)
        for (w, _), cands, context in zip(qwords, resolved, topical, strict=True)
    )
    stranger = (
        strangers.names_a_stranger(index, qwords, resolved)
        or strangers.proper_stranger(index, query)
        or strangers.stranger_of_a_kind(index, query, qwords, resolved)
    )
    if (
        row_mention
        or foreign
        or unheld
        or ownwords.another_of_its_kind(index, scored[0][1], qwords, resolved, topical, body_hits)
        or in_setting
        or ownwords.hyphen_half(index, scored[0][1], qwords, resolved, body_hits, query)
        or stranger
        or (defining and (unnamed or reranks.offside_fact(index, scored, resolved)))
        # "inversion in English": a name alone, one word of it only in some card's text.
        or (
            unnamed
            and known <= 1
            and _name_alone(query)
            and _said_once(index, scored[0][1], resolved, topical)
        )
    ):
        # "what do you call the law that says F = ma?": a passage holding several of the
        # question's words answers what the card scored best could not, unless the question
        # names a thing the notes lack.
        guessed = (
            None
            if stranger
            else passages.guess(index, query, qwords, resolved, topical, limit, named=defining)
        )
        return (
            subjects.guessed_whole(index, guessed, resolved)
            if guessed is not None
            else _refused(index, query, scored, qwords, resolved, topical, limit)
        )
    scored = subjects.one_side_asked(index, scored, asked, query)
    scored = subjects.subject_first(index, scored, resolved)
    scored = reranks.unnamed_in_question(index, scored, query)
    scored = reranks.of_the_kind_asked(index, scored, query)
    best_score, best_pos, _ = scored[0]
    answer = index.cards[best_pos]
    alternatives = tuple(
        Match(card=index.cards[p], score=round(s, 4))
        for s, p, _ in scored[1 : limit + 1]
        if s >= ALTERNATIVE_FLOOR and not _shown_in(answer, index.cards[p])
    )
    ambiguous = bool(alternatives) and alternatives[0].score >= best_score - 0.03
    return Result(
        query=query,
        found=True,
        best=answer,
        score=round(best_score, 4),
        alternatives=alternatives,
        ambiguous=ambiguous,
    )


def _refused(
    index: Index,
    query: str,
    scored: list[tuple[float, int, bool]],
    qwords: list[tuple[str, str]],
    resolved: list[dict[int, float]],
    topical: list[bool],
    limit: int,
) -> Result:
    """Not found: the cards closest to the question offered, and where its words are said."""
    near = _distinct(index, scored, limit)
    said = _mention(index, scored, near, qwords, resolved, topical)
    return Result(query=query, found=False, suggestions=near, mentioned=said)


MEANT_SIMILARITY = 0.9  # a translation or a near spelling names a card as asked


LAYOUT_READING = 0.97  # a word read in the other keyboard layout


def _as_read(index: Index, word: str, cands: dict[int, float]) -> str:
    """A word the notes do not spell, as its reading in the other layout; else as typed."""
    if not cands or index.term(word) in index.vocab:
        return word
    best = strongest(cands)
    return index.terms[best] if cands[best] >= LAYOUT_READING else word


def _best_few(
    index: Index,
    scored: list[tuple[float, int, bool]],
    count: int,
    asked: list[str],
    lifted: set[int],
    resolved: list[dict[int, float]],
    meant: list[set[str]],
) -> list[tuple[float, int, bool]]:
    """The `count` best cards in order (`asked`: the question's words that may name one,
    `meant`: the terms each stands for)."""
    top = heapq.nsmallest(count, scored, key=lambda s: -s[0])
    if not top:
        return []
    tied = [s for s in scored if s[0] >= top[-1][0]]
    ranked = sorted(tied, key=cardscores.ranking(index, asked, lifted, meant))[:count]
    ranked = cardscores.named_over_facts(index, ranked, asked)
    return cardscores.section_named(index, ranked, lifted, resolved, meant)


def _unspread(
    scored: list[tuple[float, int, bool]], lifted: set[int]
) -> tuple[list[tuple[float, int, bool]], bool]:
    """The best card found by its own text or name, first, when it is found on its own;
    else `scored` as it was (and still led by a note found by its sections' words)."""
    plain = [s for s in scored if not (s[2] and s[1] in lifted)]
    if plain and plain[0][0] >= FOUND_THRESHOLD:
        return [plain[0], *(s for s in scored if s is not plain[0])], False
    return scored, True


def _foreign_word(
    index: Index,
    query: str,
    scored: list[tuple[float, int, bool]],
    telling: int,
    qwords: list[tuple[str, str]],
    resolved: list[dict[int, float]],
    topical: list[bool],
) -> bool:
    """ "node affinity", "моржовый оператор": a short question whose one unknown word is no
    slip of any word of the notes asks about that thing, which these notes lack; a card
    matching only the rest is a weak guess."""
    if scored[0][0] >= FOREIGN_WORD_CEILING or telling > FOREIGN_WORD_QUESTION:
        return False
    compounded = _compound_parts(query)
    examples = strangers.example_words(query)
    return any(
        not cands
        and not context
        and w not in examples
        # "WAL": a name in capitals names a thing, and is typed so on purpose.
        and (
            _CAPITALS.match(raw) is not None
            or (
                (
                    question.names_a_thing(index, w)
                    or w in compounded
                    or _RUSSIAN_NOUN.search(w)
                    or _RUSSIAN_POSSESSIVE.search(w)
                )
                and not near_known(index, w)
            )
        )
        for (w, raw), cands, context in zip(qwords, resolved, topical, strict=True)
    )


# "механизм внимания" asked of English notes: a Russian noun the lexicon cannot read
# («внимание», «сопряжение», «ликвидность») names the thing asked, not the question's
# wording, which is verbs and little words.
_RUSSIAN_NOUN = re.compile(r"[а-яё]{3,}(?:ние|ния|нию|нием|ости|ость|ция|ции|цию)$")
# "жорданова нормальная форма", "гауссово распределение": an adjective made of a surname
# names one thing of its kind, and notes that never write the name lack that thing.
_RUSSIAN_POSSESSIVE = re.compile(r"[а-яё]{3,}(?:ов|ев)[аоыу]$")


def _compound_parts(query: str) -> set[str]:
    """ "хеш-таблица": the parts of hyphened words, each of which may say which thing the
    other names, however short."""
    return {
        fold(part)
        for token in query.split()
        if "-" in token.strip("-")
        for part in token.split("-")
        if len(part) >= MIN_COMPOUND_PART
    }


def _distinct(index: Index, scored: list[tuple[float, int, bool]], limit: int) -> tuple[Card, ...]:
    """The cards close to a question, one per name in a note: two entries "Hash" of one
    note's lists are one suggestion, and so is one text copied into two notes."""
    seen: set[tuple[str, str]] = set()
    out: list[Card] = []
    for score, pos, _ in scored[:limit]:
        card = index.cards[pos]
        keys = {(fold(card.title), card.note), (fold(card.title), fold(card.definition))}
        if score >= SUGGESTION_FLOOR and seen.isdisjoint(keys):
            seen |= keys
            out.append(card)
    return tuple(out)


def _anchored(index: Index, pos: int, resolved: list[dict[int, float]]) -> bool:
    """A long question spells out the card's whole name of two or more words ("how can an
    app be protected against DLL injection"): the other words only say what is asked."""
    for name, weight in index.names[pos]:
        telling = [t for t in name if index.terms[t] not in STOPWORDS]
        if (
            weight >= 1.0
            and len(telling) >= 2
            and all(any(c.get(t, 0.0) >= ANCHOR_SIMILARITY for c in resolved) for t in telling)
        ):
            return True
    return False


_CAPITALS = re.compile(r"^[A-Z]{2,}$")


def _mention(
    index: Index,
    scored: list[tuple[float, int, bool]],
    near: tuple[Card, ...],
    qwords: list[tuple[str, str]],
    resolved: list[dict[int, float]],
    topical: list[bool],
) -> str:
    """The asked name as typed, when it is a name (a word or two) and the closest card's
    text spells each of its words as written (not a translation or a far spelling); else
    ""."""
    if not near or len([w for w, _ in qwords if w]) > MENTIONED_NAME_WORDS:
        return ""
    pos = next(p for _, p, _ in scored if index.cards[p] is near[0])
    said: list[str] = []
    for (word, raw), cands, context in zip(qwords, resolved, topical, strict=True):
        if context or not word:
            continue
        tid = index.vocab.get(index.term(word))
        shown = raw.strip(AROUND_WORD) or raw  # "опричнина?" names опричнина
        if tid is None and cands:
            # "monotheims": a slip of a word the card spells, said as the notes spell it.
            tid = max(cands, key=lambda t: cands[t])
            shown = index.terms[tid]
            if cands[tid] < SLIP_MENTION or is_cyrillic(shown) != is_cyrillic(word):
                return ""  # a far spelling, or a translation: not what the card says
            # A Russian word in its dictionary form: the card may decline it ("Кондиций").
            shown = shown if is_cyrillic(shown) else _as_written(index, near[0], shown)
        elif tid is None or cands.get(tid, 0.0) < 1.0:
            return ""
        if pos not in index.postings.get(tid, ()):
            return ""
        said.append(shown)
    return " ".join(said)


def _as_written(index: Index, card: Card, term: str) -> str:
    """The word of `term` as the card's text writes it ("WeakHashMap" for weakhashmap), or
    the term itself."""
    text = " ".join((card.definition, *(d.text for d in card.details)))
    return next((w for w in _WRITTEN_WORD.findall(text) if index.term(fold(w)) == term), term)


_WRITTEN_WORD = re.compile(r"[^\W_][\w'-]*")
MENTIONED_NAME_WORDS = 2
SLIP_MENTION = 0.85  # a typed word this close to one a card spells is a slip of it
STRANGE_QUESTION_WORDS = 3  # "rign hash" is a slip; "how to set up kubernetes ingress" is not


# "what's the part of a motor that flips ...": a thing described, whose name is asked.
_DESCRIBED = re.compile(
    r"^\s*\S+(?:\s+\S+){2,}?\s+(?:(?:that|which|who|where|when)(?:['’]s)?|whose|который|которая|"
    r"которое|которые|которую|которым|где|когда)\s+\S+(?:\s+\S+){2,}",
    re.I,
)


def _names_its_subject(query: str) -> bool:
    """ "что такое log-structured файловая система": a definition asked of a thing named;
    not "what's the part of a motor that flips the current", a thing described."""
    return (
        bool(_DEFINITION_ASKED.match(query))
        and not _DESCRIBED.search(query)
        and not question.names_asked(query)
    )


# "Что такое X", "what is X": a definition is asked, and a mention of X is none.
_DEFINITION_ASKED = re.compile(
    r"^\s*(?:что\s+(?:такое|значит|означает)|кто\s+такой|what\s+(?:is|are|does)|what's|"
    r"define|definition\s+of|определение|как\s+(?:работает|работают|устроен[аоы]?)|"
    r"how\s+(?:does|do)(?=\s.*\swork\W*$))\s",
    re.I,
)


def _said_once(
    index: Index, pos: int, resolved: list[dict[int, float]], topical: list[bool]
) -> bool:
    """The card's text says the question's words once, in passing ("Данное обращение ..."),
    not over and over as the thing it explains does ("forget gate", "input gate")."""
    asked = {
        t for cands, context in zip(resolved, topical, strict=True) if not context for t in cands
    }
    card = index.cards[pos]
    text = " ".join((card.definition, *(d.text for d in card.details)))
    return sum(index.vocab.get(index.term(w)) in asked for w in words(text)) <= 1


def _name_alone(query: str) -> bool:
    """ "inversion in English", "complex object что это": a name and no more, as a chat asks
    what a thing is."""
    said = words(_NAME_ONLY_TAIL.sub("", query))
    return (
        0 < len(said) <= MAX_NAME_ALONE_WORDS
        and _ASKING_WORDS.isdisjoint(said)
        and any(w.isalpha() for w in said)  # "~95%" asks where a value is said
    )


MAX_NAME_ALONE_WORDS = 3
_NAME_ONLY_TAIL = re.compile(
    r"\s*(?:[-—–]\s*)?(?:что\s+это(?:\s+такое)?|это\s+что|это|meaning|definition)\s*\??\s*$",
    re.I,
)
_ASKING_WORDS = frozenset(
    """how why when where which who whom whose what как почему зачем когда где какой какая
    какое какие каким кто чем сколько""".split()  # noqa: SIM905 - a word list reads best as text
)


def _asks_of_notes(index: Index, query: str) -> bool:
    """ "что такое класс", "класс?" in notes with a card named «Класс»: a word of chatter
    ("класс!" is "great!") asked about as a thing the notes name."""
    asked = bool(_DEFINITION_ASKED.match(query)) or query.rstrip().endswith("?")
    if not asked:
        return False
    said = {index.vocab.get(index.term(w)) for w in words(query)}
    return not index.name_vocab.isdisjoint(said - {None})


def _fallback(index: Index, limit: int) -> tuple[Card, ...]:
    """Something to try when nothing is close: the first defined terms of the notes."""
    terms = [c for c in index.cards if c.kind is CardKind.TERM and c.parent_id is None]
    return tuple(terms[:limit])


def search_titles(index: Index, query: str, limit: int = 10) -> list[Card]:
    """Cards for inline mode: the lookup's ranking, then titles that start with the text."""
    result = lookup(index, query, limit=limit)
    out: list[Card] = []
    if result.best:
        out.append(result.best)
    out.extend(m.card for m in result.alternatives)
    out.extend(result.suggestions if not result.found and fold(query).strip() else ())
    prefix = fold(query).strip()
    if prefix:
        out.extend(c for c in index.cards if fold(c.title).startswith(prefix))
    seen: set[str] = set()
    unique: list[Card] = []
    for card in out:
        if card.id not in seen:
            seen.add(card.id)
            unique.append(card)
    return unique[:limit]
