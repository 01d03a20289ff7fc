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
    explained: dict[str, str] = {}
    for seed in range(20):
        for q in generate(cards, random.Random(seed), 20):
            right = q.options[q.correct[0]]
            seen[q.question] = right
            explained[q.question] = q.explanation
            assert right not in q.question.replace("____", ""), q
            assert len(set(q.options)) == len(q.options) >= 2
    assert seen["Какой сигнал нельзя перехватить?"] == "SIGKILL"
    cloze = "Заполните пропуск:\nВладельца файла меняет команда ____, а группу — chgrp."
    assert seen[cloze] == "chown"
    # After the answer the sentence reads whole, blank filled in.
    assert explained[cloze].startswith("«Владельца файла меняет команда chown, а группу — chgrp.»")
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


def test_a_card_between_rules_keeps_its_whole_answer_and_makes_no_clozes_of_it() -> None:
    text = (
        "#flashcards/net\n\n---\n\nWhy does the Data Link Layer use Frame Check Sequence?\n?\n"
        "**FCS** is a **checksum** appended to each frame.\n\n"
        "**Important limitation:** FCS **detects errors but doesn't correct them**.\n\n---\n\n"
        "What does a switch read?\n?\nMAC addresses.\n\n---\n"
    )
    cards = _cards(text, "net/Cards.md")
    fcs = cards["Why does the Data Link Layer use Frame Check Sequence?"]
    assert fcs.kind is CardKind.FLASHCARD  # type: ignore[attr-defined]
    assert fcs.definition == (  # type: ignore[attr-defined]
        "FCS is a checksum appended to each frame. "
        "Important limitation: FCS detects errors but doesn't correct them."
    )
    assert cards["What does a switch read?"].definition == "MAC addresses."  # type: ignore[attr-defined]
    assert not [c for c in cards.values() if c.kind is CardKind.CLOZE]  # type: ignore[attr-defined]


def test_a_cloze_hiding_the_whole_line_is_no_question() -> None:
    text = "#flashcards\n\n**Заполнить всё**\n\nКоманда ==chmod== меняет права.\n"
    clozes = [c for c in _cards(text, "x.md").values() if c.kind is CardKind.CLOZE]  # type: ignore[attr-defined]
    assert [c.title for c in clozes] == ["Команда ____ меняет права."]  # type: ignore[attr-defined]


def test_obsidian_to_anki_blocks_are_flashcards_of_their_target_deck() -> None:
    text = (
        "TARGET DECK: Tech-KB::Networking::SSE\nTags: networking sse\n\n"
        "START\nBasic\nWhat is SSE?\nBack:\n**SSE** pushes events from server to client "
        "over one open HTTP response.\nTags: networking sse\n<!--ID: 1780311501507-->\nEND\n\n"
        "START\nBasic\nFront: Which header asks to resume?\nBack: Last-Event-ID\nEND\n"
    )
    note = parse_note(text, "net/core.md", note="net/core")
    flash = {c.title: c for c in note.cards if c.kind is CardKind.FLASHCARD}
    assert flash["What is SSE?"].definition == (
        "SSE pushes events from server to client over one open HTTP response."
    )
    assert flash["Which header asks to resume?"].definition == "Last-Event-ID"
    assert "Tech-KB/Networking/SSE" in flash["What is SSE?"].topics
    shown = " ".join(f"{c.title} {c.definition}" for c in note.cards)
    assert "START" not in shown and "TARGET DECK" not in shown and "<!--ID" not in shown


def test_two_clozes_one_blank_apart_with_other_answers_are_not_asked() -> None:
    text = (
        "#flashcards/stats\n\n- Small p-value\n  - The observed result is **unlikely** under H0\n"
        "- Large p-value\n  - The observed result is **plausible** under H0\n\n"
        "Reject H0 when the p-value is below **alpha**.\n\n"
        "A one-tailed test looks at **one** side.\n\nThe test statistic of a z-test is **z**.\n\n"
        "Power is one minus **beta**.\n"
    )
    cards = list(parse_note(text, "stats/p-value.md", note="stats/p-value").cards)
    stems = [c.title for c in cards if c.kind is CardKind.CLOZE]
    assert stems.count("The observed result is ____ under H0") == 2
    asked = [q.question for q in generate(cards, random.Random(3), 10)]
    assert asked and not any("observed result" in q for q in asked)
    assert any("Reject H0 when the p-value is below ____." in q for q in asked)
