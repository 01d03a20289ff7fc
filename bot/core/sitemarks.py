"""Marks a note keeps for the site it is published with, read as what the site shows:
headings written in HTML, GitHub's emoji shortcodes (`:mortar_board:`), Pandoc's bracketed
spans (`[Nuisance]{.mark}`), heading anchors (`{#types}`), Hugo's `relref` links, Jekyll's
Liquid tags and kramdown's attribute lists (`{% cite X %}`, `{:.no_toc}`), and
formulas written with spaces inside their dollars (`$ U(t) $`, as mdBook's KaTeX reads
them). Hand-written: these are habits of site generators, not Markdown syntax. Every
rewrite keeps each line where it was, so warnings point at the note.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import emoji

from bot.core.fences import outside_code, outside_fences

# `<h2>Observer</h2>`, `<p style='font-size: 32px; font-weight: bold;'> Observer </p>` on a
# line of their own: a heading written in HTML. Markdown would read the lines after it as
# part of the HTML block, hiding "**Observer** is a behavioral design pattern ...".
_HTML_HEADING = re.compile(r"^\s*<(h[1-6])\b[^>]*>(.*?)</\1>\s*$", re.I)
_HTML_STYLED = re.compile(
    r"^\s*<(p|div|span)\b[^>]*\bstyle\s*=\s*[\"'][^\"']*"
    r"(?:font-size|font-weight\s*:\s*(?:bold|[6-9]00))[^\"']*[\"'][^>]*>(.*?)</\1>\s*$",
    re.I,
)
_TAG = re.compile(r"<[^>]+>")
MAX_HTML_HEADING_WORDS = 8
STYLED_LEVEL = 2


def html_headings(text: str) -> str:
    """Headings written in HTML, each on its own line outside code, as Markdown headings."""
    if "<" not in text:
        return text
    return outside_code(text, _as_heading)


_SHORTCODE = re.compile(r":[a-z0-9_+-]+:")
_CODE_SPAN = re.compile(r"(`+).*?\1")


def emoji_shortcodes(text: str) -> str:
    """GitHub's emoji shortcodes outside code (`# :mortar_board: IIFE`) as the emoji GitHub
    shows, which titles then drop as decoration; the emoji package knows the names, so
    `:param:` and `std::vector` stay as written."""
    if _SHORTCODE.search(text) is None:
        return text
    return outside_code(text, _emojized)


# Pandoc's bracketed spans, as Word documents converted to Markdown carry them:
# "**[Nuisance]{.mark}**", "[[Hood v. Ryobi]{.underline}]{.mark}".
_SPAN = re.compile(r"\[([^\[\]]*)\]\{[.#][^{}]*\}")


def pandoc_spans(text: str) -> str:
    """Pandoc's bracketed spans outside code as their text: the marks and underlines of a
    document converted from Word say nothing to a reader."""
    if "]{" not in text:
        return text
    return outside_code(text, _unspanned)


# "## Types {#types}", "### Separate chaining {#separate-chaining .unnumbered}": the anchor
# and classes Pandoc, Hugo and kramdown let a heading carry; only one with an `#id`.
_HEADING_ATTRIBUTES = re.compile(
    r"^(#{1,6}[ \t].*?)[ \t]*\{[ \t]*#[\w:.-]+(?:[ \t]+[.#][\w:-]+)*[ \t]*\}[ \t]*$"
)


def heading_ids(text: str) -> str:
    """Headings without the `{#id}` their site generator reads, and without the section
    number ox-hugo writes into them (`## <span class="section-num">1</span> Линейная шкала`):
    no reader sees the one, and the other only orders the sections."""
    if "{#" not in text and "section-num" not in text:
        return text
    return outside_code(
        text, lambda line: _SECTION_NUMBER.sub("", _HEADING_ATTRIBUTES.sub(r"\1", line))
    )


_SECTION_NUMBER = re.compile(r'<span class="section-num">[^<]{0,20}</span>\s*')


# "[Heap]({{< relref "heap.md" >}})": a Hugo site's link to another note, by its file.
_HUGO_REF = re.compile(r"\{\{[<%]\s*(?:rel)?ref\s+\"([^\"\n]+)\"\s*[>%]\}\}")


# "{{< fig src="6-2.png" alt="Energy diagram" >}}", "{{< hint info >}} ... {{< /hint >}}":
# the site's own blocks, which a reader of the page sees as a figure or a box, never as text.
_HUGO_SHORTCODE = re.compile(
    r"\{\{(?:<\s*/?\s*[\w-]+(?:\s[^\n{}]*?)?\s*>|%\s*/?\s*[\w-]+(?:\s[^\n{}]*?)?\s*%)\}\}"
)


# "{:.no_toc}", "{: .no_toc }", "{:toc}", '{:target="_blank"}': kramdown's attribute lists,
# on a line of their own or closing one. ("{:ok, file}" in Elixir has a comma: no such list.)
_KRAMDOWN_IAL = re.compile(
    r"[ \t]*\{:[ \t]*(?:[.#]?[\w-]+(?:=(?:\"[^\"\n]*\"|'[^'\n]*'|\S+))?[ \t]*)*\}[ \t]*$"
)
# "1. TOC" over "{:toc}": just-the-docs' table of contents, which the site fills in.
_TOC_ITEM = re.compile(r"^\s*(?:\d+\.|[*+-])\s+TOC\s*$")
# "{% cite IEEE754 -l 5 %}", "{% bibliography %}", "{% raw %}": Liquid tags a Jekyll site
# runs; a reader sees their output or nothing, never the tag.
_LIQUID_TAG = re.compile(r"\{%-?[ \t]*\w+(?:[ \t][^\n{}%]*?)?[ \t]*-?%\}")


def jekyll_marks(text: str) -> str:
    """Liquid tags and kramdown attribute lists dropped, and the table-of-contents list
    just-the-docs fills in with them; every line kept in its place."""
    if "{%" not in text and "{:" not in text:
        return text
    lines = text.split("\n")
    for i in outside_fences(lines):
        line = lines[i]
        if (
            _TOC_ITEM.match(line)
            and i + 1 < len(lines)
            and "{:toc}" in lines[i + 1].replace(" ", "")
        ):
            lines[i] = ""
            continue
        line = _LIQUID_TAG.sub("", line)
        ial = _KRAMDOWN_IAL.search(line)
        if ial is not None and "`" not in line[ial.start() :]:
            line = line[: ial.start()]
        lines[i] = line
    return "\n".join(lines)


def hugo_refs(text: str) -> str:
    """Links a Hugo site writes with its `relref` shortcode, as plain links to the file;
    its other shortcodes dropped, the text between a pair of them kept ("{{< math >}}" is
    read with the formula it wraps, by `spaced_math`)."""
    if "{{" not in text:
        return text
    return outside_code(text, _hugo_line)


def _hugo_line(line: str) -> str:
    line = _HUGO_REF.sub(lambda m: m.group(1).replace(" ", "%20"), line)
    return _HUGO_SHORTCODE.sub(
        lambda m: m.group(0) if _MATH_SHORTCODE.fullmatch(m.group(0)) else "", line
    )


def _unspanned(line: str) -> str:
    return _outside_code_spans(line, _without_spans)


def _without_spans(text: str) -> str:
    while True:
        plain = _SPAN.sub(r"\1", text)
        if plain == text:
            return text
        text = plain


def _emojized(line: str) -> str:
    if _SHORTCODE.search(line) is None:
        return line
    return _outside_code_spans(line, lambda text: emoji.emojize(text, language="alias"))


def _outside_code_spans(line: str, repair: Callable[[str], str]) -> str:
    """`repair` applied to the parts of a line outside `code`."""
    out, start = [], 0
    for span in _CODE_SPAN.finditer(line):
        out.append(repair(line[start : span.start()]))
        out.append(span.group(0))
        start = span.end()
    out.append(repair(line[start:]))
    return "".join(out)


def _as_heading(line: str) -> str:
    """A line that is a heading in HTML, as a Markdown heading; else the line."""
    heading = _HTML_HEADING.match(line)
    styled = heading or _HTML_STYLED.match(line)
    if styled is None:
        return line
    said = " ".join(_TAG.sub(" ", styled.group(2)).split())
    if not said or len(said.split()) > MAX_HTML_HEADING_WORDS:
        return line
    level = int(heading.group(1)[1]) if heading is not None else STYLED_LEVEL
    return "#" * level + " " + said


# "где $ U(t) $ — мгновенное значение": a formula with spaces inside its dollars, which
# CommonMark's math leaves as text. Only what reads as a formula: a command, a sub- or
# superscript, braces, an equals sign or a lone symbol ("$ L $"), so "$ 5 and $ 10" stays
# prices. Dollars pair up in order, as the formula's reader pairs them.
_DOLLAR = re.compile(r"(?<![\\$])\$(?!\$)")
_FORMULA = re.compile(r"[\\^_{}=]|^[^\W\d_]{1,2}\d?$|^[^\W\d_]'?\([^()]{1,10}\)$")
MAX_FORMULA = 300  # characters of one formula


# Hugo's math shortcode around a formula, and LaTeX's own brackets for one: "{{< math >}}
# \[ e = 1,6 \cdot 10^{-19} \]", "\( \vec{a} \)".
_MATH_SHORTCODE = re.compile(r"\{\{[<%]\s*/?\s*(?:math|katex)\s*[>%]\}\}")
_LATEX_DISPLAY = re.compile(rf"\\\[(.{{1,{MAX_FORMULA}}}?)\\\]")
_LATEX_INLINE = re.compile(rf"\\\((.{{1,{MAX_FORMULA}}}?)\\\)")


def spaced_math(text: str) -> str:
    """Formulas written as `$ x $`, `\\( x \\)` or `\\[ x \\]` outside code, as `$x$` and
    `$$x$$`, which the parser reads as math; Hugo's math shortcodes around them dropped."""
    if "$ " not in text and " $" not in text and "\\" not in text and "{{" not in text:
        return text
    return outside_code(text, lambda line: _outside_code_spans(line, _unspaced_math))


def _bracketed_math(found: re.Match[str], fence: str) -> str:
    formula = found.group(1).strip()
    return f"{fence}{formula}{fence}" if _FORMULA.search(formula) else found.group(0)


def _unspaced_math(text: str) -> str:
    text = _MATH_SHORTCODE.sub("", text)
    text = _LATEX_DISPLAY.sub(lambda m: _bracketed_math(m, "$$"), text)
    text = _LATEX_INLINE.sub(lambda m: _bracketed_math(m, "$"), text)
    dollars = [m.start() for m in _DOLLAR.finditer(text)]
    out, start = [], 0
    for opening, closing in zip(dollars[::2], dollars[1::2], strict=False):
        inside = text[opening + 1 : closing]
        formula = inside.strip()
        if (
            formula != inside
            and formula
            and len(formula) <= MAX_FORMULA
            and _FORMULA.search(formula)
        ):
            out.append(f"{text[start:opening]}${formula}$")
            start = closing + 1
    return "".join(out) + text[start:]


# A line of "=" or "-" alone: under a paragraph Markdown reads it as the line that makes the
# paragraph a heading, or as a rule.
_UNDERLINE = re.compile(r"^[ \t]{0,3}(?:=+|-+)[ \t]*$")


def math_underlines(text: str) -> str:
    """ "$$ ... \\begin{bmatrix} x \\end{bmatrix} \n = \n \\begin{bmatrix} ...$$": a line
    that is only "=" inside a formula is part of it, not the mark that would turn the
    paragraph above it, formula and all, into a heading. Such lines are indented past what
    Markdown reads as an underline; nothing else changes."""
    if "$$" not in text:
        return text
    lines = text.split("\n")
    inside = False
    for i in outside_fences(lines):
        line = lines[i]
        if inside and _UNDERLINE.match(line):
            lines[i] = "    " + line.strip()
        if line.count("$$") % 2:
            inside = not inside
    return "\n".join(lines)
