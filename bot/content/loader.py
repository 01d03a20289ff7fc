"""Read a content folder (notes, glossary, curated quizzes) into a knowledge base."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from bot.content.quizfile import parse_quiz_file
from bot.content.yamlnodes import load_yaml, scalar_list
from bot.core.models import Card, ContentError, ContentErrors, KnowledgeBase, Note
from bot.core.notes import parse_note
from bot.core.text import fold

logger = logging.getLogger(__name__)

GLOSSARY = "glossary.yaml"
QUIZ_DIR = "quizzes"
MAX_ALIAS = 64


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


def load_content(root: Path) -> KnowledgeBase:
    """Load and validate everything under `root`; raises ContentErrors listing every problem."""
    if not root.is_dir():
        raise ContentErrors([ContentError(str(root), 0, "content folder not found")])
    errors: list[ContentError] = []
    notes: list[Note] = []
    for path in sorted(root.rglob("*.md")):
        if any(part.startswith(".") for part in path.relative_to(root).parts):
            continue
        source = _rel(path, root)
        try:
            text = _read_text(path, source)
            name = source.removesuffix(".md").removeprefix("notes/")
            notes.append(parse_note(text, source, note=name))
        except ContentError as err:
            errors.append(err)
    cards = [card for note in notes for card in note.cards]
    _check_duplicate_ids(cards, errors)
    glossary_path = root / GLOSSARY
    if glossary_path.is_file():
        cards = _apply_glossary(glossary_path, root, cards, errors)
    alias_count = sum(len(c.aliases) for c in cards)
    questions = []
    quiz_dir = root / QUIZ_DIR
    by_title = _titles(cards)
    if quiz_dir.is_dir():
        for path in sorted([*quiz_dir.glob("*.yaml"), *quiz_dir.glob("*.yml")]):
            source = _rel(path, root)
            try:
                questions.extend(parse_quiz_file(_read_text(path, source), source, by_title))
            except ContentErrors as many:
                errors.extend(many.errors)
            except ContentError as err:
                errors.append(err)
    if errors:
        raise ContentErrors(errors)
    notes = [replace(n, cards=tuple(c for c in cards if c.source == n.source)) for n in notes]
    return KnowledgeBase(
        notes=tuple(notes),
        cards=tuple(cards),
        curated=tuple(questions),
        alias_count=alias_count,
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


def _check_duplicate_ids(cards: list[Card], errors: list[ContentError]) -> None:
    seen: dict[str, Card] = {}
    for card in cards:
        if card.id in seen:
            first = seen[card.id]
            errors.append(
                ContentError(
                    card.source,
                    card.line,
                    f"card {card.title!r} duplicates {first.source}:{first.line}",
                )
            )
        seen[card.id] = card


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
