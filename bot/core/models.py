"""Domain models shared by every layer: frozen, typed, free of I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ContentError(Exception):
    """A problem in a content file, always pointing at a file and a line."""

    def __init__(self, source: str, line: int, message: str) -> None:
        super().__init__(f"{source}:{line}: {message}")
        self.source = source
        self.line = line
        self.message = message


class ContentErrors(Exception):
    """Several content problems found in one pass."""

    def __init__(self, errors: list[ContentError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


@dataclass(frozen=True, slots=True, kw_only=True)
class ContentWarning:
    """A problem in a note that does not stop the vault from loading."""

    source: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.message}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Link:
    text: str
    url: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Detail:
    """One detail bullet of a card; depth 0 is a direct child of the card."""

    text: str
    depth: int = 0
    links: tuple[Link, ...] = ()
    code: bool = False  # a code block: shown verbatim, never searched as prose


class CardKind(StrEnum):
    TERM = "term"
    FACT = "fact"
    TOPIC = "topic"
    TABLE_ROW = "table-row"
    FLASHCARD = "flashcard"
    CLOZE = "cloze"


@dataclass(frozen=True, slots=True, kw_only=True)
class Card:
    id: str
    title: str
    kind: CardKind = CardKind.TERM
    aliases: tuple[str, ...] = ()
    definition: str = ""
    details: tuple[Detail, ...] = ()
    items: tuple[str, ...] = ()
    links: tuple[Link, ...] = ()
    section: tuple[str, ...] = ()
    note: str = ""
    source: str = ""
    line: int = 0
    parent_id: str | None = None
    topics: tuple[str, ...] = ()  # folder path, note tags and frontmatter tags
    question: str = ""  # the heading's own question ("Что такое WaitGroup?"), if it asked one
    context: str = ""  # what a table row belongs to (the command whose option it is)
    wikilinks: tuple[str, ...] = ()  # notes this card links to
    keywords: tuple[str, ...] = ()  # bold phrases in its text: weaker names of the card
    # "- [[Karst]] - A landscape ...": the note such an entry links, where the card stands
    # only while the vault has no note of that name to define it.
    points_to: str = ""

    @property
    def section_path(self) -> str:
        return " › ".join(self.section)

    @property
    def shown_aliases(self) -> tuple[str, ...]:
        """Other names worth showing beside the title: not the note's file name, which
        finds the card ("02-where-vs-having", "README") but reads as noise."""
        stem = self.note.rsplit("/", 1)[-1].casefold()
        return tuple(a for a in self.aliases if a.casefold() != stem)


@dataclass(frozen=True, slots=True, kw_only=True)
class Note:
    title: str
    source: str
    tags: tuple[str, ...] = ()
    cards: tuple[Card, ...] = ()
    aliases: tuple[str, ...] = ()
    warnings: tuple[ContentWarning, ...] = ()
    skipped: str = ""  # why a plugin's file holds no notes ("excalidraw", "kanban")
    # Other names this note gives the notes it links to: [[Garbage Collection|Сборка мусора]]
    link_names: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Question:
    """One multiple-choice question, already within Telegram's quiz poll limits; or, with
    `selfcheck`, a flashcard whose answer is too long for a poll option: no options, the
    whole `answer` shown on request, and the learner says whether they knew it."""

    id: str
    card_id: str
    question: str
    options: tuple[str, ...]
    correct: tuple[int, ...]
    explanation: str = ""
    source: str = "generated"
    tags: tuple[str, ...] = ()
    selfcheck: bool = False
    answer: str = ""  # a self-check's answer, in full

    @property
    def right_answer(self) -> str:
        """What the question counts as right: the correct options, or a self-check's answer."""
        if self.selfcheck:
            return self.answer
        return ", ".join(self.options[i] for i in self.correct)


@dataclass(frozen=True, slots=True, kw_only=True)
class KnowledgeBase:
    notes: tuple[Note, ...]
    cards: tuple[Card, ...]
    curated: tuple[Question, ...] = ()
    alias_count: int = 0
    warnings: tuple[ContentWarning, ...] = ()
    by_id: dict[str, Card] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        if not self.by_id:
            self.by_id.update({c.id: c for c in self.cards})

    def card(self, card_id: str) -> Card | None:
        return self.by_id.get(card_id)
