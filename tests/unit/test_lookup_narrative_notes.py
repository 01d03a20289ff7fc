"""Lookup on lecture notes written as running story and on early GitHub notes:
- a quoted name, a hyphen and what it is, as a paragraph of its own among the story
  ('"Русская правда" - первый свод законов.'): a term;
- a section opening with another term's line ("Epic - это глобальная задача, ...") before
  the line naming the section ("Пользовательские истории - это ..."): each its own card;
- headings typed without the space after their hashes ("##Secondary deviance", a note
  opening "#Primary and Secondary Deviance"); a lone "#Criminology" stays a tag;
- a heading numbering one of several aims ("###Goal 2: Incapacitation"): the aim's name;
- a theory titled with its author ("Sutherland's Differential Association Theory",
  "Containment Theory - Walter Reckless"): the theory's own name is the card's too;
- two capitalised English words the lexicon reads into the notes' Russian ("Crimean War"
  for «Крымская война»): no stranger's name;
- a doctrine the notes never name, on the stem of a word they do ("структурализм" beside
  «Структура»): refused;
- study words of the lexicon in the other language ("первичная девиация", "массовое
  лишение свободы"); a Russian gloss in brackets asked of English notes ("межсетевой экран
  (МСЭ)") is the asker's own.
One table row per failure class, the count per class printed."""

from __future__ import annotations

import pytest

from tests.unit.failure_tables import (
    Case,
    assert_answer,
    assert_every_class,
    cards_of,
    index_of,
)

NOTES = {
    "history/lecture-3.md": (
        "## Лекция 3\n\n### Ярослав Мудрый\n\nПосле смерти Мстислава Ярослав снова стал"
        ' править единой Русью. Печенеги были разгромлены.\n\n"Русская правда" - первый свод'
        " законов.\n\n### Владимир Мономах\n\nВнук Ярослава, который рано проявил себя как"
        " полководец.\n\n### Крымская война\n\nВойна России против коалиции Англии, Франции и"
        " Турции.\n"
    ),
    "agile/scrum.md": (
        "# Scrum\n\n## Инструменты\n\nДоски задач и трекеры.\n\n---\n\n## Пользовательские"
        " истории\n\nEpic - это глобальная задача, разбитая на множество подзадач.\n\n"
        "Пользовательские истории - это краткое описание задач с точки зрения ценности для"
        " пользователя.\n\n## Сторипоинты\n\nСтори-пойнты (story points) - метод оценки задач"
        " по их сложности.\n"
    ),
    "Notes/labeling.md": (
        "#Primary and Secondary Deviance\n##Primary deviance\n* Initial deviant actions; many"
        " origins; normative\n##Secondary deviance\n* If society responds with a stigmatizing"
        " label the result is more deviance.\n## Mass Incarceration\n* Locking up a large"
        " share of the population.\n"
    ),
    "philo/Онтология.md": (
        "# Онтология\n\nОнтология — учение о бытии как таковом.\n\n## Структура\n\nСтруктура —"
        " совокупность устойчивых связей объекта.\n\n## Материализм\n\nМатериализм —"
        " направление, признающее первичность материи.\n"
    ),
    "Notes/criminal_justice.md": (
        "#Criminology\n\nCriminal Justice\n================\n\n###Goal 1: Deterrence\n*"
        " Prevention of crime by instilling a fear of punishment\n\n###Goal 2: Incapacitation\n*"
        " Prevention of crime by removing the capacity for crime\n"
    ),
}

CASES: list[Case] = [
    ("a quoted name and a hyphen among the story", "Русская правда это", "Русская правда"),
    ("another term's line before the section's own", "что такое epic?", "Epic"),
    ("another term's line before the section's own", "что такое пользовательские истории?",
     "Пользовательские истории"),
    ("a heading without the space after its hashes", "what is secondary deviance?",
     "Secondary deviance"),
    ("a heading numbering one of several aims", "incapacitation", "Incapacitation"),
    ("English words the lexicon reads into the notes", "Crimean War", "Крымская война"),
    ("a doctrine named after what it is built on", "что такое структурализм?", None),
    ("a doctrine named after what it is built on", "что такое материализм?", "Материализм"),
    ("a study word of the lexicon in the other language", "что такое первичная девиация?",
     "Primary deviance"),
    ("a study word of the lexicon in the other language",
     "что значит массовое лишение свободы?", "Mass Incarceration"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_narrative_notes(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES, inflect=True), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(
        index_of(NOTES, inflect=True), CASES, "lookup failure classes (narrative notes)", capsys
    )


def test_the_section_keeps_its_own_definition_beside_the_other_term() -> None:
    cards = cards_of(NOTES, "agile/scrum.md")
    assert cards["Пользовательские истории"].definition.startswith("это краткое описание")
    assert "глобальная задача, разбитая на" in cards["Epic"].definition


def test_unspaced_headings_are_headings_and_a_lone_hash_word_a_tag() -> None:
    titles = list(cards_of(NOTES, "Notes/labeling.md"))
    assert titles[:3] == ["Primary and Secondary Deviance", "Primary deviance",
                          "Secondary deviance"]  # fmt: skip
    justice = list(cards_of(NOTES, "Notes/criminal_justice.md"))
    assert "Criminology" not in justice
    assert "Deterrence" in justice


def test_a_russian_gloss_in_brackets_asked_of_english_notes_is_the_askers_own() -> None:
    index = index_of({
        "sec/Firewall.md": "# Firewall\n\nA firewall filters network traffic by rules.\n",
        "sec/Phishing.md": "# Phishing\n\nPhishing tricks people into giving up secrets.\n",
    }, inflect=True)  # fmt: skip
    assert_answer(index, "a Russian gloss", "что такое межсетевой экран (МСЭ)?", "Firewall")
    assert_answer(index, "a name in brackets", "что такое межсетевой экран (Palo Alto)?", None)


def test_a_theory_titled_with_its_author_is_named_by_the_theory_too() -> None:
    notes = {
        "crim/theories.md": (
            "# Theories\n\n## Sutherland's Differential Association Theory\n\nCrime is learned"
            " in interaction with others.\n\n## Containment Theory - Walter Reckless\n\nInner"
            " and outer forces hold people back from crime.\n\n## Travis Hirschi's Social"
            " Bonding Theory 1969\n\nBonds to society keep people from crime.\n\n## Ohm's Law"
            " of Resistance\n\nCurrent is voltage over resistance.\n"
        )
    }
    cards = cards_of(notes, "crim/theories.md")
    assert (
        "Differential Association Theory"
        in cards["Sutherland's Differential Association Theory"].aliases
    )
    assert "Containment Theory" in cards["Containment Theory - Walter Reckless"].aliases
    assert "Social Bonding Theory" in cards["Travis Hirschi's Social Bonding Theory 1969"].aliases
    assert cards["Ohm's Law of Resistance"].aliases == ()  # a law, not a theory of its author
