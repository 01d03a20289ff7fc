"""Quiz questions from the knowledge base, always within Telegram's quiz poll limits."""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.core.models import Card, CardKind, Question
from bot.core.text import STOPWORDS, fold, words

MAX_QUESTION = 300
MAX_OPTION = 100
MIN_OPTIONS = 2
MAX_OPTIONS = 10
MAX_EXPLANATION = 200
MAX_EXPLANATION_NEWLINES = 2
DEFAULT_OPTIONS = 4

TEMPLATES: dict[str, dict[str, str]] = {
    "ru": {
        "term": "Какой термин подходит к определению?\n«{text}»",
        "definition": "Что такое «{title}»?",
        "item": "Что из этого относится к «{title}»?",
        "fact": "Какое утверждение из раздела «{section}» верно?",
    },
    "en": {
        "term": "Which term matches this definition?\n«{text}»",
        "definition": "What is «{title}»?",
        "item": "Which of these belongs to «{title}»?",
        "fact": "Which statement from «{section}» is true?",
    },
}

KINDS = ("term", "definition", "item")


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


def explanation_for(card: Card) -> str:
    """A short quote from the note the question came from."""
    quote = card.definition or "; ".join(card.items) or card.title
    body = shorten(f"{card.title} — {quote}" if card.definition else quote, MAX_EXPLANATION - 30)
    where = shorten(card.section_path or card.note, 26) or ""
    text = f"«{body}»" if body else ""
    if where and len(text) + len(where) + 1 <= MAX_EXPLANATION:
        text = f"{text}\n{where}" if text else where
    return text[:MAX_EXPLANATION]


@dataclass(frozen=True, slots=True, kw_only=True)
class _Pool:
    cards: tuple[Card, ...]
    terms: tuple[Card, ...]
    lists: tuple[Card, ...]


def _pool(cards: Sequence[Card]) -> _Pool:
    terms = tuple(c for c in cards if c.kind is CardKind.TERM and c.definition)
    lists = tuple(c for c in cards if len(c.items) >= 2)
    return _Pool(cards=tuple(cards), terms=terms, lists=lists)


NEIGHBOURS = 40


def _neighbours(card: Card, others: Iterable[Card], rng: random.Random) -> list[Card]:
    """Up to NEIGHBOURS other cards by closeness: same parent, same section, then the rest.

    Each tier is sampled, not sorted, so large notes cost one pass per question.
    """
    tiers: tuple[list[Card], list[Card], list[Card], list[Card]] = ([], [], [], [])
    top = card.section[:1]
    for o in others:
        if o.id == card.id:
            continue
        rank = (0 if o.parent_id == card.parent_id else 2) + (0 if o.section[:1] == top else 1)
        tiers[rank].append(o)
    out: list[Card] = []
    for group in tiers:
        room = NEIGHBOURS - len(out)
        if room <= 0:
            break
        out.extend(rng.sample(group, min(room, len(group))))
    return out


def _mask(text: str, card: Card) -> str:
    """Hide the card's own names inside its definition so the question never gives it away."""
    for name in (card.title, *card.aliases):
        if len(name) >= 3:
            text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", "…", text, flags=re.IGNORECASE)
    return text


def _gives_away(question: str, answer: str) -> bool:
    folded_q = fold(question)
    if fold(answer) in folded_q:
        return True
    key_words = [w for w in words(answer) if len(w) >= 4 and w not in STOPWORDS]
    return bool(key_words) and all(w in folded_q for w in key_words)


def _assemble(
    *,
    kind: str,
    card: Card,
    question: str,
    answer: str,
    distractors: Iterable[str],
    rng: random.Random,
    options: int,
) -> Question | None:
    seen = {fold(answer)}
    chosen: list[str] = []
    for d in distractors:
        key = fold(d)
        if key in seen or not d:
            continue
        seen.add(key)
        chosen.append(d)
        if len(chosen) == options - 1:
            break
    if len(chosen) < 1 or _gives_away(question, answer):
        return None
    opts = [answer, *chosen]
    rng.shuffle(opts)
    q = Question(
        id=question_id(kind, card.id, answer),
        card_id=card.id,
        question=question,
        options=tuple(opts),
        correct=(opts.index(answer),),
        explanation=explanation_for(card),
        source=f"generated:{kind}",
    )
    return None if question_problems(q) else q


def make_question(
    kind: str,
    card: Card,
    pool: _Pool,
    rng: random.Random,
    lang: str = "ru",
    options: int = DEFAULT_OPTIONS,
) -> Question | None:
    """One question of `kind` about `card`, or None when the card cannot carry it."""
    t = TEMPLATES.get(lang, TEMPLATES["ru"])
    if kind == "term" and card.definition:
        text = shorten(_mask(card.definition, card), MAX_QUESTION - len(t["term"]))
        answer = shorten(card.title, MAX_OPTION)
        if not text or not answer or text.strip("… ") == "":
            return None
        others = (shorten(o.title, MAX_OPTION) for o in _neighbours(card, pool.terms, rng))
        return _assemble(
            kind=kind,
            card=card,
            question=t["term"].format(text=text),
            answer=answer,
            distractors=(o for o in others if o),
            rng=rng,
            options=options,
        )
    if kind == "definition" and card.definition:
        answer = shorten(_mask(card.definition, card), MAX_OPTION)
        title = shorten(card.title, MAX_QUESTION - len(t["definition"]))
        if not answer or not title:
            return None
        others = (
            shorten(_mask(o.definition, o), MAX_OPTION) for o in _neighbours(card, pool.terms, rng)
        )
        return _assemble(
            kind=kind,
            card=card,
            question=t["definition"].format(title=title),
            answer=answer,
            distractors=(o for o in others if o),
            rng=rng,
            options=options,
        )
    if kind == "item" and len(card.items) >= 2:
        own = {fold(i) for i in card.items}
        answer = shorten(rng.choice(card.items), MAX_OPTION)
        title = shorten(card.title, MAX_QUESTION - len(t["item"]))
        if not answer or not title:
            return None
        foreign: list[str] = []
        for other in _neighbours(card, pool.lists, rng):
            foreign.extend(i for i in other.items if fold(i) not in own)
        foreign.extend(o.title for o in _neighbours(card, pool.terms, rng))
        candidates = [s for s in (shorten(f, MAX_OPTION) for f in foreign) if s]
        candidates = [c for c in dict.fromkeys(candidates) if fold(c) not in own]
        return _assemble(
            kind=kind,
            card=card,
            question=t["item"].format(title=title),
            answer=answer,
            distractors=candidates,
            rng=rng,
            options=options,
        )
    return None


def questions_for_card(
    cards: Sequence[Card], card: Card, rng: random.Random, lang: str = "ru"
) -> list[Question]:
    """Every kind of generated question this card supports."""
    pool = _pool(cards)
    out = [make_question(kind, card, pool, rng, lang) for kind in KINDS]
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
    """`n` questions, spread over cards; `focus` limits them to those card ids, in that order.

    When there are fewer distinct questions than `n`, they repeat with reshuffled options.
    """
    if n <= 0:
        return []
    pool = _pool(cards)
    by_id = {c.id: c for c in cards}
    curated_by_card: dict[str, list[Question]] = {}
    for q in curated:
        curated_by_card.setdefault(q.card_id, []).append(q)
    slots: list[Card | Question]
    if focus is not None:
        # In the given order: each card's generated question, then one curated one.
        slots = []
        for cid in focus:
            if cid in by_id:
                slots.append(by_id[cid])
                slots.extend(curated_by_card.get(cid, [])[:1])
    else:
        askable = {c.id for c in pool.terms} | {c.id for c in pool.lists}
        # Curated questions join the mix in proportion to how many there are.
        slots = [c for c in cards if c.id in askable]
        slots.extend(curated)
        rng.shuffle(slots)
    out: list[Question] = []
    for _ in range(50):
        made_any = False
        for slot in slots:
            if len(out) >= n:
                return out
            made = _from_slot(slot, pool, rng, lang)
            if made is not None:
                out.append(made)
                made_any = True
        if not made_any:
            break
        if focus is None:
            rng.shuffle(slots)
    return out


def _from_slot(
    slot: Card | Question, pool: _Pool, rng: random.Random, lang: str
) -> Question | None:
    """A fresh question for a slot: a curated one reshuffled, or one generated for a card."""
    if isinstance(slot, Question):
        return _reshuffled(slot, rng)
    kinds = list(KINDS)
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
