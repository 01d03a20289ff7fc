"""Content folders on disk: notes, glossary and curated quizzes, with file:line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.loader import load_content, summarize
from bot.core.models import ContentErrors
from bot.core.notes import parse_note

CONTENT = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "seed"


def _folder(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


NOTE = "# Basics\n- **Commit** — a snapshot of the files\n- **Branch** — a moving pointer\n"


def test_bundled_content_loads_with_glossary_and_quizzes() -> None:
    kb = load_content(CONTENT)
    s = summarize(kb)
    assert (s.notes, s.questions) == (1, 6)
    assert s.cards >= 20
    image = next(c for c in kb.cards if c.title == "Docker image")
    assert "образ" in image.aliases
    assert all(q.card_id in kb.by_id for q in kb.curated)


def test_glossary_unknown_card_names_file_and_line(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        {"notes/git.md": NOTE, "glossary.yaml": "Commit: [коммит]\n\nMerge: [слияние]\n"},
    )
    with pytest.raises(ContentErrors) as err:
        load_content(folder)
    assert [str(e) for e in err.value.errors] == ["glossary.yaml:3: unknown card 'Merge'"]


def test_glossary_aliases_are_applied(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"notes/git.md": NOTE, "glossary.yaml": "commit: коммит\n"})
    kb = load_content(folder)
    assert next(c for c in kb.cards if c.title == "Commit").aliases == ("коммит",)


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        (
            "- question: Q?\n  options: [a, b]\n  correct: c\n  card: Commit\n",
            "quizzes/q.yaml:3: correct answer 'c' is not one of the options",
        ),
        (
            "- question: Q?\n  options: [a]\n  correct: a\n  card: Commit\n",
            "quizzes/q.yaml:1: needs 2..10 options",
        ),
        (
            "- question: Q?\n  options: [a, a]\n  correct: a\n  card: Commit\n",
            "quizzes/q.yaml:1: options must be unique",
        ),
        (
            "- question: Q?\n  options: [a, b]\n  correct: a\n  card: Nope\n",
            "quizzes/q.yaml:4: unknown card 'Nope'",
        ),
        (
            "- question: Q?\n  options: [a, b]\n  correct: a\n",
            "quizzes/q.yaml:1: say which 'card' or 'section' the question is about",
        ),
        ("- question: Q?\n  options: [a, b\n", "quizzes/q.yaml:3: invalid YAML"),
        (
            "- {question: 'Q', options: [a, b], correct: a, card: Commit, colour: red}\n",
            "quizzes/q.yaml:1: unknown field(s): colour",
        ),
    ],
)
def test_quiz_file_errors(tmp_path: Path, yaml_text: str, expected: str) -> None:
    folder = _folder(tmp_path, {"notes/git.md": NOTE, "quizzes/q.yaml": yaml_text})
    with pytest.raises(ContentErrors) as err:
        load_content(folder)
    assert str(err.value.errors[0]).startswith(expected)


def test_notes_warn_and_the_bots_own_files_fail(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        {
            "notes/ok.md": NOTE,
            "notes/broken.md": "# X\n```\nnever closed\n",
            "notes/latin1.md": "",
            "glossary.yaml": "Nope: [x]\n",
        },
    )
    (folder / "notes" / "latin1.md").write_bytes(b"# T\n- **Caf\xe9** \xe9\n")
    with pytest.raises(ContentErrors) as err:
        load_content(folder)
    assert [str(e) for e in err.value.errors] == ["glossary.yaml:1: unknown card 'Nope'"]
    (folder / "glossary.yaml").unlink()
    kb = load_content(folder)
    assert sorted(str(w) for w in kb.warnings) == [
        "notes/broken.md:2: code block is not closed: it runs to the end of the note",
        "notes/latin1.md:2: the file is not valid UTF-8 text; skipped",
    ]
    assert {c.title for c in kb.cards} >= {"Commit", "Branch", "X"}
    shown = next(c for c in kb.cards if c.title == "X")
    assert [(d.text, d.code) for d in shown.details] == [("never closed", True)]


@pytest.mark.allow_error_logs
def test_a_note_the_reader_fails_on_is_skipped_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A fault of the bot on one note skips that note with a warning and a logged trace; the
    other notes load."""
    folder = _folder(tmp_path, {"notes/ok.md": NOTE, "notes/odd.md": "# Odd\n\nStrange.\n"})

    def failing(text: str, source: str, **kwargs: object) -> object:
        if source.endswith("odd.md"):
            raise IndexError("list index out of range")
        return parse_note(text, source, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("bot.content.loader.parse_note", failing)
    kb = load_content(folder)
    assert [str(w) for w in kb.warnings] == [
        "notes/odd.md:1: the bot could not read this note (logged); skipped"
    ]
    assert {c.title for c in kb.cards} >= {"Commit", "Branch"}
    assert "Odd" not in {c.title for c in kb.cards}
    assert "IndexError" in caplog.text


def test_missing_and_empty_folders_are_errors(tmp_path: Path) -> None:
    with pytest.raises(ContentErrors) as err:
        load_content(tmp_path / "nope")
    assert "content folder not found" in str(err.value)
    (tmp_path / "empty" / "notes").mkdir(parents=True)
    (tmp_path / "empty" / "notes" / "picture.png").write_bytes(b"png")
    with pytest.raises(ContentErrors) as err:
        load_content(tmp_path / "empty")
    assert "no notes" in str(err.value)


def test_curated_question_shape(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        {
            "notes/git.md": NOTE,
            "quizzes/q.yaml": "- question: What moves?\n  options: [Commit, Branch]\n"
            "  correct: 2\n  explanation: A branch moves.\n  card: Branch\n  tags: [basics]\n",
        },
    )
    (q,) = load_content(folder).curated
    assert q.options == ("Commit", "Branch")
    assert q.correct == (1,)
    assert q.tags == ("basics",)
    assert q.source == "curated:quizzes/q.yaml"


def test_a_note_named_in_capitals_is_read_under_its_name(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        {
            "notes/Массив.MD": "- **Rank** — размерность массива\n",
            "notes/git.Markdown": NOTE,
            "notes/picture.MD.png": "png",
        },
    )
    kb = load_content(folder)
    assert summarize(kb).notes == 2
    rank = next(c for c in kb.cards if c.title == "Rank")
    assert (rank.source, rank.definition) == ("notes/Массив.MD", "размерность массива")
    assert {c.source for c in kb.cards} == {"notes/Массив.MD", "notes/git.Markdown"}
