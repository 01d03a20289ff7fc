"""Recorded answers and the spaced-repetition state they update, and what is read from them:
a user's history, answer counts per card, leaderboards."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

from bot.core.scoring import PlayerRound
from bot.core.srs import CardStats, ReviewState
from bot.storage.db import Database, Row, Transaction, record
from bot.storage.records import AnswerRecord

_BOARD = (
    "SELECT a.user_id, u.name, SUM(a.points) AS points, SUM(a.correct) AS correct, "
    "COUNT(a.id) AS answered FROM answers a JOIN users u ON u.id = a.user_id "
)
# Self-checks are graded by the learner, so they are no score: the reads of answer counts,
# accuracy, streaks and leaderboards keep `selfcheck = 0`. What they say about a card (known
# or not) still counts where cards are weighed: reviews, per-card stats, weak spots.


def _ts(moment: datetime | None) -> float | None:
    return None if moment is None else moment.timestamp()


def _dt(value: float | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, tz=UTC)


def _review_state(row: Row) -> ReviewState:
    return record(ReviewState, row, due=_dt(row["due"]), last_review=_dt(row["last_review"]))


def _player(row: Row) -> PlayerRound:
    return PlayerRound(
        user_id=row["user_id"],
        name=row["name"],
        points=int(row["points"] or 0),
        correct=int(row["correct"] or 0),
        answered=int(row["answered"] or 0),
    )


def _card_stats(row: Row) -> CardStats:
    return CardStats(card_id=row["card_id"], answered=row["n"], correct=row["c"] or 0)


async def _save_review(tx: Transaction, user_id: int, state: ReviewState) -> None:
    await tx.write(
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
            _ts(state.due),
            _ts(state.last_review),
        ),
    )


class AnswerStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def record(
        self, answer: AnswerRecord, update_review: Callable[[ReviewState | None], ReviewState]
    ) -> bool:
        """Store an answer and its review state in one transaction.

        Returns False (and changes nothing) when this user already answered this poll.
        """
        async with self._db.transaction() as tx:
            written = await tx.write(
                "INSERT OR IGNORE INTO answers (user_id, chat_id, quiz_id, poll_id, card_id, "
                "question_id, chosen, correct, seconds, points, kind, answered_at, selfcheck) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    answer.user_id,
                    answer.chat_id,
                    answer.quiz_id,
                    answer.poll_id,
                    answer.card_id,
                    answer.question_id,
                    json.dumps(list(answer.chosen)),
                    int(answer.correct),
                    answer.seconds,
                    answer.points,
                    answer.kind,
                    answer.answered_at,
                    int(answer.selfcheck),
                ),
            )
            if written.changed != 1:
                return False
            row = await tx.fetchone(
                "SELECT * FROM reviews WHERE user_id = ? AND card_id = ?",
                (answer.user_id, answer.card_id),
            )
            previous = _review_state(row) if row else None
            await _save_review(tx, answer.user_id, update_review(previous))
        return True

    async def history(self, user_id: int) -> list[tuple[datetime, bool]]:
        """(answered at, correct) for every scored answer of the user, oldest first."""
        rows = await self._db.fetchall(
            "SELECT answered_at, correct FROM answers WHERE user_id = ? AND selfcheck = 0 "
            "ORDER BY answered_at, id",
            (user_id,),
        )
        return [
            (datetime.fromtimestamp(r["answered_at"], tz=UTC), bool(r["correct"])) for r in rows
        ]

    async def card_stats(
        self, *, user_id: int | None = None, chat_id: int | None = None
    ) -> list[CardStats]:
        """Answers and correct ones per card (self-checks too), for one user or one chat."""
        if user_id is not None:
            where, param = "user_id = ?", user_id
        elif chat_id is not None:
            where, param = "chat_id = ?", chat_id
        else:
            raise ValueError("give user_id or chat_id")
        rows = await self._db.fetchall(
            "SELECT card_id, COUNT(*) AS n, SUM(correct) AS c FROM answers "
            f"WHERE {where} GROUP BY card_id ORDER BY card_id",
            (param,),
        )
        return [_card_stats(r) for r in rows]

    async def group_card_stats(self) -> dict[int, list[CardStats]]:
        """Answers and correct ones per card for every group chat, in one read."""
        rows = await self._db.fetchall(
            "SELECT chat_id, card_id, COUNT(*) AS n, SUM(correct) AS c FROM answers "
            "WHERE chat_id < 0 GROUP BY chat_id, card_id ORDER BY chat_id, card_id"
        )
        out: dict[int, list[CardStats]] = {}
        for r in rows:
            out.setdefault(r["chat_id"], []).append(_card_stats(r))
        return out

    async def leaderboard(
        self, chat_id: int, since: float | None, limit: int = 10
    ) -> list[PlayerRound]:
        rows = await self._db.fetchall(
            _BOARD + "WHERE a.chat_id = ? AND a.answered_at >= ? AND a.selfcheck = 0 "
            "GROUP BY a.user_id "
            "ORDER BY points DESC, correct DESC, a.user_id LIMIT ?",
            (chat_id, since if since is not None else float("-inf"), limit),
        )
        return [_player(r) for r in rows]

    async def podium_between(
        self, chat_id: int, start: float, end: float, limit: int = 3
    ) -> list[PlayerRound]:
        """The best scorers (with points) of the chat between two instants."""
        rows = await self._db.fetchall(
            _BOARD + "WHERE a.chat_id = ? AND a.answered_at >= ? AND a.answered_at < ? "
            "AND a.selfcheck = 0 GROUP BY a.user_id HAVING points > 0 "
            "ORDER BY points DESC, correct DESC, a.user_id LIMIT ?",
            (chat_id, start, end, limit),
        )
        return [_player(r) for r in rows]

    async def reviews(self, user_id: int) -> dict[str, ReviewState]:
        rows = await self._db.fetchall("SELECT * FROM reviews WHERE user_id = ?", (user_id,))
        return {r["card_id"]: _review_state(r) for r in rows}

    async def all_reviews(self) -> dict[int, dict[str, ReviewState]]:
        """Every user's review states, for planning many daily pushes in one read."""
        out: dict[int, dict[str, ReviewState]] = {}
        for r in await self._db.fetchall("SELECT * FROM reviews"):
            out.setdefault(r["user_id"], {})[r["card_id"]] = _review_state(r)
        return out
