"""Quizzes a user can stop, timeouts that close the poll, group quizzes that block nobody.

Through the handler stack and the fake Bot API: what a user sees (texts, closed polls).
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

from bot.bootstrap import Tutor
from bot.services.library import Library
from bot.tg import flow
from bot.tg.app import App
from tests.fakeapi import FakeBotAPI
from tests.support import feed, running_app, settings_for

JSON = dict[str, Any]


async def _vote(world: FakeBotAPI, app: App, chat_id: int, user: JSON, right: bool) -> JSON:
    poll = world.last_poll(chat_id)
    ok = poll["correct_option_ids"][0]
    choice = ok if right else (ok + 1) % len(poll["options"])
    await feed(app, world.answer_poll(poll["id"], user, [choice]))
    return poll


async def _time_out(app: App, tutor: Tutor, chat_id: int) -> None:
    """Run the pending timeout of the chat's quiz now, as the job queue would after 90 s."""
    [quiz] = await tutor.repo.quizzes.active(chat_id)
    assert app.job_queue is not None
    [job] = app.job_queue.get_jobs_by_name(flow.timeout_job(quiz.id, quiz.position))
    job.schedule_removal()
    await job.run(app)


async def test_stop_ends_a_private_quiz_and_closes_its_poll(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    alice = world.user(1, "Alice")
    chat = world.private_chat(alice)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(chat, alice, "/quiz 5"))
        await _vote(world, app, chat["id"], alice, right=True)
        await feed(app, world.send_text(chat, alice, "/stop"))
        pending = world.last_poll(chat["id"])
        assert pending["is_closed"], "the question left open is closed"
        summary = world.sent_texts(chat["id"])[-1]
        assert summary.startswith("Викторина остановлена.\nИтог: 1/1.")
        await feed(app, world.send_text(chat, alice, "/stop"))
        assert world.sent_texts(chat["id"])[-1] == (
            "Сейчас нечего останавливать: викторины и соревнования нет."
        )
        polls = len(world.calls_of("sendPoll"))
        await feed(app, world.send_text(chat, alice, "/quiz 2"))
        assert len(world.calls_of("sendPoll")) == polls + 1, "a new quiz starts at once"
    assert [c.params["message_id"] for c in world.calls_of("stopPoll")] == [pending["message_id"]]


async def test_timeout_closes_the_poll_and_tells_the_right_answer(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    alice = world.user(1, "Alice")
    chat = world.private_chat(alice)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(chat, alice, "/quiz 2"))
        first = world.last_poll(chat["id"])
        right = world.calls_of("sendPoll")[-1].params
        await _time_out(app, tutor, chat["id"])
        texts = world.sent_texts(chat["id"])
        answer = right["options"][right["correct_option_ids"][0]]
        answer = answer["text"] if isinstance(answer, dict) else answer
        assert texts[-1] == f"⏰ Время вышло. Правильный ответ: {answer}"
        assert world.polls[first["id"]]["is_closed"]
        second = world.last_poll(chat["id"])
        assert second["id"] != first["id"], "the quiz moved on to the next question"
        await _time_out(app, tutor, chat["id"])
    assert world.polls[second["id"]]["is_closed"]
    assert world.sent_texts(chat["id"])[-1].startswith("Итог: 0/2.")


async def test_a_group_quiz_counts_everyone_and_can_be_stopped_by_an_admin(
    world: FakeBotAPI, tutor: Tutor, library: Library, tmp_path: Path
) -> None:
    alice, bob, boss = world.user(1, "Alice"), world.user(2, "Bob"), world.user(3, "Boss")
    group = world.group_chat(800)
    world.set_admin(group["id"], 3)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(group, alice, "/quiz 20"))  # more than the seed has
        first = await _vote(world, app, group["id"], alice, right=True)
        # Bob answers the first question after Alice moved on: it counts for Bob.
        await feed(app, world.answer_poll(first["id"], bob, [first["correct_option_ids"][0]]))
        await feed(app, world.send_text(group, bob, "/quiz"))
        busy = world.calls_of("sendMessage")[-1]
        asked = re.match(
            r"Сейчас идёт викторина \(Alice, вопрос 2 из (\d+)\)\. Отвечайте в ней",
            busy.params["text"],
        )
        assert asked is not None, busy.params["text"]
        # As many as the seed has to ask, each card once.
        assert int(asked.group(1)) == len(library.questions(random.Random(0), 20, "ru")) < 20
        [[button]] = busy.params["reply_markup"]["inline_keyboard"]
        assert button["text"] == "Остановить викторину"
        stopped_before = len(world.calls_of("answerCallbackQuery"))
        await feed(
            app, world.press_button(group, bob, button["callback_data"], busy.result["message_id"])
        )
        refusal = world.calls_of("answerCallbackQuery")[stopped_before]
        assert refusal.params["text"].startswith("Остановить викторину может тот")
        assert await tutor.repo.quizzes.active(group["id"]), "Bob may not stop Alice's quiz"
        await feed(
            app,
            world.press_button(group, boss, button["callback_data"], busy.result["message_id"]),
        )
        assert await tutor.repo.quizzes.active(group["id"]) == []
        summary = world.sent_texts(group["id"])[-1]
        assert summary.startswith("Викторина остановлена.\nИтоги викторины:")
        assert "Alice: 1/1 — без ошибок!" in summary
        assert "Bob: 1/1 — без ошибок!" in summary
        polls = len(world.calls_of("sendPoll"))
        await feed(app, world.send_text(group, bob, "/quiz 1"))
        assert len(world.calls_of("sendPoll")) == polls + 1, "Bob's quiz starts now"
    # Both of Alice's polls are closed: a late tap shows a closed poll, not silence.
    assert all(
        world.polls[c.result["poll"]["id"]]["is_closed"] for c in world.calls_of("sendPoll")[:2]
    )


async def test_group_summary_names_who_made_no_mistakes(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    alice, bob = world.user(1, "Alice"), world.user(2, "Bob")
    group = world.group_chat(801)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(group, alice, "/quiz 1"))
        await _vote(world, app, group["id"], bob, right=False)
        await _vote(world, app, group["id"], alice, right=True)
    summary = world.sent_texts(group["id"])[-1]
    assert "Alice: 1/1 — без ошибок!" in summary
    assert "Bob: 0/1" in summary
    assert "Без ошибок — отлично!" not in summary


async def test_only_the_owner_or_an_admin_stops_a_group_quiz(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    alice, bob = world.user(1, "Alice"), world.user(2, "Bob")
    group = world.group_chat(802)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(group, alice, "/quiz 3"))
        await feed(app, world.send_text(group, bob, "/stop"))
        assert world.sent_texts(group["id"])[-1] == (
            "Остановить викторину может тот, кто её начал, или администратор чата."
        )
        await feed(app, world.send_text(group, alice, "/stop"))
    assert world.sent_texts(group["id"])[-1].startswith("Викторина остановлена.")
    assert await tutor.repo.quizzes.active(group["id"]) == []


async def test_a_round_and_a_quiz_name_what_blocks_them(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    alice, boss = world.user(1, "Alice"), world.user(3, "Boss")
    group = world.group_chat(803)
    world.set_admin(group["id"], 3)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(group, alice, "/quiz 3"))
        await feed(app, world.send_text(group, boss, "/compete 3 30"))
        blocked_round = world.sent_texts(group["id"])[-1]
        await feed(app, world.send_text(group, boss, "/stop"))
        await feed(app, world.send_text(group, boss, "/compete 3 30"))
        await feed(app, world.send_text(group, alice, "/quiz 3"))
    assert blocked_round.startswith("Сейчас идёт викторина (Alice, вопрос 1 из 3).")
    assert world.sent_texts(group["id"])[-1] == "Соревнование уже идёт. /stop — закончить."
