"""Definitions lecture prose states in sentences of its own, the name unmarked: "...
называется широковещательным штормом", "Критической областью называется ...", "Под
маршрутизацией понимается ...", "AI hallucination refers to ...". Each gives a name, in the
case the sentence writes it (the notes builder puts it in the nominative), and the sentence
as what the name means."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core import obsidian
from bot.core.prosenames import POINTS_BACK, sentences_of
from bot.core.text import STOPWORDS, STOPWORDS_EN, words

# "Неконтролируемое дублирование сигнала называется широковещательным штормом", "Такая
# технология известна как Beamforming", "... is called a deadlock.": lecture prose that names
# what it has just described, the name closing its sentence (the case it is written in).
_NAME = r"[^\s.,;:!?()«»\"“”]+(?:[ \t]+[^\s.,;:!?()«»\"“”]+){0,2}"
_GLOSS = r"(?:[ \t]*\([^()\n]{2,60}\))?"
# The name closes its sentence, or the clause before its condition ("Граф называется
# двудольным, если ...").
_ENDS = r"(?=[.;!?]|$|,[ \t]*(?:если|когда|if|when)\b)"
ANY_CASE = "any"  # a name written in the case its sentence needs, which one unknown
_NAMED_AS = (
    (
        re.compile(
            rf"\b(?:называется|называются|именуется|именуются|называют|называем|"
            # "... принято называть — **консервативными**": a dash may stand before the name.
            rf"принято\s+называть)[ \t]+(?:[—–][ \t]+)?({_NAME}{_GLOSS})[ \t]*{_ENDS}",
            re.I | re.M,
        ),
        "ablt",
    ),
    (
        re.compile(
            rf"\b(?:известен|известна|известно|известны)[ \t]+как[ \t]+({_NAME}{_GLOSS})"
            rf"[ \t]*(?=[.;!?]|$)",
            re.I | re.M,
        ),
        "nomn",
    ),
    (
        re.compile(
            # "is called as *random patches*": "as" after "called", as some English has it.
            rf"\b(?:is|are)\s+(?:called(?:\s+as)?|known\s+as|termed|referred\s+to\s+as)\s+"
            # "... the procedure that is called by the caller": the verb's passive, no name.
            rf"(?!(?:by|from|with|when|once|after|before|on|in|for|to|at|during)\b)"
            # "This is called the (short) Weierstrass equation": an aside before the name.
            rf"(?:an?\s+|the\s+)?(?:\([^()\n]{{1,20}}\)\s+)?({_NAME}{_GLOSS})[ \t]*(?=[.;!?]|$)",
            re.I | re.M,
        ),
        "",
    ),
    # "Within the myofibrils there are repeating patterns called sarcomeres": a thing
    # described, then its name closing the sentence ("a column called StudentID" in an
    # example names no term).
    (
        re.compile(
            rf"\bthere\s+(?:is|are)\s+(?:[a-z-]+\s+){{0,3}}[a-z-]{{3,}}\s+called\s+"
            rf"({_NAME})[ \t]*(?=[.;!?]|$)",
            re.I | re.M,
        ),
        "",
    ),
    # "Такие процессы получили название инкапсуляция (...) и ...", "носит название «X»",
    # "используется понятие — датаграмма": the name in the nominative after its label.
    (
        re.compile(
            # "... запуская специальный процесс под названием Zygote."
            rf"\b(?:(?:получил[аио]?|получили|носит|носят)[ \t]+название|под[ \t]+названием|"
            rf"(?:используется|употребляется|вводится)[ \t]+(?:понятие|термин))"
            rf"[ \t]+(?:[—–][ \t]+)?[«\"“]?({_NAME}){_GLOSS}[»\"”]?"
            rf"[ \t]*(?=[.;!?,]|$|[ \t]+и[ \t])",
            re.I | re.M,
        ),
        "nomn",
    ),
    # "... так называемое окно перегрузки (Congestion Window)": the gloss ends the name.
    (re.compile(rf"\bтак\s+называем\w+\s+({_NAME}[ \t]*\([^()\n]{{2,60}}\))", re.I), "nomn"),
    # "служит т.н. таблица векторов прерываний, в которую ...", "(т.н. интринзиков)": the
    # name in whatever case the sentence needs, up to the clause's end or a dash.
    (
        re.compile(
            rf"(?:\bтак\s+называем\w+|(?<!\w)т\.\s?н\.)[ \t]+({_NAME})[ \t]*"
            # "т.н. Субитизации - возможности ...": a dash may open what it is.
            rf"(?=[.,;:!?)]|$|[-—–][ \t])",
            re.I | re.M,
        ),
        ANY_CASE,
    ),
)
_NOT_NAMES = frozenset(
    """так иначе также тоже по-разному следующим образом словом словами термином этим это им
    ими его её ее их и или and or""".split()  # noqa: SIM905 - a word list reads best as text
)
# "Он называется Binary Log.": what it is, the sentence before says.
_PRONOUN = re.compile(r"(?:он|она|оно|они|it|they)\b", re.I)


@dataclass(frozen=True, slots=True)
class ProseName:
    """A name prose gives what it has described as its sentence ends."""

    name: str
    said: str  # the sentence (and the one before it, when the sentence points back)
    case: str  # the case the name is written in: "ablt", "nomn", "" for English
    # "Дома его обычно называют роутером", "Обычно называется origin": another name of the
    # thing the section is about, not a thing of its own.
    other_name: bool
    subject: str = ""  # the sentence's words before its naming verb ("этот ряд")
    aliases: tuple[str, ...] = ()  # its other names ("Файрволл (или Брандмауэр, ...)")
    aliases_case: str = ""  # the case `aliases` are written in, "" for as they are


def named_in_prose(text: str) -> list[ProseName]:
    """The names the text's sentences give what they describe as they end."""
    if not _NAMING_WORD.search(text):
        return []  # most prose names nothing: skip the sentence split
    out: list[ProseName] = []
    sentences = sentences_of(text)
    for pattern, case in _NAMED_AS:
        for match in pattern.finditer(text):
            name = obsidian.clean(match.group(1)).strip(" .,:;!?")
            said_words = name.split("(")[0].split()
            if (
                not said_words
                or any(w.casefold() in _NOT_NAMES for w in said_words)
                or not any(c.isalpha() for c in name)
            ):
                continue
            at = next(
                i for i, (start, end, _) in enumerate(sentences) if start <= match.start() < end
            )
            opening = sentences[at][2].lstrip()
            before = words(text[sentences[at][0] : match.start()])
            # "Такая технология известна как X", "Он называется X": the sentence before.
            back = POINTS_BACK.match(opening) or _PRONOUN.match(opening)
            other = not back and (
                all(w in STOPWORDS for w in before)
                or (len(before) <= MAX_OTHER_NAME_WORDS and not _OBJECT.isdisjoint(before))
            )
            first = at - 1 if at and back else at
            said = " ".join(s for _, _, s in sentences[first : at + 1])
            subject = text[sentences[at][0] : match.start()]
            also = _also_named(subject, match.group(0), case)
            if also is not None:
                # "Зомби-процесс также называют неработающим процессом": the paragraph is
                # about the name the sentence opens with; the named one is its other name.
                paragraph = obsidian.clean(" ".join(text.split()))
                out.append(
                    ProseName(
                        also[0], paragraph, also[1], False, aliases=(name,), aliases_case=case
                    )
                )
                continue
            out.append(
                ProseName(name, obsidian.clean(" ".join(said.split())), case, other, subject)
            )
    listed = _OTHER_NAMES.match(text)
    # "(или каталог)" may be another thing as well as another name: only a list of names.
    if listed is not None and ("," in listed.group(2) or "или" not in listed.group(0)):
        # "Файрволл (или Брандмауэр, сетевой экран) получил название ...": a paragraph
        # opening with a name and its other names.
        names = tuple(n.strip() for n in listed.group(2).split(",") if n.strip())
        said = obsidian.clean(" ".join(sentences[0][2].split()))
        out.append(ProseName(listed.group(1), said, "", False, aliases=names))
    for _, _, sentence in sentences:
        # "Критической областью называется множество значений ...", "Под маршрутизацией
        # понимается ...", "AI hallucination refers to ...": a definition's classic orders,
        # the name first, then what it is.
        for pattern, case, whole in _NAME_FIRST:
            lead = pattern.search(sentence)
            if lead is None:
                continue
            said_words = [w.casefold() for w in lead.group(1).split()]
            if said_words[0] in STOPWORDS_EN or not _NOT_NAMES.isdisjoint(said_words):
                continue  # "This refers to ...", "The result refers to ..."
            # "W0 - критической областью называется ...": from the name on; "Под X ...":
            # the whole sentence.
            said = obsidian.clean(" ".join(sentence[lead.start(0 if whole else 1) :].split()))
            out.append(ProseName(lead.group(1), said[:1].upper() + said[1:], case, False))
            break
        else:
            kind = _KIND_REPEATED.match(sentence)
            if (
                kind is not None
                and _same_kind(kind.group(1).split()[-1], kind.group(2))
                # "The first step is the step that ...", "A good test is a test ...": which
                # one, not a name.
                and kind.group(1).split()[0].casefold() not in _WHICH_ONE
            ):
                # "A linear circuit is a circuit composed by ...": a name, "is", and its last
                # word again as the kind of thing it is.
                said = obsidian.clean(" ".join(sentence.split()))
                out.append(ProseName(kind.group(1), said, "", False))
    return out


# "A linear circuit is a circuit composed by ...", "A visual binary is a binary system in
# which ...": a sentence stating what a thing of two or three words is.
_KIND_REPEATED = re.compile(
    r"^\s*(?:An?|The)[ \t]+([a-z][\w-]*(?:[ \t]+[a-z][\w-]*){1,2})[ \t]+(?:is|are)[ \t]+"
    r"(?:an?|the)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?([a-z][\w-]*)[ \t]+(?=\w)"
)


_WHICH_ONE = frozenset(
    """first second third last next previous other same good bad best worst main simple new
    old whole only usual typical real""".split()  # noqa: SIM905 - a word list reads best as text
)


def _same_kind(last: str, kind: str) -> bool:
    """The kind is the name's last word, in the singular or the plural."""
    return last.removesuffix("s") == kind.removesuffix("s") and len(kind) >= MIN_KIND_WORD


MIN_KIND_WORD = 3


_OTHER_NAMES = re.compile(
    r"^\s*([A-ZА-ЯЁ][\w-]*(?:[ \t]+[\w-]+){0,2})[ \t]*\((?:или|или\s+же|он\s+же|она\s+же|"
    r"оно\s+же|они\s+же|also|aka|a\.k\.a\.)[ \t]+([^()\n]{2,80})\)[ \t]+(?=\w)"
)
# (the pattern, the case its name is in, whether the whole sentence is what it means)
_NAME_FIRST = (
    (
        re.compile(
            r"^(?:[^.!?]*?\s[-—–:]\s+)?([а-яё][а-яё-]*(?:[ \t]+[а-яё][а-яё-]*){0,2})[ \t]+"
            r"(?:называется|называются|называют)[ \t]+(?=[^\s.,;:!?])",
            re.I,
        ),
        "ablt",
        False,
    ),
    (
        re.compile(
            r"^\s*под[ \t]+([а-яё][а-яё-]*(?:[ \t]+[а-яё][а-яё-]*){0,2})[ \t]+"
            r"(?:понимается|понимаются|понимают|подразумевается|подразумевают)[ \t]+"
            r"(?=[^\s.,;:!?])",
            re.I,
        ),
        "ablt",
        True,
    ),
    (
        re.compile(
            r"^\s*(?:(?:Note|NB|Примечание|Замечание)[ \t]*:[ \t]*)?"
            r"([A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3})[ \t]+"
            r"(?:refers[ \t]+to|is[ \t]+defined[ \t]+as|are[ \t]+defined[ \t]+as|denotes)"
            r"[ \t]+(?=[^\s.,;:!?])"
        ),
        "",
        False,
    ),
)


_NAMING_WORD = re.compile(
    r"(?:^|[.!?]\s+)(?:An?|The)\s|назыв|назван|понятие|термин|т\.\s?н\.|извест|именует|"
    r"понима|подразумева|\((?:или|он|она|оно|они|also|aka|a\.k\.a\.)\s|"
    r"\b(?:called|known\s+as|termed|referred|refers|defined|denotes)\b",
    re.I,
)
_OBJECT = frozenset({"его", "её", "ее", "их"})
MAX_OTHER_NAME_WORDS = 4


def _also_named(subject: str, naming: str, case: str) -> tuple[str, str] | None:
    """ "Зомби-процесс также называют ...", "Сеть Петри иногда называется ...": a name of a
    word or three opening the sentence, then "также"/"ещё"/"иногда" before the naming verb:
    (that name, the case it is written in)."""
    m = _ALSO_SUBJECT.fullmatch(subject.strip())
    if case != "ablt" or m is None:
        return None
    said = m.group(1)
    folded = [w.casefold() for w in said.split()]
    if POINTS_BACK.match(said) or _PRONOUN.match(said) or not STOPWORDS.isdisjoint(folded):
        return None
    active = naming.casefold().lstrip().startswith(("называют", "называем"))
    return said, ("accs" if active else "")


_ALSO_SUBJECT = re.compile(
    r"([^\W\d_][\w-]*(?:[ \t]+[^\W\d_][\w-]*){0,2})[ \t]+(?:также|тоже|ещё|еще|иногда)",
    re.I,
)
