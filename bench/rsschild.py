"""Child process: the Application `tutorbot run` builds, fed N questions via process_update.

Run as `python -m bench.rsschild SPEC.json`; prints one JSON object with the resident set
size when idle and after the questions. The Application is built exactly as `run` builds it
(the services, knowledge base and repository are opened from the settings at start-up) except that
Bot API calls are answered by `CannedRequest` and there is no AIORateLimiter, whose 30 msg/s
pacing would make 10,000 replies take about six minutes.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import time
from pathlib import Path
from typing import Any

import psutil
from telegram import Update

from bench.canned import CannedRequest, text_update
from bench.throughput import fresh, settings_for
from bot import bootstrap
from bot.tg.app import serving


def _rss_mb() -> float:
    return psutil.Process().memory_info().rss / 2**20


async def main(spec: dict[str, Any]) -> dict[str, Any]:
    folder = fresh(Path(spec["folder"]))
    settings = settings_for(folder, Path(spec["content"]))
    request = CannedRequest()
    app = bootstrap.application(
        settings, rate_limit=False, request=request, get_updates_request=request
    )
    async with serving(app):
        await asyncio.sleep(1.0)
        idle = _rss_mb()
        questions: list[str] = spec["questions"]
        started = time.perf_counter()
        for i, question in enumerate(questions):
            update = text_update(5_000_000 + i // 4, question, "en" if i % 3 == 0 else "ru")
            await app.process_update(Update.de_json(update, app.bot))
        elapsed = time.perf_counter() - started
        after = _rss_mb()
        await asyncio.sleep(0.5)  # let job runs that queued up while the loop was busy finish
    return {
        "questions": len(questions),
        "replies": request.calls["sendMessage"],
        "seconds": round(elapsed, 2),
        "idle_mb": round(idle, 1),
        "after_mb": round(after, 1),
    }


if __name__ == "__main__":
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
    spec = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    print(json.dumps(asyncio.run(main(spec))))
