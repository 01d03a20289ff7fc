"""Questions about things the notes never write ("how to set up a kubernetes ingress", "как
настроить nginx", "how does the Lotka-Volterra model work?", "методом PERT"): another
subject, however many of the question's other words some card holds. `ownwords.py` decides
when a question in the user's own words is answered at all.

Hand-written: which unknown words name the subject depends on this product's index (the
notes' words, their slips and their other-language readings).
"""

from __future__ import annotations

import re

from bot.core import labels, querysetting, question
from bot.core.altnames import ACRONYM
from bot.core.indexdata import Index
from bot.core.text import AROUND_WORD, STOPWORDS, fold, is_cyrillic, words
from bot.core.wordmatch import near_known, resolve_word

MIN_STRANGER_LETTERS = 3  # a Latin word this long in a Russian question may name its subject
AS_WRITTEN = 0.97  # the word as typed, or read in the other layout; not a near spelling
SPELLED_BY_EAR = 0.9  # a name in Latin letters read as the Cyrillic one the notes write


def mostly_strangers(
    index: Index,
    qwords: list[tuple[str, str]],
    resolved: list[dict[int, float]],
    topical: list[bool],
) -> bool:
    """Half the words of a long question name things the notes never spell ("how to set up
    a kubernetes ingress"): the few words some card shares with it are only its wording."""
    asked = [w for w, _ in qwords if w]
    unknown = [w for w in _unknown(qwords, resolved, topical) if question.names_a_thing(index, w)]
    if len(unknown) * 2 < len(asked):
        return False  # too few to matter: no need to check each for a typo (slow)
    strangers = sum(not near_known(index, w) for w in unknown)
    return strangers * 2 >= len(asked)


def names_a_stranger(
    index: Index, qwords: list[tuple[str, str]], resolved: list[dict[int, float]]
) -> bool:
    """ "how do I set up Git LFS", "how do I use git bisect": letters typed in capitals, or a
    word right after the word the whole vault is about, that the notes never spell, name
    the thing asked; a guess from the question's other words answers something else."""
    subject = max(3, len(index.cards) * TOOL_WORD_SHARE)
    for i, ((word, raw), cands) in enumerate(zip(qwords, resolved, strict=True)):
        if not word or cands:
            continue
        typed = raw.strip(AROUND_WORD)
        if ACRONYM.match(raw) or (ACRONYM.match(typed) and len(typed) >= MIN_STRANGER_LETTERS):
            # "VXLAN" in capitals is that name, not a slip of another; "методом PERT?" asks
            # of a method the notes never write, though "perf" is a slip away ("of a TM,
            # what is it": two letters before a comma rather shorten where it lives).
            return True
        after_subject = i > 0 and any(index.df[t] > subject for t in resolved[i - 1])
        if after_subject and question.names_a_thing(index, word) and not near_known(index, word):
            return True
    return False


def proper_stranger(index: Index, query: str) -> bool:
    """ "how does the Lotka-Volterra model work?": two capitalised words joined as one name
    ("Kaplan-Meier", "Mann Whitney"), neither of them nor anything like them in the notes:
    a name of its own the notes lack, whatever the question's other words match. Joined by a
    hyphen ("Bellman-Ford"), one of them a slip away from a word of the notes ("ford" ~
    "form") is still that name."""
    for pair in _PROPER_PAIR.finditer(query):
        said = [fold(w) for w in pair.groups()]
        if any(
            w in STOPWORDS
            or w in index.vocab
            or index.term(w) in index.vocab
            # "Crimean War" in notes that write «Крымская война»: words the lexicon reads.
            or index.translated.get(index.term(w))
            for w in said
        ):
            continue
        # "Russkaya Pravda" in notes that write «Русская правда»: the name, spelled by ear.
        if any(
            is_cyrillic(index.terms[tid]) and sim >= SPELLED_BY_EAR
            for tid, sim in resolve_word(index, "".join(said), "".join(said)).items()
        ):
            continue
        near = sum(near_known(index, w) for w in said)
        if near == 0 or (near == 1 and pair.group(0)[len(pair.group(1))] == "-"):
            return True
    return False


def stranger_of_a_kind(
    index: Index, query: str, qwords: list[tuple[str, str]], resolved: list[dict[int, float]]
) -> bool:
    """ "what is a skip list", "is radix sort faster": a word the notes never write nor
    anything like it, right before the word several cards' names end in ("Merge Sort",
    "Insertion Sort"), names another thing of that kind; a passage guessed from the
    question's other words answers something else. A question describing a thing in its
    own words ("what do you call the dent ring ...") uses such words for what it describes,
    as a verb's forms do ("leaving alt out")."""
    if question.names_asked(query) or len([w for w, _ in qwords if w]) > MAX_KIND_QUESTION_WORDS:
        return False
    folded = fold(query)
    for i in range(len(qwords) - 1):
        (word, raw), (kind, kind_raw) = qwords[i], qwords[i + 1]
        if not word or not kind or resolved[i] or index.name_vocab.isdisjoint(resolved[i + 1]):
            continue
        first, second = fold(raw.strip(AROUND_WORD)), fold(kind_raw.strip(AROUND_WORD))
        if (
            re.search(rf"(?<!\w){re.escape(first)}[\s-]+{re.escape(second)}(?!\w)", folded)
            and question.names_a_thing(index, word)
            and word not in _QUALIFYING
            and not labels.english_participle(word)
            and not near_known(index, word)
            and _kinds_named(index, set(resolved[i + 1])) >= MIN_KIND_NAMES
        ):
            return True
    return False


MIN_KIND_NAMES = 2  # cards whose names end in a word before it names a kind of thing
# "how do I create a custom exception": words that say which one is meant, never a kind's
# name of its own.
_QUALIFYING = frozenset(
    """custom new simple small big large single multiple different same other specific
    particular certain whole entire various several additional extra separate existing
    current given typical usual normal regular proper correct wrong good bad best better
    main first last next previous own""".split()  # noqa: SIM905 - a word list reads best as text
)
MAX_KIND_QUESTION_WORDS = 6  # words of a question that names what it asks, not describes it


def _kinds_named(index: Index, kind: set[int]) -> int:
    """Cards whose name's last word is one of these terms ("Merge Sort" for "sort")."""
    return sum(index.title_ends.get(t, 0) for t in kind)


_PROPER_PAIR = re.compile(r"(?<![\w-])([A-Z][a-z]{2,})[- ]([A-Z][a-z]{2,})(?![\w-])")


TOOL_WORD_SHARE = 0.5  # "git" in a Git vault: the name of what every note is about


def latin_stranger(
    index: Index,
    query: str,
    qwords: list[tuple[str, str]],
    resolved: list[dict[int, float]],
    topical: list[bool],
) -> bool:
    """A Russian question about a Latin name the notes never spell, nor anything like it
    ("как настроить nginx чтобы он принимал запросы"): another subject, however many of
    its other words some card holds. A topic after "в" ("список в python") only narrows.
    So is a question in any language naming in brackets a thing the notes never write."""
    # "like an ArrayList", "типа area из radius": an example of the thing, not the thing.
    examples = example_words(query)
    if examples:
        query = _EXAMPLE.sub(" ", query)
        qwords = [("" if w in examples else w, raw) for w, raw in qwords]
    unknown = _unknown(qwords, resolved, topical)
    if _bracketed_stranger(index, query, unknown):
        return True
    asked = [w for w, _ in qwords if w]
    # "std::optional" names code as written: the notes' "опциональный" is another word.
    qualified = question.qualified_names(query)
    # "как работает Proxy в js" is Russian, though only its Latin words count, and "proxy"
    # only sounds a little like the notes' "прочий".
    heard = [
        w
        for (w, _), cands, context in zip(qwords, resolved, topical, strict=False)
        if w
        and cands
        and not context
        and (max(cands.values()) < FAINT_SOUND or w in qualified)
        and all(is_cyrillic(index.terms[t]) for t in cands)
    ]
    russian = any(is_cyrillic(w) for w in asked) or any(is_cyrillic(w) for w in words(query))
    if not russian:
        return _capital_stranger(index, query, qwords, resolved, topical)
    # "как описать workflow в Oozie?": a system the notes never name, written as its own
    # name after "в", is where the question lives, not a spelling of theirs.
    elsewhere = [
        w
        for (w, _), cands, context in zip(qwords, resolved, topical, strict=False)
        if w and context and not cands
    ]
    if elsewhere:
        setting = querysetting.setting_of(query)
        # A thing a card is named by, asked there ("выборка в sql"), is still that thing.
        named = any(
            tid in index.name_vocab and sim >= AS_WRITTEN
            for cands, context in zip(resolved, topical, strict=False)
            if not context
            for tid, sim in cands.items()
        )
        elsewhere = [] if named else [w for w in elsewhere if w in setting]
    return any(
        not is_cyrillic(w)
        and len(w) >= MIN_STRANGER_LETTERS
        and w.isalpha()
        and not near_known(index, w)
        for w in [*unknown, *heard, *elsewhere]
    )


# "как найти экстремум функции двух переменных?": what to find or work out, named first.
_TO_WORK_OUT = re.compile(
    r"^\s*(?:как\s+|how\s+(?:do\s+(?:i|you|we)\s+|to\s+)?)(?:найти|вычислить|посчитать|"
    r"рассчитать|построить|решить|доказать|find|calculate|compute|solve|prove)\s+(\w+)",
    re.I,
)


def object_stranger(
    index: Index, query: str, qwords: list[tuple[str, str]], resolved: list[dict[int, float]]
) -> bool:
    """ "как найти экстремум функции двух переменных?": the thing to work out is a word the
    notes never write, nor anything a slip away; "функции" and "переменных" are only its
    setting, and a passage holding them answers another question."""
    found = _TO_WORK_OUT.match(query)
    if found is None:
        return False
    asked = fold(found.group(1))
    return any(
        fold(raw.strip(AROUND_WORD)) == asked
        and word
        and not cands
        and question.names_a_thing(index, word)
        and not near_known(index, word)
        for (word, raw), cands in zip(qwords, resolved, strict=True)
    )


def example_words(query: str) -> set[str]:
    """The words of an example the question gives ("like an ArrayList", "типа area")."""
    return {fold(w) for m in _EXAMPLE.finditer(query) for w in words(m.group(1))}


_EXAMPLE = re.compile(
    r"\b(?:like|such\s+as|e\.g\.|типа|вроде|например)\s+((?:an?\s+|the\s+)?[\w.]+(?:\s+[\w.]+)?)",
    re.I,
)

# "... on a second server (replication)?": a name or two in brackets says what is asked.
_BRACKETED = re.compile(r"\(([^\W\d_][^()]{0,30})\)")
MAX_BRACKETED_WORDS = 2


def _bracketed_stranger(index: Index, query: str, unknown: list[str]) -> bool:
    """The question names in brackets what it is about, and the notes never write it nor
    anything like it (`unknown`: its words the notes have nothing for)."""
    named = {
        fold(w)
        for inner in _BRACKETED.findall(query)
        if len(inner.split()) <= MAX_BRACKETED_WORDS
        for w in words(inner)
    }
    # "персональные данные (ПДн)" asked of English notes: the asker's own gloss, in a
    # language the notes are not written in.
    glossed = not question.russian_notes(index)
    return bool(named) and any(
        # Named on purpose: one slip from a word of the notes may be a typo, two are not.
        w in named
        and len(w) >= MIN_STRANGER_LETTERS
        and not (glossed and is_cyrillic(w))
        and not near_known(index, w, most=1)
        for w in unknown
    )


FAINT_SOUND = 0.8  # a Latin word heard as a Russian one no better than this is unknown


def _capital_stranger(
    index: Index,
    query: str,
    qwords: list[tuple[str, str]],
    resolved: list[dict[int, float]],
    topical: list[bool],
) -> bool:
    """An English question naming something in capitals the notes never write, nor
    anything like it ("how do I store app secrets in HashiCorp Vault", "a GitHub Actions
    workflow"): a product or a person's name of another subject, however many of its
    other words some card holds. The question's first word is capitalised anyway."""
    said = words(query)
    opening = fold(said[0]) if said else ""
    return any(
        w != opening
        and any(c.isupper() for c in raw)
        and len(w) >= MIN_STRANGER_LETTERS
        and w.isalpha()
        and not near_known(index, w)
        for w, raw in _unknown_raw(qwords, resolved, topical)
    )


def _unknown(
    qwords: list[tuple[str, str]], resolved: list[dict[int, float]], topical: list[bool]
) -> list[str]:
    """The question's words the notes have nothing for, topic words after "в" left out."""
    return [w for w, _ in _unknown_raw(qwords, resolved, topical)]


def _unknown_raw(
    qwords: list[tuple[str, str]], resolved: list[dict[int, float]], topical: list[bool]
) -> list[tuple[str, str]]:
    """Those words, each with its chunk as typed."""
    return [
        (w, raw)
        for (w, raw), cands, context in zip(qwords, resolved, topical, strict=False)
        if w and not cands and not context
    ]
