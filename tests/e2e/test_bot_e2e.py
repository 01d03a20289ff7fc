"""End to end: the real `tutorbot run` process over HTTP against the fake Bot API server."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.e2e.botproc import bot_process
from tests.fakeapi import FakeBotAPI


def _answers(db: Path) -> list[tuple[int, int]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT user_id, correct FROM answers ORDER BY id").fetchall()


async def test_private_chat_quiz_stats_and_group_top(api: FakeBotAPI, tmp_path: Path) -> None:
    alice, bob = api.user(1, "Alice"), api.user(2, "Bob", language_code="en")
    chat = api.private_chat(alice)
    group = api.group_chat(500)
    async with bot_process(api, tmp_path) as bot:
        commands = await api.wait_for("setMyCommands")
        assert any(c["command"] == "quiz" for c in commands.params["commands"])

        mark = api.mark()
        api.send_text(chat, alice, "/start")
        await api.wait_for("sendMessage", after=mark)
        assert api.sent_texts(chat["id"])[-1].startswith("Привет, Alice!")

        mark = api.mark()
        api.send_text(chat, alice, "что такое образ?")
        reply = await api.wait_for("sendMessage", after=mark)
        assert api.sent_texts(chat["id"])[-1].startswith("Docker image")
        assert reply.params["parse_mode"] == "HTML"

        mark = api.mark()
        api.send_text(chat, alice, "/quiz 3")
        for i in range(3):
            poll_call = await api.wait_for("sendPoll", after=mark)
            mark = api.mark()
            poll = api.last_poll(chat["id"])
            right = poll["correct_option_ids"][0]
            pick = right if i != 1 else (right + 1) % len(poll["options"])
            api.answer_poll(poll["id"], alice, [pick])
            assert poll_call.params["type"] == "quiz"
        await api.wait_for(
            "sendMessage", lambda c: "Итог" in str(c.params.get("text")), after=mark
        )
        assert api.sent_texts(chat["id"])[-1].startswith("Итог: 2/3.")

        mark = api.mark()
        api.send_text(chat, alice, "/stats")
        await api.wait_for("sendMessage", after=mark)
        assert "Ответов: 3, верно: 2 (67%)" in api.sent_texts(chat["id"])[-1]
        await api.wait_for("sendPhoto", after=mark)

        mark = api.mark()
        api.send_text(group, alice, "/quiz 1")
        await api.wait_for("sendPoll", after=mark)
        poll = api.last_poll(group["id"])
        right = poll["correct_option_ids"][0]
        api.answer_poll(poll["id"], bob, [right])
        api.answer_poll(poll["id"], alice, [(right + 1) % len(poll["options"])])
        await api.wait_for(
            "sendMessage", lambda c: c.params.get("chat_id") == group["id"], after=mark
        )
        mark = api.mark()
        api.send_text(group, bob, "/top")
        await api.wait_for(
            "sendMessage",
            lambda c: (
                "Рейтинг" in str(c.params.get("text"))
                or "leaderboard" in str(c.params.get("text"))
            ),
            after=mark,
        )
        top = api.sent_texts(group["id"])[-1]
        assert "1. Bob — 100 points (1/1)" in top
        assert "2. Alice — 0 points (0/1)" in top
        code = await bot.stop()
    assert code == 0
    log = bot.log
    assert api.token not in log
    assert "Traceback" not in log and " ERROR " not in log
    assert "stopped cleanly" in log
    answers = _answers(tmp_path / "data" / "tutor.db")
    assert len(answers) == 5
    assert sorted(answers) == sorted([(1, 1), (1, 0), (1, 1), (2, 1), (1, 0)])
