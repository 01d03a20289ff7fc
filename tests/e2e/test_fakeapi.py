"""Tests of the fake Bot API server, driven by a real python-telegram-bot ``Bot``.

Every object the fake returns goes through PTB's own parsing here, so an e2e test failing
later points at the bot, not at a malformed fake response.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
import struct
import time
import zlib
from collections.abc import AsyncIterator

import aiohttp
import pytest
from telegram import (
    Bot,
    ChatFullInfo,
    ChatMemberAdministrator,
    ChatMemberMember,
    ChatMemberOwner,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    Poll,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import Application, CommandHandler, ContextTypes
from telegram.request import HTTPXRequest

from tests.fakeapi import Call, FakeBotAPI

TOKEN = "123456:TEST-TOKEN"


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI(TOKEN) as server:
        yield server


def make_bot(api: FakeBotAPI, token: str = TOKEN, read_timeout: float = 5.0) -> Bot:
    return Bot(
        token=token,
        base_url=api.base_url,
        base_file_url=api.base_file_url,
        request=HTTPXRequest(read_timeout=read_timeout, connect_timeout=1.0),
        get_updates_request=HTTPXRequest(read_timeout=read_timeout, connect_timeout=1.0),
    )


@pytest.fixture
async def bot(api: FakeBotAPI) -> AsyncIterator[Bot]:
    async with make_bot(api) as tg_bot:
        yield tg_bot


def png(width: int, height: int) -> bytes:
    """A tiny valid PNG, so the photo size the fake reports can be checked."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + b"\x00" * width for _ in range(height)))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", pixels)
        + chunk(b"IEND", b"")
    )


# ------------------------------------------------------------------------------- basics


async def test_get_me_and_urls(api: FakeBotAPI, bot: Bot) -> None:
    me = await bot.get_me()
    assert me.is_bot
    assert me.username == "tutor_test_bot"
    assert me.id == 123456
    assert me.supports_inline_queries is True
    assert me.can_read_all_group_messages is False
    assert api.base_url == f"http://127.0.0.1:{api.port}/bot"
    assert api.base_file_url == f"{api.url}/file/bot"
    # `async with bot` itself calls getMe: it must be in the log too.
    assert len(api.calls_of("getMe")) == 2


async def test_wrong_token_is_unauthorized(api: FakeBotAPI) -> None:
    with pytest.raises(InvalidToken, match="rejected"):
        async with make_bot(api, token="999:WRONG"):
            pass
    assert api.calls[-1].status == 401
    assert api.calls[-1].description == "Unauthorized"


async def test_send_message_with_inline_keyboard_round_trip(api: FakeBotAPI, bot: Bot) -> None:
    user = api.user(42, "Anna")
    api.private_chat(user)
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Да", callback_data="yes"),
                InlineKeyboardButton("Нет", url="https://example.org"),
            ]
        ]
    )
    first = await bot.send_message(42, "Привет!", reply_markup=markup)
    second = await bot.send_message(42, "123")

    assert isinstance(first, Message)
    assert first.text == "Привет!"
    assert first.reply_markup == markup
    assert first.from_user is not None
    assert first.from_user.is_bot
    assert first.chat.id == 42
    assert second.message_id == first.message_id + 1
    # Numeric-looking text must stay a string, and JSON fields must be decoded.
    call = api.calls_of("sendMessage")[0]
    assert call.params["chat_id"] == 42
    assert call.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "yes"
    assert api.calls_of("sendMessage")[1].params["text"] == "123"
    assert call.result["message_id"] == first.message_id
    assert api.sent_texts(42) == ["Привет!", "123"]


async def test_send_to_unknown_chat_is_chat_not_found(api: FakeBotAPI, bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(777, "hi")
    api.strict_chats = False
    message = await bot.send_message(777, "hi")
    assert message.chat.id == 777


async def test_html_is_parsed_into_text_and_entities(api: FakeBotAPI, bot: Bot) -> None:
    api.private_chat(api.user(42))
    message = await bot.send_message(
        42,
        "<b>Жирный</b> &lt;тег&gt; <a href='https://x.org'>ссылка</a>",
        parse_mode=ParseMode.HTML,
    )
    assert message.text == "Жирный <тег> ссылка"
    assert [(e.type, e.offset, e.length) for e in message.entities] == [
        ("bold", 0, 6),
        ("text_link", 13, 6),
    ]
    assert message.entities[1].url == "https://x.org"
    with pytest.raises(BadRequest, match=r'(?i)Unsupported start tag "br"'):
        await bot.send_message(42, "a<br>b", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(42, "2 < 3", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match=r"(?i)Character '\.' is reserved"):
        await bot.send_message(42, "*Итог*: 5.", parse_mode=ParseMode.MARKDOWN_V2)
    ok = await bot.send_message(42, "*Итог*: 5\\.", parse_mode=ParseMode.MARKDOWN_V2)
    assert ok.text == "Итог: 5."


async def test_json_body_and_get_query_are_accepted(api: FakeBotAPI) -> None:
    api.private_chat(api.user(42))
    async with aiohttp.ClientSession() as session:
        url = f"{api.base_url}{TOKEN}/sendMessage"
        payload = {"chat_id": 42, "text": "json", "reply_markup": {"inline_keyboard": []}}
        async with session.post(url, json=payload) as response:
            body = await response.json()
        async with session.get(f"{api.base_url}{TOKEN}/getMe") as response:
            me = await response.json()
        async with session.post(f"{api.base_url}{TOKEN}/setChatMenuButton") as response:
            unknown = await response.json()
    assert body["ok"] is True
    assert body["result"]["text"] == "json"
    assert "reply_markup" not in body["result"]
    assert me["result"]["username"] == "tutor_test_bot"
    assert unknown == {"ok": True, "result": True}
    assert api.calls_of("setChatMenuButton")


# ------------------------------------------------------------------------------- polls


async def test_send_poll_quiz(api: FakeBotAPI, bot: Bot) -> None:
    chat = api.group_chat(-100500, "Команда")
    message = await bot.send_poll(
        chat["id"],
        "Столица Франции?",
        ["Берлин", "Париж", "Рим"],
        type=Poll.QUIZ,
        correct_option_ids=[1],
        is_anonymous=False,
        explanation="Это <b>Париж</b>",
        explanation_parse_mode=ParseMode.HTML,
    )
    poll = message.poll
    assert isinstance(poll, Poll)
    assert poll.type == Poll.QUIZ
    assert poll.is_anonymous is False
    assert poll.correct_option_ids == (1,)
    assert [o.text for o in poll.options] == ["Берлин", "Париж", "Рим"]
    assert poll.explanation == "Это Париж"
    assert not poll.is_closed

    recorded = api.polls[poll.id]
    assert recorded["correct_option_id"] == 1
    assert recorded["correct_option_ids"] == [1]
    assert recorded["chat_id"] == chat["id"]
    assert recorded["message_id"] == message.message_id
    assert api.last_poll(chat["id"])["id"] == poll.id

    stopped = await bot.stop_poll(chat["id"], message.message_id)
    assert stopped.is_closed
    assert api.polls[poll.id]["is_closed"] is True
    with pytest.raises(BadRequest, match=r"(?i)already been closed"):
        await bot.stop_poll(chat["id"], message.message_id)


async def test_send_poll_validation(api: FakeBotAPI, bot: Bot) -> None:
    api.private_chat(api.user(42))
    with pytest.raises(BadRequest, match=r"(?i)options length"):
        await bot.send_poll(42, "Q?", ["ok", "x" * 101])
    with pytest.raises(BadRequest, match=r"(?i)wrong correct option"):
        await bot.send_poll(42, "Q?", ["a", "b"], type=Poll.QUIZ, correct_option_ids=[5])
    regular = await bot.send_poll(42, "Q?", ["a", "b"])
    assert regular.poll is not None
    assert regular.poll.is_anonymous is True
    assert regular.poll.correct_option_ids == ()
    # Telegram sends no poll_answer for anonymous polls, so the fake refuses to fake one.
    with pytest.raises(ValueError, match="anonymous"):
        api.answer_poll(regular.poll.id, api.user(43), [0])


# ------------------------------------------------------------------------------- updates


async def test_long_poll_returns_enqueued_text(api: FakeBotAPI, bot: Bot) -> None:
    user = api.user(42, "Anna", username="anna")
    chat = api.private_chat(user)
    poll_task = asyncio.create_task(bot.get_updates(timeout=5))
    await api.wait_for("getUpdates")
    started = time.monotonic()
    update_dict = api.send_text(chat, user, "/start@tutor_test_bot привет")

    updates = await poll_task
    assert time.monotonic() - started < 1.0
    assert len(updates) == 1
    update = updates[0]
    assert update.update_id == update_dict["update_id"] == 1
    assert update.message is not None
    assert update.message.text == "/start@tutor_test_bot привет"
    assert update.message.from_user is not None
    assert update.message.from_user.username == "anna"
    assert update.message.from_user.language_code == "ru"
    assert update.message.chat.type == "private"
    assert update.message.entities[0].type == "bot_command"
    assert update.message.entities[0].length == len("/start@tutor_test_bot")
    assert isinstance(update.message.date, dtm.datetime)


async def test_reply_and_edited_message(api: FakeBotAPI, bot: Bot) -> None:
    user = api.user(42)
    chat = api.private_chat(user)
    sent = await bot.send_message(42, "Вопрос")
    api.send_text(chat, user, "Ответ", reply_to_message_id=sent.message_id)
    api.send_text(chat, user, "Ответ!", edited=True)
    updates = await bot.get_updates(timeout=0)
    reply, edit = updates
    assert reply.message is not None
    assert reply.message.reply_to_message is not None
    assert reply.message.reply_to_message.text == "Вопрос"
    assert edit.edited_message is not None
    assert edit.edited_message.message_id == reply.message.message_id
    assert edit.edited_message.text == "Ответ!"
    assert edit.edited_message.edit_date is not None
    # The bot may answer with a reply to the user's message.
    answer = await bot.send_message(42, "ok", reply_to_message_id=reply.message.message_id)
    assert answer.reply_to_message is not None
    with pytest.raises(BadRequest, match=r"(?i)replied not found"):
        await bot.send_message(42, "ok", reply_to_message_id=999)


async def test_callback_poll_answer_inline_query_and_member_updates(
    api: FakeBotAPI, bot: Bot
) -> None:
    user = api.user(42, "Anna")
    chat = api.private_chat(user)
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("A", callback_data="quiz:1:0")]])
    sent = await bot.send_message(42, "Выберите", reply_markup=keyboard)
    poll_message = await bot.send_poll(
        42, "Q?", ["a", "b"], type=Poll.QUIZ, correct_option_ids=[0], is_anonymous=False
    )
    assert poll_message.poll is not None
    poll_id = poll_message.poll.id

    api.press_button(chat, user, "quiz:1:0", sent.message_id)
    api.answer_poll(poll_id, user, [1])
    api.inline_query(user, "глагол")
    api.chat_member_update(chat, user, new_status="kicked")
    api.send_message_update({"from": user, "sticker": None, "dice": {"emoji": "🎲", "value": 3}})
    api.send_message_update({"text": "news"}, kind="channel_post")

    updates = await bot.get_updates(timeout=1)
    assert len(updates) == 6
    callback = updates[0].callback_query
    assert callback is not None
    assert callback.data == "quiz:1:0"
    assert callback.from_user.id == 42
    assert callback.message is not None
    assert callback.message.message_id == sent.message_id
    assert isinstance(callback.message, Message)
    assert callback.message.reply_markup == keyboard
    assert await callback.answer("Верно!") is True

    answer = updates[1].poll_answer
    assert answer is not None
    assert answer.poll_id == poll_id
    assert answer.option_ids == (1,)
    assert answer.option_persistent_ids == ("1",)
    assert answer.user is not None
    assert answer.user.id == 42
    assert api.polls[poll_id]["total_voter_count"] == 1
    assert api.polls[poll_id]["options"][1]["voter_count"] == 1

    inline = updates[2].inline_query
    assert inline is not None
    assert inline.query == "глагол"
    assert inline.offset == ""
    result = InlineQueryResultArticle("1", "Глагол", InputTextMessageContent("глагол"))
    assert await inline.answer([result]) is True

    member = updates[3].my_chat_member
    assert member is not None
    assert member.new_chat_member.status == "kicked"
    assert member.old_chat_member.status == "member"
    assert member.new_chat_member.user.id == 123456
    # A user who blocked the bot cannot be messaged any more.
    with pytest.raises(Forbidden, match=r"(?i)blocked by the user"):
        await bot.send_message(42, "Вы здесь?")

    odd = updates[4].message
    assert odd is not None
    assert odd.dice is not None
    assert odd.text is None
    post = updates[5].channel_post
    assert post is not None
    assert post.from_user is None
    assert post.chat.type == "channel"

    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query("does-not-exist")


async def test_offset_confirms_updates(api: FakeBotAPI, bot: Bot) -> None:
    user = api.user(42)
    chat = api.private_chat(user)
    for text in ("one", "two", "three"):
        api.send_text(chat, user, text)

    first = await bot.get_updates(limit=2, timeout=0)
    assert [u.message.text for u in first if u.message] == ["one", "two"]
    # Without a new offset nothing is confirmed: the same updates come again.
    again = await bot.get_updates(timeout=0)
    assert [u.update_id for u in again] == [1, 2, 3]
    rest = await bot.get_updates(offset=first[-1].update_id + 1, timeout=0)
    assert [u.update_id for u in rest] == [3]
    assert len(api.pending_updates) == 1
    assert (await bot.get_webhook_info()).pending_update_count == 1
    assert await bot.get_updates(offset=4, timeout=0) == ()
    assert api.pending_updates == []
    assert api.send_text(chat, user, "four")["update_id"] == 4


async def test_empty_long_poll_waits_for_timeout(bot: Bot) -> None:
    started = time.monotonic()
    assert await bot.get_updates(timeout=1) == ()
    elapsed = time.monotonic() - started
    assert 0.9 <= elapsed < 2.0


async def test_allowed_updates_and_drop_pending(api: FakeBotAPI, bot: Bot) -> None:
    user = api.user(42)
    chat = api.private_chat(user)
    api.send_text(chat, user, "hello")
    api.inline_query(user, "q")
    updates = await bot.get_updates(timeout=0, allowed_updates=["message"])
    assert [u.message is not None for u in updates] == [True]
    assert [u["update_id"] for u in api.filtered_updates] == [2]

    api.send_text(chat, user, "stale")
    assert await bot.delete_webhook(drop_pending_updates=True) is True
    assert api.pending_updates == []


async def test_second_poller_conflicts_the_first(api: FakeBotAPI) -> None:
    async with make_bot(api) as first, make_bot(api) as second:
        poll = asyncio.create_task(first.get_updates(timeout=3))
        await api.wait_for("getUpdates")
        started = time.monotonic()
        await second.get_updates(timeout=0)
        with pytest.raises(Conflict, match=r"(?i)terminated by other getUpdates"):
            await poll
        assert time.monotonic() - started < 1.0


async def test_webhook_blocks_get_updates(bot: Bot) -> None:
    assert await bot.set_webhook("https://example.org/hook") is True
    assert (await bot.get_webhook_info()).url == "https://example.org/hook"
    with pytest.raises(Conflict, match=r"(?i)webhook is active"):
        await bot.get_updates(timeout=0)
    await bot.delete_webhook()
    assert await bot.get_updates(timeout=0) == ()


# ------------------------------------------------------------------------------- faults


async def test_429_raises_retry_after(
    api: FakeBotAPI, bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without PTB_TIMEDELTA, RetryAfter.retry_after emits a PTBDeprecationWarning (an error here).
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    api.private_chat(api.user(42))
    api.fail("sendMessage", 429, retry_after=7)
    with pytest.raises(RetryAfter) as excinfo:
        await bot.send_message(42, "flood")
    assert excinfo.value.retry_after == dtm.timedelta(seconds=7)
    failed = api.calls_of("sendMessage")[-1]
    assert failed.fault == "injected 429"
    assert failed.status == 429
    assert api.sent_texts(42) == []
    # The fault was one-shot.
    assert (await bot.send_message(42, "again")).text == "again"


async def test_403_and_wildcard_faults(api: FakeBotAPI, bot: Bot) -> None:
    api.private_chat(api.user(42))
    api.fail("sendMessage", 403, "Forbidden: bot was blocked by the user")
    with pytest.raises(Forbidden, match=r"(?i)blocked"):
        await bot.send_message(42, "x")
    api.fail("*", 502, times=2)
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.get_me()
    with pytest.raises(NetworkError):
        await bot.send_chat_action(42, "typing")
    assert await bot.send_chat_action(42, "typing") is True


async def test_delay_causes_timeout_but_still_sends(api: FakeBotAPI) -> None:
    api.private_chat(api.user(42))
    async with make_bot(api, read_timeout=0.3) as bot:
        api.delay("sendMessage", 1.0)
        with pytest.raises(TimedOut):
            await bot.send_message(42, "slow")
    # Like the real API, the message went out even though the client gave up waiting.
    assert api.sent_texts(42) == ["slow"]
    assert api.calls_of("sendMessage")[0].fault == "delayed 1.0s"


async def test_edit_message_text_and_markup(api: FakeBotAPI, bot: Bot) -> None:
    user = api.user(42)
    chat = api.private_chat(user)
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("A", callback_data="a")]])
    sent = await bot.send_message(42, "Вопрос", reply_markup=keyboard)

    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("Вопрос", 42, sent.message_id, reply_markup=keyboard)
    edited = await bot.edit_message_text("Вопрос ✓", 42, sent.message_id, reply_markup=keyboard)
    assert isinstance(edited, Message)
    assert edited.text == "Вопрос ✓"
    assert edited.edit_date is not None
    assert edited.reply_markup == keyboard

    bare = await bot.edit_message_reply_markup(42, sent.message_id)
    assert isinstance(bare, Message)
    assert bare.reply_markup is None
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_reply_markup(42, sent.message_id)
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", 42, 9999)

    api.send_text(chat, user, "user text")
    user_message_id = api.pending_updates[-1]["message"]["message_id"]
    with pytest.raises(BadRequest, match=r"(?i)can't be edited"):
        await bot.edit_message_text("x", 42, user_message_id)

    assert await bot.delete_message(42, sent.message_id) is True
    with pytest.raises(BadRequest, match=r"(?i)message to delete not found"):
        await bot.delete_message(42, sent.message_id)
    assert api.sent_texts(42) == ["Вопрос", "Вопрос ✓"]
    assert api.get_message(42, sent.message_id) is None


async def test_callback_data_limit(api: FakeBotAPI, bot: Bot) -> None:
    api.private_chat(api.user(42))
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("A", callback_data="я" * 33)]])
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(42, "x", reply_markup=too_long)


# ------------------------------------------------------------------------------- chats


async def test_chat_members_and_chat_info(api: FakeBotAPI, bot: Bot) -> None:
    chat = api.group_chat(-100777, "Команда")
    admin = api.user(1, "Admin")
    owner = api.user(2, "Owner")
    api.user(3, "Plain")
    api.set_admin(chat["id"], 1)
    api.set_creator(chat["id"], 2)

    member = await bot.get_chat_member(chat["id"], 1)
    assert isinstance(member, ChatMemberAdministrator)
    assert member.user.first_name == admin["first_name"]
    assert member.can_delete_messages
    assert isinstance(await bot.get_chat_member(chat["id"], 2), ChatMemberOwner)
    assert isinstance(await bot.get_chat_member(chat["id"], 3), ChatMemberMember)

    admins = await bot.get_chat_administrators(chat["id"])
    assert [a.user.id for a in admins] == [owner["id"], admin["id"]]

    info = await bot.get_chat(chat["id"])
    assert isinstance(info, ChatFullInfo)
    assert info.title == "Команда"
    assert info.type == "supergroup"
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.get_chat(-1)

    assert await bot.leave_chat(chat["id"]) is True
    with pytest.raises(Forbidden, match=r"(?i)not a member"):
        await bot.send_message(chat["id"], "hi")


async def test_group_chat_ids_are_negative(api: FakeBotAPI) -> None:
    assert api.group_chat(5)["id"] == -1_000_000_000_005
    assert api.group_chat(5, type="group")["id"] == -5
    assert api.group_chat(-42)["id"] == -42


async def test_commands_and_descriptions(bot: Bot) -> None:
    commands = [("start", "Начать"), ("quiz", "Тест")]
    assert await bot.set_my_commands(commands) is True
    assert [(c.command, c.description) for c in await bot.get_my_commands()] == commands
    assert await bot.get_my_commands(language_code="en") == ()
    assert await bot.delete_my_commands() is True
    assert await bot.get_my_commands() == ()
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([("Start", "bad")])
    assert await bot.set_my_description("Учебный бот") is True
    assert (await bot.get_my_description()).description == "Учебный бот"
    assert await bot.set_my_short_description("Кратко") is True
    assert (await bot.get_my_short_description()).short_description == "Кратко"


async def test_photo_and_document_uploads(api: FakeBotAPI, bot: Bot) -> None:
    api.private_chat(api.user(42))
    image = png(40, 20)
    photo_message = await bot.send_photo(42, image, caption="<i>график</i>", parse_mode="HTML")
    assert photo_message.caption == "график"
    assert photo_message.photo[-1].width == 40
    assert photo_message.photo[-1].height == 20
    upload = api.calls_of("sendPhoto")[0].params["photo"]
    assert upload.size == len(image)

    document_message = await bot.send_document(42, b"a,b\n1,2\n", filename="stats.csv")
    assert document_message.document is not None
    assert document_message.document.file_name == "stats.csv"
    assert document_message.document.file_size == 8

    # Downloading goes through base_file_url, like the real API.
    file = await bot.get_file(photo_message.photo[-1].file_id)
    assert bytes(await file.download_as_bytearray()) == image
    # Re-sending by file_id reuses the stored file.
    again = await bot.send_photo(42, photo_message.photo[-1].file_id)
    assert again.photo[-1].file_id == photo_message.photo[-1].file_id


# ------------------------------------------------------------------------------- network


async def test_pause_and_resume(api: FakeBotAPI, bot: Bot) -> None:
    port = api.port
    await api.pause()
    with pytest.raises(NetworkError):
        await bot.get_me()
    await api.resume()
    assert api.port == port
    assert (await bot.get_me()).username == "tutor_test_bot"


async def test_pause_breaks_a_running_long_poll(api: FakeBotAPI, bot: Bot) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await api.wait_for("getUpdates")
    await api.pause()
    with pytest.raises(NetworkError):
        await poll
    await api.resume()
    assert await bot.get_updates(timeout=0) == ()


async def test_wait_for_and_mark(api: FakeBotAPI, bot: Bot) -> None:
    api.private_chat(api.user(42))
    await bot.send_message(42, "first")
    mark = api.mark()
    task = asyncio.create_task(api.wait_for("sendMessage", after=mark))
    await asyncio.sleep(0.05)
    assert not task.done()
    await bot.send_message(42, "second")
    call = await task
    assert isinstance(call, Call)
    assert call.params["text"] == "second"
    found = await api.wait_for("sendmessage", lambda c: c.params["text"] == "first")
    assert found.result["text"] == "first"

    with pytest.raises(AssertionError, match="no matching editMessageText") as excinfo:
        await api.wait_for("editMessageText", timeout=0.1)
    assert "sendMessage" in str(excinfo.value)


async def test_enqueue_from_another_thread_wakes_long_poll(api: FakeBotAPI, bot: Bot) -> None:
    user = api.user(42)
    chat = api.private_chat(user)
    poll = asyncio.create_task(bot.get_updates(timeout=3))
    await api.wait_for("getUpdates")
    started = time.monotonic()
    await asyncio.to_thread(api.send_text, chat, user, "from a thread")
    updates = await poll
    assert time.monotonic() - started < 1.0
    assert updates[0].message is not None
    assert updates[0].message.text == "from a thread"


async def test_raw_update_dicts_are_json_serialisable(api: FakeBotAPI) -> None:
    user = api.user(42)
    update = api.send_text(api.private_chat(user), user, "/quiz")
    assert json.loads(json.dumps(update)) == update
    assert update["message"]["entities"] == [{"type": "bot_command", "offset": 0, "length": 5}]


async def test_real_application_polls_and_replies(api: FakeBotAPI) -> None:
    """A PTB Application with its own Updater loop, as the bot runs in production."""
    user = api.user(42, "Anna")
    chat = api.private_chat(user)

    async def start(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text("Добро пожаловать!")

    app = (
        Application.builder()
        .token(TOKEN)
        .base_url(api.base_url)
        .base_file_url(api.base_file_url)
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    async with app:
        assert app.updater is not None
        await app.updater.start_polling(timeout=1, drop_pending_updates=True)
        await app.start()
        api.send_text(chat, user, "/start")
        call = await api.wait_for("sendMessage", timeout=3)
        await app.updater.stop()
        await app.stop()
    assert call.params["text"] == "Добро пожаловать!"
    assert call.params["chat_id"] == 42
    # Stopping the updater confirms what it processed, so nothing is redelivered.
    assert api.pending_updates == []
