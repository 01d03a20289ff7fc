"""Quiz questions from the knowledge base: fair, grammatical and within Telegram's limits.

A card is asked only when a reader could answer it from the notes: its title names a thing
(not `Пример:` or a lone flag), its definition says something once the card's own names are
hidden, and the options are distinct things of the same kind as the answer.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from dataclasses import replace

from bot.core import quizpool
from bot.core.flashcards import BLANK
from bot.core.labels import is_section_word
from bot.core.models import Card, CardKind, Question
from bot.core.quizpool import (
    FLASH,
    MARKUP,
    MAX_EXPLANATION,
    MAX_EXPLANATION_NEWLINES,
    MAX_OPTION,
    MAX_OPTIONS,
    MAX_QUESTION,
    MAX_SELFCHECK_ANSWER,
    MAX_SELFCHECK_QUESTION,
    MIN_OPTIONS,
    QUESTION_WORDS,
    Pool,
    choose,
    deck_order,
    gives_away,
    named,
    neighbours,
    section_of,
    shorten,
    title_askable,
)
from bot.core.text import fold, words

DEFAULT_OPTIONS = 4

__all__ = ["MARKUP", "generate", "is_correct", "question_problems", "shorten", "title_askable"]

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
_ASKING = frozenset({"назови", "перечисли", "опиши", "объясни", "name", "list", "describe"})


def question_problems(q: Question) -> list[str]:
    """Everything that would make Telegram reject this quiz poll, or make it unfair."""
    if q.selfcheck:
        return _selfcheck_problems(q)
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


def _selfcheck_problems(q: Question) -> list[str]:
    """A self-check is a message: its question and answer must fit one, with no options."""
    problems: list[str] = []
    if not 1 <= len(q.question) <= MAX_SELFCHECK_QUESTION:
        problems.append(f"question must be 1..{MAX_SELFCHECK_QUESTION} characters")
    if not 1 <= len(q.answer) <= MAX_SELFCHECK_ANSWER:
        problems.append(f"answer must be 1..{MAX_SELFCHECK_ANSWER} characters")
    if q.options or q.correct:
        problems.append("a self-check has no options")
    if len(q.explanation) > MAX_EXPLANATION:
        problems.append(f"explanation longer than {MAX_EXPLANATION} characters")
    return problems


def question_id(kind: str, card_id: str, answer: str) -> str:
    digest = hashlib.blake2b(f"{kind}|{card_id}|{fold(answer)}".encode(), digest_size=4)
    return f"{kind[0]}{digest.hexdigest()}"


def explanation_for(card: Card, lang: str = "ru") -> str:
    """A short quote from the note the question came from, then where it is."""
    quote = card.definition or "; ".join(card.items) or card.title
    if card.kind is CardKind.CLOZE and BLANK in card.title:
        quote = card.title.replace(BLANK, card.definition, 1)  # the sentence, filled in
        body = shorten(quote, MAX_EXPLANATION - 40)
    else:
        body = shorten(
            f"{card.title} — {quote}" if card.definition else quote, MAX_EXPLANATION - 40
        )
    text = f"«{body}»" if body else ""
    where = _section_line(card, lang)
    if where:
        text = f"{text}\n{where}" if text else where
    return text[:MAX_EXPLANATION]


def _section_line(card: Card, lang: str) -> str:
    """ "Раздел: …" for the card's section or note, or nothing."""
    where = shorten(section_of(card), 30) or ""
    return TEMPLATES.get(lang, TEMPLATES["ru"])["section"].format(where=where) if where else ""


# --- what can be asked -------------------------------------------------------------------


# --- templates -----------------------------------------------------------------------------


def _assemble(
    *, kind: str, card: Card, question: str, answer: str, others: list[str], rng: random.Random,
    lang: str,
) -> Question | None:  # fmt: skip
    if not others or gives_away(question, answer, others):
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


def _term(card: Card, pool: Pool, rng: random.Random, lang: str, n: int) -> Question | None:
    """Definition shown, term asked."""
    t = TEMPLATES.get(lang, TEMPLATES["ru"])
    text = shorten(pool.masked[card.id], MAX_QUESTION - len(t["term"]))
    answer = shorten(card.title, MAX_OPTION)
    if not text or not answer:
        return None
    others = (shorten(o.title, MAX_OPTION) or "" for o in neighbours(card, pool.defined, rng))
    return _assemble(
        kind="term", card=card, question=t["term"].format(text=text), answer=answer,
        others=choose(answer, others, n - 1), rng=rng, lang=lang,
    )  # fmt: skip


def _define(card: Card, pool: Pool, rng: random.Random, lang: str, n: int) -> Question | None:
    """Term shown, definition asked (a table row: what the option does in its command)."""
    t = TEMPLATES.get(lang, TEMPLATES["ru"])
    answer = shorten(pool.masked[card.id], MAX_OPTION)
    if card.kind is CardKind.TABLE_ROW and card.context:
        kind = "row"
        question = t["row"].format(title=card.title, context=card.context)
    else:
        kind = "definition"
        question = t["definition"].format(named=named(card, pool))
    if not answer or len(question) > MAX_QUESTION:
        return None
    others = (
        shorten(pool.masked[o.id], MAX_OPTION) or "" for o in neighbours(card, pool.defined, rng)
    )
    return _assemble(
        kind=kind, card=card, question=question, answer=answer,
        others=choose(answer, others, n - 1), rng=rng, lang=lang,
    )  # fmt: skip


def _item(card: Card, pool: Pool, rng: random.Random, lang: str, n: int) -> Question | None:
    """A member of the card's list among things from other lists."""
    t = TEMPLATES.get(lang, TEMPLATES["ru"])
    own = {fold(i) for i in card.items}
    # Always the same member for one card: the same question never has two right answers.
    pick = int(hashlib.blake2b(card.id.encode(), digest_size=2).hexdigest(), 16)
    answer = shorten(card.items[pick % len(card.items)], MAX_OPTION)
    question = t["item"].format(named=named(card, pool))
    if (
        not answer
        or not any(ch.isalnum() for ch in answer)
        or _looks_marked_up(answer)
        or len(question) > MAX_QUESTION
    ):
        return None  # "…": an entry that was all formula says nothing as an option
    foreign: list[str] = []
    for other in neighbours(card, pool.lists, rng):
        foreign.extend(i for i in other.items if fold(i) not in own)
    foreign.extend(o.title for o in neighbours(card, pool.defined, rng))
    candidates = (
        s
        for s in (shorten(f, MAX_OPTION) for f in foreign)
        if s and fold(s) not in own and not _looks_marked_up(s) and _entry_like(s)
    )
    others = choose(answer, candidates, n - 1)
    if any(len(o) < ITEM_LENGTH_RATIO * len(answer) for o in others):
        # "Контейнеры хранятся в виде папок …" among "Docker host", "Docker daemon": a
        # sentence among names gives itself away.
        return None
    return _assemble(
        kind="item", card=card, question=question, answer=answer,
        others=others, rng=rng, lang=lang,
    )  # fmt: skip


ITEM_LENGTH_RATIO = 0.3  # an option this much shorter than the right one gives it away


def _entry_like(option: str) -> bool:
    """A thing a list could hold: not a question ("Как перенаправить stderr в stdout") nor a
    label («Вопрос», "Пример") taken from another card's entries."""
    said = words(option)
    return not (
        option.rstrip().endswith("?")
        or (said and said[0] in QUESTION_WORDS)
        or is_section_word(option)
    )


def _looks_marked_up(option: str) -> bool:
    """An entry a reader would take for leftover markup ("!Join [ a, [ b, c]]" reads as a
    link's end): kept in the card, never shown as an option."""
    return any(token in option for token in MARKUP)


def _flashcard(
    card: Card, pool: Pool, rng: random.Random, lang: str, n: int, selfcheck: bool = False
) -> Question | None:
    """A flashcard as a quiz poll: its question, its answer among its deck's answers; a
    cloze with the blank shown as ____ and the hidden text as the answer. An answer too long
    for a poll option makes a self-check when `selfcheck` allows one, else no question."""
    answer = " ".join(card.definition.split())
    kind, question = _flash_question(card, lang)
    if len(answer) > MAX_OPTION:
        return _selfcheck(kind, card, question, answer, lang) if selfcheck else None
    if len(question) > MAX_QUESTION:
        return None
    shown = fold(question)
    others = (
        a
        for a in (" ".join(o.definition.split()) for o in deck_order(card, pool.flash, rng))
        if fold(a) not in shown  # "ресурс не найден" is no option under that very question
    )
    return _assemble(
        kind=kind, card=card, question=question, answer=answer,
        others=choose(answer, others, n - 1), rng=rng, lang=lang,
    )  # fmt: skip


def _flash_question(card: Card, lang: str) -> tuple[str, str]:
    """The kind and the wording of a flashcard's question (as written when it asks one)."""
    t = TEMPLATES.get(lang, TEMPLATES["ru"])
    text = " ".join(card.title.split())
    if card.kind is CardKind.CLOZE:
        return "cloze", t["cloze"].format(text=text)
    if text.endswith(("?", "!", ".", ":")) or (words(text)[:1] and words(text)[0] in _ASKING):
        return "flashcard", text
    if set(words(text)[:2]) & QUESTION_WORDS:
        return "flashcard", f"{text}?"
    return "flashcard", t["card"].format(text=text)


def _selfcheck(kind: str, card: Card, question: str, answer: str, lang: str) -> Question | None:
    """A flashcard no poll can carry: its question now, its whole answer on request."""
    q = Question(
        id=question_id(kind, card.id, answer),
        card_id=card.id,
        question=question,
        options=(),
        correct=(),
        explanation=_section_line(card, lang),
        source=f"generated:{kind}",
        selfcheck=True,
        answer=answer,
    )
    return None if question_problems(q) else q


def _kinds_for(card: Card, pool: Pool) -> list[str]:
    if card.kind in FLASH:
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
    pool: Pool,
    rng: random.Random,
    lang: str = "ru",
    options: int = DEFAULT_OPTIONS,
    *,
    selfcheck: bool = False,
) -> Question | None:
    """One question of `kind` about `card`, or None when the card cannot carry it fairly
    (`selfcheck`: a flashcard too long for a poll may come as a self-check)."""
    if kind not in _kinds_for(card, pool):
        return None
    if kind in ("flashcard", "cloze"):
        return _flashcard(card, pool, rng, lang, options, selfcheck)
    if kind == "term":
        return _term(card, pool, rng, lang, options)
    if kind == "definition":
        return _define(card, pool, rng, lang, options)
    return _item(card, pool, rng, lang, options)


def questions_for_card(
    cards: Sequence[Card], card: Card, rng: random.Random, lang: str = "ru"
) -> list[Question]:
    """Every kind of generated question this card supports."""
    pool = quizpool.pool(cards)
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
    selfcheck: bool = False,
    pool: quizpool.Pool | None = None,
) -> list[Question]:
    """Up to `n` questions, each card at most once; `focus` limits them to those card ids,
    in that order. Fewer come back when the notes cannot supply `n` distinct ones. `pool`
    is `quizpool.pool(cards)` when the caller keeps it (it costs most for many cards).

    With `selfcheck`, a flashcard whose answer is too long for a poll option comes as a
    self-check (solo quizzes, reviews, pushes); without it (a round scored by speed, the
    `tutorbot quiz` preview) such cards are left out."""
    if n <= 0:
        return []
    pool = pool or quizpool.pool(cards)
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
        made = _from_slot(slot, pool, rng, lang, selfcheck)
        if made is None or made.card_id in asked:
            continue  # never the same card twice in one quiz
        right = fold(made.answer if made.selfcheck else made.options[made.correct[0]])
        if answers.setdefault(made.question, right) != right:
            continue
        asked.add(made.card_id)
        out.append(made)
    return out


def _from_slot(
    slot: Card | Question, pool: Pool, rng: random.Random, lang: str, selfcheck: bool
) -> Question | None:
    """A question for a slot: a curated one reshuffled, or one generated for a card."""
    if isinstance(slot, Question):
        return _reshuffled(slot, rng)
    kinds = _kinds_for(slot, pool)
    rng.shuffle(kinds)
    for kind in kinds:
        made = make_question(kind, slot, pool, rng, lang, selfcheck=selfcheck)
        if made:
            return made
    return None


def _reshuffled(q: Question, rng: random.Random) -> Question:
    order = list(range(len(q.options)))
    rng.shuffle(order)
    options = tuple(q.options[i] for i in order)
    correct = tuple(sorted(order.index(i) for i in q.correct))
    return replace(q, options=options, correct=correct)


def is_correct(q: Question, chosen: Sequence[int]) -> bool:
    """A quiz answer is right when it picks exactly the correct options."""
    return sorted(set(chosen)) == sorted(q.correct)
