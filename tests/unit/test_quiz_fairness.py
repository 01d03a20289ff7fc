"""Generated quizzes are fair on real-vault layouts: every failure class seen on vaults kept
by other people, one table row each, with the count per class printed."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest

from bench.vaulteval import quiz_problems
from bot.content.loader import load_content
from bot.core.models import Card, CardKind, KnowledgeBase, Question
from bot.core.notes import parse_note
from bot.core.quiz import generate, questions_for_card, title_askable
from bot.core.quizpool import markup_in, mask

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
VAULTS = ("seed", "vaults/linux", "vaults/golang", "vaults/mixed")


@cache
def _kb(name: str) -> KnowledgeBase:
    return load_content(FIXTURES / name)


def _quizzes(kb: KnowledgeBase, n: int = 40, runs: int = 12) -> list[Question]:
    return [
        q
        for seed in range(runs)
        for q in generate(kb.cards, random.Random(seed), n, curated=kb.curated)
    ]


def _card(title: str, definition: str = "", **kw: object) -> Card:
    return Card(id=title, title=title, definition=definition, **kw)  # type: ignore[arg-type]


FILLER = [
    _card("Alpha", "первое понятие из этого раздела заметок"),
    _card("Beta", "второе понятие из этого раздела заметок"),
    _card("Gamma", "третье понятие совсем про другое"),
]

# (failure class, the card that must never be asked by name)
UNASKABLE = [
    ("flag without context", _card("-f", "принудительно удалить файл без вопросов")),
    ("two letters", _card("ls", "показать содержимое текущего каталога")),
    ("label ending in colon", _card("Основные опции:", "дальше идут опции команды")),
    ("question title", _card("Зачем это нужно?", "чтобы не повторять одно и то же")),
    ("section word", _card("Пример", "вот так выглядит вызов команды в терминале")),
    ("numbered label", _card("Question 4", "какой командой посмотреть историю коммитов")),
    (
        "answer label",
        _card("Простой ответ", "кеш хранит горячие данные в памяти рядом с приложением"),
    ),
    ("answer label", _card("В одной фразе", "вакуум убирает мёртвые версии строк из таблиц")),
    ("numbered label", _card("Задача 2", "написать функцию разворота связного списка")),
    (
        "a numbered step",
        _card("Этап 1: Изменения на Master", "мастер пишет изменения в журнал репликации"),
    ),
    ("an explanation label", _card("In Simple Terms", "settings that control how it behaves")),
    ("a setting, not a name", _card("В программировании", "число задаётся битами в памяти")),
    ("a sentence", _card("Он управляет процессами", "запускает и останавливает их")),
    ("section word with bang", _card("Важно!", "не забудьте закрыть канал после записи")),
    ("phrase, not a term", _card("Почему f так важен", "без него подстановка не сработает")),
    ("a value, not a name", _card("00:9A:CD", "производитель сетевой карты Huawei")),
    (
        "several things",
        _card("Маршрутизатор. Коммутатор. Хаб.", "хаб работает на физическом уровне"),
    ),
    (
        "an analogy label",
        _card("Аналогия", "как письмо, которое доставляют по адресу на конверте"),
    ),
    ("a comparison", _card("ENV vs ARG", "ARG используется во время build, ENV при запуске")),
    ("a list of things", _card("then, catch, finally", "методы промиса для результата и ошибки")),
    (
        "a term with its gloss",
        _card("onclose — connection closed", "fires when the socket closes"),
    ),
    ("a citation label", _card("Citation", "https://javascript.info/fetch-api Date: 2021-11-12")),
]
UNDEFINED = [
    ("its own alias", _card("CLI", "консольный клиент", aliases=("консольный клиент",))),
    ("definition mostly masked", _card("PID", "PID — это PID процесса")),
    ("definition ends in colon", _card("Шаги", "Сделайте следующее:")),
    ("definition with markup", _card("Power", "возвести x**2 в степень и так далее")),
    ("definition too short", _card("Node", "узел")),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "card"), UNASKABLE, ids=[f for f, _ in UNASKABLE])
def test_unaskable_titles_are_never_asked(failure: str, card: Card) -> None:
    assert not title_askable(card), failure
    cards = [*FILLER, card]
    for seed in range(20):
        for q in generate(cards, random.Random(seed), 10):
            assert q.card_id != card.id, (failure, q)
            assert card.title not in q.options, (failure, q)


def test_a_flag_with_its_command_is_asked_in_context() -> None:
    rows = [
        _card(flag, text, kind=CardKind.TABLE_ROW, context="nice", parent_id="nice")
        for flag, text in (
            ("-n", "новое значение приоритета процесса"),
            ("-p", "применить к процессу с этим номером"),
            ("-g", "применить ко всей группе процессов сразу"),
        )
    ]
    asked = {q.question for seed in range(20) for q in generate(rows, random.Random(seed), 3)}
    assert "Что делает «-n» в «nice»?" in asked


@pytest.mark.parametrize(("failure", "card"), UNDEFINED, ids=[f for f, _ in UNDEFINED])
def test_cards_whose_definition_says_nothing_are_not_asked_by_it(failure: str, card: Card) -> None:
    qs = questions_for_card([*FILLER, card], card, random.Random(1))
    assert [q for q in qs if q.source in ("generated:term", "generated:definition")] == [], failure


def test_each_card_once_and_one_answer_per_question_text() -> None:
    kb = _kb("vaults/golang")
    answers: dict[str, set[str]] = {}
    for seed in range(12):
        quiz = generate(kb.cards, random.Random(seed), 40, curated=kb.curated)
        assert len({q.card_id for q in quiz}) == len(quiz)
        for q in quiz:
            answers.setdefault(q.question, set()).add(q.options[q.correct[0]])
    assert all(len(a) == 1 for a in answers.values())


def test_grammar_and_explanations(capsys: pytest.CaptureFixture[str]) -> None:
    kb = _kb("seed")
    quizzes = _quizzes(kb)
    kinds = Counter(q.source for q in quizzes)
    for q in quizzes:
        if q.source == "generated:item":
            assert q.question.startswith("Что из этого относится к теме «"), q.question
        if q.source.startswith("generated"):
            assert q.explanation.splitlines()[-1].startswith("Раздел: "), q.explanation
    with capsys.disabled():
        print("\nquestion kinds on the seed:", dict(sorted(kinds.items())))


@pytest.mark.parametrize("name", VAULTS)
def test_no_quiz_problems_on_fixture_vaults(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    kb = _kb(name)
    quizzes = _quizzes(kb)
    problems = quiz_problems(quizzes, kb)
    classes = Counter(p.rsplit(": ", 1)[-1].split(" ")[0] for p in problems)
    with capsys.disabled():
        print(f"\nquiz check on {name}: {len(quizzes)} questions, problems {dict(classes)}")
    assert len(quizzes) >= 30
    assert problems == []


def test_titles_lose_emoji_and_surrounding_quotes() -> None:
    text = "| Задача | Темы |\n|---|---|\n| 🟡 Merge Intervals | Сортировка, интервалы |\n"
    text += '| "Radical Candor" | Прямая обратная связь с заботой |\n'
    note = parse_note(text, "Задачи.md", note="Задачи")
    assert [c.title for c in note.cards] == ["Задачи", "Merge Intervals", "Radical Candor"]
    assert note.cards[0].items == ("Merge Intervals", "Radical Candor")


def test_a_name_word_of_the_answer_in_the_question_gives_it_away() -> None:
    ajax = _card(
        "AJAX и общение с сервером",
        "AJAX (Asynchronous JavaScript and XML) — обновление части страницы без перезагрузки",
    )
    cards = [
        ajax,
        _card("Промисы", "объект, который хранит результат асинхронной операции в будущем"),
        _card("Fetch API", "современный способ отправлять запросы серверу из браузера"),
        _card("Debounce", "вызов функции не чаще одного раза за заданный промежуток"),
    ]
    asked = [
        q
        for seed in range(30)
        for q in generate(cards, random.Random(seed), 4)
        if q.card_id == ajax.id and q.options
    ]
    assert asked, "the card is still asked, the other way round"
    for q in asked:
        right = q.options[q.correct[0]]
        assert not ("AJAX" in q.question and "AJAX" in right), (q.question, right)
    assert quiz_problems(asked) == []


def _over_seeds(cards: list[Card], n: int, runs: int = 20) -> list[Question]:
    """The quizzes of `n` questions generated from `cards` in `runs` seeded runs."""
    return [q for seed in range(runs) for q in generate(cards, random.Random(seed), n)]


def test_twins_in_long_sections_are_told_apart_by_their_deepest_part() -> None:
    deep = "Solution: Mutual Exclusion with Busy Waiting"
    twins = [
        Card(
            id=f"outcome-{n}",
            title="Outcome",
            definition=text,
            section=(deep, f"Attempt {n}: {name}"),
        )
        for n, name, text in (
            (1, "First Try", "the lock variable still lets two processes in"),
            (2, "Second Try", "strict alternation wastes the processor while waiting"),
        )
    ]
    questions = _over_seeds([*twins, *FILLER], 5)
    named = {q.question for q in questions if "«Outcome»" in q.question}
    assert named, "the twins are asked by name"
    assert all("Attempt 1" in q or "Attempt 2" in q for q in named), named
    assert quiz_problems(questions) == []


def test_twins_whose_shortened_sections_read_alike_are_not_asked_by_name() -> None:
    # Two "Инструменты" under long headings that end alike once a question shortens them.
    long = "Тестирование, выполняемое при каждом изменении кода в проекте"
    kinds = {"ui": "Selenium и Playwright для браузера", "load": "JMeter и k6 для нагрузки"}
    twins = [
        _card(f"Инструменты {kind}", text, section=(kind, long)) for kind, text in kinds.items()
    ]
    twins = [replace(card, title="Инструменты") for card in twins]
    questions = _over_seeds([*twins, *FILLER], 5)
    assert not [q for q in questions if "«Инструменты»" in q.question]
    assert quiz_problems(questions) == []


def test_two_definitions_alike_as_far_as_a_question_shows_are_not_asked_by_text() -> None:
    # A note of one pasted paragraph is its own card, and a name inside it ("HDL ... is the
    # standard method") took the same paragraph: the question shows only its opening.
    opening = (
        "Complex PLD and field programmable gate arrays are chips whose logic is set after "
        "they are made. A complex one is an advanced version of a simple one that includes "
        "gates, flip-flops, and fast input and output pins. Field programmable arrays offer "
        "more pins as well as resources for sophisticated and high-speed designs. "
    )
    paragraph = opening + "HDL (Hardware Description Language) is the standard method."
    cards = [_card("Reconfigurable Computers", paragraph), _card("HDL", paragraph)]
    questions = _over_seeds([*cards, *FILLER], 5)
    assert not [q for q in questions if q.question.startswith("Какой термин")
                and "Complex PLD" in q.question]  # fmt: skip
    assert quiz_problems(questions) == []


def test_an_entry_that_says_nothing_is_never_the_right_option() -> None:
    listed = Card(
        id="problems",
        title="Пороговая функция потерь",
        items=("…", "$…$", "…"),
        definition="индикатор ошибки, который нельзя продифференцировать",
    )
    others = [
        Card(id=f"l{n}", title=f"Список {n}", items=(f"пункт {n}а", f"пункт {n}б"))
        for n in range(4)
    ]
    questions = [
        q
        for seed in range(20)
        for q in generate([listed, *others, *FILLER], random.Random(seed), 8)
    ]
    assert not [q for q in questions if "относится к теме «Пороговая" in q.question]
    assert all(any(ch.isalnum() for ch in o) for q in questions for o in q.options)
    assert quiz_problems(questions) == []


def test_a_conclusion_heading_belongs_to_the_card_above() -> None:
    note = parse_note(
        "# Attempt 1\nA shared lock variable.\n\n## Conclusion\nIt races.\n\n"
        "# Attempt 2\nStrict alternation.\n\n## Conclusion\nIt busy-waits.\n",
        "Race.md",
        note="Race",
    )
    assert [c.title for c in note.cards if c.title == "Conclusion"] == []


def test_a_sentence_is_never_the_right_option_among_names() -> None:
    facts = Card(
        id="workflow",
        title="Workflow",
        kind=CardKind.TOPIC,
        items=(
            "Контейнеры хранятся в виде папок и файлов в директории /var/lib/docker/containers",
            "Контейнерам могут быть назначены внешние порты инструкцией EXPOSE",
        ),
    )
    names = Card(
        id="objects",
        title="Объекты Docker",
        kind=CardKind.TOPIC,
        items=("Docker host", "Docker daemon", "Docker Network"),
    )
    questions = _over_seeds([facts, names, *FILLER], 8)
    asked = [q for q in questions if "«Workflow»" in q.question]
    assert not asked, asked[0].options
    assert quiz_problems(questions) == []


def test_an_entry_reading_as_markup_is_never_an_option() -> None:
    """A CloudFormation intrinsic "!Join [ delimiter, [ a, b, c]]" ends in what reads as a
    wiki link's end: as an option it would look like markup left over, right or wrong."""
    functions = Card(
        id="intrinsics",
        title="Intrinsic functions",
        kind=CardKind.TOPIC,
        items=("!Ref parameter", "!Join [ delimiter, [ a, b, c]]", "!Sub string"),
    )
    conditions = Card(
        id="conditions",
        title="Rule conditions",
        kind=CardKind.TOPIC,
        items=("host-header", "!Join [ x, [ y, z]]", "path-pattern", "query-string"),
    )
    questions = _over_seeds([functions, conditions, *FILLER], 8)
    assert any("относится к теме" in q.question for q in questions)
    assert not [o for q in questions for o in q.options if "]]" in o]
    assert quiz_problems(questions) == []


def test_a_name_written_in_another_case_is_hidden_as_well() -> None:
    """Lecture prose names a term in the instrumental ("называется широковещательным
    штормом", "Критической областью называется ..."): the question hides those forms as it
    hides the name itself."""
    storm = _card(
        "широковещательный шторм",
        "Неконтролируемое дублирование широковещательного сигнала в сети с петлёй "
        "называется широковещательным штормом",
    )
    region = _card(
        "критическая область",
        "Критической областью называется множество значений критерия, при которых "
        "гипотезу отвергают.",
    )
    questions = _over_seeds([storm, region, *FILLER], 6)
    asked = [q.question for q in questions if q.card_id in {storm.id, region.id}]
    assert any("множество значений" in q for q in asked)
    assert not [q for q in asked if "штормом" in q or "Критической областью" in q]
    assert quiz_problems(questions) == []


@pytest.mark.parametrize(
    ("title", "text", "hidden", "kept"),
    [
        (
            "Специфичность",
            "При равной специфичности побеждает последний стиль.",
            "специфичности",
            "стиль",
        ),
        (
            "Копирование",
            "Ядро делает это копированием страниц при записи.",
            "копированием",
            "страниц",
        ),
        ("Процессы", "Процессор выполняет процессы по очереди.", "процессы", "Процессор"),
    ],
)
def test_a_russian_name_is_hidden_in_its_case_forms_only(
    title: str, text: str, hidden: str, kept: str
) -> None:
    """«Специфичность» is also «специфичности», «Копирование» «копированием»; «процессор»
    is another word than «процессы» and stays."""
    masked = mask(text, _card(title))
    assert hidden not in masked
    assert kept in masked


def test_list_options_are_never_questions_or_labels() -> None:
    """An interview section's entries ("Как перенаправить stderr в stdout", «Вопрос») are no
    things another card's list could hold: never a wrong option of "Что из этого относится
    к теме …"."""
    lists = [
        _card(
            f"Команды {n}",
            "Команды, которые пригодятся каждый день.",
            items=(f"Backup скрипт {n}", f"Проверка портов {n}", f"Мониторинг диска {n}"),
        )
        for n in range(3)
    ]
    asked = _card(
        "Вопросы с собеседований",
        "Что спрашивают про Bash.",
        items=("Как перенаправить stderr в stdout?", "Вопрос", "Что делает set -e", "Пример"),
    )
    questions = _over_seeds([*lists, asked, *FILLER], 8)
    items = [q for q in questions if q.source == "generated:item"]
    assert items, "lists are asked by their entries"
    wrong = {o for q in items for i, o in enumerate(q.options) if i not in q.correct}
    assert not wrong & {"Как перенаправить stderr в stdout?", "Вопрос", "Что делает set -e"}
    assert "Пример" not in wrong


def test_the_checker_reads_operators_as_text_and_highlights_as_markup() -> None:
    def asked(text: str) -> Question:
        options = ("Строгое сравнение", "Присваивание", "Приведение типов")
        return Question(id="q", card_id="c", question=text, options=options, correct=(0,))

    assert quiz_problems([asked("Что делает === в отличие от == в PHP?")]) == []
    flagged = quiz_problems([asked("Что такое ==строгое сравнение==?")])
    assert any("markup ['==']" in p for p in flagged)


def test_brackets_written_as_code_are_no_task_box() -> None:
    # "using `[ ]`" binds a property in Angular; "- [ ] buy milk" is a to-do left unticked.
    assert markup_in("One-way, component → an HTML element property, using [ ].") == []
    assert markup_in("- [ ] buy milk") == ["[ ]"]
