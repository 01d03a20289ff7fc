"""Progress pictures a team would share: whole names, no emoji boxes, sane axes.

Warnings are errors in this suite, so a glyph matplotlib cannot draw fails the test.
"""

from __future__ import annotations

from datetime import date, timedelta

from bot.core.progress import UserStats
from bot.core.scoring import PlayerRound
from bot.services.types import Leaderboard
from bot.tg.pictures import drawable, label, leaderboard_png, stats_png

TODAY = date(2026, 11, 25)
PNG = b"\x89PNG\r\n\x1a\n"


def test_names_lose_undrawable_emoji_and_are_cut_at_a_word() -> None:
    assert drawable("🐳 Docker Fan 🚀") == "Docker Fan"
    assert drawable("Аня ★ Ω") == "Аня ★ Ω"  # symbols the font has stay
    long = label("Сети и взаимодействие контейнеров между собой в Docker Compose")
    assert long.splitlines() == ["Сети и взаимодействие", "контейнеров между собой в…"]
    assert label("Bob") == "Bob"
    assert label("🐳") == "—"


def test_a_board_with_emoji_names_and_no_points_renders() -> None:
    rows = (
        PlayerRound(user_id=1, name="🐳 Docker Fan 🚀", points=0, correct=0, answered=2),
        PlayerRound(user_id=2, name="Александра Константинопольская", points=0, answered=1),
    )
    png = leaderboard_png(Leaderboard(week=rows, all_time=rows), "ru")
    assert png.startswith(PNG)


def test_stats_charts_for_a_first_day_at_zero_and_a_long_history() -> None:
    first = UserStats(
        answered=3, correct=0, day_streak=1, best_day_streak=1, answer_streak=0,
        best_answer_streak=0, due=0, daily=((TODAY, 3, 0),), today=TODAY,
    )  # fmt: skip
    assert stats_png(first, TODAY, "ru").startswith(PNG)
    daily = tuple((TODAY - timedelta(days=d), 2 + d % 3, d % 3) for d in range(0, 40, 2))
    busy = UserStats(
        answered=60, correct=20, day_streak=1, best_day_streak=3, answer_streak=1,
        best_answer_streak=4, due=2, daily=daily, today=TODAY,
        sections=(("Очень длинное название раздела заметок о сетях Docker", 0.4), ("Тома", 0.0)),
    )  # fmt: skip
    assert stats_png(busy, TODAY, "en").startswith(PNG)
