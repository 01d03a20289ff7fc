"""Where a line of notes splits into a name and what it says: the first separator (a dash,
a colon) outside brackets, quotes, bold and code, and a name marked in bold or code with its
other names and the bracket after it. `terms.py` decides which of those splits name a term.

Hand-written: these are conventions of how people write study notes, not Markdown syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.altnames import OTHER_NAME_WORDS, split_aliases
from bot.core.markdown import Inline
from bot.core.obsidian import clean

SEPARATORS = ("—", "–", "-", ":")


_OPENERS = {"(": ")", "[": "]", "{": "}", "«": "»", '"': '"', "“": "”", "'": "'"}


_SPECIAL = re.compile(r"""[()\[\]{}«»"“”'—–:-]""")


@dataclass(frozen=True, slots=True, kw_only=True)
class Term:
    title: str
    definition: str
    strong: bool  # bold or code: a deliberate term, valid below the top level too
    also: tuple[str, ...] = ()  # other names written beside it ("**PWM**, или **ШИМ** -- ...")

    def other_names(self) -> tuple[str, ...]:
        """The names written beside it, each with the names in its brackets."""
        found: list[str] = []
        for other in self.also:
            head, aliases, _ = split_aliases(other)
            found.extend((head, *aliases))
        return tuple(found)


def protected(inline: Inline) -> list[bool]:
    flags = [False] * len(inline.text)
    for mark in inline.marks:
        for i in range(max(0, mark.start), min(len(flags), mark.end)):
            flags[i] = True
    return flags


def find_separator(text: str, flags: list[bool], start: int) -> tuple[int, int] | None:
    """(position, length) of the first term separator outside brackets, quotes and marks."""
    depth: list[str] = []
    # Only brackets, quotes and separators change anything: visit just those characters.
    for m in _SPECIAL.finditer(text, start):
        i = m.start()
        ch = text[i]
        if flags[i]:
            continue
        if depth and ch == depth[-1]:
            depth.pop()
        elif ch in _OPENERS and not (ch in "'\"" and depth and depth[-1] == ch):
            if ch not in "'" or (i == 0 or not text[i - 1].isalnum()):
                depth.append(_OPENERS[ch])
        elif not depth and ch in SEPARATORS:
            found = _separator_at(text, i)
            if found:
                return i, found
    return None


def _separator_at(text: str, i: int) -> int:
    ch = text[i]
    if ch == ":":
        after = text[i + 1 : i + 2]
        return 1 if (after.isspace() or not after) and i > 0 else 0
    before = text[i - 1 : i]
    run = len(text[i:]) - len(text[i:].lstrip(ch))
    after = text[i + run : i + run + 1]
    if (
        ch == "-"
        and run == 1
        and (before.isalnum() or before == ")")
        and after.isspace()
        and _short_head(text, i)
    ):
        # "Memcached- supports only strings", "**Продвижение** (forwarding)- передача ...":
        # a dash typed against its term.
        return 1
    if ch == "-" and not (before.isspace() and after.isspace()):
        return 0  # hyphens inside words and flags (-f, docker-compose) are not separators
    if before and not before.isspace() and before not in "*`)":
        return 0
    # "Практикум --- учебное издание": a long dash typed as three hyphens (TeX, org-mode).
    return run if run <= 2 or (ch == "-" and run == TYPED_LONG_DASH) else 0


TYPED_LONG_DASH = 3
_JOINERS = frozenset({"and", "or", "to", "и", "или", "&", "/"})


def _short_head(text: str, i: int) -> bool:
    """Up to three words before position `i` ("Memcached-", not "pre- and post-")."""
    head, rest = text[:i].split(), text[i + 1 :].split()
    return 0 < len(head) <= 3 and len(rest) >= 2 and rest[0].casefold() not in _JOINERS


_INNER_DASH = re.compile(r"^(.*?\S)(?:\s+[-–—]|\s*[–—])\s*$")
# "**locate - Поиск файлов по базе**", "**Burn Rate = How fast you're consuming error
# budget**": a name, a dash (or an equals sign, between words, not a formula's), and what it
# is, all in bold.
_WHOLE_BOLD_TERM = re.compile(
    r"^(\S+(?:\s\S+){0,2}?)\s+[-–—]\s+(\S.{9,})$"
    r"|^([^\W\d_][\w-]*(?: [\w-]+){0,2}) = ([^\W\d_]+(?: [^\W\d_][\w'’-]*){2,}.*)$"
)


def _typed_against(rest: str) -> bool:
    """ "**Protective Optimism**-Believe positive traits are ...": one hyphen typed against
    the sentence that says what it is, capitalised, not a word joined to the bold one."""
    said = rest[1:].split()
    return rest[1:2].isupper() and len(said) >= MIN_TYPED_AGAINST_WORDS


MIN_TYPED_AGAINST_WORDS = 3


def strong_term(text: str, flags: list[bool], start: int, end: int) -> Term | None:
    # "**3. Nernst Potential:** The membrane potential ...": numbered inside the bold.
    name = _IN_BOLD_NUMBER.sub("", text[start:end], count=1)
    rest = text[end:]
    stripped = rest.lstrip()
    if name.rstrip().endswith(":"):
        # "**2 Selectivity Filter:**" among "**3. Nernst Potential:**": its stop dropped.
        title = _BARE_NUMBER.sub("", clean(name).rstrip(":").strip(), count=1)
        return Term(title=title, definition=rest, strong=True)
    if name.rstrip().endswith("?") and stripped:
        # "**Что такое Docker?** Docker - это платформа ...": a question, then its answer.
        return Term(title=clean(name).strip(), definition=rest.lstrip(), strong=True)
    inner = _INNER_DASH.match(name)
    if inner and stripped:
        # "**Promise.all -** создает промис ...": the dash inside the bold.
        return Term(title=clean(inner.group(1)), definition=rest.lstrip(), strong=True)
    if not stripped:
        whole = _WHOLE_BOLD_TERM.match(clean(name))
        if whole:
            # "**locate - Поиск файлов по базе**" alone on its line: name, dash, definition.
            return Term(
                title=whole.group(1) or whole.group(3),
                definition=whole.group(2) or whole.group(4),
                strong=True,
            )
        return Term(title=clean(name), definition="", strong=True)
    if stripped[0] in SEPARATORS:
        run = len(stripped) - len(stripped.lstrip(stripped[0]))
        long_dash = stripped[0] == "-" and run == TYPED_LONG_DASH
        if (run <= 2 or long_dash) and (
            stripped[0] != "-" or stripped[run : run + 1].isspace() or _typed_against(stripped)
        ):
            return Term(title=clean(name), definition=stripped[run:], strong=True)
    if stripped.startswith("~ ") and stripped[2:].strip():
        # "**Нечётная** ~ $f(-x)=-f(x)$": a tilde for "is", between the name and the formula.
        return Term(title=clean(name), definition=stripped[2:].strip(), strong=True)
    if stripped[:1] in ",[":
        # "__Априори (a priori)__, априорное знание — знание, ...", "__Феноменализм__ [англ.,
        # "phenomena" — явление] — учение ...": another name or a gloss, then the dash.
        sep = find_separator(text, flags, end)
        between = text[end : sep[0]] if sep else ""
        if (
            sep
            and text[sep[0]] != ":"
            and len(between) <= MAX_GLOSS_CHARS
            and (
                stripped[0] == "["
                or len(_OTHER_NAMED.sub(r"\1", between.strip(" ,")).split())
                <= MAX_OTHER_NAME_WORDS
            )
            and text[sep[0] + sep[1] :].strip()
        ):
            return Term(
                title=clean(name),
                definition=text[sep[0] + sep[1] :],
                strong=True,
                also=_other_names(between, flags, end),
            )
    qualified = _QUALIFIED.match(stripped)
    if qualified is not None and stripped[qualified.end() :].strip():
        # "`Аспект` в Spring AOP — это специальный класс ...": the marked name is the term,
        # the words after it say where it lives.
        return Term(title=clean(name), definition=stripped[qualified.end() :], strong=True)
    if stripped.startswith("("):
        sep = find_separator(text, flags, end)
        if sep and len(text[end : sep[0]]) <= MAX_ASIDE_CHARS:
            # "**Правило левого префикса** (leftmost prefix rule) гласит: ...": the name and
            # its bracket; the verb before the colon is the sentence's, not the name's. A
            # longer bracket is an aside ("==Hooke's Law== (used in oscillations [[7.1
            # Simple Harmonic Motion]]) states: ..."), no other name.
            close = text.find(")", end, sep[0])
            named = close + 1 if close > 0 else sep[0]
            # "**CSRF** (англ. Cross Site Request Forgery — «межсайтовая подделка
            # запроса»)": a long bracket that gives its names in both languages.
            aside = (
                len(_WORD.findall(text[end:named])) > MAX_OTHER_NAME_WORDS
                and not (split_aliases(clean(text[start:named]))[1])
            )
            return Term(
                title=clean(name if aside else text[start:named]),
                definition=text[sep[0] + sep[1] :],
                strong=True,
            )
    return None


_IN_BOLD_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s+(?=\D)")
_BARE_NUMBER = re.compile(r"^\d{1,2}\s+(?=[A-ZА-ЯЁ][^\W\d]*\s+[A-ZА-ЯЁa-zа-яё])")
_QUALIFIED = re.compile(r"^(?:в|во|на|in|for|для)\s+[^\n—–:,.]{1,30}?\s+(?:[—–]|-(?=\s))\s*")
_WORD = re.compile(r"[^\W\d_]+")
MAX_ASIDE_CHARS = 80  # between a bold name and the colon after its bracket
# "**Pulse-Width Modulation (PWM)**, или **Широтно-импульсная модуляция (ШИМ)** -- ...".
_OTHER_NAMED = re.compile(rf"^{OTHER_NAME_WORDS}\s+(?:(?:an?|the)\s+(?=\S))?(\S.*)$", re.I)


def _other_names(between: str, flags: list[bool], start: int) -> tuple[str, ...]:
    """The other name written between a bold name and its dash: after "или"/"or", or
    marked as the name is ("__Вещь в себе__, __ноумен__ — ...")."""
    said = between.strip(" ,")
    other = _OTHER_NAMED.match(said)
    if other is not None:
        return (clean(other.group(1)),)
    at = start + between.find(said)
    marked = bool(said) and all(flags[at : at + len(said)])
    return (clean(said),) if marked else ()


MAX_GLOSS_CHARS = 60  # between a bold name and its dash: another name or a gloss
MAX_OTHER_NAME_WORDS = 4


def separator(inline: Inline) -> tuple[int, int] | None:
    """(position, length) of the text's first term separator."""
    return find_separator(inline.text.replace("\n", " "), protected(inline), 0)


def dash_separated(inline: Inline) -> bool:
    """The first term separator of the text is a dash, not a colon."""
    sep = separator(inline)
    return sep is not None and inline.text[sep[0]] != ":"
