"""Talking to Telegram safely: confirm updates only once handled, retry what Telegram dropped."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import NetworkError
from telegram.ext import AIORateLimiter, Application
from telegram.request import HTTPXRequest, RequestData

logger = logging.getLogger(__name__)

MAX_WAIT = 60.0
RETRIES = 3
BACKOFF = 0.5


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

    def __init__(self, max_wait: float = MAX_WAIT, **kwargs: Any) -> None:
        kwargs.setdefault("connection_pool_size", 1)
        super().__init__(**kwargs)
        self._max_wait = max_wait
        self._app: Application[Any, Any, Any, Any, Any, Any] | None = None
        self._outage_since: float | None = None

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
        except NetworkError as err:  # refused, dropped or timed out
            self._failing(err.message)
            raise
        if status == 429 or status >= 500:
            self._failing(_description(status, body))
        elif status == 200 and self._outage_since is not None:
            lasted = time.monotonic() - self._outage_since
            self._outage_since = None
            logger.info("getUpdates works again after %.1f s", lasted)
        return status, body

    def _failing(self, reason: str) -> None:
        """One WARNING per outage: PTB retries getUpdates (with backoff) until it works."""
        if self._outage_since is None:
            self._outage_since = time.monotonic()
            logger.warning("getUpdates failed (%s); retrying until Telegram answers", reason)
        else:
            logger.debug("getUpdates still failing: %s", reason)


def _description(status: int, body: bytes) -> str:
    try:
        return str(json.loads(body)["description"])
    except (ValueError, KeyError, TypeError):
        return f"HTTP {status}"
