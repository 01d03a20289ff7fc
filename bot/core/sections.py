"""What the blocks under one heading hold: the paragraph that defines the section, its
material (code, tables, steps), text written between numbered entries, a list describing the
note's subject, and tables that read as term | explanation. `blocks.py` reads single blocks;
this reads a section's body of them."""

from __future__ import annotations

import re

from bot.core import altnames, copulas, labels, obsidian, opennames, termmarks, terms
from bot.core.blocks import (
    MIN_FACT_WORDS,
    TERM_HEADERS,
    abbreviates,
    after_source_line,
    blank,
    defines,
    first_inline,
    item_children,
    link_list,
    name_key,
    only_links,
    split_lines,
    visible,
)
from bot.core.items import small_named_points
from bot.core.markdown import Block, Inline
from bot.core.paraheads import bold_head
from bot.core.text import fold, sound_key


def lead(body: list[Block], names: set[str], skip: set[int] | None = None) -> Block | None:
    """The block that defines a section: its first prose paragraph or a leading callout
    (`**Name** — ...` counts when it names the section itself); never one of `skip`."""
    content = [b for b in shown(body) if b.line not in (skip or ())]
    while content and _bold_label(content[0]):
        # "**Суть закона:**" over a quote or a list: what follows says it, not the label.
        content = content[1:]
    # "***Плейбуки*** пишутся на YAML." then "***Плейбук*** - это файл ..." in Playbook.md:
    # the paragraph defining the section's own name wins over the one before it.
    for block in content[:_NAMED_LEAD_WINDOW]:
        if block.kind == "paragraph" and block.inline is not None:
            # "Epic - это глобальная задача ..." then "Пользовательские истории - это ..."
            # under "## Пользовательские истории": plain, yet it names the section.
            term = terms.term_of(block.inline, top=True)
            if term is not None and term.definition.strip() and _names_section(term, names):
                return block
    for position, block in enumerate(content):
        # "> [!Ontology]" of up/down links, then "> [!Definition]": quotes before any prose
        # that define nothing are the note's furniture.
        if (
            block.kind == "quote"
            and all(b.kind == "quote" for b in content[:position])
            and (quoted := definition_inline(block)) is not None
        ):
            named = bold_head(quoted)
            if named is not None and name_key(named[0]) not in names:
                # "> **Half-life** \" / "> Time taken for half ..." under "Radioactive
                # Decay": a term of its own, quoted, not what the section is.
                continue
            return block
        if _bold_label(block, most=MAX_LABEL_LINE_WORDS):
            # "**6. Effect of changing permeability on membrane potential:**" over bullets:
            # what they are about, not what the section is.
            continue
        if block.kind == "paragraph" and block.inline is not None:
            term = terms.term_of(block.inline, top=False) or copulas.bold_copula(block.inline)
            if term is not None and term.definition.strip():
                if _names_section(term, names) or labels.defining_label(term.title):
                    return block
                continue  # `**X** — y`, `**X** are ...` as a paragraph is a card of its own
            # "Where:" after a formula introduces its letters; anywhere else a label may be
            # all the section says of itself ("Следить за:" over a list).
            after = content[position - 1] if position else None
            formula = after is not None and after.kind == "paragraph" and not defines(after.inline)
            label = formula and _label(block)
            if defines(block.inline) and bold_head(block.inline) is None and not label:
                return block
    return None


def _label(block: Block) -> bool:
    """ "Where:" over the letters of a formula, "Например:" over a list: a word or two that
    say what comes next, not what the section is."""
    assert block.inline is not None
    text = visible(block.inline).strip()
    return "\n" not in text and text.endswith(":") and len(text.split()) <= MAX_LABEL_WORDS


MAX_LABEL_WORDS = 2
MAX_LABEL_LINE_WORDS = 20


_NAMED_LEAD_WINDOW = 3


def _bold_label(block: Block, most: int = 0) -> bool:
    """A paragraph that is only a short label ending in a colon, set in bold or code;
    `most` words at most (MAX_BOLD_LABEL_WORDS unless given)."""
    if block.kind != "paragraph" or block.inline is None or "\n" in block.inline.text.strip():
        return False
    text = block.inline.text.strip()
    if not text.rstrip("*_ ").endswith(":") or len(text.split()) > (most or MAX_BOLD_LABEL_WORDS):
        return False
    # "`Пусть:`" over the letters of a formula: a label set in code, as in bold.
    bold = [m for m in block.inline.marks if m.kind in ("strong", "code")]
    return (
        len(bold) == 1
        and not block.inline.text[: bold[0].start].strip()
        and not block.inline.text[bold[0].end :].strip(" :")
    )


MAX_BOLD_LABEL_WORDS = 4


def _names_section(term: termmarks.Term, names: set[str]) -> bool:
    """`**sync.WaitGroup** — ...` under "Что такое WaitGroup?", `**IoC** — ...` under
    "Inversion of Control", `***Плейбук*** - ...` in Playbook.md."""
    head = name_key(altnames.split_aliases(term.title)[0])
    words = set(re.findall(r"[^\W_]+", head))
    if head in names or name_key(term.title) in names or (names & words):
        return True
    if any(name_key(other) in names for other in term.other_names()):
        return True  # "**PWM**, или **Широтно-импульсная модуляция** -- ..." under the latter
    if any(wraps(name, head) for name in names):
        return True
    if len(head) >= 2 and any(abbreviates(head, n) for n in names):
        return True
    if any(len(n) >= 2 and abbreviates(n, head) for n in names):
        return True  # "Immediately-invoked function expressions - ..." under "# IIFE"
    return len(head) >= MIN_SOUND_NAME and sound_key(head) in {sound_key(n) for n in names}


def wraps(name: str, head: str) -> bool:
    """ "Ключевое слово Volatile" wraps "Volatile": the name is the term and words saying
    what kind of thing it is."""
    inner = set(re.findall(r"[^\W_]+", head))
    outer = set(re.findall(r"[^\W_]+", name))
    rest = outer - inner
    return bool(inner) and bool(rest) and inner <= outer and rest <= _KIND_WRAPPERS


MIN_SOUND_NAME = 4
_KIND_WRAPPERS = labels.KIND_WORDS | frozenset(
    "ключевое слово keyword паттерн pattern шаблон".split()  # noqa: SIM905 - a word list reads best as text
)


def definition_inline(block: Block) -> Inline | None:
    if block.kind == "paragraph":
        return after_source_line(block.inline) if block.inline is not None else None
    if block.kind != "quote":
        return None
    first = first_inline(block)
    callout = obsidian.callout(first)
    if callout is None:
        return first if defines(first) else None
    if not obsidian.defining_callout(callout.kind):
        return None
    if obsidian.clean(callout.body) and first is not None:
        return Inline(text=callout.body, marks=[], links=first.links, wikilinks=first.wikilinks)
    for child in block.children[1:]:
        if child.kind == "paragraph" and defines(child.inline):
            return child.inline
    # "> [!info] Контейнер — изолированный процесс" says it in its title; "> [!example]-
    # Index" over a list only labels it.
    if len(callout.title.split()) >= MIN_TITLE_DEFINITION_WORDS and not labels.is_section_word(
        callout.title
    ):
        return Inline(text=callout.title)
    return None


MIN_TITLE_DEFINITION_WORDS = 3


def statement(body: list[Block]) -> str:
    """The text of a section's opening paragraphs and lists, read as one statement ("Пусть:
    1. A - алгебра ... Тогда: μ называется конечной мерой, если ..."): what a `Definition`
    section says when no sentence of it defines alone."""
    parts: list[str] = []
    for block in body:
        if block.kind == "paragraph" and block.inline is not None:
            parts.append(visible(block.inline))
        elif block.kind == "list":
            parts.extend(
                visible(inline)
                for item in block.children
                if (inline := first_inline(item)) is not None
            )
        elif block.kind != "rule":
            break
    said = " ".join(p for p in parts if p)
    return said if re.search(r"[^\W\d_]{3}", said) else ""


def has_text(body: list[Block]) -> bool:
    """Anything a reader would see under a heading, before its subsections."""
    return any(b.kind != "rule" and not blank(b) for b in body)


def has_material(body: list[Block]) -> bool:
    """Code, a table or numbered steps a heading can carry without prose (a bulleted list
    under a bare heading is a glossary or facts instead)."""
    glossary = any(b.kind == "list" and not is_steps(b) for b in body)
    first = next((b for b in body if b.kind != "rule"), None)
    if first is not None and first.kind in ("code", "table"):
        # "#### 1. Цепочки вызовов (Train Wreck)" over its code, then "**Решение:**" and a
        # list: the code is the heading's own, whatever follows it.
        return True
    return not glossary and any(b.kind in ("code", "table", "quote", "list") for b in body)


def defined_by_first_item(body: list[Block]) -> bool:
    """A list under a heading opening with `- **Описание**:` / `- Definition:`: that item
    says what the heading's subject is."""
    listing = next((b for b in body if b.kind != "rule"), None)
    if listing is None or listing.kind != "list" or not listing.children:
        return False
    inline = first_inline(listing.children[0])
    if inline is None:
        return False
    return labels.defining_label(visible(inline).partition(":")[0])


_ENTRY_TEXT = frozenset({"paragraph", "code", "table", "quote", "html"})


def entry_texts(body: list[Block]) -> dict[int, Block]:
    """Blocks written between the entries of a numbered list the author did not indent
    ("1. API" / "Что это: ..." / "Зачем нужно: ..." / "2. Маршрутизация"), by line: the
    entry above them each (the list block it ends)."""
    out: dict[int, Block] = {}
    above: Block | None = None
    for block in body:
        if block.kind == "list":
            above = block if block.ordered and block.split_numbering else None
        elif above is not None and block.kind in _ENTRY_TEXT:
            out[block.line] = above
        else:
            above = None
    return out


def is_steps(block: Block) -> bool:
    """A numbered list of instructions (no bold or code terms in it)."""
    if not block.ordered:
        return False
    for item in block.children:
        inline = first_inline(item)
        term = terms.term_of(inline, top=False) if inline is not None else None
        if term is not None and term.definition.strip():
            return False
    return True


_ATTRIBUTE_HEADERS = frozenset(
    """характеристика характеристики критерий критерии аспект признак свойство сравнение
    отличие отличия feature features aspect criterion criteria characteristic property
    comparison item items parameter parameters параметр параметры показатель""".split()  # noqa: SIM905 - a word list reads best as text
)


# "| Feature | Description |": the rows are what the section's subject is like, not terms.
_DESCRIBING_HEADERS = frozenset(
    """feature features aspect aspects attribute attributes property properties
    characteristic characteristics характеристика характеристики параметр свойство признак
    аспект""".split()  # noqa: SIM905 - a word list reads best as text
)


def describes_heading(header: list[str]) -> bool:
    """A two-column table whose first column holds the features of one thing."""
    return len(header) == 2 and fold(header[0]).strip(" :*") in _DESCRIBING_HEADERS


UNIQUE_NAMES = 0.9  # share of a term table's names that differ
_ASIDES = re.compile(r"\s*\([^()]*\)")


def is_term_table(header: list[str], body: list[list[str]]) -> bool:
    """Rows read as term | explanation (Термин | Описание, Option | Meaning, Service | What it
    does | ...): short names in the first column, prose in the second."""
    if len(header) < 2 or not body or any(len(r) < 2 for r in body):
        return False
    names = [r[0] for r in body if r[0]]
    # A glossary may repeat a name or two by slip ("DEX" twice in 30 rows); a first column
    # of repeated values ("Да", "Нет") names nothing.
    if not names or len({fold(n) for n in names}) < UNIQUE_NAMES * len(names):
        return False
    # "memo (HOC, не хук, но рядом)": a name with an aside is still a short name.
    short = sum(1 for n in names if len(_ASIDES.sub("", n).split()) <= 4) / len(names)
    first = fold(header[0]).strip(" :*")
    if len(header) >= 3 and (not first or set(first.split()) & _ATTRIBUTE_HEADERS):
        # "Характеристика | async | defer": rows are what the columns are compared by.
        return False
    if set(re.findall(r"[^\W\d_]+", first)) & TERM_HEADERS:
        # The header says the column names things: "Sticky Sessions vs External Session Store".
        return sum(1 for n in names if len(n.split()) <= 8) / len(names) >= 0.6
    prose = sum(len(r[1].split()) for r in body) / len(body)
    longer = sum(len(r[1]) for r in body) > sum(len(r[0]) for r in body) * 1.5
    return short >= 0.8 and longer and (len(header) == 2 or prose >= 4)


def plain_points(body: list[Block]) -> bool:
    """A heading's whole text one list of points too short to be facts, naming no term
    ("## Scalar" over "- Has magnitude", "- No direction"): what the heading's thing is
    like, its own. Longer bullets are facts of their own."""
    content = [b for b in body if b.kind != "rule" and not blank(b)]
    if len(content) != 1 or content[0].kind != "list" or content[0].ordered:
        return False
    points = [first_inline(item) for item in content[0].children]
    return len(points) >= 2 and all(
        point is not None
        and len(item.children) == 1
        and 0 < len(visible(point).split()) < MIN_FACT_WORDS
        and terms.term_of(point, top=True) is None
        and bold_head(point) is None
        for item, point in zip(content[0].children, points, strict=True)
    )


def one_list(body: list[Block]) -> bool:
    """A heading's whole text one bulleted list of facts and points too short to be facts
    ("#### Corallivores" over "* Parrotfish", "* Bioeroders like mollusks, ..."): the
    heading names what its points are about, a card of its own keeping them all. (Facts
    alone stand as cards of their own.)"""
    content = [b for b in body if b.kind != "rule" and not blank(b)]
    if len(content) != 1 or content[0].kind != "list" or content[0].ordered:
        return False
    if any(len(item.children) != 1 for item in content[0].children):
        return False  # "- cache-aside." over its own bullets: entries, not points
    points = [first_inline(item) for item in content[0].children]
    said = [len(visible(p).split()) for p in points if p is not None]
    return len(said) >= MIN_LISTED_POINTS and any(0 < n < MIN_FACT_WORDS for n in said)


MIN_LISTED_POINTS = 2


def images_only(body: list[Block]) -> list[str]:
    """The file names of the pictures a section holds when it holds nothing else."""
    shown: list[str] = []
    for block in body:
        if block.kind == "quote" and blank(block):
            shown.extend(images_only(block.children))
            continue
        if block.kind != "paragraph" or block.inline is None or visible(block.inline).strip():
            return []
        shown.extend(name.rsplit("/", 1)[-1] for name in block.inline.images if name)
    return shown


def compares(block: Block) -> bool:
    """A table that is no glossary: its rows compare things side by side."""
    if block.kind != "table" or not block.rows:
        return False
    rows = [[visible(c) for c in row] for row in block.rows]
    return not is_term_table(rows[0], rows[1:])


def describing_list(body: list[Block], least: int = 2) -> Block | None:
    """A note that opens with a plain bulleted list describes its own subject (`bridge.md`:
    "- Создаётся по умолчанию: docker0"): not a glossary of bold or mostly `Term — def` items.
    An answer section may say it in one bullet (`least`)."""
    content = shown(body)
    if not content or content[0].kind != "list":
        return None
    items = [first_inline(i) for i in content[0].children if i.kind == "item" and i.task is None]
    texts = [i for i in items if i is not None]
    if all(only_links(i) for i in texts):
        return None  # a table of contents ("1. [Установка](./install.md)") says nothing
    if len(texts) < least and not _one_statement(content[0]):
        return None
    if small_named_points(content[0].children):
        return None  # "- inflation" / "    + sustained price increase ...": a glossary
    if len(texts) == 1 and not _has_strong_term(content[0]):
        return content[0]  # one bullet answering the heading, "X: y" or not
    plain_terms = sum(terms.term_of(inline, top=True) is not None for inline in texts)
    if plain_terms * 5 >= len(texts) * 3 or _has_strong_term(content[0]):
        return None
    return content[0]


def _one_statement(listing: Block) -> bool:
    """`β-propeller structure.md` written as one bullet, "- The β-propeller structure is
    found across unrelated proteins", over the bullets that say more: a sentence about the
    note's subject, not a label over its parts ("- Types:")."""
    entries = [i for i in listing.children if i.kind == "item" and i.task is None]
    if len(entries) != 1 or len(entries[0].children) < 2:
        return False
    inline = first_inline(entries[0])
    if inline is None:
        return False
    text = visible(inline).strip()
    return len(text.split()) >= MIN_STATEMENT_WORDS and not text.endswith(":")


MIN_STATEMENT_WORDS = 5


def _has_strong_term(listing: Block) -> bool:
    """Some entry, at any depth, is a bold or code term (a glossary grouped by labels)."""
    pending = [listing]
    while pending:
        block = pending.pop()
        if block.kind == "item":
            inline = first_inline(block)
            term = terms.term_of(inline, top=False) if inline is not None else None
            if term is not None:
                return True
        pending.extend(block.children)
    return False


_DASHED = re.compile(r"^\s*[^—–:\n]{1,60}?\s[—–]\s+\S")


def dashed_glossary(listing: Block) -> bool:
    """Most entries of a list read `Term — what it is` (an em or en dash, not a colon)."""
    entries = [first_inline(i) for i in listing.children if i.kind == "item"]
    texts = [visible(i) for i in entries if i is not None]
    return len(texts) >= 2 and sum(bool(_DASHED.match(t)) for t in texts) * 5 >= len(texts) * 3


def says_more(body: list[Block]) -> bool:
    """Text a reader would see beyond a list of links (sub-items under a link count)."""
    for block in body:
        if block.kind == "paragraph" and block.inline is not None:
            if visible(block.inline) and not link_list(block.inline):
                return True
        elif block.kind == "list":
            for item in block.children:
                inline = first_inline(item)
                linked = inline is not None and only_links(inline)
                if item_children(item) or (inline is not None and not linked):
                    return True
        elif block.kind != "rule":
            return True
    return False


def known_as(body: list[Block]) -> tuple[int, tuple[str, ...]] | None:
    """(its line, the names) of a section's first paragraph when it only says what other
    names its thing goes by ("aka MUFA" under "# Monounsaturated fats")."""
    first = next((b for b in shown(body) if b.kind != "rule"), None)
    if first is not None and first.kind == "list" and len(first.children) == 1:
        # "- aka oligodendrocytes", the only bullet under the heading and its picture.
        item = first.children[0]
        inline = first_inline(item) if len(item.children) == 1 else None
        names = opennames.known_as_line(visible(inline)) if inline is not None else ()
        return (first.line, names) if names else None
    if first is None or first.kind != "paragraph" or first.inline is None:
        return None
    names = opennames.known_as_line(visible(first.inline))
    return (first.line, names) if names else None


def shown(body: list[Block]) -> list[Block]:
    """The blocks a reader sees: no empty paragraphs (a line of an image or a tag alone)."""
    return [b for b in body if not blank(b)]


def only_code(body: list[Block]) -> bool:
    """Code and nothing a reader would take for prose (a table's rows make cards of their
    own, listed by the note's card)."""
    seen = [b for b in shown(body) if b.kind != "rule" and not _source_quote(b)]
    return (
        bool(seen)
        and all(b.kind == "code" for b in seen)
        # "\t,,23.09.2024" indented above the first heading is a stray date, not a listing.
        and any(sum(c.isalpha() for c in b.code) >= MIN_CODE_LETTERS for b in seen)
    )


MIN_CODE_LETTERS = 3


def _source_quote(block: Block) -> bool:
    """`>[!cite]- Source` over a link: where the note comes from, nothing of its own."""
    if block.kind != "quote":
        return False
    callout = obsidian.callout(first_inline(block))
    if callout is not None and callout.kind in ("cite", "quote"):
        return True
    texts = [b.inline for b in block.children if b.kind == "paragraph"]
    return bool(texts) and all(i is None or not defines(i) for i in texts)


def field_lines(body: list[Block]) -> tuple[Block, list[tuple[str, str]]] | None:
    """A heading's first paragraph when it is a record of `**Label:** value` lines, one of
    them a section word ("**Тип:** ...", "**Описание:** ..."): the paragraph and its fields.
    Such a paragraph describes the heading; its labels are no terms."""
    seen = shown(body)
    if not seen or seen[0].kind != "paragraph" or seen[0].inline is None:
        return None
    found: list[tuple[str, str]] = []
    for _, line in split_lines(seen[0].inline):
        label, colon, value = visible(line).partition(":")
        label, value = obsidian.clean(label).strip(), value.strip()
        if not colon or not label or not value or len(label.split()) > MAX_FIELD_LABEL_WORDS:
            return None
        found.append((label, value))
    if len(found) < MIN_FIELDS or not any(labels.is_section_word(k) for k, _ in found):
        return None
    return seen[0], found


MIN_FIELDS = 2
MAX_FIELD_LABEL_WORDS = 2


def restating(body: list[Block], names: set[str]) -> list[Block]:
    """The section without lines that only give its own name again, after a label or a
    number ("> **Вопрос экзамена:** 26. Полярные мезоциклоны." under that heading)."""
    return [
        b
        for b in body
        if b.kind not in ("quote", "paragraph")
        or (said := definition_inline(b)) is None
        or not restates(said, names)
    ]


def restates(inline: Inline, names: set[str]) -> bool:
    """A line that only gives the section's own name again, after a label or a number."""
    said = _LABEL_LEAD.sub("", visible(inline).strip()).rstrip(" .:")
    return bool(said) and (
        name_key(said) in names or name_key(_NUMBER_LEAD.sub("", said)) in names
    )


_LABEL_LEAD = re.compile(r"^[^:\n]{1,40}:\s*")
_NUMBER_LEAD = re.compile(r"^\d+(?:\.\d+)*\.?\s+")


def code_line(body: list[Block]) -> str:
    """The one line under a heading when it is code typed as text ("# Каскадное
    присваивание" / "a=b=c=2.5") or in a code span ("`pip freeze > [файл].txt`"), else ""."""
    seen = [b for b in shown(body) if b.kind != "rule"]
    if len(seen) != 1 or seen[0].kind != "paragraph" or seen[0].inline is None:
        return ""
    inline = seen[0].inline
    text = inline.text.strip()
    if "\n" in text or not text:
        return ""
    spanned = any(m.kind == "code" and m.start == 0 and m.end >= len(text) for m in inline.marks)
    return text if spanned or _CODE_LINE.fullmatch(text) else ""


# "a=b=c=2.5", "a, b = 1, 2.5", "x += 1": names and values around an assignment.
_CODE_LINE = re.compile(r"[\w.,\[\]() ]{1,40}?[-+*/]?=(?!=)[\w.,'\"\[\]()= +-]{1,40}")


def command_name(line: str) -> str:
    """ "pip freeze > [ИМЯ ФАЙЛА].txt": the words of a command before its first argument,
    when a program and its subcommand open it."""
    said = _COMMAND_WORDS.match(line)
    return said.group(1) if said is not None and " " in said.group(1) else ""


_COMMAND_WORDS = re.compile(r"([a-z][\w.-]*(?: [a-z][\w-]*){1,2})(?=\s+[-<>\[|{$]|\s*$)")
