"""Lookup on shapes of tool handbooks and course wikis:
- bold names typed one under another with hard line breaks, each over the line saying
  what it is, in one paragraph ("**1. Control Node (управляющий узел)**  \\nМашина, ...\\n
  **2. Managed Nodes**  \\nСерверы, ..."): a term per name, without its number;
- a glossary's bold name that links a note of its own ("- **[[Terragrunt]]** — надстройка
  ..."): a term, where a plain link with a remark is a map's entry;
- a name ending in "Vs" ("5 Vs") is no comparison, so no other card goes before it;
- a three-letter word with a doubled letter typed once ("git pul");
- words asked in the other language ("synced folders", "cross-platform").
One table row per failure class, the count per class printed."""

from __future__ import annotations

import pytest

from bot.core.notes import parse_note
from bot.morph import nominative
from tests.unit.failure_tables import Case, assert_answer, assert_every_class, index_of

NOTES = {
    "iac/Ansible.md": (
        "**Ansible** — это инструмент автоматизации конфигурации серверов.\n\n"
        "##  Архитектура Ansible\n"
        "**1. Control Node (управляющий узел)**  \n"
        "Машина, на которой установлен Ansible. Отсюда запускаются команды.\n"
        "**2. Managed Nodes (управляемые узлы)**  \n"
        "Серверы, к которым Ansible подключается по SSH/WinRM.\n"
        "**3. Inventory (инвентарь)**  \n"
        "Файл со списком хостов и групп, которыми управляет Ansible.  \n\n"
        "**4. Playbooks**  \n"
        "YAML-файлы, описывающие, какие задачи выполнить.\n\n"
        "| Особенность | Описание |\n|---|---|\n"
        "| Кроссплатформенность | Управляет Linux, macOS, Windows и облаками |\n"
    ),
    "iac/Terraform.md": (
        "**Terraform** — это инфраструктура как код от HashiCorp.\n\n"
        "##  Terraform в DevOps\n"
        "Terraform часто используется совместно с другими инструментами:\n"
        "- **[[Packer]]** — создание образов (AMI, Docker, и т.д.)\n"
        "- **[[Terragrunt]]** — надстройка для организации больших проектов Terraform\n"
    ),
    "iac/Vagrant.md": (
        "**Vagrant** — это инструмент для создания виртуальных машин из описания.\n\n"
        "#  **Синхронизация папок**\n\n"
        "Папка проекта на хосте видна внутри VM как /vagrant.\n"
    ),
    "iac/Index.md": (
        "# Инструменты\n\n- [[Ansible]] — конспект по настройке серверов\n"
        "- [[Vault]] — что почитать про секреты\n"
    ),
    "bigdata/5 Vs.md": (
        '---\naliases: ["5 Vs", "Five Vs"]\n---\n\n'
        "The OG Big Data framework: Volume, Velocity, Variety, Veracity and Value.\n"
    ),
    "bigdata/EA Wiki.md": (
        "# EA Wiki\n\n## Slides\n"
        "- `1 Intro.pdf` - course intro, EA, Big Data, 5 Vs\n"
        "- `5 System Design.pdf` - HTTP, DNS, cache, load balancer, frontend\n"
    ),
    "git/sync.md": (
        "# Synchronization in git\n\n## Pull\n\n"
        "Fetches the remote branch and merges it into yours.\n\n"
        "## Push\n\nSends your commits to the remote.\n"
    ),
}

CASES: list[Case] = [
    ("bold names one under another with hard line breaks", "что такое managed nodes?",
     "Managed Nodes"),
    ("bold names one under another with hard line breaks", "инвентарь в ansible",
     "Inventory"),
    ("bold names one under another with hard line breaks", "control node?", "Control Node"),
    ("a glossary's bold name linking a note of its own", "что такое terragrunt",
     "Terragrunt"),
    ("a glossary's bold name linking a note of its own", "pakcer это что", "Packer"),
    ("a plain link with a remark is a map's entry", "что такое vault", None),
    ("a name ending in 'Vs' is no comparison", "what are the 5 Vs?", "5 Vs"),
    ("a doubled letter typed once in a short word", "what does git pul do", "Pull"),
    ("words asked in the other language", "what are synced folders in Vagrant?",
     "Синхронизация папок"),
    ("words asked in the other language", "is ansible cross-platform?",
     "Кроссплатформенность"),
]  # fmt: skip


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_on_tool_notes(failure: str, question: str, expected: str | None) -> None:
    assert_answer(index_of(NOTES, inflect=True), failure, question, expected)


def test_every_class_prints_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(
        index_of(NOTES, inflect=True), CASES, "lookup failure classes (tool notes)", capsys
    )


def _cards(path: str) -> dict[str, str]:
    note = parse_note(NOTES[path], path, note=path.removesuffix(".md"), nominative=nominative)
    return {c.title: c.definition for c in note.cards}


def test_bold_names_under_one_another_are_a_term_each() -> None:
    cards = _cards("iac/Ansible.md")
    assert cards["Control Node"] == (
        "Машина, на которой установлен Ansible. Отсюда запускаются команды."
    )
    assert cards["Managed Nodes"] == "Серверы, к которым Ansible подключается по SSH/WinRM."
    assert cards["Playbooks"] == "YAML-файлы, описывающие, какие задачи выполнить."
    assert not any(title[:1].isdigit() for title in cards)


def test_a_map_entry_linking_a_note_is_no_term() -> None:
    assert set(_cards("iac/Index.md")) == {"Инструменты"}
    assert _cards("iac/Terraform.md")["Packer"] == "создание образов (AMI, Docker, и т.д.)"
