"""Messages that state facts must state true ones: review dates, stats, summaries, rounds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.bootstrap import Tutor
from bot.services.zones import resolve_zone, zone_label
from bot.tg.app import App
from tests.fakeapi import FakeBotAPI
from tests.support import FakeClock, feed, running_app, settings_for

JSON = dict[str, Any]


async def _vote(world: FakeBotAPI, app: App, chat_id: int, user: JSON, right: bool) -> None:
    poll = world.last_poll(chat_id)
    ok = poll["correct_option_ids"][0]
    await feed(app, world.answer_poll(poll["id"], user, [ok if right else (ok + 1) % 4]))


async def test_review_says_when_the_next_review_is_due(
    world: FakeBotAPI, tutor: Tutor, clock: FakeClock, tmp_path: Path
) -> None:
    alice = world.user(1, "Alice")
    chat = world.private_chat(alice)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(chat, alice, "/review"))
        new_user = world.sent_texts(chat["id"])[-1]
        await feed(app, world.send_text(chat, alice, "/quiz 1"))
        await _vote(world, app, chat["id"], alice, right=False)
        await feed(app, world.send_text(chat, alice, "/review"))
        after_mistake = world.sent_texts(chat["id"])[-1]
        await feed(app, world.send_text(chat, alice, "/stats"))
        stats = world.sent_texts(chat["id"])[-1]
    assert new_user.startswith("Повторять пока нечего: вы ещё не отвечали на вопросы.")
    assert "—." not in new_user and "до" not in new_user.split(".")[0]
    # 09:00 UTC is 12:00 in Moscow; a lapse comes back within minutes, the same day.
    assert after_mistake.startswith("Повторять пока нечего. Следующее повторение — сегодня в 12:")
    assert clock.now.date().isoformat() not in after_mistake
    assert "Карточек к повторению" not in stats
    assert "Больше всего ошибок: " in stats
    assert "Повторять сейчас нечего; следующее повторение — сегодня в 12:" in stats
    assert "Дней подряд: 1 (рекорд: 1)" in stats
    assert "Верных ответов подряд: 0 (рекорд: 0)" in stats


async def test_stats_send_to_review_when_cards_are_due(
    world: FakeBotAPI, tutor: Tutor, clock: FakeClock, tmp_path: Path
) -> None:
    alice = world.user(1, "Alice")
    chat = world.private_chat(alice)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(chat, alice, "/quiz 1"))
        await _vote(world, app, chat["id"], alice, right=False)
        clock.advance(24 * 3600)
        await feed(app, world.send_text(chat, alice, "/stats"))
    assert "Пора повторить: 1 карточка — /review" in world.sent_texts(chat["id"])[-1]


async def test_a_round_everyone_got_wrong_is_not_called_unanswered(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    admin, player = world.user(2, "Admin"), world.user(1, "Player")
    group = world.group_chat(900)
    world.set_admin(group["id"], 2)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(group, admin, "/compete 3 30"))
        await _vote(world, app, group["id"], player, right=False)
        await _vote(world, app, group["id"], admin, right=False)
        await feed(app, world.send_text(group, admin, "/stop"))
    results = world.sent_texts(group["id"])[-1]
    assert "Никто не ответил" not in results
    assert "Верных ответов не было, очков никто не набрал. Участвовали: " in results
    assert "Player" in results and "Admin" in results


async def test_timezone_accepts_cities_and_offsets(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    alice = world.user(1, "Alice")
    chat = world.private_chat(alice)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        for zone in ("Москва", "UTC+3", "Нью-Йорк", "asia/tokyo"):
            await feed(app, world.send_text(chat, alice, f"/timezone {zone}"))
    assert world.sent_texts(chat["id"]) == [
        "Часовой пояс чата: Europe/Moscow.",
        "Часовой пояс чата: UTC+3.",
        "Часовой пояс чата: America/New_York.",
        "Часовой пояс чата: Asia/Tokyo.",
    ]


@pytest.mark.parametrize(
    ("typed", "label"),
    [
        ("Europe/Moscow", "Europe/Moscow"),
        ("москва", "Europe/Moscow"),
        ("Санкт-Петербург", "Europe/Moscow"),
        ("Екатеринбург", "Asia/Yekaterinburg"),
        ("utc+3", "UTC+3"),
        ("UTC-5", "UTC-5"),
        ("GMT+0", "UTC"),
        ("london", "Europe/London"),
        ("new_york", "America/New_York"),
    ],
)
def test_zone_names_people_type(typed: str, label: str) -> None:
    zone = resolve_zone(typed)
    assert zone is not None and zone_label(zone) == label


@pytest.mark.parametrize("typed", ["", "Mars/Olympus", "UTC+15", "UTC+5:30", "../etc/passwd"])
def test_zone_names_that_are_no_zone(typed: str) -> None:
    assert resolve_zone(typed) is None
