"""People and chats: who we have seen, a chat's time zone and topic, forgetting a user."""

from __future__ import annotations

from dataclasses import dataclass

from bot.services.types import ChatInfo, Clock, UserInfo
from bot.storage.users import UserStore


@dataclass(frozen=True, slots=True, kw_only=True)
class People:
    """People and chats the bot has seen."""

    users: UserStore
    clock: Clock
    default_tz: str

    async def seen(self, user: UserInfo | None, chat: ChatInfo | None) -> None:
        """Remember the user's current name and language and the chat's title."""
        now = self.clock().timestamp()
        if user is not None:
            await self.users.upsert_user(user.id, user.name, user.username, user.lang, now)
        if chat is not None:
            await self.users.upsert_chat(chat.id, chat.type, chat.title, now)

    async def name(self, user_id: int | None) -> str:
        """The name the user was last seen with ("" when unknown)."""
        found = await self.users.user_name(user_id) if user_id is not None else None
        return found or ""

    async def chat_tz(self, chat_id: int) -> str:
        return await self.users.chat_timezone(chat_id) or self.default_tz

    async def set_chat_tz(self, chat_id: int, tz: str) -> None:
        await self.users.set_chat_timezone(chat_id, tz, self.clock().timestamp())

    async def chat_topic(self, chat_id: int) -> str | None:
        """The key of the chat's default topic, if one was set."""
        return await self.users.chat_topic(chat_id)

    async def set_chat_topic(self, chat: ChatInfo, key: str | None) -> None:
        await self.users.set_chat_topic(chat.id, chat.type, key, self.clock().timestamp())

    async def chat_gone(self, chat_id: int) -> None:
        """Mark the chat inactive and drop its daily push."""
        await self.users.deactivate_chat(chat_id)

    async def forget(self, user_id: int) -> int:
        """Delete everything recorded about the user; returns how many answers went."""
        return await self.users.delete_user(user_id)
