"""Names a paragraph's prose gives as it goes: a term it introduces in bold or in quotes ("это
**headless-сервис**", "what the team calls “reconciliation”"), the phrases it stresses, and
abbreviations it spells out (`BOM (Browser Object Model)`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core import obsidian, terms
from bot.core.blocks import SMALL_WORDS, initials, link_spans
from bot.core.markdown import Inline
from bot.core.text import STOPWORDS, STOPWORDS_EN, words

# "... – это **headless-сервис**. Виртуального IP у него нет ...": prose that names a term
# as it introduces it, then says what it is.
_INTRODUCING = re.compile(
    r"(?:называется|называются|называют|зовётся|зовется|считается|считаются|это|"
    r"is\s+called|are\s+called|known\s+as|(?:is|are)\s+considered|referred\s+to\s+as|"
    r"is\s+termed|are\s+termed|(?:this|that|it)\s+is)\s*[:–—-]?\s*$",
    re.I,
)
# "... оффсетов. **Оффсет** (Offset) – это номер ...", "==Median of means== используется
# для ...": a sentence opening with a marked name, then what it is.
_DEFINED_AFTER = re.compile(
    r"(\s*\([^()]{1,40}\))?\s*(?:[–—-]\s*это\b|это\b|является\b|являются\b|означает\b|"
    r"означают\b|используется\b|используются\b|представляет\s+собой\b|служит\b|"
    r"(?:is|are)\s+(?:a|an|the|used|process|technique)\b|means\b|refers\s+to\b|stands\s+for\b)",
    re.I,
)


def _opens_sentence(text: str, start: int) -> bool:
    """The mark at `start` opens the text, a line or a sentence."""
    before = text[:start].rstrip(" \t")
    return not before.strip() or before.endswith(("\n", ".", "!", "?", ":"))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁ`«\"])")
MAX_INTRODUCED_WORDS = 3
# "**Kerckhoff's principle** (should be secure even if ...)": an explanation, not an alias.
_EXPLAINED_AFTER = re.compile(r"[ \t]*\(([^()\n]{20,300})\)")
MIN_EXPLANATION_WORDS = 5


def introduced(inline: Inline) -> list[tuple[str, str, str | None]]:
    """(term, what the prose says of it, the words before "называется" when that verb
    names it, else None): a bold term the text introduces ("это **headless-сервис**",
    "этот ряд называется **вариационным**"), with its sentence and the one after it."""
    text = inline.text
    out: list[tuple[str, str, str | None]] = []
    starts: list[int] = []  # where sentences and lines begin, worked out once if needed
    for mark in inline.marks:
        if mark.kind != "strong":
            continue
        end = mark.end
        defining = _DEFINED_AFTER.match(text, mark.end)
        glossed = _EXPLAINED_AFTER.match(text, mark.end)
        if defining is not None and _opens_sentence(text, mark.start):
            end = defining.end(1) if defining.group(1) else mark.end
        elif glossed is not None and len(glossed.group(1).split()) >= MIN_EXPLANATION_WORDS:
            # "based on **Kerckhoff's principle** (should be secure even if ...)": the
            # brackets say what it is.
            name = obsidian.clean(text[mark.start : mark.end]).strip(" .,:;!?«»\"'")
            if name and len(name.split()) <= MAX_INTRODUCED_WORDS:
                explained = obsidian.clean(" ".join(glossed.group(1).split()))
                out.append((name, explained[:1].upper() + explained[1:], None))
            continue
        elif not _INTRODUCING.search(text[max(0, mark.start - 30) : mark.start]):
            continue
        name = obsidian.clean(text[mark.start : end]).strip(" .,:;!?«»\"'")
        if (
            not name
            or len(name.split()) > MAX_INTRODUCED_WORDS
            or not any(c.isalpha() for c in name)
        ):
            continue
        if not starts:
            # Sentences, and lines: "... выбросы\n==Median of means== используется ..." is two.
            lines = (i + 1 for i, ch in enumerate(text) if ch == "\n")
            starts = sorted({0, *(m.end() for m in _SENTENCE_END.finditer(text)), *lines})
        first = max(i for i, start in enumerate(starts) if start <= mark.start)
        ends = [*starts[first + 1 :], len(text)]
        said = text[starts[first] : ends[min(1, len(ends) - 1)]]
        calling = _CALLING.search(text, starts[first], mark.start)
        subject = text[starts[first] : calling.start()] if calling else None
        out.append((name, obsidian.clean(" ".join(said.split())), subject))
    seen = {name.casefold() for name, _, _ in out}
    out += [(name, said, None) for name, said in _quoted(text, seen)]
    return out + [(name, said, None) for name, said in _spelled_out(text, seen)]


# "... называется **уровнем значимости**": the name in the instrumental case.
_CALLING = re.compile(
    r"\b(?:называется|называются|называют|зовётся|зовется|именуется)\s*[:–—-]?\s*$", re.I
)


# "Технология PoE (Power over Ethernet, стандарты ...) позволяет ...", "длину пакета (MTU,
# Maximum transmission unit)": prose that spells an abbreviation out introduces it.
_SHORT = r"[A-Z][A-Za-z0-9]{1,7}"
_LONG = r"[A-Z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){1,6}"
_SPELLED = (
    re.compile(rf"(?<![\w-])({_SHORT})\s+\(({_LONG})\s*[,;)]"),
    re.compile(rf"\(({_SHORT}),\s+({_LONG})\s*[,;)]"),
)
MIN_CAPITALS = 2  # "PoE", "MTU": an abbreviation, not a capitalised word


def _spelled_out(text: str, seen: set[str]) -> list[tuple[str, str]]:
    if "(" not in text:
        return []
    out: list[tuple[str, str]] = []
    sentences: list[tuple[int, int, str]] = []
    for pattern in _SPELLED:
        for match in pattern.finditer(text):
            short, long = match.group(1), " ".join(match.group(2).split())
            if (
                short.casefold() in seen
                or sum(c.isupper() for c in short) < MIN_CAPITALS
                or not stands_for(short, long)
            ):
                continue
            seen.add(short.casefold())
            sentences = sentences or _sentences(text)
            said = next(s for start, end, s in sentences if start <= match.start() < end)
            out.append((f"{short} ({long})", obsidian.clean(" ".join(said.split()))))
    return out


# "Неконтролируемое дублирование сигнала называется широковещательным штормом", "Такая
# технология известна как Beamforming", "... is called a deadlock.": lecture prose that names
# what it has just described, the name closing its sentence (the case it is written in).
_NAME = r"[^\s.,;:!?()«»\"“”]+(?:[ \t]+[^\s.,;:!?()«»\"“”]+){0,2}"
_GLOSS = r"(?:[ \t]*\([^()\n]{2,60}\))?"
# The name closes its sentence, or the clause before its condition ("Граф называется
# двудольным, если ...").
_ENDS = r"(?=[.;!?]|$|,[ \t]*(?:если|когда|if|when)\b)"
_NAMED_AS = (
    (
        re.compile(
            rf"\b(?:называется|называются|именуется|именуются|называют|называем|"
            rf"принято\s+называть)[ \t]+({_NAME}{_GLOSS})[ \t]*{_ENDS}",
            re.I | re.M,
        ),
        "ablt",
    ),
    (
        re.compile(
            rf"\b(?:известен|известна|известно|известны)[ \t]+как[ \t]+({_NAME}{_GLOSS})"
            rf"[ \t]*(?=[.;!?]|$)",
            re.I | re.M,
        ),
        "nomn",
    ),
    (
        re.compile(
            rf"\b(?:is|are)\s+(?:called|known\s+as|termed|referred\s+to\s+as)\s+"
            rf"(?:an?\s+|the\s+)?({_NAME}{_GLOSS})[ \t]*(?=[.;!?]|$)",
            re.I | re.M,
        ),
        "",
    ),
    # "... так называемое окно перегрузки (Congestion Window)": the gloss ends the name.
    (re.compile(rf"\bтак\s+называем\w+\s+({_NAME}[ \t]*\([^()\n]{{2,60}}\))", re.I), "nomn"),
)
_NOT_NAMES = frozenset(
    """так иначе также тоже по-разному следующим образом словом словами термином этим это им
    ими его её ее их и или and or""".split()  # noqa: SIM905 - a word list reads best as text
)
# "Он называется Binary Log.": what it is, the sentence before says.
_PRONOUN = re.compile(r"(?:он|она|оно|они|it|they)\b", re.I)


@dataclass(frozen=True, slots=True)
class ProseName:
    """A name prose gives what it has described as its sentence ends."""

    name: str
    said: str  # the sentence (and the one before it, when the sentence points back)
    case: str  # the case the name is written in: "ablt", "nomn", "" for English
    # "Дома его обычно называют роутером", "Обычно называется origin": another name of the
    # thing the section is about, not a thing of its own.
    other_name: bool
    subject: str = ""  # the sentence's words before its naming verb ("этот ряд")


def named_in_prose(text: str) -> list[ProseName]:
    """The names the text's sentences give what they describe as they end."""
    if not _NAMING_WORD.search(text):
        return []  # most prose names nothing: skip the sentence split
    out: list[ProseName] = []
    sentences = _sentences(text)
    for pattern, case in _NAMED_AS:
        for match in pattern.finditer(text):
            name = obsidian.clean(match.group(1)).strip(" .,:;!?")
            said_words = name.split("(")[0].split()
            if (
                not said_words
                or any(w.casefold() in _NOT_NAMES for w in said_words)
                or not any(c.isalpha() for c in name)
            ):
                continue
            at = next(
                i for i, (start, end, _) in enumerate(sentences) if start <= match.start() < end
            )
            opening = sentences[at][2].lstrip()
            before = words(text[sentences[at][0] : match.start()])
            # "Такая технология известна как X", "Он называется X": the sentence before.
            back = _POINTS_BACK.match(opening) or _PRONOUN.match(opening)
            other = not back and (
                all(w in STOPWORDS for w in before)
                or (len(before) <= MAX_OTHER_NAME_WORDS and not _OBJECT.isdisjoint(before))
            )
            first = at - 1 if at and back else at
            said = " ".join(s for _, _, s in sentences[first : at + 1])
            subject = text[sentences[at][0] : match.start()]
            out.append(
                ProseName(name, obsidian.clean(" ".join(said.split())), case, other, subject)
            )
    for _, _, sentence in sentences:
        # "Критической областью называется множество значений ...", "Под маршрутизацией
        # понимается ...", "AI hallucination refers to ...": a definition's classic orders,
        # the name first, then what it is.
        for pattern, case in _NAME_FIRST:
            lead = pattern.search(sentence)
            if lead is None:
                continue
            said_words = [w.casefold() for w in lead.group(1).split()]
            if said_words[0] in STOPWORDS_EN or not _NOT_NAMES.isdisjoint(said_words):
                continue  # "This refers to ...", "The result refers to ..."
            # "W0 - критической областью называется ...": from the name on; "Под X ...":
            # the whole sentence.
            under = sentence[lead.start(0) :].lstrip()[:3] in _UNDER
            start = lead.start(0) if under else lead.start(1)
            said = obsidian.clean(" ".join(sentence[start:].split()))
            out.append(ProseName(lead.group(1), said[:1].upper() + said[1:], case, False))
            break
    return out


_UNDER = ("Под", "под")
_NAME_FIRST = (
    (
        re.compile(
            r"^(?:[^.!?]*?\s[-—–:]\s+)?([а-яё][а-яё-]*(?:[ \t]+[а-яё][а-яё-]*){0,2})[ \t]+"
            r"(?:называется|называются|называют)[ \t]+(?=[^\s.,;:!?])",
            re.I,
        ),
        "ablt",
    ),
    (
        re.compile(
            r"^\s*(?:под|Под)[ \t]+([а-яё][а-яё-]*(?:[ \t]+[а-яё][а-яё-]*){0,2})[ \t]+"
            r"(?:понимается|понимаются|понимают|подразумевается|подразумевают)[ \t]+"
            r"(?=[^\s.,;:!?])",
            re.I,
        ),
        "ablt",
    ),
    (
        re.compile(
            r"^\s*(?:(?:Note|NB|Примечание|Замечание)[ \t]*:[ \t]*)?"
            r"([A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3})[ \t]+"
            r"(?:refers[ \t]+to|is[ \t]+defined[ \t]+as|are[ \t]+defined[ \t]+as|denotes)"
            r"[ \t]+(?=[^\s.,;:!?])"
        ),
        "",
    ),
)


_NAMING_WORD = re.compile(
    r"назыв|извест|именует|понима|подразумева|"
    r"\b(?:called|known\s+as|termed|referred|refers|defined|denotes)\b",
    re.I,
)
_OBJECT = frozenset({"его", "её", "ее", "их"})
MAX_OTHER_NAME_WORDS = 4


def stands_for(short: str, long: str) -> bool:
    """`SLAAC` for "Stateless Address Autoconfiguration", `DMZ` for "Demilitarized Zone":
    the abbreviation's letters in order, each word's first letter among them (small words
    such as "over" may give one or none), none taken before its word's first."""
    letters = short.casefold()
    parts = [w.casefold() for w in long.replace("-", " ").split()]
    small = {i for i, w in enumerate(parts) if w in _SMALL_WORDS}

    def fits(at: int, word: int, inside: int) -> bool:
        # `at` letters matched; the current word is `word`, read up to `inside`.
        if at == len(letters):
            return all(i in small for i in range(word + 1, len(parts)))
        nxt = word + 1
        if nxt < len(parts) and parts[nxt][0] == letters[at] and fits(at + 1, nxt, 1):
            return True
        if nxt < len(parts) and nxt in small and fits(at, nxt, len(parts[nxt])):
            return True
        if word >= 0:
            found = parts[word].find(letters[at], inside)
            while found != -1:
                if fits(at + 1, word, found + 1):
                    return True
                found = parts[word].find(letters[at], found + 1)
        return False

    return len(parts) >= 2 and len(letters) <= 2 * len(parts) and fits(0, -1, 0)


# Words inside a name that give no letter of its abbreviation, nor count as one of its words.
_SMALL_WORDS = SMALL_WORDS | {"over", "by", "и", "в", "на"}


# "... is what the React team calls “reconciliation”", "фаза, которая называется «commit»":
# a quoted name right after a naming verb is a term the sentence introduces.
_QUOTED_NAME = re.compile(
    r"(?:\b(?:called|calls|call|named|known\s+as|termed)|"
    r"(?:называется|называются|называют|называем|зовётся|зовется|зовут))"
    r"\s*[:–—-]?\s*[“«\"„]([^”»\"“]{2,40})[”»\"“]",
    re.I,
)


_QUOTES = '“«"„'


def _quoted(text: str, seen: set[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if not any(q in text for q in _QUOTES):
        return out  # most text quotes nothing: skip the sentence split
    sentences = _sentences(text)
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
        first = at - 1 if at and _POINTS_BACK.match(sentences[at][2]) else at
        said = " ".join(s for _, _, s in sentences[first : at + 1])
        out.append((name, obsidian.clean(" ".join(said.split()))))
    return out


_POINTS_BACK = re.compile(r"(?:this|these|that|those|это|этот|эта|эти|такой|такая|такое)\b", re.I)


def _sentences(text: str) -> list[tuple[int, int, str]]:
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text))]
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
        head, aliases, _ = terms.split_aliases(phrase)
        for name in (head, *aliases) if aliases else (phrase.strip("()"),):
            # "Law of Total Probability": "of" is no word of its own here.
            said = [w for w in name.split() if w.casefold() not in _SMALL_WORDS]
            if said and len(said) <= MAX_KEYWORD_WORDS and any(ch.isalpha() for ch in name):
                out.append(name)
    out.extend(expanded_acronyms(inline.text))
    return out


MAX_KEYWORD_WORDS = 3


_ACRONYM_FIRST = re.compile(r"\b([A-Z][A-Za-z]{1,5})\s+\(([A-Z][\w-]*(?:\s+[\w-]+){1,5})\)")
_ACRONYM_LAST = re.compile(r"\b([A-Z][\w-]*(?:\s+[\w-]+){1,5})\s+\(([A-Z][A-Za-z]{1,5})\)")


def expanded_acronyms(text: str) -> list[str]:
    """`BOM (Browser Object Model)` or `Maximum Segment Size (MSS)` anywhere in prose: the
    text spells out what the abbreviation stands for, so it names it."""
    out: list[str] = []
    for short, long in _ACRONYM_FIRST.findall(text):
        if initials(long) == short.casefold():
            out.append(short)
    for long, short in _ACRONYM_LAST.findall(text):
        words = long.split()
        for start in range(len(words)):
            if initials(" ".join(words[start:])) == short.casefold():
                out.append(short)
                break
    return out
