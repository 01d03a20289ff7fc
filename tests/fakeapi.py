"""A fake Telegram Bot API server for end-to-end tests.

The real bot (python-telegram-bot with HTTP long polling, the ``tutorbot run`` subprocess or
a container on the host network) talks to this server over plain HTTP on 127.0.0.1, exactly as
it would talk to api.telegram.org.  The server records every call, lets the test enqueue
updates, answers bot methods with objects PTB can parse, and can inject faults.

Fidelity notes (behaviours copied from the real Bot API because bots trip over them):

* updates stay queued until a later ``getUpdates`` confirms them with ``offset``;
  ``deleteWebhook(drop_pending_updates=True)`` drops them, like Telegram does;
* ``allowed_updates`` is remembered between calls and filters delivery (by default
  ``chat_member``/``message_reaction*`` are not delivered);
* ``parse_mode=HTML`` texts are parsed strictly (``<br>`` or a stray ``<`` is a 400), the
  message keeps the plain text plus entities; MarkdownV2 gets a light check of reserved chars;
* sending to a chat the server has never seen is "chat not found" (see ``strict_chats``), and
  to a chat whose ``my_chat_member`` update said "kicked"/"left" is a 403;
* a second concurrent ``getUpdates`` makes the first one fail with 409 Conflict.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import itertools
import json
import re
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from aiohttp import web

JSON = dict[str, Any]

DEFAULT_TOKEN = "123456:TEST-TOKEN"

# Request fields whose value is free text: json.loads would turn "42" or "true" into non-strings.
_RAW_STRING_FIELDS = frozenset(
    [
        "text",
        "caption",
        "question",
        "explanation",
        "description",
        "short_description",
        "name",
        "title",
        "query",
        "url",
        "parse_mode",
        "caption_parse_mode",
        "explanation_parse_mode",
        "question_parse_mode",
        "action",
        "callback_query_id",
        "inline_query_id",
        "inline_message_id",
        "next_offset",
        "language_code",
        "file_id",
        "emoji",
        "secret_token",
        "business_connection_id",
        "switch_pm_text",
        "switch_pm_parameter",
    ]
)

# Update types Telegram delivers when allowed_updates was never set (or set to []).
_DEFAULT_EXCLUDED_UPDATES = frozenset(
    {"chat_member", "message_reaction", "message_reaction_count"}
)

_STATUS_PHRASES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running",
    429: "Too Many Requests: retry after {retry_after}",
    500: "Internal Server Error",
    502: "Bad Gateway",
}

_ADMIN_RIGHTS: JSON = {
    "can_be_edited": False,
    "is_anonymous": False,
    "can_manage_chat": True,
    "can_delete_messages": True,
    "can_manage_video_chats": True,
    "can_restrict_members": True,
    "can_promote_members": False,
    "can_change_info": True,
    "can_invite_users": True,
    "can_post_stories": False,
    "can_edit_stories": False,
    "can_delete_stories": False,
    "can_pin_messages": True,
    "can_manage_topics": False,
}

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

_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
_QUERY_TOO_OLD = (
    "Bad Request: query is too old and response timeout expired or query ID is invalid"
)
_MAX_TEXT = 4096
_MAX_CAPTION = 1024
_MAX_CALLBACK_DATA = 64
_MAX_CALLBACK_ANSWER = 200
_MAX_POLL_QUESTION = 300
_MAX_POLL_OPTION = 100
_MAX_POLL_OPTIONS = 12
_MAX_EXPLANATION = 200
_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")


class ApiError(Exception):
    """A Bot API error answer: raised by method handlers, turned into {"ok": false}."""

    def __init__(self, status: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


@dataclass
class UploadedFile:
    """A multipart upload as the server received it."""

    filename: str | None
    size: int
    content_type: str | None
    data: bytes = field(repr=False)


@dataclass
class Call:
    """One HTTP request to the fake API (recorded even when it failed)."""

    method: str
    params: JSON
    time: float
    fault: str | None = None
    status: int = 200
    result: Any = None
    description: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200

    def brief(self, width: int = 160) -> str:
        params = json.dumps(self.params, ensure_ascii=False, default=repr)
        if len(params) > width:
            params = params[: width - 1] + "…"
        tail = f" -> {self.status} {self.description or ''}".rstrip() if not self.ok else ""
        fault = f" [fault: {self.fault}]" if self.fault else ""
        return f"{self.method} {params}{tail}{fault}"


@dataclass
class _Fault:
    method: str
    times: int | None
    status: int = 0
    description: str = ""
    retry_after: int | None = None
    seconds: float = 0.0

    def matches(self, method: str) -> bool:
        return self.method == "*" or self.method.lower() == method.lower()


# --------------------------------------------------------------------------------------------
# Text formatting: Telegram parses parse_mode server-side and rejects malformed markup, which is
# a classic production bug (an unescaped "<" in user content), so the fake does the same.


def _u16(text: str) -> int:
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
                pos += _u16(decoded)
                i = match.end()
                continue
        out.append(ch)
        pos += _u16(ch)
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


def _format(text: str, parse_mode: Any, entities: Any) -> tuple[str, list[JSON]]:
    mode = str(parse_mode or "").lower()
    if mode == "html":
        return parse_html(text)
    if mode == "markdownv2":
        return parse_markdown_v2(text), []
    return text, list(entities) if isinstance(entities, list) else []


def _png_size(data: bytes) -> tuple[int, int] | None:
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    return None


# --------------------------------------------------------------------------------------------


class FakeBotAPI:
    """An in-process HTTP server speaking enough of the Bot API to run the bot end to end."""

    def __init__(self, token: str = DEFAULT_TOKEN, username: str = "tutor_test_bot") -> None:
        self.token = token
        self.username = username
        self.bot_id = int(token.split(":", 1)[0])
        self.bot_user: JSON = {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Tutor Test Bot",
            "username": username,
        }
        # When True, sending to a chat id the server never saw is 400 "chat not found", as on
        # the real API; tests that message pre-configured chats call register_chat() first.
        self.strict_chats = True

        self.calls: list[Call] = []
        self.polls: dict[str, JSON] = {}
        self.files: dict[str, bytes] = {}
        self.filtered_updates: list[JSON] = []  # dropped because of allowed_updates
        self.webhook_url = ""

        self._host = "127.0.0.1"
        self._port = 0
        self._runner: web.AppRunner | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

        self._updates: list[JSON] = []
        self._update_ids = itertools.count(1)
        self._allowed_updates: list[str] | None = None
        self._active_poll: object | None = None
        self._updates_changed = asyncio.Event()
        self._calls_changed = asyncio.Event()

        self._faults: list[_Fault] = []
        self._delays: list[_Fault] = []

        self._users: dict[int, JSON] = {}
        self._chats: dict[int, JSON] = {}
        self._chat_instances: dict[int, str] = {}
        self._last_message_id: dict[int, int] = {}
        self._messages: dict[tuple[int, int], JSON] = {}
        self._texts: dict[int, list[str]] = {}
        self._poll_objects: dict[str, JSON] = {}
        self._poll_votes: dict[str, dict[int, list[int]]] = {}
        self._members: dict[tuple[int, int], str] = {}
        self._blocked: dict[int, str] = {}
        self._callback_ids: set[str] = set()
        self._inline_ids: set[str] = set()
        self._commands: dict[tuple[str, str], list[JSON]] = {}
        self._bot_texts: dict[tuple[str, str], str] = {}
        self._file_meta: dict[str, JSON] = {}
        self._ids = itertools.count(1)

    # ---------------------------------------------------------------- lifecycle

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._loop = asyncio.get_running_loop()
        self._host = host
        await self._bind(port)

    async def stop(self) -> None:
        await self._unbind()

    async def pause(self) -> None:
        """Stop listening and drop open connections: clients get "connection refused"."""
        await self._unbind()

    async def resume(self) -> None:
        """Listen again on the same port as before pause()."""
        if self._runner is None:
            await self._bind(self._port)

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def _bind(self, port: int) -> None:
        # A fresh Application per bind: aiohttp apps are frozen after their runner cleans up.
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        # handler_cancellation: a client that hangs up (timeout, pause, bot shutdown) must not
        # leave a long poll parked here; shutdown_timeout keeps pause()/stop() quick.
        runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=0.1
        )
        await runner.setup()
        site = web.TCPSite(runner, self._host, port, reuse_address=True)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self._port = runner.addresses[0][1]

    async def _unbind(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    @property
    def port(self) -> int:
        if not self._port:
            raise RuntimeError("FakeBotAPI is not started")
        return self._port

    @property
    def url(self) -> str:
        # A wildcard bind address is not something a client can connect to.
        host = "127.0.0.1" if self._host in ("", "0.0.0.0") else self._host
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.url}/file/bot"

    # ---------------------------------------------------------------- call log

    def mark(self) -> int:
        return len(self.calls)

    def calls_of(self, method: str) -> list[Call]:
        return [c for c in self.calls if method == "*" or _same(method, c.method)]

    async def wait_for(
        self,
        method: str,
        predicate: Callable[[Call], bool] | None = None,
        timeout: float = 10.0,
        after: int = 0,
    ) -> Call:
        """Wait for a call of `method` ("*" = any) with index >= after matching predicate."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            event = self._calls_changed
            # Rescan from `after` every time: a call is listed before its result is known, so a
            # predicate looking at call.result may only match on a later pass.
            for call in self.calls[after:]:
                if (method == "*" or _same(method, call.method)) and (
                    predicate is None or predicate(call)
                ):
                    return call
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                raise AssertionError(self._timeout_report(method, timeout, after))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)

    def _timeout_report(self, method: str, timeout: float, after: int) -> str:
        recent = list(enumerate(self.calls))[-25:]
        lines = [f"  #{i}{'' if i >= after else ' (before mark)'} {c.brief()}" for i, c in recent]
        listing = "\n".join(lines) or "  (no calls at all)"
        return (
            f"no matching {method} call within {timeout}s (after index {after}); "
            f"{len(self.calls)} calls recorded, most recent:\n{listing}"
        )

    def sent_texts(self, chat_id: int) -> list[str]:
        """Plain texts of sendMessage/editMessageText to this chat, in order."""
        return list(self._texts.get(chat_id, []))

    def get_message(self, chat_id: int, message_id: int) -> JSON | None:
        """The current server-side state of a message (after edits), or None if deleted."""
        return self._messages.get((chat_id, message_id))

    def last_poll(self, chat_id: int | None = None) -> JSON:
        for poll in reversed(self.polls.values()):
            if chat_id is None or poll["chat_id"] == chat_id:
                return poll
        raise AssertionError(f"no poll was sent{'' if chat_id is None else f' to {chat_id}'}")

    # ---------------------------------------------------------------- fault injection

    def fail(
        self,
        method: str,
        status: int,
        description: str | None = None,
        retry_after: int | None = None,
        times: int | None = 1,
    ) -> None:
        """Make the next `times` calls of `method` ("*" = any) fail; times=None = forever."""
        if status == 429 and retry_after is None:
            retry_after = 1
        if description is None:
            default = _STATUS_PHRASES.get(status, f"Error {status}")
            description = default.format(retry_after=retry_after)
        self._faults.append(_Fault(method, times, status, description, retry_after))

    def delay(self, method: str, seconds: float, times: int | None = 1) -> None:
        """Answer the next `times` calls of `method` late.

        The method takes effect before the pause, so a client that times out has still
        "sent" the message, which is what makes timeouts dangerous on the real API.
        """
        self._delays.append(_Fault(method, times, seconds=seconds))

    def clear_faults(self) -> None:
        self._faults.clear()
        self._delays.clear()

    @staticmethod
    def _take(rules: list[_Fault], method: str) -> _Fault | None:
        for rule in rules:
            if rule.matches(method):
                if rule.times is not None:
                    rule.times -= 1
                    if rule.times <= 0:
                        rules.remove(rule)
                return rule
        return None

    # ---------------------------------------------------------------- world state helpers

    def user(
        self,
        id: int,
        first_name: str = "User",
        username: str | None = None,
        language_code: str | None = "ru",
        last_name: str | None = None,
    ) -> JSON:
        user: JSON = {"id": id, "is_bot": False, "first_name": first_name}
        if last_name:
            user["last_name"] = last_name
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        self._users[id] = user
        return dict(user)

    def private_chat(self, user: JSON) -> JSON:
        chat: JSON = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
        for key in ("last_name", "username"):
            if user.get(key):
                chat[key] = user[key]
        return self.register_chat(chat)

    def group_chat(
        self,
        id: int,
        title: str = "Team",
        type: str = "supergroup",
    ) -> JSON:
        """A group chat; a positive id is turned into a realistic negative one."""
        if id > 0:
            id = -(1_000_000_000_000 + id) if type == "supergroup" else -id
        return self.register_chat({"id": id, "type": type, "title": title})

    def register_chat(self, chat: JSON) -> JSON:
        """Make the server know a chat (needed before the bot may message it)."""
        self._chats[chat["id"]] = dict(chat)
        return dict(chat)

    def set_member(self, chat_id: int, user_id: int, status: str) -> None:
        """Status getChatMember reports: creator/administrator/member/restricted/left/kicked."""
        self._members[(chat_id, user_id)] = status

    def set_admin(self, chat_id: int, user_id: int) -> None:
        self.set_member(chat_id, user_id, "administrator")

    def set_creator(self, chat_id: int, user_id: int) -> None:
        self.set_member(chat_id, user_id, "creator")

    def block(self, chat_id: int, reason: str = "Forbidden: bot was blocked by the user") -> None:
        """Make every send to this chat fail with 403, without telling the bot (as Telegram)."""
        self._blocked[chat_id] = reason

    # ---------------------------------------------------------------- update builders

    def enqueue(self, update_fields: JSON) -> JSON:
        """Queue an arbitrary update; update_id is assigned here."""
        update = {"update_id": next(self._update_ids), **update_fields}
        for key in ("message", "edited_message", "channel_post", "edited_channel_post"):
            message = update.get(key)
            if isinstance(message, dict) and "message_id" in message and "chat" in message:
                self._remember_incoming(message)
        self._updates.append(update)
        self._signal(lambda: _pulse(self, "_updates_changed"))
        return update

    def send_text(
        self,
        chat: JSON,
        user: JSON,
        text: str,
        reply_to_message_id: int | None = None,
        edited: bool = False,
        message_id: int | None = None,
    ) -> JSON:
        """A user writes `text`.

        edited=True produces an edited_message for `message_id` (default: the user's latest
        message in that chat).
        """
        fields: JSON = {"chat": chat, "from": user, "text": text}
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            fields["entities"] = [{"type": "bot_command", "offset": 0, "length": _u16(command)}]
        if reply_to_message_id is not None:
            fields["reply_to_message"] = self._reply_copy(chat["id"], reply_to_message_id)
        if edited:
            original = self._find_user_message(chat["id"], user["id"], message_id)
            fields["message_id"] = original["message_id"]
            fields["date"] = original["date"]  # an edit keeps the original send date
            fields["edit_date"] = int(time.time())
        elif message_id is not None:
            fields["message_id"] = message_id
        return self.send_message_update(fields, kind="edited_message" if edited else "message")

    def send_message_update(self, message_fields: JSON, kind: str = "message") -> JSON:
        """Queue a message-like update of `kind` built from arbitrary fields.

        Missing message_id/date/chat are filled in (chat: the sender's private chat, or a
        channel for channel posts), so stickers, photos, service messages or sender-less posts
        can be simulated by passing just the interesting fields.
        """
        message = dict(message_fields)
        if "chat" not in message:
            sender = message.get("from")
            if isinstance(sender, dict):
                message["chat"] = self.private_chat(sender)
            elif "channel" in kind:
                message["chat"] = self.register_chat(
                    {"id": -1_000_000_000_001, "type": "channel", "title": "Channel"}
                )
            else:
                message["chat"] = self.private_chat(self.user(1, "User"))
        self.register_chat({**self._chats.get(message["chat"]["id"], {}), **message["chat"]})
        message.setdefault("date", int(time.time()))
        if "message_id" not in message:
            message["message_id"] = self._next_message_id(message["chat"]["id"])
        # Re-order so the JSON reads like Telegram's (message_id first); PTB does not care.
        message = {"message_id": message.pop("message_id"), **message}
        return self.enqueue({kind: message})

    def press_button(self, chat: JSON, user: JSON, data: str, message_id: int) -> JSON:
        """The user taps an inline button with callback_data `data` under `message_id`."""
        query_id = str(4_000_000_000_000_000_000 + next(self._ids))
        self._callback_ids.add(query_id)
        message = self._messages.get((chat["id"], message_id))
        # A deleted/unknown message arrives as InaccessibleMessage (date 0), as on Telegram.
        shown = dict(message) if message else {"chat": chat, "message_id": message_id, "date": 0}
        query = {
            "id": query_id,
            "from": user,
            "chat_instance": self._chat_instance(chat["id"]),
            "data": data,
            "message": shown,
        }
        return self.enqueue({"callback_query": query})

    def inline_query(self, user: JSON, query: str, offset: str = "") -> JSON:
        query_id = str(5_000_000_000_000_000_000 + next(self._ids))
        self._inline_ids.add(query_id)
        inline = {"id": query_id, "from": user, "query": query, "offset": offset}
        return self.enqueue({"inline_query": inline})

    def answer_poll(self, poll_id: str, user: JSON, option_ids: list[int]) -> JSON:
        """The user votes (empty option_ids = retracts the vote)."""
        poll = self._poll_objects.get(poll_id)
        if poll is not None:
            # Telegram never reports votes in anonymous or closed polls; a test doing so would
            # exercise a path that cannot happen in production.
            if poll["is_anonymous"]:
                raise ValueError(f"poll {poll_id} is anonymous: bots get no poll_answer for it")
            if poll["is_closed"]:
                raise ValueError(f"poll {poll_id} is closed: nobody can vote any more")
            persistent = [poll["options"][i]["persistent_id"] for i in option_ids]
            votes = self._poll_votes.setdefault(poll_id, {})
            if option_ids:
                votes[user["id"]] = list(option_ids)
            else:
                votes.pop(user["id"], None)
            for index, option in enumerate(poll["options"]):
                option["voter_count"] = sum(index in v for v in votes.values())
            poll["total_voter_count"] = len(votes)
            self._refresh_poll_view(poll_id)
        else:
            persistent = [str(i) for i in option_ids]
        answer = {
            "poll_id": poll_id,
            "user": user,
            "option_ids": list(option_ids),
            "option_persistent_ids": persistent,
        }
        return self.enqueue({"poll_answer": answer})

    def chat_member_update(
        self,
        chat: JSON,
        user: JSON,
        new_status: str = "kicked",
        old_status: str = "member",
    ) -> JSON:
        """`user` changed the bot's status in `chat` (a my_chat_member update).

        Also changes what the server does next: after "kicked"/"left" sending there is a 403.
        """
        chat_id = chat["id"]
        self.register_chat(chat)
        if new_status in ("kicked", "left"):
            place = "the group chat" if chat["type"] == "group" else f"the {chat['type']} chat"
            if chat["type"] == "private":
                reason = "Forbidden: bot was blocked by the user"
            elif new_status == "kicked":
                reason = f"Forbidden: bot was kicked from {place}"
            else:
                reason = f"Forbidden: bot is not a member of {place}"
            self._blocked[chat_id] = reason
        else:
            self._blocked.pop(chat_id, None)
        self.set_member(chat_id, self.bot_id, new_status)
        update = {
            "chat": chat,
            "from": user,
            "date": int(time.time()),
            "old_chat_member": self._member_object(old_status, self.bot_user),
            "new_chat_member": self._member_object(new_status, self.bot_user),
        }
        return self.enqueue({"my_chat_member": update})

    @property
    def pending_updates(self) -> list[JSON]:
        """Updates not yet confirmed by the bot."""
        return list(self._updates)

    # ---------------------------------------------------------------- internals: state

    def _signal(self, action: Callable[[], None]) -> None:
        # Builders may be called from another thread (e.g. a sync test helper); events belong
        # to the server's loop, so hop onto it in that case.
        loop = self._loop
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if loop is None or running is loop or loop.is_closed():
            action()
        else:
            loop.call_soon_threadsafe(action)

    def _next_message_id(self, chat_id: int) -> int:
        self._last_message_id[chat_id] = self._last_message_id.get(chat_id, 0) + 1
        return self._last_message_id[chat_id]

    def _remember_incoming(self, message: JSON) -> None:
        chat_id = message["chat"]["id"]
        message_id = message["message_id"]
        self._last_message_id[chat_id] = max(self._last_message_id.get(chat_id, 0), message_id)
        self._messages[(chat_id, message_id)] = message

    def _find_user_message(self, chat_id: int, user_id: int, message_id: int | None) -> JSON:
        """The message an edited_message refers to: `message_id`, or the user's latest."""
        if message_id is not None:
            known = self._messages.get((chat_id, message_id))
            return known or {"message_id": message_id, "date": int(time.time())}
        for (cid, _), message in reversed(self._messages.items()):
            if cid == chat_id and message.get("from", {}).get("id") == user_id:
                return message
        raise ValueError(f"user {user_id} has sent nothing to chat {chat_id} to edit")

    def _reply_copy(self, chat_id: int, message_id: int) -> JSON:
        original = self._messages.get((chat_id, message_id))
        if original is None:
            chat = self._chats.get(chat_id, {"id": chat_id, "type": "private"})
            return {"message_id": message_id, "date": int(time.time()), "chat": chat}
        # Telegram does not nest replies more than one level deep.
        return {k: v for k, v in original.items() if k != "reply_to_message"}

    def _chat_instance(self, chat_id: int) -> str:
        if chat_id not in self._chat_instances:
            self._chat_instances[chat_id] = str(-8_000_000_000_000_000_000 + next(self._ids))
        return self._chat_instances[chat_id]

    def _user_object(self, user_id: int) -> JSON:
        if user_id == self.bot_id:
            return dict(self.bot_user)
        known = self._users.get(user_id)
        return dict(known) if known else {"id": user_id, "is_bot": False, "first_name": "User"}

    def _member_object(self, status: str, user: JSON) -> JSON:
        member: JSON = {"status": status, "user": user}
        if status == "administrator":
            member.update(_ADMIN_RIGHTS)
        elif status == "creator":
            member["is_anonymous"] = False
        elif status == "kicked":
            member["until_date"] = 0
        elif status == "restricted":
            member.update(
                {
                    "is_member": True,
                    "can_send_messages": False,
                    "can_send_audios": False,
                    "can_send_documents": False,
                    "can_send_photos": False,
                    "can_send_videos": False,
                    "can_send_video_notes": False,
                    "can_send_voice_notes": False,
                    "can_send_polls": False,
                    "can_send_other_messages": False,
                    "can_add_web_page_previews": False,
                    "can_change_info": False,
                    "can_invite_users": False,
                    "can_pin_messages": False,
                    "can_manage_topics": False,
                    "until_date": 0,
                }
            )
        return member

    def _refresh_poll_view(self, poll_id: str) -> None:
        # api.polls carries test conveniences (chat_id, correct_option_id) that must not leak
        # into JSON sent to PTB: Poll(correct_option_id=...) is deprecated since Bot API 9.6.
        poll = self._poll_objects[poll_id]
        view = self.polls[poll_id]
        view.update(json.loads(json.dumps(poll)))

    # ---------------------------------------------------------------- internals: HTTP

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return _error_response(401, "Unauthorized")
        path = request.match_info["path"]
        for file_id, meta in self._file_meta.items():
            if meta.get("file_path") == path:
                return web.Response(body=self.files[file_id])
        return _error_response(404, "Not Found")

    async def _handle_method(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        params = await _read_params(request)
        call = Call(method, params, time.monotonic())
        self.calls.append(call)
        _pulse(self, "_calls_changed")
        try:
            return await self._answer(request.match_info["token"], call)
        finally:
            _pulse(self, "_calls_changed")

    async def _answer(self, token: str, call: Call) -> web.StreamResponse:
        if token != self.token:
            return _fail_call(call, ApiError(401, "Unauthorized"), fault="wrong token")
        fault = self._take(self._faults, call.method)
        if fault is not None:
            parameters = {"retry_after": fault.retry_after} if fault.retry_after else None
            error = ApiError(fault.status, fault.description, parameters)
            return _fail_call(call, error, fault=f"injected {fault.status}")
        delay = self._take(self._delays, call.method)
        try:
            result = await self._dispatch(call.method, call.params)
        except ApiError as error:
            response = _fail_call(call, error)
        else:
            call.result = result
            response = web.json_response({"ok": True, "result": result})
        if delay is not None:
            call.fault = f"delayed {delay.seconds}s"
            await asyncio.sleep(delay.seconds)
        return response

    async def _dispatch(self, method: str, params: JSON) -> Any:
        name = method.lower()
        if name == "getupdates":
            return await self._get_updates(params)
        handler = self._METHODS.get(name)
        if handler is None:
            return True  # unknown/unmodelled method: accept it, the call is recorded anyway
        return handler(self, params)

    # ---------------------------------------------------------------- getUpdates

    async def _get_updates(self, params: JSON) -> list[JSON]:
        if self.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = _as_int(params.get("offset"), 0)
        limit = min(max(_as_int(params.get("limit"), 100), 1), 100)
        timeout = max(float(_as_int(params.get("timeout"), 0)), 0.0)
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = [str(kind) for kind in allowed] or None
        self._confirm(offset)

        me = object()
        self._active_poll = me
        # Wake an older long poll so it can notice it was superseded (409, like Telegram).
        _pulse(self, "_updates_changed")
        deadline = time.monotonic() + timeout
        while True:
            if self._active_poll is not me:
                raise ApiError(409, _STATUS_PHRASES[409])
            event = self._updates_changed
            batch = self._deliverable(limit)
            remaining = deadline - time.monotonic()
            if batch or remaining <= 0:
                if self._active_poll is me:
                    self._active_poll = None
                return batch
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)

    def _confirm(self, offset: int) -> None:
        if offset < 0:
            # Negative offset: keep only the last |offset| updates, forgetting the rest.
            self._updates = self._updates[offset:]
        elif offset:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]

    def _deliverable(self, limit: int) -> list[JSON]:
        kept: list[JSON] = []
        for update in self._updates:
            kind = next(k for k in update if k != "update_id")
            if self._allowed_updates is None:
                allowed = kind not in _DEFAULT_EXCLUDED_UPDATES
            else:
                allowed = kind in self._allowed_updates
            if allowed:
                kept.append(update)
            else:
                self.filtered_updates.append(update)
        self._updates = kept
        return [json.loads(json.dumps(u)) for u in kept[:limit]]

    # ---------------------------------------------------------------- bot methods

    def _get_me(self, params: JSON) -> JSON:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _delete_webhook(self, params: JSON) -> bool:
        self.webhook_url = ""
        if params.get("drop_pending_updates") is True:
            self._updates.clear()
        return True

    def _set_webhook(self, params: JSON) -> bool:
        self.webhook_url = str(params.get("url") or "")
        if params.get("drop_pending_updates") is True:
            self._updates.clear()
        return True

    def _get_webhook_info(self, params: JSON) -> JSON:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    @staticmethod
    def _commands_key(params: JSON) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), str(params.get("language_code") or "")

    def _set_my_commands(self, params: JSON) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise ApiError(400, "Bad Request: can't parse commands JSON object")
        for command in commands:
            if not _COMMAND_RE.fullmatch(str(command.get("command", ""))):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        self._commands[self._commands_key(params)] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
        return True

    def _get_my_commands(self, params: JSON) -> list[JSON]:
        return list(self._commands.get(self._commands_key(params), []))

    def _delete_my_commands(self, params: JSON) -> bool:
        self._commands.pop(self._commands_key(params), None)
        return True

    # -- sending

    def _target_chat(self, params: JSON) -> JSON:
        raw = params.get("chat_id")
        if isinstance(raw, str) and raw.startswith("@"):
            for chat in self._chats.values():
                if chat.get("username", "").lower() == raw[1:].lower():
                    return chat
            raise ApiError(400, "Bad Request: chat not found")
        try:
            chat_id = int(raw)
        except (TypeError, ValueError):
            raise ApiError(400, "Bad Request: chat not found") from None
        chat = self._chats.get(chat_id)
        if chat is None:
            if self.strict_chats:
                raise ApiError(400, "Bad Request: chat not found")
            chat = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
            chat["first_name" if chat_id > 0 else "title"] = "Chat"
        return chat

    def _new_bot_message(self, params: JSON, content: JSON) -> JSON:
        chat = self._target_chat(params)
        if chat["id"] in self._blocked:
            raise ApiError(403, self._blocked[chat["id"]])
        reply = params.get("reply_parameters")
        reply_id = _as_int(reply.get("message_id") if isinstance(reply, dict) else None, 0)
        reply_id = reply_id or _as_int(params.get("reply_to_message_id"), 0)
        markup = _inline_markup(params.get("reply_markup"))
        message: JSON = {
            "message_id": 0,
            "from": dict(self.bot_user),
            "chat": dict(chat),
            "date": int(time.time()),
        }
        if reply_id:
            if (chat["id"], reply_id) in self._messages:
                message["reply_to_message"] = self._reply_copy(chat["id"], reply_id)
            elif not (isinstance(reply, dict) and reply.get("allow_sending_without_reply")):
                raise ApiError(400, "Bad Request: message to be replied not found")
        message.update(content)
        if markup is not None:
            message["reply_markup"] = markup
        message["message_id"] = self._next_message_id(chat["id"])
        self._messages[(chat["id"], message["message_id"])] = message
        return message

    def _send_message(self, params: JSON) -> JSON:
        text, entities = _format(
            str(params.get("text", "")), params.get("parse_mode"), params.get("entities")
        )
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(text) > _MAX_TEXT:
            raise ApiError(400, "Bad Request: message is too long")
        content: JSON = {"text": text}
        if entities:
            content["entities"] = entities
        message = self._new_bot_message(params, content)
        self._texts.setdefault(message["chat"]["id"], []).append(text)
        return _copy(message)

    def _caption(self, params: JSON) -> JSON:
        if "caption" not in params:
            return {}
        caption, entities = _format(
            str(params["caption"]), params.get("parse_mode"), params.get("caption_entities")
        )
        if len(caption) > _MAX_CAPTION:
            raise ApiError(400, "Bad Request: message caption is too long")
        content: JSON = {"caption": caption} if caption else {}
        if entities:
            content["caption_entities"] = entities
        return content

    def _store_file(self, upload: Any, kind: str, suffix: str) -> tuple[JSON, bytes | None]:
        """Register an uploaded (or re-sent by file_id) file; returns its metadata and bytes."""
        if isinstance(upload, str) and upload in self._file_meta:
            return dict(self._file_meta[upload]), self.files.get(upload)
        if not isinstance(upload, UploadedFile):
            # A URL or an unknown file_id: Telegram would fetch/resolve it; pretend it worked.
            upload = UploadedFile(None, 0, None, b"")
        n = next(self._ids)
        file_id = f"fake-{kind}-{n:06d}"
        meta: JSON = {
            "file_id": file_id,
            "file_unique_id": f"uniq{n:06d}",
            "file_size": upload.size,
            "file_path": f"{kind}s/file_{n}.{suffix}",
        }
        self._file_meta[file_id] = meta
        self.files[file_id] = upload.data
        return dict(meta), upload.data

    def _send_photo(self, params: JSON) -> JSON:
        meta, data = self._store_file(params.get("photo"), "photo", "jpg")
        width, height = _png_size(data or b"") or (800, 600)
        scale = min(1.0, 90 / max(width, height, 1))
        sizes = [
            {
                "file_id": f"{meta['file_id']}-s",
                "file_unique_id": f"{meta['file_unique_id']}s",
                "width": max(1, int(width * scale)),
                "height": max(1, int(height * scale)),
                "file_size": min(meta["file_size"], 2048),
            },
            {
                "file_id": meta["file_id"],
                "file_unique_id": meta["file_unique_id"],
                "width": width,
                "height": height,
                "file_size": meta["file_size"],
            },
        ]
        message = self._new_bot_message(params, {"photo": sizes, **self._caption(params)})
        return _copy(message)

    def _send_document(self, params: JSON) -> JSON:
        upload = params.get("document")
        meta, _ = self._store_file(upload, "document", "bin")
        document: JSON = {
            "file_id": meta["file_id"],
            "file_unique_id": meta["file_unique_id"],
            "file_size": meta["file_size"],
        }
        if isinstance(upload, UploadedFile):
            if upload.filename:
                document["file_name"] = upload.filename
            if upload.content_type:
                document["mime_type"] = upload.content_type
        message = self._new_bot_message(params, {"document": document, **self._caption(params)})
        return _copy(message)

    def _get_file(self, params: JSON) -> JSON:
        meta = self._file_meta.get(str(params.get("file_id")))
        if meta is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        return dict(meta)

    def _send_poll(self, params: JSON) -> JSON:
        question = str(params.get("question", ""))
        if not 1 <= len(question) <= _MAX_POLL_QUESTION:
            raise ApiError(400, "Bad Request: poll question length must not exceed 300")
        raw_options = params.get("options")
        if not isinstance(raw_options, list) or len(raw_options) < 2:
            raise ApiError(400, "Bad Request: poll must have at least 2 option")
        if len(raw_options) > _MAX_POLL_OPTIONS:
            raise ApiError(400, "Bad Request: poll can't have more than 12 options")
        texts = [str(o.get("text", "") if isinstance(o, dict) else o) for o in raw_options]
        if any(not 1 <= len(t) <= _MAX_POLL_OPTION for t in texts):
            raise ApiError(400, "Bad Request: poll options length must not exceed 100")
        kind = str(params.get("type") or "regular")
        poll_id = str(6_000_000_000_000_000_000 + next(self._ids))
        poll: JSON = {
            "id": poll_id,
            "question": question,
            "options": [
                {"text": t, "voter_count": 0, "persistent_id": str(i)} for i, t in enumerate(texts)
            ],
            "total_voter_count": 0,
            "is_closed": bool(params.get("is_closed", False)),
            "is_anonymous": params.get("is_anonymous", True) is not False,
            "type": kind,
            "allows_multiple_answers": bool(params.get("allows_multiple_answers", False)),
            "allows_revoting": bool(params.get("allows_revoting", False)),
            "members_only": bool(params.get("members_only", False)),
        }
        if kind == "quiz":
            correct = params.get("correct_option_ids")
            if correct is None and params.get("correct_option_id") is not None:
                correct = [params["correct_option_id"]]
            if (
                not isinstance(correct, list)
                or not correct
                or any(not isinstance(c, int) or not 0 <= c < len(texts) for c in correct)
            ):
                raise ApiError(400, "Bad Request: wrong correct option ID")
            poll["correct_option_ids"] = list(correct)
        if params.get("explanation"):
            explanation, entities = _format(
                str(params["explanation"]),
                params.get("explanation_parse_mode"),
                params.get("explanation_entities"),
            )
            if len(explanation) > _MAX_EXPLANATION:
                raise ApiError(400, "Bad Request: explanation is too long")
            poll["explanation"] = explanation
            if entities:
                poll["explanation_entities"] = entities
        if params.get("open_period") is not None:
            poll["open_period"] = _as_int(params["open_period"], 0)
        if params.get("close_date") is not None:
            poll["close_date"] = _as_int(params["close_date"], 0)
        message = self._new_bot_message(params, {"poll": poll})
        self._poll_objects[poll_id] = poll
        view: JSON = {"chat_id": message["chat"]["id"], "message_id": message["message_id"]}
        if kind == "quiz":
            view["correct_option_id"] = poll["correct_option_ids"][0]
        self.polls[poll_id] = view
        self._refresh_poll_view(poll_id)
        return _copy(message)

    def _stop_poll(self, params: JSON) -> JSON:
        chat = self._target_chat(params)
        message = self._messages.get((chat["id"], _as_int(params.get("message_id"), 0)))
        if message is None or "poll" not in message:
            raise ApiError(400, "Bad Request: message with poll to stop not found")
        poll = message["poll"]
        if poll["is_closed"]:
            raise ApiError(400, "Bad Request: poll has already been closed")
        poll["is_closed"] = True
        self._refresh_poll_view(poll["id"])
        return _copy(poll)

    # -- editing

    def _editable(self, params: JSON) -> JSON:
        chat = self._target_chat(params)
        message = self._messages.get((chat["id"], _as_int(params.get("message_id"), 0)))
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        if message.get("from", {}).get("id") != self.bot_id:
            raise ApiError(400, "Bad Request: message can't be edited")
        return message

    def _apply_edit(self, message: JSON, changes: JSON, markup: JSON | None) -> JSON:
        current = {k: message.get(k) for k in changes}
        if current == changes and message.get("reply_markup") == markup:
            raise ApiError(400, _NOT_MODIFIED)
        for key, value in changes.items():
            if value is None:
                message.pop(key, None)
            else:
                message[key] = value
        if markup is None:
            message.pop("reply_markup", None)  # editing without a markup removes the keyboard
        else:
            message["reply_markup"] = markup
        message["edit_date"] = int(time.time())
        return _copy(message)

    def _edit_message_text(self, params: JSON) -> JSON | bool:
        if params.get("inline_message_id"):
            return True
        message = self._editable(params)
        if "text" not in message:
            raise ApiError(400, "Bad Request: there is no text in the message to edit")
        text, entities = _format(
            str(params.get("text", "")), params.get("parse_mode"), params.get("entities")
        )
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(text) > _MAX_TEXT:
            raise ApiError(400, "Bad Request: message is too long")
        markup = _inline_markup(params.get("reply_markup"))
        result = self._apply_edit(message, {"text": text, "entities": entities or None}, markup)
        self._texts.setdefault(message["chat"]["id"], []).append(text)
        return result

    def _edit_message_caption(self, params: JSON) -> JSON | bool:
        if params.get("inline_message_id"):
            return True
        message = self._editable(params)
        caption = self._caption({**params, "caption": params.get("caption", "")})
        changes = {
            "caption": caption.get("caption"),
            "caption_entities": caption.get("caption_entities"),
        }
        return self._apply_edit(message, changes, _inline_markup(params.get("reply_markup")))

    def _edit_message_reply_markup(self, params: JSON) -> JSON | bool:
        if params.get("inline_message_id"):
            return True
        message = self._editable(params)
        return self._apply_edit(message, {}, _inline_markup(params.get("reply_markup")))

    def _delete_message(self, params: JSON) -> bool:
        chat = self._target_chat(params)
        key = (chat["id"], _as_int(params.get("message_id"), 0))
        if key not in self._messages:
            raise ApiError(400, "Bad Request: message to delete not found")
        del self._messages[key]
        return True

    # -- answers, actions

    def _answer_callback_query(self, params: JSON) -> bool:
        if str(params.get("callback_query_id")) not in self._callback_ids:
            raise ApiError(400, _QUERY_TOO_OLD)
        if len(str(params.get("text") or "")) > _MAX_CALLBACK_ANSWER:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        return True

    def _answer_inline_query(self, params: JSON) -> bool:
        if str(params.get("inline_query_id")) not in self._inline_ids:
            raise ApiError(400, _QUERY_TOO_OLD)
        results = params.get("results")
        if not isinstance(results, list):
            raise ApiError(400, "Bad Request: can't parse inline query results JSON object")
        ids = [str(r.get("id")) for r in results if isinstance(r, dict)]
        if len(ids) != len(set(ids)):
            raise ApiError(400, "Bad Request: RESULT_ID_DUPLICATE")
        return True

    def _send_chat_action(self, params: JSON) -> bool:
        chat = self._target_chat(params)
        if chat["id"] in self._blocked:
            raise ApiError(403, self._blocked[chat["id"]])
        return True

    # -- chats

    def _get_chat(self, params: JSON) -> JSON:
        chat = self._target_chat(params)
        info: JSON = {
            **chat,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }
        if chat["type"] in ("group", "supergroup"):
            info["permissions"] = {"can_send_messages": True}
        return info

    def _status_of(self, chat_id: int, user_id: int) -> str:
        return self._members.get((chat_id, user_id), "member")

    def _get_chat_member(self, params: JSON) -> JSON:
        chat = self._target_chat(params)
        user_id = _as_int(params.get("user_id"), 0)
        if not user_id:
            raise ApiError(400, "Bad Request: PARTICIPANT_ID_INVALID")
        status = self._status_of(chat["id"], user_id)
        return self._member_object(status, self._user_object(user_id))

    def _get_chat_administrators(self, params: JSON) -> list[JSON]:
        chat = self._target_chat(params)
        order = {"creator": 0, "administrator": 1}
        admins = sorted(
            (
                (order[status], user_id, status)
                for (chat_id, user_id), status in self._members.items()
                if chat_id == chat["id"] and status in order
            ),
        )
        return [self._member_object(s, self._user_object(uid)) for _, uid, s in admins]

    def _leave_chat(self, params: JSON) -> bool:
        chat = self._target_chat(params)
        self.set_member(chat["id"], self.bot_id, "left")
        self._blocked[chat["id"]] = f"Forbidden: bot is not a member of the {chat['type']} chat"
        return True

    _METHODS: ClassVar[dict[str, Callable[[FakeBotAPI, JSON], Any]]] = {}


def _bot_text_setter(kind: str) -> Callable[[FakeBotAPI, JSON], bool]:
    def handler(api: FakeBotAPI, params: JSON) -> bool:
        lang = str(params.get("language_code") or "")
        api._bot_texts[(kind, lang)] = str(params.get(kind) or "")
        return True

    return handler


def _bot_text_getter(kind: str) -> Callable[[FakeBotAPI, JSON], JSON]:
    def handler(api: FakeBotAPI, params: JSON) -> JSON:
        lang = str(params.get("language_code") or "")
        return {kind: api._bot_texts.get((kind, lang), "")}

    return handler


def _build_method_table() -> dict[str, Callable[[FakeBotAPI, JSON], Any]]:
    api = FakeBotAPI
    table: dict[str, Callable[[FakeBotAPI, JSON], Any]] = {
        "getme": api._get_me,
        "deletewebhook": api._delete_webhook,
        "setwebhook": api._set_webhook,
        "getwebhookinfo": api._get_webhook_info,
        "setmycommands": api._set_my_commands,
        "getmycommands": api._get_my_commands,
        "deletemycommands": api._delete_my_commands,
        "sendmessage": api._send_message,
        "sendphoto": api._send_photo,
        "senddocument": api._send_document,
        "getfile": api._get_file,
        "sendpoll": api._send_poll,
        "stoppoll": api._stop_poll,
        "editmessagetext": api._edit_message_text,
        "editmessagecaption": api._edit_message_caption,
        "editmessagereplymarkup": api._edit_message_reply_markup,
        "deletemessage": api._delete_message,
        "answercallbackquery": api._answer_callback_query,
        "answerinlinequery": api._answer_inline_query,
        "sendchataction": api._send_chat_action,
        "getchat": api._get_chat,
        "getchatmember": api._get_chat_member,
        "getchatadministrators": api._get_chat_administrators,
        "leavechat": api._leave_chat,
        "close": lambda self, params: True,
        "logout": lambda self, params: True,
    }
    for kind, setter, getter in (
        ("description", "setmydescription", "getmydescription"),
        ("short_description", "setmyshortdescription", "getmyshortdescription"),
        ("name", "setmyname", "getmyname"),
    ):
        table[setter] = _bot_text_setter(kind)
        table[getter] = _bot_text_getter(kind)
    return table


FakeBotAPI._METHODS = _build_method_table()


# --------------------------------------------------------------------------------------------
# Module helpers


def _same(a: str, b: str) -> bool:
    return a.lower() == b.lower()


def _pulse(api: FakeBotAPI, attr: str) -> None:
    """Wake everyone waiting on an event and arm a fresh one for the next change."""
    event: asyncio.Event = getattr(api, attr)
    setattr(api, attr, asyncio.Event())
    event.set()


def _as_int(value: Any, default: int) -> int:
    if value is None or isinstance(value, bool):
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _copy(obj: JSON) -> JSON:
    # Results are serialised later; a deep copy keeps later edits from rewriting history.
    copied: JSON = json.loads(json.dumps(obj))
    return copied


def _decode(key: str, value: Any) -> Any:
    """PTB JSON-encodes non-string values; plain strings are sent as they are."""
    if not isinstance(value, str) or key in _RAW_STRING_FIELDS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


async def _read_params(request: web.Request) -> JSON:
    params: JSON = {key: _decode(key, value) for key, value in request.query.items()}
    if request.content_type == "application/json":
        body = await request.json() if request.can_read_body else {}
        if isinstance(body, dict):
            params.update({key: _decode(key, value) for key, value in body.items()})
        return params
    form = await request.post()
    for key, value in form.items():
        if isinstance(value, web.FileField):
            data = value.file.read()
            params[key] = UploadedFile(value.filename, len(data), value.content_type, data)
        else:
            params[key] = _decode(key, value)
    return params


def _inline_markup(markup: Any) -> JSON | None:
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
        if data is not None and not 1 <= len(str(data).encode()) <= _MAX_CALLBACK_DATA:
            raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
    if not any(rows):
        return None  # an empty keyboard is "no keyboard" in the resulting message
    return _copy(markup)


def _error_response(status: int, description: str, parameters: JSON | None = None) -> web.Response:
    payload: JSON = {"ok": False, "error_code": status, "description": description}
    if parameters:
        payload["parameters"] = parameters
    return web.json_response(payload, status=status)


def _fail_call(call: Call, error: ApiError, fault: str | None = None) -> web.Response:
    call.status = error.status
    call.description = error.description
    call.fault = fault
    return _error_response(error.status, error.description, error.parameters)
