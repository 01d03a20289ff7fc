"""Topics of the notes: merged and counted, resolved loosely, selected with their sub-topics."""

from __future__ import annotations

import pytest

from bot.core.inputs import leading_numbers
from bot.core.links import build_links, related
from bot.core.models import Card
from bot.core.progress import topic_mastery
from bot.core.srs import CardStats
from bot.core.topics import build_topics, find_topic, prominent, topic_path

LEMMAS = {
    "линуксу": "линукс",
    "линуксе": "линукс",
    "процессам": "процесс",
    "процессы": "процесс",
    "сетям": "сеть",
    "сети": "сеть",
    "файлам": "файл",
    "файлы": "файл",
}


def lemmatize(word: str) -> str:
    return LEMMAS.get(word, word)


def card(cid: str, *topics: str, note: str = "", wikilinks: tuple[str, ...] = ()) -> Card:
    return Card(
        id=cid,
        title=note.rsplit("/", 1)[-1] or cid,
        definition=f"{cid} definition",
        note=note or cid,
        topics=topics,
        wikilinks=wikilinks,
    )


CARDS = (
    card("pid", "Linux", "Linux/Процессы", "linux/процессы", "sr-due"),
    card("fork", "Linux", "Linux/Процессы", "review"),
    card("inode", "Linux", "Linux/Файлы", "flashcards/linux/файлы"),
    card("chmod", "linux", "linux/файлы", "права"),
    card("tcp", "Сети", "#сети", "flashcards/сети"),
    card("dns", "Сети", "Сети/DNS"),
    card("plan", "todo", "status/draft", "flashcards"),
)
INDEX = build_topics(CARDS, lemmatize)


def names() -> dict[str, int]:
    return {t.name: t.cards for t in INDEX.topics}


def test_topics_merge_case_and_nest_and_drop_bookkeeping_tags() -> None:
    assert names() == {
        "Linux": 4,
        "Linux › Процессы": 2,
        "Linux › Файлы": 2,
        "права": 1,
        "Сети": 2,
        "Сети › DNS": 1,
    }
    assert [t.key for t in INDEX.topics][:3] == ["linux", "linux/процессы", "linux/файлы"]


def test_bookkeeping_and_deck_roots() -> None:
    assert topic_path("sr-due") == ()
    assert topic_path("#review") == ()
    assert topic_path("flashcards") == ()
    assert topic_path("flashcards/сети/tcp") == ("сети", "tcp")
    assert topic_path("#linux/процессы") == ("linux", "процессы")


def test_a_topic_holds_its_sub_topics_cards() -> None:
    assert INDEX.cards_of("linux") == ("pid", "fork", "inode", "chmod")
    assert INDEX.cards_of("linux/файлы") == ("inode", "chmod")
    assert INDEX.cards_of("сети") == ("tcp", "dns")
    assert INDEX.cards_of("nothing") == ()
    assert [t.name for t in INDEX.within("сети")] == ["Сети", "Сети › DNS"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("linux", "linux"),
        ("Linux", "linux"),
        ("LINUX", "linux"),
        ("линукс", "linux"),
        ("по линуксу", "linux"),
        ("kbyerc", "linux"),
        ("linx", "linux"),
        ("процессы", "linux/процессы"),
        ("процессам", "linux/процессы"),
        ("ghjwtccs", "linux/процессы"),
        ("linux/файлы", "linux/файлы"),
        ("Linux › Файлы", "linux/файлы"),
        ("linux файлы", "linux/файлы"),
        ("сети", "сети"),
        ("сетям", "сети"),
        ("ctnb", "сети"),
        ("seti", "сети"),
        ("днс", "сети/dns"),
        ("тема сети", "сети"),
    ],
)
def test_a_topic_name_is_resolved_loosely(query: str, expected: str) -> None:
    match = find_topic(INDEX, query)
    assert match.topic is not None, query
    assert match.topic.key == expected


def test_an_unknown_topic_offers_the_closest() -> None:
    match = find_topic(INDEX, "файл системы")
    assert match.topic is None
    assert match.closest[0].key == "linux/файлы"
    nothing = find_topic(INDEX, "квантовая физика")
    assert nothing.topic is None
    assert [t.name for t in nothing.closest] == ["Linux", "Сети", "права"]


def test_mastery_by_top_level_topic_then_sub_topics_of_a_lone_one() -> None:
    counts = [
        CardStats(card_id="pid", answered=4, correct=3),
        CardStats(card_id="inode", answered=2, correct=0),
        CardStats(card_id="tcp", answered=1, correct=1),
    ]
    rows = [(s.topic.name, s.answered, s.correct) for s in topic_mastery(INDEX, counts)]
    assert rows == [("Linux", 6, 3), ("Сети", 1, 1)]
    lone = topic_mastery(INDEX, counts[:2])
    assert [(s.topic.name, round(s.share, 2)) for s in lone] == [
        ("Linux", 0.5),
        ("Linux › Процессы", 0.75),
        ("Linux › Файлы", 0.0),
    ]


def test_related_cards_prefer_links_then_backlinks_then_similar_text() -> None:
    cards = (
        card("pid", note="Процессы/PID", wikilinks=("fork", "Сигналы#Как послать|послать")),
        card("fork", note="Процессы/fork"),
        card("signals", note="Процессы/Сигналы"),
        card("zombie", note="Процессы/Зомби", wikilinks=("Процессы/PID",)),
        card("tcp", note="Сети/TCP"),
    )
    by_id = {c.id: c for c in cards}
    links = build_links(cards)
    shown = related(links, by_id["pid"], [by_id["tcp"], by_id["fork"]], by_id)
    assert [c.id for c in shown] == ["fork", "signals", "zombie"]
    assert [c.id for c in related(links, by_id["fork"], [by_id["tcp"]], by_id)] == ["pid", "tcp"]


@pytest.mark.parametrize(
    ("args", "most", "expected"),
    [
        (["5", "linux"], 1, (["5"], "linux")),
        (["linux", "процессы"], 1, ([], "linux процессы")),
        (["10", "20", "сети"], 2, (["10", "20"], "сети")),
        (["10", "20", "30"], 2, (["10", "20"], "30")),
        (["²"], 1, (["²"], "")),
        (["1e3"], 1, ([], "1e3")),
        ([], 2, ([], "")),
    ],
)
def test_command_arguments_split_into_numbers_and_a_topic(
    args: list[str], most: int, expected: tuple[list[str], str]
) -> None:
    assert leading_numbers(args, most) == expected


def test_a_short_list_keeps_the_main_topics() -> None:
    assert [t.name for t in prominent(INDEX.topics, 3)] == ["Linux", "права", "Сети"]
    assert [t.name for t in prominent(INDEX.topics, 4)] == [
        "Linux",
        "Linux › Процессы",
        "права",
        "Сети",
    ]
    assert prominent(INDEX.topics, 10) == INDEX.topics
