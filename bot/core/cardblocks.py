"""Cards from a section's blocks: paragraphs (terms, bold heads, one-line glossaries, facts,
the terms prose introduces), code, quotes and callouts, term tables. The section builder
(`cardbuild.py`) hands each section's blocks here; lists go on to `cardlists.py`."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core import (
    altnames,
    blocks,
    copulas,
    itemterms,
    labels,
    namings,
    obsidian,
    paraheads,
    prosenames,
    reshape,
    sections,
    termmarks,
    terms,
    titles,
)
from bot.core.cardlists import ListBuilder
from bot.core.drafts import Draft
from bot.core.markdown import Block, Inline
from bot.core.models import CardKind, Detail
from bot.core.termmarks import Term
from bot.core.text import STOPWORDS, fold, words

_POINTS_BACK = re.compile(
    r"(?:the\s+)?(?:former|latter|first|last|second|both)|"
    r"(?:последн|перв|втор|трет|остальн|оба|обе)[а-яё]*"
)
_THIS_IS = re.compile(r"\s*(?:это|is|are)\b", re.I)


def _plainly_named(name: str, term: Term) -> bool:
    """A paragraph's `Name - what it is` names one plain thing (`name`: the part of its
    title checked for plain words)."""
    return (
        itemterms.PLAIN_NAME.fullmatch(name) is not None
        # "Ощущение и восприятие — непосредственные образы": two things said alike.
        and {"и", "and"}.isdisjoint(term.title.casefold().split())
        # "Классический пример — `/tmp`: ...": a label; "Строка crontab — пять полей
        # времени и команда:" leads into the block below, which shows what it is.
        and not labels.is_section_word(term.title.split()[-1])
        and not term.definition.rstrip().endswith(":")
    )


class BlockBuilder(ListBuilder):
    glossary: set[int]  # lines of the section's `Term - def` paragraphs
    entry_texts: dict[int, Block]  # text between numbered entries: their list
    list_heads: dict[int, str]  # lines naming the list right below them ("FIFO Queue" / "- ...")

    def blocks(
        self,
        body: list[Block],
        path: tuple[str, ...],
        card: Draft | None,
        *,
        skip: Block | None,
        depth: int = 0,
    ) -> None:
        named: Draft | None = None  # the card of the line over the list that comes next
        for block in body:
            if block is skip:
                if block.kind == "quote":
                    self.quote_rest(block, card, depth)
                continue
            listing = self.entry_texts.get(block.line)
            entry = self.entry_card(listing) if listing is not None else None
            if entry is not None:
                # "Зачем нужно: ..." under "1. API" / "Что это: ...": more of that entry.
                self.block(block, (*path, entry.title), entry, depth + 1)
                continue
            if named is not None and block.kind == "list":
                self.top_list(block, (*path, named.title), named, 0)
                named = None
                continue
            named = None
            if block.kind == "paragraph" and block.line in self.list_heads:
                # "quick clays (or sensitive soils)": its other name apart, as a heading's.
                name, aliases, _ = altnames.split_aliases(self.list_heads[block.line])
                named = self.new(
                    name,
                    block.line,
                    path,
                    parent=card,
                    kind=CardKind.TOPIC,
                    aliases=list(aliases),
                )
                continue
            self.block(block, path, card, depth)

    def block(self, block: Block, path: tuple[str, ...], card: Draft | None, depth: int) -> None:
        kind = block.kind
        if kind == "list":
            self.top_list(block, path, card, depth)
        elif kind == "paragraph":
            self.paragraph(block, path, card, depth)
        elif kind == "code":
            if card is not None and block.code.strip():
                card.details.append(Detail(text=block.code.rstrip("\n"), depth=depth, code=True))
                card.keywords.extend(reshape.command_of(block.code))
            for name, said, at in reshape.fenced_entries(block.code) if not block.lang else ():
                # "1. Adverse Selection: Compensation for trading against informed traders"
                # listed in a fence: a term of its own.
                self.new(name, block.line + 1 + at, path, parent=card).definition = said
            for name, does, at, used in reshape.commented_names(block.code):
                # The fence is the block's first line; the comment is `at` lines below it.
                named = self.new(name, block.line + 1 + at, path, parent=card)
                named.definition = does
                named.details.append(Detail(text=used, code=True))
        elif kind == "table":
            self.table(block, path, card, depth)
        elif kind in ("quote", "footnote"):
            self.quote(block, path, card, depth)
        elif kind == "html":
            text = obsidian.clean(blocks.visible(block.inline))
            if card is not None and text:
                card.details.append(Detail(text=text, depth=depth))

    def paragraph(
        self,
        block: Block,
        path: tuple[str, ...],
        card: Draft | None,
        depth: int,
        *,
        quoted: bool = False,
    ) -> None:
        """A paragraph of the section (`quoted`: the whole of a plain quote, which reads as
        a paragraph of its own set apart, "> Методология - это учение о ...")."""
        inline = block.inline
        if inline is None:
            return
        parts = paraheads.bold_headed_parts(inline)
        if parts:
            # "**1. Control Node**  \nМашина, ...\n**2. Managed Nodes**  \nСерверы, ...":
            # one entry per bold name, as if blank lines stood between them.
            for row, part in parts:
                self.paragraph(
                    replace(block, line=block.line + row, inline=part), path, card, depth
                )
            return
        if blocks.empty_fields(inline):
            return  # "Up:" / "Next:", "keywords:": a template's fields left empty
        if self.glossary_lines(block, path, card) or self.bold_head(block, path, card):
            return
        term = (
            terms.term_of(inline, top=block.line in self.glossary, genus=True)
            or copulas.bold_copula(inline)
            or copulas.named_at_end(inline)
            or namings.called_bold(inline)
            or copulas.genus_copula(inline)
            or self.dashed_paragraph(inline)
            or (self.quoted_term(inline) if quoted else None)
        )
        term = (reshape.labelled_term(term) or term) if term is not None else None
        # `**Правило:** ...`, `**Условие:** ...`: a label is a remark, never a term.
        if term is not None and term.definition.strip() and not labels.is_section_word(term.title):
            self.term_card(term, block, path, card)
            return
        if blocks.link_list(inline):
            if card is not None:
                card.wikilinks.extend(inline.wikilinks)
            return  # navigation ([[Note]] [[Other]]), not text to show or search
        text = blocks.prose(inline)
        if not text:
            return
        if card is not None:
            card.details.append(
                Detail(text=text, depth=depth, links=tuple(blocks.links_of(inline)))
            )
            card.wikilinks.extend(inline.wikilinks)
            card.keywords.extend(prosenames.keywords(inline))
            self.introduce(inline, block.line, path, card)
        elif blocks.is_fact(text, inline):
            self.fact(text, inline, block.line, path)

    @staticmethod
    def dashed_paragraph(inline: Inline) -> Term | None:
        """ "Poka-yoke - error proofing. Add simple fixtures ...": a paragraph of its own
        opening with a short name, a dash and what it is, as a glossary line does."""
        term = terms.term_of(inline, top=True)
        sep = termmarks.separator(inline)
        if (
            term is None
            or sep is None
            or "\n" in inline.text[: sep[0]]
            or inline.text[sep[0]] == ":"  # "keywords: ..." is a field
            # "σ-алгебра ℱ — это ...", "Обозначим P_n(k) - ...": the prose's own sentences,
            # which the paragraph's other readings weigh.
            or not _plainly_named(term.title, term)
            or _THIS_IS.match(term.definition) is not None
        ):
            return None
        # "Возникла новая форма — **постпозитивизм**": the name is the one after the dash.
        after = sep[0] + sep[1] + 1
        if any(m.kind == "strong" and sep[0] < m.start <= after for m in inline.marks):
            return None
        return term if itemterms.named_entry(term, inline) else None

    @staticmethod
    def quoted_term(inline: Inline) -> Term | None:
        """ "> Методология - это учение о ...", "> SSTable (sorted-string table) — это ...":
        a quote set apart to say what a plain short name is."""
        term = terms.term_of(inline, top=True)
        if (
            term is None
            or not _plainly_named(altnames.split_aliases(term.title)[0], term)
            # "> Последнее — это SIGSEGV": the last of those just listed, no name.
            or _POINTS_BACK.fullmatch(term.title.casefold()) is not None
        ):
            return None
        return term

    def entry_card(self, listing: Block) -> Draft | None:
        """The card made of a numbered list's last entry, if it made one."""
        last = next((i for i in reversed(listing.children) if i.kind == "item"), None)
        if last is None:
            return None
        return next((d for d in reversed(self.drafts) if d.line == last.line), None)

    def bold_head(self, block: Block, path: tuple[str, ...], card: Draft | None) -> bool:
        """`**Query String**` alone on the first line of a paragraph, its explanation on the
        lines below: a term with its definition, as under a heading."""
        assert block.inline is not None
        found = paraheads.bold_head(block.inline)
        info = titles.heading(found[0]) if found is not None else None
        found = (
            found or paraheads.glossed_head(block.inline) or paraheads.bold_dash_head(block.inline)
        )
        if found is None:
            return False
        draft = self.new(found[0], block.line, path, parent=card)
        title, aliases, remark = altnames.split_aliases(found[0])
        if aliases:
            # "**Receptor tyrosine kinase (RTK)**": named by its letters too, as a heading is.
            draft.title = title
            draft.aliases.extend(aliases)
        elif remark and title:
            # "Метод расширения (Твой ручной маппер)": a remark on the name, no part of it.
            draft.title = title
        if info is not None and info.question and info.title:
            # "**what is dynamic dispatch?**" over its answer: named as such a heading is.
            draft.title, draft.question = info.title, info.question
        draft.definition = found[1]
        draft.wikilinks.extend(block.inline.wikilinks)
        return True

    def glossary_lines(self, block: Block, path: tuple[str, ...], card: Draft | None) -> bool:
        """A paragraph typed as one `Name: what it is` entry per line: a term per line."""
        assert block.inline is not None
        entries = reshape.glossary_lines(block.inline)
        for row, term in entries:
            self.term_card(term, replace(block, line=block.line + row), path, card)
        if entries and card is not None:
            # A remark typed between the entries stays the section's text.
            made = {row for row, _ in entries}
            card.details.extend(
                Detail(text=text)
                for row, line in blocks.split_lines(block.inline)
                if row not in made
                and not reshape.bare_name(line.text)
                and (text := blocks.prose(line))
            )
        return bool(entries)

    def quote(self, block: Block, path: tuple[str, ...], card: Draft | None, depth: int) -> None:
        """A quote or callout inside a section: its text joins the card's details."""
        first = blocks.first_inline(block)
        callout = obsidian.callout(first)
        if card is None:
            # "> [!example]- Index" over a glossary, with no card above it: its terms still
            # make cards of their own.
            for child in block.children[1:] if callout is not None else block.children:
                if child.kind == "list":
                    self.block(child, path, None, depth)
            return
        if callout is not None and self.named_callout(callout, block, path, card, depth):
            return
        if callout is not None:
            head = callout.title or callout.kind.capitalize()
            body = obsidian.clean(callout.body)
            card.details.append(Detail(text=f"{head}: {body}" if body else head, depth=depth))
            if body and first is not None and callout.kind not in _ADVISING_CALLOUTS:
                # "> [!note] Замечание\n> Систему событий называют **полной группой
                # событий**": the terms a remark introduces, as a paragraph's (a tip's
                # advice names none).
                self.introduce(first, block.line, path, card)
            for child in block.children[1:]:
                self.block(child, path, card, depth + 1)
            return
        if len(block.children) == 1 and block.children[0].kind == "paragraph":
            self.paragraph(block.children[0], path, card, depth, quoted=True)
            return
        for child in block.children:
            self.block(child, path, card, depth)

    def named_callout(
        self,
        callout: obsidian.Callout,
        block: Block,
        path: tuple[str, ...],
        card: Draft,
        depth: int,
    ) -> bool:
        """`> [!NOTE] Lifetime Elision Rules` over what they are, inside a section: the title
        names a thing of its own, as a heading there would, with the body as its text."""
        body = obsidian.clean(callout.body)
        info = callout_name(callout)
        if info is None or not body:
            return False
        if callout.kind in _EXAMPLE_CALLOUTS:
            # "> [!example] The diet problem": a worked example known by its name, found by
            # it; shown, not asked (an example says how, not what the name is).
            shown = self.new(info.title, block.line, path, parent=card, kind=CardKind.TOPIC)
            shown.details.append(Detail(text=body, depth=0))
            for child in block.children[1:]:
                self.block(child, path, shown, 1)
            return True
        if self._names_note(info.title):
            # "> [!definition] Определение: σ-алгебра" in the note on it: what the note is.
            owner = self.own_card(block.line)
            if owner is None or owner.definition:
                return False
            owner.definition = body
            return True
        draft = self.new(info.title, block.line, path, parent=card, aliases=list(info.aliases))
        draft.definition = body
        first = blocks.first_inline(block)
        if first is not None:
            draft.wikilinks.extend(first.wikilinks)
        for child in block.children[1:]:
            self.block(child, path, draft, depth + 1)
        return True

    def quote_rest(self, block: Block, card: Draft | None, depth: int) -> None:
        """The blocks of a defining quote after the paragraph that became the definition."""
        if card is None:
            return
        rest = block.children[1:]
        callout = obsidian.callout(blocks.first_inline(block))
        if callout is not None and not obsidian.clean(callout.body) and rest:
            rest = rest[1:]  # that paragraph was the definition
        for child in rest:
            self.block(child, (), card, depth)

    def table(self, block: Block, path: tuple[str, ...], card: Draft | None, depth: int) -> None:
        rows = [[blocks.visible(c) for c in row] for row in block.rows]
        if not rows:
            return
        header, body = rows[0], rows[1:]
        while len(header) > 2 and body and not any(row[0] for row in body if row):
            # "| Icon | Name | Description |" of pictures: the names come after them.
            header, body = header[1:], [row[1:] for row in body]
        if sections.is_term_table(header, body):
            context = card.title if card is not None else (path[-1] if path else "")
            # "### Neocolonialism" over a two-column "| Form | Description |" and nothing else:
            # the rows say what it is like, and each is a card too; a "Definition" row of a
            # "| Feature |" table says what it is. Wider tables compare their rows: the
            # heading is no sum of them.
            bare = (
                card
                if card is not None
                and len(header) == 2
                and not card.definition
                and not card.details
                else None
            )
            featured = sections.describes_heading(header)
            # "| Name | Symbol | Definition |": the definition column says what the row
            # names; the symbol is a detail of it.
            said = _defining_column(header)
            order = [0, said, *(i for i in range(1, len(header)) if i != said)]
            heads = [header[i] for i in order]
            for offset, row in enumerate(body):
                if said != 1 and len(row) > said and row[said]:
                    row = [row[i] for i in order if i < len(row)]
                if not row[0] or not row[1]:
                    continue
                if bare is not None:
                    if featured and row[0].casefold() in labels.DEFINING_LABELS:
                        bare.definition, bare.kind = row[1], CardKind.TERM
                        continue
                    bare.details.append(Detail(text=f"{row[0]}: {row[1]}", depth=depth))
                title, aliases, _ = altnames.split_aliases(row[0])
                extra = [
                    Detail(text=f"{h}: {c}" if h else c)
                    for h, c in zip(heads[2:], row[2:], strict=False)
                    if c
                ]
                self.new(
                    title,
                    block.line + 2 + offset,
                    path,
                    kind=CardKind.TABLE_ROW,
                    definition=row[1],
                    aliases=list(aliases),
                    details=extra,
                    parent=card,
                    context=context,
                )
            return
        if card is None:
            return
        for row in body:
            cells = [f"{h}: {c}" if h else c for h, c in zip(header, row, strict=False) if c]
            if cells:
                card.details.append(Detail(text="; ".join(cells), depth=depth))


def _defining_column(header: list[str]) -> int:
    """The column of a term table that says what each row is: one headed "Definition" (or
    "Определение", "Описание"...) past the second, else the second."""
    for i, cell in enumerate(header[2:], 2):
        if cell.strip().casefold() in labels.DEFINING_LABELS:
            return i
    return 1


# Callouts whose title names what they explain. A tip, warning or danger titles advice
# ("Не запри себя", "Проверка расписания"): it stays with its section.
def callout_name(callout: obsidian.Callout) -> titles.Heading | None:
    """The thing a callout's title names (`> [!NOTE] Lifetime Elision Rules`), if it names
    one: a short name, no label, question or remark."""
    title = _unlabelled(callout.title.strip())
    if (
        not title
        or callout.kind not in _NAMING_CALLOUTS | _EXAMPLE_CALLOUTS
        or ":" in title
        or title[-1] in ".?!:…"
        or len(title.split()) > MAX_CALLOUT_NAME_WORDS
        or labels.is_section_word(title)
        # "> [!warning] Проклятие размерности" names the trouble it warns of; "> [!tip] Use
        # volumes" and "> [!warning] Не используйте latest" advise.
        or (
            callout.kind in _ADVISING_CALLOUTS
            and not _advice_names(title)
            and not _said_to_be(title, callout.body)
        )
    ):
        return None
    info = titles.heading(title)
    if info.section_word or info.question or not info.title:
        return None
    return info


def _said_to_be(title: str, body: str) -> bool:
    """ "> [!WARNING] Pica" / "> Pica is a craving for ...": the body opens by saying what
    the title is, so the title names a thing, however short."""
    said = obsidian.clean(body).lstrip(" *_")
    if not said.casefold().startswith(title.casefold()):
        return False
    return _IS_AFTER_NAME.match(said, len(title)) is not None


_IS_AFTER_NAME = re.compile(r"\s+(?:is|are|refers\s+to|means|—|–|-|это|является)\s", re.I)


def _unlabelled(title: str) -> str:
    """ "Замечание: Формула Стирлинга", "Theorem: Bayes' rule": the name after a label of
    what kind of statement the callout holds; a label alone ("Лемма") names nothing."""
    label, colon, named = title.partition(":")
    said = fold(label).strip(" *_.")
    if said in _STATEMENT_KINDS:
        return named.strip() if colon else ""
    return title


_STATEMENT_KINDS = (
    labels.DEFINING_LABELS
    | labels.STATEMENT_LABELS
    | frozenset("замечание примечание remark note".split())  # noqa: SIM905
)
_ADVISING_CALLOUTS = frozenset({"warning", "caution", "attention", "danger", "tip", "hint"})
_NAMING_CALLOUTS = (
    frozenset({"note", "info", "abstract", "summary", "tldr", "definition", "important",
               "theorem", "lemma", "corollary", "proposition", "remark"})
    | _ADVISING_CALLOUTS
)  # fmt: skip
_EXAMPLE_CALLOUTS = frozenset({"example"})
MAX_ADVICE_NAME_WORDS = 4


def _advice_names(title: str) -> bool:
    """A warning's or tip's title that names a thing, no sentence ("Pooling is not
    mandatory", "Depth hurts differently here")."""
    said = [fold(w) for w in words(title)]
    return (
        # "Безопасность", "Performance" alone label the advice; "Кончились inode" says.
        MIN_ADVICE_NAME_WORDS <= len(said) <= MAX_ADVICE_NAME_WORDS
        and _SAID.search(said[0]) is None
        and labels.names_thing(title)
        and not any(
            (w in STOPWORDS and w not in _NAME_JOINERS) or w in _SAYING or w.endswith("ly")
            for w in said
        )
    )


_SAID = re.compile(r"(?:лись|лся|лась|лось|ется|ются|ешь|ите)$")
MIN_ADVICE_NAME_WORDS = 2
_SAYING = frozenset({"here", "there", "now", "always", "never", "здесь", "тут", "всегда"})


# The prepositions inside a name, and the words joining two ("Связь с kNN", "Bias and
# Variance").
_NAME_JOINERS = terms.NAME_JOINERS | {"and", "и", "с", "от"}
MAX_CALLOUT_NAME_WORDS = 6
