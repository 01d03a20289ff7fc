"""Quizzes, the polls that carry their questions, and the answers given in one quiz."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from functools import lru_cache

from bot.core.models import Question
from bot.core.states import QuizKind, QuizStatus
from bot.storage.db import Database, Row, record
from bot.storage.records import PollRecord, QuizAnswer, QuizRecord


def encode_questions(questions: Iterable[Question]) -> str:
    return json.dumps([asdict(q) for q in questions], ensure_ascii=False)


@lru_cache(maxsize=256)
def decode_questions(text: str) -> tuple[Question, ...]:
    """The questions of a quiz (cached: a quiz's questions never change, and every answer
    and every move to the next question reads them)."""
    out = []
    for item in json.loads(text):
        item["options"] = tuple(item["options"])
        item["correct"] = tuple(item["correct"])
        item["tags"] = tuple(item.get("tags", ()))
        out.append(Question(**item))
    return tuple(out)


def _quiz(row: Row) -> QuizRecord:
    return record(
        QuizRecord,
        row,
        kind=QuizKind(row["kind"]),
        questions=decode_questions(row["questions"]),
        status=QuizStatus(row["status"]),
    )


def _poll(row: Row) -> PollRecord:
    return record(
        PollRecord, row, correct=tuple(json.loads(row["correct"])), closed=bool(row["closed"])
    )


class QuizStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def create(
        self,
        *,
        chat_id: int,
        user_id: int | None,
        kind: QuizKind,
        lang: str,
        questions: Sequence[Question],
        open_seconds: int | None,
        now: float,
        topic: str | None = None,
    ) -> int:
        written = await self._db.write(
            "INSERT INTO quizzes (chat_id, user_id, kind, lang, questions, open_seconds, "
            "created_at, topic) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (chat_id, user_id, kind, lang, encode_questions(questions), open_seconds, now, topic),
        )
        return written.rowid

    async def get(self, quiz_id: int) -> QuizRecord | None:
        row = await self._db.fetchone("SELECT * FROM quizzes WHERE id = ?", (quiz_id,))
        return _quiz(row) if row else None

    async def active(self, chat_id: int | None = None) -> list[QuizRecord]:
        if chat_id is None:
            rows = await self._db.fetchall("SELECT * FROM quizzes WHERE status = 'active'")
        else:
            rows = await self._db.fetchall(
                "SELECT * FROM quizzes WHERE status = 'active' AND chat_id = ? ORDER BY id",
                (chat_id,),
            )
        return [_quiz(r) for r in rows]

    async def advance(self, quiz_id: int, expected: int) -> bool:
        """Move the quiz past question `expected`; False if someone else already did."""
        written = await self._db.write(
            "UPDATE quizzes SET position = position + 1 "
            "WHERE id = ? AND position = ? AND status = 'active'",
            (quiz_id, expected),
        )
        return written.changed == 1

    async def finish(
        self, quiz_id: int, status: QuizStatus, now: float, *, close_polls: bool = True
    ) -> bool:
        """End an active quiz once; its polls stop counting answers unless told otherwise."""
        async with self._db.transaction() as tx:
            written = await tx.write(
                "UPDATE quizzes SET status = ?, finished_at = ? "
                "WHERE id = ? AND status = 'active'",
                (status, now, quiz_id),
            )
            if close_polls and written.changed:
                await tx.write(
                    "UPDATE polls SET closed = 1 WHERE quiz_id = ? AND closed = 0", (quiz_id,)
                )
        return written.changed == 1

    async def add_poll(self, poll: PollRecord) -> None:
        """Remember a sent poll; sending the same poll id again keeps the first record."""
        await self._db.write(
            "INSERT INTO polls (poll_id, quiz_id, position, chat_id, message_id, question_id, "
            "card_id, correct, sent_at, closes_at, closed) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (poll_id) DO NOTHING",
            (
                poll.poll_id,
                poll.quiz_id,
                poll.position,
                poll.chat_id,
                poll.message_id,
                poll.question_id,
                poll.card_id,
                json.dumps(list(poll.correct)),
                poll.sent_at,
                poll.closes_at,
                int(poll.closed),
            ),
        )

    async def poll(self, poll_id: str) -> PollRecord | None:
        row = await self._db.fetchone("SELECT * FROM polls WHERE poll_id = ?", (poll_id,))
        return _poll(row) if row else None

    async def poll_at(self, quiz_id: int, position: int) -> PollRecord | None:
        row = await self._db.fetchone(
            "SELECT * FROM polls WHERE quiz_id = ? AND position = ?", (quiz_id, position)
        )
        return _poll(row) if row else None

    async def open_polls(self, quiz_id: int) -> list[PollRecord]:
        """The quiz's polls that still count answers, in the order they were sent."""
        rows = await self._db.fetchall(
            "SELECT * FROM polls WHERE quiz_id = ? AND closed = 0 ORDER BY position", (quiz_id,)
        )
        return [_poll(r) for r in rows]

    async def close_poll(self, poll_id: str) -> None:
        await self._db.write("UPDATE polls SET closed = 1 WHERE poll_id = ?", (poll_id,))

    async def answers(self, quiz_id: int, user_id: int | None = None) -> list[QuizAnswer]:
        """Every answer in a quiz (or one user's) with its question's position, oldest first."""
        mine = "" if user_id is None else " AND a.user_id = ?"
        rows = await self._db.fetchall(
            "SELECT a.user_id, u.name, a.correct, a.points, a.card_id, a.seconds, a.selfcheck, "
            "COALESCE(p.position, -1) AS position FROM answers a "
            "JOIN users u ON u.id = a.user_id LEFT JOIN polls p ON p.poll_id = a.poll_id "
            f"WHERE a.quiz_id = ?{mine} ORDER BY a.id",
            (quiz_id,) if user_id is None else (quiz_id, user_id),
        )
        return [
            record(
                QuizAnswer,
                r,
                correct=bool(r["correct"]),
                seconds=float(r["seconds"] or 0.0),
                selfcheck=bool(r["selfcheck"]),
            )
            for r in rows
        ]

    async def best_score(self, user_id: int, kinds: Iterable[QuizKind]) -> tuple[int, int]:
        """The user's best quiz of these kinds as (correct, total), by share then size."""
        kinds = tuple(kinds)
        marks = ",".join("?" for _ in kinds)
        rows = await self._db.fetchall(
            "SELECT q.id, SUM(a.correct) AS c, COUNT(a.id) AS n FROM quizzes q JOIN answers a "
            "ON a.quiz_id = q.id AND a.user_id = ? AND a.selfcheck = 0 "
            f"WHERE q.kind IN ({marks}) "
            "GROUP BY q.id",
            (user_id, *kinds),
        )
        best = (0, 0)
        for r in rows:
            c, n = int(r["c"] or 0), int(r["n"] or 0)
            if n and (c / n, c) > ((best[0] / best[1]) if best[1] else -1, best[0]):
                best = (c, n)
        return best
