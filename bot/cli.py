"""Command line: run | console | ask | quiz | cards | topics | check-content | backup | health."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import random
import signal
import sys
import time
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

from bot.config import Settings, SettingsError, environment
from bot.core.models import ContentErrors
from bot.logsafe import configure_logging

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tutorbot", description="A Telegram tutor bot that teaches from your study notes."
    )
    parser.add_argument("--version", action="version", version=f"tutorbot {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="run the Telegram bot (the console chat when no token is set)")
    console = sub.add_parser("console", help="chat with the tutor in this terminal")
    console.add_argument("--content", type=Path, help="content folder (default: bundled notes)")
    console.add_argument("--db", type=Path, help="database file (default: TUTOR_DB)")
    console.add_argument("--lang", choices=("ru", "en"), default="ru", help="language (ru)")
    ask = sub.add_parser("ask", help="answer a question (or one per stdin line)")
    ask.add_argument("question", nargs="*", help="the question; omit to read stdin")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.add_argument("--content", type=Path, help="content folder")
    quiz = sub.add_parser("quiz", help="print generated quiz questions")
    quiz.add_argument("--json", action="store_true", help="one JSON object per line")
    quiz.add_argument("--n", type=int, default=5, help="how many questions (default 5)")
    quiz.add_argument("--seed", type=int, default=None, help="random seed for repeatable output")
    quiz.add_argument("--content", type=Path, help="content folder")
    quiz.add_argument("--lang", choices=("ru", "en"), default="ru")
    quiz.add_argument("--topic", help="only questions on this topic (linux, линукс, сети ...)")
    quiz.add_argument(
        "--selfcheck",
        action="store_true",
        help="also the self-checks flashcards too long for a poll become (JSON: with "
        '"selfcheck": true and the "answer", no options)',
    )
    check = sub.add_parser("check-content", help="validate a content folder")
    check.add_argument("dir", nargs="?", type=Path, help="content folder")
    check.add_argument("--strict", action="store_true", help="exit 1 on warnings in notes too")
    cards = sub.add_parser("cards", help="list the cards the bot understood from the notes")
    cards.add_argument("--json", action="store_true", help="one JSON object per card")
    cards.add_argument("--content", type=Path, help="content folder")
    cards.add_argument("--note", help="only the cards of this note (path in the folder)")
    topics = sub.add_parser("topics", help="list the topics of the notes with their card counts")
    topics.add_argument("--json", action="store_true", help="one {topic, cards} object per line")
    topics.add_argument("--content", type=Path, help="content folder")
    backup = sub.add_parser("backup", help="copy the database safely while the bot runs")
    backup.add_argument("path", type=Path, help="where to write the copy")
    health = sub.add_parser("health", help="exit 0 when the running bot's loop is alive")
    health.add_argument("--max-age", type=float, default=60.0, help="seconds (default 60)")
    return parser


def _version() -> str:
    try:
        return metadata.version("tutorbot")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "(not installed)"


def _settings(require_token: bool) -> Settings:
    from bot import bootstrap

    return bootstrap.settings(require_token=require_token)


def _content_dir(arg: Path | None, settings: Settings) -> Path:
    return arg if arg is not None else settings.content_dir


def _load_library(content: Path, settings: Settings):  # type: ignore[no-untyped-def]
    from bot import bootstrap

    return bootstrap.library(content, settings.cache_dir)


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    from bot.content.loader import load_content, summarize

    folder = _content_dir(args.dir, settings)
    try:
        kb = load_content(folder)
    except ContentErrors as errors:
        for err in errors.errors:
            print(err)
        print(f"check-content: {len(errors.errors)} problem(s) in {folder}", file=sys.stderr)
        return EXIT_FAILED
    for warning in kb.warnings:
        print(f"warning: {warning}")
    s = summarize(kb)
    print(
        f"OK {folder}: {s.notes} notes, {s.cards} cards, {s.aliases} aliases, "
        f"{s.questions} curated questions, {len(kb.warnings)} warning(s)"
    )
    return EXIT_FAILED if args.strict and kb.warnings else EXIT_OK


def cmd_cards(args: argparse.Namespace, settings: Settings) -> int:
    from bot.cardlist import card_listing, card_record, select

    library = _load_library(_content_dir(args.content, settings), settings)
    chosen = list(select(library.kb, args.note))
    if args.note and not chosen:
        print(f"no cards from a note named {args.note!r}", file=sys.stderr)
        return EXIT_FAILED
    for card in chosen:
        if args.json:
            print(json.dumps(card_record(card), ensure_ascii=False))
        else:
            print(card_listing(card) + "\n")
    return EXIT_OK


def _ask_json(result, lang: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    from bot.textview import card_text

    best = result.best if result.found else None
    return {
        "query": result.query,
        "found": bool(result.found),
        "guessed": bool(result.found and result.guessed),
        "title": best.title if best else None,
        "answer": card_text(best, lang) if best else None,
        "score": result.score if best else None,
        "source": f"{best.source}:{best.line}" if best else None,
        "suggestions": [
            c.title for c in (result.suggestions or [m.card for m in result.alternatives])
        ],
    }


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from bot.textview import answer_text

    library = _load_library(_content_dir(args.content, settings), settings)
    questions: Sequence[str]
    if args.question:
        questions = [" ".join(args.question)]
    else:
        questions = (line.rstrip("\n") for line in sys.stdin)  # type: ignore[assignment]
    for question in questions:
        result = library.ask(question)
        if args.json:
            print(json.dumps(_ask_json(result, "ru"), ensure_ascii=False), flush=True)
        else:
            print(answer_text(result, "ru"))
            if not args.question:
                print(flush=True)
    return EXIT_OK


def cmd_topics(args: argparse.Namespace, settings: Settings) -> int:
    library = _load_library(_content_dir(args.content, settings), settings)
    topics = library.topics.topics
    for topic in topics:
        if args.json:
            print(json.dumps({"topic": topic.name, "cards": topic.cards}, ensure_ascii=False))
        else:
            print(f"{topic.cards:>6}  {topic.name}")
    if not topics:
        print("no topics in these notes: no folders and no tags", file=sys.stderr)
    return EXIT_OK


def cmd_quiz(args: argparse.Namespace, settings: Settings) -> int:
    from bot.core.topics import find_topic
    from bot.textview import question_text

    if not 1 <= args.n <= 100_000:
        print("--n must be between 1 and 100000", file=sys.stderr)
        return EXIT_USAGE
    library = _load_library(_content_dir(args.content, settings), settings)
    rng = random.Random(args.seed)
    topic = None
    if args.topic is not None:
        match = find_topic(library.topics, args.topic)
        if match.topic is None:
            closest = ", ".join(t.name for t in match.closest) or "none"
            print(f"no topic {args.topic!r} in the notes; closest: {closest}", file=sys.stderr)
            return EXIT_FAILED
        topic = match.topic
    questions = library.questions(rng, args.n, args.lang, topic=topic, selfcheck=args.selfcheck)
    if questions and len(questions) < args.n:
        # Never a repeat to fill the count: one question per card at most.
        print(
            f"tutorbot: {len(questions)} questions, not {args.n}: these notes give at most "
            f"{len(questions)} different questions (one per card)",
            file=sys.stderr,
        )
    for i, q in enumerate(questions):
        if args.json:
            record: dict[str, object] = {
                "id": q.id,
                "card_id": q.card_id,
                "question": q.question,
                "options": list(q.options),
                "correct": list(q.correct),
                "explanation": q.explanation,
                "source": q.source,
            }
            if q.selfcheck:  # only with --selfcheck: a poll's record keeps its shape
                record.update(selfcheck=True, answer=q.answer)
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(question_text(q, i, len(questions)))
            print("   ✓ " + q.right_answer + "\n")
    if not questions:
        print("no questions can be made from this content", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def cmd_console(args: argparse.Namespace, settings: Settings) -> int:
    from bot import bootstrap

    bootstrap.console(settings, args.content, args.db, args.lang)
    return EXIT_OK


def cmd_run(settings: Settings) -> int:
    from bot import bootstrap
    from bot.tg.network import EXIT_TOKEN_REJECTED, TokenRejected

    if not settings.token:
        if sys.stdin.isatty():
            if not environment().get("LOG_LEVEL"):
                configure_logging("WARNING", settings.token)
            print(
                "TELEGRAM_BOT_TOKEN is not set, so here is the console chat instead "
                "(put a token in .env to run the Telegram bot).",
                file=sys.stderr,
            )
            return cmd_console(argparse.Namespace(content=None, db=None, lang="ru"), settings)
        _settings(require_token=True)
    try:
        return bootstrap.run(settings)
    except TokenRejected as rejected:
        print(f"tutorbot: {rejected}. Exit code {EXIT_TOKEN_REJECTED}.", file=sys.stderr)
        if settings.on_fatal == "wait":
            # A supervisor that restarts whatever exits (Compose's `restart: unless-stopped`)
            # would start it again and again with the same token: stay stopped instead.
            print(
                "tutorbot: not exiting (TUTOR_ON_FATAL=wait), so the container is not "
                "restarted over and over; after fixing .env run `docker compose up -d`",
                file=sys.stderr,
                flush=True,
            )
            _wait_for_stop()
        return EXIT_TOKEN_REJECTED


def _wait_for_stop() -> None:
    """Block until SIGTERM or SIGINT (`docker compose stop`, Ctrl-C)."""
    stops = {signal.SIGTERM, signal.SIGINT}
    if not hasattr(signal, "sigwait"):  # Windows: nothing restarts the bot there anyway
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, stops)
    signal.sigwait(stops)


def cmd_backup(args: argparse.Namespace, settings: Settings) -> int:
    from bot import bootstrap

    if not settings.db_path.exists():
        print(f"tutorbot: no database at {settings.db_path}", file=sys.stderr)
        return EXIT_FAILED
    refused = _unsafe_backup_target(args.path, settings.db_path)
    if refused:
        print(f"tutorbot: backup refused: {refused}", file=sys.stderr)
        return EXIT_USAGE
    asyncio.run(bootstrap.backup(settings, args.path))
    print(f"backup written to {args.path}")
    return EXIT_OK


def _unsafe_backup_target(target: Path, live: Path) -> str | None:
    """Why writing a backup to `target` would be a mistake, or None when it is safe."""
    live = live.resolve()
    resolved = target.resolve()
    if resolved in (live, live.with_name(live.name + "-wal"), live.with_name(live.name + "-shm")):
        return f"{target} is the live database (TUTOR_DB); give the backup another name"
    if target.is_dir():
        return f"{target} is a folder; give a file name, e.g. {target / 'tutor-backup.db'}"
    if target.parent.exists() and not target.parent.is_dir():
        return f"{target.parent} is not a folder"
    if not target.parent.is_dir():
        return f"folder {target.parent} does not exist; create it first or choose another path"
    return None


def cmd_health(args: argparse.Namespace, settings: Settings) -> int:
    path = settings.heartbeat
    try:
        age = time.time() - path.stat().st_mtime
    except OSError:
        print(f"unhealthy: no heartbeat at {path}")
        return EXIT_FAILED
    if age > args.max_age:
        print(f"unhealthy: last heartbeat {age:.0f}s ago (limit {args.max_age:.0f}s)")
        return EXIT_FAILED
    print(f"healthy: last heartbeat {age:.0f}s ago")
    return EXIT_OK


def _missing_content(args: argparse.Namespace, settings: Settings) -> str | None:
    """Say which setting names a content folder that is not there (before anything starts)."""
    if args.command == "check-content":
        given, flag = args.dir, "the DIR argument"
    elif args.command in ("run", "console", "ask", "quiz", "cards"):
        given, flag = getattr(args, "content", None), "--content"
    else:
        return None
    folder = given or settings.content_dir
    source = flag if given else "TUTOR_CONTENT_DIR"
    if folder.is_dir():
        return None
    what = "is not a folder" if folder.exists() else "not found"
    return (
        f"content folder {what}: {folder} (from {source}); point it at the folder of your "
        "notes (*.md), or leave TUTOR_CONTENT_DIR unset for the bundled notes"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = _settings(require_token=False)
    except SettingsError as err:
        print(f"tutorbot: {err}", file=sys.stderr)
        return EXIT_USAGE
    missing = _missing_content(args, settings)
    if missing:
        # check-content reports on stdout like its other findings; the rest on stderr.
        print(
            f"tutorbot: {missing}",
            file=sys.stdout if args.command == "check-content" else sys.stderr,
        )
        return EXIT_FAILED
    # One-shot commands keep stderr quiet unless LOG_LEVEL asks for more.
    quiet = args.command != "run" and not environment().get("LOG_LEVEL")
    configure_logging("WARNING" if quiet else settings.log_level, settings.token)
    from bot.storage.errors import StorageError

    commands = {
        "run": lambda: cmd_run(settings),
        "console": lambda: cmd_console(args, settings),
        "ask": lambda: cmd_ask(args, settings),
        "quiz": lambda: cmd_quiz(args, settings),
        "check-content": lambda: cmd_check(args, settings),
        "cards": lambda: cmd_cards(args, settings),
        "topics": lambda: cmd_topics(args, settings),
        "backup": lambda: cmd_backup(args, settings),
        "health": lambda: cmd_health(args, settings),
    }
    try:
        return commands[args.command]()
    except SettingsError as err:
        print(f"tutorbot: {err}", file=sys.stderr)
        return EXIT_USAGE
    except ContentErrors as errors:
        for problem in errors.errors:
            print(problem, file=sys.stderr)
        return EXIT_FAILED
    except StorageError as err:
        print(f"tutorbot: {err}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_OK
    except BrokenPipeError:
        # The reader went away (`tutorbot cards | head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception:
        # Through logging, so the token filter sees the traceback (a bare one would not).
        logger.critical("tutorbot stopped by an unexpected error", exc_info=True)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
