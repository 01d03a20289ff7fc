"""The benchmark writes its synthetic chats straight into a migrated database: a schema change
that breaks those rows must fail here, not first in `make bench`."""

from __future__ import annotations

from pathlib import Path

from bench.daily import plan, populate
from bot.services.library import Library


async def test_the_daily_benchmark_data_fits_the_current_schema(
    library: Library, tmp_path: Path
) -> None:
    db = tmp_path / "bench.db"
    written = await populate(db, library, chats=40)
    assert written["chats"] == 40 and written["reviews"] > 0
    timing = await plan(db, library)
    # Every written chat is subscribed and due at the bench's clock, and gets questions.
    assert timing["due"] == 40
    assert timing["questions"] >= 40
