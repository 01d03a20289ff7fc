"""How each card scores against a question's words, and the order of cards that score
alike: names over text, a note's own card over its sections, a section named in full over
its note."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.blocks import SMALL_WORDS
from bot.core.indexdata import Index, promoted
from bot.core.labels import NAME_WRAPPERS
from bot.core.models import Card, CardKind
from bot.core.querysetting import VAULT_SUBJECT
from bot.core.searchindex import BODY_WEIGHT
from bot.core.text import STOPWORDS, fold, is_cyrillic, words

ROW_MENTION_WEIGHT = 0.8
UNASKED_ASPECT = 0.92  # a card about one side of a thing, when the question asks no side

_Scored = tuple[float, int, bool]


def ranking(
    index: Index, asked: list[str], lifted: set[int], meant: list[set[str]]
) -> Callable[[_Scored], tuple[object, ...]]:
    """The order of scored cards. Among equal scores a card named as asked comes first; of
    those, a note of its own ("Subtrees.md") over an entry or a heading ("Subtree"); then
    one named exactly as asked ("HTTPS" stems like "HTTP"). `asked` leaves the setting
    out: "Deployment в k8s" names "Deployment"; a wrapper is no part of a name:
    "Backtracking - Overview" names "Backtracking". Last, a card that holds the words in
    its own text over a note credited with its sections' words. `meant`: the terms each
    asked word stands for ("под": под, pod), so "Pod" is named as asked too."""
    asked_terms = [index.term(w) for w in asked]
    cards = index.cards

    def naming(card: Card) -> tuple[bool, bool, bool, int]:
        exact = alike = translated = False
        spelled = 0  # the length of its shortest name meant as asked: "Pod" before "Pods"
        for name in (card.title, *card.aliases):
            said = _name_words(name)
            exact = exact or said == asked
            terms = [index.term(w) for w in said]
            alike = alike or terms == asked_terms
            if len(terms) == len(meant) and all(t in m for t, m in zip(terms, meant, strict=True)):
                translated = True
                length = sum(map(len, said))
                spelled = min(spelled, length) if spelled else length
        return exact, alike, translated, spelled

    def rank(s: _Scored) -> tuple[object, ...]:
        exact, alike, translated, spelled = naming(cards[s[1]])
        whole = s[1] in index.whole_notes
        return (
            -s[0],
            not alike,
            not whole,
            not exact,
            not translated,
            s[1] in lifted,
            # "The Characteristic Polynomial" explained before a line "Characteristic
            # Polynomial: (λ - 2)^2" giving one.
            _formula_only(cards[s[1]]),
            spelled,
            # "SELinux" before "SELinux basics": a name with no words around it.
            len(words(cards[s[1]].title)),
            s[1],
        )

    return rank


def _formula_only(card: Card) -> bool:
    """A card that says nothing in words: its definition a formula or a value alone."""
    said = [w for w in words(card.definition) if len(w) >= MIN_SAID_WORD and w.isalpha()]
    return len(said) < MIN_SAID_WORDS and not card.details and not card.items


MIN_SAID_WORD = 3
MIN_SAID_WORDS = 2


def _name_words(name: str) -> list[str]:
    """A name's words without a wrapper ("Backtracking - Overview" is Backtracking) or an
    English function word ("Enthalpy of Neutralisation" is asked as "enthalpy of
    neutralisation", whose "of" the question drops)."""
    said = words(name)
    return [w for w in said if w not in NAME_WRAPPERS and not _linking(w)] or said


def _linking(word: str) -> bool:
    """A word tying a name's words together, which a question's words leave out: "of",
    "the", and Russian prepositions ("Конструктор без параметров")."""
    return word in _NAME_LINKS or (word in STOPWORDS and is_cyrillic(word))


# Articles and prepositions inside an English name: "and" joins two names, so it stays.
_NAME_LINKS = (SMALL_WORDS - {"and"}) | {"with", "at", "by", "from"}


FACT_YIELD = 0.9  # a card named as asked wins over a fact scoring up to this much more


def named_over_facts(index: Index, ranked: list[_Scored], asked: list[str]) -> list[_Scored]:
    """ "what is a matching in graph theory": the note named "matching", not a remark that
    "components play a key role in matching theory" scoring a little higher."""
    if not ranked or not asked or index.cards[ranked[0][1]].kind is not CardKind.FACT:
        return ranked
    want = [index.term(w) for w in asked]
    for k, (score, pos, _) in enumerate(ranked[1:], start=1):
        if score < FACT_YIELD * ranked[0][0]:
            break
        card = index.cards[pos]
        if card.kind is not CardKind.FACT and any(
            [index.term(w) for w in _name_words(name)] == want
            for name in (card.title, *card.aliases)
        ):
            return promoted(ranked, k)
    return ranked


def card_scores(
    index: Index,
    resolved: list[dict[int, float]],
    weights: list[float],
    body_hits: dict[int, list[float]],
    topical: list[bool],
    everywhere: list[float] | None = None,
) -> list[_Scored]:
    """(score, position, matched by text alone) of every card some question word reaches.
    `everywhere`: per word, what every card counts it as having (`vault_subjects`)."""
    everywhere = everywhere or [0.0] * len(resolved)
    total = sum(weights)
    scored: list[_Scored] = []  # (score, position, matched by text alone)
    # A card none of whose names holds a candidate term has a name score of 0: skip the work
    # for the many cards a common word reaches only through their text.
    candidate_terms = set().union(*resolved)
    name_terms, factors, brevities = index.name_terms, index.factors, index.brevities
    aspects = index.aspects
    all_cards = index.cards
    for pos, hits in body_hits.items():
        body_cov = sum(w * h for w, h in zip(weights, hits, strict=True)) / total
        name_score = (
            0.0
            if name_terms[pos].isdisjoint(candidate_terms)
            else _name_score(index, pos, resolved, weights, total, hits, topical, everywhere)
        )
        body_score = body_cov * factors[pos] * brevities[pos]
        score = min(1.0, max(name_score, body_score) + 0.05 * body_cov)
        by_text = body_score > name_score
        if aspects[pos] >= 0 and aspects[pos] not in candidate_terms:
            # "what is kahn's algorithm": not "Complexity of Kahn's Algorithm".
            score *= UNASKED_ASPECT
        if by_text and all_cards[pos].kind is CardKind.TABLE_ROW:
            # A table row that only uses the words is about something else: a card the words
            # name goes first ("IAM roles for services" over the row "Infrastructure").
            score *= ROW_MENTION_WEIGHT
        scored.append((score, pos, by_text))
    return scored


def _name_score(
    index: Index,
    pos: int,
    resolved: list[dict[int, float]],
    weights: list[float],
    total: float,
    body_hits: list[float],
    topical: list[bool],
    everywhere: list[float],
) -> float:
    # Each query word may be matched by a different name of the card ("образ" by an alias,
    # "docker" by the title); how fully one name is covered sets the remaining factor.
    per_word = [0.0] * len(resolved)
    best_cov = 0.0
    for name, weight in index.names[pos]:
        matched_terms: set[int] = set()
        for i, cands in enumerate(resolved):
            top = 0.0
            tops: list[int] = []
            for tid, sim in cands.items():
                if tid not in name:
                    continue
                if sim > top:
                    top, tops = sim, [tid]
                elif sim == top:
                    # "interneurons" read as «вставочный» and «нейрон» alike: both named.
                    tops.append(tid)
            if tops:
                matched_terms.update(tops)
                if weight * top > per_word[i]:
                    per_word[i] = weight * top
        if matched_terms:
            unwrapped = name - index.wrappers
            own: frozenset[int] | set[int] = (
                unwrapped if unwrapped and name.isdisjoint(index.prepositions) else name
            )
            # "Enthalpy of Neutralisation" is named in full by "enthalpy of neutralisation",
            # whose "of" is never a word of the question.
            own = {t for t in own if index.terms[t] not in _NAME_LINKS} or own
            name_weight = sum(0.3 + index.idf(t) for t in own)
            name_cov = sum(0.3 + index.idf(t) for t in matched_terms & own) / name_weight
            best_cov = max(best_cov, weight * name_cov)
    if not any(per_word):
        return 0.0
    for i, context in enumerate(topical):
        if context:
            per_word[i] = max(
                per_word[i],
                _in_topic(index, pos, resolved[i]),
                everywhere[i],
            )
    # Words the names miss may still be in the card's text ("сеть none" → the none driver).
    covered = sum(
        w * max(m, BODY_WEIGHT * b) for w, m, b in zip(weights, per_word, body_hits, strict=True)
    )
    return (covered / total) * (0.6 + 0.4 * best_cov)


def _in_topic(index: Index, pos: int, cands: dict[int, float]) -> float:
    topics = index.topic_terms[pos]
    return max((sim for tid, sim in cands.items() if tid in topics), default=0.0)


def vault_subjects(
    index: Index, resolved: list[dict[int, float]], topical: list[bool], said_where: bool
) -> list[float]:
    """Per question word, how closely it means one the whole vault is about ("vue" in Vue
    notes), when the question says that is where it asks ("watcher in vue"); else 0."""
    subject = len(index.cards) * VAULT_SUBJECT
    return [
        max((sim for tid, sim in cands.items() if index.df[tid] > subject), default=0.0)
        if context and said_where
        else 0.0
        for cands, context in zip(resolved, topical, strict=True)
    ]


def credit_topics(
    index: Index,
    resolved: list[dict[int, float]],
    topical: list[bool],
    body_hits: dict[int, list[float]],
    everywhere: list[float],
) -> None:
    """A card in the asked topic covers the topic word, whatever its text says. So does
    every card for a word the whole vault is about, when the question says that is where
    it asks: "watcher in vue" in Vue notes asks for the watcher, not for a card that
    happens to say "Vue" beside it."""
    for i, context in enumerate(topical):
        if context:
            for pos, hits in body_hits.items():
                hits[i] = max(hits[i], everywhere[i], _in_topic(index, pos, resolved[i]))


NOTE_TEXT_WEIGHT = 0.8  # a word of a note's sections, counted for the note's own card
# A long note holds most words of any question: its sections count less, by the square root
# of how many cards it has beyond this many.
NOTE_TEXT_CARDS = 30


def credit_notes(index: Index, body_hits: dict[int, list[float]]) -> set[int]:
    """A note's own card speaks for the whole note: words spread over its sections count
    for it too, a little less than its own ("как снизить нагрузку от сборщика мусора" → the
    note Garbage Collection, whose sections say how). Returns the cards so credited."""
    spread: dict[int, list[float]] = {}  # by the note's own card
    owners = index.note_owners
    for pos, hits in body_hits.items():
        own = owners[pos]
        if own < 0 or own == pos:
            continue
        have = spread.get(own)
        if have is None:
            spread[own] = list(hits)
        else:
            spread[own] = [max(a, b) for a, b in zip(have, hits, strict=True)]
    lifted: set[int] = set()
    for own, hits in spread.items():
        mine = body_hits.setdefault(own, [0.0] * len(hits))
        size = index.note_sizes.get(index.cards[own].note, 1)
        weight = NOTE_TEXT_WEIGHT * min(1.0, (NOTE_TEXT_CARDS / size) ** 0.5)
        for i, h in enumerate(hits):
            if weight * h > mine[i]:
                mine[i] = weight * h
                lifted.add(own)
    return lifted


def section_named(
    index: Index,
    scored: list[_Scored],
    lifted: set[int],
    resolved: list[dict[int, float]],
    meant: list[set[str]],
) -> list[_Scored]:
    """A note first by the words of its sections yields to one of them the question names
    in full ("what are IAM roles for services": the section Roles for services of IAM), or
    to one named by each word that names a thing ("посылка в логике": the term Посылка)."""
    if not scored:
        return scored
    top = scored[0][1]
    asked = set().union(*resolved)
    # A section whose own title says none of the question holds its words only through the
    # terms under it and their neighbours ("посылка в логике": the section that holds the
    # term Посылка and, further down, логика): a term under it named as asked wins, with
    # the section's score, which it earned.
    own = index.title_terms(top)
    unnamed = own.isdisjoint(index.terms[t] for t in asked)
    if top not in lifted and not unnamed:
        return scored
    note = index.cards[top].note
    for k, (score, pos, by_text) in enumerate(scored[1:], start=1):
        under = _under(index, pos, top)
        if index.cards[pos].note != note or not (under or top in lifted):
            continue
        for name, _ in index.names[pos]:
            said = {t for t in name if index.terms[t] not in STOPWORDS}
            spelled = {index.terms[t] for t in said}
            # "what is context in React": the note Context, not its section "When to use
            # context", which names nothing more than the note does.
            if not said or not said <= asked or spelled <= own:
                continue
            named = [not m.isdisjoint(spelled) for m in meant]
            earned = unnamed and under
            if (
                len(said) >= MIN_SECTION_NAME
                or (named and all(named))
                or (earned and any(named) and 2 * sum(named) >= len(named))
            ):
                kept = max(score, scored[0][0]) if earned else score
                return promoted(scored, k, (kept, pos, by_text))
    return scored


def _under(index: Index, pos: int, top: int) -> bool:
    """The card at `pos` sits somewhere under the card at `top`."""
    seen = 0
    parent = index.cards[pos].parent_id
    while parent is not None and seen < MAX_DEPTH:
        at = index.positions.get(parent, -1)
        if at == top:
            return True
        if at < 0:
            return False
        parent = index.cards[at].parent_id
        seen += 1
    return False


MAX_DEPTH = 12  # heading levels and nested lists a card sits under at most
MIN_SECTION_NAME = 2  # terms in a section's name the question must hold all of


# "Last-Event-ID", "text/event-stream", "go:embed": one name written with inner punctuation.
_IDENTIFIER = re.compile(r"(?<![^\W_])[^\W_]+(?:[-/_.:][^\W_]+)+")


def identified(
    index: Index,
    query: str,
    qwords: list[tuple[str, str]],
    scored: list[tuple[float, int, bool]],
) -> list[tuple[float, int, bool]]:
    """Scores with the identifiers the question spells ("Last-Event-ID", "promise.any")
    taken as written."""
    idents = {fold(m) for m in _IDENTIFIER.findall(query)}
    if not idents:
        return scored
    # "promise.any" alone: a card named exactly so is what is asked, not "Promise".
    alone = {w for w, _ in qwords} <= {w for ident in idents for w in words(ident)}
    spelled: list[tuple[float, int, bool]] = []
    exact: set[int] = set()
    for s, p, t in scored:
        names = _full_names(index.cards[p])
        # A card whose name spells an asked identifier as typed beats cards that only hold
        # its words apart ("Last-Event-ID" is not the card named "id").
        if any(ident in name for name in names for ident in idents):
            s = 0.5 + 0.5 * s
            exact |= {p} if alone and idents & names else set()
        spelled.append((s, p, t))
    if not exact:
        return spelled
    return [(max(s, 1.0) if p in exact else s * IDENTIFIER_ELSEWHERE, p, t) for s, p, t in spelled]


IDENTIFIER_ELSEWHERE = 0.9  # a card not named by an asked identifier, when another is


# "что такое", "what is the", "define": the words around a name asked for whole.
_ASKING = re.compile(
    r"^\s*(?:(?:что\s+такое|что\s+значит|what\s+(?:is|are)|define|explain)\s+)?"
    r"(?:(?:the|an?)\s+)?(.+?)[\s?!.]*$",
    re.I,
)


def named_whole(index: Index, query: str, ranked: list[_Scored]) -> list[_Scored]:
    """The card named by the whole question, function words and all ("when expression?"
    for "When Expression", where "when" alone asks nothing), first among those near the
    best: its name's function words are no words the scores can see."""
    asked = _ASKING.match(query)
    said = words(asked.group(1)) if asked else []
    if not ranked or not said or not any(w in STOPWORDS for w in said):
        return ranked
    top = ranked[0][0]
    for k, (score, pos, spread) in enumerate(ranked):
        if score < top * NAMED_WHOLE_MARGIN:
            break
        card = index.cards[pos]
        if any(words(name) == said for name in (card.title, *card.aliases)):
            return promoted(ranked, k, (top, pos, spread))
    return ranked


NAMED_WHOLE_MARGIN = 0.9


def most_named(
    index: Index, ranked: list[_Scored], resolved: list[dict[int, float]]
) -> list[_Scored]:
    """Of the cards all but tied with the best, one whose name holds every word asked when
    the best's does not ("метод максимального правдоподобия" is the note of that name, not
    "функция правдоподобия", which its text introduces and so scores as high); then one
    whose name holds every word of a phrase a word asked stands for ("interneurons" is
    «вставочный нейрон»: the note Вставочные нейроны, not Нейрон)."""
    if len(ranked) < 2:
        return ranked
    asked = [{t for t, sim in cands.items() if sim >= NAMED_SIMILARITY} for cands in resolved]
    asked = [terms for terms in asked if terms]
    if len(asked) >= MIN_NAMED_WORDS:
        ranked = _tied_holding_all(
            index, ranked, lambda name: sum(1 for c in asked if not c.isdisjoint(name)), len(asked)
        )
    phrases = [terms for terms in asked if 2 <= len(terms) <= MAX_PHRASE_WORDS]
    if phrases:
        ranked = _tied_holding_all(
            index,
            ranked,
            lambda name: sum(len(terms & name) for terms in phrases),
            sum(len(terms) for terms in phrases),
        )
    return ranked


def _tied_holding_all(
    index: Index, ranked: list[_Scored], held_by: Callable[[frozenset[int]], int], whole: int
) -> list[_Scored]:
    """The first card within `NAME_TIE` of the best whose name holds `whole` (as `held_by`
    counts), first, when the best's name does not."""

    def held(pos: int) -> int:
        return max((held_by(name) for name, _ in index.names[pos]), default=0)

    if held(ranked[0][1]) >= whole:
        return ranked
    top = ranked[0][0]
    for k, (score, pos, _) in enumerate(ranked[1:], start=1):
        if score < top - NAME_TIE:
            break
        if held(pos) == whole:
            return promoted(ranked, k)
    return ranked


MAX_PHRASE_WORDS = 3  # the words a translated phrase may have
NAME_TIE = 0.03  # scores this close are one score, told apart by the names
NAMED_SIMILARITY = 0.9  # a word as asked, translated or slightly misspelled; no guess
MIN_NAMED_WORDS = 2  # words asked for a name to hold them all and more than another's


def _full_names(card: Card) -> set[str]:
    return {" ".join(fold(n).split()) for n in (card.title, *card.aliases)}


def headed_as_asked(index: Index, ranked: list[_Scored], query: str) -> list[_Scored]:
    """Of the cards tied with the best, the one under a heading that asks the question as
    typed ("### 1.1 Что такое FastAPI?" for "что такое FastAPI") first."""
    if not ranked:
        return ranked
    asked = words(query)
    top = ranked[0][0]
    for k, (score, pos, _) in enumerate(ranked):
        if score < top:
            break
        headed = index.cards[pos].question
        if headed and words(headed) == asked:
            return promoted(ranked, k)
    return ranked
