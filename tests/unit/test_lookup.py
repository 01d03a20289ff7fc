"""Table-driven lookup tests over the seed note: what a user asking in chat would get."""

from __future__ import annotations

from collections import defaultdict

import pytest

from bot.core.models import Card, CardKind
from bot.core.search import build_index, lookup
from bot.services import Library
from bot.textview import answer_text

NOT_FOUND = None

CASES: list[tuple[str, str, str | None]] = [
    # (category, question, expected card title or None for "not found")
    ("russian", "что такое образ?", "Docker image"),
    ("russian", "Что такое контейнер", "Docker container"),
    ("russian", "расскажи про демон", "Docker daemon"),
    ("russian", "что за реестр", "Docker Registry"),
    ("russian", "зачем нужен docker compose", "Docker Compose"),
    ("russian", "оркестратор", "Оркестратор"),
    ("russian", "что такое сеть", "Docker Network"),
    ("russian", "докер хост", "Docker host"),
    ("russian", "что такое ДОКЕРФАЙЛ?!", "Dockerfile"),
    ("russian", "как работает контейнер", "Docker container"),
    ("russian", "официальные образы", "Официальные образа"),
    ("english", "what is docker image", "Docker image"),
    ("english", "define registry", "Docker Registry"),
    ("english", "What is a Dockerfile?", "Dockerfile"),
    ("english", "docker compose", "Docker Compose"),
    ("english", "docker daemon", "Docker daemon"),
    ("english", "docker hub", "Docker Hub"),
    ("english", "bridge", "bridge"),
    ("english", "docker cli", "Docker CLI"),
    ("english", "tell me about docker network", "Docker Network"),
    ("english", "what's a container", "Docker container"),
    ("manner", "что такое образ простыми словами", "Docker image"),
    ("manner", "what is a container in simple terms", "Docker container"),
    ("manner", "explain docker image real quick", "Docker image"),
    ("forms", "образы", "Docker image"),
    ("forms", "образа", "Docker image"),
    ("forms", "контейнеров", "Docker container"),
    ("forms", "контейнерами", "Docker container"),
    ("forms", "images", "Docker image"),
    ("forms", "containers", "Docker container"),
    ("forms", "registries", "Docker Registry"),
    ("forms", "демона", "Docker daemon"),
    ("forms", "сетей", "Docker Network"),
    ("typos", "dokcer compose", "Docker Compose"),
    ("typos", "контейнр", "Docker container"),
    ("typos", "оркестартор", "Оркестратор"),
    ("typos", "dockrfile", "Dockerfile"),
    ("typos", "docker imgae", "Docker image"),
    ("typos", "регистри", "Docker Registry"),
    ("typos", "docker deamon", "Docker daemon"),
    ("typos", "кубернетис", "Оркестратор"),
    ("layout", "ljrthafqk", "Dockerfile"),
    ("layout", "j,hfp", "Docker image"),
    ("layout", "rjyntqyth", "Docker container"),
    ("layout", "xnj nfrjt j,hfp", "Docker image"),
    ("layout", "ыуеи", None),
    ("layout", "вщслук сщьзщыу", "Docker Compose"),
    ("layout", "оркестратор", "Оркестратор"),
    ("translit", "докерфайл", "Dockerfile"),
    ("translit", "компоуз", "Docker Compose"),
    ("translit", "докер компоуз", "Docker Compose"),
    ("translit", "kubernetes", "Оркестратор"),
    ("translit", "бридж", "bridge"),
    ("translit", "докер хаб", "Docker Hub"),
    (
        "content",
        "EXPOSE",
        "Контейнерам могут быть назначены внешние порты инструкцией EXPOSE "
        "и ключом -P команды docker run",
    ),
    (
        "content",
        "/var/lib/docker",
        "Контейнеры хранятся в виде папок и файлов в директории /var/lib/docker/containers",
    ),
    ("content", "docker ps", "Docker CLI"),
    (
        "content",
        "/var/lib/docker/containers",
        "Контейнеры хранятся в виде папок и файлов в директории /var/lib/docker/containers",
    ),
    ("content", "docker run", "Docker CLI"),
    ("russian", "что такое образ докера", "Docker image"),
    ("russian", "из чего состоит образ", "Docker image"),
    ("translit", "докерхаб", "Docker Hub"),
    ("content", "слоёный пирог", "Docker image"),
    ("content", "слоеный пирог", "Docker image"),
    ("content", "docker volume", "Docker CLI"),
    (
        "content",
        "volume",
        "Контейнеры могут сохранять информацию после уничтожения в томах Docker volume",
    ),
    (
        "content",
        "что такое том?",  # asked as a definition: the note's sentence about volumes answers
        "Контейнеры могут сохранять информацию после уничтожения в томах Docker volume",
    ),
    (
        "content",
        "сколько процессов в контейнере",
        "В одном контейнере должен находится один процесс",
    ),
    ("content", "OpenShift", "Оркестратор"),
    ("content", "yandex container registry", "Docker Hub"),
    ("content", "инсталлятор программы", "Docker container"),
    ("how-to", "как собрать образ", "Dockerfile"),
    ("how-to", "how to build an image", "Dockerfile"),
    (
        "how-to",
        "как пробросить порт",
        "Контейнерам могут быть назначены внешние порты инструкцией EXPOSE "
        "и ключом -P команды docker run",
    ),
    ("out_of_scope", "как посмотреть логи контейнера", None),
    ("out_of_scope", "погода", None),
    ("out_of_scope", "что такое git", None),
    ("out_of_scope", "привет", None),
    ("out_of_scope", "как приготовить пирог", None),
    ("out_of_scope", "what is git", None),
    ("out_of_scope", "weather today", None),
    ("out_of_scope", "кто президент франции", None),
    ("out_of_scope", "что такое виртуальная машина", None),
    ("out_of_scope", "как настроить nginx", None),
    ("out_of_scope", "что такое терраформ", None),
    ("out_of_scope", "👍👍👍", None),
    ("out_of_scope", "???", None),
]


def _title(library: Library, question: str) -> str | None:
    result = library.ask(question)
    return result.best.title if result.found and result.best else None


@pytest.mark.parametrize(("category", "question", "expected"), CASES)
def test_lookup(library: Library, category: str, question: str, expected: str | None) -> None:
    got = _title(library, question)
    assert got == expected, f"[{category}] {question!r}: got {got!r}, expected {expected!r}"


def test_lookup_accuracy_by_category(library: Library, capsys: pytest.CaptureFixture[str]) -> None:
    """Print per-category accuracy; every category must be fully right on this table."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for category, question, expected in CASES:
        totals[category][1] += 1
        totals[category][0] += int(_title(library, question) == expected)
    with capsys.disabled():
        print("\nlookup accuracy by category:")
        for category, (right, total) in totals.items():
            print(f"  {category:13} {right}/{total} ({100 * right / total:.0f}%)")
    assert len(CASES) >= 60
    assert all(right == total for right, total in totals.values())


def test_not_found_suggests_only_close_cards(library: Library) -> None:
    far = library.ask("что такое git")
    assert (far.found, far.best, far.suggestions) == (False, None, ())
    near = library.ask("docker хранилище образов облако")
    assert not near.found or near.best is not None
    titles = [c.title for c in near.suggestions] or [near.best.title if near.best else ""]
    assert any(t.startswith("Docker") for t in titles)


@pytest.mark.parametrize("text", ["привет", "спасибо!", "ок, понял", "Thanks, bot", "hi"])
def test_chatter_is_not_a_question(library: Library, text: str) -> None:
    result = library.ask(text)
    assert result.chatter and not result.found and result.suggestions == ()


def test_ambiguous_query_returns_alternatives(library: Library) -> None:
    result = library.ask("host")
    assert result.found
    titles = {result.best.title if result.best else ""} | {
        m.card.title for m in result.alternatives
    }
    assert {"host", "Docker host"} <= titles


def test_results_are_deterministic_and_scored(library: Library) -> None:
    first = library.ask("dokcer compose")
    second = library.ask("dokcer compose")
    assert first == second
    assert 0.5 <= first.score <= 1.0
    exact = library.ask("Docker Compose")
    assert exact.score >= first.score


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("чем образ отличается от контейнера", "Docker image", "Docker container"),
        ("docker image vs docker container", "Docker image", "Docker container"),
        ("разница между bridge и host", "bridge", "host"),
        ("difference between compose and dockerfile", "Docker Compose", "Dockerfile"),
    ],
)
def test_comparisons_answer_with_both_cards(
    library: Library, question: str, first: str, second: str
) -> None:
    result = library.ask(question)
    assert result.found and result.best and result.compared
    assert (result.best.title, result.compared.title) == (first, second)
    shown = answer_text(result)
    assert shown.index(first) < shown.index(second)
    assert result.compared.definition in shown


def test_a_comparison_shows_both_cards_and_offers_the_heading_comparing_them() -> None:
    index = build_index(
        [
            Card(id="a", title="Mutex vs RWMutex", kind=CardKind.TOPIC, definition=""),
            Card(id="b", title="Mutex", definition="a lock"),
            Card(id="c", title="RWMutex", definition="a read-write lock"),
        ]
    )
    for query in ("Mutex vs RWMutex", "чем mutex отличается от rwmutex"):
        result = lookup(index, query)
        shown = [c.title for c in (result.best, result.compared) if c is not None]
        offered = [m.card.title for m in result.alternatives]
        assert (shown, offered) == (["Mutex", "RWMutex"], ["Mutex vs RWMutex"]), query
    shown = answer_text(lookup(index, "Mutex vs RWMutex"))
    assert shown.index("a lock") < shown.index("a read-write lock")
    assert shown.splitlines()[-1].endswith("Mutex vs RWMutex")
    result = lookup(index, "RWMutex vs Mutex")
    assert [c.title for c in (result.best, result.compared) if c] == ["RWMutex", "Mutex"]


def test_both_sides_answer_with_the_card_explaining_the_difference_offered() -> None:
    index = build_index(
        [
            Card(id="a", title="WHERE vs HAVING", definition="both filter, at different stages"),
            Card(id="b", title="WHERE", definition="filters rows"),
            Card(id="c", title="HAVING", definition="filters groups"),
        ]
    )
    for query, first, second in (
        ("where vs having", "WHERE", "HAVING"),
        ("чем having отличается от where", "HAVING", "WHERE"),
    ):
        result = lookup(index, query)
        offered = [m.card.title for m in result.alternatives]
        assert result.best is not None and result.best.title == first, query
        assert result.compared is not None and result.compared.title == second, query
        assert offered[:1] == ["WHERE vs HAVING"], query
    shown = answer_text(lookup(index, "where vs having"))
    assert "filters rows" in shown and "filters groups" in shown
    assert "WHERE vs HAVING" in shown


def test_a_card_comparing_them_answers_when_a_side_has_no_card_of_its_own() -> None:
    index = build_index(
        [
            Card(id="a", title="Mutex vs RWMutex", definition="locks compared"),
            Card(id="b", title="Mutex", definition="a lock"),
            Card(id="c", title="Locks - RWMutex in the standard library", definition="more"),
        ]
    )
    result = lookup(index, "Mutex vs RWMutex")
    assert (result.best.title if result.best else None, result.compared) == (
        "Mutex vs RWMutex",
        None,
    )


def test_a_card_named_exactly_as_asked_wins_a_tie() -> None:
    index = build_index(
        [
            Card(id="a", title="HTTP", definition="протокол передачи гипертекста"),
            Card(id="b", title="HTTPS", definition="HTTP поверх TLS"),
        ]
    )
    for query in ("HTTPS", "что такое https"):
        best = lookup(index, query).best
        assert best is not None and best.title == "HTTPS", query
