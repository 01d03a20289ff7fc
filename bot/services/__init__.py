"""Use cases: the only API the Telegram and console adapters call (see container.Services)."""

from bot.services.library import Library, load_library

__all__ = ["Library", "load_library"]
