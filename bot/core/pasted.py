"""Notes pasted from somewhere that lost their Markdown structure on the way: a glossary
written as bare sentences, headings left as plain short lines. Each rewrite keeps every line
in its place, so line numbers in warnings stay right.

Hand-written: these are habits of how people paste text into notes, not Markdown syntax.
"""

from __future__ import annotations

import re

from bot.core import comparisons, labels
from bot.core.fences import outside_fences

# "abstraction is hiding unnecessary detail from user." on a line of its own, in a note made
# of such lines and nothing else: a glossary written as sentences.
_COPULA_LINE = re.compile(
    r"^(?P<name>[A-Za-z][\w'()/.-]*(?: [\w'()/.-]+){0,3}) (?P<verb>is|are|means|refers to) "
    r"(?P<said>\S.{8,})$"
)
MIN_COPULA_LINES = 3
_COPULA_SHARE = 0.75


def copula_glossary(text: str) -> str:
    """A note with no heading whose lines mostly read `name is what it is`: each such line
    a bulleted term (`- **name** — ...`; "means" and "refers to" kept), so it reads as the
    glossary it is. A line is kept in place, so line numbers stay right."""
    lines = text.split("\n")
    said = [i for i, line in enumerate(lines) if line.strip()]
    if any(line.lstrip().startswith(("#", "```", "~~~", "-", "*", ">", "|")) for line in lines):
        return text
    found = {i: m for i in said if (m := _COPULA_LINE.match(lines[i].strip())) is not None}
    if len(found) < MIN_COPULA_LINES or len(found) < _COPULA_SHARE * len(said):
        return text
    for i, m in found.items():
        if m["name"].split()[0].casefold() in _NOT_NAMES:
            continue
        verb = "—" if m["verb"] in ("is", "are") else m["verb"]
        lines[i] = f"- **{m['name']}** {verb} {m['said']}"
    return "\n".join(lines)


_NOT_NAMES = frozenset("it this that there he she they which what who".split())  # noqa: SIM905


# "Routing key" alone on a line, and the next paragraph "Routing key — ключ маршрутизации":
# a heading of a page pasted as text. Often glued to the paragraph above by a line break.
_ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_NOT_HEADING_START = ("#", "-", "*", "+", ">", "|", "`", "!", "[", "<", "$", "/")
_HEADING_STOPS = (".", ",", ";", ":", "!", "?", "…", "—", "–", "=", ">", "(", ")")
MAX_PASTED_HEADING_WORDS = 4
MAX_PASTED_HEADING_CHARS = 40
MIN_PASTED_HEADINGS = 2  # such lines in a note before they read as its habit


# "##Secondary deviance", "###Goal 2: Incapacitation": headings as early GitHub rendered
# them, with no space after the hashes (two or more hashes are never an Obsidian tag).
_UNSPACED = re.compile(r"^(#{2,6})(?=[^\W\d_])")
# "#Primary and Secondary Deviance" opening the note: a title in several words; "#Biology"
# alone is a tag.
_UNSPACED_TITLE = re.compile(r"^#(?=[A-ZА-ЯЁ][^#\s]*\s+[^#]*\w)(?![^#]*#)")


_UNSPACED_ANYWHERE = re.compile(r"^#{1,6}[^\W\d_]", re.M)


# " Дисперсия случайной величины ##": a heading with only its closing hashes typed.
_CLOSED_ONLY = re.compile(r"^ {0,3}([^\s#>|`*+-].{0,80}?[^\s#\\])[ \t]+(#{2,6})[ \t]*$")
_CLOSED_ANYWHERE = re.compile(_CLOSED_ONLY.pattern, re.M)


def unspaced_headings(text: str) -> str:
    """Headings typed without the space after their hashes, with it; and headings typed
    with only their closing hashes ("Title ##"), opened as they close."""
    if _UNSPACED_ANYWHERE.search(text) is None and _CLOSED_ANYWHERE.search(text) is None:
        return text  # most notes: no line to look at twice
    lines = text.split("\n")
    outside = outside_fences(lines)
    first = next((i for i in outside if lines[i].strip()), None)
    for i in outside:
        line = lines[i]
        closed = _CLOSED_ONLY.match(line)
        if closed is not None:
            lines[i] = f"{closed.group(2)} {closed.group(1)}"
        elif _UNSPACED.match(line) is not None:
            lines[i] = _UNSPACED.sub(r"\1 ", line, count=1)
        elif i == first and _UNSPACED_TITLE.match(line) is not None:
            lines[i] = "# " + line[1:]
    return "\n".join(lines)


def pasted_headings(text: str) -> str:
    """Short plain lines that the next paragraph goes on to define by name ("Exchange" over
    "Exchange решает, в какую очередь ...", "Kafka offset" over "Offset — позиция ..."),
    two or more in a note: each becomes a heading one level below the note's last real
    heading (labels such as `### Пример:` do not count). A heading interrupts the paragraph
    it was glued to, as Markdown lets it."""
    lines = text.split("\n")
    outside = outside_fences(lines)
    named = {i for i in outside if _names_next(lines, i)}
    if len(named) < MIN_PASTED_HEADINGS:
        return text
    # The habit shown, a short line over a sentence is such a heading too.
    found = [i for i in outside if i in named or _loose_name(lines, i)]
    levels = _heading_levels(lines)
    for i in found:
        lines[i] = "#" * min(6, levels[i] + 1) + " " + lines[i].strip()
    return "\n".join(lines)


def _short_name(lines: list[str], i: int) -> bool:
    """Line `i` is a short name with no stop after it, then a blank line, then a line."""
    # Most lines fail on the blank line below them: the cheap tests come first.
    if i + 2 >= len(lines) or lines[i + 1].strip() or not lines[i + 2].strip():
        return False
    said = lines[i].strip()
    words = said.split()
    return not (
        not words
        or len(words) > MAX_PASTED_HEADING_WORDS
        or len(said) > MAX_PASTED_HEADING_CHARS
        or lines[i].startswith(("    ", "\t"))
        or said.startswith(_NOT_HEADING_START)
        or said.endswith(_HEADING_STOPS)
        or said.startswith("_")
        or said.endswith("_")
        or any(stop in said for stop in ("—", "–", " - ", "->", "=", "`", "*", ":", "."))
        or not said[0].isalpha()
        or lines[i + 2].strip().startswith(_NOT_HEADING_START)
        or labels.is_section_word(said)
    )


def _loose_name(lines: list[str], i: int) -> bool:
    """A capitalised name of a few words over a sentence ("Choreography" over "Сервисы
    реагируют на события друг друга.")."""
    said, after = lines[i].strip(), lines[i + 2].strip() if i + 2 < len(lines) else ""
    return (
        _short_name(lines, i)
        and said[:1].isupper()
        and len(said.split()) <= MAX_LOOSE_HEADING_WORDS
        and after[:1].isupper()
        and len(after.split()) >= MIN_SENTENCE_WORDS
    )


MAX_LOOSE_HEADING_WORDS = 3
MIN_SENTENCE_WORDS = 3


def _names_next(lines: list[str], i: int) -> bool:
    """Line `i` is a short name, then a blank line, then a paragraph opening with that name
    or its last words."""
    if not _short_name(lines, i):
        return False
    words = lines[i].split()
    after = lines[i + 2].strip().casefold()
    for start in range(len(words)):
        name = " ".join(words[start:]).casefold()
        if len(name) >= MIN_NAMED_CHARS and after.startswith(name):
            rest = after[len(name) : len(name) + 1]
            return not rest or not rest.isalnum()
    return False


MIN_NAMED_CHARS = 3  # "Topic" may open the next paragraph for "Kafka topic"; "A" may not


def _heading_levels(lines: list[str]) -> list[int]:
    """Per line, the level of the last heading above it that is not a label (1 if none)."""
    out: list[int] = []
    level = 1
    for line in lines:
        out.append(level)
        m = _ATX.match(line)
        if m is not None and not labels.is_section_word(m.group(2)):
            level = len(m.group(1))
    return out


# "⚙️ StringBuilder" over "Изменяемый (mutable) класс-помощник ...": a note pasted from a
# chat answer, its headings plain lines opened with an emoji.
_EMOJI_LINE = re.compile(
    r"^[\u2600-\u27bf\U0001f300-\U0001faff][\ufe0f\u200d]?\s*(?P<name>\S.*?)\s*$"
)
MIN_EMOJI_HEADINGS = 2
MAX_EMOJI_HEADING_WORDS = 6
_EMOJI_HEADING_STOPS = (".", ",", ";", ":", "!", "?", "…")


def emoji_headings(text: str) -> str:
    """In a note with no heading of its own, short lines opened with an emoji and ending
    without a stop, two or more, as second-level headings (the emoji dropped); the note's
    name stays its title. Bullets and tips opened so ("✅ Храните манифесты в git.") do not
    count."""
    lines = text.split("\n")
    outside = outside_fences(lines)
    if any(_ATX.match(lines[i]) for i in outside):
        return text
    found: dict[int, str] = {}
    for i in outside:
        m = _EMOJI_LINE.match(lines[i])
        if m is None:
            continue
        name = m["name"]
        if (
            len(name.split()) <= MAX_EMOJI_HEADING_WORDS
            and not name.endswith(_EMOJI_HEADING_STOPS)
            and not name.startswith(_NOT_HEADING_START)
            and name[:1].isalnum()
        ):
            found[i] = name
    if len(found) < MIN_EMOJI_HEADINGS:
        return text
    for i, name in found.items():
        lines[i] = "## " + name
    return "\n".join(lines)


# "• A CPLD is an advanced version of SPLD ...", "▪ Advantages" over "– Highly reliable":
# slides or a PDF pasted as text, their bullets kept as characters.
_GLYPH_ITEM = re.compile(r"^(\s*)([•▪➢●◦►])\s+(?=\S)")
_DASH_ITEM = re.compile(r"^(\s*)[–—]\s+(?=\S)")
MIN_GLYPH_ITEMS = 2


def glyph_bullets(text: str) -> str:
    """Lines opened with a bullet character (two or more in a note) as Markdown list
    items: the note's first such character at the top level, any other one and a dash
    right under an item one level below."""
    lines = text.split("\n")
    outside = outside_fences(lines)
    glyphs = [m.group(2) for i in outside if (m := _GLYPH_ITEM.match(lines[i])) is not None]
    if len(glyphs) < MIN_GLYPH_ITEMS:
        return text
    top = glyphs[0]
    listed = False
    for i in outside:
        glyph = _GLYPH_ITEM.match(lines[i])
        dash = _DASH_ITEM.match(lines[i]) if listed else None
        if glyph is not None:
            nested = "  " if glyph.group(2) != top else ""
            lines[i] = f"{glyph.group(1)}{nested}- {lines[i][glyph.end() :]}"
            listed = True
        elif dash is not None:
            lines[i] = f"{dash.group(1)}  - {lines[i][dash.end() :]}"
        elif not lines[i].strip() or lines[i].lstrip().startswith("#"):
            listed = False
    return "\n".join(lines)


# "**Вопрос:** Что делает `set -e`?" over "**Ответ:** Прерывает скрипт ...", "**Q:** ..." over
# "**A:** ...": interview or self-test notes asking and answering in labelled lines.
_ASKED = re.compile(
    r"^ {0,3}(?:[❓✅]\s*)?\*\*(?:вопрос|question|q)\s*\d{0,3}\s*[:.]?\*\*\s*[:.]?\s*(.*?)\s*$",
    re.I,
)
# "**Q1: You've built a new model. What are your next steps?**": label and question in bold.
_ASKED_BOLD = re.compile(
    r"^ {0,3}(?:[❓]\s*)?\*\*(?:вопрос|question|q)\s*\d{0,3}\s*[:.]\s*(\S.*?\?)\*\*\s*$", re.I
)
_ANSWERED = re.compile(
    r"^ {0,3}(?:[✅☑️]+\s*)?\*\*(?:ответ|answer|a)\s*[:.]?\*\*\s*[:.]?\s*(.*?)\s*$", re.I
)
MAX_ANSWER_GAP = 3  # lines from a question's label to its answer's


def asked_lines(text: str) -> str:
    """A labelled question followed by its labelled answer: the question becomes a heading
    one level below the last real one, the answer its text without the label, so the card
    is named by what it asks ("Что делает set -e?"), not by the label «Вопрос»."""
    lines = text.split("\n")
    outside = set(outside_fences(lines))
    pairs: list[tuple[int, int, int, str]] = []  # label line, question line, answer line
    for i in sorted(outside):
        asked = _ASKED.match(lines[i]) or _ASKED_BOLD.match(lines[i])
        if asked is None:
            continue
        at = i if asked.group(1) else i + 1  # "**Question:**" alone, the question below it
        if at >= len(lines) or not lines[at].strip() or at not in outside:
            continue
        question = asked.group(1) or lines[at].strip()
        if comparisons.sides(question):
            # "Чем отличается git fetch от git pull?": the notes' own cards of both answer
            # it side by side, not one interview answer.
            continue
        answer = next(
            (
                j
                for j in range(at + 1, min(len(lines), at + 1 + MAX_ANSWER_GAP))
                if j in outside and _ANSWERED.match(lines[j])
            ),
            None,
        )
        if answer is not None:
            pairs.append((i, at, answer, question))
    if not pairs:
        return text
    levels = _heading_levels(lines)
    for i, at, answer, question in pairs:
        lines[i] = ""
        lines[at] = "#" * min(6, levels[i] + 1) + " " + question.rstrip()
        reply = _ANSWERED.match(lines[answer])
        lines[answer] = reply.group(1) if reply is not None else lines[answer]
    return "\n".join(lines)


def flattened_rows(text: str, inserted: list[int]) -> tuple[str, list[int]]:
    """A table whose rows lost their line breaks on the way ("Cadence | Ending of a phrase |
    | Coda | Closing material | | ..." on one line under a two-column header): its rows, one
    per line again. CommonMark keeps only as many cells as the header has, so all but the
    first row would vanish. `inserted` are the lines earlier fix-ups added (numbered as in
    `text`); returned with the new ones, every row mapped to the line it was written on."""
    if "|" not in text or "--" not in text:
        return text, inserted
    lines = text.split("\n")
    out: list[str] = []
    added: list[int] = []  # line numbers (in `text`) after which rows were added, per row
    columns = 0  # of the table the line is in, or that ended above it, blank lines between
    inside = False
    head: list[str] = []  # that table's header and delimiter lines
    for number, line in enumerate(lines, start=1):
        if _TABLE_DELIMITER.match(line) and number > 1 and "|" in lines[number - 2]:
            columns, inside = len(_cells(line)), True
            head = [lines[number - 2], line]
        elif not line.strip():
            inside = False
        elif "|" not in line:
            columns = 0
        rows = _unflattened(line, columns) if columns >= 2 else None
        if rows is None:
            out.append(line)
            continue
        # Below the table after a blank line, the rows are a table of their own: its header
        # again, so they read as rows, not as a paragraph of bars.
        rows = rows if inside else [*head, *rows]
        inside = True
        out.extend(rows)
        added.extend([number] * (len(rows) - 1))
    if not added:
        return text, inserted
    # Each earlier inserted line moves down by the rows added above it; each added row is
    # an inserted line right after the rows before it.
    moved = [f + sum(1 for a in added if a < f) for f in inserted]
    new: list[int] = []
    for i, after in enumerate(added):
        new.append(after + i + 1 + sum(1 for f in inserted if f <= after))
    return "\n".join(out), sorted(moved + new)


_TABLE_DELIMITER = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")


def _cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return re.split(r"(?<!\\)\|", inner)


def _unflattened(line: str, columns: int) -> list[str] | None:
    """The rows of a table line holding several, each ending in an empty cell, else None."""
    cells = _cells(line)
    width = columns + 1
    if len(cells) < 2 * width - 1:
        return None
    groups = [cells[i : i + columns] for i in range(0, len(cells), width)]
    gaps = [cells[i] for i in range(columns, len(cells), width)]
    if any(gap.strip() for gap in gaps) or len(groups[-1]) != columns:
        return None
    return ["| " + " | ".join(c.strip() for c in group) + " |" for group in groups]


# "**Within Subjects Design—**Comparison within ...": a dash or colon typed inside the bold,
# right against the next word; CommonMark keeps such a closing "**" as text, since
# punctuation before it and a letter after it cannot close the emphasis.
_PUNCTUATED_BOLD = re.compile(r"(?<![*\w])(\*\*|__)(\w[^*_\n]{0,80}?[^\s*_])([—–:])\1(?=\w)")


def punctuated_bold(text: str) -> str:
    """A bold name whose closing stars cannot close, its dash or colon moved out of the
    bold: `**Name—**definition` reads as `**Name**— definition`."""
    lines = text.split("\n")
    for i in outside_fences(lines):
        if "**" in lines[i] or "__" in lines[i]:
            lines[i] = _PUNCTUATED_BOLD.sub(r"\1\2\1\3 ", lines[i])
    return "\n".join(lines)
