"""The content cache: unchanged notes are not parsed again, changed ones alone are, and a
damaged or unwritable cache never stops the notes from loading."""

from __future__ import annotations

import gc
import logging
import shutil
import sys
from pathlib import Path

import pytest

from bot.config import load_settings
from bot.content import cache
from bot.content.cache import CACHE_FILE, load_cached
from bot.content.loader import read_note
from bot.core.models import ContentErrors, KnowledgeBase, Note
from bot.core.search import Index, lookup
from bot.core.text import identity_lemmatizer
from bot.services import Library, load_library

SEED = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "seed"

GIT = """---
aliases: [гит]
tags: [vcs]
---
**Git** — распределённая система контроля версий.

> [!tip] Совет
> Коммитьте часто.

## Термины
- **Commit** — снимок файлов проекта
- **Branch** — подвижный указатель на коммит
"""
LINUX = """# Процессы
- **PID** — номер процесса в системе
- **Демон** — фоновый процесс без терминала

| Сигнал | Что делает |
| --- | --- |
| SIGTERM | просит процесс завершиться |
"""


class Reads:
    """A note reader that records which notes were really parsed."""

    def __init__(self) -> None:
        self.paths: list[str] = []

    def __call__(self, path: Path, root: Path) -> Note:
        self.paths.append(path.relative_to(root).as_posix())
        return read_note(path, root)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(SEED, folder)
    (folder / "notes" / "Git.md").write_text(GIT, encoding="utf-8")
    (folder / "notes" / "linux" / "процессы.md").parent.mkdir()
    (folder / "notes" / "linux" / "процессы.md").write_text(LINUX, encoding="utf-8")
    return folder


def _load(content: Path, cache_dir: Path | None) -> tuple[KnowledgeBase, Index, list[str]]:
    reads = Reads()
    kb, index = load_cached(content, cache_dir, identity_lemmatizer, read=reads)
    return kb, index, reads.paths


def _best(index: Index, question: str) -> str | None:
    result = lookup(index, question)
    return result.best.title if result.found and result.best else None


def test_a_second_load_parses_no_note_and_gives_the_same_library(
    content: Path, tmp_path: Path
) -> None:
    cache_dir = tmp_path / "data" / "cache"
    first, first_index, first_reads = _load(content, cache_dir)
    assert sorted(first_reads) == ["notes/Git.md", "notes/docker.md", "notes/linux/процессы.md"]
    assert [p.name for p in cache_dir.iterdir()] == [CACHE_FILE]

    second, second_index, second_reads = _load(content, cache_dir)
    assert second_reads == []
    assert second.cards == first.cards
    assert second.notes == first.notes
    assert second.curated == first.curated
    assert second.warnings == first.warnings
    for question in ("что такое образ", "гит", "Commit", "pid", "докер компоуз"):
        assert _best(second_index, question) == _best(first_index, question)
    assert _best(second_index, "гит") == "Git"


def test_the_same_load_without_a_cache_folder(content: Path, tmp_path: Path) -> None:
    cached, _, _ = _load(content, tmp_path / "cache")
    plain, _, reads = _load(content, None)
    assert len(reads) == 3
    assert plain.cards == cached.cards
    assert not (tmp_path / "content" / CACHE_FILE).exists()


def test_a_changed_note_is_parsed_alone(content: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    _load(content, cache_dir)
    git = content / "notes" / "Git.md"
    git.write_text(GIT + "- **Merge** — слияние двух веток\n", encoding="utf-8")

    kb, index, reads = _load(content, cache_dir)
    assert reads == ["notes/Git.md"]
    assert "Merge" in {c.title for c in kb.cards}
    assert _best(index, "что такое merge") == "Merge"
    assert _best(index, "что такое pid") == "PID"  # the notes from the cache are all there

    _, _, again = _load(content, cache_dir)
    assert again == []


def test_a_new_note_is_parsed_alone_and_a_deleted_one_is_forgotten(
    content: Path, tmp_path: Path
) -> None:
    cache_dir = tmp_path / "cache"
    _load(content, cache_dir)
    (content / "notes" / "k8s.md").write_text("- **Pod** — группа контейнеров\n", "utf-8")
    linux = content / "notes" / "linux" / "процессы.md"
    linux.unlink()

    kb, _, reads = _load(content, cache_dir)
    assert reads == ["notes/k8s.md"]
    assert "Pod" in {c.title for c in kb.cards}
    assert "PID" not in {c.title for c in kb.cards}

    # The cache kept no entry for the deleted note: bringing it back parses it again.
    linux.write_text(LINUX, encoding="utf-8")
    kb, _, reads = _load(content, cache_dir)
    assert reads == ["notes/linux/процессы.md"]
    assert "PID" in {c.title for c in kb.cards}


def test_a_glossary_or_quiz_change_parses_no_note(content: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    _, index, _ = _load(content, cache_dir)
    assert _best(index, "гитик") != "Git"
    glossary = content / "glossary.yaml"
    glossary.write_text(glossary.read_text("utf-8") + "Git: [гитик]\n", "utf-8")
    quiz = content / "quizzes" / "docker.yaml"
    text = quiz.read_text("utf-8")
    assert text.count("Один, Два") == 1
    quiz.write_text(text.replace("Один, Два", "Один, Пять"), "utf-8")

    kb, index, reads = _load(content, cache_dir)
    assert reads == []
    assert "гитик" in next(c for c in kb.cards if c.title == "Git").aliases
    assert _best(index, "гитик") == "Git"
    assert any("Пять" in q.options for q in kb.curated)


def test_bad_quizzes_still_raise_and_the_notes_are_kept_for_the_retry(
    content: Path, tmp_path: Path
) -> None:
    cache_dir = tmp_path / "cache"
    quiz = content / "quizzes" / "docker.yaml"
    good = quiz.read_text("utf-8")
    quiz.write_text("- question: [unclosed\n", "utf-8")
    reads = Reads()
    with pytest.raises(ContentErrors):
        load_cached(content, cache_dir, identity_lemmatizer, read=reads)
    assert len(reads.paths) == 3

    quiz.write_text(good, "utf-8")
    kb, _, reads_after_fix = _load(content, cache_dir)
    assert reads_after_fix == []
    assert kb.curated


def test_a_note_edited_while_the_notes_are_read_is_not_cached_stale(
    content: Path, tmp_path: Path
) -> None:
    cache_dir = tmp_path / "cache"
    linux = content / "notes" / "linux" / "процессы.md"

    def edits_while_reading(path: Path, root: Path) -> Note:
        if path.name == "Git.md":  # read before linux/процессы.md, after it was hashed
            linux.write_text(LINUX + "- **Zombie** — завершённый процесс\n", encoding="utf-8")
        return read_note(path, root)

    kb, _ = load_cached(content, cache_dir, identity_lemmatizer, read=edits_while_reading)
    assert "Zombie" in {c.title for c in kb.cards}
    assert not (cache_dir / CACHE_FILE).exists()
    again, _, reads = _load(content, cache_dir)
    assert len(reads) == 3
    assert again.cards == kb.cards
    _, _, settled = _load(content, cache_dir)
    assert settled == []


def test_new_parsing_code_parses_every_note_again(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache_dir = tmp_path / "cache"
    _load(content, cache_dir)
    monkeypatch.setattr(cache, "parser_version", lambda: "a newer parser")
    monkeypatch.setattr(cache, "library_version", lambda: "a newer library")
    _, _, reads = _load(content, cache_dir)
    assert len(reads) == 3
    _, _, again = _load(content, cache_dir)
    assert again == []


def test_new_search_code_rebuilds_the_index_but_reuses_the_notes(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache_dir = tmp_path / "cache"
    first, _, _ = _load(content, cache_dir)
    monkeypatch.setattr(cache, "library_version", lambda: "a newer library")
    second, index, reads = _load(content, cache_dir)
    assert reads == []
    assert second.cards == first.cards
    assert _best(index, "гит") == "Git"


def test_the_versions_follow_the_source_of_the_parser() -> None:
    assert cache.parser_version() == cache.parser_version()
    assert cache.parser_version() != cache.library_version()
    parser = cache.code_modules(cache.PARSER_PACKAGE_CODE)
    library = cache.code_modules(cache.LIBRARY_PACKAGE_CODE)
    assert set(parser) <= set(library)
    # Every module a note passes through is covered, including ones split out later
    # (a card built by `cardbuild` from a cached note must not outlive a change to it).
    import bot.core.notes  # noqa: F401  (loads the parser's whole import graph)

    used = {name for name in sys.modules if name.startswith("bot.core.")}
    assert used <= set(parser), used - set(parser)
    assert {"bot.core.cardbuild", "bot.core.blocks", "bot.core.titles"} <= set(parser)


@pytest.mark.parametrize(
    "damage",
    [
        b"not a pickle at all",
        b"",
        b"\x80\x05\x95",  # a pickle cut short
    ],
    ids=["garbage", "empty", "truncated"],
)
def test_a_damaged_cache_file_is_ignored_with_one_warning(
    content: Path, tmp_path: Path, damage: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    cache_dir = tmp_path / "cache"
    expected, _, _ = _load(content, cache_dir)
    (cache_dir / CACHE_FILE).write_bytes(damage)
    with caplog.at_level(logging.WARNING, logger="bot.content.cache"):
        kb, index, reads = _load(content, cache_dir)
    assert kb.cards == expected.cards
    assert len(reads) == 3
    assert _best(index, "гит") == "Git"
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "unreadable" in warnings[0].getMessage()
    # The damaged file was replaced by a good one.
    _, _, again = _load(content, cache_dir)
    assert again == []


def test_a_cache_cut_short_after_its_header_is_ignored(content: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    expected, _, _ = _load(content, cache_dir)
    path = cache_dir / CACHE_FILE
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    kb, _, reads = _load(content, cache_dir)
    assert kb.cards == expected.cards
    assert len(reads) == 3


def test_an_unwritable_cache_folder_still_loads_and_warns_once(
    content: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # A regular file where the folder should be: unwritable even for root.
    blocker = tmp_path / "data"
    blocker.write_text("not a folder", encoding="utf-8")
    cache_dir = blocker / "cache"
    with caplog.at_level(logging.WARNING, logger="bot.content.cache"):
        first, index, reads = _load(content, cache_dir)
        second, _, reads_again = _load(content, cache_dir)
    assert len(reads) == len(reads_again) == 3
    assert first.cards == second.cards
    assert _best(index, "гит") == "Git"
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "cannot write the content cache" in warnings[0].getMessage()
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_cache_that_is_a_folder_is_ignored(content: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    (cache_dir / CACHE_FILE).mkdir(parents=True)
    kb, _, reads = _load(content, cache_dir)
    assert len(reads) == 3
    assert kb.cards


def test_content_errors_are_raised_as_without_a_cache(tmp_path: Path) -> None:
    with pytest.raises(ContentErrors, match="content folder not found"):
        load_cached(tmp_path / "missing", tmp_path / "cache", identity_lemmatizer)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ContentErrors, match="no notes"):
        load_cached(empty, tmp_path / "cache", identity_lemmatizer)


def test_garbage_collection_is_back_as_it_was_after_a_load(content: Path, tmp_path: Path) -> None:
    assert gc.isenabled()
    _load(content, tmp_path / "cache")
    assert gc.isenabled()
    gc.disable()
    try:
        _load(content, tmp_path / "cache")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_load_library_uses_the_cache_beside_the_database(content: Path, tmp_path: Path) -> None:
    settings = load_settings(
        {"TUTOR_DB": str(tmp_path / "data" / "tutor.db"), "TUTOR_CONTENT_DIR": str(content)},
        require_token=False,
    )
    assert settings.cache_dir == tmp_path / "data" / "cache"
    first = load_library(settings.content_dir, settings.cache_dir)
    stored = settings.cache_dir / CACHE_FILE
    assert stored.is_file()
    written = stored.stat().st_mtime_ns
    second = load_library(settings.content_dir, settings.cache_dir)
    assert stored.stat().st_mtime_ns == written  # nothing new to store
    assert second.cache_dir == settings.cache_dir
    assert second.kb.cards == first.kb.cards
    for question in ("что такое образ?", "докер компоуз", "гит", "сигналы процесса"):
        assert _title(second, question) == _title(first, question)
    assert _title(second, "что такое образы") == "Docker image"


def _title(library: Library, question: str) -> str | None:
    result = library.ask(question)
    return result.best.title if result.found and result.best else None
