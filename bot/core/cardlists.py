"""Cards from a note's lists: glossary bullets (`**Term** — def`) with their sub-items,
labels over bullets (`Скользящее окно:`), headings kept inside bullets, and every other line
under an item kept as a detail of its card. The section builder (`cardbuild.py`) hands its
lists here; a list item's own paragraphs, code and tables go back to it through `block`."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from functools import cache

from bot.core import (
    altnames,
    blocks,
    copulas,
    definitions,
    items,
    labels,
    namings,
    obsidian,
    prosenames,
    reshape,
    sections,
    terms,
    titles,
)
from bot.core.drafts import Draft
from bot.core.lexicon import translations
from bot.core.markdown import Block, Inline
from bot.core.models import CardKind, ContentWarning, Detail
from bot.core.termmarks import Term
from bot.core.text import CYRILLIC_LETTER, Nominative, fold

MIN_SHARED_STEM = 5  # "несмещённая" and "несмещенности" share "несмещ"
MAX_WIDER_TITLE_WORDS = 2


def same_words(name: str, title: str) -> bool:
    """Every word of `name` starts like a word of `title` ("несмещённая оценка" in
    "Понятие несмещенности оценки")."""
    said = [fold(w) for w in name.split()]
    own = [fold(w) for w in title.split()]
    if len(own) > len(said) + MAX_WIDER_TITLE_WORDS:
        return False  # "Статистические гипотезы. Основные определения: ...": a whole lecture
    return bool(said) and all(
        any(w[:MIN_SHARED_STEM] == o[:MIN_SHARED_STEM] and min(len(w), len(o)) >= 3 for o in own)
        for w in said
    )


MAX_ITEM_LABEL_WORDS = 4  # "4. TOAST:" over its bullets names a part of the card above
_MAX_DEPTH = 64  # list nesting the card builder follows; deeper levels are flattened


@cache
def _said_across() -> dict[str, frozenset[str]]:
    """A word as written → the words naming it in the other language (`lexicon`)."""
    return translations(lambda word: word)


# A term's definition opening with its other name in brackets, and what may stand between
# that bracket and what the term is ("(pp amplitude) ↔ twice the amplitude").
_OPENING_BRACKET = re.compile(r"^\(([^()\n]{1,40})\)")
_AFTER_BRACKET = re.compile(r"^[\s,:—–↔→⇒]*(?:->|=>|-(?=\s))?\s*")
# The cases a name may be written in, most likely first.
_OBLIQUE_CASES = ("gent", "datv", "ablt", "loct")


def _marked_terms(children: list[Block]) -> bool:
    """Most bullets name a term in bold or code, then say what it is ("**Acme**: ...")."""
    marked = [
        (inline := blocks.first_inline(c)) is not None
        and (term := terms.term_of(inline, top=False)) is not None
        and term.strong
        for c in children
    ]
    return 2 * sum(marked) > len(marked)


class ListBuilder(ABC):
    source: str
    note: str  # the note's path in the vault, without ".md"
    drafts: list[Draft]
    warnings: list[ContentWarning]
    deep_warned: bool
    # A name the prose writes in a case ("широковещательным штормом", "ablt") in its own.
    nominative: Nominative

    @abstractmethod
    def own_card(self, line: int) -> Draft | None:
        """The note's own card, made at `line` if there is none yet, when it may be."""

    @abstractmethod
    def _names_note(self, title: str) -> bool:
        """`title` is one of the note's own names: its card is what the whole note is about."""

    def warn(self, line: int, message: str) -> None:
        self.warnings.append(ContentWarning(source=self.source, line=line, message=message))

    def new(self, title: str, line: int, section: tuple[str, ...], **kw: object) -> Draft:
        draft = Draft(title=title, line=line, section=section, **kw)  # type: ignore[arg-type]
        self.drafts.append(draft)
        return draft

    def introduce(
        self,
        inline: Inline,
        line: int,
        section: tuple[str, ...],
        card: Draft,
        own: frozenset[str] = frozenset(),
    ) -> None:
        """Cards of the terms a text introduces ("are called **zombies**", "**Оффсет**
        (Offset) – это ..."), but none of `own` names."""
        made = {blocks.name_key(card.title), *own}
        for name, said, subject in namings.introduced(inline):
            head, aliases, _ = altnames.split_aliases(name)
            if subject is not None:
                # "этот ряд называется **вариационным**": "вариационный ряд".
                head = self.nominative(head, "ablt", subject)
            key = blocks.name_key(head)
            made.add(key)
            if (
                subject is not None
                and namings.points_back(subject)
                and self._names_note(card.title)
            ):
                # "Эту формулу называют *формулой полной вероятности*" under "Law of Total
                # Probability": the name of what the section has just shown, its own.
                card.aliases.extend(n for n in (head, *aliases) if n not in card.aliases)
                continue
            if any(reshape.same_name(key, name) for name in own):
                # "## Least Upper Bounds" / "is called a **least upper bound** (or
                # **supremum**)": the heading's thing, and its other name. "The **certainty
                # equivalent** is ..." under "Certainty equivalence ...": its other form too.
                forms = aliases if key in own else (head, *aliases)
                card.aliases.extend(a for a in forms if a not in card.aliases)
                continue
            if any(len(a.split()) > 1 and same_words(a, card.title) for a in aliases):
                # "Binary Cross-Entropy (BCE) is a loss function ..." in "Binary
                # Cross-Entropy Loss": the card's own name, spelled out, and its letters.
                card.aliases.extend(n for n in (head, *aliases) if n not in card.aliases)
                continue
            if (
                head.isupper()
                and head in card.title.split()
                and _JOINED.search(card.title) is None
            ):
                # "# Общеязыковая спецификация CLS" / "... CLS (Common Language
                # specification) ...": the letters the card's own name ends with, spelled out.
                card.aliases.extend(n for n in (head, *aliases) if n not in card.aliases)
                continue
            if not own.isdisjoint(_said_across().get(key, ())):
                # "# Heap" / "... **Куча** - это ...": the heading's name in the other language.
                card.aliases.extend(n for n in (head, *aliases) if n not in card.aliases)
                continue
            self.new(
                head,
                line,
                section,
                parent=card,
                definition=said,
                aliases=list(aliases),
                mention=True,
            )
        for named in definitions.named_in_prose(inline.text):
            head, aliases, _ = altnames.split_aliases(named.name)
            aliases = (
                *aliases,
                *(
                    self._in_nominative(a, named.aliases_case, "") if named.aliases_case else a
                    for a in named.aliases
                ),
            )
            name = self._in_nominative(head, named.case, named.subject)
            if name == head and named.case == "ablt" and CYRILLIC_LETTER.match(head):
                continue  # "называется вариационным": no noun to name it by
            key = blocks.name_key(name)
            if key in made:
                continue
            made.add(key)
            if (
                named.other_name
                or same_words(name, card.title)
                or (namings.points_back(named.subject) and self._names_note(card.title))
            ):
                # "... то оценка называется несмещенной" under "Понятие несмещенности
                # оценки": the card's own idea under another name.
                card.aliases.extend(n for n in (name, *aliases) if n not in card.aliases)
            else:
                self.new(
                    name,
                    line,
                    section,
                    parent=card,
                    definition=named.said,
                    aliases=list(aliases),
                    mention=True,
                )

    def _in_nominative(self, name: str, case: str, subject: str) -> str:
        """A name prose writes in `case` in its dictionary form; in the first oblique case it
        reads as, when the case is not known ("т.н. интринзиков": интринзики)."""
        if case == "nomn":
            return name  # "под названием прикладной": as written, whatever it names
        if case != definitions.ANY_CASE:
            return self.nominative(name, case, subject) if case else name
        for oblique in _OBLIQUE_CASES:
            said = self.nominative(name, oblique, subject)
            if said != name:
                return said
        return name

    @abstractmethod
    def block(self, block: Block, path: tuple[str, ...], card: Draft | None, depth: int) -> None:
        """A paragraph, code block, table or quote inside a list item (the section builder's)."""

    def top_list(
        self, block: Block, path: tuple[str, ...], card: Draft | None, depth: int
    ) -> None:
        # "1. DRY / Don't Repeat Yourself — Не повторяйся!": numbered, yet a glossary.
        glossary = block.ordered and (
            sections.dashed_glossary(block) or items.colon_glossary(block)
        )
        led = items.bold_led_items(block.children)
        stressed = not led and items.stressed_led_items(block.children)
        slips = not led and items.dash_slips(block.children)
        lined = (
            block.split_numbering
            or items.line_headed_items(block.children)
            or items.lone_line_head(block.children)
        )
        # Notes on a topic written as bullets: "- Can scale very easily", "- Cold start" over
        # what it is; a list of groups alone ("- Линейные", "- Нелинейные") is no outline.
        # "- liquidity trap" over "+ everyone prefers cash ...": the same in small letters.
        small = items.small_named_points(block.children)
        outline = (
            any(items.says_something(i) for i in block.children)
            or items.named_points(block.children)
            or small
        )
        for item in block.children:
            if item.kind != "item":
                continue
            inline = blocks.first_inline(item)
            if item.task is not None:
                continue  # a to-do list is a plan, not knowledge: neither terms nor details
            named = item.children[0] if item.children else None
            if named is not None and named.kind == "heading" and named.inline is not None:
                # "* ### Resolvers" over its explanation: a heading kept inside a bullet.
                info = titles.heading(blocks.visible(named.inline))
                if info.title and not info.section_word:
                    self.term_card(
                        Term(title=info.title, definition="", strong=True), item, path, card
                    )
                    continue
            if inline is None:
                if card is not None:
                    self.collect(item, card, depth)
                continue
            term = (
                items.bold_head_term(inline)
                or (
                    items.line_head(inline)
                    if lined and not items.first_line_term(inline)
                    else None
                )
                or terms.term_of(inline, top=True)
                or (items.bold_led(inline) if led else None)
                or (items.stressed_led(inline) if stressed else None)
                or (items.dash_slip(inline) if slips else None)
                or items.copula_term(inline, among_others=len(block.children) > 1)
                or copulas.bold_copula(inline)
                or copulas.named_at_end(inline)
                or namings.called_bold(inline)
                or (items.line_head(inline) if lined else None)
                or items.kind_led(inline)
                # "- Shuffle Hash Join" / "  Сначала два набора ...", among one-line
                # entries: a name on its own line over the sentences saying what it is.
                or (items.line_head(inline) if items.lone_line_head([item]) else None)
                or items.formula_named(inline)
            )
            # "- Problem: convoy effect- ...": the term after the label.
            term = (reshape.labelled_term(term) or term) if term is not None else None
            if term is not None and blocks.annotated_link(inline):
                # "- **[K-12-7-Persistent-Volume-Claims](…)** — …": a link to another note.
                if card is not None:
                    card.wikilinks.extend(inline.wikilinks)
                # "- [[Karst]] - A landscape ...": the entry defines it unless the vault
                # has that note (decided once every note is read).
                heading = card.title if card is not None else (path[-1] if path else "")
                mapping = labels.navigating(heading) or labels.index_note(self.note)
                target = None if mapping else blocks.opening_wikilink(inline)
                entry = self.term_card(term, item, path, card) if target else None
                if entry is not None:
                    entry.points_to = target or ""
                continue
            if term is not None and labels.defining_label(term.title):
                # "- **Классическое определение:** Наука о ...": what the card is, or the
                # note itself when no heading is above.
                owner = card if card is not None or path else self.own_card(item.line)
                if owner is not None and self.defining_label(term, item, owner):
                    continue
            if (
                term is not None
                and (
                    term.strong
                    or not block.ordered
                    or glossary
                    or items.named_entry(term, inline, numbered=True)
                )
                and not labels.is_section_word(term.title)
            ):
                # Numbered lists are steps: "2. Перечитать конфиги: ..." is not a term.
                self.term_card(term, item, path, card)
                continue
            self.plain_item(item, inline, path, card, depth, outline=outline, small=small)

    def plain_item(
        self,
        item: Block,
        inline: Inline,
        path: tuple[str, ...],
        card: Draft | None,
        depth: int,
        *,
        outline: bool = False,
        small: bool = False,
    ) -> None:
        """A bullet that is no term: a detail and list entry of the card above, a label over
        its own bullets, or a fact of its own."""
        text = blocks.visible(inline)
        children = blocks.item_children(item)
        if children and len(inline.wikilinks) == 1 and blocks.only_links(inline):
            # "- [[message-queue]]." over what it is: the linked idea, explained here.
            linked = self.part(text.rstrip(".:").strip(), item, path, card)
            linked.wikilinks.extend(inline.wikilinks)
            return
        label = items.introduced(text.rstrip().removesuffix(":").strip())
        paragraphed = items.named_over_paragraph(item)
        if (
            card is not None
            and (children or paragraphed)
            and (
                text.rstrip().endswith(":")
                or (outline and items.outline_name(altnames.slashed_names(label)[0], small))
                or paragraphed
                or _defined_below(children)
            )
            # "TCP handshake (SYN, SYN-ACK, ACK)": the words in brackets are a remark.
            and len(altnames.split_aliases(altnames.slashed_names(label)[0])[0].split())
            <= MAX_ITEM_LABEL_WORDS
            and labels.names_thing(label)
        ):
            # "4. TOAST:" over its bullets (pasted answers); "- Cold start" over what it
            # is, in an outline of bullets; "- alimentary canal" over "- definition: ...".
            self.part(label, item, path, card, said_first=small)
            return
        if card is not None:
            self.collect(item, card, depth)
            item_name = blocks.item_of(inline, bool(children))
            if item_name:
                card.items.append(item_name)
            plain, led = items.plain_glossary(children), items.bold_led_items(children)
            lined = items.line_headed_items(children)
            for child in children:
                where = (*path, card.title) if path else (card.title,)
                self.sub_cards(child, where, card, plain=plain, led=led, lined=lined)
        elif (children or paragraphed) and text and not blocks.only_links(inline):
            self.part(items.introduced(text.rstrip(":").strip()), item, path, None, small)
        elif blocks.is_fact(text, inline):
            self.fact(text, inline, item.line, path)

    def fact(self, text: str, inline: Inline, line: int, path: tuple[str, ...]) -> None:
        """A statement of the notes as a card of its own, a wrapped one on one line, and the
        terms it introduces ("processed by a *spliceosome*, which cuts ...")."""
        said = self.new(
            " ".join(text.split()), line, path, kind=CardKind.FACT, links=blocks.links_of(inline)
        )
        self.introduce(inline, line, path, said)

    def part(
        self,
        name: str,
        item: Block,
        path: tuple[str, ...],
        card: Draft | None,
        said_first: bool = False,
    ) -> Draft:
        """A bullet naming a part of the card above over its own bullets: a card of that
        name, filled from them, and an entry of the card's list."""
        # "TCP handshake (SYN, SYN-ACK, ACK)": the name, its other names and a remark apart.
        head, aliases, remark = altnames.split_aliases(name)
        if not aliases:
            # "- Synodic month / solar month" over its value.
            head, aliases = altnames.slashed_names(head)
        # "aggregate demand/ aka domestic final demand": the slash before its other name.
        head = head.rstrip("/ ")
        named = self.new(
            head or name, item.line, path, parent=card, kind=CardKind.TOPIC, aliases=list(aliases)
        )
        if remark:
            named.details.append(Detail(text=f"({remark})"))
        self.fill_named(named, item, said_first)
        if card is not None:
            card.items.append(name)
        return named

    def term_card(
        self, term: Term, block: Block, path: tuple[str, ...], parent: Draft | None
    ) -> Draft | None:
        title, aliases, remark = altnames.split_aliases(term.title)
        if not title:
            return None
        asked = titles.heading(term.title) if term.title.endswith("?") else None
        if asked is not None and asked.question and asked.title:
            # "**Что такое Docker?** Docker - это ...": named as such a heading is.
            title, aliases, remark = asked.title, asked.aliases, ""
        definition = obsidian.clean(term.definition)
        described = titles.described_kind(title) if term.strong else None
        if described is not None:
            # "**Endogenous attention: goal-driven attention.**": the name, then what it is.
            title, told = described
            definition = f"{told}. {definition}" if definition else told
        aliases = (*aliases, *term.other_names())
        opening = _OPENING_BRACKET.match(definition)
        if opening is not None and not aliases and altnames.is_alias(title, opening.group(1)):
            # "**root-mean-square amplitude** (rms amplitude), which is ...": its other name.
            aliases = (opening.group(1).strip(),)
            definition = _AFTER_BRACKET.sub("", definition[opening.end() :], count=1)
        draft = self.new(title, block.line, path, aliases=list(aliases), parent=parent)
        draft.definition = definition
        if asked is not None and asked.question:
            draft.question = asked.question
        inline = blocks.first_inline(block) if block.kind == "item" else block.inline
        if inline is not None:
            draft.links.extend(blocks.links_of(inline))
            draft.wikilinks.extend(inline.wikilinks)
        if remark:
            draft.details.append(Detail(text=f"({remark})"))
        if block.kind == "item":
            self.fill(draft, block)
        if inline is not None:
            # "**Inversion of Control** — ... . **Dependency Injection** — ...": the later
            # sentences of a term's paragraph or bullet may introduce terms of their own.
            own = frozenset(blocks.name_key(n) for n in (title, *aliases))
            self.introduce(inline, block.line, (*path, title), draft, own)
        return draft

    def defining_label(self, term: Term, item: Block, card: Draft) -> bool:
        """ "- **Описание**:" over what the section's subject is, while the card says nothing
        yet: that text is the card's definition, not a card named "Описание"."""
        if card.definition or not labels.defining_label(term.title):
            return False
        said = Draft(title=card.title, line=item.line, section=card.section)
        said.definition = obsidian.clean(term.definition)
        self.fill(said, item)
        for draft in self.drafts:
            if draft.parent is said:
                draft.parent = card  # terms among its bullets belong to the card itself
        if not said.definition:
            return False
        card.definition = said.definition
        card.details.extend(said.details)
        card.items.extend(said.items)
        card.kind = CardKind.TERM
        return True

    def fill_named(self, draft: Draft, item: Block, said_first: bool = False) -> None:
        """A card named by a bullet, filled from it: a term once its text says what it is
        (`said_first`: in a glossary of names over bullets, by the first bullet)."""
        self.fill(draft, item, said_first)
        if draft.definition:
            draft.kind = CardKind.TERM

    def fill(self, draft: Draft, item: Block, said_first: bool = False) -> None:
        """A term item's sub-items: details, list items and (bold) sub-terms."""
        children = blocks.item_children(item)
        for child in children:
            self.collect(child, draft, 0)
            inline = blocks.first_inline(child)
            name = blocks.item_of(inline, bool(blocks.item_children(child))) if inline else None
            if name:
                draft.items.append(name)
        extras = item.children[1:]
        said = item.children[1].inline if items.named_over_paragraph(item) else None
        if not draft.definition and said is not None:
            # "4. Compositing" over "When sections of the document are drawn ...": the
            # paragraph under the entry's name says what it is.
            draft.definition = obsidian.clean(blocks.prose(said))
            extras = item.children[2:]
        for extra in extras:
            if extra.kind in ("paragraph", "code", "table", "quote"):
                self.block(extra, (), draft, 0)
        if not draft.definition and len(children) == 1 and not blocks.item_children(children[0]):
            # "**Observability**" with one sub-bullet: that bullet is its definition.
            only = blocks.visible(blocks.first_inline(children[0]))
            if len(only.split()) >= blocks.MIN_FACT_WORDS:
                draft.definition = only
                draft.details = [d for d in draft.details if d.text != only]
                draft.items = []
        elif not draft.definition and (
            self._described_by(children)
            # "- deflation" / "    + negative inflation rate" / "    + == ...": in a glossary
            # the first bullet under a name says what it is, however short.
            or (said_first and items.first_point_says(children))
        ):
            # "Скользящее окно:" over "Отправитель передает сразу несколько кадров ...":
            # sentences under a name say what it is, the first one first.
            first = blocks.visible(blocks.first_inline(children[0]))
            draft.definition = first
            draft.details = [d for d in draft.details if d.text != first]
            draft.items = []
        if not draft.definition and children:
            draft.kind = CardKind.TOPIC
        # "- **SYN** Client -> Server" / "  - **Sequence Number** set to x": under a term its
        # bold-led bullets are its settings, not terms of their own.
        plain = items.plain_glossary(children)
        # Under a label that says nothing itself ("Collision Resolution"), bullets that
        # mostly open with a bold name and go on with what it is are its terms.
        led = not draft.definition and items.bold_led_items(children)
        lined = items.line_headed_items(children)
        for child in children:
            where = (*draft.section, draft.title)
            self.sub_cards(child, where, draft, plain=plain, led=led, lined=lined)

    @staticmethod
    def _described_by(children: list[Block]) -> bool:
        """Plain sentences, none a term or a list of its own, the first a real sentence."""
        inlines = [blocks.first_inline(c) for c in children]
        if not inlines or any(i is None for i in inlines):
            return False
        if any(blocks.item_children(c) for c in children):
            return False
        if any(terms.term_of(i, top=True) is not None for i in inlines if i is not None):
            return False
        first = blocks.visible(inlines[0])
        return len(first.split()) >= items.MIN_DESCRIBING_WORDS or labels.speaks_of_heading(first)

    def sub_cards(
        self,
        item: Block,
        path: tuple[str, ...],
        parent: Draft,
        *,
        plain: bool = False,
        led: bool = False,
        lined: bool = False,
    ) -> None:
        """A nested item's card: a bold or code term, a `Name:` over its own bullets, or,
        among siblings that mostly read `Term - definition` (`plain`) or a name over its
        text on the next line (`lined`), a plain term."""
        inline = blocks.first_inline(item)
        if inline is None or len(path) > _MAX_DEPTH:
            return
        term = (
            items.bold_head_term(inline)
            or terms.term_of(inline, top=plain)
            or (items.bold_led(inline) if led else None)
            or (items.line_head(inline) if lined and not items.first_line_term(inline) else None)
            or items.kind_led(inline)
            or items.formula_named(inline)
            # "  - **Agglutination** is when each affix attaches ...": a kind of the term
            # above, said to be something, not one of its settings.
            or copulas.bold_copula(inline, does=False)
        )
        if term is None:
            # "* Jam-последовательность - намеренное создание коллизии ..." among remarks:
            # a short name, a dash, what it is.
            plain_term = terms.term_of(inline, top=True)
            if (
                plain_term is not None
                and items.named_entry(plain_term, inline)
                and not _POINTING_NAME.match(plain_term.title)
            ):
                term = plain_term
        if term is not None:
            self.term_card(term, item, path, parent)
            return
        text = blocks.visible(inline)
        children = blocks.item_children(item)
        # "Скользящее окно:" over its bullets names them; "Пример:" only labels them.
        name = items.introduced(text.rstrip(":").strip())
        paragraphed = items.named_over_paragraph(item)
        is_label = (
            len(altnames.split_aliases(name)[0].split()) <= items.MAX_ITEM_NAME_WORDS
            and not labels.is_section_word(name)
            # "Похож на слоеный пирог:" says, not names ("Compositing" over its paragraph names)
            and (not labels.speaks_of_heading(name) or paragraphed)
        )
        if (
            (children or paragraphed)
            and name
            and is_label
            and terms.term_of(inline, top=True) is None
        ):
            head, aliases, _ = altnames.split_aliases(name)
            label = self.new(
                head, item.line, path, kind=CardKind.TOPIC, parent=parent, aliases=list(aliases)
            )
            self.fill_named(label, item)
        elif children and text.rstrip(" *_").endswith(":") and _marked_terms(children):
            # "**Contractions can be graphed into three parts**, and have ...:" over
            # "**Increment**: ...", "**Acme**: ...": a sentence leading into the terms below
            # (plain "Кислород (O2) - оксигемоглобин" lines under one stay what it lists).
            for child in children:
                self.sub_cards(child, path, parent, led=True)
        else:
            # "Зигота → морула → целобластула" over "Целобластула - самый простой тип
            # личинки": a remark's own bullets may still name terms of the card above.
            grouped = items.plain_glossary(children)
            for child in children:
                said = blocks.first_inline(child)
                term = _remark_entry(said, grouped) if said is not None else None
                if term is not None:
                    self.term_card(term, child, path, parent)

    def collect(self, item: Block, card: Draft, depth: int) -> None:
        """Every line under a list item as a detail, nested by depth (to-dos left out)."""
        if item.task is not None:
            return
        if depth > _MAX_DEPTH:
            if not self.deep_warned:
                self.warn(item.line, f"list nested deeper than {_MAX_DEPTH} levels: flattened")
                self.deep_warned = True
            depth = _MAX_DEPTH
        inline = blocks.first_inline(item)
        text = blocks.prose(inline) if inline is not None else ""
        if text and inline is not None:
            card.details.append(
                Detail(text=text, depth=depth, links=tuple(blocks.links_of(inline)))
            )
            card.links.extend(blocks.links_of(inline))
            card.wikilinks.extend(inline.wikilinks)
            card.keywords.extend(prosenames.keywords(inline, skip_lead=True))
            # "- ... are called **zombies**": a bullet may introduce a term too.
            self.introduce(inline, item.line, (*card.section, card.title), card)
        next_depth = depth + 1 if text else depth
        for child in item.children[1 if inline is not None else 0 :]:
            if child.kind == "list":
                for sub in child.children:
                    self.collect(sub, card, next_depth)
            elif child.kind == "code" and child.code.strip():
                card.details.append(
                    Detail(text=child.code.rstrip("\n"), depth=next_depth, code=True)
                )
            elif child.kind in ("paragraph", "table", "quote"):
                self.block(child, (), card, next_depth)


# "SOAP vs REST", "Основы XML и JSON": a name of two things.
_JOINED = re.compile(r"\s(?:vs\.?|versus|и|and|или|or)\s|[,/&]", re.I)
# "Это - правило Хараша", "Такой углерод - хиральный": a bullet naming what the one above said.
_POINTING_NAME = re.compile(
    r"(?:это|этот|эта|эти|такой|такая|такое|такие|вместо|тут|там|здесь|"
    r"this|that|these|those|such|it|they|here|there)\b",
    re.I,
)
MIN_LONE_ENTRY_LETTERS = 5


def _remark_entry(inline: Inline, grouped: bool) -> Term | None:
    """A `Name - what it is` bullet under a remark ("- Целобластула - самый простой тип
    личинки" under "- Зигота → морула → целобластула"): a plain name of up to three words, one
    of several such bullets or a single word of its own, is a term; a bullet carrying on
    the remark ("Происходит процесс иммиграции: клетки ...") is not."""
    term = items.bold_head_term(inline)
    if term is not None:
        return term
    term = terms.term_of(inline, top=True)
    if term is None or not items.named_entry(term, inline):
        return None
    name = term.title.strip()
    if (
        items.PLAIN_NAME.fullmatch(name) is None
        or _POINTING_NAME.match(name)
        or not name[:1].isupper()
        or labels.is_section_word(name.split()[-1])
    ):
        return None
    lone = " " not in name and len(name) >= MIN_LONE_ENTRY_LETTERS
    return term if grouped or lone else None


def _defined_below(children: list[Block]) -> bool:
    """The first bullet under an item says what it is ("- definition: hollow muscular
    tube ..." under "- alimentary canal")."""
    first = blocks.first_inline(children[0]) if children else None
    term = terms.term_of(first, top=True) if first is not None else None
    return term is not None and labels.defining_label(term.title)
