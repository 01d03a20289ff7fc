"""Typed application state shared by handlers and jobs (no module globals)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from telegram.ext import CallbackContext, ExtBot

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.services.container import Services
    from bot.tg.throttle import Throttle


class BotData:
    """What the composition root hands the Application; handlers reach it via context.bot_data."""

    services: Services
    settings: Settings
    throttle: Throttle
    username: str = ""
    reads_groups: bool = False  # privacy mode off: group messages reach the bot
    opener: OpenServices | None = None  # opens the services at start-up (`tutorbot run`)
    owns_services: bool = False  # opened by the Application, so it closes them too

    def __init__(self) -> None:
        self.username = ""
        self.reads_groups = False
        self.opener = None
        self.owns_services = False


OpenServices = Callable[[], Awaitable["Services"]]
Ctx = CallbackContext[ExtBot[Any], dict[Any, Any], dict[Any, Any], BotData]
