"""Curated quiz questions from `content/quizzes/*.yaml`, validated with file and line.

Format (a list of questions):

    - question: Что хранит Docker Registry?
      options: [Образы, Тома, Сети]
      correct: Образы          # the right option's text, a list of texts, or its number from 1
      explanation: Registry — репозиторий, в котором хранятся образы.
      card: Docker Registry    # or `section: Theory` (scored against that section's first card)
      tags: [basics]
"""

from __future__ import annotations

import yaml

from bot.content.yamlnodes import line_of, load_yaml, mapping, scalar, scalar_list
from bot.core.models import Card, ContentError, ContentErrors, Question
from bot.core.quiz import question_id, question_problems
from bot.core.text import fold

FIELDS = frozenset({"question", "options", "correct", "explanation", "card", "section", "tags"})


def parse_quiz_file(text: str, source: str, by_title: dict[str, list[Card]]) -> list[Question]:
    node = load_yaml(text, source)
    if node is None:
        return []
    if not isinstance(node, yaml.SequenceNode):
        raise ContentError(source, line_of(node), "expected a list of questions")
    errors: list[ContentError] = []
    out: list[Question] = []
    sections: dict[str, Card] = {}
    for cards in by_title.values():
        for card in cards:
            for depth in range(1, len(card.section) + 1):
                sections.setdefault(fold(" › ".join(card.section[:depth])), card)
                sections.setdefault(fold(card.section[depth - 1]), card)
    for item in node.value:
        try:
            out.append(_question(item, source, by_title, sections))
        except ContentError as err:
            errors.append(err)
    if errors:
        raise ContentErrors(errors)
    return out


def _question(
    node: yaml.Node,
    source: str,
    by_title: dict[str, list[Card]],
    sections: dict[str, Card],
) -> Question:
    line = line_of(node)
    if not isinstance(node, yaml.MappingNode):
        raise ContentError(source, line, "a question must be a mapping with 'question:'")
    fields = mapping(node)
    unknown = sorted(set(fields) - FIELDS)
    if unknown:
        raise ContentError(source, line, f"unknown field(s): {', '.join(unknown)}")
    for required in ("question", "options", "correct"):
        if required not in fields:
            raise ContentError(source, line, f"missing '{required}'")
    text = scalar(fields["question"], source, "question")
    options = scalar_list(fields["options"], source, "option")
    correct = _correct(fields["correct"], options, source)
    explanation = ""
    if "explanation" in fields:
        explanation = scalar(fields["explanation"], source, "explanation")
    card = _target(fields, source, line, by_title, sections)
    tags: tuple[str, ...] = ()
    if "tags" in fields:
        tags = tuple(scalar_list(fields["tags"], source, "tag"))
    q = Question(
        id=question_id("curated", card.id, text),
        card_id=card.id,
        question=text,
        options=tuple(options),
        correct=correct,
        explanation=explanation,
        source=f"curated:{source}",
        tags=tags,
    )
    problems = question_problems(q)
    if problems:
        raise ContentError(source, line, "; ".join(problems))
    return q


def _correct(node: yaml.Node, options: list[str], source: str) -> tuple[int, ...]:
    values = scalar_list(node, source, "correct answer")
    folded = [fold(o) for o in options]
    out: list[int] = []
    for value in values:
        if fold(value) in folded:
            out.append(folded.index(fold(value)))
        elif (
            # ASCII only: "²".isdigit() is true but int("²") fails; huge numbers are no option.
            value.isascii()
            and value.isdigit()
            and len(value) <= 3
            and 1 <= int(value) <= len(options)
        ):
            out.append(int(value) - 1)
        else:
            raise ContentError(
                source, line_of(node), f"correct answer {value!r} is not one of the options"
            )
    return tuple(out)


def _target(
    fields: dict[str, yaml.Node],
    source: str,
    line: int,
    by_title: dict[str, list[Card]],
    sections: dict[str, Card],
) -> Card:
    if "card" in fields:
        title = scalar(fields["card"], source, "card")
        cards = by_title.get(fold(title).strip())
        if not cards:
            raise ContentError(source, line_of(fields["card"]), f"unknown card {title!r}")
        return cards[0]
    if "section" in fields:
        name = scalar(fields["section"], source, "section")
        card = sections.get(fold(name))
        if card is None:
            raise ContentError(source, line_of(fields["section"]), f"unknown section {name!r}")
        return card
    raise ContentError(source, line, "say which 'card' or 'section' the question is about")
