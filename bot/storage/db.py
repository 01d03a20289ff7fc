"""The SQLite connection: PRAGMAs, migrations on open, reads, writes and one transaction helper.

Every statement runs through `Database`, which turns the database failing for reasons outside
the code (full disk, read-only file, I/O error, a lock held too long) into `StorageError`.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import aiosqlite

from bot.storage import migrate
from bot.storage.errors import StorageError, unusable_as_storage_error

BUSY_TIMEOUT_MS = 5000

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

Params = Iterable[Any]
Row = aiosqlite.Row
R = TypeVar("R", bound="DataclassInstance")


def record(cls: type[R], row: Row, **decoded: Any) -> R:
    """A record from a row: each field from its column, unless given already decoded."""
    return cls(
        **{f.name: decoded[f.name] if f.name in decoded else row[f.name] for f in fields(cls)}
    )


@dataclass(frozen=True, slots=True)
class Written:
    rowid: int
    changed: int


class Transaction:
    """Statements inside one BEGIN IMMEDIATE … COMMIT (see `Database.transaction`)."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def write(self, sql: str, params: Params = ()) -> Written:
        cur = await self._conn.execute(sql, tuple(params))
        await cur.close()
        return Written(rowid=cur.lastrowid or 0, changed=cur.rowcount)

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        rows = list(await self._conn.execute_fetchall(sql, tuple(params)))
        return rows[0] if rows else None


def _probe(path: Path) -> None:
    sqlite3.connect(str(path)).close()


class Database:
    """One aiosqlite connection. Open with `await Database.open(path)`; close when done."""

    def __init__(self, conn: aiosqlite.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._write_lock = asyncio.Lock()
        self._closed = False

    @classmethod
    async def open(cls, path: Path | str) -> Database:
        """Connect, migrate to the bundled schema and check the file can be written."""
        path = Path(path)
        try:
            if str(path) != ":memory:":
                path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StorageError(
                f"cannot open the database at {path}: its folder {path.parent} cannot be "
                f"created ({err.strerror or err}); choose a writable path (TUTOR_DB or --db)"
            ) from err
        try:
            # Probe with plain sqlite3 first: when aiosqlite fails to connect, its worker
            # thread may later report to an event loop that is gone (a stray traceback).
            await asyncio.to_thread(_probe, path)
            conn = await aiosqlite.connect(str(path), isolation_level=None)
        except (OSError, sqlite3.Error) as err:
            raise StorageError(
                f"cannot open the database at {path}: {err}; choose a writable path "
                "(TUTOR_DB or --db)"
            ) from err
        db = cls(conn, path)
        try:
            await db._setup()
        except sqlite3.Error as err:
            await conn.close()
            raise StorageError(f"cannot use the database at {path}: {err}") from err
        except StorageError:
            await conn.close()
            raise
        return db

    async def _setup(self) -> None:
        conn = self._conn
        conn.row_factory = aiosqlite.Row
        await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        await conn.execute("PRAGMA foreign_keys = ON")
        # Refuse a newer schema before anything writes to the file (switching it to WAL would).
        migrate.check_version(await migrate.schema_version(conn), self.path)
        if str(self.path) != ":memory:":
            await conn.execute("PRAGMA journal_mode = WAL")
        await conn.execute("PRAGMA synchronous = NORMAL")
        await migrate.migrate(conn, self.path)
        # A database that can be read but not written (read-only file or folder) fails here,
        # at start, with a clear message, not on the first answer someone gives. (A write
        # transaction that matches no row: it needs write access but changes nothing.)
        await conn.execute("DELETE FROM users WHERE 0")

    async def close(self) -> None:
        """Close the connection (safe to call twice)."""
        if not self._closed:
            self._closed = True
            await self._conn.close()

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        # One trip to the database thread (execute, fetch and close a cursor would be three).
        with unusable_as_storage_error:
            return list(await self._conn.execute_fetchall(sql, tuple(params)))

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        """The first row; callers select by key, so there is at most one row to fetch."""
        rows = await self.fetchall(sql, params)
        return rows[0] if rows else None

    async def write(self, sql: str, params: Params = ()) -> Written:
        """One statement in its own transaction."""
        async with self._write_lock:
            with unusable_as_storage_error:
                cur = await self._conn.execute(sql, tuple(params))
                await cur.close()
        return Written(rowid=cur.lastrowid or 0, changed=cur.rowcount)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Transaction]:
        """Statements that succeed or fail together; other writers wait for the end."""
        async with self._write_lock:
            with unusable_as_storage_error:
                await self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield Transaction(self._conn)
                    await self._conn.execute("COMMIT")
                except BaseException:
                    await self._conn.execute("ROLLBACK")
                    raise

    async def backup(self, target: Path) -> None:
        """A consistent copy through SQLite's online backup API, safe while the bot runs."""
        try:
            # The folder must exist: a typo in the path should not grow a tree of folders.
            if not target.parent.is_dir():
                raise OSError(f"folder {target.parent} does not exist")
            dest = await aiosqlite.connect(str(target))
        except (OSError, sqlite3.Error) as err:
            raise StorageError(f"cannot write the backup to {target}: {err}") from err
        try:
            await self._conn.backup(dest)
        except sqlite3.Error as err:
            raise StorageError(f"cannot write the backup to {target}: {err}") from err
        finally:
            await dest.close()
