"""Terms as a line of notes names them: `**Term** — def`, `Term - def`, `Term: def` with
the separator outside brackets, quotes, bold and code (found by `termmarks.py`), and a
name's bracketed aliases told apart from explanatory remarks (`titles.py` reads headings).

Hand-written: these are conventions of how people write study notes, not Markdown syntax.
"""

from __future__ import annotations

import re
import unicodedata

from bot.core.altnames import (
    LANGUAGES,
    PAREN_TAIL,
    is_alias,
    script_of,
    split_aliases,
)
from bot.core.labels import is_section_word
from bot.core.markdown import Inline, Mark
from bot.core.obsidian import clean
from bot.core.termmarks import SEPARATORS, Term, find_separator, protected, strong_term
from bot.core.text import STOPWORDS

# "в тестах: ...", "если ...: ..." open a remark, not a term.
NOT_TERM_STARTS = frozenset(
    {
        "в", "во", "на", "с", "со", "для", "при", "по", "из", "от", "до", "если", "когда",
        "чтобы", "где", "как", "и", "или", "но", "а", "in", "on", "at", "for", "with", "if",
        "when", "to", "and", "or", "but", "by", "from",
        # "Пусть ξ – непрерывная С.В.", "Let X - the sample mean": an assumption, no name.
        "пусть", "допустим", "предположим", "положим", "let", "suppose", "assume",
        # "Здесь — ничего нового", "Итак — ...": a pointer in prose, no name.
        "здесь", "тут", "там", "теперь", "сейчас", "затем", "потом", "итак", "иначе",
        # "Эти состояния – running, sleeping, ...": the things just told of, no name.
        "эти", "этот", "эта", "эту", "этих", "these", "those",
    }
)  # fmt: skip
# "The formula for kinetic friction is: ...", "Формула скорости выглядит так: ...": a sentence
# leading to its formula, no name.
_NOT_TERM_ENDS = frozenset(
    {"is", "are", "was", "were", "be", "equals", "так", "следующая", "следующий", "такая",
     "такой", "является", "равна", "равен", "равно"}
)  # fmt: skip


_MAX_TERM_CHARS = 60
_MAX_TERM_WORDS = 6


_ARROW_SIGN = r"(?:-+>|=>|—>|→|⟶)"  # "->", "-->", "=>", "→": what leads to what
_ARROW = re.compile(_ARROW_SIGN + r"\s+")
_ARROW_IN = re.compile(_ARROW_SIGN)
_ASIDE = re.compile(r"^\s*\([^()]{1,60}\)")
_PROMPT = re.compile(r"\w@[\w.-]+:\S*[#$]")
_URL_ONLY = re.compile(r"<?(?:https?://|www\.)\S+>?")

_FORMULA = re.compile(r"[=_^<>⟨⟩∑∫√±≤≥]|[α-ωΑ-Ω]")
MAX_FORMULA_NAME_WORDS = 4
MAX_TITLE_FORMULA = 8  # characters of a formula kept beside its name, as one may ask for it


def _formula_named(term: Term) -> Term | None:
    """`$M = y_i⟨w, x_i⟩$ - отступ (margin)`: a formula, then the name it goes by (and maybe
    what that is, after a dash). The name is the term; the formula is what it says. A
    statement after a formula ("H_0 - человек не болен") names nothing."""
    if any(len(w) >= 3 and w.isalpha() for w in term.title.split()) or not _FORMULA.search(
        term.title
    ):
        return None
    definition = term.definition.strip()
    sep = find_separator(definition, [False] * len(definition), 0)
    name = (definition[: sep[0]] if sep else definition).strip().rstrip(",.;")
    said = name.casefold().split()
    if (
        not 1 <= len(said) <= MAX_FORMULA_NAME_WORDS
        or _FORMULA.search(name)
        or not all(any(c.isalpha() for c in w) for w in said)
        or any(_statement_word(w) for w in said)
    ):
        return None
    if sep is None:
        return Term(title=name, definition=term.title, strong=term.strong)
    rest = definition[sep[0] + sep[1] :].strip()
    if not rest[:1].isalnum():
        return None  # "σ - отклонение —> ГС": an arrow, not a definition
    if len(term.title) <= MAX_TITLE_FORMULA:
        return Term(title=f"{name} ({term.title})", definition=rest, strong=term.strong)
    return Term(title=name, definition=f"{term.title} — {rest}", strong=term.strong)


def _statement_word(word: str) -> bool:
    """A word of a statement, not of a name: "H_0 - рак есть", "ξ_i - это гиперпараметр",
    "w^(0) - инициализируем начальный вес", "w_1 … w_n - target in these areas"."""
    if word in STOPWORDS:
        return word not in NAME_JOINERS
    return word in _STATEMENT_WORDS or (len(word) > MIN_VERB and _RU_VERB.search(word) is not None)


NAME_JOINERS = frozenset("в на до за между при из для по после of in for to on".split())  # noqa: SIM905 - a word list reads best as text
_STATEMENT_WORDS = frozenset("просто not no".split())  # "не", "есть", "is" are stop words  # noqa: SIM905 - a word list reads best as text
_RU_VERB = re.compile(r"(?:[еи]м|[аяие]ть|ется|ются)$")
MIN_VERB = 4


_EQUALS = re.compile(r"\s*=\s+(\S.*)$")
# "**Absolute refractory period (ARP)**, when sodium channels ...", "**Osmosis**, the
# movement of water ...": a bold name, a comma, then what it is or when it happens.
_APPOSED = re.compile(
    r",\s+((?:the|a|an|when|where|which|in which|during which|когда|который|которая|которое"
    r"|которые|то есть|т\.\s?е\.)\s.*)$",
    re.I,
)


_NAMED_AFTER = re.compile(
    r"^(?P<said>\S.{10,}?)\s+" + _ARROW_SIGN + r"\s+(?P<name>[^\d>→⟶]{2,40}?)\s*$"
)
MAX_ARROW_NAME_WORDS = 3


def _named_after_arrow(inline: Inline, text: str) -> Term | None:
    """ "that is NOT in memory -> **Page Fault**": what happens, an arrow, then the short
    name in bold it goes by. A value after the arrow ("int -> 4 bytes"), plain words or a
    longer phrase is no name."""
    if _ARROW_IN.search(text) is None:
        return None  # most lines: no arrow, no regular expression to backtrack through
    m = _NAMED_AFTER.match(text.strip())
    if m is None or any(mark.kind == "code" for mark in inline.marks):
        return None
    written = clean(m.group("name")).strip()
    # Only a name in bold: plain words after an arrow are mostly an outcome ("-> efficient",
    # "-> low loss") or code.
    tail = text.rstrip()
    if not any(
        mark.kind == "strong"
        and not tail[mark.end :].strip(" *_.")
        and clean(tail[mark.start : mark.end]).strip() == written
        for mark in inline.marks
    ):
        return None
    name = written.strip(" .;,")
    said = m.group("said")
    if (
        not name
        or len(name.split()) > MAX_ARROW_NAME_WORDS
        or len(said.split()) < MIN_ARROW_SAID_WORDS
        or not any(ch.isalpha() for ch in name)
        or _ARROW_IN.search(said)
    ):
        return None
    return Term(title=name, definition=clean(said), strong=True)


MIN_ARROW_SAID_WORDS = 3


_PLAIN_ARROWED = re.compile(r"^\s*([^\W\d][^→>=]{0,40}?)\s+" + _ARROW_SIGN + r"\s+(\w.*)$")
MAX_ARROW_HEAD_WORDS = 3
MIN_ARROW_TOLD_WORDS = 3
MIN_ARROW_PHRASE_WORDS = 5


def _plain_arrowed(text: str) -> Term | None:
    """ "RIGHT JOIN → All rows from the right table.": a short plain name, one arrow, then a
    sentence saying what it is. A condition ("If SYN-ACK → port open"), a chain of arrows or
    a few words after one ("Course → Instructor") is no definition."""
    if len(_ARROW_IN.findall(text)) != 1:
        return None
    m = _PLAIN_ARROWED.match(text)
    if m is None:
        return None
    head, told = clean(m.group(1)).strip(), m.group(2).strip()
    said = head.split()
    # "Dependency Injection -> injecting the algorithm as a dependency into ...": after a
    # name written as one, a phrase in small letters says what it is too.
    named = all(w[:1].isupper() for w in said) and len(told.split()) >= MIN_ARROW_PHRASE_WORDS
    if (
        not (told[:1].isupper() or named)
        or not 1 <= len(said) <= MAX_ARROW_HEAD_WORDS
        or said[0].casefold() in NOT_TERM_STARTS
        or len(told.split()) < MIN_ARROW_TOLD_WORDS
        or not _names_by_letters(head)
    ):
        return None
    return Term(title=head, definition=told, strong=False)


def term_of(inline: Inline, top: bool, *, genus: bool = False) -> Term | None:
    """`**Term** — def`, `` `term` — def``, `Term - def`, `Term: def` (separator outside
    brackets, quotes, bold and code); plain forms only when `top`, or, with `genus`, a
    Russian name, a long dash and the kind of thing it is ("Хемосорбция — явление ...")."""
    text = inline.text.replace("\n", " ")
    arrowed = _named_after_arrow(inline, text)
    if arrowed is not None:
        return arrowed
    lead = len(text) - len(text.lstrip())
    while lead < len(text) and (text[lead].isspace() or _symbol(text[lead])):
        lead += 1  # "🔍**Генеральная совокупность** — ...": an emoji before the term
    first = min((m for m in inline.marks if m.start <= lead), key=lambda m: m.start, default=None)
    flags = protected(inline)
    symbolic = (
        _symbol_first(inline, text, first, flags)
        or _lettered(inline, text, first)
        or _sign_named(inline, text)
    )
    if symbolic is not None:
        return symbolic
    # `**Term** — def`, `` `term` — def``, `*Foreign Key* - это ...`
    # "$$(Dy)(t_n) = (y_n+1 - y_n)/h$$" alone: a formula, whose minus is no dash.
    formula = first is not None and first.math and not text[first.end :].strip()
    if (
        first is not None
        and first.kind in ("strong", "code", "em")
        and first.end > first.start
        and not formula
    ):
        strong = strong_term(text, flags, first.start, first.end)
        equals = _EQUALS.match(text, first.end)
        arrowed = _arrowed(text, first) if strong is None and first.kind == "strong" else None
        if arrowed is not None:
            return arrowed
        if strong is None and first.kind == "strong" and equals is not None:
            # "- **Partition pruning** = the planner skips ...": a bold name, then what it is.
            return Term(
                title=clean(text[first.start : first.end]), definition=equals.group(1), strong=True
            )
        runin = _run_in(inline, text, first) if strong is None and first.kind == "strong" else None
        if runin is not None:
            return runin
        apposed = _APPOSED.match(text, first.end) if first.kind == "strong" else None
        if strong is None and apposed is not None and top:
            return Term(
                title=clean(text[first.start : first.end]),
                definition=apposed.group(1),
                strong=True,
            )
        if strong is not None and first.kind == "code":
            return _code_named(strong, first)
        if strong is not None:
            return strong
    sep = find_separator(text, flags, 0)
    if not sep:
        return (_plain_arrowed(text) or _named_by_equals(text)) if top else None
    named = next((m for m in inline.marks if m.kind == "strong" and m.start > sep[0]), None)
    if named is not None and (reverse := named_after_dash(text, named)) is not None:
        return reverse
    head = clean(text[: sep[0]])
    glossed = _glossed(head)
    told = text[sep[0] + sep[1] :]
    said = top or glossed or _kind_repeated(head, told)
    if not (said or (genus and _genus_dashed(text, sep, told))):
        return None
    # "EAFP(Easier to ask for forgiveness than permission - проще ...)": a long gloss.
    glossed_name = PAREN_TAIL.match(head)
    # "Парадигма (греч. "образец склонения ...") — схема ...": a word's origin, however long.
    told_origin = glossed_name is not None and _ORIGIN.match(glossed_name.group(2)) is not None
    name = glossed_name.group(1) if (glossed or told_origin) and glossed_name else head
    # "Бухгалтерская проводка (бухгалтерская запись, контировка) (Journal entry)": the name
    # is measured without its brackets.
    name = split_aliases(name)[0] or name
    # "YAGNI / You Aren't Gonna Need IT": two names of one term, each counted alone.
    longest = max(len(part.split()) for part in name.split(" / ")) if name else 0
    if (
        not head
        or head.split()[0].casefold() in NOT_TERM_STARTS
        or head.split()[-1].casefold() in _NOT_TERM_ENDS
        or len(name) > _MAX_TERM_CHARS
        or longest > _MAX_TERM_WORDS
        or "[" in head
        # "root@pc-01:/etc/apt# ps - Показывает ...": a shell prompt and the command typed.
        or _PROMPT.search(head) is not None
        # "~95%: GPCRs — ...": a value, not a name ("404" and "1984" may be names).
        or not _names_by_letters(head)
        or not text[sep[0] + sep[1] :].strip()
        # "Detail info: https://refactoring.guru/...": a pointer to a page, no definition.
        or _URL_ONLY.fullmatch(text[sep[0] + sep[1] :].strip()) is not None
    ):
        return None
    return Term(title=head, definition=text[sep[0] + sep[1] :], strong=False)


def _named_by_equals(text: str) -> Term | None:
    """ "Goodwill = purchase price less identified assets", "Candidate Key = Any unique
    attribute": a plain name, an equals sign, then in words what it is. Code ("name =
    local.rg_name") and a chain of equalities are no such line."""
    found = _PLAIN_EQUALS.fullmatch(text.strip())
    if found is None:
        return None
    name, said = found.group(1).strip(), found.group(2).strip()
    if (
        len(name.split()) > _MAX_TERM_WORDS
        or name.split()[0].casefold() in NOT_TERM_STARTS
        # "A plane of the form x = c means ...": a sentence about a symbol's value.
        or any(len(word) < MIN_EQUALS_NAME_WORD for word in name.split())
        or "_" in name
        # "IPS = IDS + automatic response", "Precision = TP/(TP + FP)": a sum, not words.
        or len(_SAID_WORDS.findall(said)) < MIN_EQUALS_WORDS
        or any(sign in said for sign in "=→_`$+/*×÷")
    ):
        return None
    return Term(title=name, definition=said, strong=False)


_PLAIN_EQUALS = re.compile(r"([^\W\d_][\w'’ -]{1,40}?)\s+=\s+([^\W\d_].*)")
_SAID_WORDS = re.compile(r"(?=[^\W\d_]*[a-zа-яё])[^\W\d_]{3,}")  # words in small letters
MIN_EQUALS_WORDS = 2
MIN_EQUALS_NAME_WORD = 2


def _run_in(inline: Inline, text: str, first: Mark) -> Term | None:
    """ "**Definition (Nash equilibrium).** An action profile ...", "**Matching pennies.**
    Each player ...": a bold name closed by a full stop heads its paragraph, as a heading
    would, and the sentences after it say what it is."""
    head = text[first.start : first.end].strip()
    rest = text[first.end :]
    if head.endswith("."):
        head = head[:-1].rstrip()
    elif rest.startswith("."):
        rest = rest[1:]
    else:
        return None
    start = len(text) - len(rest.lstrip())
    # "$f$ maps inputs to ...": a formula opens the sentence, whatever its letters.
    formula = any(m.math and m.start == start for m in inline.marks)
    rest = rest.strip()
    # "**Definition 15.6 (mixed strategy).**", "**Definition — WARP.**": the kind of
    # statement, then the name it gives.
    labelled = _STATEMENT_LABEL.match(head)
    if labelled is not None:
        head = (labelled.group(1) or labelled.group(2)).strip()
    said = head.split()
    if (
        not 1 <= len(said) <= MAX_RUN_IN_WORDS
        or len(rest.split()) < MIN_RUN_IN_TOLD_WORDS
        # "... is best." after the name is its sentence going on.
        or (rest[:1].islower() and not formula)
        or said[0].casefold() in NOT_TERM_STARTS
    ):
        return None
    return Term(title=clean(head), definition=rest, strong=True)


_STATEMENT_LABEL = re.compile(
    r"^(?:definition|def|theorem|proposition|lemma|corollary|axiom|example|определение|опр|"
    r"теорема|лемма|следствие|аксиома|пример)\.?\s*[\d.]*\s*(?:\((.+)\)|[—–:-]\s+(.+))$",
    re.I,
)
MAX_RUN_IN_WORDS = 8
MIN_RUN_IN_TOLD_WORDS = 3


def _symbol_first(inline: Inline, text: str, first: Mark | None, flags: list[bool]) -> Term | None:
    """ "$\\gamma$ - ==уровень доверия== - вероятность ...": a symbol, then the term."""
    if first is None or first.kind != "code" or first.end - first.start > MAX_SYMBOL:
        return None
    named = next((m for m in inline.marks if m.start > first.end and m.kind == "strong"), None)
    between = text[first.end : named.start].strip() if named is not None else ""
    if named is None or between not in SEPARATORS:
        return None
    term = strong_term(text, flags, named.start, named.end)
    if term is None or not term.definition.strip():
        return None
    symbol = clean(text[first.start : first.end])
    return Term(title=f"{term.title} ({symbol})", definition=term.definition, strong=True)


def _sign_named(inline: Inline, text: str) -> Term | None:
    """ "Обычно рассматривается $(1-\\beta)$ - **мощность критерия** (вероятность правильного
    решения)": a formula, a dash, its name in bold and what it is in brackets, ending a
    line of prose."""
    for sign in (m for m in inline.marks if m.math and 0 < m.end - m.start <= MAX_SIGN):
        dash = _SIGN_DASH.match(text, sign.end)
        named = next(
            (m for m in inline.marks if dash and m.kind == "strong" and m.start == dash.end()),
            None,
        )
        remark = _REMARK_AFTER.fullmatch(text, named.end) if named is not None else None
        if named is not None and remark is not None:
            title = clean(text[named.start : named.end]).strip(" .:")
            symbol = clean(text[sign.start : sign.end])
            return Term(title=title, definition=f"{symbol} — {remark.group(1)}", strong=True)
    return None


_SIGN_DASH = re.compile(r"\s+[-—–]\s+")
_REMARK_AFTER = re.compile(r"\s*\(([^()]{3,120})\)[\s.]*")


def _lettered(inline: Inline, text: str, first: Mark | None) -> Term | None:
    """ "**Velocity** $v(t)$ - The speed of an object ...": a bold name, the letter standing
    for it in formulas, a separator, then what it is."""
    if first is None or first.kind != "strong":
        return None
    letter = next((m for m in inline.marks if m.start > first.end and m.math), None)
    if letter is None or text[first.end : letter.start].strip():
        return None
    told = _LETTER_SEPARATOR.match(text, letter.end)
    if told is None or not text[told.end() :].strip():
        return None
    # The letter is how formulas write it, no name to ask by.
    return Term(
        title=clean(text[first.start : first.end]), definition=text[told.end() :], strong=True
    )


_LETTER_SEPARATOR = re.compile(r"\s*(?:[—–:]|-(?=\s))\s*")


def _names_by_letters(head: str) -> bool:
    """A name has letters, or is a number ("404", "1984"); "~95%" and "~55% (end of NDS)"
    are values with a remark, "unit CM x Q" (before "- fixed expenses") a formula."""
    bare = re.sub(r"\([^)]*\)", "", head).strip()
    if _OPERATOR.search(bare):
        return False
    return any(ch.isalpha() for ch in bare) or bare.isdigit()


_OPERATOR = re.compile(r"\s[x×*=]\s")


def _arrowed(text: str, first: Mark) -> Term | None:
    """ "**Copy-on-write** -> create a copy of the page": a bold name, an arrow, what it is
    (after code or italics an arrow leads to an example or an output). A short bracket may
    come first: "**Kerberos** (default in modern Windows) → ..."."""
    aside = _ASIDE.match(text[first.end :])
    after = text[first.end + (aside.end() if aside else 0) :].lstrip()
    arrow = _ARROW.match(after)
    told = after[arrow.end() :] if arrow is not None else ""
    if not told.strip():
        return None
    if aside is not None:
        told = f"{told.rstrip()} {aside.group().strip()}"
    return Term(title=clean(text[first.start : first.end]), definition=told, strong=True)


def _glossed(head: str) -> bool:
    """ "Continuous Integration (непрерывная интеграция) - практика ...": a plain name with
    its translation or abbreviation in brackets, before a dash, is a term in any paragraph."""
    m = PAREN_TAIL.match(head)
    return (
        m is not None
        and 1 <= len(m.group(1).split()) <= MAX_GLOSSED_WORDS
        and not any(ch in m.group(1) for ch in ".,;:!?")
        # "Есть ещё BOM (Browser Object Model) — ...": a sentence running into a name.
        and len({script_of(w) for w in m.group(1).split()}) == 1
        and is_alias(m.group(1), m.group(2))
    )


MAX_GLOSSED_WORDS = 4
# The bracket after a name saying where the word comes from: "греч. ...", "от лат. ...".
_ORIGIN = re.compile(rf"^\s*(?:(?:от|from)\s+)?(?:др\.-)?{LANGUAGES}\b", re.I)


def _kind_repeated(head: str, told: str) -> bool:
    """ "Статический класс – класс, из которого нельзя создавать объекты": what follows the
    dash opens with the kind the name is of, said again, as a definition does."""
    said = head.casefold().split()
    first = _KIND_AFTER_DASH.match(told.casefold())
    if first is None or not 1 <= len(said) <= MAX_GLOSSED_WORDS or not head[:1].isupper():
        return False
    kind = first.group(1)
    return any(_same_word(w, kind) for w in said if len(w) >= MIN_KIND_STEM)


def _same_word(word: str, other: str) -> bool:
    """The same word in another form ("класс", "класса"): all but its last two letters
    shared, never fewer than `MIN_KIND_STEM` (not "предикат" and "предложение")."""
    shared = max(MIN_KIND_STEM, min(len(word), len(other)) - 2)
    return word[:shared] == other[:shared]


_KIND_AFTER_DASH = re.compile(r"\s*(?:это\s+|is\s+)?(?:(?:a|an|the)\s+)?([^\W\d_]{4,})\b")
MIN_KIND_STEM = 4  # letters a name's word and the kind after the dash share


def _genus_dashed(text: str, sep: tuple[int, int], told: str) -> bool:
    """ "Хемосорбция — явление химического взаимодействия ...": a Russian name of a word or
    two, a dash (or a hyphen typed for one), then the kind of thing it is, a noun in small
    letters (not "Цена — при падении ...", a remark, nor "Итог — всё работает")."""
    # '"Русская правда" - первый свод законов': the quotes mark the name.
    head = text[: sep[0]].strip().strip(_NAME_QUOTES).strip()
    said = head.split()
    first = _FIRST_WORD.match(told)
    return (
        text[sep[0] : sep[0] + sep[1]].strip() in ("—", "–", "-")
        and 1 <= len(said) <= MAX_GENUS_HEAD_WORDS
        and head[:1].isupper()
        and all(_CYRILLIC_WORD.fullmatch(w) for w in said)
        and said[0].casefold() not in NOT_TERM_STARTS
        and not any(w.casefold() in STOPWORDS for w in said)
        and not is_section_word(head)  # "Применение — ..." is a remark under its label
        and first is not None
        and first.group(1).casefold() not in STOPWORDS | _ADVERBS
        and _RU_VERB.search(first.group(1)) is None
        and not _RU_PAST.search(first.group(1))
        and first.group(1).casefold() not in _RU_LINKING_PAST
    )


MAX_GENUS_HEAD_WORDS = 2
_NAME_QUOTES = '"«»“”„'
# "Срез — всегда указатель на массив": how it always is, a remark on it.
_ADVERBS = frozenset(
    """всегда часто обычно иногда никогда очень просто также тоже уже почти только лишь
    именно совсем вообще сразу снова всего ровно примерно около""".split()  # noqa: SIM905 - a word list reads best as text
)
_FIRST_WORD = re.compile(r"\s*([а-яё]{4,})\b")
_CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё-]+")
# "Итог — стало быстрее", "Ошибка — появилась при сборке": a verb in the past, not a kind.
# Only the forms no kind noun takes: a plural or reflexive past and the linking verbs, so
# "сигнал", "правило", "сила", "материал" still read as kinds.
_RU_PAST = re.compile(r"(?:[аеиоуыя]ли|лся|лась|лось|лись)$")
_RU_LINKING_PAST = frozenset(
    "был была было стал стала стало мог могла могло".split()  # noqa: SIM905 - a word list reads best as text
)


MAX_SYMBOL = 3  # characters of a formula symbol written before the term it names
MAX_SIGN = 24  # characters of a formula before the name it stands for and a remark on it


def _code_named(term: Term, mark: Mark) -> Term | None:
    """`` `ls` - список файлов``, `$M = ...$ - отступ`: the term a leading code span or
    formula gives. "$A$ - алгебра" under "Пусть:" says what a letter of the formula stands
    for: no term of the notes."""
    named = _formula_named(term)
    if named is None and mark.math and _bare_symbol(term.title):
        return None
    if not mark.math and term.title.split(" (")[0].casefold() in _LITERALS:
        return None  # "- `false`: segments not generated return a 404": a switch's value
    return named or (None if mark.math else _template_named(term)) or term


# "[x for x in xs if p] = list_comprehension": code written as a pattern to fill in.
_TEMPLATE = re.compile(r"^[\[({].*[\])}](?:\s*=\s*(\w+))?$")
MIN_TEMPLATE_WORDS = 4
MAX_TEMPLATE_NAME_WORDS = 3


def _template_named(term: Term) -> Term | None:
    """`` `['выражение' for 'элемент' in 'последовательность'] = list_comprehension` -
    генератор списков, принимает ...``: a pattern of code, then the name it goes by and
    what it does. The name is the term; the pattern is what it looks like."""
    shape = _TEMPLATE.match(term.title.strip())
    if shape is None or len(term.title.split()) < MIN_TEMPLATE_WORDS:
        return None
    name, comma, rest = term.definition.strip().partition(",")
    said = name.casefold().split()
    if (
        not comma
        or not rest.strip()
        or not 1 <= len(said) <= MAX_TEMPLATE_NAME_WORDS
        or not all(w.isalpha() for w in said)
        or any(_statement_word(w) for w in said)
    ):
        return None
    title = f"{name.strip()} ({shape.group(1)})" if shape.group(1) else name.strip()
    return Term(title=title, definition=f"{term.title} — {rest.strip()}", strong=term.strong)


_LITERALS = frozenset(("true", "false"))


def _bare_symbol(title: str) -> bool:
    """One letter of a formula ("A", "μ"), or a macro of the author's
    own that no renderer knows (`\\mcR`)."""
    return len(title.replace(" ", "")) <= BARE_SYMBOL_CHARS or bool(_MACRO.fullmatch(title))


BARE_SYMBOL_CHARS = 1
_MACRO = re.compile(r"\\[A-Za-z]+")


def _symbol(ch: str) -> bool:
    return unicodedata.category(ch) in ("So", "Sk", "Cf")


def named_after_dash(text: str, last: Mark) -> Term | None:
    """ "Набор этих условных вероятностей - __условный закон распределения__ для ξ_1.": what
    a thing is, a dash, then its name in bold closing the sentence (with whose it is, or
    its other name in brackets: "... deficits—**prosopagnosia** (face blindness).")."""
    said = _SAID_BEFORE_DASH.fullmatch(text[: last.start])
    tail = _NAME_TAIL.fullmatch(text[last.end :].split(". ", 1)[0])
    name = clean(text[last.start : last.end]).strip(" .,:")
    size = len(name.split())
    if (
        said is None
        or tail is None
        or not 1 <= size <= MAX_NAMED_AFTER_DASH_WORDS
        or not _WORD_START.match(name)
        # "I, we, you, they — **does**": one short word after a dash is a value, not a name.
        or (size == 1 and not _LONG_WORD.fullmatch(name))
        or len(said.group(1).split()) < MIN_SAID_WORDS
    ):
        return None
    other = tail["other"]
    return Term(
        title=name,
        definition=clean(said.group(1)).rstrip(" ,;:"),
        strong=True,
        also=(clean(other),) if other else (),
    )


# A spaced dash, or a long dash typed right after the word ("deficits—**X**").
_SAID_BEFORE_DASH = re.compile(r"\s*([^\W\d_].{10,}?)(?:\s+[-—–]|\s*[—–])\s*")
_NAME_TAIL = re.compile(
    r"\s*(?:\((?P<other>[^()]{1,40})\))?\s*(?:(?:для|of|for)\s+[^.,;:]{1,30})?\s*\.?\s*"
)
_WORD_START = re.compile(r"[^\W\d_]{3}")
_LONG_WORD = re.compile(r"[^\W\d_][\w-]{4,}")
MAX_NAMED_AFTER_DASH_WORDS = 5
MIN_SAID_WORDS = 4  # "Docker Compose - **файл сервисов** ...": a name, not what it is
