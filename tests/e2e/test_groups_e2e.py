"""End to end over HTTP polling: a timed group competition and daily pushes with restarts."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.services import Tutor
from bot.storage.repo import Repository
from tests.conftest import FakeClock
from tests.e2e.harness import polling_app
from tests.fakeapi import FakeBotAPI
from tests.tgkit import settings_for


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as server:
        yield server


async def until(check: Callable[[], Awaitable[bool]], timeout: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await check():
        assert loop.time() < deadline, "condition not reached in time"
        await asyncio.sleep(0.05)


async def new_tutor(library, db: Path, clock: FakeClock) -> Tutor:  # type: ignore[no-untyped-def]
    repo = await Repository.open(db)
    return Tutor(library=library, repo=repo, clock=clock, default_tz="UTC", rng=random.Random(3))


async def test_competition_podium_orders_by_speed(
    api: FakeBotAPI, library, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    admin, fast, slow = api.user(10, "Admin"), api.user(1, "Fast"), api.user(2, "Slow")
    group = api.group_chat(700)
    api.set_admin(group["id"], 10)
    clock = FakeClock(datetime(2026, 11, 25, 12, 0, tzinfo=UTC))
    tutor = await new_tutor(library, tmp_path / "tutor.db", clock)
    settings = settings_for(tmp_path, timezone="UTC")
    async with polling_app(api, tutor, settings):
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
    assert results[1] == "🥇 Fast — 3300 очк. (3/3)"
    assert results[2] == "🥈 Slow — 2400 очк. (3/3)"
    assert results[3].startswith("🎯 Самый точный: Fast")
    repo = await Repository.open(tmp_path / "tutor.db")
    try:
        assert await repo.running_round(group["id"]) is None
        board = await repo.leaderboard(group["id"], None)
        assert [(r.name, r.points) for r in board] == [("Fast", 3300), ("Slow", 2400)]
    finally:
        await repo.close()


async def _count(tutor: Tutor, n: int) -> bool:
    return await tutor.repo.answer_count() >= n


async def test_daily_push_is_sent_once_across_a_restart(
    api: FakeBotAPI, library, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    alice = api.user(1, "Alice")
    chat = api.private_chat(alice)
    db = tmp_path / "tutor.db"
    clock = FakeClock(datetime(2026, 11, 25, 9, 0, 10, tzinfo=UTC))
    settings = settings_for(tmp_path, timezone="UTC", push_interval=0.2)
    async with polling_app(api, await new_tutor(library, db, clock), settings):
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
    async with polling_app(api, await new_tutor(library, db, clock), settings):
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
    async with polling_app(api, await new_tutor(library, db, clock), settings):
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
        subs = [s.chat_id for s in await repo.subscriptions()]
    finally:
        await repo.close()
    assert subs == [group["id"]]
    assert len([c for c in api.calls_of("sendPoll") if c.params["chat_id"] == group["id"]]) == 3
