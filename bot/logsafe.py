"""Logging set-up: one place, with the bot token redacted from every record."""

from __future__ import annotations

import asyncio
import logging
import re

_TOKEN_SHAPE = re.compile(r"\b\d{5,}:[A-Za-z0-9_-]{20,}\b")
REDACTED = "<token>"


class RedactToken(logging.Filter):
    """Replace the token (and anything shaped like one) in messages, arguments and tracebacks."""

    def __init__(self, token: str = "") -> None:
        super().__init__()
        self.token = token

    def redact(self, text: str) -> str:
        if self.token:
            text = text.replace(self.token, REDACTED)
        return _TOKEN_SHAPE.sub(REDACTED, text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg = self.redact(message)
        record.args = None
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        return True


class CancelledJobs(logging.Filter):
    """A scheduled job the shutdown cancels as it starts (the heartbeat, a push tick) is
    logged by APScheduler as an error with a traceback; it is no error: one short line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if (
            record.name.startswith("apscheduler")
            and record.exc_info is not None
            and isinstance(record.exc_info[1], asyncio.CancelledError)
        ):
            record.msg = f"{record.getMessage()} (cancelled at shutdown)"
            record.args = None
            record.exc_info = None
            record.exc_text = None
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


def configure_logging(level: str = "INFO", token: str = "") -> None:
    """Configure the root logger once; request logs stay at WARNING so URLs never leak."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(CancelledJobs())
    handler.addFilter(RedactToken(token))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for noisy in ("httpx", "httpcore", "apscheduler", "pymorphy3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # A note's malformed formula (`\\frac{a}` with one argument) is shown as written; the
    # converter's warning about each one is no news to whoever reads the log.
    logging.getLogger("pylatexenc").setLevel(logging.ERROR)
