"""`kill -9` of `tutorbot run` in a burst of poll answers loses nothing it acknowledged.

"Acknowledged" is what Telegram believes: the fake server saw a later getUpdates whose offset
is past the update, so Telegram would never deliver it again. Each such answer must be in the
database after a restart, and the database must pass `PRAGMA integrity_check`.
"""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path
from typing import Any

from tests.e2e.botproc import bot_process
from tests.fakeapi import Call, FakeBotAPI
from tests.robustness.kit import TALLY, until

VOTERS = 300
BATCH = 30


def _offset(call: Call) -> int:
    value = call.params.get("offset")
    return int(value) if isinstance(value, int) else 0


def _voters(db: Path) -> set[int]:
    with sqlite3.connect(db) as conn:
        return {row[0] for row in conn.execute("SELECT user_id FROM answers")}


def _integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


async def test_kill_9_during_a_burst_of_answers_loses_no_acknowledged_answer(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    owner = api.user(5000, "Owner")
    group = api.group_chat(40)
    voters = [api.user(i, f"Voter {i}") for i in range(1, VOTERS + 1)]
    db = tmp_path / "data" / "tutor.db"
    sent: list[dict[str, Any]] = []
    async with bot_process(api, tmp_path, name="killed") as bot:
        mark = api.mark()
        api.send_text(group, owner, "/quiz 1")  # the owner never answers: the poll stays open
        await api.wait_for("sendPoll", after=mark, timeout=15)
        poll = api.last_poll(group["id"])

        async def burst() -> None:
            for start in range(0, VOTERS, BATCH):
                for voter in voters[start : start + BATCH]:
                    sent.append(api.answer_poll(poll["id"], voter, [voter["id"] % 2]))
                await asyncio.sleep(0.02)

        feeder = asyncio.create_task(burst())
        # Kill the moment Telegram is told "done" for the third batch, mid-burst.
        await until(lambda: len(sent) >= 3 * BATCH, timeout=10, what="a burst underway")
        third = sent[3 * BATCH - 1]["update_id"]
        await api.wait_for("getUpdates", lambda c: _offset(c) > third, after=mark, timeout=15)
        bot.proc.kill()
        await bot.proc.wait()
        await feeder
    acknowledged = max(_offset(c) for c in api.calls_of("getUpdates"))
    acked_voters = {u["poll_answer"]["user"]["id"] for u in sent if u["update_id"] < acknowledged}
    assert 0 < len(acked_voters) < VOTERS, "the kill did not land in the middle of the burst"
    assert _integrity(db) == "ok"

    last = sent[-1]["update_id"]
    async with bot_process(api, tmp_path, name="restarted") as again:
        await api.wait_for("getUpdates", lambda c: _offset(c) > last, timeout=20)
        assert await again.stop() == 0  # a clean stop handles whatever it fetched
    recorded = _voters(db)
    TALLY.answers(expected=len(acked_voters), found=len(acked_voters & recorded))
    assert acked_voters <= recorded, f"lost {len(acked_voters - recorded)} acknowledged answers"
    TALLY.survived()
    assert recorded == {v["id"] for v in voters}
    assert _integrity(db) == "ok"
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT COUNT(*), COUNT(DISTINCT user_id) FROM answers").fetchone()
    assert rows == (VOTERS, VOTERS), "an answer was recorded twice"
