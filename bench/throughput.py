"""Throughput through the real handler stack: `Application.process_update` end to end.

The Application is the one `tutorbot run` builds (same handlers, services, SQLite repository
and job queue) without AIORateLimiter, answering Bot API calls with `CannedRequest`.
"""

from __future__ import annotations

import asyncio
import logging
import random
import shutil
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from telegram import Update
from typing_extensions import override

from bench.canned import TOKEN, CannedRequest, poll_answer_update, text_update
from bench.questions import SEED_CASES
from bench.stats import Row, median
from bench.workspace import Workspace
from bot import bootstrap
from bot.bootstrap import Tutor
from bot.config import Settings
from bot.services.library import Library
from bot.services.types import ChatInfo, QuizStep, UserInfo
from bot.tg.app import App, build_application, serving
from bot.tg.flow import send_next, send_step

QUESTIONS_TARGET = 1000.0
ANSWERS_TARGET = 500.0
USERS = 50
QUIZ_LEN = 20


class ErrorCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.count = 0

    @override
    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def fresh(folder: Path) -> Path:
    """An empty folder (a kept work folder from an earlier run is wiped)."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def settings_for(folder: Path, content: Path) -> Settings:
    return Settings(
        token=TOKEN,
        api_url="http://127.0.0.1:9",
        db_path=folder / "tutor.db",
        content_dir=content,
        heartbeat=folder / "heartbeat",
        push_interval=3600.0,
    )


@asynccontextmanager
async def running_app(
    folder: Path, library: Library
) -> AsyncIterator[tuple[App, CannedRequest, Tutor]]:
    fresh(folder)
    settings = settings_for(folder, library.content_dir)
    tutor = await bootstrap.open_tutor(settings, lib=library, rng=random.Random(1))
    request = CannedRequest()
    app = build_application(
        settings, tutor.services, rate_limit=False, request=request, get_updates_request=request
    )
    try:
        async with serving(app):
            yield app, request, tutor
    finally:
        await tutor.close()


async def answer_count(tutor: Tutor) -> int:
    row = await tutor.repo.db.fetchone("SELECT COUNT(*) FROM answers")
    return int(row[0]) if row else 0


async def _questions_per_second(
    app: App, request: CannedRequest, n: int, first_user: int
) -> tuple[float, int]:
    """Private-chat definition questions, 4 per user (well under the flood limit)."""
    questions = [c.question for c in SEED_CASES]
    updates = [
        text_update(
            first_user + i // 4, questions[i % len(questions)], "en" if i % 3 == 0 else "ru"
        )
        for i in range(n)
    ]
    before = request.calls["sendMessage"]
    started = time.perf_counter()
    for update in updates:
        await app.process_update(Update.de_json(update, app.bot))
    elapsed = time.perf_counter() - started
    return n / elapsed, request.calls["sendMessage"] - before


async def _solo_answers(
    app: App, request: CannedRequest, tutor: Tutor, first_user: int, rng: random.Random
) -> tuple[float, int]:
    """50 users in their own chats answer a 20-question /quiz at once: every answer is one
    transaction and sends the user's next poll."""
    users = [first_user + k for k in range(USERS)]
    for uid in users:
        await app.process_update(Update.de_json(text_update(uid, f"/quiz {QUIZ_LEN}"), app.bot))

    async def answer_all(uid: int) -> None:
        for _ in range(QUIZ_LEN):
            poll_id, correct, options = request.polls[uid]
            pick = correct[0] if rng.random() < 0.7 else (correct[0] + 1) % options
            update = poll_answer_update(uid, poll_id, pick)
            await app.process_update(Update.de_json(update, app.bot))

    before = await answer_count(tutor)
    started = time.perf_counter()
    await asyncio.gather(*(answer_all(uid) for uid in users))
    elapsed = time.perf_counter() - started
    recorded = await answer_count(tutor) - before
    return recorded / elapsed, recorded


async def _group_answers(
    app: App, request: CannedRequest, tutor: Tutor, chat_id: int, rng: random.Random
) -> tuple[float, int]:
    """A /compete round in one group: 50 players answer each of 20 polls at once (speed
    points and streaks need the round's earlier answers). Moving on to the next poll, with
    its standings message, is not timed."""
    services = tutor.services
    users = [chat_id * -10 + k for k in range(USERS)]
    chat = ChatInfo(id=chat_id, type="supergroup", title="Bench group")
    host = UserInfo(id=users[0], name="Host")
    step = await services.rounds.start(chat, host, QUIZ_LEN, 600)
    assert isinstance(step, QuizStep), step
    await send_step(app.bot, app.job_queue, services, step)
    before = await answer_count(tutor)
    elapsed = 0.0
    for position in range(QUIZ_LEN):
        poll_id, correct, options = request.polls[chat_id]
        updates = [
            poll_answer_update(
                uid, poll_id, correct[0] if rng.random() < 0.7 else (correct[0] + 1) % options
            )
            for uid in users
        ]
        started = time.perf_counter()
        await asyncio.gather(*(app.process_update(Update.de_json(u, app.bot)) for u in updates))
        elapsed += time.perf_counter() - started
        nxt = await services.quizzes.advance(step.quiz_id, position)
        await send_next(app.bot, app.job_queue, services, nxt)
    recorded = await answer_count(tutor) - before
    return recorded / elapsed, recorded


async def _run(ws: Workspace) -> dict[str, Any]:
    errors = ErrorCounter()
    logging.getLogger().addHandler(errors)
    rounds = 2 if ws.quick else 3
    n = 1000 if ws.quick else 4000
    data: dict[str, Any] = {}
    try:
        async with running_app(ws.root / "throughput", ws.seed) as (app, request, tutor):
            await _questions_per_second(app, request, 200, 1_000_000)  # warm-up
            rates, replies = [], 0
            for r in range(rounds):
                rate, sent = await _questions_per_second(app, request, n, 2_000_000 + r * n)
                rates.append(rate)
                replies += sent
            data["questions"] = {
                "per_round": n,
                "rounds": rounds,
                "median_per_s": round(median(rates), 1),
                "all_per_s": [round(x, 1) for x in rates],
                "replies": replies,
            }
            rng = random.Random(7)
            for key, scenario in (("answers_solo", "solo"), ("answers_group", "group")):
                rates, recorded = [], 0
                for r in range(rounds):
                    if scenario == "solo":
                        rate, count = await _solo_answers(
                            app, request, tutor, 3_000_000 + r * 1000, rng
                        )
                    else:
                        rate, count = await _group_answers(app, request, tutor, -100_000 - r, rng)
                    rates.append(rate)
                    recorded += count
                data[key] = {
                    "users": USERS,
                    "per_round": USERS * QUIZ_LEN,
                    "rounds": rounds,
                    "median_per_s": round(median(rates), 1),
                    "all_per_s": [round(x, 1) for x in rates],
                    "recorded": recorded,
                }
        if not ws.quick:
            async with running_app(ws.root / "throughput_big", ws.big) as (app, request, _):
                big_n = 500
                rate, _ = await _questions_per_second(app, request, big_n, 4_000_000)
                data["questions_big"] = {"n": big_n, "per_s": round(rate, 1)}
    finally:
        logging.getLogger().removeHandler(errors)
    data["errors_logged"] = errors.count
    return data


def run(ws: Workspace) -> tuple[list[Row], dict[str, Any]]:
    data = asyncio.run(_run(ws))
    q = data["questions"]
    rows = [
        Row(
            section="throughput",
            name=(
                "Definition questions via process_update, seed "
                f"({q['per_round']:,} x {q['rounds']})"
            ),
            value=f"{q['median_per_s']:,.0f} updates/s",
            target=f">= {QUESTIONS_TARGET:,.0f}/s",
            met=q["median_per_s"] >= QUESTIONS_TARGET,
            note=f"{q['replies']:,} replies sent; {data['errors_logged']} errors logged",
        )
    ]
    for key, label, note in (
        ("answers_solo", "each in a /quiz of their own", "each answer also sends the next poll"),
        ("answers_group", "in one /compete round", "speed points read the round so far"),
    ):
        a = data[key]
        expected = a["rounds"] * a["per_round"]
        rows.append(
            Row(
                section="throughput",
                name=f"Poll answers recorded in SQLite, {a['users']} users {label}",
                value=f"{a['median_per_s']:,.0f} answers/s",
                target=f">= {ANSWERS_TARGET:,.0f}/s",
                met=a["median_per_s"] >= ANSWERS_TARGET and a["recorded"] == expected,
                note=f"{a['recorded']:,}/{expected:,} recorded; {note}",
            )
        )
    if "questions_big" in data:
        b = data["questions_big"]
        rows.append(
            Row(
                section="throughput",
                name=f"Definition questions via process_update, {ws.cards:,} cards (info)",
                value=f"{b['per_s']:,.0f} updates/s",
                note=f"{b['n']} questions",
            )
        )
    return rows, data
