"""End to end over HTTP polling: a timed group competition and daily pushes with restarts."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

from bot.bootstrap import Tutor
from bot.config import Settings
from bot.services.library import Library
from bot.storage.repo import Repository
from tests.fakeapi import FakeBotAPI
from tests.support import FakeClock, answer_count, open_tutor, polling_app, settings_for


async def until(check: Callable[[], Awaitable[bool]], timeout: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await check():
        assert loop.time() < deadline, "condition not reached in time"
        await asyncio.sleep(0.05)


@asynccontextmanager
async def running_bot(
    api: FakeBotAPI, library: Library, db: Path, clock: FakeClock, settings: Settings
) -> AsyncIterator[Tutor]:
    """The bot polling the fake server over `db` until the block ends (a restart each time)."""
    tutor = await open_tutor(db, library, clock, seed=3, timezone="UTC")
    try:
        async with polling_app(api, tutor, settings):
            yield tutor
    finally:
        await tutor.close()


async def test_competition_podium_orders_by_speed(
    api: FakeBotAPI, library, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    admin, fast, slow = api.user(10, "Admin"), api.user(1, "Fast"), api.user(2, "Slow")
    group = api.group_chat(700)
    api.set_admin(group["id"], 10)
    clock = FakeClock(datetime(2026, 11, 25, 12, 0, tzinfo=UTC))
    settings = settings_for(tmp_path, timezone="UTC")
    async with running_bot(api, library, tmp_path / "tutor.db", clock, settings) as tutor:
        mark = api.mark()
        api.send_text(group, fast, "/compete 3 5")
        await api.wait_for("sendMessage", after=mark)
        assert api.sent_texts(group["id"])[-1] == "Это могут делать только администраторы чата."

        mark = api.mark()
        api.send_text(group, admin, "/compete 3 5")
        for question in range(3):
            call = await api.wait_for("sendPoll", after=mark, timeout=15)
            mark = api.mark()
            assert call.params["open_period"] == 5
            assert call.params["is_anonymous"] is False
            poll = api.last_poll(group["id"])
            right = poll["correct_option_ids"][0]
            api.answer_poll(poll["id"], fast, [right])
            await until(lambda n=2 * question + 1: _count(tutor, n))
            clock.advance(3)
            api.answer_poll(poll["id"], slow, [right])
            await until(lambda n=2 * question + 2: _count(tutor, n))
        await api.wait_for(
            "sendMessage",
            lambda c: "Итоги соревнования" in str(c.params.get("text")),
            after=mark,
            timeout=15,
        )
    texts = api.sent_texts(group["id"])
    assert texts[1].startswith("🏁 Соревнование! 3 вопроса, по 5 с на каждый.")
    assert any(t.startswith("После вопроса 1/3: Fast 1000, Slow 700") for t in texts)
    results = texts[-1].split("\n")
    assert results[0] == "🏆 Итоги соревнования"
    assert results[1] == "🥇 Fast — 3300 очков (3/3)"
    assert results[2] == "🥈 Slow — 2400 очков (3/3)"
    assert results[3].startswith("🎯 Самый точный: Fast")
    repo = await Repository.open(tmp_path / "tutor.db")
    try:
        assert await repo.rounds.running(group["id"]) is None
        board = await repo.answers.leaderboard(group["id"], None)
        assert [(r.name, r.points) for r in board] == [("Fast", 3300), ("Slow", 2400)]
    finally:
        await repo.close()


async def _count(tutor: Tutor, n: int) -> bool:
    return await answer_count(tutor.repo) >= n


async def test_daily_push_is_sent_once_across_a_restart(
    api: FakeBotAPI, library, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    alice = api.user(1, "Alice")
    chat = api.private_chat(alice)
    db = tmp_path / "tutor.db"
    clock = FakeClock(datetime(2026, 11, 25, 9, 0, 10, tzinfo=UTC))
    settings = settings_for(tmp_path, timezone="UTC", push_interval=0.2)
    async with running_bot(api, library, db, clock, settings):
        mark = api.mark()
        api.send_text(chat, alice, "/daily 09:01")
        await api.wait_for("sendMessage", after=mark)
        assert api.sent_texts(chat["id"])[-1] == "Готово: викторина каждый день в 09:01 (UTC)."
        await asyncio.sleep(0.6)
        assert not api.calls_of("sendPoll"), "pushed before its time"
        clock.advance(60)
        await api.wait_for("sendPoll", timeout=10)
        await asyncio.sleep(0.6)
    pushes = [t for t in api.sent_texts(chat["id"]) if t.startswith("☀️ Ежедневная викторина")]
    assert pushes == ["☀️ Ежедневная викторина: 3 вопроса."]
    assert len(api.calls_of("sendPoll")) == 3
    clock.advance(20)
    async with running_bot(api, library, db, clock, settings):
        await asyncio.sleep(1.0)
    pushes = [t for t in api.sent_texts(chat["id"]) if t.startswith("☀️ Ежедневная викторина")]
    assert len(pushes) == 1, "the restart repeated the push"
    assert len(api.calls_of("sendPoll")) == 3


async def test_blocked_chat_is_unsubscribed_and_others_still_get_the_push(
    api: FakeBotAPI,
    library,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    alice, admin = api.user(1, "Alice"), api.user(10, "Admin")
    chat = api.private_chat(alice)
    group = api.group_chat(800)
    api.set_admin(group["id"], 10)
    db = tmp_path / "tutor.db"
    clock = FakeClock(datetime(2026, 11, 25, 9, 0, 10, tzinfo=UTC))
    settings = settings_for(tmp_path, timezone="UTC", push_interval=0.2)
    async with running_bot(api, library, db, clock, settings):
        for who, where in ((alice, chat), (admin, group)):
            mark = api.mark()
            api.send_text(where, who, "/daily 09:01")
            await api.wait_for("sendMessage", after=mark)
        api.block(chat["id"])
        clock.advance(60)
        await api.wait_for("sendPoll", lambda c: c.params["chat_id"] == group["id"], timeout=10)
        await asyncio.sleep(0.5)
    repo = await Repository.open(db)
    try:
        subs = [s.chat_id for s in await repo.pushes.subscriptions()]
    finally:
        await repo.close()
    assert subs == [group["id"]]
    assert len([c for c in api.calls_of("sendPoll") if c.params["chat_id"] == group["id"]]) == 3
