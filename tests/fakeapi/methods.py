"""The Bot API methods the fake answers, as functions of the world they read and change
(sending and editing messages live in `messages`).

Every method validates its parameters the way Telegram does (lengths, ids, markup), so a bot
that passes here does not meet surprises on the real API.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from tests.fakeapi import messages
from tests.fakeapi.faults import JSON, ApiError, as_int
from tests.fakeapi.messages import target_chat
from tests.fakeapi.world import World

MAX_CALLBACK_ANSWER = 200
_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")


def get_me(world: World, _params: JSON) -> JSON:
    return {
        **world.bot_user,
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": True,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


def delete_webhook(world: World, params: JSON) -> bool:
    world.webhook_url = ""
    if params.get("drop_pending_updates") is True:
        world._updates.clear()
    return True


def set_webhook(world: World, params: JSON) -> bool:
    world.webhook_url = str(params.get("url") or "")
    if params.get("drop_pending_updates") is True:
        world._updates.clear()
    return True


def get_webhook_info(world: World, _params: JSON) -> JSON:
    return {
        "url": world.webhook_url,
        "has_custom_certificate": False,
        "pending_update_count": len(world._updates),
    }


def _commands_key(params: JSON) -> tuple[str, str]:
    scope = params.get("scope") or {"type": "default"}
    return json.dumps(scope, sort_keys=True), str(params.get("language_code") or "")


def set_my_commands(world: World, params: JSON) -> bool:
    commands = params.get("commands")
    if not isinstance(commands, list):
        raise ApiError(400, "Bad Request: can't parse commands JSON object")
    for command in commands:
        if not _COMMAND_RE.fullmatch(str(command.get("command", ""))):
            raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        if not 1 <= len(str(command.get("description", ""))) <= 256:
            raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
    world._commands[_commands_key(params)] = [
        {"command": c["command"], "description": c["description"]} for c in commands
    ]
    return True


def get_my_commands(world: World, params: JSON) -> list[JSON]:
    return list(world._commands.get(_commands_key(params), []))


def delete_my_commands(world: World, params: JSON) -> bool:
    world._commands.pop(_commands_key(params), None)
    return True


# -- sending


def answer_callback_query(world: World, params: JSON) -> bool:
    if str(params.get("callback_query_id")) not in world._callback_ids:
        raise ApiError(400, messages.QUERY_TOO_OLD)
    if len(str(params.get("text") or "")) > MAX_CALLBACK_ANSWER:
        raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
    return True


def answer_inline_query(world: World, params: JSON) -> bool:
    if str(params.get("inline_query_id")) not in world._inline_ids:
        raise ApiError(400, messages.QUERY_TOO_OLD)
    results = params.get("results")
    if not isinstance(results, list):
        raise ApiError(400, "Bad Request: can't parse inline query results JSON object")
    ids = [str(r.get("id")) for r in results if isinstance(r, dict)]
    if len(ids) != len(set(ids)):
        raise ApiError(400, "Bad Request: RESULT_ID_DUPLICATE")
    return True


def send_chat_action(world: World, params: JSON) -> bool:
    chat = target_chat(world, params)
    if chat["id"] in world._blocked:
        raise ApiError(403, world._blocked[chat["id"]])
    return True


# -- chats


def get_chat(world: World, params: JSON) -> JSON:
    chat = target_chat(world, params)
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


def _status_of(world: World, chat_id: int, user_id: int) -> str:
    return world._members.get((chat_id, user_id), "member")


def get_chat_member(world: World, params: JSON) -> JSON:
    chat = target_chat(world, params)
    user_id = as_int(params.get("user_id"), 0)
    if not user_id:
        raise ApiError(400, "Bad Request: PARTICIPANT_ID_INVALID")
    status = _status_of(world, chat["id"], user_id)
    return world._member_object(status, world._user_object(user_id))


def get_chat_administrators(world: World, params: JSON) -> list[JSON]:
    chat = target_chat(world, params)
    order = {"creator": 0, "administrator": 1}
    admins = sorted(
        (
            (order[status], user_id, status)
            for (chat_id, user_id), status in world._members.items()
            if chat_id == chat["id"] and status in order
        ),
    )
    return [world._member_object(s, world._user_object(uid)) for _, uid, s in admins]


def leave_chat(world: World, params: JSON) -> bool:
    chat = target_chat(world, params)
    world.set_member(chat["id"], world.bot_id, "left")
    world._blocked[chat["id"]] = f"Forbidden: bot is not a member of the {chat['type']} chat"
    return True


def _bot_text_setter(kind: str) -> Callable[[World, JSON], bool]:
    def handler(world: World, params: JSON) -> bool:
        lang = str(params.get("language_code") or "")
        world._bot_texts[(kind, lang)] = str(params.get(kind) or "")
        return True

    return handler


def _bot_text_getter(kind: str) -> Callable[[World, JSON], JSON]:
    def handler(world: World, params: JSON) -> JSON:
        lang = str(params.get("language_code") or "")
        return {kind: world._bot_texts.get((kind, lang), "")}

    return handler


def _accept(_world: World, _params: JSON) -> bool:
    return True


def _build_method_table() -> dict[str, Callable[[World, JSON], Any]]:
    table: dict[str, Callable[[World, JSON], Any]] = {
        "getme": get_me,
        "deletewebhook": delete_webhook,
        "setwebhook": set_webhook,
        "getwebhookinfo": get_webhook_info,
        "setmycommands": set_my_commands,
        "getmycommands": get_my_commands,
        "deletemycommands": delete_my_commands,
        "sendmessage": messages.send_message,
        "sendphoto": messages.send_photo,
        "senddocument": messages.send_document,
        "getfile": messages.get_file,
        "sendpoll": messages.send_poll,
        "stoppoll": messages.stop_poll,
        "editmessagetext": messages.edit_message_text,
        "editmessagecaption": messages.edit_message_caption,
        "editmessagereplymarkup": messages.edit_message_reply_markup,
        "deletemessage": messages.delete_message,
        "answercallbackquery": answer_callback_query,
        "answerinlinequery": answer_inline_query,
        "sendchataction": send_chat_action,
        "getchat": get_chat,
        "getchatmember": get_chat_member,
        "getchatadministrators": get_chat_administrators,
        "leavechat": leave_chat,
        "close": _accept,
        "logout": _accept,
    }
    for kind, setter, getter in (
        ("description", "setmydescription", "getmydescription"),
        ("short_description", "setmyshortdescription", "getmyshortdescription"),
        ("name", "setmyname", "getmyname"),
    ):
        table[setter] = _bot_text_setter(kind)
        table[getter] = _bot_text_getter(kind)
    return table


METHODS = _build_method_table()
