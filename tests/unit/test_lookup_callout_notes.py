"""Lookup on lecture vaults written in callouts and bold outlines, and questions about things
they never name:
- a callout titled by the kind of statement, then the name ("> [!note] Замечание: Формула
  Стирлинга"): a card of that name; the kind alone ("> [!theorem] Лемма") names nothing;
- a remark's callout naming a term as it says it ("> [!note] Замечание" / "Систему событий
  называют **полной группой событий**"): a term, as in a paragraph;
- a glossary entry whose name carries two brackets ("Бухгалтерская проводка (бухгалтерская
  запись) (Journal entry) — ..."), among entries written as a name over its text: a term;
- a bold bullet naming a thing, a colon, and the kind of it said again ("**Endogenous
  attention: goal-driven attention.**"): the name, and what it is;
- a bold annotation in square brackets under a heading ("**[Video timestamp 52–1:03]**"):
  no heading, so the heading above keeps its name;
- acronyms and study words of the lexicon asked in the other language ("ЭЭГ", "МРТ",
  "валовая маржа", "бинокулярная конкуренция");
- a short name typed in capitals the notes never write ("методом PERT"), though a word of
  theirs is a slip away ("Perf"): refused; a name in brackets two slips from a word of
  theirs ("(project charter)" beside "Chapter"): refused;
- a Russian noun that is also a verb's gerund ("устав", «устать») stays the noun.
One table row per failure class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.morph import lemma
from tests.unit.failure_tables import (
    Case,
    assert_answer,
    assert_every_class,
    cards_of,
    index_of,
)

NOTES = {
    "prob/Нормальное распределение.md": (
        "# Нормальное распределение\n\n## Вспомогательные факты\n\n> [!note] Замечание:"
        " Интеграл Гаусса\n> $$\\int e^{-x^2}dx = \\sqrt{\\pi}$$\n> Это **интеграл Гаусса**,"
        " один из ключевых фактов анализа.\n\n> [!note] Замечание: Формула Стирлинга\n>"
        " $$n! = \\sqrt{2\\pi n}(n/e)^n$$\n\n## Определение\n\n> [!definition] Определение:"
        " Нормальное распределение\n> Непрерывная случайная величина имеет **нормальное"
        " распределение**, если её плотность — гауссова кривая.\n\n> [!theorem] Лемма\n> Если"
        " величина X нормальна, то и aX + b нормальна.\n"
    ),
    "prob/Формула полной вероятности.md": (
        "# Формула полной вероятности\n\n## Формула\n\nПусть события попарно не пересекаются"
        " и в объединении дают всё пространство.\n\n> [!note] Замечание\n> Систему событий"
        " $\\{B_j\\}$ называют **полной группой событий** или **системой гипотез**.\n"
    ),
    "acct/terms.md": (
        "# Термины\n\n1. Кредиторская задолженность (Accounts payable)\n   Все неоплаченные"
        " расходы компании, счета, причитающиеся с бизнеса.\n\n2. Дебиторская задолженность"
        " (Accounts receivable)\n   Деньги, причитающиеся бизнесу, которые еще не оплачены.\n\n"
        "3. Актив (Asset)\n   Все, что принадлежит компании и имеет денежную стоимость.\n\n"
        "4. Бухгалтерская проводка (бухгалтерская запись, контировка) (Journal entry) — запись"
        " в журнале об изменении состояния учитываемых\n    объектов. Обычно состоит из"
        " описания дебетуемого и кредитуемого счёта.\n"
    ),
    "acct/Gross Margin.md": (
        "# Gross Margin\n\nGross margin is revenue minus the cost of goods sold, as a share of"
        " revenue.\n"
    ),
    "neuro/attention.md": (
        "# Attention\n\n- What drives our attention?\n  - **Exogenous attention: stimulus-driven"
        " attention. (Bottom-up)**\n    - Directed to salient information in our environment.\n"
        "  - **Endogenous attention: goal-driven attention. (Top-down)**\n    - Directed to"
        " information relevant for our goals.\n"
    ),
    "neuro/consciousness.md": (
        "# Consciousness\n\n## Binocular Rivalry and Higher-Order Visual Regions\n\n**[Video"
        " timestamp 52–1:03]**\n\n- Stimulus: binocular rivalry between face and house.\n-"
        " Task: indicate percept: face or house.\n- Use the same time series.\n"
    ),
    "neuro/methods.md": (
        "# Methods\n\n## EEG\n\nEEG records the brain's electrical activity from the scalp.\n\n"
        "## MRI\n\nMRI images the brain's structure with strong magnetic fields.\n"
    ),
    "mgmt/Оценка.md": (
        "# Оценка задач\n\n## Стори-пойнты\n\nСтори-пойнты — относительная оценка сроков и"
        " сложности задачи командой.\n\n## Perf review\n\nPerf review — ежегодная оценка работы"
        " сотрудника.\n\n## Chapter\n\nChapter — группа специалистов одной профессии из разных"
        " команд проекта.\n\n## Роадмап\n\nКоманды устали от роадмапов, которые превращаются в"
        " обещания проекта.\n"
    ),
}

CASES: list[Case] = [
    ("a callout titled by its kind, then the name", "формула стирлинга", "Формула Стирлинга"),
    ("a term a remark's callout introduces", "что такое полная группа событий?",
     "полная группа событий"),
    ("a glossary name with two brackets", "что такое бухгалтерская проводка?",
     "Бухгалтерская проводка"),
    ("a glossary name with two brackets", "what is a journal entry?", "Бухгалтерская проводка"),
    ("a bold name, a colon, its kind said again", "endogenous attention",
     "Endogenous attention"),
    ("a bold annotation in brackets under a heading", "binocular rivalry",
     "Binocular Rivalry and Higher-Order Visual Regions"),
    ("a study word of the lexicon in the other language", "что такое бинокулярная конкуренция?",
     "Binocular Rivalry and Higher-Order Visual Regions"),
    ("a study word of the lexicon in the other language", "как работает ЭЭГ?", "EEG"),
    ("a study word of the lexicon in the other language", "что такое МРТ?", "MRI"),
    ("a study word of the lexicon in the other language", "что такое валовая маржа?",
     "Gross Margin"),
    ("a short name in capitals the notes never write", "как оценить сроки задачи методом PERT?",
     None),
    ("a name in brackets two slips from a word of theirs",
     "как написать устав проекта (project charter)?", None),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_callout_notes(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES, inflect=True), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(
        index_of(NOTES, inflect=True), CASES, "lookup failure classes (callout notes)", capsys
    )


def test_a_callout_kind_alone_names_no_card() -> None:
    titles = list(cards_of(NOTES, "prob/Нормальное распределение.md"))
    assert "Формула Стирлинга" in titles
    assert "Лемма" not in titles


def test_a_bold_name_and_its_kind_said_again_is_the_name_and_what_it_is() -> None:
    cards = cards_of(NOTES, "neuro/attention.md")
    assert cards["Endogenous attention"].definition == "goal-driven attention"
    assert cards["Exogenous attention"].definition == "stimulus-driven attention"


def test_a_glossary_name_keeps_its_other_names_from_both_brackets() -> None:
    card = cards_of(NOTES, "acct/terms.md")["Бухгалтерская проводка"]
    assert card.aliases == ("Journal entry",)
    assert card.definition.startswith("запись в журнале об изменении")


def test_a_noun_that_is_also_a_gerund_stays_the_noun() -> None:
    assert lemma("устав") == "устав"
    assert lemma("устава") == "устав"
    assert lemma("стали") == "стать"  # a verb's form the noun «сталь» shares less often
    assert lemma("данных") == lemma("данные")


def test_a_formula_then_a_dash_and_a_bold_name_makes_no_card_of_its_letter() -> None:
    notes = {
        "prob/Байес.md": (
            "# Формула Байеса\n\n## Смысл\n\nМы пересчитываем вероятности гипотез $B_k$."
            " $P(B_k)$ — **априорная** вероятность, $P(B_k \\mid A)$ — **апостериорная**"
            " вероятность.\n"
        )
    }
    assert "P" not in cards_of(notes, "prob/Байес.md")
