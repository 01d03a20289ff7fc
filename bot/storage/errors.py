"""The one error services see from storage: the database cannot be used right now."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

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


@contextmanager
def unusable_as_storage_error() -> Iterator[None]:
    """Re-raise operator trouble (full disk, read-only, I/O) as StorageError; bugs stay as is."""
    try:
        yield
    except sqlite3.OperationalError as err:
        if any(s in str(err).lower() for s in _UNUSABLE):
            raise StorageError(str(err)) from err
        raise
