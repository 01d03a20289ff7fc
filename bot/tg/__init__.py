"""The Telegram adapter (named `tg` so it never shadows the `telegram` library)."""

import os

# Opt in to python-telegram-bot's timedelta durations now (RetryAfter, open_period) so the
# library's deprecation path is never taken.
os.environ.setdefault("PTB_TIMEDELTA", "true")
