"""Settings: one frozen object built once from the environment (and `.env`), failing fast."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.content.loader import default_content_dir

DEFAULT_API_URL = "https://api.telegram.org"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class SettingsError(Exception):
    """A setting is missing or invalid; the message says which and how to fix it."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    token: str
    api_url: str = DEFAULT_API_URL
    db_path: Path = Path("data/tutor.db")
    content_dir: Path
    timezone: str = "Europe/Moscow"
    admins: frozenset[int] = frozenset()
    allowed_chats: frozenset[int] = frozenset()  # people and groups served; empty: everyone
    log_level: str = "INFO"
    heartbeat: Path = Path("/tmp/tutorbot.heartbeat")  # noqa: S108 - a liveness marker only
    push_interval: float = 30.0
    on_fatal: str = "exit"  # "wait": stay up after a fatal error (a rejected token)

    @property
    def cache_dir(self) -> Path:
        """Where parsed notes and the search index are cached: beside the database."""
        return self.db_path.parent / "cache"

    @property
    def base_url(self) -> str:
        return f"{self.api_url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.api_url}/file/bot"


def read_env_file(path: Path) -> dict[str, str]:
    """Parse a KEY=VALUE `.env` file: comment lines, inline comments, blank lines and quotes
    as Docker Compose reads them."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.removeprefix("export ").partition("=")
        values[key.strip()] = _env_value(value)
    return values


def _env_value(raw: str) -> str:
    """A value as Docker Compose reads it: quoted up to the closing quote, or unquoted up to
    an inline comment (` #`, with whitespace before the #)."""
    value = raw.strip()
    if value[:1] in ("'", '"'):
        end = value.find(value[0], 1)
        if end != -1:
            return value[1:end]
    comment = re.search(r"\s#", raw)  # `KEY= # note` is empty, `KEY=a#b` is "a#b"
    return raw[: comment.start()].strip() if comment else value


def environment(
    env: dict[str, str] | None = None, env_file: Path = Path(".env")
) -> dict[str, str]:
    """The process environment over the `.env` file: real variables win."""
    merged = read_env_file(env_file)
    merged.update(os.environ if env is None else env)
    return merged


def load_settings(env: dict[str, str], *, require_token: bool = True) -> Settings:
    """Build settings from a mapping of variables; raise SettingsError with a clear message."""
    content = _get(env, "TUTOR_CONTENT_DIR")
    return Settings(
        token=_token(env, require_token),
        api_url=_api_url(env),
        db_path=Path(_get(env, "TUTOR_DB") or "data/tutor.db"),
        content_dir=Path(content) if content else default_content_dir(),
        timezone=_timezone(env),
        admins=_ids(env, "TUTOR_ADMINS", "user id"),
        allowed_chats=_ids(env, "TUTOR_ALLOWED_CHATS", "user or chat id"),
        log_level=_log_level(env),
        heartbeat=Path(_get(env, "TUTOR_HEARTBEAT") or "/tmp/tutorbot.heartbeat"),  # noqa: S108
        push_interval=_push_interval(env),
        on_fatal=_on_fatal(env),
    )


def _get(env: dict[str, str], name: str) -> str:
    return env.get(name, "").strip()


def _token(env: dict[str, str], required: bool) -> str:
    token = _get(env, "TELEGRAM_BOT_TOKEN")
    if required and not token:
        raise SettingsError(
            "TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather and put it in .env "
            "(see .env.example)"
        )
    if token and (":" not in token or any(c.isspace() for c in token)):
        raise SettingsError("TELEGRAM_BOT_TOKEN looks wrong: expected '123456:ABC...'")
    return token


def _api_url(env: dict[str, str]) -> str:
    api_url = _get(env, "TELEGRAM_API_URL").rstrip("/") or DEFAULT_API_URL
    if not api_url.startswith(("http://", "https://")):
        raise SettingsError("TELEGRAM_API_URL must start with http:// or https://")
    return api_url


def _timezone(env: dict[str, str]) -> str:
    tz = _get(env, "TUTOR_TIMEZONE") or "Europe/Moscow"
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as err:
        raise SettingsError(f"TUTOR_TIMEZONE {tz!r} is not an IANA time zone") from err
    return tz


def _ids(env: dict[str, str], name: str, what: str) -> frozenset[int]:
    """Comma-separated Telegram ids (groups' are negative); /id shows them."""
    ids: set[int] = set()
    for part in _get(env, name).replace(";", ",").split(","):
        if not part.strip():
            continue
        try:
            ids.add(int(part.strip()))
        except ValueError as err:
            raise SettingsError(
                f"{name}: {part.strip()!r} is not a {what} (send /id to the bot to see ids)"
            ) from err
    return frozenset(ids)


def _log_level(env: dict[str, str]) -> str:
    level = (_get(env, "LOG_LEVEL") or "INFO").upper()
    if level not in LOG_LEVELS:
        raise SettingsError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}")
    return level


def _push_interval(env: dict[str, str]) -> float:
    try:
        push_interval = float(_get(env, "TUTOR_PUSH_INTERVAL") or 30.0)
    except ValueError as err:
        raise SettingsError("TUTOR_PUSH_INTERVAL must be a number of seconds") from err
    if not 0.05 <= push_interval <= 3600:
        raise SettingsError("TUTOR_PUSH_INTERVAL must be between 0.05 and 3600 seconds")
    return push_interval


def _on_fatal(env: dict[str, str]) -> str:
    value = (_get(env, "TUTOR_ON_FATAL") or "exit").lower()
    if value not in ("exit", "wait"):
        raise SettingsError("TUTOR_ON_FATAL must be exit or wait")
    return value
