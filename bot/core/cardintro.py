"""The card builder's ground: drafts made and warned about, and the terms a text introduces
in passing ("are called **zombies**", "**Оффсет** (Offset) – это ..."), each a card of its
own unless it names the card it sits in."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from functools import cache

from bot.core import (
    altnames,
    blocks,
    definitions,
    namings,
    reshape,
)
from bot.core.drafts import Draft
from bot.core.lexicon import translations
from bot.core.markdown import Inline
from bot.core.models import ContentWarning
from bot.core.text import CYRILLIC_LETTER, Nominative, fold

MIN_SHARED_STEM = 5  # "несмещённая" and "несмещенности" share "несмещ"
MAX_WIDER_TITLE_WORDS = 2


def same_words(name: str, title: str) -> bool:
    """Every word of `name` starts like a word of `title` ("несмещённая оценка" in
    "Понятие несмещенности оценки")."""
    said = [fold(w) for w in name.split()]
    own = [fold(w) for w in title.split()]
    if len(own) > len(said) + MAX_WIDER_TITLE_WORDS:
        return False  # "Статистические гипотезы. Основные определения: ...": a whole lecture
    return bool(said) and all(
        any(w[:MIN_SHARED_STEM] == o[:MIN_SHARED_STEM] and min(len(w), len(o)) >= 3 for o in own)
        for w in said
    )


@cache
def _said_across() -> dict[str, frozenset[str]]:
    """A word as written → the words naming it in the other language (`lexicon`)."""
    return translations(lambda word: word)


# The cases a name may be written in, most likely first.
_OBLIQUE_CASES = ("gent", "datv", "ablt", "loct")
# "SOAP vs REST", "Основы XML и JSON": a name of two things.
_JOINED = re.compile(r"\s(?:vs\.?|versus|и|and|или|or)\s|[,/&]", re.I)


class DraftMaker(ABC):
    source: str
    note: str  # the note's path in the vault, without ".md"
    drafts: list[Draft]
    warnings: list[ContentWarning]
    deep_warned: bool
    # A name the prose writes in a case ("широковещательным штормом", "ablt") in its own.
    nominative: Nominative

    @abstractmethod
    def own_card(self, line: int) -> Draft | None:
        """The note's own card, made at `line` if there is none yet, when it may be."""

    @abstractmethod
    def _names_note(self, title: str) -> bool:
        """`title` is one of the note's own names: its card is what the whole note is about."""

    def warn(self, line: int, message: str) -> None:
        self.warnings.append(ContentWarning(source=self.source, line=line, message=message))

    def new(self, title: str, line: int, section: tuple[str, ...], **kw: object) -> Draft:
        draft = Draft(title=title, line=line, section=section, **kw)  # type: ignore[arg-type]
        self.drafts.append(draft)
        return draft

    def introduce(
        self,
        inline: Inline,
        line: int,
        section: tuple[str, ...],
        card: Draft,
        own: frozenset[str] = frozenset(),
    ) -> None:
        """Cards of the terms a text introduces ("are called **zombies**", "**Оффсет**
        (Offset) – это ..."), but none of `own` names."""
        made = {blocks.name_key(card.title), *own}
        for name, said, subject in namings.introduced(inline):
            head, aliases, _ = altnames.split_aliases(name)
            if subject is not None:
                # "этот ряд называется **вариационным**": "вариационный ряд".
                head = self.nominative(head, "ablt", subject)
            key = blocks.name_key(head)
            made.add(key)
            if (
                subject is not None
                and namings.points_back(subject)
                and self._names_note(card.title)
            ):
                # "Эту формулу называют *формулой полной вероятности*" under "Law of Total
                # Probability": the name of what the section has just shown, its own.
                card.aliases.extend(n for n in (head, *aliases) if n not in card.aliases)
                continue
            if any(reshape.same_name(key, name) for name in own):
                # "## Least Upper Bounds" / "is called a **least upper bound** (or
                # **supremum**)": the heading's thing, and its other name. "The **certainty
                # equivalent** is ..." under "Certainty equivalence ...": its other form too.
                forms = aliases if key in own else (head, *aliases)
                card.aliases.extend(a for a in forms if a not in card.aliases)
                continue
            if any(len(a.split()) > 1 and same_words(a, card.title) for a in aliases):
                # "Binary Cross-Entropy (BCE) is a loss function ..." in "Binary
                # Cross-Entropy Loss": the card's own name, spelled out, and its letters.
                card.aliases.extend(n for n in (head, *aliases) if n not in card.aliases)
                continue
            if (
                head.isupper()
                and head in card.title.split()
                and _JOINED.search(card.title) is None
            ):
                # "# Общеязыковая спецификация CLS" / "... CLS (Common Language
                # specification) ...": the letters the card's own name ends with, spelled out.
                card.aliases.extend(n for n in (head, *aliases) if n not in card.aliases)
                continue
            if not own.isdisjoint(_said_across().get(key, ())):
                # "# Heap" / "... **Куча** - это ...": the heading's name in the other language.
                card.aliases.extend(n for n in (head, *aliases) if n not in card.aliases)
                continue
            self.new(
                head,
                line,
                section,
                parent=card,
                definition=said,
                aliases=list(aliases),
                mention=True,
            )
        for named in definitions.named_in_prose(inline.text):
            head, aliases, _ = altnames.split_aliases(named.name)
            aliases = (
                *aliases,
                *(
                    self._in_nominative(a, named.aliases_case, "") if named.aliases_case else a
                    for a in named.aliases
                ),
            )
            name = self._in_nominative(head, named.case, named.subject)
            if name == head and named.case == "ablt" and CYRILLIC_LETTER.match(head):
                continue  # "называется вариационным": no noun to name it by
            key = blocks.name_key(name)
            if key in made:
                continue
            made.add(key)
            if (
                named.other_name
                or same_words(name, card.title)
                or (namings.points_back(named.subject) and self._names_note(card.title))
            ):
                # "... то оценка называется несмещенной" under "Понятие несмещенности
                # оценки": the card's own idea under another name.
                card.aliases.extend(n for n in (name, *aliases) if n not in card.aliases)
            else:
                self.new(
                    name,
                    line,
                    section,
                    parent=card,
                    definition=named.said,
                    aliases=list(aliases),
                    mention=True,
                )

    def _in_nominative(self, name: str, case: str, subject: str) -> str:
        """A name prose writes in `case` in its dictionary form; in the first oblique case it
        reads as, when the case is not known ("т.н. интринзиков": интринзики)."""
        if case == "nomn":
            return name  # "под названием прикладной": as written, whatever it names
        if case != definitions.ANY_CASE:
            return self.nominative(name, case, subject) if case else name
        for oblique in _OBLIQUE_CASES:
            said = self.nominative(name, oblique, subject)
            if said != name:
                return said
        return name
