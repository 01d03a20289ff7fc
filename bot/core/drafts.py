"""A card while its note is being read (mutable), and the frozen Card it becomes."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace

from bot.core import altnames, blocks, flashcards, obsidian, titles
from bot.core.models import Card, CardKind, Detail, Link
from bot.core.text import fold


def card_id(note: str, title: str) -> str:
    """A short stable id: depends only on the note name and the card title."""
    key = f"{note.casefold()}/{' '.join(title.casefold().split())}"
    return hashlib.blake2b(key.encode("utf-8"), digest_size=5).hexdigest()


@dataclass(slots=True)
class Draft:
    title: str
    line: int
    section: tuple[str, ...]
    kind: CardKind = CardKind.TERM
    definition: str = ""
    aliases: list[str] = field(default_factory=list)
    details: list[Detail] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    wikilinks: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    decks: tuple[str, ...] = ()
    parent: Draft | None = None
    question: str = ""
    context: str = ""
    mention: bool = False  # named in passing by prose about something else
    points_to: str = ""  # the note a linked entry ("[[Karst]] - ...") points to


# "Что это? Техника, при которой ...": a label the author opens the definition with.
_LEADING_LABEL = re.compile(
    r"^(?:что\s+это|what\s+is\s+it|суть|кратко|коротко|определение|definition|tl;?dr)"
    r"\s*[?:.!—–-]+\s+(?=\S)",
    re.I,
)


def freeze(
    draft: Draft, cid: str, parent: str | None, note: str, source: str, topics: tuple[str, ...]
) -> Card:
    literal = obsidian.literal
    return Card(
        id=cid,
        title=draft.title,
        kind=draft.kind,
        aliases=tuple(
            dict.fromkeys(literal(a) for a in draft.aliases if fold(a) != fold(draft.title))
        ),
        definition=literal(_LEADING_LABEL.sub("", draft.definition, count=1)),
        details=tuple(replace(d, text=literal(d.text)) for d in draft.details),
        items=tuple(dict.fromkeys(_unstopped(literal(i)) for i in draft.items)),
        keywords=tuple(
            dict.fromkeys(
                k for k in draft.keywords if blocks.name_key(k) != blocks.name_key(draft.title)
            )
        ),
        links=tuple(dict.fromkeys(draft.links)),
        section=tuple(map(literal, draft.section)),
        note=note,
        source=source,
        line=draft.line,
        parent_id=parent,
        topics=topics,
        question=draft.question,
        context=draft.context,
        wikilinks=tuple(dict.fromkeys(w for w in draft.wikilinks if w)),
        points_to=draft.points_to,
    )


MAX_STOPPED_NAME_WORDS = 6
_ACRONYM = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ0-9]{1,7}")


# "BPDU - Bridge Protocol Data Units - отправляется ...": the acronym, then its expansion.
_LEADING_ACRONYM = re.compile(
    r"([A-ZА-ЯЁ][A-ZА-ЯЁ0-9]{1,7})\s+[-–—]\s+([^-–—():]{5,80}?)\s+[-–—]\s"
)


_ANSWER_NAMES = re.compile(
    r"^([A-Z][\w.+#/-]*(?:[ -][A-Za-z][\w.+#/-]*){0,2})\s+(?:[—–-]\s+|это\s|является\s|"
    r"являются\s|представляет\s+собой\s|is\s|are\s)"
)
MIN_OPEN_QUESTION_WORDS = 5  # a question heading no subject was found in


def _answer_name(draft: Draft) -> str:
    """What an open question heading's answer names: "Какой ресурс Kubernetes запустит под
    на каждой ноде?" answered "DaemonSet является контроллером, ..." is about DaemonSet."""
    if (
        not draft.question
        or len(draft.title.split()) < MIN_OPEN_QUESTION_WORDS
        or not _ASKS_WHICH.search(draft.question)
    ):
        return ""
    answered = _ANSWER_NAMES.match(draft.definition.strip())
    # "Why is a nil error not nil?" answered "An interface is nil only when ...": an
    # explanation, not a name.
    if answered is None or answered.group(1).split()[0].casefold() in _NOT_NAMES:
        return ""
    return answered.group(1)


# A question asking which thing it is: its answer names the thing.
_ASKS_WHICH = re.compile(r"\b(?:как(?:ой|ая|ое|ие|ую|им|ого)|which|what)\b", re.I)
_NOT_NAMES = frozenset({"a", "an", "the", "this", "that", "it", "they", "these", "there"})


def _goes_by(draft: Draft) -> list[str]:
    """Names a term's definition opens with: "2. Получение IP-адреса - DORA" goes by DORA,
    "Сообщение протокола STP - BPDU - Bridge Protocol Data Units - ..." by BPDU (set off by
    dashes; "FCS (Frame Check Sequence) at the end ..." only speaks of FCS)."""
    said = draft.definition.strip()
    if _ACRONYM.fullmatch(said):
        return [said]
    found = _LEADING_ACRONYM.match(said)
    if found is None:
        return []
    acronym, expansion = found.group(1), found.group(2).strip()
    if not blocks.abbreviates(fold(acronym), fold(expansion)):
        return []
    known = {fold(n) for n in (draft.title, *draft.aliases)}
    return [n for n in (acronym, expansion) if fold(n) not in known]


def _unstopped(title: str) -> str:
    """`- cache-aside.` over its points, `2. **Split brain.**`: a name written as a short
    sentence keeps no full stop ("a.k.a." and an ellipsis keep theirs)."""
    said = title.split()
    if len(title) < 2 or not title.endswith(".") or title.endswith(".."):
        return title
    if len(said) > MAX_STOPPED_NAME_WORDS:
        return title
    if said[-1].count(".") > 1 or not (title[-2].isalnum() or title[-2] in ")»\"'"):
        return title  # "a.k.a.", "т.е.": an abbreviation's own dots; "?." is an operator
    return title[:-1]


def topic_tags(tags: tuple[str, ...]) -> list[str]:
    """Note tags as topics: a flashcards tag names its deck (`flashcards/linux` → `linux`)."""
    out: list[str] = []
    for tag in tags:
        if tag.casefold().split("/", 1)[0] == "flashcards":
            out.extend(flashcards.decks_of([tag]))
        else:
            out.append(tag)
    return out


def without_repeated_mentions(drafts: list[Draft]) -> None:
    """One card per name the prose gives in passing: none when another card of the note
    names it ("This is known as JavaScript compilation." inside the entry "4. JavaScript
    compilation"), one when the same sentence is read twice (as an entry's own text and as
    a detail of the entry above it)."""
    named = {_key(d.title) for d in drafts if not d.mention}
    parents = {id(d.parent) for d in drafts if d.parent is not None}
    seen: set[tuple[str, int]] = set()
    kept: list[Draft] = []
    for draft in drafts:
        key = _key(draft.title)
        if draft.mention and id(draft) not in parents:
            if key in named or (key, draft.line) in seen:
                continue
            seen.add((key, draft.line))
        kept.append(draft)
    drafts[:] = kept


def _key(title: str) -> str:
    return " ".join(fold(title).split())


def freeze_all(
    drafts: list[Draft], note: str, source: str, topics: tuple[str, ...]
) -> tuple[Card, ...]:
    """A note's drafts as cards: ids stable from note and title (numbered when titles
    repeat), parents by id, topics with each card's own decks."""
    ids: dict[int, str] = {}
    taken: set[str] = set()
    out: list[Card] = []
    for draft in drafts:
        if draft.kind not in (CardKind.FLASHCARD, CardKind.CLOZE):
            draft.title = titles.tidy(draft.title)
        if draft.kind in (CardKind.TERM, CardKind.TOPIC):
            draft.title = _unstopped(draft.title)
        if draft.kind is CardKind.TERM:
            draft.title = _answer_name(draft) or draft.title
            draft.aliases.extend(_goes_by(draft))
            draft.aliases.extend(altnames.command_names(draft.title))
        draft.title = obsidian.literal(draft.title)
        base = card_id(note, draft.title)
        cid, n = base, 2
        while cid in taken:
            cid = f"{base}-{n}"
            n += 1
        taken.add(cid)
        ids[id(draft)] = cid
        parent = ids.get(id(draft.parent)) if draft.parent is not None else None
        decks = tuple(dict.fromkeys((*topics, *draft.decks)))
        out.append(freeze(draft, cid, parent, note, source, decks))
    return tuple(out)
