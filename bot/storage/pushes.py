"""Daily pushes: one subscription per chat, and the claim on each day's slot."""

from __future__ import annotations

from typing import Any

from bot.storage.db import Database, record
from bot.storage.records import SubscriptionRecord


class PushStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def subscribe(self, chat_id: int, local_time: str, questions: int, now: float) -> None:
        await self._db.write(
            "INSERT INTO subscriptions (chat_id, local_time, questions, created_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (chat_id) DO UPDATE SET "
            "local_time = excluded.local_time, questions = excluded.questions, "
            "created_at = excluded.created_at",
            (chat_id, local_time, questions, now),
        )

    async def unsubscribe(self, chat_id: int) -> bool:
        written = await self._db.write("DELETE FROM subscriptions WHERE chat_id = ?", (chat_id,))
        return written.changed == 1

    async def subscriptions(self, chat_id: int | None = None) -> list[SubscriptionRecord]:
        """Every subscription (or one chat's) with the chat's time zone."""
        sql = (
            "SELECT s.chat_id, s.local_time, s.questions, s.last_sent, s.created_at, c.tz, "
            "c.topic "
            "FROM subscriptions s LEFT JOIN chats c ON c.id = s.chat_id"
        )
        params: tuple[Any, ...] = ()
        if chat_id is not None:
            sql += " WHERE s.chat_id = ?"
            params = (chat_id,)
        rows = await self._db.fetchall(sql, params)
        return [record(SubscriptionRecord, r) for r in rows]

    async def claim(self, chat_id: int, slot: float) -> bool:
        """Claim a push slot before sending; False if it was already claimed."""
        written = await self._db.write(
            "UPDATE subscriptions SET last_sent = ? WHERE chat_id = ? "
            "AND (last_sent IS NULL OR last_sent < ?)",
            (slot, chat_id, slot),
        )
        return written.changed == 1
