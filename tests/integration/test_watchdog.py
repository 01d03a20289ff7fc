"""The watchdog ends a process whose update loop stopped touching the heartbeat."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_stale_heartbeat_exits_the_process(tmp_path: Path) -> None:
    beat = tmp_path / "beat"
    beat.touch()
    code = (
        "import time, pathlib\n"
        "from bot.tg.app import start_watchdog\n"
        f"start_watchdog(pathlib.Path({str(beat)!r}), stale=0.6)\n"
        "time.sleep(30)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert proc.returncode == 70
    assert "stuck" in proc.stderr


def test_fresh_heartbeat_keeps_the_process(tmp_path: Path) -> None:
    beat = tmp_path / "beat"
    code = (
        "import time, pathlib\n"
        "from bot.tg.app import start_watchdog\n"
        f"p = pathlib.Path({str(beat)!r})\n"
        "start_watchdog(p, stale=0.6)\n"
        "for _ in range(15):\n"
        "    p.touch(); time.sleep(0.1)\n"
        "print('alive')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert proc.returncode == 0
    assert proc.stdout.strip() == "alive"
