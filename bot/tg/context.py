"""Typed application state shared by handlers and jobs (no module globals)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from telegram.ext import CallbackContext, ExtBot

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.services import Tutor
    from bot.services.groups import Groups
    from bot.tg.throttle import Throttle


class BotData:
    """Everything the composition root builds once; handlers reach it via context.bot_data."""

    tutor: Tutor
    groups: Groups
    settings: Settings
    throttle: Throttle
    username: str = ""

    def __init__(self) -> None:
        self.username = ""


Ctx = CallbackContext[ExtBot[Any], dict[Any, Any], dict[Any, Any], BotData]
