"""Answers to questions comparing two things ("чем X отличается от Y", "X vs Y"): both
cards side by side, with a card that compares them offered first under them; that card
alone when a side has no card of its own; or the card both sit under that names them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.core import comparisons
from bot.core.indexdata import Index
from bot.core.models import Card
from bot.core.results import FOUND_THRESHOLD, Match, Result
from bot.core.text import fold

COMPARISON_POOL = 8  # cards looked through for one naming both things compared

Ask = Callable[[Index, str, int], Result]  # one question answered, comparisons aside


def pair_answer(index: Index, found: Result, together: tuple[str, str], limit: int) -> Result:
    """ "lables и селекторы": a card naming both ("Labels and Selectors") answers them."""
    near = [c for c in (found.best, *(m.card for m in found.alternatives)) if c is not None]
    both = comparisons.naming_both(index, near, together)
    return found if both is None else _trimmed(found, both, limit)


def answer(index: Index, query: str, sides: tuple[str, str], limit: int, ask: Ask) -> Result:
    """The answer to a question comparing `sides`."""
    wide = ask(index, query, max(limit, COMPARISON_POOL))
    # "Mutex vs RWMutex" may be a card of its own ("Отличие merge и rebase").
    closest = [c for c in (wide.best, *(m.card for m in wide.alternatives)) if c is not None]
    pool = [*closest, *wide.suggestions, *comparisons.comparing_cards(index, sides)]
    both = comparisons.naming_both(index, pool, sides)
    # "BEFORE и AFTER триггерами": the sides without the words they share ("BEFORE",
    # "AFTER"), as a heading comparing them may name them.
    bare = comparisons.untailed(sides)
    if both is None and bare is not None:
        pool += comparisons.comparing_cards(index, bare)
        both = comparisons.naming_both(index, pool, bare)
    apart = _side_by_side(index, query, sides, bare, limit, ask)
    if both is None:
        # The same ranking cut to `limit`: the question is not scored a second time.
        cut = replace(
            wide, alternatives=wide.alternatives[:limit], suggestions=wide.suggestions[:limit]
        )
        if apart is None:
            return cut
        # "pull и push модели чем отличаются": both sit under "Pull и Push", which answers,
        # the two cards under it.
        return _kinds_of(index, apart) or apart
    named = apart is not None and all(
        c is not None and c != both and comparisons.names_side(index, c, side)
        for c, side in zip((apart.best, apart.compared), sides, strict=True)
    )
    if apart is None or not named:
        return _trimmed(wide, both, limit)
    # "configmap vs secret" where both have cards: the two cards side by side, and the
    # card comparing them ("ConfigMap vs Secret: both hold settings, ...") offered first
    # under them.
    return replace(apart, alternatives=(Match(card=both, score=FOUND_THRESHOLD),))


def _kinds_of(index: Index, apart: Result) -> Result | None:
    """Both things compared sit under one card that compares them ("Ключевые различия") or
    names both in its title or definition ("Pull и Push": "бывают двух типов - Pull и
    Push"): that card answers, both under it. A card that only lists them among others
    ("Docker Network" over its drivers) leaves them side by side."""
    first, other = apart.best, apart.compared
    if first is None or other is None or first.parent_id is None:
        return None
    if first.parent_id != other.parent_id:
        return None
    at = index.positions.get(first.parent_id, -1)
    parent = index.cards[at] if at >= 0 else None
    if parent is None or not (parent.definition.strip() or parent.items):
        return None
    said = fold(f"{parent.title} {parent.definition}")
    if comparisons.compares(index, parent) or _named_together(
        said, fold(first.title), fold(other.title)
    ):
        return _under(apart, parent)
    return None


NAMED_TOGETHER = 25  # characters at most between two names a text gives as a pair


def _named_together(said: str, one: str, other: str) -> bool:
    """ "бывают двух типов - Pull и Push": the text names both as a pair, close together;
    "data on the stack ... allocated on the heap" only uses the two words."""
    for first, second in ((one, other), (other, one)):
        at = said.find(first)
        while at >= 0:
            after = at + len(first)
            near = said.find(second, after, after + NAMED_TOGETHER + len(second))
            if near >= 0:
                return True
            at = said.find(first, at + 1)
    return False


def _under(apart: Result, parent: Card) -> Result:
    """`parent` as the answer, the two cards compared offered under it."""
    return replace(apart, best=parent, compared=None, alternatives=_sides(apart))


def _sides(apart: Result) -> tuple[Match, ...]:
    """The two cards compared side by side, as cards offered under another answer."""
    return tuple(
        Match(card=c, score=FOUND_THRESHOLD) for c in (apart.best, apart.compared) if c is not None
    )


def _side_by_side(
    index: Index,
    query: str,
    sides: tuple[str, str],
    bare: tuple[str, str] | None,
    limit: int,
    ask: Ask,
) -> Result | None:
    """The cards of both things compared, one beside the other (`bare`: the sides without
    the words they share, if any); None unless both are found and differ."""
    left, right = (ask(index, side, limit) for side in sides)
    if bare is not None:
        # "алгебра vs сигма-алгебра множеств": a side the notes name better without the
        # words both share (Алгебра, not a card that also says "множеств").
        left, right = (
            _better(found, ask(index, side, limit))
            for found, side in zip((left, right), bare, strict=True)
        )
    if not (left.found and right.found and left.best and right.best):
        return None
    # "bridge и host": of the cards named "host", the one beside "bridge".
    first = left.best
    options = [(right.score, right.best), *((m.score, m.card) for m in right.alternatives)]
    near = [
        c
        for score, c in options
        if score >= right.score - 0.1
        and (c.parent_id, c.section) == (first.parent_id, first.section)
    ]
    other = near[0] if near else right.best
    if other == first:
        return None
    return replace(left, query=query, compared=other, alternatives=())


def _better(tailed: Result, bare: Result) -> Result:
    """The side as asked, unless the notes answer it clearly better without its tail."""
    if bare.found and (not tailed.found or bare.score >= tailed.score + BARE_SIDE_MARGIN):
        return bare
    return tailed


BARE_SIDE_MARGIN = 0.1


def _trimmed(result: Result, card: Card, limit: int) -> Result:
    """`result` answered by `card`, with at most `limit` other cards."""
    if result.found and result.best == card:
        return replace(result, alternatives=result.alternatives[:limit])
    score = next((m.score for m in result.alternatives if m.card == card), FOUND_THRESHOLD)
    others = tuple(m for m in result.alternatives if m.card != card)[:limit]
    return replace(result, found=True, best=card, score=score, alternatives=others, suggestions=())
