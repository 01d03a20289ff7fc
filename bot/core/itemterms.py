"""The term one list entry names, read from the entry alone: a bold name over its
explanation (`**Singleton**`), a numbered entry with its dash (`1. Фрагментация - разбиение
…`), a sentence saying what a name is (`Docker is a ...`, `Кортеж представляет собой ...`),
a kind of thing and its Latin name (`Метод `map()` возвращает ...`), a metric's name over its
formula, a bold or italic name opening the sentence about it, and a name on a line of its own
over its text. Whether a whole list reads so is decided in `items`."""

from __future__ import annotations

import re

from bot.core import altnames, blocks, copulas, labels, obsidian, paraheads, termmarks, terms
from bot.core.markdown import Inline, Mark
from bot.core.termmarks import Term
from bot.core.text import STOPWORDS

MAX_ITEM_NAME_WORDS = 5  # "Подуровень управления логическим каналом (LLC):" names its items
MAX_ENTRY_NAME_WORDS = 4  # "1. Фрагментация - разбиение …": a numbered entry naming a term


def bold_head_term(inline: Inline) -> Term | None:
    """ "- **Singleton**" with its explanation on the item's next line: a term."""
    found = paraheads.bold_head(inline)
    return Term(title=found[0], definition=found[1], strong=True) if found else None


def named_entry(term: Term, inline: Inline, numbered: bool = False) -> bool:
    """`1. Фрагментация - разбиение IP-пакета …` in an outline of numbered points: a term,
    where `2. Перечитать конфиги: …` or `1. Установить пакет - …` is a step."""
    if _IDENTIFIER_NAME.match(term.title.strip()) and _says_what(term.definition):
        # "2. justify-items: This property is used to align items ...": a property's name,
        # then what it is.
        return True
    # "3. collision resistance: rather than starting from ... , this property is concerned
    # with ...": a name in small letters, a colon, then a sentence or more about it.
    # A bullet's "аналогию: образ — это ..." is a remark on the card above.
    explained = (
        numbered
        and term.title[:1].islower()
        and len(term.definition.split()) >= MIN_EXPLAINED_ENTRY_WORDS
    )
    return (
        (
            termmarks.dash_separated(inline)
            or explained
            or (not numbered and glossed_with_colon(term))
        )
        # "Бухгалтерская проводка (бухгалтерская запись) (Journal entry)": its brackets aside.
        and len((altnames.split_aliases(term.title)[0] or term.title).split())
        <= MAX_ENTRY_NAME_WORDS
        and labels.names_thing(term.title)
    )


MIN_EXPLAINED_ENTRY_WORDS = 8
# "Poka-yoke", "Clinical pearl", "Единица трансляции", a method "ensureActive()": words
# alone, up to three, no signs or letters of a formula.
PLAIN_NAME = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+){0,2}(?:\(\))?")


def glossed_with_colon(term: Term) -> bool:
    """`- Lissencephaly: smooth brain, no gyri or sulci` among remarks: a name, a colon,
    then a phrase in small letters that says what it is (a label's remark goes on as a
    sentence of its own: "Mechanism: Growth cone ...")."""
    said = term.definition.strip()
    return (
        len(said.split()) >= MIN_COLON_GLOSS_WORDS
        and said[:1].islower()
        # "аналогию: образ — это инсталлятор программы": a remark saying what another is.
        and _DEFINES_ANOTHER.search(said) is None
        and len(term.title.split()) <= MAX_COLON_NAME_WORDS
    )


MIN_COLON_GLOSS_WORDS = 3
_DEFINES_ANOTHER = re.compile(r"\s[—–-]\s|\bэто\b", re.I)
MAX_COLON_NAME_WORDS = 3


# "justify-items", "max_connections", "os.path": a name code uses, not a step's words.
_IDENTIFIER_NAME = re.compile(r"^[A-Za-z@][\w@]*(?:[-_.][\w@]+)+(?:\(\))?$")


def _says_what(definition: str) -> bool:
    first = definition.split(maxsplit=1)[0].strip(",.").casefold() if definition.split() else ""
    return first in ("this", "it", "это", "он", "она") or labels.speaks_of_heading(definition)


_COPULA = re.compile(
    r"^(?:(?:A|An|The) )?([A-Z][\w.+#/-]*(?: [A-Z][\w.+#/-]*){0,2})"
    r" (?:is|are) (?:a|an|the) (\S.*)$",
    re.S,
)
# "- A polypeptide is a polymer of amino acids": after "A", a name in lower case too.
_ARTICLE_COPULA = re.compile(
    r"^(?:A|An) ([a-z][\w-]*(?: [a-z][\w-]*){0,2}) "
    # "- A hot upgrade a kind of deployment that ...": the kind, its verb left out.
    r"(?:(?:is|are) (?:a|an|the)|an? (?:kind|type|form|sort) of) (\S.*)$",
    re.S,
)
# "* Residual volume is the amount of air left ...", "* The tidal volume is the normal ...",
# "* *Hyperpolarization* is when the resting potential ...": among other bullets, a name
# written as a sentence begins, then what it is.
_SENTENCE_CASE_COPULA = re.compile(
    r"^(?:(?:A|An|The) (?=[a-z])|(?=[A-Z][a-z]))([A-Za-z][\w-]*(?: [a-z][\w-]*){0,3}) "
    r"(?:is|are) (?:defined as )?(?:a|an|the|when) "
    r"(\S.*)$",
    re.S,
)
# "- Ковариантность означает, что метод может ...", "- Кортеж представляет собой ...": a
# noun (and up to two words after it), then the verb saying what it is.
_RUSSIAN_COPULA = re.compile(
    r"^((?![А-ЯЁа-яё-]*(?:ой|ей|ым|им|ами|ями)\b)[А-ЯЁ][а-яё-]{3,}"
    r"(?: (?!не\b)(?![а-яё-]*(?:ой|ей|ым|им|ами|ями)\b)[а-яё-]+){0,2})"
    r" (?:означает|означают|является|являются|"
    r"представляет собой|представляют собой),? (\S.*)$",
    re.S,
)
_PRONOUNS = frozenset("this that it there here which what he she they these those each".split())  # noqa: SIM905 - a word list reads best as text


def copula_term(inline: Inline, among_others: bool = False) -> Term | None:
    """ "- LVM is the Logical Volume Manager ...": a name, then what it is. Among other
    bullets, "- A polypeptide is a polymer ..." too; a bullet alone states its note's own
    subject ("• An embedded system is ..." in Embedded Computers.md)."""
    text = blocks.visible(inline).strip()
    found = _copula(text, among_others)
    said = found.group(0) if found is not None else text
    if found is None and any(m.math for m in inline.marks) and not _ARTICLE.match(text):
        # "* Minute ventilation $\dot V_E = V_T f$ is the volume of gas ...": the formula
        # between the name and its verb is the name's symbol ("The vector $y$ is ..." is
        # one vector, no name).
        found = _copula(_without_math(inline), among_others)
    if (
        found is None
        or found.group(1).casefold() in _PRONOUNS
        or any(w.casefold() in STOPWORDS for w in found.group(1).split())
    ):
        return None
    return Term(title=found.group(1), definition=said, strong=False)


_ARTICLE = re.compile(r"(?:a|an|the)\s", re.I)


def _copula(text: str, among_others: bool) -> re.Match[str] | None:
    return _COPULA.match(text) or (
        (
            _ARTICLE_COPULA.match(text)
            or _RUSSIAN_COPULA.match(text)
            or _SENTENCE_CASE_COPULA.match(text)
        )
        if among_others
        else None
    )


def _without_math(inline: Inline) -> str:
    """The inline's text with its formulas left out."""
    text, at = [], 0
    for mark in sorted((m for m in inline.marks if m.math), key=lambda m: m.start):
        text.append(inline.text[at : mark.start])
        at = max(at, mark.end)
    text.append(inline.text[at:])
    return " ".join("".join(text).split())


# "Модуль SpEL обеспечивает язык выражений", "Метод `map()` возвращает новый массив",
# "Статический метод Copy() копирует ...": what kind of thing (after an adjective), its
# Latin name, then what it does.
_KIND_LED = re.compile(
    r"^(?:[А-ЯЁа-яё]+(?:ый|ий|ой|ая|ое|ые)[ \t]+)?([А-ЯЁа-яё]+)[ \t]+"
    r"`?([A-Za-z@][\w.@:<>-]*(?:\(\))?)`?[ \t]+([а-яё]+)(?=[\s,])"
)


DOES = re.compile(r"^[а-яё]{3,}(?:ет|ит|ют|ят)(?:ся)?$")  # "выводит", "меняет", "хранится"


def kind_led(inline: Inline) -> Term | None:
    """An item naming what kind of thing it speaks of and its Latin name, then saying what
    it does: a term of that name."""
    text = obsidian.clean(blocks.visible(inline)).strip()
    found = _KIND_LED.match(text)
    if found is None:
        return None
    kind, name, verb = found.groups()
    if kind.casefold() not in labels.KIND_WORDS or not (
        DOES.match(verb) or verb in labels.RUSSIAN_LEADS
    ):
        return None
    return Term(title=name, definition=text, strong=False)


def dotted_name(inline: Inline) -> Term | None:
    """ "+ Keynesian multiplier effect. suggests that initial fiscal stimulus ...": a short
    name closed by a full stop, then, in small letters, what it does."""
    text = obsidian.clean(blocks.visible(inline)).strip()
    found = _DOTTED_NAME.match(text)
    if found is None:
        return None
    name, rest = found.group(1), text[found.end() :]
    if (
        not _says_what_it_does(rest)
        or name.split()[0].casefold() in STOPWORDS
        or not labels.names_thing(name)
    ):
        return None
    return Term(title=name, definition=rest, strong=False)


_DOTTED_NAME = re.compile(r"^([A-Z][\w'-]+(?: [\w'-]+){0,3})\. (?=[a-z])")


def formula_named(inline: Inline) -> Term | None:
    """ "- Stickiness ratio = DAU/MAU", "- CTR = clicks / impressions": a metric's name, an
    equals sign and how it is computed, on one line."""
    text = obsidian.clean(blocks.visible(inline)).strip()
    found = _FORMULA_NAMED.match(text)
    if found is None:
        return None
    name = found.group(1)
    # "x = 5", "result = f(y)": a variable, not a name.
    if " " not in name and not name.isupper():
        return None
    return Term(title=name, definition=text, strong=False)


_FORMULA_NAMED = re.compile(r"^([A-ZА-ЯЁ][\w-]*(?: [\w-]+){0,3})\s+=\s+(?=\S)[^=\n]{1,80}[\w)]$")


MIN_LED_NAME = 2
# "- **Always** use HTTPS", "- **Никогда** не храните пароли": stress, not a name.
_STRESSED_WORDS = frozenset(
    """always never only avoid prefer use do don't dont must should not no yes also tip
    всегда никогда только не нельзя можно нужно избегайте используйте да нет также совет""".split()  # noqa: SIM905 - a word list reads best as text
)


def bold_led(inline: Inline, stressed: bool = False) -> Term | None:
    """ "- **Packet Filtering** blocks traffic by port": a short bold name opening the
    sentence that says what it does (with `stressed`, an italic name too)."""
    text, first = copulas.opening_mark(inline)
    # "- The **weighted mean** accounts for the weight of each value": a sentence about the
    # name the article opens; the sentence whole says what it is.
    sentence = first is None and (first := article_led(inline)) is not None
    if sentence and reads_a_value(inline):
        return None  # "The **median** is 24.0, meaning ...": a worked example's reading
    if first is None or first.kind not in ("strong", "code", *(("em",) if stressed else ())):
        return None
    name = obsidian.clean(text[first.start : first.end]).strip(" :")
    rest = text[first.end :].strip()
    if first.kind == "code" and (name.startswith("-") or not _says_what_it_does(rest)):
        # "- `localStorage` does the same thing, but persists ...": code names a thing only
        # when a verb says what it does ("- `-f` force" is a flag, "`x` = 1" an example).
        return None
    if rest.startswith(". "):
        rest = rest[2:].lstrip()  # "**RMSE**. MSE плохо интерпретируем, поэтому ..."
    if (
        len(name) < MIN_LED_NAME
        or not rest
        or len(name.split()) > MAX_ITEM_NAME_WORDS
        or name.casefold() in _STRESSED_WORDS
        or labels.is_section_word(name)
        or not (rest[0].isalpha() or rest[0] in "`(")
    ):
        return None
    if _BRACKETED.fullmatch(rest):
        rest = rest[1:-1].strip()  # "- **Anergy** (peripheral inactivation by ...)"
    definition = obsidian.clean(text).strip() if sentence else rest
    return Term(title=name, definition=definition, strong=True)


_BRACKETED = re.compile(r"\([^()]*\)")
_LEADING_ARTICLE = re.compile(r"\s*(?:The|An?)\s+")


def article_led(inline: Inline) -> Mark | None:
    """The bold name right after an opening article ("The **weighted mean** ..."): a sentence
    about the thing it names, as a glossary writes it."""
    article = _LEADING_ARTICLE.match(inline.text)
    if article is None or inline.text[article.end() : article.end() + 1].isdigit():
        return None  # "A **1992 Swedish study** reported ...": an example, not a name
    return next((m for m in inline.marks if m.start == article.end() and m.kind == "strong"), None)


# "The **median** is 24.0, meaning ...", "The **minimum value** in the dataset is about 15":
# a value read off a worked example, not what the thing is.
_READING = re.compile(
    r"^(?:[\w-]+\s+){0,4}?(?:is|are|was|were|equals?)\s+(?:about|around|approximately|"
    r"roughly|nearly|only|just)?\s*[-−$\\(]?\d"
)


def reads_a_value(inline: Inline) -> bool:
    """An entry opening with an article and a bold name, then the value it has here."""
    first = article_led(inline)
    return first is not None and bool(_READING.match(inline.text[first.end :].strip()))


def _says_what_it_does(rest: str) -> bool:
    """ "maintains a separate storage area", "выводит список файлов": a verb saying what it
    does, then at least two more words."""
    said = rest.split()
    return len(said) >= MIN_DOES_WORDS and bool(
        DOES.match(said[0]) or _ENGLISH_DOES.match(said[0])
    )


_ENGLISH_DOES = re.compile(r"^[a-z]{2,}(?<!s)s$")  # "maintains", "returns", "does"
MIN_DOES_WORDS = 3


def line_head(inline: Inline) -> Term | None:
    """ "5. Ring Hash" with what it does on the item's next line: a name over its text."""
    lines = blocks.split_lines(inline)
    if len(lines) < 2:  # a name line and at least one more
        return None
    name = obsidian.clean(blocks.visible(lines[0][1])).strip()
    rest = " ".join(blocks.visible(line) for _, line in lines[1:]).strip()
    label, colon, said = rest.partition(":")
    if colon and label.strip().casefold() in labels.DEFINING_LABELS and said.strip():
        rest = said.strip()  # "Определение: Подход, при котором ..."
    if (
        not name
        or not rest
        # "Round Robin (по умолчанию в Envoy)": a remark in brackets is no part of the name.
        or len(REMARK.sub(" ", name).split()) > MAX_ITEM_NAME_WORDS
        or name.endswith((".", ":", ",", ";", "!", "?"))
        or labels.is_section_word(name)
    ):
        return None
    return Term(title=name, definition=rest, strong=True)


REMARK = re.compile(r"\([^()]*\)")


def first_line_term(inline: Inline) -> bool:
    """The item's first line is a `Term — def` of its own, not a name over the lines below."""
    lines = blocks.split_lines(inline)
    return bool(lines) and terms.term_of(lines[0][1], top=True) is not None


def dash_slip(inline: Inline) -> Term | None:
    """ "- **bracts** brightly colored leaves surround ...", among "- **Spine** - ..." entries:
    the name, then what it is with the dash left out. A sentence the name begins ("**State**
    is an important actor", "**Reinfection** with the same pathogen", "**Credibility** can
    be ...") or a remark in brackets goes on from the name: no definition."""
    term = bold_led(inline)
    text, first = copulas.opening_mark(inline)
    if (
        term is None
        or first is None
        or not term.definition[:1].islower()
        or text[first.end :].lstrip().startswith("(")
    ):
        return None
    said = term.definition.split()[0].casefold()
    if (
        said in STOPWORDS
        or said.endswith("ing")
        or DOES.match(said)
        or _ENGLISH_DOES.match(said)
        or said in _GOES_ON_WORDS
    ):
        return None
    return term


_GOES_ON_WORDS = frozenset({"can", "may", "must", "will", "shall", "might", "has", "have", "due"})


def stressed_led(inline: Inline) -> Term | None:
    """ "- *Anergy* (peripheral inactivation by signaling ...)": an entry opening with an
    italic name, then what it is ("- *pervasive* in that it occurs ..." says why)."""
    term = bold_led(inline, stressed=True)
    return None if term is None or _GOES_ON.match(term.definition) else term


_GOES_ON = re.compile(r"(?:in\s+that|because|since|as|when|if|so|but|and|or)\b", re.I)


def italic_led(inline: Inline) -> Term | None:
    """ "- *Saltatory* signals travel in big leaps ...", "- *Phasic* receptors are rapidly
    adapting": a bullet among others opening with a name in italics and going on as a
    sentence about it introduces that name; the whole sentence says what it is."""
    _, first = copulas.opening_mark(inline)
    term = stressed_led(inline) if first is not None and first.kind == "em" else None
    if (
        term is None
        or not term.definition[:1].islower()
        or len(term.definition.split()) < MIN_ITALIC_SENTENCE_WORDS
        or len(term.title.split()) > MAX_ITALIC_NAME_WORDS
        or not labels.names_thing(term.title)
    ):
        return None
    return Term(title=term.title, definition=blocks.visible(inline).strip(), strong=False)


MAX_ITALIC_NAME_WORDS = 3
MIN_ITALIC_SENTENCE_WORDS = 3  # "signals travel instead ...": more than a remark's word or two
