"""How a note or heading asks a question: "Что такое X?", "Чем X отличается от Y?", "напиши
что такое @yield и как им пользоваться", and the name it asks about, without its setting
("в Python") or quotes. `titles.py` reads the rest of a heading.

Hand-written: these are conventions of how people phrase questions in study notes.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Asked(NamedTuple):
    """What a question heading asks about: the name, other names, the heading as written
    (empty for a question about the card above) and whether it asks about the card above."""

    title: str
    aliases: tuple[str, ...] = ()
    question: str = ""
    about_above: bool = False


MIN_FIRST_QUESTION_WORDS = 2


def asked(title: str) -> Asked | None:
    """The subject of a heading written as a question or a request, or None when the
    heading asks nothing. "Как отменить корутину? Что такое ensureActive?": a thing a
    later question asks about is another name of it."""
    found = _asked(title)
    later = _LATER_WHAT.search(title)
    if found is None or later is None or found.about_above:
        return found
    name = _unquote(later.group(1).strip())
    # "Are they differentiated? What is the evidence?": a question about the card above.
    if (
        _POINTING.match(name)
        or not name
        or name.casefold() == found.title.casefold()
        or name in found.aliases
    ):
        return found
    return found._replace(aliases=(*found.aliases, name))


# "Как отменить корутину? Что такое ensureActive?": the later question names a thing.
_POINTING = re.compile(r"(?:the|this|that|these|those|it|its|это|этот|эта|эти)\b", re.I)
_LATER_WHAT = re.compile(r"\?\s+(?:что\s+такое|what\s+(?:is|are))\s+([^?]{1,40}?)\s*\?*\s*$", re.I)


def _asked(title: str) -> Asked | None:
    # "## напиши что такое @yield и как им пользоваться": a request to a chat assistant,
    # pasted with its answer, asks as a question does.
    prompt = _PROMPT.match(title)
    if prompt:
        rest = title[prompt.end() :].strip()
        known = _KNOWN_ABOUT.match(rest)
        if known:
            return Asked(_unquote(known.group(1).rstrip("?!. ")), question=title)
        said = rest.rstrip("?!. ").strip()
    elif (
        not title.endswith("?")
        and not _ASKED_PLAINLY.match(title)
        and not _ASKED_WHAT_FOR.match(title)
    ):
        return None
    else:
        said = title.rstrip("?!. ").strip()
    if _ABOUT_IT.match(said):
        # "🎯 Что это такое?", "Зачем это нужно?", "Когда используется?": a question about
        # the card above, a part of it like "Определение".
        return Asked(said, about_above=True)
    # "Что такое Docker? В чем отличие контейнера от образа?": the first question names it.
    first, mark, _ = said.partition("? ")
    if mark and len(first.split()) >= MIN_FIRST_QUESTION_WORDS:
        said = first
    diff = _difference(said)
    if diff:
        # "Чем отличается X от Y?" is said about X; the question keeps Y for quizzes. "В
        # чем разница между привилегированными и обыкновенными акциями?" names both, in
        # the case "между" puts them in: the comparison whole.
        between = not diff[1] and _BETWEEN.search(said) is not None
        name = f"Разница между {diff[0]}" if between else _unquote(diff[0])
        return Asked(name[:1].upper() + name[1:], question=title)
    for pattern in _QUESTIONS:
        m = pattern.match(said)
        if m:
            # "что такое @yield и как им пользоваться" is about @yield.
            named = _unquote(_AND_WHICH.sub("", _AND_HOW.sub("", m.group(1))) or m.group(1))
            # "Для чего нужен ad-hoc в Ansible?": an interview question names where the
            # thing lives; the thing alone is its name too.
            bare = without_setting(named) if _LATIN_SETTING.search(named) else ""
            return Asked(named, aliases=(bare,) if bare else (), question=title)
    return Asked(said, question=title)


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
# "14) За что отвечает аннотация @Stable", "Для чего нужен ViewModel": so is what it is for.
_ASKED_WHAT_FOR = re.compile(
    r"^(?:за\s+что\s+отвечает|для\s+чего\s+(?:нужен|нужна|нужно|нужны)|"
    r"зачем\s+(?:нужен|нужна|нужно|нужны))\s",
    re.I,
)


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
