"""Parse Obsidian notes into cards (pure: text in, models out).

Markdown structure comes from a CommonMark parser (`bot.core.markdown`), Obsidian's own
syntax from `bot.core.obsidian`; this module decides what a reader of the note would call
a term: the note itself (one note per term), glossary bullets, headings with prose,
term tables. Problems never stop a note from loading: they become warnings.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from bot.core import flashcards, obsidian
from bot.core.markdown import Block, Document, Inline, parse
from bot.core.models import Card, CardKind, ContentWarning, Detail, Link, Note
from bot.core.obsidian import Term
from bot.core.text import fold

_MAX_DEPTH = 64  # list nesting the card builder follows; deeper levels are flattened
_MAX_ITEM_WORDS = 6
_MIN_FACT_WORDS = 3
_URL = re.compile(r"^<?(https?://\S+?)>?[;,.]?$")
_DATAVIEW = re.compile(r"^[\w\s.-]{1,30}::(?:\s|$)")
_TERM_HEADERS = frozenset(
    {
        "термин", "понятие", "команда", "опция", "опции", "флаг", "ключ", "параметр",
        "аргумент", "директива", "инструкция", "название", "имя", "сигнал", "метод",
        "функция", "оператор", "тип", "утилита", "переменная", "код", "статус", "слово",
        "term", "command", "option", "flag", "key", "parameter", "argument", "directive",
        "instruction", "name", "signal", "method", "function", "operator", "type",
        "variable", "code", "status", "keyword", "service", "сервис", "служба", "протокол",
        "protocol", "концепция", "concept", "компонент", "component", "tool", "инструмент",
        "элемент", "element", "resource", "ресурс", "abbreviation", "аббревиатура",
    }
)  # fmt: skip


def card_id(note: str, title: str) -> str:
    """A short stable id: depends only on the note name and the card title."""
    key = f"{note.casefold()}/{' '.join(title.casefold().split())}"
    return hashlib.blake2b(key.encode("utf-8"), digest_size=5).hexdigest()


@dataclass(slots=True)
class _Draft:
    title: str
    line: int
    section: tuple[str, ...]
    kind: CardKind = CardKind.TERM
    definition: str = ""
    aliases: list[str] = field(default_factory=list)
    details: list[Detail] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    wikilinks: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    decks: tuple[str, ...] = ()
    parent: _Draft | None = None
    question: str = ""
    context: str = ""


def _links(inline: Inline) -> list[Link]:
    out = [Link(text=t, url=u) for t, u in inline.links if u]
    url = _URL.match(inline.plain())
    if url:
        out.append(Link(text=url.group(1), url=url.group(1)))
    return out


def _text(inline: Inline | None) -> str:
    return obsidian.clean(inline.text) if inline is not None else ""


def _only_links(inline: Inline) -> bool:
    """The text is nothing but links (a map-of-content line like `- [[PID]]`)."""
    text = inline.text
    covered = [False] * len(text)
    for mark in inline.marks:
        if mark.kind == "link":
            for i in range(max(0, mark.start), min(len(text), mark.end)):
                covered[i] = True
    rest = "".join(ch for ch, c in zip(text, covered, strict=True) if not c)
    return any(covered) and not re.sub(r"[\s,;.:|•·–—-]+", "", rest)


def _first_inline(block: Block) -> Inline | None:
    for child in block.children:
        if child.kind == "paragraph":
            return child.inline
        if child.kind != "rule":
            return None
    return None


def _defines(inline: Inline | None) -> bool:
    """Can this paragraph be a definition (not a tag line, a link list or a field)?"""
    if inline is None:
        return False
    text = _text(inline)
    if not text or _link_list(inline) or _URL.match(text) or _DATAVIEW.match(inline.plain()):
        return False
    return any(ch.isalpha() for ch in text)


def _lines(inline: Inline) -> list[tuple[str, bool]]:
    """(text, only links) per line of a paragraph; tag-only lines are left out."""
    covered = [False] * len(inline.text)
    for mark in inline.marks:
        if mark.kind == "link":
            for i in range(max(0, mark.start), min(len(covered), mark.end)):
                covered[i] = True
    out: list[tuple[str, bool]] = []
    start = 0
    for end in [*(i for i, ch in enumerate(inline.text) if ch == "\n"), len(inline.text)]:
        segment = inline.text[start:end]
        if obsidian.clean(segment):
            rest = "".join(ch for ch, c in zip(segment, covered[start:end], strict=True) if not c)
            links_only = any(covered[start:end]) and not re.sub(r"[\s,;.:|•·–—-]+", "", rest)
            out.append((segment, links_only))
        start = end + 1
    return out


def _link_list(inline: Inline) -> bool:
    """Most lines are nothing but links: a map of content, not prose."""
    lines = _lines(inline)
    linked = sum(1 for _, only in lines if only)
    prose = [text for text, only in lines if not only]
    words = sum(len(text.split()) for text in prose)
    if linked >= 3 and words <= 3 * len(prose):
        return True  # a list of links with a few short labels between them
    return linked > 0 and linked >= 3 * len(prose)


def _without_link_lines(text: str, inline: Inline) -> str:
    """`text` without the link-only lines that closed its paragraph (`[[Команды Linux]]`)."""
    tails = [obsidian.clean(line) for line, only in _lines(inline) if only]
    changed = True
    while changed and tails:
        changed = False
        for tail in tails:
            if tail and text.endswith(tail) and len(text) > len(tail):
                text = text[: -len(tail)].rstrip()
                changed = True
    return text


def _prose(inline: Inline) -> str:
    """A paragraph's text without its link-only lines (`[[nftables]]` under a definition)."""
    if "\n" not in inline.text:
        return _text(inline)
    return obsidian.clean(" ".join(text for text, only in _lines(inline) if not only))


class _NoteBuilder:
    def __init__(
        self, source: str, note: str, title: str, topics: tuple[str, ...], names: set[str]
    ) -> None:
        self.source = source
        self.note = note
        self.title = title
        self.names = names  # the note's own names (title, its bracketed alias, aliases)
        self.topics = topics
        self.drafts: list[_Draft] = []
        self.warnings: list[ContentWarning] = []
        self.note_card: _Draft | None = None
        self.deep_warned = False

    def warn(self, line: int, message: str) -> None:
        self.warnings.append(ContentWarning(source=self.source, line=line, message=message))

    def new(self, title: str, line: int, section: tuple[str, ...], **kw: object) -> _Draft:
        draft = _Draft(title=title, line=line, section=section, **kw)  # type: ignore[arg-type]
        self.drafts.append(draft)
        return draft

    # --- sections -----------------------------------------------------------------------
    def run(self, blocks: list[Block]) -> None:
        sections = _split_sections(blocks)
        stack: list[tuple[int, str, _Draft | None]] = []
        for index, (head, body) in enumerate(sections):
            if head is None:
                self.section(None, body, (), parent=None, note_level=True, line=1)
                continue
            info = obsidian.heading(_text(head.inline))
            while stack and stack[-1][0] >= head.level:
                stack.pop()
            path = tuple(t for _, t, _ in stack if t)
            parent = next((d for _, _, d in reversed(stack) if d is not None), self.note_card)
            is_note = index <= 1 and not stack and self._names_note(info.title)
            if info.section_word or not info.title:
                target = parent or self.note_card
                self.attach(target, info, body, path, head.line)
                stack.append((head.level, "" if is_note else info.title, target))
                continue
            draft = self.section(
                info, body, path, parent=parent, note_level=is_note, line=head.line
            )
            stack.append((head.level, "" if is_note else info.title, draft))

    def _names_note(self, title: str) -> bool:
        return _name_key(title) in self.names

    def section(
        self,
        info: obsidian.Heading | None,
        body: list[Block],
        path: tuple[str, ...],
        *,
        parent: _Draft | None,
        note_level: bool,
        line: int,
    ) -> _Draft | None:
        """One heading's blocks (or the note's preamble); returns the heading's card."""
        own_path = path if note_level or info is None else (*path, info.title)
        names = self.names if note_level else {_name_key(info.title)} if info else set()
        lead = _lead(body, names)
        card: _Draft | None = None
        if note_level and (lead is not None or self.note_card is not None):
            # `# Git` in git.md: the heading spells the note's name as its author writes it.
            spelled = info.title if info is not None and not info.aliases else self.title
            card = self.note_card or self.new(spelled, line, ())
            self.note_card = card
        elif info is not None and lead is not None:
            card = self.new(info.title, line, path, parent=parent, aliases=list(info.aliases))
        elif info is not None and _has_material(body):
            card = self.new(
                info.title,
                line,
                path,
                parent=parent,
                kind=CardKind.TOPIC,
                aliases=list(info.aliases),
            )
        if card is not None and info is not None and info.question and not card.question:
            card.question = info.question
        if card is not None and lead is not None and not card.definition:
            self.define(card, lead)
        self.blocks(body, own_path, card, skip=lead)
        return card

    def attach(
        self,
        target: _Draft | None,
        info: obsidian.Heading,
        body: list[Block],
        path: tuple[str, ...],
        line: int,
    ) -> None:
        """A section-word heading (`Пример`, `Определение`): its blocks belong to the card
        above it; a defining one (`Определение`) may give that card its definition."""
        lead = _lead(body, self.names if target is self.note_card else set())
        if target is None and lead is not None and fold(info.title) in obsidian.DEFINING_SECTIONS:
            target = self.note_card = self.new(self.title, line, ())
        if target is None and _has_material(body):
            target = self.note_card = self.new(self.title, line, (), kind=CardKind.TOPIC)
        defining = fold(info.title) in obsidian.DEFINING_SECTIONS
        if target is not None and lead is not None and not target.definition and defining:
            self.define(target, lead)
            target.kind = CardKind.TERM
            self.blocks(body, path, target, skip=lead)
            return
        if target is not None and info.title:
            target.details.append(Detail(text=f"{info.title}:"))
        self.blocks(body, path, target, skip=None, depth=1 if info.title else 0)

    def define(self, card: _Draft, lead: Block) -> None:
        inline = _definition_inline(lead)
        if inline is None:
            return
        text = _prose(inline)
        term = obsidian.term_of(inline, top=True)
        if term is not None:
            head, aliases, _ = obsidian.split_aliases(term.title)
            own = {_name_key(n) for n in (card.title, *card.aliases)}
            if _name_key(head) in own | (self.names if card is self.note_card else set()):
                # "PID (Process ID) — идентификатор процесса" in the note PID.
                card.aliases.extend(a for a in aliases if a not in card.aliases)
                text = _without_link_lines(obsidian.clean(term.definition), inline)
        card.definition = text
        card.kind = CardKind.TERM
        card.keywords.extend(_keywords(inline))
        card.links.extend(_links(inline))
        card.wikilinks.extend(inline.wikilinks)

    # --- blocks -------------------------------------------------------------------------
    def blocks(
        self,
        body: list[Block],
        path: tuple[str, ...],
        card: _Draft | None,
        *,
        skip: Block | None,
        depth: int = 0,
    ) -> None:
        for block in body:
            if block is skip:
                if block.kind == "quote":
                    self.quote_rest(block, card, depth)
                continue
            self.block(block, path, card, depth)

    def block(self, block: Block, path: tuple[str, ...], card: _Draft | None, depth: int) -> None:
        kind = block.kind
        if kind == "list":
            self.top_list(block, path, card, depth)
        elif kind == "paragraph":
            self.paragraph(block, path, card, depth)
        elif kind == "code":
            if card is not None and block.code.strip():
                card.details.append(Detail(text=block.code.rstrip("\n"), depth=depth, code=True))
        elif kind == "table":
            self.table(block, path, card, depth)
        elif kind in ("quote", "footnote"):
            self.quote(block, path, card, depth)
        elif kind == "html":
            text = obsidian.clean(_text(block.inline))
            if card is not None and text:
                card.details.append(Detail(text=text, depth=depth))

    def paragraph(
        self, block: Block, path: tuple[str, ...], card: _Draft | None, depth: int
    ) -> None:
        inline = block.inline
        if inline is None:
            return
        term = obsidian.term_of(inline, top=False)
        if term is not None and term.definition.strip():
            self.term_card(term, block, path, card)
            return
        text = _text(inline)
        if not text:
            return
        if card is not None:
            card.details.append(Detail(text=text, depth=depth, links=tuple(_links(inline))))
            card.wikilinks.extend(inline.wikilinks)
            card.keywords.extend(_keywords(inline))
        elif _is_fact(text, inline):
            self.new(text, block.line, path, kind=CardKind.FACT, links=_links(inline))

    def quote(self, block: Block, path: tuple[str, ...], card: _Draft | None, depth: int) -> None:
        """A quote or callout inside a section: its text joins the card's details."""
        callout = obsidian.callout(_first_inline(block))
        if card is None:
            return
        if callout is not None:
            head = callout.title or callout.kind.capitalize()
            body = obsidian.clean(callout.body)
            card.details.append(Detail(text=f"{head}: {body}" if body else head, depth=depth))
            for child in block.children[1:]:
                self.block(child, path, card, depth + 1)
            return
        for child in block.children:
            self.block(child, path, card, depth)

    def quote_rest(self, block: Block, card: _Draft | None, depth: int) -> None:
        """The blocks of a defining quote after the paragraph that became the definition."""
        if card is None:
            return
        rest = block.children[1:]
        callout = obsidian.callout(_first_inline(block))
        if callout is not None and not obsidian.clean(callout.body) and rest:
            rest = rest[1:]  # that paragraph was the definition
        for child in rest:
            self.block(child, (), card, depth)

    def table(self, block: Block, path: tuple[str, ...], card: _Draft | None, depth: int) -> None:
        rows = [[_text(c) for c in row] for row in block.rows]
        if not rows:
            return
        header, body = rows[0], rows[1:]
        if _is_term_table(header, body):
            context = card.title if card is not None else (path[-1] if path else "")
            for offset, row in enumerate(body):
                if not row[0] or not row[1]:
                    continue
                title, aliases, _ = obsidian.split_aliases(row[0])
                extra = [
                    Detail(text=f"{h}: {c}" if h else c)
                    for h, c in zip(header[2:], row[2:], strict=False)
                    if c
                ]
                self.new(
                    title,
                    block.line + 2 + offset,
                    path,
                    kind=CardKind.TABLE_ROW,
                    definition=row[1],
                    aliases=list(aliases),
                    details=extra,
                    parent=card,
                    context=context,
                )
            return
        if card is None:
            return
        for row in body:
            cells = [f"{h}: {c}" if h else c for h, c in zip(header, row, strict=False) if c]
            if cells:
                card.details.append(Detail(text="; ".join(cells), depth=depth))

    # --- lists --------------------------------------------------------------------------
    def top_list(
        self, block: Block, path: tuple[str, ...], card: _Draft | None, depth: int
    ) -> None:
        for item in block.children:
            if item.kind != "item":
                continue
            inline = _first_inline(item)
            if item.task is not None:
                continue  # a to-do list is a plan, not knowledge: neither terms nor details
            if inline is None:
                if card is not None:
                    self.collect(item, card, depth)
                continue
            term = obsidian.term_of(inline, top=True)
            if term is not None and (term.strong or not block.ordered):
                # Numbered lists are steps: "2. Перечитать конфиги: ..." is not a term.
                self.term_card(term, item, path, card)
                continue
            text = _text(inline)
            children = _item_children(item)
            if card is not None:
                self.collect(item, card, depth)
                item_name = _item_of(inline, bool(children))
                if item_name:
                    card.items.append(item_name)
                for child in children:
                    self.sub_cards(child, (*path, card.title) if path else (card.title,), card)
            elif children and text and not _only_links(inline):
                label = self.new(text.rstrip(":").strip(), item.line, path, kind=CardKind.TOPIC)
                self.fill(label, item)
            elif _is_fact(text, inline):
                self.new(text, item.line, path, kind=CardKind.FACT, links=_links(inline))

    def term_card(
        self, term: Term, block: Block, path: tuple[str, ...], parent: _Draft | None
    ) -> _Draft | None:
        title, aliases, remark = obsidian.split_aliases(term.title)
        if not title:
            return None
        definition = obsidian.clean(term.definition)
        draft = self.new(title, block.line, path, aliases=list(aliases), parent=parent)
        draft.definition = definition
        inline = _first_inline(block) if block.kind == "item" else block.inline
        if inline is not None:
            draft.links.extend(_links(inline))
            draft.wikilinks.extend(inline.wikilinks)
        if remark:
            draft.details.append(Detail(text=f"({remark})"))
        if block.kind == "item":
            self.fill(draft, block)
        return draft

    def fill(self, draft: _Draft, item: Block) -> None:
        """A term item's sub-items: details, list items and (bold) sub-terms."""
        children = _item_children(item)
        for child in children:
            self.collect(child, draft, 0)
            inline = _first_inline(child)
            name = _item_of(inline, bool(_item_children(child))) if inline else None
            if name:
                draft.items.append(name)
        for extra in item.children[1:]:
            if extra.kind in ("paragraph", "code", "table", "quote"):
                self.block(extra, (), draft, 0)
        if not draft.definition and len(children) == 1 and not _item_children(children[0]):
            # "**Observability**" with one sub-bullet: that bullet is its definition.
            only = _text(_first_inline(children[0]))
            if len(only.split()) >= _MIN_FACT_WORDS:
                draft.definition = only
                draft.details = [d for d in draft.details if d.text != only]
                draft.items = []
        if not draft.definition and children:
            draft.kind = CardKind.TOPIC
        for child in children:
            self.sub_cards(child, (*draft.section, draft.title), draft)

    def sub_cards(self, item: Block, path: tuple[str, ...], parent: _Draft) -> None:
        inline = _first_inline(item)
        if inline is None or len(path) > _MAX_DEPTH:
            return
        term = obsidian.term_of(inline, top=False)
        if term is not None:
            self.term_card(term, item, path, parent)
            return
        text = _text(inline)
        children = _item_children(item)
        is_label = not text.endswith(":") and len(text.split()) <= 4
        if children and text and is_label and obsidian.term_of(inline, top=True) is None:
            label = self.new(text, item.line, path, kind=CardKind.TOPIC, parent=parent)
            self.fill(label, item)

    def collect(self, item: Block, card: _Draft, depth: int) -> None:
        """Every line under a list item as a detail, nested by depth (to-dos left out)."""
        if item.task is not None:
            return
        if depth > _MAX_DEPTH:
            if not self.deep_warned:
                self.warn(item.line, f"list nested deeper than {_MAX_DEPTH} levels: flattened")
                self.deep_warned = True
            depth = _MAX_DEPTH
        inline = _first_inline(item)
        text = _text(inline)
        if text and inline is not None:
            card.details.append(Detail(text=text, depth=depth, links=tuple(_links(inline))))
            card.links.extend(_links(inline))
            card.wikilinks.extend(inline.wikilinks)
            card.keywords.extend(_keywords(inline, skip_lead=True))
        next_depth = depth + 1 if text else depth
        for child in item.children[1 if inline is not None else 0 :]:
            if child.kind == "list":
                for sub in child.children:
                    self.collect(sub, card, next_depth)
            elif child.kind == "code" and child.code.strip():
                card.details.append(
                    Detail(text=child.code.rstrip("\n"), depth=next_depth, code=True)
                )
            elif child.kind in ("paragraph", "table", "quote"):
                self.block(child, (), card, next_depth)

    # --- result -------------------------------------------------------------------------
    def cards(self, tags: tuple[str, ...]) -> tuple[Card, ...]:
        ids: dict[int, str] = {}
        taken: set[str] = set()
        out: list[Card] = []
        topics = tuple(dict.fromkeys((*self.topics, *_topic_tags(tags))))
        for draft in self.drafts:
            base = card_id(self.note, draft.title)
            cid, n = base, 2
            while cid in taken:
                cid = f"{base}-{n}"
                n += 1
            taken.add(cid)
            ids[id(draft)] = cid
            parent = ids.get(id(draft.parent)) if draft.parent is not None else None
            out.append(
                _card(draft, cid, parent, self, tuple(dict.fromkeys((*topics, *draft.decks))))
            )
        return tuple(out)


def _card(
    draft: _Draft, cid: str, parent: str | None, note: _NoteBuilder, topics: tuple[str, ...]
) -> Card:
    return Card(
        id=cid,
        title=draft.title,
        kind=draft.kind,
        aliases=tuple(dict.fromkeys(a for a in draft.aliases if fold(a) != fold(draft.title))),
        definition=draft.definition,
        details=tuple(draft.details),
        items=tuple(dict.fromkeys(draft.items)),
        keywords=tuple(
            dict.fromkeys(k for k in draft.keywords if _name_key(k) != _name_key(draft.title))
        ),
        links=tuple(dict.fromkeys(draft.links)),
        section=draft.section,
        note=note.note,
        source=note.source,
        line=draft.line,
        parent_id=parent,
        topics=topics,
        question=draft.question,
        context=draft.context,
        wikilinks=tuple(dict.fromkeys(w for w in draft.wikilinks if w)),
    )


def _split_sections(blocks: list[Block]) -> list[tuple[Block | None, list[Block]]]:
    sections: list[tuple[Block | None, list[Block]]] = [(None, [])]
    for block in blocks:
        if block.kind == "heading":
            sections.append((block, []))
        else:
            sections[-1][1].append(block)
    return sections


def _keywords(inline: Inline, skip_lead: bool = False) -> list[str]:
    """Bold phrases of one to three words: the terms an author stresses in the prose
    ("... это называется **ботнет**"). A bold term opening a bullet is that bullet's own."""
    out: list[str] = []
    lead = len(inline.text) - len(inline.text.lstrip())
    for mark in inline.marks:
        if mark.kind != "strong" or (skip_lead and mark.start <= lead):
            continue
        phrase = obsidian.clean(inline.text[mark.start : mark.end]).strip(" .,:;!?()«»\"'")
        if phrase and 1 <= len(phrase.split()) <= 3 and any(ch.isalpha() for ch in phrase):
            out.append(phrase)
    return out


def _name_key(name: str) -> str:
    """Names compared loosely: case, spaces and a trailing `()` do not matter."""
    return " ".join(fold(name).removesuffix("()").split())


def _is_fact(text: str, inline: Inline) -> bool:
    """A plain statement worth a card: a few words, not a label ending in `:`, not links."""
    return (
        len(text.split()) >= _MIN_FACT_WORDS
        and not text.endswith(":")
        and not _link_list(inline)
        and "\n" not in inline.text.strip()
    )


def _lead(body: list[Block], names: set[str]) -> Block | None:
    """The block that defines a section: its first prose paragraph or a leading callout
    (`**Name** — ...` counts when it names the section itself)."""
    content = [b for b in body if not (b.kind == "paragraph" and not _text(b.inline))]
    for position, block in enumerate(content):
        if block.kind == "quote" and position == 0 and _definition_inline(block) is not None:
            return block
        if block.kind == "paragraph" and block.inline is not None:
            term = obsidian.term_of(block.inline, top=False)
            if term is not None and term.definition.strip():
                head = _name_key(obsidian.split_aliases(term.title)[0])
                words = set(re.findall(r"[^\W_]+", head))
                if head in names or _name_key(term.title) in names or (names & words):
                    return block  # "**sync.WaitGroup** — ..." under "Что такое WaitGroup?"
                continue  # `**X** — y` as a paragraph is a card of its own
            if _defines(block.inline):
                return block
    return None


def _definition_inline(block: Block) -> Inline | None:
    if block.kind == "paragraph":
        return block.inline
    if block.kind != "quote":
        return None
    first = _first_inline(block)
    callout = obsidian.callout(first)
    if callout is None:
        return first if _defines(first) else None
    if not obsidian.defining_callout(callout.kind):
        return None
    if obsidian.clean(callout.body) and first is not None:
        return Inline(text=callout.body, marks=[], links=first.links, wikilinks=first.wikilinks)
    for child in block.children[1:]:
        if child.kind == "paragraph" and _defines(child.inline):
            return child.inline
    if callout.title and not obsidian.is_section_word(callout.title):
        return Inline(text=callout.title)
    return None


def _has_material(body: list[Block]) -> bool:
    """Code, a table or numbered steps a heading can carry without prose (a bulleted list
    under a bare heading is a glossary or facts instead)."""
    glossary = any(b.kind == "list" and not _is_steps(b) for b in body)
    return not glossary and any(b.kind in ("code", "table", "quote", "list") for b in body)


def _is_steps(block: Block) -> bool:
    """A numbered list of instructions (no bold or code terms in it)."""
    if not block.ordered:
        return False
    for item in block.children:
        inline = _first_inline(item)
        term = obsidian.term_of(inline, top=False) if inline is not None else None
        if term is not None and term.definition.strip():
            return False
    return True


def _item_children(item: Block) -> list[Block]:
    return [sub for child in item.children if child.kind == "list" for sub in child.children]


def _item_of(inline: Inline | None, has_children: bool) -> str | None:
    """A short list entry that names a member of its list ("docker run", "bridge")."""
    if inline is None or has_children:
        return None
    term = obsidian.term_of(inline, top=False)
    if term is not None:
        return obsidian.split_aliases(term.title)[0] or None
    plain = obsidian.term_of(inline, top=True)
    if plain is not None and obsidian.dash_separated(inline):
        # "ClusterIP — reachable only inside the cluster" names a member of its list.
        return obsidian.split_aliases(plain.title)[0] or None
    text = _text(inline).rstrip(";,.")
    links = _links(inline)
    if links and text.startswith(("http://", "https://")):
        return None
    if links and text == links[0].text.rstrip(";,."):
        return text
    n = len(text.split())
    if text and not text.endswith(":") and n <= _MAX_ITEM_WORDS and (n <= 3 or links):
        return text
    return None


def _is_term_table(header: list[str], body: list[list[str]]) -> bool:
    """Rows read as term | explanation (Термин | Описание, Option | Meaning, Service | What it
    does | ...): short names in the first column, prose in the second."""
    if len(header) < 2 or not body or any(len(r) < 2 for r in body):
        return False
    names = [r[0] for r in body if r[0]]
    if not names or len({fold(n) for n in names}) < len(names):
        return False
    short = sum(1 for n in names if len(n.split()) <= 4) / len(names)
    first = fold(header[0]).strip(" :*")
    if short >= 0.8 and set(re.findall(r"[^\W\d_]+", first)) & _TERM_HEADERS:
        return True
    prose = sum(len(r[1].split()) for r in body) / len(body)
    longer = sum(len(r[1]) for r in body) > sum(len(r[0]) for r in body) * 1.5
    return short >= 0.8 and longer and (len(header) == 2 or prose >= 4)


_FENCE_OPEN = re.compile(r"^([ \t>]*)(`{3,}|~{3,})(.*)$")


def _fix_glued_fences(text: str) -> tuple[str, list[int]]:
    """A fence closed at the end of a code line (`}```): move it to a line of its own, as
    the author meant (CommonMark would run the code block to the end of the note)."""
    if "``" not in text and "~~" not in text:
        return text, []
    lines = text.split("\n")
    out: list[str] = []
    fixed: list[int] = []
    fence = ""
    indent = ""
    for number, line in enumerate(lines, start=1):
        m = _FENCE_OPEN.match(line)
        if not fence:
            if m and not (m.group(2)[0] == "`" and "`" in m.group(3)):
                indent, fence = m.group(1), m.group(2)
            out.append(line)
            continue
        stripped = line.rstrip()
        if (
            m
            and m.group(2)[0] == fence[0]
            and len(m.group(2)) >= len(fence)
            and not m.group(3).strip()
        ):
            fence = ""
            out.append(line)
        elif stripped.endswith(fence) and stripped[: -len(fence)].strip(fence[0] + " \t>"):
            out.extend([stripped[: -len(fence)], indent + fence])
            fixed.append(number + len(fixed))
            fence = ""
        else:
            out.append(line)
    return "\n".join(out), fixed


def folder_topics(note: str) -> tuple[str, ...]:
    """`Linux/Процессы/PID` → (`Linux`, `Linux/Процессы`)."""
    parts = note.split("/")[:-1]
    return tuple("/".join(parts[: i + 1]) for i in range(len(parts)))


def parse_document(text: str, source: str) -> tuple[Document, list[ContentWarning], str]:
    """The Markdown tree of a note, after Obsidian's comments and fence slips are handled."""
    warnings: list[ContentWarning] = []
    text = obsidian.strip_comments(text.replace("\r\n", "\n").replace("\r", "\n"))
    text, fixed = _fix_glued_fences(text)
    warnings.extend(
        ContentWarning(
            source=source, line=line, message="``` closes a code block at the end of a line"
        )
        for line in fixed
    )
    doc = parse(text, inserted=fixed)
    if doc.unclosed_fence:
        warnings.append(
            ContentWarning(
                source=source,
                line=doc.unclosed_fence,
                message="code block is not closed: it runs to the end of the note",
            )
        )
    return doc, warnings, text


def parse_note(text: str, source: str, note: str | None = None) -> Note:
    """Parse one note. `source` is the path shown in warnings; `note` names the note
    (its path in the vault without `.md`); the file name is the note's title."""
    name = note or source.rsplit("/", 1)[-1].removesuffix(".md")
    text = flashcards.strip_sr_comments(text.lstrip("\ufeff").replace("\r\n", "\n"))
    metadata, text = obsidian.split_frontmatter(text)
    meta = obsidian.frontmatter(metadata)
    cards_of_deck: list[flashcards.Flashcard] = []
    if not meta.plugin and flashcards.is_flashcard_note(text, meta.tags):
        decks = flashcards.decks_of([*meta.tags, *_tag_line_tags(text)])
        cards_of_deck, used = flashcards.extract(text, decks)
        lines = text.split("\n")
        text = "\n".join("" if i in used else line for i, line in enumerate(lines))
    doc, warnings, text = parse_document(text.replace("\x00", "\ufffd"), source)
    if meta.error:
        warnings.append(ContentWarning(source=source, line=1, message=meta.error))
    if meta.plugin:
        return Note(title=name, source=source, skipped=meta.plugin, warnings=tuple(warnings))
    title = meta.title or name.rsplit("/", 1)[-1]
    head, title_aliases, _ = obsidian.split_aliases(title)
    names = {_name_key(n) for n in (title, head, *title_aliases, *meta.aliases)}
    builder = _NoteBuilder(source, name, title, folder_topics(name), names)
    tags = list(meta.tags)
    tags.extend(_leading_tags(doc.blocks))
    builder.run(doc.blocks)
    for card in cards_of_deck:
        builder.new(
            card.question,
            card.line,
            card.section,
            kind=CardKind.FLASHCARD if card.kind == "flashcard" else CardKind.CLOZE,
            definition=card.answer,
            question=card.question,
            decks=card.decks,
        )
    if builder.note_card is not None:
        if title_aliases:
            builder.note_card.title = head
        builder.note_card.aliases.extend([*title_aliases, *meta.aliases])
    tags.extend(_inline_tags(doc.blocks))
    tag_tuple = tuple(dict.fromkeys(tags))
    return Note(
        title=title,
        source=source,
        tags=tag_tuple,
        cards=builder.cards(tag_tuple),
        aliases=meta.aliases,
        warnings=(*warnings, *builder.warnings),
    )


def _tag_line_tags(text: str) -> list[str]:
    """Tags on lines that hold nothing else (`#flashcards/linux`): the note's own tags."""
    return [
        tag
        for line in text.split("\n")
        if line.strip().startswith("#") and re.fullmatch(r"(?:#[^\s#]+\s*)+", line.strip())
        for tag in obsidian.tags_in(line)
    ]


def _topic_tags(tags: tuple[str, ...]) -> list[str]:
    """Note tags as topics: a flashcards tag names its deck (`flashcards/linux` → `linux`)."""
    out: list[str] = []
    for tag in tags:
        if tag.casefold().split("/", 1)[0] == "flashcards":
            out.extend(flashcards.decks_of([tag]))
        else:
            out.append(tag)
    return out


def _leading_tags(blocks: list[Block]) -> list[str]:
    out: list[str] = []
    for block in blocks:
        if block.kind == "paragraph" and block.inline is not None:
            text = block.inline.plain()
            if text and re.fullmatch(r"(?:#[^\s#]+\s*)+", text):
                out.extend(obsidian.tags_in(text))
                continue
        if block.kind != "rule":
            break
    return out


def _inline_tags(blocks: list[Block]) -> list[str]:
    out: list[str] = []
    pending = list(blocks)
    while pending:
        block = pending.pop()
        inline = block.inline
        if block.kind in ("paragraph", "heading") and inline is not None and "#" in inline.text:
            out.extend(obsidian.tags_in(inline.text))
        pending.extend(block.children)
    return sorted(set(out), key=out.index)
