"""The fixed list of realistic chat questions about the seed notes, with the expected card.

Kept here (not imported from the tests) so the benchmark's list stays stable while the test
table evolves. Titles are the card titles of `content/notes/docker.md`; None means the
notes do not cover the question and the bot should say so.
"""

from __future__ import annotations

from bench.cases import Case

_FACT_EXPOSE = (
    "Контейнерам могут быть назначены внешние порты инструкцией EXPOSE и ключом -P команды "
    "docker run"
)
_FACT_STORAGE = "Контейнеры хранятся в виде папок и файлов в директории /var/lib/docker/containers"
_FACT_VOLUME = "Контейнеры могут сохранять информацию после уничтожения в томах Docker volume"
_FACT_PROCESS = "В одном контейнере должен находится один процесс"
_FACT_ISOLATION = "Контейнеры полностью изолированы от хостовой ОС и других контейнеров"

_RAW: tuple[tuple[str, str, str | None], ...] = (
    # Russian, as people type it in chat.
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
    ("russian", "что такое хаб", "Docker Hub"),
    ("russian", "объясни что такое оркестрация", "Оркестратор"),
    # English.
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
    ("english", "orchestrator", "Оркестратор"),
    # Inflected forms and plurals.
    ("forms", "образы", "Docker image"),
    ("forms", "контейнеров", "Docker container"),
    ("forms", "контейнерами", "Docker container"),
    ("forms", "images", "Docker image"),
    ("forms", "containers", "Docker container"),
    ("forms", "registries", "Docker Registry"),
    ("forms", "демона", "Docker daemon"),
    ("forms", "сетей", "Docker Network"),
    # Typos.
    ("typos", "dokcer compose", "Docker Compose"),
    ("typos", "контейнр", "Docker container"),
    ("typos", "оркестартор", "Оркестратор"),
    ("typos", "dockrfile", "Dockerfile"),
    ("typos", "docker imgae", "Docker image"),
    ("typos", "docker deamon", "Docker daemon"),
    ("typos", "докер компоус", "Docker Compose"),
    ("typos", "dcoker netwrok", "Docker Network"),
    # Wrong keyboard layout.
    ("layout", "ljrthafqk", "Dockerfile"),
    ("layout", "j,hfp", "Docker image"),
    ("layout", "rjyntqyth", "Docker container"),
    ("layout", "xnj nfrjt j,hfp", "Docker image"),
    ("layout", "вщслук сщьзщыу", "Docker Compose"),
    ("layout", "вщслук вфуьщт", "Docker daemon"),
    ("layout", "ыуеи", None),
    # Transliteration.
    ("translit", "докерфайл", "Dockerfile"),
    ("translit", "компоуз", "Docker Compose"),
    ("translit", "докер компоуз", "Docker Compose"),
    ("translit", "kubernetes", "Оркестратор"),
    ("translit", "бридж", "bridge"),
    ("translit", "докер хаб", "Docker Hub"),
    ("translit", "регистри", "Docker Registry"),
    ("translit", "кубернетис", "Оркестратор"),
    # Matches in the text of a card rather than its name.
    ("content", "EXPOSE", _FACT_EXPOSE),
    ("content", "/var/lib/docker", _FACT_STORAGE),
    ("content", "docker ps", "Docker CLI"),
    ("content", "слоёный пирог", "Docker image"),
    ("content", "docker volume", "Docker CLI"),
    ("content", "тома volume", _FACT_VOLUME),
    ("content", "сколько процессов в контейнере", _FACT_PROCESS),
    ("content", "изолированы ли контейнеры от хостовой ОС", _FACT_ISOLATION),
    ("content", "OpenShift", "Оркестратор"),
    ("content", "yandex container registry", "Docker Hub"),
    ("content", "инсталлятор программы", "Docker container"),
    # Out of scope: the notes do not cover these.
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
    ("out_of_scope", "how do I bake bread", None),
    ("out_of_scope", "👍👍👍", None),
    ("out_of_scope", "???", None),
)

SEED_CASES: tuple[Case, ...] = tuple(Case(category=c, question=q, expected=e) for c, q, e in _RAW)
