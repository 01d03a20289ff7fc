"""The one repository: aiosqlite, numbered migrations, parameterised SQL only."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import aiosqlite

from bot.core.srs import ReviewState

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


class StorageError(Exception):
    """The database cannot be used; the message says why in plain words."""


def ts(moment: datetime | None) -> float | None:
    return None if moment is None else moment.timestamp()


def dt(value: float | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, tz=UTC)


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) for every bundled migration, in order."""
    folder = resources.files("bot.storage") / "migrations"
    out = []
    for entry in folder.iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            out.append((int(name[:4]), name, entry.read_text(encoding="utf-8")))
    out.sort()
    return out


@dataclass(frozen=True, slots=True, kw_only=True)
class QuizRow:
    id: int
    chat_id: int
    user_id: int | None
    kind: str
    lang: str
    questions: str
    position: int
    open_seconds: int | None
    status: str
    created_at: float


@dataclass(frozen=True, slots=True, kw_only=True)
class PollRow:
    poll_id: str
    quiz_id: int
    position: int
    chat_id: int
    message_id: int | None
    question_id: str
    card_id: str
    correct: str
    sent_at: float
    closes_at: float | None
    closed: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class AnswerRow:
    user_id: int
    chat_id: int
    quiz_id: int | None
    poll_id: str | None
    card_id: str
    question_id: str
    chosen: str
    correct: bool
    seconds: float | None
    points: int
    kind: str
    answered_at: float


@dataclass(frozen=True, slots=True, kw_only=True)
class QuizAnswer:
    user_id: int
    name: str
    correct: bool
    points: int
    card_id: str
    seconds: float
    position: int


@dataclass(frozen=True, slots=True, kw_only=True)
class BoardRow:
    user_id: int
    name: str
    points: int
    correct: int
    answered: int


@dataclass(frozen=True, slots=True, kw_only=True)
class CardCount:
    card_id: str
    answered: int
    correct: int


@dataclass(frozen=True, slots=True, kw_only=True)
class SubscriptionRow:
    chat_id: int
    local_time: str
    questions: int
    last_sent: float | None
    created_at: float
    tz: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class RoundRow:
    id: int
    chat_id: int
    quiz_id: int
    status: str
    started_by: int | None
    started_at: float
    results: str | None


def _board_row(row: aiosqlite.Row) -> BoardRow:
    return BoardRow(
        user_id=row["user_id"],
        name=row["name"],
        points=int(row["points"] or 0),
        correct=int(row["correct"] or 0),
        answered=int(row["answered"] or 0),
    )


class Repository:
    """All database access. Open with `await Repository.open(path)`; close when done."""

    def __init__(self, conn: aiosqlite.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._write_lock = asyncio.Lock()
        self._closed = False

    @classmethod
    async def open(cls, path: Path | str) -> Repository:
        path = Path(path)
        memory = str(path) == ":memory:"
        try:
            if not memory:
                path.parent.mkdir(parents=True, exist_ok=True)
            conn = await aiosqlite.connect(str(path), isolation_level=None)
        except (OSError, sqlite3.Error) as err:
            raise StorageError(f"cannot open the database at {path}: {err}") from err
        repo = cls(conn, path)
        try:
            await repo._setup()
        except sqlite3.Error as err:
            await conn.close()
            raise StorageError(f"cannot use the database at {path}: {err}") from err
        except StorageError:
            await conn.close()
            raise
        return repo

    async def _setup(self) -> None:
        conn = self._conn
        conn.row_factory = aiosqlite.Row
        await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        await conn.execute("PRAGMA foreign_keys = ON")
        # Refuse a newer schema before anything writes to the file (switching it to WAL would).
        self._check_version(await self.schema_version())
        if str(self.path) != ":memory:":
            await conn.execute("PRAGMA journal_mode = WAL")
        await conn.execute("PRAGMA synchronous = NORMAL")
        await self._migrate()
        # A database that can be read but not written (read-only file or folder) fails here,
        # at start, with a clear message, not on the first answer someone gives. (A write
        # transaction that matches no row: it needs write access but changes nothing.)
        await conn.execute("DELETE FROM users WHERE 0")

    def _check_version(self, current: int) -> None:
        known = migrations()
        latest = known[-1][0] if known else 0
        if current > latest:
            raise StorageError(
                f"the database {self.path} has schema version {current}, newer than this bot "
                f"understands ({latest}); upgrade the bot or restore a matching backup"
            )

    async def _migrate(self) -> None:
        known = migrations()
        current = await self.schema_version()
        self._check_version(current)
        for version, name, sql in known:
            if version <= current:
                continue
            logger.info("applying migration %s", name)
            await self._conn.executescript(
                f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {version:d};\nCOMMIT;"
            )

    async def schema_version(self) -> int:
        async with self._conn.execute("PRAGMA user_version") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def close(self) -> None:
        """Close the connection (safe to call twice)."""
        if not self._closed:
            self._closed = True
            await self._conn.close()

    async def _write(self, sql: str, params: Iterable[Any] = ()) -> int:
        """One statement in its own transaction; returns lastrowid."""
        async with self._write_lock:
            cur = await self._conn.execute(sql, tuple(params))
            await cur.close()
            return cur.lastrowid or 0

    async def _fetchall(self, sql: str, params: Iterable[Any] = ()) -> list[aiosqlite.Row]:
        # One trip to the database thread (execute, fetch and close a cursor would be three).
        return list(await self._conn.execute_fetchall(sql, tuple(params)))

    async def _fetchone(self, sql: str, params: Iterable[Any] = ()) -> aiosqlite.Row | None:
        """The first row; callers select by key, so there is at most one row to fetch."""
        rows = await self._fetchall(sql, params)
        return rows[0] if rows else None

    # --- users and chats -------------------------------------------------------------

    async def upsert_user(
        self, user_id: int, name: str, username: str | None, lang: str, now: float
    ) -> None:
        await self._write(
            "INSERT INTO users (id, name, username, lang, created_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, username = excluded.username, "
            "lang = excluded.lang",
            (user_id, name, username, lang, now),
        )

    async def user_name(self, user_id: int) -> str | None:
        row = await self._fetchone("SELECT name FROM users WHERE id = ?", (user_id,))
        return str(row["name"]) if row else None

    async def upsert_chat(
        self, chat_id: int, chat_type: str, title: str | None, now: float
    ) -> None:
        await self._write(
            "INSERT INTO chats (id, type, title, created_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET type = excluded.type, title = excluded.title, "
            "active = 1",
            (chat_id, chat_type, title, now),
        )

    async def chat_timezone(self, chat_id: int) -> str | None:
        row = await self._fetchone("SELECT tz FROM chats WHERE id = ?", (chat_id,))
        return str(row["tz"]) if row and row["tz"] else None

    async def set_chat_timezone(self, chat_id: int, tz: str, now: float) -> None:
        await self._write(
            "INSERT INTO chats (id, type, tz, created_at) VALUES (?, 'unknown', ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET tz = excluded.tz",
            (chat_id, tz, now),
        )

    async def deactivate_chat(self, chat_id: int) -> None:
        async with self._write_lock:
            await self._conn.execute("BEGIN IMMEDIATE")
            try:
                await self._conn.execute("UPDATE chats SET active = 0 WHERE id = ?", (chat_id,))
                await self._conn.execute("DELETE FROM subscriptions WHERE chat_id = ?", (chat_id,))
                await self._conn.execute("COMMIT")
            except BaseException:
                await self._conn.execute("ROLLBACK")
                raise

    # --- quizzes and polls -----------------------------------------------------------

    async def create_quiz(
        self,
        *,
        chat_id: int,
        user_id: int | None,
        kind: str,
        lang: str,
        questions: str,
        open_seconds: int | None,
        now: float,
    ) -> int:
        return await self._write(
            "INSERT INTO quizzes (chat_id, user_id, kind, lang, questions, open_seconds, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (chat_id, user_id, kind, lang, questions, open_seconds, now),
        )

    @staticmethod
    def _quiz(row: aiosqlite.Row) -> QuizRow:
        return QuizRow(
            id=row["id"],
            chat_id=row["chat_id"],
            user_id=row["user_id"],
            kind=row["kind"],
            lang=row["lang"],
            questions=row["questions"],
            position=row["position"],
            open_seconds=row["open_seconds"],
            status=row["status"],
            created_at=row["created_at"],
        )

    async def get_quiz(self, quiz_id: int) -> QuizRow | None:
        row = await self._fetchone("SELECT * FROM quizzes WHERE id = ?", (quiz_id,))
        return self._quiz(row) if row else None

    async def active_quizzes(self, chat_id: int | None = None) -> list[QuizRow]:
        if chat_id is None:
            rows = await self._fetchall("SELECT * FROM quizzes WHERE status = 'active'")
        else:
            rows = await self._fetchall(
                "SELECT * FROM quizzes WHERE status = 'active' AND chat_id = ? ORDER BY id",
                (chat_id,),
            )
        return [self._quiz(r) for r in rows]

    async def advance_quiz(self, quiz_id: int, expected: int) -> bool:
        """Move the quiz past question `expected`; False if someone else already did."""
        async with self._write_lock:
            cur = await self._conn.execute(
                "UPDATE quizzes SET position = position + 1 "
                "WHERE id = ? AND position = ? AND status = 'active'",
                (quiz_id, expected),
            )
            changed = cur.rowcount
            await cur.close()
        return changed == 1

    async def finish_quiz(
        self, quiz_id: int, status: str, now: float, *, close_polls: bool = True
    ) -> bool:
        """End an active quiz once; its polls stop counting answers unless told otherwise."""
        async with self._write_lock:
            cur = await self._conn.execute(
                "UPDATE quizzes SET status = ?, finished_at = ? "
                "WHERE id = ? AND status = 'active'",
                (status, now, quiz_id),
            )
            changed = cur.rowcount
            await cur.close()
            if close_polls and changed:
                await self._conn.execute(
                    "UPDATE polls SET closed = 1 WHERE quiz_id = ? AND closed = 0", (quiz_id,)
                )
        return changed == 1

    async def add_poll(self, poll: PollRow) -> None:
        await self._write(
            "INSERT INTO polls (poll_id, quiz_id, position, chat_id, message_id, question_id, "
            "card_id, correct, sent_at, closes_at, closed) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                poll.poll_id,
                poll.quiz_id,
                poll.position,
                poll.chat_id,
                poll.message_id,
                poll.question_id,
                poll.card_id,
                poll.correct,
                poll.sent_at,
                poll.closes_at,
                int(poll.closed),
            ),
        )

    @staticmethod
    def _poll(row: aiosqlite.Row) -> PollRow:
        return PollRow(
            poll_id=row["poll_id"],
            quiz_id=row["quiz_id"],
            position=row["position"],
            chat_id=row["chat_id"],
            message_id=row["message_id"],
            question_id=row["question_id"],
            card_id=row["card_id"],
            correct=row["correct"],
            sent_at=row["sent_at"],
            closes_at=row["closes_at"],
            closed=bool(row["closed"]),
        )

    async def get_poll(self, poll_id: str) -> PollRow | None:
        row = await self._fetchone("SELECT * FROM polls WHERE poll_id = ?", (poll_id,))
        return self._poll(row) if row else None

    async def quiz_poll(self, quiz_id: int, position: int) -> PollRow | None:
        row = await self._fetchone(
            "SELECT * FROM polls WHERE quiz_id = ? AND position = ?", (quiz_id, position)
        )
        return self._poll(row) if row else None

    async def close_poll(self, poll_id: str) -> None:
        await self._write("UPDATE polls SET closed = 1 WHERE poll_id = ?", (poll_id,))

    # --- answers ---------------------------------------------------------------------

    async def record_answer(
        self,
        answer: AnswerRow,
        update_review: Callable[[ReviewState | None], ReviewState],
    ) -> bool:
        """Store an answer and its review state in one transaction.

        Returns False (and changes nothing) when this user already answered this poll.
        """
        async with self._write_lock:
            await self._conn.execute("BEGIN IMMEDIATE")
            try:
                cur = await self._conn.execute(
                    "INSERT OR IGNORE INTO answers (user_id, chat_id, quiz_id, poll_id, card_id, "
                    "question_id, chosen, correct, seconds, points, kind, answered_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        answer.user_id,
                        answer.chat_id,
                        answer.quiz_id,
                        answer.poll_id,
                        answer.card_id,
                        answer.question_id,
                        answer.chosen,
                        int(answer.correct),
                        answer.seconds,
                        answer.points,
                        answer.kind,
                        answer.answered_at,
                    ),
                )
                inserted = cur.rowcount == 1
                await cur.close()
                if inserted:
                    previous = await self._review(answer.user_id, answer.card_id)
                    await self._save_review(answer.user_id, update_review(previous))
                await self._conn.execute("COMMIT")
            except BaseException:
                await self._conn.execute("ROLLBACK")
                raise
        return inserted

    async def answer_count(self) -> int:
        row = await self._fetchone("SELECT COUNT(*) AS n FROM answers")
        return int(row["n"]) if row else 0

    async def user_answers(self, user_id: int) -> list[tuple[float, bool, str]]:
        """(answered_at, correct, card_id) for every answer of the user, oldest first."""
        rows = await self._fetchall(
            "SELECT answered_at, correct, card_id FROM answers WHERE user_id = ? "
            "ORDER BY answered_at, id",
            (user_id,),
        )
        return [(r["answered_at"], bool(r["correct"]), r["card_id"]) for r in rows]

    async def quiz_answers(self, quiz_id: int, user_id: int | None = None) -> list[QuizAnswer]:
        """Every answer in a quiz (or one user's, with `user_id`) with the question position,
        oldest first."""
        mine = "" if user_id is None else " AND a.user_id = ?"
        rows = await self._fetchall(
            "SELECT a.user_id, u.name, a.correct, a.points, a.card_id, a.seconds, "
            "COALESCE(p.position, -1) AS position FROM answers a "
            "JOIN users u ON u.id = a.user_id LEFT JOIN polls p ON p.poll_id = a.poll_id "
            f"WHERE a.quiz_id = ?{mine} ORDER BY a.id",
            (quiz_id,) if user_id is None else (quiz_id, user_id),
        )
        return [
            QuizAnswer(
                user_id=r["user_id"],
                name=r["name"],
                correct=bool(r["correct"]),
                points=int(r["points"]),
                card_id=r["card_id"],
                seconds=float(r["seconds"] or 0.0),
                position=int(r["position"]),
            )
            for r in rows
        ]

    async def best_quiz_score(self, user_id: int, kinds: tuple[str, ...]) -> tuple[int, int]:
        """The user's best finished quiz as (correct, total), by share then size."""
        marks = ",".join("?" for _ in kinds)
        rows = await self._fetchall(
            "SELECT q.id, SUM(a.correct) AS c, COUNT(a.id) AS n FROM quizzes q "
            f"JOIN answers a ON a.quiz_id = q.id AND a.user_id = ? WHERE q.kind IN ({marks}) "
            "GROUP BY q.id",
            (user_id, *kinds),
        )
        best = (0, 0)
        for r in rows:
            c, n = int(r["c"] or 0), int(r["n"] or 0)
            if n and (c / n, c) > ((best[0] / best[1]) if best[1] else -1, best[0]):
                best = (c, n)
        return best

    async def leaderboard(
        self, chat_id: int, since: float | None, limit: int = 10
    ) -> list[BoardRow]:
        rows = await self._fetchall(
            "SELECT a.user_id, u.name, SUM(a.points) AS points, SUM(a.correct) AS correct, "
            "COUNT(a.id) AS answered FROM answers a JOIN users u ON u.id = a.user_id "
            "WHERE a.chat_id = ? AND a.answered_at >= ? GROUP BY a.user_id "
            "ORDER BY points DESC, correct DESC, a.user_id LIMIT ?",
            (chat_id, since if since is not None else float("-inf"), limit),
        )
        return [_board_row(r) for r in rows]

    async def leaderboard_between(
        self, chat_id: int, start: float, end: float, limit: int = 3
    ) -> list[BoardRow]:
        rows = await self._fetchall(
            "SELECT a.user_id, u.name, SUM(a.points) AS points, SUM(a.correct) AS correct, "
            "COUNT(a.id) AS answered FROM answers a JOIN users u ON u.id = a.user_id "
            "WHERE a.chat_id = ? AND a.answered_at >= ? AND a.answered_at < ? "
            "GROUP BY a.user_id HAVING points > 0 "
            "ORDER BY points DESC, correct DESC, a.user_id LIMIT ?",
            (chat_id, start, end, limit),
        )
        return [_board_row(r) for r in rows]

    async def card_counts(
        self, *, user_id: int | None = None, chat_id: int | None = None
    ) -> list[CardCount]:
        """Answers and correct answers per card, for one user or one chat."""
        if user_id is not None:
            where, param = "user_id = ?", user_id
        elif chat_id is not None:
            where, param = "chat_id = ?", chat_id
        else:
            raise ValueError("give user_id or chat_id")
        rows = await self._fetchall(
            "SELECT card_id, COUNT(*) AS n, SUM(correct) AS c FROM answers "
            f"WHERE {where} GROUP BY card_id ORDER BY card_id",
            (param,),
        )
        return [
            CardCount(card_id=r["card_id"], answered=r["n"], correct=r["c"] or 0) for r in rows
        ]

    async def delete_user(self, user_id: int) -> int:
        """Delete the user and everything recorded about them; returns answers removed."""
        async with self._write_lock:
            await self._conn.execute("BEGIN IMMEDIATE")
            try:
                cur = await self._conn.execute(
                    "SELECT COUNT(*) FROM answers WHERE user_id = ?", (user_id,)
                )
                row = await cur.fetchone()
                await cur.close()
                await self._conn.execute("DELETE FROM answers WHERE user_id = ?", (user_id,))
                await self._conn.execute("DELETE FROM reviews WHERE user_id = ?", (user_id,))
                await self._conn.execute("DELETE FROM users WHERE id = ?", (user_id,))
                await self._conn.execute("COMMIT")
            except BaseException:
                await self._conn.execute("ROLLBACK")
                raise
        return int(row[0]) if row else 0

    # --- spaced repetition -----------------------------------------------------------

    async def _review(self, user_id: int, card_id: str) -> ReviewState | None:
        row = await self._fetchone(
            "SELECT * FROM reviews WHERE user_id = ? AND card_id = ?", (user_id, card_id)
        )
        return self._review_state(row) if row else None

    @staticmethod
    def _review_state(row: aiosqlite.Row) -> ReviewState:
        return ReviewState(
            card_id=row["card_id"],
            ease=row["ease"],
            interval_days=row["interval_days"],
            repetitions=row["repetitions"],
            lapses=row["lapses"],
            due=dt(row["due"]),
            last_review=dt(row["last_review"]),
        )

    async def _save_review(self, user_id: int, state: ReviewState) -> None:
        await self._conn.execute(
            "INSERT INTO reviews (user_id, card_id, ease, interval_days, repetitions, lapses, "
            "due, last_review) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (user_id, card_id) DO UPDATE SET ease = excluded.ease, "
            "interval_days = excluded.interval_days, repetitions = excluded.repetitions, "
            "lapses = excluded.lapses, due = excluded.due, last_review = excluded.last_review",
            (
                user_id,
                state.card_id,
                state.ease,
                state.interval_days,
                state.repetitions,
                state.lapses,
                ts(state.due),
                ts(state.last_review),
            ),
        )

    async def all_reviews(self) -> dict[int, dict[str, ReviewState]]:
        """Every user's review states, for planning many daily pushes in one read."""
        out: dict[int, dict[str, ReviewState]] = {}
        for r in await self._fetchall("SELECT * FROM reviews"):
            out.setdefault(r["user_id"], {})[r["card_id"]] = self._review_state(r)
        return out

    async def group_card_counts(self) -> dict[int, list[CardCount]]:
        """Answers and correct answers per card for every group chat, in one read."""
        rows = await self._fetchall(
            "SELECT chat_id, card_id, COUNT(*) AS n, SUM(correct) AS c FROM answers "
            "WHERE chat_id < 0 GROUP BY chat_id, card_id ORDER BY chat_id, card_id"
        )
        out: dict[int, list[CardCount]] = {}
        for r in rows:
            out.setdefault(r["chat_id"], []).append(
                CardCount(card_id=r["card_id"], answered=r["n"], correct=r["c"] or 0)
            )
        return out

    async def reviews(self, user_id: int) -> dict[str, ReviewState]:
        rows = await self._fetchall("SELECT * FROM reviews WHERE user_id = ?", (user_id,))
        return {r["card_id"]: self._review_state(r) for r in rows}

    # --- daily pushes ----------------------------------------------------------------

    async def subscribe(self, chat_id: int, local_time: str, questions: int, now: float) -> None:
        await self._write(
            "INSERT INTO subscriptions (chat_id, local_time, questions, created_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (chat_id) DO UPDATE SET "
            "local_time = excluded.local_time, questions = excluded.questions, "
            "created_at = excluded.created_at",
            (chat_id, local_time, questions, now),
        )

    async def unsubscribe(self, chat_id: int) -> bool:
        async with self._write_lock:
            cur = await self._conn.execute(
                "DELETE FROM subscriptions WHERE chat_id = ?", (chat_id,)
            )
            changed = cur.rowcount
            await cur.close()
        return changed == 1

    async def subscriptions(self, chat_id: int | None = None) -> list[SubscriptionRow]:
        sql = (
            "SELECT s.chat_id, s.local_time, s.questions, s.last_sent, s.created_at, c.tz "
            "FROM subscriptions s LEFT JOIN chats c ON c.id = s.chat_id"
        )
        params: tuple[Any, ...] = ()
        if chat_id is not None:
            sql += " WHERE s.chat_id = ?"
            params = (chat_id,)
        rows = await self._fetchall(sql, params)
        return [
            SubscriptionRow(
                chat_id=r["chat_id"],
                local_time=r["local_time"],
                questions=r["questions"],
                last_sent=r["last_sent"],
                created_at=r["created_at"],
                tz=r["tz"],
            )
            for r in rows
        ]

    async def mark_sent(self, chat_id: int, slot: float) -> bool:
        """Claim a push slot before sending; False if it was already claimed."""
        async with self._write_lock:
            cur = await self._conn.execute(
                "UPDATE subscriptions SET last_sent = ? WHERE chat_id = ? "
                "AND (last_sent IS NULL OR last_sent < ?)",
                (slot, chat_id, slot),
            )
            changed = cur.rowcount
            await cur.close()
        return changed == 1

    # --- competitions ----------------------------------------------------------------

    async def create_round(self, chat_id: int, quiz_id: int, started_by: int, now: float) -> int:
        return await self._write(
            "INSERT INTO rounds (chat_id, quiz_id, started_by, started_at) VALUES (?, ?, ?, ?)",
            (chat_id, quiz_id, started_by, now),
        )

    @staticmethod
    def _round(row: aiosqlite.Row) -> RoundRow:
        return RoundRow(
            id=row["id"],
            chat_id=row["chat_id"],
            quiz_id=row["quiz_id"],
            status=row["status"],
            started_by=row["started_by"],
            started_at=row["started_at"],
            results=row["results"],
        )

    async def running_round(self, chat_id: int) -> RoundRow | None:
        row = await self._fetchone(
            "SELECT * FROM rounds WHERE chat_id = ? AND status = 'running' ORDER BY id DESC",
            (chat_id,),
        )
        return self._round(row) if row else None

    async def running_rounds(self) -> list[RoundRow]:
        rows = await self._fetchall("SELECT * FROM rounds WHERE status = 'running' ORDER BY id")
        return [self._round(r) for r in rows]

    async def round_for_quiz(self, quiz_id: int) -> RoundRow | None:
        row = await self._fetchone("SELECT * FROM rounds WHERE quiz_id = ?", (quiz_id,))
        return self._round(row) if row else None

    async def finish_round(self, round_id: int, status: str, results: str, now: float) -> bool:
        """Finish a running round once; False when it was already finished."""
        async with self._write_lock:
            cur = await self._conn.execute(
                "UPDATE rounds SET status = ?, results = ?, finished_at = ? "
                "WHERE id = ? AND status = 'running'",
                (status, results, now, round_id),
            )
            changed = cur.rowcount
            await cur.close()
        return changed == 1

    # --- maintenance -----------------------------------------------------------------

    async def integrity_check(self) -> str:
        row = await self._fetchone("PRAGMA integrity_check")
        return str(row[0]) if row else "no result"

    async def backup(self, target: Path) -> None:
        """A consistent copy through SQLite's online backup API, safe while the bot runs."""
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            dest = await aiosqlite.connect(str(target))
        except (OSError, sqlite3.Error) as err:
            raise StorageError(f"cannot write the backup to {target}: {err}") from err
        try:
            await self._conn.backup(dest)
        except sqlite3.Error as err:
            raise StorageError(f"cannot write the backup to {target}: {err}") from err
        finally:
            await dest.close()
