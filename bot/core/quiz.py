"""Quiz questions from the knowledge base: fair, grammatical and within Telegram's limits.

A card is asked only when a reader could answer it from the notes: its title names a thing
(not `Пример:` or a lone flag), its definition says something once the card's own names are
hidden, and the options are distinct things of the same kind as the answer.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.core.models import Card, CardKind, Question
from bot.core.obsidian import is_section_word
from bot.core.text import STOPWORDS, fold, words

MAX_QUESTION = 300
MAX_OPTION = 100
MIN_OPTIONS = 2
MAX_OPTIONS = 10
MAX_EXPLANATION = 200
MAX_EXPLANATION_NEWLINES = 2
DEFAULT_OPTIONS = 4
NEIGHBOURS = 40
ALIKE = 90  # options at least this similar (rapidfuzz ratio) read as the same answer
MIN_DEFINITION_WORDS = 3
MASK = "…"
# Text a reader of the notes never sees; an option showing it looks broken, even when the
# note wrote it on purpose (`x**2`).
MARKUP = ("[[", "]]", "> [!", "|---", "<span", "<font", "**", "%%", "==", "[ ]", "<!--")

TEMPLATES: dict[str, dict[str, str]] = {
    "ru": {
        "term": "Какой термин подходит к определению?\n«{text}»",
        "definition": "Что такое {named}?",
        "item": "Что из этого относится к теме {named}?",
        "row": "Что делает «{title}» в «{context}»?",
        "card": "«{text}» — что это?",
        "cloze": "Заполните пропуск:\n{text}",
        "section": "Раздел: {where}",
    },
    "en": {
        "term": "Which term matches this definition?\n«{text}»",
        "definition": "What is {named}?",
        "item": "Which of these belongs to {named}?",
        "row": "What does «{title}» do in «{context}»?",
        "card": "«{text}» — what is it?",
        "cloze": "Fill in the blank:\n{text}",
        "section": "Section: {where}",
    },
}

KINDS = ("term", "definition", "item", "row")
_FLASH = frozenset({CardKind.FLASHCARD, CardKind.CLOZE})
_ASKING = frozenset({"назови", "перечисли", "опиши", "объясни", "name", "list", "describe"})
_QUESTION_WORDS = frozenset(
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


def question_problems(q: Question) -> list[str]:
    """Everything that would make Telegram reject this quiz poll, or make it unfair."""
    problems: list[str] = []
    if not 1 <= len(q.question) <= MAX_QUESTION:
        problems.append(f"question must be 1..{MAX_QUESTION} characters")
    if not MIN_OPTIONS <= len(q.options) <= MAX_OPTIONS:
        problems.append(f"needs {MIN_OPTIONS}..{MAX_OPTIONS} options")
    for option in q.options:
        if not 1 <= len(option) <= MAX_OPTION:
            problems.append(f"option {option[:20]!r}… must be 1..{MAX_OPTION} characters")
    if len({fold(o).strip() for o in q.options}) != len(q.options):
        problems.append("options must be unique")
    if not q.correct or any(not 0 <= i < len(q.options) for i in q.correct):
        problems.append("correct answer must name one of the options")
    if len(set(q.correct)) != len(q.correct):
        problems.append("correct answers repeat")
    if len(q.explanation) > MAX_EXPLANATION:
        problems.append(f"explanation longer than {MAX_EXPLANATION} characters")
    if q.explanation.count("\n") > MAX_EXPLANATION_NEWLINES:
        problems.append(f"explanation has more than {MAX_EXPLANATION_NEWLINES} line breaks")
    return problems


def question_id(kind: str, card_id: str, answer: str) -> str:
    digest = hashlib.blake2b(f"{kind}|{card_id}|{fold(answer)}".encode(), digest_size=4)
    return f"{kind[0]}{digest.hexdigest()}"


def _where(card: Card) -> str:
    return card.section_path or card.note.rsplit("/", 1)[-1]


def explanation_for(card: Card, lang: str = "ru") -> str:
    """A short quote from the note the question came from, then where it is."""
    quote = card.definition or "; ".join(card.items) or card.title
    body = shorten(f"{card.title} — {quote}" if card.definition else quote, MAX_EXPLANATION - 40)
    t = TEMPLATES.get(lang, TEMPLATES["ru"])
    where = shorten(_where(card), 30) or ""
    text = f"«{body}»" if body else ""
    if where:
        text = f"{text}\n{t['section'].format(where=where)}" if text else t["section"]
    return text[:MAX_EXPLANATION]


# --- what can be asked -------------------------------------------------------------------


def _acronym(name: str) -> str:
    parts = re.findall(r"[^\W\d_]+", name)
    return "".join(p[0] for p in parts).upper() if len(parts) >= 3 else ""


def _mask(text: str, card: Card) -> str:
    """Hide the card's own names (and the acronym of a long one: ARP for Address Resolution
    Protocol) inside a text so the question never gives it away."""
    names = {card.title, *card.aliases, _acronym(card.title)} - {""}
    for name in sorted(names, key=len, reverse=True):
        if len(name) >= 3:
            pattern = rf"(?<!\w){re.escape(name)}(?!\w)"
            text = re.sub(pattern, MASK, text, flags=re.IGNORECASE)
    return re.sub(rf"{MASK}(?:\s*{MASK})+", MASK, text)


def _meaningful(text: str) -> bool:
    """Enough words besides the masks to say something (not `…`, not `… — это …`)."""
    content = [w for w in words(text.replace(MASK, " ")) if w not in STOPWORDS]
    masks = text.count(MASK)
    return len(content) >= MIN_DEFINITION_WORDS and masks * 3 <= len(content) + masks


def title_askable(card: Card) -> bool:
    """A title a question can name: not a label (`Пример`, `Вывод:`), not a question, not
    a lone flag or letter unless its table says what it belongs to. A flashcard's question
    is asked as written."""
    if card.kind in _FLASH:
        return bool(card.title.strip() and card.definition.strip())
    title = card.title.strip()
    if not title or title.endswith((":", "?")) or is_section_word(title):
        return False
    letters = sum(ch.isalpha() for ch in title)
    if letters * 2 < len(title.replace(" ", "")):
        return False  # "00:9A:CD", "192.168.0.1/24": values, not names
    tokens = words(title)
    if len(tokens) > (3 if card.kind is CardKind.TABLE_ROW else 6) or (
        tokens and tokens[0] in _QUESTION_WORDS
    ):
        return False  # a sentence or a question ("Почему f так важен"), not a term
    if len(title) <= 2 or title.startswith("-"):
        return bool(card.context)
    return True


def _definition(card: Card) -> str | None:
    """The card's definition with its names hidden, when it still says something."""
    text = " ".join(card.definition.split())
    if not text or text.endswith(":") or not any(ch.isalpha() for ch in text):
        return None
    if any(token in text for token in MARKUP):
        return None
    masked = _mask(text, card)
    return masked if _meaningful(masked) else None


def _group(card: Card) -> str:
    """Options are things of one kind: table rows among rows, terms among terms, flashcard
    answers among flashcard answers."""
    if card.kind in _FLASH:
        return str(card.kind)
    return "row" if card.kind is CardKind.TABLE_ROW else "term"


@dataclass(frozen=True, slots=True, kw_only=True)
class _Pool:
    cards: tuple[Card, ...]
    defined: tuple[Card, ...]  # askable title and a meaningful definition
    lists: tuple[Card, ...]
    masked: dict[str, str]
    flash: tuple[Card, ...]  # flashcards and clozes
    ambiguous: frozenset[str]  # folded titles several askable cards share
    twins: frozenset[str]  # ids of cards sharing both title and section with another
    echoes: frozenset[str]  # ids of cards whose definition another card repeats


def _pool(cards: Sequence[Card]) -> _Pool:
    masked: dict[str, str] = {}
    for card in cards:
        if card.kind in _FLASH:
            continue
        if title_askable(card):
            definition = _definition(card)
            if definition is not None:
                masked[card.id] = definition
    defined = tuple(c for c in cards if c.id in masked)
    flash = tuple(c for c in cards if c.kind in _FLASH and title_askable(c))
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
    twins = frozenset(
        c.id for c in (*defined, *lists) if places[(fold(c.title), fold(_where(c)))] > 1
    )
    said: dict[str, int] = {}
    for text in masked.values():
        said[fold(text)] = said.get(fold(text), 0) + 1
    echoes = frozenset(cid for cid, text in masked.items() if said[fold(text)] > 1)
    return _Pool(
        cards=tuple(cards),
        defined=defined,
        lists=lists,
        masked=masked,
        flash=flash,
        ambiguous=ambiguous,
        twins=twins,
        echoes=echoes,
    )


def _neighbours(card: Card, others: Iterable[Card], rng: random.Random) -> list[Card]:
    """Up to NEIGHBOURS other cards of the same kind by closeness: same parent, same
    section, then the rest (each tier sampled, so large notes cost one pass)."""
    tiers: tuple[list[Card], list[Card], list[Card], list[Card]] = ([], [], [], [])
    top = card.section[:1]
    group = _group(card)
    for o in others:
        if o.id == card.id or _group(o) != group:
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


def _alike(a: str, b: str) -> bool:
    return fuzz.ratio(fold(a), fold(b)) >= ALIKE


def _choose(answer: str, candidates: Iterable[str], count: int) -> list[str]:
    """Distinct distractors, closest in length to the answer first (none a near-copy)."""
    pool: list[str] = []
    for text in candidates:
        if not text or not text.strip(f" {MASK}.") or len(text) > MAX_OPTION:
            continue
        if _alike(text, answer) or any(_alike(text, p) for p in pool):
            continue
        pool.append(text)
    if not pool:
        return []
    # Stable: the closeness order of the neighbours decides among equally long options.
    by_length = sorted(pool, key=lambda t: abs(len(t) - len(answer)) > max(20, len(answer)))
    return by_length[:count]


def _named(card: Card, pool: _Pool) -> str:
    """The card's name as a question shows it: with its section when another card shares it."""
    if fold(card.title) not in pool.ambiguous:
        return f"«{card.title}»"
    where = shorten(_where(card), 40) or card.note
    return f"«{card.title}» ({where})"


# --- templates -----------------------------------------------------------------------------


def _assemble(
    *, kind: str, card: Card, question: str, answer: str, others: list[str], rng: random.Random,
    lang: str,
) -> Question | None:  # fmt: skip
    if not others or _gives_away(question, answer):
        return None
    opts = [answer, *others]
    rng.shuffle(opts)
    q = Question(
        id=question_id(kind, card.id, answer),
        card_id=card.id,
        question=question,
        options=tuple(opts),
        correct=(opts.index(answer),),
        explanation=explanation_for(card, lang),
        source=f"generated:{kind}",
    )
    return None if question_problems(q) else q


def _gives_away(question: str, answer: str) -> bool:
    folded_q = fold(question)
    if fold(answer) in folded_q:
        return True
    key_words = [w for w in words(answer) if len(w) >= 4 and w not in STOPWORDS]
    return bool(key_words) and all(w in folded_q for w in key_words)


def _term(card: Card, pool: _Pool, rng: random.Random, lang: str, n: int) -> Question | None:
    """Definition shown, term asked."""
    t = TEMPLATES.get(lang, TEMPLATES["ru"])
    text = shorten(pool.masked[card.id], MAX_QUESTION - len(t["term"]))
    answer = shorten(card.title, MAX_OPTION)
    if not text or not answer:
        return None
    others = (shorten(o.title, MAX_OPTION) or "" for o in _neighbours(card, pool.defined, rng))
    return _assemble(
        kind="term", card=card, question=t["term"].format(text=text), answer=answer,
        others=_choose(answer, others, n - 1), rng=rng, lang=lang,
    )  # fmt: skip


def _define(card: Card, pool: _Pool, rng: random.Random, lang: str, n: int) -> Question | None:
    """Term shown, definition asked (a table row: what the option does in its command)."""
    t = TEMPLATES.get(lang, TEMPLATES["ru"])
    answer = shorten(pool.masked[card.id], MAX_OPTION)
    if card.kind is CardKind.TABLE_ROW and card.context:
        kind = "row"
        question = t["row"].format(title=card.title, context=card.context)
    else:
        kind = "definition"
        question = t["definition"].format(named=_named(card, pool))
    if not answer or len(question) > MAX_QUESTION:
        return None
    others = (
        shorten(pool.masked[o.id], MAX_OPTION) or "" for o in _neighbours(card, pool.defined, rng)
    )
    return _assemble(
        kind=kind, card=card, question=question, answer=answer,
        others=_choose(answer, others, n - 1), rng=rng, lang=lang,
    )  # fmt: skip


def _item(card: Card, pool: _Pool, rng: random.Random, lang: str, n: int) -> Question | None:
    """A member of the card's list among things from other lists."""
    t = TEMPLATES.get(lang, TEMPLATES["ru"])
    own = {fold(i) for i in card.items}
    # Always the same member for one card: the same question never has two right answers.
    pick = int(hashlib.blake2b(card.id.encode(), digest_size=2).hexdigest(), 16)
    answer = shorten(card.items[pick % len(card.items)], MAX_OPTION)
    question = t["item"].format(named=_named(card, pool))
    if not answer or len(question) > MAX_QUESTION:
        return None
    foreign: list[str] = []
    for other in _neighbours(card, pool.lists, rng):
        foreign.extend(i for i in other.items if fold(i) not in own)
    foreign.extend(o.title for o in _neighbours(card, pool.defined, rng))
    candidates = (s for s in (shorten(f, MAX_OPTION) for f in foreign) if s and fold(s) not in own)
    return _assemble(
        kind="item", card=card, question=question, answer=answer,
        others=_choose(answer, candidates, n - 1), rng=rng, lang=lang,
    )  # fmt: skip


def _deck_order(card: Card, others: Iterable[Card], rng: random.Random) -> list[Card]:
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


def _flashcard(card: Card, pool: _Pool, rng: random.Random, lang: str, n: int) -> Question | None:
    """A flashcard as a quiz poll: its question, its answer among its deck's answers; a
    cloze with the blank shown as ____ and the hidden text as the answer."""
    t = TEMPLATES.get(lang, TEMPLATES["ru"])
    answer = " ".join(card.definition.split())
    if len(answer) > MAX_OPTION:
        return None  # too long for an option: a self-check card, not a poll
    text = " ".join(card.title.split())
    if card.kind is CardKind.CLOZE:
        kind, question = "cloze", t["cloze"].format(text=text)
    elif text.endswith(("?", "!", ".", ":")) or (words(text)[:1] and words(text)[0] in _ASKING):
        kind, question = "flashcard", text
    elif set(words(text)[:2]) & _QUESTION_WORDS:
        kind, question = "flashcard", f"{text}?"
    else:
        kind, question = "flashcard", t["card"].format(text=text)
    if len(question) > MAX_QUESTION:
        return None
    shown = fold(question)
    others = (
        a
        for a in (" ".join(o.definition.split()) for o in _deck_order(card, pool.flash, rng))
        if fold(a) not in shown  # "ресурс не найден" is no option under that very question
    )
    return _assemble(
        kind=kind, card=card, question=question, answer=answer,
        others=_choose(answer, others, n - 1), rng=rng, lang=lang,
    )  # fmt: skip


def _kinds_for(card: Card, pool: _Pool) -> list[str]:
    if card.kind in _FLASH:
        return ["cloze" if card.kind is CardKind.CLOZE else "flashcard"]
    kinds: list[str] = []
    if card.id in pool.masked:
        if card.id not in pool.echoes:
            kinds.append("term")
        if card.id not in pool.twins:
            kinds.append("definition")
    if len(card.items) >= 2 and title_askable(card) and card.id not in pool.twins:
        kinds.append("item")
    return kinds


def make_question(
    kind: str,
    card: Card,
    pool: _Pool,
    rng: random.Random,
    lang: str = "ru",
    options: int = DEFAULT_OPTIONS,
) -> Question | None:
    """One question of `kind` about `card`, or None when the card cannot carry it fairly."""
    if kind not in _kinds_for(card, pool):
        return None
    if kind in ("flashcard", "cloze"):
        return _flashcard(card, pool, rng, lang, options)
    if kind == "term":
        return _term(card, pool, rng, lang, options)
    if kind == "definition":
        return _define(card, pool, rng, lang, options)
    return _item(card, pool, rng, lang, options)


def questions_for_card(
    cards: Sequence[Card], card: Card, rng: random.Random, lang: str = "ru"
) -> list[Question]:
    """Every kind of generated question this card supports."""
    pool = _pool(cards)
    out = [make_question(kind, card, pool, rng, lang) for kind in ("term", "definition", "item")]
    return [q for q in out if q]


def generate(
    cards: Sequence[Card],
    rng: random.Random,
    n: int,
    *,
    curated: Sequence[Question] = (),
    focus: Sequence[str] | None = None,
    lang: str = "ru",
) -> list[Question]:
    """Up to `n` questions, each card at most once; `focus` limits them to those card ids,
    in that order. Fewer come back when the notes cannot supply `n` distinct ones."""
    if n <= 0:
        return []
    pool = _pool(cards)
    by_id = {c.id: c for c in cards}
    curated_by_card: dict[str, list[Question]] = {}
    for q in curated:
        curated_by_card.setdefault(q.card_id, []).append(q)
    slots: list[Card | Question]
    if focus is not None:
        slots = []
        for cid in dict.fromkeys(focus):
            if cid in by_id:
                slots.append(by_id[cid])
                slots.extend(curated_by_card.get(cid, [])[:1])
    else:
        askable = {c.id for c in (*pool.defined, *pool.lists, *pool.flash)}
        slots = [c for c in cards if c.id in askable]
        slots.extend(curated)
        rng.shuffle(slots)
    out: list[Question] = []
    answers: dict[str, str] = {}  # question text → its correct answer, across the quiz
    asked: set[str] = set()
    for slot in slots:
        if len(out) >= n:
            break
        made = _from_slot(slot, pool, rng, lang)
        if made is None or made.card_id in asked:
            continue  # never the same card twice in one quiz
        right = fold(made.options[made.correct[0]])
        if answers.setdefault(made.question, right) != right:
            continue
        asked.add(made.card_id)
        out.append(made)
    return out


def _from_slot(
    slot: Card | Question, pool: _Pool, rng: random.Random, lang: str
) -> Question | None:
    """A question for a slot: a curated one reshuffled, or one generated for a card."""
    if isinstance(slot, Question):
        return _reshuffled(slot, rng)
    kinds = _kinds_for(slot, pool)
    rng.shuffle(kinds)
    for kind in kinds:
        made = make_question(kind, slot, pool, rng, lang)
        if made:
            return made
    return None


def _reshuffled(q: Question, rng: random.Random) -> Question:
    order = list(range(len(q.options)))
    rng.shuffle(order)
    options = tuple(q.options[i] for i in order)
    correct = tuple(sorted(order.index(i) for i in q.correct))
    return Question(
        id=q.id,
        card_id=q.card_id,
        question=q.question,
        options=options,
        correct=correct,
        explanation=q.explanation,
        source=q.source,
        tags=q.tags,
    )


def is_correct(q: Question, chosen: Sequence[int]) -> bool:
    """A quiz answer is right when it picks exactly the correct options."""
    return sorted(set(chosen)) == sorted(q.correct)
