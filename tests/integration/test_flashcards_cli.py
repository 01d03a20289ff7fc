"""A vault in the Spaced Repetition plugin's syntax through the command line, as a team
checks it: every flashcard listed clean, its decks as topics, topic quizzes, answers."""

from __future__ import annotations

import json

from tests.integration.test_cli import FIXTURES, run

VAULT = str(FIXTURES / "vaults" / "flashcards")


def _lines(*args: str) -> list[dict[str, object]]:
    out = run(*args, "--content", VAULT)
    assert out.returncode == 0, out.stderr
    return [json.loads(line) for line in out.stdout.splitlines()]


def test_cards_lists_every_flashcard_clean() -> None:
    cards = _lines("cards", "--json")
    kinds = [c["kind"] for c in cards]
    # 15 written, 3 of them both ways (::: and ??)
    assert kinds.count("flashcard") == 18
    assert kinds.count("cloze") == 7
    by_title = {c["title"]: c for c in cards}
    assert by_title["PID"]["definition"] == "идентификатор процесса"
    assert by_title["идентификатор процесса"]["definition"] == "PID"
    assert by_title["Владельца файла меняет команда ____."]["definition"] == "chown"
    for card in cards:
        text = json.dumps(card, ensure_ascii=False)
        assert "==" not in text and "<!--SR" not in text and "{{" not in text
        # Dataview fields (`автор:: Иван`) in the untagged note stay prose: no flashcards.
        assert "::" not in text or card["source"] == "Планы.md:1"


def test_topics_lists_the_decks() -> None:
    topics = {t["topic"]: t["cards"] for t in _lines("topics", "--json")}
    assert {"linux", "linux › процессы", "linux › права", "сети"} <= set(topics)


def test_a_topic_quiz_asks_only_that_topic_and_hides_its_answers() -> None:
    linux = {c["id"] for c in _lines("cards", "--json") if "linux" in c["topics"]}
    for topic in ("linux", "линукс"):
        questions = _lines("quiz", "--json", "--n", "50", "--topic", topic, "--seed", "3")
        assert questions and {q["card_id"] for q in questions} <= linux
        for q in questions:
            right = q["options"][q["correct"][0]]
            assert right not in str(q["question"]).replace("____", "")


def test_ask_answers_a_flashcard_question() -> None:
    (record,) = _lines("ask", "--json", "какой сигнал нельзя перехватить")
    assert record["found"] is True
    assert record["title"] == "Какой сигнал нельзя перехватить"
    assert "SIGKILL" in str(record["answer"])
