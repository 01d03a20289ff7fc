"""End to end over HTTP polling: flashcards whose answers are too long for a poll option come
as self-checks ("Показать ответ", then "Знал" / "Не знал"), on `tests/fixtures/selfcheck`."""

from __future__ import annotations

import asyncio
import copy
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from bot.bootstrap import Tutor
from bot.services.library import Library, load_library
from bot.storage.repo import Repository
from bot.tg import flow
from bot.tg.app import App
from tests.fakeapi import Call, FakeBotAPI
from tests.support import ROOT, FakeClock, open_tutor, polling_app, settings_for

VAULT = ROOT / "tests" / "fixtures" / "selfcheck"
JSON = dict[str, Any]


@pytest.fixture(scope="module")
def vault() -> Library:
    return load_library(VAULT)


@asynccontextmanager
async def running_bot(
    api: FakeBotAPI, vault: Library, db: Path
) -> AsyncIterator[tuple[Tutor, App]]:
    tutor = await open_tutor(db, vault, FakeClock(), seed=5, timezone="UTC")
    settings = settings_for(db.parent, timezone="UTC", content_dir=VAULT)
    try:
        async with polling_app(api, tutor, settings) as app:
            yield tutor, app
    finally:
        await tutor.close()


async def db_rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    repo = await Repository.open(db)
    try:
        return [tuple(r) for r in await repo.db.fetchall(sql)]
    finally:
        await repo.close()


def check_message(position: int, total: int) -> Callable[[Call], bool]:
    """A self-check question sent (and answered by the server, so it has a message id)."""
    title = f"Самопроверка {position}/{total}</b>"
    return lambda c: title in str(c.params.get("text")) and c.result is not None


def buttons(message: JSON) -> list[JSON]:
    return [b for row in message.get("reply_markup", {}).get("inline_keyboard", []) for b in row]


async def tap(api: FakeBotAPI, chat: JSON, user: JSON, message_id: int, label: str) -> Call:
    """The user taps the button `label` under the message; the bot's answer to the tap."""
    message = api.get_message(chat["id"], message_id)
    assert message is not None
    [button] = [b for b in buttons(message) if b["text"] == label]
    mark = api.mark()
    api.press_button(chat, user, button["callback_data"], message_id)
    return await api.wait_for("answerCallbackQuery", after=mark)


async def text_becomes(
    api: FakeBotAPI, chat_id: int, message_id: int, check: Callable[[str], bool]
) -> JSON:
    """Wait until the message (edited by the bot) shows the text `check` wants."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 10
    while True:
        message = api.get_message(chat_id, message_id)
        assert message is not None
        if check(message["text"]):
            return copy.deepcopy(message)  # as it reads now: later edits change the original
        assert loop.time() < deadline, f"the message still reads {message['text']!r}"
        await asyncio.sleep(0.05)


async def test_show_the_answer_then_knew_it_and_didnt_know(
    api: FakeBotAPI, vault: Library, tmp_path: Path
) -> None:
    alice = api.user(1, "Alice")
    chat = api.private_chat(alice)
    db = tmp_path / "tutor.db"
    async with running_bot(api, vault, db):
        mark = api.mark()
        api.send_text(chat, alice, "/quiz 2 объяснения")
        sent = await api.wait_for("sendMessage", check_message(1, 2), after=mark)
        first = sent.result["message_id"]
        asked = api.get_message(chat["id"], first)
        assert asked is not None
        title, question = asked["text"].split("\n\n")
        assert title == "🧠 Самопроверка 1/2"
        card = next(c for c in vault.kb.cards if question == f"{c.title}?")
        answer = card.definition
        assert len(answer) > 100 and answer not in asked["text"]
        assert [b["text"] for b in buttons(asked)] == ["Показать ответ"]

        await tap(api, chat, alice, first, "Показать ответ")
        shown = await text_becomes(api, chat["id"], first, lambda t: "Ответ:" in t)
        assert shown["text"] == (
            f"🧠 Самопроверка 1/2\n\n{question}\n\nОтвет: {answer}\nРаздел: Объяснения"
        )
        assert [b["text"] for b in buttons(shown)] == ["Знал", "Не знал"]

        mark = api.mark()
        await tap(api, chat, alice, first, "Знал")
        following = await api.wait_for("sendMessage", check_message(2, 2), after=mark)
        graded = api.get_message(chat["id"], first)
        assert graded is not None
        assert graded["text"] == f"{shown['text']}\n\n✅ Знал"
        assert "reply_markup" not in graded, "the choice is made: no more buttons"

        # A second tap on the old button is answered with a short notice, nothing else.
        stale = await tap_data(api, chat, alice, first, shown)
        assert stale.params["text"] == "Этот вопрос уже закрыт."

        second = following.result["message_id"]
        await tap(api, chat, alice, second, "Показать ответ")
        await text_becomes(api, chat["id"], second, lambda t: "Ответ:" in t)
        mark = api.mark()
        await tap(api, chat, alice, second, "Не знал")
        summary = await api.wait_for(
            "sendMessage", lambda c: "Самопроверка: знал" in str(c.params.get("text")), after=mark
        )
        last = await text_becomes(api, chat["id"], second, lambda t: t.endswith("❌ Не знал"))
        assert "reply_markup" not in last
    lines = str(summary.params["text"]).split("\n")
    assert lines[0] == "Самопроверка: знал 1 из 2."
    assert lines[1].startswith("Ошибки в: ")
    assert api.calls_of("sendPoll") == [] and api.calls_of("stopPoll") == []
    rows = await db_rows(
        db,
        "SELECT p.position, a.card_id, a.correct, a.points, a.selfcheck FROM answers a "
        "JOIN polls p ON p.poll_id = a.poll_id ORDER BY a.id",
    )
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [(0, 1, 0, 1), (1, 0, 0, 1)]
    assert rows[0][1] == card.id
    learnt = await db_rows(db, "SELECT card_id, repetitions, lapses FROM reviews")
    reviews = {r[0]: r[1:] for r in learnt}
    assert reviews[card.id] == (1, 0)
    assert reviews[rows[1][1]] == (0, 1)  # not known: a lapse, asked again soon


async def tap_data(api: FakeBotAPI, chat: JSON, user: JSON, message_id: int, old: JSON) -> Call:
    """Tap a button the message showed before (a client that has not refreshed yet)."""
    [knew] = [b for b in buttons(old) if b["text"] == "Знал"]
    mark = api.mark()
    api.press_button(chat, user, knew["callback_data"], message_id)
    return await api.wait_for("answerCallbackQuery", after=mark)


async def test_in_a_group_the_owner_shows_the_answer_and_everyone_grades_themselves(
    api: FakeBotAPI, vault: Library, tmp_path: Path
) -> None:
    alice, bob = api.user(1, "Alice"), api.user(2, "Bob")
    group = api.group_chat(950)
    db = tmp_path / "tutor.db"
    async with running_bot(api, vault, db) as (tutor, app):
        mark = api.mark()
        api.send_text(group, alice, "/quiz 2 объяснения")
        sent = await api.wait_for("sendMessage", check_message(1, 2), after=mark)
        first = sent.result["message_id"]

        refused = await tap(api, group, bob, first, "Показать ответ")
        assert refused.params["text"] == "Ответ откроет тот, кто начал викторину."
        assert refused.params["show_alert"] is True
        await tap(api, group, alice, first, "Показать ответ")
        await text_becomes(api, group["id"], first, lambda t: "Ответ:" in t)

        recorded = await tap(api, group, bob, first, "Знал")
        assert recorded.params["text"] == "Записано: знал."
        again = await tap(api, group, bob, first, "Не знал")
        assert again.params["text"] == "Ваш ответ уже записан."
        assert not [c for c in api.calls_of("sendMessage") if check_message(2, 2)(c)]

        mark = api.mark()
        owner = await tap(api, group, alice, first, "Не знал")
        assert owner.params["text"] == "Записано: не знал."
        await api.wait_for("sendMessage", check_message(2, 2), after=mark)
        still = api.get_message(group["id"], first)
        assert still is not None
        assert [b["text"] for b in buttons(still)] == ["Знал", "Не знал"], "others may still"

        # Nobody grades the second one: time runs out, its message shows the answer.
        [quiz] = await tutor.repo.quizzes.active(group["id"])
        jobs = app.job_queue
        assert jobs is not None
        name = flow.timeout_job(quiz.id, 1)

        async def scheduled() -> bool:  # right after the question is sent and recorded
            return bool(jobs.get_jobs_by_name(name))

        await wait_until(scheduled)
        [job] = jobs.get_jobs_by_name(name)
        job.schedule_removal()
        mark = api.mark()
        await job.run(app)
        summary = await api.wait_for(
            "sendMessage", lambda c: "Итоги викторины" in str(c.params.get("text")), after=mark
        )
        pending = await tutor.repo.quizzes.poll_at(quiz.id, 1)
        assert pending is not None and pending.message_id is not None
        timed = api.get_message(group["id"], pending.message_id)
        assert timed is not None
        assert "\n\nОтвет: " in timed["text"] and timed["text"].endswith("⏰ Время вышло.")
        assert "reply_markup" not in timed
        # The quiz is over: the first question's buttons go too, its answer stays.
        closed = await text_becomes(api, group["id"], first, lambda t: "Ответ:" in t)
        await until_no_buttons(api, group["id"], first)
        assert closed["text"].startswith("🧠 Самопроверка 1/2")
    assert str(summary.params["text"]).split("\n")[:3] == [
        "Итоги викторины:",
        "Bob: самопроверка 1/1",
        "Alice: самопроверка 0/1",
    ]
    assert api.calls_of("stopPoll") == [], "a self-check is no poll"
    rows = await db_rows(db, "SELECT user_id, correct, points, selfcheck FROM answers ORDER BY id")
    assert rows == [(2, 1, 0, 1), (1, 0, 0, 1)]


async def until_no_buttons(api: FakeBotAPI, chat_id: int, message_id: int) -> None:
    await wait_until(lambda: _no_buttons(api, chat_id, message_id))


async def _no_buttons(api: FakeBotAPI, chat_id: int, message_id: int) -> bool:
    message = api.get_message(chat_id, message_id)
    return message is not None and "reply_markup" not in message


async def wait_until(check: Callable[[], Awaitable[bool]], timeout: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await check():
        assert loop.time() < deadline, "condition not reached in time"
        await asyncio.sleep(0.05)
