"""Names prose gives without marking them as defined: abbreviations it spells out, letters or
quoted words after a naming verb ("that's called UTR", "называется «commit»"), a later Russian
sentence opening with a noun and a dash ("Полиморфизм — способность ..."), and the phrases it
stresses in bold (`keywords`). `namings` adds these to the terms a paragraph introduces."""

from __future__ import annotations

import re

from bot.core import altnames, labels, obsidian
from bot.core.abbreviations import SMALL_NAME_WORDS, expanded_acronyms, spelled_out, stands_for
from bot.core.blocks import link_spans
from bot.core.markdown import Inline
from bot.core.text import STOPWORDS

# "изучении т.н. Субитизации", "e.g. Python": an abbreviation's full stop ends no sentence.
SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\bт\.н\.)(?<!\bт\.е\.)(?<!\bт\.к\.)(?<!\bт\.\sн\.)(?<!\bт\.\sе\.)"
    r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)\s+(?=[A-ZА-ЯЁ`«\"])"
)
MAX_INTRODUCED_WORDS = 3


def spelled_out_names(text: str, seen: set[str]) -> list[tuple[str, str]]:
    """Each abbreviation the text spells out, with the sentence that does."""
    found = spelled_out(text, seen)
    sentences = sentences_of(text) if found else []
    return [
        (name, obsidian.clean(" ".join(said.split())))
        for name, at in found
        for start, end, said in sentences
        if start <= at < end
    ]


# "Нужны для полиморфизма. Полиморфизм — способность функции обрабатывать данные разных
# типов.": a later sentence naming its subject before a dash, what it is after it.
_PROSE_DASHED = re.compile(
    r"([А-ЯЁ][а-яё]+(?:-[а-яё]+)?(?: [а-яё]+(?:-[а-яё]+)?)?) — (это )?([а-яё][^.!?]*)"
)
MIN_MENTION_STEM = 5  # letters of a name the sentence before says it with
MIN_PROSE_DEFINITION_WORDS = 4


def dashed_names(text: str, seen: set[str]) -> list[tuple[str, str]]:
    """(name, its sentence) for each later sentence of Russian prose that opens with a noun
    of one or two words, a dash and what it is ("Полиморфизм — способность ...")."""
    if " — " not in text:
        return []
    out: list[tuple[str, str]] = []
    previous = 0
    for start in (m.end() for m in SENTENCE_END.finditer(text)):
        dashed = _PROSE_DASHED.match(text, start)
        before, previous = text[previous:start].casefold(), start
        if dashed is None:
            continue
        name, said = dashed.group(1), dashed.group(3)
        # "Цена — при падении ...", "Далее — обмен ключами": a remark. Either "это" says
        # what the thing is, or the sentence before has just brought it up.
        stem = name.split()[0].casefold()[:MIN_MENTION_STEM]
        if (
            (dashed.group(2) is None and (len(stem) < MIN_MENTION_STEM or stem not in before))
            or name.casefold() in seen
            or any(w in STOPWORDS for w in name.casefold().split())
            or labels.is_section_word(name)
            or not labels.names_idea(name)
            or len(said.split()) < MIN_PROSE_DEFINITION_WORDS
        ):
            continue
        seen.add(name.casefold())
        out.append((name, obsidian.clean(" ".join(dashed.group(0).split())) + "."))
    return out


# "... is what the React team calls “reconciliation”", "фаза, которая называется «commit»":
# a quoted name right after a naming verb is a term the sentence introduces.
_QUOTED_NAME = re.compile(
    r"(?:\b(?:called|calls|call|named|known\s+as|termed)|"
    r"(?:называется|называются|называют|называем|зовётся|зовется|зовут))"
    r"\s*[:–—-]?\s*[“«\"„]([^”»\"“]{2,40})[”»\"“]",
    re.I,
)


_QUOTES = '“«"„'
# "that's called UTR (untranslated region.)": letters in capitals right after a naming
# verb, unquoted, and the words they stand for.
_CALLED_LETTERS = re.compile(
    r"\b(?:called|known\s+as|termed|называется|называют)\s+([A-Z]{2,6}s?)\b"
    r"(?:\s*\(([^()\n]{3,60})\))?"
)
# "How many concurrent calls allowed. Its called bulkhead.": a sentence of its own giving
# the name, in small letters, of what the one before it describes.
_CALLED_BACK = re.compile(
    r"(?:^|(?<=[.!?] ))(?:it'?s|it\s+is|this\s+is|that\s+is|that'?s)\s+called\s+"
    r"([a-z][\w-]{2,30})\s*(?:[.!]|$)",
    re.I | re.M,
)


def called_letters(text: str, seen: set[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    sentences = sentences_of(text)
    found = [*_CALLED_LETTERS.finditer(text), *_CALLED_BACK.finditer(text)]
    for match in found:
        short = match.group(1)
        long = (match.group(2) or "").strip(" .,;") if match.re is _CALLED_LETTERS else ""
        if short.casefold() in seen:
            continue
        seen.add(short.casefold())
        at = next(i for i, (start, end, _) in enumerate(sentences) if start <= match.start() < end)
        # "This is called IOC.": "this" points at the sentence before, which says it.
        first = at - 1 if at and POINTS_BACK.match(sentences[at][2].strip()) else at
        said = " ".join(s for _, _, s in sentences[first : at + 1])
        name = f"{short} ({long})" if long and stands_for(short, long) else short
        out.append((name, obsidian.clean(" ".join(said.split()))))
    return out


def quoted_names(text: str, seen: set[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if not any(q in text for q in _QUOTES):
        return out  # most text quotes nothing: skip the sentence split
    sentences = sentences_of(text)
    for match in _QUOTED_NAME.finditer(text):
        name = obsidian.clean(match.group(1)).strip(" .,:;!?")
        if (
            not name
            or name.casefold() in seen
            or len(name.split()) > MAX_INTRODUCED_WORDS
            or not any(c.isalpha() for c in name)
        ):
            continue
        seen.add(name.casefold())
        # The sentence that names it: what the text says of the thing.
        at = next(i for i, (start, end, _) in enumerate(sentences) if start <= match.start() < end)
        # "This calculating is what ... calls “X”": "this" points at the sentence before.
        first = at - 1 if at and POINTS_BACK.match(sentences[at][2]) else at
        said = " ".join(s for _, _, s in sentences[first : at + 1])
        out.append((name, obsidian.clean(" ".join(said.split()))))
    return out


POINTS_BACK = re.compile(
    r"(?:this|these|that|those|it|its|it's|это|этот|эта|эти|такой|такая|такое)\b", re.I
)


def sentences_of(text: str) -> list[tuple[int, int, str]]:
    starts = [0, *(m.end() for m in SENTENCE_END.finditer(text))]
    ends = [*starts[1:], len(text)]
    return [(a, b, text[a:b]) for a, b in zip(starts, ends, strict=True)]


def keywords(inline: Inline, skip_lead: bool = False) -> list[str]:
    """Bold phrases of one to three words: the terms an author stresses in the prose
    ("... это называется **ботнет**"). A bold term opening a bullet is that bullet's own."""
    out: list[str] = []
    lead = len(inline.text) - len(inline.text.lstrip())
    links = link_spans(inline)
    for mark in inline.marks:
        if mark.kind != "strong" or (skip_lead and mark.start <= lead):
            continue
        if any(start <= mark.start and mark.end <= end for start, end in links):
            continue  # "**[[Инкапсуляция данных]]**": a stressed link names another note
        phrase = obsidian.clean(inline.text[mark.start : mark.end]).strip(" .,:;!?«»\"'")
        # "**Maximum Segment Size (MSS)**": the phrase and its abbreviation, each a name.
        head, aliases, _ = altnames.split_aliases(phrase)
        for name in (head, *aliases) if aliases else (phrase.strip("()"),):
            # "Law of Total Probability": "of" is no word of its own here.
            said = [w for w in name.split() if w.casefold() not in SMALL_NAME_WORDS]
            if said and len(said) <= MAX_KEYWORD_WORDS and any(ch.isalpha() for ch in name):
                out.append(name)
    out.extend(expanded_acronyms(inline.text))
    return out


MAX_KEYWORD_WORDS = 3
