"""Structure a note types without Markdown's marks, read as the Markdown it stands for:
prose written in HTML's paragraph and emphasis tags, sections folded under a titled
`<details>` summary, formulas left unindented under the bullet that leads into them, and a
FAQ's question lines over their answers. Runs with the other
restorations in `restructure.py`, before sections are cut."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from bot.core import asking, labels, titles
from bot.core.blocks import visible
from bot.core.headinglines import MAX_PLAIN_HEADING_WORDS, summary_said
from bot.core.markdown import Block, Inline, parse, slice_inline
from bot.core.restructure import Picked, as_headings


def html_paragraphs(tree: list[Block]) -> list[Block]:
    """`<p><strong>type overflow</strong> occurs when ...</p>`: prose written in HTML's
    paragraph and emphasis tags, read as the Markdown it stands for. Any other tag (a table,
    a `<div>`, an image) leaves the block as HTML."""
    out: list[Block] = []
    for block in tree:
        read = _html_prose(block) if block.kind == "html" else []
        out.extend(read or [block])
    return out


_OPEN_FOLD = re.compile(r"<details\b", re.I)
_CLOSE_FOLD = re.compile(r"</details\s*>", re.I)
# What a `<summary>` says when it only folds what follows: "Ответ", "Show the answer".
_REVEAL_WORDS = frozenset(
    """ответ ответы answer answers решение решения solution solutions показать показать
    скрыть show hide подробнее подробности детали details more click here нажмите сюда
    развернуть expand toggle спойлер spoiler подсказка hint hints код code вывод output
    результат result results скриншот screenshot see read посмотреть открыть open to the
    a""".split()  # noqa: SIM905 - a word list reads best as text
)
MAX_FOLD_TITLE_WORDS = 8
_LEADING_SIGNS = re.compile(r"^[^\w«\"'(`]+")


def folded_sections(tree: list[Block]) -> list[Block]:
    """`<details><summary><b>Сервис-дискавери (Service Discovery)</b></summary>` over the
    sections it folds: a heading one level below the last heading outside it, the headings
    inside moved below it ("## DNS имена сервисов" is a part of service discovery, not a
    sibling). So is a summary asking the question the fold answers ("Что такое POSIX?"). A
    summary that only labels the fold ("Ответ", "Show code") is left as it is."""
    out: list[Block] = []
    outer = 0  # the level of the last heading outside a titled fold
    # Each open fold: its heading's level and how far the headings inside it move; None
    # for a fold without a title.
    folds: list[tuple[int, int] | None] = []
    for i, block in enumerate(tree):
        titled = [f for f in folds if f is not None]
        if block.kind == "heading":
            if titled:
                out.append(replace(block, level=min(6, block.level + titled[-1][1])))
            else:
                outer = block.level
                out.append(block)
            continue
        opened = _OPEN_FOLD.search(block.code) if block.kind == "html" else None
        if block.kind == "html":
            closing = block.code[: opened.start()] if opened else block.code
            del folds[max(0, len(folds) - len(_CLOSE_FOLD.findall(closing))) :]
        if opened is None:
            out.append(block)
            continue
        title = _fold_title(block.code)
        if title is None:
            folds.append(None)
            out.append(block)
            continue
        titled = [f for f in folds if f is not None]
        level = min(6, 1 + (titled[-1][0] if titled else outer))
        inner = _inner_levels(tree, i + 1)
        folds.append((level, max(0, level + 1 - min(inner)) if inner else 0))
        out.append(Block(kind="heading", line=block.line, level=level, inline=Inline(text=title)))
    return out


def _fold_title(code: str) -> str | None:
    """The name a `<summary>` gives the sections it folds, or the question they answer; None
    for a label, or when the block says more after it."""
    said = summary_said(code)
    if said is None:
        return None
    named = _LEADING_SIGNS.sub("", said)  # "🔍Сервис-дискавери": the icon is no name
    folded = re.findall(r"\w+", named.casefold())
    if not folded or all(w in _REVEAL_WORDS for w in folded) or labels.is_section_word(named):
        return None
    if "?" not in said and len(folded) > MAX_FOLD_TITLE_WORDS:
        return None  # a sentence, not a name
    return named


def _inner_levels(tree: list[Block], start: int) -> list[int]:
    """The levels of the headings inside a fold opened right before `start`."""
    depth = 1
    levels: list[int] = []
    for block in tree[start:]:
        if block.kind == "heading":
            levels.append(block.level)
        elif block.kind == "html":
            depth -= len(_CLOSE_FOLD.findall(block.code))
            if depth <= 0:
                break
            depth += len(_OPEN_FOLD.findall(block.code))
    return levels


def formulas_in_lists(tree: list[Block]) -> list[Block]:
    """ "- The **weighted mean** ... It is calculated as:" over `$$ ... $$` written without
    the bullet's indent, then "- The **geometric mean** ...": the formula belongs to the
    bullet it completes, and the bullets after it go on the same list, as the author meant
    (Markdown ends the list at the formula)."""
    out: list[Block] = []
    for block in tree:
        last = out[-1] if out else None
        if _formula(block) and last is not None and _leads_into(last):
            out[-1] = _with_last_item(last, [block])
            continue
        if (
            block.kind == "list"
            and last is not None
            and last.kind == "list"
            and last.ordered == block.ordered
            and _ends_with_formula(last)
        ):
            out[-1] = replace(
                last, children=[*last.children, *block.children], end_line=block.end_line
            )
            continue
        out.append(block)
    return out


def _formula(block: Block) -> bool:
    """A paragraph that is one display formula and nothing else."""
    inline = block.inline
    if block.kind != "paragraph" or inline is None or len(inline.marks) != 1:
        return False
    mark = inline.marks[0]
    return mark.math and mark.start == 0 and mark.end >= len(inline.text.rstrip())


def _ends_with_formula(block: Block) -> bool:
    """A list whose last bullet ends with a display formula (an empty bullet holds none)."""
    said = block.children[-1].children if block.children else []
    return bool(said) and _formula(said[-1])


def _leads_into(block: Block) -> bool:
    """A list whose last bullet ends leading into what follows ("It is calculated as:")."""
    if block.kind != "list" or not block.children:
        return False
    said = block.children[-1].children
    return (
        bool(said)
        and said[-1].kind == "paragraph"
        and visible(said[-1].inline).rstrip()[-1:] == ":"
    )


def _with_last_item(block: Block, more: list[Block]) -> Block:
    item = block.children[-1]
    moved = replace(item, children=[*item.children, *more], end_line=more[-1].line)
    return replace(block, children=[*block.children[:-1], moved], end_line=more[-1].line)


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


def code_named_entries(tree: list[Block]) -> list[Block]:
    """ "```html / <blockquote> </blockquote> / ```" over "Цитата из нескольких строк.":
    a course's notes naming each tag or property by a snippet of code alone, its
    explanation the paragraph below. Each such snippet heads an entry of its own, named by
    its tag or property, when the note does so at least twice. A lone one right under a
    heading is that heading's ("### Ошибка доступа" over `remote: Permission denied`)."""
    names = [_code_name(block, following) for block, following in pairwise([*tree, _END])]
    section = 0  # which section each block is in, by the headings above it
    sections: list[int] = []
    for block in tree:
        section += block.kind == "heading"
        sections.append(section)
    per_section = Counter(sections[k] for k, name in enumerate(names) if name)
    for at, name in enumerate(names):
        if name and at and tree[at - 1].kind == "heading" and per_section[sections[at]] == 1:
            names[at] = ""
    if sum(1 for n in names if n) < MIN_CODE_ENTRIES:
        return tree
    out: list[Block] = []
    level = 1
    for block, name in zip(tree, names, strict=True):
        if block.kind == "heading":
            level = block.level
        if name:
            heading = Inline(text=name)
            out.append(
                Block(kind="heading", line=block.line, level=min(6, level + 1), inline=heading)
            )
        out.append(block)
    return out


MIN_CODE_ENTRIES = 2
_END = Block(kind="rule", line=0)
# "<blockquote> </blockquote>", "<br>", "<input type="text">": a tag with no text of its own.
_TAG_LINE = re.compile(r"^<([a-zA-Z][\w-]*)\b[^<>]*>\s*(?:</\1\s*>)?$")
# "vertical-align: top, middle, bottom, baseline": a property and the values it takes.
_PROPERTY_LINE = re.compile(r"^([a-z][a-z-]+[a-z])\s*:\s*[^:;{}]+;?$")
MAX_NAMING_LINES = 3
_MARKUP = frozenset(("html", "xml", "jsx", "vue", ""))
_STYLES = frozenset(("css", "scss", "sass", "less", ""))
MIN_SAID_WORDS = 3


def _code_name(block: Block, following: Block) -> str:
    """The name a short snippet gives the paragraph under it ("blockquote", "em (i)"), else
    ""."""
    if block.kind != "code" or following.kind != "paragraph" or following.inline is None:
        return ""
    said = visible(following.inline).strip()
    if len(said.split()) < MIN_SAID_WORDS or not said[:1].isalpha():
        return ""
    lines = [line.strip() for line in block.code.split("\n") if line.strip()]
    if not lines or len(lines) > MAX_NAMING_LINES:
        return ""
    lang = block.lang.casefold()
    tags = [_TAG_LINE.match(line) for line in lines] if lang in _MARKUP else []
    if tags and all(tags):
        named = list(dict.fromkeys(t.group(1).lower() for t in tags if t))
        if len(named) == 1:
            return f"<{named[0]}>"  # named as a heading of the tag is: "<blockquote>"
    else:
        found = _PROPERTY_LINE.match(lines[0]) if len(lines) == 1 and lang in _STYLES else None
        named = [found.group(1)] if found else []
    if not named:
        return ""
    return " / ".join(named)


def lone_numbered_points(tree: list[Block]) -> list[Block]:
    """ "**Для чего он:**" over "1. Он может служить для проверки типа ...", the only
    entry of its list: a sentence numbered out of habit is the paragraph it reads as."""
    out: list[Block] = []
    for block in tree:
        item = block.children[0] if block.kind == "list" and len(block.children) == 1 else None
        inline = item.children[0].inline if item is not None and len(item.children) == 1 else None
        if (
            block.ordered
            and not block.split_numbering
            and block.start == 1
            and inline is not None
            and item is not None
            and item.children[0].kind == "paragraph"
            and _sentence(visible(inline))
        ):
            out.append(Block(kind="paragraph", line=item.line, inline=inline))
            continue
        out.append(block)
    return out


MIN_SENTENCE_WORDS = 6


def _sentence(text: str) -> bool:
    """Prose of a few words opening with a capital letter."""
    return text[:1].isupper() and len(text.split()) >= MIN_SENTENCE_WORDS


def footnoted_entries(tree: list[Block]) -> list[Block]:
    """ "[^1]: **Confirmation Bias**" over indented bullets: footnote marks used to number
    named entries, which read as the entries they number. A footnote that cites a source
    ("[^1]: Smith, 2010") stays one."""
    out: list[Block] = []
    for block in tree:
        first = block.children[0] if block.kind == "footnote" and block.children else None
        named = (
            first is not None
            and first.kind == "paragraph"
            and first.inline is not None
            and any(m.kind == "strong" and m.start == 0 for m in first.inline.marks)
        )
        out.extend(block.children if named else [block])
    return out
