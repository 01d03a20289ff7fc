"""Fence slips of notes, repaired on the text before the Markdown parser reads it: a fence
glued to the end of a code line, an entry numbered right under a line of text, prose the
author kept in a fence as in a notebook, the Admonition plugin's callouts written as
fences (site generators' other marks are in `sitemarks`).
Hand-written: these are habits of note writers and plugins, not Markdown syntax. Every
repair keeps each line where it was, so warnings point at the note.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_FENCE_OPEN = re.compile(r"^([ \t>]*)(`{3,}|~{3,})(.*)$")


def fix_glued_fences(text: str) -> tuple[str, list[int], list[int]]:
    """A fence closed at the end of a code line (`}```): move it to a line of its own, as
    the author meant (CommonMark would run the code block to the end of the note). And a
    line numbered "4. DTO" right under a line of text starts an entry, as the author sees
    it (CommonMark reads it as more of that paragraph unless its number is 1). And the answer
    written right under `<summary>Ответ</summary>` is text to read, as GitHub shows it
    (CommonMark keeps it as raw HTML up to the next blank line)."""
    if (
        "``" not in text
        and "~~" not in text
        and not _NUMBERED.search(text)
        and "</summary>" not in text
        and not _LAZY_FIELD.search(text)
    ):
        return text, [], []
    lines = text.split("\n")
    out: list[str] = []
    fixed: list[int] = []  # the lines inserted, as numbered in the text returned
    glued: list[int] = []  # the note's lines whose closing fence moved to a line of its own
    fence = ""
    indent = ""
    for number, line in enumerate(lines, start=1):
        m = _FENCE_OPEN.match(line)
        if not fence:
            if m and not (m.group(2)[0] == "`" and "`" in m.group(3)):
                indent, fence = m.group(1), m.group(2)
            elif (
                _glued_entry(line, above := out[-1] if out else "")
                or _folded_answer(line, above)
                or _lazy_field(line, out)
            ):
                out.append("")
                fixed.append(number + len(fixed))
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
            glued.append(number)
            fence = ""
        else:
            out.append(line)
    return "\n".join(out), fixed, glued


_SUMMARY_END = re.compile(r"</summary>\s*$", re.I)


def _folded_answer(line: str, above: str) -> bool:
    """The first line of an answer written right under its `<summary>` label."""
    return (
        bool(line.strip())
        and not line.lstrip().startswith("<")
        and bool(_SUMMARY_END.search(above))
    )


_NUMBERED = re.compile(r"^(?:[2-9]|[1-9]\d{1,2})[.)] +\S", re.M)
LIST_LINE = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])(?:\s|$)")


def _glued_entry(line: str, above: str) -> bool:
    """ "4. DTO (Объект передачи данных)" under "Раздел 2: Безопасность": an entry."""
    return (
        _NUMBERED.match(line) is not None
        and bool(above.strip())
        and not above.startswith((" ", "\t", "|", ">", "#"))
        and LIST_LINE.match(above) is None
    )


def _lazy_field(line: str, out: list[str]) -> bool:
    """ "three cell model: model of how energy ..." written right under a bullet, in a note
    whose lines read "name: what it is" with bullets of remarks under them: a field line of
    its own, as the author sees it (CommonMark reads it as more of the bullet's text). Only
    when the line above the bullets is such a field too, so a bullet's wrapped sentence that
    has a colon in it stays the bullet's."""
    if _FIELD_LINE.match(line) is None or not out or LIST_LINE.match(out[-1]) is None:
        return False
    above = len(out) - 1
    while above >= 0 and (LIST_LINE.match(out[above]) or out[above].startswith((" ", "\t"))):
        above -= 1
    return above >= 0 and _FIELD_LINE.match(out[above]) is not None


# "atmospheric circulation: a large-scale movement ...": a name of a few words at the start
# of a line (no bullet, no mark), a colon and what it is.
_FIELD_LINE = re.compile(r"^[^\W\d_][\w()'’-]*(?: [\w()'’-]+){0,3}: +[^\s/]")
_LAZY_FIELD = re.compile(r"^\s*[-*+] .*\n" + _FIELD_LINE.pattern.removeprefix("^"), re.M)


# Prose kept in a fence with no language ("```" / "Least connections - Каждый запрос ..." /
# "```"): the author's notebook, not code. A line of it holds two Russian words or more and
# opens with no comment or prompt sign.
PROSE_WORD = re.compile(r"[А-ЯЁа-яё]{2,}")
_CODE_LEAD = ("#", "//", "$", ">", "<", "{", "}", "--", "/*", "*/")
# `echo "Привет мир"`, `print("Готово")`, `x = "значение"`, `description: Сервис заказов`
# (a YAML key): Russian inside code.
_CODE_MARK = re.compile(r"""[A-Za-z_]\(|\s=\s|^\w+=|["'`]|^[a-z_][\w.-]*:\s""")
MIN_PROSE_LINES = 2
PROSE_SHARE = 0.6


def unwrap_prose_fences(text: str) -> str:
    """Fences with no language whose lines are mostly Russian prose, opened: the fence lines
    become blank and the text is read as Markdown (list items keep their nesting)."""
    if "```" not in text and "~~~" not in text:
        return text
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = _FENCE_OPEN.match(lines[i])
        if m is None or m.group(1).strip():
            i += 1
            continue
        fence, info = m.group(2), m.group(3).strip()
        end = _closing(lines, i, fence)
        if end is None:
            break
        if not info and _prose(lines[i + 1 : end]):
            lines[i] = lines[end] = ""
            lines[i + 1 : end] = _as_markdown(lines[i + 1 : end])
        i = end + 1
    return "\n".join(lines)


def _closing(lines: list[str], start: int, fence: str) -> int | None:
    """The line closing the fence opened on line `start`: its character, as many or more."""
    return next(
        (
            j
            for j in range(start + 1, len(lines))
            if lines[j].strip().startswith(fence[0] * len(fence))
            and not lines[j].strip().strip(fence[0])
        ),
        None,
    )


# The Admonition plugin's callouts, written as fences: "```ad-def" (or "~~~ad-note") over
# optional "title: ..." / "collapse: ..." lines and Markdown.
_ADMONITION_OPEN = re.compile(r"^(`{3,}|~{3,})[ \t]*ad-([\w-]+)[ \t]*$")
_ADMONITION_PARAM = re.compile(r"^(title|collapse|icon|color):[ \t]*(.*)$")
# mdBook's admonish fences: '~~~admonish tip title="Prebiotic"', '```admonish note "Title"'.
_ADMONISH_OPEN = re.compile(r"^(`{3,}|~{3,})[ \t]*admonish(?:[ \t]+([a-z][\w-]*))?(.*)$")
_ADMONISH_TITLE = re.compile(r'\btitle="([^"]*)"|^\s*"([^"]*)"')
# MkDocs' admonitions: '!!! note "Title"' (or a folded '??? tip') over lines indented by
# four spaces, which CommonMark would read as code.
_MKDOCS_OPEN = re.compile(r'^(?:!!!|\?\?\?\+?)[ \t]*([a-z][\w-]*)(?:[ \t]+"([^"]*)")?[ \t]*$')
_INDENTED = ("    ", "\t")


def admonitions_as_callouts(text: str) -> str:
    """Admonition blocks ("```ad-def", mdBook's "~~~admonish tip", MkDocs' "!!! note")
    become the `> [!def] Title` callouts they show as, so they define and read like any
    callout (not as code). Lines stay where they were."""
    if "ad-" not in text and "admonish" not in text and "!!!" not in text and "???" not in text:
        return text
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if (mkdocs := _MKDOCS_OPEN.match(lines[i])) is not None:
            i = _mkdocs_callout(lines, i, mkdocs)
            continue
        m = _ADMONITION_OPEN.match(lines[i]) or _ADMONISH_OPEN.match(lines[i])
        if m is None:
            i += 1
            continue
        fence = m.group(1)
        end = _closing(lines, i, fence)
        if end is None:
            break
        kind, title, head = m.group(2) or "note", "", i
        if m.re is _ADMONISH_OPEN:
            named = _ADMONISH_TITLE.search(m.group(3))
            title = next((g for g in named.groups() if g is not None), "") if named else ""
        while head + 1 < end and (param := _ADMONITION_PARAM.match(lines[head + 1].strip())):
            title = param.group(2) if param.group(1) == "title" else title
            lines[head] = ""
            head += 1
        lines[head] = f"> [!{kind}] {title}".rstrip()
        lines[head + 1 : end] = [f"> {line}" for line in lines[head + 1 : end]]
        lines[end] = ""
        i = end + 1
    return "\n".join(lines)


def _mkdocs_callout(lines: list[str], start: int, opened: re.Match[str]) -> int:
    """The MkDocs admonition opened on line `start` as a callout: its indented lines (blank
    ones between them too) quoted. Returns the line after it."""
    end = start + 1
    while end < len(lines) and (
        lines[end].startswith(_INDENTED)
        or (
            not lines[end].strip()
            and end + 1 < len(lines)
            and lines[end + 1].startswith(_INDENTED)
        )
    ):
        end += 1
    lines[start] = f"> [!{opened.group(1)}] {opened.group(2) or ''}".rstrip()
    for j in range(start + 1, end):
        body = lines[j][4:] if lines[j].startswith("    ") else lines[j][1:]
        lines[j] = f"> {body}".rstrip()
    return end


# "Аутентификация:", "POD", "- ROLE": a label of the notebook, neither prose nor code.
_LABEL_LINE = re.compile(r"^(?:[-*]\s+)?[^\W\d_][\w-]*(?:\s[^\W\d_][\w-]*)?:?$")


def _prose(body: list[str]) -> bool:
    said = [line.strip() for line in body if line.strip()]
    said = [line for line in said if not _LABEL_LINE.match(line)]
    prose = [
        line
        for line in said
        if not line.startswith(_CODE_LEAD)
        and len(PROSE_WORD.findall(line)) >= 2
        and not line.endswith((";", "{", "}"))
        and _CODE_MARK.search(line) is None
    ]
    return len(prose) >= MIN_PROSE_LINES and len(prose) >= PROSE_SHARE * len(said)


def _as_markdown(body: list[str]) -> list[str]:
    """The fence's lines as Markdown: no indentation that would make code again; list items
    nested as far as they were under the first item of their list."""
    out: list[str] = []
    base: int | None = None
    for line in body:
        stripped = line.lstrip(" \t")
        indent = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip(" "))
        if LIST_LINE.match(line):
            base = indent if base is None else min(base, indent)
            out.append(" " * (indent - base) + stripped)
        else:
            if stripped:
                base = None
            out.append(stripped)
    return out


def outside_code(text: str, repair: Callable[[str], str]) -> str:
    """`repair` applied to each line outside fenced code."""
    lines = text.split("\n")
    for i in outside_fences(lines):
        lines[i] = repair(lines[i])
    return "\n".join(lines)


def outside_fences(lines: list[str]) -> list[int]:
    """Indexes of the lines outside fenced code (none after a fence nothing closes)."""
    out: list[int] = []
    i = 0
    while i < len(lines):
        opened = _FENCE_OPEN.match(lines[i])
        if opened is not None:
            end = _closing(lines, i, opened.group(2))
            if end is None:
                break  # code to the end of the note
            i = end + 1
            continue
        out.append(i)
        i += 1
    return out


# "1. **Spring Core** — ..." then "   2. **Spring MVC** ..." indented under it with no blank
# line: an entry of the same list as the author sees it (Obsidian shows it so). CommonMark
# reads it as more of entry 1's text, since a list numbered from 2 cannot interrupt a
# paragraph.
_ENTRY = re.compile(r"^( *)(\d{1,3})[.)] +\S")
_INDENTED_ENTRY = re.compile(r"^ +(?:[2-9]|\d{2,3})[.)] ", re.M)  # numbered on, indented


def continued_entries(text: str) -> str:
    """An entry indented under the one before it and numbered right after it, written
    with no blank line between: moved out to that entry's column, so it is the next entry
    of the same list. Each line stays where it is."""
    if not _INDENTED_ENTRY.search(text):
        return text
    lines = text.split("\n")
    entry: tuple[int, int] | None = None  # the indentation and number of the last entry
    for i in outside_fences(lines):
        line = lines[i]
        if not line.strip():
            entry = None  # past a blank line a nested list is a list of its own
        found = _ENTRY.match(line)
        if found is None:
            continue
        indent, number = len(found.group(1)), int(found.group(2))
        if entry is not None and indent > entry[0] and number == entry[1] + 1:
            lines[i] = " " * entry[0] + line.lstrip(" ")
            indent = entry[0]
        entry = (indent, number)
    return "\n".join(lines)
