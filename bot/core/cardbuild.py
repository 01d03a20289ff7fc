"""Cards from a note's block tree: the note itself, headings with prose (nested by level),
section words joined to the card above, and the note's own card when none is named so. Each
section's blocks go on to `cardblocks.py`, its lists to `cardlists.py`."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core import (
    asking,
    blocks,
    cardgroups,
    labels,
    opennames,
    paraheads,
    reshape,
    restructure,
    sections,
    titles,
)
from bot.core.carddefine import DefiningBuilder
from bot.core.drafts import (
    Draft,
    freeze_all,
    topic_tags,
    without_repeated_mentions,
)
from bot.core.markdown import Block
from bot.core.models import Card, CardKind, ContentWarning, Detail
from bot.core.text import Nominative, words

# "Hückel's Rule", "Kohlrausch's Law", "закон Ома": a law, rule or effect named after someone.
_EPONYM = re.compile(
    r"[A-ZА-ЯЁ][\w-]+['’]s\s+(?:[A-Z]\w+\s+)?(?:Rule|Law|Principle|Theorem|Effect|Equation|"
    r"Reaction|Reagent|Test|Method|Hypothesis|Paradox|Constant|Process|Synthesis)s?"
    r"|(?:[Зз]акон|[Пп]равило|[Пп]ринцип|[Тт]еорема|[Ээ]ффект|[Уу]равнение|[Рр]еакция)"
    r"\s+[А-ЯЁ][\w-]+",
)
MAX_MAKER_WORDS = 2
_MAKER_WORD = re.compile(r"[A-Z][A-Za-z]*")  # "Amazon", "AWS", "Google"
MAX_WIDER_WORDS = 3  # words a note's opening heading may add to its name and still title it


class NoteBuilder(DefiningBuilder):
    def __init__(
        self,
        source: str,
        note: str,
        title: str,
        topics: tuple[str, ...],
        names: set[str],
        nominative: Nominative,
    ) -> None:
        self.source = source
        self.nominative = nominative
        self.note = note
        self.title = title
        self.names = names  # the note's own names (title, its bracketed alias, aliases)
        self.topics = topics
        self.drafts: list[Draft] = []
        self.warnings: list[ContentWarning] = []
        self.note_card: Draft | None = None
        self.deep_warned = False
        self.note_aliases: list[str] = []
        self.glossary: set[int] = set()  # lines of the section's `Term - def` paragraphs
        self.list_heads: dict[int, str] = {}  # lines naming the list right below them
        self.dash_habit = ""  # how the note writes terms as `Name - definition` lines
        self.small = False  # the note starts its lines, names too, in small letters
        self.entry_texts: dict[int, Block] = {}  # text between numbered entries: their list
        self.opening: titles.Heading | None = None  # a heading over the whole note
        self.subheadings = 0  # headings under that one
        # Headings with no card of their own yet, by level: (heading, line, path, parent).
        self.bare: dict[int, cardgroups.Bare] = {}
        self.unmade: list[cardgroups.Bare] = []  # every heading left without a card, in order

    # --- sections -----------------------------------------------------------------------
    def run(self, tree: list[Block]) -> None:
        self.dash_habit = reshape.dash_habit(tree)
        self.small = restructure.writes_small(tree)
        parts = blocks.split_sections(tree)
        stack: list[tuple[int, str, Draft | None]] = []
        # "## Вопрос: JOIN виды" with nothing under it, then "## Простой ответ", "## Ответ"
        # at its level: those sections answer it. (level, line, heading, its card once made)
        asked: tuple[int, int, titles.Heading, Draft | None] | None = None
        # "# Уровни изоляции и аномалии" opening 12_уровни_изоляции.md: the note's title.
        opens = not parts[0][1]
        heads = [head for head, _ in parts if head is not None]
        if opens and heads and sum(h.level <= heads[0].level for h in heads) == 1:
            # "# Типы БД" over all of 21_виды_бд.md: what its card is called when none is.
            self.opening = titles.heading(blocks.titled(heads[0].inline))
            self.subheadings = len(heads) - 1
        for index, (head, body) in enumerate(parts):
            if head is None:
                titled = paraheads.bold_title(body)
                if titled is not None and index == 0:
                    # "**Разница между брокером сообщений и Pub/Sub**" opening a note with no
                    # heading: its title, as a first heading would be.
                    self.spell(titles.heading(titled))
                    body = body[1:]
                self.section(None, body, (), parent=None, note_level=True, line=1)
                continue
            info = self.unlabelled(titles.heading(blocks.titled(head.inline)))
            named = next((a for a in info.after_label if self._names_note(a)), None)
            if named is not None and index <= 1 and not stack and not self._names_note(info.title):
                # "# Kubernetes – Service" in Service.md: the subject, then the note's name
                # ("# UDP — User Datagram Protocol" in UDP.md names it first).
                info = replace(info, title=named, after_label=(info.title,))
            while stack and stack[-1][0] >= head.level:
                stack.pop()
            if (
                info.section_word
                and labels.groups_below(info.title)
                and (not stack or self._deeper_next(parts, index, head.level))
            ):
                # "# Theory" over the note's terms, or over "### Docker image": it groups
                # them; "### Теория" under "## RBAC" is the part of RBAC's card it labels.
                info = replace(info, section_word=False)
            path = tuple(t for _, t, _ in stack if t)
            parent = next((d for _, _, d in reversed(stack) if d is not None), self.note_card)
            is_note = (
                index <= 1
                and not stack
                and (
                    self._names_note(info.title)
                    # "### Symmetric Encryption" is one of the kinds in Encryption.md.
                    or (self.opening is not None and self._widens_note(info.title))
                )
            )
            if is_note:
                self.note_aliases.extend(info.aliases)  # "# NTP (Network Time Protocol)"
            if (
                info.question
                and not is_note
                and (
                    self._names_note(info.title)
                    or self._shortens_note(info.title)
                    or reshape.with_maker(info.title, self.title)
                )
            ):
                # "Зачем нужно каррирование?" in the note Каррирование, "Как работает git
                # fetch?" in the note Fetch: a part of its card.
                info = replace(info, title=info.question.rstrip("?!. "), section_word=True)
            # "##### Service" deep in Service.md, whose card says nothing yet: its definition.
            own = (
                not is_note
                and not info.section_word
                and self.note_card is not None
                and not self.note_card.definition
                and self._names_note(info.title)
            )
            if own:
                info = replace(info, title="", section_word=True)
            if info.section_word or not info.title:
                target = self.note_card if own else parent or self.note_card
                # "# Инструкция" / "### Содержание" of links alone: no card to make.
                grouped = (
                    self.grouping(stack, head.level, info) if sections.says_more(body) else None
                )
                own = own or grouped is not None
                target = grouped or target
                if asked is not None and asked[0] == head.level and info.section_word:
                    level, at, question, made = asked
                    target = made or self.asked_card(question, at, path, parent)
                    asked = (level, at, question, target)
                self.attach(target, info, body, path, head.line, defining=own)
                stack.append((head.level, "" if is_note else info.title, target))
                continue
            if is_note:
                self.spell(info)
            draft = self.section(
                info, body, path, parent=parent, note_level=is_note, line=head.line
            )
            self.spelled_out(stack, draft)
            stack.append((head.level, "" if is_note else info.title, draft))
            if draft is None and not is_note:
                self.bare[head.level] = (info, head.line, path, parent)
                self.unmade.append((info, head.line, path, parent))
            empty = draft is None and not sections.has_text(body)
            asked = (head.level, head.line, info, None) if empty else None

    def spelled_out(self, stack: list[tuple[int, str, Draft | None]], draft: Draft | None) -> None:
        """`## YAGNI` with nothing under it but `### You are not gonna need it / Вам это не
        понадобится`: the card is YAGNI's, the heading under it spells it out."""
        if draft is None or not stack or stack[-1][2] is not None:
            return
        level, title, _ = stack[-1]
        bare = self.bare.get(level)
        if (
            bare is None
            or bare[0].title != title
            or not opennames.initials_spell(title, draft.title)
        ):
            return
        del self.bare[level]
        self.unmade = [u for u in self.unmade if u[0] is not bare[0]]
        names = [n.strip() for n in draft.title.split(" / ") if n.strip()]
        draft.aliases[:0] = [n for n in names if n not in draft.aliases]
        draft.title = title
        if draft.section and draft.section[-1] == title:
            draft.section = draft.section[:-1]  # its own heading is no section it sits in

    @staticmethod
    def _deeper_next(
        parts: list[tuple[Block | None, list[Block]]], index: int, level: int
    ) -> bool:
        """The next heading after `parts[index]` is a subheading of it."""
        after = next((h.level for h, _ in parts[index + 1 :] if h is not None), 0)
        return after > level

    def grouping(
        self, stack: list[tuple[int, str, Draft | None]], level: int, info: titles.Heading
    ) -> Draft | None:
        """`## Метод (.setdefault)` with nothing but `### Для словарей` under it: a section
        word or qualifier below a bare heading makes that heading's card and says what it is."""
        if not info.section_word or not stack or stack[-1][2] is not None:
            return None
        above, title, _ = stack[-1]
        bare = self.bare.pop(above, None)
        if bare is None or above >= level or bare[0].title != title:
            return None
        heading, line, path, parent = bare
        # "## context" / "### Зачем нужен context?" may have made its card already.
        made = next(
            (d for d in self.drafts if d.title == heading.title and d.parent is parent), None
        )
        card = made or self.asked_card(heading, line, path, parent)
        stack[-1] = (above, title, card)
        return card

    def unlabelled(self, info: titles.Heading) -> titles.Heading:
        """ "Понятие несмещенности оценки", "Определение двумерной функции распределения":
        the name after the label, in the nominative ("Несмещенность оценки")."""
        labelled = _GENITIVE_LABEL.match(info.title)
        if labelled is None:
            return info
        rest = labelled.group(1)
        named = self.nominative(rest, "gent", "")
        if named == rest:
            return info
        return replace(info, title=named[:1].upper() + named[1:])

    def spell(self, info: titles.Heading) -> None:
        """`# Git` in git.md: the heading spells the note's name as its author writes it. A
        heading of another name (`# Handling Side Effects with useEffect` in UseEffect.md)
        titles the note, and the file's name stays one of its names."""
        renamed = not self._names_note(info.title)
        if renamed:
            self.names.add(blocks.name_key(info.title))
        if info.aliases or (" " not in info.title and titles.unnumbered(info.title) != info.title):
            # "# NTP (Network Time Protocol)", or `# L-01-4-Модули-ядра`: the file's name reads
            # better; the heading is another name.
            if renamed:
                self.note_aliases.extend((info.title, *info.aliases))
            return
        if renamed:
            self.note_aliases.append(self.title)
        self.title = info.title

    def habit_lines(self, body: list[Block], names: set[str], *, headed: bool) -> set[int]:
        """The section's `Name - definition` lines that are terms by the note's habit."""
        if self.dash_habit:
            habit = reshape.dashed_lines(body, names, copula=self.dash_habit == "copula")
        elif headed:
            # A note's own lines, before any heading, may define it by another name.
            habit = reshape.defining_lines(body, names)
        else:
            return set()
        if headed and body and body[0].kind == "paragraph":
            # "# Except" / "Разность двух множеств - множество, ...": the heading's own first
            # line says what it is, under the name the author knows it by.
            habit.discard(body[0].line)
        return habit

    def asked_card(
        self, info: titles.Heading, line: int, path: tuple[str, ...], parent: Draft | None
    ) -> Draft:
        """The card of a heading with nothing under it, made for the answer or the part
        below it."""
        if self._names_note(info.title) and self.note_card is None:
            self.note_card = self.new(self.title, line, (), kind=CardKind.TOPIC)
            return self.note_card
        return self.new(
            info.title,
            line,
            path,
            parent=parent,
            kind=CardKind.TOPIC,
            aliases=list(info.aliases),
        )

    def own_card(self, line: int) -> Draft | None:
        """The note's own card for a definition its top-level list gives ("- **Классическое
        определение:** ..." in a note with no heading), made if there is none yet."""
        if self.note_card is None and not any(self._names_note(d.title) for d in self.drafts):
            self.note_card = self.new(self.title, line, (), kind=CardKind.TOPIC)
        return self.note_card

    def _names_note(self, title: str) -> bool:
        return blocks.name_key(title) in self.names

    def _named_too(
        self, card: Draft, info: titles.Heading, note_level: bool, body: list[Block]
    ) -> None:
        """The heading's other names and the question it asks, on its card, and the command
        that is all it holds ("`pip freeze > [файл].txt`")."""
        command = sections.command_name(sections.code_line(body))
        if command and command not in card.aliases:
            card.aliases.append(command)
        card.keywords.extend(info.after_label)
        # "## Aromaticity — Hückel's Rule": a law named after someone is a name of what the
        # section explains, not a remark on it.
        card.aliases.extend(
            a for a in info.after_label if _EPONYM.fullmatch(a) and a not in card.aliases
        )
        if not note_level and self.drafts[0] is not card:
            # "## Loose Objects and Packfiles": named by each thing it holds as well (a
            # note's opening heading stays whole: "# Образы и слои" is about both together).
            card.aliases.extend(p for p in info.parts if p not in card.aliases)
        if info.question and not card.question:
            card.question = info.question

    def _shortens_note(self, title: str) -> bool:
        """ "What is DynamoDB?" in the note Amazon DynamoDB: the note's name without the
        word or two of the maker it opens with."""
        own, said = words(self.title), words(title)
        if not said or not 0 < len(own) - len(said) <= MAX_MAKER_WORDS:
            return False
        maker = self.title.split()[: len(own) - len(said)]
        return own[-len(said) :] == said and all(_MAKER_WORD.fullmatch(w) for w in maker)

    def _widens_note(self, title: str) -> bool:
        """The heading holds every word of the note's name and a few more."""
        own, said = words(self.title), words(title)
        return bool(own) and set(own) <= set(said) and len(said) <= len(own) + MAX_WIDER_WORDS

    def section(
        self,
        info: titles.Heading | None,
        body: list[Block],
        path: tuple[str, ...],
        *,
        parent: Draft | None,
        note_level: bool,
        line: int,
    ) -> Draft | None:
        """One heading's blocks (or the note's preamble); returns the heading's card."""
        own_path = path if note_level or info is None else (*path, info.title)
        body, mapped = blocks.drop_maps(body)
        # "### Sandbox Environment (Песочница)" / "**Песочница** — это ...": its definition.
        named_as = (info.title, *info.aliases) if info else ()
        names = self.names if note_level else {blocks.name_key(n) for n in named_as}
        body = sections.restating(body, names)
        # "UDP – ..." in the answer to "Чем отличается TCP от UDP?": UDP's own card.
        compared = asking.compared_with(info.question) if info is not None else ""
        # "### Аутентификация, идентификация, авторизация" / "Идентификация — процесс ...":
        # each of the things the heading lists, where the section says what it is.
        listed = {blocks.name_key(p) for p in info.parts} if info is not None else set()
        parts = reshape.named_lines(body, listed - {""})
        # "### ValueTuple и деконструкция" / "ValueTuple — ...": one of two, the heading's.
        parts = parts if len(parts) >= MIN_LISTED_DEFINED else set()
        self.glossary = (
            reshape.plain_glossary(body, names, small=self.small)
            | reshape.named_lines(body, {blocks.name_key(compared)} - {""})
            | parts
        )
        self.glossary |= self.habit_lines(body, names, headed=info is not None)
        self.glossary |= reshape.comparing_lines(body) | reshape.foreign_named_lines(body, names)
        self.list_heads = restructure.list_heads(body, small=self.small)
        self.entry_texts = sections.entry_texts(body)
        # "Образ - шаблон ...\nКонтейнер - ..." right under a heading: a term per line, not
        # what the heading is.
        skip = self.glossary | set(self.list_heads) | set(self.entry_texts) | _glossaries(body)
        # "aka MUFA" under the heading: other names, then the paragraph defining it.
        known = sections.known_as(body)
        skip |= {known[0]} if known is not None else set()
        # The section defines the things its heading lists, not the list.
        lead = sections.lead(body, names, skip) if not parts else None
        card: Draft | None = None
        # A heading naming the note makes its card even over a table or a list alone.
        named = info is not None and any(b.kind != "rule" for b in body)
        # A note that is one comparison table ("CommonJS (CJS) vs ES6 Modules (ESM).md"): its
        # card. A table of terms gives their cards, and the note's card lists them.
        named = named or (info is None and any(sections.compares(b) for b in body))
        # sample-dockerfile.md of one code block: the note is found by its name.
        named = named or (info is None and not self.drafts and sections.only_code(body))
        if note_level and (lead is not None or self.note_card is not None or named):
            kind = CardKind.TERM if lead is not None else CardKind.TOPIC
            card = self.note_card or self.new(self.title, line, (), kind=kind)
            self.note_card = card
            if lead is None and info is not None and not card.definition:
                self.note_by_points(card, info, body)
        elif info is not None and lead is not None:
            card = self.new(info.title, line, path, parent=parent, aliases=list(info.aliases))
        elif info is not None and (fielded := sections.field_lines(body)) is not None:
            # "## Эквивалентное разбиение" / "**Тип:** ...  **Описание:** ...": a record of it.
            lead, fields = fielded
            card = self.new(info.title, line, path, parent=parent, aliases=list(info.aliases))
            self.record(card, lead, fields)
        elif info is not None and (about := self.about(info.title, body, info.aliases)):
            # `### Page Fault` over plain bullets that speak of it: the first says what it is.
            card = self.new(info.title, line, path, parent=parent, aliases=list(info.aliases))
            self.by_points(card, info, about, asked=False)
        elif info is not None and (
            sections.has_material(body)
            or self.list_heads
            or sections.defined_by_first_item(body)
            or sections.images_only(body)
            or sections.plain_points(body)
            or (sections.one_list(body) and labels.names_thing(info.title))
            or sections.code_line(body)
            # "# Oligodendroglia" over a picture and "- aka oligodendrocytes".
            or known is not None
        ):
            # Code, a table, steps, or named lists ("Vertical Scaling" / "- ...") under it.
            card = self.new(
                info.title,
                line,
                path,
                parent=parent,
                kind=CardKind.TOPIC,
                aliases=list(info.aliases),
            )
            _show_pictures(card, body)
        if card is None and info is not None and info.said:
            card = self.new(info.title, line, path, parent=parent, aliases=list(info.aliases))
        if card is not None and info is not None and info.said and not card.definition:
            card.definition = info.said
            card.kind = CardKind.TERM
        if card is None and note_level and self.note_card is None:
            described = sections.describing_list(body)
            if described is not None:
                return self.described(described, body, line)
        if card is not None and info is not None:
            self._named_too(card, info, note_level, body)
        if card is not None and known is not None:
            card.aliases.extend(n for n in known[1] if n not in card.aliases)
        if card is not None and lead is not None and not card.definition:
            self.define(card, lead)
        self.blocks(body, own_path, card, skip=lead)
        _link(card, mapped)
        if card is not None and lead is None and card.definition:
            said = {card.definition, *card.aliases}
            card.details = [d for d in card.details if d.text not in said]
            card.items = [i for i in card.items if i not in said]
        return card

    def described(
        self,
        listing: Block,
        body: list[Block],
        line: int,
        card: Draft | None = None,
        path: tuple[str, ...] = (),
    ) -> Draft:
        """The note's card from a list that describes it: the first entry is the definition,
        the others its details (no term cards from its `X: y` entries)."""
        if card is None:
            card = self.note_card = self.new(self.title, line, ())
        card.kind = CardKind.TERM
        entries = [i for i in listing.children if i.kind == "item" and i.task is None]
        first = blocks.first_inline(entries[0])
        card.definition = blocks.visible(first)
        for entry in entries[1:]:
            self.collect(entry, card, 0)
        for nested in entries[0].children[1:]:
            self.block(nested, path, card, 1)
        self.blocks([b for b in body if b is not listing], path, card, skip=None)
        return card

    def attach(
        self,
        target: Draft | None,
        info: titles.Heading,
        body: list[Block],
        path: tuple[str, ...],
        line: int,
        defining: bool = False,
    ) -> None:
        """A section-word heading (`Пример`, `Определение`): its blocks belong to the card
        above it; a defining one (`Определение`) may give that card its definition."""
        # "# Parts of Speech / Части речи" / "## Что это такое?" / "**Части речи** — это":
        # the line naming the card above by any of its names defines it.
        names = self.names if target is self.note_card else set()
        if target is not None:
            names = names | {blocks.name_key(n) for n in (target.title, *target.aliases)}
        # "## Общие сведения" / "==Параметры== — ...\n==Аргумент==ы — ...": terms, each.
        glossaries = _glossaries(body)
        lead = sections.lead(body, names, glossaries)
        defining = defining or titles.defining(info.title) or asking.asks_what(info.title)
        # "## Простой ответ" opening with a bullet: the bullet answers, not a later paragraph.
        listing = sections.describing_list(body, least=1) if defining else None
        if listing is None and lead is None and defining:
            listing = sections.describing_list(body)
        # "## Зачем нужен" with a plain list under the note's title: that list says what it is.
        if listing is not None and (target is None or not target.definition):
            self.described(listing, body, line, target, path)
            return
        if target is None and lead is not None and defining:
            target = self.note_card = self.new(self.title, line, ())
        stated = lead is None and listing is None and titles.defining(info.title)
        opening = next((b for b in sections.shown(body) if b.kind == "paragraph"), None)
        if opening is not None and opening.line in glossaries:
            stated = False
        if stated and opening is not None:
            # "## Что такое" / "Исключение (exception) – событие, ...": the term's own card.
            stated = self.other_term(target or self.note_card, opening) is None
        said = sections.statement(body) if stated else ""
        if said:
            # "## Definition" of a formula and the letters in it: all of it defines.
            if target is None:
                target = self.note_card = self.new(self.title, line, ())
            if not target.definition:
                target.definition = said
                target.kind = CardKind.TERM
                target.aliases.extend(
                    a
                    for a in opennames.named_before(target.title, said)
                    if a not in target.aliases
                )
                return
        material = sections.has_material(body) or not self.drafts
        if target is None and material and sections.says_more(body):
            # "# Service Discovery" / "## Зачем" opening the note: what it holds is its card's.
            # A table of contents ("### Содержание" of links) is no matter of it.
            target = self.note_card = self.new(self.title, line, (), kind=CardKind.TOPIC)
        if target is not None and lead is not None and not target.definition and defining:
            other = self.other_term(target, lead)
            if other is not None:
                # "## Что такое" / "Коллекции – объекты, ..." in "06 Массив и лист": a term
                # of its own under the card, which stays a topic.
                self.term_card(other, lead, path, target)
                target.kind = CardKind.TOPIC
            else:
                self.define(target, lead)
                target.kind = CardKind.TERM
            self.blocks(body, path, target, skip=lead)
            return
        if target is not None and info.title and sections.has_text(body):
            # "## Ответ" over its subsections alone labels nothing of its own.
            target.details.append(Detail(text=f"{info.title}:"))
        self.blocks(body, path, target, skip=None, depth=1 if info.title else 0)

    # --- result -------------------------------------------------------------------------
    def cards(self, tags: tuple[str, ...]) -> tuple[Card, ...]:
        if self.note_card is None and not any(self._names_note(d.title) for d in self.drafts):
            self.note_card = cardgroups.gather_note(
                self.drafts, self.title, self.opening, self.subheadings
            )
        cardgroups.gather_headings(self.drafts, self.unmade)
        without_repeated_mentions(self.drafts)
        for draft in self.drafts:
            if draft.kind is CardKind.TERM:
                draft.aliases.extend(
                    a
                    for a in (
                        *opennames.sign_meaning(draft.title, draft.definition),
                        *opennames.eponym(draft.definition),
                    )
                    if a not in draft.aliases
                )
            if draft.kind is not CardKind.FACT:
                draft.aliases.extend(
                    a for a in opennames.within_title(draft.title) if a not in draft.aliases
                )
        note = self.note_card
        if note is not None and not note.definition and not note.items:
            # "# Уровни изоляции" over a glossary: the note lists the terms it holds.
            note.items.extend(
                d.title for d in self.drafts if d.parent is note and d.kind is CardKind.TERM
            )
        topics = tuple(dict.fromkeys((*self.topics, *topic_tags(tags))))
        return freeze_all(self.drafts, self.note, self.source, topics)


# "Понятие несмещенности оценки": a label, then the name in the genitive.
_GENITIVE_LABEL = re.compile(r"^(?:понятие|определение)\s+([^\W\d_][^:]*)$", re.I)


MIN_LISTED_DEFINED = 2


def _link(card: Draft | None, notes: list[str]) -> None:
    """The notes a section's map of links points to, kept with its card."""
    if card is not None:
        card.wikilinks.extend(notes)


def _glossaries(body: list[Block]) -> set[int]:
    """ "Образ - шаблон ...\nКонтейнер - ..." paragraphs: a term per line, not what the
    heading above is."""
    return {
        b.line
        for b in body
        if b.kind == "paragraph" and b.inline is not None and reshape.glossary_lines(b.inline)
    }


def _show_pictures(card: Draft, body: list[Block]) -> None:
    """ "# Sampling bias" over a screenshot alone: the notes name it, and the answer says
    which picture holds it."""
    card.details.extend(Detail(text=f"🖼 {name}", depth=0) for name in sections.images_only(body))
