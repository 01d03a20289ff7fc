"""Numbered migrations (migrations/NNNN_name.sql), applied in order, tracked in user_version."""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

import aiosqlite

from bot.storage.errors import StorageError

logger = logging.getLogger(__name__)


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) for every bundled migration, in order."""
    folder = resources.files("bot.storage") / "migrations"
    out = []
    for entry in folder.iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            out.append((int(name[:4]), name, entry.read_text(encoding="utf-8")))
    out.sort()
    return out


async def schema_version(conn: aiosqlite.Connection) -> int:
    async with conn.execute("PRAGMA user_version") as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


def check_version(current: int, path: Path) -> None:
    """Refuse a database written by a newer bot: its schema is not ours to change."""
    known = migrations()
    latest = known[-1][0] if known else 0
    if current > latest:
        raise StorageError(
            f"the database {path} has schema version {current}, newer than this bot "
            f"understands ({latest}); upgrade the bot or restore a matching backup"
        )


async def migrate(conn: aiosqlite.Connection, path: Path) -> None:
    """Apply every migration newer than the file's version, each in its own transaction."""
    current = await schema_version(conn)
    check_version(current, path)
    for version, name, sql in migrations():
        if version <= current:
            continue
        logger.info("applying migration %s", name)
        await conn.executescript(
            f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {version:d};\nCOMMIT;"
        )
