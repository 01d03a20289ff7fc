"""All the use cases in one object: what the adapters are given, and all they call."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.services.people import People
from bot.services.progress import Progress
from bot.services.pushes import Pushes
from bot.services.quizzes import Quizzes
from bot.services.rounds import Rounds
from bot.services.selfchecks import SelfChecks
from bot.services.shelf import Shelf
from bot.services.topics import Topics


@dataclass(frozen=True, slots=True, kw_only=True)
class Services:
    library: Shelf
    people: People
    topics: Topics
    quizzes: Quizzes
    selfchecks: SelfChecks
    rounds: Rounds
    progress: Progress
    pushes: Pushes
    release: Callable[[], Awaitable[None]]  # closes what the composition root opened

    async def close(self) -> None:
        await self.release()
