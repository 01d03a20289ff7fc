"""Long questions in the user's own words ("как сделать, чтобы переменная внутри функции не
обнулялась между вызовами"): when one card answers a question that names none, and when it
is only guessed at. Questions about things the notes never spell are `strangers.py`."""

from __future__ import annotations

from bot.core import labels, question, strangers
from bot.core.indexdata import Index
from bot.core.searchindex import LETTERED
from bot.core.text import STOPWORDS, common_prefix, fold, is_cyrillic, switch_layout, words
from bot.core.wordmatch import resolve_word

NATURAL_QUESTION_WORDS = 4  # a question this long, in its own words, may name no card
NATURAL_FLOOR = 0.35  # and is answered from this score
NATURAL_LEAD = 1.15  # when the best card leads the next by this ratio
HOLDS_WORDS = 3  # rare question words one card holds to answer a question naming no card
HOLDS_RARITY = 0.4  # idf a word needs to count so
HOLDS_SIMILARITY = 0.8
HOLDS_FLOOR = 0.25


def strongest(cands: dict[int, float]) -> int:
    """The closest term; among equally close ones the lowest id, so that the order in which
    a word's spellings were tried (set order, which varies between runs) never matters."""
    return max(cands, key=lambda t: (cands[t], -t))


def in_own_words(
    index: Index,
    scored: list[tuple[float, int, bool]],
    qwords: list[tuple[str, str]],
    resolved: list[dict[int, float]],
    topical: list[bool],
    body_hits: dict[int, list[float]],
) -> bool:
    """A question naming no card is still about the best one: it is no question mostly
    about things the notes never name, and the best card leads, holds most of its rare
    words, or is named by two of them."""
    return (
        not strangers.mostly_strangers(index, qwords, resolved, topical)
        and surely_held(scored, resolved, topical, body_hits)
        and (
            leads_clearly(scored, qwords)
            or holds_most(index, scored, qwords, resolved, topical, body_hits)
            or names_part(index, scored, qwords, resolved, topical)
        )
    )


NAMED_ALONE_FLOOR = 0.4  # a long question saying a card's whole name alone is answered from
NAMED_ALONE_LEAD = 1.2  # when that card leads the next by this ratio
NAMED_ALONE_READING = 0.9


def named_alone(
    index: Index,
    scored: list[tuple[float, int, bool]],
    qwords: list[tuple[str, str]],
    resolved: list[dict[int, float]],
    topical: list[bool],
    query: str,
) -> bool:
    """A question in its own words that says the best card's whole name with nothing
    qualifying it ("почему все говорят что any это дыра в типизации", "why shouldn't I use
    Show for serializing my data"): about that card. A word right before or after the name
    makes it another thing ("AVL tree", "ортогональная матрица"), and so does a question
    mostly of words the notes never use ("center a div with CSS flexbox")."""
    asked = [w for w, _ in qwords if w]
    if len(asked) < NATURAL_QUESTION_WORDS - 1 or scored[0][0] < NAMED_ALONE_FLOOR:
        return False
    second = scored[1][0] if len(scored) > 1 else 0.0
    name = index.name_terms[scored[0][1]]
    if scored[0][0] < NAMED_ALONE_LEAD * second or not name:
        return False
    naming: set[str] = set()
    said: set[int] = set()
    unknown = 0
    for (word, _), cands, context in zip(qwords, resolved, topical, strict=True):
        unknown += bool(word) and not cands and not context
        meant = {t for t, sim in cands.items() if sim >= NAMED_ALONE_READING} & name
        if word and meant and not context:
            naming.add(word)
            said |= meant
    if said != name or unknown * 2 > len(asked):
        return False
    tokens = words(query)
    for at, token in enumerate(tokens):
        if token in naming and any(
            0 <= n < len(tokens) and tokens[n] not in naming and tokens[n] not in STOPWORDS
            for n in (at - 1, at + 1)
        ):
            return False
    return True


SURE_READING = 0.85  # a word read as written, by its lemma or its translation
SURE_WORDS = 2


def surely_held(
    scored: list[tuple[float, int, bool]],
    resolved: list[dict[int, float]],
    topical: list[bool],
    body_hits: dict[int, list[float]],
) -> bool:
    """The best card holds two of the question's words read for sure, not only far
    spellings of them ("any good movie to watch": "move", "match")."""
    hits = body_hits[scored[0][1]]
    sure = sum(
        not context and bool(cands) and hit >= SURE_READING
        for cands, context, hit in zip(resolved, topical, hits, strict=True)
    )
    return sure >= SURE_WORDS


def leads_clearly(scored: list[tuple[float, int, bool]], qwords: list[tuple[str, str]]) -> bool:
    """A long question in the user's own words ("как сделать, чтобы переменная внутри
    функции не обнулялась между вызовами") names no card, but one card's text holds much of
    it and no other comes close."""
    asked = [w for w, _ in qwords if w]
    if len(asked) < NATURAL_QUESTION_WORDS or scored[0][0] < NATURAL_FLOOR:
        return False
    second = scored[1][0] if len(scored) > 1 else 0.0
    return scored[0][0] >= NATURAL_LEAD * second


def holds_most(
    index: Index,
    scored: list[tuple[float, int, bool]],
    qwords: list[tuple[str, str]],
    resolved: list[dict[int, float]],
    topical: list[bool],
    body_hits: dict[int, list[float]],
) -> bool:
    """A long question in the user's own words ("как выбрать предметы, чтобы уложиться в вес
    и набрать максимальную ценность") whose rare words one card holds more of than any
    other: that card is what it asks about, though it names none."""
    asked = [w for w, _ in qwords if w]
    if len(asked) < NATURAL_QUESTION_WORDS or scored[0][0] < HOLDS_FLOOR:
        return False
    rare = [
        not context and bool(cands) and index.idf(strongest(cands)) >= HOLDS_RARITY
        for cands, context in zip(resolved, topical, strict=True)
    ]

    def held(pos: int) -> int:
        hits = body_hits[pos]
        return sum(r and h >= HOLDS_SIMILARITY for r, h in zip(rare, hits, strict=True))

    best = held(scored[0][1])
    second = max((held(p) for _, p, _ in scored[1:]), default=0)
    return best >= HOLDS_WORDS and best > second


def names_part(
    index: Index,
    scored: list[tuple[float, int, bool]],
    qwords: list[tuple[str, str]],
    resolved: list[dict[int, float]],
    topical: list[bool],
) -> bool:
    """A long question of many rare words, two or more of them words of the best card's
    name ("how to point an in-cluster service name at an external db hostname" →
    ExternalName): it asks about that card in its own words."""
    asked = [w for w, _ in qwords if w]
    if len(asked) < NAMING_QUESTION_WORDS or scored[0][0] < NATURAL_FLOOR:
        return False
    name = index.name_terms[scored[0][1]]
    naming = rare = 0
    for cands, context in zip(resolved, topical, strict=True):
        if context or not cands:
            continue
        rare += index.idf(strongest(cands)) >= HOLDS_RARITY
        naming += any(t in name for t, sim in cands.items() if sim >= HOLDS_SIMILARITY)
    return naming >= NAMING_WORDS and rare >= HOLDS_WORDS + 1


NAMING_QUESTION_WORDS = 6
NAMING_WORDS = 2  # words of the best card's name such a question says


GUESSED_READING = 0.85  # below this, a word's reading is a guess at a far spelling ("социализация"
# read as "специализация", two letters off)


def only_guessed(
    index: Index,
    qwords: list[tuple[str, str]],
    resolved: list[dict[int, float]],
    topical: list[bool],
) -> bool:
    """Every word the notes seem to have is only a far spelling of one of theirs in the same
    alphabet ("каррирование" read as "кэширование"): a guess, offered, never answered. A
    word heard in the other alphabet ("кубернетис": kubernetes) is read by ear, not guessed."""
    read: list[float] = []
    heard: list[float] = []
    unknown = False
    for (word, _), cands, context in zip(qwords, resolved, topical, strict=False):
        if not cands:
            unknown = unknown or bool(word)
            continue
        if context:
            continue
        best = strongest(cands)
        if is_cyrillic(index.terms[best]) != is_cyrillic(word):
            heard.append(cands[best])
        else:
            read.append(cands[best])
    if heard:
        # "сколько калорий в банане?": a word heard as one of the notes' by its consonants
        # alone ("калорий" ~ killer), beside a word the notes lack, is a guess as well.
        return unknown and not read and max(heard) <= HEARD_GUESS
    return bool(read) and max(read) < GUESSED_READING


HEARD_GUESS = 0.84  # a reading across alphabets by the consonants alone


def unwritten_lettered(index: Index, query: str) -> bool:
    """ "what is a B-tree" where the notes never write B-tree (nor "btree"): a letter
    hyphened to a word names a thing of its own, not the letter ("case B") nor the word.
    The word may be asked in the other language, «β-пропеллер» where the notes write
    β-propeller, or with a slip, "p-vlaue" for p-value."""
    for a, b in LETTERED.findall(query):
        name = fold(a + b)
        if name in index.lettered or name in index.vocab:
            continue
        # "з-мфдгу": p-value typed in the other layout.
        switched = switch_layout(f"{a}-{b}")
        if switched is not None and fold(switched.replace("-", "")) in index.lettered:
            continue
        said = resolve_word(index, fold(b), b)
        glued = [fold(a) + index.terms[t] for t, sim in said.items() if sim >= LETTERED_SIMILARITY]
        if not any(w.startswith(g) for g in glued for w in index.lettered):
            return True
    return False


LETTERED_SIMILARITY = 0.8  # a translation or a slip of the word hyphened to a letter


def another_of_its_kind(
    index: Index,
    pos: int,
    qwords: list[tuple[str, str]],
    resolved: list[dict[int, float]],
    topical: list[bool],
    body_hits: dict[int, list[float]],
) -> bool:
    """ "when did the Cold War start" answered by "Start of the War" (the Thirty Years'
    War): a word the notes know, right before a word of the card's name, that the card never
    says, names another thing of that kind."""
    if len([w for w, _ in qwords if w]) >= NATURAL_QUESTION_WORDS:
        return False  # a question in its own words says more than the name it asks
    names = index.name_terms[pos]
    hits = body_hits.get(pos)
    for i in range(len(qwords) - 1):
        kind, asked = resolved[i + 1], resolved[i]
        if (
            qwords[i][0]
            and qwords[i + 1][0]
            and not topical[i]
            and kind
            and not names.isdisjoint(kind)
            and any(sim >= OTHER_KIND_SIMILARITY for sim in asked.values())
            and names.isdisjoint(asked)
            and (hits is None or not hits[i])
            and not _names_its_place(index, pos, asked)
            # "как Роббинс определял экономику": a verb says what was done to the thing.
            and not question.russian_verb(qwords[i][0])
            # "фреймворк 3C": the kind of idea the name is, not another thing.
            and not any(index.terms[t] in labels.IDEA_WORDS for t in asked)
        ):
            return True
    return False


def hyphen_half(
    index: Index,
    pos: int,
    qwords: list[tuple[str, str]],
    resolved: list[dict[int, float]],
    body_hits: dict[int, list[float]],
    query: str,
) -> bool:
    """ "what is the half-spread" answered by "Half Kelly": one part of a word joined by a
    hyphen names the card, the other part the card never says: another thing."""
    folded = fold(query)
    hits = body_hits.get(pos)
    names = index.name_terms[pos]
    for i in range(len(qwords) - 1):
        first, second = qwords[i][0], qwords[i + 1][0]
        if not first or not second or f"{first}-{second}" not in folded:
            continue
        for named, other in ((i, i + 1), (i + 1, i)):
            if (
                resolved[named]
                and resolved[other]
                and not names.isdisjoint(resolved[named])
                and names.isdisjoint(resolved[other])
                and (hits is None or not hits[other])
            ):
                return True
    return False


def _names_its_place(index: Index, pos: int, asked: dict[int, float]) -> bool:
    """ "IAM roles for services" under "## IAM": the word names where the card sits."""
    card = index.cards[pos]
    around = {
        index.term(w) for place in (*card.section, card.note, *card.topics) for w in words(place)
    }
    said = {index.terms[t] for t in asked}
    # "cerebellar peduncles" under "14 Cerebellum": the place's adjective.
    return not around.isdisjoint(said) or any(_one_root(a, b) for a in around for b in said)


MIN_ROOT = 6  # letters two words share before they read as one root


def _one_root(word: str, other: str) -> bool:
    """ "cerebellar" and "cerebellum", "neuronal" and "neuron": one root, its ending aside."""
    shared = common_prefix(word, other)
    return shared >= max(MIN_ROOT, min(len(word), len(other)) - 3)


OTHER_KIND_SIMILARITY = 0.95  # the word as the notes spell it, not a guess at a typo
