"""What every part of the fake shares: JSON helpers, the error answer, the calls it records,
and the faults tests inject."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

JSON = dict[str, Any]

STATUS_PHRASES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running",
    429: "Too Many Requests: retry after {retry_after}",
    500: "Internal Server Error",
    502: "Bad Gateway",
}


class ApiError(Exception):
    """A Bot API error answer: raised by method handlers, turned into {"ok": false}."""

    def __init__(self, status: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


@dataclass
class UploadedFile:
    """A multipart upload as the server received it."""

    filename: str | None
    size: int
    content_type: str | None
    data: bytes = field(repr=False)


@dataclass
class Call:
    """One HTTP request to the fake API (recorded even when it failed)."""

    method: str
    params: JSON
    time: float
    fault: str | None = None
    status: int = 200
    result: Any = None
    description: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200

    def brief(self, width: int = 160) -> str:
        params = json.dumps(self.params, ensure_ascii=False, default=repr)
        if len(params) > width:
            params = params[: width - 1] + "…"
        tail = f" -> {self.status} {self.description or ''}".rstrip() if not self.ok else ""
        fault = f" [fault: {self.fault}]" if self.fault else ""
        return f"{self.method} {params}{tail}{fault}"


@dataclass
class Fault:
    method: str
    times: int | None
    status: int = 0
    description: str = ""
    retry_after: int | None = None
    seconds: float = 0.0

    def matches(self, method: str) -> bool:
        return self.method == "*" or self.method.lower() == method.lower()


class Faults:
    """Injected failures and delays, each for the next `times` calls of a method."""

    def __init__(self) -> None:
        self.failures: list[Fault] = []
        self.delays: list[Fault] = []

    def fail(
        self,
        method: str,
        status: int,
        description: str | None = None,
        retry_after: int | None = None,
        times: int | None = 1,
    ) -> None:
        """Make the next `times` calls of `method` ("*" = any) fail; times=None = forever."""
        if status == 429 and retry_after is None:
            retry_after = 1
        if description is None:
            default = STATUS_PHRASES.get(status, f"Error {status}")
            description = default.format(retry_after=retry_after)
        self.failures.append(Fault(method, times, status, description, retry_after))

    def delay(self, method: str, seconds: float, times: int | None = 1) -> None:
        """Answer the next `times` calls of `method` late.

        The method takes effect before the pause, so a client that times out has still
        "sent" the message, which is what makes timeouts dangerous on the real API.
        """
        self.delays.append(Fault(method, times, seconds=seconds))

    def clear(self) -> None:
        self.failures.clear()
        self.delays.clear()

    def next_failure(self, method: str) -> Fault | None:
        return _take(self.failures, method)

    def next_delay(self, method: str) -> Fault | None:
        return _take(self.delays, method)


def _take(rules: list[Fault], method: str) -> Fault | None:
    for rule in rules:
        if rule.matches(method):
            if rule.times is not None:
                rule.times -= 1
                if rule.times <= 0:
                    rules.remove(rule)
            return rule
    return None


def pulse(owner: object, attr: str) -> None:
    """Wake everyone waiting on an event and arm a fresh one for the next change."""
    event: asyncio.Event = getattr(owner, attr)
    setattr(owner, attr, asyncio.Event())
    event.set()


def as_int(value: Any, default: int) -> int:
    if value is None or isinstance(value, bool):
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def copy_json(obj: JSON) -> JSON:
    # Results are serialised later; a deep copy keeps later edits from rewriting history.
    copied: JSON = json.loads(json.dumps(obj))
    return copied
