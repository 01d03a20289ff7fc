"""Where a question says the thing it asks about lives: "set в python", "adverse selection
in insurance markets", or a word the whole vault is about ("python sets" in a Python vault).
Those words are context for the others, never the whole question.

Hand-written: which words are the setting depends on this product's index of the notes.
"""

from __future__ import annotations

import re

from bot.core.indexdata import Index
from bot.core.text import STOPWORDS, fold, is_cyrillic, words

VAULT_COMMON = 0.08  # a word in more than this share of cards is one of the vault's own stop words


# "в kubernetes", "in next.js", "у тега script": where the thing asked about lives.
_CONTEXT = re.compile(
    r"(?:^|\s)(в|во|на|по|для|из|у|in|on|for|from)\s+(?:(?:a|an|the)\s+)?"
    # "in next.js": a dot inside a name is part of it.
    r"([^\s?!.,]+(?:\.[^\s?!.,]+)*(?:\s+[^\s?!.,]+(?:\.[^\s?!.,]+)*)?)[\s?!.]*$",
    re.I,
)
# "partial из functools" names where it is from; "ключ из словаря" is the question itself.
_FROM = frozenset({"из", "from"})


def _setting(query: str) -> re.Match[str] | None:
    """ "в"/"in" and the words after it that end a question, the question's own wording
    after them aside ("проекция в реляционной алгебре это что")."""
    said = query.rstrip(" ?!.")
    while (last := _LAST_WORD.search(said)) is not None and fold(last.group(1)) in STOPWORDS:
        said = said[: last.start()].rstrip(" ?!.,")
    return _CONTEXT.search(said)


_LAST_WORD = re.compile(r"(?:^|\s)(\w+)$")


def setting_of(query: str) -> set[str]:
    """The words after "в"/"in" that end a question ("adverse selection in insurance
    markets": insurance, markets), if it ends so."""
    tail = _setting(query)
    return set(words(tail.group(2))) if tail is not None else set()


def said_inside(query: str) -> bool:
    """The question ends with "в"/"in" and what it asks inside ("watcher in vue"), not with
    a word a name may hold ("указатель на функцию")."""
    tail = _setting(query)
    return tail is not None and tail.group(1).casefold() in _INSIDE


_INSIDE = frozenset({"в", "во", "in"})


def context_words(
    index: Index, resolved: list[dict[int, float]], asked: list[str], query: str
) -> list[bool]:
    """Which query words name a topic of the notes after "в"/"in" ("set в python" in a vault
    with a Python folder): context for the other words, never the whole question."""
    tail = _setting(query)
    if tail is None:
        return _vault_words(index, resolved)
    context = set(words(tail.group(2)))
    if tail.group(1).casefold() in _FROM:
        context = {w for w in context if not is_cyrillic(w)}
    common = max(3, len(index.cards) * VAULT_COMMON)
    # A topic's name, or a word the whole vault is about ("индексация в гите" in a Git vault).
    # An unknown last word after "в" ("вакуум в постгресе", "каналы в го") is the setting
    # the question is asked in, spelled some way the notes do not: context as well.
    # "what is a barrier in concurrency": the words before "in" name a card on their own, so
    # the words after it only say where to look.
    head = [c for word, c in zip(asked, resolved, strict=True) if word not in context]
    named = bool(head) and all(c and not index.name_vocab.isdisjoint(c) for c in head)
    flags = [
        word in context
        and (
            named
            or not c
            or not index.topic_vocab.isdisjoint(c)
            or max(index.df[t] for t in c) > common
        )
        for word, c in zip(asked, resolved, strict=True)
    ]
    # "who fought in the Crimean War": an unknown word before a word the notes know names
    # a thing of that kind they lack, not the setting.
    for i in range(len(asked) - 1):
        if flags[i] and not resolved[i] and asked[i + 1] in context and resolved[i + 1]:
            flags[i] = False
    return flags if not all(flags) else [False] * len(flags)


def _vault_words(index: Index, resolved: list[dict[int, float]]) -> list[bool]:
    """ "python sets" in a Python vault: a word the whole vault speaks of, beside words that
    name a card, is the setting of the question, as after "in"."""
    common = max(3, len(index.cards) * VAULT_SUBJECT)
    spread = [min(index.df[t] for t in c) if c else 0 for c in resolved]
    widest = max(spread, default=0)
    flags = [df == widest for df in spread]
    rest = [c for c, flag in zip(resolved, flags, strict=True) if not flag]
    if (
        widest <= common
        or not rest
        or any(
            CONTEXT_SPREAD * df > widest
            for df, flag in zip(spread, flags, strict=True)
            if not flag
        )
        or not _a_whole_name(index, rest)
        or _named_together(index, resolved, flags)
    ):
        return [False] * len(resolved)
    return flags


def _a_whole_name(index: Index, rest: list[dict[int, float]]) -> bool:
    """The other words are the whole name of some card ("sets": Sets)."""
    if not all(rest):
        return False
    said = {t for c in rest for t in c}
    return any(
        len(name) >= len(rest) and name <= said
        for term in rest[0]
        for pos in index.postings.get(term, ())
        for name, _ in index.names[pos]
    )


def _named_together(index: Index, resolved: list[dict[int, float]], flags: list[bool]) -> bool:
    """Some card is named by the vault's word with the others ("Kafka Connect")."""
    setting = {t for c, flag in zip(resolved, flags, strict=True) if flag for t in c}
    for c, flag in zip(resolved, flags, strict=True):
        if flag:
            continue
        for term in c:
            for pos in index.postings.get(term, ()):
                if any(name & setting and term in name for name, _ in index.names[pos]):
                    return True
    return False


CONTEXT_SPREAD = 2  # the vault's word is in at least twice the cards of each other word
VAULT_SUBJECT = 0.25  # a word in this share of the cards is what the whole vault is about
