"""Lookup on interview-prep and bilingual notes: questions folded in `<details>` blocks
with the answer below, question headings in every form such notes use ("EC2 — что это?",
"Что за «dangling» образы", "Что такое и зачем нужен ARP?", "Чем CI отличается от CD?"),
a question naming where the thing lives ("ad-hoc в Ansible"), and headings written in two
languages ("Parts of Speech / Части речи"); and a question about another thing of the kind
a card names ("when did the Cold War start" beside "Start of the War"). One table row per
failure class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.core import titles
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    # Each question folded in `<details>`, its answer below the summary; a closing tag
    # run into the next block opens the next question.
    "IaC.md": (
        "# IaC — вопросы для собеседований\n\n#devops #собес\n\n---\n\n## Ansible\n\n"
        "<details>\n<summary>Для чего нужен ad-hoc в Ansible?</summary>\n\n"
        "Быстрое выполнение одной команды на группе хостов без создания playbook.\n"
        "</details>\n\n"
        "<details>\n<summary>Что такое идемпотентность? Примеры</summary>\n\n"
        "Повторное выполнение даёт тот же результат.\n</details>\n\n"
        "## Terraform\n\n"
        "<details>\n<summary>Что такое tfstate? Зачем нужен?</summary>\n\n"
        "Хранит актуальное состояние инфраструктуры.\n</details>\n"
        "<details>\n<summary>Что такое <code>when: always</code> в GitLab CI?</summary>\n\n"
        "Задание выполняется при любом статусе предыдущих стадий.\n</details>\n"
        "<details>\n<summary>Ответ</summary>\n\nНе вопрос, а ярлык.\n</details>\n"
    ),
    "AWS.md": (
        "# AWS\n\n<details>\n<summary>Security Group — что это?</summary>\n\n"
        "Виртуальный файрвол на уровне инстанса. Только Allow-правила.\n</details>\n\n"
        "<details>\n<summary>DaemonSet — зачем?</summary>\n\n"
        "Запускает по поду на каждой ноде кластера.\n</details>\n\n"
        "<details>\n<summary>Что за «dangling» образы в <code>docker images</code>?</summary>"
        "\n\nОбразы без тега, оставшиеся после пересборки.\n</details>\n\n"
        "<details>\n<summary>Что такое и зачем нужен ARP?</summary>\n\n"
        "Протокол, который находит MAC-адрес по IP-адресу в локальной сети.\n</details>\n\n"
        "<details>\n<summary>Как устроен доступ из private subnet в интернет?</summary>\n\n"
        "NAT Gateway в публичной подсети.\n</details>\n\n"
        "<details>\n<summary>Чем CI отличается от CD?</summary>\n\n"
        "CI собирает и тестирует каждый коммит, CD доставляет сборку до окружения.\n"
        "</details>\n\n"
        "<details>\n<summary>Что такое Docker и какие инструменты Linux в основе?</summary>\n\n"
        "Платформа контейнеров на namespaces и cgroups.\n</details>\n"
    ),
    # Headings in two languages, the bold line under a section saying what it is.
    "English/Parts_of_Speech.md": (
        "# Parts of Speech / Части речи\n\n## 🎯 Что это такое?\n"
        "**Части речи** — это категории слов по их функции в предложении.\n\n"
        "## 📚 Основные\n\n### Noun / Существительное\n"
        "Название предметов, людей, мест.\n\n### Определение | Definition\n"
        "Раздел со списком правил.\n\n### Read / Write\nДва режима доступа к файлу.\n"
    ),
    "English/04_Word_Order.md": (
        "# Word Order / Порядок слов в предложении\n\n"
        "Английский порядок слов строгий: подлежащее, сказуемое, дополнение.\n"
    ),
    # Wars of one course, none of them the Cold War or the Crimean War.
    "Period 1/Thirty Years War.md": (
        "# Thirty Years War\n\nA war fought in Central Europe from 1618 to 1648 in cold"
        " winters and hot summers.\n\n"
        "## Start of the War\n\nThe Defenestration of Prague began it; Bohemian nobles"
        " fought the Habsburgs.\n"
    ),
    "Period 2/Seven Years War.md": (
        "# Seven Years War\n\nA global conflict from 1756 to 1763.\n\n"
        "## Start of the War\n\nBritain and France fought over colonies.\n"
    ),
}

CASES: list[Case] = [
    ("a question folded in <details>", "что такое идемпотентность?", "идемпотентность"),
    ("a question folded in <details>", "tfstate?", "tfstate"),
    ("a question folded in <details>", "когда выполняется when: always",
     "when: always в GitLab CI"),
    ("a question folded in <details>", "что такое ярлык", None),
    ("a question naming where the thing lives", "ad-hoc это что?", "ad-hoc в Ansible"),
    ("a question heading's trailing 'что это'", "что такое security group",
     "Security Group"),
    ("a question heading's trailing 'что это'", "daemonset", "DaemonSet"),
    ("a question heading 'что за'", "что такое dangling образы?",
     "«dangling» образы в docker images"),
    ("a question heading asking two things", "что такое ARP", "ARP"),
    ("a question heading asking two things", "что такое docker", "Docker"),
    ("a difference asked around its subject", "что такое CI", "CI"),
    ("a heading in two languages", "что такое части речи?", "Parts of Speech"),
    ("a heading in two languages", "what are parts of speech", "Parts of Speech"),
    ("a heading in two languages", "существительное?", "Noun"),
    ("a heading in two languages", "порядок слов в предложении", "Word Order"),
    ("another thing of the kind a card names", "when did the Cold War start", None),
    ("another thing of the kind a card names", "who fought in the Crimean War", None),
    ("the thing of the kind the card names", "what started the thirty years war",
     "Thirty Years War"),
    ("the thing of the kind the card names", "how did the Seven Years War start",
     "Start of the War"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_interview_notes(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index_of(NOTES), CASES, "lookup failure classes (interview notes)", capsys)


def test_question_headings_name_their_subject() -> None:
    assert titles.heading("EKS — что это?").title == "EKS"
    assert titles.heading("ACID — расшифровка").title == "ACID"
    assert titles.heading("Что за «dangling» образы?").title == "«dangling» образы"
    assert titles.heading("Что такое «Docker»?").title == "Docker"
    assert titles.compared_with("Чем CI отличается от CD?") == "CD"
    # Where it lives, when that is a tool named in Latin letters; not a direction.
    assert titles.heading("Что такое роли в PostgreSQL?").aliases == ("роли",)
    assert titles.heading("Как устроен доступ из private subnet в интернет?").aliases == ()


def test_two_languages_only_across_scripts() -> None:
    both = titles.heading("Sentence Structure / Структура предложения")
    assert (both.title, both.aliases) == ("Sentence Structure", ("Структура предложения",))
    assert titles.heading("Определение | Definition").section_word
    # Two names in one language stay one heading.
    assert titles.heading("Read / Write").title == "Read / Write"
    assert titles.heading("TCP/IP").title == "TCP/IP"


def test_the_label_of_a_fold_is_no_question() -> None:
    cards = {c.title for c in index_of(NOTES).cards}
    assert "Ответ" not in cards
    assert not any("<summary>" in t or "</details>" in t for t in cards)
