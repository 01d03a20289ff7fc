"""What a list item holds: the details, list entries and sub-terms under a term's bullet,
each nested line kept as a detail of its card (`cardlists.py` decides what an item is)."""

from __future__ import annotations

import re
from abc import abstractmethod

from bot.core import (
    altnames,
    blocks,
    copulas,
    items,
    itemterms,
    labels,
    obsidian,
    prosenames,
    terms,
)
from bot.core.cardintro import DraftMaker
from bot.core.drafts import Draft
from bot.core.markdown import Block, Inline
from bot.core.models import CardKind, Detail
from bot.core.termmarks import Term

_MAX_DEPTH = 64  # list nesting the card builder follows; deeper levels are flattened


def _marked_terms(children: list[Block]) -> bool:
    """Most bullets name a term in bold or code, then say what it is ("**Acme**: ...")."""
    marked = [
        (inline := blocks.first_inline(c)) is not None
        and (term := terms.term_of(inline, top=False)) is not None
        and term.strong
        for c in children
    ]
    return 2 * sum(marked) > len(marked)


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
    term = itemterms.bold_head_term(inline)
    if term is not None:
        return term
    term = terms.term_of(inline, top=True)
    if term is None or not itemterms.named_entry(term, inline):
        return None
    name = term.title.strip()
    if (
        itemterms.PLAIN_NAME.fullmatch(name) is None
        or _POINTING_NAME.match(name)
        or not name[:1].isupper()
        or labels.is_section_word(name.split()[-1])
    ):
        return None
    lone = " " not in name and len(name) >= MIN_LONE_ENTRY_LETTERS
    return term if grouped or lone else None


class ItemFiller(DraftMaker):
    @abstractmethod
    def block(self, block: Block, path: tuple[str, ...], card: Draft | None, depth: int) -> None:
        """A paragraph, code block, table or quote inside a list item (the section builder's)."""

    @abstractmethod
    def term_card(
        self, term: Term, block: Block, path: tuple[str, ...], parent: Draft | None
    ) -> Draft | None:
        """The card of a term a list item names, filled from the item (`cardlists.py`)."""

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
        # "The **weighted mean** accounts for ..." names a term of its own wherever it stands.
        led = (not draft.definition or items.article_led_items(children)) and (
            items.bold_led_items(children)
        )
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
            itemterms.bold_head_term(inline)
            or terms.term_of(inline, top=plain)
            or (itemterms.bold_led(inline) if led else None)
            or (
                itemterms.line_head(inline)
                if lined and not itemterms.first_line_term(inline)
                else None
            )
            or itemterms.kind_led(inline)
            or itemterms.formula_named(inline)
            # "  - **Agglutination** is when each affix attaches ...": a kind of the term
            # above, said to be something, not one of its settings.
            or copulas.bold_copula(inline, does=False)
            or itemterms.italic_led(inline)
            or itemterms.dotted_name(inline)
        )
        if term is None:
            # "* Jam-последовательность - намеренное создание коллизии ..." among remarks:
            # a short name, a dash, what it is.
            plain_term = terms.term_of(inline, top=True)
            if (
                plain_term is not None
                and itemterms.named_entry(plain_term, inline)
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
            len(altnames.split_aliases(name)[0].split()) <= itemterms.MAX_ITEM_NAME_WORDS
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
