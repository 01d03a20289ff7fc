"""Names a paragraph's prose gives as it goes: a term it introduces in bold or in quotes ("это
**headless-сервис**", "what the team calls “reconciliation”"), the phrases it stresses, and
abbreviations it spells out (`BOM (Browser Object Model)`)."""

from __future__ import annotations

import re

from bot.core import labels, obsidian
from bot.core.abbreviations import (
    spelled_before,
)
from bot.core.markdown import Inline, Mark
from bot.core.prosenames import (
    MAX_INTRODUCED_WORDS,
    SENTENCE_END,
    called_letters,
    dashed_names,
    quoted_names,
    sentences_of,
    spelled_out_names,
)
from bot.core.termmarks import Term
from bot.core.text import CYRILLIC_LETTER, STOPWORDS

# "a special function called", "the hook called": a thing, then the name it goes by.
_A_THING_CALLED = r"\b(?:an?|the)\s+(?:[a-z-]+\s+){1,2}called"
# "... – это **headless-сервис**. Виртуального IP у него нет ...": prose that names a term
# as it introduces it, then says what it is.
_INTRODUCING = re.compile(
    r"(?:(?:называется|называются|называют|зовётся|зовется|считается|считаются|это|"
    # "мы определяем **моноид** - операцию ...": a course defining the name it gives.
    r"(?:мы\s+)?(?:определяем|определим|назовём|назовем|называем)|"
    r"(?:is|are)\s+considered|(?:this|that|it)\s+is)\s*[:–—-]?\s*"
    # "is called a **step function**", "is said to be **piecewise monotonic**", "denotes a
    # **closed interval**": a textbook's naming verbs, an article allowed after them.
    r"|(?:(?:is|are)\s+(?:also\s+)?called|known\s+as|referred\s+to\s+as|(?:is|are)\s+termed|"
    r"(?:is|are)\s+said\s+to\s+be|(?:is|are)\s+defined\s+as|denotes|"
    # "we can introduce a **slack variable** $s_i$": a course bringing in the name it
    # goes on to use.
    # "We introduce a vector $y$ of **artificial variables**": what it is, then its name.
    r"(?:we\s+(?:can\s+|will\s+|may\s+|must\s+)?|to\s+)introduce"
    r"(?:\s+(?:the\s+)?(?:notion|concept|term)\s+of|\s+an?\s+[a-z]+(?:\s+\S{1,12}){1,3}\s+of)?|"
    # "the main idea behind the concept of **smoothed analysis**: ...".
    r"\bthe\s+(?:concept|notion)\s+of|"
    # "we refer to that plane as the **dual plane**".
    r"\brefers?\s+to\s+(?:it|this|that|these|those|them|such)(?:\s+[a-z]+){0,2}\s+as|"
    # "economists will sometimes call that market a **natural monopoly**", "We call that
    # the **marginal rate ...**": what is called, then its name.
    # "we call such a path a **spanning path**": the thing, with its article, then its name.
    r"\bcalls?(?:\s+(?:it|this|that|these|those|them|such)(?:\s+[a-z]+){0,2})?|"
    # "create a special function called `generateStaticParams`": a thing, then its name.
    rf"{_A_THING_CALLED})"
    r"\s*[:–—-]?\s*(?:(?:a|an|the)\s+)?)$",
    re.I,
)
# "... оффсетов. **Оффсет** (Offset) – это номер ...", "==Median of means== используется
# для ...": a sentence opening with a marked name, then what it is.
_DEFINED_AFTER = re.compile(
    r"(\s*\([^()]{1,40}\))?\s*(?:[–—-]\s*это\b|это\b|является\b|являются\b|означает\b|"
    r"означают\b|используется\b|используются\b|представляет\s+собой\b|служит\b|"
    r"(?:is|are)\s+(?:a|an|the|used|process|technique|found|made|formed|located)\b|"
    # "**Orthopnea** is dyspnea that occurs ...": a kind of thing, then which one.
    r"(?:is|are)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:that|which|who|whose|where|when|in|of)\b|"
    r"means\b|refers\s+to\b|stands\s+for\b|(?:consists|occurs|describes|represents|"
    r"involves|results)\b)",
    re.I,
)
# "A **partial agonist** binds to ...", "An **inverse agonist** will bind ...": after an
# indefinite article the bold name is a new subject, and any verb says what it is or does
# ("The **efficacy** can be found ..." speaks of one met before).
_STARTS = r"(?:^|[.!?:]\s+|\n)"  # where a sentence or a line begins
_ARTICLE_BEFORE = re.compile(_STARTS + r"(?P<article>(?:A|An)\s+)$")
# "The **hippocampus** is a curved structure ...": a sentence opening with its subject, and
# what that is, may have "the" before it too.
_ANY_ARTICLE_BEFORE = re.compile(_STARTS + r"(?P<article>(?:A|An|The)\s+)$")
_VERB_AFTER = re.compile(
    r"(\s*\([^()]{1,40}\))?(?:\s+\S{1,3}(?=\s+of\s))?(?:\s+of\s+[^.;:!?\n]{1,40}?)?"
    r"\s+(?:is|are|can|will|may|must|has|have|does|[a-z]{2,}[^s\W]s)\b"
)
# "The **span** of f in [a, b] is the difference ...", "the **common refinement** of P₁ and
# P₂ is the partition ...": after "the", a name of something is defined by what it is.
_THE_BEFORE = re.compile(r"(?:^|\s)the\s+$", re.I)
# "The **significand** (or mantissa) contains the significant digits", "The **sign** denotes
# ...": a sentence opening with its subject says what the name holds or stands for.
_THE_OPENS = re.compile(_STARTS + r"The\s+$")
_HOLDS_AFTER = re.compile(
    r"(\s*\([^()]{1,40}\))?\s+(?:denotes|signifies|specifies|indicates|contains)\b"
)
# "Суть паттерна **Service Locator** сводится к тому, что ...", "The idea of **memoization**
# is to ...": a sentence saying what the gist of the name is.
_GIST_OPENS = re.compile(
    _STARTS + r"(?:(?:Основная|Главная)\s+)?(?:Суть|Смысл|Идея)\s+(?:[а-яё]+\s+)?$"
    r"|" + _STARTS + r"The\s+(?:main\s+|key\s+|core\s+)?(?:idea|gist|essence)\s+of\s+$"
)
_GIST_AFTER = re.compile(
    r"(\s*\([^()]{1,40}\))?\s+"
    r"(?:сводится|заключается|состоит|в\s+том|is\s+(?:to|that)|lies\s+in)\b",
    re.I,
)
# "The **marginal rate of technical substitution** (or MRTS) between two factor inputs is
# the ratio ...": its other name first, and "between", "for" or "in" as well as "of".
_OF_IS = re.compile(
    r"(\s+\S{1,3})?(?:\s*\((?:or|aka|или)\s[^()]{1,40}\))?\s+(?:of|between|for|in)\s+"
    r"[^.;:!?\n]{1,40}?\s+(?:is|are)\s+(?:a|an|the|defined\s+as)\s"
)
# "is called a **neighborhood of $p$**": the thing, said of a letter standing for any one.
_OF_LETTER = re.compile(r"^(\S.{2,}?)\s+(?:of|at|on|in|для|в)\s+[^\W\d_]$")
# "is called a **least upper bound** (or **supremum**)": its other name in brackets.
_OR_NAMED = re.compile(r"\s*\((?:or|или|aka|a\.k\.a\.)\s+([^()\n]{1,40})\)", re.I)


# "... **Dependency Injection** — ...", "... **Оффсет** (Offset) — ...": the same, by a dash.
# A hyphen typed for the dash, spaced: "**Атомность спирта** - число ...".
_DASHED = re.compile(r"(\s*\([^()]{1,40}\))?\s*(?:[–—]|--|(?<=\s)-)(?=\s)")
# "... Earth must be wobbling. **Precession**: the direction Earth's axis points": a colon
# after a later sentence's bold name, unless that name is a label ("**Note**:").
_SPACES = re.compile(r"\s*")
_COLONED = re.compile(r"(\s*\([^()]{1,40}\))?\s*:(?=\s+\S)")
# "... was **logicism**—the thesis that ...", "... — **логицизм** — это тезис ...": a dash
# right after a marked name, then an article or "это"; or "that is", "which means" after a
# comma: the name glossed in passing.
_GLOSSED_IN_PASSING = re.compile(
    r"(\s*\([^()]{1,40}\))?(?:\s*[–—]\s*(?:(?:the|an?)\s|это\b)"
    # "... is *thenable*, that is it has a `then()` method": the name, then what it means.
    r"|,\s*(?:that\s+is|i\.\s?e\.|which\s+means|то\s+есть|т\.\s?е\.|что\s+означает)[,:]?\s)",
    re.I,
)


def _glossing(text: str, mark: Mark) -> re.Match[str] | None:
    """What glosses the bold name in passing, right after it: "—the thesis that ...", ",
    that is ..."; after "the", a case: "the **novelty effect**, where users engage ..."."""
    glossing = _GLOSSED_IN_PASSING.match(text, mark.end)
    if glossing is None and _THE_BEFORE.search(text, max(0, mark.start - 5), mark.start):
        return _WHERE_AFTER.match(text, mark.end)
    return glossing if glossing is not None else _which_does(text, mark)


def _which_does(text: str, mark: Mark) -> re.Match[str] | None:
    """ "... is processed by a *spliceosome*, which cuts the DNA at the introns": a new thing,
    named as it comes, and what it does. Russian prose, which has no article, names it in
    bold: "... центр, который выдает **сертификат**, содержащий открытый ключ сервера"."""
    if mark.kind == "strong" and CYRILLIC_LETTER.match(text, mark.start):
        # Named where it comes, in the case a subject or object is named ("выдает
        # **сертификат**"), not a line's label nor "планируются **рантаймом Go**".
        said = text[mark.start : mark.end].split()
        line_before = text[: mark.start].rsplit("\n", 1)[-1]
        if (
            _opens_sentence(text, mark.start)
            or not any(ch.isalnum() for ch in line_before)  # "✅ **Единственный компонент**"
            or not 0 < len(said) <= MAX_INTRODUCED_WORDS
            or any(_OBLIQUE_ENDING.search(w) for w in said if CYRILLIC_LETTER.match(w))
        ):
            return None
        return _RUSSIAN_WHICH_AFTER.match(text, mark.end)
    if mark.kind == "strong" and _CAPITALISED_NAME.fullmatch(text[mark.start : mark.end]):
        # "... посылает имя View в **ViewResolver**, который возвращает нужную View": a
        # Latin name in Russian prose, and what it does.
        before = text[max(0, mark.start - 40) : mark.start]
        if CYRILLIC_LETTER.search(before) and not _opens_sentence(text, mark.start):
            found = _RUSSIAN_WHICH_AFTER.match(text, mark.end)
            if found is not None:
                return found
    if _A_BEFORE.search(text, max(0, mark.start - 4), mark.start) is None:
        return None
    return _WHICH_AFTER.match(text, mark.end)


# "ViewResolver", "Dispatcher Servlet", "HandlerMapping": a name of a word or two with a
# capital, as code names a class (not "no", "let us").
_CAPITALISED_NAME = re.compile(r"[A-Z][A-Za-z0-9]+(?:[ -][A-Z][A-Za-z0-9]+)?")


_WHERE_AFTER = re.compile(r"()(?:,\s*(?:where|whereby|in\s+which)\s)", re.I)
# ("It is a *good idea*, which ..." says what "it" is: no new name.)
_A_BEFORE = re.compile(r"(?:^|(?<!\bis)(?<!\bare)(?<!\bwas)\s)an?\s+$")
_WHICH_AFTER = re.compile(r"()(?:,\s*which\s+(?!is\b|was\b|has\b)[a-z]{2,}s\b)")
# "рантаймом", "заменён": a word in an oblique case, or a short participle, names no subject.
_OBLIQUE_ENDING = re.compile(
    r"(?:ом|ем|ой|ей|ами|ями|ах|ях|ого|его|ому|ему|ым|им|[её]н|ан)$", re.I
)
# ", содержащий открытый ключ", ", который хранит ...": a participle or "который" and a verb.
_RUSSIAN_WHICH_AFTER = re.compile(
    r"()(?:,\s*(?:[а-яё]{3,}(?:ющ|ящ|ащ|ущ)(?:ий|ая|ее|ие)|(?:котор(?:ый|ая|ое|ые))\s+[а-яё]{3,}"
    r"(?:ет|ит|ют|ят|ут|ат))\s)"
)


def _opens_sentence(text: str, start: int, definite: bool = False) -> bool:
    """The mark at `start` opens the text, a line or a sentence (an indefinite article
    before it aside, or, with `definite`, "the" as well)."""
    before = text[:start]
    article = (_ANY_ARTICLE_BEFORE if definite else _ARTICLE_BEFORE).search(before)
    if article is not None:
        before = before[: article.start("article")]
    before = before.rstrip(" \t")
    if _ABBREVIATION_END.search(before):
        return False  # "... ranks $L_2$ vs. $R_2$ — ...": a full stop that ends no sentence
    return not before.strip() or before.endswith(("\n", ".", "!", "?", ":"))


_ABBREVIATION_END = re.compile(
    r"(?:^|[\s(])(?:vs|e\.g|i\.e|cf|approx|resp|т\.\s?е|т\.\s?д|т\.\s?к|напр|см)\.$", re.I
)


# "The **marginal rate of technical substitution** ... is the ratio ...": a sentence that
# says what its subject is may name it at length.
MAX_DEFINED_WORDS = 5
# "**Kerckhoff's principle** (should be secure even if ...)": an explanation, not an alias.
_EXPLAINED_AFTER = re.compile(r"[ \t]*\(([^()\n]{20,300})\)")
MIN_EXPLANATION_WORDS = 5


def _fields_in(inline: Inline, start: int, end: int) -> bool:
    """ "(`efficacy`, L02, src: both, fig: `efficacy`)": a bracket of keys and fields, the
    glossary's bookkeeping, not words explaining the name."""
    text = inline.text[start:end]
    coded = any(m.kind == "code" and start <= m.start < end for m in inline.marks)
    return coded or len(_FIELD.findall(text)) >= MIN_FIELDS


_FIELD = re.compile(r"(?:^|[,;]\s*)[\w-]+:\s")
MIN_FIELDS = 2


_CALLED_CODE = re.compile(rf"{_A_THING_CALLED}\s+$", re.I)


def _may_name(text: str, mark: Mark, marks: list[Mark]) -> bool:
    """Bold may name a term; italics only in a sentence saying what it is ("The
    *cardinality* of a datatype is the number of ..."), after a naming verb, or glossed
    right after it ("*thenable*, that is ...")."""
    if mark.kind == "em":
        if (
            _GLOSSED_IN_PASSING.match(text, mark.end) is not None
            or _which_does(text, mark) is not None
        ):
            return True  # "... is *thenable*, that is it has a `then()` method"
        if (
            # In English prose italics opening a line may only stress ("*Timing* is
            # everything"); Russian notes set their terms so.
            not text[: mark.start].strip()
            and CYRILLIC_LETTER.match(text, mark.start) is not None
            and _DEFINED_AFTER.match(text, mark.end)
            and (text[mark.start : mark.end].split() or [""])[0].casefold() not in STOPWORDS
        ):
            return True  # "_Именованные блоки_ используются при ...": the paragraph's term
        before = _THE_BEFORE.search(text, max(0, mark.start - 5), mark.start)
        if _NAMING_VERB.search(text, max(0, mark.start - 30), mark.start) is not None:
            return True  # "Такие расстановки называются *размещениями без повторений*"
        # "... proteins called *immunophilins*.", "... are recognized (*epitope
        # spreading*):", "... IgE reaction is *atopy*": the name closes its sentence.
        if (
            _called_closing(text, mark)
            or _named_in_brackets(text, mark)
            or _named_as_predicate(text, mark)
        ):
            return True
        if before is not None and _IS_A.match(text, mark.end) is not None:
            # "The *phonological loop* is a hypothesized mechanism ...": the sentence says
            # what the name is ("The *first* is a cheaper way" points back).
            return _named_phrase(text[mark.start : mark.end])
        return before is not None and _OF_IS.match(text, mark.end) is not None
    if mark.kind == "code":
        if _CALLED_CODE.search(text, max(0, mark.start - 40), mark.start) is not None:
            return _CODE_NAME.fullmatch(obsidian.clean(text[mark.start : mark.end])) is not None
        # "`USART` -- последовательный интерфейс .... `RS-232` -- асинхронный `USART` ...":
        # a later sentence opening with a name in code and a dash.
        dash = _DASHED.match(text, mark.end)
        if dash is None or not _opens_sentence(text, mark.start):
            return False
        # "$P(B_k)$ — **априорная** вероятность": the bold after a formula's dash names it.
        named_at = _SPACES.match(text, dash.end())
        after = named_at.end() if named_at is not None else dash.end()
        return not (mark.math and any(m.kind == "strong" and m.start == after for m in marks))
    return mark.kind == "strong"


_IS_A = re.compile(r"\s+(?:is|are)\s+(?:an?|the)\s+\w")
_POINTING_WORDS = frozenset(
    "first second third last latter former other same one next previous".split()  # noqa: SIM905 - a word list reads best as text
)


def _named_phrase(said: str) -> bool:
    """Words that can name a thing: not one word pointing back ("first", "latter")."""
    first = (said.split() or [""])[0].casefold()
    return first not in STOPWORDS and first not in _POINTING_WORDS


# The verbs a Russian textbook names a term with: italics right after them mark the name
# (in English prose "are called *sum* and *product* after ..." may only stress words).
_NAMING_VERBS = r"называется|называются|называют|зовётся|зовется|именуется|именуются"
_NAMING_VERB = re.compile(rf"(?:{_NAMING_VERBS})\s*$", re.I)
# "... a polypeptide chain called a *J chain*.": in English the italics name only when the
# sentence ends with them ("are called *sum* and *product* after ..." stresses words).
_CALLED = re.compile(r"\b(?:called(?:\s+as)?|termed|known\s+as)\s+(?:(?:an?|the)\s+)?$", re.I)


def _said_after(text: str, mark: Mark) -> re.Match[str] | None:
    """What a sentence opening with the mark says its name is, does or holds."""
    defining = _DEFINED_AFTER.match(text, mark.end)
    if defining is None and _ARTICLE_BEFORE.search(text, 0, mark.start):
        defining = _VERB_AFTER.match(text, mark.end)
    if defining is None and _THE_OPENS.search(text, 0, mark.start):
        defining = _HOLDS_AFTER.match(text, mark.end)
    return defining


def introduced(inline: Inline) -> list[tuple[str, str, str | None]]:
    """(term, what the prose says of it, the words before "называется" when that verb
    names it, else None): a bold term the text introduces ("это **headless-сервис**",
    "этот ряд называется **вариационным**"), with its sentence and the one after it."""
    text = inline.text
    out: list[tuple[str, str, str | None]] = []
    starts: list[int] = []  # where sentences and lines begin, worked out once if needed
    for mark in inline.marks:
        if not _may_name(text, mark, inline.marks):
            continue
        end = mark.end
        defining = _said_after(text, mark)
        of_is = None
        if defining is None and _THE_BEFORE.search(text, max(0, mark.start - 5), mark.start):
            defining = of_is = _OF_IS.match(text, mark.end)
        if defining is None and _GIST_OPENS.search(text, 0, mark.start):
            defining = of_is = _GIST_AFTER.match(text, mark.end)
        if defining is None and text[: mark.start].strip():
            # "... графа. **Dependency Injection** — конкретный механизм ...": a dash after a
            # later sentence's bold name (a paragraph opening so is a term of its own).
            defining = _DASHED.match(text, mark.end)
            coloned = _COLONED.match(text, mark.end)
            if (
                defining is None
                and coloned
                and not labels.is_section_word(text[mark.start : mark.end])
            ):
                defining = coloned
        # "__Импликантом__ функции f называется ...": a textbook's name in the instrumental,
        # the verb naming it after it.
        named_later = _opens_sentence(text, mark.start) and bool(
            _NAMED_LATER.match(text, mark.end)
        )
        glossed = _EXPLAINED_AFTER.match(text, mark.end)
        spelled = spelled_before(text, mark.start, mark.end) if defining is None else None
        if spelled is not None:
            # "The project management body of knowledge **PMBOK** contains ...": the
            # letters stressed after the words they stand for.
            sentences = sentences_of(text)
            said = next(t for a, b, t in sentences if a <= mark.start < b)
            out.append((spelled, obsidian.clean(" ".join(said.split())), None))
            continue
        glossing = _glossing(text, mark)
        if glossing is not None:
            # "Russell's project was **logicism**—the thesis that ...": the name glossed
            # right after it, anywhere in the sentence.
            defining = of_is = glossing
        if defining is not None and (
            of_is is not None or _opens_sentence(text, mark.start, definite=True)
        ):
            end = defining.end(1) if defining.group(1) else mark.end
        elif (
            glossed is not None
            and len(glossed.group(1).split()) >= MIN_EXPLANATION_WORDS
            and not _fields_in(inline, glossed.start(1), glossed.end(1))
        ):
            # "based on **Kerckhoff's principle** (should be secure even if ...)": the
            # brackets say what it is.
            name = obsidian.clean(text[mark.start : mark.end]).strip(" .,:;!?«»\"'")
            if name and len(name.split()) <= MAX_INTRODUCED_WORDS:
                explained = obsidian.clean(" ".join(glossed.group(1).split()))
                out.append((name, explained[:1].upper() + explained[1:], None))
            continue
        elif not (
            named_later
            or _named_by_verb(text, mark)
            or _closing_apposition(text, mark)
            or _named_in_brackets(text, mark)
            or _named_as_predicate(text, mark)
            or _defined_if(text, mark)
        ):
            continue
        name = obsidian.clean(text[mark.start : end]).strip(" .,:;!?«»\"'")
        if (
            not name
            or len(name.split()) > (MAX_DEFINED_WORDS if of_is else MAX_INTRODUCED_WORDS)
            or not any(c.isalpha() for c in name)
        ):
            continue
        name = _with_other_name(name, text, end)
        if not starts:
            # Sentences, and lines: "... выбросы\n==Median of means== используется ..." is two.
            # A line wrapped mid-sentence ("... intracellular proteins called *X*. These\nare
            # isomerases") goes on where it breaks.
            lines = (i + 1 for i, ch in enumerate(text) if ch == "\n" and not _wrapped(text, i))
            starts = sorted({0, *(m.end() for m in SENTENCE_END.finditer(text)), *lines})
        first = max(i for i, start in enumerate(starts) if start <= mark.start)
        ends = [*starts[first + 1 :], len(text)]
        said = text[starts[first] : ends[min(1, len(ends) - 1)]]
        # The name first ("__Импликантом__ f называется") has no words before its verb, and
        # is in the instrumental all the same.
        subject = "" if named_later else _naming_subject(text, starts[first], mark.start)
        out.append((name, obsidian.clean(" ".join(said.split())), subject))
    seen = {name.casefold() for name, _, _ in out}
    out += [(name, said, None) for name, said in quoted_names(text, seen)]
    out += [(name, said, None) for name, said in called_letters(text, seen)]
    out += [(name, said, None) for name, said in dashed_names(text, seen)]
    out += [(name, said, None) for name, said in _code_copulas(inline, seen)]
    return out + [(name, said, None) for name, said in spelled_out_names(text, seen)]


def _wrapped(text: str, at: int) -> bool:
    """The line break at `at` falls inside a sentence: a word or comma before it, a word
    in small letters after it."""
    before, after = text[at - 1 : at], text[at + 1 : at + 2]
    return (before.isalnum() or before in ",;") and _SMALL_LETTER.match(after) is not None


_SMALL_LETTER = re.compile(r"[a-zа-яё]")


def _naming_subject(text: str, start: int, end: int) -> str | None:
    """The words of a sentence (from `start`) before the naming verb right before `end`
    ("этот ряд" of "этот ряд называется **вариационным**"), or None without that verb."""
    calling = _CALLING.search(text, start, end)
    return text[start : calling.start()] if calling else None


NAMING_LOOKBACK = 40  # characters before a name its naming verb may take


def _named_by_verb(text: str, mark: Mark) -> bool:
    """A naming verb right before the mark ("называется **X**", "is called **X**"), or
    "является" with the condition that makes it so after it ("говорят, что f является
    __монотонной__, если ...": a lecture's definition)."""
    before = text[max(0, mark.start - NAMING_LOOKBACK) : mark.start]
    return (
        bool(_INTRODUCING.search(before))
        or bool(_IS_BEFORE.search(before) and _CONDITION_AFTER.match(text, mark.end))
        or _called_closing(text, mark)
    )


def _called_closing(text: str, mark: Mark) -> bool:
    """ "... proteins called *immunophilins*.": the sentence ends with the name it gives."""
    return (
        _CALLED.search(text, max(0, mark.start - 30), mark.start) is not None
        and _SENTENCE_CLOSE.match(text, mark.end) is not None
    )


# "... называется **уровнем значимости**": the name in the instrumental case.
def points_back(subject: str) -> bool:
    """The words before a naming verb point back at what came before ("Эту формулу", "Это")."""
    return _POINTING_BACK.fullmatch(subject.strip()) is not None


_POINTING_BACK = re.compile(r"(?:эт(?:о|от|а|у|и|ой|им)|this|these)(?:\s+[^\W\d_]+)?", re.I)


_IS = r"является|являются"
_CALLING = re.compile(rf"\b(?:{_NAMING_VERBS}|{_IS})\s*[:–—-]?\s*$", re.I)
_NAMED_LATER = re.compile(
    rf"(?:[^.!?\n]|\.(?!\s+[A-ZА-ЯЁ])){{0,60}}?\b(?:{_NAMING_VERBS}|будем\s+называть)\b", re.I
)
_IS_BEFORE = re.compile(rf"\b(?:{_IS})\s*$", re.I)
# The condition that makes it so, or nothing more: the sentence defines the name.
_CONDITION_AFTER = re.compile(r"\s*(?:,\s*)?(?:если|когда|тогда\s+и\s+только|$|\.(?:\s|$))", re.I)


# "... in the parent component. The `<Outlet />` is like a placeholder for where ...": a
# later sentence opening with a name in code (an article before it) that says what it is.
_CODE_IS = re.compile(r"\s+(?:is|are)\s+(?:an?|the|like)\s")


def _code_copulas(inline: Inline, seen: set[str]) -> list[tuple[str, str]]:
    text = inline.text
    out: list[tuple[str, str]] = []
    for mark in inline.marks:
        if mark.kind != "code" or mark.math or not _CODE_IS.match(text, mark.end):
            continue
        name = obsidian.clean(text[mark.start : mark.end]).strip()
        if (
            _CODE_NAME.fullmatch(name) is None
            or name.casefold() in seen
            or not _opens_sentence(text, mark.start, definite=True)
        ):
            continue
        seen.add(name.casefold())
        said = next(s for start, end, s in sentences_of(text) if start <= mark.start < end)
        out.append((name, obsidian.clean(" ".join(said.split()))))
    return out


def _with_other_name(name: str, text: str, end: int) -> str:
    """The name and the other it goes by: in brackets after it ("(or **supremum**)"), or
    without the letter it is said of ("neighborhood of p": a neighborhood)."""
    other = _OR_NAMED.match(text, end)
    if other is not None and "(" not in name:
        return f"{name} aka {obsidian.clean(other.group(1)).strip()}"
    lettered = _OF_LETTER.match(name)
    return f"{name} aka {lettered.group(1)}" if lettered is not None else name


# "We build a chip called **Half-adder** that adds two bits", "in general we call **VM
# code**", "под названием **дескриптор**": prose naming, in bold, the thing it describes.
# («называется **базой рекурсии**» writes the name in another case: `definitions` reads it.)
_CALLED_BEFORE = re.compile(
    r"(?:\b(?:called|named|known\s+as|we\s+call|so-called|referred\s+to\s+as)"
    r"|(?:под\s+названием))\s*(?:an?\s+|the\s+)?$",
    re.I,
)
MAX_CALLED_WORDS = 4
# "a special function called `generateStaticParams`": an identifier in code is a name too.
_CODE_NAME = re.compile(r"<?[A-Za-z_][\w.]*(?:\(\))?\s*/?>?")


# "Start to use (near)words to convey an idea or action, the **holophrastic phase**.": a
# sentence that describes something, then names it in bold as it closes.
_APPOSITION_BEFORE = re.compile(r"\w[^.!?]{20,},\s+the\s+$")
_SENTENCE_CLOSE = re.compile(r"\s*(?:[.!]\s|[.!]?$)")


def _closing_apposition(text: str, mark: Mark) -> bool:
    return (
        mark.kind == "strong"
        and _APPOSITION_BEFORE.search(text[: mark.start]) is not None
        and _SENTENCE_CLOSE.match(text, mark.end) is not None
    )


# "- More epitopes on the same antigen are recognized (*epitope spreading*):": a sentence
# describing something, then its name set off in brackets as it closes.
_DESCRIBED_BEFORE = re.compile(r"\w+(?:[ \t,]+[\w'-]+){3,}[ \t]*\($")
_BRACKET_CLOSES = re.compile(r"\)\s*(?:[.:;!]\s|[.:;!]?$)")


def _named_in_brackets(text: str, mark: Mark) -> bool:
    name = text[mark.start : mark.end]
    return (
        mark.kind in ("strong", "em")
        and _DESCRIBED_BEFORE.search(text, 0, mark.start) is not None
        and _BRACKET_CLOSES.match(text, mark.end) is not None
        and labels.names_thing(name)
        and name.split()[0].casefold() not in STOPWORDS
        # "permissions (*policies*)", "коммит слияния (*merge commit*)": one word, or a
        # Russian sentence, glosses the word before the bracket in another; "называется
        # (**бинарным**)" keeps the case of its verb.
        and len(name.split()) >= MIN_BRACKETED_NAME_WORDS
        and CYRILLIC_LETTER.search(text, 0, mark.end) is None
    )


MIN_BRACKETED_NAME_WORDS = 2


# "Predisposition to IgE reaction is *atopy*": a sentence saying what something is, its
# italic name closing it; "This step is *crucial*" only stresses how it is.
# "Every group of 3 bases form a *codon*;": what the parts make up, named as it closes.
_SUBJECT_IS = re.compile(
    r"(?:^|[.!?]\s+)([A-Z][a-z]+(?:\s+[\w-]+){1,6})\s+"
    r"(?:is|are|forms?\s+an?|makes?\s+up\s+an?|constitutes?\s+an?)\s+$"
)
_QUANTIFIER = re.compile(r"^(?:every|each|any|all)\s+", re.I)
_PREDICATE_CLOSE = re.compile(r"\s*(?:[.!;]\s|[.!;]?$)")
_QUALITY = re.compile(
    r"(?:al|ive|ous|ful|less|able|ible|ic|ant|ent|ary|ed|ing|ly|er|est)$|^(?:not|key|done)$",
    re.I,
)


def _defined_if(text: str, mark: Mark) -> bool:
    """ "A game is **symmetric** if ...", "An action profile is a **Nash equilibrium** iff
    ...": a textbook's definition in bold, the name given to whatever meets the condition
    after it (italics there only stress: "it is *only* valid if ...")."""
    name = text[mark.start : mark.end].strip()
    return (
        mark.kind == "strong"
        and _IS_BEFORE_NAME.search(text, max(0, mark.start - 40), mark.start) is not None
        and _IF_AFTER_NAME.match(text, mark.end) is not None
        and 0 < len(name.split()) <= MAX_INTRODUCED_WORDS
        and name.split()[0].casefold() not in STOPWORDS
    )


_IS_BEFORE_NAME = re.compile(r"\b(?:is|are)\s+(?:(?:said\s+to\s+be|called)\s+)?(?:an?\s+)?$")
_IF_AFTER_NAME = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:if|iff|when|whenever)\s")


def _named_as_predicate(text: str, mark: Mark) -> bool:
    name = text[mark.start : mark.end].strip()
    subject = _SUBJECT_IS.search(text, 0, mark.start)
    return (
        mark.kind == "em"
        and subject is not None
        # "Every group of 3 bases": what is counted names the subject, not the count.
        and _QUANTIFIER.sub("", subject.group(1)).split()[0].casefold() not in STOPWORDS
        and _PREDICATE_CLOSE.match(text, mark.end) is not None
        and len(name.split()) <= MAX_INTRODUCED_WORDS
        and _QUALITY.search(name.split()[-1]) is None
        and name.split()[0].casefold() not in STOPWORDS
        and CYRILLIC_LETTER.search(name) is None
    )


def called_bold(inline: Inline) -> Term | None:
    """A sentence that gives, in bold, the name of what it describes right after "called"
    or «под названием»: that name, with the sentence as its definition (a bullet or a
    paragraph that is this term's card; `introduced` finds such names in a card's text)."""
    text = inline.text
    for mark in inline.marks:
        if mark.kind not in ("strong", "code") or not (
            _CALLED_BEFORE.search(text[: mark.start]) or _closing_apposition(text, mark)
        ):
            continue
        name = obsidian.clean(text[mark.start : mark.end]).strip(" .,:;")
        if not name or len(name.split()) > MAX_CALLED_WORDS or name.casefold() in STOPWORDS:
            continue
        if mark.kind == "code" and _CODE_NAME.fullmatch(name) is None:
            continue  # "a flag called `--rm -it`": a command line, not a name
        said = next(s for start, end, s in sentences_of(text) if start <= mark.start < end)
        return Term(title=name, definition=obsidian.clean(" ".join(said.split())), strong=True)
    return None
