"""End to end over HTTP polling: topics in chats (issue #13) on the fixture vault
`tests/fixtures/topics` (folders `linux/` and `сети/`, note tags, frontmatter tags)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.bootstrap import Tutor
from bot.config import Settings
from bot.core.models import Card
from bot.i18n import t
from bot.services.library import Library, load_library
from bot.storage.repo import Repository
from tests.fakeapi import FakeBotAPI
from tests.support import ROOT, FakeClock, answer_count, open_tutor, polling_app, settings_for

TOPICS = ROOT / "tests" / "fixtures" / "topics"
ADMINS_ONLY = "Это могут делать только администраторы чата."


@pytest.fixture(scope="module")
def vault() -> Library:
    return load_library(TOPICS)


@asynccontextmanager
async def running_bot(
    api: FakeBotAPI, library: Library, db: Path, clock: FakeClock, settings: Settings
) -> AsyncIterator[Tutor]:
    tutor = await open_tutor(db, library, clock, seed=5, timezone="UTC")
    try:
        async with polling_app(api, tutor, settings):
            yield tutor
    finally:
        await tutor.close()


async def until(check: Callable[[], Awaitable[bool]], timeout: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await check():
        assert loop.time() < deadline, "condition not reached in time"
        await asyncio.sleep(0.05)


async def say(api: FakeBotAPI, chat: dict[str, Any], user: dict[str, Any], text: str) -> str:
    """The user writes `text`; the bot's next message in that chat."""
    mark = api.mark()
    api.send_text(chat, user, text)
    call = await api.wait_for(
        "sendMessage", lambda c: c.params.get("chat_id") == chat["id"], after=mark
    )
    return str(call.params["text"])


async def answer_linux_polls(
    api: FakeBotAPI,
    tutor: Tutor,
    vault: Library,
    chat: dict[str, Any],
    user: dict[str, Any],
    n: int,
    mark: int,
) -> int:
    """Each of the quiz's `n` polls asks about linux, never сети; `user` answers it right.
    The mark after the last poll comes back."""
    for i in range(n):
        await api.wait_for("sendPoll", after=mark)
        mark = api.mark()
        poll = api.last_poll(chat["id"])
        assert_on_topic(poll, vault, "linux", "сети")
        api.answer_poll(poll["id"], user, poll["correct_option_ids"])
        await until(lambda count=i + 1: _answers(tutor, count))
    return mark


def cards_in(library: Library, topic: str) -> list[Card]:
    members = set(library.topics.cards_of(topic))
    return [c for c in library.kb.cards if c.id in members]


def polls_in(api: FakeBotAPI, chat_id: int) -> list[dict[str, Any]]:
    return [p for p in api.polls.values() if p["chat_id"] == chat_id]


def assert_on_topic(poll: dict[str, Any], library: Library, topic: str, other: str) -> None:
    """What the user sees names a card of `topic` and nothing of the `other` topic."""
    mine, theirs = cards_in(library, topic), cards_in(library, other)
    options = [o["text"] for o in poll["options"]]
    right = options[poll["correct_option_ids"][0]]
    shown = " ".join([poll["question"], *options])
    assert any(f"«{c.title}»" in poll["question"] or right == c.title for c in mine), poll
    for card in theirs:
        assert f"«{card.title}»" not in poll["question"] and card.title not in options, poll
        assert card.definition[:40] not in shown, poll


async def db_rows(db: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    repo = await Repository.open(db)
    try:
        return [tuple(r) for r in await repo.db.fetchall(sql, params)]
    finally:
        await repo.close()


async def test_topic_in_a_group_is_set_by_admins_and_scopes_a_quiz(
    api: FakeBotAPI, vault: Library, tmp_path: Path
) -> None:
    admin, member = api.user(10, "Admin"), api.user(2, "Member")
    group = api.group_chat(900)
    api.set_admin(group["id"], 10)
    db = tmp_path / "tutor.db"
    settings = settings_for(tmp_path, timezone="UTC", content_dir=TOPICS)
    async with running_bot(api, vault, db, FakeClock(), settings) as tutor:
        assert await say(api, group, member, "/topic linux") == ADMINS_ONLY
        assert await tutor.repo.users.chat_topic(group["id"]) is None

        # The admin types it in the wrong keyboard layout: still linux.
        assert await say(api, group, admin, "/topic kbyerc") == t("ru", "topic_set", topic="linux")
        assert await tutor.repo.users.chat_topic(group["id"]) == "linux"
        shown = await say(api, group, member, "/topic")
        assert shown.startswith("Тема чата: linux (9 карточек).")

        unknown = await say(api, group, admin, "/topic химия")
        assert unknown == "Не знаю темы «химия». Ближе всего: linux, сети. Все темы: /topics"
        assert await tutor.repo.users.chat_topic(group["id"]) == "linux"

        # Anyone's /quiz without a topic now asks about linux only.
        mark = api.mark()
        api.send_text(group, member, "/quiz 2")
        mark = await answer_linux_polls(api, tutor, vault, group, member, 2, mark)
        await api.wait_for("sendMessage", lambda c: "Итог" in str(c.params["text"]), after=mark)
        assert "Викторина: 2 вопроса. Отвечайте в опросах!\nТема: linux" in api.sent_texts(
            group["id"]
        )

        cleared = await say(api, group, admin, "/topic all")
        assert cleared == t("ru", "topic_cleared")
        assert await tutor.repo.users.chat_topic(group["id"]) is None
    rows = await db_rows(db, "SELECT topic FROM quizzes WHERE chat_id = ?", group["id"])
    assert rows == [("linux",)]


async def test_quiz_on_a_named_topic_asks_only_its_cards(
    api: FakeBotAPI, vault: Library, tmp_path: Path
) -> None:
    alice = api.user(1, "Alice")
    chat = api.private_chat(alice)
    db = tmp_path / "tutor.db"
    settings = settings_for(tmp_path, timezone="UTC", content_dir=TOPICS)
    linux = {c.id for c in cards_in(vault, "linux")}
    async with running_bot(api, vault, db, FakeClock(), settings) as tutor:
        assert await say(api, chat, alice, "/quiz 2 химия") == (
            "Не знаю темы «химия». Ближе всего: linux, сети. Все темы: /topics"
        )
        mark = api.mark()
        api.send_text(chat, alice, "/quiz 3 linux")
        mark = await answer_linux_polls(api, tutor, vault, chat, alice, 3, mark)
        summary = await api.wait_for(
            "sendMessage", lambda c: "Итог" in str(c.params.get("text")), after=mark
        )
    assert (
        api.sent_texts(chat["id"])[1] == "Викторина: 3 вопроса. Отвечайте в опросах!\nТема: linux"
    )
    buttons = [b for row in summary.params["reply_markup"]["inline_keyboard"] for b in row]
    topic_id = vault.topics.by_key["linux"].id
    assert buttons[-1] == {"text": "Ещё по теме", "callback_data": f"v1|more|5|{topic_id}"}
    asked = await db_rows(db, "SELECT card_id FROM polls WHERE chat_id = ?", chat["id"])
    assert len(asked) == 3 and {cid for (cid,) in asked} <= linux


async def _answers(tutor: Tutor, n: int) -> bool:
    return await answer_count(tutor.repo) >= n


async def test_topics_buttons_start_a_quiz_on_the_topic_tapped(
    api: FakeBotAPI, vault: Library, tmp_path: Path
) -> None:
    alice = api.user(1, "Alice")
    chat = api.private_chat(alice)
    settings = settings_for(tmp_path, timezone="UTC", content_dir=TOPICS)
    async with running_bot(api, vault, tmp_path / "tutor.db", FakeClock(), settings):
        mark = api.mark()
        api.send_text(chat, alice, "/topics")
        listing = await api.wait_for("sendMessage", lambda c: c.result is not None, after=mark)
        rows = listing.params["reply_markup"]["inline_keyboard"]
        labels = [row[0]["text"] for row in rows]
        assert labels == [
            "linux · 9",
            "linux › процессы · 6",
            "linux › файлы · 3",
            "сети · 5",
            "сети › dns · 1",
        ]
        mark = api.mark()
        api.press_button(chat, alice, rows[3][0]["callback_data"], listing.result["message_id"])
        await api.wait_for("sendPoll", after=mark)
        poll = api.last_poll(chat["id"])
        assert_on_topic(poll, vault, "сети", "linux")
    assert "Викторина: 5 вопросов. Отвечайте в опросах!\nТема: сети" in api.sent_texts(chat["id"])


async def test_a_competition_on_a_topic(api: FakeBotAPI, vault: Library, tmp_path: Path) -> None:
    admin, player = api.user(10, "Admin"), api.user(3, "Player")
    group = api.group_chat(901)
    api.set_admin(group["id"], 10)
    db = tmp_path / "tutor.db"
    settings = settings_for(tmp_path, timezone="UTC", content_dir=TOPICS)
    networks = {c.id for c in cards_in(vault, "сети")}
    async with running_bot(api, vault, db, FakeClock(), settings) as tutor:
        assert await say(api, group, player, "/compete 3 30 сети") == ADMINS_ONLY
        start = await say(api, group, admin, "/compete 3 30 сетям")
        assert start.startswith("🏁 Соревнование! 3 вопроса, по 30 с на каждый.")
        assert start.endswith("\nТема: сети")
        sent = await api.wait_for("sendPoll", lambda c: c.params["chat_id"] == group["id"])
        assert sent.params["open_period"] == 30
        poll = api.last_poll(group["id"])
        assert_on_topic(poll, vault, "сети", "linux")
        api.answer_poll(poll["id"], player, poll["correct_option_ids"])
        await until(lambda: _answers(tutor, 1))
        results = await say(api, group, admin, "/stop")
    assert results.split("\n")[:2] == ["🏆 Итоги соревнования", "🥇 Player — 1000 очков (1/1)"]
    [(topic, questions)] = await db_rows(
        db, "SELECT topic, questions FROM quizzes WHERE chat_id = ?", group["id"]
    )
    assert topic == "сети"
    assert {q["card_id"] for q in json.loads(questions)} <= networks


async def test_a_daily_push_follows_the_chats_topic(
    api: FakeBotAPI, vault: Library, tmp_path: Path
) -> None:
    admin = api.user(10, "Admin")
    group = api.group_chat(902)
    api.set_admin(group["id"], 10)
    db = tmp_path / "tutor.db"
    clock = FakeClock(datetime(2026, 11, 25, 9, 0, 10, tzinfo=UTC))
    settings = settings_for(tmp_path, timezone="UTC", push_interval=0.2, content_dir=TOPICS)
    networks = {c.id for c in cards_in(vault, "сети")}
    async with running_bot(api, vault, db, clock, settings):
        assert await say(api, group, admin, "/topic сети") == t("ru", "topic_set", topic="сети")
        done = await say(api, group, admin, "/daily 09:01 3")
        assert done.splitlines()[1] == t("ru", "daily_topic", topic="сети")
        state = await say(api, group, admin, "/daily")
        assert state.splitlines() == [
            t("ru", "daily_on", time="09:01", tz="UTC", n=3),
            "Тема: сети (сменить: /topic).",
        ]
        clock.advance(60)

        async def pushed() -> bool:
            return len(polls_in(api, group["id"])) >= 3

        await until(pushed)
    pushes = [x for x in api.sent_texts(group["id"]) if x.startswith("☀️")]
    assert pushes == ["☀️ Ежедневная викторина: 3 вопроса.\nТема: сети"]
    polls = polls_in(api, group["id"])
    assert len(polls) == 3
    for poll in polls:
        assert_on_topic(poll, vault, "сети", "linux")
    asked = await db_rows(db, "SELECT card_id FROM polls WHERE chat_id = ?", group["id"])
    assert {cid for (cid,) in asked} <= networks
    [(topic,)] = await db_rows(db, "SELECT topic FROM quizzes WHERE kind = 'daily'")
    assert topic == "сети"


async def test_related_buttons_prefer_cards_linked_in_the_vault(
    api: FakeBotAPI, vault: Library, tmp_path: Path
) -> None:
    alice = api.user(1, "Alice")
    chat = api.private_chat(alice)
    settings = settings_for(tmp_path, timezone="UTC", content_dir=TOPICS)
    async with running_bot(api, vault, tmp_path / "tutor.db", FakeClock(), settings):
        mark = api.mark()
        api.send_text(chat, alice, "что такое PID?")
        reply = await api.wait_for("sendMessage", after=mark)
    assert str(reply.params["text"]).startswith("<b>PID</b>")
    labels = [row[0]["text"] for row in reply.params["reply_markup"]["inline_keyboard"]]
    # The note PID links to fork and Сигналы, in this order (fork also links back to it).
    assert labels[:3] == ["Проверить себя", "Похожее: fork", "Похожее: Сигналы"]
