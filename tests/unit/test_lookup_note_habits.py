"""Lookup on note-taking habits of more real vaults (Rust and SQL notes in English, JS,
Kubernetes and math notes in Russian, a pentester's vault): prose kept in fences, callouts
naming a thing, `**Name** is ...` paragraphs, `- **Описание**:` bullets, comparisons of SQL
keywords, identifiers asked whole. One table row per failure class, with the count per class
printed."""

from __future__ import annotations

import pytest

from bot.core import obsidian
from bot.core.notes import parse_note
from bot.core.quiz import title_askable
from bot.core.search import Index, lookup
from tests.unit.failure_tables import assert_answer, assert_every_class, index_of

NOTES = {
    "Rust/Ownership.md": (
        "**Ownership** is a set of compile-time rules that the compiler checks.\n\n"
        "**Owner** is something that is responsible for cleaning up a piece of memory.\n\n"
        "**Move** this refers to transfer of ownership from one owner to another.\n"
    ),
    "Rust/Lifetimes.md": (
        "Lifetimes track how long references are valid.\n\n"
        "## Functions and Lifetimes\n\nSome text about functions.\n\n"
        "> [!NOTE] Lifetime Elision Rules\n"
        "> Rust has three rules that the compiler uses to infer lifetimes.\n\n"
        "> [!TIP] You can pass normal functions where closures are expected\n"
        "> Any fn works.\n\n"
        "## Static lifetimes\n\nA reference that lives for the whole program.\n"
    ),
    "Rust/Type Aliases.md": "You can *nickname* types in rust, for example `type Meters = i32`.\n",
    "Rust/Naming Conventions.md": (
        "## Type alias names\n\nType alias names are written in PascalCase like all types.\n"
    ),
    "SQL/SELECT Statement.md": (
        "# SELECT Statement\n\nReads rows.\n\n## Key Clauses\n\n"
        "| Clause | Purpose |\n|---|---|\n"
        "| WHERE | Row-level filter (before aggregation) |\n"
        "| HAVING | Filter after aggregation |\n"
    ),
    "SQL/WHERE vs HAVING.md": (
        "# WHERE vs HAVING\n\n## What is it?\n"
        "Both `WHERE` and `HAVING` filter data, but at different stages of a query.\n"
    ),
    "JS/defer и async.md": (
        "Атрибуты defer и async управляют загрузкой скриптов.\n\n"
        "#### 1.1. Атрибут `async`:\n"
        "- **Описание**:\n"
        "  - Скрипт загружается асинхронно и выполняется сразу после загрузки.\n"
        "  - Порядок выполнения не гарантируется.\n"
        "- **Жизненный цикл**:\n  - Загрузка параллельно с HTML.\n\n"
        "#### 1.2. Атрибут `defer`:\n"
        "- **Описание**:\n"
        "  - Скрипт загружается асинхронно, а выполняется после построения DOM.\n"
        "  - Порядок выполнения сохраняется.\n"
    ),
    "JS/Promise.md": "Промис — объект для отложенного результата.\n",
    "JS/Promise.any.md": (
        "# Promise.any\n\n**Promise.any** — статический метод, ждущий первого успешного промиса.\n"
    ),
    "Spring/Модули.md": (
        "## Модули Spring\n\n"
        "- Модуль SpEL обеспечивает язык выражений для работы с объектами.\n"
        "- Команда ls выводит список файлов каталога.\n"
    ),
    "K8s/balance.md": (
        "##### Балансировка нагрузки\n\n```\nАлгоритмы балансировки\n\n"
        "BGP Anycast - При любом запросе может ответить наименее загруженный сервер\n"
        "Round Robin\n"
        "Least connections - Каждый запрос отправляется серверу с наименьшим числом "
        "подключений\n```\n\n"
        "```\nkubectl get pods -n default\n# смотрим поды в неймспейсе\n```\n"
    ),
    "Math/Системы.md": (
        "## Системы уравнений\n\nСистема имеет решение.\n\n"
        "### Правило Крамора\n"
        "Теорема (Крамора). Главный определитель системы не равен нулю, то решение одно.\n\n"
        "### ϵ-окрестность\nИнтервал длины 2ϵ вокруг точки.\n"
    ),
    "Python/glossary.md": (
        "## duck-typing\n\nСтиль, который не смотрит на тип объекта.\n\n"
        "EAFP(Easier to ask for forgiveness than permission - проще извиниться, чем получить "
        "разрешение) - стиль программирования, который перехватывает исключения.\n\n"
        "## Кэширование\n\nХранение результатов вычислений для повторного использования.\n"
    ),
    "K8s/RBAC.md": (
        "### Теория\n```\nДоступ в кластер - по сути доступ к API\n\nАвторизация\n"
        "    - по RoleBinding\n\nRBAC\n\n- ROLE\n  - привязана к конкретному namespace\n"
        "- CLUSTERROLE\n  - привязана на весь кластер\n```\n"
    ),
    "Rust/Traits.md": (
        "Traits define shared behaviour.\n\n**what is dynamic dispatch?**\n"
        "Its a runtime polymorphism: the method is chosen by the concrete type.\n\n"
        "## Enums\n\nA type that is one of several variants.\n"
    ),
    "K8s/pdb/README.md": (
        "#### PDB\n```\nVideo https://rutube.ru/video/f5eab5236002/\n"
        "PodDisruptionBudget (PDB) — это механизм, который ограничивает число одновременно "
        "недоступных подов:\n— при обновлении узлов\n— при масштабировании кластера\n```\n"
    ),
    "SQL/Transactions & ACID.md": (
        "A transaction is a unit of work that either happens whole or not at all.\n\n"
        "## Code Examples\n\n### Basic Transaction\nMoving money between two accounts.\n"
        "```sql\nBEGIN; COMMIT;\n```\n"
    ),
    "Python/Async generators & iterators.md": (
        "# Async generators & iterators\n\nАсинхронные итераторы реализуют __aiter__.\n"
    ),
    "Python/Генераторы.md": "## generator\n\nГенератор — функция, которая возвращает итератор.\n",
    "Python/Convert dict to dataclass.md": (
        "---\ndescription: Преобразование в dataclass или namedtuple\n"
        "title: Convert dict to dataclass\n---\n"
        "## Распаковка словаря для создания экземпляра\n\n```python\n"
        "my_data = MyData(**d)\n```\n\nТоже самое можно сделать с namedtuple.\n\n"
        "## Через annotation\n\nМожно воспользоваться аннотациями полей.\n"
    ),
    "Python/Декораторы.md": (
        "## Класс-декоратор\n\nКласс-декоратор реализует тот же механизм: можно сделать "
        "dataclass из обычного класса.\n"
    ),
    "Sec/Injections.md": (
        "## OS Command Injection\n\nRunning shell commands through an application input.\n\n"
        "## Command Injection Detection\n\nHow to find places that run commands.\n\n"
        "## Remote File Inclusion\n\nIncluding a file from another server.\n\n"
        "## Local File Inclusion\n\nIncluding a file from the same server.\n"
    ),
}

CASES = [
    ("a bold name, then 'is'", "what is an owner", "Owner"),
    ("a bold name, then 'this refers to'", "what is a move in rust", "Move"),
    ("a callout naming a thing", "lifetime elision rules", "Lifetime Elision Rules"),
    ("a plural note name asked singular", "what is a type alias", "Type Aliases"),
    ("a note comparing SQL keywords", "where vs having", "WHERE"),
    ("a note comparing SQL keywords", "чем where отличается от having", "WHERE"),
    ("a description bullet defines its heading", "зачем нужен атрибут defer", "Атрибут defer"),
    ("an identifier asked whole", "promise.any", "Promise.any"),
    ("a kind word before a Latin name", "что такое spel", "SpEL"),
    ("a kind word before a Latin name", "команда ls", "ls"),
    ("a glossary kept in a fence", "least connections что это", "Least connections"),
    ("a glossary kept in a fence", "bgp anycast", "BGP Anycast"),
    ("a rule named after someone", "правило крамора", "Правило Крамора"),
    ("a Greek letter's variant form", "эпсилон-окрестность", "ϵ-окрестность"),
    ("Russian names in reverse order", "статическое время жизни", "Static lifetimes"),
    ("a short Russian acronym", "внедрение команд ос", "OS Command Injection"),
    ("a Russian adjective of place", "удалённое включение файлов", "Remote File Inclusion"),
    ("an unknown word by sound is no match", "any good movie to watch tonight", None),
    ("an acronym over its long gloss", "что такое eafp", "EAFP"),
    ("an acronym over its long gloss", "easier to ask for forgiveness than permission", "EAFP"),
    ("a far spelling is a guess", "объясни каррирование", None),
    (
        "names over the bullets that say what they are",
        "чем Role отличается от ClusterRole",
        "ROLE",
    ),
    ("names over the bullets that say what they are", "clusterrole", "CLUSTERROLE"),
    ("a bold question over its answer", "what is dynamic dispatch", "dynamic dispatch"),
    ("a slip in a plural", "what are enmus", "Enums"),
    (
        "Python's short name for a Russian word",
        "как из словаря сделать dataclass",
        "Convert dict to dataclass",
    ),
    ("a note named for two things names each", "what is a transaction", "Transactions & ACID"),
    ("a word said of both joined names", "iterators", "Async generators & iterators"),
    ("a word said of both joined names", "что такое генератор", "generator"),
    (
        "an acronym heading spelled out below it",
        "what is pod disruption budget",
        "PDB",
    ),
    ("an acronym heading spelled out below it", "что такое pdb", "PDB"),
]


@pytest.fixture(scope="module")
def index() -> Index:
    return index_of(NOTES)


@pytest.mark.parametrize(("failure", "question", "expected"), CASES)
def test_lookup_note_habits(
    index: Index, failure: str, question: str, expected: str | None
) -> None:
    assert_answer(index, failure, question, expected)


def test_per_class_accuracy(index: Index, capsys: pytest.CaptureFixture[str]) -> None:
    assert_every_class(index, CASES, "lookup failure classes (note habits)", capsys)


def test_both_sides_answer_with_the_comparison_note_offered_first(index: Index) -> None:
    result = lookup(index, "where vs having")
    assert result.best is not None and result.compared is not None
    assert (result.best.title, result.compared.title) == ("WHERE", "HAVING")
    assert [m.card.title for m in result.alternatives] == ["WHERE vs HAVING"]


def test_an_advice_callout_stays_with_its_section() -> None:
    note = parse_note(NOTES["Rust/Lifetimes.md"], "Rust/Lifetimes.md")
    titles = [c.title for c in note.cards]
    assert "Lifetime Elision Rules" in titles
    assert not any(t.startswith("You can pass") for t in titles)
    section = next(c for c in note.cards if c.title == "Functions and Lifetimes")
    assert any(d.text.startswith("You can pass") for d in section.details)


def test_code_in_a_fence_stays_code() -> None:
    note = parse_note(NOTES["K8s/balance.md"], "K8s/balance.md")
    assert not any("kubectl" in c.title for c in note.cards)
    shown = [d.text for c in note.cards for d in c.details if d.code]
    assert any(text.startswith("kubectl get pods") for text in shown)


def test_operators_are_text_not_highlights() -> None:
    assert obsidian.clean("Loose Comparison (==)") == "Loose Comparison (==)"
    assert obsidian.clean("if a == b") == "if a == b"
    assert obsidian.clean("==unclosed highlight") == "unclosed highlight"
    note = parse_note("## Loose Comparison (=\\=)\n\nCompares after type juggling.\n", "php.md")
    card = next(c for c in note.cards if c.title.startswith("Loose"))
    assert card.title == "Loose Comparison (==)"
    assert not title_askable(card)  # a quiz never names it: "==" reads as markup there


def test_a_far_spelling_is_offered_not_answered(index: Index) -> None:
    result = lookup(index, "объясни каррирование")
    assert not result.found and [c.title for c in result.suggestions][:1] == ["Кэширование"]


def test_a_source_address_is_no_part_of_the_definition() -> None:
    note = parse_note(NOTES["K8s/pdb/README.md"], "K8s/pdb/README.md", note="K8s/pdb/README")
    card = next(c for c in note.cards if c.title == "PDB")
    assert "PodDisruptionBudget" in card.aliases
    assert card.definition.startswith("это механизм") and "rutube" not in card.definition


def test_theory_under_a_topic_is_part_of_it_and_over_the_notes_terms_groups_them() -> None:
    under = parse_note(
        "## RBAC\n\nДоступ по ролям.\n\n### Теория\n\nРоль привязана к namespace, а кластерная "
        "роль действует на весь кластер.\n\n### Создание пользователя\n\nСначала сертификат.\n",
        "K8s/RBAC.md",
    )
    assert "Теория" not in [c.title for c in under.cards]
    rbac = next(c for c in under.cards if c.title == "RBAC")
    assert any(d.text.startswith("Роль привязана") for d in rbac.details)
    over = parse_note(
        "# Theory\n\n- **Docker host** — машина, на которой стоит Docker\n\n# Workflow\n\n"
        "- Один процесс в контейнере\n",
        "docker.md",
    )
    host = next(c for c in over.cards if c.title == "Docker host")
    assert host.section == ("Theory",)


def test_a_russian_word_reads_as_the_short_name_code_uses(index: Index) -> None:
    from bot.core.text import STOPWORDS
    from bot.core.wordmatch import resolve_word

    read = {index.terms[t] for t in resolve_word(index, "словаря", "словаря")}
    assert "dict" in read  # "словарь" is Python's dict as much as a dictionary
    assert "сделать" in STOPWORDS  # "как сделать X" asks how, it names nothing


def test_yaml_with_russian_values_stays_code() -> None:
    from bot.core.fences import unwrap_prose_fences

    yaml_fence = (
        "```\nname: Сервис заказов\ndescription: Принимает заказы от клиентов\n"
        "owner: Команда платежей и расчётов\n```\n"
    )
    assert unwrap_prose_fences(yaml_fence) == yaml_fence
    notebook = (
        "```\nBGP Anycast - отвечает ближайший сервер\nRound Robin - серверы по кругу\n```\n"
    )
    assert "```" not in unwrap_prose_fences(notebook)
