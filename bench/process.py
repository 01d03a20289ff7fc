"""`tutorbot run` as a process: start to ready, and resident memory idle and under load.

Start to ready is the time from spawning `python -m bot run` to its first getUpdates call
on the suite's fake Bot API server (tests/fakeapi/ over real HTTP on 127.0.0.1): imports,
settings, notes, index, database, setMyCommands and the start of polling. Memory after
10,000 questions is measured in a child process that builds the same Application without
the rate limiter (see bench/rsschild.py); a bounded run of real questions against the real
process (paced at 30 messages/s by AIORateLimiter) is reported beside it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import signal
import sys
import time
from pathlib import Path
from typing import Any

import psutil

from bench.questions import SEED_CASES
from bench.stats import Row, median, seconds
from bench.synth import _typo
from bench.throughput import fresh
from bench.workspace import Workspace
from tests.e2e.botproc import bot_env
from tests.fakeapi import FakeBotAPI

PROJECT = Path(__file__).resolve().parent.parent
READY_TARGET_S = 2.0
IDLE_TARGET_MB = 100.0
GROWTH_TARGET = 0.10
CHILD_QUESTIONS = 10_000


def question_mix(ws: Workspace, n: int, seed: int = 3) -> list[str]:
    """Half the seed list as asked, a quarter of titles with fresh typos, a quarter of
    real words the notes may not have: new words keep arriving, as in a real chat."""
    rng = random.Random(seed)
    fixed = [c.question for c in SEED_CASES]
    titles = [c.title.lower() for c in ws.seed.kb.cards if len(c.title) <= 30]
    vocab = ws.vocab
    pool = list(vocab.forms[:20_000]) + list(vocab.english) + list(vocab.held_out_ru)
    out: list[str] = []
    for _ in range(n):
        roll = rng.random()
        if roll < 0.5:
            out.append(rng.choice(fixed))
        elif roll < 0.75:
            words = rng.choice(titles).split()
            out.append(" ".join(_typo(w, rng) if len(w) >= 5 else w for w in words))
        else:
            out.append(f"что такое {rng.choice(pool)}")
    return out


def _rss_mb(pid: int) -> float:
    return psutil.Process(pid).memory_info().rss / 2**20


async def _stop(proc: asyncio.subprocess.Process) -> None:
    if proc.returncode is None:
        proc.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(proc.wait(), 15)
        except TimeoutError:
            proc.kill()
            await proc.wait()


async def _start_once(api: FakeBotAPI, folder: Path, load: list[str]) -> dict[str, Any]:
    log = (fresh(folder) / "bot.log").open("w", encoding="utf-8")
    mark = api.mark()
    started = time.monotonic()
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        env=bot_env(api, folder),
        stdin=asyncio.subprocess.DEVNULL,
        stdout=log,
        stderr=asyncio.subprocess.STDOUT,
        cwd=folder,
    )
    try:
        call = await api.wait_for("getUpdates", after=mark, timeout=60)
        out: dict[str, Any] = {"ready_s": call.time - started}
        await asyncio.sleep(2.0)
        out["idle_mb"] = _rss_mb(proc.pid)
        if load:
            before = len(api.calls_of("sendMessage"))
            sent_at = time.monotonic()
            for i, question in enumerate(load):
                who = api.user(7_000_000 + i // 4, f"User {i // 4}")
                api.send_text(api.private_chat(who), who, question)
            deadline = sent_at + 30 + len(load) / 20
            while len(api.calls_of("sendMessage")) - before < len(load):
                if time.monotonic() > deadline:
                    break
                await asyncio.sleep(0.25)
            out["load_questions"] = len(load)
            out["load_replies"] = len(api.calls_of("sendMessage")) - before
            out["load_s"] = round(time.monotonic() - sent_at, 1)
            out["after_load_mb"] = _rss_mb(proc.pid)
    finally:
        await _stop(proc)
        log.close()
    return out


async def _real_process(ws: Workspace, runs: int, load: list[str]) -> list[dict[str, Any]]:
    results = []
    async with FakeBotAPI() as api:
        for r in range(runs):
            last = r == runs - 1
            results.append(await _start_once(api, ws.root / f"run{r}", load if last else []))
    return results


async def _child(ws: Workspace, questions: list[str]) -> dict[str, Any]:
    spec = ws.root / "rsschild.json"
    spec.write_text(
        json.dumps(
            {
                "folder": str(ws.root / "rsschild"),
                "content": str(ws.seed_dir),
                "questions": questions,
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bench.rsschild",
        str(spec),
        stdout=asyncio.subprocess.PIPE,
        cwd=PROJECT,
    )
    stdout, _ = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"bench.rsschild failed with exit code {proc.returncode}")
    result: dict[str, Any] = json.loads(stdout.decode().strip().splitlines()[-1])
    return result


def run(ws: Workspace) -> tuple[list[Row], dict[str, Any]]:
    runs = 2 if ws.quick else 5
    load = [] if ws.quick else question_mix(ws, 450, seed=4)
    starts = asyncio.run(_real_process(ws, runs, load))
    child = asyncio.run(_child(ws, question_mix(ws, 2000 if ws.quick else CHILD_QUESTIONS)))
    ready = median([s["ready_s"] for s in starts])
    idle = median([s["idle_mb"] for s in starts])
    growth = child["after_mb"] / child["idle_mb"] - 1
    data = {
        "starts": starts,
        "ready_median_s": round(ready, 3),
        "idle_median_mb": round(idle, 1),
        "child": child,
        "child_growth": round(growth, 4),
    }
    rows = [
        Row(
            section="process",
            name=f"tutorbot run: start to ready (first getUpdates), {runs} starts",
            value=seconds(ready),
            target=f"<= {READY_TARGET_S:g} s",
            met=ready <= READY_TARGET_S,
            note=", ".join(f"{s['ready_s']:.2f}" for s in starts),
        ),
        Row(
            section="process",
            name="tutorbot run: RSS idle, seed notes",
            value=f"{idle:.0f} MB",
            target=f"<= {IDLE_TARGET_MB:g} MB",
            met=idle <= IDLE_TARGET_MB,
        ),
        Row(
            section="process",
            name=f"RSS after {child['questions']:,} questions (child, same Application)",
            value=f"{child['idle_mb']:.0f} → {child['after_mb']:.0f} MB ({growth:+.1%})",
            target=f"growth <= {GROWTH_TARGET:.0%}",
            met=growth <= GROWTH_TARGET and child["replies"] >= child["questions"],
            note=f"no rate limiter; {child['replies']:,} replies in {child['seconds']:.1f} s",
        ),
    ]
    last = starts[-1]
    if "after_load_mb" in last:
        real_growth = last["after_load_mb"] / last["idle_mb"] - 1
        rows.append(
            Row(
                section="process",
                name=f"tutorbot run: RSS after {last['load_questions']} real questions (info)",
                value=(
                    f"{last['idle_mb']:.0f} → {last['after_load_mb']:.0f} MB ({real_growth:+.1%})"
                ),
                note=(
                    f"{last['load_replies']} replies in {last['load_s']:.0f} s through "
                    "AIORateLimiter"
                ),
            )
        )
    with contextlib.suppress(KeyError):
        data["real_load_growth"] = round(last["after_load_mb"] / last["idle_mb"] - 1, 4)
    return rows, data
