"""Questions in the user's own words that name no card: the card whose text says most of
the question answers, marked as a guess; questions sharing a word or two with the notes
stay unanswered."""

from __future__ import annotations

import pytest

from bot.core import gluedwords, passages, querysetting, question
from bot.core.search import lookup
from bot.core.wordmatch import resolve_word
from bot.textview import answer_text
from bot.tg import render
from tests.unit.failure_tables import Case, assert_every_class, index_of

NOTES = {
    "Net/VPC.md": (
        "# VPC\n\nA VPC is a private network in the cloud. Instances in a public or private "
        "subnet get to the internet through a gateway.\n\n"
        "## Internet Gateway\nAn internet gateway lets instances in a public subnet get to the "
        "internet and be reached from the internet.\n\n"
        "## NAT Gateway\nA NAT gateway lets instances in a private subnet send traffic out to "
        "the internet, while the internet cannot open connections to them. Private instances "
        "keep private addresses; the gateway translates them.\n\n"
        "## Subnets\nA subnet is a range of addresses in a VPC. Instances in a private subnet "
        "have no route out to the internet gateway.\n\n"
        "## Security Groups\nA security group is a firewall for instances: it allows traffic "
        "by port and address.\n"
    ),
    "Kube/Rolling Rollbacks.md": (
        "# Rolling Rollbacks\n\nA rollout that went wrong is undone with kubectl rollout "
        "undo, which starts the previous version again.\n"
    ),
    "Kube/Deployment.md": (
        "# Deployment\n\nA deployment keeps a set of pods running and rolls out new ones.\n"
    ),
    "Linux/Процессы.md": (
        "# Процессы\n\nПроцесс — это запущенная программа со своей памятью.\n\n"
        "## OOM Killer\nOOM Killer — механизм ядра, который убивает процесс, когда в системе "
        "кончилась память.\n\n## Приоритет\nПриоритет процесса задаёт команда nice.\n"
    ),
}

CASES: list[Case] = [
    # Many cards hold the words; the one that says them most is what is asked about.
    (
        "own words, shared by many cards",
        "my instances sit in a private subnet, how do they reach the internet for patches",
        "NAT Gateway",
    ),
    # One or two words in common with some card are no answer.
    ("off-topic, long", "what is the best private school to study cloud security", None),
    ("off-topic, long", "how do I cook pasta for the whole family tonight", None),
    ("off-topic, long", "посоветуй хорошую программу для монтажа видео на выходных", None),
    # Questions naming their card are answered as before, not as a guess.
    ("named", "что такое oom killer", "OOM Killer"),
    ("named", "security groups", "Security Groups"),
]


def test_every_class(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "own-words passages", capsys)


def test_a_passage_answer_says_it_is_a_guess() -> None:
    index = index_of(NOTES)
    result = lookup(
        index, "my instances sit in a private subnet, how do they reach the internet for patches"
    )
    assert result.found and result.guessed
    text = answer_text(result, "ru")
    assert text.splitlines()[0] == "Похоже, речь об этом:"
    assert text.splitlines()[1].startswith("NAT Gateway — A NAT gateway lets instances")
    assert "This looks like what you mean:" in answer_text(result, "en")
    parts, _ = render.answer_reply(result, "ru")
    assert parts[0].startswith("Похоже, речь об этом:\n<b>NAT Gateway</b>")


def test_a_named_answer_is_no_guess() -> None:
    result = lookup(index_of(NOTES), "что такое oom killer")
    assert result.found and not result.guessed
    assert not answer_text(result, "ru").startswith("Похоже")


FOREST = {
    "ML/Случайный лес.md": (
        "# Случайный лес\n\nСлучайный лес — ансамбль решающих деревьев, обученных на "
        "бутстреп-выборках.\n\n## Важность признаков (перестановочности)\nЗначения одного "
        "признака перемешивают в отложенной выборке и смотрят, насколько упало качество.\n\n"
        "## Бэггинг\nБэггинг обучает модели на выборках и усредняет их ответы.\n"
    ),
}


def _passage(notes: dict[str, str], query: str) -> str | None:
    """The card passages.answering gives a question, read as the lookup reads it."""
    index = index_of(notes)
    qwords = gluedwords.join_compounds(index, question.words_of(index, query))
    resolved = [resolve_word(index, w, raw) for w, raw in qwords]
    topical = querysetting.context_words(index, resolved, [w for w, _ in qwords], query)
    found = passages.answering(index, qwords, resolved, topical)
    return index.cards[found[0].position].title if found else None


def test_two_words_will_do_when_one_names_the_card() -> None:
    # "признаки" names the card, "перемешать" is in its text: enough for a long question.
    asked = "как понять какие признаки реально важны, если перемешать их значения"
    assert _passage(FOREST, asked) == "Важность признаков (перестановочности)"
    # Two words of its text, neither in its name, are not.
    assert _passage(FOREST, "как модели усредняют свои ответы когда их много") is None


def test_of_passages_scored_alike_the_one_holding_the_question_answers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """BM25 may put a short card holding one word of the question a hair above the card that
    holds most of it ("path" 8.28, "Optimized Asserts" 8.25): the latter answers; a card
    clearly behind does not."""
    index = index_of(NOTES)
    at = {c.title: i for i, c in enumerate(index.cards)}
    question_text = "my instances sit in a private subnet, how do they reach the internet"
    split = question.words_of(index, question_text)
    qwords = gluedwords.join_compounds(index, split)
    resolved = [resolve_word(index, w, raw) for w, raw in qwords]
    topical = [False] * len(qwords)

    def ranked_as(second: float) -> list[passages.Passage]:
        return [
            passages.Passage(position=at["Security Groups"], score=8.28),
            passages.Passage(position=at["NAT Gateway"], score=second),
        ]

    monkeypatch.setattr(passages, "rank", lambda *_: ranked_as(8.25))
    found = passages.answering(index, qwords, resolved, topical)
    assert index.cards[found[0].position].title == "NAT Gateway"
    monkeypatch.setattr(passages, "rank", lambda *_: ranked_as(5.0))
    assert passages.answering(index, qwords, resolved, topical) == []


def test_two_words_answer_in_the_passage_ranked_first(monkeypatch: pytest.MonkeyPatch) -> None:
    """A passage holding two of the question's words answers when it is ranked first,
    however close the next one scores; ranked first holding one word, nothing answers."""
    index = index_of(NOTES)
    at = {c.title: i for i, c in enumerate(index.cards)}
    question_text = "how do I go back to the previous version after a bad deploy"
    qwords = gluedwords.join_compounds(index, question.words_of(index, question_text))
    resolved = [resolve_word(index, w, raw) for w, raw in qwords]
    topical = [False] * len(qwords)
    rollbacks, deployment = at["Rolling Rollbacks"], at["Deployment"]
    assert passages.held_words(qwords, resolved, topical, index.counts[rollbacks]) == 2
    assert passages.held_words(qwords, resolved, topical, index.counts[deployment]) < 2

    def ranked(first: int, second: int, close: float) -> list[passages.Passage]:
        return [passages.Passage(first, 8.0), passages.Passage(second, close)]

    for close in (6.0, 7.9):
        monkeypatch.setattr(passages, "rank", lambda *_, c=close: ranked(rollbacks, deployment, c))
        found = passages.answering(index, qwords, resolved, topical)
        assert found and index.cards[found[0].position].title == "Rolling Rollbacks"
    monkeypatch.setattr(passages, "rank", lambda *_: ranked(deployment, rollbacks, 7.5))
    assert passages.answering(index, qwords, resolved, topical) == []
