"""What a note written without much structure still says: headings kept as short lines of
their own (pasted from a web page), terms opening lines of a paragraph (Obsidian shows each
line apart), sections of `Term - definition` paragraphs, one-line commands under a heading,
and one name in two word forms."""

from __future__ import annotations

import re
from itertools import pairwise

from bot.core import altnames, labels, terms
from bot.core.blocks import (
    DATAVIEW,
    URL,
    blank,
    first_inline,
    name_key,
    navigation_list,
    only_links,
    split_lines,
    visible,
)
from bot.core.markdown import Block, Inline, Mark
from bot.core.text import STOPWORDS, fold


def plain_glossary(body: list[Block], names: set[str]) -> set[int]:
    """Lines of paragraphs that read `Индексация - добавление файлов в индекс` when a
    section is made of them (three or more, at least half its paragraphs): each is a term of
    its own, as in a bulleted glossary, not the section's definition. One that names the
    section itself (`cron - демон ...` in cron.md) stays its definition."""
    paragraphs = [b for b in body if b.kind == "paragraph" and b.inline is not None]
    lines: set[int] = set()
    # "Перфоманс-маркетинг: выполнение KPI ...": a name and a colon, in runs of such lines
    # one right after another; anything else between them ends a run.
    runs: list[list[int]] = [[]]
    # "Docker - ..." under "Что такое Docker?", before "Образ - ..." and "Контейнер - ...":
    # the section's own line stays its definition, yet counts as one of the glossary's.
    own = 0
    for block in body:
        term = _plain_term(block)
        dashed = (
            term is not None and block.inline is not None and terms.dash_separated(block.inline)
        )
        if term is not None and name_key(altnames.split_aliases(term.title)[0]) in names:
            own += dashed
        elif dashed:
            lines.add(block.line)
        elif term is not None and _colon_name(term):
            runs[-1].append(block.line)
            continue
        if runs[-1]:
            runs.append([])
    colons = {line for run in runs for line in run}
    if len(lines) + own >= 3 and 2 * (len(lines) + own) >= len(paragraphs) and lines:
        return lines
    # Names written with a colon are rarer than remarks ("Итог: ..."): only names of a
    # word or two, several of them, making most of the section.
    if len(colons) >= 2 and 2 * len(colons) >= len(paragraphs):
        return colons
    # "Upcasting (Вверх): ..." right above "Downcasting (Вниз): ...": two entries in a row
    # are a glossary however long the section around them is (pasted text).
    return {line for run in runs if len(run) >= MIN_GLOSSARY_RUN for line in run}


MIN_GLOSSARY_RUN = 2


MIN_HABIT_LINES = 4  # `Name - definition` paragraphs across a note that make it a habit


MIN_COPULA_HABIT_LINES = 2  # `Name - это ...` paragraphs that make it a habit


def dashed_lines(body: list[Block], names: set[str], *, copula: bool = False) -> set[int]:
    """Lines of the `Кортеж - строка.` paragraphs of `body` (`copula`: only those going on
    with "это"), except one naming `names`."""
    return {
        line
        for line, term in _dashed_terms(body, names)
        if not copula or _COPULA_START.match(term.definition) is not None
    }


def _dashed_terms(body: list[Block], names: set[str]) -> list[tuple[int, terms.Term]]:
    out: list[tuple[int, terms.Term]] = []
    for block in body:
        term = _plain_term(block)
        if (
            term is not None
            and block.inline is not None
            and terms.dash_separated(block.inline)
            and not _names_any(name_key(altnames.split_aliases(term.title)[0]), names)
        ):
            out.append((block.line, term))
    return out


def _names_any(key: str, names: set[str]) -> bool:
    """`key` is one of `names` word by word, in any word form ("нативное приложение" under
    "Нативные приложения")."""
    said = key.split()
    return any(
        len(said) == len(other) and all(same_name(a, b) for a, b in zip(said, other, strict=True))
        for other in (n.split() for n in names)
    )


_COPULA_START = re.compile(r"^\s*(?:это|является|являются|is|are)\s", re.I)
# "Продакт-менеджер — человек, который ...": what kind of thing, then which one.
_GENUS_START = re.compile(
    r"^\s*(?:это\s|[а-яё]+(?:\s[а-яё]+)?,\s(?:который|которая|которое|которые)\s)"
)


def defining_lines(body: list[Block], names: set[str]) -> set[int]:
    """Lines of `Name — это ...` and `Name — человек, который ...` paragraphs: a definition
    in the form a Russian textbook gives one, a term even alone in a section of other text."""
    return {
        line
        for line, term in _dashed_terms(body, names)
        if _GENUS_START.match(term.definition) is not None and len(term.title.split()) <= 3
    }


def dash_habit(tree: list[Block]) -> str:
    """How the note defines terms as `Name - definition` paragraphs wherever they come up:
    "all" when they are four or more and a quarter of its paragraphs, "copula" when two or
    more go on with "это" (only those are terms then), else "". Each such line is a term of
    its own, even alone in a section of other text."""
    paragraphs = sum(b.kind == "paragraph" for b in tree)
    dashed = _dashed_terms(tree, set())
    if len(dashed) >= MIN_HABIT_LINES and 4 * len(dashed) >= paragraphs:
        return "all"
    copulas = sum(_COPULA_START.match(term.definition) is not None for _, term in dashed)
    return "copula" if copulas >= MIN_COPULA_HABIT_LINES else ""


def named_lines(body: list[Block], names: set[str]) -> set[int]:
    """Lines of the `Name - definition` paragraphs naming one of `names`: "UDP – транспортный
    протокол ..." in the answer to "Чем отличается TCP от UDP?" is UDP's card."""
    return {
        block.line
        for block in body
        if (term := _plain_term(block)) is not None
        and block.inline is not None
        and terms.dash_separated(block.inline)
        and name_key(altnames.split_aliases(term.title)[0]) in names
    }


def foreign_named_lines(body: list[Block], names: set[str]) -> set[int]:
    """Lines of `Weaving - процесс связывания ...` paragraphs: a Latin name of a word or
    three, a dash, what it is in Cyrillic. Russian notes define the English terms of their
    field so even alone among other prose; a Russian word before a dash may be a remark's
    label ("Итог - всё работает")."""
    out: set[int] = set()
    # "# Минимально детектируемый эффект" / "MDE - характеристика ...": the line right under
    # a heading says what the heading is, whatever its language.
    opening = next((b for b in body if not blank(b)), None)
    for block in body:
        term = _plain_term(block)
        if (
            term is None
            or block is opening
            or block.inline is None
            or not terms.dash_separated(block.inline)
        ):
            continue
        head = altnames.split_aliases(term.title)[0]
        if (
            len(head.split()) <= MAX_FOREIGN_NAME_WORDS
            and _LATIN_NAME.fullmatch(head)
            and _CYRILLIC_LETTER.match(term.definition.strip())
            # "gRPC - ..." under "Что такое gRPC и зачем": the section's own definition.
            and not any(_within(name_key(head), name) for name in names)
        ):
            out.add(block.line)
    return out


def _within(name: str, other: str) -> bool:
    """`name`'s words appear together in `other` ("rebalance" in "kafka rebalance")."""
    return f" {name} " in f" {other} "


MAX_FOREIGN_NAME_WORDS = 3
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9.+#@/-]*(?: [A-Za-z0-9][A-Za-z0-9.+#@/-]*)*")


def comparing_lines(body: list[Block]) -> set[int]:
    """Lines of `X vs Y: how they differ` paragraphs: the notes' own comparison of the two,
    a card even alone in a section of other text ("Taxis vs Kinesis: Taxis is directed ...")."""
    return {
        block.line
        for block in body
        if (term := _plain_term(block)) is not None
        and len(term.title.split()) <= MAX_COMPARING_WORDS
        and _COMPARING_NAME.match(term.title) is not None
    }


MAX_COMPARING_WORDS = 8
_COMPARING_NAME = re.compile(r"^[^\s].*?\s(?:vs\.?|versus)\s+\S", re.I)


def _plain_term(block: Block) -> terms.Term | None:
    """A paragraph reading `Name - definition` or `Name: definition`, not a remark's label."""
    if block.kind != "paragraph" or block.inline is None:
        return None
    term = terms.term_of(block.inline, top=True)
    if (
        term is not None
        and not term.strong
        and term.definition.strip()
        and not labels.is_section_word(term.title)
    ):
        return term
    return None


def _colon_name(term: terms.Term) -> bool:
    """`Перфоманс-маркетинг: выполнение KPI ...`: a name of a word or two before the colon
    (`items.named_entry` reads numbered `Name - def` entries)."""
    said = altnames.split_aliases(term.title)[0].split()  # "Downcasting (Вниз)": one word
    return (
        1 <= len(said) <= 2
        and term.title[:1].isupper()
        and len(term.definition.split()) >= MIN_GLOSSARY_LINE_WORDS
        and not _open_ended(term.title)
        and fold(said[-1]) not in STOPWORDS
        and not any(ch.isdigit() for ch in term.title)  # "Примечание 2:", "Rule 1:"
    )


_HEADING_LIKE_NEXT = frozenset({"list", "code", "table"})
MAX_PLAIN_HEADING_WORDS = 8
MIN_PROSE_HEADINGS = 3  # heading lines over paragraphs that make a note's habit


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
        sum(_heading_line(block) and after.kind == "paragraph" for block, after in pairwise(tree))
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
        elif tree[i + 1].kind == "list" and (titled := _dash_titled(block)) is not None:
            # "**Процесс загрузки класса**" / "—" over its list: the note's name, then what
            # it is, as flashcard-minded notes write it.
            out[i] = _heading_below(block, level, titled)
        elif tree[i + 1].kind == "code" and _code_label(block):
            # "**Использование LIMIT и OFFSET для пагинации:**" over its query: a heading.
            out[i] = _heading_below(block, level, block.inline)
        elif (opened := _unclosed_bold(block)) is not None:
            # "***Ключевое слово this" alone on its line: bold the author never closed.
            out[i] = _heading_below(block, level, opened)
        elif _bold_line(block, comma=True) and tree[i + 1].kind in _BOLD_HEADING_NEXT:
            # "**прототипное наследование**" over its explanation: a heading in all but form.
            out[i] = _heading_below(block, level, block.inline)
        elif (
            not headed
            and (tree[i + 1].kind in _HEADING_LIKE_NEXT or over_prose)
            and _heading_line(block)
        ):
            out[i] = Block(kind="heading", line=block.line, level=2, inline=block.inline)
        elif (
            tree[i + 1].kind in ("paragraph", "code")
            and not _says_heading(tree, i)
            and (named := _lone_item(block))
        ):
            # "+ Псевдомассив `arguments` (массивоподобный объект)" alone over paragraphs and
            # code: a heading written as a bullet.
            out[i] = _heading_below(block, level, named)
    return [b for b in out if b is not None]


_UNCLOSED_BOLD = re.compile(r"^\*{2,3}([^*\n]{2,60}?)\s*$")
MAX_UNCLOSED_BOLD_WORDS = 6


def _unclosed_bold(block: Block) -> Inline | None:
    """A paragraph of one short line opened with `**` or `***` that nothing closes."""
    if block.kind != "paragraph" or block.inline is None or block.inline.marks:
        return None
    m = _UNCLOSED_BOLD.match(block.inline.text.strip())
    if m is None or len(m.group(1).split()) > MAX_UNCLOSED_BOLD_WORDS:
        return None
    return Inline(text=m.group(1).strip())


_DETAILS = re.compile(r"\s*<details\b", re.I)
MAX_SUMMARY_WORDS = 5  # "Ответ", "Show the answer": a label, not the answer


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


MAX_LIST_HEADING_WORDS = 4


def list_heads(body: list[Block]) -> dict[int, str]:
    """Short capitalised lines with their bullets on the very next line ("Vertical Scaling"
    over its points, inside "## Scalability"), by line: each names the list below it, not
    the section. A line over a blank line and a list may be a sentence missing its stop;
    one ending in `:` mostly leads into its list ("Группы имеют:", "Index columns that:")."""
    heads: dict[int, str] = {}
    for block, below in pairwise(body):
        if below.kind != "list" or below.line != block.line + 1 or navigation_list(below):
            continue
        # "**Процесс работы:**" over numbered steps: the steps of the card above.
        name = _list_head(block, steps=below.ordered)
        if name:
            heads[block.line] = name
    return heads


_CLAUSE_OPENERS = frozenset(
    """если когда чтобы пока хотя поскольку раз if when while unless since because although
    once""".split()  # noqa: SIM905 - a word list reads best as text
)


def _list_head(block: Block, steps: bool = False) -> str:
    # "**Контекст сборки:**" over its bullets: a bold label with its colon names them too.
    labelled = not steps and _bold_line(block, colon=True)
    if not (_heading_line(block) or labelled):
        return ""
    assert block.inline is not None
    name = visible(block.inline).strip().rstrip(":").strip()
    fits = (
        len(_REMARK.sub("", name).split()) <= MAX_LIST_HEADING_WORDS
        and "," not in name
        and (labelled or terms.term_of(block.inline, top=True) is None)
        and not labels.is_section_word(name)
        # "Если нам потребовался" over "1. ...": the opening of a sentence the list goes on.
        and name.split()[0].casefold() not in _CLAUSE_OPENERS
        # "**Сохранить образ в файл:**", "**Образ содержит:**": a step or a lead-in.
        and not (labelled and not labels.names_thing(name))
    )
    return name if fits else ""


def _says_heading(tree: list[Block], at: int) -> bool:
    """A bullet that, with one block under it, is all its heading holds ("### Dirty Read" /
    "- Чтение незафиксированных данных" / its query): it says what the heading is."""
    return (
        at > 0
        and tree[at - 1].kind == "heading"
        and (at + 2 >= len(tree) or tree[at + 2].kind == "heading")
    )


def _lone_item(block: Block) -> Inline | None:
    """The line of a list of one short entry with nothing nested under it."""
    if block.kind != "list" or block.ordered or len(block.children) != 1:
        return None
    item = block.children[0]
    if item.task is not None or len(item.children) != 1:
        return None
    inline = first_inline(item)
    if inline is None or not _heading_text(inline):
        return None
    text = visible(inline)
    return inline if terms.term_of(inline, top=True) is None and ":" not in text else None


_BOLD_HEADING_NEXT = frozenset({"paragraph", "list", "code", "table"})


_REMARK = re.compile(r"\([^()]{1,60}\)")


def _bold_line(block: Block, colon: bool = False, comma: bool = False) -> bool:
    """A paragraph that is one short bold phrase and nothing else (no stop; a colon only
    when `colon`; a trailing comma only when `comma`, as outlines converted from Word leave
    it: `**Nuisance**,` over its bullets)."""
    inline = block.inline
    if block.kind != "paragraph" or inline is None or inline.links or inline.wikilinks:
        return False
    text = inline.text.strip()
    strong = [m for m in inline.marks if m.kind == "strong"]
    if len(strong) != 1 or "\n" in text or not text:
        return False
    mark = strong[0]
    bold = inline.text[mark.start : mark.end].strip()
    if comma:
        text, bold = text.removesuffix(","), bold.removesuffix(",")
    # "**Data Intensive** (IO BOUND нагрузка в основном)": a name and a remark on it.
    whole = bold == text or (
        text.startswith(bold) and _REMARK.fullmatch(text[len(bold) :].strip()) is not None
    )
    return (
        whole
        and not text.startswith(('"', "«", "“", "'"))  # a quoted saying, not a heading
        and any(ch.isalpha() for ch in text)
        and len(text.split()) <= MAX_PLAIN_HEADING_WORDS
        and not text.endswith((".", ",", ";", "!", "…"))
        and (colon or not text.endswith(":"))
    )


def _code_label(block: Block) -> bool:
    """A bold label with its colon that names something (not `**Пример:**`)."""
    if not _bold_line(block, colon=True) or block.inline is None:
        return False
    text = visible(block.inline).strip()
    return text.endswith(":") and labels.names_thing(text[:-1].strip())


def _dash_titled(block: Block) -> Inline | None:
    """The bold name of a paragraph that is that name over a line of only a dash."""
    if block.kind != "paragraph" or block.inline is None:
        return None
    lines = split_lines(block.inline)
    if len(lines) != 2 or visible(lines[1][1]).strip(" —–-") or not visible(lines[1][1]):
        return None
    first = lines[0][1]
    text = first.text.strip()
    strong = [m for m in first.marks if m.kind == "strong"]
    if len(strong) != 1 or first.text[strong[0].start : strong[0].end].strip() != text:
        return None
    return first


def _heading_line(block: Block) -> bool:
    return block.kind == "paragraph" and block.inline is not None and _heading_text(block.inline)


def _heading_text(inline: Inline) -> bool:
    """One short line, capitalised, with no stop at its end: a heading's words."""
    if "\n" in inline.text.strip():
        return False
    text = visible(inline)
    letters = [ch for ch in text if ch.isalpha()]
    return (
        bool(letters)
        and letters[0].isupper()
        and len(text) <= 80
        and len(text.split()) <= MAX_PLAIN_HEADING_WORDS
        and not text.endswith((".", ",", ";", ":", "!", "?", "…"))
        and "=" not in text
        and not inline.links
        and not only_links(inline)
        and not DATAVIEW.match(inline.plain())
        and not URL.match(text)
    )


_TERM_MARKS = frozenset({"strong", "em", "code"})


_CODE_SIGNS = re.compile(r"[;{}=<>\[\]$`|\\]|//|\w\(|\w\.\w|^\W")
_CYRILLIC_LETTER = re.compile(r"[а-яё]", re.I)


def indented_prose(tree: list[Block]) -> list[Block]:
    """A line of text indented four spaces is code to Markdown, but a note pasted from a
    document keeps its headings indented so ("    Хэширование (В одну сторону)"): one line
    of Russian words with nothing of code in it is a line of text."""
    out = []
    for block in tree:
        text = block.code.strip()
        if (
            block.kind == "code"
            and block.indented
            and text
            and "\n" not in text
            and _CYRILLIC_LETTER.search(text)
            and not _CODE_SIGNS.search(text)
        ):
            out.append(Block(kind="paragraph", line=block.line, inline=Inline(text=text)))
        else:
            out.append(block)
    return out


def term_lines(tree: list[Block]) -> list[Block]:
    """Obsidian shows each line of a paragraph on its own line, and notes use that: a line
    starting `*Foreign Key* - это ...` in the middle of a paragraph opens a term of its own.
    Such paragraphs are cut before those lines; other paragraphs stay whole."""
    out: list[Block] = []
    for block in tree:
        inline = block.inline
        if block.kind != "paragraph" or inline is None or "\n" not in inline.text:
            out.append(block)
            continue
        plain = _plain_term_line_heads(inline)
        cuts = sorted({0, *_term_line_starts(inline), *plain})
        if len(cuts) == 1:
            out.append(block)
            continue
        ends = [*cuts[1:], len(inline.text)]
        for start, end in zip(cuts, ends, strict=True):
            part = _slice(inline, start, end)
            if start in plain:
                # Its term reads as if written in bold, so it is a term wherever it stands.
                part.marks.append(Mark(start=0, end=plain[start], kind="strong"))
            line = block.line + inline.text.count("\n", 0, start)
            out.append(Block(kind="paragraph", line=line, inline=part, end_line=block.end_line))
    return out


def _term_line_starts(inline: Inline) -> list[int]:
    starts: list[int] = []
    text = inline.text
    for mark in inline.marks:
        if mark.kind not in _TERM_MARKS or mark.start <= 0 or text[mark.start - 1] != "\n":
            continue
        end = text.find("\n", mark.start)
        part = _slice(inline, mark.start, len(text) if end < 0 else end)
        term = terms.term_of(part, top=False)
        if term is not None and term.definition.strip() and not labels.is_section_word(term.title):
            starts.append(mark.start)
    return sorted(set(starts))


MAX_PLAIN_LINE_TERM_WORDS = 3
MIN_PLAIN_LINE_DEFINITION_WORDS = 4


_OPEN_TAIL = STOPWORDS | frozenset(
    "через между перед после около без".split()  # noqa: SIM905 - a word list reads best as text
)


def _open_ended(head: str) -> bool:
    """`Установить можно через - ...`: a sentence going on past its dash, not a name."""
    said = head.split()
    return len(said) > 1 and fold(said[-1]) in _OPEN_TAIL


def _plain_term_line_heads(inline: Inline) -> dict[int, int]:
    """Lines reading `Burstable instance - This instance has ...` after a finished sentence,
    by where they start: a term of their own written without bold (its length). A dash
    only: `Итог: ...` is a remark."""
    text = inline.text
    heads: dict[int, int] = {}
    at = text.find("\n")
    while at >= 0:
        start = at + 1
        at = text.find("\n", start)
        before = text[:start].rstrip()
        # After a finished sentence, or after nothing visible: "![[screenshot.png]]" over
        # "Ценность - отношение ..." is a picture, then a term.
        if before and not before.endswith((".", "!", "?", ")")):
            continue
        head = _plain_term_head(_slice(inline, start, len(text) if at < 0 else at))
        if head:
            heads[start] = head
    if heads:
        # "Таргетированная реклама - реклама в соцсетях (Vk)" over "Afilliate - CPA ...":
        # the first line of such a paragraph is a term as much as the lines after it.
        first = text.find("\n")
        head = _plain_term_head(_slice(inline, 0, first))
        if head:
            heads[0] = head
    return heads


def _plain_term_head(part: Inline) -> int:
    """The length of the name a line `Name - what it is` opens with (0 if it is none)."""
    term = terms.term_of(part, top=True)
    sep = terms.separator(part)
    if (
        term is not None
        and sep is not None
        and not _open_ended(term.title)
        and part.text[:1].isupper()
        and part.text[sep[0]] != ":"
        and not part.marks
        and len(term.title.split()) <= MAX_PLAIN_LINE_TERM_WORDS
        and len(term.definition.split()) >= MIN_PLAIN_LINE_DEFINITION_WORDS
        and not labels.is_section_word(term.title)
    ):
        return len(part.text[: sep[0]].rstrip())
    return 0


def _slice(inline: Inline, start: int, end: int) -> Inline:
    text = inline.text[start:end]
    marks = [
        Mark(start=max(m.start, start) - start, end=min(m.end, end) - start, kind=m.kind)
        for m in inline.marks
        if m.start < end and m.end > start
    ]
    return Inline(
        text=text.rstrip("\n"),
        marks=marks,
        links=[link for link in inline.links if link[0] and link[0] in text],
        wikilinks=[w for w in inline.wikilinks if w and w in text],
    )


_COMMAND = re.compile(r"^[a-z][\w.-]*(?:\s+[a-z][\w-]*)?", re.I)


def command_of(code: str) -> list[str]:
    """A one-line code block's command (`git restore <файл>` → `git restore`): it names what
    the card above it does, as a list entry names its list."""
    lines = [line.strip() for line in code.strip().split("\n") if line.strip()]
    if len(lines) != 1 or len(lines[0]) > 80 or lines[0].startswith(("#", "//")):
        return []
    found = _COMMAND.match(lines[0].lstrip("$ "))
    return [found.group(0)] if found and " " in found.group(0) else []


def same_name(a: str, b: str) -> bool:
    """One name in two word forms: `горутина` in the note `Горутины`, `процесс`/`процессы`."""
    if a == b:
        return True
    if not a or not b or a.count(" ") != b.count(" "):
        return False
    common = _common_prefix(a, b)
    return common >= 4 and common >= max(len(a), len(b)) - 2


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def is_label(title: str, inside_a_card: bool) -> bool:
    """`**Правило:** ...` or `- Важно: ...` inside a card: a remark of that card, no term."""
    return inside_a_card and labels.is_section_word(title)


MIN_GLOSSARY_LINE_WORDS = 3
MAX_GLOSSARY_TITLE_WORDS = 3
_GLOSSARY_SEPARATOR = re.compile(r":|—|–| - ")


def glossary_lines(inline: Inline, inside: bool) -> list[tuple[int, terms.Term]]:
    """(line offset, term) per line of a paragraph whose every line reads `Name: what it
    is` (entries typed one per line, without bullets), else nothing: a glossary, not one
    term holding them all. `inside`: the paragraph is in a card, where labels are remarks."""
    if "\n" not in inline.text or "::" in inline.text:
        return []  # "status:: done": Dataview fields, not terms
    lines = split_lines(inline)
    read = [(row, terms.term_of(line, top=True)) for row, line in lines]
    # One way of writing all entries: prose lines ("Первый процесс — init", "Номера
    # выдаются по кругу: после ...") differ in separator and run longer.
    entries = [(row, term) for row, term in read if term is not None]
    # "Round Robin" alone between two entries: a name listed with nothing said of it.
    bare = [
        line
        for (_, line), (_, term) in zip(lines, read, strict=True)
        if term is None and _BARE_NAME.match(line.text.strip())
    ]
    marks = {_separator(line.text) for _, line in lines if line not in bare}
    if (
        len(entries) < 2
        or len(entries) + len(bare) < len(read)
        or len(bare) >= len(entries)
        or len(marks) > 1
        or not all(
            len(term.title.split()) <= MAX_GLOSSARY_TITLE_WORDS
            and len(term.definition.split()) >= MIN_GLOSSARY_LINE_WORDS
            and not is_label(term.title, inside)
            and not labels.is_section_word(term.title)
            for _, term in entries
        )
    ):
        return []
    return entries


_BARE_NAME = re.compile(r"^[A-ZА-ЯЁ][\w+#/-]*(?: [\w+#/-]+){0,2}$")


def _separator(line: str) -> str:
    found = _GLOSSARY_SEPARATOR.search(line)
    return found.group() if found else ""
