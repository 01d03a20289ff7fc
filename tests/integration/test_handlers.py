"""Handler tests: real Application, synthetic updates, a recording request (no network)."""

from __future__ import annotations

from pathlib import Path

from bot.bootstrap import Tutor
from tests.fakeapi import FakeBotAPI
from tests.support import answer_count, feed, running_app, settings_for


async def test_start_and_definition_in_private_chat(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    alice = world.user(1, "Alice")
    chat = world.private_chat(alice)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        commands = world.calls_of("setMyCommands")
        assert {c.params.get("language_code") for c in commands} == {None, "en"}
        await feed(app, world.send_text(chat, alice, "/start"))
        await feed(app, world.send_text(chat, alice, "что такое образ?"))
    texts = world.sent_texts(chat["id"])
    assert texts[0].startswith("Привет, Alice!")
    assert texts[1].startswith("Docker image")
    assert "это неизменяемый образ, из которого разворачивается контейнер" in texts[1]
    assert "Раздел: Theory · docker" in texts[1]
    reply = world.calls_of("sendMessage")[-1].params
    assert reply["parse_mode"] == "HTML"
    buttons = [b["text"] for row in reply["reply_markup"]["inline_keyboard"] for b in row]
    assert buttons[0] == "Проверить себя"
    assert any(b.startswith("Похожее: ") for b in buttons[1:])


async def test_not_found_says_nothing_close_and_chatter_gets_a_hint(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    bob = world.user(2, "Bob", language_code="en")
    chat = world.private_chat(bob)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(chat, bob, "what is git"))
    reply = world.calls_of("sendMessage")[-1].params
    text = world.sent_texts(chat["id"])[-1]
    assert text.startswith("I could not find “what is git”")
    # Nothing in the notes is close to git: say so and show how to ask, no random buttons.
    assert "Nothing close to it there" in text
    assert "reply_markup" not in reply
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(chat, bob, "thanks!"))
    assert world.sent_texts(chat["id"])[-1] == (
        "I answer from the notes: type a term, e.g. “what is …”, or /quiz."
    )


async def test_group_only_answers_when_addressed(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    alice = world.user(1, "Alice")
    group = world.group_chat(100)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(group, alice, "обсуждаем образы на созвоне"))
        assert world.sent_texts(group["id"]) == []
        await feed(app, world.send_text(group, alice, "?контейнер"))
        await feed(app, world.send_text(group, alice, "/define@tutor_test_bot реестр"))
        await feed(app, world.send_text(group, alice, "/what@other_bot сеть"))
        await feed(app, world.send_text(group, alice, "@tutor_test_bot docker compose"))
    texts = world.sent_texts(group["id"])
    assert [t.split("\n")[0].split(" (")[0] for t in texts] == [
        "Docker container",
        "Docker Registry",
        "Docker Compose",
    ]


async def test_inline_query_offers_cards(world: FakeBotAPI, tutor: Tutor, tmp_path: Path) -> None:
    alice = world.user(1, "Alice")
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.inline_query(alice, "volume"))
        await feed(app, world.inline_query(alice, "образ"))
    first, second = world.calls_of("answerInlineQuery")
    assert 1 <= len(first.params["results"]) <= 10
    titles = [r["title"] for r in second.params["results"]]
    assert titles[0] == "Docker image"
    assert len(titles) <= 10


async def test_quiz_flow_records_answers_and_summarises(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    alice = world.user(1, "Alice")
    chat = world.private_chat(alice)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(chat, alice, "/quiz 3"))
        for i in range(3):
            poll = world.last_poll(chat["id"])
            assert poll["type"] == "quiz" and poll["is_anonymous"] is False
            assert 2 <= len(poll["options"]) <= 10
            assert len(poll["question"]) <= 300
            pick = (
                poll["correct_option_ids"][0]
                if i < 2
                else (poll["correct_option_ids"][0] + 1) % len(poll["options"])
            )
            await feed(app, world.answer_poll(poll["id"], alice, [pick]))
    assert len(world.calls_of("sendPoll")) == 3
    summary = world.sent_texts(chat["id"])[-1]
    assert summary.startswith("Итог: 2/3. Лучший результат: 2/3.")
    assert "Ошибки в:" in summary
    markup = world.calls_of("sendMessage")[-1].params["reply_markup"]
    assert markup["inline_keyboard"][0][0]["text"] == "Повторить ошибки"
    assert await answer_count(tutor.repo) == 3
    stats = await tutor.services.progress.stats(1)
    assert (stats.answered, stats.correct) == (3, 2)


async def test_duplicate_and_unknown_poll_answers_are_ignored(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    alice = world.user(1, "Alice")
    chat = world.private_chat(alice)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(chat, alice, "/quiz 2"))
        poll = world.last_poll(chat["id"])
        update = world.answer_poll(poll["id"], alice, [0])
        await feed(app, update)
        await feed(app, update)
        await feed(
            app,
            {
                "update_id": 99999,
                "poll_answer": {
                    "poll_id": "nope",
                    "user": alice,
                    "option_ids": [1],
                    "option_persistent_ids": ["x"],
                },
            },
        )
    assert await answer_count(tutor.repo) == 1
    assert len(world.calls_of("sendPoll")) == 2


async def test_stats_top_and_forgetme(world: FakeBotAPI, tutor: Tutor, tmp_path: Path) -> None:
    alice, bob = world.user(1, "Alice"), world.user(2, "Bob")
    group = world.group_chat(100)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(group, alice, "/quiz 1"))
        poll = world.last_poll(group["id"])
        right = poll["correct_option_ids"][0]
        await feed(app, world.answer_poll(poll["id"], bob, [right]))
        await feed(app, world.answer_poll(poll["id"], alice, [right]))
        await feed(app, world.send_text(group, alice, "/top"))
        top = world.sent_texts(group["id"])[-1]
        assert "1. Alice — 100 очков (1/1)" in top or "1. Bob — 100 очков (1/1)" in top
        assert "Alice" in top and "Bob" in top
        await feed(app, world.send_text(group, alice, "/stats"))
        assert "Ответов: 1, верно: 1 (100%)" in world.sent_texts(group["id"])[-1]
        assert world.calls_of("sendPhoto"), "stats chart was not sent"
        await feed(app, world.send_text(group, alice, "/forgetme"))
        confirm = world.calls_of("sendMessage")[-1]
        data = confirm.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        message_id = confirm.result["message_id"]
        await feed(app, world.press_button(group, bob, data, message_id))
        assert (await tutor.services.progress.stats(1)).answered == 1
        await feed(app, world.press_button(group, alice, data, message_id))
    assert (await tutor.services.progress.stats(1)).answered == 0
    assert (await tutor.services.progress.stats(2)).answered == 1
    answers = [c.params.get("text") for c in world.calls_of("answerCallbackQuery")]
    assert "Эта кнопка не для вас." in answers
