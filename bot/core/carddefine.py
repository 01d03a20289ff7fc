"""How a section's opening block defines its card: the term it opens with may name the
card (by its name, its letters, its sound, a bracket) or another thing of its own; a
template's fields ("Описание: ...") give the definition and details; plain bullets under a
bare heading may say what it is. Used by the note builder (`cardbuild.py`) for each
heading's card."""

from __future__ import annotations

import re

from bot.core import (
    altnames,
    blocks,
    labels,
    obsidian,
    opennames,
    prosenames,
    reshape,
    sections,
    termmarks,
    terms,
    titles,
)
from bot.core.cardblocks import BlockBuilder, callout_name
from bot.core.cardintro import same_words
from bot.core.drafts import Draft
from bot.core.markdown import Block, Inline
from bot.core.models import CardKind, Detail
from bot.core.text import CYRILLIC_LETTER, STOPWORDS, sound_key, words


class DefiningBuilder(BlockBuilder):
    """The note builder's part that reads what a section's lead says of its card."""

    title: str
    names: set[str]  # the note's own names
    note_card: Draft | None
    note_aliases: list[str]
    small: bool  # the note writes in small letters

    def other_term(self, card: Draft | None, lead: Block) -> termmarks.Term | None:
        """ "## Что такое" / "Исключение (exception) – событие, ..." in the note "07
        Исключения и их обработка": the term the section's opening block defines when it is
        not the card above, named with its other name in brackets or by words the card's
        names lack; None when the block defines the card, or nothing."""
        inline = sections.definition_inline(lead)
        term = terms.term_of(inline, top=True) if inline is not None else None
        if term is None or not term.definition.strip() or labels.defining_label(term.title):
            return None  # "`Пусть:`" over a list of letters names nothing
        head, aliases, _ = altnames.split_aliases(term.title)
        if self.naming(card, term) or labels.is_section_word(head):
            return None  # "Итог - всё работает." is a remark under its label
        if not term.strong and ("," in head or (head[:1].islower() and not self.small)):
            return None  # "набор, совокупность объектов — элементов множества": a phrase
        # "Коллекции – объекты, ..." in "06 Массив и лист": a name sharing no word with it.
        apart = bool(aliases) or not any(
            same_words(w, name) for w in head.split() for name in self.own_names(card)
        )
        return term if apart else None

    def record(self, card: Draft, block: Block, fields: list[tuple[str, str]]) -> None:
        """A heading's card from its fields: the defining one ("Описание") is the definition,
        the others its details, each with its label."""
        defining = next(
            (i for i, (k, _) in enumerate(fields) if k.casefold() in labels.DEFINING_LABELS), None
        )
        if defining is not None:
            card.definition = fields[defining][1]
        for i, (label, value) in enumerate(fields):
            if i != defining:
                card.details.append(Detail(text=f"{label}: {value}"))
        if defining is None and card.details:
            card.definition = card.details.pop(0).text
        if block.inline is not None:
            card.links.extend(blocks.links_of(block.inline))
            card.wikilinks.extend(block.inline.wikilinks)

    def define(self, card: Draft, lead: Block) -> None:
        inline = sections.definition_inline(lead)
        if inline is None:
            return
        callout = obsidian.callout(blocks.first_inline(lead)) if lead.kind == "quote" else None
        titled = (
            callout_name(callout) if callout is not None and obsidian.clean(callout.body) else None
        )
        if titled is not None:
            # "# Value" / "> [!important] Axiology" / "> concerns about the goodness ...": the
            # callout names what the section defines, by another name.
            card.aliases.extend(
                n
                for n in (titled.title, *titled.aliases)
                if n not in card.aliases and blocks.name_key(n) != blocks.name_key(card.title)
            )
        text = blocks.prose(inline)
        term = terms.term_of(inline, top=True)
        if term is not None and labels.defining_label(term.title):
            # "**Что это:**" / "Переменные, доступные ...": what the section is.
            text = obsidian.clean(term.definition).strip()
        elif term is not None:
            head, aliases, _ = altnames.split_aliases(term.title)
            naming = self.naming(card, term)
            if naming == _NAMES_IT:
                # "PID (Process ID) — идентификатор процесса" in the note PID; "IoC — ..."
                # under "Inversion of Control"; "PodDisruptionBudget (PDB) — это ..." under
                # "#### PDB", whose bracket names the heading.
                own = self.own_names(card)
                aliases = (*aliases, *term.other_names())
                if not any(reshape.same_name(blocks.name_key(head), name) for name in own):
                    aliases = (head, *aliases)  # "IoC", or "Плейбук" in Playbook.md
                card.aliases.extend(a for a in aliases if a not in card.aliases)
                text = blocks.without_link_lines(obsidian.clean(term.definition), inline)
            elif naming == _OTHER_WORD:
                # "# Компилятор" / "Компиляция — это процесс ...": the section's thing named
                # by its other word, which keeps the whole line as its definition. "#
                # Структуры и перечисления" / "Структура - значимый тип": one of the two.
                card.aliases.append(head)
        else:
            # "*Expected Value* (*Математическое ожидание*) of a Random Variable X ...": the
            # card's own name opening its definition, its other name in brackets.
            card.aliases.extend(
                a
                for a in (
                    *opennames.bracketed_name(card.title, text),
                    *opennames.named_before(card.title, text),
                    *opennames.label_named(card.title, text),
                    *opennames.said_with_title(card.title, text),
                    *opennames.quoted_expansion(card.title, text),
                )
                if a not in card.aliases
            )
            text = self.without_own_label(card, inline, text)
        card.definition = text
        card.kind = CardKind.TERM
        card.keywords.extend(prosenames.keywords(inline))
        card.links.extend(blocks.links_of(inline))
        card.wikilinks.extend(inline.wikilinks)
        # "## Bounding" / "... is considered **CPU-bound**": the terms it introduces.
        named = frozenset(blocks.name_key(n) for n in (card.title, *card.aliases))
        self.introduce(inline, lead.line, (*card.section, card.title), card, named)

    def without_own_label(self, card: Draft, inline: Inline, text: str) -> str:
        """ "# Enterohepatic circulation" / "**Enterohepatic circulation** Reabsorption from
        small intestine ...", "**Cytochrome P450 enzymes** . Large group ...": the card's
        own name in bold labels the sentence that says what it is."""
        opening = next((m for m in inline.marks if m.kind == "strong" and m.start == 0), None)
        if opening is None:
            return text
        bold = " ".join(inline.text[: opening.end].split())
        if blocks.name_key(bold) not in self.own_names(card) or not text.startswith(bold):
            return text
        rest = _LABEL_STOP.sub("", text[len(bold) :], count=1)
        return rest if rest[:1].isupper() else text

    def about(
        self, title: str, body: list[Block], aliases: tuple[str, ...] = ()
    ) -> tuple[str, str] | None:
        """The first of the plain bullets under a bare heading when they speak of it
        (`### Page Fault`: "... causing page fault"), with the full name the first one spells
        out, else None. Bullets under `# Workflow` that never name it are facts of their own;
        a glossary's entries are terms."""
        content = sections.shown(body)
        if not content or content[0].kind != "list":
            return None
        entries = [i for i in content[0].children if i.kind == "item" and i.task is None]
        inlines = [inline for e in entries if (inline := blocks.first_inline(e)) is not None]
        if not inlines or len(inlines) != len(entries):
            return None
        read = [terms.term_of(i, top=True) for i in inlines]
        # "- Цель: ..." is a remark with its label, not a glossary entry.
        glossed = [
            t
            for t in read
            if t is not None
            and not labels.is_section_word(t.title)
            and not labels.speaks_of_heading(t.title)  # "Применяется там, где ...: DNS"
        ]
        if len(glossed) * 2 >= len(inlines):
            return None
        texts = [blocks.visible(i) for i in inlines]
        if texts[0].rstrip().endswith(":") and entries[0].children:
            return None  # "1. Hard link:" over its own points: a part, not what this is
        lone = len(texts) == 1 and not any(m.start == 0 for m in inlines[0].marks)
        if lone and len(texts[0].split()) >= MIN_LONE_BULLET_WORDS:
            return texts[0], ""  # "### Lazy evaluation" / "- Iterators don't do work until ..."
        if labels.describes_heading(texts[0]):
            return texts[0], ""  # "## Access control lists" / "- Provides a way to ..."
        if blocks.abbreviates(blocks.name_key(title), blocks.name_key(texts[0])):
            # "#### ECR" / "- Elastic Container Registry": its full name, then what it is.
            return (texts[1], texts[0]) if len(texts) > 1 else None
        if any(altnames.script_of(a) not in ("", altnames.script_of(title)) for a in aliases):
            # "### Isolation (Изолированность)" / "- Одновременные транзакции не влияют друг
            # на друга": a term given in two languages, then what it is.
            return texts[0], ""
        said = {w for text in texts for w in words(text)}
        # "#### ECS (Elastic Container Service)" / "- Launch docker container on EC2"
        own = {w for name in (title, *aliases) for w in words(name)}
        named = len(inlines) >= 2 and own & said - STOPWORDS
        return (texts[0], "") if named else None

    def note_by_points(self, card: Draft, info: titles.Heading, body: list[Block]) -> None:
        """ "# What is the DOM?" in DOM.md / "- The DOM (...) is ...": its definition."""
        about = self.about(info.title, body, info.aliases)
        if about is not None:
            self.by_points(card, info, about, asked=True)

    def by_points(
        self, card: Draft, info: titles.Heading, about: tuple[str, str], *, asked: bool
    ) -> None:
        """The card's definition from the first of the bullets that speak of it, with the
        full name that bullet gives. A note's own heading (`asked`) is defined so only when it
        asks what the note is or the bullet opens with its name: bullets under `# Git` in
        git.md may be its facts."""
        text, expanded = about
        opening = blocks.name_key(opennames.OPENING_ARTICLE.sub("", text, count=1))
        named = (card.title, *card.aliases, info.title)
        if (
            asked
            and not info.question
            and not any(opening.startswith(f"{blocks.name_key(n)} ") for n in named)
        ):
            return
        card.definition = text
        card.kind = CardKind.TERM
        card.aliases.extend(
            a
            for a in dict.fromkeys((expanded, *opennames.bracketed_name(card.title, text)))
            if a and a not in card.aliases
        )

    def own_names(self, card: Draft | None) -> set[str]:
        """The names of `card`, or of the note's card yet to be made (None)."""
        if card is None:
            own = {blocks.name_key(self.title)}
        else:
            own = {blocks.name_key(n) for n in (card.title, *card.aliases)}
        if card is not self.note_card:
            return own
        # "# Parts of Speech / Части речи": the note's heading names it in either language.
        return own | self.names | {blocks.name_key(n) for n in self.note_aliases}

    def naming(self, card: Draft | None, term: termmarks.Term) -> int:
        """How a term a section opens with names `card`: as itself (`_NAMES_IT`: its name,
        letters, sound, or a bracket naming it), by another word of its (`_OTHER_WORD`),
        or not at all (0)."""
        head, aliases, _ = altnames.split_aliases(term.title)
        own = self.own_names(card)
        named = (card.title, *card.aliases) if card else (self.title, *self.note_aliases)
        key = blocks.name_key(head)
        if any(
            reshape.same_name(key, name)
            or blocks.abbreviates(key, name)
            # "# IIFE" / "Immediately-invoked function expressions - функция ...".
            or blocks.abbreviates(name, key)
            or sound_key(key) == sound_key(name)
            or sections.wraps(name, key)
            for name in own
        ) or any(blocks.name_key(a) in own for a in (*aliases, *term.other_names())):
            return _NAMES_IT
        if any(reshape.with_maker(head, name) for name in named):
            # "# Fetch" / "**Git fetch** - загружает ...": the name with the tool it is of.
            return _NAMES_IT
        if any(
            same_words(head, name) and same_words(name, head)
            for name in (*named, *reshape.listed(named[0]))
        ) or any(_in_setting(head, name) or _noun_left_out(head, name) for name in named):
            return _OTHER_WORD
        return 0


_NAMES_IT, _OTHER_WORD = 2, 1
MIN_LONE_BULLET_WORDS = 3  # one bullet this long under a bare heading says what it is
_LABEL_STOP = re.compile(r"^\s*[.:]?\s*")


def _in_setting(head: str, title: str) -> bool:
    """ "## Файловая система Linux" / "Файловая система — порядок, ...": the heading is the
    term and, after it, the system it is told for, one Latin word (with "в"/"in" before it)
    in a name of Cyrillic words."""
    m = _SETTING_AFTER.fullmatch(title.strip())
    return (
        m is not None
        and CYRILLIC_LETTER.search(head) is not None
        and blocks.name_key(m.group(1)) == blocks.name_key(head)
    )


_SETTING_AFTER = re.compile(r"(.+?)\s+(?:(?:в|во|in|для|for)\s+)?[A-Z][A-Za-z0-9+#.-]*")


def _noun_left_out(head: str, title: str) -> bool:
    """ "### Президентская" / "**Президентская республика** – ...": the heading is the
    name's adjective alone, the noun left to the heading above; the term is its whole name."""
    said = head.split()
    return (
        len(said) == 2
        and _RU_ADJECTIVE.fullmatch(title.strip()) is not None
        and blocks.name_key(said[0]) == blocks.name_key(title)
    )


_RU_ADJECTIVE = re.compile(r"[А-ЯЁа-яё-]{4,}(?:ая|яя|ое|ее|ый|ий|ой|ые|ие)")
