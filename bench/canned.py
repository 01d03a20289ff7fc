"""A light Bot API stand-in for throughput runs: canned JSON answers, counted, no parsing.

The suite's `RecordingRequest` answers from the FakeBotAPI model, which parses every HTML
reply into entities; that parsing would dominate a throughput figure. This request only reads
the parameters the bot's next step needs (the chat, a poll's correct options), so the time
measured is the bot's: handlers, services, SQLite, and python-telegram-bot's own request
building and response parsing (it still serialises every parameter to JSON, as with HTTP).
"""

from __future__ import annotations

import itertools
import json
import time
from collections import Counter
from typing import Any

from telegram.request import BaseRequest, RequestData
from typing_extensions import override

BOT_USER = {
    "id": 123456,
    "is_bot": True,
    "first_name": "Bench Bot",
    "username": "bench_tutor_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}
TOKEN = "123456:BENCH-TOKEN"


class CannedRequest(BaseRequest):
    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()
        self.polls: dict[int, tuple[str, tuple[int, ...], int]] = {}  # chat → id, correct, n
        self._ids = itertools.count(1)
        self._ok_true = json.dumps({"ok": True, "result": True}).encode()

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    @override
    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[1]
        self.calls[name] += 1
        params = request_data.json_parameters if request_data is not None else {}
        if name == "getMe":
            result: Any = BOT_USER
        elif name == "sendPoll":
            result = self._poll(params)
        elif name in ("sendMessage", "editMessageText", "sendPhoto", "sendDocument"):
            result = self._message(params, {"text": "ok"})
        elif name == "getUpdates":
            result = []
        else:
            return 200, self._ok_true
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def _message(self, params: dict[str, str], content: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params.get("chat_id", "0"))
        chat = (
            {"id": chat_id, "type": "private", "first_name": "User"}
            if chat_id > 0
            else {"id": chat_id, "type": "supergroup", "title": "Group"}
        )
        return {
            "message_id": next(self._ids),
            "date": int(time.time()),
            "chat": chat,
            "from": BOT_USER,
            **content,
        }

    def _poll(self, params: dict[str, str]) -> dict[str, Any]:
        options = json.loads(params["options"])
        correct = json.loads(params.get("correct_option_ids", "[0]"))
        poll_id = str(6_000_000_000_000 + next(self._ids))
        poll = {
            "id": poll_id,
            "question": "?",
            "options": [
                {"text": f"o{i}", "voter_count": 0, "persistent_id": str(i)}
                for i in range(len(options))
            ],
            "total_voter_count": 0,
            "is_closed": False,
            "is_anonymous": False,
            "type": "quiz",
            "allows_multiple_answers": False,
            "allows_revoting": False,
            "members_only": False,
            "correct_option_ids": correct,
            "correct_option_id": correct[0],
        }
        message = self._message(params, {"poll": poll})
        self.polls[message["chat"]["id"]] = (poll_id, tuple(correct), len(options))
        return message


_update_ids = itertools.count(1)


def user(uid: int, lang: str = "ru") -> dict[str, Any]:
    return {"id": uid, "is_bot": False, "first_name": f"User{uid}", "language_code": lang}


def text_update(uid: int, text: str, lang: str = "ru") -> dict[str, Any]:
    """A private-chat message from user `uid` (a command when it starts with /)."""
    n = next(_update_ids)
    message: dict[str, Any] = {
        "message_id": n,
        "date": int(time.time()),
        "chat": {"id": uid, "type": "private", "first_name": f"User{uid}"},
        "from": user(uid, lang),
        "text": text,
    }
    if text.startswith("/"):
        message["entities"] = [
            {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
        ]
    return {"update_id": n, "message": message}


def poll_answer_update(uid: int, poll_id: str, option: int) -> dict[str, Any]:
    return {
        "update_id": next(_update_ids),
        "poll_answer": {
            "poll_id": poll_id,
            "user": user(uid),
            "option_ids": [option],
            "option_persistent_ids": [str(option)],
        },
    }
