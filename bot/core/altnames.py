"""A name's other names as notes write them: `Name (ALIAS)`, `DRY / Don't Repeat Yourself`,
`EAFP (Easier to ask for forgiveness than permission - проще …)`, told apart from an
explanatory remark in brackets, which stays with the definition.

Hand-written: these are conventions of how people write study notes, not Markdown syntax.
"""

from __future__ import annotations

import re

from bot.core.labels import DEFINING_LABELS, KIND_WORDS, STATEMENT_LABELS, is_section_word

_ABBREVIATION = re.compile(r"^[A-ZА-ЯЁ0-9][A-ZА-ЯЁ0-9a-z.+/&-]{0,11}$")


_CYR = re.compile(r"[а-яё]", re.I)


_LAT = re.compile(r"[a-z]", re.I)


_AKA = re.compile(r"^(\S.*?)\s+(?:aka|a\.k\.a\.|он же|она же|оно же)\s+(\S.{0,40})$", re.I)
_SLASHED = re.compile(r"^([A-ZА-ЯЁ][A-ZА-ЯЁ0-9+&.-]{1,9})\s+/\s+([^/()]{3,60})$")
PAREN_TAIL = re.compile(r"^(.*?)\s*\(([^()]+)\)\s*$")


def script_of(text: str) -> str:
    cyr, lat = len(_CYR.findall(text)), len(_LAT.findall(text))
    return "cyr" if cyr > lat else "lat" if lat else ""


def _acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if w).casefold()


# A remark's label: the bracket after it says what the remark is about, not another name.
_REMARK_LABELS = frozenset(
    "warning caution note tip внимание предупреждение важно примечание".split()  # noqa: SIM905
)
_REMARK_OPENERS = frozenset(
    "не но а и или без not but and or without".split()  # noqa: SIM905 - a word list
)


# "реакция Кучерова", "циклы Миланковича", "правило Марковникова и Зайцева": a thing named
# after the people who found it.
EPONYM = re.compile(
    r"((?i:реакци[яи]|метод[ы]?|правил[оа]|закон[ы]?|теорем[аы]|принцип[ы]?|эффект[ы]?"
    r"|уравнени[ея]|цикл[ы]?|синтез|способ|гипотез[аы]|парадокс|критери[йи]|схем[аы]"
    r"|теори[яи]|шкал[аы]|констант[аы])"
    r"\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:\s+(?:и\s+)?[А-ЯЁ][а-яё]+)?)"
)


# "(штрих Шеффера)", "(ф-ция Вебба)": a word, then the name of whom it is after.
_NAMED_AFTER = re.compile(r"[а-яё][а-яё-]{2,}\.?\s+[А-ЯЁ][а-яё]+[ая]")


def _plainly(inner: str) -> bool | None:
    """What a bracket's first words settle alone: "memo (HOC, не хук, но рядом)" is a remark
    however short its parts; "(циклы Миланковича)" names the thing after its finder."""
    if inner.split()[0].casefold() in _REMARK_OPENERS:
        return False
    return True if EPONYM.fullmatch(inner) or _NAMED_AFTER.fullmatch(inner) else None


# "Равносильность (эквиваленция)", "Конкатенация (сложение)": Russian gives a thing's other
# name in brackets as one noun in small letters; a remark is a phrase, a form that is no
# name ("(логические)", "(подстановки)"), or says which part of the text this is.
_RUSSIAN_NAME_NOUN = re.compile(
    r"^[а-яё]{3,}(?:ция|сия|зия|тия|ние|тие|ость|изм|тор|ер|ка|ура|ство|ль|рь|ема|ок|ец|ик"
    r"|ист|ант|ент)$"
)
_TEXT_PARTS = frozenset(
    """
    продолжение окончание повторение дополнение введение заключение описание решение
    упражнение задание пояснение уточнение обновление исправление черновик практика
    теория подготовка разминка шпаргалка
    """.split()  # noqa: SIM905 - a word list reads best as text
)


def _russian_other_name(term: str, inner: str) -> bool:
    return (
        script_of(term) == "cyr"
        and _RUSSIAN_NAME_NOUN.match(inner) is not None
        and inner not in _TEXT_PARTS
        and not is_section_word(inner)
        and inner.casefold() != term.casefold()
    )


def is_alias(term: str, bracketed: str) -> bool:
    """A bracketed phrase is an alias when it abbreviates or translates the term,
    not when it explains it (`Секреты (безопаснее, чем env)`)."""
    inner = " ".join(bracketed.split())
    if ACRONYM.match(term) and _expands(term, inner.split(" - ")[0]):
        return True  # "EAFP (Easier to ask for forgiveness than permission - проще ...)"
    if not inner or len(inner) > 40 or inner.casefold().startswith(("например", "e.g", "см")):
        return False
    plainly = _plainly(inner)
    if plainly is not None:
        return plainly
    term_words = re.findall(r"[^\W_]+", term)
    inner_words = re.findall(r"[^\W_]+", inner)
    if not inner_words or len(inner_words) > 4:
        return False
    if _ABBREVIATION.match(inner) and len(inner_words) == 1 and any(c.isupper() for c in inner):
        # "Claims-Based Authorization (JWT)": the letters of another name, a remark on it.
        return script_of(term) != "lat" or len(term_words) < 2 or _spells(inner, term)
    if len(inner_words) == 1 and (
        inner.casefold() == _acronym(term_words) or _russian_other_name(term, inner)
    ):
        return True
    if (
        len(term_words) == len(inner_words) == 1
        and len(inner) >= MIN_CLIPPED
        and inner[:3].casefold() == term[:3].casefold()
        and len(inner) < len(term)
        and _spells(inner, term)
    ):
        return True  # "Properties (props)", "Repository (repo)": the word clipped
    if len(inner_words) == 1 and _clipped_compound(inner.casefold(), term_words):
        return True  # "ubiquitous computing (ubicomp)", "Internet Protocol Security (IPsec)"
    if len(inner_words) >= 2 and _acronym(inner_words) == "".join(term_words).casefold():
        return True  # "PV (Physical Volume)"
    if (
        len(term_words) >= 2
        and ACRONYM.match(term_words[-1])
        and spells_out(term_words[-1], " ".join(inner_words))
    ):
        return True  # "Amazon VPC (Virtual Private Cloud)": the letters of the name, spelled
    shared = _shared_lead(term_words, inner_words)
    if shared and len(inner_words) == shared + 1 and len(term_words) >= shared + 2:
        # "Amazon Elastic Container Registry (Amazon ECR)": the same first word, then the
        # letters of the rest.
        rest = " ".join(term_words[shared:])
        if spells_out(inner_words[-1], rest):
            return True
    if _letters_then_tail(term_words, inner_words):
        return True  # "root-mean-square amplitude (rms amplitude)"
    if (
        len(inner_words) >= 2
        and script_of(inner) == "cyr"
        and all(w[0].isupper() for w in inner_words)
    ):
        # "Принцип наименьшего знания (Закон Деметры)": Russian writes a name in capitals,
        # a remark as a phrase ("Хэширование (В одну сторону)"). English capitalises both.
        return True
    return bool(script_of(inner) and script_of(term) and script_of(inner) != script_of(term))


MIN_CLIPPED_COMPOUND = 4


def _clipped_compound(inner: str, term_words: list[str]) -> bool:
    """`inner` is the first letters of two or more of the term's words run together, from
    its first word on, small words skipped ("ubicomp" of "ubiquitous computing")."""
    if len(inner) < MIN_CLIPPED_COMPOUND or not inner.isalpha():
        return False
    said = [w.casefold() for w in term_words]

    def clips(at: int, word: int, used: int) -> bool:
        if at == len(inner):
            return used >= 2 and all(w in _GLUE_WORDS for w in said[word:])
        if word >= len(said):
            return False
        if used and said[word] in _GLUE_WORDS and clips(at, word + 1, used):
            return True
        length = 0
        while (
            at + length < len(inner)
            and length < len(said[word])
            and inner[at + length] == said[word][length]
        ):
            length += 1
            if clips(at + length, word + 1, used + 1):
                return True
        return False

    return clips(0, 0, 0)


def _letters_then_tail(term_words: list[str], inner_words: list[str]) -> bool:
    """ "peak-to-peak amplitude (pp amplitude)": the initials of the first words, then the
    term's last words as written."""
    tail = _shared_lead(term_words[::-1], inner_words[::-1])
    if not tail or len(inner_words) != tail + 1 or len(term_words) < tail + 2:
        return False
    head = [w.casefold() for w in term_words[: len(term_words) - tail]]
    letters = inner_words[0].casefold()
    return len(letters) >= 2 and letters in (
        _acronym(head),
        _acronym([w for w in head if w not in _GLUE_WORDS]),
    )


def slashed_names(label: str) -> tuple[str, tuple[str, ...]]:
    """ "Synodic month / solar month": two names of one thing, sharing their last word, with a
    slash between; the first is the name, the second another. "Exotoxin / endotoxin" and
    "Input / Output" name two things, and stay as written."""
    first, slash, second = label.partition(" / ")
    one, other = first.split(), second.split()
    if (
        not slash
        or not 2 <= len(one) <= MAX_SLASHED_WORDS
        or not 2 <= len(other) <= MAX_SLASHED_WORDS
        or "/" in second
        or one[-1].casefold() != other[-1].casefold()
        or script_of(first) != script_of(second)
    ):
        return label, ()
    return first.strip(), (second.strip(),)


MAX_SLASHED_WORDS = 3


def _shared_lead(one: list[str], other: list[str]) -> int:
    """How many first words two names share (case aside)."""
    n = 0
    while n < min(len(one), len(other)) and one[n].casefold() == other[n].casefold():
        n += 1
    return n


ACRONYM = re.compile(r"^[A-Z]{2,6}$")
MIN_CLIPPED = 3
_GLUE_WORDS = frozenset("a an the of to for than and or in on at by with as is".split())  # noqa: SIM905 - a word list reads best as text


def _expands(acronym: str, phrase: str) -> bool:
    """The phrase spells the acronym out: the initials of its words, small words left out
    or not ("Easier to ask for forgiveness than permission" for EAFP)."""
    said = re.findall(r"[A-Za-z][\w'-]*", phrase)
    if not 2 <= len(said) <= MAX_EXPANSION_WORDS or len(said) != len(phrase.split()):
        return False
    short = acronym.casefold()
    every = "".join(w[0] for w in said).casefold()
    main = "".join(w[0] for w in said if w.casefold() not in _GLUE_WORDS).casefold()
    return short in (every, main)


MAX_EXPANSION_WORDS = 8


def spells_out(short: str, name: str) -> bool:
    """`NARK` and "Non-interactive Argument of Knowledge", `OLAP` and "Online Analytical
    Processing": a name in capitals and the words it is made from, no more words than it
    has letters (small words like "and" not counted: "HIPAA", "Health Insurance Portability
    and Accountability Act")."""
    capitals = sum(ch.isupper() for ch in short)
    said = [w for w in name.split() if w.casefold() not in _GLUE_WORDS]
    return capitals >= 2 and 2 <= len(said) <= len(short) and _spells(short, name)


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


def _written_apart(title: str) -> tuple[str, tuple[str, ...], str] | None:
    """A name written with its other name apart from brackets, or with arguments."""
    generic = _GENERIC.match(title)
    if generic:
        # "Dictionary<TKey, TValue>", "Span<T>": the type is asked for by its bare name too.
        return title, (generic.group(1),), ""
    signature = _OPTIONAL_ARGS.match(title)
    if signature:
        # "l(ist) [first[, last]]": the command, its optional arguments a remark.
        return signature.group(1), (), title
    known_as = _AKA.match(title)
    if known_as:
        # "Cross-Site Scripting aka XSS": a name, then the other it goes by.
        head, aliases, said = split_aliases(known_as.group(1).strip())
        return head, (*aliases, known_as.group(2).strip()), said
    slashed = _SLASHED.match(title)
    if slashed:
        # "DRY / Don't Repeat Yourself": the short name, then the long one.
        return slashed.group(1).strip(), (slashed.group(2).strip(),), ""
    return None


_GENERIC = re.compile(r"^([A-Za-z_][\w.]*)\\?<[\w.?<>\\]+(?:,\s*[\w.?<>\\]+)*>$")
_OPTIONAL_ARGS = re.compile(r"^([^\s\[\]]+)\s+\[.*\]$")


_NAMED_KIND = re.compile(r"^[.@-]{0,2}[A-Za-z_][\w.]*(?:\(\))?$")


_LEADING_REMARK = re.compile(r"^\(([^()]{1,30})\)\s+([^\W\d_].*)$")
_SYMBOL = re.compile(r"[^\W\d_][\^_]\{?\w{1,3}\}?")
_WORD = re.compile(r"[^\W\d_]{3}")


_SHORT_NAME = re.compile(r"[\w][\w+#.-]{0,9}")


# The languages a name is said to come from or be in: "(eng: syntax)", "(греч. ...)".
LANGUAGES = (
    r"(?:eng|en|english|англ|английск\w*|lat|latin|лат|латин\w*|греч|gr|greek|нем|фр|итал|араб)"
)
# The words that introduce another name of a thing: "(or sensitive soils)", ", или **ШИМ**".
OTHER_NAME_WORDS = (
    r"(?:also\s+called|also\s+known\s+as|also|or|aka|a\.k\.a\.|или|иначе|он\s+же|она\s+же"
    r"|оно\s+же|также)"
)
_QUOTES = "«»\"“”„'"
_LANGUAGE_LABEL = re.compile(rf"^(?:от\s+)?{LANGUAGES}[.:\s][.:\s]*(?=\w|[{_QUOTES}]\w)", re.I)
_QUOTED = re.compile(rf"[{_QUOTES}]([^{_QUOTES}]+)[{_QUOTES}]")
_GLOSSED = re.compile(
    rf"([^\W\d][^{_QUOTES}—–]{{1,60}}?)\s+[—–-]\s+[{_QUOTES}]([^{_QUOTES}]{{2,60}})[{_QUOTES}]"
)
# "(also called a runbook)": the name without its article.
_ALSO = re.compile(
    rf"^{OTHER_NAME_WORDS}\s+(?:(?:an?|the)\s+(?=\S))?([^\W\d][^()]{{0,60}})$", re.I
)


def split_aliases(title: str) -> tuple[str, tuple[str, ...], str]:
    """(title, aliases, remark): `Name (ALIAS)` gives an alias; an explanatory remark is
    returned separately so it can stay with the definition."""
    head, aliases, remark = _split_once(title)
    if aliases and not remark and head != title and PAREN_TAIL.match(head):
        # "Бухгалтерская проводка (бухгалтерская запись, контировка) (Journal entry)": a
        # bracket before the last one is the name's as well.
        inner_head, inner_aliases, inner_remark = _split_once(head)
        if inner_head != head:
            return inner_head, (*inner_aliases, *aliases), inner_remark
    return head, aliases, remark


def _glossed_names(inner: str) -> tuple[str, ...]:
    """ "англ. Cross Site Request Forgery — «межсайтовая подделка запроса»" in a name's
    bracket: the name in the other language, then its translation, both its names."""
    labelled = _LANGUAGE_LABEL.sub("", inner, count=1)
    glossed = _GLOSSED.fullmatch(labelled) if labelled != inner else None
    return (glossed.group(1).strip(), glossed.group(2).strip()) if glossed else ()


def _without_language(inner: str) -> str:
    """ "eng: syntax", "англ. token", "англ. «daemons»": the name in another language."""
    labelled = _LANGUAGE_LABEL.sub("", inner, count=1)
    if labelled == inner or not labelled:
        return inner
    quoted = _QUOTED.fullmatch(labelled)  # "Демоны (англ. «daemons»)": the word in quotes
    return quoted.group(1) if quoted is not None else labelled


def _split_once(title: str) -> tuple[str, tuple[str, ...], str]:
    remark = _LEADING_REMARK.match(title)
    if remark:
        # "(Дополнительно) Lift": a remark before the name.
        head, aliases, _ = split_aliases(remark.group(2))
        return head, aliases, remark.group(1)
    before, _, symbol = title.rpartition(" ")
    if _SYMBOL.fullmatch(symbol) and len(before.split()) >= 2 and _WORD.search(before):
        # "Коэффициент детерминации R^2": the name, then the symbol it is written with.
        head, aliases, said = split_aliases(before.strip())
        return head, (*aliases, symbol), said
    written = _written_apart(title)
    if written is not None:
        return written
    m = PAREN_TAIL.match(title)
    if not m or not m.group(1).strip():
        return title, (), ""
    head, inner = m.group(1).strip(), m.group(2).strip()
    glossed = _glossed_names(inner)
    if glossed:
        return head, glossed, ""
    inner = _without_language(inner)
    if head.casefold() in DEFINING_LABELS:
        return inner, (), ""  # "Def. (Дисперсия)": the name it defines
    if head.casefold() in _REMARK_LABELS:
        return head, (), inner  # "Warning (Deadlock)": what the warning is about
    if head.casefold() in STATEMENT_LABELS:
        # "Th. (Локальная теорема Муавра-Лапласа)": the name; "Теорема (Байеса)" and
        # "Теорема (о среднем)" say Теорема Байеса, Теорема о среднем.
        named = len(inner.split()) >= 2 and inner[:1].isupper()
        return inner if named else f"{head} {inner}", (), ""
    if head.casefold() in KIND_WORDS and _NAMED_KIND.match(inner):
        # "Метод (.setdefault)", "Функция (enumerate)": the kind, then the name it is about.
        return inner.lstrip("."), (f"{head} {inner}",), ""
    also = _ALSO.match(inner)
    if also is not None:
        # "quick clays (or sensitive soils)", "Файрволл (или Брандмауэр)": another name.
        return head, tuple(p.strip() for p in re.split(r"[,/;]", also.group(1)) if p.strip()), ""
    expansion, _, gloss = inner.partition(" - ")
    if ACRONYM.match(head) and _expands(head, expansion):
        # "EAFP (Easier to ask for forgiveness than permission - проще извиниться, ...)": the
        # words it stands for, then their translation.
        return head, tuple(n.strip() for n in (expansion, gloss) if n.strip()), ""
    parts = [p.strip() for p in re.split(r"[,/;|]", inner) if p.strip()]
    if parts and all(is_alias(head, p) for p in parts):
        return head, tuple(parts), ""
    if (
        len(parts) > 1
        and ACRONYM.match(parts[0])
        and is_alias(head, parts[0])
        and all(_SHORT_NAME.fullmatch(p) for p in parts[1:])
    ):
        # "G protein–coupled receptor (GPCR, 7-TM)": its letters first, then other short
        # names it goes by.
        return head, tuple(parts), ""
    if is_alias(head, inner) or _named_again(head, inner):
        return head, (inner,), ""
    return head, (), inner


_TITLE_WORD = re.compile(r"^(?:[A-Z][A-Za-z'-]*|of|and|the|in|on|for|to)$")


def _named_again(head: str, inner: str) -> bool:
    """ "No Article (Zero Article)", "Smooth ER (Smooth Endoplasmic Reticulum)": a name in
    capitals after a name in capitals, the same thing said another way, not a remark."""
    said, named = head.split(), inner.split()
    return (
        len(named) >= 2
        and all(_TITLE_WORD.match(w) for w in said + named)
        and named[0][:1].isupper()
        and len(named) <= MAX_NAMED_AGAIN_WORDS
    )


MAX_NAMED_AGAIN_WORDS = 4


# "traceroute ip_адрес", "useradd <имя>", "nslookup домен": a command, then what to put after
# it; the command alone names the card too.
_COMMAND_HEAD = re.compile(r"^([a-z][a-z0-9._-]{1,30})\s+(\S.*)$")
_PLACEHOLDER = re.compile(r"^(?:<[^<>]+>|\[[^\[\]]+\]|\{[^{}]+\}|[A-Z][A-Z0-9_]+|\w*_\w*)$")
_PLACEHOLDER_WORDS = frozenset(
    """
    домен адрес файл путь имя каталог директория папка пользователь группа хост порт
    процесс пакет сервис юнит устройство раздел команда шаблон
    domain address file path name dir directory folder user group host port process
    package service unit device partition pattern
    """.split()  # noqa: SIM905 - a word list reads best as text
)
# "useradd, userdel, usermod": several commands named together.
_COMMANDS = re.compile(r"^[a-z][a-z0-9._-]+(?:,\s*[a-z][a-z0-9._-]+)+$")


def command_names(title: str) -> tuple[str, ...]:
    """The commands a card's name is made of, when it is a command and its arguments, or
    commands listed with commas."""
    if _COMMANDS.match(title):
        return tuple(p.strip() for p in title.split(","))
    found = _COMMAND_HEAD.match(title)
    if found is None:
        return ()
    args = found.group(2).split()
    if all(_PLACEHOLDER.match(a) or a.casefold() in _PLACEHOLDER_WORDS for a in args):
        return (found.group(1),)
    return ()
