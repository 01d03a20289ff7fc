"""Vaults laid out the way real teams keep them (tests/fixtures/vaults, written by the team):
every one loads, answers its own chat questions, and no markup reaches a card.

The card dump of every fixture note is kept in `cards.snapshot.jsonl` beside the vaults,
so a parser change shows its effect in review. Refresh it after an intended change with
`UPDATE_SNAPSHOTS=1 make unit`.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

import pytest

from bench.vaulteval import Covered, card_markup, evaluate_lookup, load_questions
from bot.cardlist import card_record
from bot.content.loader import load_content
from bot.services import Library, load_library

VAULTS = Path(__file__).resolve().parents[1] / "fixtures" / "vaults"
QUESTIONS = VAULTS / "questions.yaml"
SNAPSHOT = VAULTS / "cards.snapshot.jsonl"
ANSWERING = ("linux", "golang", "mixed", "flashcards")
ALL = ("linux", "golang", "mixed", "flashcards")


@cache
def _library(name: str) -> Library:
    return load_library(VAULTS / name)


@pytest.mark.parametrize("name", ALL)
def test_every_fixture_vault_loads_without_markup(name: str) -> None:
    kb = _library(name).kb
    assert kb.cards
    assert card_markup(kb) == []
    for card in kb.cards:
        for text in (card.title, card.definition, *(d.text for d in card.details if not d.code)):
            assert "\r" not in text and "\ufeff" not in text, card


def test_linux_vault_warnings_name_file_and_line() -> None:
    warnings = sorted(str(w) for w in _library("linux").kb.warnings)
    assert warnings == [
        "Процессы/Load Average.md:6: the same text defines 3 cards (a template stub?), "
        "not used as a definition: 'Добавь сюда заметки: определение своими словами, "
        "пример кома'",
        "Процессы/fork.md:20: ``` closes a code block at the end of a line",
        "Файлы/chmod.md:27: code block is not closed: it runs to the end of the note",
    ]


def test_plugin_template_trash_and_link_only_notes_give_no_cards() -> None:
    sources = {c.source for c in _library("linux").kb.cards}
    for skipped in (
        "Templates/Термин.md",
        "Excalidraw/Схема.excalidraw.md",
        "Доска.md",
        ".trash/old.md",
        "Linux MOC.md",
        "Процессы/Load Average.md",
        "Файлы/umask.md",
        "Сеть/Порт.md",
    ):
        assert skipped not in sources, skipped


@pytest.mark.parametrize("name", ANSWERING)
def test_fixture_vault_answers_its_questions(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    covered, offtopic = load_questions(QUESTIONS, name)
    report = evaluate_lookup(_library(name), covered, offtopic)
    with capsys.disabled():
        print(f"\nlookup on the {name} vault:")
        print("\n".join(report.lines()))
    assert len(covered) >= 30
    assert report.accuracy >= 0.85, report.misses
    asked = report.total["note-name"]
    assert report.right["note-name"] >= 0.9 * asked, report.misses


def _dump() -> list[str]:
    lines: list[str] = []
    for name in ALL:
        kb = load_content(VAULTS / name)
        for card in kb.cards:
            record = card_record(card)
            record["source"] = f"{name}/{record['source']}"
            lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return lines


def test_card_dump_matches_the_snapshot() -> None:
    lines = _dump()
    if os.environ.get("UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = SNAPSHOT.read_text(encoding="utf-8").splitlines()
    assert lines == expected, "cards changed: review, then refresh with UPDATE_SNAPSHOTS=1"


def test_notes_saved_as_markdown_files_are_read(tmp_path: Path) -> None:
    # Jekyll and some editors name notes `*.markdown`: the same notes, read the same way.
    (tmp_path / "Теория").mkdir()
    (tmp_path / "Теория" / "17-variance.markdown").write_text(
        "### Def. (Дисперсия) ###\nДисперсией случайной величины называется среднее "
        "квадрата её отклонения от матожидания.\n",
        encoding="utf-8",
    )
    (tmp_path / "Скобки.md").write_text("Круглые скобки группируют выражение.\n", "utf-8")
    library = load_library(tmp_path)
    result = library.ask("что такое дисперсия")
    assert result.found and result.best is not None
    assert result.best.title == "Дисперсия"
    assert result.best.source == "Теория/17-variance.markdown"
    assert {c.note for c in library.kb.cards} >= {"Теория/17-variance", "Скобки"}


def test_a_comparison_answered_side_by_side_counts_either_side(tmp_path: Path) -> None:
    """ "BFS vs DFS" shows both cards; a question set naming DFS is answered."""
    (tmp_path / "BFS.md").write_text("# BFS\n\nVisits a graph level by level.\n", "utf-8")
    (tmp_path / "DFS.md").write_text("# DFS\n\nGoes as deep as it can first.\n", "utf-8")
    library = load_library(tmp_path)
    asked = [
        Covered(q="BFS vs DFS", title="DFS", category="comparison"),
        Covered(q="what is BFS", title="DFS", category="definition"),
    ]
    report = evaluate_lookup(library, asked, [])
    assert report.right["comparison"] == 1
    assert report.right["definition"] == 0
