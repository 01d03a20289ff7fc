"""`tutorbot run` when it cannot work: each failure is one clear line, never a traceback.

Another instance polling with the same token (409), a rejected token (exit code 78, or
waiting to be stopped under a restarting supervisor), and no network at all.
"""

from __future__ import annotations

import asyncio
import signal
import socket
import sys
from pathlib import Path

from tests.e2e.botproc import bot_env, bot_process
from tests.fakeapi import FakeBotAPI

WAIT = 30.0  # a bound for a hung test, not a timing check


async def _until(check: object, what: str) -> None:
    """Wait until `check()` is true (a bound, not a timing assertion)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + WAIT
    while not check():  # type: ignore[operator]
        if loop.time() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        await asyncio.sleep(0.1)


async def _spawn(env: dict[str, str], cwd: Path, log: Path) -> asyncio.subprocess.Process:
    handle = log.open("w", encoding="utf-8")
    try:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", env=env, cwd=cwd,
            stdin=asyncio.subprocess.DEVNULL, stdout=handle, stderr=asyncio.subprocess.STDOUT,
        )  # fmt: skip
    finally:
        handle.close()


async def _stop(proc: asyncio.subprocess.Process) -> int:
    if proc.returncode is None:
        proc.send_signal(signal.SIGTERM)
        await asyncio.wait_for(proc.wait(), WAIT)
    return proc.returncode if proc.returncode is not None else -1


async def test_two_instances_with_one_token_say_so(api: FakeBotAPI, tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    async with (
        bot_process(api, tmp_path / "one", name="one") as one,
        bot_process(api, tmp_path / "two", name="two") as two,
    ):
        await _until(lambda: "409 Conflict" in one.log + two.log, "a 409 warning")
        both = one.log + two.log
    assert "409 Conflict: another process is polling Telegram with this bot token" in both
    assert "stop the other one" in both
    assert "Traceback" not in both and " ERROR " not in both
    assert api.token not in both


async def test_a_rejected_token_stops_with_code_78(api: FakeBotAPI, tmp_path: Path) -> None:
    env = bot_env(api, tmp_path, TELEGRAM_BOT_TOKEN="42:REVOKED")
    proc = await _spawn(env, tmp_path, tmp_path / "bot.log")
    code = await asyncio.wait_for(proc.wait(), WAIT)
    log = (tmp_path / "bot.log").read_text(encoding="utf-8")
    assert code == 78
    assert "tutorbot: Telegram rejected TELEGRAM_BOT_TOKEN" in log and "@BotFather" in log
    assert "Traceback" not in log and "REVOKED" not in log
    assert len(api.calls_of("getMe")) == 1, "a rejected token is not retried"


async def test_under_a_supervisor_a_rejected_token_waits_instead_of_looping(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    env = bot_env(api, tmp_path, TELEGRAM_BOT_TOKEN="42:REVOKED", TUTOR_ON_FATAL="wait")
    log = tmp_path / "bot.log"
    proc = await _spawn(env, tmp_path, log)
    await _until(lambda: "TUTOR_ON_FATAL=wait" in log.read_text(encoding="utf-8"), "the wait")
    assert proc.returncode is None, "still there: Compose has nothing to restart"
    assert await _stop(proc) == 78
    text = log.read_text(encoding="utf-8")
    assert "tutorbot: Telegram rejected TELEGRAM_BOT_TOKEN" in text
    assert "Traceback" not in text


async def test_no_network_is_a_warning_that_names_the_settings(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = bot_env(api, tmp_path, TELEGRAM_API_URL=f"http://127.0.0.1:{port}")
    log = tmp_path / "bot.log"
    proc = await _spawn(env, tmp_path, log)
    await _until(lambda: "cannot reach Telegram" in log.read_text(encoding="utf-8"), "a warning")
    assert await _stop(proc) == 0
    text = log.read_text(encoding="utf-8")
    [warning] = [line for line in text.splitlines() if "cannot reach Telegram" in line]
    assert " WARNING " in warning
    assert f"http://127.0.0.1:{port}" in warning
    assert "TELEGRAM_API_URL" in warning and "HTTPS_PROXY" in warning
    assert "Traceback" not in text and api.token not in text
