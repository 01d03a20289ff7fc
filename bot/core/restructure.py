"""Structure a note keeps without Markdown's marks, restored before its sections are cut:
headings kept as short lines of their own (pasted from a web page), bold lines and list items
over lists, bold interview questions over their answers, `<details>` summaries, numbered bold
items over their prose, and headings written inside quotes and list items, lifted out. The
lines that head a list inside a section are found here too, and whether the note writes in
small letters. Whether one line looks like a heading is `headinglines`; terms opening the
lines of one paragraph (Obsidian shows each line apart) are `termlines`. A table of contents
is no section of its own."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from bot.core import labels
from bot.core.blocks import first_inline, navigation_list, visible
from bot.core.headinglines import (
    MAX_PLAIN_HEADING_WORDS,
    MAX_SUMMARY_WORDS,
    bold_colon_line,
    bold_line,
    bold_question,
    code_label,
    colon_line,
    dash_titled,
    heading_line,
    list_head,
    lone_item,
    summary_asked,
    unclosed_bold,
    unnumbered,
)
from bot.core.markdown import Block, Inline, slice_inline
from bot.core.reshape import same_name
from bot.core.text import fold

_HEADING_LIKE_NEXT = frozenset({"list", "code", "table"})
MIN_PROSE_HEADINGS = 3  # heading lines over paragraphs that make a note's habit
_LABEL_NEXT = frozenset({"code", "paragraph"})
_BOLD_HEADING_NEXT = frozenset({"paragraph", "list", "code", "table"})
_ANSWER_NEXT = _BOLD_HEADING_NEXT | {"quote"}


_CONTENTS = frozenset(
    {"table of contents", "contents", "toc", "содержание", "оглавление", "table of content"}
)


def without_contents(tree: list[Block]) -> list[Block]:
    """A "## Table of Contents" heading over its list of links (and a `<!-- toc -->` marker):
    no section of the note. The text after it, which Markdown puts under that heading,
    is the note's own ("# Next.js 15 after" / "## Table of Contents" / "- [Introduction]
    (#introduction)" / "`after` allows you to ...")."""
    out: list[Block] = []
    skipping = False
    for block in tree:
        if block.kind == "heading" and block.inline is not None:
            skipping = fold(visible(block.inline)).strip(" :") in _CONTENTS
            if skipping:
                continue
        elif skipping and (block.kind == "html" or navigation_list(block)):
            continue
        else:
            skipping = False
        out.append(block)
    return out


def plain_headings(tree: list[Block]) -> list[Block]:
    """A note written without a single `#` heading (pasted from a web page or a chat) often
    keeps its headings as short lines of their own: "IPv6 — 128 бит" over a list, "Глубокая
    копия (deep copy)" over code. In such a note those lines become headings; a note with
    headings of its own keeps its paragraphs as they are, and so do lines over prose
    ("Dedicated to your account" is a sentence without its full stop)."""
    headed = any(b.kind == "heading" for b in tree)
    # Over prose such a line may be a sentence that lost its full stop; a note that writes
    # several of them, each over its own text, writes headings so.
    over_prose = not headed and (
        sum(heading_line(block) and after.kind == "paragraph" for block, after in pairwise(tree))
        >= MIN_PROSE_HEADINGS
    )
    out: list[Block | None] = list(tree)
    level = 1
    for i, block in enumerate(tree[:-1]):
        if block.kind == "heading":
            level = block.level
        elif (asked := _answered_item(block, tree[i + 1])) is not None:
            # "3. За что отвечает kube-proxy?" over `<details><summary>Ответ</summary>` and
            # the answer: a question heading, its answer the text below; the "Ответ" label
            # that folds it is no text of the answer.
            out[i] = _heading_below(block, level, asked)
            if len(visible(tree[i + 1].inline).split()) <= MAX_SUMMARY_WORDS:
                out[i + 1] = None
        elif (summary := summary_asked(block)) is not None:
            # `<details><summary>Что такое POSIX?</summary>` over its answer: an interview
            # note's question, folded; a heading, its answer the text below.
            out[i] = _heading_below(block, level, summary)
        elif tree[i + 1].kind == "list" and (titled := dash_titled(block)) is not None:
            # "**Процесс загрузки класса**" / "—" over its list: the note's name, then what
            # it is, as flashcard-minded notes write it.
            out[i] = _heading_below(block, level, titled)
        elif tree[i + 1].kind in _LABEL_NEXT and code_label(block):
            # "**Использование LIMIT и OFFSET для пагинации:**" over its query, "II. **Pull:**"
            # over what it does: a heading, without the number it was counted by.
            out[i] = _heading_below(block, level, unnumbered(block.inline))
        elif (opened := unclosed_bold(block)) is not None:
            # "***Ключевое слово this" alone on its line: bold the author never closed.
            out[i] = _heading_below(block, level, opened)
        elif tree[i + 1].kind in _ANSWER_NEXT and bold_question(block):
            # "**Что такое companion object?**" over "> Анонимный класс …": an interview
            # list's question in bold, its answer below; a heading in all but form.
            out[i] = _heading_below(block, level, block.inline)
        elif (
            bold_line(block, comma=True)
            and tree[i + 1].kind in _BOLD_HEADING_NEXT
            and not _predicate_under_heading(tree, i)
        ):
            # "**прототипное наследование**" over its explanation: a heading in all but form.
            out[i] = _heading_below(block, level, block.inline)
        elif tree[i + 1].kind == "quote" and _quote_explains(block, tree[i + 1]):
            # "Дедлоки" over "> Если одна из транзакций ... - появление **дедлоков**": a
            # heading the quote below explains, in a note with headings too.
            out[i] = _heading_below(block, level, block.inline)
        elif (
            not headed
            and (tree[i + 1].kind in _HEADING_LIKE_NEXT or over_prose)
            and heading_line(block)
        ):
            out[i] = Block(kind="heading", line=block.line, level=2, inline=block.inline)
        elif (
            tree[i + 1].kind in ("paragraph", "code")
            and not _says_heading(tree, i)
            and (named := lone_item(block))
        ):
            # "+ Псевдомассив `arguments` (массивоподобный объект)" alone over paragraphs and
            # code: a heading written as a bullet.
            out[i] = _heading_below(block, level, named)
    return [b for b in out if b is not None]


def bold_items(tree: list[Block]) -> list[Block]:
    """ "1. **Ошибка первого рода**." over the paragraphs saying what it is, the next such
    item starting a list of its own: an exam note's numbered headings. The item's lines
    after the name are the first paragraph under it."""
    return as_headings(tree, lambda block, following, _: _bold_item(block, following), 0)


Picked = tuple[Inline, Inline | None]


def as_headings(
    tree: list[Block],
    pick: Callable[[Block, Block, list[Block]], Picked | None],
    rest_below: int,
) -> list[Block]:
    """The tree with each block `pick` names (given it, the block after it and the blocks
    so far) as a heading one level below the last real one, its other lines (`rest_below`
    lines down) the first paragraph under it."""
    out: list[Block] = []
    level = 1
    for block, following in pairwise([*tree, Block(kind="rule", line=0)]):
        if block.kind == "heading":
            level = block.level
        picked = pick(block, following, out)
        if picked is None:
            out.append(block)
            continue
        name, rest = picked
        out.append(_heading_below(block, level, name))
        if rest is not None:
            out.append(Block(kind="paragraph", line=block.line + rest_below, inline=rest))
    return out


_ITEM_HEADING_NEXT = frozenset({"paragraph", "code", "table", "quote"})


def _bold_item(block: Block, following: Block) -> tuple[Inline, Inline | None] | None:
    """A numbered list of one item whose first line is wholly bold (a stop or a colon after
    it), over prose: that name, and the rest of the item's lines."""
    if (
        block.kind != "list"
        or not block.ordered
        or len(block.children) != 1
        or following.kind not in _ITEM_HEADING_NEXT
    ):
        return None
    item = block.children[0]
    inline = first_inline(item)
    if item.task is not None or len(item.children) != 1 or inline is None or inline.links:
        return None
    first, _, rest = inline.text.partition("\n")
    name = first.strip().rstrip(".:").rstrip()
    lead = len(first) - len(first.lstrip())
    bold = [m for m in inline.marks if m.kind == "strong" and m.start <= lead]
    if (
        not bold
        or inline.text[bold[0].start : bold[0].end].strip().rstrip(".:").rstrip() != name
        or not any(ch.isalpha() for ch in name)
        or len(name.split()) > MAX_PLAIN_HEADING_WORDS
        or name.endswith("?")
    ):
        return None
    tail = slice_inline(inline, len(first) + 1, len(inline.text)) if rest.strip() else None
    return slice_inline(inline, lead, lead + len(name)), tail


_DETAILS = re.compile(r"\s*<details\b", re.I)


def _answered_item(block: Block, after: Block) -> Inline | None:
    """The entry of a list of one entry right above a folded `<details>` answer."""
    if (
        block.kind != "list"
        or len(block.children) != 1
        or after.kind != "html"
        or not _DETAILS.match(after.code)
    ):
        return None
    item = block.children[0]
    return first_inline(item) if item.task is None and len(item.children) == 1 else None


def _heading_below(block: Block, level: int, inline: Inline | None) -> Block:
    """`block` as a heading one level below the last real heading (`level`)."""
    return Block(kind="heading", line=block.line, level=min(6, level + 1), inline=inline)


def list_heads(body: list[Block], small: bool = False) -> dict[int, str]:
    """Short capitalised lines with their bullets on the very next line ("Vertical Scaling"
    over its points, inside "## Scalability"), by line: each names the list below it, not
    the section. A line over a blank line and a list may be a sentence missing its stop;
    one ending in `:` mostly leads into its list ("Группы имеют:", "Index columns that:").
    With `small`, a note written in small letters, the line need not be capitalised
    ("leaching" over "- movement and removal of dissolved matter")."""
    heads: dict[int, str] = {}
    apart: dict[int, str] = {}  # names over a blank line and their list
    for block, below in pairwise(body):
        if below.kind != "list" or navigation_list(below):
            continue
        # "middle passage:" / blank line / "- the atlantic crossing", "**Proof-of-Work:**" /
        # blank line / "- Miners must find ...": its colon leads on.
        close = below.line == block.line + 1 or (
            below.line == block.line + 2 and (colon_line(block, small) or bold_colon_line(block))
        )
        if not close and below.line != block.line + 2:
            continue
        # "**Процесс работы:**" over numbered steps: the steps of the card above.
        name = list_head(block, steps=below.ordered, small=small)
        if name:
            (heads if close else apart)[block.line] = name
    if len(apart) >= MIN_HEADS_APART:
        # "Hardy-Weinberg Equilibrium" / blank line / "* determines ...", and another so:
        # a habit of names over their points, not sentences missing their stops.
        heads.update(apart)
    return heads


MIN_HEADS_APART = 2


def writes_small(tree: list[Block]) -> bool:
    """The note starts its lines in small letters, sentences and names alike ("leaching",
    "soil is the outcome of ..."): most of its paragraphs and bullets do."""
    starts = [
        letters[0].islower()
        for block in _text_blocks(tree)
        if block.inline is not None
        and (letters := [ch for ch in visible(block.inline) if ch.isalpha()])
    ]
    return len(starts) >= MIN_SMALL_LINES and sum(starts) >= SMALL_SHARE * len(starts)


MIN_SMALL_LINES = 8
SMALL_SHARE = 0.6


def _text_blocks(tree: list[Block]) -> list[Block]:
    """The paragraphs of the tree, and the first line of each bullet, at any depth."""
    out: list[Block] = []
    for block in tree:
        if block.kind == "paragraph":
            out.append(block)
        elif block.kind in ("list", "item", "quote"):
            out.extend(_text_blocks(block.children))
    return out


def _predicate_under_heading(tree: list[Block], at: int) -> bool:
    """ "### INTERJECTION (Междометие)" / "**Выражает эмоции**": a bold line opening with
    a verb right under a heading says what the heading is; it is no heading of its own."""
    inline = tree[at].inline
    return (
        at > 0
        and tree[at - 1].kind == "heading"
        and inline is not None
        and labels.speaks_of_heading(visible(inline))
    )


def _says_heading(tree: list[Block], at: int) -> bool:
    """A bullet that, with one block under it, is all its heading holds ("### Dirty Read" /
    "- Чтение незафиксированных данных" / its query): it says what the heading is."""
    return (
        at > 0
        and tree[at - 1].kind == "heading"
        and (at + 2 >= len(tree) or tree[at + 2].kind == "heading")
    )


def _quote_explains(block: Block, quote: Block) -> bool:
    """A short heading-like line whose words the quote right under it uses, in any form."""
    if not heading_line(block) or block.inline is None:
        return False
    named = [fold(w) for w in visible(block.inline).split()]
    if len(named) > MAX_QUOTED_HEADING_WORDS:
        return False
    said = {
        fold(w)
        for child in quote.children
        if child.kind == "paragraph"
        for w in _WORD.findall(visible(child.inline))
    }
    return all(any(same_name(w, other) for other in said) for w in named)


MAX_QUOTED_HEADING_WORDS = 3
_WORD = re.compile(r"\w+")


def nested_headings(tree: list[Block]) -> list[Block]:
    """A heading written inside a quote (`> #### Lenz's law` in notes kept as callouts) or
    indented into a list item (`* the breach caused damages` / `  # IIED`) is still a
    heading of the note: it is lifted out, and what follows it in its quote or list comes
    after it (a quote's text stays quoted)."""
    out: list[Block] = []
    for block in tree:
        out.extend(_lifted(block))
    return out


def _lifted(block: Block) -> list[Block]:
    if block.kind == "quote":
        children = [lifted for child in block.children for lifted in _lifted(child)]
        if not any(child.kind == "heading" for child in children):
            block.children = children
            return [block]
        out: list[Block] = []
        run: list[Block] = []
        for child in [*children, None]:
            if child is not None and child.kind != "heading":
                run.append(child)
                continue
            if run:
                out.append(replace(block, line=run[0].line, children=run))
                run = []
            if child is not None:
                out.append(child)
        return out
    if block.kind != "list":
        return [block]
    out, items = [], []
    for item in block.children:
        kids = [lifted for child in item.children for lifted in _lifted(child)]
        first = next((i for i, kid in enumerate(kids) if kid.kind == "heading"), None)
        if first is None:
            item.children = kids
            items.append(item)
            continue
        if first:
            items.append(replace(item, children=kids[:first]))
        if items:
            out.append(replace(block, line=items[0].line, children=items))
            items = []
        out.extend(kids[first:])
    if items:
        out.append(replace(block, line=items[0].line, children=items))
    return out
