"""Topics through the services, the console and the command line, on `tests/fixtures/topics`."""

from __future__ import annotations

import io
import json
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from bot.bootstrap import Tutor
from bot.console import Console
from bot.core import srs
from bot.core.states import QuizKind
from bot.services.library import Library, load_library
from bot.services.types import (
    ChatInfo,
    QuizRefusal,
    QuizStep,
    QuizSummary,
    Refusal,
    UserInfo,
    WeakSpots,
)
from bot.storage.records import AnswerRecord
from tests.integration.test_cli import run
from tests.support import ROOT, FakeClock, open_tutor

TOPICS = ROOT / "tests" / "fixtures" / "topics"
ALICE = UserInfo(id=1, name="Alice")
GROUP = ChatInfo(id=-500, type="group", title="Study")


@pytest.fixture(scope="module")
def vault() -> Library:
    return load_library(TOPICS)


@pytest.fixture
async def topical(vault: Library, clock: FakeClock, tmp_path: Path) -> AsyncIterator[Tutor]:
    tutor = await open_tutor(tmp_path / "tutor.db", vault, clock)
    yield tutor
    await tutor.close()


def ids_in(vault: Library, key: str) -> set[str]:
    return set(vault.topics.cards_of(key))


async def answer(
    tutor: Tutor, card_id: str, *, correct: bool, chat_id: int, at: FakeClock
) -> None:
    now = at()
    await tutor.repo.users.upsert_user(ALICE.id, ALICE.name, None, "ru", now.timestamp())
    await tutor.repo.answers.record(
        AnswerRecord(
            user_id=ALICE.id,
            chat_id=chat_id,
            quiz_id=None,
            poll_id=f"p-{card_id}-{now.timestamp()}",
            card_id=card_id,
            question_id="q",
            chosen=(0,),
            correct=correct,
            seconds=2.0,
            points=100 if correct else 0,
            kind=QuizKind.QUIZ,
            answered_at=now.timestamp(),
        ),
        lambda state: srs.review(state, card_id, 5 if correct else 1, now),
    )


def test_cli_lists_topics_with_card_counts() -> None:
    out = run("topics", "--json", "--content", str(TOPICS))
    assert out.returncode == 0, out.stderr
    assert [json.loads(line) for line in out.stdout.splitlines()] == [
        {"topic": "linux", "cards": 9},
        {"topic": "linux › процессы", "cards": 6},
        {"topic": "linux › файлы", "cards": 3},
        {"topic": "сети", "cards": 5},
        {"topic": "сети › dns", "cards": 1},
    ]
    text = run("topics", "--content", str(TOPICS))
    assert text.stdout.splitlines()[1] == "     6  linux › процессы"


def test_cli_quiz_on_a_topic(vault: Library) -> None:
    out = run("quiz", "--json", "--topic", "линукс", "--n", "20", "--content", str(TOPICS))
    assert out.returncode == 0, out.stderr
    asked = [json.loads(line)["card_id"] for line in out.stdout.splitlines()]
    assert len(asked) >= 5
    assert set(asked) <= ids_in(vault, "linux")
    unknown = run("quiz", "--topic", "химия", "--content", str(TOPICS))
    assert unknown.returncode == 1
    assert unknown.stderr.strip() == "no topic 'химия' in the notes; closest: linux, сети"


async def test_review_and_weak_spots_keep_to_the_topic(
    topical: Tutor, vault: Library, clock: FakeClock
) -> None:
    services = topical.services
    linux, networks = ids_in(vault, "linux"), ids_in(vault, "сети")
    for card_id in sorted(linux)[:2] + sorted(networks)[:2]:
        await answer(topical, card_id, correct=False, chat_id=GROUP.id, at=clock)
    clock.advance(timedelta(days=2).total_seconds())

    review = await services.quizzes.start_review(GROUP, ALICE, topic="сетям")
    assert isinstance(review, QuizStep)
    assert review.total == 2 and review.topic == "сети"
    quiz = await topical.repo.quizzes.get(review.quiz_id)
    assert quiz is not None and {q.card_id for q in quiz.questions} <= networks

    assert await services.topics.set_chat_topic(GROUP, "Linux") is not None
    weak = await services.progress.weak(GROUP.id)
    assert isinstance(weak, WeakSpots) and weak.topic is not None
    assert weak.topic.name == "linux"
    assert {w.card.id for w in weak.cards} == set(sorted(linux)[:2])
    other = await services.progress.weak(GROUP.id, "сети")
    assert isinstance(other, WeakSpots)
    assert {w.card.id for w in other.cards} == set(sorted(networks)[:2])
    unknown = await services.progress.weak(GROUP.id, "химия")
    assert isinstance(unknown, QuizRefusal) and unknown.reason is Refusal.TOPIC_UNKNOWN
    assert unknown.closest == ("linux", "сети")

    stats = await services.progress.stats(ALICE.id, GROUP.id)
    assert [(s.topic.name, s.answered, s.correct) for s in stats.topics] == [
        ("linux", 2, 0),
        ("сети", 2, 0),
    ]


async def test_console_topics(topical: Tutor) -> None:
    out = io.StringIO()
    console = Console(topical.services, out, lang="ru")
    await console.start()
    for line in ["/topics", "/topic ctnb", "/topic", "/quiz 2", "1", "1", "/stats", "/topic all"]:
        assert await console.handle(line)
    text = out.getvalue()
    assert "linux › процессы — 6" in text
    assert "Готово: тема чата — сети." in text
    assert "Тема чата: сети (5 карточек)." in text
    assert (
        "Викторина: 2 вопроса. Отвечайте номером варианта; /stop — закончить.\nТема: сети" in text
    )
    assert "По темам: сети " in text
    assert "Готово: тема чата сброшена" in text
    assert await topical.repo.users.chat_topic(1) is None


async def test_repeating_the_mistakes_of_a_topic_quiz_keeps_its_topic(
    topical: Tutor, vault: Library
) -> None:
    quizzes = topical.services.quizzes
    me = ChatInfo(id=ALICE.id, type="private", title="")
    step: object = await quizzes.start(me, ALICE, 2, topic="сетям")
    networks = ids_in(vault, "сети")
    while isinstance(step, QuizStep):
        poll = f"poll-{step.quiz_id}-{step.position}"
        await quizzes.poll_sent(step, poll, 100 + step.position)
        wrong = next(
            i for i in range(len(step.question.options)) if i not in step.question.correct
        )
        outcome = await quizzes.answer(poll, ALICE, [wrong])
        assert outcome is not None and not outcome.correct
        step = await quizzes.advance(step.quiz_id, step.position)
    assert isinstance(step, QuizSummary) and step.topic is not None and len(step.missed) == 2

    retry = await quizzes.retry(step.quiz_id, me, ALICE)
    assert isinstance(retry, QuizStep), retry
    assert retry.topic == "сети"
    record = await topical.repo.quizzes.get(retry.quiz_id)
    assert record is not None and record.topic == "сети"
    assert {q.card_id for q in record.questions} <= networks
