"""Sending, editing and deleting messages (texts, photos, documents, quiz polls)."""

from __future__ import annotations

import struct
import time
from typing import Any

from tests.fakeapi.faults import JSON, ApiError, UploadedFile, as_int, copy_json
from tests.fakeapi.markup import format_text, inline_markup
from tests.fakeapi.world import World

_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
_MAX_TEXT = 4096
_MAX_CAPTION = 1024
_MAX_POLL_QUESTION = 300
_MAX_POLL_OPTION = 100
_MAX_POLL_OPTIONS = 12
_MAX_EXPLANATION = 200


def target_chat(world: World, params: JSON) -> JSON:
    raw = params.get("chat_id")
    if isinstance(raw, str) and raw.startswith("@"):
        for chat in world._chats.values():
            if chat.get("username", "").lower() == raw[1:].lower():
                return chat
        raise ApiError(400, "Bad Request: chat not found")
    try:
        chat_id = int(raw)
    except (TypeError, ValueError):
        raise ApiError(400, "Bad Request: chat not found") from None
    chat = world._chats.get(chat_id)
    if chat is None:
        if world.strict_chats:
            raise ApiError(400, "Bad Request: chat not found")
        chat = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
        chat["first_name" if chat_id > 0 else "title"] = "Chat"
    return chat


def _new_bot_message(world: World, params: JSON, content: JSON) -> JSON:
    chat = target_chat(world, params)
    if chat["id"] in world._blocked:
        raise ApiError(403, world._blocked[chat["id"]])
    reply = params.get("reply_parameters")
    reply_id = as_int(reply.get("message_id") if isinstance(reply, dict) else None, 0)
    reply_id = reply_id or as_int(params.get("reply_to_message_id"), 0)
    markup = inline_markup(params.get("reply_markup"))
    message: JSON = {
        "message_id": 0,
        "from": dict(world.bot_user),
        "chat": dict(chat),
        "date": int(time.time()),
    }
    if reply_id:
        if (chat["id"], reply_id) in world._messages:
            message["reply_to_message"] = world._reply_copy(chat["id"], reply_id)
        elif not (isinstance(reply, dict) and reply.get("allow_sending_without_reply")):
            raise ApiError(400, "Bad Request: message to be replied not found")
    message.update(content)
    if markup is not None:
        message["reply_markup"] = markup
    message["message_id"] = world._next_message_id(chat["id"])
    world._messages[(chat["id"], message["message_id"])] = message
    return message


def _message_text(params: JSON) -> tuple[str, list[JSON]]:
    """The text of a message to send or edit, parsed and checked as Telegram does."""
    text, entities = format_text(
        str(params.get("text", "")), params.get("parse_mode"), params.get("entities")
    )
    if not text.strip():
        raise ApiError(400, "Bad Request: message text is empty")
    if len(text) > _MAX_TEXT:
        raise ApiError(400, "Bad Request: message is too long")
    return text, entities


def send_message(world: World, params: JSON) -> JSON:
    text, entities = _message_text(params)
    content: JSON = {"text": text}
    if entities:
        content["entities"] = entities
    message = _new_bot_message(world, params, content)
    world._texts.setdefault(message["chat"]["id"], []).append(text)
    return copy_json(message)


def _caption(params: JSON) -> JSON:
    if "caption" not in params:
        return {}
    caption, entities = format_text(
        str(params["caption"]), params.get("parse_mode"), params.get("caption_entities")
    )
    if len(caption) > _MAX_CAPTION:
        raise ApiError(400, "Bad Request: message caption is too long")
    content: JSON = {"caption": caption} if caption else {}
    if entities:
        content["caption_entities"] = entities
    return content


def _store_file(world: World, upload: Any, kind: str, suffix: str) -> tuple[JSON, bytes | None]:
    """Register an uploaded (or re-sent by file_id) file; returns its metadata and bytes."""
    if isinstance(upload, str) and upload in world._file_meta:
        return dict(world._file_meta[upload]), world.files.get(upload)
    if not isinstance(upload, UploadedFile):
        # A URL or an unknown file_id: Telegram would fetch/resolve it; pretend it worked.
        upload = UploadedFile(None, 0, None, b"")
    n = next(world._ids)
    file_id = f"fake-{kind}-{n:06d}"
    meta: JSON = {
        "file_id": file_id,
        "file_unique_id": f"uniq{n:06d}",
        "file_size": upload.size,
        "file_path": f"{kind}s/file_{n}.{suffix}",
    }
    world._file_meta[file_id] = meta
    world.files[file_id] = upload.data
    return dict(meta), upload.data


def send_photo(world: World, params: JSON) -> JSON:
    meta, data = _store_file(world, params.get("photo"), "photo", "jpg")
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
    message = _new_bot_message(world, params, {"photo": sizes, **_caption(params)})
    return copy_json(message)


def send_document(world: World, params: JSON) -> JSON:
    upload = params.get("document")
    meta, _ = _store_file(world, upload, "document", "bin")
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
    message = _new_bot_message(world, params, {"document": document, **_caption(params)})
    return copy_json(message)


def get_file(world: World, params: JSON) -> JSON:
    meta = world._file_meta.get(str(params.get("file_id")))
    if meta is None:
        raise ApiError(400, "Bad Request: invalid file_id")
    return dict(meta)


def send_poll(world: World, params: JSON) -> JSON:
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
    poll_id = str(6_000_000_000_000_000_000 + next(world._ids))
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
        explanation, entities = format_text(
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
        poll["open_period"] = as_int(params["open_period"], 0)
    if params.get("close_date") is not None:
        poll["close_date"] = as_int(params["close_date"], 0)
    message = _new_bot_message(world, params, {"poll": poll})
    world._poll_objects[poll_id] = poll
    view: JSON = {"chat_id": message["chat"]["id"], "message_id": message["message_id"]}
    if kind == "quiz":
        view["correct_option_id"] = poll["correct_option_ids"][0]
    world.polls[poll_id] = view
    world._refresh_poll_view(poll_id)
    return copy_json(message)


def stop_poll(world: World, params: JSON) -> JSON:
    chat = target_chat(world, params)
    message = world._messages.get((chat["id"], as_int(params.get("message_id"), 0)))
    if message is None or "poll" not in message:
        raise ApiError(400, "Bad Request: message with poll to stop not found")
    poll = message["poll"]
    if poll["is_closed"]:
        raise ApiError(400, "Bad Request: poll has already been closed")
    poll["is_closed"] = True
    world._refresh_poll_view(poll["id"])
    return copy_json(poll)


# -- editing


def _editable(world: World, params: JSON) -> JSON:
    chat = target_chat(world, params)
    message = world._messages.get((chat["id"], as_int(params.get("message_id"), 0)))
    if message is None:
        raise ApiError(400, "Bad Request: message to edit not found")
    if message.get("from", {}).get("id") != world.bot_id:
        raise ApiError(400, "Bad Request: message can't be edited")
    return message


def _apply_edit(message: JSON, changes: JSON, markup: JSON | None) -> JSON:
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
    return copy_json(message)


def edit_message_text(world: World, params: JSON) -> JSON | bool:
    if params.get("inline_message_id"):
        return True
    message = _editable(world, params)
    if "text" not in message:
        raise ApiError(400, "Bad Request: there is no text in the message to edit")
    text, entities = _message_text(params)
    markup = inline_markup(params.get("reply_markup"))
    result = _apply_edit(message, {"text": text, "entities": entities or None}, markup)
    world._texts.setdefault(message["chat"]["id"], []).append(text)
    return result


def edit_message_caption(world: World, params: JSON) -> JSON | bool:
    if params.get("inline_message_id"):
        return True
    message = _editable(world, params)
    caption = _caption({**params, "caption": params.get("caption", "")})
    changes = {
        "caption": caption.get("caption"),
        "caption_entities": caption.get("caption_entities"),
    }
    return _apply_edit(message, changes, inline_markup(params.get("reply_markup")))


def edit_message_reply_markup(world: World, params: JSON) -> JSON | bool:
    if params.get("inline_message_id"):
        return True
    message = _editable(world, params)
    return _apply_edit(message, {}, inline_markup(params.get("reply_markup")))


def delete_message(world: World, params: JSON) -> bool:
    chat = target_chat(world, params)
    key = (chat["id"], as_int(params.get("message_id"), 0))
    if key not in world._messages:
        raise ApiError(400, "Bad Request: message to delete not found")
    del world._messages[key]
    return True


# -- answers, actions


def _png_size(data: bytes) -> tuple[int, int] | None:
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    return None
