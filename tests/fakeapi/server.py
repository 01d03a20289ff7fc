"""The fake Bot API over HTTP: aiohttp on 127.0.0.1, long polling, the call log, faults."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Callable
from typing import Any, Self

from aiohttp import web

from tests.fakeapi.faults import (
    JSON,
    STATUS_PHRASES,
    ApiError,
    Call,
    Faults,
    UploadedFile,
    as_int,
    pulse,
)
from tests.fakeapi.methods import METHODS
from tests.fakeapi.world import DEFAULT_TOKEN, World

# Request fields whose value is free text: json.loads would turn "42" or "true" into non-strings.
_RAW_STRING_FIELDS = frozenset(
    [
        "text",
        "caption",
        "question",
        "explanation",
        "description",
        "short_description",
        "name",
        "title",
        "query",
        "url",
        "parse_mode",
        "caption_parse_mode",
        "explanation_parse_mode",
        "question_parse_mode",
        "action",
        "callback_query_id",
        "inline_query_id",
        "inline_message_id",
        "next_offset",
        "language_code",
        "file_id",
        "emoji",
        "secret_token",
        "business_connection_id",
        "switch_pm_text",
        "switch_pm_parameter",
    ]
)

# Update types Telegram delivers when allowed_updates was never set (or set to []).
_DEFAULT_EXCLUDED_UPDATES = frozenset(
    {"chat_member", "message_reaction", "message_reaction_count"}
)


class FakeBotAPI(World):
    """An in-process HTTP server speaking enough of the Bot API to run the bot end to end.

    Without `start()` it is just the world, answering in-process (see `answer`).
    """

    def __init__(self, token: str = DEFAULT_TOKEN, username: str = "tutor_test_bot") -> None:
        super().__init__(token, username)
        self.calls: list[Call] = []
        self.faults = Faults()
        self._host = "127.0.0.1"
        self._port = 0
        self._runner: web.AppRunner | None = None
        self._allowed_updates: list[str] | None = None
        self._active_poll: object | None = None
        self._calls_changed = asyncio.Event()

    # ---------------------------------------------------------------- lifecycle

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._loop = asyncio.get_running_loop()
        self._host = host
        await self._bind(port)

    async def stop(self) -> None:
        await self._unbind()

    async def pause(self) -> None:
        """Stop listening and drop open connections: clients get "connection refused"."""
        await self._unbind()

    async def resume(self) -> None:
        """Listen again on the same port as before pause()."""
        if self._runner is None:
            await self._bind(self._port)

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def _bind(self, port: int) -> None:
        # A fresh Application per bind: aiohttp apps are frozen after their runner cleans up.
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        # handler_cancellation: a client that hangs up (timeout, pause, bot shutdown) must not
        # leave a long poll parked here; shutdown_timeout keeps pause()/stop() quick.
        runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=0.1
        )
        await runner.setup()
        site = web.TCPSite(runner, self._host, port, reuse_address=True)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self._port = runner.addresses[0][1]

    async def _unbind(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    @property
    def port(self) -> int:
        if not self._port:
            raise RuntimeError("FakeBotAPI is not started")
        return self._port

    @property
    def url(self) -> str:
        # A wildcard bind address is not something a client can connect to.
        host = "127.0.0.1" if self._host in ("", "0.0.0.0") else self._host
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.url}/file/bot"

    # ---------------------------------------------------------------- call log

    def mark(self) -> int:
        return len(self.calls)

    def calls_of(self, method: str) -> list[Call]:
        return [c for c in self.calls if method == "*" or _same(method, c.method)]

    async def wait_for(
        self,
        method: str,
        predicate: Callable[[Call], bool] | None = None,
        timeout: float = 10.0,
        after: int = 0,
    ) -> Call:
        """Wait for a call of `method` ("*" = any) with index >= after matching predicate."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            event = self._calls_changed
            # Rescan from `after` every time: a call is listed before its result is known, so a
            # predicate looking at call.result may only match on a later pass.
            for call in self.calls[after:]:
                if (method == "*" or _same(method, call.method)) and (
                    predicate is None or predicate(call)
                ):
                    return call
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                raise AssertionError(self._timeout_report(method, timeout, after))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)

    def _timeout_report(self, method: str, timeout: float, after: int) -> str:
        recent = list(enumerate(self.calls))[-25:]
        lines = [f"  #{i}{'' if i >= after else ' (before mark)'} {c.brief()}" for i, c in recent]
        listing = "\n".join(lines) or "  (no calls at all)"
        return (
            f"no matching {method} call within {timeout}s (after index {after}); "
            f"{len(self.calls)} calls recorded, most recent:\n{listing}"
        )

    # ---------------------------------------------------------------- fault injection

    def fail(self, method: str, status: int, *args: Any, **kwargs: Any) -> None:
        """Make the next calls of `method` fail (see `Faults.fail`)."""
        self.faults.fail(method, status, *args, **kwargs)

    def delay(self, method: str, seconds: float, times: int | None = 1) -> None:
        """Answer the next `times` calls of `method` late (see `Faults.delay`)."""
        self.faults.delay(method, seconds, times)

    def clear_faults(self) -> None:
        self.faults.clear()

    # ---------------------------------------------------------------- internals: HTTP

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return _error_response(401, "Unauthorized")
        path = request.match_info["path"]
        for file_id, meta in self._file_meta.items():
            if meta.get("file_path") == path:
                return web.Response(body=self.files[file_id])
        return _error_response(404, "Not Found")

    async def _handle_method(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        params = await _read_params(request)
        call = Call(method, params, time.monotonic())
        self.calls.append(call)
        pulse(self, "_calls_changed")
        try:
            return await self.answer(request.match_info["token"], call)
        finally:
            pulse(self, "_calls_changed")

    async def answer(self, token: str, call: Call) -> web.StreamResponse:
        """The response to one recorded call (injected faults and delays applied)."""
        if token != self.token:
            return _fail_call(call, ApiError(401, "Unauthorized"), fault="wrong token")
        fault = self.faults.next_failure(call.method)
        if fault is not None:
            parameters = {"retry_after": fault.retry_after} if fault.retry_after else None
            error = ApiError(fault.status, fault.description, parameters)
            return _fail_call(call, error, fault=f"injected {fault.status}")
        delay = self.faults.next_delay(call.method)
        try:
            result = await self._dispatch(call.method, call.params)
        except ApiError as error:
            response = _fail_call(call, error)
        else:
            call.result = result
            response = web.json_response({"ok": True, "result": result})
        if delay is not None:
            call.fault = f"delayed {delay.seconds}s"
            await asyncio.sleep(delay.seconds)
        return response

    async def _dispatch(self, method: str, params: JSON) -> Any:
        name = method.lower()
        if name == "getupdates":
            return await self._get_updates(params)
        handler = METHODS.get(name)
        if handler is None:
            return True  # unknown/unmodelled method: accept it, the call is recorded anyway
        return handler(self, params)

    # ---------------------------------------------------------------- getUpdates

    async def _get_updates(self, params: JSON) -> list[JSON]:
        if self.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = as_int(params.get("offset"), 0)
        limit = min(max(as_int(params.get("limit"), 100), 1), 100)
        timeout = max(float(as_int(params.get("timeout"), 0)), 0.0)
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = [str(kind) for kind in allowed] or None
        self._confirm(offset)

        me = object()
        self._active_poll = me
        # Wake an older long poll so it can notice it was superseded (409, like Telegram).
        pulse(self, "_updates_changed")
        deadline = time.monotonic() + timeout
        while True:
            if self._active_poll is not me:
                raise ApiError(409, STATUS_PHRASES[409])
            event = self._updates_changed
            batch = self._deliverable(limit)
            remaining = deadline - time.monotonic()
            if batch or remaining <= 0:
                if self._active_poll is me:
                    self._active_poll = None
                return batch
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)

    def _confirm(self, offset: int) -> None:
        if offset < 0:
            # Negative offset: keep only the last |offset| updates, forgetting the rest.
            self._updates = self._updates[offset:]
        elif offset:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]

    def _deliverable(self, limit: int) -> list[JSON]:
        kept: list[JSON] = []
        for update in self._updates:
            kind = next(k for k in update if k != "update_id")
            if self._allowed_updates is None:
                allowed = kind not in _DEFAULT_EXCLUDED_UPDATES
            else:
                allowed = kind in self._allowed_updates
            if allowed:
                kept.append(update)
            else:
                self.filtered_updates.append(update)
        self._updates = kept
        return [json.loads(json.dumps(u)) for u in kept[:limit]]


def _same(a: str, b: str) -> bool:
    return a.lower() == b.lower()


def _decode(key: str, value: Any) -> Any:
    """PTB JSON-encodes non-string values; plain strings are sent as they are."""
    if not isinstance(value, str) or key in _RAW_STRING_FIELDS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


async def _read_params(request: web.Request) -> JSON:
    params: JSON = {key: _decode(key, value) for key, value in request.query.items()}
    if request.content_type == "application/json":
        body = await request.json() if request.can_read_body else {}
        if isinstance(body, dict):
            params.update({key: _decode(key, value) for key, value in body.items()})
        return params
    form = await request.post()
    for key, value in form.items():
        if isinstance(value, web.FileField):
            data = value.file.read()
            params[key] = UploadedFile(value.filename, len(data), value.content_type, data)
        else:
            params[key] = _decode(key, value)
    return params


def _error_response(status: int, description: str, parameters: JSON | None = None) -> web.Response:
    payload: JSON = {"ok": False, "error_code": status, "description": description}
    if parameters:
        payload["parameters"] = parameters
    return web.json_response(payload, status=status)


def _fail_call(call: Call, error: ApiError, fault: str | None = None) -> web.Response:
    call.status = error.status
    call.description = error.description
    call.fault = fault
    return _error_response(error.status, error.description, error.parameters)
