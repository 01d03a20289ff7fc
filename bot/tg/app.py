"""The composition root: settings → knowledge base → repository → services → Application."""

from __future__ import annotations

import asyncio
import logging
import os
import random
import signal
import threading
import time
from pathlib import Path
from typing import Any

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    PollAnswerHandler,
    filters,
)

from bot.config import Settings
from bot.services import Tutor, load_library
from bot.storage.repo import Repository
from bot.tg import handlers
from bot.tg.context import BotData, Ctx
from bot.tg.network import HandledFirstRequest, RetryingRateLimiter
from bot.tg.throttle import Throttle

logger = logging.getLogger(__name__)

HEARTBEAT_EVERY = 10.0
ALLOWED_UPDATES = [
    Update.MESSAGE,
    Update.EDITED_MESSAGE,
    Update.CALLBACK_QUERY,
    Update.INLINE_QUERY,
    Update.POLL_ANSWER,
    Update.MY_CHAT_MEMBER,
]

COMMANDS = {
    "ru": [
        ("define", "Определение термина из конспекта"),
        ("quiz", "Викторина: /quiz 5"),
        ("review", "Повторить карточки по расписанию"),
        ("stats", "Мой прогресс"),
        ("top", "Рейтинг чата"),
        ("daily", "Ежедневная викторина: /daily 09:30"),
        ("timezone", "Часовой пояс чата"),
        ("compete", "Соревнование в группе"),
        ("stop", "Закончить соревнование"),
        ("weak", "Слабые места команды"),
        ("forgetme", "Удалить мои данные"),
        ("help", "Что умеет бот"),
    ],
    "en": [
        ("define", "Define a term from the notes"),
        ("quiz", "A quiz: /quiz 5"),
        ("review", "Review the cards that are due"),
        ("stats", "My progress"),
        ("top", "Chat leaderboard"),
        ("daily", "Daily quiz: /daily 09:30"),
        ("timezone", "The chat's time zone"),
        ("compete", "A group competition"),
        ("stop", "End the competition"),
        ("weak", "The team's weak spots"),
        ("forgetme", "Delete my data"),
        ("help", "What the bot can do"),
    ],
}

App = Application[Any, Ctx, Any, Any, BotData, Any]


def build_application(
    settings: Settings,
    *,
    tutor: Tutor | None = None,
    rate_limit: bool = True,
    **builder_opts: Any,
) -> App:
    """Wire the Application. When `tutor` is None it is built in post_init from settings.

    `rate_limit=False` drops AIORateLimiter (benchmarks of the handler stack only);
    `builder_opts` are passed to ApplicationBuilder methods (e.g. request=...).
    """
    context_types = ContextTypes(bot_data=BotData)
    # Typed loosely: each builder call changes ApplicationBuilder's generic parameters.
    builder: Any = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.base_url)
        .base_file_url(settings.base_file_url)
        .context_types(context_types)
        .defaults(
            Defaults(
                link_preview_options=LinkPreviewOptions(is_disabled=True),
                # A question deleted before the answer is ready still gets the answer.
                allow_sending_without_reply=True,
            )
        )
        .concurrent_updates(8)
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if rate_limit:
        builder = builder.rate_limiter(RetryingRateLimiter(max_retries=3))
    polling = builder_opts.pop("get_updates_request", None) or HandledFirstRequest()
    builder = builder.get_updates_request(polling)
    for name, value in builder_opts.items():
        builder = getattr(builder, name)(value)
    app: App = builder.build()
    if isinstance(polling, HandledFirstRequest):
        polling.attach(app)
    app.bot_data.settings = settings
    app.bot_data.throttle = Throttle()
    if tutor is not None:
        _attach(app, tutor)
    register_handlers(app)
    return app


def command(names: str | list[str], callback: Any) -> CommandHandler[Any, None]:
    """A command handler for new messages only: editing an old "/compete" or "/forgetme"
    must not run it again (edited questions are ignored the same way)."""
    return CommandHandler(names, callback, filters=filters.UpdateType.MESSAGE)


def register_handlers(app: App) -> None:
    h = handlers
    from bot.tg import compete, daily, owner

    app.add_handler(command("start", h.start))
    app.add_handler(command("help", h.help_command))
    app.add_handler(command(["define", "what"], h.define))
    app.add_handler(command("quiz", h.quiz_command))
    app.add_handler(command("review", h.review_command))
    app.add_handler(command("stats", h.stats_command))
    app.add_handler(command("top", h.top_command))
    app.add_handler(command("forgetme", h.forgetme_command))
    app.add_handler(command("daily", daily.daily_command))
    app.add_handler(command("timezone", daily.timezone_command))
    app.add_handler(command("compete", compete.compete_command))
    app.add_handler(command("stop", compete.stop_command))
    app.add_handler(command("weak", compete.weak_command))
    app.add_handler(command("reload", owner.reload_command))
    app.add_handler(
        MessageHandler(
            filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE, h.text_message
        )
    )
    app.add_handler(
        MessageHandler(filters.COMMAND & filters.UpdateType.MESSAGE, h.unknown_command)
    )
    app.add_handler(CallbackQueryHandler(h.callback))
    app.add_handler(InlineQueryHandler(h.inline_query))
    app.add_handler(PollAnswerHandler(h.poll_answer))
    app.add_handler(ChatMemberHandler(h.my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_error_handler(h.error_handler)


def _attach(app: App, tutor: Tutor) -> None:
    from bot.services.groups import Groups

    app.bot_data.tutor = tutor
    app.bot_data.groups = Groups(tutor)


async def build_tutor(settings: Settings) -> Tutor:
    library = load_library(settings.content_dir, settings.cache_dir)
    repo = await Repository.open(settings.db_path)
    return Tutor(
        library=library,
        repo=repo,
        default_tz=settings.timezone,
        rng=random.Random(),
    )


async def _post_init(app: App) -> None:
    settings = app.bot_data.settings
    if not hasattr(app.bot_data, "tutor"):
        _attach(app, await build_tutor(settings))
    app.bot_data.username = app.bot.username or ""
    for lang, commands in COMMANDS.items():
        try:
            await app.bot.set_my_commands(
                [BotCommand(name, text) for name, text in commands],
                language_code=None if lang == "ru" else lang,
            )
        except TelegramError as err:
            # The command menu is a convenience: never refuse to start because of it.
            logger.warning("could not set the command menu (%s): %s", lang, err)
    from bot.tg import compete, daily, flows

    await compete.end_interrupted_rounds(app)
    await flows.resume_quizzes(app)
    if app.job_queue is not None:
        app.job_queue.run_repeating(
            heartbeat, interval=HEARTBEAT_EVERY, first=0.0, name="heartbeat"
        )
        daily.schedule_pushes(app)
    logger.info("bot @%s is ready", app.bot_data.username)


async def _post_shutdown(app: App) -> None:
    if hasattr(app.bot_data, "tutor"):
        await app.bot_data.tutor.repo.close()
    logger.info("stopped cleanly")


async def heartbeat(context: Ctx) -> None:
    """Touch the heartbeat file: proof for `tutorbot health` that the loop is alive."""
    path: Path = context.bot_data.settings.heartbeat
    try:
        await asyncio.to_thread(_touch, path)
    except OSError as err:
        logger.warning("cannot write heartbeat %s: %s", path, err)
    context.bot_data.throttle.forget_idle(_monotonic())


def _touch(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch()


def _monotonic() -> float:
    return time.monotonic()


WATCHDOG_STALE = 180.0


def start_watchdog(heartbeat: Path, stale: float = WATCHDOG_STALE) -> threading.Thread:
    """Exit the process when the heartbeat goes stale, so the supervisor restarts the bot.

    Docker only marks a stuck container unhealthy; `restart: unless-stopped` reacts to exits.
    The check runs in a thread because a stuck event loop cannot check itself.
    """

    def watch() -> None:
        started = time.time()
        while True:
            time.sleep(stale / 6)
            try:
                last = heartbeat.stat().st_mtime
            except OSError:
                last = started
            age = time.time() - max(last, started)
            if age > stale:
                logger.critical("the update loop has been stuck for %.0f s: exiting", age)
                os._exit(70)

    thread = threading.Thread(target=watch, name="watchdog", daemon=True)
    thread.start()
    return thread


def run_polling(settings: Settings) -> int:
    """Run until SIGINT/SIGTERM; SIGHUP reloads the notes."""
    app = build_application(settings)
    from bot.tg.owner import install_sighup

    install_sighup(app)
    start_watchdog(settings.heartbeat)
    app.run_polling(
        allowed_updates=ALLOWED_UPDATES,
        stop_signals=(signal.SIGINT, signal.SIGTERM),
        timeout=30,
        bootstrap_retries=-1,
        drop_pending_updates=False,
        poll_interval=0.0,
    )
    return 0


__all__ = ["ALLOWED_UPDATES", "build_application", "run_polling"]
