"""The terminal adapter: a local chat over the same services, no Telegram needed."""

from __future__ import annotations

import asyncio
import contextlib
import getpass
import sys
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any, TextIO

from bot.core.inputs import leading_numbers, small_int
from bot.i18n import language, plural, t
from bot.services.container import Services
from bot.services.quizmaker import MAX_QUIZ
from bot.services.quizzes import DEFAULT_QUIZ
from bot.services.types import ChatInfo, QuizRefusal, QuizStep, QuizSummary, Refusal, UserInfo
from bot.textview import (
    answer_text,
    board_lines,
    chat_topic_text,
    question_text,
    refusal_text,
    selfcheck_answer,
    stats_text,
    summary_lines,
    topic_line,
    topics_text,
)

CONSOLE_CHAT = 1
CONSOLE_USER = 1
ANSWER_DIGITS = 3
HISTORY_LINES = 1000
QUIT_COMMANDS = ("/quit", "/exit", "/q")
KNEW = ("д", "да", "y", "yes")
DIDNT = ("н", "нет", "n", "no")


class Console:
    """Reads lines, answers them through the services, writes plain text."""

    def __init__(
        self, services: Services, out: TextIO = sys.stdout, lang: str | None = None
    ) -> None:
        self.services = services
        self.out = out
        self.lang = lang or language(None)
        self.user = UserInfo(id=CONSOLE_USER, name=_local_name(), lang=self.lang)
        self.chat = ChatInfo(id=CONSOLE_CHAT, type="private", title="console")
        self.step: QuizStep | None = None
        self.revealed = False  # the answer of the self-check in `step` is shown

    def say(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    async def start(self) -> None:
        await self.services.people.seen(self.user, self.chat)
        self.step = await self.services.quizzes.current_step(self.chat.id)
        self._help_text()
        if self.step:
            position, total = self.step.position + 1, self.step.total
            self.say(t(self.lang, "console_resume", position=position, total=total))
            await self._show(self.step)

    async def handle(self, line: str) -> bool:
        """Handle one input line; False when the user asked to quit."""
        text = line.strip()
        checking = self.step is not None and self.step.question.selfcheck
        if not text:
            if checking and not self.revealed:
                await self._reveal()  # "Enter — показать ответ"
            return True
        command, _, arg = text.partition(" ")
        command = command.lower()
        if command in QUIT_COMMANDS:
            return False
        commands = {
            "/help": self._help,
            "/start": self._help,
            "/quiz": self._quiz,
            "/review": self._review,
            "/stop": self._stop,
            "/stats": self._stats,
            "/top": self._top,
            "/topics": self._topics,
            "/topic": self._topic,
            "/weak": self._weak,
        }
        if command in commands:
            await commands[command](arg)
        elif checking and not command.startswith("/"):
            await self._self_check(text)
        elif self.step is not None and small_int(text, ANSWER_DIGITS) is not None:
            await self._answer(int(text))
        elif command.startswith("/") and command != "/define":
            self.say(t(self.lang, "unknown_command"))
        else:
            query = arg if command == "/define" else text
            answer = self.services.library.answer(query)
            self.say(answer_text(answer.result, self.lang, answer.related))
        return True

    def _help_text(self) -> None:
        self.say(t(self.lang, "console_help") + "\n" + t(self.lang, "console_help_topics"))

    async def _help(self, _arg: str) -> None:
        self._help_text()

    async def _review(self, arg: str) -> None:
        quizzes = self.services.quizzes
        await self._begin(await quizzes.start_review(self.chat, self.user, topic=arg or None))

    async def _quiz(self, arg: str) -> None:
        numbers, topic = leading_numbers(arg.split(), 1)
        n = DEFAULT_QUIZ
        if numbers:
            number = small_int(numbers[0])
            if number is None:
                self.say(t(self.lang, "quiz_bad_n", max=MAX_QUIZ))
                return
            n = number
        quizzes = self.services.quizzes
        await self._begin(await quizzes.start(self.chat, self.user, n, topic=topic or None))

    async def _topics(self, arg: str) -> None:
        listing = await self.services.topics.listing(self.chat.id, arg)
        if isinstance(listing, QuizRefusal):
            self.say(refusal_text(listing, self.lang, MAX_QUIZ))
            return
        self.say(topics_text(listing, self.lang))

    async def _topic(self, arg: str) -> None:
        topics = self.services.topics
        if not arg.strip():
            self.say(chat_topic_text(await topics.chat_topic(self.chat.id), self.lang))
            return
        changed = await topics.set_chat_topic(self.chat, arg)
        if isinstance(changed, QuizRefusal):
            self.say(refusal_text(changed, self.lang, MAX_QUIZ))
            return
        self.say(chat_topic_text(changed, self.lang, changed=True))

    async def _weak(self, arg: str) -> None:
        weak = await self.services.progress.weak(self.chat.id, arg or None)
        if isinstance(weak, QuizRefusal):
            self.say(refusal_text(weak, self.lang, MAX_QUIZ))
            return
        if not weak.cards:
            self.say(t(self.lang, "weak_none"))
            return
        lines = [t(self.lang, "weak_title")]
        lines += [
            t(self.lang, "weak_line", title=w.card.title, wrong=w.wrong, answered=w.answered)
            for w in weak.cards
        ]
        self.say("\n".join(lines) + topic_line(weak.topic.name if weak.topic else "", self.lang))

    async def _stop(self, _arg: str) -> None:
        stopped = await self.services.quizzes.stop(self.chat.id, self.user.id, admin=True)
        self.step = None
        if isinstance(stopped, QuizRefusal):
            self.say(t(self.lang, "console_stop_none"))
            return
        self._summary(stopped)

    async def _begin(self, started: QuizStep | QuizRefusal) -> None:
        if isinstance(started, QuizRefusal):
            self.say(refusal_text(started, self.lang, MAX_QUIZ, console=True))
            return
        questions = plural(self.lang, "questions", started.total)
        intro = t(self.lang, "console_quiz_start", n=started.total, questions=questions)
        self.say(intro + topic_line(started.topic, self.lang))
        await self._show(started)

    async def _show(self, step: QuizStep) -> None:
        self.step = step
        self.revealed = False
        # The console's "poll": sent again after a restart, the first record stays.
        await self.services.quizzes.poll_sent(step, _poll_id(step), None)
        self.say(question_text(step.question, step.position, step.total))
        if step.question.selfcheck:
            self.say(t(self.lang, "console_selfcheck_show"))

    async def _reveal(self) -> None:
        step = self.step
        assert step is not None
        shown = await self.services.selfchecks.reveal(step.quiz_id, step.position, self.user)
        if isinstance(shown, Refusal):
            self.say(t(self.lang, shown))
            return
        self.revealed = True
        self.say(selfcheck_answer(shown.question, self.lang))
        self.say(t(self.lang, "console_selfcheck_ask"))

    async def _self_check(self, text: str) -> None:
        """A line while a self-check waits: shows the answer (typing one's own answer first
        is fine), then takes "д"/"н" (or y/n) and records it like a poll answer."""
        step = self.step
        assert step is not None
        if not self.revealed:
            await self._reveal()
            return
        word = text.casefold().strip(" .!")
        if word not in KNEW + DIDNT:
            if len(word) > 3:
                # A question asked meanwhile is answered, as during a poll; the card waits.
                answer = self.services.library.answer(text)
                self.say(answer_text(answer.result, self.lang, answer.related))
            self.say(t(self.lang, "console_selfcheck_yn"))
            return
        selfchecks = self.services.selfchecks
        recalled = await selfchecks.recall(
            step.quiz_id, step.position, self.user, knew=word in KNEW
        )
        if isinstance(recalled, Refusal):
            self.say(t(self.lang, recalled))
        await self._next(step)

    async def _answer(self, number: int) -> None:
        step = self.step
        assert step is not None
        options = len(step.question.options)
        if not 1 <= number <= options:
            self.say(t(self.lang, "console_bad_option", n=options))
            return
        quizzes = self.services.quizzes
        outcome = await quizzes.answer(_poll_id(step), self.user, [number - 1])
        if outcome is not None:
            right = ", ".join(step.question.options[i] for i in step.question.correct)
            self.say(("✅ " if outcome.correct else f"❌ → {right}\n") + step.question.explanation)
        await self._next(step)

    async def _next(self, step: QuizStep) -> None:
        """Past the question in `step`: the next one, or the summary."""
        nxt = await self.services.quizzes.advance(step.quiz_id, step.position)
        self.step = None
        if isinstance(nxt, QuizStep):
            await self._show(nxt)
        elif isinstance(nxt, QuizSummary):
            self._summary(nxt)

    def _summary(self, summary: QuizSummary) -> None:
        for line in summary_lines(summary, self.lang):
            self.say(line)

    async def _stats(self, _arg: str) -> None:
        self.say(stats_text(await self.services.progress.stats(self.user.id), self.lang))

    async def _top(self, _arg: str) -> None:
        board = await self.services.progress.leaderboard(self.chat.id)
        if not board.all_time:
            self.say(t(self.lang, "top_empty"))
            return
        self.say(t(self.lang, "top_title"))
        for label, rows in (("top_week", board.week), ("top_all", board.all_time)):
            self.say(t(self.lang, label))
            for line in board_lines(rows, self.lang):
                self.say(line)


def _poll_id(step: QuizStep) -> str:
    return f"console-{step.quiz_id}-{step.position}"


def _local_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "you"


OpenServices = Callable[[], Coroutine[Any, Any, Services]]


def run_terminal(
    open_services: OpenServices,
    *,
    lang: str | None = None,
    history: Path | None = None,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
) -> None:
    """Chat in the terminal until /quit, end of input (Ctrl-D) or Ctrl-C.

    Lines are read outside the event loop, so Ctrl-C interrupts the read at once (inside
    `asyncio.run` a blocking read would only notice it after the next Enter); a command
    that is running when Ctrl-C comes is cancelled by `asyncio.Runner`.
    """
    stdin = stdin or sys.stdin
    out = out or sys.stdout
    with asyncio.Runner() as runner:
        services = runner.run(open_services())
        try:
            console = Console(services, out, lang)
            runner.run(console.start())
            for line in _lines(stdin, out, history):
                if not runner.run(console.handle(line)):
                    break
        except KeyboardInterrupt:
            print(file=out, flush=True)  # leave the prompt's line
        finally:
            runner.run(services.close())


def _lines(stdin: TextIO, out: TextIO, history: Path | None) -> Iterator[str]:
    """Input lines: with line editing and history (readline) in a terminal."""
    if not stdin.isatty() or stdin is not sys.stdin:
        yield from stdin
        return
    with _readline_history(history):
        while True:
            try:
                yield input("> ")
            except EOFError:  # Ctrl-D
                print(file=out, flush=True)
                return


@contextlib.contextmanager
def _readline_history(path: Path | None) -> Iterator[None]:
    """Line editing for input(), and history kept in `path` between sessions."""
    try:
        import readline
    except ImportError:  # no GNU readline (Windows): plain input() still works
        yield
        return
    readline.set_history_length(HISTORY_LINES)
    if path is not None:
        with contextlib.suppress(OSError):
            readline.read_history_file(path)
    try:
        yield
    finally:
        if path is not None:
            with contextlib.suppress(OSError):
                readline.write_history_file(path)
