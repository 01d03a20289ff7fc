"""Self-checks through the services, the console and the command line, on
`tests/fixtures/selfcheck` (a git deck: two explanations too long for a poll option, four
short commands and a long cloze).

What a learner notices: "knew it" / "didn't know" moves spaced repetition like a right or
wrong answer, earns no points, and stays out of every score."""

from __future__ import annotations

import io
import json
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from bot.bootstrap import Tutor
from bot.console import Console
from bot.core.states import QuizKind
from bot.services.library import Library, load_library
from bot.services.selfchecks import selfcheck_id
from bot.services.types import (
    ChatInfo,
    QuizRefusal,
    QuizStep,
    QuizSummary,
    Recalled,
    Refusal,
    SelfCheck,
    UserInfo,
)
from bot.textview import stats_text
from tests.integration.test_cli import run
from tests.support import ROOT, FakeClock, open_tutor

VAULT = ROOT / "tests" / "fixtures" / "selfcheck"
ALICE = UserInfo(id=1, name="Alice")
BOB = UserInfo(id=2, name="Bob")
PRIVATE = ChatInfo(id=1, type="private")
GROUP = ChatInfo(id=-700, type="group", title="Git club")
EXPLANATIONS = "объяснения"


@pytest.fixture(scope="module")
def vault() -> Library:
    return load_library(VAULT)


@pytest.fixture
async def tutor(vault: Library, clock: FakeClock, tmp_path: Path) -> AsyncIterator[Tutor]:
    opened = await open_tutor(tmp_path / "tutor.db", vault, clock)
    yield opened
    await opened.close()


def full_answer(vault: Library, card_id: str) -> str:
    card = vault.kb.card(card_id)
    assert card is not None
    return " ".join(card.definition.split())


async def sent(tutor: Tutor, started: QuizStep | QuizRefusal, message_id: int = 10) -> QuizStep:
    """The question is out: recorded as the adapters record it."""
    assert isinstance(started, QuizStep), started
    await tutor.services.quizzes.poll_sent(started, selfcheck_id(started), message_id)
    return started


async def answer_rows(tutor: Tutor) -> list[tuple[object, ...]]:
    rows = await tutor.repo.db.fetchall(
        "SELECT user_id, card_id, correct, points, selfcheck, chosen FROM answers ORDER BY id"
    )
    return [tuple(r) for r in rows]


async def test_knew_it_moves_spaced_repetition_and_earns_no_points(
    tutor: Tutor, vault: Library, clock: FakeClock
) -> None:
    quizzes, checks = tutor.services.quizzes, tutor.services.selfchecks
    first = await sent(tutor, await quizzes.start(PRIVATE, ALICE, 2, topic=EXPLANATIONS))
    assert first.question.selfcheck and first.total == 2
    assert first.question.answer == full_answer(vault, first.question.card_id)

    shown = await checks.reveal(first.quiz_id, 0, ALICE)
    assert isinstance(shown, SelfCheck)
    assert shown.question.answer == first.question.answer and shown.message_id == 10

    clock.advance(30)
    knew = await checks.recall(first.quiz_id, 0, ALICE, knew=True)
    assert isinstance(knew, Recalled)
    assert knew.outcome.correct and knew.outcome.points == 0 and knew.outcome.should_advance
    card = first.question.card_id
    assert await answer_rows(tutor) == [(1, card, 1, 0, 1, "[]")]
    review = (await tutor.repo.answers.reviews(ALICE.id))[card]
    assert review.repetitions == 1 and review.lapses == 0
    assert review.due == clock() + timedelta(days=1)

    # A second tap on the same question records nothing more.
    again = await checks.recall(first.quiz_id, 0, ALICE, knew=False)
    assert again is Refusal.CHECK_ANSWERED

    second = await sent(tutor, await quizzes.advance(first.quiz_id, 0), message_id=11)
    assert second.position == 1 and second.question.selfcheck
    assert await checks.recall(first.quiz_id, 0, ALICE, knew=True) is Refusal.CHECK_CLOSED
    didnt = await checks.recall(first.quiz_id, 1, ALICE, knew=False)
    assert isinstance(didnt, Recalled) and not didnt.outcome.correct
    lapse = (await tutor.repo.answers.reviews(ALICE.id))[second.question.card_id]
    assert lapse.due == clock() + timedelta(minutes=10)  # back soon: a lapse

    summary = await quizzes.advance(first.quiz_id, 1)
    assert isinstance(summary, QuizSummary)
    assert summary.checks == 2 and summary.asked == 2
    owner = summary.owner
    assert owner is not None
    assert (owner.correct, owner.answered, owner.knew, owner.checked) == (0, 0, 1, 2)
    assert [c.id for c in summary.missed] == [second.question.card_id]

    # Nothing the learner graded counts as a score: no points, no streak, no leaderboard;
    # /stats still shows what spaced repetition will ask and when.
    stats = await tutor.services.progress.stats(ALICE.id)
    assert stats.answered == 0 and stats.answer_streak == 0 and stats.day_streak == 0
    assert stats.due == 0 and stats.next_due is not None
    shown = stats_text(stats, "ru")
    assert shown.startswith("📊 Ваш прогресс\nОтветов: 0, верно: 0 (0%)")
    assert "следующее повторение" in shown.lower()
    board = await tutor.services.progress.leaderboard(PRIVATE.id)
    assert board.all_time == ()


async def test_only_the_owner_shows_the_answer_and_everyone_grades_themselves(
    tutor: Tutor,
) -> None:
    quizzes, checks = tutor.services.quizzes, tutor.services.selfchecks
    step = await sent(tutor, await quizzes.start(GROUP, ALICE, 2, topic=EXPLANATIONS))
    assert await checks.reveal(step.quiz_id, 0, BOB) is Refusal.CHECK_NOT_YOURS
    assert isinstance(await checks.reveal(step.quiz_id, 0, ALICE), SelfCheck)

    bob = await checks.recall(step.quiz_id, 0, BOB, knew=True)
    assert isinstance(bob, Recalled) and not bob.outcome.should_advance
    alice = await checks.recall(step.quiz_id, 0, ALICE, knew=False)
    assert isinstance(alice, Recalled) and alice.outcome.should_advance
    await sent(tutor, await quizzes.advance(step.quiz_id, 0), message_id=11)
    # The owner moved on; in a group the others may still grade themselves on it.
    late = await checks.recall(step.quiz_id, 0, world_user(3), knew=True)
    assert isinstance(late, Recalled) and not late.outcome.should_advance

    # The card Alice did not know is the group's weak spot; /weak asks it again, as a self-check.
    weak = await tutor.services.progress.weak_cards(GROUP.id)
    assert [(w.card.id, w.answered, w.wrong) for w in weak] == [(step.question.card_id, 3, 1)]

    summary = await quizzes.stop(GROUP.id, ALICE.id, admin=False)
    assert isinstance(summary, QuizSummary)
    # The pending question's message gets its answer shown (never a stopPoll).
    assert summary.open_polls == ()
    assert [c.message_id for c in summary.open_checks] == [10, 11]
    knew = {p.name: (p.knew, p.checked) for p in summary.players}
    assert knew == {"Alice": (0, 1), "Bob": (1, 1), "Carol": (1, 1)}
    again = await quizzes.start_weak(GROUP, ALICE)
    assert isinstance(again, QuizStep) and again.question.selfcheck
    assert again.question.card_id == step.question.card_id
    board = await tutor.services.progress.leaderboard(GROUP.id)
    assert board.all_time == ()


def world_user(uid: int) -> UserInfo:
    return UserInfo(id=uid, name="Carol")


async def test_rounds_never_ask_selfchecks(tutor: Tutor) -> None:
    rounds = tutor.services.rounds
    refused = await rounds.start(GROUP, ALICE, 5, 20, topic=EXPLANATIONS)
    assert isinstance(refused, QuizRefusal) and refused.reason is Refusal.TOPIC_EMPTY
    started = await rounds.start(GROUP, ALICE, 10, 20)
    assert isinstance(started, QuizStep)
    quiz = await tutor.repo.quizzes.get(started.quiz_id)
    assert quiz is not None and quiz.kind is QuizKind.COMPETE
    assert quiz.questions and not any(q.selfcheck for q in quiz.questions)


async def test_review_brings_a_long_card_back_as_a_selfcheck(
    tutor: Tutor, clock: FakeClock
) -> None:
    quizzes, checks = tutor.services.quizzes, tutor.services.selfchecks
    step = await sent(tutor, await quizzes.start(PRIVATE, ALICE, 1, topic=EXPLANATIONS))
    await checks.recall(step.quiz_id, 0, ALICE, knew=False)
    await quizzes.advance(step.quiz_id, 0)
    clock.advance(15 * 60)
    review = await quizzes.start_review(PRIVATE, ALICE)
    assert isinstance(review, QuizStep) and review.kind is QuizKind.REVIEW
    assert review.question.selfcheck and review.question.card_id == step.question.card_id


async def test_the_console_shows_the_answer_on_enter_and_asks_whether_you_knew_it(
    tutor: Tutor, vault: Library
) -> None:
    out = io.StringIO()
    console = Console(tutor.services, out, lang="ru")
    await console.start()
    lines = ["/quiz 2 объяснения", "", "может быть", "д", "rebase?", "git stash", "n"]
    for line in lines:
        assert await console.handle(line)
    text = out.getvalue()
    # A question asked while a self-check waits is answered, and the card still waits.
    asked = text.split("git stash", 1)[-1] if "git stash" in text else text
    assert library_answer(vault, "git stash") in text, asked
    assert "[1/2] " in text and "[2/2] " in text
    assert text.count("Enter — показать ответ") == 2
    assert text.count("Знал? (д/н)") == 2
    assert "Ответьте «д» (знал) или «н» (не знал)." in text
    for card in vault.kb.cards:
        if len(card.definition) > 100 and card.kind == "flashcard":
            assert f"Ответ: {full_answer(vault, card.id)}\nРаздел: Объяснения" in text
    # The card not known is a miss: "Повторить ошибки" asks it again.
    assert "\nСамопроверка: знал 1 из 2.\nОшибки в: " in text
    rows = await answer_rows(tutor)
    assert [(r[2], r[3], r[4]) for r in rows] == [(1, 0, 1), (0, 0, 1)]
    assert len(await tutor.repo.answers.reviews(1)) == 2


def library_answer(vault: Library, query: str) -> str:
    """The first line the console prints for a question: the card's title, or not found."""
    result = vault.ask(query)
    return result.best.title if result.found and result.best else "Не нашёл"


def test_the_preview_leaves_selfchecks_out_unless_asked() -> None:
    out = run("quiz", "--json", "--n", "20", "--seed", "4", "--content", str(VAULT))
    assert out.returncode == 0, out.stderr
    polls = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(polls) == 4 and not any("selfcheck" in q for q in polls)
    out = run("quiz", "--json", "--n", "20", "--seed", "4", "--selfcheck", "--content", str(VAULT))
    records = [json.loads(line) for line in out.stdout.splitlines()]
    checks = [q for q in records if q.get("selfcheck")]
    assert len(records) == 7 and len(checks) == 3
    for q in checks:
        assert q["options"] == [] and q["correct"] == [] and len(q["answer"]) > 100


def test_tutorbot_console_takes_enter_and_y_n_from_piped_input(tmp_path: Path) -> None:
    db = tmp_path / "console.db"
    lines = "/quiz 2 объяснения\n\ny\n\nнет\n/quit\n"
    out = run("console", "--db", str(db), stdin=lines, TUTOR_CONTENT_DIR=str(VAULT))
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("Ответ: ") == 2
    assert "Самопроверка: знал 1 из 2." in out.stdout
