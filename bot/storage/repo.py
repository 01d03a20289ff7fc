"""The repository: one database, one store per aggregate (parameterised SQL only)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.storage.answers import AnswerStore
from bot.storage.db import Database
from bot.storage.pushes import PushStore
from bot.storage.quizzes import QuizStore
from bot.storage.rounds import RoundStore
from bot.storage.users import UserStore


@dataclass(frozen=True, slots=True, kw_only=True)
class Repository:
    """All database access. Open with `await Repository.open(path)`; close when done."""

    db: Database
    users: UserStore
    quizzes: QuizStore
    answers: AnswerStore
    rounds: RoundStore
    pushes: PushStore

    @classmethod
    async def open(cls, path: Path | str) -> Repository:
        db = await Database.open(path)
        return cls(
            db=db,
            users=UserStore(db),
            quizzes=QuizStore(db),
            answers=AnswerStore(db),
            rounds=RoundStore(db),
            pushes=PushStore(db),
        )

    async def close(self) -> None:
        """Close the connection (safe to call twice)."""
        await self.db.close()

    async def backup(self, target: Path) -> None:
        """A consistent copy of the database, safe while the bot runs."""
        await self.db.backup(target)
