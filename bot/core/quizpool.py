"""What a quiz can fairly ask: titles that name a thing, definitions that still say
something with the card's names hidden, and distinct options of the same kind and length."""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.core.labels import is_section_word
from bot.core.models import Card, CardKind
from bot.core.obsidian import HIGHLIGHT_MARK
from bot.core.text import STOPWORDS, fold, is_cyrillic, words

MAX_QUESTION = 300


MAX_OPTION = 100


MIN_OPTIONS = 2


MAX_OPTIONS = 10


# A self-check is a message (up to 4096 characters), not a poll: room for a long answer, yet
# short enough that the question, the answer and its section fit one message.
MAX_SELFCHECK_QUESTION = 1000


MAX_SELFCHECK_ANSWER = 2500


MAX_EXPLANATION = 200


MAX_EXPLANATION_NEWLINES = 2


NEIGHBOURS = 40


WHERE_LIMIT = 40  # characters of a section path a question shows
ALIKE = 90  # options at least this similar (rapidfuzz ratio) read as the same answer


MIN_DEFINITION_WORDS = 3


MASK = "…"


# Text a reader of the notes never sees; an option showing it looks broken, even when the
# note wrote it on purpose (`x**2`).
MARKUP = (
    "[[", "]]", "> [!", "|---", "<span", "<font", "**", "%%", "==", "[ ]", "<!--", "{{<", "{{%",
)  # fmt: skip


def markup_in(text: str) -> list[str]:
    """The markup a card's text shows (`[[`, `**`, a highlight mark, a task's box), operators
    and code left out ("using `[ ]`" binds a property)."""
    return [
        m
        for m in MARKUP
        if m in text
        and (m != "==" or HIGHLIGHT_MARK.search(text))
        and (m != "[ ]" or _TASK_BOX.search(text))
    ] + (["$\\"] if _RAW_LATEX.search(text) else [])


_TASK_BOX = re.compile(r"(?:^|\n)\s*(?:[-*+]\s+)?\[ \]")
# "$ \cos(\varphi)$": a formula's LaTeX shown as typed, dollars and commands.
_RAW_LATEX = re.compile(r"\$[^$\n]{0,80}?\\[A-Za-z]{2,}[^$\n]{0,80}?\$")


FLASH = frozenset({CardKind.FLASHCARD, CardKind.CLOZE})


QUESTION_WORDS = frozenset(
    {
        "почему", "зачем", "как", "что", "когда", "где", "какой", "какая", "какие", "чем",
        "кто", "сколько", "каком", "какое", "каков", "какова", "чему", "чего", "кем",
        "why", "how", "what", "when", "where", "which", "who",
    }
)  # fmt: skip


def shorten(text: str, limit: int) -> str | None:
    """Fit text into `limit` characters at a word boundary, or None if even a word won't fit."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space <= 0:
        return None
    return cut[:space].rstrip(" ,;:—–-") + "…"


def section_of(card: Card) -> str:
    return card.section_path or card.note.rsplit("/", 1)[-1]


_COMPARED = re.compile(r"\s+(?:vs\.?|versus|против)\s+", re.I)


def acronym(name: str) -> str:
    parts = re.findall(r"[^\W\d_]+", name)
    return "".join(p[0] for p in parts).upper() if len(parts) >= 3 else ""


_NUMBERED_LABEL = re.compile(
    r"^(?:question|вопрос|задача|задание|task|exercise|упражнение|шаг|step|часть|part|"
    r"лекция|lecture|глава|chapter|раздел|section|урок|lesson|неделя|week|день|day|q|"
    r"билет|ticket|вариант|пример|example|тема|topic|этап|stage|phase|фаза)\s*№?\s*\d+"
    r"(?:[.)]?$|\s*[:.)—–-]\s)",
    re.I,
)
_NOT_A_NAME_START = frozenset(
    """в во на при для без по из от до у с со он она оно они это этот эта эти мы вы
    in on at for from by with without it this these they we you""".split()  # noqa: SIM905 - a word list reads best as text
)
_CAPITALS = re.compile(r"(?<![\w-])[A-ZА-ЯЁ]{3,}(?![\w-])")
_MASK_RUN = re.compile(rf"{re.escape(MASK)}(?:\s*{re.escape(MASK)})+")


def mask(text: str, card: Card) -> str:
    """Hide the card's own names (and the acronym of a long one: ARP for Address Resolution
    Protocol) inside a text so the question never gives it away."""
    sides = _COMPARED.split(card.title) if _COMPARED.search(card.title) else []
    # "AJAX" of "AJAX и общение с сервером" names it as much as the whole title does.
    capitals = [w for w in _CAPITALS.findall(card.title) if w != card.title]
    names = {card.title, *card.aliases, acronym(card.title), *sides, *capitals} - {""}
    folded = text.casefold()
    for name in sorted(names, key=len, reverse=True):
        # Most names are not in the text at all: no pattern is compiled for those.
        if len(name) >= 3 and name.casefold() in folded:
            pattern = rf"(?<!\w){re.escape(name)}(?!\w)"
            text = re.sub(pattern, MASK, text, flags=re.IGNORECASE)
    for name in names:
        # "называется широковещательным штормом" names «широковещательный шторм» too.
        for stem in _russian_stems(name):
            if stem in text.casefold():
                text = re.sub(rf"(?<!\w){re.escape(stem)}{_ENDING}(?!\w)", MASK, text, flags=re.I)
    return _MASK_RUN.sub(MASK, text) if MASK in text else text


# A Russian word without its ending, then any case or number ending: "шторм" is "штормом",
# "копирован(ие)" is "копированием", "специфичност(ь)" is "специфичности" ("процессор" is
# no form of "процессы").
_WORD_ENDING = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ия|а|я|о|е|ы|и|ь|й|у|ю)$")
_ENDING = (
    r"(?:иями|ями|ами|ием|ией|иях|ого|его|ому|ему|ыми|ими|ая|яя|ое|ее|ые|ие|ий|ия|ии|ию|ый|ой|"
    r"ей|ом|ем|ам|ям|ах|ях|ов|ев|ую|юю|ых|их|ым|им|ью|а|я|о|е|ы|и|у|ю|ь|й)?"
)
MIN_STEM = 4  # "ряд", "сеть" are masked whole: a short stem would hide other words


def _russian_stems(name: str) -> list[str]:
    """The stems of a name's longer Russian words ("широковещательн", "шторм")."""
    out: list[str] = []
    for word in words(name):
        if len(word) > MIN_STEM and is_cyrillic(word):
            stem = _WORD_ENDING.sub("", word)
            out.append(stem if len(stem) >= MIN_STEM else word)
    return out


def meaningful(text: str) -> bool:
    """Enough words besides the masks to say something (not `…`, not `… — это …`)."""
    content = [w for w in words(text.replace(MASK, " ")) if w not in STOPWORDS]
    masks = text.count(MASK)
    return len(content) >= MIN_DEFINITION_WORDS and masks * 3 <= len(content) + masks


def title_askable(card: Card) -> bool:
    """A title a question can name: not a label (`Пример`, `Вывод:`), not a question, not
    a lone flag or letter unless its table says what it belongs to. A flashcard's question
    is asked as written."""
    if card.kind in FLASH:
        return bool(card.title.strip() and card.definition.strip())
    title = card.title.strip()
    if not title or title.endswith((":", "?")) or is_section_word(title):
        return False
    if any(token in title for token in MARKUP):
        return False  # "Loose Comparison (==)": shown as written, but reads as markup
    if _NUMBERED_LABEL.match(title):
        return False  # "Question 4", "Этап 1: Изменения на Master": a place or a step
    letters = sum(ch.isalpha() for ch in title)
    if letters * 2 < len(title.replace(" ", "")):
        return False  # "00:9A:CD", "192.168.0.1/24": values, not names
    if _COMPARED.search(title):
        return False  # "ENV vs ARG" is a comparison to read, not a term to name
    if re.search(r"\w[.!;,]\s+\w", title):
        return False  # "Маршрутизатор. Коммутатор. Хаб.", "then, catch, finally": several things
    if re.search(r"\s[—–]\s", title):
        return False  # "onclose — connection closed": a term with its gloss, asked as neither
    tokens = words(title)
    if len(tokens) > (3 if card.kind is CardKind.TABLE_ROW else 6) or (
        tokens and tokens[0] in QUESTION_WORDS
    ):
        return False  # a sentence or a question ("Почему f так важен"), not a term
    first = title.split(maxsplit=1)[0].casefold()
    if " " in title and first in _NOT_A_NAME_START:
        return False  # "В программировании", "Он управляет процессами": a setting, a sentence
    if len(title) <= 2 or title.startswith("-"):
        return bool(card.context)
    return True


def masked_definition(card: Card) -> str | None:
    """The card's definition with its names hidden, when it still says something."""
    text = " ".join(card.definition.split())
    if not text or text.endswith(":") or not any(ch.isalpha() for ch in text):
        return None
    if any(token in text for token in MARKUP):
        return None
    masked = mask(text, card)
    return masked if meaningful(masked) else None


def kind_group(card: Card) -> str:
    """Options are things of one kind: table rows among rows, terms among terms, flashcard
    answers among flashcard answers."""
    if card.kind in FLASH:
        return str(card.kind)
    return "row" if card.kind is CardKind.TABLE_ROW else "term"


@dataclass(frozen=True, slots=True, kw_only=True)
class Pool:
    cards: tuple[Card, ...]
    defined: tuple[Card, ...]  # askable title and a meaningful definition
    lists: tuple[Card, ...]
    masked: dict[str, str]
    flash: tuple[Card, ...]  # flashcards and clozes
    ambiguous: frozenset[str]  # folded titles several askable cards share
    twins: frozenset[str]  # ids of cards sharing title and shown section with another
    echoes: frozenset[str]  # ids of cards whose definition another card repeats


def pool(cards: Sequence[Card]) -> Pool:
    """What quizzes on these cards may ask (a library keeps its own: see
    `services.library.Library.quiz_pool`)."""
    masked: dict[str, str] = {}
    for card in cards:
        if card.kind in FLASH:
            continue
        if title_askable(card):
            definition = masked_definition(card)
            if definition is not None:
                masked[card.id] = definition
    defined = tuple(c for c in cards if c.id in masked)
    flash_cards = [c for c in cards if c.kind in FLASH and title_askable(c)]
    # "The observed result is **unlikely** under H0" and "... **plausible** ...": one
    # question, two right answers; neither is asked.
    answers: dict[str, set[str]] = {}
    for card in flash_cards:
        answers.setdefault(fold(card.title), set()).add(fold(card.definition))
    flash = tuple(c for c in flash_cards if len(answers[fold(c.title)]) == 1)
    lists = tuple(c for c in cards if len(c.items) >= 2 and title_askable(c))
    counts: dict[str, int] = {}
    places: dict[tuple[str, str], int] = {}
    for card in {c.id: c for c in (*defined, *lists)}.values():
        counts[fold(card.title)] = counts.get(fold(card.title), 0) + 1
        place = (fold(card.title), fold(_where(card)))
        places[place] = places.get(place, 0) + 1
    ambiguous = frozenset(t for t, n in counts.items() if n > 1)
    # Cards no question can tell apart (one title and section, or one definition) are not
    # asked in the way that would have two right answers.
    # The section as a question shows it: two long paths may end alike once shortened.
    twins = frozenset(
        c.id for c in (*defined, *lists) if places[(fold(c.title), fold(_where(c)))] > 1
    )
    # Two definitions alike as far as a question shows them ("HDL" defined by the whole
    # paragraph its note is) ask one question with two right answers.
    shown = {cid: _shown(text) for cid, text in masked.items()}
    said = Counter(shown.values())
    echoes = frozenset(cid for cid, text in shown.items() if said[text] > 1)
    return Pool(
        cards=tuple(cards),
        defined=defined,
        lists=lists,
        masked=masked,
        flash=flash,
        ambiguous=ambiguous,
        twins=twins,
        echoes=echoes,
    )


def _shown(text: str) -> str:
    """What of a definition a question surely shows, whatever its template."""
    return " ".join(fold(text).split())[:SHOWN_CHARS]


SHOWN_CHARS = MAX_QUESTION - 80  # room for the longest question template


def neighbours(card: Card, others: Iterable[Card], rng: random.Random) -> list[Card]:
    """Up to NEIGHBOURS other cards of the same kind by closeness: same parent, same
    section, then the rest (each tier sampled, so large notes cost one pass)."""
    tiers: tuple[list[Card], list[Card], list[Card], list[Card]] = ([], [], [], [])
    top = card.section[:1]
    group = kind_group(card)
    for o in others:
        if o.id == card.id or kind_group(o) != group:
            continue
        rank = (0 if o.parent_id == card.parent_id else 2) + (0 if o.section[:1] == top else 1)
        tiers[rank].append(o)
    out: list[Card] = []
    for tier in tiers:
        room = NEIGHBOURS - len(out)
        if room <= 0:
            break
        out.extend(rng.sample(tier, min(room, len(tier))))
    return out


def alike(a: str, b: str) -> bool:
    return fuzz.ratio(fold(a), fold(b)) >= ALIKE


def choose(answer: str, candidates: Iterable[str], count: int) -> list[str]:
    """Distinct distractors, closest in length to the answer first (none a near-copy)."""
    pool: list[str] = []
    for text in candidates:
        if not any(ch.isalnum() for ch in text) or len(text) > MAX_OPTION:
            continue
        if alike(text, answer) or any(alike(text, p) for p in pool):
            continue
        pool.append(text)
    if not pool:
        return []
    # Stable: the closeness order of the neighbours decides among equally long options.
    by_length = sorted(pool, key=lambda t: abs(len(t) - len(answer)) > max(20, len(answer)))
    return by_length[:count]


def named(card: Card, pool: Pool) -> str:
    """The card's name as a question shows it: with its section when another card shares it."""
    if fold(card.title) not in pool.ambiguous:
        return f"«{card.title}»"
    return f"«{card.title}» ({_where(card)})"


def _where(card: Card) -> str:
    """Where a card sits, as a question shows it to tell it from others of its name."""
    return _tail(section_of(card), WHERE_LIMIT) or card.note


_NAME_WORD = re.compile(r"(?<![\w-])(?:[A-Za-z][\w+#-]{2,}|[A-ZА-ЯЁ]{2,})(?![\w-])")


def _tail(path: str, limit: int) -> str:
    """The deepest part of a section path that fits: "… › Attempt 2" tells twins apart
    where "Solution › Attempt…" would not."""
    if len(path) <= limit:
        return path
    parts = path.split(" › ")
    kept = parts[-1]
    for part in reversed(parts[:-1]):
        if len(part) + len(kept) + 5 > limit:
            break
        kept = f"{part} › {kept}"
    return shorten(f"… › {kept}", limit) or kept[:limit]


def gives_away(question: str, answer: str, others: Sequence[str] = ()) -> bool:
    """The question names its answer: the whole of it, all its key words, or a name word of
    it no other option has ("AJAX ... — технология ..." for «AJAX и общение с сервером»)."""
    folded_q = fold(question)
    if fold(answer) in folded_q:
        return True
    key_words = [w for w in words(answer) if len(w) >= 4 and w not in STOPWORDS]
    if key_words and all(w in folded_q for w in key_words):
        return True
    asked = set(words(question))
    shared = {w for other in others for w in words(other)}
    return any(
        name in asked and name not in shared
        for name in (fold(w) for w in _NAME_WORD.findall(answer))
        if name not in STOPWORDS
    )


def deck_order(card: Card, others: Iterable[Card], rng: random.Random) -> list[Card]:
    """Other flashcards of the same kind: the same deck first, then a shared topic."""
    tiers: tuple[list[Card], list[Card], list[Card]] = ([], [], [])
    own = set(card.topics)
    for o in others:
        if o.id == card.id or o.kind is not card.kind:
            continue
        tiers[0 if o.topics == card.topics else 1 if own & set(o.topics) else 2].append(o)
    out: list[Card] = []
    for tier in tiers:
        out.extend(rng.sample(tier, min(NEIGHBOURS - len(out), len(tier))))
    return out
