"""How well the bot understands a vault: lookup accuracy on chat questions written from its
notes, off-topic refusals, markup left in cards, and the quality of generated quizzes.

    python -m bench.vaulteval VAULT_DIR QUESTIONS.yaml [--vault NAME] [--quiz N]

QUESTIONS.yaml: `covered: [{q, title | term, note?, category?}]`, `offtopic: [q]`, or a
mapping of vault names to such sections (`--vault` picks one).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from bot.core.altnames import split_aliases
from bot.core.markdown import math_text
from bot.core.models import Card, KnowledgeBase, Question
from bot.core.quiz import generate, question_problems, title_askable
from bot.core.quizpool import gives_away, markup_in
from bot.core.text import english_stem, fold, words
from bot.core.titles import heading
from bot.services import Library, load_library


@dataclass(frozen=True, slots=True, kw_only=True)
class Covered:
    q: str
    title: str
    note: str = ""
    category: str = "other"


@dataclass(slots=True)
class LookupReport:
    right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    misses: list[str] = field(default_factory=list)
    close: int = 0  # misses whose card is named as asked plus a setting, or compares both
    offtopic: int = 0
    offtopic_answered: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        n = sum(self.total.values())
        return sum(self.right.values()) / n if n else 1.0

    def lines(self) -> list[str]:
        out = [
            f"  {cat:<18} {self.right[cat]:>3}/{self.total[cat]:<3} "
            f"{100 * self.right[cat] / self.total[cat]:5.1f}%"
            for cat in sorted(self.total)
        ]
        out.append(f"  {'all covered':<18} {100 * self.accuracy:5.1f}%")
        n = sum(self.total.values())
        if n:
            lenient = 100 * (sum(self.right.values()) + self.close) / n
            out.append(f"  {'named or close':<18} {lenient:5.1f}%")
        out.append(f"  {'off-topic answered':<18} {len(self.offtopic_answered)}/{self.offtopic}")
        return out


def load_questions(path: Path, vault: str | None = None) -> tuple[list[Covered], list[str]]:
    data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    if vault is not None:
        data = data[vault]
    covered = [
        Covered(
            q=str(item["q"]),
            title=str(item.get("title") or item.get("term") or ""),
            note=str(item.get("note") or ""),
            category=str(item.get("category") or "other"),
        )
        for item in data.get("covered") or []
    ]
    return covered, [str(q) for q in data.get("offtopic") or []]


def _names(card: Card) -> set[str]:
    return {" ".join(fold(n).split()) for n in (card.title, *card.aliases)}


_MATH = re.compile(r"\$([^$]+)\$")
_QUOTES = "\"'«»“”„"


def is_right(
    card: Card | None, expected: Covered, term: Callable[[str], str] | None = None
) -> bool:
    """The answer names the expected term, or comes from the expected note's own card. With
    the index's `term`, names that differ only in case or number count as the same name
    (a set written as "повторной выборкой" is answered by "повторная выборка")."""
    if card is None:
        return False
    # "Type I Error ($\\alpha$)": the set may copy a name's LaTeX, which cards show as text.
    title = _MATH.sub(lambda m: math_text(m.group(1)), expected.title)
    parsed = heading(re.sub(r"[*`]", "", title))
    # "Parts of Speech / Части речи": the heading's names in both languages.
    full = parsed.title
    written = full.split(" — ")[0]
    head, aliases, _ = split_aliases(written)
    # "MAC-адрес (Media Access Control — управление ...)": the dash inside brackets.
    whole_head, whole_aliases, _ = split_aliases(full)
    names = _names(card)
    # Question sets name a term as written ("Кортеж (tuple)"): any of its names will do.
    # '"Стрижка деревьев" (pruning)': quotes around a name copied from the note are no part
    # of it.
    wanted = {
        " ".join(fold(n).strip(_QUOTES).split())
        for n in (
            expected.title,
            written,
            head,
            *aliases,
            whole_head,
            *whole_aliases,
            *parsed.aliases,
        )
        if n
    }
    if names & wanted:
        return True
    if term is not None and {_lemmas(n, term) for n in names} & {_lemmas(w, term) for w in wanted}:
        return True
    if expected.note and card.source.removesuffix(".md") == expected.note.removesuffix(".md"):
        return card.parent_id is None
    return False


def _lemmas(name: str, term: Callable[[str], str]) -> str:
    return " ".join(term(w) for w in words(name))


def _stems(name: str) -> set[str]:
    return {english_stem(w) for w in words(name)}


def is_close(card: Card | None, expected: Covered) -> bool:
    """Not named as the question set writes it, yet what a reader would take as the answer:
    the name plus its setting or a label ("Node Affinity in Kubernetes", "Ключевое слово
    Volatile"), a plural ("StatefulSets"), or, for a comparison, a card naming both sides
    ("ConfigMap vs Secret")."""
    if card is None:
        return False
    want = _stems(split_aliases(heading(expected.title).title)[0])
    if not want:
        return False
    for name in (card.title, *card.aliases):
        have = _stems(name)
        if expected.category == "comparison" and want <= have:
            return True
        if (want <= have or have <= want) and len(have ^ want) <= CLOSE_EXTRA_WORDS and have:
            return True
    return False


CLOSE_EXTRA_WORDS = 2


def evaluate_lookup(library: Library, covered: list[Covered], offtopic: list[str]) -> LookupReport:
    report = LookupReport()
    for item in covered:
        result = library.ask(item.q)
        best = result.best if result.found else None
        report.total[item.category] += 1
        # "X vs Y" answered with both cards side by side: either one is the answer shown.
        beside = result.compared if result.found and item.category == "comparison" else None
        if is_right(best, item, library.index.term) or (
            beside is not None and is_right(beside, item, library.index.term)
        ):
            report.right[item.category] += 1
        else:
            got = best.title if best else "—"
            near = is_close(best, item)
            report.close += near
            mark = " (close)" if near else ""
            report.misses.append(
                f"{item.category}: {item.q!r} → {got!r} (want {item.title!r}){mark}"
            )
    for q in offtopic:
        report.offtopic += 1
        result = library.ask(q)
        if result.found and result.best is not None:
            report.offtopic_answered.append(f"{q!r} → {result.best.title!r}")
    return report


def card_markup(kb: KnowledgeBase) -> list[str]:
    """Markup a reader would never see, left in a card's title, aliases or definition."""
    out: list[str] = []
    for card in kb.cards:
        for text in (card.title, card.definition, *card.aliases):
            hits = markup_in(text)
            if hits:
                out.append(f"{card.source}:{card.line} {hits} {text[:80]!r}")
    return out


def quiz_problems(questions: list[Question], kb: KnowledgeBase | None = None) -> list[str]:
    """Telegram limits, markup, empty or near-duplicate options, unaskable cards, one
    question with two different correct answers."""
    out: list[str] = []
    answers: dict[str, set[str]] = {}
    for q in questions:
        card = kb.card(q.card_id) if kb is not None else None
        if card is not None and q.source.startswith("generated") and not title_askable(card):
            out.append(f"{q.question[:60]!r}: unaskable card {card.title!r}")
        out.extend(f"{q.question[:60]!r}: {p}" for p in question_problems(q))
        if q.source.startswith("generated") and q.correct and len(q.options) > 1:
            right = q.options[q.correct[0]]
            others = [o for i, o in enumerate(q.options) if i not in q.correct]
            if gives_away(q.question, right, others):
                out.append(f"{q.question[:60]!r}: gives its answer away {right[:40]!r}")
        for text in (q.question, *q.options):
            # "Разница между == и ===": operators, no highlight.
            hits = markup_in(text)
            if hits:
                out.append(f"{q.question[:60]!r}: markup {hits} in {text[:60]!r}")
        for option in q.options:
            if not option.strip(" .…"):
                out.append(f"{q.question[:60]!r}: empty option {option!r}")
        for i, a in enumerate(q.options):
            for b in q.options[i + 1 :]:
                if fuzz.ratio(fold(a), fold(b)) >= 90:
                    out.append(f"{q.question[:60]!r}: near-duplicate options {a!r} / {b!r}")
        right = {fold(q.options[i]) for i in q.correct}
        answers.setdefault(q.question, set()).update(right)
    out.extend(
        f"{text[:60]!r}: {len(a)} different correct answers"
        for text, a in answers.items()
        if len(a) > 1
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.vaulteval")
    parser.add_argument("vault", type=Path)
    parser.add_argument("questions", type=Path, nargs="?")
    parser.add_argument("--vault-name", dest="name")
    parser.add_argument("--quiz", type=int, default=50, help="questions per quiz (10 quizzes)")
    parser.add_argument("--show", type=int, default=15, help="examples to print per list")
    args = parser.parse_args(argv)
    library = load_library(args.vault)
    kb = library.kb
    print(
        f"{args.vault}: {len(kb.notes)} notes, {len(kb.cards)} cards, {len(kb.warnings)} warnings"
    )
    if args.questions:
        covered, offtopic = load_questions(args.questions, args.name)
        report = evaluate_lookup(library, covered, offtopic)
        print("lookup:")
        print("\n".join(report.lines()))
        for line in report.misses[: args.show]:
            print("  miss", line)
        for line in report.offtopic_answered[: args.show]:
            print("  answered off-topic", line)
    markup = card_markup(kb)
    print(f"cards with markup: {len(markup)}")
    for line in markup[: args.show]:
        print("  ", line)
    questions = [
        q
        for seed in range(10)
        for q in generate(
            kb.cards, random.Random(seed), args.quiz, curated=kb.curated, selfcheck=True
        )
    ]
    problems = quiz_problems(questions, kb)
    print(f"quiz: {len(questions)} questions in 10 quizzes, {len(problems)} problems")
    for line in problems[: args.show]:
        print("  ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
