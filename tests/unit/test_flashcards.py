"""Flashcards in the Spaced Repetition plugin's syntax become cards, quiz polls and answers."""

from __future__ import annotations

import random

from bot.core.models import CardKind
from bot.core.notes import parse_note
from bot.core.quiz import generate
from bot.core.search import build_index, lookup

NOTE = """#flashcards/linux/процессы

Какой сигнал нельзя перехватить::SIGKILL
<!--SR:!2024-05-01,3,250-->

PID:::идентификатор процесса

Чем отличается SIGTERM от SIGKILL?
?
SIGTERM можно перехватить.
SIGKILL убивает процесс сразу.

Что значат права 755
??
rwxr-xr-x

Владельца файла меняет команда ==chown==, а группу — {{chgrp}}.
Право на исполнение равно **1**.
"""


def _cards(text: str = NOTE, source: str = "linux/Процессы.md") -> dict[str, object]:
    note = parse_note(text, source, note=source.removesuffix(".md"))
    return {c.title: c for c in note.cards}


def test_every_flashcard_form_becomes_cards_with_their_deck() -> None:
    cards = _cards()
    expected = {
        "Какой сигнал нельзя перехватить": "SIGKILL",
        "PID": "идентификатор процесса",
        "идентификатор процесса": "PID",
        "Чем отличается SIGTERM от SIGKILL?": (
            "SIGTERM можно перехватить. SIGKILL убивает процесс сразу."
        ),
        "Что значат права 755": "rwxr-xr-x",
        "rwxr-xr-x": "Что значат права 755",
        "Владельца файла меняет команда ____, а группу — chgrp.": "chown",
        "Владельца файла меняет команда chown, а группу — ____.": "chgrp",
        "Право на исполнение равно ____.": "1",
    }  # fmt: skip
    assert {t: c.definition for t, c in cards.items()} == expected
    kinds = {t: c.kind for t, c in cards.items()}
    assert kinds["PID"] is CardKind.FLASHCARD
    assert kinds["Право на исполнение равно ____."] is CardKind.CLOZE
    assert all(c.topics == ("linux", "linux/процессы") for c in cards.values())
    for card in cards.values():
        for text in (card.title, card.definition):
            assert "::" not in text and "==" not in text and "<!--SR" not in text
            assert "{{" not in text and "**" not in text


def test_frontmatter_deck_and_lines() -> None:
    text = "---\ntags:\n  - flashcards/сети\n---\n# OSI\n\nСколько уровней в OSI::7\n"
    note = parse_note(text, "сети/OSI.md", note="сети/OSI")
    (card,) = note.cards
    assert (card.title, card.definition, card.line, card.section) == (
        "Сколько уровней в OSI",
        "7",
        7,
        ("OSI",),
    )
    assert card.topics == ("сети",)


def test_dataview_fields_in_an_ordinary_note_stay_prose() -> None:
    note = parse_note("План на неделю.\n\nstatus:: done\nавтор:: Иван\n", "Планы.md")
    assert [c.kind for c in note.cards] == [CardKind.TERM]
    assert "status:: done" in note.cards[0].details[0].text


def test_flashcard_and_cloze_quiz_polls() -> None:
    cards = list(parse_note(NOTE, "linux/Процессы.md", note="linux/Процессы").cards)
    seen: dict[str, str] = {}
    for seed in range(20):
        for q in generate(cards, random.Random(seed), 20):
            right = q.options[q.correct[0]]
            seen[q.question] = right
            assert right not in q.question.replace("____", ""), q
            assert len(set(q.options)) == len(q.options) >= 2
    assert seen["Какой сигнал нельзя перехватить?"] == "SIGKILL"
    cloze = "Заполните пропуск:\nВладельца файла меняет команда ____, а группу — chgrp."
    assert seen[cloze] == "chown"
    assert seen["«PID» — что это?"] == "идентификатор процесса"


def test_lookup_answers_a_flashcard_question() -> None:
    cards = list(parse_note(NOTE, "linux/Процессы.md", note="linux/Процессы").cards)
    result = lookup(build_index(cards), "какой сигнал нельзя перехватить")
    assert result.found and result.best is not None
    assert (result.best.title, result.best.definition) == (
        "Какой сигнал нельзя перехватить",
        "SIGKILL",
    )


def test_bold_in_a_table_or_quote_of_a_flashcard_note_is_no_cloze() -> None:
    text = "#flashcards\n\n| **Subnet** | NACL |\n|---|---|\n| a | b |\n\n> **Важно** помнить\n"
    assert parse_note(text, "aws.md").cards == () or all(
        c.kind is not CardKind.CLOZE for c in parse_note(text, "aws.md").cards
    )


def test_a_bold_term_opening_a_glossary_line_is_no_cloze() -> None:
    text = "#flashcards/сети\n\n**TCP** (протокол) — данные доходят надёжно и по порядку.\n"
    (card,) = parse_note(text, "сети/TCP.md", note="сети/TCP").cards
    assert card.kind is not CardKind.CLOZE
    assert card.definition == "данные доходят надёжно и по порядку."
