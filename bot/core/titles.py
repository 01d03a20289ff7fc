"""Card titles as a reader names them: heading decoration, numbering and emoji, question
headings reduced to their subject, section words, and names with their setting ("в Python").
Terms inside lines are `terms.py`.

Hand-written: these are conventions of how people write study notes, not Markdown syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.core.altnames import script_of, spells_out, split_aliases
from bot.core.labels import is_section_word
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
    # "Strategy 1: Expand-Contract", "Способ 2. Через volume": one of several ways, numbered.
    r"|(?:strategy|approach|option|method|technique|solution|way|pattern|способ|подход|"
    r"вариант|стратегия|метод|решение)\s+\d{1,2}\s*[.:)–—-])\s+",
    re.I,
)


_ASPECTS_RU = r"(?:история|происхождение|значение|смысл|определение)"
_ASPECTS_EN = r"(?:history|origin|meaning|definition)"
_QUESTIONS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.I)
    for p in (
        # "Что такое и зачем нужен ARP?": the name comes after both questions.
        r"^что\s+такое\s+и\s+(?:зачем|для\s+чего)\s+(?:нужен|нужна|нужно|нужны)\s+(.+)$",
        r"^что\s+(?:такое|означает|значит|делает|представляет\s+собой)\s+(?:(?:термин|слово)\s+)?(.+)$",
        r"^что\s+за\s+(.+)$",
        # "Security Group — что это?", "DaemonSet — зачем?", "ACID — расшифровка".
        r"^(.+?)\s+[—–-]\s+(?:что\s+это(?:\s+такое)?|зачем(?:\s+(?:он|она|оно|они))?"
        r"(?:\s+нуж(?:ен|на|но|ны))?|для\s+чего|расшифровка|what\s+is\s+it)$",
        r"^(?:зачем|для\s+чего)\s+(?:нужен|нужна|нужно|нужны|используется|используют|"
        r"применяется|служит)\s+(.+)$",
        r"^как\s+(?:работает|работают|устроен|устроена|устроено|устроены)\s+(.+)$",
        r"^(?:за\s+что|для\s+чего)\s+(?:отвечает|отвечают|нужен|нужна|нужно|нужны)\s+(.+)$",
        r"^what\s+(?:is|are|does)\s+(?:an?\s+|the\s+)?(?:(?:term|word)\s+)?(.+?)"
        r"(?:\s+do|\s+mean|\s+stand\s+for)?$",
        r"^как\s+расшифровывается\s+(?:аббревиатура\s+)?(.+)$",
        r"^(?:why|when)\s+(?:do\s+(?:we|you)\s+)?(?:need|use)\s+(?:an?\s+|the\s+)?(.+)$",
        r"^how\s+(?:does|do)\s+(?:an?\s+|the\s+)?(.+?)\s+work$",
        # "История и значение термина экология", "Meaning of the term entropy".
        rf"^{_ASPECTS_RU}(?:\s+и\s+{_ASPECTS_RU})?\s+(?:термина|понятия|слова)\s+(.+)$",
        rf"^(?:{_ASPECTS_EN}(?:\s+and\s+{_ASPECTS_EN})?\s+of\s+)?the\s+(?:term|word|concept)"
        r"\s+(.+)$",
    )
)


# "Что такое модули ядра:" is a question even without its question mark.
_ASKED_PLAINLY = re.compile(r"^(?:что\s+такое|what\s+is|what\s+are)\s", re.I)


def asks_what(title: str) -> bool:
    """A heading asking what something is ("Что такое модули ядра")."""
    return bool(_ASKED_PLAINLY.match(title))


_DIFFERENCE = re.compile(
    r"^(?:чем|в\s+чём|в\s+чем)\s+(?:отличается|отличаются|разница\s+между)\s+(.+?)"
    r"(?:\s+от\s+(.+))?$",
    re.I,
)
# "Чем CI отличается от CD?": the subject between the two words.
_DIFFERENCE_AROUND = re.compile(r"^чем\s+(.+?)\s+(?:отличается|отличаются)\s+от\s+(.+)$", re.I)


_BETWEEN = re.compile(r"\bмежду\s", re.I)


def _difference(asked: str) -> tuple[str, str] | None:
    """The subject and the other side of a question asking a difference, or None."""
    m = _DIFFERENCE.match(asked) or _DIFFERENCE_AROUND.match(asked)
    return (m.group(1), m.group(2) or "") if m else None


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
    return fold(title).strip().rstrip("?!.: ") in DEFINING_SECTIONS


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
MIN_FIRST_QUESTION_WORDS = 2


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


# "Entropy, $S$", "Enthalpy of Formation, $\Delta H_f$", "Bond Energy, $BE$": a quantity,
# then the symbol it is written with.
_SYMBOL_TAIL = re.compile(
    r"^([^,]{3,}?),\s+((?:[A-Z]{1,4}|[ΔΣΩΦΨΛΓΘαβγδεζηθλμνξπρστφχψω]\S*|[A-Za-z]_\S+)"
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
    phrases = _phrases(found.title) if not (found.question or found.section_word) else ()
    named_parts = _named_parts(phrases)
    if named_parts:
        # "Задачи сетевой коммуникации. Модель OSI": two names, each of the heading.
        return Heading(title=found.title, aliases=named_parts)
    title, aliases, remark = split_aliases(found.title)
    labelled = _LABELLED.match(title) if not (found.section_word or found.question) else None
    # "Old Solution: Overlays", "Related theory: Memory barriers/ fences": a label, then the
    # name the heading is about (a weaker name than the heading's own).
    named = labelled.group(1).strip() if labelled else ""
    head_part = title.split(":", 1)[0]
    if (
        _DESCRIBED.match(named)
        and len(named.split()) >= MIN_DESCRIBED_WORDS
        and not any(ch.isdigit() for ch in head_part)
    ):
        # "Memoization: the fix for repeated states": the name, then what it is.
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
    parts = () if found.section_word or labelled or between else _joined_names(title)
    wrapped = _WRAPPED.match(title) if not (found.question or found.section_word) else None
    if wrapped and not parts and 0 < len(wrapped.group(1).split()) <= MAX_JOINED_WORDS:
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


_WRAPPED = re.compile(
    r"^(?:understanding|introduction\s+to|intro\s+to|an\s+introduction\s+to|overview\s+of|"
    r"getting\s+started\s+with|working\s+with|введение\s+в|знакомство\s+с|обзор)\s+(.+)$",
    re.I,
)
_JOINED = re.compile(r"^(.{2,50}?)\s+(?:and|&|и|/)\s+(.{2,50})$", re.I)
# "Аутентификация, идентификация, авторизация": three names listed with commas alone.
_LISTED = re.compile(r"^([^,\d<(\[]{2,30}),\s+([^,\d<(\[]{2,30},\s+[^,\d<(\[]{2,30})$")
_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.I)
MAX_JOINED_WORDS = 4


def _joined_names(title: str) -> tuple[str, ...]:
    """The two names a heading joins with "and" or " / ", each with its own other names;
    () when a side is no name ("Pros and Cons", a long phrase)."""
    m = _JOINED.match(title)
    if m is not None and " " not in m.group(1).strip() and " " in m.group(2).strip():
        # "Статическая и динамическая инициализация", "Static and dynamic typing": one
        # word, then the words both share; no two names.
        return ()
    m = m or _LISTED.match(title)
    if m is None:
        return ()
    names: list[str] = []
    # "Refs, Branches, and HEAD", "P, NP и NP-полнота": a list, each entry a name.
    sides = [p for side in m.groups() for p in side.split(",") if p.strip()]
    if len(sides) > MAX_LISTED_NAMES:
        return ()
    for side in sides:
        head, aliases, _ = split_aliases(_ARTICLE.sub("", side.strip()))
        if not 0 < len(head.split()) <= MAX_JOINED_WORDS or is_section_word(head):
            return ()
        names += [head, *aliases]
    return tuple(names)


MAX_LISTED_NAMES = 4


# "Def. (Дисперсия)", "Рис. 3": an abbreviation's dot, not the end of a name.
_TWO_NAMES = re.compile(r"^((?=[^.!?:]*\s)[^.!?:]{3,60}?|[^.!?:\s]{5,60})\.\s+([^.!?:(]{2,60})$")
MAX_PART_WORDS = 5


def _phrases(title: str) -> tuple[str, ...]:
    """The phrases of a heading written as two to four of them, each ending in a full stop
    ("Траскрипция. Синтез РНК", "Концепция науки К. Поппера. Принцип фальсификации. Идея
    «третьего мира»"; an initial's stop ends none)."""
    two = _TWO_NAMES.match(title)
    if two is not None:
        return two.groups()
    parts = _PHRASE_STOP.split(title.strip().rstrip("."))
    if not MIN_PHRASES <= len(parts) <= MAX_PHRASES or any(
        not 2 <= len(p) <= MAX_PHRASE_CHARS or _INNER_STOP.search(p) for p in parts
    ):
        return ()
    return tuple(parts)


_PHRASE_STOP = re.compile(r"(?<!\s[A-ZА-ЯЁ])(?<!^[A-ZА-ЯЁ])\.\s+")
_INNER_STOP = re.compile(r"[!?:]")
MIN_PHRASES, MAX_PHRASES = 3, 4
MAX_PHRASE_CHARS = 60


def _named_parts(parts: tuple[str, ...]) -> tuple[str, ...]:
    """The parts of a heading of two phrases that name something: a few words, no number
    ("Extra 1"), no section word ("Введение")."""
    out: list[str] = []
    for part in parts:
        head, aliases, _ = split_aliases(part.strip())
        if (
            head
            and len(head.split()) <= MAX_PART_WORDS
            and not any(ch.isdigit() for ch in head)
            and not is_section_word(head)
        ):
            out.extend((head, *aliases))
    return tuple(out)


_STATED = re.compile(
    r"^([^—–]{1,60}?\S)\s+[—–-]\s+((?:это|is|are|означает|means)\s.{10,}|[^—–]{61,})$", re.I
)
_SPELLED = re.compile(
    r"^([A-Za-z][A-Za-z0-9]{1,7})\s*(?::|\s[—–-])\s+([A-Z][\w'-]*(?:\s+[\w'-]+){1,7})$"
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


_LABELLED = re.compile(r"^[^:]{3,40}:\s+([^:]{2,60})$")
# "quicklist", "try-with-resources", "Hinge Loss": a Latin name of up to three words.
_LATIN_TOKEN = re.compile(r"^[A-Za-z][\w.-]*[A-Za-z0-9](?: [A-Za-z][\w.-]*[A-Za-z0-9]){0,2}$")
MIN_DESCRIBED_WORDS = 3  # "Format 2: adjacency list" is a label and a name
# What follows a colon when it says what the name before it is, not another name.
_DESCRIBED = re.compile(r"^(?:[Tt]he|[Aa]n?|[Hh]ow|[Ww]hy|[Ww]hat|[Ww]hen)\s|^[a-zа-яё]")


# "Вопрос: JOIN виды", "Q3. What is CORS?", "Тема: Индексы": a label saying what kind of
# heading follows; the rest is what the heading names.
_NAME_LABEL = re.compile(
    r"^(?:вопрос|question|q|тема|topic|термин|term|понятие|concept|определение|опр|"
    r"definition|def)\s*\d{0,3}\s*[:.)]\s+(?=\S)",
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
    # "## напиши что такое @yield и как им пользоваться": a request to a chat assistant,
    # pasted with its answer, asks as a question does.
    prompt = _PROMPT.match(title)
    if prompt:
        rest = title[prompt.end() :].strip()
        known = _KNOWN_ABOUT.match(rest)
        if known:
            return Heading(title=_unquote(known.group(1).rstrip("?!. ")), question=title)
        asked = rest.rstrip("?!. ").strip()
    elif not title.endswith("?") and not _ASKED_PLAINLY.match(title):
        return Heading(title=title)
    else:
        asked = title.rstrip("?!. ").strip()
    if _ABOUT_IT.match(asked):
        # "🎯 Что это такое?", "Зачем это нужно?", "Когда используется?": a question about
        # the card above, a part of it like "Определение".
        return Heading(title=asked, section_word=True)
    # "Что такое Docker? В чем отличие контейнера от образа?": the first question names it.
    first, mark, _ = asked.partition("? ")
    if mark and len(first.split()) >= MIN_FIRST_QUESTION_WORDS:
        asked = first
    diff = _difference(asked)
    if diff:
        # "Чем отличается X от Y?" is asked about X; the question keeps Y for quizzes. "В
        # чем разница между привилегированными и обыкновенными акциями?" names both, in
        # the case "между" puts them in: the comparison whole.
        between = not diff[1] and _BETWEEN.search(asked) is not None
        subject = f"Разница между {diff[0]}" if between else _unquote(diff[0])
        return Heading(title=subject[:1].upper() + subject[1:], question=title)
    for pattern in _QUESTIONS:
        m = pattern.match(asked)
        if m:
            # "что такое @yield и как им пользоваться" is about @yield.
            named = _unquote(_AND_WHICH.sub("", _AND_HOW.sub("", m.group(1))) or m.group(1))
            # "Для чего нужен ad-hoc в Ansible?": an interview question names where the
            # thing lives; the thing alone is its name too.
            bare = without_setting(named) if _LATIN_SETTING.search(named) else ""
            return Heading(title=named, aliases=(bare,) if bare else (), question=title)
    return Heading(title=asked, question=title)


# "в Ansible", "in PostgreSQL": a tool or product as the setting, not "в интернет".
_LATIN_SETTING = re.compile(r"\s(?:в|во|на|in|on)\s+[^\s()]*[A-Za-z]", re.I)

_ABOUT_IT = re.compile(
    r"^(?:что|зачем|когда|как|где|почему|для\s+чего|what|why|when|how|where)"
    r"(?:\s+(?:это|оно|он|она|они|такое|нужно|нужен|нужна|нужны|используется|используют|"
    r"применяется|применяют|работает|устроено|is|it|this|are|they|used|needed|does|do|work|"
    r"works|for))*$",
    re.I,
)
_PROMPT = re.compile(
    r"^(?:напиши|опиши|расскажи|раскажи|объясни|поясни|покажи|приведи)(?:те)?,?\s+(?:мне\s+)?"
    r"(?=\S)",
    re.I,
)
_KNOWN_ABOUT = re.compile(r"^(?:что\s+ты\s+знаешь|всё|все)\s+(?:о|об|про)\s+(.+)$", re.I)
_AND_HOW = re.compile(
    r"(?:\s+и|,)\s+(?:как|зачем|для\s+чего|где|когда)\s+(?:им|ей|его|их|это|этим|с\s+ним|"
    r"он|она|оно|они)?\s*(?:пользоваться|использовать|применять|работать|работает|работают|"
    r"нужен|нужна|нужно|нужны)\b.*$",
    re.I,
)
# "Что такое Docker и какие инструменты Linux в основе": a second question about it.
_AND_WHICH = re.compile(
    r"\s+и\s+(?:какие|какой|какая|какое|каких|почему|чем|зачем|как|где|когда|сколько|where|"
    r"which|how|why)\s.*$",
    re.I,
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


def compared_with(question: str) -> str:
    """The other side of a heading asking a difference: "Чем отличается TCP от UDP? Что
    лучше?" → "UDP"; "" for any other question."""
    asked = question.strip().partition("? ")[0].rstrip("?!. ").strip()
    diff = _difference(asked)
    return _unquote(diff[1]) if diff and diff[1] else ""


def subject(title: str) -> str:
    """What a note named as a question is about: `Что такое ip адрес` → `ip адрес`,
    `What is f-string` → `f-string` (file names cannot end in "?")."""
    asked = title.strip().rstrip("?!. ")
    for pattern in _QUESTIONS:
        m = pattern.match(asked)
        if m:
            return _unquote(m.group(1))
    return title


_IN_SETTING = re.compile(r"^(.{3,}?)\s+(?:в|во|на|in|on)\s+[^\s()]+(?:\s+[^\s()]+){0,2}$", re.I)
MAX_DESCRIPTION_NAME_WORDS = 4


def naming_description(description: str) -> str:
    """A front-matter description that is a name ("Дескрипторы в python"), not a sentence:
    the name without its setting, or ""."""
    text = description.strip()
    if not text or text.endswith((".", ":", "?", "!")) or "\n" in text:
        return ""
    name = without_setting(text) or text
    return name if len(name.split()) <= MAX_DESCRIPTION_NAME_WORDS else ""


def without_setting(title: str) -> str:
    """`Каррирование (Currying) в JavaScript` is about `Каррирование (Currying)`: the
    setting a note names after "в"/"in" (one or two words), or "" when it names none."""
    m = _IN_SETTING.match(title.strip())
    return m.group(1).strip() if m else ""


_PAIRED_QUOTES = {"«": "»", '"': '"', "'": "'", "“": "”", "`": "`"}


def _unquote(text: str) -> str:
    """A name without the quotes around it; a quoted word opening a longer name keeps its
    quotes («dangling» образы)."""
    text = text.strip()
    while len(text) > 1 and _PAIRED_QUOTES.get(text[0]) == text[-1]:
        text = text[1:-1].strip()
    return text
