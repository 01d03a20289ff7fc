"""Parse Obsidian notes into cards (pure: text in, models out).

Markdown structure comes from a CommonMark parser (`bot.core.markdown`), Obsidian's own
syntax from `bot.core.obsidian`; this module decides what a reader of the note would call
a term: the note itself (one note per term), glossary bullets, headings with prose,
term tables. Problems never stop a note from loading: they become warnings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from urllib.parse import unquote

from bot.core import (
    altnames,
    asking,
    blocks,
    fences,
    flashcards,
    indented,
    itemterms,
    labels,
    obsidian,
    pasted,
    restored,
    restructure,
    sitemarks,
    slugs,
    termlines,
    terms,
    titles,
)
from bot.core.cardbuild import NoteBuilder
from bot.core.drafts import Draft, card_id
from bot.core.markdown import Block, Document, Inline, parse
from bot.core.models import CardKind, ContentWarning, Note
from bot.core.text import (
    NOTE_SUFFIXES,
    Nominative,
    fold,
    identity_nominative,
    is_cyrillic,
    note_stem,
)

__all__ = ["card_id", "folder_topics", "parse_document", "parse_note"]

_RESTORATIONS: tuple[Callable[[list[Block]], list[Block]], ...] = (
    restructure.without_contents,
    restored.footnoted_entries,
    restored.html_paragraphs,
    restored.code_named_entries,
    restored.lone_numbered_points,
    restored.formulas_in_lists,
    restored.folded_sections,
    restructure.bold_items,
    restored.asked_lines,
    restructure.nested_headings,
    indented.prose,
    termlines.term_lines,
    restructure.plain_headings,
)


def folder_topics(note: str) -> tuple[str, ...]:
    """`Linux/Процессы/PID` → (`Linux`, `Linux/Процессы`)."""
    parts = note.split("/")[:-1]
    return tuple("/".join(parts[: i + 1]) for i in range(len(parts)))


def parse_document(text: str, source: str) -> tuple[Document, list[ContentWarning], str]:
    """The Markdown tree of a note, after Obsidian's comments and fence slips are handled."""
    warnings: list[ContentWarning] = []
    text = obsidian.strip_comments(text.replace("\r\n", "\n").replace("\r", "\n"))
    text = sitemarks.emoji_shortcodes(
        sitemarks.pandoc_spans(
            sitemarks.heading_ids(sitemarks.hugo_refs(sitemarks.jekyll_marks(text)))
        )
    )
    text = sitemarks.math_underlines(sitemarks.spaced_math(text))
    text = sitemarks.html_headings(fences.admonitions_as_callouts(text))
    text = pasted.asked_lines(pasted.unspaced_headings(text))
    text = pasted.pasted_headings(
        pasted.copula_glossary(pasted.glyph_bullets(pasted.emoji_headings(text)))
    )
    text = pasted.punctuated_bold(text)
    text = obsidian.highlights_as_bold(obsidian.wiki_marks(obsidian.broken_embeds(text)))
    text = obsidian.protect_escaped_hashes(text)
    text, fixed, glued = fences.fix_glued_fences(
        fences.continued_entries(fences.unwrap_prose_fences(text))
    )
    text, fixed = pasted.flattened_rows(text, fixed)
    warnings.extend(
        ContentWarning(
            source=source, line=line, message="``` closes a code block at the end of a line"
        )
        for line in glued
    )
    doc = parse(text, inserted=fixed)
    if doc.unclosed_fence:
        warnings.append(
            ContentWarning(
                source=source,
                line=doc.unclosed_fence,
                message="code block is not closed: it runs to the end of the note",
            )
        )
    return doc, warnings, text


def parse_note(
    text: str, source: str, note: str | None = None, nominative: Nominative = identity_nominative
) -> Note:
    """Parse one note. `source` is the path shown in warnings; `note` names the note
    (its path in the vault without `.md`); the file name is the note's title. `nominative`
    gives a name the prose writes in a case ("называется сокетом") in its own (pymorphy3 in
    production; as written without it)."""
    name = note or note_stem(source.rsplit("/", 1)[-1])
    text = flashcards.strip_sr_comments(text.lstrip("\ufeff").replace("\r\n", "\n"))
    metadata, text = obsidian.split_frontmatter(text)
    meta = obsidian.frontmatter(metadata)
    cards_of_deck: list[flashcards.Flashcard] = []
    if not meta.plugin and flashcards.is_flashcard_note(text, meta.tags):
        decks = flashcards.decks_of([*meta.tags, *_tag_line_tags(text)])
        cards_of_deck, used = flashcards.extract(text, decks)
        lines = text.split("\n")
        text = "\n".join("" if i in used else line for i, line in enumerate(lines))
    doc, warnings, text = parse_document(text.replace("\x00", "\ufffd"), source)
    if meta.error:
        warnings.append(ContentWarning(source=source, line=1, message=meta.error))
    if meta.plugin:
        return Note(title=name, source=source, skipped=meta.plugin, warnings=tuple(warnings))
    doc = replace(doc, blocks=_unmarked(doc.blocks))
    stem = name.rsplit("/", 1)[-1]
    named, kept = _named_section(doc.blocks)
    if named and not meta.title:
        # "## Идентификатор" / "порождающая грамматика (eng: generative grammar)" in
        # Generative_Grammar.md: a template's field naming the note's term.
        meta = replace(meta, title=named, aliases=(*meta.aliases, stem))
        doc = replace(doc, blocks=kept)
    heading = next((b for b in doc.blocks if b.kind == "heading" and b.inline is not None), None)
    first = blocks.visible(heading.inline).strip() if heading is not None else ""
    if not meta.title and first and not any(ch.isalpha() for ch in stem):
        # "01.md" opening with "## Content projection with ng-content": a number names no
        # note; its first heading does.
        meta = replace(meta, title=first)
    elif (
        not meta.title
        and first
        and _generic(stem)
        and _sole_top(doc.blocks)
        and not _generic(first)
        and not (labels.is_section_word(first) and " " not in first)
        and not titles.defining(first)
    ):
        # "notes.md" under one "# Вывод типов": that heading names it, not "notes" (nor
        # its folder), unless it is as general ("# Introduction", "# Пример", "## Что такое").
        meta = replace(meta, title=first)
    folder = _folder_named(name, stem)
    if not meta.title and folder:
        # "SameSite Cookie Restrictions/Introduction.md", "Generics/README.md": the folder
        # names what the note introduces, the file's name nothing.
        meta = replace(meta, title=folder)
    title, meta = _note_title(stem, meta, text)
    head, title_aliases, _ = altnames.split_aliases(title)
    names = {blocks.name_key(n) for n in (title, head, *title_aliases, *meta.aliases)}
    builder = NoteBuilder(source, name, title, folder_topics(name), names, nominative)
    tags = list(meta.tags)
    tags.extend(_leading_tags(doc.blocks))
    tree = doc.blocks
    # Structure the note keeps without Markdown's marks, restored in this order before its
    # sections are cut: each step reads the blocks the one before it left.
    for restore in _RESTORATIONS:
        tree = restore(tree)
    builder.run(tree)
    if builder.note_card is None:
        _name_the_note(builder, tree, [*title_aliases, *meta.aliases])
    for card in cards_of_deck:
        asked = _asked_term(card.question) if card.kind == "flashcard" else card.question
        builder.new(
            card.question,
            card.line,
            card.section,
            kind=CardKind.FLASHCARD if card.kind == "flashcard" else CardKind.CLOZE,
            definition=card.answer,
            question=card.question,
            decks=card.decks,
            aliases=[asked] if asked != card.question else [],
        )
    if builder.note_card is not None:
        _own_names_and_definition(builder.note_card, meta.definition)
        if title_aliases:
            builder.note_card.title = head
        builder.note_card.aliases.extend([*title_aliases, *meta.aliases, *builder.note_aliases])
    tags.extend(_inline_tags(doc.blocks))
    tag_tuple = tuple(dict.fromkeys(tags))
    return Note(
        title=title,
        source=source,
        tags=tag_tuple,
        cards=builder.cards(tag_tuple),
        aliases=meta.aliases,
        warnings=(*warnings, *builder.warnings),
        link_names=_link_names(doc.blocks),
    )


_KIND_PREFIXES = frozenset({"паттерн", "шаблон", "pattern", "gof", "grasp"})


# File names that say where a note stands in its folder, not what it is about.
_FOLDER_NOTE_STEMS = frozenset(
    """readme index introduction intro overview _index введение обзор notes note конспект
    lecture лекция summary untitled""".split()  # noqa: SIM905 - a word list reads best as text
)


# "compaction definition", "definition of \"side effect\"": a card's question that only asks
# for a term's definition is also named by the term.
_ASKED_TERM = (
    re.compile(
        r"^(?:definition\s+of|define|meaning\s+of|определение)\s+"
        r"[\"'«“]?(?P<term>[^\"'«»“”?]+?)[\"'»”]?\s*\??$",
        re.I,
    ),
    re.compile(r"^(?P<term>[^?]+?)\s+(?:definition|defn|meaning|определение)\s*[?:]?$", re.I),
)
MAX_ASKED_TERM_WORDS = 5


# Template fields that hold the name of the note's term, and only that.
_NAMING_SECTIONS = frozenset(
    """идентификатор термин название наименование понятие name term identifier""".split()  # noqa: SIM905 - a word list reads best as text
)
MAX_NAMED_WORDS = 8


def _named_section(tree: list[Block]) -> tuple[str, list[Block]]:
    """The name a `## Идентификатор` (`## Term`, ...) section gives alone on its one short
    line over a `## Определение` (`## Definition`), and the tree without that section; else
    "" and the tree."""
    for at, block in enumerate(tree):
        if block.kind != "heading" or block.inline is None:
            continue
        if fold(blocks.visible(block.inline)).strip(" :") not in _NAMING_SECTIONS:
            continue
        end = next((i for i in range(at + 1, len(tree)) if tree[i].kind == "heading"), len(tree))
        body = [b for b in tree[at + 1 : end] if not blocks.blank(b)]
        said = blocks.visible(body[0].inline).strip() if len(body) == 1 and body[0].inline else ""
        defined = any(
            b.kind == "heading"
            and b.inline is not None
            and titles.defining(blocks.visible(b.inline))
            for b in tree[end:]
        )
        if (
            defined
            and body
            and body[0].kind == "paragraph"
            and said
            and "\n" not in said
            and len(said.split()) <= MAX_NAMED_WORDS
            and not said.endswith((".", ":", "?", "!"))
        ):
            return said, [*tree[:at], *tree[end:]]
        return "", tree
    return "", tree


def _asked_term(question: str) -> str:
    """The term a flashcard's question asks to define, else the question."""
    for pattern in _ASKED_TERM:
        asked = pattern.match(question.strip())
        if asked is not None and len(asked.group("term").split()) <= MAX_ASKED_TERM_WORDS:
            return asked.group("term").strip()
    return question


def _sole_top(tree: list[Block]) -> bool:
    """The note opens with its first heading, its only one of the top level it uses. Prose
    before it ("Kubernetes or k8s is a container orchestration system." over "## Benefits
    of K8s") is about the note's subject, which that heading is only part of."""
    levels = [b.level for b in tree if b.kind == "heading"]
    opening = next((b for b in tree if b.kind not in ("rule", "html") and not _tags_only(b)), None)
    return (
        bool(levels)
        and opening is not None
        and opening.kind == "heading"
        and levels[0] == min(levels)
        and levels.count(levels[0]) == 1
    )


def _generic(stem: str) -> bool:
    """A name any note could have: `README`, `notes`, `Introduction`."""
    return titles.unnumbered(stem).strip(" _-").casefold() in _FOLDER_NOTE_STEMS


def _folder_named(name: str, stem: str) -> str:
    """The folder's name for a note named like `Introduction.md` or `README.md`, else ""."""
    parts = name.split("/")
    if len(parts) < 2 or not _generic(stem):
        return ""
    return parts[-2].strip()


def _note_title(
    file_name: str, meta: obsidian.Frontmatter, text: str
) -> tuple[str, obsidian.Frontmatter]:
    """The name a note is known by, and its metadata with the other names it answers to."""
    title = meta.title or file_name
    read, exact = ("", False) if meta.title else slugs.read_slug(file_name, text)
    if read and exact:
        # `article_35_funktsii-komandnoi-obolochki.md`: a site's page saved under its slug,
        # named as the note writes those words («функции командной оболочки»).
        meta = replace(meta, aliases=(*meta.aliases, title))
        title = read
    elif read:
        meta = replace(meta, aliases=(*meta.aliases, read))
    written = "" if meta.title or read else titles.as_written(title, text)
    if written:
        # `std_shared_ptr.md` writes itself std::shared_ptr: the name as written, the file
        # name an alias.
        meta = replace(meta, aliases=(*meta.aliases, title))
        title = written
    if titles.unnumbered(title) != title:
        meta = replace(meta, aliases=(*meta.aliases, title))
        title = titles.unnumbered(title)
        if " " not in title:
            # "17_оконные_функции", "L-01-4-Модули-ядра": words, not a code name.
            title = title.replace("_", " ").replace("-", " ")
    sides = titles.bilingual(title)
    if sides is not None:
        # "Условные типы ~ Conditional Types.md": named in both languages.
        meta = replace(meta, aliases=(*meta.aliases, title, sides[1]))
        title = sides[0]
    asked = asking.subject(title)
    if asked != title:
        meta = replace(meta, aliases=(*meta.aliases, title))
        title = asked
    stated = statement_subject(title)
    if stated:
        meta = replace(meta, aliases=(*meta.aliases, stated))
    named = asking.naming_description(meta.description)
    if named:
        # "description: Датаклассы в python" under "title: Python dataclasses".
        meta = replace(meta, aliases=(*meta.aliases, named))
    setting_free = asking.without_setting(title)
    if setting_free and "(" in setting_free:
        # "Каррирование (Currying) в JavaScript": named Каррирование, also Currying.
        meta = replace(meta, aliases=(*meta.aliases, title))
        title = setting_free
    elif setting_free:
        meta = replace(meta, aliases=(*meta.aliases, setting_free))
    kind, _, rest = title.partition(" ")
    if kind.casefold() in _KIND_PREFIXES and rest.strip():
        # "GoF Снимок", "Паттерн Фабричный метод": the catalogue's word, then the name.
        meta = replace(meta, aliases=(*meta.aliases, rest.strip()))
    return title, meta


# "Хранитель, Memento", "Wrapper, Обёртка, Decorator": a line of other names, not a sentence.
_NAME_LIST = re.compile(r"^[^\W\d][\w-]*(?: [\w-]+){0,2}(?:, [^\W\d][\w-]*(?: [\w-]+){0,2}){1,5}$")


def _phrase_listed(line: str) -> bool:
    """ "Работа, выполняемая человеком": after the comma a phrase of small Russian words
    says what the first word is; other names are single words or names ("Обёртка",
    "Abstract Factory"). "считает количество строк, слов": a line led by what the thing
    does lists what it does it to."""
    first = line.split(",")[0].split()
    if len(first) > 1 and itemterms.DOES.match(first[0]):
        return True
    return any(
        len(part.split()) > 1 and any(w[:1].islower() and is_cyrillic(w) for w in part.split())
        for part in line.split(",")[1:]
    )


def _own_names_and_definition(card: Draft, defined: str) -> None:
    """A note opening with a line of its other names has those names, not that line, as
    what it says; a definition its metadata gives (`Определение: ...`) is then its text."""
    if _NAME_LIST.match(card.definition.strip()) and not _phrase_listed(card.definition):
        card.aliases.extend(n.strip() for n in card.definition.split(","))
        card.definition = ""
    if defined and not card.definition:
        card.definition = defined
    led = itemterms.kind_led(Inline(text=card.definition))
    if (
        led is not None
        and led.title.casefold() in {w.casefold() for w in card.title.split()}
        and led.title not in card.aliases
    ):
        # "Определение доминирующих цветов с помощью Palette" / "Библиотека Palette
        # определяет ...": the note is about the thing its first sentence names.
        card.aliases.append(led.title)
    # "Typescript Roadmap" opening "TypeScript — это надстройка над JavaScript", "Haml Setup
    # in Rails" opening "Haml is a templating language": the note is about the thing its
    # title names and its first sentence defines.
    opening = Inline(text=card.definition)
    defined_first = itemterms.copula_term(opening, among_others=True) or terms.term_of(
        opening, top=True
    )
    if defined_first is not None:
        subject = defined_first.title.strip()
        said = subject.casefold().split()
        title = card.title.casefold().split()
        if (
            0 < len(said) < len(title)
            and any(title[i : i + len(said)] == said for i in range(len(title)))
            and subject not in card.aliases
        ):
            card.aliases.append(subject)


# Verbs that end the subject of a note named as a statement (Zettelkasten style).
_STATEMENT_VERBS = frozenset(
    word
    for line in """
    is are was were means mean stands uses use lets let allows allow enables enable prevents
    prevent reuses reuse detects detect encodes encode carries carry hides hide handles handle
    opens open keeps keep stores store streams stream forwards forward terminates terminate
    acknowledges acknowledge synchronizes synchronize eliminates eliminate upgrades upgrade
    requires require has have contains contain provides provide works work sends send
    receives receive matters matter can cannot does do makes make creates create combines
    combine breaks break adds add encapsulates encapsulate identifies identify returns return
    runs run splits split maps map guarantees guarantee needs need only always never
    """.strip().splitlines()
    for word in line.split()
)
_STATEMENT_WORD = re.compile(r"[^\s]+")


def statement_subject(title: str) -> str | None:
    """`HTTP Keep-Alive reuses TCP connections across multiple requests` → `HTTP Keep-Alive`:
    the thing a note named as a whole statement is about (English titles of four words or
    more, the subject being one to four words before its verb)."""
    tokens = _STATEMENT_WORD.findall(title)
    if len(tokens) < 4 or re.search(r"[а-яё]", title, re.I):
        return None
    for i, token in enumerate(tokens[1:5], start=1):
        if token.casefold() in _STATEMENT_VERBS:
            words = tokens[:i]
            if words[0].casefold() in _QUESTION_LEADS:
                return None  # "What is the difference ..." asks; it states nothing
            if words[0].casefold() in ("a", "an", "the") and len(words) > 1:
                words = words[1:]
            return " ".join(words).strip(",;:") or None
    return None


_QUESTION_LEADS = frozenset({"how", "why", "what", "which", "who", "when", "where"})


def _name_the_note(builder: NoteBuilder, tree: list[Block], aliases: list[str]) -> None:
    """A note that opens with a heading of another name (`DOM-дерево.md`: `## Object model`)
    still answers to its own name and aliases: its one top section takes them, or, with
    several, a card named as the note lists them."""
    first = next((b for b in tree if not _blank(b)), None)
    if first is not None and first.kind == "paragraph":
        # "**Партиционирование** — это ..." opening `Partitioning (...) в PostgreSQL.md`:
        # the term it defines first is what the note is about.
        opening = next((d for d in builder.drafts if d.line == first.line), None)
        if opening is not None and opening.parent is None and opening.kind is CardKind.TERM:
            opening.aliases.extend(
                n for n in (builder.title, *aliases) if n not in opening.aliases
            )
        return
    if first is None or first.kind != "heading":
        return
    heading_lines = {b.line for b in tree if b.kind == "heading"}
    tops = [
        d
        for d in builder.drafts
        if d.parent is None
        and d.line in heading_lines
        and d.kind in (CardKind.TERM, CardKind.TOPIC)
    ]
    if not tops or tops[0].line != first.line:
        return  # "# Память и сборка мусора" over its sections titles the note: no card to name
    names = [builder.title, *aliases]
    if len(tops) == 1 and labels.is_grouping(tops[0].title):
        # Firewall.md opening with "### Types" over its kinds: the card is the note's.
        tops[0].aliases.extend(aliases)
        tops[0].title = builder.title
        return
    if len(tops) == 1:
        tops[0].aliases.extend(names)
        return
    # "005_Словарь (dict).md": named Словарь; "dict" is among the aliases.
    named = altnames.split_aliases(builder.title)[0] or builder.title
    note = builder.new(named, first.line, (), kind=CardKind.TOPIC, aliases=list(aliases))
    note.items.extend(d.title for d in tops)
    builder.drafts.remove(note)
    builder.drafts.insert(builder.drafts.index(tops[0]), note)
    for draft in tops:
        draft.parent = note


def _blank(block: Block) -> bool:
    """Nothing a reader sees as the note's start: rules, lines of tags only, and markup
    without text (`<div align="center">` around the title)."""
    if block.kind == "rule":
        return True
    text = block.inline.plain() if block.inline is not None else ""
    if block.kind == "html":
        return not text
    return block.kind == "paragraph" and bool(re.fullmatch(r"(?:#[^\s#]+\s*)*", text))


def _link_names(blocks: list[Block]) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    pending = list(blocks)
    while pending:
        block = pending.pop()
        if block.inline is not None:
            out.extend(block.inline.link_names)
            out.extend(_note_links(block.inline.links))
        for row in block.rows:
            for cell in row:
                out.extend(cell.link_names)
        pending.extend(block.children)
    return tuple(dict.fromkeys(out))


_QUOTED_NAME = re.compile(r"[\"«“]([^\"«»“”]{2,60})[\"»”]")


def _note_links(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`[Лекция "Канальный уровень"](/Channel_level/1_Channel_level.md)`: a Markdown link to
    another note names it as a wikilink does (the quoted part when the text quotes one)."""
    out: list[tuple[str, str]] = []
    for text, url in links:
        path = unquote(url.split("#", 1)[0]).strip()
        if not path.endswith(NOTE_SUFFIXES) or "://" in path:
            continue
        quoted = _QUOTED_NAME.search(text)
        out.append((note_stem(path).lstrip("./"), quoted.group(1) if quoted else text))
    return out


def _tag_line_tags(text: str) -> list[str]:
    """Tags on lines that hold nothing else (`#flashcards/linux`): the note's own tags."""
    return [
        tag
        for line in text.split("\n")
        if line.strip().startswith("#") and re.fullmatch(r"(?:#[^\s#]+\s*)+", line.strip())
        for tag in obsidian.tags_in(line)
    ]


def _tags_only(block: Block) -> bool:
    """A paragraph of `#tags` and nothing else."""
    if block.kind != "paragraph" or block.inline is None:
        return False
    text = block.inline.plain()
    return bool(text) and re.fullmatch(r"(?:#[^\s#]+\s*)+", text) is not None


# "_( черновик )_", "WIP", "[В работе]": the note's state, written above it; it says
# nothing of the subject.
_STATUS = re.compile(
    r"[\W_]*(?:черновик|draft|wip|work in progress|in progress|todo|to do|в работе|"
    r"не дописано|недописано|не закончено|дописать|stub|заготовка)[\W_]*",
    re.I,
)


def _unmarked(tree: list[Block]) -> list[Block]:
    """The note without a paragraph above its first heading that only marks its state."""
    first = next((i for i, b in enumerate(tree) if b.kind == "heading"), len(tree))
    return [
        b
        for i, b in enumerate(tree)
        if i >= first
        or b.kind != "paragraph"
        or b.inline is None
        or _STATUS.fullmatch(b.inline.plain()) is None
    ]


def _leading_tags(blocks: list[Block]) -> list[str]:
    out: list[str] = []
    for block in blocks:
        if _tags_only(block) and block.inline is not None:
            out.extend(obsidian.tags_in(block.inline.plain()))
            continue
        if block.kind != "rule":
            break
    return out


def _inline_tags(blocks: list[Block]) -> list[str]:
    out: list[str] = []
    pending = list(blocks)
    while pending:
        block = pending.pop()
        inline = block.inline
        if block.kind in ("paragraph", "heading") and inline is not None and "#" in inline.text:
            out.extend(obsidian.tags_in(inline.text))
        pending.extend(block.children)
    return sorted(set(out), key=out.index)
