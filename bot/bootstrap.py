"""The composition root: the one place that builds settings, library, repository and services.

`tutorbot run`, the console, the other CLI commands, the tests and the benchmarks all start
here, so there is one way to wire the bot.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.config import Settings, environment, load_settings
from bot.services.container import Services
from bot.services.library import Library, load_library
from bot.services.people import People
from bot.services.progress import Progress
from bot.services.pushes import Pushes
from bot.services.quizmaker import QuizMaker
from bot.services.quizzes import Quizzes
from bot.services.rounds import Rounds
from bot.services.selfchecks import SelfChecks
from bot.services.shelf import Shelf
from bot.services.topics import Topics
from bot.services.types import Clock, utcnow
from bot.storage.repo import Repository

if TYPE_CHECKING:
    from bot.tg.app import App


def settings(*, require_token: bool = False) -> Settings:
    """Settings from the environment and `.env` (raises SettingsError with a clear message)."""
    return load_settings(environment(), require_token=require_token)


def library(content_dir: Path, cache_dir: Path | None = None) -> Library:
    """Read, validate and index a content folder (raises ContentErrors on bad content),
    reusing the parsed notes and index cached in `cache_dir` (the data folder's `cache/`)."""
    return load_library(content_dir, cache_dir)


def services(
    repo: Repository,
    lib: Library,
    *,
    default_tz: str,
    clock: Clock = utcnow,
    rng: random.Random | None = None,
) -> Services:
    """Wire the use cases over one repository and library."""
    rng = rng or random.Random()
    shelf = Shelf(lib)
    people = People(users=repo.users, clock=clock, default_tz=default_tz)
    topics = Topics(shelf=shelf, people=people)
    maker = QuizMaker(shelf=shelf, people=people, quizzes=repo.quizzes, clock=clock, rng=rng)
    rounds = Rounds(
        maker=maker, topics=topics, rounds=repo.rounds, quizzes=repo.quizzes, clock=clock
    )
    progress = Progress(
        shelf=shelf, people=people, topics=topics, answers=repo.answers, clock=clock
    )
    quizzes = Quizzes(
        maker=maker,
        rounds=rounds,
        progress=progress,
        people=people,
        shelf=shelf,
        topics=topics,
        quizzes=repo.quizzes,
        answers=repo.answers,
        clock=clock,
    )
    pushes = Pushes(
        maker=maker,
        people=people,
        shelf=shelf,
        pushes=repo.pushes,
        answers=repo.answers,
        quizzes=repo.quizzes,
        clock=clock,
        rng=rng,
    )
    return Services(
        library=shelf,
        people=people,
        topics=topics,
        quizzes=quizzes,
        selfchecks=SelfChecks(
            people=people, quizzes=repo.quizzes, answers=repo.answers, clock=clock
        ),
        rounds=rounds,
        progress=progress,
        pushes=pushes,
        release=repo.close,
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Tutor:
    """What the composition root built: the services adapters use, the repository they own."""

    settings: Settings
    repo: Repository
    services: Services

    async def close(self) -> None:
        await self.services.close()


async def open_tutor(
    config: Settings,
    *,
    lib: Library | None = None,
    clock: Clock = utcnow,
    rng: random.Random | None = None,
) -> Tutor:
    """Load the notes (unless given), open the database and wire the services."""
    # The database first: an unusable path is one clear error, before the notes (and their
    # cache beside the database) are read.
    repo = await Repository.open(config.db_path)
    try:
        lib = lib or library(config.content_dir, config.cache_dir)
    except BaseException:
        await repo.close()
        raise
    wired = services(repo, lib, default_tz=config.timezone, clock=clock, rng=rng)
    return Tutor(settings=config, repo=repo, services=wired)


async def open_services(config: Settings) -> Services:
    return (await open_tutor(config)).services


def application(config: Settings, **options: Any) -> App:
    """The Telegram Application; it opens the services when it starts and closes them after.

    `options` go to `bot.tg.app.build_application` (rate_limit, request, ...).
    """
    from bot.tg.app import build_application

    async def start() -> Services:
        return await open_services(config)

    return build_application(config, start, **options)


def run(config: Settings) -> int:
    """`tutorbot run`: long polling until SIGINT or SIGTERM."""
    from bot.tg.app import run_polling

    return run_polling(application(config))


def console(
    config: Settings, content: Path | None = None, db: Path | None = None, lang: str | None = None
) -> None:
    """`tutorbot console`: the same tutor in this terminal (returns on /quit, Ctrl-D, Ctrl-C)."""
    from bot.console import run_terminal

    config = replace(
        config,
        content_dir=content or config.content_dir,
        db_path=db or config.db_path,
    )

    async def open_services() -> Services:
        return (await open_tutor(config)).services

    run_terminal(open_services, lang=lang, history=config.db_path.parent / "console_history")


async def backup(config: Settings, target: Path) -> None:
    """A consistent copy of the database while the bot runs."""
    repo = await Repository.open(config.db_path)
    try:
        await repo.backup(target)
    finally:
        await repo.close()
