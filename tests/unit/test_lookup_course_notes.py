"""Lookup on a course's lesson notes (Linux administration, kept as one README a lesson):
- paragraphs of Russian sentences indented four spaces, as pasted from a document: text,
  not code, so the terms they name are found;
- settings' names indented four spaces, each over a paragraph saying what it does
  ("    SKEL" / "содержит путь к директории ..."): terms, as if in bold;
- "X также называют Y" opening with a name: a card of X, Y its other name;
- a heading naming the term and the system it is told for ("Файловая система Linux") over
  "Файловая система — ...": the term asked alone is that heading's card;
- "что лежит в /proc?", "что хранится в /etc": what a place holds asks what it is;
- a system the notes never name, written after "в", asked about with words no card is
  named by ("как описать workflow в Airflow?"): another subject, refused; a thing a card
  is named by, or a system they name ("в linux"), only narrowed by it;
- a name's other language in quotes after "англ." ("Демоны (англ. «daemons»)");
- "**Продвижение** (forwarding)- передача ...": a dash typed against the name's bracket;
- "Эти состояния – running, ..." and a shell prompt before a command ("root@host:/etc# ps
  - ...") name no term;
- a Russian word heard as a name of the notes by its consonants alone ("калорий" ~
  killer) beside a word the notes lack: a question from elsewhere, refused.
One table row per failure class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.core.notes import parse_note
from tests.unit.failure_tables import (
    Case,
    assert_answer,
    assert_every_class,
    definitions_of,
    index_of,
)

NOTES = {
    "lesson-3/readme.md": (
        "# Процессы\n\n## Фоновые процессы\n\nДемоны (англ. «daemons») — это фоновые процессы,"
        " которые стартуют вместе с системой и работают без терминала.\n\n"
        "#### Состояния процесса\n\nУ процесса есть несколько состояний.\n\n"
        "Эти состояния – running, sleeping, stopped и zombie.\n\n"
        "    Running означает, что процесс сейчас выполняется на процессоре.\n\n"
        "    Stopped означает, что процесс остановлен и ждёт сигнала продолжения.\n\n"
        "    Состояние zombie означает, что процесс завершился. Зомби-процесс остаётся в"
        " таблице процессов, пока родитель не прочитает его код возврата. Зомби-процесс"
        " также называют неработающим процессом.\n\n"
        "    ps aux | grep defunct\n\n"
        "#### Утилита ps\n\nps (process status) — утилита для просмотра списка процессов.\n\n"
        "root@srv-01:/etc/apt# ps - Показывает процессы текущего терминала.\n\n"
        "## OOM killer\n\nOOM killer завершает процессы, когда системе не хватает памяти.\n\n"
        "## Конвейер\n\nКонвейер (англ. pipeline) — процессы, где вывод одной команды идёт"
        " на вход другой. Так описывают workflow обработки данных.\n"
    ),
    "lesson-2/readme.md": (
        "# Урок 2\n\n## Файловая система Linux\n\nФайловая систе\u0301ма — порядок,"
        " определяющий способ хранения и именования данных на носителе.\n\n"
        "## Объекты файловой системы Linux\n\nВ файловой системе Linux хранятся обычные"
        " файлы, каталоги и ссылки; файловая система Linux хранит их в одном дереве.\n\n"
        "## Каталоги\n\n/etc — в этой директории находятся файлы конфигурации программ.\n\n"
        "/proc — содержит файлы с информацией о запущенных процессах и ядре.\n\n"
        "/tmp — содержит временные файлы.\n"
    ),
    "lesson-2/users.md": (
        "# Пользователи\n\n## Создание пользователей\n\nНастройки по умолчанию для useradd"
        " хранятся в файле, который читает утилита при создании пользователя.\n\n"
        "    EXPIRE\n\t\nдата, до которой действителен аккаунт\n\n    SKEL\n\nсодержит путь к"
        " директории с файлами, которые копируются в домашнюю папку\n\n    SHELL\n\n"
        "используется для выбора командной оболочки\n"
    ),
    "network/router.md": (
        "# Маршрутизатор\n\nУстройство сетевого уровня, объединяющее сети.\n\n"
        "## Маршрутизация\n\n**Маршрутизация** (routing)- поиск маршрута доставки пакета"
        " между сетями.\n\n- учёт изменений топологии;\n- учёт загрузки каналов.\n\n"
        "**Продвижение** (forwarding)- передача пакета внутри маршрутизатора по правилам"
        " маршрутизации.\n"
    ),
}

CASES: list[Case] = [
    ("indented paragraphs of Russian sentences", "зомби-процесс", "Зомби-процесс"),
    ("indented paragraphs of Russian sentences", "zombie process meaning", "Зомби-процесс"),
    ("'X также называют Y': Y is X's other name", "что такое неработающий процесс?",
     "Зомби-процесс"),
    ("a heading of the term and its system", "что такое файловая система?",
     "Файловая система Linux"),
    ("what a place holds", "что лежит в /proc?", "/proc"),
    ("what a place holds", "что хранится в /etc?", "/etc"),
    ("a name's other language in quotes", "daemons", "Демоны"),
    ("a word heard by its consonants alone, beside an unknown one",
     "сколько калорий в банане?", None),
    ("a word heard by its consonants alone, beside an unknown one", "что делает oom killer?",
     "OOM killer"),
    ("a dash typed against a name's bracket", "что такое продвижение пакета?",
     "Продвижение"),
    ("a dash typed against a name's bracket", "what is packet forwarding?", "Продвижение"),
    ("a system the notes never name, after 'в'", "как описать workflow в Airflow?", None),
    ("a system the notes never name, after 'в'", "что такое конвейер в Airflow?", "Конвейер"),
    ("a system the notes never name, after 'в'", "что такое конвейер в linux?", "Конвейер"),
    ("settings' names indented over what they do", "что за SKEL в настройках useradd?",
     "SKEL"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_course_notes(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES, inflect=True), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(
        index_of(NOTES, inflect=True), CASES, "lookup failure classes (course notes)", capsys
    )


def _cards(path: str) -> dict[str, str]:
    return definitions_of(NOTES, path)


def test_indented_prose_is_text_and_indented_code_stays_code() -> None:
    note = parse_note(NOTES["lesson-3/readme.md"], "lesson-3/readme.md", note="readme")
    zombie = next(c for c in note.cards if c.title == "Зомби-процесс")
    assert zombie.definition.startswith("Состояние zombie означает, что процесс завершился.")
    assert "неработающим процессом" in zombie.definition
    states = next(c for c in note.cards if c.title == "Состояния процесса")
    code = [d.text for d in states.details if d.code]
    prose = [d.text for d in states.details if not d.code]
    assert code == ["ps aux | grep defunct"]
    assert any(t.startswith("Running означает") for t in prose)


def test_demonstratives_and_shell_prompts_name_no_term() -> None:
    cards = _cards("lesson-3/readme.md")
    assert not any(t.startswith(("Эти", "root@")) for t in cards)
    assert "Утилита ps" in cards


def test_a_heading_of_the_term_and_its_system_is_named_by_the_term() -> None:
    note = parse_note(NOTES["lesson-2/readme.md"], "lesson-2/readme.md", note="readme")
    card = next(c for c in note.cards if c.title == "Файловая система Linux")
    assert [a.replace("\u0301", "") for a in card.aliases] == ["Файловая система"]
    other = next(c for c in note.cards if c.title == "Объекты файловой системы Linux")
    assert other.aliases == ()


def test_a_names_other_language_in_quotes_is_the_word_alone() -> None:
    note = parse_note(NOTES["lesson-3/readme.md"], "lesson-3/readme.md", note="readme")
    assert next(c for c in note.cards if c.title == "Демоны").aliases == ("daemons",)
