"""Who may do what: group settings, owner commands, other people's data, a removed bot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.bootstrap import Tutor
from bot.i18n import t
from bot.tg.app import App
from bot.tg.callbacks import encode
from tests.fakeapi import FakeBotAPI
from tests.robustness.kit import TALLY
from tests.support import answer_count, feed, running_app, settings_for, user_name

JSON = dict[str, Any]
OWNER = 999  # TUTOR_ADMINS in settings_for
ADMINS_ONLY = t("ru", "admins_only")


async def _say(app: App, world: FakeBotAPI, chat: JSON, user: JSON, text: str) -> str:
    """The bot's reply text to `text` (or "" for silence)."""
    before = len(world.sent_texts(chat["id"]))
    await feed(app, world.send_text(chat, user, text))
    replies = world.sent_texts(chat["id"])[before:]
    return replies[-1] if replies else ""


# "restricted" is left out: the fake's ChatMemberRestricted lacks `can_edit_tag`, which
# PTB 22.8 requires (reported; tests/fakeapi/ is not part of this suite).
@pytest.mark.parametrize("status", ["member", "left", "kicked"])
async def test_only_chat_admins_change_group_settings(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path, status: str
) -> None:
    group = world.group_chat(70)
    user = world.user(1, "Someone")
    world.set_member(group["id"], 1, status)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        for command in ("/daily 09:00", "/daily off", "/timezone Asia/Tokyo",
                        "/compete 1 30", "/topic docker", "/topic all"):  # fmt: skip
            TALLY.bad()
            assert await _say(app, world, group, user, command) == ADMINS_ONLY, command
        # Nothing runs, so there is nothing to refuse: /stop says so to anyone.
        assert await _say(app, world, group, user, "/stop") == t("ru", "stop_none")
        assert await _say(app, world, group, user, "/daily") == t("ru", "daily_off")
        assert await _say(app, world, group, user, "/topic") == t("ru", "topic_show_none")
    assert await tutor.repo.pushes.subscriptions(group["id"]) == []
    assert await tutor.repo.users.chat_timezone(group["id"]) is None
    assert await tutor.repo.users.chat_topic(group["id"]) is None
    assert await tutor.repo.rounds.running(group["id"]) is None
    assert world.calls_of("sendPoll") == []


@pytest.mark.parametrize("who", ["administrator", "creator", "owner"])
async def test_admins_creators_and_owners_may(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path, who: str
) -> None:
    group = world.group_chat(71)
    uid = OWNER if who == "owner" else 2
    user = world.user(uid, "Boss")
    if who != "owner":
        world.set_member(group["id"], uid, who)  # the owner is a plain member there
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await _say(app, world, group, user, "/daily 09:00")
        await _say(app, world, group, user, "/timezone Asia/Tokyo")
        await _say(app, world, group, user, "/topic Docker")
        await _say(app, world, group, user, "/compete 1 30")
        assert await tutor.repo.rounds.running(group["id"]) is not None
        await _say(app, world, group, user, "/stop")
    [sub] = await tutor.repo.pushes.subscriptions(group["id"])
    assert sub.local_time == "09:00"
    assert await tutor.repo.users.chat_timezone(group["id"]) == "Asia/Tokyo"
    assert await tutor.repo.users.chat_topic(group["id"]) == "docker"
    assert await tutor.repo.rounds.running(group["id"]) is None
    assert len(world.calls_of("sendPoll")) == 1


async def test_admin_check_failing_means_no(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    """If Telegram cannot say who is an admin, nobody is one (after the retries)."""
    group = world.group_chat(72)
    boss = world.user(2, "Boss")
    world.set_admin(group["id"], 2)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        world.fail("getChatMember", 400, "Bad Request: chat not found")
        TALLY.bad()
        assert await _say(app, world, group, boss, "/daily 09:00") == ADMINS_ONLY
        TALLY.survived()
        assert await _say(app, world, group, boss, "/daily 09:00") != ADMINS_ONLY
    [sub] = await tutor.repo.pushes.subscriptions(group["id"])
    assert sub.local_time == "09:00"


async def test_private_chats_need_no_admin(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    alice = world.user(1, "Alice")
    chat = world.private_chat(alice)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await _say(app, world, chat, alice, "/daily 08:15")
        await _say(app, world, chat, alice, "/timezone Europe/Berlin")
        assert await _say(app, world, chat, alice, "/compete") == t("ru", "compete_group_only")
    assert [s.local_time for s in await tutor.repo.pushes.subscriptions(1)] == ["08:15"]
    assert world.calls_of("getChatMember") == []


async def test_only_owners_reload_the_notes(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    group = world.group_chat(73)
    admin, owner = world.user(2, "Chat admin"), world.user(OWNER, "Owner")
    world.set_creator(group["id"], 2)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        for user, chat in ((admin, group), (admin, world.private_chat(admin))):
            TALLY.bad()
            assert await _say(app, world, chat, user, "/reload") == t("ru", "owners_only")
        reply = await _say(app, world, world.private_chat(owner), owner, "/reload")
    kb = tutor.services.library.kb
    assert reply == t("ru", "reload_ok", notes=len(kb.notes), cards=len(kb.cards))


async def test_nobody_reads_changes_or_deletes_another_users_data(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    alice, mallory = world.user(1, "Alice"), world.user(2, "Mallory", language_code="en")
    group = world.group_chat(74)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(group, alice, "/quiz 1"))
        poll = world.last_poll(group["id"])
        wrong = (poll["correct_option_ids"][0] + 1) % len(poll["options"])
        await feed(app, world.answer_poll(poll["id"], alice, [wrong]))
        summary = world.calls_of("sendMessage")[-1]
        retry = summary.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        polls = len(world.calls_of("sendPoll"))
        await feed(app, world.send_text(group, alice, "/forgetme"))
        confirm = world.calls_of("sendMessage")[-1]
        alices_yes = confirm.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        mallorys_chat = world.private_chat(mallory)
        attempts = [
            (group, alices_yes, confirm.result["message_id"]),  # her button in the group
            (mallorys_chat, alices_yes, 1),  # a copy of her button elsewhere
            (mallorys_chat, encode("forget", "yes", 1), 1),  # forged for Alice's id
            (group, retry, summary.result["message_id"]),  # her retry button
        ]
        for chat, data, message_id in attempts:
            TALLY.bad()
            await feed(app, world.press_button(chat, mallory, data, message_id))
        assert len(world.calls_of("sendPoll")) == polls, "Mallory started Alice's retry"
        await feed(app, world.send_text(mallorys_chat, mallory, "/stats"))
        assert world.sent_texts(mallorys_chat["id"])[-1] == t("en", "stats_empty")
        await feed(app, world.send_text(mallorys_chat, mallory, "/forgetme"))
        mine = world.calls_of("sendMessage")[-1]
        data = mine.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        await feed(
            app, world.press_button(mallorys_chat, mallory, data, mine.result["message_id"])
        )
    stats = await tutor.services.progress.stats(1)
    assert (stats.answered, stats.correct) == (1, 0), "Alice's answers changed"
    assert await user_name(tutor.repo, 1) == "Alice"
    refusals = [c.params.get("text") for c in world.calls_of("answerCallbackQuery")]
    assert refusals.count(t("en", "not_yours")) == 4
    assert world.get_message(group["id"], confirm.result["message_id"])["text"] == t(
        "ru", "forget_confirm"
    ), "Alice's confirmation was edited by someone else"


async def test_a_bot_removed_mid_round_stops_cleanly(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    admin, player = world.user(2, "Admin"), world.user(3, "Player")
    group = world.group_chat(75)
    world.set_admin(group["id"], 2)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await _say(app, world, group, admin, "/daily 09:00")
        await _say(app, world, group, admin, "/compete 3 30")
        poll = world.last_poll(group["id"])
        await feed(app, world.answer_poll(poll["id"], player, poll["correct_option_ids"]))
        [round_row] = await tutor.repo.rounds.all_running()
        mark = world.mark()
        TALLY.bad()
        await feed(app, world.chat_member_update(group, admin, new_status="kicked"))
        # The question's timeout still fires, and a late vote still arrives: both quietly
        # do nothing now.
        assert app.job_queue is not None
        for job in app.job_queue.get_jobs_by_name(f"quiz-{round_row.quiz_id}-0"):
            await job.run(app)
        await feed(app, world.answer_poll(poll["id"], admin, poll["correct_option_ids"]))
        assert [c.brief() for c in world.calls[mark:] if c.method.startswith("send")] == []
    TALLY.survived()
    assert await tutor.repo.rounds.running(group["id"]) is None
    assert await tutor.repo.quizzes.active(group["id"]) == []
    assert await tutor.repo.pushes.subscriptions(group["id"]) == []
    assert await answer_count(tutor.repo) == 1
