"""CommonMark (pulldown-cmark via pyromark) events folded into a small block tree.

The tree keeps only what card building needs: headings, paragraphs, lists, code, tables,
quotes and HTML, each with its 1-based source line; inline content is flattened to plain
text with marks (bold, code, links) so term separators can be found outside them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import unquote

import pyromark
from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

OPTIONS = (
    pyromark.Options.ENABLE_TABLES
    | pyromark.Options.ENABLE_FOOTNOTES
    | pyromark.Options.ENABLE_STRIKETHROUGH
    | pyromark.Options.ENABLE_TASKLISTS
    | pyromark.Options.ENABLE_WIKILINKS
    | pyromark.Options.ENABLE_MATH
)


def _fraction(node: Any, l2tobj: LatexNodes2Text) -> str:
    """`\\frac{y_{n+1} - y_n}{h}` as (y_n+1 - y_n)/h: a sum over or under the bar in
    brackets, or the slash would divide only its last term."""
    parts = [a for a in node.nodeargd.argnlist[:2] if a is not None]
    if len(parts) < 2:
        return ""
    over, under = (l2tobj.nodelist_to_text([a]).strip() for a in parts)
    if _compound(over):
        over = f"({over})"
    if _compound(under) or not _ATOM.fullmatch(under):
        under = f"({under})"  # "k!(n-k)!" under the bar divides as a whole
    return f"{over}/{under}"


# What a slash divides by without brackets: "h", "x^2", "12", "√(x^2 + R^2)", "(b - a)".
_ATOM = re.compile(r"[\w.^_∂∆∇]+|[\w√]*\((?:[^()]|\([^()]*\))*\)")


def _compound(text: str) -> bool:
    """A sum, product or phrase outside any bracket: "y_n+1 - y_n", not "(b - a)^2"."""
    depth = 0
    for ch in text:
        depth += (ch in "([{") - (ch in ")]}")
        if depth == 0 and ch in _COMPOUND_SIGNS:
            return True
    return False


_COMPOUND_SIGNS = frozenset(" +-−*/·×")
_FRACTIONS = re.compile(r"\\[dt]frac(?![a-zA-Z])")  # display and text sizes of \frac
_CONTEXT = get_default_latex_context_db()
_CONTEXT.add_context_category(
    "fractions",
    prepend=True,
    macros=[MacroTextSpec("frac", simplify_repl=_fraction)],
)
_LATEX = LatexNodes2Text(math_mode="text", strict_latex_spaces=True, latex_context=_CONTEXT)


def math_text(latex: str) -> str:
    """`$\\sigma$`, `$\\bar{x}\\pm Z_{\\alpha/2}$` as a reader sees them: σ, x̅±Z_α/2.
    A chat shows no formulas; Unicode symbols read far better than LaTeX source."""
    try:
        text = _LATEX.latex_to_text(_FRACTIONS.sub(r"\\frac", latex))
    except Exception:  # any LaTeX a note holds: its source is still readable
        return latex
    if "%s" in text and "%s" not in latex:
        return latex  # a macro missing its arguments leaves the converter's template
    return " ".join(text.split()) or latex


# Services that draw a formula given in their address, as notes written for GitHub (before
# it showed `$...$`) embed them: codecogs, Google Charts, GitHub's own renderer, upmath.
_FORMULA_IMAGE = re.compile(
    r"^https?://(?:latex\.codecogs\.com/[\w.]+\?|chart\.googleapis\.com/chart\?.*?\bchl=|"
    r"render\.githubusercontent\.com/render/math\?.*?\bmath=|i\.upmath\.me/svg/)(.+)$",
    re.I,
)
_FORMULA_SIZE = re.compile(
    r"\\(?:dpi\{\d+\}|bg_\w+|bg\{\w+\}|fn_\w+|inline|tiny|small|normalsize|large|Large|huge)(?![a-zA-Z])\s*"
)
_URL_ENTITIES = {"&space;": " ", "&plus;": "+", "&amp;": "&", "&lt;": "<", "&gt;": ">"}


def formula_of_image(url: str) -> str | None:
    """The LaTeX of a formula image's address, or None for any other picture."""
    found = _FORMULA_IMAGE.match(url.strip())
    if found is None:
        return None
    latex = unquote(found.group(1).split("&chco=")[0])
    for entity, char in _URL_ENTITIES.items():
        latex = latex.replace(entity, char)
    return _FORMULA_SIZE.sub("", latex).strip() or None


_HEADING_LEVELS = {"H1": 1, "H2": 2, "H3": 3, "H4": 4, "H5": 5, "H6": 6}
_BREAK_TAGS = frozenset({"br", "p", "div", "li", "tr", "hr"})


@dataclass(slots=True)
class Mark:
    """A styled run of an inline's text: kind is strong, em, code or link (a formula is
    code that is `math`)."""

    start: int
    end: int
    kind: str
    math: bool = False


@dataclass(slots=True)
class Inline:
    """Inline content as plain text ("\\n" for line breaks) with marks and link targets."""

    text: str = ""
    marks: list[Mark] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (text, url)
    wikilinks: list[str] = field(default_factory=list)
    # [[Garbage Collection|Сборка мусора]]: (target note, the text shown for it)
    link_names: list[tuple[str, str]] = field(default_factory=list)
    images: list[str] = field(default_factory=list)  # ![[Pasted image.png]]: the file

    def plain(self) -> str:
        return " ".join(self.text.split())


def slice_inline(inline: Inline, start: int, end: int) -> Inline:
    """The text between `start` and `end` with its marks and links."""
    text = inline.text[start:end]
    marks = [
        Mark(
            start=max(m.start, start) - start,
            end=min(m.end, end) - start,
            kind=m.kind,
            math=m.math,
        )
        for m in inline.marks
        if m.start < end and m.end > start
    ]
    return Inline(
        text=text.rstrip("\n"),
        marks=marks,
        links=[link for link in inline.links if link[0] and link[0] in text],
        wikilinks=[w for w in inline.wikilinks if w and w in text],
    )


@dataclass(slots=True)
class Block:
    """kind: heading, paragraph, list, item, code, table, quote, html, rule, footnote."""

    kind: str
    line: int
    level: int = 0
    inline: Inline | None = None
    children: list[Block] = field(default_factory=list)
    code: str = ""  # a code block's text; an HTML block's markup
    lang: str = ""
    task: bool | None = None
    rows: list[list[Inline]] = field(default_factory=list)
    end_line: int = 0
    ordered: bool = False  # a numbered list: steps rather than a glossary
    start: int = 0  # a numbered list's first number
    # A numbered list whose numbers go on in a later list ("1. Round Robin", text, "2. Least
    # Request"): entries split apart by text the author did not indent.
    split_numbering: bool = False
    indented: bool = False  # a code block set off by indentation, not fenced


@dataclass(slots=True)
class Document:
    blocks: list[Block]
    unclosed_fence: int  # line of a fence left open at the end of the note, else 0


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:  # noqa: ARG002
        if tag in _BREAK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BREAK_TAGS:
            self.parts.append("\n")


_INLINE_MARKS = {"b": "strong", "strong": "strong", "i": "em", "em": "em", "code": "code"}
_LIST_TAGS = frozenset({"ol", "ul"})
_HTML_LIST = re.compile(r"\s*<(?:ol|ul)\b", re.I)


class _ListOfHtml(HTMLParser):
    """An HTML block that is a list (`<ol><li><b>Chain</b> Isomerism<br>Change ...</li>`),
    as the list blocks Markdown would give: items with their bold, line breaks and lines.
    Anything besides lists and their items (a heading, a paragraph) leaves it HTML."""

    def __init__(self, line: int) -> None:
        super().__init__(convert_charrefs=True)
        self.line = line
        self.lists: list[Block] = []
        self.done: list[Block] = []
        self.inline: Inline | None = None
        self.marks: list[Mark] = []
        self.other = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.line + self.getpos()[0] - 1
        if tag in _LIST_TAGS:
            first = next((v for k, v in attrs if k == "start" and v and v.isdigit()), "1")
            ordered, start = tag == "ol", int(first) if tag == "ol" else 0
            block = Block(kind="list", line=line, ordered=ordered, start=start)
            (
                self.lists[-1].children[-1].children if self.inline is not None else self.done
            ).append(block)
            self.lists.append(block)
            self.inline = None
        elif tag == "li" and self.lists:
            self.inline = Inline()
            paragraph = Block(kind="paragraph", line=line, inline=self.inline, end_line=line)
            self.lists[-1].children.append(Block(kind="item", line=line, children=[paragraph]))
        elif self.inline is not None and tag in _INLINE_MARKS:
            self.marks.append(Mark(len(self.inline.text), -1, _INLINE_MARKS[tag]))
        elif self.inline is not None and tag in ("br", "p"):
            self.inline.text += "\n"
        else:
            self.other = True

    def handle_endtag(self, tag: str) -> None:
        if tag in _LIST_TAGS and self.lists:
            self.lists.pop()
        elif tag == "li" and self.inline is not None:
            self.inline.text = self.inline.text.rstrip()
            self.inline = None
        elif self.inline is not None and tag in _INLINE_MARKS and self.marks:
            mark = self.marks.pop()
            mark.end = len(self.inline.text)
            self.inline.marks.append(mark)

    def handle_data(self, data: str) -> None:
        if self.inline is not None:
            self.inline.text += " ".join(data.split("\n")) if self.inline.text else data.lstrip()
        elif data.strip():
            self.other = True


def html_list(block: Block) -> Block | None:
    """The list an HTML block holds and nothing else, else None."""
    if not _HTML_LIST.match(block.code):
        return None
    parser = _ListOfHtml(block.line)
    parser.feed(block.code)
    parser.close()
    if parser.other or len(parser.done) != 1:
        return None
    found = parser.done[0]
    found.end_line = block.end_line
    return found


def html_text(html: str) -> str:
    """Visible text of an HTML fragment (tags dropped, entities decoded)."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


class _Lines:
    """Byte offsets to 1-based lines of the note as written (`inserted` lines, added by a
    fix-up before parsing, are not counted)."""

    def __init__(self, text: str, inserted: Sequence[int] = ()) -> None:
        self.data = text.encode("utf-8")
        self.starts = [0] + [m.end() for m in re.finditer(b"\n", self.data)]
        self.inserted = sorted(inserted)

    def of(self, offset: int) -> int:
        line = bisect.bisect_right(self.starts, offset)
        return line - bisect.bisect_right(self.inserted, line) if self.inserted else line

    def first(self, start: int, end: int) -> int:
        """The line of a range's first visible byte (list items start at the line break)."""
        while start < end - 1 and self.data[start : start + 1] in (b"\n", b"\r"):
            start += 1
        return self.of(start)


# Inline HTML that styles a run the way Markdown's own marks do: `<u>`-underlined terms.
_STYLE_TAGS = {
    "b": "strong",
    "strong": "strong",
    "u": "strong",
    "mark": "strong",
    "i": "em",
    "em": "em",
}
_STYLE_TAG = re.compile(r"<(/?)(b|strong|u|mark|i|em)\s*>", re.I)


class _Builder:
    """Consumes pyromark events, keeping a stack of open blocks and inline targets."""

    def __init__(self, lines: _Lines) -> None:
        self.lines = lines
        self.root = Block(kind="root", line=1)
        self.stack: list[Block] = [self.root]
        self.inline: Inline | None = None
        self.open_marks: list[Mark] = []
        self.html_marks: dict[str, tuple[Inline, Mark]] = {}  # `<u>` opened, and where
        self.link_stack: list[tuple[str, bool, int]] = []  # (url, wiki, start)
        self.image_depth = 0
        self.closed_at: tuple[Inline, int] | None = None  # where an image or link ended
        self.row: list[Inline] | None = None
        self.last_code: Block | None = None
        self.last_code_offset = 0

    # --- blocks -------------------------------------------------------------------------
    def open(self, kind: str, line: int, **extra: Any) -> Block:
        block = Block(kind=kind, line=line, **extra)
        self.stack[-1].children.append(block)
        self.stack.append(block)
        return block

    def close(self, end_line: int) -> None:
        if len(self.stack) > 1:
            self.stack.pop().end_line = end_line
        self.inline = None

    def ensure_inline(self, line: int) -> Inline:
        if self.inline is None:
            # Tight list items carry text without a paragraph: give them one.
            block = self.open("paragraph", line)
            block.inline = self.inline = Inline()
            block.end_line = line
        return self.inline

    def leave_implicit_paragraph(self) -> None:
        top = self.stack[-1]
        if top.kind == "paragraph" and self.inline is not None and top.inline is self.inline:
            self.stack.pop()
            self.inline = None

    # --- events -------------------------------------------------------------------------
    def start(self, tag: Any, line: int, end_line: int, offset: int = 0) -> None:
        if isinstance(tag, str):
            self.start_simple(tag, line)
            return
        ((name, value),) = tag.items()
        if name == "Heading":
            self.leave_implicit_paragraph()
            block = self.open("heading", line, level=_HEADING_LEVELS.get(value["level"], 1))
            block.inline = self.inline = Inline()
        elif name in ("BlockQuote", "List", "FootnoteDefinition"):
            self.leave_implicit_paragraph()
            kind = {"BlockQuote": "quote", "List": "list", "FootnoteDefinition": "footnote"}
            ordered = name == "List" and value is not None
            self.open(kind[name], line, ordered=ordered, start=int(value) if ordered else 0)
        elif name == "CodeBlock":
            self.leave_implicit_paragraph()
            lang = value["Fenced"] if isinstance(value, dict) else ""
            self.last_code = self.open("code", line, lang=str(lang).strip())
            self.last_code.indented = not isinstance(value, dict)
            self.last_code.end_line = end_line
            self.last_code_offset = offset
        elif name == "Table":
            self.leave_implicit_paragraph()
            self.open("table", line)
        elif name == "Link":
            self.start_link(value)
        elif name == "Image":
            url = str(value.get("dest_url", "")) if isinstance(value, dict) else ""
            formula = formula_of_image(url) if not self.image_depth else None
            if formula is not None:
                # `![](https://latex.codecogs.com/svg.latex?M\xi=...)`: a formula drawn by a
                # web service, its LaTeX in the address, read as the formula it shows.
                self.text(math_text(formula), line, code=True, math=True)
            self.image_depth += 1
            if self.image_depth == 1 and self.row is None and formula is None:
                self.ensure_inline(line).images.append(url.split("|", 1)[0].strip())

    def start_simple(self, tag: str, line: int) -> None:
        if tag == "Paragraph":
            block = self.open("paragraph", line)
            block.inline = self.inline = Inline()
        elif tag == "Item":
            self.leave_implicit_paragraph()
            self.open("item", line)
        elif tag == "HtmlBlock":
            self.leave_implicit_paragraph()
            block = self.open("html", line)
            block.inline = self.inline = Inline()
        elif tag in ("TableHead", "TableRow"):
            self.row = []
        elif tag == "TableCell":
            self.inline = Inline()
        elif tag in ("Strong", "Emphasis", "Strikethrough"):
            inline = self.ensure_inline(line)
            kind = {"Strong": "strong", "Emphasis": "em", "Strikethrough": "strike"}[tag]
            self.open_marks.append(Mark(start=len(inline.text), end=-1, kind=kind))

    def start_link(self, value: Any) -> None:
        link_type = value["link_type"]
        wiki = isinstance(link_type, dict) and "WikiLink" in link_type
        start = len(self.inline.text) if self.inline is not None else 0
        self.link_stack.append((str(value["dest_url"]), wiki, start))

    def end(self, tag: Any, line: int) -> None:
        name = tag if isinstance(tag, str) else next(iter(tag))
        if name in ("Strong", "Emphasis", "Strikethrough"):
            if self.open_marks and self.inline is not None:
                mark = self.open_marks.pop()
                mark.end = len(self.inline.text)
                self.inline.marks.append(mark)
        elif name == "Link":
            self.end_link()
        elif name == "Image":
            self.image_depth = max(0, self.image_depth - 1)
            self.attributes_may_follow()
        elif name == "TableCell":
            if self.row is not None:
                self.row.append(self.inline or Inline())
            self.inline = None
        elif name in ("TableHead", "TableRow"):
            if self.row is not None and self.stack[-1].kind == "table":
                self.stack[-1].rows.append(self.row)
            self.row = None
        elif name in ("Item", "List", "BlockQuote", "FootnoteDefinition"):
            self.leave_implicit_paragraph()
            self.close(line)
        elif name == "HtmlBlock":
            self.close(line)
            siblings = self.stack[-1].children
            listed = html_list(siblings[-1]) if siblings else None
            if listed is not None:
                siblings[-1] = listed
        else:  # Paragraph, Heading, CodeBlock, Table
            self.close(line)

    def end_link(self) -> None:
        if not self.link_stack:
            return
        url, wiki, start = self.link_stack.pop()
        if self.inline is None or self.image_depth:
            return
        text = self.inline.text[start:]
        if wiki:
            if text.strip() == url.strip():
                # [[note#heading]] reads "note › heading" the way Obsidian shows it.
                shown = " › ".join(p for p in url.split("#") if p.strip()) or url
                self.inline.text = self.inline.text[:start] + shown
            elif "#" not in url and text.strip():
                self.inline.link_names.append((url.strip(), " ".join(text.split())))
            self.inline.wikilinks.append(url.split("#", 1)[0].strip())
        else:
            self.inline.links.append((" ".join(text.split()), url))
        self.inline.marks.append(Mark(start=start, end=len(self.inline.text), kind="link"))
        self.attributes_may_follow()

    def attributes_may_follow(self) -> None:
        if self.inline is not None and not self.image_depth:
            self.closed_at = (self.inline, len(self.inline.text))

    def text(self, value: str, line: int, code: bool = False, math: bool = False) -> None:
        top = self.stack[-1]
        if top.kind == "code" and not code:
            top.code += value
            return
        if self.image_depth:
            return
        inline = self.ensure_inline(line) if self.row is None else self.cell()
        if self.closed_at is not None and not code:
            closed, at = self.closed_at
            if closed is inline and at == len(inline.text):
                # "![Lung volume](imgs/lec20_3.png){width=60%}": Pandoc's attributes of the
                # picture or link, which no reader sees.
                value = _ATTRIBUTES.sub("", value, count=1)
        self.closed_at = None
        start = len(inline.text)
        inline.text += value
        if code:
            inline.marks.append(Mark(start=start, end=len(inline.text), kind="code", math=math))

    def cell(self) -> Inline:
        if self.inline is None:
            self.inline = Inline()
        return self.inline

    def html(self, value: str, line: int) -> None:
        if self.stack[-1].kind == "html":
            self.stack[-1].code += value  # the tags as written: `<details>` says what follows
            inline = self.ensure_inline(line)
            inline.text += html_text(value)
            return
        if self.image_depth:
            return
        inline = self.ensure_inline(line) if self.row is None else self.cell()
        tag = _STYLE_TAG.fullmatch(value.strip())
        if tag is not None:
            self.style(inline, tag.group(2).lower(), closing=bool(tag.group(1)))
            return
        inline.text += html_text(value).replace("\n", " ")

    def style(self, inline: Inline, tag: str, closing: bool) -> None:
        """`<u>process control block (PCB)</u>`: a term marked with HTML, as with `**`."""
        if not closing:
            mark = Mark(start=len(inline.text), end=-1, kind=_STYLE_TAGS[tag])
            self.html_marks[tag] = (inline, mark)
            return
        opened = self.html_marks.pop(tag, None)
        if opened is not None and opened[0] is inline and len(inline.text) > opened[1].start:
            opened[1].end = len(inline.text)
            inline.marks.append(opened[1])

    def feed(self, event: Any, line: int, end_line: int, offset: int = 0) -> None:
        if isinstance(event, str):
            if event in ("SoftBreak", "HardBreak") and self.inline is not None:
                self.inline.text += "\n"
            elif event == "Rule":
                self.leave_implicit_paragraph()
                self.stack[-1].children.append(Block(kind="rule", line=line))
            return
        ((name, value),) = event.items()
        if name == "Start":
            self.start(value, line, end_line, offset)
        elif name == "End":
            self.end(value, end_line)
        elif name == "Text":
            self.text(str(value), line)
        elif name == "Code":
            self.text(str(value), line, code=True)
        elif name in ("InlineMath", "DisplayMath"):
            # A formula is one unit, like code: its "-" or ":" never separates a term.
            self.text(math_text(str(value)), line, code=True, math=True)
        elif name in ("Html", "InlineHtml"):
            self.html(str(value), line)
        elif name == "TaskListMarker":
            item = next((b for b in reversed(self.stack) if b.kind == "item"), None)
            if item is not None:
                item.task = bool(value)


_ATTRIBUTES = re.compile(
    r"^\{(?:\s*(?:[#.][\w:-]+|[\w-]+=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s{}]+)))+\s*\}"
)


def parse(text: str, inserted: Sequence[int] = ()) -> Document:
    """Parse Markdown into blocks with line numbers (pure, never raises on any text)."""
    lines = _Lines(text, inserted)
    builder = _Builder(lines)
    for event, span in pyromark.events_with_range(text, options=OPTIONS, merge_text=True):
        start, end = int(span["start"]), int(span["end"])
        builder.feed(event, lines.first(start, end), lines.of(max(start, end - 1)), start)
    unclosed = 0
    last = builder.last_code
    if last is not None and _runs_to_end(lines.data[builder.last_code_offset :]):
        unclosed = last.line
    _mark_split_numbering(builder.root.children)
    return Document(
        blocks=builder.root.children,
        unclosed_fence=unclosed,
    )


def _mark_split_numbering(siblings: list[Block]) -> None:
    """Numbered lists among `siblings` whose numbering one later list goes on with."""
    previous: Block | None = None
    for block in siblings:
        if block.kind == "heading":
            previous = None
        elif block.kind == "list" and block.ordered:
            if previous is not None and (
                block.start == previous.start + len(previous.children)
                or block.start > max(1, previous.start)
            ):
                previous.split_numbering = block.split_numbering = True
            previous = block
        _mark_split_numbering(block.children)


_FENCE_LINE = re.compile(r"^[ \t>]*(`{3,}|~{3,})")


def _runs_to_end(data: bytes) -> bool:
    """True when the fenced code block starting here has no closing fence."""
    source = data.decode("utf-8", "replace").lstrip("\n").split("\n")
    fence = _FENCE_LINE.match(source[0])
    if not fence:
        return False
    marker = fence.group(1)
    for raw in source[1:]:
        m = _FENCE_LINE.match(raw)
        closes = m is not None and m.group(1)[0] == marker[0] and len(m.group(1)) >= len(marker)
        if closes and not raw.strip(" \t>").strip(marker[0]).strip():
            return False
    return True
