"""The fake's model of Telegram: users, chats, messages, polls, members, and the update queue
tests fill by acting as users (writing, pressing buttons, voting, removing the bot)."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable

from tests.fakeapi.faults import JSON, pulse
from tests.fakeapi.markup import u16

DEFAULT_TOKEN = "123456:TEST-TOKEN"

_ADMIN_RIGHTS: JSON = {
    "can_be_edited": False,
    "is_anonymous": False,
    "can_manage_chat": True,
    "can_delete_messages": True,
    "can_manage_video_chats": True,
    "can_restrict_members": True,
    "can_promote_members": False,
    "can_change_info": True,
    "can_invite_users": True,
    "can_post_stories": False,
    "can_edit_stories": False,
    "can_delete_stories": False,
    "can_pin_messages": True,
    "can_manage_topics": False,
}


class World:
    """Telegram's state as the bot's methods and the tests' user actions change it."""

    def __init__(self, token: str = DEFAULT_TOKEN, username: str = "tutor_test_bot") -> None:
        self.token = token
        self.username = username
        self.bot_id = int(token.split(":", 1)[0])
        self.bot_user: JSON = {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Tutor Test Bot",
            "username": username,
        }
        # When True, sending to a chat id the server never saw is 400 "chat not found", as on
        # the real API; tests that message pre-configured chats call register_chat() first.
        self.strict_chats = True

        self.polls: dict[str, JSON] = {}
        self.files: dict[str, bytes] = {}
        self.filtered_updates: list[JSON] = []  # dropped because of allowed_updates
        self.webhook_url = ""

        # The loop the server runs on, and the event a long poll waits on.
        self._loop: asyncio.AbstractEventLoop | None = None
        self._updates: list[JSON] = []
        self._update_ids = itertools.count(1)
        self._updates_changed = asyncio.Event()

        self._users: dict[int, JSON] = {}
        self._chats: dict[int, JSON] = {}
        self._chat_instances: dict[int, str] = {}
        self._last_message_id: dict[int, int] = {}
        self._messages: dict[tuple[int, int], JSON] = {}
        self._texts: dict[int, list[str]] = {}
        self._poll_objects: dict[str, JSON] = {}
        self._poll_votes: dict[str, dict[int, list[int]]] = {}
        self._members: dict[tuple[int, int], str] = {}
        self._blocked: dict[int, str] = {}
        self._callback_ids: set[str] = set()
        self._inline_ids: set[str] = set()
        self._commands: dict[tuple[str, str], list[JSON]] = {}
        self._bot_texts: dict[tuple[str, str], str] = {}
        self._file_meta: dict[str, JSON] = {}
        self._ids = itertools.count(1)

    # ---------------------------------------------------------------- what the bot sent

    def sent_texts(self, chat_id: int) -> list[str]:
        """Plain texts of sendMessage/editMessageText to this chat, in order."""
        return list(self._texts.get(chat_id, []))

    def get_message(self, chat_id: int, message_id: int) -> JSON | None:
        """The current server-side state of a message (after edits), or None if deleted."""
        return self._messages.get((chat_id, message_id))

    def last_poll(self, chat_id: int | None = None) -> JSON:
        for poll in reversed(self.polls.values()):
            if chat_id is None or poll["chat_id"] == chat_id:
                return poll
        raise AssertionError(f"no poll was sent{'' if chat_id is None else f' to {chat_id}'}")

    # ---------------------------------------------------------------- world state helpers

    def user(
        self,
        id: int,
        first_name: str = "User",
        username: str | None = None,
        language_code: str | None = "ru",
        last_name: str | None = None,
    ) -> JSON:
        user: JSON = {"id": id, "is_bot": False, "first_name": first_name}
        if last_name:
            user["last_name"] = last_name
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        self._users[id] = user
        return dict(user)

    def private_chat(self, user: JSON) -> JSON:
        chat: JSON = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
        for key in ("last_name", "username"):
            if user.get(key):
                chat[key] = user[key]
        return self.register_chat(chat)

    def group_chat(
        self,
        id: int,
        title: str = "Team",
        type: str = "supergroup",
    ) -> JSON:
        """A group chat; a positive id is turned into a realistic negative one."""
        if id > 0:
            id = -(1_000_000_000_000 + id) if type == "supergroup" else -id
        return self.register_chat({"id": id, "type": type, "title": title})

    def register_chat(self, chat: JSON) -> JSON:
        """Make the server know a chat (needed before the bot may message it)."""
        self._chats[chat["id"]] = dict(chat)
        return dict(chat)

    def set_member(self, chat_id: int, user_id: int, status: str) -> None:
        """Status getChatMember reports: creator/administrator/member/restricted/left/kicked."""
        self._members[(chat_id, user_id)] = status

    def set_admin(self, chat_id: int, user_id: int) -> None:
        self.set_member(chat_id, user_id, "administrator")

    def set_creator(self, chat_id: int, user_id: int) -> None:
        self.set_member(chat_id, user_id, "creator")

    def block(self, chat_id: int, reason: str = "Forbidden: bot was blocked by the user") -> None:
        """Make every send to this chat fail with 403, without telling the bot (as Telegram)."""
        self._blocked[chat_id] = reason

    # ---------------------------------------------------------------- update builders

    def enqueue(self, update_fields: JSON) -> JSON:
        """Queue an arbitrary update; update_id is assigned here."""
        update = {"update_id": next(self._update_ids), **update_fields}
        for key in ("message", "edited_message", "channel_post", "edited_channel_post"):
            message = update.get(key)
            if isinstance(message, dict) and "message_id" in message and "chat" in message:
                self._remember_incoming(message)
        self._updates.append(update)
        self._signal(lambda: pulse(self, "_updates_changed"))
        return update

    def send_text(
        self,
        chat: JSON,
        user: JSON,
        text: str,
        reply_to_message_id: int | None = None,
        edited: bool = False,
        message_id: int | None = None,
    ) -> JSON:
        """A user writes `text`.

        edited=True produces an edited_message for `message_id` (default: the user's latest
        message in that chat).
        """
        fields: JSON = {"chat": chat, "from": user, "text": text}
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            fields["entities"] = [{"type": "bot_command", "offset": 0, "length": u16(command)}]
        if reply_to_message_id is not None:
            fields["reply_to_message"] = self._reply_copy(chat["id"], reply_to_message_id)
        if edited:
            original = self._find_user_message(chat["id"], user["id"], message_id)
            fields["message_id"] = original["message_id"]
            fields["date"] = original["date"]  # an edit keeps the original send date
            fields["edit_date"] = int(time.time())
        elif message_id is not None:
            fields["message_id"] = message_id
        return self.send_message_update(fields, kind="edited_message" if edited else "message")

    def send_message_update(self, message_fields: JSON, kind: str = "message") -> JSON:
        """Queue a message-like update of `kind` built from arbitrary fields.

        Missing message_id/date/chat are filled in (chat: the sender's private chat, or a
        channel for channel posts), so stickers, photos, service messages or sender-less posts
        can be simulated by passing just the interesting fields.
        """
        message = dict(message_fields)
        if "chat" not in message:
            sender = message.get("from")
            if isinstance(sender, dict):
                message["chat"] = self.private_chat(sender)
            elif "channel" in kind:
                message["chat"] = self.register_chat(
                    {"id": -1_000_000_000_001, "type": "channel", "title": "Channel"}
                )
            else:
                message["chat"] = self.private_chat(self.user(1, "User"))
        self.register_chat({**self._chats.get(message["chat"]["id"], {}), **message["chat"]})
        message.setdefault("date", int(time.time()))
        if "message_id" not in message:
            message["message_id"] = self._next_message_id(message["chat"]["id"])
        # Re-order so the JSON reads like Telegram's (message_id first); PTB does not care.
        message = {"message_id": message.pop("message_id"), **message}
        return self.enqueue({kind: message})

    def press_button(self, chat: JSON, user: JSON, data: str, message_id: int) -> JSON:
        """The user taps an inline button with callback_data `data` under `message_id`."""
        query_id = str(4_000_000_000_000_000_000 + next(self._ids))
        self._callback_ids.add(query_id)
        message = self._messages.get((chat["id"], message_id))
        # A deleted/unknown message arrives as InaccessibleMessage (date 0), as on Telegram.
        shown = dict(message) if message else {"chat": chat, "message_id": message_id, "date": 0}
        query = {
            "id": query_id,
            "from": user,
            "chat_instance": self._chat_instance(chat["id"]),
            "data": data,
            "message": shown,
        }
        return self.enqueue({"callback_query": query})

    def inline_query(self, user: JSON, query: str, offset: str = "") -> JSON:
        query_id = str(5_000_000_000_000_000_000 + next(self._ids))
        self._inline_ids.add(query_id)
        inline = {"id": query_id, "from": user, "query": query, "offset": offset}
        return self.enqueue({"inline_query": inline})

    def answer_poll(self, poll_id: str, user: JSON, option_ids: list[int]) -> JSON:
        """The user votes (empty option_ids = retracts the vote)."""
        poll = self._poll_objects.get(poll_id)
        if poll is not None:
            # Telegram never reports votes in anonymous or closed polls; a test doing so would
            # exercise a path that cannot happen in production.
            if poll["is_anonymous"]:
                raise ValueError(f"poll {poll_id} is anonymous: bots get no poll_answer for it")
            if poll["is_closed"]:
                raise ValueError(f"poll {poll_id} is closed: nobody can vote any more")
            persistent = [poll["options"][i]["persistent_id"] for i in option_ids]
            votes = self._poll_votes.setdefault(poll_id, {})
            if option_ids:
                votes[user["id"]] = list(option_ids)
            else:
                votes.pop(user["id"], None)
            for index, option in enumerate(poll["options"]):
                option["voter_count"] = sum(index in v for v in votes.values())
            poll["total_voter_count"] = len(votes)
            self._refresh_poll_view(poll_id)
        else:
            persistent = [str(i) for i in option_ids]
        answer = {
            "poll_id": poll_id,
            "user": user,
            "option_ids": list(option_ids),
            "option_persistent_ids": persistent,
        }
        return self.enqueue({"poll_answer": answer})

    def chat_member_update(
        self,
        chat: JSON,
        user: JSON,
        new_status: str = "kicked",
        old_status: str = "member",
    ) -> JSON:
        """`user` changed the bot's status in `chat` (a my_chat_member update).

        Also changes what the server does next: after "kicked"/"left" sending there is a 403.
        """
        chat_id = chat["id"]
        self.register_chat(chat)
        if new_status in ("kicked", "left"):
            place = "the group chat" if chat["type"] == "group" else f"the {chat['type']} chat"
            if chat["type"] == "private":
                reason = "Forbidden: bot was blocked by the user"
            elif new_status == "kicked":
                reason = f"Forbidden: bot was kicked from {place}"
            else:
                reason = f"Forbidden: bot is not a member of {place}"
            self._blocked[chat_id] = reason
        else:
            self._blocked.pop(chat_id, None)
        self.set_member(chat_id, self.bot_id, new_status)
        update = {
            "chat": chat,
            "from": user,
            "date": int(time.time()),
            "old_chat_member": self._member_object(old_status, self.bot_user),
            "new_chat_member": self._member_object(new_status, self.bot_user),
        }
        return self.enqueue({"my_chat_member": update})

    @property
    def pending_updates(self) -> list[JSON]:
        """Updates not yet confirmed by the bot."""
        return list(self._updates)

    # ---------------------------------------------------------------- internals: state

    def _signal(self, action: Callable[[], None]) -> None:
        # Builders may be called from another thread (e.g. a sync test helper); events belong
        # to the server's loop, so hop onto it in that case.
        loop = self._loop
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if loop is None or running is loop or loop.is_closed():
            action()
        else:
            loop.call_soon_threadsafe(action)

    def _next_message_id(self, chat_id: int) -> int:
        self._last_message_id[chat_id] = self._last_message_id.get(chat_id, 0) + 1
        return self._last_message_id[chat_id]

    def _remember_incoming(self, message: JSON) -> None:
        chat_id = message["chat"]["id"]
        message_id = message["message_id"]
        self._last_message_id[chat_id] = max(self._last_message_id.get(chat_id, 0), message_id)
        self._messages[(chat_id, message_id)] = message

    def _find_user_message(self, chat_id: int, user_id: int, message_id: int | None) -> JSON:
        """The message an edited_message refers to: `message_id`, or the user's latest."""
        if message_id is not None:
            known = self._messages.get((chat_id, message_id))
            return known or {"message_id": message_id, "date": int(time.time())}
        for (cid, _), message in reversed(self._messages.items()):
            if cid == chat_id and message.get("from", {}).get("id") == user_id:
                return message
        raise ValueError(f"user {user_id} has sent nothing to chat {chat_id} to edit")

    def _reply_copy(self, chat_id: int, message_id: int) -> JSON:
        original = self._messages.get((chat_id, message_id))
        if original is None:
            chat = self._chats.get(chat_id, {"id": chat_id, "type": "private"})
            return {"message_id": message_id, "date": int(time.time()), "chat": chat}
        # Telegram does not nest replies more than one level deep.
        return {k: v for k, v in original.items() if k != "reply_to_message"}

    def _chat_instance(self, chat_id: int) -> str:
        if chat_id not in self._chat_instances:
            self._chat_instances[chat_id] = str(-8_000_000_000_000_000_000 + next(self._ids))
        return self._chat_instances[chat_id]

    def _user_object(self, user_id: int) -> JSON:
        if user_id == self.bot_id:
            return dict(self.bot_user)
        known = self._users.get(user_id)
        return dict(known) if known else {"id": user_id, "is_bot": False, "first_name": "User"}

    def _member_object(self, status: str, user: JSON) -> JSON:
        member: JSON = {"status": status, "user": user}
        if status == "administrator":
            member.update(_ADMIN_RIGHTS)
        elif status == "creator":
            member["is_anonymous"] = False
        elif status == "kicked":
            member["until_date"] = 0
        elif status == "restricted":
            member.update(
                {
                    "is_member": True,
                    "can_send_messages": False,
                    "can_send_audios": False,
                    "can_send_documents": False,
                    "can_send_photos": False,
                    "can_send_videos": False,
                    "can_send_video_notes": False,
                    "can_send_voice_notes": False,
                    "can_send_polls": False,
                    "can_send_other_messages": False,
                    "can_add_web_page_previews": False,
                    "can_change_info": False,
                    "can_invite_users": False,
                    "can_pin_messages": False,
                    "can_manage_topics": False,
                    "until_date": 0,
                }
            )
        return member

    def _refresh_poll_view(self, poll_id: str) -> None:
        # api.polls carries test conveniences (chat_id, correct_option_id) that must not leak
        # into JSON sent to PTB: Poll(correct_option_id=...) is deprecated since Bot API 9.6.
        poll = self._poll_objects[poll_id]
        view = self.polls[poll_id]
        view.update(json.loads(json.dumps(poll)))
