"""Flashcards in the syntax of Obsidian's Spaced Repetition plugin (pure, line based).

Only notes tagged `#flashcards` (or `#flashcards/deck/...`) hold flashcards, so `key:: value`
in an ordinary note (a Dataview field) stays prose. Recognised, per the plugin:

- `Question::Answer` and `Question:::Answer` (both directions), or `;;` and `;;;`;
- multi-line: question lines, a line `?` (`??` for both directions), answer lines;
- clozes: `==hidden==`, `{{hidden}}` and `**hidden**`, one card per hidden part;
- `<!--SR:...-->` scheduling comments, never shown (dropped from every note);
- the Obsidian_to_Anki plugin's `START` / note type / front / `Back:` / `END` blocks (with
  `TARGET DECK:` naming their deck), which mark a flashcard note by themselves.

A multi-line card's answer is its lines up to a blank line, or, in a note that separates its
cards with `---` rules, every paragraph up to the next rule or heading.

The lines a flashcard uses are handed back so the Markdown pass skips them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.markdown import parse

BLANK = "____"
_HOLE = "\ue000"  # stands for the blank while Markdown is read (`____` means something there)
_SR_COMMENT = re.compile(r"<!--SR:.*?-->", re.S)
_DECK_TAG = re.compile(r"(?<![\w#/])#flashcards(?:/[\w/-]+)?", re.I)
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*)$")
_REVERSED = re.compile(r"^(?P<q>.+?):::(?P<a>.+)$")
_SINGLE = re.compile(r"^(?P<q>.+?)(?<!:)::(?!:)(?P<a>.+)$")
# The plugin lets a vault choose its separators; `;;` and `;;;` are the ones people pick when
# `::` clashes with Dataview fields.
_REVERSED_SEMI = re.compile(r"^(?P<q>.+?);;;(?P<a>.+)$")
_SINGLE_SEMI = re.compile(r"^(?P<q>.+?)(?<!;);;(?!;)(?P<a>.+)$")
_SEPARATORS = (
    (_REVERSED, True),
    (_SINGLE, False),
    (_REVERSED_SEMI, True),
    (_SINGLE_SEMI, False),
)
_CLOZES = (
    re.compile(r"==(?=\S)(.+?)(?<=\S)=="),
    re.compile(r"\{\{(?!\s)(.+?)(?<!\s)\}\}"),
    re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"),
)
_TERM_AFTER = re.compile(r"\s*(?:\(|[—–:]|-\s)")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_ANKI_BLOCK = re.compile(r"^START[ \t]*$.*?^END[ \t]*$", re.M | re.S)
_ANKI_DECK = re.compile(r"^TARGET DECK:\s*(.*)$")
_ANKI_FIELD = re.compile(r"^(Front|Back):\s?", re.I)
_ANKI_TAIL = re.compile(r"^(?:Tags:|<!--ID:)")
MIN_CLOZE_CONTEXT_WORDS = 2


@dataclass(frozen=True, slots=True, kw_only=True)
class Flashcard:
    kind: str  # "flashcard" or "cloze"
    question: str
    answer: str
    line: int
    section: tuple[str, ...]
    decks: tuple[str, ...]


def strip_sr_comments(text: str) -> str:
    """Remove the plugin's scheduling comments, keeping line breaks (and line numbers)."""
    if "<!--SR:" not in text:
        return text
    return _SR_COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def decks_of(tags: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """`flashcards/linux/процессы` → `linux/процессы`; a bare `flashcards` names no deck."""
    out: list[str] = []
    for tag in tags:
        head, _, rest = tag.partition("/")
        if head.casefold() == "flashcards" and rest.strip("/"):
            out.append(rest.strip("/"))
    return tuple(dict.fromkeys(out))


def is_flashcard_note(text: str, tags: tuple[str, ...]) -> bool:
    """Tagged `#flashcards`, holding Anki blocks, or holding several multi-line cards: a
    vault whose plugin takes decks from folders tags no card ("Flashcards/rock cycle.md")."""
    return (
        any(t.casefold().split("/", 1)[0] == "flashcards" for t in tags)
        or bool(_DECK_TAG.search(text))
        or bool(_ANKI_BLOCK.search(text))
        or len(_MULTILINE_CARD.findall(text)) >= MIN_UNTAGGED_CARDS
    )


# "compaction definition" / "?" / "continued compression of buried sediments ...".
_MULTILINE_CARD = re.compile(r"^[^\n]*\w[^\n]*\n\?\??[ \t]*\n[ \t]*\S", re.M)
MIN_UNTAGGED_CARDS = 2


def _plain(markdown: str) -> str:
    """The visible text of a short Markdown fragment (code and emphasis unwrapped)."""
    doc = parse(markdown)
    parts: list[str] = []
    pending = list(reversed(doc.blocks))
    while pending:
        block = pending.pop()
        if block.inline is not None and block.kind in ("paragraph", "heading"):
            parts.append(" ".join(block.inline.text.split()))
        elif block.kind == "code":
            parts.append(" ".join(block.code.split()))
        pending.extend(reversed(block.children))
    out = ""
    for part in (p for p in parts if p):
        # Sentences (and lines ending in a comma) run on; list entries ("Физический",
        # "Канальный") are separated.
        out = (
            f"{out}{' ' if out.endswith(('.', '!', '?', ';', ':', ',')) else '; '}{part}"
            if out
            else part
        )
    return out


def _card_tags(line: str) -> tuple[str, tuple[str, ...]]:
    """A card's own `#flashcards/deck` tags, taken out of its text."""
    found = tuple(m.group(0).lstrip("#") for m in _DECK_TAG.finditer(line))
    return _DECK_TAG.sub("", line).strip(), decks_of(found)


class _Scanner:
    def __init__(self, lines: list[str], decks: tuple[str, ...]) -> None:
        self.lines = lines
        self.decks = decks
        self.used: set[int] = set()  # 0-based indexes of lines flashcards consumed
        self.cards: list[Flashcard] = []
        self.headings: list[tuple[int, str]] = []
        # Cards written between `---` rules: an answer runs over blank lines to the rule.
        self.ruled = sum(1 for line in lines if _RULE.match(line)) >= 2
        self.anki_deck: tuple[str, ...] = ()

    def section(self) -> tuple[str, ...]:
        return tuple(title for _, title in self.headings)

    def add(
        self, kind: str, question: str, answer: str, index: int, decks: tuple[str, ...]
    ) -> None:
        q, a = _plain(question).replace(_HOLE, BLANK), _plain(answer)
        if q and a:
            self.cards.append(
                Flashcard(
                    kind=kind,
                    question=q,
                    answer=a,
                    line=index + 1,
                    section=self.section(),
                    decks=decks or self.decks,
                )
            )

    def run(self) -> None:
        fence = ""
        for index, raw in enumerate(self.lines):
            m = _FENCE.match(raw)
            if fence:
                if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                    fence = ""
                continue
            if m:
                fence = m.group(1)
                continue
            heading = _HEADING.match(raw)
            if heading:
                level = len(heading.group(1))
                self.headings = [(lv, t) for lv, t in self.headings if lv < level]
                self.headings.append((level, _plain(heading.group(2)) or heading.group(2)))
                continue
            if index in self.used:
                continue
            if raw.strip() == "START" and self.anki(index):
                continue
            deck = _ANKI_DECK.match(raw.strip())
            if deck:
                self.used.add(index)
                parts = [p.strip() for p in deck.group(1).split("::") if p.strip()]
                self.anki_deck = ("/".join(parts),) if parts else ()
                if index + 1 < len(self.lines) and _ANKI_TAIL.match(self.lines[index + 1]):
                    self.used.add(index + 1)  # the deck's `Tags:` line
                continue
            self.line(index, raw)

    def line(self, index: int, raw: str) -> None:
        stripped = raw.strip()
        if stripped in ("?", "??"):
            self.multiline(index, reversed_=stripped == "??")
            return
        text, decks = _card_tags(stripped)
        if not text or text.startswith(("#", "|", ">")):
            return  # tags, table rows and quotes hold no flashcards
        for pattern, both in _SEPARATORS:
            m = pattern.match(text)
            if m and m.group("q").strip() and m.group("a").strip():
                self.used.add(index)
                self.add("flashcard", m.group("q"), m.group("a"), index, decks)
                if both:
                    self.add("flashcard", m.group("a"), m.group("q"), index, decks)
                return
        self.cloze(index, text, decks)

    def multiline(self, index: int, reversed_: bool) -> None:
        start = index
        while start > 0 and self.lines[start - 1].strip() and (start - 1) not in self.used:
            if _HEADING.match(self.lines[start - 1]):
                break
            start -= 1
        end = index + 1
        while end < len(self.lines) and self.lines[end].strip():
            end += 1
        if self.ruled:
            end = self.to_rule(index + 1, end)
        question = "\n".join(self.lines[start:index])
        answer_lines = self.lines[index + 1 : end]
        if not question.strip() or not answer_lines:
            return
        # Answer lines are one answer: a numbered list reads "Физический; Канальный; ...".
        answer = "\n\n".join(_ITEM.sub("", line) for line in answer_lines)
        self.used.update(range(start, end))
        q_text, decks = _card_tags(question)
        self.add("flashcard", q_text, answer, start, decks)
        if reversed_:
            self.add("flashcard", answer, q_text, start, decks)

    def to_rule(self, start: int, end: int) -> int:
        return _to_rule(self.lines, start, end)

    def anki(self, index: int) -> bool:
        """An Obsidian_to_Anki block: `START`, the note type, the front, `Back:`, `END`."""
        stop = next(
            (j for j in range(index + 1, len(self.lines)) if self.lines[j].strip() == "END"), -1
        )
        if stop < 0:
            return False
        body = self.lines[index + 2 : stop]  # the line after START names the note type
        back = next((i for i, line in enumerate(body) if line.startswith("Back:")), -1)
        if back < 0:
            return False
        tail = next((i for i, line in enumerate(body) if _ANKI_TAIL.match(line)), len(body))
        front = "\n".join(body[:back])
        answer = "\n".join(body[back:tail] if tail > back else body[back:])
        self.used.update(range(index, stop + 1))
        self.add(
            "flashcard",
            _ANKI_FIELD.sub("", front.strip()),
            _ANKI_FIELD.sub("", answer.strip()),
            index,
            self.anki_deck,
        )
        return True

    def cloze(self, index: int, text: str, decks: tuple[str, ...]) -> None:
        spans = sorted(
            (m.start(), m.end(), m.group(1))
            for pattern in _CLOZES
            for m in pattern.finditer(text)
            if not _names_a_term(text, m.start(), m.end())
        )
        if not spans:
            return
        self.used.add(index)
        for start, end, hidden in spans:
            shown = text[:start] + _HOLE + text[end:]
            for _, _, other in (s for s in spans if s[0] != start):
                shown = shown.replace(f"=={other}==", other).replace(f"{{{{{other}}}}}", other)
                shown = shown.replace(f"**{other}**", other)
            context = re.findall(r"[^\W_]+", _plain(shown.replace(_HOLE, " ")))
            if len(context) >= MIN_CLOZE_CONTEXT_WORDS:
                self.add("cloze", shown, hidden, index, decks)  # never a bare "____"


def _to_rule(lines: list[str], start: int, end: int) -> int:
    """Where an answer starting at `start` ends in a ruled note: at the next rule or heading
    outside code, if one comes before another card's `?`; else at `end`."""
    j = start
    fence = ""
    while j < len(lines):
        opened = _FENCE.match(lines[j])
        if fence or opened:
            # Code in an answer is part of it (its blank lines and `---` too).
            if opened and not fence:
                fence = opened.group(1)
            elif opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = ""
            j += 1
            continue
        stripped = lines[j].strip()
        if _RULE.match(lines[j]) or _HEADING.match(lines[j]):
            while j > start and not lines[j - 1].strip():
                j -= 1
            return j
        if stripped in ("?", "??") or _SINGLE.match(stripped):
            return end
        j += 1
    return end


def _names_a_term(text: str, start: int, end: int) -> bool:
    """`**TCP** (…) — definition`: bold opening a glossary line names the term, hides nothing."""
    return not _ITEM.sub("", text[:start]).strip() and bool(_TERM_AFTER.match(text[end:]))


def extract(text: str, decks: tuple[str, ...]) -> tuple[list[Flashcard], set[int]]:
    """The flashcards of a flashcard note and the (0-based) lines they use."""
    scanner = _Scanner(text.split("\n"), decks)
    scanner.run()
    return scanner.cards, scanner.used
