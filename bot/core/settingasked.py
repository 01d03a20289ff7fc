"""Questions asking of a thing in a setting ("what is adverse selection in insurance
markets", "cardinality in ER diagrams?"): the card named by the thing answers, not the one
named by where it is asked about."""

from __future__ import annotations

from bot.core import querysetting, question, strangers
from bot.core.indexdata import Index, promoted
from bot.core.ownwords import SURE_READING


def _thing_words(qwords: list[tuple[str, str]], setting: set[str]) -> list[int]:
    """Where the question's words naming the thing asked stand: those before its setting.
    "что лежит в /proc?": a verb alone before "в" asks what the place holds, no thing."""
    return [
        i
        for i, (w, _) in enumerate(qwords)
        if w and w not in setting and not question.russian_verb(w)
    ]


def asked_in_its_setting(
    index: Index,
    pos: int,
    qwords: list[tuple[str, str]],
    resolved: list[dict[int, float]],
    query: str,
) -> bool:
    """ "what is adverse selection in insurance markets" answered by "Certainty equivalence
    and insurance markets": the card is named by where the thing is asked about, and says
    no word of the thing itself, as written."""
    setting = querysetting.setting_of(query)
    head = _thing_words(qwords, setting)
    said = {
        t for (w, _), cands in zip(qwords, resolved, strict=True) if w in setting for t in cands
    }
    if not head or not said or not any(name and name <= said for name, _ in index.names[pos]):
        return False
    if any(not said.isdisjoint(resolved[i]) for i in head):
        # "поиск в ширину" (breadth-first search): the words before "в" and after it stand
        # for one name together, so the name is asked, not its setting.
        return False
    return not any(
        sim >= strangers.AS_WRITTEN and (tid in index.counts[pos] or tid in index.name_terms[pos])
        for i in head
        for tid, sim in resolved[i].items()
    )


def thing_over_setting(
    index: Index,
    scored: list[tuple[float, int, bool]],
    qwords: list[tuple[str, str]],
    resolved: list[dict[int, float]],
    query: str,
) -> tuple[list[tuple[float, int, bool]], bool]:
    """ "what is a sign in semiotics?" where the note Semiotics scores first: the card
    named by the thing asked ("знак (eng: sign)") answers, not the card of where it is asked
    about, when one of the next few is. The ranking, and whether its first card is still
    only named by where the thing is asked (`asked_in_its_setting`)."""
    in_setting = asked_in_its_setting(index, scored[0][1], qwords, resolved, query)
    if len(scored) < 2 or not in_setting:
        return scored, in_setting
    setting = querysetting.setting_of(query)
    head: set[int] = set()
    for (w, _), cands in zip(qwords, resolved, strict=True):
        if w and w not in setting:
            head.update(cands)
    for k, (_, pos, _) in enumerate(scored[1:SETTING_LOOK], start=1):
        if any(name and name <= head for name, _ in index.names[pos]):
            ranked = promoted(scored, k)
            return ranked, asked_in_its_setting(index, ranked[0][1], qwords, resolved, query)
    return scored, True


SETTING_LOOK = 5  # cards looked at for the one named by the thing asked


def named_before_setting(
    index: Index,
    best: list[tuple[float, int, bool]],
    scored: list[tuple[float, int, bool]],
    qwords: list[tuple[str, str]],
    resolved: list[dict[int, float]],
    query: str,
) -> list[tuple[float, int, bool]]:
    """ "cardinality in ER diagrams?" led by "Day 7 - ER Diagram Design", whose name says no
    word of the thing asked: the card named by just that thing ("Cardinality"), wherever it
    ranks among all `scored`, answers first. A leader naming a word of it ("поиск в ширину"
    led by "Поиск в ширину") stays."""
    setting = querysetting.setting_of(query)
    if not best or not setting:
        return best
    head = [
        {t for t, sim in resolved[i].items() if sim >= SURE_READING}
        for i in _thing_words(qwords, setting)
    ]
    if not head or not all(head):
        return best
    meant = set().union(*head)
    if not index.name_terms[best[0][1]].isdisjoint(meant):
        return best

    def named_so(pos: int) -> bool:
        return any(
            name and name <= meant and all(not name.isdisjoint(h) for h in head)
            for name, _ in index.names[pos]
        )

    found = max((s for s in scored if named_so(s[1])), key=lambda s: s[0], default=None)
    if found is None or found[0] < SETTING_NAMED_FLOOR:
        return best
    return [(best[0][0], found[1], found[2]), *(s for s in best if s[1] != found[1])]


SETTING_NAMED_FLOOR = 0.5  # the card named by the thing holds some of the question too
