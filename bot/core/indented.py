"""Text that Markdown reads as code only because it is indented four spaces: a note pasted
from a document keeps its headings, paragraphs and settings' names indented so. Each is
read as the text it is (`notes.py` applies this to the block tree).

Hand-written: these are habits of pasted notes, not Markdown syntax.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from bot.core.fences import PROSE_WORD
from bot.core.markdown import Block, Inline, Mark
from bot.core.text import CYRILLIC_LETTER

# Code in a line of text; a full stop between letters may be prose's ("т.е.", "и т.д.").
_PROSE_CODE = r"[;{}=<>\[\]$`|\\]|//|\w\(|^\W"
_PROSE_CODE_SIGNS = re.compile(_PROSE_CODE)
_CODE_SIGNS = re.compile(_PROSE_CODE + r"|\w\.\w")  # a one-line heading: no such stop


def prose(tree: list[Block]) -> list[Block]:
    """A line of text indented four spaces is code to Markdown, but a note pasted from a
    document keeps its headings indented so ("    Хэширование (В одну сторону)"): one line
    of Russian words with nothing of code in it is a line of text. So are paragraphs of
    Russian sentences indented together ("    Running определяет, что процесс ...", a blank
    line, "    Состояние zombie означает ..."): each becomes a paragraph again."""
    out = []
    fields = _field_names(tree)
    for block in tree:
        text = block.code.strip()
        if id(block) in fields:
            # "    SKEL" over "содержит путь к директории ...": an option's name over what
            # it does, one of several, as if in bold.
            inline = Inline(text=text, marks=[Mark(start=0, end=len(text), kind="strong")])
            out.append(Block(kind="paragraph", line=block.line, inline=inline))
        elif (
            block.kind == "code"
            and block.indented
            and text
            and "\n" not in text
            and CYRILLIC_LETTER.search(text)
            and not _CODE_SIGNS.search(text)
        ):
            out.append(Block(kind="paragraph", line=block.line, inline=Inline(text=text)))
        elif block.kind == "code" and block.indented and "\n" in text:
            out.extend(_prose_paragraphs(block))
        else:
            out.append(block)
    return out


def _field_names(tree: list[Block]) -> set[int]:
    """The one-word indented code blocks each right over a paragraph of Russian text, when
    there are several: the names of settings, each over what it does."""
    found = {
        id(block)
        for block, after in pairwise(tree)
        if block.kind == "code"
        and block.indented
        and _FIELD_NAME.fullmatch(block.code.strip())
        and after.kind == "paragraph"
        and after.inline is not None
        and CYRILLIC_LETTER.search(after.inline.text) is not None
    }
    return found if len(found) >= MIN_FIELD_NAMES else set()


_FIELD_NAME = re.compile(r"[A-Za-z_][\w.-]{1,40}")
MIN_FIELD_NAMES = 2


def _prose_paragraphs(block: Block) -> list[Block]:
    """An indented code block cut at its blank lines; mostly Russian sentences, each part
    of sentences is a paragraph and any other part stays code."""
    said: list[tuple[int, list[str]]] = []  # (line within the block, its lines as written)
    apart = True
    for offset, line in enumerate(block.code.split("\n")):
        if not line.strip():
            apart = True
            continue
        if apart:
            said.append((offset, []))
            apart = False
        said[-1][1].append(line)
    prose = [_sentences(" ".join(w.strip() for w in lines)) for _, lines in said]
    if sum(prose) < MIN_PROSE_PARTS or sum(prose) < PROSE_PART_SHARE * len(said):
        return [block]
    return [
        Block(
            kind="paragraph",
            line=block.line + offset,
            inline=Inline(text=" ".join(w.strip() for w in lines)),
        )
        if is_prose
        else replace(block, line=block.line + offset, code="\n".join(lines) + "\n")
        for (offset, lines), is_prose in zip(said, prose, strict=True)
    ]


def _sentences(text: str) -> bool:
    """Russian words making sentences, nothing of code among them."""
    return (
        len(PROSE_WORD.findall(text)) >= MIN_SENTENCE_WORDS
        and _PROSE_CODE_SIGNS.search(text) is None
    )


MIN_PROSE_PARTS = 2
PROSE_PART_SHARE = 0.6
MIN_SENTENCE_WORDS = 4
