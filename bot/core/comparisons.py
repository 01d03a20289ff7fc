"""Questions that compare two things ("чем X отличается от Y", "X vs Y", "разница между X
и Y"): the two sides, and the card among the closest ones that names both."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.indexdata import Index
from bot.core.models import Card
from bot.core.text import STOPWORDS, fold, words
from bot.core.wordmatch import resolve_word

MAX_COMPARISON = 200  # characters; a longer question is not "X vs Y"


_COMPARISONS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.I)
    for p in (
        r"^\s*(?:чем|в\s+ч[её]м)\s+(?:разница\s+между\s+)?(.+?)\s+(?:отлича\w*\s+)?от\s+(.+?)"
        r"(?:\s+отлича\w*)?[\s?!.]*$",
        r"^\s*(?:в\s+ч[её]м\s+)?(?:разница|различие|различия|отличие|отличия)\s+(?:между\s+)?"
        r"(.+?)\s+и\s+(.+?)[\s?!.]*$",
        r"^\s*(?:(?:what\s+is|what's|what\s+are)\s+the\s+)?(?:main\s+)?"
        r"(?:difference|differences)\s+between\s+(.+?)\s+and\s+(.+?)[\s?!.]*$",
        # "how is a one-tailed test different from a two-tailed test", "how does X differ
        # from Y"
        r"^\s*(?:how\s+(?:is|are|does|do)\s+)?(?:an?\s+|the\s+)?(.+?)\s+"
        r"(?:different\s+from|differ\s+from|differs\s+from)\s+(?:an?\s+|the\s+)?(.+?)[\s?!.]*$",
        r"^\s*(.+?)\s+(?:vs\.?|versus|против)\s+(.+?)[\s?!.]*$",
    )
)


def sides(query: str) -> tuple[str, str] | None:
    """ "Чем X отличается от Y", "разница между X и Y", "X vs Y": the two things compared."""
    query = " ".join(query.split())
    if len(query) > MAX_COMPARISON:
        return None
    aside = _ASIDE.search(query)
    query = _ASIDE.sub("", query)
    either = (_EITHER.match(query) or _BOTH.match(query)) if aside else None
    if either:
        # "остановка и ожидание или скользящее окно, в чём разница?", "tcp и udp в чем
        # разница"
        return either.group(1), either.group(2)
    for pattern in _COMPARISONS:
        m = pattern.match(query)
        if m and m.group(1).strip() and m.group(2).strip():
            left, right = m.group(1), m.group(2)
            if " в " not in f" {left} " and " in " not in f" {left} ":
                # "artifacts vs cache в gitlab ci": where both are, not part of the second.
                right = _SETTING.sub("", right) or right
            trailing = (
                len(left.split()) == 1
                and len(right.split()) > 1
                and not _own_phrase(left, right.split()[0])
                # "lateinit vs by lazy": a side opening with a function word is a phrase
                # of its own, not a word both sides share ("BEFORE" in capitals is a name).
                and right.split()[0] not in STOPWORDS
            )
            said_after = not m.group(0).casefold().startswith("чем")
            if trailing and right.split()[0].casefold() != left.casefold() and said_after:
                # "reflected vs stored XSS", "Broca's and Wernicke's aphasia": the words
                # after the second side belong to both; after a comma they ask about both
                # ("RWMutex vs Mutex, когда что брать").
                head, tail = right.split(maxsplit=1)
                later = [fold(w) for w in tail.split()]
                if head.endswith(","):
                    right = head.rstrip(",")
                elif fold(left) in later[:-1]:
                    # "stable vs asymptotically stable equilibrium": the first side is the
                    # second's words from its own on ("stable equilibrium").
                    left = " ".join(tail.split()[later.index(fold(left)) :])
                elif fold(tail) != fold(left):  # "entropy vs cross entropy" as asked
                    left = f"{left} {tail}"
            elif said_after:
                left = _shared_tail(left, right)
            return left, right
    return None


_ADJECTIVE = re.compile(r"^[а-яё]{3,}(?:ая|яя|ый|ий|ой|ое|ее|ые|ие)$", re.I)


def untailed(sides: tuple[str, str]) -> tuple[str, str] | None:
    """Both sides without the words they end in alike ("reflected XSS", "stored XSS" →
    "reflected", "stored"); None when they share no last word."""
    left, right = sides[0].split(), sides[1].split()
    shared = 0
    while (
        shared < min(len(left), len(right)) - 1
        and left[-1 - shared].casefold() == right[-1 - shared].casefold()
    ):
        shared += 1
    if not shared:
        return None
    return " ".join(left[:-shared]), " ".join(right[:-shared])


def _own_phrase(left: str, opening: str) -> bool:
    """ "контейнер vs виртуальная машина": a Russian adjective opening the second side
    after a noun starts a name of its own; after another adjective ("открытое vs закрытое
    множество") the noun is both sides'."""
    return bool(_ADJECTIVE.match(opening)) and not _ADJECTIVE.match(left)


def _shared_tail(left: str, right: str) -> str:
    """ "type I and type II error", "one and two tailed test": the second side's last words
    name the first side too when both open with the same word and then differ."""
    lw, rw = left.split(), right.split()
    n = len(lw)
    if (
        n >= 2
        and len(rw) > n
        and lw[0].casefold() == rw[0].casefold()
        and [w.casefold() for w in rw[:n]] != [w.casefold() for w in lw]
    ):
        return " ".join([*lw, *rw[n:]])
    return left


_PAIR = re.compile(
    r"^\s*(?:что\s+такое\s+|what\s+(?:is|are)\s+)?(\S+(?:\s+\S+){0,2}?)\s+(?:и|and|&)\s+"
    r"(\S+(?:\s+\S+){0,2}?)[\s?!.]*$",
    re.I,
)


def pair(query: str) -> tuple[str, str] | None:
    """ "labels и селекторы", "ConfigMaps and Secrets": two things asked about together."""
    m = _PAIR.match(" ".join(query.split()))
    return (m.group(1), m.group(2)) if m else None


# "..., в чем разница", "..., что выбрать", "..., what's the difference": said after.
_ASIDE = re.compile(
    r"[,\s—–-]+(?:в\s+ч[её]м\s+(?:разница|отличие|отличия)|что\s+(?:выбрать|лучше)|"
    r"ч[её]м\s+(?:они\s+)?отлича\w+|"
    r"what'?s\s+the\s+diff(?:erence)?|what\s+is\s+the\s+diff(?:erence)?|разница|"
    r"how\s+(?:do|does)\s+(?:they|these|the\s+two)\s+differ|how\s+are\s+they\s+different|"
    r"which\s+(?:one\s+)?"
    r"(?:is\s+better|should\s+i\s+use|to\s+use|to\s+choose|do\s+i\s+need))[\s?!.]*$",
    re.I,
)
_EITHER = re.compile(r"^\s*(.+?)\s+(?:или|or)\s+(.+?)[\s?!.]*$", re.I)
_BOTH = re.compile(r"^\s*(.+?)\s+(?:и|and|vs\.?)\s+(.+?)[\s?!.]*$", re.I)
_SETTING = re.compile(r"\s+(?:в|во|in)\s+\S+(?:\s+\S+){0,2}[\s?!.]*$", re.I)


def naming_both(index: Index, near: Sequence[Card], sides: tuple[str, str]) -> Card | None:
    """The closest card whose names hold both things compared: in any word form, spelling
    or language ("чем мьютекс отличается от семафора" → "Mutexes, Semaphores and ...")."""
    wanted = [[_meanings(index, w) for w in _side_words(side)] for side in sides]
    if not all(wanted):
        return None
    # "one-tailed test" and "two-tailed test" share "tailed test": a card names both only by
    # the words that tell them apart ("Two-tailed test" names one side, not both).
    shared = [m for m in wanted[0] if any(m & other for other in wanted[1])]
    # When one side's words are all the other's too, only a card comparing them will do.
    telling = [[m for m in side if not any(m & s for s in shared)] for side in wanted]
    must_compare = not all(telling)
    if not must_compare:
        wanted = telling
    best: tuple[bool, Card] | None = None
    for card in near:
        names, compares = _naming(index, card)
        if not compares and _TASK.match(card.title):
            continue  # "Добавить забытый файл в последний коммит": a task, not the two things
        # "user-level threads" is named by "User space thread": most of each side will do.
        if (
            all(_names_most(side, names) for side in wanted) and not _one_sided(wanted, names)
        ) or (compares and all(any(m & names for m in side) for side in wanted)):
            # "How do switches differ from routers?" over "Home router combines router,
            # switch and ...": a card that compares them, else the closest that names both.
            if must_compare and not compares:
                continue
            if best is None or compares > best[0]:
                best = (compares, card)
    return best[1] if best else None


def comparing_cards(index: Index, sides: tuple[str, str]) -> list[Card]:
    """Cards whose own names hold both things compared, those comparing them first, however
    far the whole question's words rank them ("Разница между брокером сообщений и системой
    обмена сообщениями Publish/Subscribe (Pub/Sub)" for "брокер сообщений vs pub/sub"),
    fewest words first."""
    wanted = [[_meanings(index, w) for w in _side_words(side)] for side in sides]
    # Only by the words that tell the sides apart: "collection vs collections" is no
    # question a card about collections answers by its name.
    wanted = [
        [m for m in side if not any(m & o for o in other)]
        for side, other in ((wanted[0], wanted[1]), (wanted[1], wanted[0]))
    ]
    if not all(wanted):
        return []
    first = set().union(*wanted[0])
    reached = {pos for tid in first for pos in index.postings.get(tid, ())}
    found: list[tuple[bool, int, int]] = []
    for pos in reached:
        if index.name_terms[pos].isdisjoint(first):
            continue
        card = index.cards[pos]
        names, compares = _naming(index, card)
        if all(_names_most(side, names) for side in wanted) or (
            # "Разница restart и reload" compares "systemctl restart" and "reload": a card
            # comparing things need not repeat where both are.
            compares and all(any(m & names for m in side) for side in wanted)
        ):
            # "Открытое и закрытое множество" names both as well as "X vs Y" does.
            found.append((not compares, len(names), pos))
    return [index.cards[pos] for *_, pos in sorted(found)[:MAX_COMPARING_CARDS]]


MAX_COMPARING_CARDS = 3


def _side_words(side: str) -> list[str]:
    """The words that say what a side is: its stop words only when it has nothing else
    ("where vs having" compares SQL's WHERE)."""
    said = words(side)
    return [w for w in said if w not in STOPWORDS] or said


def names_side(index: Index, card: Card, side: str) -> bool:
    """`card` is the card of one thing compared: its names hold the side's words, and it
    compares nothing itself."""
    wanted = [_meanings(index, w) for w in _side_words(side)]
    names, compares = _naming(index, card)
    if not wanted or compares or not _names_most(wanted, names):
        return False
    # "ConfigMap" names the side "configmap"; "Binary Trees - BFS Overview" names more than
    # "bfs", and a card comparing them answers better.
    meant = set().union(*wanted)
    return any(
        sum(index.vocab.get(index.term(w)) not in meant for w in words(name) if w not in STOPWORDS)
        <= MAX_EXTRA_WORDS
        for name in (card.title, *card.aliases)
    )


MAX_EXTRA_WORDS = 1  # in a side's own card's name, beyond the side's words


def compares(index: Index, card: Card) -> bool:
    """The card's names compare things ("Ключевые различия", "Loose vs Strict")."""
    return _naming(index, card)[1]


# "Добавить забытый файл в ...", "Отменить коммит": a heading opening with what to do.
_TASK = re.compile(r"^[а-яё]{3,}(?:ать|ять|ить|еть|уть|ыть|оть)(?:ся)?\b", re.I)


def _naming(index: Index, card: Card) -> tuple[set[int], bool]:
    """The terms naming `card` (a heading's own question counts: "Чем процесс отличается от
    потока?"), and whether those names compare things."""
    said = "\n".join((card.title, *card.aliases, card.question))
    spoken = {index.term(w) for w in words(said)}
    names = {index.vocab[t] for t in spoken if t in index.vocab}
    return names, bool(_COMPARES.search(said)) or not _COMPARING.isdisjoint(spoken)


def _one_sided(wanted: list[list[set[int]]], names: set[int]) -> bool:
    """The names hold all of one side and only part of the other: that side's own card, the
    rest being words the question left out of it ("распределение памяти фиксированными
    разделами и разделами переменной величины")."""
    full = [all(not m.isdisjoint(names) for m in side) for side in wanted]
    return any(full) and not all(full)


def _names_most(side: list[set[int]], names: set[int]) -> bool:
    return 3 * sum(not m.isdisjoint(names) for m in side) >= 2 * len(side)


def _meanings(index: Index, word: str) -> set[int]:
    """The terms a side's word may be in a card's name: its lemma, sound-alikes, its name
    in the other language."""
    found = set(resolve_word(index, word, word))
    tid = index.vocab.get(index.term(word))
    return found | {tid} if tid is not None else found


# "vs" before a name: "5 Vs" are five words starting with V, no comparison.
_COMPARES = re.compile(r"≠|\bvs\.?[ \t]+\w|\bversus\b|\bunlike\b|\bcompared\b", re.I)
_COMPARING = frozenset(
    {"differ", "difference", "different", "comparison", "compare", "отличие", "отличаться"}
    | {"отличать", "разница", "различие", "сравнение", "сравнить", "против"}
    # "zsh и bash: что выбрать": which of the two to take is what sets them apart.
    | {"выбрать", "выбирать", "choose"}
)
