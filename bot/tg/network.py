"""Talking to Telegram safely: confirm updates only once handled, retry what Telegram dropped,
and say plainly (once in a while, not in a flood) why Telegram cannot be reached."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import InvalidToken, NetworkError, TimedOut
from telegram.ext import AIORateLimiter, Application
from telegram.request import HTTPXRequest, RequestData

logger = logging.getLogger(__name__)

MAX_WAIT = 60.0
RETRIES = 3
BACKOFF = 0.5
FIRST_REPEAT = 30.0  # a trouble still there is logged again after this, then ever less often
LONGEST_REPEAT = 1800.0
EXIT_TOKEN_REJECTED = 78  # EX_CONFIG: a supervisor (and a person) can tell it from a crash


class TokenRejected(Exception):
    """Telegram answered 401/404 to getMe: the token is wrong or revoked (not retried)."""


class Complaint:
    """One kind of trouble, logged when it starts and again at a slowing interval (30 s,
    1 min, 2 min … 30 min) while it lasts, so the log says what is wrong without flooding."""

    def __init__(self) -> None:
        self.since: float | None = None
        self._last = 0.0
        self._next = 0.0
        self._gap = FIRST_REPEAT

    def due(self, now: float) -> bool:
        """True when this occurrence should be logged (a trouble that was quiet for the
        longest interval counts as a new one)."""
        if self.since is not None and now - self._last > LONGEST_REPEAT:
            self.since = None
        self._last = now
        if self.since is None:
            self.since, self._next, self._gap = now, now + FIRST_REPEAT, FIRST_REPEAT
            return True
        if now < self._next:
            return False
        self._gap = min(self._gap * 2, LONGEST_REPEAT)
        self._next = now + self._gap
        return True

    def over(self, now: float) -> float | None:
        """The trouble ended: how long it lasted (None when there was none)."""
        if self.since is None:
            return None
        lasted, self.since = now - self.since, None
        return lasted


def unreachable(method: str, api_url: str, reason: str) -> str:
    """The WARNING for a network that does not reach the Bot API server."""
    return (
        f"{method} failed ({reason}): cannot reach Telegram at {api_url}; check the network "
        "and DNS, TELEGRAM_API_URL and the proxy settings (HTTPS_PROXY, ALL_PROXY); "
        "still retrying"
    )


CONFLICT = (
    "409 Conflict: another process is polling Telegram with this bot token; only one "
    "`tutorbot run` may use TELEGRAM_BOT_TOKEN: stop the other one (another terminal, "
    "server or Compose project); still retrying"
)
REJECTED = (
    "Telegram rejected TELEGRAM_BOT_TOKEN (the bot was deleted or the token revoked or "
    "mistyped): get the current token from @BotFather (/mybots → API Token), put it in .env "
    "and start the bot again"
)


class RetryingRateLimiter(AIORateLimiter):
    """AIORateLimiter (flood limits, 429 honoured) that also retries requests Telegram failed
    to serve: 5xx answers and refused or dropped connections, with a short backoff.

    Bad requests, refusals (403) and timeouts are not retried: the first two would fail again,
    and a timed-out send may well have been delivered.
    """

    def __init__(self, retries: int = RETRIES, backoff: float = BACKOFF, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._retries = retries
        self._backoff = backoff

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        for attempt in range(self._retries + 1):
            try:
                return await super().process_request(
                    callback, args, kwargs, endpoint, data, rate_limit_args
                )
            except NetworkError as err:
                # Subclasses (BadRequest, TimedOut) are not transient server trouble.
                if type(err) is not NetworkError or attempt == self._retries:
                    raise
                if attempt == 0:
                    logger.info("%s failed (%s); retrying", endpoint, err.message)
                await asyncio.sleep(self._backoff * 2**attempt)
        raise AssertionError("unreachable")  # pragma: no cover


class HandledFirstRequest(HTTPXRequest):
    """The getUpdates request: before asking again, wait until every fetched update is handled.

    Telegram forgets updates as soon as a later getUpdates confirms them with `offset`, and
    python-telegram-bot's Updater asks again right after queueing a batch, before the
    handlers run. A `kill -9` (or a power cut) in between would lose poll answers Telegram
    already counts as delivered. Waiting for the update queue to drain first means an update
    is confirmed only once its handler finished (answers are written before that).
    """

    def __init__(
        self, max_wait: float = MAX_WAIT, api_url: str = "the Bot API", **kwargs: Any
    ) -> None:
        # Two connections, not PTB's one: a long poll cut off mid-flight (a stop, a dropped
        # proxy) may hold its connection a moment longer, and the next getUpdates (the one
        # that confirms the last updates on shutdown, or the retry) must not wait for it
        # until the pool times out.
        kwargs.setdefault("connection_pool_size", 2)
        super().__init__(**kwargs)
        self._max_wait = max_wait
        self._api_url = api_url
        self._app: Application[Any, Any, Any, Any, Any, Any] | None = None
        self._outage = Complaint()
        self._conflict = Complaint()

    def attach(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        self._app = app

    async def _handled(self) -> None:
        app = self._app
        if app is None or not app.running:
            return
        try:
            # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow the cancellation
            # PTB uses to stop polling, and the stray long poll then blocks the shutdown.
            async with asyncio.timeout(self._max_wait):
                await app.update_queue.join()
        except TimeoutError:
            logger.warning(
                "updates still being handled after %.0f s; confirming them anyway", self._max_wait
            )

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        await self._handled()
        try:
            status, body = await super().do_request(
                url,
                method,
                request_data,
                read_timeout=read_timeout,
                write_timeout=write_timeout,
                connect_timeout=connect_timeout,
                pool_timeout=pool_timeout,
            )
        except NetworkError as err:  # refused, dropped, timed out, no DNS
            self._failing(unreachable("getUpdates", self._api_url, err.message))
            raise
        now = time.monotonic()
        if status == 409:
            # PTB retries; the error handler stays quiet about it, this says it plainly.
            if self._conflict.due(now):
                logger.warning(CONFLICT)
        elif status == 429 or status >= 500:
            self._failing(f"getUpdates failed ({_description(status, body)}); retrying")
        elif status == 200:
            # Not the end of a conflict: two pollers take turns, each sees 200s between 409s.
            lasted = self._outage.over(now)
            if lasted is not None:
                logger.info("getUpdates works again after %.1f s", lasted)
        return status, body

    def _failing(self, message: str) -> None:
        """A WARNING when an outage starts and now and then while it lasts: PTB retries
        getUpdates (with backoff) until it works."""
        if self._outage.due(time.monotonic()):
            logger.warning("%s", message)
        else:
            logger.debug("%s", message)


def _description(status: int, body: bytes) -> str:
    try:
        return str(json.loads(body)["description"])
    except (ValueError, KeyError, TypeError):
        return f"HTTP {status}"


class TutorApplication(Application[Any, Any, Any, Any, Any, Any]):
    """An Application whose start-up says why it cannot start.

    python-telegram-bot retries `initialize` (getMe) with backoff while the network is down
    but logs that only at DEBUG: here it is a WARNING naming TELEGRAM_API_URL and the proxy
    settings, repeated ever less often. A rejected token is not retried: `TokenRejected`
    ends the start-up (its message never quotes the token, unlike PTB's).
    """

    _startup: Complaint | None = None

    async def initialize(self) -> None:
        if self._startup is None:
            self._startup = Complaint()
        try:
            await super().initialize()
        except InvalidToken:
            raise TokenRejected(REJECTED) from None
        except NetworkError as err:
            if type(err) in (NetworkError, TimedOut) and self._startup.due(time.monotonic()):
                api_url = self.bot_data.settings.api_url
                logger.warning("%s", unreachable("getMe", api_url, err.message))
            raise
        lasted = self._startup.over(time.monotonic())
        if lasted:
            logger.info("reached Telegram after %.0f s", lasted)
