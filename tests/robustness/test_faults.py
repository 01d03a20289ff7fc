"""Telegram and network faults injected through the fake Bot API server.

The real `tutorbot run` process meets 429s, 5xx answers, 403s, stale edits and a server that
goes away and comes back; timeouts are tried in-process with short client timeouts. None of
them may stop the bot or lose a reply, and each is logged once, at the right level, without
the token.
"""

from __future__ import annotations

import asyncio
import logging
import re
from pathlib import Path
from typing import Any

import pytest

from bot.bootstrap import Tutor
from bot.i18n import t
from bot.tg.callbacks import encode
from bot.tg.network import HandledFirstRequest
from tests.e2e.botproc import bot_process
from tests.fakeapi import Call, FakeBotAPI
from tests.robustness.kit import TALLY, assert_no_token, records, until
from tests.support import polling_app, settings_for

JSON = dict[str, Any]


def _to(chat: JSON) -> Any:
    def match(call: Call) -> bool:
        return call.ok and call.params.get("chat_id") == chat["id"]

    return match


async def ask(api: FakeBotAPI, chat: JSON, user: JSON, text: str = "что такое образ?") -> Call:
    """Send a question and wait for the bot's successful reply in that chat."""
    mark = api.mark()
    api.send_text(chat, user, text)
    return await api.wait_for("sendMessage", _to(chat), after=mark, timeout=15)


def _lines(log: str, pattern: str) -> list[str]:
    return [line for line in log.splitlines() if re.search(pattern, line)]


async def test_the_real_bot_survives_a_tour_of_telegram_faults(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    alice, bob = api.user(1, "Alice"), api.user(2, "Bob", language_code="en")
    private, bobs = api.private_chat(alice), api.private_chat(bob)
    group = api.group_chat(50)
    # Plain questions rotate over many askers: the per-user flood limit is not under test.
    askers = [api.user(100 + i, f"Asker {i}") for i in range(10)]
    turn = iter(range(1000))

    def someone() -> tuple[JSON, JSON]:
        user = askers[next(turn) % len(askers)]
        return api.private_chat(user), user

    # (log line pattern, level, how many times) for every fault injected below.
    expected: list[tuple[str, str, int]] = []
    async with bot_process(api, tmp_path, name="faults") as bot:
        assert (await ask(api, *someone())).params["parse_mode"] == "HTML"

        # getUpdates answered with 502, 500 and 429: polling backs off and resumes.
        for status, description in ((502, "Bad Gateway"), (500, "Internal Server Error"),
                                    (429, "Too Many Requests: retry after 1")):  # fmt: skip
            api.fail("getUpdates", status, retry_after=1 if status == 429 else None)
            await ask(api, *someone())  # its reply comes before the failing poll
            await ask(api, *someone())  # asked during the back-off: still answered
            expected.append((rf"getUpdates failed \({re.escape(description)}\)", "WARNING", 1))

        # Sends answered with 429 (retry_after honoured), 500 and 502: retried, delivered.
        api.fail("sendMessage", 429, retry_after=1)
        await ask(api, *someone())
        expected.append((r"Rate limit hit\. Retrying after", "INFO", 1))
        api.fail("sendMessage", 500)
        await ask(api, *someone())
        expected.append((r"sendMessage failed \(Internal Server Error\); retrying", "INFO", 1))
        mark = api.mark()
        api.fail("sendPoll", 502)
        api.send_text(private, alice, "/quiz 1")
        await api.wait_for("sendPoll", lambda c: c.ok, after=mark, timeout=15)
        expected.append((r"sendPoll failed \(Bad Gateway\); retrying", "INFO", 1))
        poll = api.last_poll(private["id"])
        api.answer_poll(poll["id"], alice, [poll["correct_option_ids"][0]])
        await api.wait_for("sendMessage", lambda c: "Итог" in str(c.params.get("text")),
                           after=mark, timeout=15)  # fmt: skip

        # The server goes away mid-run (connection refused) and comes back.
        await api.pause()
        await until(lambda: "getUpdates failed (httpx." in bot.log, timeout=10, what="outage")
        await api.resume()
        await ask(api, *someone())
        expected.append((r"getUpdates failed \(httpx\.", "WARNING", 1))
        expected.append((r"getUpdates works again after", "INFO", 4))

        # 403: the user blocked the bot; another user is still served; unblocking heals.
        api.block(private["id"])
        mark = api.mark()
        api.send_text(private, alice, "что такое том?")
        await api.wait_for("sendMessage", lambda c: c.status == 403, after=mark, timeout=15)
        await ask(api, bobs, bob, "what is a volume?")
        expected.append((r"Forbidden: bot was blocked by the user", "WARNING", 1))
        api.chat_member_update(private, alice, new_status="member", old_status="kicked")
        await ask(api, private, alice)

        # 403: kicked from a group, noticed on send, the group's next question still works.
        api.fail("sendMessage", 403, "Forbidden: bot was kicked from the supergroup chat")
        mark = api.mark()
        api.send_text(group, alice, "?образ")
        await api.wait_for("sendMessage", lambda c: c.status == 403, after=mark, timeout=15)
        await ask(api, group, alice, "?том")
        expected.append((r"Forbidden: bot was kicked from the supergroup chat", "WARNING", 1))

        # 400 on edits: "message is not modified" and "message to edit not found".
        confirm = await ask(api, private, alice, "/forgetme")
        message_id = confirm.result["message_id"]
        for data, fault in ((encode("forget", "no", 1), None),
                            (encode("forget", "no", 1), "not modified"),
                            (encode("forget", "yes", 1), "not found")):  # fmt: skip
            if fault == "not found":
                api.fail("editMessageText", 400, "Bad Request: message to edit not found")
            mark = api.mark()
            api.press_button(private, alice, data, message_id)
            await api.wait_for("editMessageText", after=mark, timeout=15)
        expected.append((r"edit skipped: Message is not modified", "INFO", 1))
        expected.append((r"edit skipped: Message to edit not found", "INFO", 1))
        await ask(api, bobs, bob, "what is an image?")
        assert await bot.stop() == 0, "the bot did not stop cleanly after the faults"
    log = bot.log
    assert_no_token(log.splitlines(), api.token)
    assert "Traceback" not in log
    assert not _lines(log, r" (ERROR|CRITICAL) "), "\n".join(_lines(log, r" (ERROR|CRITICAL) "))
    for pattern, level, times in expected:
        found = _lines(log, pattern)
        assert len(found) == times, f"{pattern!r}: {found}"
        assert all(f" {level} " in line for line in found), found
        TALLY.survived()
    assert api.sent_texts(private["id"]).count(t("ru", "error")) == 0
    assert "stopped cleanly" in log


async def test_the_real_bot_starts_while_telegram_is_unreachable(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    alice = api.user(1, "Alice")
    chat = api.private_chat(alice)
    await api.pause()  # connection refused from the very first request (getMe)

    log = tmp_path / "late.log"  # where bot_process(name="late") writes

    def refused() -> bool:
        return log.exists() and "getMe failed (httpx.ConnectError" in log.read_text("utf-8")

    async def come_back() -> None:
        await until(refused, timeout=30, what="a refused getMe")
        await asyncio.sleep(0.5)
        await api.resume()

    task = asyncio.create_task(come_back())
    async with bot_process(api, tmp_path, name="late") as bot:
        await task
        await ask(api, chat, alice)
    assert bot.proc.returncode == 0
    assert "Traceback" not in bot.log and " ERROR " not in bot.log
    assert_no_token(bot.log.splitlines(), api.token)
    TALLY.survived()


async def test_timeouts_lose_no_reply_and_are_logged_once(
    api: FakeBotAPI, tutor: Tutor, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    alice = api.user(1, "Alice")
    chat = api.private_chat(alice)
    # As configure_logging does in `tutorbot run`: request logs (URLs with the token) stay quiet.
    caplog.set_level(logging.WARNING, logger="httpx")
    quick = {"read_timeout": 0.5, "get_updates_request": HandledFirstRequest(read_timeout=0.5)}
    async with polling_app(api, tutor, settings_for(tmp_path), **quick):
        # A getUpdates that hangs past the client's timeout: the updates it held come again.
        api.delay("getUpdates", 2.0)
        await ask(api, chat, alice)  # answered: its update is redelivered after the timeout
        await ask(api, chat, alice)
        # A reply that times out was still delivered: no retry (no duplicate), no error text.
        api.delay("sendMessage", 1.5)
        mark = api.mark()
        api.send_text(chat, alice, "что такое том?")
        await api.wait_for("sendMessage", after=mark)
        await until(lambda: any("did not answer" in r for r in records(caplog)), timeout=10)
        # A question (sendPoll) that times out ends the quiz, so /quiz works again at once.
        api.delay("sendPoll", 1.5)
        mark = api.mark()
        api.send_text(chat, alice, "/quiz 1")
        await api.wait_for("sendPoll", after=mark)
        await until(lambda: any("could not send a question" in r for r in records(caplog)))
        mark = api.mark()
        api.send_text(chat, alice, "/quiz 1")
        await api.wait_for("sendPoll", lambda c: c.ok, after=mark, timeout=15)
        # A forged or expired button: answerCallbackQuery says "query is too old".
        mark = api.mark()
        message = {"message_id": 1, "date": 0, "chat": chat}
        query = {"id": "404", "from": alice, "chat_instance": "1", "message": message}
        api.enqueue({"callback_query": {**query, "data": encode("card", "nope")}})
        await api.wait_for("answerCallbackQuery", after=mark)
        await ask(api, chat, alice)
    logged = records(caplog, logging.INFO)
    assert_no_token(logged, api.token)
    for pattern, level in (
        (r"getUpdates failed \(Timed out", "WARNING"),
        (r"Telegram did not answer in time \(update \d+, chat 1\)", "WARNING"),
        (r"quiz \d+: could not send a question \(Timed out\)", "WARNING"),
        (r"stale request \(update \d+, chat 1\): Query is too old", "WARNING"),
    ):
        found = [r for r in logged if re.search(pattern, r)]
        assert len(found) == 1 and found[0].startswith(level), f"{pattern!r}: {found}"
        TALLY.survived()
    texts = api.sent_texts(chat["id"])
    assert texts.count(t("ru", "error")) == 0
    volume = tutor.services.library.ask("что такое том?").best
    assert volume is not None
    assert sum(text.startswith(volume.title) for text in texts) == 1, "a reply was sent twice"
