"""The command line a newcomer meets first: --version, content folders that are missing or
empty, output piped into `head`, `quiz --n` beyond the notes, and backups that cannot hurt."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.integration.test_cli import ROOT, run

SEED = ROOT / "tests" / "fixtures" / "seed"


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0
    assert out.stdout.startswith("tutorbot ") and out.stdout.strip() != "tutorbot"


def test_a_missing_content_folder_names_the_setting(tmp_path: Path) -> None:
    missing = tmp_path / "notes"
    for command in (["ask", "x"], ["quiz"], ["cards"], ["console"], ["run"]):
        out = run(*command, cwd=tmp_path, TUTOR_CONTENT_DIR=str(missing))
        assert out.returncode == 1, command
        assert out.stderr.strip().splitlines() == [
            f"tutorbot: content folder not found: {missing} (from TUTOR_CONTENT_DIR); point "
            "it at the folder of your notes (*.md), or leave TUTOR_CONTENT_DIR unset for the "
            "bundled notes"
        ], command
    assert not (tmp_path / "data").exists(), "nothing was created for a bad setting"
    flag = run("ask", "x", "--content", str(missing))
    assert f"content folder not found: {missing} (from --content)" in flag.stderr
    check = run("check-content", str(missing))
    assert check.returncode == 1 and "content folder not found" in check.stdout


def test_an_empty_content_folder_is_an_error(tmp_path: Path) -> None:
    empty = tmp_path / "notes"
    empty.mkdir()
    for command in (["ask", "x"], ["check-content", str(empty)]):
        out = run(*command, TUTOR_CONTENT_DIR=str(empty))
        assert out.returncode == 1, command
        assert "no notes (*.md)" in out.stdout + out.stderr
        assert "Traceback" not in out.stderr


def test_piping_into_head_is_quiet() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TUTOR_", "TELEGRAM_"))}
    env["TUTOR_CONTENT_DIR"] = str(SEED)
    pipeline = subprocess.run(
        f"'{sys.executable}' -m bot cards --json | head -n 2",
        shell=True,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert pipeline.returncode == 0
    assert len(pipeline.stdout.splitlines()) == 2
    assert json.loads(pipeline.stdout.splitlines()[0])
    assert pipeline.stderr == ""


def test_quiz_says_when_the_notes_give_fewer_questions() -> None:
    out = run("quiz", "--json", "--n", "100", "--seed", "1")
    questions = [json.loads(line) for line in out.stdout.splitlines()]
    assert out.returncode == 0
    assert len({q["question"] for q in questions}) == len(questions) < 100
    assert out.stderr.strip() == (
        f"tutorbot: {len(questions)} questions, not 100: these notes give at most "
        f"{len(questions)} different questions (one per card)"
    )
    assert run("quiz", "--n", "3").stderr == ""


def _live_db(tmp_path: Path) -> Path:
    db = tmp_path / "data" / "tutor.db"
    out = run("console", "--db", str(db), stdin="/quiz 1\n1\n", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    return db


def test_backup_refuses_the_live_database_and_missing_folders(tmp_path: Path) -> None:
    db = _live_db(tmp_path)
    before = db.read_bytes()
    env = {"TUTOR_DB": str(db)}
    for target in (str(db), "data/tutor.db", "data/tutor.db-wal", "data"):
        out = run("backup", target, cwd=tmp_path, **env)
        assert out.returncode == 2, target
        assert out.stderr.startswith("tutorbot: backup refused: "), target
    assert db.read_bytes() == before
    nested = tmp_path / "no" / "such" / "folder" / "b.db"
    out = run("backup", str(nested), cwd=tmp_path, **env)
    assert out.returncode == 2
    assert f"folder {nested.parent} does not exist" in out.stderr
    assert not (tmp_path / "no").exists()
    good = run("backup", "copy.db", cwd=tmp_path, **env)
    assert good.returncode == 0, good.stderr
    with sqlite3.connect(tmp_path / "copy.db") as conn:
        assert conn.execute("SELECT COUNT(*) FROM answers").fetchone() == (1,)
