"""Progress pictures: matplotlib (Agg) renders PNGs in a worker thread, off the event loop.

Made to be shared in a team chat: readable on a phone, whole labels, integer counts, values
written on the bars, names without glyphs the font lacks (emoji would be drawn as boxes).
"""

from __future__ import annotations

import asyncio
import io
import logging
import textwrap
from collections.abc import Sequence
from datetime import date, timedelta
from functools import cache
from typing import Any

from telegram.error import TelegramError

from bot.core.progress import UserStats
from bot.core.scoring import PlayerRound
from bot.i18n import plural, t
from bot.services.types import Leaderboard
from bot.tg.context import Ctx

logger = logging.getLogger(__name__)

DAYS = 30
MIN_DAYS = 7  # a new learner's chart spans a week, not 29 empty days
LABELLED_DAYS = 10  # accuracy values are written on the dots up to this many days
DPI = 150
BLUE, GREEN, ORANGE, GREY, INK = "#4c8bf5", "#2e9e44", "#f5a623", "#e6e8eb", "#333333"
PODIUM = ("#d4a017", "#9ea7b3", "#c07a3a")
OTHERS = "#8e44ad"
LABEL_WIDTH = 26  # characters per line of a section or player name
SHOWN_SECTIONS = 8
SHOWN_PLAYERS = 10


def _figure(width: float, height: float) -> Any:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=DPI)
    fig.patch.set_facecolor("white")
    return fig


def _png(fig: Any) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", bbox_inches="tight", pad_inches=0.25)
    return buf.getvalue()


def _plain(ax: Any) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(colors=INK, labelsize=9)


@cache
def _font_chars() -> frozenset[int]:
    """Code points the plotting font can draw."""
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    path = font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans"))
    return frozenset(FT2Font(path).get_charmap())


def drawable(text: str) -> str:
    """`text` without characters the font has no glyph for (emoji), spaces tidied."""
    chars = _font_chars()
    return " ".join("".join(c for c in text if ord(c) in chars or c.isspace()).split())


def label(text: str, width: int = LABEL_WIDTH, lines: int = 2) -> str:
    """A name on at most `lines` lines, cut at a word with "…" when longer."""
    wrapped = textwrap.wrap(drawable(text), width, break_long_words=True) or ["—"]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1][: width - 1].rstrip() + "…"
    return "\n".join(wrapped)


def stats_png(stats: UserStats, today: date, lang: str) -> bytes:
    """Answers and accuracy per day (the last 30 days, or since the first answer, at least a
    week), and mastery per section."""
    from matplotlib.ticker import MaxNLocator

    per_day = {d: (n, c) for d, n, c in stats.daily}
    first = min(per_day, default=today)
    span = min(DAYS, max(MIN_DAYS, (today - first).days + 1))
    days = [today - timedelta(days=span - 1 - i) for i in range(span)]
    answered = [per_day.get(d, (0, 0))[0] for d in days]
    correct = sum(per_day.get(d, (0, 0))[1] for d in days)
    sections = list(stats.sections)[:SHOWN_SECTIONS]
    fig = _figure(8, 4.2 + (0.45 * len(sections) if sections else 0))
    if sections:
        top, bottom = fig.subplots(
            2, 1, gridspec_kw={"height_ratios": [3.2, 0.5 + 0.45 * len(sections)]}
        )
        _mastery(bottom, sections, lang)
    else:
        top = fig.subplots()
    xs = range(span)
    bars = top.bar(xs, answered, color=BLUE, width=0.7, zorder=2)
    # Counts inside the bars, so the accuracy labels above never cover them.
    counts = [str(n) if n else "" for n in answered]
    top.bar_label(bars, labels=counts, label_type="center", fontsize=8, color="white")
    top.yaxis.set_major_locator(MaxNLocator(integer=True))
    top.set_ylim(0, max(max(answered), 1) * 1.2)
    top.set_ylabel(t(lang, "chart_answers"), color=BLUE)
    step = 7 if span > MIN_DAYS * 2 else 1 if span <= MIN_DAYS else 2
    ticks = list(range(span - 1, -1, -step))[::-1]
    top.set_xticks(ticks, [days[i].strftime("%d.%m") for i in ticks])
    top.set_xlim(-0.8, span - 0.2)
    top.grid(axis="y", color=GREY, zorder=0)
    _plain(top)
    _accuracy(top.twinx(), [(i, per_day[d]) for i, d in enumerate(days) if answered[i]], lang)
    total = sum(answered)
    title = t(
        lang,
        "chart_days",
        days=span,
        days_word=plural(lang, "days", span),
        n=total,
        answers=plural(lang, "answers", total),
        accuracy=round(100 * correct / total) if total else 0,
    )
    top.set_title(title, color=INK, fontsize=11)
    fig.tight_layout()
    return _png(fig)


def _accuracy(ax: Any, marked: Sequence[tuple[int, tuple[int, int]]], lang: str) -> None:
    """The share of correct answers on each day with answers: dots joined by a line, each
    labelled while there are few, so a first day at 0% shows as "0%", not as nothing."""
    points = [(i, 100 * c / n) for i, (n, c) in marked]
    if points:
        xs, ys = zip(*points, strict=True)
        ax.plot(xs, ys, "o-", color=GREEN, markersize=5, zorder=3)
        if len(points) <= LABELLED_DAYS:
            for x, y in points:
                ax.annotate(
                    f"{y:.0f}%",
                    (x, y),
                    textcoords="offset points",
                    xytext=(0, 7),
                    ha="center",
                    fontsize=8,
                    color=GREEN,
                    fontweight="bold",
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
                )
    ax.set_ylim(-8, 115)
    ax.set_yticks([0, 25, 50, 75, 100])
    ax.set_ylabel(t(lang, "chart_accuracy"), color=GREEN)
    ax.spines["top"].set_visible(False)
    ax.tick_params(colors=INK, labelsize=9)


def _mastery(ax: Any, sections: Sequence[tuple[str, float]], lang: str) -> None:
    """One bar per section over a grey 100% track, its share written beside it."""
    names = [label(name) for name, _ in sections] or ["—"]
    values = [100 * share for _, share in sections] or [0.0]
    rows = range(len(names))[::-1]
    ax.barh(rows, [100] * len(names), color=GREY, height=0.6)
    ax.barh(rows, values, color=ORANGE, height=0.6)
    ax.set_yticks(list(rows), names)
    for row, value in zip(rows, values, strict=True):
        ax.text(101, row, f"{value:.0f}%", va="center", fontsize=9, color=INK)
    ax.set_xlim(0, 112)
    ax.set_xticks([])
    ax.set_title(t(lang, "chart_mastery"), color=INK, fontsize=10, loc="left")
    for side in ("top", "right", "bottom"):
        ax.spines[side].set_visible(False)
    ax.tick_params(colors=INK, labelsize=9, length=0)


def leaderboard_png(board: Leaderboard, lang: str) -> bytes:
    """The chat's best players: this week's, or all-time when nobody scored this week."""
    from matplotlib.ticker import MaxNLocator

    week = bool(board.week)
    rows: list[PlayerRound] = list(board.week or board.all_time)[:SHOWN_PLAYERS]
    fig = _figure(7, 1.3 + 0.55 * max(len(rows), 1))
    ax = fig.subplots()
    order = range(len(rows))[::-1]
    points = [r.points for r in rows]
    colors = [PODIUM[i] if i < len(PODIUM) and r.points else OTHERS for i, r in enumerate(rows)]
    bars = ax.barh(list(order), points, color=colors, height=0.62, zorder=2)
    names = [f"{i + 1}. {label(r.name, width=20)}" for i, r in enumerate(rows)]
    ax.set_yticks(list(order), names)
    values = [f"{r.points} {plural(lang, 'points', r.points)}" for r in rows]
    ax.bar_label(bars, labels=values, padding=4, fontsize=9, color=INK)
    top = max(points, default=0)
    ax.set_xlim(0, max(top, 1) * 1.3)  # never the ±0.04 axis of an all-zero board
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    if not top:
        ax.set_xticks([])  # nobody scored yet: the bar labels say "0", an axis adds nothing
    ax.set_xlabel(t(lang, "chart_points"), color=INK)
    ax.grid(axis="x", color=GREY, zorder=0)
    _plain(ax)
    title = t(lang, "top_chart_week" if week else "top_chart_all")
    ax.set_title(title, color=INK, fontsize=11)
    fig.tight_layout()
    return _png(fig)


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
