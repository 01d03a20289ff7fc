"""`tutorbot console` in a real pseudo-terminal: Ctrl-C and Ctrl-D, /stop, resuming a quiz,
line editing, languages; and with piped input, SIGINT and an unusable database path."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "fixtures" / "seed"
WAIT = 30  # seconds before pexpect gives up: a bound for a hung test, not a timing check
PROMPT = "> "


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TUTOR_", "TELEGRAM_"))}
    env.update(TUTOR_CONTENT_DIR=str(SEED), PYTHONUNBUFFERED="1", TERM="dumb")
    return env


class Terminal:
    """The console in a pty; everything it printed is in `.log`."""

    def __init__(self, db: Path, *args: str) -> None:
        self.child = pexpect.spawn(
            sys.executable,
            ["-m", "bot", "console", "--db", str(db), *args],
            cwd=str(db.parent),
            env=_env(),
            encoding="utf-8",
            timeout=WAIT,
            dimensions=(40, 200),
        )
        self.log = ""

    def expect(self, text: str) -> str:
        """Wait for `text`; returns what came before it."""
        self.child.expect_exact(text)
        seen = str(self.child.before) + text
        self.log += seen
        return seen

    def say(self, line: str) -> None:
        self.expect(PROMPT)
        self.child.sendline(line)

    def ends(self) -> int:
        """Wait for the process to end; its exit code."""
        self.child.expect(pexpect.EOF)
        self.log += str(self.child.before)
        self.child.close()
        assert self.child.exitstatus is not None, f"killed by signal {self.child.signalstatus}"
        return int(self.child.exitstatus)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "console.db"


def test_ctrl_c_at_the_prompt_exits_at_once_and_cleanly(db: Path) -> None:
    term = Terminal(db)
    term.expect(PROMPT)
    term.child.sendintr()
    assert term.ends() == 0
    assert "Traceback" not in term.log and "KeyboardInterrupt" not in term.log


def test_ctrl_c_during_a_quiz_and_ctrl_d_both_quit(db: Path) -> None:
    term = Terminal(db)
    term.say("/quiz 3")
    term.expect("[1/3]")
    term.expect(PROMPT)
    term.child.sendintr()
    assert term.ends() == 0
    again = Terminal(db)
    again.expect("Продолжаем вашу викторину: вопрос 1 из 3.")
    again.expect("[1/3]")
    again.expect(PROMPT)
    again.child.sendeof()
    assert again.ends() == 0
    assert "Traceback" not in term.log + again.log


def test_stop_ends_the_quiz_and_a_new_one_starts(db: Path) -> None:
    term = Terminal(db)
    term.say("/quiz 3")
    term.expect("[1/3]")
    term.say("/stop")
    term.expect("Викторина остановлена.")
    term.say("/stop")
    term.expect("Сейчас викторины нет. /quiz — начать.")
    term.say("/quiz 2")
    term.expect("Викторина: 2 вопроса. Отвечайте номером варианта; /stop — закончить.")
    term.expect("[1/2]")
    term.say("99")
    term.expect("Ответьте номером варианта: от 1 до ")
    term.say("/quit")
    assert term.ends() == 0
    assert "Отвечайте в опросах" not in term.log


def test_line_editing_and_history(db: Path) -> None:
    term = Terminal(db)
    term.say("что такое образ")
    first = term.expect("Docker image")
    term.expect(PROMPT)
    term.child.send("\x1b[A")  # arrow up: the previous line comes back
    term.child.send("\r")
    term.expect("Docker image")
    term.say("/quit")
    assert term.ends() == 0
    assert "что такое образ" in first
    history = (db.parent / "console_history").read_text(encoding="utf-8")
    assert "что такое образ" in history


def test_english_console(db: Path) -> None:
    term = Terminal(db, "--lang", "en")
    term.expect("Console chat.")
    term.say("/quiz 1")
    term.expect("Quiz: 1 question. Answer with the option number; /stop ends it.")
    term.say("/stop")
    term.expect("Quiz stopped.")
    term.say("/quit")
    assert term.ends() == 0


def _console(db: Path, *args: str, stdin: int | None = subprocess.PIPE) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "console", "--db", str(db), *args],
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
        cwd=ROOT,
    )


def test_sigint_with_piped_input_exits_without_a_traceback(db: Path) -> None:
    proc = _console(db)
    assert proc.stdout is not None
    # Wait for the greeting: the console is reading its input now.
    assert proc.stdout.readline().startswith("Консольный чат.")
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=WAIT)
    assert proc.returncode == 0
    assert "Traceback" not in err + out


def test_an_unusable_database_path_is_one_clear_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    proc = _console(blocker / "tutor.db", stdin=subprocess.DEVNULL)
    _, err = proc.communicate(timeout=WAIT)
    assert proc.returncode == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"tutorbot: cannot open the database at {blocker / 'tutor.db'}")
    assert "TUTOR_DB or --db" in lines[0]
