"""Lookup on notes the Docker tuning has never seen: nothing is specific to the seed note."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.services import Library, load_library

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def git() -> Library:
    return load_library(FIXTURES / "git")


@pytest.fixture(scope="module")
def k8s() -> Library:
    return load_library(FIXTURES / "k8s")


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("что такое коммит", "Коммит"),
        ("коммиты", "Коммит"),
        ("rjvvbn", "Коммит"),
        ("ветки", "Ветка"),
        ("слияние", "Слияние"),
        ("git clone", "git clone"),
        ("remote", "Remote"),
        ("origin", "Remote"),
        ("репозиторий", "Репозиторий"),
        ("что такое докер", None),
        ("погода", None),
    ],
)
def test_russian_git_note(git: Library, question: str, title: str | None) -> None:
    result = git.ask(question)
    assert (result.best.title if result.found and result.best else None) == title


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("what is a pod", "Pod"),
        ("pods", "Pod"),
        ("deployment", "Deployment"),
        ("деплоймент", "Deployment"),
        ("replicaset", "ReplicaSet"),
        ("clusterip", "ClusterIP"),
        ("etcd", "etcd stores the cluster state"),
        ("what is docker", None),
        ("weather", None),
    ],
)
def test_english_kubernetes_note(k8s: Library, question: str, title: str | None) -> None:
    result = k8s.ask(question)
    assert (result.best.title if result.found and result.best else None) == title
