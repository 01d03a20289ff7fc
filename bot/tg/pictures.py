"""Progress pictures: matplotlib (Agg) renders PNGs in a worker thread, off the event loop."""

from __future__ import annotations

import asyncio
import io
import logging
from datetime import date, timedelta

from telegram.error import TelegramError

from bot.core.progress import UserStats
from bot.i18n import t
from bot.services.types import Leaderboard
from bot.tg.context import Ctx

logger = logging.getLogger(__name__)


def stats_png(stats: UserStats, today: date, lang: str) -> bytes:
    """Answers and accuracy per day over 30 days, and mastery per section."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    days = [today - timedelta(days=29 - i) for i in range(30)]
    per_day = {d: (n, c) for d, n, c in stats.daily}
    answered = [per_day.get(d, (0, 0))[0] for d in days]
    accuracy = [
        100 * per_day[d][1] / per_day[d][0] if per_day.get(d, (0, 0))[0] else float("nan")
        for d in days
    ]
    fig = Figure(figsize=(8, 6), dpi=100)
    top, bottom = fig.subplots(2, 1, gridspec_kw={"height_ratios": [3, 2]})
    top.bar(range(30), answered, color="#4c8bf5", label="answers" if lang == "en" else "ответы")
    top.set_xticks(range(0, 30, 5), [d.strftime("%d.%m") for d in days[::5]])
    top.set_ylabel("answers" if lang == "en" else "ответов")
    acc = top.twinx()
    acc.plot(range(30), accuracy, "o-", color="#2e9e44", markersize=3)
    acc.set_ylim(0, 105)
    acc.set_ylabel("accuracy, %" if lang == "en" else "точность, %")
    top.set_title("Last 30 days" if lang == "en" else "Последние 30 дней")
    names = [s for s, _ in stats.sections] or ["—"]
    values = [100 * v for _, v in stats.sections] or [0.0]
    bottom.barh(names, values, color="#f5a623")
    bottom.set_xlim(0, 100)
    bottom.set_xlabel("mastery per section, %" if lang == "en" else "освоение по разделам, %")
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def leaderboard_png(board: Leaderboard, lang: str) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    rows = list(board.week or board.all_time)[:10][::-1]
    fig = Figure(figsize=(7, 0.5 * max(3, len(rows)) + 1), dpi=100)
    ax = fig.subplots()
    ax.barh([r.name[:20] for r in rows], [r.points for r in rows], color="#8e44ad")
    ax.set_xlabel("points" if lang == "en" else "очки")
    ax.set_title(t(lang, "top_chart_caption"))
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


async def send_stats_chart(context: Ctx, chat_id: int, stats: UserStats, lang: str) -> None:
    if stats.today is None:  # nothing to date the chart by
        return
    png = await asyncio.to_thread(stats_png, stats, stats.today, lang)
    try:
        await context.bot.send_photo(chat_id, png, caption=t(lang, "chart_caption"))
    except TelegramError as err:
        logger.warning("could not send the stats chart: %s", err)


async def send_top_chart(context: Ctx, chat_id: int, board: Leaderboard, lang: str) -> None:
    png = await asyncio.to_thread(leaderboard_png, board, lang)
    try:
        await context.bot.send_photo(chat_id, png, caption=t(lang, "top_chart_caption"))
    except TelegramError as err:
        logger.warning("could not send the leaderboard chart: %s", err)
