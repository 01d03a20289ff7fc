"""`docker compose up` as a deployer runs it, checked through the fake Bot API server.

The tests share one deployment and run in file order: what is recorded before the restart
is looked for after it.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import PurePosixPath
from typing import Any

import pytest

from deploy_tests.conftest import ADMIN_ID, Deployment
from tests.fakeapi import Call

pytestmark = pytest.mark.asyncio(loop_scope="module")

USER_ID = 1001
REPLY_TIMEOUT = 30.0


def to(chat_id: int) -> Any:
    def match(call: Call) -> bool:
        return str(call.params.get("chat_id")) == str(chat_id)

    return match


async def say(dep: Deployment, text: str, user_id: int = USER_ID) -> Call:
    """The user writes `text` in the private chat; return the bot's first reply."""
    user = dep.api.user(user_id, "Ada")
    chat = dep.api.private_chat(user)
    mark = dep.api.mark()
    dep.api.send_text(chat, user, text)
    try:
        return await dep.api.wait_for(
            "sendMessage", to(chat["id"]), timeout=REPLY_TIMEOUT, after=mark
        )
    except AssertionError as err:
        raise AssertionError(f"no reply to {text!r}: {err}\n{await dep.bot_log_tail()}") from None


async def test_the_container_runs_unprivileged_on_a_read_only_root(dep: Deployment) -> None:
    assert (await dep.exec("id", "-u")).stdout.strip() != "0"
    info = await dep.inspect()
    assert info["Config"]["User"].split(":")[0] not in ("", "0", "root")
    assert info["HostConfig"]["ReadonlyRootfs"] is True
    assert info["HostConfig"]["RestartPolicy"]["Name"] == "unless-stopped"
    # The process tree: docker-init (init: true) and the bot itself, both not root.
    top = (await dep.docker_cmd("top", info["Id"], "-o", "pid,uid,args")).stdout
    processes = [line.split(None, 2) for line in top.splitlines()[1:]]
    assert any("tutorbot run" in args for _pid, _uid, args in processes), top
    assert all(uid != "0" for _pid, uid, _args in processes), top


async def test_the_container_becomes_healthy(dep: Deployment) -> None:
    info = await dep.wait_healthy()
    assert info["State"]["Health"]["Status"] == "healthy"
    assert info["Config"]["Healthcheck"]["Test"] == ["CMD", "tutorbot", "health"]
    # The same check by hand, and its failure when the heartbeat is older than allowed.
    assert (await dep.exec("tutorbot", "health")).stdout.startswith("healthy")
    stale = await dep.exec("tutorbot", "health", "--max-age", "0", check=False)
    assert stale.returncode == 1, stale.report()


async def test_the_bot_polls_the_configured_api(dep: Deployment) -> None:
    await dep.api.wait_for("getMe", timeout=REPLY_TIMEOUT)
    call = await dep.api.wait_for("getUpdates", timeout=REPLY_TIMEOUT)
    assert "poll_answer" in call.params.get("allowed_updates", [])


async def test_start_is_answered(dep: Deployment) -> None:
    reply = await say(dep, "/start")
    assert "Ada" in reply.params["text"]
    rows = await dep.sql(f"SELECT name FROM users WHERE id = {USER_ID}")
    assert rows == [["Ada"]]


async def test_a_definition_question_is_answered_from_the_baked_notes(dep: Deployment) -> None:
    reply = await say(dep, "что такое образ?")
    assert "Docker image" in reply.params["text"]


async def test_a_quiz_answer_is_recorded(dep: Deployment) -> None:
    user = dep.api.user(USER_ID, "Ada")
    chat = dep.api.private_chat(user)
    mark = dep.api.mark()
    dep.api.send_text(chat, user, "/quiz 1")
    sent = await dep.api.wait_for("sendPoll", to(USER_ID), timeout=REPLY_TIMEOUT, after=mark)
    poll = sent.result["poll"]
    assert poll["type"] == "quiz"
    assert poll["is_anonymous"] is False
    mark = dep.api.mark()
    dep.api.answer_poll(poll["id"], user, [poll["correct_option_ids"][0]])
    summary = await dep.api.wait_for("sendMessage", to(USER_ID), timeout=REPLY_TIMEOUT, after=mark)
    assert "1/1" in summary.params["text"]
    rows = await dep.sql(f"SELECT correct FROM answers WHERE user_id = {USER_ID}")
    assert rows == [[1]]


async def test_stats_chart_renders_on_the_read_only_root(dep: Deployment) -> None:
    # matplotlib draws the chart: it must not need a writable home or site-packages.
    mark = dep.api.mark()
    await say(dep, "/stats")
    photo = await dep.api.wait_for("sendPhoto", to(USER_ID), timeout=REPLY_TIMEOUT, after=mark)
    assert photo.ok, photo.brief()


async def test_nothing_is_written_outside_data_and_tmp(dep: Deployment) -> None:
    info = await dep.inspect()
    # Docker's own mount points (volumes, tmpfs, the init binary) and their parents show up
    # in `docker diff`; anything else there would be a file the bot wrote.
    diff = (await dep.docker_cmd("diff", info["Id"])).stdout.splitlines()
    paths = [PurePosixPath(line.split(maxsplit=1)[-1]) for line in diff]
    mounted = [PurePosixPath(m["Destination"]) for m in info["Mounts"]]
    mounted += [PurePosixPath(t) for t in info["HostConfig"].get("Tmpfs") or {}]
    mounted += [p for p in paths if p.name == "docker-init"]
    dockers = {q for p in mounted for q in (p, *p.parents)}
    written = [line for line, p in zip(diff, paths, strict=True) if p not in dockers]
    assert written == [], diff
    denied = await dep.exec("sh", "-c", "touch /app/probe", check=False)
    assert denied.returncode != 0
    assert "Read-only file system" in denied.stderr
    listing = (await dep.exec("ls", "/data")).stdout.split()
    assert "tutor.db" in listing


async def test_data_survives_a_restart(dep: Deployment) -> None:
    before = await dep.sql("SELECT count(*) FROM answers")
    assert before == [[1]]
    old = await dep.inspect()
    mark = dep.api.mark()
    started = time.monotonic()
    await dep.compose("restart", "bot", within=120)
    # SIGTERM reaches the bot through the init and it stops by itself, well before Docker's
    # grace period (30 s) would end in a SIGKILL in the middle of a write.
    assert time.monotonic() - started < 20, "the bot did not stop promptly on SIGTERM"
    info = await dep.wait_healthy()
    assert info["State"]["StartedAt"] != old["State"]["StartedAt"], "the container restarted"
    await dep.api.wait_for("getMe", timeout=REPLY_TIMEOUT, after=mark)
    assert await dep.sql("SELECT count(*) FROM answers") == before
    reply = await say(dep, "/stats")
    assert "Ответов: 1" in reply.params["text"], reply.params["text"]


async def test_an_online_backup_can_be_taken_while_the_bot_runs(dep: Deployment) -> None:
    await dep.exec("tutorbot", "backup", "/data/backup.db")
    code = (
        "import sqlite3\n"
        "db = sqlite3.connect('file:/data/backup.db?mode=ro', uri=True)\n"
        "print(db.execute('PRAGMA integrity_check').fetchone()[0],"
        " db.execute('SELECT count(*) FROM answers').fetchone()[0])\n"
    )
    assert (await dep.exec("python", "-c", code)).stdout.split() == ["ok", "1"]


async def ask_until(dep: Deployment, question: str, expected: str, within: float) -> str:
    """Ask until the answer contains `expected` (a reload runs in the background)."""
    deadline = asyncio.get_running_loop().time() + within
    while True:
        text = str((await say(dep, question)).params["text"])
        if expected in text or asyncio.get_running_loop().time() > deadline:
            return text
        await asyncio.sleep(1.0)


async def test_sighup_reloads_notes_edited_in_the_mounted_folder(dep: Deployment) -> None:
    question = "что такое deploy probe?"
    assert "Deploy probe" not in (await say(dep, question)).params["text"]
    (dep.content / "notes" / "deploy.md").write_text(
        "# Deploy\n* **Deploy probe** — заметка, добавленная без пересборки образа\n",
        encoding="utf-8",
    )
    (dep.content / "notes" / "deploy.md").chmod(0o644)
    started = (await dep.inspect())["State"]["StartedAt"]
    await dep.compose("kill", "--signal", "HUP", "bot")
    text = await ask_until(dep, question, "без пересборки", within=30)
    assert "Deploy probe" in text
    assert "без пересборки" in text
    # SIGHUP reloaded in place: the same process, still healthy.
    info = await dep.wait_healthy()
    assert info["State"]["StartedAt"] == started


async def test_a_broken_change_keeps_the_previous_notes(dep: Deployment) -> None:
    glossary = dep.content / "glossary.yaml"
    good = glossary.read_text(encoding="utf-8")
    glossary.write_text(good + "Nonexistent card: [x]\n", encoding="utf-8")
    try:
        denied = await say(dep, "/reload")
        assert "Конспекты перечитаны" not in denied.params["text"], "only owners may reload"
        failed = await say(dep, "/reload", user_id=ADMIN_ID)
        assert "glossary.yaml:" in failed.params["text"], failed.params["text"]
        assert "Nonexistent card" in failed.params["text"]
        # The previous good notes, including the one added above, stay in use.
        assert "Deploy probe" in (await say(dep, "что такое deploy probe?")).params["text"]
    finally:
        glossary.write_text(good, encoding="utf-8")
    ok = await say(dep, "/reload", user_id=ADMIN_ID)
    assert "Конспекты перечитаны" in ok.params["text"], ok.params["text"]
