"""The command menus Telegram shows: one for private chats, one for group members, one for
group administrators, in Russian (the default) and English."""

from __future__ import annotations

import logging
from typing import Any

from telegram import (
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllChatAdministrators,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeDefault,
)
from telegram.error import TelegramError

from bot.i18n import COMMAND_MENU

logger = logging.getLogger(__name__)

# Commands that make no sense in a private chat, and group commands only administrators may
# run (their menu shows them; members would only be refused). Anything else shows everywhere.
GROUP_ONLY = frozenset({"compete"})
ADMINS_ONLY = frozenset({"compete", "daily", "timezone"})


def menu(lang: str, scope: str) -> list[BotCommand]:
    """The commands of one menu: scope is "private", "group" or "admins"."""
    hidden: frozenset[str] = frozenset()
    if scope == "private":
        hidden = GROUP_ONLY
    elif scope == "group":
        hidden = ADMINS_ONLY
    return [BotCommand(name, text) for name, text in COMMAND_MENU[lang] if name not in hidden]


SCOPES: list[tuple[str, BotCommandScope]] = [
    ("private", BotCommandScopeDefault()),
    ("private", BotCommandScopeAllPrivateChats()),
    ("group", BotCommandScopeAllGroupChats()),
    ("admins", BotCommandScopeAllChatAdministrators()),
]


async def set_menus(bot: Any) -> None:
    """Set every menu; a failure is logged, never fatal (the menu is a convenience)."""
    for lang in COMMAND_MENU:
        for scope_name, scope in SCOPES:
            try:
                await bot.set_my_commands(
                    menu(lang, scope_name),
                    scope=scope,
                    language_code=None if lang == "ru" else lang,
                )
            except TelegramError as err:
                logger.warning("could not set the %s command menu (%s): %s", scope_name, lang, err)
                return
