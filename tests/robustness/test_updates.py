"""Odd Telegram updates through the real handler stack (recording request, no network).

Every update here must end in a sensible reply or in silence: no error logged (the autouse
`no_error_logs` fixture), no "something went wrong" message, no send Telegram would refuse.
"""

from __future__ import annotations

import io
import random
from pathlib import Path
from typing import Any

import pytest

from bot.bootstrap import Tutor
from bot.console import Console
from bot.i18n import t
from bot.tg.app import App
from bot.tg.callbacks import encode
from tests.fakeapi import FakeBotAPI, parse_html
from tests.robustness.kit import TALLY
from tests.support import answer_count, feed, quick_app, running_app, settings_for

JSON = dict[str, Any]
SENDS = ("sendMessage", "sendPoll", "sendPhoto", "editMessageText")
ERROR_TEXTS = {t("ru", "error"), t("en", "error")}


def sends(world: FakeBotAPI, mark: int) -> list[Any]:
    return [c for c in world.calls[mark:] if c.method in SENDS]


def assert_clean(world: FakeBotAPI) -> None:
    """Nothing Telegram refused, and never the generic error message."""
    refused = [c.brief() for c in world.calls if not c.ok and c.method != "answerCallbackQuery"]
    assert not refused, f"Telegram refused: {refused}"
    for chat_texts in world._texts.values():
        assert not ERROR_TEXTS & set(chat_texts), "the user saw the generic error message"


async def feed_all(app: App, updates: list[JSON]) -> None:
    for update in updates:
        TALLY.bad()
        await feed(app, update)


# ----------------------------------------------------------------------- message shapes


async def test_messages_without_text_are_ignored(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    alice = world.user(1, "Alice")
    private = world.private_chat(alice)
    group = world.group_chat(10)
    photo = [{"file_id": "p", "file_unique_id": "pu", "width": 90, "height": 90}]
    bodies: list[JSON] = [
        {"sticker": {"file_id": "s", "file_unique_id": "su", "type": "regular", "width": 512,
                     "height": 512, "is_animated": False, "is_video": False, "emoji": "🐳"}},
        {"photo": photo},
        {"photo": photo, "caption": "что такое образ?"},
        {"voice": {"file_id": "v", "file_unique_id": "vu", "duration": 3}},
        {"document": {"file_id": "d", "file_unique_id": "du", "file_name": "x.md"}},
        {"location": {"latitude": 55.75, "longitude": 37.61}},
        {"contact": {"phone_number": "+70000000000", "first_name": "C"}},
        {"dice": {"emoji": "🎲", "value": 6}},
        {"video_note": {"file_id": "n", "file_unique_id": "nu", "length": 240, "duration": 2}},
    ]  # fmt: skip
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        mark = world.mark()
        for chat in (private, group):
            await feed_all(
                app,
                [world.send_message_update({"chat": chat, "from": alice, **b}) for b in bodies],
            )
        assert sends(world, mark) == []
    assert_clean(world)


async def test_edits_channel_posts_and_service_messages_are_ignored(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    alice, me = world.user(1, "Alice"), world.bot_user
    private = world.private_chat(alice)
    group = world.group_chat(11)
    channel = world.register_chat({"id": -1_000_000_000_077, "type": "channel", "title": "Ch"})
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(private, alice, "что такое обрза?"))
        mark = world.mark()
        updates = [
            world.send_text(private, alice, "что такое образ?", edited=True),
            world.send_text(private, alice, "/quiz 1", edited=True),
            world.send_text(private, alice, "/forgetme", edited=True),
            world.send_message_update({"chat": channel, "text": "что за образ"}, "channel_post"),
            world.send_message_update({"chat": channel, "text": "/quiz 3"}, "channel_post"),
            world.send_message_update(
                {"chat": channel, "text": "/quiz", "edit_date": 1}, "edited_channel_post"
            ),
            world.send_message_update({"chat": group, "from": alice, "new_chat_members": [me]}),
            world.send_message_update({"chat": group, "from": alice, "left_chat_member": alice}),
            world.send_message_update({"chat": group, "from": alice, "new_chat_title": "<b>&"}),
            world.send_message_update({"chat": group, "from": alice, "group_chat_created": True}),
            world.send_message_update(
                {"chat": group, "from": alice, "pinned_message": {"message_id": 1, "date": 0,
                                                                  "chat": group}}
            ),
            world.send_message_update(
                {"chat": group, "from": alice, "migrate_to_chat_id": -1_000_000_000_999}
            ),
        ]  # fmt: skip
        await feed_all(app, updates)
        assert sends(world, mark) == [], "an edit, a channel post or a service message got a reply"
    assert_clean(world)


async def test_messages_without_a_sender(world: FakeBotAPI, tutor: Tutor, tmp_path: Path) -> None:
    """Anonymous group admins post as the group (sender_chat, no `from`)."""
    group = world.group_chat(12, title="Anon")
    anon: JSON = {"chat": group, "sender_chat": group}

    def post(text: str) -> JSON:
        fields = {**anon, "text": text}
        if text.startswith("/"):
            cmd = text.split()[0]
            fields["entities"] = [{"type": "bot_command", "offset": 0, "length": len(cmd)}]
        return world.send_message_update(fields)

    texts = ["?образ", "/define том", "/start", "/help", "/stats", "/top", "/forgetme",
             "/review", "/daily 09:00", "/daily", "/timezone UTC", "/compete 3 10", "/stop",
             "/weak", "/reload", "/quiz 1", "/nonsense"]  # fmt: skip
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed_all(app, [post(text) for text in texts])
    sent = world.sent_texts(group["id"])
    assert sent[0].startswith("Docker image")
    assert t("ru", "admins_only") in sent, "an anonymous sender changed group settings"
    assert not await tutor.repo.pushes.subscriptions(group["id"])
    assert world.calls_of("sendPoll"), "an anonymous /quiz should still run"
    assert_clean(world)


async def test_huge_questions_and_odd_command_arguments(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    alice = world.user(1, "Alice")
    private = world.private_chat(alice)
    group = world.group_chat(13)
    world.set_admin(group["id"], 1)
    huge = ("образ " * 700)[:4096]
    odd = [
        (private, huge),
        (private, "x" * 4096),
        (private, "/define " + "а" * 4088),
        (group, "?" + "<b>" * 1365),
        (group, "/quiz@other_bot"),
        (group, "/quiz@other_bot 3"),
        (group, "/define@other_bot образ"),
        (private, "/quiz@other_bot"),
        (private, "/quiz ²"),
        (private, "/quiz ٣"),
        (private, "/quiz " + "9" * 4090),
        (private, "/quiz -1"),
        (private, "/quiz 0"),
        (private, "/quiz 1e3"),
        (group, "/daily 09:00 ²"),
        (group, "/daily 09:00 " + "9" * 4000),
        (group, "/daily ²"),
        (group, "/daily 25:61"),
        (group, "/timezone ../../etc/passwd"),
        (group, "/timezone " + "A/" * 2000),
        (group, "/timezone \u202eUTC"),
        (group, "/compete ² ³"),
        (group, "/compete " + "9" * 4000 + " 5"),
        (group, "/compete 3 " + "9" * 30),
        (group, "/top ²"),
        (group, "/top " + "сезон" * 800),
        (private, "/start " + "<&>" * 1000),
        (private, "/" + "a" * 40),
        (private, "/"),
    ]
    async with quick_app(world, tutor, settings_for(tmp_path)) as app:
        mark = world.mark()
        await feed_all(app, [world.send_text(chat, alice, text) for chat, text in odd])
        replies = sends(world, mark)
    assert len(replies) >= len(odd) - 4, "most odd commands deserve a reply"
    group_texts = world.sent_texts(group["id"])
    assert t("ru", "daily_bad") in group_texts and t("ru", "tz_bad") in group_texts
    private_texts = world.sent_texts(private["id"])
    assert private_texts.count(t("ru", "quiz_bad_n", max=20)) >= 4
    assert t("ru", "unknown_command") in private_texts
    # "/daily 09:00 ²" keeps the default count rather than failing on int("²").
    [sub] = await tutor.repo.pushes.subscriptions(group["id"])
    assert (sub.local_time, sub.questions) == ("09:00", 3)
    assert_clean(world)


async def test_a_question_deleted_before_the_reply_is_still_answered(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    alice = world.user(1, "Alice")
    group = world.group_chat(16)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        update = world.send_text(group, alice, "?образ")
        del world._messages[(group["id"], update["message"]["message_id"])]  # deleted by Alice
        TALLY.bad()
        await feed(app, update)
    assert world.sent_texts(group["id"])[0].startswith("Docker image")
    assert_clean(world)


async def test_fuzzed_commands_never_break_a_handler(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    """Seeded random arguments for every command, in a private chat and a group."""
    rng = random.Random(20261125)
    alice = world.user(1, "Alice", language_code="en")
    private = world.private_chat(alice)
    group = world.group_chat(14)
    world.set_admin(group["id"], 1)
    commands = ["define", "quiz", "review", "stats", "top", "daily", "timezone", "compete",
                "stop", "weak", "forgetme", "help", "start", "reload", "topic",
                "topics"]  # fmt: skip
    alphabet = ["²", "٣", "9" * 30, "-", "0", "1", "20", "21", "off", "09:30", "UTC", "<", "&",
                "@", "\u200b", "🐳", "season", "chart", "../x", "Europe/Moscow", " ",
                "\n", "docker", "all", "ljrth", "›", "/"]  # fmt: skip
    async with quick_app(world, tutor, settings_for(tmp_path)) as app:
        for i in range(60):
            args = " ".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3)))
            chat = private if i % 2 else group
            TALLY.bad()
            await feed(app, world.send_text(chat, alice, f"/{rng.choice(commands)} {args}"))
            # A running quiz or round makes later /quiz calls refuse politely; end it now and
            # then so every branch gets exercised.
            if i % 10 == 9:
                await feed(app, world.send_text(group, alice, "/stop"))
    assert_clean(world)


# ----------------------------------------------------------------------------- buttons


async def _finished_quiz(app: App, world: FakeBotAPI, chat: JSON, user: JSON) -> tuple[int, str]:
    """Run a one-question quiz answered wrongly; return (summary message id, retry data)."""
    await feed(app, world.send_text(chat, user, "/quiz 1"))
    poll = world.last_poll(chat["id"])
    wrong = (poll["correct_option_ids"][0] + 1) % len(poll["options"])
    await feed(app, world.answer_poll(poll["id"], user, [wrong]))
    summary = world.calls_of("sendMessage")[-1]
    buttons = [b for row in summary.params["reply_markup"]["inline_keyboard"] for b in row]
    retry = next(b["callback_data"] for b in buttons if b["callback_data"].startswith("v1|retry"))
    return summary.result["message_id"], retry


async def test_forged_and_stale_buttons(world: FakeBotAPI, tutor: Tutor, tmp_path: Path) -> None:
    alice, bob = world.user(1, "Alice"), world.user(2, "Bob", language_code="en")
    private = world.private_chat(alice)
    group = world.group_chat(15)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        message_id, retry = await _finished_quiz(app, world, group, alice)
        polls_before = len(world.calls_of("sendPoll"))
        forged = [
            (bob, retry),  # someone else's retry button
            (bob, encode("forget", "yes", 1)),  # someone else's /forgetme
            (alice, "\x00\xff\ufffd garbage"),
            (alice, "v1|retry|abc"),
            (alice, "v1|retry|" + "9" * 40),
            (alice, "v1|retry|-1"),
            (alice, "v1|retry|999999"),
            (alice, "v1|card|nope"),
            (alice, "v1|test|nope"),
            (alice, "v1|forget|maybe|1"),
            (alice, "v1|forget|yes|" + "9" * 40),
            (alice, "v2|card|x"),
            (alice, "v1|unknown|x"),
            (alice, "v1|again"),
            (alice, "x" * 200),
            (alice, "|" * 64),
            (alice, ""),
        ]
        for user, data in forged:
            TALLY.bad()
            await feed(app, world.press_button(group, user, data, message_id))
        assert len(world.calls_of("sendPoll")) == polls_before, "a forged button started a quiz"
        assert (await tutor.services.progress.stats(1)).answered == 1, (
            "someone else deleted Alice's answers"
        )
        # Alice's own retry in another chat (a copied button) is refused as well.
        TALLY.bad()
        await feed(app, world.press_button(private, alice, retry, 1))
        assert len(world.calls_of("sendPoll")) == polls_before
        # A button on a message Telegram no longer shows (InaccessibleMessage, date 0).
        TALLY.bad()
        await feed(app, world.press_button(group, alice, encode("again", 1), 987654))
        assert len(world.calls_of("sendPoll")) == polls_before + 1
    answers = [c.params.get("text") for c in world.calls_of("answerCallbackQuery")]
    assert "This button is not for you." in answers
    assert t("ru", "stale_button") in answers and t("ru", "quiz_expired") in answers
    assert_clean(world)


async def test_callback_without_message_or_data(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    alice = world.user(1, "Alice")
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        for extra in ({"inline_message_id": "AAA", "data": encode("again", 1)},
                      {"inline_message_id": "AAA", "game_short_name": "g"},
                      {"inline_message_id": "AAA", "data": encode("card", "x")}):  # fmt: skip
            TALLY.bad()
            query_id = str(4_100_000 + len(world.calls))
            world._callback_ids.add(query_id)
            update = world.enqueue(
                {"callback_query": {"id": query_id, "from": alice, "chat_instance": "1", **extra}}
            )
            await feed(app, update)
    assert not world.calls_of("sendPoll")
    assert_clean(world)


# -------------------------------------------------------------------------- poll answers


async def test_odd_poll_answers(world: FakeBotAPI, tutor: Tutor, tmp_path: Path) -> None:
    alice, bob = world.user(1, "Alice"), world.user(2, "Bob")
    private = world.private_chat(alice)

    def raw_answer(poll_id: str, user: JSON, options: list[int]) -> JSON:
        return world.enqueue(
            {"poll_answer": {"poll_id": poll_id, "user": user, "option_ids": options,
                             "option_persistent_ids": [str(o) for o in options]}}
        )  # fmt: skip

    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(private, alice, "/quiz 2"))
        first = world.last_poll(private["id"])
        right = first["correct_option_ids"][0]
        odd = [
            raw_answer("unknown-poll", alice, [0]),
            raw_answer(first["id"], alice, [99]),
            raw_answer(first["id"], alice, [-1]),
            raw_answer(first["id"], bob, [right]),  # a foreign voter: recorded, no advance
            world.answer_poll(first["id"], alice, []),  # a retracted vote
        ]
        await feed_all(app, odd)
        assert len(world.calls_of("sendPoll")) == 1, "the quiz moved on for a bad answer"
        answer = world.answer_poll(first["id"], alice, [right])
        await feed(app, answer)
        await feed_all(app, [answer, answer])  # Telegram may deliver an update twice
        await feed_all(app, [raw_answer(first["id"], alice, [(right + 1) % 2])])  # a re-vote
        assert len(world.calls_of("sendPoll")) == 2
        second = world.last_poll(private["id"])
        await feed(app, world.answer_poll(second["id"], alice, [0]))
        # Late answers to both polls of the finished quiz.
        await feed_all(
            app, [raw_answer(first["id"], bob, [0]), raw_answer(second["id"], bob, [0])]
        )
    assert len(world.calls_of("sendPoll")) == 2
    assert await answer_count(tutor.repo) == 3  # Bob's foreign vote and Alice's two answers
    assert sum("Итог" in text for text in world.sent_texts(private["id"])) == 1
    assert world.sent_texts(bob["id"]) == []
    assert_clean(world)


# ------------------------------------------------------------------------- inline mode


async def test_long_and_odd_inline_queries(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path
) -> None:
    alice = world.user(1, "Alice")
    queries = ["образ " * 60, "d" * 300, "🐳" * 400, " " * 300, "", "<b>&amp;" * 50,
               "\u200b" * 256, "docker " * 1000]  # fmt: skip
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed_all(app, [world.inline_query(alice, q) for q in queries])
    answers = world.calls_of("answerInlineQuery")
    assert len(answers) == len(queries) and all(c.ok for c in answers)
    for call in answers:
        results = call.params["results"]
        assert len(results) <= 10
        for result in results:
            content = result["input_message_content"]
            text, _ = parse_html(content["message_text"])  # raises on markup Telegram refuses
            assert 1 <= len(text) <= 4096
    assert answers[0].params["results"], "a long but sensible query still finds cards"
    assert_clean(world)


@pytest.mark.parametrize("lang", ["ru", "en"])
async def test_unknown_private_text_gets_suggestions(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path, lang: str
) -> None:
    alice = world.user(1, "Alice", language_code=lang)
    private = world.private_chat(alice)
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed_all(app, [world.send_text(private, alice, q) for q in ("¿¡", "🐳🐳", "\u200b")])
    assert len(world.sent_texts(private["id"])) == 3
    assert_clean(world)


async def test_the_console_adapter_survives_the_same_odd_numbers(tutor: Tutor) -> None:
    """`tutorbot console` reads numbers too (quiz size, answers): same traps as /quiz ²."""
    out = io.StringIO()
    console = Console(tutor.services, out, lang="ru")
    await console.start()
    for line in ["/quiz ²", "/quiz " + "9" * 5000, "/quiz -1", "/quiz 2", "²", "9" * 5000, "1"]:
        TALLY.bad()
        assert await console.handle(line)
    text = out.getvalue()
    assert text.count(t("ru", "quiz_bad_n", max=20)) == 3
    assert "[2/2]" in text, "the quiz went on after the odd answers"
