"""Self-checks: a flashcard whose answer is too long for a poll option is still asked (in
solo quizzes, reviews and pushes) with its whole answer, and never in a timed round."""

from __future__ import annotations

import random

from bot.core import srs
from bot.core.models import Card, CardKind
from bot.core.quiz import generate, question_problems
from bot.core.quizpool import MAX_OPTION
from bot.core.states import QuizKind
from bot.services.types import PlayerResult, QuizSummary
from bot.textview import question_text, summary_lines

LONG = (
    "merge сохраняет историю как есть и добавляет коммит слияния с двумя родителями. rebase "
    "переносит ваши коммиты поверх новой базы: история получается линейной, но у коммитов "
    "меняются хеши."
)
HIDDEN = (
    "прячет незакоммиченные изменения в отдельный стек и возвращает рабочую копию к "
    "последнему коммиту, чтобы можно было спокойно переключить ветку"
)


def _flash(cid: str, question: str, answer: str, kind: CardKind = CardKind.FLASHCARD) -> Card:
    return Card(
        id=cid,
        title=question,
        kind=kind,
        definition=answer,
        section=("Git",),
        note="git/Ветки.md",
        topics=("git",),
    )


DECK = [
    _flash("long", "Чем rebase отличается от merge", LONG),
    _flash("log", "Какая команда показывает историю коммитов", "git log"),
    _flash("diff", "Чем посмотреть изменения вне индекса", "git diff"),
    _flash("revert", "Какая команда отменяет коммит новым коммитом", "git revert"),
    _flash("stash", "Команда git stash ____.", HIDDEN, CardKind.CLOZE),
]


def test_a_long_flashcard_answer_becomes_a_selfcheck_with_the_whole_answer() -> None:
    assert len(LONG) > MAX_OPTION
    for seed in range(10):
        questions = generate(DECK, random.Random(seed), 10, selfcheck=True)
        by_card = {q.card_id: q for q in questions}
        assert set(by_card) == {"long", "log", "diff", "revert", "stash"}
        check = by_card["long"]
        assert check.selfcheck
        assert check.question == "Чем rebase отличается от merge?"
        assert check.answer == LONG  # in full, not cut to an option's length
        assert check.right_answer == LONG
        assert check.options == () and check.correct == ()
        assert check.explanation == "Раздел: Git"
        assert question_problems(check) == []
        # Short answers stay quiz polls, and a long answer is never among their options.
        for cid in ("log", "diff", "revert"):
            poll = by_card[cid]
            assert not poll.selfcheck and len(poll.options) >= 2
            assert LONG not in poll.options


def test_a_long_cloze_asks_for_the_blank_as_a_selfcheck() -> None:
    [check] = generate(DECK, random.Random(1), 1, focus=["stash"], selfcheck=True)
    assert check.selfcheck
    assert check.question == "Заполните пропуск:\nКоманда git stash ____."
    assert check.answer == HIDDEN


def test_rounds_and_the_preview_never_get_selfchecks() -> None:
    for seed in range(10):
        questions = generate(DECK, random.Random(seed), 10)
        assert {q.card_id for q in questions} == {"log", "diff", "revert"}
        assert not any(q.selfcheck for q in questions)
    assert generate(DECK, random.Random(1), 3, focus=["long", "stash"]) == []


def test_a_review_of_a_long_card_is_a_selfcheck() -> None:
    [check] = generate(DECK, random.Random(2), 5, focus=["long"], selfcheck=True)
    assert check.selfcheck and check.card_id == "long"
    assert question_text(check, 0, 1) == "[1/1] Чем rebase отличается от merge?"


def test_knowing_it_is_a_pass_and_not_knowing_a_lapse() -> None:
    assert srs.grade_self_check(True) == 4
    assert srs.grade_self_check(False) == 1
    assert srs.grade_self_check(True) >= srs.PASSING_QUALITY > srs.grade_self_check(False)


def _summary(owner: PlayerResult, *others: PlayerResult, asked: int, checks: int) -> QuizSummary:
    return QuizSummary(
        quiz_id=1,
        chat_id=-5 if others else 5,
        kind=QuizKind.QUIZ,
        lang="ru",
        owner_id=owner.user_id,
        total=asked,
        players=(owner, *others),
        asked=asked,
        checks=checks,
    )


def test_the_summary_counts_selfchecks_apart_from_the_score() -> None:
    alice = PlayerResult(user_id=1, name="Alice", correct=2, answered=3, knew=1, checked=2)
    lines = summary_lines(_summary(alice, asked=5, checks=2), "ru")
    assert lines == ["Итог: 2/3. Лучший результат: 2/3.", "Самопроверка: знал 1 из 2."]
    only = PlayerResult(user_id=1, name="Alice", correct=0, answered=0, knew=2, checked=2)
    assert summary_lines(_summary(only, asked=2, checks=2), "en") == [
        "Self-check: knew 2 of 2.",
        "No mistakes — well done!",
    ]


def test_a_group_summary_shows_each_players_selfchecks() -> None:
    alice = PlayerResult(user_id=1, name="Alice", correct=1, answered=1, knew=1, checked=1)
    bob = PlayerResult(user_id=2, name="Bob", correct=0, answered=0, knew=0, checked=1)
    lines = summary_lines(_summary(alice, bob, asked=2, checks=1), "ru")
    assert lines == ["Итоги викторины:", "Alice: 1/1, самопроверка 1/1", "Bob: самопроверка 0/1"]
