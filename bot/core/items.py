"""The shapes of whole lists and of their entries: whether a list is a glossary (entries led
by a bold or italic name, `Name: what it is` in small letters, names on lines of their own,
plain `Term - def` lines), an outline of names over their points (`- Cold start` over its own
bullets) or of remarks, and the name a label over a list introduces its parts with. The list
builders (`cardlists.py`, `cardfill.py`) read items through this module, the term each entry
names (`itemterms`) included."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core import blocks, copulas, labels, obsidian, termmarks, terms
from bot.core.itemterms import (
    REMARK,
    article_led,
    bold_led,
    dash_slip,
    glossed_with_colon,
    line_head,
    reads_a_value,
    stressed_led,
)
from bot.core.markdown import Block, Inline
from bot.core.text import STOPWORDS

__all__ = [
    "MIN_DESCRIBING_WORDS",
    "article_led_items",
    "bold_led_items",
    "colon_glossary",
    "dash_slips",
    "first_point_says",
    "introduced",
    "line_headed_items",
    "lone_line_head",
    "named_over_paragraph",
    "named_points",
    "outline_name",
    "plain_glossary",
    "says_something",
    "small_named_points",
    "stressed_led_items",
]

MIN_DESCRIBING_WORDS = 5  # a bullet this long under a name is a sentence about it


MAX_OUTLINE_NAME_WORDS = 3  # "- Cold start" over its own bullets: a name, not a remark


def outline_name(label: str, small: bool = False) -> bool:
    """A short bullet without a colon that names a thing: a name, starting with a capital
    (or, in a glossary written in small letters, with any letter), no sentence. A small
    letters glossary's names may have a remark in brackets ("fiat currency (fiat money)") and
    a small word inside ("velocity of money")."""
    if small:
        label = " ".join(REMARK.sub(" ", label).split())
    said = label.split()
    inner = [w for w in said[1:-1] if w.casefold() in STOPWORDS] if small else []
    return (
        0 < len(said) <= MAX_OUTLINE_NAME_WORDS + len(inner)
        and (small or label[:1].isupper())
        and not label.endswith((".", "!", "?", ";", ","))
        and not any(w.casefold() in STOPWORDS for w in said if w not in inner)
        and len(inner) <= MAX_INNER_SMALL_WORDS
    )


MAX_INNER_SMALL_WORDS = 1


def named_over_paragraph(item: Block) -> bool:
    """ "4. Compositing" / a blank line / "When sections of the document are drawn ...": an
    outline entry's short name over a paragraph of its own that says what it is."""
    if item.kind != "item" or len(item.children) < 2:
        return False
    first, said = item.children[0], item.children[1]
    if first.inline is None or said.inline is None or said.kind != "paragraph":
        return False
    name = obsidian.clean(blocks.visible(first.inline)).strip()
    # "TCP handshake (SYN, SYN-ACK, ACK)": the bracket is a remark on the name.
    bare = " ".join(REMARK.sub(" ", name).split())
    return (
        "\n" not in name
        and outline_name(bare)
        and not labels.is_section_word(bare)
        and len(blocks.visible(said.inline).split()) >= MIN_DESCRIBING_WORDS
    )


def says_something(item: Block) -> bool:
    inline = blocks.first_inline(item) if item.kind == "item" else None
    return inline is not None and len(inline.text.split()) >= MIN_DESCRIBING_WORDS


def named_points(children: list[Block]) -> bool:
    """ "- ROLE" / "  - привязана к namespace" / "- CLUSTERROLE" / "  - на весь кластер":
    every entry a name over bullets that say something of it."""
    entries = [c for c in children if c.kind == "item"]
    return len(entries) >= 2 and all(_named_point(e) for e in entries)


def small_named_points(children: list[Block]) -> bool:
    """ "- liquidity trap" / "    + everyone prefers to hold cash ..." / "- deflation" / ...:
    a glossary in small letters, each name over bullets that say what it is. A few entries
    with nothing under them ("- financial instruments") leave it one."""
    entries = [c for c in children if c.kind == "item"]
    below = [e for e in entries if blocks.item_children(e)]
    # "- прочитать главу" / "    + про деньги и банки": a plan's steps name nothing.
    named = sum(_named_point(e, small=True) and labels.names_thing(_entry(e)) for e in below)
    # "###### Brokers" / "- prime brokerage" / "    + group of services ...": one is enough
    # when it is all the list holds.
    return (
        (named >= MIN_SMALL_POINTS or len(entries) == named == 1)
        and len(below) * SMALL_POINTS_SHARE[1] >= len(entries) * SMALL_POINTS_SHARE[0]
        and named * NAMED_POINTS_SHARE[1] >= len(below) * NAMED_POINTS_SHARE[0]
    )


def _entry(item: Block) -> str:
    inline = blocks.first_inline(item)
    return blocks.visible(inline).strip() if inline is not None else ""


def first_point_says(children: list[Block]) -> bool:
    """The first bullet under a name is a statement of a few words, not a label over more
    ("Types:") nor a term of its own."""
    inline = blocks.first_inline(children[0]) if children else None
    if inline is None:
        return False
    text = blocks.visible(inline).strip()
    return (
        len(text.split()) >= MIN_POINT_WORDS
        and not text.endswith(":")
        and terms.term_of(inline, top=True) is None
    )


MIN_SMALL_POINTS = 2
SMALL_POINTS_SHARE = (2, 3)  # of a small-letter glossary's entries, those with bullets below
NAMED_POINTS_SHARE = (2, 3)  # of those, the ones that are names over what they are


def _named_point(entry: Block, small: bool = False) -> bool:
    inline = blocks.first_inline(entry)
    below = blocks.item_children(entry)
    return (
        inline is not None
        and bool(below)
        and outline_name(blocks.visible(inline).strip().removesuffix(":"), small)
        and (said := blocks.first_inline(below[0])) is not None
        and len(blocks.visible(said).split()) >= MIN_POINT_WORDS
    )


MIN_POINT_WORDS = 3  # "привязана к namespace" says something; "по токенам" only lists


def colon_glossary(listing: Block) -> bool:
    """Several entries of a numbered outline read `Name: what it is` in small letters
    ("1. Wallerian degeneration: axon distal to injury degenerates", "5. Synaptic
    stripping: loss of synapses ..."): the outline's names, not steps, its habit."""
    glossed = 0
    for item in listing.children:
        inline = blocks.first_inline(item) if item.kind == "item" else None
        term = terms.term_of(inline, top=True) if inline is not None else None
        glossed += (
            term is not None
            and inline is not None
            and not termmarks.dash_separated(inline)
            and glossed_with_colon(term)
            and labels.names_thing(term.title)
        )
    return glossed >= MIN_COLON_GLOSSED_ENTRIES


MIN_COLON_GLOSSED_ENTRIES = 2


MIN_LONE_HEAD_TEXT_WORDS = 5


def lone_line_head(items: list[Block]) -> bool:
    """A list of one entry, a code-like or capitalised name on its own line over a sentence
    saying what it is (`- setInterval` / `The setInterval() method ... repeatedly calls`),
    as a list of such entries split apart by code between them."""
    if len(items) != 1 or blocks.item_children(items[0]):
        return False
    inline = blocks.first_inline(items[0])
    term = line_head(inline) if inline is not None else None
    if term is None or len(term.title.split()) > MAX_LONE_HEAD_WORDS:
        return False
    said = term.definition.split()
    return len(said) >= MIN_LONE_HEAD_TEXT_WORDS and said[0][:1].isupper()


MAX_LONE_HEAD_WORDS = 3


def line_headed_items(items: list[Block]) -> bool:
    """Most entries are a short name on a line of its own over what it is."""
    return _mostly(items, line_head, multiline=True)


def _mostly(
    items: list[Block], read: Callable[[Inline], object | None], multiline: bool = False
) -> bool:
    """At least two entries, and two thirds of them, read as terms by `read` (`multiline`:
    only entries of more than one line can, so fewer than two of those settle it)."""
    inlines = _inlines(items)
    if multiline and sum("\n" in i.text.strip() for i in inlines) < MIN_NESTED_GLOSSARY:
        return False
    found = sum(read(i) is not None for i in inlines)
    return found >= MIN_NESTED_GLOSSARY and found * 3 >= len(inlines) * 2


def article_led_items(items: list[Block]) -> bool:
    """Most entries open with an article and a bold name ("- The **range** is ...")."""
    if any(reads_a_value(i) for i in _inlines(items)):
        return False  # "The **median** is 24.0": a worked example's readings
    return _mostly(items, article_led)


def bold_led_items(items: list[Block]) -> bool:
    """Most entries open with a bold name and go on with what it is: a glossary."""
    return _mostly(items, bold_led)


def dash_slips(items: list[Block]) -> bool:
    """Entries opening with a bold name mostly say what it is after it, with a dash or
    otherwise ("- **Spine** - modified leaf"): entries that forgot the dash are read by
    `dash_slip`. Plain entries among them ("- Storage leaves") do not count."""
    inlines = _inlines(items)
    bold = [said for i in inlines if (said := _bold_says(i)) is not None]
    opened = sum(bold)
    return (
        opened >= MIN_NESTED_GLOSSARY
        and opened * 3 >= len(bold) * 2
        and any(dash_slip(i) for i in inlines)
    )


def _bold_says(inline: Inline) -> bool | None:
    """Whether an entry opening with a bold name says more after it (None: it opens
    otherwise)."""
    text, first = copulas.opening_mark(inline)
    if first is None or first.kind != "strong":
        return None
    return bool(text[first.end :].strip(" :"))


def _inlines(items: list[Block]) -> list[Inline]:
    return [i for c in items if (i := blocks.first_inline(c)) is not None]


def stressed_led_items(items: list[Block]) -> bool:
    """Most of three or more entries open with an italic name and go on with what it is
    ("- *Anergy* (...)", "- *Central tolerance* (...)"): a glossary. Two may only stress."""
    return len(items) >= MIN_STRESSED_GLOSSARY and _mostly(items, stressed_led)


MIN_STRESSED_GLOSSARY = 3


MIN_NESTED_GLOSSARY = 2


def plain_glossary(children: list[Block]) -> bool:
    """Nested bullets that mostly read `Управление потоком - предотвращение …`: a glossary
    kept under a label, whose plain `Term - def` lines are terms as at the top level."""
    inlines = [i for c in children if (i := blocks.first_inline(c)) is not None]
    if len(inlines) < MIN_NESTED_GLOSSARY:
        return False
    named = sum(terms.term_of(i, top=True) is not None for i in inlines)
    return named * 3 >= len(inlines) * 2 and termmarks.dash_separated(inlines[0])


# "Таблица маршрутизации состоит из:" over its parts, "A pod includes:": the name, then the
# words that introduce the list.
_INTRODUCING = re.compile(
    r"\s+(?:состо(?:ит|ят)\s+из|включа(?:ет|ют)(?:\s+в\s+себя)?|содерж(?:ит|ат)|"
    r"дел(?:ится|ятся)\s+на|бывают|бывает|consists?\s+of|includes?|contains?|"
    r"(?:is|are)\s+(?:made\s+up|composed)\s+of|(?:is|are)\s+divided\s+into)\s*:?\s*$",
    re.I,
)


def introduced(label: str) -> str:
    """The name a label over a list introduces its parts with, or the label as it is."""
    m = _INTRODUCING.search(label)
    return label[: m.start()].strip() if m and label[: m.start()].strip() else label
