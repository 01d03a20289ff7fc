"""Parse Obsidian-flavoured Markdown notes into cards (pure: text in, models out)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from bot.core.models import Card, CardKind, ContentError, Detail, Link, Note

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^([ \t]*)(?:[*+-]|\d{1,3}[.)])(?:[ \t]+(.*)|[ \t]*$)")
_TAG_LINE = re.compile(r"^(?:#[^\s#]+\s*)+$")
_TAG = re.compile(r"#([^\s#]+)")
# Bracketed text never contains "[" and targets are bounded: otherwise a line of 10,000
# "[" or "[a](" makes every start position scan to the end of the line (seconds per line).
_EMBED = re.compile(r"!\[\[[^\[\]]*\]\]|!\[[^\[\]]*\]\([^)]{0,2048}\)")
_LINK = re.compile(r"\[([^\[\]]+)\]\(([^)\s]{1,2048})(?:\s+\"[^\"]*\")?\)")
_WIKILINK = re.compile(r"\[\[([^\[\]|]+)(?:\|([^\[\]]+))?\]\]")
_URL = re.compile(r"^<?(https?://\S+?)>?[;,.]?$")
_BOLD_TERM = re.compile(
    r"^(?:\*\*|__)\s*(.+?)\s*(?:\*\*|__)\s*(?:(?:[—–:-]+|(?<=:\*\*)|(?<=:__))\s*(.*))?$"
)
_CODE_TERM = re.compile(r"^`([^`]+)`\s*(?:[—–:]|-(?=\s))\s*(.*)$")
_DASH_TERM = re.compile(r"^(.{1,60}?)\s+[—–-]{1,2}\s+(.+)$")
_COLON_TERM = re.compile(r"^([^:]{1,60}?):\s+(.+)$")
_PAREN = re.compile(r"^(.*?)\s*\(([^()]+)\)\s*$")
_HRULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_TAB_WIDTH = 4
_MAX_DEPTH = 64  # list nesting; the card builder recurses once per level
_MAX_TERM_WORDS = 6
_MAX_ITEM_WORDS = 6


def card_id(note: str, title: str) -> str:
    """A short stable id: depends only on the note name and the card title."""
    key = f"{note.casefold()}/{' '.join(title.casefold().split())}"
    return hashlib.blake2b(key.encode("utf-8"), digest_size=5).hexdigest()


def clean_inline(text: str) -> tuple[str, tuple[Link, ...]]:
    """Strip Markdown emphasis and embeds; keep link text and collect link targets."""
    links: list[Link] = []
    text = _EMBED.sub("", text)

    def _link(m: re.Match[str]) -> str:
        links.append(Link(text=m.group(1).strip(), url=m.group(2).strip()))
        return m.group(1).strip()

    text = _LINK.sub(_link, text)
    text = _WIKILINK.sub(lambda m: (m.group(2) or m.group(1)).strip(), text)
    url = _URL.match(text.strip())
    if url:
        links.append(Link(text=url.group(1), url=url.group(1)))
    text = re.sub(r"(\*\*|__)\s*(.*?)\s*\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)([^*]+?)(?<!\s)\*(?![\w*])", r"\1", text)
    text = text.replace("`", "")
    text = " ".join(text.split())
    return text.strip(), tuple(links)


def _split_aliases(title: str) -> tuple[str, tuple[str, ...]]:
    m = _PAREN.match(title)
    if not m or not m.group(1).strip():
        return title, ()
    aliases = tuple(a.strip() for a in re.split(r"[,/;]", m.group(2)) if a.strip())
    return m.group(1).strip(), aliases


@dataclass(slots=True)
class _Node:
    raw: str
    line: int
    indent: int
    children: list[_Node] = field(default_factory=list)


@dataclass(slots=True)
class _Term:
    title: str
    definition: str
    strong: bool  # bold or code span: a deliberate term, also valid below top level


def _term_of(raw: str) -> _Term | None:
    """Recognise `**Term** — def`, `` `term` — def``, `Term - def`, `Term: def`."""
    text = _EMBED.sub("", raw).strip()
    m = _BOLD_TERM.match(text)
    if m and "**" not in m.group(1):
        return _Term(
            title=m.group(1).rstrip(":").strip(), definition=m.group(2) or "", strong=True
        )
    m = _CODE_TERM.match(text)
    if m:
        return _Term(title=m.group(1), definition=m.group(2), strong=True)
    for pattern in (_DASH_TERM, _COLON_TERM):
        m = pattern.match(text)
        if m and len(m.group(1).split()) <= _MAX_TERM_WORDS and "[" not in m.group(1):
            return _Term(title=m.group(1), definition=m.group(2), strong=False)
    return None


class _Builder:
    def __init__(self, source: str, note: str) -> None:
        self.source = source
        self.note = note
        self.cards: list[Card] = []
        self.ids: set[str] = set()

    def new_id(self, title: str) -> str:
        base = card_id(self.note, title)
        cid, n = base, 2
        while cid in self.ids:
            cid = f"{base}-{n}"
            n += 1
        self.ids.add(cid)
        return cid

    def add_tree(self, node: _Node, section: tuple[str, ...], top: bool) -> None:
        term = _term_of(node.raw)
        text, links = clean_inline(node.raw)
        if not text:
            for child in node.children:
                self.add_tree(child, section, top)
            return
        if term and (top or term.strong):
            self.add_card(node, term, section)
            return
        if node.children and (top or self._is_label(text)):
            label = text.rstrip(":").strip()
            self.add_card(node, _Term(title=label, definition="", strong=False), section)
            return
        if top:
            self.cards.append(
                Card(
                    id=self.new_id(text),
                    title=text,
                    kind=CardKind.FACT,
                    links=links,
                    section=section,
                    note=self.note,
                    source=self.source,
                    line=node.line,
                )
            )

    @staticmethod
    def _is_label(text: str) -> bool:
        return not text.endswith(":") and len(text.split()) <= 4

    def add_card(self, node: _Node, term: _Term, section: tuple[str, ...]) -> None:
        title_text, _ = clean_inline(term.title)
        title, aliases = _split_aliases(title_text)
        definition, links = clean_inline(term.definition)
        cid = self.new_id(title)
        details: list[Detail] = []
        items: list[str] = []
        all_links = list(links)
        for child in node.children:
            self._collect(child, 0, details, all_links)
            item = None if child.children else self._item_of(child)
            if item:
                items.append(item)
        child_section = (*section, title)
        self.cards.append(
            Card(
                id=cid,
                title=title,
                kind=CardKind.TERM if definition or not node.children else CardKind.TOPIC,
                aliases=aliases,
                definition=definition,
                details=tuple(details),
                items=tuple(dict.fromkeys(items)),
                links=tuple(all_links),
                section=section,
                note=self.note,
                source=self.source,
                line=node.line,
            )
        )
        before = len(self.cards)
        for child in node.children:
            self.add_tree(child, child_section, top=False)
        self.cards[before:] = [
            _with_parent(c, cid) if c.parent_id is None else c for c in self.cards[before:]
        ]

    def _collect(self, node: _Node, depth: int, out: list[Detail], links: list[Link]) -> None:
        text, node_links = clean_inline(node.raw)
        if text:
            out.append(Detail(text=text, depth=depth, links=node_links))
            links.extend(node_links)
        for child in node.children:
            self._collect(child, depth + 1 if text else depth, out, links)

    @staticmethod
    def _item_of(node: _Node) -> str | None:
        term = _term_of(node.raw)
        if term and term.strong:
            title, _ = clean_inline(term.title)
            return title
        text, links = clean_inline(node.raw)
        text = text.rstrip(";,.")
        if links and text.startswith(("http://", "https://")):
            return None
        if links and text == links[0].text.rstrip(";,."):
            return text
        if (
            text
            and not text.endswith(":")
            and len(text.split()) <= _MAX_ITEM_WORDS
            and (len(text.split()) <= 3 or links)
        ):
            return text
        return None


def _with_parent(card: Card, parent_id: str) -> Card:
    from dataclasses import replace

    return replace(card, parent_id=parent_id)


def _indent_width(prefix: str) -> int:
    return sum(_TAB_WIDTH if ch == "\t" else 1 for ch in prefix)


def parse_note(text: str, source: str, note: str | None = None) -> Note:
    """Parse one note. `source` is the path shown in errors; `note` names the note."""
    name = note or source.rsplit("/", 1)[-1].removesuffix(".md")
    if "\x00" in text:
        raise ContentError(source, 1, "the file is not text (it contains NUL bytes)")
    lines = text.splitlines()
    builder = _Builder(source, name)
    tags: list[str] = []
    headings: list[str] = []
    roots: list[_Node] = []
    stack: list[_Node] = []
    paragraph: list[tuple[int, str]] = []
    heading_line = 0
    in_fence = False
    fence_line = 0
    start = 0
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                start = i + 1
                break

    def flush() -> None:
        nonlocal roots, paragraph
        section = tuple(headings)
        # Paragraphs that are bold/code terms are cards of their own; other prose under a
        # heading defines the heading itself.
        terms = [(n, p) for n, p in paragraph if _is_strong_term(p)]
        prose = [(n, p) for n, p in paragraph if not _is_strong_term(p)]
        term_roots = [_Node(raw=p, line=n, indent=0) for n, p in terms]
        if prose and headings:
            roots = term_roots + _heading_card(builder, headings, heading_line, prose, roots)
        else:
            roots = term_roots + [_Node(raw=p, line=n, indent=0) for n, p in prose] + roots
        for root in roots:
            builder.add_tree(root, section, top=True)
        roots = []
        paragraph = []
        stack.clear()

    last_paragraph = False
    for index in range(start, len(lines)):
        lineno = index + 1
        line = lines[index]
        if _FENCE.match(line):
            in_fence = not in_fence
            fence_line = lineno
            last_paragraph = False
            continue
        if in_fence or not line.strip() or _HRULE.match(line):
            last_paragraph = False
            continue
        stripped = line.strip()
        if not headings and not roots and not paragraph and _TAG_LINE.match(stripped):
            tags.extend(_TAG.findall(stripped))
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            last_paragraph = False
            level = len(heading.group(1))
            title, _ = clean_inline(heading.group(2))
            del headings[level - 1 :]
            headings.append(title or "…")
            heading_line = lineno
            continue
        bullet = _BULLET.match(line)
        if bullet:
            last_paragraph = False
            indent = _indent_width(bullet.group(1))
            node = _Node(raw=(bullet.group(2) or "").strip(), line=lineno, indent=indent)
            while stack and stack[-1].indent >= indent:
                stack.pop()
            if len(stack) >= _MAX_DEPTH:
                raise ContentError(source, lineno, f"list nested deeper than {_MAX_DEPTH} levels")
            if stack:
                stack[-1].children.append(node)
            else:
                roots.append(node)
            stack.append(node)
            continue
        if stack and line[:1] in (" ", "\t"):
            stack[-1].raw = f"{stack[-1].raw} {stripped}".strip()
            continue
        if _EMBED.fullmatch(stripped):
            continue
        stack.clear()
        if last_paragraph and paragraph and not _is_strong_term(stripped):
            n, prev = paragraph[-1]
            paragraph[-1] = (n, f"{prev} {stripped}")
        else:
            paragraph.append((lineno, stripped))
        last_paragraph = True
    if in_fence:
        raise ContentError(source, fence_line, "code block is not closed with ```")
    flush()
    return Note(
        title=name, source=source, tags=tuple(dict.fromkeys(tags)), cards=tuple(builder.cards)
    )


def _is_strong_term(text: str) -> bool:
    term = _term_of(text)
    return bool(term and term.strong)


def _heading_card(
    builder: _Builder,
    headings: list[str],
    line: int,
    paragraph: list[tuple[int, str]],
    roots: list[_Node],
) -> list[_Node]:
    """A heading followed by prose is a card: the heading is the term, the prose defines it.

    Plain bullets under it become its details; term bullets stay cards of their own.
    Returns the roots still to be added as top-level cards.
    """
    title = headings[-1]
    first = paragraph[0][1]
    node = _Node(raw=f"**{title}** — {first}", line=line, indent=0)
    node.children = [_Node(raw=p, line=n, indent=1) for n, p in paragraph[1:]]
    rest: list[_Node] = []
    for root in roots:
        (rest if _term_of(root.raw) else node.children).append(root)
    builder.add_card(node, _Term(title=title, definition=first, strong=True), tuple(headings[:-1]))
    return rest
