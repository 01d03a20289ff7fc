"""The real `tutorbot run` process over HTTP: a new group is greeted, a private quiz is
stopped (its open poll closed) and a new one starts at once."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.botproc import bot_process
from tests.fakeapi import FakeBotAPI


def _text_to(chat_id: int, start: str):  # type: ignore[no-untyped-def]
    return lambda c: (
        c.params.get("chat_id") == chat_id and str(c.params.get("text", "")).startswith(start)
    )


async def test_greeting_and_stopping_a_quiz(api: FakeBotAPI, tmp_path: Path) -> None:
    admin = api.user(2, "Admin")
    group = api.group_chat(990, "Team")
    alice = api.user(1, "Alice")
    chat = api.private_chat(alice)
    async with bot_process(api, tmp_path) as bot:
        mark = api.mark()
        api.chat_member_update(group, admin, "member", "left")
        await api.wait_for("sendMessage", _text_to(group["id"], "Привет!"), after=mark)

        mark = api.mark()
        api.send_text(chat, alice, "/quiz 3")
        await api.wait_for("sendPoll", after=mark)
        poll = api.last_poll(chat["id"])
        mark = api.mark()
        api.send_text(chat, alice, "/stop")
        stop = await api.wait_for("stopPoll", after=mark)
        await api.wait_for(
            "sendMessage", _text_to(chat["id"], "Викторина остановлена."), after=mark
        )
        assert stop.params["message_id"] == poll["message_id"]
        assert api.polls[poll["id"]]["is_closed"]

        mark = api.mark()
        api.send_text(chat, alice, "/quiz 1")
        await api.wait_for("sendPoll", after=mark)
        assert await bot.stop() == 0
    greeting = api.sent_texts(group["id"])[0]
    assert "/define термин" in greeting and "/compete 10 20" in greeting
    assert "Traceback" not in bot.log and " ERROR " not in bot.log
