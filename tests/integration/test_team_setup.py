"""A team admin's first hour: adding the bot to a group, /help there, /id, the allow-list,
the command menus, and `.env` files as Compose reads them."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import time
from pathlib import Path

from bot.bootstrap import Tutor
from bot.config import read_env_file
from bot.services.types import ChatInfo
from tests.fakeapi import FakeBotAPI
from tests.support import FakeClock, feed, running_app, settings_for


async def test_added_to_a_group_it_says_how_to_use_it(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    admin = world.user(2, "Admin")
    group = world.group_chat(950, "Team")
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.chat_member_update(group, admin, "member", "left"))
        # Promoted later: no second greeting.
        await feed(app, world.chat_member_update(group, admin, "administrator", "member"))
    [greeting] = world.sent_texts(group["id"])
    assert greeting.startswith("Привет! Я учу команду по её конспектам.")
    for how in ("/define термин", "/quiz 5", "/compete 10 20", "/daily 09:30", "/help"):
        assert how in greeting
    assert "запускают администраторы группы" in greeting
    assert "?термин" not in greeting, "privacy mode is on: ?term would not reach the bot"


async def test_group_help_says_what_privacy_mode_hides_and_what_needs_an_admin(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    alice = world.user(1, "Alice")
    group = world.group_chat(951)
    chat = world.private_chat(alice)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(group, alice, "/help"))
        await feed(app, world.send_text(chat, alice, "/help"))
    group_help = world.sent_texts(group["id"])[-1]
    assert "Только администраторам группы:\n/compete" in group_help
    assert "Режим приватности включён" in group_help
    assert "@tutor_test_bot" in group_help
    assert "/setprivacy" in group_help and "добавьте меня в группу заново" in group_help
    private_help = world.sent_texts(chat["id"])[-1]
    assert private_help.startswith("Что я умею:")
    assert "Режим приватности" not in private_help


async def test_id_shows_the_ids_an_owner_needs(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    alice = world.user(1, "Alice")
    group = world.group_chat(952)
    chat = world.private_chat(alice)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(chat, alice, "/id"))
        await feed(app, world.send_text(group, alice, "/id"))
    assert world.sent_texts(chat["id"])[-1].startswith("Ваш ID: 1.\n")
    group_id = world.sent_texts(group["id"])[-1]
    assert group_id.startswith(f"ID этой группы: {group['id']}. Ваш ID: 1.")
    assert "TUTOR_ALLOWED_CHATS" in group_id and "TUTOR_ADMINS" in group_id


async def test_the_allow_list_keeps_strangers_out(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    member, stranger = world.user(1, "Member"), world.user(5, "Stranger")
    team, other = world.group_chat(953, "Team"), world.group_chat(954, "Other")
    settings = replace(settings_for(tmp_path), allowed_chats=frozenset({member["id"], team["id"]}))
    async with running_app(world, tutor, settings) as app:
        await feed(app, world.send_text(world.private_chat(member), member, "что такое образ"))
        await feed(app, world.send_text(world.private_chat(stranger), stranger, "что такое образ"))
        await feed(app, world.send_text(world.private_chat(stranger), stranger, "/id"))
        await feed(app, world.send_text(team, stranger, "/define образ"))
        await feed(app, world.send_text(other, member, "/define образ"))
        await feed(app, world.send_text(other, member, "просто болтовня"))
        await feed(app, world.chat_member_update(other, member, "member", "left"))
        await feed(app, world.inline_query(stranger, "образ"))
    assert world.sent_texts(member["id"])[-1].startswith("Docker image")
    refused, stranger_id = world.sent_texts(stranger["id"])
    assert refused.startswith("Я отвечаю только своей команде. Ваш ID: 5")
    assert stranger_id.startswith("Ваш ID: 5.")
    assert world.sent_texts(team["id"])[-1].startswith("Docker image"), "anyone in a listed group"
    refused_group, greeting = world.sent_texts(other["id"])
    assert refused_group.startswith("Эта группа не в списке TUTOR_ALLOWED_CHATS.")
    assert str(other["id"]) in refused_group and str(other["id"]) in greeting
    assert world.calls_of("answerInlineQuery")[-1].params["results"] == []


async def test_command_menus_by_scope_and_language(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    async with running_app(world, tutor, settings_for(tmp_path)):
        pass

    def menu(scope: str, lang: str = "") -> list[str]:
        calls = [
            c
            for c in world.calls_of("setMyCommands")
            if (c.params.get("scope") or {}).get("type", "default") == scope
            and (c.params.get("language_code") or "") == lang
        ]
        commands = calls[-1].params["commands"]
        if isinstance(commands, str):
            commands = json.loads(commands)
        return [c["command"] for c in commands]

    assert "compete" not in menu("all_private_chats")
    assert "compete" not in menu("all_group_chats") and "daily" not in menu("all_group_chats")
    assert {"compete", "daily", "timezone", "stop"} <= set(menu("all_chat_administrators"))
    assert menu("all_group_chats", "en") == menu("all_group_chats")
    assert "id" in menu("default")


def test_env_file_values_with_inline_comments(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text(
        "# a comment line\n"
        "TELEGRAM_BOT_TOKEN=123:ABC   # from @BotFather\n"
        "TUTOR_ADMINS= # nobody yet\n"
        "TUTOR_TIMEZONE='Europe/Moscow' # quoted\n"
        "TELEGRAM_API_URL=http://x/#frag\n",
        encoding="utf-8",
    )
    assert read_env_file(env) == {
        "TELEGRAM_BOT_TOKEN": "123:ABC",
        "TUTOR_ADMINS": "",
        "TUTOR_TIMEZONE": "Europe/Moscow",
        "TELEGRAM_API_URL": "http://x/#frag",
    }


async def test_daily_pushes_keep_to_the_allow_list(
    world: FakeBotAPI, tutor: Tutor, clock: FakeClock, tmp_path: Path
) -> None:
    team, former = world.group_chat(955, "Team"), world.group_chat(956, "Former team")
    for chat in (team, former):  # both subscribed while the bot still served them
        await tutor.services.pushes.subscribe(
            ChatInfo(id=chat["id"], type="group", title=chat["title"]), time(12, 1), 1
        )
    clock.advance(120)  # 12:02 in Moscow (the tutor's zone): both pushes are due
    settings = replace(settings_for(tmp_path), allowed_chats=frozenset({team["id"]}))
    async with running_app(world, tutor, settings) as app:
        [job] = app.job_queue.get_jobs_by_name("daily-push")
        await job.run(app)
    assert world.sent_texts(team["id"])[0].startswith("☀️")
    assert world.calls_of("sendPoll") and all(
        c.params["chat_id"] == team["id"] for c in world.calls_of("sendPoll")
    )
    assert world.sent_texts(former["id"]) == []
    # Nothing is deleted: listing the chat again brings its pushes back.
    assert {s.chat_id for s in await tutor.repo.pushes.subscriptions()} == {
        team["id"],
        former["id"],
    }
