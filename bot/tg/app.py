"""The Telegram Application: handlers, start-up and shutdown steps, polling, the watchdog.

`bot.bootstrap` builds it; it gets the services ready-made (tests, benchmarks) or opens them
when it starts (`tutorbot run`), and then also closes them.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from telegram import LinkPreviewOptions, Update
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
    TypeHandler,
    filters,
)

from bot.config import Settings
from bot.services.container import Services
from bot.tg import flow, menus
from bot.tg.callbacks import pattern
from bot.tg.context import BotData, Ctx, OpenServices
from bot.tg.handlers import (
    access,
    ask,
    chats,
    compete,
    daily,
    errors,
    owner,
    progress,
    quiz,
    topics,
)
from bot.tg.network import HandledFirstRequest, RetryingRateLimiter, TutorApplication
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

App = Application[Any, Ctx, Any, Any, BotData, Any]


def build_application(
    settings: Settings,
    services: Services | OpenServices,
    *,
    rate_limit: bool = True,
    **builder_opts: Any,
) -> App:
    """Wire the Application over `services`, or over what `services()` opens at start-up.

    `rate_limit=False` drops AIORateLimiter (benchmarks of the handler stack only);
    `builder_opts` are passed to ApplicationBuilder methods (e.g. request=...).
    """
    context_types = ContextTypes(bot_data=BotData)
    # Typed loosely: each builder call changes ApplicationBuilder's generic parameters.
    builder: Any = (
        ApplicationBuilder()
        .application_class(TutorApplication)
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
        .post_init(on_start)
        .post_shutdown(on_stop)
    )
    if rate_limit:
        builder = builder.rate_limiter(RetryingRateLimiter(max_retries=3))
    polling = builder_opts.pop("get_updates_request", None) or HandledFirstRequest(
        api_url=settings.api_url
    )
    builder = builder.get_updates_request(polling)
    for name, value in builder_opts.items():
        builder = getattr(builder, name)(value)
    app: App = builder.build()
    if isinstance(polling, HandledFirstRequest):
        polling.attach(app)
    app.bot_data.settings = settings
    app.bot_data.throttle = Throttle()
    if isinstance(services, Services):
        app.bot_data.services = services
    else:
        app.bot_data.opener = services
    register_handlers(app)
    return app


def command(names: str | list[str], callback: Any) -> CommandHandler[Any, None]:
    """A command handler for new messages only: editing an old "/compete" or "/forgetme"
    must not run it again (edited questions are ignored the same way)."""
    return CommandHandler(names, callback, filters=filters.UpdateType.MESSAGE)


COMMAND_HANDLERS: dict[str | tuple[str, ...], Any] = {
    "start": ask.start,
    "help": ask.help_command,
    ("define", "what"): ask.define,
    "quiz": quiz.quiz_command,
    "review": quiz.review_command,
    "stats": progress.stats_command,
    "top": progress.top_command,
    "forgetme": progress.forgetme_command,
    "daily": daily.daily_command,
    "timezone": daily.timezone_command,
    "compete": compete.compete_command,
    "stop": quiz.stop_command,
    "weak": compete.weak_command,
    "topics": topics.topics_command,
    "topic": topics.topic_command,
    "id": access.id_command,
    "reload": owner.reload_command,
}

BUTTON_HANDLERS = {
    "card": ask.card_button,
    "test": quiz.test_button,
    "retry": quiz.retry_button,
    "again": quiz.again_button,
    "weak": quiz.weak_button,
    "weakt": quiz.weak_button,
    "topic": quiz.topic_button,
    "more": quiz.more_button,
    "stop": quiz.stop_button,
    "reveal": quiz.reveal_button,
    "recall": quiz.recall_button,
    "forget": progress.forget_button,
}


def register_handlers(app: App) -> None:
    # The allow-list (TUTOR_ALLOWED_CHATS) is checked before anything else runs.
    app.add_handler(TypeHandler(Update, access.gate), group=-1)
    for names, callback in COMMAND_HANDLERS.items():
        app.add_handler(command(list(names) if isinstance(names, tuple) else names, callback))
    new_message = filters.UpdateType.MESSAGE
    app.add_handler(
        MessageHandler(filters.TEXT & ~filters.COMMAND & new_message, ask.text_message)
    )
    app.add_handler(MessageHandler(filters.COMMAND & new_message, ask.unknown_command))
    for action, callback in BUTTON_HANDLERS.items():
        app.add_handler(CallbackQueryHandler(callback, pattern=pattern(action)))
    app.add_handler(CallbackQueryHandler(chats.stale_button))
    app.add_handler(InlineQueryHandler(ask.inline_query))
    app.add_handler(PollAnswerHandler(quiz.poll_answer))
    app.add_handler(ChatMemberHandler(chats.my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_error_handler(errors.error_handler)


async def on_start(app: App) -> None:
    """After initialize, before updates: services, command menu, restart recovery, jobs."""
    data = app.bot_data
    if data.opener is not None:
        data.services, data.opener = await data.opener(), None
        data.owns_services = True
    app.bot_data.username = app.bot.username or ""
    app.bot_data.reads_groups = bool(app.bot.bot.can_read_all_group_messages)
    await menus.set_menus(app.bot)
    await flow.after_restart(app)
    if app.job_queue is not None:
        app.job_queue.run_repeating(
            heartbeat, interval=HEARTBEAT_EVERY, first=0.0, name="heartbeat"
        )
        daily.schedule_pushes(app)
    logger.info("bot @%s is ready", app.bot_data.username)


async def on_stop(app: App) -> None:
    """After shutdown: close the services if the Application opened them."""
    if app.bot_data.owns_services:
        await app.bot_data.services.close()
    if hasattr(app.bot_data, "services"):  # it had started (not refused at getMe)
        logger.info("stopped cleanly")


@asynccontextmanager
async def serving(app: App) -> AsyncIterator[App]:
    """Run the Application inside an event loop the caller owns (tests, benchmarks): the same
    start-up and shutdown steps as `run_polling`, without polling."""
    await app.initialize()
    await on_start(app)
    await app.start()
    try:
        yield app
    finally:
        await app.stop()
        await app.shutdown()
        await on_stop(app)


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


def run_polling(app: App) -> int:
    """Run until SIGINT/SIGTERM; SIGHUP reloads the notes."""
    owner.install_sighup(app)
    start_watchdog(app.bot_data.settings.heartbeat)
    app.run_polling(
        allowed_updates=ALLOWED_UPDATES,
        stop_signals=(signal.SIGINT, signal.SIGTERM),
        timeout=30,
        bootstrap_retries=-1,
        drop_pending_updates=False,
        poll_interval=0.0,
    )
    return 0


__all__ = ["ALLOWED_UPDATES", "build_application", "run_polling", "serving"]
