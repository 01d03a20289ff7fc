"""Structure a note types without Markdown's marks, read as the Markdown it stands for:
prose written in HTML's paragraph and emphasis tags, and a FAQ's question lines over their
answers. Runs with the other restorations in `restructure.py`, before sections are cut."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from bot.core import asking, titles
from bot.core.blocks import visible
from bot.core.markdown import Block, parse, slice_inline
from bot.core.restructure import MAX_PLAIN_HEADING_WORDS, Picked, as_headings


def html_paragraphs(tree: list[Block]) -> list[Block]:
    """`<p><strong>type overflow</strong> occurs when ...</p>`: prose written in HTML's
    paragraph and emphasis tags, read as the Markdown it stands for. Any other tag (a table,
    a `<div>`, an image) leaves the block as HTML."""
    out: list[Block] = []
    for block in tree:
        read = _html_prose(block) if block.kind == "html" else []
        out.extend(read or [block])
    return out


_PROSE_TAG = re.compile(r"</?(?:p|br|strong|b|em|i|code|span)\b[^>]*?/?>", re.I)
_TAG = re.compile(r"<[^>]*>")
_AS_MARKDOWN = (
    (re.compile(r"</?(?:strong|b)\s*>", re.I), "**"),
    (re.compile(r"</?(?:em|i)\s*>", re.I), "*"),
    (re.compile(r"</?code\s*>", re.I), "`"),
    (re.compile(r"<br\s*/?>|</?(?:p|span)\b[^>]*>", re.I), ""),
)


def _html_prose(block: Block) -> list[Block]:
    tags = _TAG.findall(block.code)
    if not tags or not all(_PROSE_TAG.fullmatch(t) for t in tags):
        return []
    text = block.code
    for tag, mark in _AS_MARKDOWN:
        text = tag.sub(mark, text)
    read = parse(text).blocks
    if not read or any(b.kind != "paragraph" for b in read):
        return []
    # Tags dropped in place: the lines stay where the note has them.
    return [replace(b, line=b.line + block.line - 1) for b in read]


def asked_lines(tree: list[Block]) -> list[Block]:
    """ "What is cqrs?" on a line of its own over its answer (a quote, a paragraph, or the
    paragraph's next lines): a FAQ's question, a heading as "## What is cqrs?" would be."""
    pairs = list(pairwise([*tree, Block(kind="rule", line=0)]))
    # A habit of the note (a FAQ, interview answers), or the first thing a section says:
    # one question in the middle of prose ("_What is Truth?_" over a quote) is the author
    # thinking aloud, no section of its own.
    habit = sum(_question(b, following) is not None for b, following in pairs) >= MIN_ASKED_LINES

    def asked(block: Block, following: Block, out: list[Block]) -> Picked | None:
        opening = not out or out[-1].kind == "heading"
        return _asked_line(block, following) if habit or opening else None

    return as_headings(tree, asked, 1)


MIN_ASKED_LINES = 2
MAX_ASKED_NAME_WORDS = 4


def _question(block: Block, following: Block) -> tuple[str, int, int, bool] | None:
    """A line of its own asking a question ("Why we need?"), over its answer: the question
    as read, where the line starts and ends in the paragraph, and whether lines follow it."""
    if block.kind != "paragraph" or block.inline is None or block.inline.links:
        return None
    inline = block.inline
    first, _, rest = inline.text.strip().partition("\n")
    start = inline.text.index(first)
    said = visible(slice_inline(inline, start, start + len(first))).strip()
    more = bool(rest.strip())
    if (
        not said.endswith("?")
        or len(said.split()) > MAX_PLAIN_HEADING_WORDS
        or not (more or following.kind in ("paragraph", "quote"))
    ):
        return None
    return said, start, start + len(first), more


def _asked_line(block: Block, following: Block) -> Picked | None:
    """The question line of a paragraph asking what something is, over its answer, and the
    paragraph's lines after it."""
    found = _question(block, following)
    if found is None or block.inline is None:
        return None
    said, start, end, more = found
    name = titles.heading(said).title
    if not asking.asks_what(said) or not name or len(name.split()) > MAX_ASKED_NAME_WORDS:
        return None
    inline = block.inline
    tail = slice_inline(inline, end + 1, len(inline.text)) if more else None
    return slice_inline(inline, start, end), tail
