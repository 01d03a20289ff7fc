"""Secrets and SQL: the token never reaches a log line or message; SQL is never formatted.

The container side (non-root user, `read_only: true` with tmpfs for /tmp and the data volume)
is checked by the deployment tests (tests/test_deploy_static.py, deploy_tests/).
"""

from __future__ import annotations

import ast
import asyncio
import io
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import SettingsError, load_settings
from bot.logsafe import REDACTED, RedactToken, configure_logging
from tests.e2e.botproc import bot_env
from tests.fakeapi import FakeBotAPI
from tests.robustness.kit import TALLY, assert_no_token

TOKEN = "7654321098:AAF-secretSECRETsecret_0123456789abc"
BOT = Path(__file__).resolve().parents[2] / "bot"


@pytest.fixture
def root_logging() -> Iterator[io.StringIO]:
    """configure_logging on a captured stream; the root logger is restored afterwards."""
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    noisy = {name: logging.getLogger(name).level for name in ("httpx", "httpcore")}
    stream = io.StringIO()
    configure_logging("DEBUG", TOKEN)
    handler = root.handlers[-1]
    assert isinstance(handler, logging.StreamHandler)
    handler.setStream(stream)
    try:
        yield stream
    finally:
        for old in list(root.handlers):
            root.removeHandler(old)
        for old in saved[0]:
            root.addHandler(old)
        root.setLevel(saved[1])
        for name, level in noisy.items():
            logging.getLogger(name).setLevel(level)


@pytest.mark.allow_error_logs
def test_every_log_line_is_redacted(root_logging: io.StringIO) -> None:
    log = logging.getLogger("bot.robustness")
    url = f"https://api.telegram.org/bot{TOKEN}/getMe"
    other = "1234567:ABCDEFGHIJKLMNOPQRSTUVWXYZ0123"  # another token's shape
    log.warning("calling %s", url)
    log.error("token %s and %s", TOKEN, other)
    log.info(f"pre-formatted {TOKEN}")  # noqa: G004 - exactly what the filter must catch
    try:
        raise RuntimeError(f"The token `{TOKEN}` was rejected by the server.")
    except RuntimeError:
        log.exception("failed")
    logging.getLogger("httpx").info("HTTP Request: POST %s", url)  # quiet below WARNING
    TALLY.bad(5)
    text = root_logging.getvalue()
    assert_no_token(text.splitlines(), TOKEN)
    assert other not in text
    assert text.count(REDACTED) >= 5
    assert "HTTP Request" not in text
    assert "RuntimeError: The token `<token>` was rejected" in text


def test_redaction_survives_odd_records() -> None:
    flt = RedactToken(TOKEN)
    for msg, args in ((TOKEN, None), ("%s", (TOKEN,)), ("%d %s", (1, {"t": TOKEN})),
                      ("%(t)s", ({"t": TOKEN},)), (object(), None)):  # fmt: skip
        record = logging.LogRecord("x", logging.INFO, __file__, 1, msg, args, None)
        assert flt.filter(record)
        TALLY.bad()
        assert TOKEN not in record.getMessage()


@pytest.mark.parametrize(
    "value", [TOKEN.replace(":", ""), TOKEN + " extra", TOKEN.replace("-", "\t"), "abc def:ghi"]
)
def test_settings_errors_never_echo_the_token(value: str) -> None:
    TALLY.bad()
    with pytest.raises(SettingsError) as refused:
        load_settings({"TELEGRAM_BOT_TOKEN": value})
    text = str(refused.value)
    assert "TELEGRAM_BOT_TOKEN" in text
    assert value.strip() not in text and TOKEN.split(":")[1][:10] not in text


async def test_a_rejected_token_is_reported_without_the_token(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    env = bot_env(api, tmp_path, TELEGRAM_BOT_TOKEN=TOKEN)  # the fake knows another token
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", env=env, cwd=tmp_path,
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    out, _ = await asyncio.wait_for(proc.communicate(), 30)
    text = out.decode("utf-8", "replace")
    TALLY.bad()
    assert proc.returncode == 78, text  # EX_CONFIG: not a crash, not retried
    assert_no_token(text.splitlines(), TOKEN)
    assert "Traceback" not in text and "stopped cleanly" not in text
    assert "tutorbot: Telegram rejected TELEGRAM_BOT_TOKEN" in text


# ---------------------------------------------------------------------------- SQL


SQL_CALLS = {"execute", "executemany", "executescript", "execute_fetchall", "execute_insert",
             "write", "fetchall", "fetchone", "_write", "_fetchall", "_fetchone"}  # fmt: skip
# Reviewed f-strings: (function, interpolated names). Each name is checked below to hold only
# a fixed piece of SQL, placeholders, or an integer; nothing a user typed can reach them.
REVIEWED = {
    ("_setup", "BUSY_TIMEOUT_MS"): "a module constant, formatted with :d (PRAGMA takes no ?)",
    ("migrate", "sql"): "the text of a bundled migrations/NNNN_*.sql file",
    ("migrate", "version"): "an int parsed from the migration's file name, formatted with :d",
}


def _functions(tree: ast.AST) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node


def _is_text(node: ast.expr) -> bool:
    """A constant string, or a concatenation or choice of constant strings."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _is_text(node.left) and _is_text(node.right)
    if isinstance(node, ast.IfExp):
        return _is_text(node.body) and _is_text(node.orelse)
    return False


def _is_placeholders(node: ast.expr) -> bool:
    """`",".join("?" for _ in xs)`: only question marks."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "join"
        and _is_text(node.func.value)
        and len(node.args) == 1
        and isinstance(node.args[0], ast.GeneratorExp)
        and isinstance(node.args[0].elt, ast.Constant)
        and node.args[0].elt.value == "?"
    )


def _assigned(node: ast.AST, name: str) -> Iterator[ast.expr]:
    """The values one assignment statement gives `name`."""
    if isinstance(node, ast.Assign):
        for target in node.targets:
            if isinstance(target, ast.Name) and target.id == name:
                yield node.value
            elif isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                for t, v in zip(target.elts, node.value.elts, strict=False):
                    if isinstance(t, ast.Name) and t.id == name:
                        yield v
    elif (isinstance(node, ast.AugAssign | ast.AnnAssign) and node.value is not None
          and isinstance(node.target, ast.Name) and node.target.id == name):  # fmt: skip
        yield node.value


def _assignments(func: ast.AST, name: str, module: ast.Module | None = None) -> list[ast.expr]:
    """Values assigned to `name` in the function, else at the top level of its module."""
    values = [v for node in ast.walk(func) for v in _assigned(node, name)]
    if not values and module is not None:
        values = [v for node in module.body for v in _assigned(node, name)]
    return values


class _SqlScan:
    """Every SQL string built by formatting in one function (see `_sql_problems`)."""

    def __init__(self, func: ast.FunctionDef | ast.AsyncFunctionDef, module: ast.Module,
                 filename: str, problems: list[str]) -> None:  # fmt: skip
        self.func, self.module, self.problems = func, module, problems
        self.where = f"{filename}:{{}} {func.name}"

    def report(self, line: int, what: str) -> None:
        self.problems.append(f"{self.where.format(line)}: {what}")

    def check(self, expr: ast.expr, line: int, top: bool) -> None:
        if isinstance(expr, ast.Name):
            self.check_name(expr.id, line, top)
        elif isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
            self.check(expr.left, line, False)
            self.check(expr.right, line, False)
        elif isinstance(expr, ast.JoinedStr):
            self.check_fstring(expr, line)
        elif isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Mod):
            self.report(line, "SQL built with %")
        elif isinstance(expr, ast.Call) and getattr(expr.func, "attr", "") == "format":
            self.report(line, "SQL built with .format()")
        elif not _is_text(expr):
            self.report(line, f"SQL from {ast.unparse(expr)[:60]}")

    def check_name(self, name: str, line: int, top: bool) -> None:
        sources = _assignments(self.func, name, self.module)
        if not sources and not top:
            self.report(line, f"SQL glued to {name}")
        # A parameter (no assignment) at the top is checked where the caller builds it.
        for value in sources:
            self.check(value, line, top)

    def check_fstring(self, expr: ast.JoinedStr, line: int) -> None:
        for part in expr.values:
            if not isinstance(part, ast.FormattedValue):
                continue
            shown = ast.unparse(part.value).removesuffix("()").removeprefix("await ")
            if (self.func.name, shown) in REVIEWED:
                continue
            if isinstance(part.value, ast.Name):
                values = _assignments(self.func, part.value.id)
                if values and all(_is_text(v) or _is_placeholders(v) for v in values):
                    continue  # a fixed choice of SQL text, or only "?" placeholders
            self.report(line, f"f-string interpolates {shown}")


def _sql_problems(source: str, filename: str) -> list[str]:
    """Every SQL string built by formatting in `source`, except the reviewed safe ones."""
    problems: list[str] = []
    tree = ast.parse(source)
    for func in _functions(tree):
        scan = _SqlScan(func, tree, filename, problems)
        for node in ast.walk(func):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in SQL_CALLS and node.args):  # fmt: skip
                scan.check(node.args[0], node.lineno, True)
    return problems


def test_no_sql_is_built_by_string_formatting() -> None:
    files = sorted(BOT.rglob("*.py"))
    assert any(f.name == "db.py" for f in files) and any(f.name == "answers.py" for f in files)
    problems = [p for f in files for p in _sql_problems(f.read_text("utf-8"), f.name)]
    assert problems == [], "\n".join(problems)


def test_the_sql_scanner_catches_formatting() -> None:
    """The scan above must not pass vacuously: each of these is reported."""
    bad = """
async def a(conn, name):
    await conn.execute(f"SELECT * FROM users WHERE name = '{name}'")
async def b(conn, name):
    await conn.execute("SELECT * FROM users WHERE name = '%s'" % name)
async def c(conn, name):
    await conn.execute("SELECT * FROM users WHERE name = '{}'".format(name))
async def d(self, name):
    sql = "SELECT * FROM users WHERE name = '" + name + "'"
    await self._fetchall(sql)
async def e(self, column):
    where = f"{column} = ?"
    await self._fetchall(f"SELECT * FROM users WHERE {where}", (1,))
"""
    problems = _sql_problems(bad, "bad.py")
    assert sorted({p.split()[1] for p in problems}) == ["a:", "b:", "c:", "d:", "e:"], problems
    good = """
async def f(self, kinds, user_id, mine):
    marks = ",".join("?" for _ in kinds)
    where = "user_id = ?" if user_id else "chat_id = ?"
    sql = "SELECT 1 FROM t"
    sql += " WHERE x = ?"
    await self._fetchall(f"SELECT * FROM q WHERE kind IN ({marks}) AND {where}", kinds)
    await self._fetchall(sql, (1,))
"""
    assert _sql_problems(good, "good.py") == []


@pytest.mark.allow_error_logs
def test_a_job_cancelled_at_shutdown_is_one_quiet_line(root_logging: io.StringIO) -> None:
    """APScheduler logs a job the shutdown cancels as an error with a traceback; the log
    says it in one line, and any other job error keeps its traceback."""
    jobs = logging.getLogger("apscheduler.executors.default")
    try:
        raise asyncio.CancelledError
    except asyncio.CancelledError:
        jobs.exception('Job "heartbeat" raised an exception')
    try:
        raise RuntimeError("database is locked")
    except RuntimeError:
        jobs.exception('Job "daily-push" raised an exception')
    text = root_logging.getvalue()
    assert 'INFO apscheduler.executors.default: Job "heartbeat" raised an exception' in text
    assert "(cancelled at shutdown)" in text
    assert "CancelledError" not in text
    assert text.count("Traceback") == 1
    assert "RuntimeError: database is locked" in text
