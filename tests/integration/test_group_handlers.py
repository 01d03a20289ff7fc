"""Group features through the handler stack: permissions, review, weak spots, seasons, restarts."""

from __future__ import annotations

from pathlib import Path

from bot.bootstrap import Tutor
from tests.fakeapi import FakeBotAPI
from tests.support import FakeClock, feed, running_app, settings_for


async def _answer_current(world: FakeBotAPI, app, chat_id: int, user: dict, right: bool) -> None:  # type: ignore[no-untyped-def]
    poll = world.last_poll(chat_id)
    ok = poll["correct_option_ids"][0]
    await feed(
        app,
        world.answer_poll(poll["id"], user, [ok if right else (ok + 1) % len(poll["options"])]),
    )


async def test_group_settings_need_an_administrator(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    member, admin = world.user(1, "Member"), world.user(2, "Admin")
    group = world.group_chat(300)
    world.set_admin(group["id"], 2)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        for text in ("/daily 09:30", "/timezone Asia/Tokyo", "/compete 3 10", "/stop"):
            await feed(app, world.send_text(group, member, text))
        await feed(app, world.send_text(group, member, "/daily"))
        await feed(app, world.send_text(group, admin, "/timezone Mars/Base"))
        await feed(app, world.send_text(group, admin, "/timezone asia/tokyo"))
        await feed(app, world.send_text(group, admin, "/daily 9:30"))
        await feed(app, world.send_text(group, member, "/daily"))
        await feed(app, world.send_text(group, admin, "/daily 25:00"))
        await feed(app, world.send_text(group, admin, "/daily off"))
    texts = world.sent_texts(group["id"])
    assert texts[:3] == ["Это могут делать только администраторы чата."] * 3
    assert texts[3] == "Сейчас нечего останавливать: викторины и соревнования нет."
    assert texts[4] == "Ежедневная викторина выключена. Включить: /daily 09:30"
    assert texts[5].startswith("Не знаю такого часового пояса. Напишите регион и город")
    assert texts[6] == "Часовой пояс чата: Asia/Tokyo."
    assert texts[7] == "Готово: викторина каждый день в 09:30 (Asia/Tokyo)."
    assert texts[8] == "Ежедневная викторина: в 09:30 (Asia/Tokyo), вопросов: 3."
    assert texts[9].startswith("Укажите время как ЧЧ:ММ")
    assert texts[10] == "Ежедневная викторина отключена."
    assert await tutor.repo.pushes.subscriptions() == []


async def test_review_asks_due_cards_after_a_mistake(
    world: FakeBotAPI, tutor: Tutor, clock: FakeClock, tmp_path: Path
) -> None:
    alice = world.user(1, "Alice")
    chat = world.private_chat(alice)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(chat, alice, "/review"))
        assert world.sent_texts(chat["id"])[-1].startswith("Повторять пока нечего")
        await feed(app, world.send_text(chat, alice, "/quiz 1"))
        missed_card = world.calls_of("sendPoll")[-1]
        await _answer_current(world, app, chat["id"], alice, right=False)
        clock.advance(15 * 60)  # the relearning step of a lapse has passed
        await feed(app, world.send_text(chat, alice, "/review"))
    review_poll = world.calls_of("sendPoll")[-1]
    assert review_poll is not missed_card
    quizzes = await tutor.repo.quizzes.active(chat["id"])
    assert [q.kind for q in quizzes] == ["review"]
    states = await tutor.repo.answers.reviews(1)
    assert len(states) == 1
    (state,) = states.values()
    assert state.lapses == 1
    polls = [await tutor.repo.quizzes.poll_at(quizzes[0].id, 0)]
    assert polls[0] is not None and polls[0].card_id == state.card_id


async def test_weak_lists_team_mistakes_with_a_quiz_button(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    alice, bob = world.user(1, "Alice"), world.user(2, "Bob")
    group = world.group_chat(400)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(group, alice, "/weak"))
        assert world.sent_texts(group["id"])[-1].startswith("Ошибок пока нет")
        await feed(app, world.send_text(group, alice, "/quiz 1"))
        await _answer_current(world, app, group["id"], bob, right=False)
        await _answer_current(world, app, group["id"], alice, right=False)
        await feed(app, world.send_text(group, alice, "/weak"))
        text = world.sent_texts(group["id"])[-1]
        assert text.startswith("Команда чаще всего ошибается в:\n• ")
        assert "ошибок 2 из 2" in text
        button = world.calls_of("sendMessage")[-1]
        data = button.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        polls_before = len(world.calls_of("sendPoll"))
        await feed(app, world.press_button(group, bob, data, button.result["message_id"]))
    assert len(world.calls_of("sendPoll")) == polls_before + 1


async def test_last_season_podium_stays_visible(
    world: FakeBotAPI, tutor: Tutor, clock: FakeClock, tmp_path: Path
) -> None:
    alice, bob = world.user(1, "Alice"), world.user(2, "Bob")
    group = world.group_chat(500)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(group, alice, "/quiz 1"))
        await _answer_current(world, app, group["id"], bob, right=True)
        await _answer_current(world, app, group["id"], alice, right=True)
        clock.advance(7 * 24 * 3600)  # next Wednesday: a new season
        await feed(app, world.send_text(group, alice, "/top"))
        await feed(app, world.send_text(group, alice, "/top season"))
    top, season = world.sent_texts(group["id"])[-2:]
    assert (
        "Эта неделя:\n—\nЗа всё время:\n1. Alice — 100 очков (1/1)\n2. Bob — 100 очков (1/1)"
        in top
    )
    assert season.startswith("🏅 Прошлый сезон (2026-W48)")
    assert "🥇 Alice — 100 очков" in season and "🥈 Bob — 100 очков" in season


async def test_restart_during_a_round_ends_it_once_with_results(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    admin, player = world.user(2, "Admin"), world.user(1, "Player")
    group = world.group_chat(600)
    world.set_admin(group["id"], 2)
    settings = settings_for(tmp_path)
    async with running_app(world, tutor, settings) as app:
        await feed(app, world.send_text(group, admin, "/compete 5 30"))
        await _answer_current(world, app, group["id"], player, right=True)
    for _ in range(2):  # two restarts: the interruption is announced once
        async with running_app(world, tutor, settings):
            pass
    announcements = [t for t in world.sent_texts(group["id"]) if "прервано" in t]
    assert len(announcements) == 1
    assert "🥇 Player — " in announcements[0]
    assert await tutor.repo.rounds.running(group["id"]) is None
    assert await tutor.repo.quizzes.active(group["id"]) == []


async def test_bot_removed_mid_round_stops_cleanly(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    admin = world.user(2, "Admin")
    group = world.group_chat(700)
    world.set_admin(group["id"], 2)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(group, admin, "/compete 3 30"))
        await feed(app, world.send_text(group, admin, "/daily 10:00"))
        await feed(app, world.chat_member_update(group, admin, new_status="kicked"))
    assert await tutor.repo.rounds.running(group["id"]) is None
    assert await tutor.repo.pushes.subscriptions() == []


async def test_a_group_quiz_left_for_hours_closes_its_poll_when_a_new_one_starts(
    world: FakeBotAPI, tutor: Tutor, clock: FakeClock, tmp_path: Path
) -> None:
    alice, bob = world.user(1, "Alice"), world.user(2, "Bob")
    group = world.group_chat(710)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(group, alice, "/quiz 3"))
        [(old_quiz,)] = [(q.id,) for q in await tutor.repo.quizzes.active(group["id"])]
        [old_poll] = await tutor.repo.quizzes.open_polls(old_quiz)
        clock.advance(3 * 3600)  # nobody answered; the next morning someone starts another
        mark = len(world.calls)
        await feed(app, world.send_text(group, bob, "/quiz 2"))
    later = world.calls[mark:]
    stops = [c for c in later if c.method.lower() == "stoppoll"]
    assert [c.params["message_id"] for c in stops] == [old_poll.message_id]
    assert [c.method.lower() for c in later].index("stoppoll") < [
        c.method.lower() for c in later
    ].index("sendpoll")
    [active] = await tutor.repo.quizzes.active(group["id"])
    assert active.id != old_quiz and active.user_id == bob["id"]
    old = await tutor.repo.quizzes.get(old_quiz)
    assert old is not None and old.status == "expired"
