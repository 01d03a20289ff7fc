"""Paragraphs headed by a name on their first line: a short bold line over the lines that
explain it (`**Query String**`), several such entries typed in one paragraph, a plain name
glossed in brackets, a bold "Name – gloss" opening, and a note's title typed as one bold
line instead of a `#` heading."""

from __future__ import annotations

import re

from bot.core import blocks, labels, obsidian
from bot.core.markdown import Block, Inline

MAX_BOLD_HEAD_WORDS = 5  # a bold first line this short names what the lines below explain


def bold_head(inline: Inline) -> tuple[str, str] | None:
    """(name, explanation) of a paragraph whose first line is only a short bold name
    (`**Query String**`, `**3. Inventory (инвентарь)**`) and whose next lines explain it."""
    if "\n" not in inline.text:
        return None
    lines = blocks.split_lines(inline)
    if len(lines) < 2:
        return None
    name = _bold_line_name(lines[0][1])
    rest = " ".join(blocks.visible(line) for _, line in lines[1:])
    return (name, rest) if name and rest else None


def _bold_line_name(line: Inline) -> str | None:
    """The name a line wholly in bold gives, without its number or letter ("**1. Control
    Node**", "**C. Main Queue**", "**✔ 2. Task scheduling**")."""
    strong = [m for m in line.marks if m.kind == "strong"]
    if len(strong) != 1:
        return None
    bold = line.text[strong[0].start : strong[0].end].strip(" :")
    name = _NUMBERED.sub("", obsidian.clean(bold).strip(" :"))
    if (
        line.text.strip(" *_:") != bold
        or not name
        or len(_LETTER_MARK.sub(" ", name).split()) > MAX_BOLD_HEAD_WORDS
        or labels.is_section_word(name)
    ):
        return None
    return name


# "Символьные (c) и блочные устройства (b)": the letter `ls -l` shows for each is no word
# of the name.
_LETTER_MARK = re.compile(r"\(\s*[-\w]\s*\)")


_NUMBERED = re.compile(r"^[^\w(«\"]*(?:\d{1,2}|[A-ZА-Я])[.)]\s+(?=\D)")


def bold_headed_parts(inline: Inline) -> list[tuple[int, Inline]]:
    """A paragraph of several `**Name**` lines, each over the lines explaining it (typed
    with hard line breaks, no blank line between): (line offset, inline) per name with its
    lines, as paragraphs of their own. Empty unless there are two such names or more."""
    if sum(m.kind == "strong" for m in inline.marks) < MIN_BOLD_HEADS or "\n" not in inline.text:
        return []  # most paragraphs: no two bold names, or one line
    lines = blocks.split_lines(inline)
    heads = [k for k, (_, line) in enumerate(lines) if _bold_line_name(line) is not None]
    if len(heads) < MIN_BOLD_HEADS or heads[0] != 0:
        return []
    if any(b - a < 2 for a, b in zip(heads, [*heads[1:], len(lines)], strict=True)):
        return []  # a name with nothing under it: a list of bold names, not entries
    line_starts = [0, *(i + 1 for i, ch in enumerate(inline.text) if ch == "\n")]
    starts = [line_starts[lines[k][0]] for k in heads]
    ends = [*(s - 1 for s in starts[1:]), len(inline.text)]
    return [
        (lines[k][0], blocks.part(inline, start, end))
        for k, start, end in zip(heads, starts, ends, strict=True)
    ]


MIN_BOLD_HEADS = 2


# "Метод расширения (Твой ручной маппер)" on a line of its own over what it is (a chat
# answer pasted without its markup): a name glossed in brackets.
_GLOSSED_LINE = re.compile(r"^[A-ZА-ЯЁ][^.:;!?()]{0,60}\([^()]{2,40}\)$")
MIN_GLOSSED_TEXT_WORDS = 6


def glossed_head(inline: Inline) -> tuple[str, str] | None:
    """(name, explanation) of a paragraph whose first line is a plain name with its gloss in
    brackets and whose next lines explain it."""
    if "\n" not in inline.text or inline.marks:
        return None
    lines = blocks.split_lines(inline)
    first = blocks.visible(lines[0][1]).strip() if lines else ""
    if len(lines) < 2 or not _GLOSSED_LINE.match(first):
        return None
    head = first[: first.index("(")].strip()
    if (
        len(head.split()) > MAX_BOLD_HEAD_WORDS
        or labels.is_section_word(head)
        or not labels.names_thing(head)
    ):
        return None
    rest = " ".join(blocks.visible(line) for _, line in lines[1:])
    return (first, rest) if len(rest.split()) >= MIN_GLOSSED_TEXT_WORDS else None


MAX_BOLD_TITLE_WORDS = 16


def bold_title(body: list[Block]) -> str | None:
    """The text of a note's first paragraph when it is one bold line and more follows
    (`**Разница между брокером сообщений и Pub/Sub**`): a title typed without `#`."""
    if len(body) < 2 or body[0].kind != "paragraph" or body[0].inline is None:
        return None
    inline = body[0].inline
    text = inline.text.strip()
    strong = [m for m in inline.marks if m.kind == "strong"]
    if "\n" in text or len(strong) != 1 or strong[0].start > 0 or strong[0].end < len(text):
        return None
    name = obsidian.clean(text).strip()
    said = name.split()
    if (
        not 2 <= len(said) <= MAX_BOLD_TITLE_WORDS
        or name.endswith((":", ".", "!"))
        or labels.is_section_word(name.rstrip("?"))
    ):
        return None
    return name


_BOLD_DASH = re.compile(r"^(\S.{0,40}?)\s+[–—-]\s+(\S.*)$")
MIN_BOLD_DASH_TEXT_WORDS = 5


def bold_dash_head(inline: Inline) -> tuple[str, str] | None:
    """(name, explanation) of a paragraph opening with a bold name and its gloss, then
    what it does (`**Fail-fast – «БЫСТРЫЙ» итератор**. Когда коллекция изменилась, ...`)."""
    text = inline.text
    strong = [m for m in inline.marks if m.kind == "strong" and m.start <= 2]
    if not strong or text[: strong[0].start].strip(" *_"):
        return None
    bold = obsidian.clean(text[strong[0].start : strong[0].end]).strip(" .:")
    found = _BOLD_DASH.match(bold)
    rest = obsidian.clean(text[strong[0].end :]).lstrip(" *_").removeprefix(".").strip()
    if found is None or len(rest.split()) < MIN_BOLD_DASH_TEXT_WORDS:
        return None
    name, gloss = found.group(1).strip(), found.group(2).strip()
    if (
        len(name.split()) > MAX_BOLD_HEAD_WORDS - 1
        or labels.is_section_word(name)
        or not labels.names_thing(name)
    ):
        return None
    return name, f"{gloss}. {rest}"
