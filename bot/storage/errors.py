"""The one error services see from storage: the database cannot be used right now."""

from __future__ import annotations

import sqlite3
from types import TracebackType

# sqlite3 messages that mean the database cannot be used right now, not a bug in a query.
_UNUSABLE = (
    "database or disk is full",
    "readonly database",
    "disk i/o error",
    "database is locked",
    "unable to open database",
)


class StorageError(Exception):
    """The database cannot be used; the message says why in plain words."""


class _UnusableAsStorageError:
    """Re-raise operator trouble (full disk, read-only, I/O) as StorageError; bugs stay as is.

    A class rather than @contextmanager: it wraps every statement, so it should cost nothing.
    """

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None
    ) -> None:
        trouble = isinstance(err, sqlite3.OperationalError) and any(
            s in str(err).lower() for s in _UNUSABLE
        )
        if trouble:
            raise StorageError(str(err)) from err


unusable_as_storage_error = _UnusableAsStorageError()
