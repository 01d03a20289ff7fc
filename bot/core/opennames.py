"""Other names a card's own text gives it as it opens: its name's other form in brackets
("Финализатор (finalizer / destructor) ..."), the name after a heading's label, "also known
as", the words of a short name in quotes ("\"Cosmic microwave background\". ..."), and the
words naming a sign of formulas ("H_1 - альтернативная гипотеза")."""

from __future__ import annotations

import re

from bot.core import abbreviations, altnames, blocks
from bot.core.text import STOPWORDS, fold


def initials_spell(short: str, name: str) -> bool:
    """ "YAGNI" over "You are not gonna need it": the letters of a short name in capitals
    open, in order, the words of the longer one's first part (a word more or two allowed)."""
    if not re.fullmatch(r"[A-ZА-ЯЁ]{2,6}", short):
        return False
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", name.split(" / ")[0].casefold()))
    letters = iter(initials)
    return (
        initials[:1] == short[0].casefold()
        and len(initials) <= len(short) + MAX_SPELLED_EXTRA_WORDS
        and all(ch in letters for ch in short.casefold())
    )


MAX_SPELLED_EXTRA_WORDS = 2


def bracketed_name(title: str, text: str) -> tuple[str, ...]:
    """The other names in brackets right after `title` opening `text`, if it opens so (one
    thing of a plural title: "## Финализаторы" / "Финализатор (finalizer / destructor) ...")."""
    article = OPENING_ARTICLE.match(text)
    if article is not None and not OPENING_ARTICLE.match(title):
        # "The DOM (Document Object Model) is ...": the card's name after its article.
        return bracketed_name(title, text[article.end() :])
    said = len(title)
    if not text.casefold().startswith(title.casefold()):
        one = _PLURAL_END.sub("", title)
        if one == title or not text.casefold().startswith(one.casefold()):
            return ()
        said = len(one)
    bracket = _OPENING_BRACKET.match(text, said)
    if bracket is None:
        return ()
    return altnames.split_aliases(f"{text[:said]} ({bracket.group(1)})")[1]


def named_before(title: str, text: str) -> tuple[str, ...]:
    """ "# Бинарное дерево" / "Двоичное дерево (Бинарное дерево) - иерархическая ...": the
    text opens with another name of the card, its own name in the brackets after it."""
    opening = _NAME_BEFORE_BRACKET.match(text)
    if opening is None:
        return ()
    other = OPENING_ARTICLE.sub("", opening.group(1).strip(), count=1)
    bracket = opening.group(2)
    said = {
        blocks.name_key(n) for n in (bracket, *altnames.split_aliases(f"{other} ({bracket})")[1])
    }
    if blocks.name_key(title) not in said or blocks.name_key(other) == blocks.name_key(title):
        return ()
    return (other,)


_NAME_BEFORE_BRACKET = re.compile(
    r"([^\W\d_][^()\n.,:;—–]{1,50}?)\s*\(([^()]{2,60})\)\s*(?:[—–-]|это\b|is\b)"
)


OPENING_ARTICLE = re.compile(r"(?:The|An?)\s+(?=\S)")
_PLURAL_END = re.compile(r"(?<=[^\W\d_]{4})(?:ы|и|s)$")


def label_named(title: str, text: str) -> tuple[str, ...]:
    """ "## Clinical pearl: FTY20" / "FTY20 inhibits immune response ...": the name after a
    heading's label, when the text goes on to say what that name is or does."""
    named = title.partition(":")[2].strip()
    if not named or not text.casefold().startswith(named.casefold()):
        return ()
    after = text[len(named) : len(named) + 1]
    return () if after.isalnum() else (named,)


def said_with_title(title: str, text: str) -> tuple[str, ...]:
    """ "In computer science, a binary search tree (BST), ...", "a hash table, also known as
    hash map or dictionary, is ...": the card's own name in its first sentence, followed by
    its letters or by the other names it is known by."""
    first = text.split(". ", 1)[0]
    at = first.casefold().find(title.casefold())
    if at < 0 or not title.strip():
        return ()
    after = first[at + len(title) :]
    out: list[str] = []
    letters = abbreviations.LETTERS_AFTER.match(after.lstrip())
    if letters is not None and abbreviations.stands_for(letters.group(1), title):
        out.append(letters.group(1))
        after = after.lstrip()[letters.end() :]
    # "Полярные мезоциклоны (в синоптической практике также известные как полярные
    # минимумы, *polar lows* или ...)": the names in brackets after the remark.
    known = _KNOWN_AS.match(after) or _BRACKET_KNOWN_AS.match(after)
    if known is not None:
        out.extend(
            n
            for n in (p.strip() for p in _NAME_LIST.split(known.group(1)))
            if 0 < len(n.split()) <= MAX_KNOWN_AS_WORDS
        )
    return tuple(out)


def quoted_expansion(title: str, text: str) -> tuple[str, ...]:
    """ "## FRB" / "\"Fast radio burst\". A transient radio pulse ...": a short name's words
    in quotes opening its definition."""
    quoted = _OPENING_QUOTE.match(text)
    if quoted is None or not initials_spell(title, quoted.group(1)):
        return ()
    return (quoted.group(1).strip(),)


def sign_meaning(title: str, text: str) -> tuple[str, ...]:
    """ "H_1 - альтернативная или конкурирующая гипотеза (предположение ...)", "f(x,y) -
    двумерная (совместная) плотность распределения": a sign of formulas named by the words
    after it. Those words are its names; one in brackets stands for the word before it."""
    sign = title.strip()
    if _WORD_LETTERS.search(sign) or not (len(sign) == 1 or _FORMULA_SIGN.search(sign)):
        return ()  # "PV" (a name's letters), not a letter of formulas
    said = _BRACKETED.sub(" ", text)
    phrase = " ".join(_CLAUSE_END.split(said, maxsplit=1)[0].split()).rstrip(".")
    named = phrase.split()
    if not 2 <= len(named) <= MAX_SIGN_NAME_WORDS or not _WORD_LETTERS.match(named[0]):
        return ()
    if fold(named[0]) in STOPWORDS or not all(_WORD_LETTERS.search(w) for w in named):
        return ()
    out = [phrase]
    # "двумерная (совместная) плотность": "совместная плотность" too.
    other = _OTHER_WORD.match(text.strip())
    if other is not None and len(other.group(1).split()) == 1:
        out.append(" ".join([other.group(1), *named[1:]]))
    return tuple(out)


_FORMULA_SIGN = re.compile(r"[_^(){}=,\u0370-\u03ff]")
_WORD_LETTERS = re.compile(r"[^\W\d_]{3}")
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_CLAUSE_END = re.compile(r",\s|;|:|\s[-—–]\s|\.\s|\(")
_OTHER_WORD = re.compile(r"^[^\W\d_]+\s+\(([^()]{3,30})\)")
MAX_SIGN_NAME_WORDS = 7


_OPENING_QUOTE = re.compile(r"[\"“«']([^\"”»'.]{4,80})[\"”»']\s*(?:[.,:;—–-]|$)")


_KNOWN_AS = re.compile(
    r",?\s*(?:also\s+known\s+as|a\.k\.a\.|aka|также\s+известн\w*\s+как)\s+"
    r"([^,.;()]{2,80}?)\s*(?:[,.;()]|$)",
    re.I,
)
_BRACKET_KNOWN_AS = re.compile(
    r"\s*\((?:[^()]{0,40}?\s)?(?:also\s+known\s+as|a\.k\.a\.|aka|также\s+известн\w*\s+как"
    r"|также\s+называем\w*|иначе)\s+([^()]{2,120})\)",
    re.I,
)
_NAME_LIST = re.compile(r",\s*|\s+(?:or|или)\s+")
MAX_KNOWN_AS_WORDS = 4


# "# Monounsaturated fats" / "aka MUFA", "Also known as a subsidiary ledger.": a line of
# its own giving the other names the heading's thing goes by.
_KNOWN_AS_LINE = re.compile(
    r"(?:aka|a\.k\.a\.?|also\s+known\s+as|also\s+called|он\s+же|она\s+же|оно\s+же|"
    r"также\s+известн\w*\s+как)[:\s]\s*(?:(?:a|an|the)\s+)?([^.;:!?()\n]{2,80}?)\.?",
    re.I,
)


def known_as_line(text: str) -> tuple[str, ...]:
    """The names a line saying only "aka X" / "also known as X or Y" gives (none unless the
    line is all that)."""
    found = _KNOWN_AS_LINE.fullmatch(text.strip())
    if found is None:
        return ()
    names = [n.strip(" \"'«»“”") for n in _NAME_LIST.split(found.group(1))]
    if not names or not all(0 < len(n.split()) <= MAX_KNOWN_AS_WORDS for n in names):
        return ()
    return tuple(names)


_OPENING_BRACKET = re.compile(r"\s*\(([^()]{2,60})\)")


def within_title(title: str) -> tuple[str, ...]:
    """The name a card's title holds with words around it: "kristallnacht 1938" and
    "korean war 1950-53" without their dates, the quoted '"FLYING CASH" started in tang
    dynasty', "А как же сортировка подсчетом" without its "what about", and
    "Рентабельность = прибыль/затраты" without its formula."""
    out = []
    said = title.strip()
    # "Travis Hirschi's Social Bonding Theory 1969", "Containment Theory - Walter Reckless":
    # a theory named with its author; the theory's own name is the card's too.
    owned = _AUTHORED.fullmatch(said) or _BY_AUTHOR.fullmatch(said)
    if owned is not None:
        said = owned.group(1).strip()
        out.append(said)
    for pattern in (_DATED, _QUOTED_LEAD, _WHAT_ABOUT, _EQUALS):
        found = pattern.fullmatch(said)
        if found is not None and _WORD_LETTERS.search(found.group(1)):
            name = found.group(1).strip()
            out.append(name[:1].upper() + name[1:] if pattern is _WHAT_ABOUT else name)
    return tuple(out)


# A theory's own name: two words or more, ending in the kind of idea it is.
_THEORY = (
    r"([A-Z][\w-]*(?:\s+[\w-]+){0,4}\s+(?:[Tt]heory|[Mm]odel|[Hh]ypothesis|[Pp]rinciple|"
    r"[Ee]ffect|[Pp]aradox|[Ff]ramework|[Pp]erspective|[Hh]ierarchy|[Tt]heories))"
)
# "Sutherland's Differential Association Theory", "Ronald Akers' Social Learning Theory":
# a person's name in the possessive, then the theory.
_AUTHORED = re.compile(
    r"(?:[A-Z][a-z]+\.?\s+){0,2}[A-Z][a-z]+(?:['’]s|s['’])\s+" + _THEORY + r"(?:\s+\d{4})?"
)
# "Containment Theory - Walter Reckless": the theory, then its author.
_BY_AUTHOR = re.compile(_THEORY + r"\s+[-–—]\s+(?:[A-Z][a-z]+\.?\s+){1,2}[A-Z][a-z]+")


_DATED = re.compile(r"(\D+?)\s+\(?(?:c\.\s*)?(?:1\d|20)\d\d(?:\s*[-–]\s*\d{2,4})?s?\)?")
_QUOTED_LEAD = re.compile(r"[\"“«]([^\"”»]{3,60})[\"”»]\s+[^\W\d_].*")
_EQUALS = re.compile(r"([^\W\d_][^\W\d_ -]*(?:[ -][^\W\d_]+){0,3})\s*=\s*\S.*")
_WHAT_ABOUT = re.compile(
    r"(?:а\s+как\s+же|а\s+что\s+(?:насч[её]т|же|с)|what\s+about|how\s+about)\s+(.+?)\s*\??",
    re.I,
)


def eponym(text: str) -> tuple[str, ...]:
    """ "Гидратация - реакция Кучерова, кат HgSO4": a definition opening with a thing named
    after a person ("реакция Кучерова", "правило Марковникова") gives the card that name."""
    found = _EPONYM.match(text.strip())
    return (found.group(1),) if found is not None else ()


_EPONYM = re.compile(altnames.EPONYM.pattern + r"(?=\s*(?:$|[,;.(:]|\s[-—–]\s))")
