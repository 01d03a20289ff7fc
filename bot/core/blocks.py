"""What a parsed Markdown block says to a reader of study notes: its visible text and
links, whether it is prose or a list of links, which paragraph defines a section, which list
entries name members, which tables read as term | explanation."""

from __future__ import annotations

import re

from bot.core import altnames, labels, obsidian, termmarks, terms
from bot.core.markdown import Block, Inline, Mark
from bot.core.models import Link
from bot.core.text import STOPWORDS, fold

MAX_ITEM_WORDS = 6


MIN_FACT_WORDS = 3


URL = re.compile(r"^<?(https?://\S+?)>?[;,.]?$")
# "youtube.com/playlist?list=…" pasted without its scheme: an address, not a sentence.
BARE_ADDRESS = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}/\S*$", re.I)


DATAVIEW = re.compile(r"^[\w\s.-]{1,30}::(?:\s|$)")


# `Tags: #net`, `Paths: [[Networks]]`, `Links:` — a note's own fields written as a line.
FIELD = re.compile(r"^\s*[^\W\d_][\w -]{0,24}:[ \t]*")


# What may stand between links in a line of links: punctuation, bullets, emoji (✅ 📖).
_LINK_GLUE = re.compile(r"[\W_]+")


TERM_HEADERS = frozenset(
    {
        "термин", "понятие", "команда", "опция", "опции", "флаг", "ключ", "параметр",
        "аргумент", "директива", "инструкция", "название", "имя", "сигнал", "метод",
        "функция", "оператор", "тип", "утилита", "переменная", "код", "статус", "слово",
        "term", "command", "option", "flag", "key", "parameter", "argument", "directive",
        "instruction", "name", "signal", "method", "function", "operator", "type",
        "variable", "code", "status", "keyword", "service", "сервис", "служба", "протокол",
        "protocol", "концепция", "concept", "компонент", "component", "tool", "инструмент",
        "элемент", "element", "resource", "ресурс", "abbreviation", "аббревиатура",
        "topic", "тема",
    }
)  # fmt: skip


# A link a reader can open: "[YAML](YAML.md)" points at another note of the vault, and a
# relative address is no link in Telegram (its [[note]] is named, not linked).
_OPENABLE = re.compile(r"^(?:https?|ftp|mailto|tg):", re.I)


def links_of(inline: Inline) -> list[Link]:
    out = [Link(text=t, url=u) for t, u in inline.links if u and _OPENABLE.match(u)]
    url = URL.match(inline.plain())
    if url:
        out.append(Link(text=url.group(1), url=url.group(1)))
    return out


def visible(inline: Inline | None) -> str:
    return obsidian.clean(inline.text) if inline is not None else ""


def titled(inline: Inline | None) -> str:
    """A heading's text as its name reads. "## Molarity $c$" ends with the symbol the
    quantity is written with: set off as "Molarity, c", as notes also write it, for
    `titles.heading` to keep apart from the name."""
    text = visible(inline)
    math = [m for m in inline.marks if m.math] if inline is not None else []
    if inline is None or not math:
        return text
    last = max(math, key=lambda m: m.end)
    symbol = inline.text[last.start : last.end].strip()
    before = inline.text[: last.start].rstrip()
    said = before.split()[-1:] if before else []
    if (
        inline.text[last.end :].strip()
        or not _MATH_SYMBOL.fullmatch(symbol)
        or not said
        or not said[0].isalpha()
        # "Choosing $k$", "CI for $\mu$": the symbol is what the heading speaks of.
        or fold(said[0]) in STOPWORDS
        or fold(said[0]) in _BEFORE_OBJECT
        or said[0].endswith("ing")
        # "Average Value of $f$ over $R$": symbols in the words are read as words.
        or len(math) > 1
    ):
        return text
    return f"{obsidian.clean(before)}, {symbol}"


# A quantity's symbol, a letter alone, Latin or Greek ("N_A" and "R^2" are read as other
# names by `altnames`).
_MATH_SYMBOL = re.compile(r"[A-Za-zΑ-Ωα-ω]")
# Words a symbol after which is their object, not the name's symbol ("Integral over $R$").
_BEFORE_OBJECT = frozenset(
    ("over", "under", "across", "along", "through", "within", "via", "per", "вдоль")
)  # the others ("from", "для", "по") are in STOPWORDS


def blank(block: Block) -> bool:
    """A block a reader sees nothing in: a paragraph of an image or a tag alone, or of a
    template's fields left empty ("Up:" / "Next:"), or a quote of such paragraphs
    (`>![[Pasted image.png]]` under `## Wald test`)."""
    if block.kind == "paragraph":
        return not visible(block.inline) or (
            block.inline is not None and empty_fields(block.inline)
        )
    return block.kind == "quote" and all(blank(child) for child in block.children)


def only_links(inline: Inline) -> bool:
    """The text is nothing but links (a map-of-content line like `- [[PID]]`)."""
    spans = link_spans(inline)
    if not spans:
        return False
    return not _LINK_GLUE.sub("", _outside(inline.text, spans, 0, len(inline.text)))


def link_spans(inline: Inline) -> list[tuple[int, int]]:
    """The text's link runs, merged and in order."""
    spans: list[tuple[int, int]] = []
    for start, end in sorted((m.start, m.end) for m in inline.marks if m.kind == "link"):
        start, end = max(0, start), min(len(inline.text), end)
        if end <= start:
            continue
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def _outside(text: str, spans: list[tuple[int, int]], start: int, end: int) -> str:
    """text[start:end] without the parts inside the spans."""
    parts: list[str] = []
    at = start
    for a, b in spans:
        if b <= at or a >= end:
            continue
        parts.append(text[at:a] if a > at else "")
        at = max(at, b)
    parts.append(text[at:end] if end > at else "")
    return "".join(parts)


def _linked(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and b > start for a, b in spans)


def first_inline(block: Block) -> Inline | None:
    for child in block.children:
        if child.kind == "paragraph":
            return child.inline
        if child.kind != "rule":
            return None
    return None


def defines(inline: Inline | None) -> bool:
    """Can this paragraph be a definition (not a tag line, a link list or a field)?"""
    if inline is None:
        return False
    text = visible(inline)
    if not text or link_list(inline) or URL.match(text) or BARE_ADDRESS.match(text):
        return False
    if DATAVIEW.match(inline.plain()):
        return False
    # "Пример" alone on a line over a code block labels the code; it says nothing; nor does
    # a formula alone ("E_k: P→C, k∈K"): no word in it.
    return _A_WORD.search(text) is not None and not labels.is_section_word(text)


_A_WORD = re.compile(r"[^\W\d_]{3,}")


def line_parts(inline: Inline) -> list[tuple[str, bool]]:
    """(text, only links) per line of a paragraph; tag-only lines are left out, and a field
    line whose value is only links or tags (`Paths: [[Networks]]`) counts as links."""
    text = inline.text
    spans = link_spans(inline)
    out: list[tuple[str, bool]] = []
    start = 0
    for end in [*(i for i, ch in enumerate(text) if ch == "\n"), len(text)]:
        segment = text[start:end]
        if obsidian.clean(segment):
            linked = bool(spans) and _linked(spans, start, end)
            rest = _outside(text, spans, start, end) if linked else segment
            links_only = linked and not _LINK_GLUE.sub("", rest)
            meta = _META_LINE.match(segment) is not None or _URL_LINE.match(segment) is not None
            out.append((segment, links_only or meta or _field_of_links(segment, rest, linked)))
        start = end + 1
    return out


# "Video https://rutube.ru/video/…", "Источник: https://…": a bare web address with at most
# two words of label, said of the source, not of the subject.
_URL_LINE = re.compile(
    r"^\s*(?:[^\W\d_][\w-]*(?:\s[^\W\d_][\w-]*)?\s*[:—–-]?\s*)?https?://\S+\s*$"
)


def after_source_line(inline: Inline) -> Inline:
    """The paragraph without a first line that only gives a web address ("Video https://…")
    above what it says."""
    first, newline, rest = inline.text.partition("\n")
    if not newline or not rest.strip() or _URL_LINE.match(first) is None:
        return inline
    return part(inline, len(first) + 1, len(inline.text))


def part(inline: Inline, start: int, end: int) -> Inline:
    """The text from `start` to `end` as an inline of its own, with the marks and links it
    holds."""
    segment = inline.text[start:end]
    return Inline(
        text=segment,
        marks=[
            Mark(start=m.start - start, end=m.end - start, kind=m.kind, math=m.math)
            for m in inline.marks
            if start <= m.start and m.end <= end
        ],
        links=[(t, u) for t, u in inline.links if t in segment],
        wikilinks=[w for w in inline.wikilinks if w in segment],
        link_names=[(w, t) for w, t in inline.link_names if t in segment],
    )


def split_lines(inline: Inline) -> list[tuple[int, Inline]]:
    """(line offset, the line as an inline of its own) per non-blank line of a paragraph:
    marks and links kept with the line that holds them."""
    text = inline.text
    out: list[tuple[int, Inline]] = []
    start = 0
    for row, end in enumerate([*(i for i, ch in enumerate(text) if ch == "\n"), len(text)]):
        if text[start:end].strip():
            out.append((row, part(inline, start, end)))
        start = end + 1
    return out


# "🗓️ **Date:** 2025-07-04", "🕒 Time: 10:08", "Автор: Иван": a note template's fields, said
# of the file, never of the subject.
_META_LINE = re.compile(
    r"^[\W_]*(?:date|time|created|updated|modified|tags?|author|status|дата|время|создано|"
    # "**Reference**: Dr. RPS Maternal & Newborn Care": where the notes come from.
    r"обновлено|теги|тег|автор|статус|references?|sources?|источники?)\s*:(?!:)"
    # "10-04-2023 | 08:57", "2024.03.07 13:05": the date a template stamps, alone on its line.
    r"|^[\W_]*\d{1,4}[-./]\d{1,2}[-./]\d{1,4}(?:[\s|,T]+\d{1,2}:\d{2}(?::\d{2})?)?\s*$",
    re.I,
)


def _field_of_links(segment: str, rest: str, linked: bool) -> bool:
    """`Tags: #Networks` or `Paths: [[Networks]]`: a field name with nothing but links or
    tags after it. `Пример: docker ps` has a value and stays prose; a bare `Пример:` too."""
    field = FIELD.match(rest)
    if field is None or not FIELD.match(segment):
        return False
    value = rest[field.end() :].split()
    if not value:
        return linked
    return all(w.startswith("#") and len(w) > 1 for w in value)


def link_list(inline: Inline) -> bool:
    """Most lines are nothing but links: a map of content, not prose."""
    lines = line_parts(inline)
    linked = sum(1 for _, only in lines if only)
    prose = [text for text, only in lines if not only]
    words = sum(len(text.split()) for text in prose)
    if not prose:
        return linked > 0
    # Links with a few short labels between them; a sentence above `[[HTTP]]` is prose.
    return linked >= 3 and words <= 3 * len(prose)


def without_link_lines(text: str, inline: Inline) -> str:
    """`text` without the link-only lines that closed its paragraph (`[[Команды Linux]]`)."""
    tails = [obsidian.clean(line) for line, only in line_parts(inline) if only]
    changed = True
    while changed and tails:
        changed = False
        for tail in tails:
            if tail and text.endswith(tail) and len(text) > len(tail):
                text = text[: -len(tail)].rstrip()
                changed = True
    return text


def prose(inline: Inline) -> str:
    """A paragraph's text without its link-only lines (`[[nftables]]` under a definition)."""
    if "\n" not in inline.text:
        return visible(inline)
    return obsidian.clean(" ".join(text for text, only in line_parts(inline) if not only))


def split_sections(blocks: list[Block]) -> list[tuple[Block | None, list[Block]]]:
    sections: list[tuple[Block | None, list[Block]]] = [(None, [])]
    for block in blocks:
        if block.kind == "heading":
            sections.append((block, []))
        else:
            sections[-1][1].append(block)
    return sections


SMALL_WORDS = frozenset({"of", "and", "for", "the", "to", "in", "on", "a", "an"})


def initials(phrase: str) -> str:
    return "".join(
        w[0] for w in phrase.replace("-", " ").split() if w.casefold() not in SMALL_WORDS
    ).casefold()


def abbreviates(short: str, name: str) -> bool:
    """`ioc` for "inversion of control", `acl` for "access control lists"."""
    parts = name.replace("-", " ").split()
    return len(parts) >= 2 and short in (initials(name), "".join(p[0] for p in parts))


def name_key(name: str) -> str:
    """Names compared loosely: case, spaces and a trailing `()` do not matter."""
    return " ".join(fold(name).removesuffix("()").split())


def empty_fields(inline: Inline) -> bool:
    """A paragraph of field labels with nothing after them ("Up:" / "Next:", "keywords:"):
    a note template's fields the author left empty."""
    lines = [line.strip() for line in inline.text.split("\n") if line.strip()]
    if len(lines) == 1:
        # One "Пусть:" alone is a label over what follows; "keywords:" is a template's.
        return lines[0].endswith(":") and fold(lines[0][:-1]) in _TEMPLATE_FIELDS
    return bool(lines) and all(_EMPTY_FIELD.fullmatch(line) for line in lines)


_TEMPLATE_FIELDS = frozenset(
    """up next prev previous keywords tags aliases related links source sources references
    researches date теги источник источники ссылки""".split()  # noqa: SIM905
)


_EMPTY_FIELD = re.compile(r"[^\W\d_][\w-]*(?: [\w-]+)?:|\d{1,2}[.)]|[-*+]")


def is_fact(text: str, inline: Inline) -> bool:
    """A plain statement worth a card: a few words, not a label ending in `:`, not links."""
    return (
        len(text.split()) >= MIN_FACT_WORDS
        and not text.endswith(":")
        and not link_list(inline)
        and not annotated_link(inline)
        and _one_sentence_wrapped(inline.text.strip())
    )


def _one_sentence_wrapped(text: str) -> bool:
    """Text on one line, or a sentence wrapped over several: each line after the first
    goes on in small letters ("... that can be" / "programmed to ..."). A capital opens a
    line of its own (a name over its text)."""
    return all(line.lstrip()[:1].islower() for line in text.split("\n")[1:])


def annotated_link(inline: Inline) -> bool:
    """`[[Note]] — what it covers` in a map of content: a link with a remark, not a fact."""
    spans = link_spans(inline)
    if not spans:
        return False
    lead = len(inline.text) - len(inline.text.lstrip())
    first_start, first_end = spans[0]
    rest = inline.text[first_end:].lstrip()
    if first_start > lead or (rest and rest[0] not in "—–-:("):
        return False
    said = inline.text[first_start:first_end].strip()
    if not any(ch.isdigit() for ch in said) and any(
        m.kind == "strong" and m.start <= first_start and first_end <= m.end for m in inline.marks
    ):
        # "- **[[Terragrunt]]** — надстройка для ...": a term set in bold, as a glossary's
        # entries are, that happens to link its own note ("**[K-12-7-Persistent-Volume-
        # Claims](…)** — следующая тема" names a file, not a thing).
        return False
    # "[Bioerosion](https://…/Glynn.pdf) - any organism that erodes …": a term that cites
    # where it comes from, not a link to another note nor a reading list's entry ("[Compose
    # Performance](https://…) - оптимизация производительности").
    cited = len(said.split()) <= MAX_CITED_TERM_WORDS and len(rest.split()) > MIN_CITED_WORDS
    return not (
        cited and any(text.strip() == said and _WEB.match(url) for text, url in inline.links)
    )


def opening_wikilink(inline: Inline) -> str | None:
    """The note `[[Karst]] - ...` opens with a link to (None when it opens with a web link
    or with no link)."""
    spans = link_spans(inline)
    if not spans or not inline.wikilinks:
        return None
    said = inline.text[spans[0][0] : spans[0][1]].strip()
    if any(text.strip() == said for text, _ in inline.links):
        return None
    return inline.wikilinks[0] or None


_WEB = re.compile(r"https?://", re.I)
MAX_CITED_TERM_WORDS = 2
MIN_CITED_WORDS = 5  # words after a cited term's dash, the dash itself included


def item_children(item: Block) -> list[Block]:
    return [sub for child in item.children if child.kind == "list" for sub in child.children]


MAX_NAV_LABEL_WORDS = 3  # "Обратные:", "See also:" over the links they group


def navigation_list(block: Block) -> bool:
    """A list of nothing but links, maybe grouped under short labels ("- Обратные:" /
    "  - [Коллекции](Go-collection-types);"): the note's map to its neighbours, not a list
    of things it explains."""
    if block.kind != "list" or not block.children:
        return False
    linked = False
    for item in block.children:
        inline, children = first_inline(item), item_children(item)
        if inline is None:
            # "- Прямые:" over an empty "\t- " (read as a heading's underline): a group not
            # filled in yet.
            if any(
                c.kind != "heading" or c.inline is None or not label_text(visible(c.inline))
                for c in item.children
            ):
                return False
            continue
        if only_links(inline) and not children:
            linked = True
            continue
        if not (
            children
            and label_text(visible(inline))
            and all(navigation_list(sub) for sub in item.children if sub.kind == "list")
        ):
            return False
        linked = True
    return linked


def list_wikilinks(block: Block) -> list[str]:
    out: list[str] = []
    for item in block.children:
        inline = first_inline(item)
        if inline is not None:
            out.extend(inline.wikilinks)
        for sub in item.children:
            if sub.kind == "list":
                out.extend(list_wikilinks(sub))
    return out


def drop_maps(body: list[Block]) -> tuple[list[Block], list[str]]:
    """The body without its navigation lists and the short labels right over them
    ("**Ключи:**" / "- Прямые:" / "  - [Массивы](Go-array-type)"), and the notes those lists
    link to."""
    maps = {b.line for b in body if navigation_list(b)}
    if not maps:
        return body, []
    kept: list[Block] = []
    linked: list[str] = []
    for block in body:
        if block.line in maps:
            linked.extend(list_wikilinks(block))
        elif not (block.line + 1 in maps and label_line(block)):
            kept.append(block)
    return kept, linked


def label_line(block: Block) -> bool:
    """A short paragraph ending in a colon that only introduces what follows ("**Ключи:**")."""
    if block.kind != "paragraph" or block.inline is None:
        return False
    return label_text(visible(block.inline))


def label_text(text: str) -> bool:
    text = text.strip()
    return text.endswith(":") and len(text.split()) <= MAX_NAV_LABEL_WORDS


def item_of(inline: Inline | None, has_children: bool) -> str | None:
    """A short list entry that names a member of its list ("docker run", "bridge")."""
    if inline is None or has_children:
        return None
    term = terms.term_of(inline, top=False)
    if term is not None:
        return altnames.split_aliases(term.title)[0] or None
    plain = terms.term_of(inline, top=True)
    if plain is not None and termmarks.dash_separated(inline):
        # "ClusterIP — reachable only inside the cluster" names a member of its list.
        return altnames.split_aliases(plain.title)[0] or None
    text = visible(inline).rstrip(";,.")
    links = links_of(inline)
    if links and text.startswith(("http://", "https://")):
        return None
    if links and text == links[0].text.rstrip(";,."):
        return text
    n = len(text.split())
    if text and not text.endswith(":") and n <= MAX_ITEM_WORDS and (n <= 3 or links):
        return text
    return None
