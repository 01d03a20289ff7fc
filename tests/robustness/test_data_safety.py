"""Data safety: concurrent answers, schema versions, unusable storage and live backups."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

import aiosqlite
import pytest

from bot.bootstrap import Tutor
from bot.i18n import t
from bot.services.library import Library
from bot.storage import migrate as migrate_module
from bot.storage.errors import StorageError
from bot.storage.migrate import migrations
from bot.storage.repo import Repository
from tests.e2e.botproc import bot_env, bot_process
from tests.fakeapi import FakeBotAPI
from tests.robustness.kit import TALLY
from tests.support import (
    FakeClock,
    answer_count,
    feed,
    integrity,
    open_tutor,
    polling_app,
    running_app,
    schema_version,
    settings_for,
    user_name,
)

LATEST = migrations()[-1][0]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


async def _cli(*args: str, env: dict[str, str], cwd: Path, timeout: float = 30) -> tuple[int, str]:
    """Run `python -m bot ARGS`; (exit code, stdout+stderr). Bounded: a hang fails the test."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, env=env, cwd=cwd,
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    out, _ = await asyncio.wait_for(proc.communicate(), timeout)
    return proc.returncode or 0, out.decode("utf-8", "replace")


# ------------------------------------------------------------------ concurrent answers


async def test_fifty_users_answer_one_group_poll_at_once(
    api: FakeBotAPI, library: Library, tmp_path: Path
) -> None:
    """Real polling (8 updates at a time), every answer delivered twice: 50 rows, once each."""
    admin = api.user(999, "Admin")
    group = api.group_chat(60)
    users = [api.user(i, f"U{i}") for i in range(1, 51)]
    tutor = await open_tutor(tmp_path / "tutor.db", library, FakeClock(), seed=1)
    try:
        async with polling_app(api, tutor, settings_for(tmp_path)):
            mark = api.mark()
            api.send_text(group, admin, "/compete 1 60")
            await api.wait_for("sendPoll", after=mark, timeout=10)
            poll = api.last_poll(group["id"])
            right = poll["correct_option_ids"][0]
            answers = [
                api.answer_poll(poll["id"], u, [right if u["id"] % 3 else 0]) for u in users
            ]
            for update in answers:  # Telegram may deliver an update twice
                api.enqueue({"poll_answer": update["poll_answer"]})
            last = api.pending_updates[-1]["update_id"]
            await api.wait_for(
                "getUpdates", lambda c: int(c.params.get("offset", 0)) > last, timeout=15
            )
        async with aiosqlite.connect(tmp_path / "tutor.db") as db:
            rows = await (await db.execute("SELECT user_id FROM answers")).fetchall()
            reviews = await (await db.execute("SELECT COUNT(*) FROM reviews")).fetchone()
    finally:
        await tutor.close()
    voters = [r[0] for r in rows]
    TALLY.answers(expected=50, found=len(set(voters) & {u["id"] for u in users}))
    assert sorted(voters) == list(range(1, 51)), "an answer was lost or recorded twice"
    assert reviews == (50,)
    TALLY.survived()


# -------------------------------------------------------------------- schema versions


async def _legacy_db(path: Path, version: int) -> None:
    """A database as an older bot left it: migrations up to `version`, with some data."""
    with sqlite3.connect(path, isolation_level=None) as conn:
        for number, _, sql in migrations():
            if number <= version:
                conn.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = {number:d};\nCOMMIT;")
        if version >= 1:
            conn.execute(
                "INSERT INTO users (id, name, lang, created_at) VALUES (1, 'Old', 'ru', 0)"
            )
    conn.close()


@pytest.mark.parametrize("version", range(LATEST))
async def test_an_older_schema_migrates_forward_on_start(tmp_path: Path, version: int) -> None:
    db = tmp_path / "old.db"
    await _legacy_db(db, version)
    repo = await Repository.open(db)
    try:
        assert await schema_version(repo) == LATEST
        if version >= 1:
            assert await user_name(repo, 1) == "Old"
        assert await integrity(repo) == "ok"
    finally:
        await repo.close()


async def test_a_next_migration_applies_to_a_database_with_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The mechanism a future 000N_*.sql relies on: applied once, in order, data kept."""
    db = tmp_path / "tutor.db"
    await _legacy_db(db, LATEST)
    real = migrations()
    sql = "ALTER TABLE users ADD COLUMN nickname TEXT;\nUPDATE users SET nickname = name;"
    extra = (LATEST + 1, f"{LATEST + 1:04d}_nickname.sql", sql)
    monkeypatch.setattr(migrate_module, "migrations", lambda: [*real, extra])
    for _ in range(2):  # the second start must not apply it again
        repo = await Repository.open(db)
        try:
            assert await schema_version(repo) == LATEST + 1
        finally:
            await repo.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT nickname FROM users").fetchall() == [("Old",)]
    conn.close()


async def test_a_failing_migration_leaves_the_database_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "tutor.db"
    await _legacy_db(db, LATEST)
    real = migrations()
    sql = "ALTER TABLE users ADD COLUMN nickname TEXT;\nINSERT INTO nowhere VALUES (1);"
    broken = (LATEST + 1, f"{LATEST + 1:04d}_broken.sql", sql)
    monkeypatch.setattr(migrate_module, "migrations", lambda: [*real, broken])
    with pytest.raises(StorageError, match="no such table: nowhere"):
        await Repository.open(db)
    TALLY.bad()
    monkeypatch.setattr(migrate_module, "migrations", lambda: real)
    repo = await Repository.open(db)
    try:
        assert await schema_version(repo) == LATEST
        assert await user_name(repo, 1) == "Old"
    finally:
        await repo.close()
    with sqlite3.connect(db) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(users)")]
    conn.close()
    assert "nickname" not in columns, "half a migration was left behind"


@pytest.mark.parametrize("journal", ["delete", "wal"])
async def test_a_future_schema_is_refused_and_left_untouched(tmp_path: Path, journal: str) -> None:
    db = tmp_path / "future.db"
    with sqlite3.connect(db, isolation_level=None) as conn:
        conn.execute(f"PRAGMA journal_mode = {journal}")
        conn.execute("CREATE TABLE things (x)")
        conn.execute(f"PRAGMA user_version = {LATEST + 41:d}")
    conn.close()
    before = _digest(db)
    TALLY.bad()
    with pytest.raises(StorageError) as refused:
        await Repository.open(db)
    message = str(refused.value)
    assert f"schema version {LATEST + 41}" in message and "newer than this bot" in message
    assert "upgrade the bot" in message
    assert _digest(db) == before, "refusing the database still changed the file"
    assert sorted(os.listdir(tmp_path)) == ["future.db"], "it left -wal/-shm files behind"


async def test_tutorbot_run_refuses_a_future_database_with_one_clear_line(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    db = tmp_path / "data" / "tutor.db"
    db.parent.mkdir()
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST + 1:d}")
    conn.close()
    before = _digest(db)
    code, out = await _cli("run", env=bot_env(api, tmp_path), cwd=tmp_path)
    TALLY.bad()
    assert code == 1, out
    assert "newer than this bot understands" in out and "Traceback" not in out
    assert _digest(db) == before
    assert api.token not in out


# ---------------------------------------------------------------- unusable storage


async def test_a_database_folder_that_cannot_be_created_stops_with_a_clear_error(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    """`tutorbot run` exits once with a plain message (no traceback, no retry loop)."""
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    code, out = await _cli("run", env=bot_env(api, tmp_path), cwd=tmp_path, timeout=30)
    TALLY.bad()
    assert code == 1, out
    lines = [line for line in out.splitlines() if line.startswith("tutorbot:")]
    assert lines and "cannot open the database" in lines[0], out
    assert "Traceback" not in out and api.token not in out


def _read_only_connect(monkeypatch: pytest.MonkeyPatch) -> None:
    """Open databases the way SQLite does in a folder or file the bot may not write.

    The suite may run as root, which ignores file modes, so this asks SQLite itself for a
    read-only connection (mode=ro): the same errors as a read-only mount.
    """
    real = aiosqlite.connect

    def connect(database: Any, **kwargs: Any) -> Any:
        return real(f"file:{database}?mode=ro", uri=True, **kwargs)

    monkeypatch.setattr(aiosqlite, "connect", connect)


async def test_a_read_only_database_is_refused_at_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = tmp_path / "tutor.db"
    repo = await Repository.open(existing)
    await repo.users.upsert_user(1, "Alice", None, "ru", 0.0)
    await repo.close()
    before = _digest(existing)
    _read_only_connect(monkeypatch)
    for path in (tmp_path / "fresh" / "tutor.db", existing):
        TALLY.bad()
        with pytest.raises(StorageError) as refused:
            await Repository.open(path)
        message = str(refused.value)
        assert str(path) in message
        assert "readonly" in message or "unable to open" in message, message
    assert _digest(existing) == before


@pytest.mark.allow_error_logs
async def test_a_full_disk_is_reported_clearly_and_the_bot_recovers(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """PRAGMA max_page_count pins the file at its size: a write needing a page fails as on
    a full disk ("database or disk is full"), reads keep working."""
    alice = world.user(1, "Alice")
    chat = world.private_chat(alice)
    conn = tutor.repo.db._conn
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        await feed(app, world.send_text(chat, alice, "/start"))
        pages = await (await conn.execute("PRAGMA page_count")).fetchone()
        await conn.execute(f"PRAGMA max_page_count = {pages[0]:d}")  # the disk is now full
        TALLY.bad()
        await feed(app, world.send_text(chat, alice, "/quiz 20"))  # 20 questions need pages
        assert not world.calls_of("sendPoll")
        await feed(app, world.send_text(chat, alice, "что такое образ?"))  # reads still work
        await conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
        await feed(app, world.send_text(chat, alice, "/quiz 20"))
        poll = world.last_poll(chat["id"])
        await feed(app, world.answer_poll(poll["id"], alice, poll["correct_option_ids"]))
    errors = [r for r in caplog.get_records("call") if r.levelno >= logging.ERROR]
    assert len(errors) == 1, [r.getMessage() for r in errors]
    assert "cannot use the database" in errors[0].getMessage()
    assert "database or disk is full" in errors[0].getMessage()
    assert errors[0].exc_info is None, "a full disk is an operator problem, not a traceback"
    texts = world.sent_texts(chat["id"])
    assert t("ru", "error") in texts, "the user is told something went wrong"
    assert any(text.startswith("Docker image") for text in texts)
    assert await answer_count(tutor.repo) == 1
    assert await integrity(tutor.repo) == "ok"
    TALLY.survived()


# ---------------------------------------------------------------------- live backup


async def test_backup_while_the_bot_runs_is_a_consistent_copy(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    owner = api.user(5000, "Owner")
    group = api.group_chat(62)
    voters = [api.user(i, f"V{i}") for i in range(1, 121)]
    env = bot_env(api, tmp_path)
    async with bot_process(api, tmp_path, name="backup") as bot:
        mark = api.mark()
        api.send_text(group, owner, "/quiz 1")
        await api.wait_for("sendPoll", after=mark, timeout=15)
        poll = api.last_poll(group["id"])
        for voter in voters[:60]:
            api.answer_poll(poll["id"], voter, [0])

        async def burst() -> None:
            for voter in voters[60:]:
                api.answer_poll(poll["id"], voter, [1])
                await asyncio.sleep(0.005)

        feeder = asyncio.create_task(burst())
        copies = []
        (tmp_path / "backups").mkdir()  # backup creates no folders: a typo stays a typo
        for n in range(2):  # two copies taken while answers are being written
            target = tmp_path / "backups" / f"copy{n}.db"
            code, out = await _cli("backup", str(target), env=env, cwd=tmp_path)
            assert code == 0 and "backup written" in out, out
            copies.append(target)
        await feeder
        last = api.pending_updates[-1]["update_id"] if api.pending_updates else 0
        await api.wait_for("getUpdates", lambda c: int(c.params.get("offset", 0)) > last)
        assert await bot.stop() == 0
    live = tmp_path / "data" / "tutor.db"
    with sqlite3.connect(live) as conn:
        total = conn.execute("SELECT COUNT(*) FROM answers").fetchone()[0]
    conn.close()
    assert total == len(voters)
    for copy in copies:
        with sqlite3.connect(copy) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            assert conn.execute("PRAGMA user_version").fetchone() == (LATEST,)
            n, reviews = conn.execute(
                "SELECT (SELECT COUNT(*) FROM answers), (SELECT COUNT(*) FROM reviews)"
            ).fetchone()
        conn.close()
        assert 0 < n <= total and reviews == n, "the copy caught a half-written answer"
    TALLY.survived()


async def test_backup_to_an_unwritable_place_is_a_clear_error(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    env = bot_env(api, tmp_path)
    repo = await Repository.open(tmp_path / "data" / "tutor.db")
    await repo.close()
    (tmp_path / "blocker").write_text("not a folder", encoding="utf-8")
    TALLY.bad()
    code, out = await _cli("backup", str(tmp_path / "blocker" / "x.db"), env=env, cwd=tmp_path)
    assert code == 2, out
    assert out.startswith("tutorbot: backup refused: ") and "Traceback" not in out, out
    assert "blocker is not a folder" in out
    assert (tmp_path / "blocker").read_text(encoding="utf-8") == "not a folder"
