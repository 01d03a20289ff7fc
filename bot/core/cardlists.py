"""Cards from a note's lists: glossary bullets (`**Term** — def`) with their sub-items,
labels over bullets (`Скользящее окно:`), headings kept inside bullets, and every other line
under an item kept as a detail of its card. The section builder (`cardbuild.py`) hands its
lists here; a list item's own paragraphs, code and tables go back to it through `block`."""

from __future__ import annotations

import re

from bot.core import (
    altnames,
    blocks,
    copulas,
    items,
    itemterms,
    labels,
    namings,
    obsidian,
    reshape,
    sections,
    terms,
    titles,
)
from bot.core.cardfill import ItemFiller
from bot.core.drafts import Draft
from bot.core.markdown import Block, Inline
from bot.core.models import CardKind, Detail
from bot.core.termmarks import Term
from bot.core.text import CYRILLIC_LETTER

MAX_ITEM_LABEL_WORDS = 4  # "4. TOAST:" over its bullets names a part of the card above


# A term's definition opening with its other name in brackets, and what may stand between
# that bracket and what the term is ("(pp amplitude) ↔ twice the amplitude").
_OPENING_BRACKET = re.compile(r"^\(([^()\n]{1,40})\)")
_AFTER_BRACKET = re.compile(r"^[\s,:—–↔→⇒]*(?:->|=>|-(?=\s))?\s*")


# "declaration merging" in brackets after a Russian statement: a Latin name of two to four
# words.
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){1,3}")


class ListBuilder(ItemFiller):
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
                itemterms.bold_head_term(inline)
                or (
                    itemterms.line_head(inline)
                    if lined and not itemterms.first_line_term(inline)
                    else None
                )
                or terms.term_of(inline, top=True)
                or (itemterms.bold_led(inline) if led else None)
                or (itemterms.stressed_led(inline) if stressed else None)
                or (itemterms.dash_slip(inline) if slips else None)
                or itemterms.copula_term(inline, among_others=len(block.children) > 1)
                or copulas.bold_copula(inline)
                or copulas.named_at_end(inline)
                or namings.called_bold(inline)
                or (itemterms.line_head(inline) if lined else None)
                or itemterms.kind_led(inline)
                # "- Shuffle Hash Join" / "  Сначала два набора ...", among one-line
                # entries: a name on its own line over the sentences saying what it is.
                or (itemterms.line_head(inline) if items.lone_line_head([item]) else None)
                or itemterms.formula_named(inline)
                or itemterms.dotted_name(inline)
                or (itemterms.italic_led(inline) if len(block.children) > 1 else None)
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
                    or itemterms.named_entry(term, inline, numbered=True)
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
        head, aliases, _ = altnames.split_aliases(said.title)
        if CYRILLIC_LETTER.search(head):
            # "`interface` можно **дополнять** (declaration merging)": the name in the other
            # language that the statement closes with is what it is called.
            said.aliases.extend(a for a in aliases if _LATIN_NAME.fullmatch(a))
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


def _defined_below(children: list[Block]) -> bool:
    """The first bullet under an item says what it is ("- definition: hollow muscular
    tube ..." under "- alimentary canal")."""
    first = blocks.first_inline(children[0]) if children else None
    term = terms.term_of(first, top=True) if first is not None else None
    return term is not None and labels.defining_label(term.title)
