"""What the sections of a note written without much structure still say: paragraphs of
`Term - definition` lines, each a term of its own (a glossary written as prose), `X vs Y`
lines, Latin names defined in Russian prose, one-line commands under a heading, and one name
in two word forms. The note's tree is restored before this, in `restructure`."""

from __future__ import annotations

import re

from bot.core import altnames, labels, termmarks, terms
from bot.core.blocks import (
    abbreviates,
    blank,
    defines,
    name_key,
    split_lines,
)
from bot.core.markdown import Block, Inline
from bot.core.text import CYRILLIC_LETTER, STOPWORDS, common_prefix, fold


def plain_glossary(body: list[Block], names: set[str], *, small: bool = False) -> set[int]:
    """Lines of paragraphs that read `Индексация - добавление файлов в индекс` when a
    section is made of them (three or more, at least half its paragraphs): each is a term of
    its own, as in a bulleted glossary, not the section's definition. One that names the
    section itself (`cron - демон ...` in cron.md) stays its definition. In a note written
    in small letters (`small`) a name may start with one too."""
    paragraphs = [b for b in body if b.kind == "paragraph" and b.inline is not None]
    lines: set[int] = set()
    # "Перфоманс-маркетинг: выполнение KPI ...": a name and a colon, in runs of such lines
    # one right after another; anything else between them ends a run.
    runs: list[list[int]] = [[]]
    # The entries in each run, the section's own `name: what it is` line among them.
    sizes = [0]
    # "Docker - ..." under "Что такое Docker?", before "Образ - ..." and "Контейнер - ...":
    # the section's own line stays its definition, yet counts as one of the glossary's.
    own = 0
    for block in body:
        term = _plain_term(block)
        dashed = (
            term is not None
            and block.inline is not None
            and termmarks.dash_separated(block.inline)
        )
        colon = term is not None and not dashed and _colon_name(term, small=small)
        if term is not None and name_key(altnames.split_aliases(term.title)[0]) in names:
            own += dashed
            sizes[-1] += colon
            if colon:
                continue
        elif dashed:
            lines.add(block.line)
        elif colon:
            runs[-1].append(block.line)
            sizes[-1] += 1
            continue
        elif sizes[-1] and (block.kind == "list" or blank(block)):
            continue  # the remarks under an entry, or a picture, go on with the run
        if sizes[-1]:
            runs.append([])
            sizes.append(0)
    colons = {line for run in runs for line in run}
    if len(lines) + own >= 3 and 2 * (len(lines) + own) >= len(paragraphs) and lines:
        return lines
    # Names written with a colon are rarer than remarks ("Итог: ..."): only names of a
    # word or two, several of them, making most of the section.
    if len(colons) >= 2 and 2 * len(colons) >= len(paragraphs):
        return colons
    # "Upcasting (Вверх): ..." right above "Downcasting (Вниз): ...": two entries in a row
    # are a glossary however long the section around them is (pasted text).
    return {
        line
        for run, size in zip(runs, sizes, strict=True)
        if size >= MIN_GLOSSARY_RUN
        for line in run
    }


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


def _dashed_terms(body: list[Block], names: set[str]) -> list[tuple[int, termmarks.Term]]:
    out: list[tuple[int, termmarks.Term]] = []
    for block in body:
        term = _plain_term(block)
        if (
            term is not None
            and block.inline is not None
            and termmarks.dash_separated(block.inline)
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
# "Доверенная вычислительная база - совокупность защитных механизмов ...": a noun naming
# what kind of thing it is, then more words.
_GENUS_START = re.compile(
    r"^\s*(?:это\s|[а-яё]+(?:\s[а-яё]+)?,\s(?:который|которая|которое|которые)\s"
    r"|(?:совокупность|множество|набор|процесс|способ|метод|механизм|алгоритм|операция"
    r"|свойство|характеристика|мера|величина|протокол|технология)\s+\w+\s+\w)"
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
        and termmarks.dash_separated(block.inline)
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
    # A source's address on the line above it ("https://learn.javascript.ru/closure#iife")
    # is no opening: a paragraph that can define nothing.
    opening = next(
        (b for b in body if not blank(b) and (b.kind != "paragraph" or defines(b.inline))), None
    )
    for block in body:
        term = _plain_term(block)
        if (
            term is None
            or block is opening
            or block.inline is None
            or not termmarks.dash_separated(block.inline)
        ):
            continue
        head = altnames.split_aliases(term.title)[0]
        if (
            len(head.split()) <= MAX_FOREIGN_NAME_WORDS
            and _LATIN_NAME.fullmatch(head)
            and CYRILLIC_LETTER.match(term.definition.strip())
            # "gRPC - ..." under "Что такое gRPC и зачем": the section's own definition;
            # "AndroidX - ..." in "Androidx и Support Library", one of the two it names.
            and not any(
                _within(name_key(head), name) and name_key(head) not in listed(name)
                for name in names
            )
        ):
            out.add(block.line)
    return out


def listed(title: str) -> list[str]:
    """The names a title lists ("Структуры и перечисления": "Структуры", "перечисления"),
    none when it names one thing."""
    parts = [p.strip() for p in _LIST_JOINER.split(title) if p.strip()]
    return parts if len(parts) >= MIN_LISTED else []


_LIST_JOINER = re.compile(r"\s*(?:,|\bи\b|\band\b|&|/)\s*", re.I)
MIN_LISTED = 2


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


def _plain_term(block: Block) -> termmarks.Term | None:
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


MAX_COLON_NAME_WORDS = 3  # "First degree murder: Intentional killing ..."


def _colon_name(term: termmarks.Term, *, small: bool = False) -> bool:
    """`Перфоманс-маркетинг: выполнение KPI ...`: a name of a word or two before the colon
    (`itemterms.named_entry` reads numbered `Name - def` entries)."""
    said = altnames.split_aliases(term.title)[0].split()  # "Downcasting (Вниз)": one word
    return (
        1 <= len(said) <= MAX_COLON_NAME_WORDS
        and (term.title[:1].isupper() or (small and term.title[:1].isalpha()))
        and len(term.definition.split()) >= MIN_GLOSSARY_LINE_WORDS
        and not open_ended(term.title)
        and fold(said[-1]) not in STOPWORDS
        and not any(ch.isdigit() for ch in term.title)  # "Примечание 2:", "Rule 1:"
    )


_OPEN_TAIL = STOPWORDS | frozenset(
    "через между перед после около без".split()  # noqa: SIM905 - a word list reads best as text
)


def open_ended(head: str) -> bool:
    """`Установить можно через - ...`: a sentence going on past its dash, not a name."""
    said = head.split()
    return len(said) > 1 and fold(said[-1]) in _OPEN_TAIL


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
    common = common_prefix(a, b)
    return common >= 4 and common >= max(len(a), len(b)) - 2


def with_maker(longer: str, name: str) -> bool:
    """ "Git fetch" for "Fetch", "Docker Compose" for "Compose": the name with one Latin word
    before it, the tool or language the thing belongs to."""
    said, named = fold(longer).split(), fold(name).split()
    return (
        len(said) == len(named) + 1
        and said[0].isascii()
        and said[0].isalpha()
        and same_name(" ".join(said[1:]), " ".join(named))
    )


def labelled_term(term: termmarks.Term) -> termmarks.Term | None:
    """`- Problem: convoy effect- you get stuck behind a long process`: a label, then the
    term it brings up, a dash and what it is."""
    if not labels.is_section_word(term.title):
        return None
    said = Inline(text=term.definition.strip())
    inner = terms.term_of(said, top=True)
    if (
        inner is None
        or not termmarks.dash_separated(said)
        or len(inner.title.split()) > MAX_GLOSSARY_TITLE_WORDS
        or labels.is_section_word(inner.title)
    ):
        return None
    return inner


MIN_GLOSSARY_LINE_WORDS = 3
MAX_GLOSSARY_TITLE_WORDS = 3
_GLOSSARY_SEPARATOR = re.compile(r":|—|–| - ")


def glossary_lines(inline: Inline) -> list[tuple[int, termmarks.Term]]:
    """(line offset, term) per line of a paragraph whose every line reads `Name: what it
    is` (entries typed one per line, without bullets), else nothing: a glossary, not one
    term holding them all; labels are remarks, not entries."""
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
        if term is None and bare_name(line.text)
    ]
    # "apt list выводит список ..." among "apt remove – ..." lines: a remark typed between
    # entries, when they are many.
    strays = len(read) - len(entries) - len(bare)
    entry_lines = {row for row, _ in entries}
    marks = {
        _DASHES.get(sep, sep)
        for row, line in lines
        if row in entry_lines and (sep := _separator(line.text))
    }
    if (
        len(entries) < 2
        or (strays and not _strays_between(read, entries, strays))
        or len(bare) >= len(entries)
        or len(marks) > 1
        or not all(
            len(term.title.split()) <= MAX_GLOSSARY_TITLE_WORDS
            # "HP: high pressure": what the letters stand for, however short.
            and (
                len(term.definition.split()) >= MIN_GLOSSARY_LINE_WORDS
                or abbreviates(fold(term.title), term.definition.strip())
            )
            and not labels.is_section_word(term.title)
            for _, term in entries
        )
    ):
        return []
    return entries


def _strays_between(
    read: list[tuple[int, termmarks.Term | None]],
    entries: list[tuple[int, termmarks.Term]],
    strays: int,
) -> bool:
    """Few remarks among many entries of distinct names, the first line an entry: "A2: ..."
    / "A2A2: ..." under an opening statement number arguments, not terms."""
    names = {fold(term.title) for _, term in entries}
    return (
        read[0][1] is not None
        and len(entries) >= MIN_ENTRIES_AROUND_STRAY
        and strays * 4 <= len(read)
        and len(names) == len(entries)
    )


MIN_ENTRIES_AROUND_STRAY = 4
# A dash typed three ways is one way of writing the entries.
_DASHES = {"—": "–", " - ": "–"}
_BARE_NAME = re.compile(r"^[A-ZА-ЯЁ][\w+#/-]*(?: [\w+#/-]+){0,2}$")


def bare_name(line: str) -> bool:
    """ "Round Robin" alone between two entries: a name listed with nothing said of it."""
    return _BARE_NAME.match(line.strip()) is not None


def _separator(line: str) -> str:
    found = _GLOSSARY_SEPARATOR.search(line)
    return found.group() if found else ""


# "# enumerate — индекс и значение" over `for i, fruit in enumerate(fruits):`: a cheat
# sheet's comment naming what the code right below it uses, and what that does.
_COMMENTED = re.compile(r"^\s*(?:#|//|--)\s*`?([A-Za-z_][\w.]*)(?:\(\))?`?\s+[—–]\s+(\S.{3,})$")
MIN_COMMENTED_NAMES = 2


def commented_names(code: str) -> list[tuple[str, str, int, str]]:
    """(name, what it does, line within the code, the code below) of each comment of a code
    block that names what its lines below use, when the block holds several such: a cheat
    sheet written in code. One comment naming something is only a comment."""
    lines = code.split("\n")
    out: list[tuple[str, str, int, str]] = []
    for at, line in enumerate(lines):
        found = _COMMENTED.match(line)
        if found is None:
            continue
        below: list[str] = []
        for after in lines[at + 1 :]:
            if not after.strip() or after.lstrip().startswith(("#", "//", "--")):
                break
            below.append(after)
        name = found.group(1)
        if any(re.search(rf"(?<![\w.]){re.escape(name)}\(", b) for b in below):
            out.append((name, found.group(2).strip(), at, "\n".join(below)))
    return out if len(out) >= MIN_COMMENTED_NAMES else []


def fenced_entries(code: str) -> list[tuple[str, str, int]]:
    """(name, what it is, line within the block) of the numbered "Name: what it is" lines a
    fence with no language holds ("1. Adverse Selection: Compensation for trading against
    informed traders"), when it holds several: a list kept in a fence, not code (no
    language writes a line so)."""
    out = [
        (m.group(1).strip(), m.group(2).strip(), at)
        for at, line in enumerate(code.split("\n"))
        if (m := _FENCED_ENTRY.match(line)) is not None
        and len(m.group(1).split()) <= MAX_FENCED_NAME_WORDS
    ]
    return out if len(out) >= MIN_FENCED_ENTRIES else []


_FENCED_ENTRY = re.compile(r"^\s*\d{1,2}[.)]\s+([^\W\d_][\w /&'’-]{1,50}?):\s+([^\W\d_].{5,})$")
MAX_FENCED_NAME_WORDS = 5
MIN_FENCED_ENTRIES = 2
