"""Rendering: HTML that Telegram accepts, message splitting, pictures."""

from __future__ import annotations

from datetime import date

from bot.core.models import Card, Detail, Link
from bot.core.progress import UserStats
from bot.core.scoring import PlayerRound
from bot.core.search import Result
from bot.services.types import Leaderboard
from bot.tg import render
from bot.tg.pictures import leaderboard_png, stats_png
from tests.fakeapi import parse_html


def test_card_html_escapes_note_text_and_keeps_links() -> None:
    card = Card(
        id="x",
        title="<b>Tag</b> & *stars*",
        definition="a < b && c > d `code` [x](y)",
        details=(
            Detail(
                text="docker ps", links=(Link(text="docker ps", url="https://e.org/?a=1&b=2"),)
            ),
        ),
        section=("Theory",),
        note="n",
    )
    html = render.card_html(card, "ru")
    text, entities = parse_html(html)
    assert text.startswith("<b>Tag</b> & *stars* — a < b && c > d `code` [x](y)")
    assert any(e.get("url") == "https://e.org/?a=1&b=2" for e in entities)


def test_long_cards_are_split_under_the_limit() -> None:
    details = tuple(Detail(text=f"строка номер {i} " + "слово " * 30) for i in range(60))
    card = Card(id="x", title="Long", definition="d", details=details, section=("S",), note="n")
    parts, markup = render.answer_reply(Result(query="q", found=True, best=card, score=1.0), "ru")
    assert len(parts) >= 3
    assert all(len(p) <= 4096 for p in parts)
    joined = "\n".join(parts)
    assert joined == render.card_html(card, "ru")
    for part in parts:
        parse_html(part)  # every part is valid HTML on its own
    assert markup is not None


def test_split_message_cuts_a_giant_line_at_spaces() -> None:
    parts = render.split_message("слово " * 2000)
    assert all(len(p) <= 4096 for p in parts)
    assert all(not p.startswith(" ") for p in parts)


def test_stats_and_leaderboard_pictures_are_pngs() -> None:
    stats = UserStats(
        answered=5,
        correct=3,
        day_streak=1,
        best_day_streak=2,
        answer_streak=1,
        best_answer_streak=2,
        due=0,
        daily=((date(2026, 11, 28), 5, 3),),
        sections=(("Theory", 0.6),),
    )
    png = stats_png(stats, date(2026, 11, 29), "en")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5000
    board = Leaderboard(
        week=(PlayerRound(user_id=1, name="Alice", points=300, correct=3, answered=4),),
        all_time=(),
    )
    assert leaderboard_png(board, "ru").startswith(b"\x89PNG")


def test_buttons_tell_apart_cards_with_the_same_title() -> None:
    from bot.core.models import Card
    from bot.tg.render import card_keyboard, title_labels

    tar = Card(id="a", title="-f", definition="файл архива", section=("tar",), note="tar")
    rm = Card(id="b", title="-f", definition="не спрашивать", section=("rm",), note="rm")
    ls = Card(id="c", title="ls", definition="список файлов", note="ls")
    assert title_labels([tar, rm, ls]) == ["-f (tar)", "-f (rm)", "ls"]
    rows = card_keyboard(tar, [rm, ls], "ru").inline_keyboard
    assert [r[0].text for r in rows] == ["Проверить себя", "Похожее: -f (rm)", "Похожее: ls"]


def test_a_note_file_name_finds_the_card_but_is_not_shown_as_its_other_name() -> None:
    from bot.textview import card_text

    card = Card(
        id="w",
        title="WHERE vs HAVING",
        aliases=("02-where-vs-having", "WHERE и HAVING"),
        definition="both filter, at different stages",
        note="02 . querying/02-where-vs-having",
    )
    title = render.card_html(card, "ru").splitlines()[0]
    assert "02-where-vs-having" not in title and "WHERE и HAVING" in title
    assert card_text(card).splitlines()[0] == (
        "WHERE vs HAVING (WHERE и HAVING) — both filter, at different stages"
    )


def test_a_notes_own_card_names_its_note_not_an_empty_section() -> None:
    own = Card(id="g", title="Graph Breadth-First Search", definition="visit neighbours first",
               note="Notes/19_graphs")  # fmt: skip
    part = Card(id="h", title="Queue", definition="FIFO", section=("Graphs",), note="Notes/g")
    text, _ = parse_html(render.card_html(own, "ru"))
    assert text.splitlines()[-1] == "Заметка: Notes/19_graphs"
    assert "—" not in text.splitlines()[-1]
    text, _ = parse_html(render.card_html(part, "en"))
    assert text.splitlines()[-1] == "Section: Graphs · Notes/g"
