"""The command-line contract other tools depend on: tutorbot ask / quiz / check-content."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


def run(
    *args: str, cwd: Path = ROOT, stdin: str | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    """`python -m bot ARGS` on the tests' seed notes, with only the given TUTOR_ settings."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("TUTOR_", "TELEGRAM_"))}
    environ["TUTOR_CONTENT_DIR"] = str(FIXTURES / "seed")
    environ.update(env)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env=environ,
        cwd=cwd,
        check=False,
    )


def test_ask_json_contract() -> None:
    out = run("ask", "--json", "что такое образ?")
    assert out.returncode == 0, out.stderr
    record = json.loads(out.stdout)
    assert set(record) == {
        "query",
        "found",
        "guessed",
        "title",
        "answer",
        "score",
        "source",
        "suggestions",
    }
    assert record["query"] == "что такое образ?"
    assert record["found"] is True
    assert record["title"] == "Docker image"
    assert "это неизменяемый образ" in record["answer"]
    assert "Это шаблон, по которому создают контейнеры" in record["answer"]
    assert isinstance(record["score"], float)
    assert record["source"] == "notes/docker.md:22"
    assert out.stderr == ""


def test_ask_reads_stdin_one_line_per_question() -> None:
    out = run("ask", "--json", stdin="dokcer compose\nпогода\nljrthafqk\n")
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["query"] for r in records] == ["dokcer compose", "погода", "ljrthafqk"]
    assert [r["title"] for r in records] == ["Docker Compose", None, "Dockerfile"]
    missing = records[1]
    assert missing["found"] is False
    assert missing["answer"] is None and missing["score"] is None
    assert missing["suggestions"] == []  # nothing in the notes is close to the weather


def test_ask_plain_text_and_other_content() -> None:
    out = run("ask", "коммиты", "--content", str(FIXTURES / "git"))
    assert out.returncode == 0
    assert out.stdout.startswith("Коммит — снимок состояния файлов с сообщением и автором.")


def test_ask_uses_tutor_content_dir() -> None:
    out = run("ask", "--json", "what is a pod", TUTOR_CONTENT_DIR=str(FIXTURES / "k8s"))
    assert json.loads(out.stdout)["title"] == "Pod"


def test_quiz_json_is_repeatable_and_valid() -> None:
    first = run("quiz", "--json", "--n", "12", "--seed", "42")
    second = run("quiz", "--json", "--n", "12", "--seed", "42")
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    questions = [json.loads(line) for line in first.stdout.splitlines()]
    assert len(questions) == 12
    for q in questions:
        assert set(q) == {
            "id",
            "card_id",
            "question",
            "options",
            "correct",
            "explanation",
            "source",
        }
        assert 1 <= len(q["question"]) <= 300
        assert 2 <= len(q["options"]) <= 10
        assert all(1 <= len(o) <= 100 for o in q["options"])
        assert len(set(q["options"])) == len(q["options"])
        assert q["correct"] and all(0 <= i < len(q["options"]) for i in q["correct"])
        assert len(q["explanation"]) <= 200
    other = run("quiz", "--json", "--n", "12", "--seed", "43")
    assert other.stdout != first.stdout


def test_check_content_ok_and_broken(tmp_path: Path) -> None:
    ok = run("check-content")
    assert ok.returncode == 0
    assert "1 notes" in ok.stdout and "6 curated questions" in ok.stdout
    (tmp_path / "glossary.yaml").write_text("Missing card: [x]\n", encoding="utf-8")
    (tmp_path / "note.md").write_text("- **Term** — text\n", encoding="utf-8")
    bad = run("check-content", str(tmp_path))
    assert bad.returncode == 1
    assert "glossary.yaml:1: unknown card 'Missing card'" in bad.stdout


def test_check_content_missing_folder(tmp_path: Path) -> None:
    out = run("check-content", str(tmp_path / "nope"))
    assert out.returncode == 1
    assert "content folder not found" in out.stdout


def test_run_without_token_and_no_terminal_fails_fast() -> None:
    out = run("run")
    assert out.returncode == 2
    assert "TELEGRAM_BOT_TOKEN is not set" in out.stderr


def test_bad_setting_is_reported_clearly() -> None:
    out = run("ask", "x", TUTOR_TIMEZONE="Mars/Olympus")
    assert out.returncode == 2
    assert "TUTOR_TIMEZONE 'Mars/Olympus' is not an IANA time zone" in out.stderr


def test_console_answers_and_quizzes(tmp_path: Path) -> None:
    out = run(
        "console",
        "--db",
        str(tmp_path / "c.db"),
        stdin="что такое образ\n/quiz 1\n1\n/stats\n/quit\n",
    )
    assert out.returncode == 0, out.stderr
    assert "Docker image" in out.stdout
    assert "[1/1]" in out.stdout
    assert "Итог:" in out.stdout
    assert "Ответов: 1" in out.stdout
