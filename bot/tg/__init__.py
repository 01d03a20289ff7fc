"""The Telegram adapter (named `tg` so it never shadows the `telegram` library)."""
