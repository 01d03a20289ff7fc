"""Daily push planning: who is due now, and which cards each due chat gets (SRS picks).

The database holds 10,000 subscriptions (80% private chats, 20% groups) over ten time
zones, every one due at the measured instant (the worst case: one busy morning slot), with a
review history for 30% of the private chats and answer history for 30% of the groups.
"""

from __future__ import annotations

import asyncio
import random
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bench.stats import Row, median, seconds
from bench.workspace import Workspace
from bot import bootstrap
from bot.core import schedule
from bot.services.library import Library
from bot.storage.repo import Repository

TARGET_S = 1.0
SEND_RATE = 30.0  # Telegram's overall limit, messages per second
NOW = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)
DEFAULT_TZ = "Europe/Moscow"
ZONES = (
    None,  # the bot's default zone
    "Europe/Moscow",
    "Europe/Berlin",
    "Europe/London",
    "Asia/Yekaterinburg",
    "Asia/Novosibirsk",
    "Asia/Almaty",
    "Asia/Tokyo",
    "America/New_York",
    "UTC",
)


def _quizzable(library: Library) -> list[str]:
    return [c.id for c in library.kb.cards if c.definition or len(c.items) >= 2]


async def populate(path: Path, library: Library, chats: int, seed: int = 1) -> dict[str, int]:
    """Write subscriptions, chats, users, reviews and answers straight into a fresh DB."""
    repo = await Repository.open(path)  # applies the migrations
    await repo.close()
    rng = random.Random(seed)
    cards = _quizzable(library)
    now = NOW.timestamp()
    created = now - 30 * 86400
    users: list[tuple[Any, ...]] = []
    chat_rows: list[tuple[Any, ...]] = []
    subs: list[tuple[Any, ...]] = []
    reviews: list[tuple[Any, ...]] = []
    answers: list[tuple[Any, ...]] = []
    for k in range(chats):
        private = rng.random() < 0.8
        chat_id = 10_000_000 + k if private else -(10_000_000 + k)
        tz = ZONES[k % len(ZONES)]
        local = NOW.astimezone(ZoneInfo(tz or DEFAULT_TZ)) - timedelta(minutes=rng.randint(0, 150))
        last_sent = now - 26 * 3600 if rng.random() < 0.7 else None
        subs.append((chat_id, local.strftime("%H:%M"), 3, last_sent, created))
        chat_rows.append((chat_id, "private" if private else "group", None, tz, 1, created))
        if private:
            users.append((chat_id, f"User {k}", None, "ru", created))
            if rng.random() < 0.3:
                for card in rng.sample(cards, rng.randint(min(5, len(cards)), len(cards))):
                    due = now + rng.uniform(-5, 5) * 86400
                    reviews.append(
                        (
                            chat_id,
                            card,
                            round(rng.uniform(1.3, 2.8), 2),
                            rng.choice((1.0, 3.0, 7.0, 16.0)),
                            rng.randint(1, 6),
                            rng.randint(0, 3),
                            due,
                            due - 86400,
                        )
                    )
        elif rng.random() < 0.3:
            members = [50_000_000 + k * 3 + j for j in range(3)]
            users.extend((u, f"Member {u}", None, "ru", created) for u in members)
            for a in range(rng.randint(10, 40)):
                answers.append(
                    (
                        rng.choice(members),
                        chat_id,
                        rng.choice(cards),
                        "q",
                        "[0]",
                        int(rng.random() < 0.6),
                        100,
                        "compete",
                        now - a * 3600,
                    )
                )
    with sqlite3.connect(path) as db:
        # Columns by name: later migrations add columns (chats.topic) these rows leave empty.
        db.executemany(
            "INSERT INTO users (id, name, username, lang, created_at) VALUES (?, ?, ?, ?, ?)",
            users,
        )
        db.executemany(
            "INSERT INTO chats (id, type, title, tz, active, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            chat_rows,
        )
        db.executemany(
            "INSERT INTO subscriptions (chat_id, local_time, questions, last_sent, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            subs,
        )
        db.executemany(
            "INSERT INTO reviews (user_id, card_id, ease, interval_days, repetitions, lapses, "
            "due, last_review) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            reviews,
        )
        db.executemany(
            "INSERT INTO answers (user_id, chat_id, card_id, question_id, chosen, correct, "
            "points, kind, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            answers,
        )
    return {
        "chats": chats,
        "private_with_reviews": len({r[0] for r in reviews}),
        "reviews": len(reviews),
        "groups_with_answers": len({a[1] for a in answers}),
        "answers": len(answers),
    }


async def plan(path: Path, library: Library) -> dict[str, Any]:
    """One planning pass, timed in its parts, on a fresh connection."""
    repo = await Repository.open(path)
    try:
        services = bootstrap.services(
            repo, library, default_tz=DEFAULT_TZ, clock=lambda: NOW, rng=random.Random(1)
        )
        started = time.perf_counter()
        due = await services.pushes.due(NOW)
        planned = time.perf_counter()
        plans = await services.pushes.plan(NOW)
        picks = [p.card_ids for p in plans]
        picked = time.perf_counter() - (planned - started)  # plan repeats due
        rows = await repo.pushes.subscriptions()
        subs = [
            schedule.Subscription(
                chat_id=r.chat_id,
                local_time=schedule.parse_hhmm(r.local_time) or datetime.min.time(),
                tz=r.tz or DEFAULT_TZ,
                questions=r.questions,
                last_sent=None
                if r.last_sent is None
                else datetime.fromtimestamp(r.last_sent, UTC),
                created=datetime.fromtimestamp(r.created_at, UTC),
            )
            for r in rows
        ]
        core_started = time.perf_counter()
        schedule.due_chats(subs, NOW)
        core_s = time.perf_counter() - core_started
    finally:
        await repo.close()
    return {
        "due": len(due),
        "due_s": planned - started,
        "pick_s": picked - planned,
        "total_s": picked - started,
        "core_due_chats_s": core_s,
        "messages": sum(1 + len(p) for p in picks),
        "questions": sum(len(p) for p in picks),
    }


def _utc(value: float | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, UTC)


async def _run(ws: Workspace) -> dict[str, Any]:
    chats = 10_000
    path = ws.root / "daily" / "tutor.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    setup = await populate(path, ws.seed, chats)
    passes = [await plan(path, ws.seed) for _ in range(2 if ws.quick else 5)]
    data: dict[str, Any] = {"setup": setup, "passes": passes}
    for key in ("due_s", "pick_s", "total_s", "core_due_chats_s"):
        data[f"median_{key}"] = round(median([p[key] for p in passes]), 4)
    data["due"] = passes[0]["due"]
    data["messages"] = passes[0]["messages"]
    if not ws.quick:
        # The same planning over the 10,000-card notes, on a sample of chats.
        sample = 500
        big_path = ws.root / "daily" / "big.db"
        big_path.unlink(missing_ok=True)
        await populate(big_path, ws.big, sample)
        big = await plan(big_path, ws.big)
        data["big_notes_sample"] = {
            "chats": sample,
            "total_s": round(big["total_s"], 3),
            "per_chat_ms": round(1000 * big["total_s"] / sample, 3),
        }
    return data


def run(ws: Workspace) -> tuple[list[Row], dict[str, Any]]:
    data = asyncio.run(_run(ws))
    setup = data["setup"]
    due, messages = data["due"], data["messages"]
    rows = [
        Row(
            section="daily",
            name=(
                f"Daily push planning, {setup['chats']:,} chats "
                f"({setup['private_with_reviews']:,} with reviews, "
                f"{setup['groups_with_answers']:,} groups with answers)"
            ),
            value=seconds(data["median_total_s"]),
            target=f"<= {TARGET_S:g} s",
            met=data["median_total_s"] <= TARGET_S and due == setup["chats"],
            note=(
                f"{due:,} due; who is due {data['median_due_s']:.3f} s "
                f"(schedule core {data['median_core_due_chats_s']:.3f} s), "
                f"picking {data['median_pick_s']:.3f} s"
            ),
        ),
        Row(
            section="daily",
            name=f"Planned send time at {SEND_RATE:g} msg/s",
            value=f"{due / SEND_RATE:,.0f} s by chats, {messages / SEND_RATE:,.0f} s by messages",
            note=(
                f"{due:,} pushes = {messages:,} messages (intro + "
                f"{(messages - due) / max(due, 1):g} polls each)"
            ),
        ),
    ]
    if "big_notes_sample" in data:
        b = data["big_notes_sample"]
        rows.append(
            Row(
                section="daily",
                name=f"Daily push planning with {ws.cards:,}-card notes (info)",
                value=f"{b['per_chat_ms']:.2f} ms per chat",
                note=(
                    f"{b['chats']} chats in {b['total_s']:.2f} s; 10,000 chats would take "
                    f"~{b['per_chat_ms'] * 10:.0f} s"
                ),
            )
        )
    return rows, data
