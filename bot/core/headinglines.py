"""Whether one line of a note looks like a heading, judged from the line alone: one short
capitalised line with no stop at its end, a short bold phrase or a bold label with its colon,
a bold interview question, bold the author never closed, a bold name over a line of only a
dash, a bullet alone naming what follows it, a `<details>` summary that asks a question, and
a short line that can name the list below it. Where in a note such a line becomes a heading
(what follows it, what the rest of the note does) is decided in `restructure`."""

from __future__ import annotations

import re

from bot.core import labels, termmarks, terms
from bot.core.blocks import (
    DATAVIEW,
    URL,
    first_inline,
    only_links,
    split_lines,
    visible,
)
from bot.core.markdown import Block, Inline, html_text, slice_inline

MAX_PLAIN_HEADING_WORDS = 8
BRACKET_REMARK = re.compile(r"\([^()]{1,60}\)")
# "II. **Pull:**", "b) **Fetch:**": a label counted by a numeral Markdown makes no list of.
_ENUMERATOR = re.compile(r"(?:[IVX]{1,5}|[a-zа-я]|\d{1,2})[.)]\s+")


def heading_line(block: Block, small: bool = False) -> bool:
    return (
        block.kind == "paragraph"
        and block.inline is not None
        and heading_text(block.inline, small)
    )


def heading_text(inline: Inline, small: bool = False, colon: bool = False) -> bool:
    """One short line, capitalised (unless the note writes in `small` letters), with no
    stop at its end (but the one colon, with `colon`): a heading's words."""
    if "\n" in inline.text.strip():
        return False
    text = visible(inline)
    if colon:
        text = text.rstrip().removesuffix(":").rstrip()
    letters = [ch for ch in text if ch.isalpha()]
    return (
        bool(letters)
        and (letters[0].isupper() or small)
        and len(text) <= 80
        and len(text.split()) <= MAX_PLAIN_HEADING_WORDS
        and not text.endswith((".", ",", ";", ":", "!", "?", "…"))
        and "=" not in text
        and not inline.links
        and not only_links(inline)
        and not DATAVIEW.match(inline.plain())
        and not URL.match(text)
        and not _named_line(inline)
    )


def _named_line(inline: Inline) -> bool:
    """`**Noise** - шум - нерепрезентативность выборки`: a term named in bold (as written,
    or as `term_lines` marks it) and what it is; short, but no heading."""
    sep = termmarks.separator(inline)
    return sep is not None and any(
        m.kind == "strong" and m.start == 0 and not inline.text[m.end : sep[0]].strip()
        for m in inline.marks
    )


def bold_line(block: Block, colon: bool = False, comma: bool = False) -> bool:
    """A paragraph that is one short bold phrase and nothing else (no stop; a colon only
    when `colon`; a trailing comma only when `comma`, as outlines converted from Word leave
    it: `**Nuisance**,` over its bullets)."""
    inline = block.inline
    if block.kind != "paragraph" or inline is None or inline.links or inline.wikilinks:
        return False
    text = inline.text.strip()
    if colon and (counted := _ENUMERATOR.match(text)) is not None:
        text = text[counted.end() :]
    strong = [m for m in inline.marks if m.kind == "strong"]
    if colon and not strong and text.endswith(":"):
        # "*azathioprine*:" over what it does: an italic label with its colon.
        strong = [m for m in inline.marks if m.kind == "em"]
    if len(strong) != 1 or "\n" in text or not text:
        return False
    mark = strong[0]
    bold = inline.text[mark.start : mark.end].strip()
    if comma:
        text, bold = text.removesuffix(","), bold.removesuffix(",")
    # "**Data Intensive** (IO BOUND нагрузка в основном)": a name and a remark on it;
    # "**azathioprine**:", its colon after the bold.
    whole = (
        bold == text
        or (colon and text == f"{bold}:")
        or (
            text.startswith(bold)
            and BRACKET_REMARK.fullmatch(text[len(bold) :].strip()) is not None
        )
    )
    return (
        whole
        and not text.startswith(('"', "«", "“", "'"))  # a quoted saying, not a heading
        # "**[Video timestamp 52–1:03]**": an annotation in square brackets names nothing.
        and not (text.startswith("[") and text.endswith("]"))
        and any(ch.isalpha() for ch in text)
        and len(text.split()) <= MAX_PLAIN_HEADING_WORDS
        and not text.endswith((".", ",", ";", "!", "…"))
        and (colon or not text.endswith(":"))
    )


def bold_colon_line(block: Block) -> bool:
    """A paragraph that is one bold label ending in its colon ("**Proof-of-Work:**")."""
    inline = block.inline
    return bold_line(block, colon=True) and inline is not None and inline.text.strip()[-1:] == ":"


def code_label(block: Block) -> bool:
    """A bold label with its colon that names something (not `**Пример:**`)."""
    if not bold_line(block, colon=True) or block.inline is None:
        return False
    text = visible(block.inline).strip()
    return text.endswith(":") and labels.names_thing(text[:-1].strip())


def colon_line(block: Block, small: bool) -> bool:
    """In a note written in small letters, which has no headings to speak of, a name and a
    colon over its points ("middle passage:"); not a question's clause ("why it fell:").
    In others "Attributes:" leads into the note's own list."""
    inline = block.inline
    if not small or block.kind != "paragraph" or inline is None:
        return False
    text = inline.text.strip()
    if not text.endswith(":") or _CLAUSE_HEAD.match(text):
        return False
    return not inline.wikilinks and heading_text(inline, small, colon=True)


_CLAUSE_HEAD = re.compile(
    r"(?:why|what|how|who|when|where|which|whose|почему|что|как|кто|когда|где|зачем)\b", re.I
)


MAX_LIST_HEADING_WORDS = 4


_CLAUSE_OPENERS = frozenset(
    """если когда чтобы пока хотя поскольку раз if when while unless since because although
    once""".split()  # noqa: SIM905 - a word list reads best as text
)


def list_head(block: Block, steps: bool = False, small: bool = False) -> str:
    # "**Контекст сборки:**" over its bullets: a bold label with its colon names them too.
    labelled = not steps and (bold_line(block, colon=True) or colon_line(block, small))
    if not (heading_line(block, small) or labelled):
        return ""
    assert block.inline is not None
    name = visible(block.inline).strip().rstrip(":").strip()
    fits = (
        len(BRACKET_REMARK.sub("", name).split()) <= MAX_LIST_HEADING_WORDS
        and "," not in name
        and (labelled or terms.term_of(block.inline, top=True) is None)
        and not labels.is_section_word(name)
        # "Если нам потребовался" over "1. ...": the opening of a sentence the list goes on.
        and name.split()[0].casefold() not in _CLAUSE_OPENERS
        # "**Сохранить образ в файл:**", "**Образ содержит:**": a step or a lead-in.
        and not (labelled and not labels.names_thing(name))
    )
    return name if fits else ""


# "**Объясните, что такое data class в Kotlin.**": a question put as a request.
_REQUEST = re.compile(
    r"^(?:объясните|объясни|расскажите|расскажи|опишите|опиши|explain|describe)\b", re.I
)
MAX_ASKED_WORDS = 16


def bold_question(block: Block) -> bool:
    """A paragraph that is one bold question (or a request to explain) and nothing else."""
    inline = block.inline
    if block.kind != "paragraph" or inline is None or inline.links or inline.wikilinks:
        return False
    text = inline.text.strip()
    strong = [m for m in inline.marks if m.kind == "strong"]
    if len(strong) != 1 or "\n" in text or not text:
        return False
    bold = inline.text[strong[0].start : strong[0].end].strip()
    asked = text.endswith("?") or (_REQUEST.match(text) is not None and text.endswith("."))
    return (
        bold.rstrip("?.") == text.rstrip("?.") and asked and len(text.split()) <= MAX_ASKED_WORDS
    )


def unnumbered(inline: Inline | None) -> Inline | None:
    counted = _ENUMERATOR.match(inline.text) if inline is not None else None
    if inline is None or counted is None:
        return inline
    return slice_inline(inline, counted.end(), len(inline.text))


_UNCLOSED_BOLD = re.compile(r"^\*{2,3}([^*\n]{2,60}?)\s*$")
MAX_UNCLOSED_BOLD_WORDS = 6


def unclosed_bold(block: Block) -> Inline | None:
    """A paragraph of one short line opened with `**` or `***` that nothing closes."""
    if block.kind != "paragraph" or block.inline is None or block.inline.marks:
        return None
    m = _UNCLOSED_BOLD.match(block.inline.text.strip())
    if m is None or len(m.group(1).split()) > MAX_UNCLOSED_BOLD_WORDS:
        return None
    return Inline(text=m.group(1).strip())


def dash_titled(block: Block) -> Inline | None:
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


def lone_item(block: Block) -> Inline | None:
    """The line of a list of one short entry with nothing nested under it."""
    if block.kind != "list" or block.ordered or len(block.children) != 1:
        return None
    item = block.children[0]
    if item.task is not None or len(item.children) != 1:
        return None
    inline = first_inline(item)
    if inline is None or not heading_text(inline):
        return None
    text = visible(inline)
    if labels.states(text):
        return None  # "+ Macros are more than textual substitution" over code says, not names
    return inline if terms.term_of(inline, top=True) is None and ":" not in text else None


MAX_SUMMARY_WORDS = 5  # "Ответ", "Show the answer": a label, not the answer
_SUMMARY = re.compile(r"<summary\b[^>]*>(.*?)</summary>", re.I | re.S)


def summary_said(code: str) -> str | None:
    """What the `<summary>` of the `<details>` an HTML block opens says, as text; None when
    it opens none, or says more after the summary (the folded text follows the block)."""
    # The block may open with the `</details>` that closed the answer above it.
    opened = code.rfind("<details")
    m = _SUMMARY.search(code, opened) if opened >= 0 else None
    if m is None or html_text(code[m.end() :]).strip():
        return None
    return " ".join(html_text(m.group(1)).split())


def summary_asked(block: Block) -> Inline | None:
    """The question a `<details>` block's `<summary>` asks, when it says more than a label
    ("Ответ", "Show the answer") and the answer follows the block."""
    asked = summary_said(block.code) if block.kind == "html" else None
    if asked is None or (len(asked.split()) <= MAX_SUMMARY_WORDS and "?" not in asked):
        return None
    return Inline(text=asked)
