"""Terms a sentence states without a separator between name and definition: a bold name
and "is"/"является" or what it does ("**Owner** is something that ..."), a name that "is a
technique that ..." or "это такое ..., которое ...", and a statement closed by the bold
name it goes by ("... (**Threshold hypothesis**)")."""

from __future__ import annotations

import re

from bot.core.markdown import Inline, Mark
from bot.core.obsidian import clean
from bot.core.termmarks import Term
from bot.core.terms import (
    MAX_SIGN,
    MAX_SYMBOL,
    NOT_TERM_STARTS,
    named_after_dash,
)
from bot.core.text import STOPWORDS

# "**Owner** is something that ...", "**Move** this refers to ...", "**Образ** является ...":
# a bold name opening a paragraph that says what it is, with no dash between them.
_COPULA_AFTER_NAME = re.compile(
    r"^(?:(?:this|it)[ \t]+)?(?:is|are|refers[ \t]+to|means|denotes|stands[ \t]+for|"
    r"является|являются|означает|называется)[ \t]+(?=\w|[`(«\"])",
    re.I,
)
MAX_COPULA_NAME_WORDS = 4
_STRESSED_COPULA = re.compile(
    r"(?:is|are)\s+(?:an?|the)\s+\w|(?:refers\s+to|denotes|является|являются)\s+\w", re.I
)
# "**Reg NMS** (US) requires brokers to ...", "**Death receptors** (...) have ...": a bold
# subject, perhaps an aside, then what it does.
_SUBJECT_ASIDE = re.compile(r"^\([^()]{0,80}\)[ \t]+")
_DOES_AFTER_NAME = re.compile(
    r"^(?:[a-z]{2,}(?<!s)s|are|have|can|will|may|must|"
    r"[а-яё]{3,}(?:ет|ит|ют|ят|ут|ат)(?:ся)?),?[ \t]+(?=\w|[`(«\"])"
)
MIN_SUBJECT_CHARS = 2


def opening_mark(inline: Inline) -> tuple[str, Mark | None]:
    """The text on one line, and the mark (bold, code, ...) the text opens with, if any."""
    text = inline.text.replace("\n", " ")
    lead = len(text) - len(text.lstrip())
    # "**_activation energy_**": bold and italic over one name open it as bold.
    first = min(
        (m for m in inline.marks if m.start <= lead),
        key=lambda m: (m.start, m.kind != "strong"),
        default=None,
    )
    return text, first


# "Back-face removal is a technique that skips ...", "In web development, hydration is a
# technique in which ...": a name, "is", and the kind of thing it is, then which one.
_GENUS_COPULA = re.compile(
    r"^(?:In\s[^,]{3,40},\s+)?(?:(?:[Aa]n?|[Tt]he)\s+)?([^\W\d][\w'’-]*(?:\s[\w'’-]+){0,3}?)"
    r"\s+(?:is|are)\s+(?:an?|the)\s+(?:\w+\s+)?(?:technique|process|method|mechanism|"
    r"procedure|practice|algorithm|approach|strategy)s?\s+"
    r"(?:that|which|in\s+which|by\s+which|of|for|used|where|whereby|to)\b"
)


# "Алгоритм это строгое предписание, описывающее ...", "СКНФ это такая КНФ, в которой
# ...", "Epic - это глобальная задача, ...": a name, "это" (a dash before it or not), and
# the kind of thing with what sets it apart (not "Главное это понять, что ...", "Docker это
# удобно, потому что ...").
_RUSSIAN_GENUS = re.compile(
    r"^([A-ZА-ЯЁ][\w'’-]*(?:\s[\w'’-]+){0,2}?)\s+(?:[—–-]\s+)?это\s+(?:так(?:ой|ая|ое|ие)\s+)?"
    r"(?!\w+(?:ть|ться|ти)\b)((?:[а-яёa-z-]+\s+){0,2}[а-яёa-z-]+)"
    r"(?:,|\s+(?:котор|в\s+котор|при\s+котор|для\s|из\s))",
    re.I,
)


def _russian_genus(text: str) -> re.Match[str] | None:
    """ "Алгоритм это строгое предписание, ...": not when the one word after "это" is an
    adverb ("удобно")."""
    found = _RUSSIAN_GENUS.match(text)
    kind = found.group(2) if found is not None else ""
    return None if found is None or (" " not in kind and kind.endswith("о")) else found


def genus_copula(inline: Inline) -> Term | None:
    """A plain paragraph saying what kind of technique or process a name is: that name, the
    sentence its definition."""
    text = " ".join(clean(inline.text).split())
    found = _GENUS_COPULA.match(text) or _russian_genus(text)
    if found is None:
        return None
    name = found.group(1)
    if name.casefold() in STOPWORDS or name.split()[0].casefold() in NOT_TERM_STARTS:
        return None
    if _SUBSTANTIVE.fullmatch(name) is not None:
        return None  # "Последнее — это SIGSEGV, ...": which one of those above, no name
    return Term(title=name, definition=text, strong=False)


# "Последнее", "Главное", "Основные": an adjective standing for a noun said before.
_SUBSTANTIVE = re.compile(r"[А-ЯЁ][а-яё]+(?:ое|ее|ие|ые)")


def bold_copula(inline: Inline, does: bool = True) -> Term | None:
    """A paragraph opening with a bold or code name followed by "is"/"является" and what
    it is, or (with `does`) a bold name (and an aside) followed by what it does: that name
    and the whole sentence as its definition."""
    text, first = opening_mark(inline)
    if first is None:
        first = _after_article(inline, text)
    if first is None or first.end <= first.start:
        return None
    name = clean(text[first.start : first.end]).strip(" :")
    rest = text[first.end :].strip()
    # "*MHC restriction* is the dependence of the TCR on ...": italics open a sentence
    # saying what the thing is, where "*Always* check ..." only stresses.
    if first.kind not in ("strong", "code") and not (
        first.kind == "em" and _STRESSED_COPULA.match(rest)
    ):
        return None
    lettered = _letter_named(inline, text, first)
    if lettered is not None:
        return lettered
    # "**Изотонический коэффициент** $i$ показывает, во сколько раз ...": the letter
    # formulas write it with, between the name and what it does.
    sign = next((m for m in inline.marks if m.math and m.start >= first.end), None)
    if (
        sign is not None
        and not text[first.end : sign.start].strip()
        and sign.end - sign.start <= MAX_SIGN
    ):
        rest = text[sign.end :].strip()
    said = _COPULA_AFTER_NAME.match(rest) is not None or (
        does and first.kind == "strong" and len(name) >= MIN_SUBJECT_CHARS and _does(rest)
    )
    if (
        not said
        or not name
        or not any(c.isalpha() for c in name)
        or len(name.split()) > MAX_COPULA_NAME_WORDS
        or name.casefold() in STOPWORDS
    ):
        return None
    sentence = f"{text[: first.start].strip()} {name} {text[first.end :].strip()}".strip()
    return Term(title=name, definition=sentence, strong=True)


# "A `<NavLink>` is a special kind of ...": an article before a name in code (a bold name
# after an article is the sentence's own, `namings.introduced` finds it).
_ARTICLE = re.compile(r"\s*(?:An?|The)[ \t]+")


def _after_article(inline: Inline, text: str) -> Mark | None:
    """The code span right after the article a paragraph opens with, if it is so."""
    article = _ARTICLE.match(text)
    if article is None:
        return None
    return next(
        (m for m in inline.marks if m.start == article.end() and m.kind == "code" and not m.math),
        None,
    )


def _letter_named(inline: Inline, text: str, first: Mark) -> Term | None:
    """ "$c$ is the **marginal propensity to consume**, ...": a formula's letter, then the
    bold name of what it stands for. The name is the term, the letter its other name."""
    if not first.math:
        return None
    article = _LETTER_IS.match(text, first.end)
    named = next((m for m in inline.marks if m.kind == "strong" and m.start > first.end), None)
    if article is None or named is None or named.start != article.end():
        return None
    name = clean(text[named.start : named.end]).strip(" .,:")
    if not name or len(name.split()) > MAX_COPULA_NAME_WORDS + 2:
        return None
    if first.end - first.start > MAX_SYMBOL:
        # "$f(a,b)$ is a <u>local max</u> of $f$ if ...": a formula meeting a condition
        # defines the name; it is no letter the name goes by.
        return (
            Term(title=name, definition=clean(text).strip(), strong=True)
            if _CONDITION.search(text, named.end)
            else None
        )
    symbol = clean(text[first.start : first.end])
    return Term(title=f"{name} ({symbol})", definition=text.strip(), strong=True)


_CONDITION = re.compile(r"\b(?:if|iff|when|whenever|если)\b")


_LETTER_IS = re.compile(r"\s+(?:is|are|denotes)\s+(?:the|a|an)\s+|\s*(?:[—–-]\s*)?это\s+")


def _does(rest: str) -> bool:
    """What follows a bold name says what it is or does, after an aside perhaps."""
    aside = _SUBJECT_ASIDE.match(rest)
    after = rest[aside.end() :] if aside is not None else rest
    return _COPULA_AFTER_NAME.match(after) is not None or _DOES_AFTER_NAME.match(after) is not None


# "Cdk activity regulates the cell cycle (**Threshold hypothesis**)", "Сознание первично
# (**идеализм**).": a statement, then the bold name it goes by.
_NAME_AT_END = re.compile(
    r"^\s*(?P<said>.{20,}?)\s*\(\s*(?P<name>[^\W\d_][\w' -]{1,40})\s*\)\s*\.?\s*$"
)
MAX_NAMED_AT_END_WORDS = 3


def named_at_end(inline: Inline) -> Term | None:
    """A sentence that ends by naming, in bold and in brackets, what it states: that name,
    with the sentence as its definition."""
    text = inline.text.replace("\n", " ")
    last = max((m for m in inline.marks if m.kind == "strong"), key=lambda m: m.end, default=None)
    found = _NAME_AT_END.match(text)
    if found is None and last is not None:
        return named_after_dash(text, last)
    if found is None or last is None or clean(text[last.start : last.end]) != found["name"]:
        return None
    name = found["name"].strip()
    if len(name.split()) > MAX_NAMED_AT_END_WORDS or name.casefold() in STOPWORDS:
        return None
    return Term(title=name, definition=clean(found["said"]).rstrip(" ,;:"), strong=True)
