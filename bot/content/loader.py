"""Read a content folder (notes, glossary, curated quizzes) into a knowledge base."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from bot.content.quizfile import parse_quiz_file
from bot.content.yamlnodes import load_yaml, scalar_list
from bot.core import vault
from bot.core.models import (
    Card,
    ContentError,
    ContentErrors,
    ContentWarning,
    KnowledgeBase,
    Note,
)
from bot.core.notes import parse_note
from bot.core.text import NOTE_SUFFIXES, fold, note_stem
from bot.morph import nominative

logger = logging.getLogger(__name__)

GLOSSARY = "glossary.yaml"
QUIZ_DIR = "quizzes"
MAX_ALIAS = 64
TEMPLATE_FOLDERS = frozenset({"templates", "template", "шаблоны", "шаблон"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Summary:
    notes: int
    cards: int
    aliases: int
    questions: int


def default_content_dir() -> Path:
    """The content folder shipped with the project (source checkout or installed wheel)."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here.parent / "content", here / "_content"):
        if candidate.is_dir():
            return candidate
    return here.parent / "content"


def _rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _templates_folder(root: Path) -> str | None:
    """The templates folder Obsidian's core Templates plugin is set to, if any."""
    config = root / ".obsidian" / "templates.json"
    try:
        data = json.loads(config.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    folder = data.get("folder") if isinstance(data, dict) else None
    return str(folder).strip("/") if isinstance(folder, str) and folder.strip("/") else None


def note_files(root: Path) -> list[Path]:
    """The vault's notes: hidden folders, templates and plugin drawings left out."""
    templates = _templates_folder(root)
    out: list[Path] = []
    # "Массив.MD" written on Windows is a note as "Массив.md" is.
    found = (p for p in root.rglob("*") if p.name.casefold().endswith(NOTE_SUFFIXES))
    for path in sorted(found):
        rel = path.relative_to(root)
        parts = rel.parts
        if any(part.startswith(".") for part in parts) or path.name.casefold().endswith(
            ".excalidraw.md"
        ):
            continue
        folders = [fold(p) for p in parts[:-1]]
        if templates is not None:
            if rel.as_posix().startswith(templates + "/"):
                continue
        elif any(f in TEMPLATE_FOLDERS for f in folders):
            continue
        if path.is_file():
            out.append(path)
    return out


def quiz_files(root: Path) -> list[Path]:
    """The curated quiz files (`quizzes/*.yaml` and `*.yml`), in load order."""
    folder = root / QUIZ_DIR
    if not folder.is_dir():
        return []
    return sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])


def note_name(source: str) -> str:
    """A note's name: its path in the vault without `.md` (and without a `notes/` folder)."""
    return note_stem(source).removeprefix("notes/")


def read_note(path: Path, root: Path) -> Note:
    """One note file, never refused: unreadable text becomes a warning."""
    source = _rel(path, root)
    try:
        text = _read_text(path, source)
    except ContentError as err:
        warning = ContentWarning(source=source, line=err.line, message=err.message + "; skipped")
        return Note(
            title=note_name(source), source=source, warnings=(warning,), skipped="unreadable"
        )
    try:
        return parse_note(text, source, note=note_name(source), nominative=nominative)
    except Exception:  # one note the reader cannot follow never refuses the whole vault
        logger.exception("note %s could not be read", source)
        warning = ContentWarning(
            source=source, line=1, message="the bot could not read this note (logged); skipped"
        )
        return Note(title=note_name(source), source=source, warnings=(warning,), skipped="fault")


def load_content(root: Path, read: Callable[[Path, Path], Note] = read_note) -> KnowledgeBase:
    """Load everything under `root`. Problems in notes are warnings; problems in the bot's own
    files (glossary, quizzes), a missing folder or one with no notes raise ContentErrors."""
    if not root.is_dir():
        raise ContentErrors([ContentError(str(root), 0, "content folder not found")])
    errors: list[ContentError] = []
    parsed = [read(path, root) for path in note_files(root)]
    warnings = [w for note in parsed for w in note.warnings]
    notes = [n for n in parsed if not n.skipped]
    if not notes:
        raise ContentErrors([ContentError(str(root), 0, "no notes (*.md) in the content folder")])
    card_list, vault_warnings = vault.finish(notes)
    warnings.extend(vault_warnings)
    cards = card_list
    glossary_path = root / GLOSSARY
    if glossary_path.is_file():
        cards = _apply_glossary(glossary_path, root, cards, errors)
    alias_count = sum(len(c.aliases) for c in cards)
    questions = []
    by_title = _titles(cards)
    for path in quiz_files(root):
        source = _rel(path, root)
        try:
            questions.extend(parse_quiz_file(_read_text(path, source), source, by_title))
        except ContentErrors as many:
            errors.extend(many.errors)
        except ContentError as err:
            errors.append(err)
    if errors:
        raise ContentErrors(errors)
    by_source: dict[str, list[Card]] = {}
    for card in cards:
        by_source.setdefault(card.source, []).append(card)
    notes = [replace(n, cards=tuple(by_source.get(n.source, ()))) for n in notes]
    return KnowledgeBase(
        notes=tuple(notes),
        cards=tuple(cards),
        curated=tuple(questions),
        alias_count=alias_count,
        warnings=tuple(warnings),
    )


def summarize(kb: KnowledgeBase) -> Summary:
    return Summary(
        notes=len(kb.notes),
        cards=len(kb.cards),
        aliases=kb.alias_count,
        questions=len(kb.curated),
    )


def _read_text(path: Path, source: str) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise ContentError(source, line, "the file is not valid UTF-8 text") from err


def _titles(cards: list[Card]) -> dict[str, list[Card]]:
    by_title: dict[str, list[Card]] = {}
    for card in cards:
        for name in (card.title, f"{card.note}/{card.title}"):
            by_title.setdefault(fold(name).strip(), []).append(card)
    return by_title


def _apply_glossary(
    path: Path, root: Path, cards: list[Card], errors: list[ContentError]
) -> list[Card]:
    """Add curated aliases (`Card title: [alias, ...]`) to the cards they name."""
    source = _rel(path, root)
    try:
        node = load_yaml(_read_text(path, source), source)
    except ContentError as err:
        errors.append(err)
        return cards
    if node is None:
        return cards
    if not isinstance(node, yaml.MappingNode):
        line = node.start_mark.line + 1
        errors.append(ContentError(source, line, "expected 'Card title: [aliases]'"))
        return cards
    by_title = _titles(cards)
    extra: dict[str, list[str]] = {}
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 1
        if not isinstance(key_node, yaml.ScalarNode) or not str(key_node.value).strip():
            errors.append(ContentError(source, line, "a glossary key must be a card title"))
            continue
        title = str(key_node.value)
        matches = by_title.get(fold(title).strip(), [])
        if not matches:
            errors.append(ContentError(source, line, f"unknown card {title!r}"))
            continue
        if len({c.id for c in matches}) > 1:
            errors.append(
                ContentError(source, line, f"{title!r} names several cards: write 'note/title'")
            )
            continue
        try:
            aliases = scalar_list(value_node, source)
        except ContentError as err:
            errors.append(err)
            continue
        for alias in aliases:
            if len(alias) > MAX_ALIAS:
                msg = f"alias longer than {MAX_ALIAS} characters"
                errors.append(ContentError(source, value_node.start_mark.line + 1, msg))
                continue
            extra.setdefault(matches[0].id, []).append(alias)
    return [
        replace(c, aliases=tuple(dict.fromkeys((*c.aliases, *extra[c.id]))))
        if c.id in extra
        else c
        for c in cards
    ]
