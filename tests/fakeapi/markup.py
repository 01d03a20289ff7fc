"""Telegram's text formatting and keyboards, checked as strictly as the real API does.

Telegram parses parse_mode server-side and rejects malformed markup, which is a classic
production bug (an unescaped "<" in user content), so the fake does the same.
"""

from __future__ import annotations

import html
import itertools
import re
from dataclasses import dataclass
from typing import Any

from tests.fakeapi.faults import JSON, ApiError, copy_json

MAX_CALLBACK_DATA = 64

_KEYBOARD_ACTIONS = frozenset(
    [
        "url",
        "callback_data",
        "web_app",
        "login_url",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "copy_text",
        "callback_game",
        "pay",
    ]
)


def u16(text: str) -> int:
    """Length in UTF-16 code units: the unit of Bot API entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode())


_HTML_ENTITY_RE = re.compile(r"&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|lt|gt|amp|quot);")
_HTML_TAG_ENTITY = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
    "tg-time": "",
}
_ATTR_RE = re.compile(r"""([a-zA-Z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")


@dataclass
class _OpenTag:
    name: str
    attrs: dict[str, str]
    start: int
    language: str | None = None


def parse_html(text: str) -> tuple[str, list[JSON]]:
    """Parse Telegram-flavoured HTML into (plain text, entities) or raise ApiError(400)."""
    out: list[str] = []
    pos = 0  # UTF-16 offset of the end of `out`
    stack: list[_OpenTag] = []
    entities: list[JSON] = []
    i = 0

    def fail(reason: str) -> ApiError:
        return ApiError(400, f"Bad Request: can't parse entities: {reason}")

    while i < len(text):
        ch = text[i]
        if ch == "<":
            end = text.find(">", i)
            if end == -1:
                raise fail(f"Unclosed start tag at byte offset {_byte_offset(text, i)}")
            inner = text[i + 1 : end]
            if inner.startswith("/"):
                name = inner[1:].strip().lower()
                if not stack:
                    raise fail(f"Unexpected end tag at byte offset {_byte_offset(text, i)}")
                tag = stack.pop()
                if name and name != tag.name:
                    raise fail(
                        f"Unmatched end tag at byte offset {_byte_offset(text, i)}, "
                        f'expected "</{tag.name}>", found "</{name}>"'
                    )
                _close_tag(tag, pos, stack, entities)
            else:
                match = re.match(r"[a-zA-Z][a-zA-Z0-9-]*", inner)
                name = match.group(0).lower() if match else ""
                if name not in _HTML_TAG_ENTITY:
                    raise fail(
                        f'Unsupported start tag "{name}" at byte offset {_byte_offset(text, i)}'
                    )
                attrs = {
                    m.group(1).lower(): next((g for g in m.groups()[1:] if g is not None), "")
                    for m in _ATTR_RE.finditer(inner[len(name) :])
                }
                if name == "span" and attrs.get("class") != "tg-spoiler":
                    raise fail('Tag "span" must have class "tg-spoiler"')
                stack.append(_OpenTag(name, attrs, pos))
            i = end + 1
            continue
        if ch == "&":
            match = _HTML_ENTITY_RE.match(text, i)
            if match:
                ref = match.group(1)
                if ref.startswith("#x"):
                    decoded = chr(int(ref[2:], 16))
                elif ref.startswith("#"):
                    decoded = chr(int(ref[1:]))
                else:
                    decoded = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}[ref]
                out.append(decoded)
                pos += u16(decoded)
                i = match.end()
                continue
        out.append(ch)
        pos += u16(ch)
        i += 1
    if stack:
        raise fail(f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _close_tag(tag: _OpenTag, pos: int, stack: list[_OpenTag], entities: list[JSON]) -> None:
    kind = _HTML_TAG_ENTITY[tag.name]
    if tag.name == "code" and stack and stack[-1].name == "pre":
        # <pre><code class="language-x"> is one pre entity with a language, not two entities.
        lang = tag.attrs.get("class", "")
        if lang.startswith("language-"):
            stack[-1].language = lang.removeprefix("language-")
        return
    if not kind or pos == tag.start:
        return  # Telegram drops empty entities
    entity: JSON = {"type": kind, "offset": tag.start, "length": pos - tag.start}
    if tag.name == "a":
        entity["url"] = html.unescape(tag.attrs.get("href", ""))
    elif tag.name == "blockquote" and "expandable" in tag.attrs:
        entity["type"] = "expandable_blockquote"
    elif tag.name == "tg-emoji":
        entity["custom_emoji_id"] = tag.attrs.get("emoji-id", "")
    elif tag.name == "pre" and tag.language:
        entity["language"] = tag.language
    entities.append(entity)


_MDV2_RESERVED = frozenset("_*[]()~`>#+-=|{}.!")


def parse_markdown_v2(text: str) -> str:
    """Strip MarkdownV2 markup to plain text, rejecting unescaped reserved characters.

    Deliberately light (no entities): its job is to catch the common "Character '.' is
    reserved" failure, not to reproduce every formatting rule.
    """
    out: list[str] = []
    i = 0
    in_code = False
    in_link_url = False
    while i < len(text):
        ch = text[i]
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch == "\\" and nxt:
            out.append(nxt)
            i += 2
            continue
        if text.startswith("```", i):
            i += 3
            if not in_code:
                newline = text.find("\n", i)
                if newline != -1 and " " not in text[i:newline]:
                    i = newline + 1  # skip the ```language line
            in_code = not in_code
            continue
        if ch == "`":
            in_code = not in_code
            i += 1
            continue
        if in_code:
            out.append(ch)
            i += 1
            continue
        if in_link_url:
            if ch == ")":
                in_link_url = False
            i += 1
            continue
        line_start = i == 0 or text[i - 1] == "\n"
        skip = (
            ch in "*_~["
            or (ch == "|" and nxt == "|")
            or (ch == "!" and nxt == "[")
            or (ch == ">" and line_start)
        )
        if ch == "]" and nxt == "(":
            in_link_url = True
            i += 2
            continue
        if ch == "|" and nxt == "|":
            i += 2
            continue
        if skip:
            i += 1
            continue
        if ch in _MDV2_RESERVED:
            raise ApiError(
                400,
                f"Bad Request: can't parse entities: Character '{ch}' is reserved and must be "
                "escaped with the preceding '\\'",
            )
        out.append(ch)
        i += 1
    if in_code:
        raise ApiError(400, "Bad Request: can't parse entities: Can't find end of Code entity")
    return "".join(out)


def format_text(text: str, parse_mode: Any, entities: Any) -> tuple[str, list[JSON]]:
    mode = str(parse_mode or "").lower()
    if mode == "html":
        return parse_html(text)
    if mode == "markdownv2":
        return parse_markdown_v2(text), []
    return text, list(entities) if isinstance(entities, list) else []


def inline_markup(markup: Any) -> JSON | None:
    """Validate reply_markup; only inline keyboards are echoed back in the Message."""
    if not isinstance(markup, dict) or "inline_keyboard" not in markup:
        return None
    rows = markup["inline_keyboard"]
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise ApiError(400, "Bad Request: can't parse inline keyboard button: field must be array")
    for button in itertools.chain.from_iterable(rows):
        if not isinstance(button, dict):
            raise ApiError(400, "Bad Request: can't parse inline keyboard button: not an object")
        actions = _KEYBOARD_ACTIONS.intersection(button)
        if not button.get("text"):
            raise ApiError(400, "Bad Request: can't parse inline keyboard button: Text is empty")
        if len(actions) != 1:
            raise ApiError(400, "Bad Request: text buttons are unallowed in the inline keyboard")
        data = button.get("callback_data")
        if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA:
            raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
    if not any(rows):
        return None  # an empty keyboard is "no keyboard" in the resulting message
    return copy_json(markup)
