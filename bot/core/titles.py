"""Card titles as a reader names them: heading decoration, numbering and emoji, section
words, and the names a heading gives. Question headings are read by `asking.py`, terms inside
lines by `terms.py`.

Hand-written: these are conventions of how people write study notes, not Markdown syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.core import asking, headparts
from bot.core.altnames import script_of, spells_out, split_aliases
from bot.core.labels import is_section_word, without_pronouns
from bot.core.obsidian import clean
from bot.core.text import CYRILLIC_LETTER, fold

_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u20e3\u200d\U000e0020-\U000e007f\ufffd]+"
)


_KEYCAP = re.compile(r"\d{1,2}\ufe0f?\u20e3")  # 1️⃣ numbering, after other emoji too ("📜 2️⃣")


_NUMBERING = re.compile(
    r"^\s*(?:(?:\d{1,3}[.)]{1,2}){1,4}|\d{1,3}(?:\.\d{1,3})+[.)]?|[IVX]{1,5}[.)]|[a-zа-яё][.)]"
    # "Раздел 2: Безопасность", "Chapter 3 - Networking", "Урок 5. Циклы"
    r"|(?:раздел|глава|часть|тема|урок|лекция|модуль|section|chapter|part|lesson|lecture"
    r"|module|unit)\s+(?:\d{1,3}|[IVX]{1,5})\s*[.:)–—-]?"
    # "Strategy 1: Expand-Contract", "Способ 2. Через volume", "Goal 2: Incapacitation": one
    # of several ways or aims, numbered.
    r"|(?:strategy|approach|option|method|technique|solution|way|pattern|goal|aim|способ|"
    r"подход|вариант|стратегия|метод|решение|цель)\s+\d{1,2}\s*[.:)–—-])\s+"
    # "Mechanism 1A: Complement System", "Type 2: Delayed": one of several kinds, numbered,
    # then its name ("Шаг 1: LPUSH", "Задание 2: Сортировка" are what to do, and stay).
    r"|^\s*(?!(?:step|шаг|этап|task|задание|задача|exercise|упражнение|question|вопрос|"
    r"example|пример)\s)(?-i:[A-ZА-ЯЁ][a-zа-яё]{2,}\s+\d{1,2}[A-Z]?:\s+(?=[A-ZА-ЯЁ]))",
    re.I,
)


DEFINING_SECTIONS = frozenset(
    {"определение", "описание", "что это", "что это такое", "что такое", "what is it", "суть",
     "definition",
     "зачем нужен", "зачем нужно",
     "зачем нужна", "зачем нужны", "для чего нужен", "для чего", "назначение", "purpose",
     "общие сведения", "общая информация", "основные сведения", "overview", "general",
     "tl;dr", "tldr", "кратко", "коротко", "в двух словах", "summary", "in short",
     # "## Вопрос: JOIN виды" / "## Простой ответ": the answer says what the heading names.
     "ответ", "простой ответ", "короткий ответ", "краткий ответ", "answer", "short answer"}
)  # fmt: skip


def defining(title: str) -> bool:
    """ "## Определение", "## Что это такое?", "**Описание:**": a heading that says what the
    heading or note above it names."""
    said = fold(title).strip().rstrip("?!.: ")
    return said in DEFINING_SECTIONS or without_pronouns(said) in DEFINING_SECTIONS


@dataclass(frozen=True, slots=True, kw_only=True)
class Heading:
    title: str
    aliases: tuple[str, ...] = ()
    question: str = ""  # the heading as written, when it asks a question
    section_word: bool = False
    after_label: tuple[str, ...] = ()  # "Old Solution: Overlays" → Overlays
    said: str = ""  # "### Стек TCP/IP — это базовый набор правил ...": what it says of it
    # "Loose Objects and Packfiles": each thing it names; "The Thermidorian Reaction": the
    # name without its article. Names of a section's card, not of a note's opening heading.
    parts: tuple[str, ...] = ()


# "2.VPCs-and-Subnets", "17.Amazon ElastiCache", "01 - Intro": a course's note order.
_NOTE_NUMBER = re.compile(
    r"^\d{1,3}(?:\.\d{1,3})*(?:[._)]\s*|\s+[-–—]\s+)(?=[^\W\d_])|^\d{1,3}(?:\.\d{1,3})+\s+"
    # "004_1.0_Оператор", "004_4.0 Оператор (Тернарный)": chapter and section numbers.
    r"|^\d{1,3}(?:[._]\d{1,3})+[._\s]\s*(?=[^\W\d_])"
    # "L-01-4-Модули-ядра": a course's lesson code.
    r"|^[A-Za-z]{1,3}-\d{1,3}(?:-\d{1,3})*-(?=[^\W\d_])"
    # "TSQL-7. Нормализация базы данных", "Lab-2. Сети": a course's code and lesson number.
    r"|^[A-Za-zА-Яа-яЁё]{1,6}-\d{1,3}\.\s+(?=[^\W\d_])"
)


def unnumbered(name: str) -> str:
    """A note's name without the number that orders it in its folder."""
    return _NOTE_NUMBER.sub("", name, count=1).strip() or name


# Characters a file name cannot hold, which a note's name written out may: `std::shared_ptr`
# is saved as `std_shared_ptr.md`, `CI/CD` as `CI_CD.md`.
_UNSAVABLE = re.compile(r'::|[:/\\?*|<>"]')


def as_written(name: str, text: str) -> str:
    """The name a note saved under `name` writes for itself, where the file name had to put
    `_` for a character no file name may hold; "" when the text never writes it so."""
    if "_" not in name or " " in name:
        return ""
    parts = [re.escape(p) for p in name.split("_")]
    if not all(parts):
        return ""
    pattern = re.compile(
        r"(?<![\w:/])" + r"(?:_|::|[:/\\?*|<>\"])".join(parts) + r"(?![\w:/])", re.I
    )
    seen: dict[str, int] = {}
    for m in pattern.finditer(text):
        form = m.group()
        if _UNSAVABLE.search(form):
            seen[form] = seen.get(form, 0) + 1
    if seen:
        return max(seen, key=lambda f: seen[f])
    if not all(p.isalpha() for p in name.split("_")):
        return ""
    # "Parts_of_Speech.md" that writes "# Parts of Speech": a space the file name lost.
    spaced = re.search(r"(?<!\w)" + r" ".join(parts) + r"(?!\w)", text, re.I)
    return spaced.group() if spaced else ""


_QUOTED = re.compile(r'^(["«“])([^"«»“”]+)(["»”])$')


def tidy(title: str) -> str:
    """A card title without emoji (`🟡 Merge Intervals`) or quotes around it
    (`"Radical Candor"`); the title itself when nothing else would be left."""
    text = " ".join(_EMOJI.sub(" ", title).split())
    quoted = _QUOTED.match(text)
    if quoted:
        text = quoted.group(2).strip()
    return text if any(ch.isalnum() for ch in text) else title


def _strip_decoration(text: str) -> str:
    text = _KEYCAP.sub(" ", text)
    text = _EMOJI.sub(" ", text)
    # "22.09.2025. Лекция 3. Минимизация", "Замыкание 10.11.2025": a lecture's date.
    text = _DATED.sub(" ", text).strip() or text
    text = _NUMBERING.sub("", text)
    text = re.sub(r"^[\s*#>•·–—-]+", "", text)
    text = _ACRONYM_LETTER.sub("", text)
    text = _CHECKBOX.sub("", text)  # "## [ ]Массив как объект": a to-do box kept in a heading
    return " ".join(text.split()).rstrip(" :;,.–—-").strip()


_CHECKBOX = re.compile(r"^\[[ xX]?\]\s*")
_DATE = r"(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})"
_DATED = re.compile(rf"^\s*{_DATE}[.:,]?\s+|\s+[(\[]?{_DATE}[)\]]?\s*$")
# "### L - Принцип подстановки Барбары Лисков", "A – Atomicity": the letter of an acronym
# the heading spells out.
_ACRONYM_LETTER = re.compile(r"^[A-ZА-ЯЁ]\s+[—–-]\s+(?=\w{3})")


# "Parts of Speech / Части речи", "Определение | Definition", "Условные типы ~ Conditional
# Types": one name in two languages.
_BILINGUAL = re.compile(r"^([^/|~]{2,60}?)\s+[/|~]\s+([^/|~]{2,60})$")
MAX_BILINGUAL_WORDS = 5


_FRAMED = re.compile(r"\|\s*([^|]+?)\s*\|")


def heading(text: str) -> Heading:
    """A heading's card title: decoration stripped, a question reduced to its subject,
    a bracketed abbreviation or translation split off as an alias."""
    framed = _FRAMED.fullmatch(text.strip())
    if framed is not None:
        text = framed.group(1)  # "# | Pod |": a name framed as a table cell
    sides = _BILINGUAL.match(text.strip())
    if sides is not None and _translated(sides.group(1), sides.group(2)):
        first = _heading_named(sides.group(1))
        other = _heading_named(sides.group(2))
        names = [n for n in (*first.aliases, other.title, *other.aliases) if n != first.title]
        return replace(
            first,
            aliases=tuple(dict.fromkeys(names)),
            section_word=first.section_word or other.section_word,
        )
    tag = _TAG_PAIR.fullmatch(text.strip())
    if tag is not None:
        # "### <datalist> </datalist>": the tag, and its name as words say it.
        return Heading(title=f"<{tag.group(1)}>", aliases=(tag.group(1),))
    found = _heading_named(text)
    kind = _KIND_NAMED.match(found.title)
    if (
        kind is not None
        and _CODE_NAME.search(kind.group(1))
        and kind.group(1) not in found.aliases
    ):
        # "Class DetailView", "Паттерн MVC": the code's or the acronym's own name.
        return replace(found, aliases=(*found.aliases, kind.group(1)))
    return found


_TAG_PAIR = re.compile(r"<([a-zA-Z][\w-]*)>(?:\s*</\1>)?")
_KIND_NAMED = re.compile(
    r"^(?:class|класс|interface|интерфейс|method|метод|function|функция|module|модуль|"
    r"decorator|декоратор|annotation|аннотация|struct|enum|паттерн|pattern|"
    r"шаблон\s+проектирования)\s+([A-Za-z_][\w.]*(?:\(\))?)$",
    re.I,
)
# A name code writes ("DetailView", "map()", "os.path", "max_length") or an acronym ("MVC").
_CODE_NAME = re.compile(r"^.+[A-Z_.(]|^[A-Z]{2,}$")


def bilingual(name: str) -> tuple[str, str] | None:
    """A name written in both languages ("Условные типы ~ Conditional Types"): its two
    sides, else None."""
    sides = _BILINGUAL.match(name.strip())
    if sides is None or not _translated(sides.group(1), sides.group(2)):
        return None
    return sides.group(1).strip(), sides.group(2).strip()


def _translated(one: str, other: str) -> bool:
    """Two short names, one in Latin letters and one in Cyrillic: a translation. The mark
    inside a bracket ("Генераторы списков (Списочные выражения | List comprehensions)")
    parts the bracket's names, not the heading."""
    if one.count("(") != one.count(")"):
        return False
    plain = [_strip_decoration(clean(s)) for s in (one, other)]
    return all(0 < len(s.split()) <= MAX_BILINGUAL_WORDS for s in plain) and {
        script_of(plain[0]),
        script_of(plain[1]),
    } == {"cyr", "lat"}


# "Entropy, $S$", "Enthalpy of Formation, $\Delta H_f$", "Bond Energy, $BE$", "Molarity, $c$":
# a quantity, then the symbol it is written with.
_SYMBOL_TAIL = re.compile(
    r"^([^,]{3,}?),\s+((?:[A-Z]{1,4}|[a-z]|[ΔΣΩΦΨΛΓΘαβγδεζηθλμνξπρστφχψω]\S*|[A-Za-z]_\S+)"
    r"(?:\s[A-Z]{1,3})?(?:\s*\^\S+)?)$"
)


def _heading_named(text: str) -> Heading:
    found = _heading(text)
    symbol = _SYMBOL_TAIL.match(found.title) if not found.question else None
    if symbol is not None:
        quantity = _heading_named(symbol.group(1))
        return replace(quantity, after_label=(*quantity.after_label, symbol.group(2)))
    spelled = _SPELLED.match(found.title)
    if spelled and spells_out(spelled.group(1), spelled.group(2)):
        # "NARK: Non-interactive Argument of Knowledge", "OLAP - Online Analytical
        # Processing": the short name, and the words it stands for as another.
        return Heading(title=spelled.group(1), aliases=(spelled.group(2),))
    stated = _STATED.match(found.title) if not (found.question or found.section_word) else None
    if stated:
        # "### Стек протоколов TCP/IP — это базовый набор правил ...": a definition written
        # as the heading; the name is before the dash.
        head, aliases, _ = split_aliases(stated.group(1).strip())
        return Heading(title=head, aliases=aliases, said=stated.group(2).strip())
    colon = (
        _COLON_STATED.match(found.title) if not (found.question or found.section_word) else None
    )
    if colon and len(colon.group(2).split()) >= MIN_COLON_STATED_WORDS:
        # "Принцип инверсии зависимостей: модули верхнего уровня не должны зависеть от ...":
        # the name, then a sentence saying what it is.
        head, aliases, _ = split_aliases(colon.group(1).strip())
        return Heading(title=head, aliases=aliases, said=colon.group(2).strip())
    glossed = _GLOSSED.match(found.title) if not found.question else None
    if glossed and not found.section_word and _glosses(*glossed.groups()):
        # "Stages — этапы пайплайна", "initramfs - временная корневая ФС": the name, then a
        # gloss of it (a weaker name, like the words after a label).
        head, aliases, remark = split_aliases(glossed.group(1).strip())
        # "?. – оператор опциональной последовательности (optional chaining)": the gloss's
        # bracket is another name of the thing.
        gloss, gloss_names, _ = split_aliases(glossed.group(3).strip())
        # "Control Plane (Master Node) - …": a bracket that is no alias is a weaker name too.
        glossed_by: tuple[str, ...] = (gloss, remark) if remark else (gloss,)
        return Heading(title=head, aliases=(*aliases, *gloss_names), after_label=glossed_by)
    phrases = headparts.phrases(found.title) if not (found.question or found.section_word) else ()
    named_parts = headparts.named_parts(phrases)
    if named_parts:
        # "Задачи сетевой коммуникации. Модель OSI": two names, each of the heading.
        return Heading(title=found.title, aliases=named_parts)
    title, aliases, remark = _split_after_label(found.title)
    labelled = _LABELLED.match(title) if not (found.section_word or found.question) else None
    # "Old Solution: Overlays", "Related theory: Memory barriers/ fences": a label, then the
    # name the heading is about (a weaker name than the heading's own).
    named = labelled.group(1).strip() if labelled else ""
    head_part = title.split(":", 1)[0]
    if _tells_of_name(head_part, named) and not any(ch.isdigit() for ch in head_part):
        # "Memoization: the fix for repeated states": the name, then what it is;
        # "Endogenous attention: goal-driven attention": the kind of thing said again.
        return Heading(title=head_part.strip(), aliases=aliases, after_label=(named,))
    if (
        _LATIN_TOKEN.match(named)
        and CYRILLIC_LETTER.search(head_part)
        and not any(ch.isdigit() for ch in head_part)  # "Шаг 1: docker" is a step
        and not is_section_word(head_part)  # "Пример: Hello World" is an example
    ):
        # "Внутреннее устройство: quicklist", "Современные подходы: try-with-resources": what
        # the section tells of, then the name of the thing it is about.
        return Heading(title=named, aliases=aliases, after_label=(title,))
    after = (named, *(p.strip() for p in named.split("/") if "/" in named)) if named else ()
    if named and " " not in head_part.strip() and not is_section_word(head_part):
        # "Reflog: Git's Safety Net": a one-word name, then a tagline of it.
        aliases = (*aliases, head_part.strip())
    # "Что такое Mutex и Monitor?" asks of two things, each a name of the card too; "В чем
    # разница между X и Y" names the comparison.
    between = bool(found.question) and title.startswith("Разница между")
    parts = () if found.section_word or labelled or between else headparts.joined_names(title)
    wrapped = (
        headparts.WRAPPED.match(title) if not (found.question or found.section_word) else None
    )
    if wrapped and not parts and 0 < len(wrapped.group(1).split()) <= headparts.MAX_JOINED_WORDS:
        # "Understanding catalina.sh", "Introduction to Docker", "Знакомство с Redis": the
        # name the section introduces.
        parts = (wrapped.group(1).strip(),)
    the = title[:4].casefold() == "the " and " " in title[4:].strip()
    if the and not (found.question or parts):
        # "## The Thermidorian Reaction" is the Thermidorian Reaction ("The Index" stays
        # whole).
        parts = (title[4:].strip(),)
    if len(remark.split()) >= 2 and not found.question and not found.section_word and title:
        # "Закон Амдала (Не всё можно распараллелить)": the name, and a remark on it.
        after = (*after, remark)
    elif not aliases and not after and title == found.title:
        return replace(found, parts=parts)
    elif not aliases and not after and remark and not found.title.startswith("("):
        # "Round Robin (по умолчанию в Envoy)", "Peace of Westphalia (1648)": the remark
        # stays with the name, and the name alone names it too.
        alone = (*found.aliases, title) if title else found.aliases
        return replace(found, aliases=alone, parts=parts)
    return Heading(
        title=title,
        aliases=(*aliases, *found.aliases),
        question=found.question,
        section_word=found.section_word,
        after_label=tuple(a for a in after if a),
        parts=parts,
    )


def _split_after_label(text: str) -> tuple[str, tuple[str, ...], str]:
    """`split_aliases` of a heading, where a bracket after a label's name is that name's
    ("Solution: Direct Memory Access (DMA)"), not a remark on the label and name both."""
    title, aliases, remark = split_aliases(text)
    label, colon, tail = text.partition(":")
    if remark and not aliases and colon and label.strip():
        _, tail_aliases, tail_remark = split_aliases(tail.strip())
        if tail_aliases:
            return title, tail_aliases, tail_remark
    return title, aliases, remark


def _tells_of_name(head: str, named: str) -> bool:
    """ "Memoization: the fix for repeated states", "Endogenous attention: goal-driven
    attention", 'Канал завершения: "Я закончил работу!"': what follows the colon says
    something of the name before it, which is the heading's name."""
    if _QUOTED_TAGLINE.match(named):
        return not is_section_word(head)
    return bool(_DESCRIBED.match(named)) and (
        len(named.split()) >= MIN_DESCRIBED_WORDS or _same_kind(head, named)
    )


_STATED = re.compile(
    r"^([^—–]{1,60}?\S)\s+[—–-]\s+((?:это|is|are|означает|means)\s.{10,}|[^—–]{61,})$", re.I
)
# "OLAP - Online Analytical Processing", "GDPR-> General Data Protection Regulation": a
# colon, a dash or an arrow between the short name and its words.
_SPELLED = re.compile(
    r"^([A-Za-z][A-Za-z0-9]{1,7})\s*(?::|\s[—–-]|-+>|→|=>?)\s+([A-Z][\w'-]*(?:\s+[\w'-]+){1,7})$"
)
_COLON_STATED = re.compile(r"^([^:]{3,60}?\S):\s+([a-zа-яё][^:]{20,})$")
MIN_COLON_STATED_WORDS = 6
_GLOSSED = re.compile(r"^([^—–]{1,40}?\S)\s+([—–-])\s+([^—–]{2,60})$")
MAX_GLOSSED_NAME_WORDS = 4


def _glosses(name: str, dash: str, gloss: str) -> bool:
    """A dash between a name and what it is: "Stages — этапы пайплайна". A hyphen with
    spaces joins two words as often ("Client - Server Architecture"): only a one-word name
    glossed in the other alphabet ("initramfs - временная корневая ФС") counts."""
    if len(name.split()) > MAX_GLOSSED_NAME_WORDS:
        return False
    if dash in "—–":
        return True
    # "Control Plane (Master Node) - управляющие узлы": glossed in the other alphabet.
    return script_of(name) != script_of(gloss)


def described_kind(title: str) -> tuple[str, str] | None:
    """ "Endogenous attention: goal-driven attention": (the name, what kind of it), when
    the words after a colon end in the name's own last word; else None."""
    name, colon, told = title.partition(":")
    told = told.strip().rstrip(".;,").strip()
    if not colon or not _DESCRIBED.match(told) or not _same_kind(name.strip(), told):
        return None
    return name.strip(), told


def _same_kind(name: str, described: str) -> bool:
    """The words after the colon end in the name's own last word: what kind of it."""
    said, told = name.split(), described.split()
    return len(said) >= 2 and len(told) >= 2 and fold(said[-1]) == fold(told[-1]).rstrip(".;,")


_LABELLED = re.compile(r"^[^:]{3,40}:\s+([^:]{2,60})$")
# "quicklist", "try-with-resources", "Hinge Loss": a Latin name of up to three words.
_LATIN_TOKEN = re.compile(r"^[A-Za-z][\w.-]*[A-Za-z0-9](?: [A-Za-z][\w.-]*[A-Za-z0-9]){0,2}$")
MIN_DESCRIBED_WORDS = 3  # "Format 2: adjacency list" is a label and a name
# What follows a colon when it says what the name before it is, not another name.
_DESCRIBED = re.compile(r"^(?:[Tt]he|[Aa]n?|[Hh]ow|[Ww]hy|[Ww]hat|[Ww]hen)\s|^[a-zа-яё]")
# 'Канал завершения: "Я закончил работу!"': a sentence in quotes after the name is its
# motto ('Ошибка: "Not a git repository"' quotes the error's own words).
_QUOTED_TAGLINE = re.compile(r"""^["«“„'][^"«»“”„]+(?:[.!?…]["»”']|["»”'][.!?…])$""")


# "Вопрос: JOIN виды", "Q3. What is CORS?", "Тема: Индексы", "Definition — production
# function": a label saying what kind of heading follows; the rest is what it names.
_NAME_LABEL = re.compile(
    r"^(?:вопрос|question|q|тема|topic|термин|term|понятие|concept|определение|опр|"
    r"definition|def)\s*\d{0,3}\s*(?:[:.)]|\s[—–-])\s+(?=\S)",
    re.I,
)


def _heading(text: str) -> Heading:
    title = _strip_decoration(clean(text))
    title = _NAME_LABEL.sub("", title, count=1)
    if title.startswith("(") and title.endswith(")") and title.count("(") == 1:
        title = title[1:-1].strip()  # "Def. (Дисперсия)": the name in its brackets
    if not title:
        return Heading(title="")
    if is_section_word(title) or (_QUALIFIER.match(title) and not _keywords(title)):
        # "### Для словарей" under "## Метод (.pop)": which case of the card above.
        return Heading(title=title.rstrip("?!. "), section_word=True)
    found = asking.asked(title)
    if found is None:
        return Heading(title=title)
    return Heading(
        title=found.title,
        aliases=found.aliases,
        question=found.question,
        section_word=found.about_above,
    )


_QUALIFIER = re.compile(
    r"^(?:для|for|при|with|в|во|in|на|on)\s+(?!(?:чего|что|what|which|how)\b)[^\s?]+"
    r"(?:\s+[^\s?]+)?:?$",
    re.I,
)


def _keywords(title: str) -> bool:
    """ "ON DELETE CASCADE", "WITH CHECK OPTION": a clause of code written in capitals, not
    "### In Python" saying which case of the card above."""
    said = title.split()
    return len(said) >= MIN_CLAUSE_WORDS and title.isascii() and title.isupper()


MIN_CLAUSE_WORDS = 3
