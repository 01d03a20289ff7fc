"""Paragraphs cut before the lines that open terms of their own: Obsidian shows each line
of a paragraph apart, and notes use that ("*Foreign Key* - это ..." in the middle of a
paragraph, "Мощность: ..." under "Вероятность ошибки 1го рода: ..."). A bold entry over its
"Def:" fields stays whole."""

from __future__ import annotations

import re
from itertools import pairwise

from bot.core import labels, termmarks, terms
from bot.core.altnames import ACRONYM
from bot.core.headinglines import BRACKET_REMARK
from bot.core.markdown import Block, Inline, Mark, slice_inline
from bot.core.reshape import open_ended
from bot.core.text import STOPWORDS

_TERM_MARKS = frozenset({"strong", "em", "code"})


def term_lines(tree: list[Block]) -> list[Block]:
    """Obsidian shows each line of a paragraph on its own line, and notes use that: a line
    starting `*Foreign Key* - это ...` in the middle of a paragraph opens a term of its own.
    Such paragraphs are cut before those lines; other paragraphs stay whole."""
    out: list[Block] = []
    for block in tree:
        inline = block.inline
        if block.kind != "paragraph" or inline is None or "\n" not in inline.text:
            out.append(block)
            continue
        plain = _plain_term_line_heads(inline)
        cuts = sorted({0, *_term_line_starts(inline), *plain})
        if len(cuts) == 1 or _fielded_entry(inline):
            out.append(block)
            continue
        ends = [*cuts[1:], len(inline.text)]
        for start, end in zip(cuts, ends, strict=True):
            part = slice_inline(inline, start, end)
            if start in plain:
                # Its term reads as if written in bold, so it is a term wherever it stands.
                part.marks.append(Mark(start=0, end=plain[start], kind="strong"))
            line = block.line + inline.text.count("\n", 0, start)
            out.append(Block(kind="paragraph", line=line, inline=part, end_line=block.end_line))
    return out


def _fielded_entry(inline: Inline) -> bool:
    """ "**Efficacy** (`efficacy`, L02)" over "Def: The property ...", "Hook: ...": one
    entry, its name in bold on the first line and its fields below, the definition among
    them; not a line of its own per field."""
    first = next((m for m in inline.marks if m.start == 0), None)
    if first is None or first.kind != "strong":
        return False
    lines = inline.text.split("\n")
    return any(labels.defining_label(line.partition(":")[0]) for line in lines[1:] if ":" in line)


def _term_line_starts(inline: Inline) -> list[int]:
    starts: list[int] = []
    text = inline.text
    for mark in inline.marks:
        if mark.kind not in _TERM_MARKS or mark.start <= 0 or text[mark.start - 1] != "\n":
            continue
        end = text.find("\n", mark.start)
        part = slice_inline(inline, mark.start, len(text) if end < 0 else end)
        term = terms.term_of(part, top=False)
        if term is not None and term.definition.strip() and not labels.is_section_word(term.title):
            starts.append(mark.start)
    return sorted(set(starts))


_LINE_ENDS = (".", "!", "?", ")", ":")
MAX_PLAIN_LINE_TERM_WORDS = 3
MIN_PLAIN_LINE_DEFINITION_WORDS = 4
MAX_GLOSSARY_LINE_TERM_WORDS = 5
MIN_ACRONYM_LINE_WORDS = 2  # "MVP — минимально жизнеспособный продукт": letters, then words


def _plain_term_line_heads(inline: Inline) -> dict[int, int]:
    """Lines reading `Burstable instance - This instance has ...` after a finished sentence,
    by where they start: a term of their own written without bold (its length). A dash
    only, unless such lines run on: one `Итог: ...` is a remark, while `Мощность: ...`
    under `Вероятность ошибки 1го рода (α-ошибка): ...` is a glossary without bullets."""
    text = inline.text
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    parts = [slice_inline(inline, a, b - 1 if b else len(text)) for a, b in pairwise([*starts, 0])]
    # Each line read once: its name as a glossary line may have it, and as a lone line.
    read = [_line_heads(part) for part in parts]
    named = [glossary for glossary, _ in read]
    # Lines written alike: each a name, then the same separator right after it.
    signs = [
        part.text[head:].lstrip()[:1] if head else ""
        for part, head in zip(parts, named, strict=True)
    ]
    run = [
        bool(sign)
        and sign in (signs[i - 1] if i else "", signs[i + 1] if i + 1 < len(signs) else "")
        for i, sign in enumerate(signs)
    ]
    heads: dict[int, int] = {}
    # "MVP — минимально жизнеспособный продукт" over "MLP — ...": a line of letters and
    # what they stand for goes on to the next line's term without a full stop.
    lettered = len(parts) > 1 and _lettered_line(parts[0])
    for i in range(1, len(parts)):
        start = starts[i]
        before = text[:start].rstrip()
        head = named[i] if run[i] else read[i][1]
        # After a finished sentence, a lead-in ("являются:"), or after nothing visible:
        # "![[screenshot.png]]" over "Ценность - отношение ..." is a picture, then a term.
        if before and not before.endswith(_LINE_ENDS) and not lettered and not run[i]:
            continue
        lettered = bool(head) and _lettered_line(slice_inline(inline, start, start + head))
        if head:
            heads[start] = head
    if heads:
        # "Таргетированная реклама - реклама в соцсетях (Vk)" over "Afilliate - CPA ...":
        # the first line of such a paragraph is a term as much as the lines after it.
        head = named[0] if run[0] else read[0][1]
        if head:
            heads[0] = head
    return heads


_COMMAND_NAME = re.compile(r"[a-z][a-z0-9_.-]{1,15}")


def _command_name(title: str) -> bool:
    """ "ksh - оболочка Korn ...": a program's name, written in small Latin letters as it is
    typed, opens its line as a capitalised name would."""
    return bool(_COMMAND_NAME.fullmatch(title)) and title not in STOPWORDS


def _lettered_line(part: Inline) -> bool:
    """A line opening with capital letters and a dash: `MVP — ...`."""
    head = _plain_term_head(part)
    return bool(head) and bool(ACRONYM.match(part.text[:head].strip()))


def _plain_term_head(part: Inline) -> int:
    """The length of the name a line `Name - what it is` opens with (0 if it is none)."""
    return _line_heads(part)[1]


def _line_heads(part: Inline) -> tuple[int, int]:
    """The length of the name a line opens with (0 if none): as a glossary line, `Name: what
    it is` too, its name up to MAX_GLOSSARY_LINE_TERM_WORDS words besides a remark in
    brackets; and as a line alone, `Name - what it is` only, of MAX_PLAIN_LINE_TERM_WORDS."""
    term = terms.term_of(part, top=True)
    sep = termmarks.separator(part)
    if term is None or sep is None:
        return 0, 0
    words = len(BRACKET_REMARK.sub(" ", term.title).split())
    named = (
        not open_ended(term.title)
        # "ln: 'link': hard link not allowed" is what a program prints, not a glossary line.
        and (part.text[:1].isupper() or (_command_name(term.title) and part.text[sep[0]] != ":"))
        and not part.marks
        and words <= MAX_GLOSSARY_LINE_TERM_WORDS
        and len(term.definition.split())
        >= (
            MIN_ACRONYM_LINE_WORDS
            if ACRONYM.match(term.title)
            else MIN_PLAIN_LINE_DEFINITION_WORDS
        )
        and not labels.is_section_word(term.title)
    )
    if not named:
        return 0, 0
    length = len(part.text[: sep[0]].rstrip())
    alone = part.text[sep[0]] != ":" and words <= MAX_PLAIN_LINE_TERM_WORDS
    return length, length if alone else 0
