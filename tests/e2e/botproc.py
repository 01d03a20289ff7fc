"""Run the real `tutorbot run` process against the suite's fake Bot API server."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from tests.fakeapi import FakeBotAPI

SEED_CONTENT = Path(__file__).resolve().parents[1] / "fixtures" / "seed"


class BotProcess:
    def __init__(self, proc: asyncio.subprocess.Process, log: Path) -> None:
        self.proc = proc
        self.log_path = log

    @property
    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    async def stop(self, sig: int = signal.SIGTERM, timeout: float = 15.0) -> int:
        if self.proc.returncode is None:
            self.proc.send_signal(sig)
            try:
                await asyncio.wait_for(self.proc.wait(), timeout)
            except TimeoutError:
                self.proc.kill()
                await self.proc.wait()
        return self.proc.returncode or 0


def bot_env(api: FakeBotAPI, tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TUTOR_", "TELEGRAM_"))}
    env.update(
        TELEGRAM_BOT_TOKEN=api.token,
        TELEGRAM_API_URL=api.url,
        TUTOR_DB=str(tmp_path / "data" / "tutor.db"),
        TUTOR_HEARTBEAT=str(tmp_path / "heartbeat"),
        TUTOR_ADMINS="999",
        TUTOR_CONTENT_DIR=str(SEED_CONTENT),
        LOG_LEVEL="INFO",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


@asynccontextmanager
async def bot_process(
    api: FakeBotAPI, tmp_path: Path, name: str = "bot", **extra: str
) -> AsyncIterator[BotProcess]:
    """Start `python -m bot run`, wait until it polls, stop it with SIGTERM afterwards."""
    log = tmp_path / f"{name}.log"
    handle = log.open("w", encoding="utf-8")
    mark = api.mark()
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        env=bot_env(api, tmp_path, **extra),
        stdin=asyncio.subprocess.DEVNULL,
        stdout=handle,
        stderr=asyncio.subprocess.STDOUT,
        cwd=tmp_path,
    )
    bot = BotProcess(proc, log)
    try:
        await api.wait_for("getUpdates", after=mark, timeout=30)
        yield bot
    finally:
        await bot.stop()
        handle.close()
