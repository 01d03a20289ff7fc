"""Card titles and terms as a reader names them: heading decoration, question headings,
section words, term separators outside brackets, quotes, bold and code, and bracketed
aliases versus explanatory remarks.

Hand-written: these are conventions of how people write study notes, not Markdown syntax.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.core.labels import DEFINING_LABELS, KIND_WORDS, STATEMENT_LABELS, is_section_word
from bot.core.markdown import Inline
from bot.core.obsidian import clean

_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u20e3\u200d\U000e0020-\U000e007f\ufffd]+"
)


_KEYCAP = re.compile(r"^\s*\d{1,2}\ufe0f?\u20e3")  # 1️⃣ numbering


_NUMBERING = re.compile(
    r"^\s*(?:(?:\d{1,3}[.)]{1,2}){1,4}|\d{1,3}(?:\.\d{1,3})+[.)]?|[IVX]{1,5}[.)]|[a-zа-яё][.)]"
    # "Раздел 2: Безопасность", "Chapter 3 - Networking", "Урок 5. Циклы"
    r"|(?:раздел|глава|часть|тема|урок|лекция|модуль|section|chapter|part|lesson|lecture"
    r"|module|unit)\s+(?:\d{1,3}|[IVX]{1,5})\s*[.:)–—-]?)\s+",
    re.I,
)


_QUESTIONS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.I)
    for p in (
        r"^что\s+(?:такое|означает|значит|делает|представляет\s+собой)\s+(?:(?:термин|слово)\s+)?(.+)$",
        r"^(?:зачем|для\s+чего)\s+(?:нужен|нужна|нужно|нужны|используется|используют|"
        r"применяется|служит)\s+(.+)$",
        r"^как\s+(?:работает|работают|устроен|устроена|устроено|устроены)\s+(.+)$",
        r"^what\s+(?:is|are|does)\s+(?:an?\s+|the\s+)?(?:(?:term|word)\s+)?(.+?)(?:\s+do|\s+mean)?$",
        r"^(?:why|when)\s+(?:do\s+(?:we|you)\s+)?(?:need|use)\s+(?:an?\s+|the\s+)?(.+)$",
        r"^how\s+(?:does|do)\s+(?:an?\s+|the\s+)?(.+?)\s+work$",
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


DEFINING_SECTIONS = frozenset(
    {"определение", "описание", "что это", "суть", "definition", "зачем нужен", "зачем нужно",
     "зачем нужна", "зачем нужны", "для чего нужен", "для чего", "назначение", "purpose",
     "общие сведения", "общая информация", "основные сведения", "overview", "general",
     # "## Вопрос: JOIN виды" / "## Простой ответ": the answer says what the heading names.
     "ответ", "простой ответ", "короткий ответ", "краткий ответ", "answer", "short answer"}
)  # fmt: skip


_SEPARATORS = ("—", "–", "-", ":")


_OPENERS = {"(": ")", "[": "]", "{": "}", "«": "»", '"': '"', "“": "”", "'": "'"}


_MAX_TERM_WORDS = 6


_SPECIAL = re.compile(r"""[()\[\]{}«»"“”'—–:-]""")


# "в тестах: ...", "если ...: ..." open a remark, not a term.
_NOT_TERM_STARTS = frozenset(
    {
        "в", "во", "на", "с", "со", "для", "при", "по", "из", "от", "до", "если", "когда",
        "чтобы", "где", "как", "и", "или", "но", "а", "in", "on", "at", "for", "with", "if",
        "when", "to", "and", "or", "but", "by", "from",
    }
)  # fmt: skip


_MAX_TERM_CHARS = 60


@dataclass(frozen=True, slots=True, kw_only=True)
class Heading:
    title: str
    aliases: tuple[str, ...] = ()
    question: str = ""  # the heading as written, when it asks a question
    section_word: bool = False
    after_label: tuple[str, ...] = ()  # "Old Solution: Overlays" → Overlays
    said: str = ""  # "### Стек TCP/IP — это базовый набор правил ...": what it says of it


# "2.VPCs-and-Subnets", "17.Amazon ElastiCache", "01 - Intro": a course's note order.
_NOTE_NUMBER = re.compile(
    r"^\d{1,3}(?:\.\d{1,3})*(?:[._)]\s*|\s+[-–—]\s+)(?=[^\W\d_])|^\d{1,3}(?:\.\d{1,3})+\s+"
    # "004_1.0_Оператор", "004_4.0 Оператор (Тернарный)": chapter and section numbers.
    r"|^\d{1,3}(?:[._]\d{1,3})+[._\s]\s*(?=[^\W\d_])"
    # "L-01-4-Модули-ядра": a course's lesson code.
    r"|^[A-Za-z]{1,3}-\d{1,3}(?:-\d{1,3})*-(?=[^\W\d_])"
)


def unnumbered(name: str) -> str:
    """A note's name without the number that orders it in its folder."""
    return _NOTE_NUMBER.sub("", name, count=1).strip() or name


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
    text = _NUMBERING.sub("", text)
    text = re.sub(r"^[\s*#>•·–—-]+", "", text)
    text = _CHECKBOX.sub("", text)  # "## [ ]Массив как объект": a to-do box kept in a heading
    return " ".join(text.split()).rstrip(" :;,.–—-").strip()


_CHECKBOX = re.compile(r"^\[[ xX]?\]\s*")


def heading(text: str) -> Heading:
    """A heading's card title: decoration stripped, a question reduced to its subject,
    a bracketed abbreviation or translation split off as an alias."""
    found = _heading(text)
    stated = _STATED.match(found.title) if not (found.question or found.section_word) else None
    if stated:
        # "### Стек протоколов TCP/IP — это базовый набор правил ...": a definition written
        # as the heading; the name is before the dash.
        head, aliases, _ = split_aliases(stated.group(1).strip())
        return Heading(title=head, aliases=aliases, said=stated.group(2).strip())
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
    title, aliases, remark = split_aliases(found.title)
    labelled = _LABELLED.match(title) if not found.section_word else None
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
    after = (named, *(p.strip() for p in named.split("/") if "/" in named)) if named else ()
    if len(remark.split()) >= 2 and not found.question and not found.section_word and title:
        # "Закон Амдала (Не всё можно распараллелить)": the name, and a remark on it.
        after = (*after, remark)
    elif not aliases and not after and (remark or title == found.title):
        return found
    return Heading(
        title=title,
        aliases=aliases,
        question=found.question,
        section_word=found.section_word,
        after_label=tuple(a for a in after if a),
    )


_STATED = re.compile(
    r"^([^—–]{1,60}?\S)\s+[—–-]\s+((?:это|is|are|означает|means)\s.{10,}|[^—–]{61,})$", re.I
)
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
    return _script(name) != _script(gloss)


_LABELLED = re.compile(r"^[^:]{3,40}:\s+([^:]{2,60})$")
MIN_DESCRIBED_WORDS = 3  # "Format 2: adjacency list" is a label and a name
# What follows a colon when it says what the name before it is, not another name.
_DESCRIBED = re.compile(r"^(?:[Tt]he|[Aa]n?|[Hh]ow|[Ww]hy|[Ww]hat|[Ww]hen)\s|^[a-zа-яё]")


# "Вопрос: JOIN виды", "Q3. What is CORS?", "Тема: Индексы": a label saying what kind of
# heading follows; the rest is what the heading names.
_NAME_LABEL = re.compile(
    r"^(?:вопрос|question|q|тема|topic|термин|term|понятие|concept)\s*\d{0,3}\s*[:.)]\s+(?=\S)",
    re.I,
)


def _heading(text: str) -> Heading:
    title = _strip_decoration(clean(text))
    title = _NAME_LABEL.sub("", title, count=1)
    if not title:
        return Heading(title="")
    if is_section_word(title) or _QUALIFIER.match(title):
        # "### Для словарей" under "## Метод (.pop)": which case of the card above.
        return Heading(title=title.rstrip("?!. "), section_word=True)
    # "## напиши что такое @yield и как им пользоваться": a request to a chat assistant,
    # pasted with its answer, asks as a question does.
    prompt = _PROMPT.match(title)
    if prompt and title[prompt.end() :].strip():
        rest = title[prompt.end() :].strip()
        known = _KNOWN_ABOUT.match(rest)
        if known:
            return Heading(title=_unquote(known.group(1).rstrip("?!. ")), question=title)
        asked = rest.rstrip("?!. ").strip()
    elif not title.endswith("?") and not _ASKED_PLAINLY.match(title):
        return Heading(title=title)
    else:
        asked = title.rstrip("?!. ").strip()
    diff = _DIFFERENCE.match(asked)
    if diff:
        # "Чем отличается X от Y?" is asked about X; the question keeps Y for quizzes.
        subject = _unquote(diff.group(1))
        return Heading(title=subject[:1].upper() + subject[1:], question=title)
    for pattern in _QUESTIONS:
        m = pattern.match(asked)
        if m:
            # "что такое @yield и как им пользоваться" is about @yield.
            named = _AND_HOW.sub("", m.group(1)) or m.group(1)
            return Heading(title=_unquote(named), question=title)
    return Heading(title=asked, question=title)


_PROMPT = re.compile(
    r"^(?:напиши|опиши|расскажи|раскажи|объясни|поясни|покажи|приведи)\s+(?:мне\s+)?(?=\S)",
    re.I,
)
_KNOWN_ABOUT = re.compile(r"^(?:что\s+ты\s+знаешь|всё|все)\s+(?:о|об|про)\s+(.+)$", re.I)
_AND_HOW = re.compile(
    r"\s+и\s+(?:как|зачем|для\s+чего|где|когда)\s+(?:им|ей|его|их|это|этим|с\s+ним)?\s*"
    r"(?:пользоваться|использовать|применять|работать|работает|нужен|нужна|нужно)\b.*$",
    re.I,
)


_QUALIFIER = re.compile(
    r"^(?:для|for|при|with|в|во|in|на|on)\s+(?!(?:чего|что|what|which|how)\b)[^\s?]+"
    r"(?:\s+[^\s?]+)?:?$",
    re.I,
)


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


def _unquote(text: str) -> str:
    return text.strip().strip("«»\"'“”`").strip()


@dataclass(frozen=True, slots=True, kw_only=True)
class Term:
    title: str
    definition: str
    strong: bool  # bold or code: a deliberate term, valid below the top level too


def _protected(inline: Inline) -> list[bool]:
    flags = [False] * len(inline.text)
    for mark in inline.marks:
        for i in range(max(0, mark.start), min(len(flags), mark.end)):
            flags[i] = True
    return flags


def _find_separator(text: str, flags: list[bool], start: int) -> tuple[int, int] | None:
    """(position, length) of the first term separator outside brackets, quotes and marks."""
    depth: list[str] = []
    # Only brackets, quotes and separators change anything: visit just those characters.
    for m in _SPECIAL.finditer(text, start):
        i = m.start()
        ch = text[i]
        if flags[i]:
            continue
        if depth and ch == depth[-1]:
            depth.pop()
        elif ch in _OPENERS and not (ch in "'\"" and depth and depth[-1] == ch):
            if ch not in "'" or (i == 0 or not text[i - 1].isalnum()):
                depth.append(_OPENERS[ch])
        elif not depth and ch in _SEPARATORS:
            found = _separator_at(text, i)
            if found:
                return i, found
    return None


def _separator_at(text: str, i: int) -> int:
    ch = text[i]
    if ch == ":":
        after = text[i + 1 : i + 2]
        return 1 if (after.isspace() or not after) and i > 0 else 0
    before = text[i - 1 : i]
    run = len(text[i:]) - len(text[i:].lstrip(ch))
    after = text[i + run : i + run + 1]
    if ch == "-" and run == 1 and before.isalnum() and after.isspace() and _short_head(text, i):
        return 1  # "Memcached- supports only strings": a dash typed against its term
    if ch == "-" and not (before.isspace() and after.isspace()):
        return 0  # hyphens inside words and flags (-f, docker-compose) are not separators
    if before and not before.isspace() and before not in "*`)":
        return 0
    return run if run <= 2 else 0


_JOINERS = frozenset({"and", "or", "to", "и", "или", "&", "/"})


def _short_head(text: str, i: int) -> bool:
    """Up to three words before position `i` ("Memcached-", not "pre- and post-")."""
    head, rest = text[:i].split(), text[i + 1 :].split()
    return 0 < len(head) <= 3 and len(rest) >= 2 and rest[0].casefold() not in _JOINERS


_INNER_DASH = re.compile(r"^(.*?\S)\s+[-–—]\s*$")
_WHOLE_BOLD_TERM = re.compile(r"^(\S+(?:\s\S+){0,2}?)\s+[-–—]\s+(\S.{9,})$")


def _strong_term(text: str, flags: list[bool], start: int, end: int) -> Term | None:
    name = text[start:end]
    rest = text[end:]
    stripped = rest.lstrip()
    if name.rstrip().endswith(":"):
        return Term(title=clean(name).rstrip(":").strip(), definition=rest, strong=True)
    inner = _INNER_DASH.match(name)
    if inner and stripped:
        # "**Promise.all -** создает промис ...": the dash inside the bold.
        return Term(title=clean(inner.group(1)), definition=rest.lstrip(), strong=True)
    if not stripped:
        whole = _WHOLE_BOLD_TERM.match(clean(name))
        if whole:
            # "**locate - Поиск файлов по базе**" alone on its line: name, dash, definition.
            return Term(title=whole.group(1), definition=whole.group(2), strong=True)
        return Term(title=clean(name), definition="", strong=True)
    if stripped[0] in _SEPARATORS:
        run = len(stripped) - len(stripped.lstrip(stripped[0]))
        if run <= 2 and (stripped[0] != "-" or stripped[run : run + 1].isspace()):
            return Term(title=clean(name), definition=stripped[run:], strong=True)
    if stripped.startswith("("):
        sep = _find_separator(text, flags, end)
        if sep and len(text[end : sep[0]]) <= 40:
            # "**Правило левого префикса** (leftmost prefix rule) гласит: ...": the name and
            # its bracket; the verb before the colon is the sentence's, not the name's.
            close = text.find(")", end, sep[0])
            named = close + 1 if close > 0 else sep[0]
            return Term(
                title=clean(text[start:named]), definition=text[sep[0] + sep[1] :], strong=True
            )
    return None


def separator(inline: Inline) -> tuple[int, int] | None:
    """(position, length) of the text's first term separator."""
    return _find_separator(inline.text.replace("\n", " "), _protected(inline), 0)


def dash_separated(inline: Inline) -> bool:
    """The first term separator of the text is a dash, not a colon."""
    sep = separator(inline)
    return sep is not None and inline.text[sep[0]] != ":"


def term_of(inline: Inline, top: bool) -> Term | None:
    """`**Term** — def`, `` `term` — def``, `Term - def`, `Term: def` (separator outside
    brackets, quotes, bold and code); plain forms only when `top`."""
    text = inline.text.replace("\n", " ")
    lead = len(text) - len(text.lstrip())
    while lead < len(text) and (text[lead].isspace() or _symbol(text[lead])):
        lead += 1  # "🔍**Генеральная совокупность** — ...": an emoji before the term
    first = min((m for m in inline.marks if m.start <= lead), key=lambda m: m.start, default=None)
    flags = _protected(inline)
    # `**Term** — def`, `` `term` — def``, `*Foreign Key* - это ...`
    if first is not None and first.kind == "code" and first.end - first.start <= MAX_SYMBOL:
        # "$\gamma$ - ==уровень доверия== - вероятность ...": a symbol, then the term.
        named = next((m for m in inline.marks if m.start > first.end and m.kind == "strong"), None)
        between = text[first.end : named.start].strip() if named is not None else ""
        if named is not None and between in _SEPARATORS:
            term = _strong_term(text, flags, named.start, named.end)
            if term is not None and term.definition.strip():
                symbol = clean(text[first.start : first.end])
                return Term(
                    title=f"{term.title} ({symbol})", definition=term.definition, strong=True
                )
    if first is not None and first.kind in ("strong", "code", "em") and first.end > first.start:
        strong = _strong_term(text, flags, first.start, first.end)
        if strong is not None:
            return strong
    if not top:
        return None
    sep = _find_separator(text, flags, 0)
    if not sep:
        return None
    head = clean(text[: sep[0]])
    # "YAGNI / You Aren't Gonna Need IT": two names of one term, each counted alone.
    longest = max(len(part.split()) for part in head.split(" / ")) if head else 0
    if (
        not head
        or head.split()[0].casefold() in _NOT_TERM_STARTS
        or len(head) > _MAX_TERM_CHARS
        or longest > _MAX_TERM_WORDS
        or "[" in head
        or not text[sep[0] + sep[1] :].strip()
    ):
        return None
    return Term(title=head, definition=text[sep[0] + sep[1] :], strong=False)


_ABBREVIATION = re.compile(r"^[A-ZА-ЯЁ0-9][A-ZА-ЯЁ0-9a-z.+/&-]{0,11}$")


_CYR = re.compile(r"[а-яё]", re.I)


_LAT = re.compile(r"[a-z]", re.I)


_SLASHED = re.compile(r"^([A-ZА-ЯЁ][A-ZА-ЯЁ0-9+&.-]{1,9})\s+/\s+([^/()]{3,60})$")
_PAREN_TAIL = re.compile(r"^(.*?)\s*\(([^()]+)\)\s*$")


def _script(text: str) -> str:
    cyr, lat = len(_CYR.findall(text)), len(_LAT.findall(text))
    return "cyr" if cyr > lat else "lat" if lat else ""


def _acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if w).casefold()


def is_alias(term: str, bracketed: str) -> bool:
    """A bracketed phrase is an alias when it abbreviates or translates the term,
    not when it explains it (`Секреты (безопаснее, чем env)`)."""
    inner = " ".join(bracketed.split())
    if not inner or len(inner) > 40 or inner.casefold().startswith(("например", "e.g", "см")):
        return False
    term_words = re.findall(r"[^\W_]+", term)
    inner_words = re.findall(r"[^\W_]+", inner)
    if not inner_words or len(inner_words) > 4:
        return False
    if _ABBREVIATION.match(inner) and len(inner_words) == 1 and any(c.isupper() for c in inner):
        # "Claims-Based Authorization (JWT)": the letters of another name, a remark on it.
        return _script(term) != "lat" or len(term_words) < 2 or _spells(inner, term)
    if len(inner_words) == 1 and inner.casefold() == _acronym(term_words):
        return True
    if len(inner_words) >= 2 and _acronym(inner_words) == "".join(term_words).casefold():
        return True  # "PV (Physical Volume)"
    return bool(_script(inner) and _script(term) and _script(inner) != _script(term))


def _spells(short: str, name: str) -> bool:
    """`SSH` in "Secure Shell", `HTTP` in "Hypertext Transfer Protocol": the short name's
    letters in order through the name, from its first letter."""
    letters = [ch for ch in short.casefold() if ch.isalnum()]
    text = name.casefold()
    if not letters or not text.startswith(letters[0]):
        return False
    at = 0
    for ch in letters:
        at = text.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True


_OPTIONAL_ARGS = re.compile(r"^([^\s\[\]]+)\s+\[.*\]$")


_NAMED_KIND = re.compile(r"^[.@-]{0,2}[A-Za-z_][\w.]*(?:\(\))?$")


MAX_SYMBOL = 3  # characters of a formula symbol written before the term it names


def _symbol(ch: str) -> bool:
    return unicodedata.category(ch) in ("So", "Sk", "Cf")


def split_aliases(title: str) -> tuple[str, tuple[str, ...], str]:
    """(title, aliases, remark): `Name (ALIAS)` gives an alias; an explanatory remark is
    returned separately so it can stay with the definition."""
    signature = _OPTIONAL_ARGS.match(title)
    if signature:
        # "l(ist) [first[, last]]": the command, its optional arguments a remark.
        return signature.group(1), (), title
    slashed = _SLASHED.match(title)
    if slashed:
        # "DRY / Don't Repeat Yourself": the short name, then the long one.
        return slashed.group(1).strip(), (slashed.group(2).strip(),), ""
    m = _PAREN_TAIL.match(title)
    if not m or not m.group(1).strip():
        return title, (), ""
    head, inner = m.group(1).strip(), m.group(2).strip()
    if head.casefold() in DEFINING_LABELS:
        return inner, (), ""  # "Def. (Дисперсия)": the name it defines
    if head.casefold() in STATEMENT_LABELS:
        # "Th. (Локальная теорема Муавра-Лапласа)": the name; "Теорема (Байеса)" and
        # "Теорема (о среднем)" say Теорема Байеса, Теорема о среднем.
        named = len(inner.split()) >= 2 and inner[:1].isupper()
        return inner if named else f"{head} {inner}", (), ""
    if head.casefold() in KIND_WORDS and _NAMED_KIND.match(inner):
        # "Метод (.setdefault)", "Функция (enumerate)": the kind, then the name it is about.
        return inner.lstrip("."), (f"{head} {inner}",), ""
    parts = [p.strip() for p in re.split(r"[,/;]", inner) if p.strip()]
    if parts and all(is_alias(head, p) for p in parts):
        return head, tuple(parts), ""
    if is_alias(head, inner):
        return head, (inner,), ""
    return head, (), inner
