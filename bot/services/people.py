"""People and chats: who we have seen, a chat's time zone, forgetting a user."""

from __future__ import annotations

from bot.services.types import ChatInfo, Clock, UserInfo
from bot.storage.users import UserStore


class People:
    def __init__(self, users: UserStore, clock: Clock, default_tz: str) -> None:
        self._users = users
        self._clock = clock
        self.default_tz = default_tz

    async def seen(self, user: UserInfo | None, chat: ChatInfo | None) -> None:
        """Remember the user's current name and language and the chat's title."""
        now = self._clock().timestamp()
        if user is not None:
            await self._users.upsert_user(user.id, user.name, user.username, user.lang, now)
        if chat is not None:
            await self._users.upsert_chat(chat.id, chat.type, chat.title, now)

    async def chat_tz(self, chat_id: int) -> str:
        return await self._users.chat_timezone(chat_id) or self.default_tz

    async def set_chat_tz(self, chat_id: int, tz: str) -> None:
        await self._users.set_chat_timezone(chat_id, tz, self._clock().timestamp())

    async def chat_gone(self, chat_id: int) -> None:
        """Mark the chat inactive and drop its daily push."""
        await self._users.deactivate_chat(chat_id)

    async def forget(self, user_id: int) -> int:
        """Delete everything recorded about the user; returns how many answers went."""
        return await self._users.delete_user(user_id)
