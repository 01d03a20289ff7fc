"""Users and chats: names, languages, a chat's time zone, and forgetting a user."""

from __future__ import annotations

from bot.storage.db import Database


class UserStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def upsert_user(
        self, user_id: int, name: str, username: str | None, lang: str, now: float
    ) -> None:
        await self._db.write(
            "INSERT INTO users (id, name, username, lang, created_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, username = excluded.username, "
            "lang = excluded.lang",
            (user_id, name, username, lang, now),
        )

    async def upsert_chat(
        self, chat_id: int, chat_type: str, title: str | None, now: float
    ) -> None:
        await self._db.write(
            "INSERT INTO chats (id, type, title, created_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET type = excluded.type, title = excluded.title, "
            "active = 1",
            (chat_id, chat_type, title, now),
        )

    async def user_name(self, user_id: int) -> str | None:
        row = await self._db.fetchone("SELECT name FROM users WHERE id = ?", (user_id,))
        return str(row["name"]) if row else None

    async def chat_timezone(self, chat_id: int) -> str | None:
        row = await self._db.fetchone("SELECT tz FROM chats WHERE id = ?", (chat_id,))
        return str(row["tz"]) if row and row["tz"] else None

    async def set_chat_timezone(self, chat_id: int, tz: str, now: float) -> None:
        await self._db.write(
            "INSERT INTO chats (id, type, tz, created_at) VALUES (?, 'unknown', ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET tz = excluded.tz",
            (chat_id, tz, now),
        )

    async def chat_topic(self, chat_id: int) -> str | None:
        row = await self._db.fetchone("SELECT topic FROM chats WHERE id = ?", (chat_id,))
        return str(row["topic"]) if row and row["topic"] else None

    async def set_chat_topic(
        self, chat_id: int, chat_type: str, topic: str | None, now: float
    ) -> None:
        """Set (or with None, clear) the chat's default topic."""
        await self._db.write(
            "INSERT INTO chats (id, type, topic, created_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET topic = excluded.topic",
            (chat_id, chat_type, topic, now),
        )

    async def deactivate_chat(self, chat_id: int) -> None:
        """The bot left the chat: mark it inactive and drop its daily push."""
        async with self._db.transaction() as tx:
            await tx.write("UPDATE chats SET active = 0 WHERE id = ?", (chat_id,))
            await tx.write("DELETE FROM subscriptions WHERE chat_id = ?", (chat_id,))

    async def delete_user(self, user_id: int) -> int:
        """Delete the user and everything recorded about them; returns answers removed."""
        async with self._db.transaction() as tx:
            row = await tx.fetchone("SELECT COUNT(*) FROM answers WHERE user_id = ?", (user_id,))
            await tx.write("DELETE FROM answers WHERE user_id = ?", (user_id,))
            await tx.write("DELETE FROM reviews WHERE user_id = ?", (user_id,))
            await tx.write("DELETE FROM users WHERE id = ?", (user_id,))
        return int(row[0]) if row else 0
