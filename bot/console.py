"""The terminal adapter: a local chat over the same services, no Telegram needed."""

from __future__ import annotations

import getpass
import sys
from typing import TextIO

from bot.i18n import language, t
from bot.services import ChatInfo, QuizRefusal, QuizStep, QuizSummary, Tutor, UserInfo
from bot.textview import answer_text, board_lines, question_text, stats_text

CONSOLE_CHAT = 1
CONSOLE_USER = 1


class Console:
    """Reads lines, answers them through the services, writes plain text."""

    def __init__(self, tutor: Tutor, out: TextIO = sys.stdout, lang: str | None = None) -> None:
        self.tutor = tutor
        self.out = out
        self.lang = lang or language(None)
        self.user = UserInfo(id=CONSOLE_USER, name=_local_name(), lang=self.lang)
        self.chat = ChatInfo(id=CONSOLE_CHAT, type="private", title="console")
        self.step: QuizStep | None = None

    def say(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    async def start(self) -> None:
        await self.tutor.seen(self.user, self.chat)
        self.step = await self.tutor.current_step(self.chat.id)
        self.say(t(self.lang, "console_help"))
        if self.step:
            await self._show(self.step)

    async def handle(self, line: str) -> bool:
        """Handle one input line; False when the user asked to quit."""
        text = line.strip()
        if not text:
            return True
        command, _, arg = text.partition(" ")
        command = command.lower()
        if command in ("/quit", "/exit", "/q"):
            return False
        if command in ("/help", "/start"):
            self.say(t(self.lang, "console_help"))
        elif command == "/quiz":
            await self._quiz(arg)
        elif command == "/review":
            await self._begin(await self.tutor.start_review(self.chat, self.user))
        elif command == "/stats":
            await self._stats()
        elif command == "/top":
            await self._top()
        elif self.step is not None and _number(text, 3) is not None:
            await self._answer(int(text))
        elif command.startswith("/") and command != "/define":
            self.say(t(self.lang, "unknown_command"))
        else:
            query = arg if command == "/define" else text
            self.say(answer_text(self.tutor.ask(query), self.lang))
        return True

    async def _quiz(self, arg: str) -> None:
        n = 5
        if arg.strip():
            number = _number(arg.strip(), 6)
            if number is None:
                self.say(t(self.lang, "quiz_bad_n", max=20))
                return
            n = number
        await self._begin(await self.tutor.start_quiz(self.chat, self.user, n))

    async def _begin(self, started: QuizStep | QuizRefusal) -> None:
        if isinstance(started, QuizRefusal):
            due = await self.tutor.next_review_due(self.user.id)
            self.say(t(self.lang, started.reason, max=20, due=due.date() if due else "—"))
            return
        self.say(
            t(
                self.lang,
                "quiz_start",
                n=started.total,
                questions=_questions(self.lang, started.total),
            )
        )
        await self._show(started)

    async def _show(self, step: QuizStep) -> None:
        self.step = step
        poll_id = f"console-{step.quiz_id}-{step.position}"
        if not await self.tutor.repo.get_poll(poll_id):
            await self.tutor.poll_sent(step, poll_id, None)
        self.say(question_text(step.question, step.position, step.total))

    async def _answer(self, number: int) -> None:
        step = self.step
        assert step is not None
        if not 1 <= number <= len(step.question.options):
            self.say(f"1..{len(step.question.options)}")
            return
        poll_id = f"console-{step.quiz_id}-{step.position}"
        outcome = await self.tutor.answer_poll(poll_id, self.user, [number - 1])
        if outcome is not None:
            right = ", ".join(step.question.options[i] for i in step.question.correct)
            self.say(("✅ " if outcome.correct else f"❌ → {right}\n") + step.question.explanation)
        nxt = await self.tutor.advance(step.quiz_id, step.position)
        self.step = None
        if isinstance(nxt, QuizStep):
            await self._show(nxt)
        elif isinstance(nxt, QuizSummary):
            self._summary(nxt)

    def _summary(self, summary: QuizSummary) -> None:
        mine = next((p for p in summary.players if p.user_id == self.user.id), None)
        correct = mine.correct if mine else 0
        self.say(
            t(
                self.lang,
                "quiz_summary",
                correct=correct,
                total=summary.total,
                best=summary.best[0],
                best_total=summary.best[1] or summary.total,
            )
        )
        if summary.missed:
            self.say(
                t(self.lang, "quiz_missed", titles=", ".join(c.title for c in summary.missed))
            )
        else:
            self.say(t(self.lang, "quiz_perfect"))

    async def _stats(self) -> None:
        self.say(stats_text(await self.tutor.stats(self.user.id), self.lang))

    async def _top(self) -> None:
        board = await self.tutor.leaderboard(self.chat.id)
        if not board.all_time:
            self.say(t(self.lang, "top_empty"))
            return
        self.say(t(self.lang, "top_title"))
        for label, rows in (("top_week", board.week), ("top_all", board.all_time)):
            self.say(t(self.lang, label))
            for line in board_lines(rows, self.lang):
                self.say(line)


def _questions(lang: str, n: int) -> str:
    from bot.i18n import plural

    return plural(lang, "questions", n)


def _local_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "you"


def _number(text: str, digits: int) -> int | None:
    """A small number typed by the user: ASCII digits only ("²".isdigit() is true too)."""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= digits else None


async def run_console(tutor: Tutor, stdin: TextIO = sys.stdin, out: TextIO = sys.stdout) -> None:
    """Chat in the terminal until end of input or /quit."""
    console = Console(tutor, out)
    await console.start()
    interactive = stdin.isatty()
    while True:
        if interactive:
            print("> ", end="", file=out, flush=True)
        line = stdin.readline()
        if not line:
            break
        if not await console.handle(line):
            break
