"""The Obsidian layer over CommonMark: frontmatter, comments, callouts, tags, highlights
and block ids (titles and term separators are in `bot.core.titles`).

Hand-written because these are Obsidian's conventions, not Markdown: no parser knows them.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass

import yaml

from bot.core.fences import LIST_LINE
from bot.core.markdown import Inline

# "30-70%%" is a percent typed twice, not a comment running to the end of the note.
_COMMENT = re.compile(r"(?<![\d%])%%.*?(?:%%|\Z)", re.S)
_HIGHLIGHT = re.compile(r"==(?=\S)(.+?)(?<=\S)==")
_BLOCK_ID = re.compile(r"(?:^|\s)\^[A-Za-z0-9-]{2,}\s*$", re.M)
_TAG = re.compile(r"(?<![\w#&/])#([^\W\d_][\w/-]*|\d+[^\W\d][\w/-]*)")
_EDGE_TAGS = re.compile(r"^(?:\s*#[^\s#]+)+\s*|(?:\s*#[^\s#]+)+\s*$")
_LOOSE_STRONG = re.compile(r"(\*\*|__)\s*(.+?)\s*\1")
_CALLOUT = re.compile(r"^\s*\[!([\w-]+)\]([+-]?)[ \t]*(.*)$")
# Callouts that say what something is: Obsidian's kinds and a vault's own ("> [!def]",
# "> [!thm]", "> [!ax]" in a course vault) alike, except the kinds that warn, track work,
# prove, or set a task (Obsidian shows an unknown kind as a note).
_NON_DEFINING_CALLOUTS = frozenset(
    {"todo", "success", "check", "done", "warning", "caution", "attention", "warn",
     "failure", "fail", "missing", "danger", "error", "bug", "proof", "pf", "not",
     "notation", "exercise", "ex", "solution", "sol", "remark", "rem", "comment", "seealso",
     "see-also", "related", "ontology", "links", "toc"}
)  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class Frontmatter:
    title: str = ""
    aliases: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    plugin: str = ""  # "excalidraw" or "kanban" when a plugin owns the file
    error: str = ""
    description: str = ""
    definition: str = ""  # "definition:" / "Определение:": what the note's subject is


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FRONTMATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)


def split_frontmatter(text: str) -> tuple[str | None, str]:
    """(YAML, body) for a note that opens with `---`; the YAML's lines are blanked in the
    body so line numbers stay right. Obsidian also accepts blank lines inside it; blank lines
    before it (a note whose first lines were deleted) do not hide it."""
    lead = len(text) - len(text.lstrip("\n\r \t"))
    if lead and text[lead:].startswith("---") and "\n" in text[:lead]:
        yaml_text, body = split_frontmatter(text[text.rfind("\n", 0, lead) + 1 :])
        if yaml_text is not None and _yamlish(yaml_text):
            return yaml_text, "\n" * text[:lead].count("\n") + body
    if text.startswith(("{\n", "+++\n")):
        return _site_frontmatter(text)
    if not text.startswith("---"):
        return None, text
    first_break = text.find("\n")
    if first_break < 0 or text[3:first_break].strip():
        return None, text
    end = _FRONTMATTER_END.search(text, first_break + 1)
    if end is None:
        return None, text
    yaml_text = text[first_break + 1 : end.start()]
    blank = "\n" * text[: end.end()].count("\n")
    return yaml_text, blank + text[end.end() :]


def _site_frontmatter(text: str) -> tuple[str | None, str]:
    """A static site's metadata, as notes kept for Hugo open: a JSON object from a `{` line
    to a `}` line, or TOML between `+++` lines. Kept with its marks for `frontmatter`."""
    closing = _JSON_END if text.startswith("{") else _TOML_END
    end = closing.search(text, text.find("\n") + 1)
    if end is None:
        return None, text
    blank = "\n" * text[: end.end()].count("\n")
    return text[: end.end()], blank + text[end.end() :]


_JSON_END = re.compile(r"^\}[ \t]*$", re.M)
_TOML_END = re.compile(r"^\+\+\+[ \t]*$", re.M)


def _site_data(text: str) -> object:
    """The JSON or TOML metadata `_site_frontmatter` kept, as data (None when invalid)."""
    try:
        if text.startswith("{"):
            return json.loads(text)
        return tomllib.loads(text[3:].rsplit("+++", 1)[0])
    except ValueError:  # both decoders' errors are ValueErrors
        return None


_YAML_LINE = re.compile(r"^(?:[\w -]+:(?:\s|$)|\s+\S|-\s)")


def _yamlish(text: str) -> bool:
    """Every line a `key: value`, an indented or `- ` continuation: properties, not prose."""
    lines = [line for line in text.split("\n") if line.strip()]
    keys = {line.split(":", 1)[0].strip().casefold() for line in lines if ":" in line}
    return (
        bool(lines)
        and all(_YAML_LINE.match(line) for line in lines)
        and not keys.isdisjoint(_PROPERTIES)
    )


_PROPERTIES = frozenset(
    {
        "tags", "tag", "aliases", "alias", "title", "date", "created", "updated", "modified",
        "cssclasses", "cssclass", "publish", "status", "type", "author", "source", "category",
        "categories", "description", "id", "url", "subject",
    }
)  # fmt: skip


def strip_comments(text: str) -> str:
    """Blank out %%comments%% and <!-- comments -->, the attribute lines a published vault
    leaves behind and a column plugin's layout marks (keeping line breaks, so line numbers
    stay right)."""
    if "{" in text:
        text = _ATTRIBUTE_LINE.sub("", text)
    if "multi-column" in text:
        text = _COLUMN_MARK.sub("", _COLUMN_SETTINGS.sub(_blanked, text))
    if "<!--" in text:
        # "<!-- amaurosis fugax is b:1415606587981-->" under a heading: a plugin's or the
        # author's note to self, which no reader sees.
        text = _prose_runs(text, lambda run: _HTML_COMMENT.sub(_blanked_outside_code, run))
    if "%%" not in text:
        return text
    return _prose_runs(text, lambda run: _COMMENT.sub(_blanked, run))


_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)


def _blanked_outside_code(found: re.Match[str]) -> str:
    """A comment blanked, unless it is shown as code (`` `<!-- comment -->` ``) or stands
    between two lists to keep them apart (ox-hugo's `<!--list-separator-->`): Markdown
    would join them once it is gone."""
    text = found.string
    line_start = text.rfind("\n", 0, found.start()) + 1
    if text.count("`", line_start, found.start()) % 2 or found.group(0) == _LIST_SEPARATOR:
        return found.group(0)
    before = text[max(0, found.start() - _NEAR) : found.start()].split("\n")
    after = text[found.end() : found.end() + _NEAR].split("\n")
    above = next((line for line in reversed(before) if line.strip()), "")
    below = next((line for line in after if line.strip()), "")
    if LIST_LINE.match(above) and LIST_LINE.match(below):
        return found.group(0)
    return _blanked(found)


_LIST_SEPARATOR = "<!--list-separator-->"
_NEAR = 2000  # characters looked through for the lines around a comment


def _blanked(found: re.Match[str]) -> str:
    """What was found, gone, its line breaks kept."""
    return re.sub(r"[^\n]", " ", found.group(0))


# Obsidian Digital Garden writes a block id as `{ #5d3552}` and a rendered query as
# `{ .block-language-dataview}` on a line of their own; a reader never sees them.
_ATTRIBUTE_LINE = re.compile(
    r"^[ \t>]*\{[ \t]*[#.][\w-]+(?:[ \t]+[#.][\w-]+)*[ \t]*\}[ \t]*$", re.M
)


# The Multi-Column Markdown plugin's region marks ("--- start-multi-column: Region1",
# "--- end-column ---", "--- end-multi-column") and its settings block: layout, not text.
_COLUMN_MARK = re.compile(
    r"^[ \t]*(?:---|===)[ \t]*(?:start-multi-column\b.*|end-multi-column|"
    r"(?:column-break|end-column|column-end)[ \t]*(?:---|===)?)[ \t]*$",
    re.M | re.I,
)
_COLUMN_SETTINGS = re.compile(
    r"^[ \t]*(`{3,}|~{3,})[ \t]*(?:multi-)?column-settings\b.*?^[ \t]*\1[ \t]*$", re.M | re.S
)


# "### \#ifdef / \#endif": an escaped "#" is a literal one, never a tag nor decoration.
# CommonMark drops the backslash, so the escape is marked with a stand-in until the cards
# are made.
ESCAPED_HASH = "\uff03"
_FENCE = re.compile(r"^[ \t>]*(`{3,}|~{3,})")


_CODE_SPAN = re.compile(r"(`+).*?\1|\$[^$\n]+\$")
_MARKED_TERM = re.compile(r"==(?=[^\s=*])([^=\n]+?)(?<=[^\s=*])==")
# "==**pull-модель**== — ...", "**==Term==**": highlighted and bold, a bold term still.
_MARKED_BOLD = re.compile(r"==(\*\*[^=*\n]+\*\*)==|\*\*==([^=*\n]+)==\*\*")


def highlights_as_bold(text: str) -> str:
    """`==Генеральная совокупность== — ...`: a term marked by a highlight, as by bold (code
    spans, formulas and fences left as they are)."""
    if "==" not in text:
        return text
    return _outside_fences(text, _bold_outside_code)


def broken_embeds(text: str) -> str:
    """ "... к углеродам. -Pasted image 20211213144741.png]]": a picture's embed that lost its
    opening "![[" shows its file name and brackets as text. The reader sees no picture
    either way; the name goes (code spans, formulas and fences left as they are)."""
    if "]]" not in text:
        return text
    return _outside_fences(text, _unembedded_outside_code)


def _unembedded_outside_code(line: str) -> str:
    if "]]" not in line:
        return line
    return _outside_code(line, _without_broken_embeds)


def _without_broken_embeds(part: str) -> str:
    def drop(found: re.Match[str]) -> str:
        before = part[: found.start()]
        return found.group() if before.count("[[") > before.count("]]") else ""

    return _BROKEN_EMBED.sub(drop, part)


_PICTURE = r"\.(?:png|jpe?g|gif|webp|svg|bmp)\]\](?!\])"
# The app's default names ("Pasted image 2021...", "Снимок экрана ...") hold spaces.
_BROKEN_EMBED = re.compile(
    rf"\s?-?(?:(?:Pasted image|Screenshot|Снимок экрана|Image)[ _][^\[\]\n]{{0,40}}?"
    rf"|(?<!\S)[^\s\[\]]+){_PICTURE}",
    re.I,
)


def _bold_outside_code(line: str) -> str:
    if "==" not in line:
        return line
    return _outside_code(line, _as_bold)


def _outside_code(line: str, change: Callable[[str], str]) -> str:
    """`change` applied to a line's text outside its code spans and formulas."""
    if line.startswith(("    ", "\t\t")):
        return line  # indented code
    parts: list[str] = []
    at = 0
    for span in _CODE_SPAN.finditer(line):
        parts.append(change(line[at : span.start()]))
        parts.append(span.group())
        at = span.end()
    parts.append(change(line[at:]))
    return "".join(parts)


def _as_bold(part: str) -> str:
    part = _MARKED_BOLD.sub(lambda m: m.group(1) or f"**{m.group(2)}**", part)
    return _MARKED_TERM.sub(r"**\1**", part)


# MediaWiki's own marks, left in notes exported from a wiki: three quotes bold, two italic.
_WIKI_BOLD = re.compile(r"(?<![\w'])'{3}(?=[^\s'])([^'\n]+?)(?<=[^\s'])'{3}(?![\w'])")
_WIKI_ITALIC = re.compile(r"(?<![\w'])'{2}(?=[^\s'])([^'\n]+?)(?<=[^\s'])'{2}(?![\w'])")


def wiki_marks(text: str) -> str:
    """`''Ковариация'' случайных величин ...`: a term marked the way a wiki marks it, read as
    Markdown's emphasis (code spans, formulas and fences left as they are)."""
    if "''" not in text:
        return text
    return _outside_fences(text, lambda line: _outside_code(line, _as_emphasis))


def _as_emphasis(part: str) -> str:
    return _WIKI_ITALIC.sub(r"*\1*", _WIKI_BOLD.sub(r"**\1**", part))


def protect_escaped_hashes(text: str) -> str:
    r"""`\#` outside code fences becomes the stand-in that `literal` turns back into `#`."""
    if "\\#" not in text:
        return text
    return _outside_fences(text, lambda line: line.replace("\\#", ESCAPED_HASH))


def _outside_fences(text: str, change: Callable[[str], str]) -> str:
    """`change` applied to each line outside fenced code."""
    return _prose_runs(text, lambda run: "\n".join(change(line) for line in run.split("\n")))


def _prose_runs(text: str, change: Callable[[str], str]) -> str:
    """`change` applied to each run of lines between fenced code blocks, whole (a comment
    may span lines; `%%` inside a mermaid diagram is the diagram's own comment)."""
    out: list[str] = []
    run: list[str] = []
    fence = ""
    for line in text.split("\n"):
        opening = _FENCE.match(line)
        if fence:
            if opening and opening.group(1)[0] == fence:
                fence = ""
            out.append(line)
            continue
        if opening:
            fence = opening.group(1)[0]
            if run:
                out.append(change("\n".join(run)))
                run = []
            out.append(line)
            continue
        run.append(line)
    if run:
        out.append(change("\n".join(run)))
    return "\n".join(out)


def literal(text: str) -> str:
    """Text with escaped hashes written as the `#` the reader sees."""
    return text.replace(ESCAPED_HASH, "#")


def _strings(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [str(v) for v in value if v is not None and not isinstance(v, dict | list)]
    return [str(value)]


def frontmatter(text: str | None) -> Frontmatter:
    """title, aliases, tags and plugin ownership from a YAML metadata block (the rest ignored)."""
    if not text or not text.strip():
        return Frontmatter()
    if text.startswith(("{", "+++")):
        data = _site_data(text)
        if data is None:
            return Frontmatter(error="frontmatter is not valid JSON or TOML; ignored")
        return _read_properties(data)
    try:
        data = yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader, in C if built
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 1} of it)" if mark is not None else ""
        return Frontmatter(error=f"frontmatter is not valid YAML{where}; ignored")
    return _read_properties(data)


def _read_properties(data: object) -> Frontmatter:
    if not isinstance(data, dict):
        return Frontmatter()
    lowered = {str(k).casefold(): v for k, v in data.items()}
    plugin = ""
    if "excalidraw-plugin" in lowered:
        plugin = "excalidraw"
    elif "kanban-plugin" in lowered:
        plugin = "kanban"
    titles = _strings(lowered.get("title"))
    aliases = _strings(lowered.get("aliases", lowered.get("alias")))
    tags: list[str] = []
    for raw in _strings(lowered.get("tags", lowered.get("tag"))):
        tags.extend(t.lstrip("#") for t in re.split(r"[\s,]+", raw) if t.strip("#"))
    described = _strings(lowered.get("description"))
    defined = _strings(lowered.get("definition", lowered.get("определение")))
    return Frontmatter(
        description=" ".join(described[0].split()) if described else "",
        definition=" ".join(defined[0].split()) if defined else "",
        title=" ".join(titles[0].split()) if titles else "",
        aliases=tuple(a for a in (" ".join(a.split()) for a in aliases) if a),
        tags=tuple(dict.fromkeys(tags)),
        plugin=plugin,
    )


def tags_in(text: str) -> list[str]:
    """Inline #tags and #nested/tags (not headings, not #123, not URL fragments)."""
    return [t.rstrip("/-") for t in _TAG.findall(text)]


_EMPTY_STRONG = re.compile(r"\*{4,}|_{4,}(?=\S)")
# "==" as Obsidian's highlight mark: against a word on one side only ("==важно", "важно==");
# "ok == false", "a !== b" and "Loose Comparison (==)" are operators.
HIGHLIGHT_MARK = re.compile(r"(?<![\w=!<>])==(?=\w)|(?<=\w)==(?![\w=])")
_LOOSE_HIGHLIGHT = re.compile(r"==(?=\S)(.+?)\s+==(?!=)")
_STRAY_STRONG = re.compile(r"(?<=[^\s*])\*\*(?=[\s.,;:!?)]|$)|(?<=[\s(\[«\"])\*\*(?=[^\s*])")


# "production of [raw materials]] (eg wood ...)": a wikilink with one of its opening brackets
# missing, not "C[A[i]]" (an index into an index).
_HALF_WIKILINK = re.compile(r"(?<![\w\[])\[([^\[\]\n]*[^\W\d_][^\[\]\n]+)\]\](?!\])")


def clean(text: str) -> str:
    """Plain text: ==highlight== unwrapped, block ids and edge #tags dropped, spaces folded."""
    text = _HIGHLIGHT.sub(r"\1", text)
    # "==So it is data turned into 1s and 0s. ==": Obsidian highlights it all the same.
    text = _LOOSE_HIGHLIGHT.sub(r"\1", text) if "==" in text else text
    # "==Unclosed highlight" loses its mark; "a == b" and "Loose Comparison (==)" keep the
    # operator.
    text = HIGHLIGHT_MARK.sub("", text) if text.count("==") == 1 else text
    text = _BLOCK_ID.sub("", text)
    if "]]" in text:
        text = _HALF_WIKILINK.sub(r"\1", text)  # "of [raw materials]]": a link half typed
    if "**" in text or "__" in text:
        text = _LOOSE_STRONG.sub(r"\2", text)  # `** volumes **` is not bold in CommonMark
        if text.count("**") == 1:
            # `**ACL (Access Control List)`, "(**Double-check this)" left unclosed; "2 ** 10"
            # is a power.
            opening = text.lstrip().startswith("**")
            text = text.replace("**", "", 1) if opening else _STRAY_STRONG.sub("", text)
        text = _EMPTY_STRONG.sub("", text)  # "Вернет ****новый массив": bold around nothing
    text = " ".join(text.split())
    if "#" in text:
        text = _EDGE_TAGS.sub(" ", text)
        text = _TAG.sub(lambda m: m.group(1).rsplit("/", 1)[-1], text)
    return " ".join(text.split())


@dataclass(frozen=True, slots=True, kw_only=True)
class Callout:
    kind: str
    title: str
    body: str  # the rest of the first paragraph after the title line


def callout(inline: Inline | None) -> Callout | None:
    """`> [!type]± Title` as the first line of a quote's first paragraph."""
    if inline is None:
        return None
    first, _, rest = inline.text.partition("\n")
    m = _CALLOUT.match(first)
    if not m:
        return None
    return Callout(kind=m.group(1).casefold(), title=clean(m.group(3)), body=rest)


def defining_callout(kind: str) -> bool:
    return kind not in _NON_DEFINING_CALLOUTS
