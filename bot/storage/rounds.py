"""Group competition rounds: one row per round; the points live in the answers."""

from __future__ import annotations

import json
from collections.abc import Sequence

from bot.core.scoring import PlayerRound
from bot.core.states import RoundStatus
from bot.storage.db import Database, Row, record
from bot.storage.records import RoundRecord


def _round(row: Row) -> RoundRecord:
    return record(RoundRecord, row, status=RoundStatus(row["status"]))


def encode_results(asked: int, players: Sequence[PlayerRound]) -> str:
    return json.dumps(
        {
            "asked": asked,
            "players": [
                {"user_id": p.user_id, "name": p.name, "points": p.points, "correct": p.correct}
                for p in players
            ],
        },
        ensure_ascii=False,
    )


class RoundStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def create(self, chat_id: int, quiz_id: int, started_by: int, now: float) -> int:
        written = await self._db.write(
            "INSERT INTO rounds (chat_id, quiz_id, started_by, started_at) VALUES (?, ?, ?, ?)",
            (chat_id, quiz_id, started_by, now),
        )
        return written.rowid

    async def running(self, chat_id: int) -> RoundRecord | None:
        row = await self._db.fetchone(
            "SELECT * FROM rounds WHERE chat_id = ? AND status = 'running' ORDER BY id DESC",
            (chat_id,),
        )
        return _round(row) if row else None

    async def all_running(self) -> list[RoundRecord]:
        rows = await self._db.fetchall("SELECT * FROM rounds WHERE status = 'running' ORDER BY id")
        return [_round(r) for r in rows]

    async def for_quiz(self, quiz_id: int) -> RoundRecord | None:
        row = await self._db.fetchone("SELECT * FROM rounds WHERE quiz_id = ?", (quiz_id,))
        return _round(row) if row else None

    async def finish(
        self,
        round_id: int,
        status: RoundStatus,
        *,
        asked: int,
        players: Sequence[PlayerRound],
        now: float,
    ) -> bool:
        """Finish a running round once, keeping its results; False when it had finished."""
        written = await self._db.write(
            "UPDATE rounds SET status = ?, results = ?, finished_at = ? "
            "WHERE id = ? AND status = 'running'",
            (status, encode_results(asked, players), now, round_id),
        )
        return written.changed == 1
