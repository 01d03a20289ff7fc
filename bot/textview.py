"""Plain-text rendering of service results, for the console and the CLI."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

from bot.core.models import Card, Question
from bot.core.progress import UserStats
from bot.core.scoring import PlayerRound
from bot.core.search import Result
from bot.core.text import fold
from bot.core.topics import Topic
from bot.i18n import plural, t
from bot.services.types import (
    ChatTopic,
    PlayerResult,
    QuizRefusal,
    QuizSummary,
    Refusal,
    TopicList,
)

MEDALS = ("🥇", "🥈", "🥉")


def distinct_titles(cards: Sequence[Card]) -> list[str]:
    """Titles of cards, where a title several of them share gets its section or note, so
    `-f` of tar and `-f` of rm (or three cards named Hash) can be told apart."""
    counts = Counter(fold(c.title) for c in cards)
    places = Counter((fold(c.title), c.section_path) for c in cards)
    out = []
    for c in cards:
        # Two notes with the same headings: the note tells their cards apart.
        unique = c.section_path and places[fold(c.title), c.section_path] == 1
        where = c.section_path if unique else c.note.rsplit("/", 1)[-1]
        out.append(f"{c.title} ({where})" if counts[fold(c.title)] > 1 else c.title)
    return out


def listed_items(card: Card) -> list[str]:
    """A card's list entries its text does not already show (a topic's terms)."""
    shown = "\n".join(d.text for d in card.details)
    return [item for item in card.items if item not in shown]


def card_text(card: Card, lang: str = "ru") -> str:
    """The full reply a user sees for a card: title, definition, details, where it is from."""
    lines = [card.title]
    if card.shown_aliases:
        lines[0] += f" ({', '.join(card.shown_aliases)})"
    if card.definition:
        lines[0] += f" — {card.definition}"
    lines.extend(f"• {item}" for item in listed_items(card))
    for detail in card.details:
        text = detail.text
        for link in detail.links:
            if link.url != link.text and link.url not in text:
                text = f"{text} <{link.url}>"
        lines.append(f"{'  ' * detail.depth}• {text}")
    if card.kind == "fact" or not card.details:
        for link in card.links:
            if link.url not in "\n".join(lines):
                lines.append(f"• {link.text} <{link.url}>")
    lines.append(place(card, lang))
    return "\n".join(lines)


def place(card: Card, lang: str) -> str:
    """Where the card is: its section and note, or the note alone for a note's own card."""
    if not card.section_path:
        return t(lang, "note_place", note=card.note)
    return t(lang, "section", section=card.section_path, note=card.note)


def answer_text(result: Result, lang: str = "ru", related: Sequence[Card] | None = None) -> str:
    """What the bot replies to a question, as plain text (`related`: the cards to offer,
    else the lookup's alternatives)."""
    if result.found and result.best is not None:
        text = card_text(result.best, lang)
        also = [m.card for m in result.alternatives] if related is None else list(related)
        if result.compared is not None:
            text += "\n\n" + card_text(result.compared, lang)
            also = [c for c in also if c != result.compared]
        if also:
            text += "\n" + t(lang, "also") + " " + ", ".join(distinct_titles(also))
        if result.guessed:
            # A question in the user's own words that names no card: say it is a guess.
            text = t(lang, "guessed") + "\n" + text
        return text
    if result.chatter:
        return t(lang, "chatter")
    if result.mentioned and result.suggestions:
        lines = [t(lang, "mentioned", name=result.mentioned[:100])]
        lines.extend(f"• {title}" for title in distinct_titles(result.suggestions))
        return "\n".join(lines)
    lines = [t(lang, "not_found", query=" ".join(result.query.split())[:100])]
    if result.suggestions:
        lines.append(t(lang, "not_found_suggest"))
        lines.extend(f"• {title}" for title in distinct_titles(result.suggestions))
    else:
        lines.append(t(lang, "nothing_close"))
    return "\n".join(lines)


def question_text(q: Question, position: int, total: int) -> str:
    """A question and its numbered options (a self-check has none: just the question)."""
    lines = [f"[{position + 1}/{total}] {q.question}"]
    lines.extend(f"  {i + 1}) {option}" for i, option in enumerate(q.options))
    return "\n".join(lines)


def selfcheck_answer(q: Question, lang: str) -> str:
    """A self-check's answer as the console shows it once asked: the answer, its section."""
    lines = [f"{t(lang, 'selfcheck_answer')} {q.answer}"]
    if q.explanation:
        lines.append(q.explanation)
    return "\n".join(lines)


def stats_text(stats: UserStats, lang: str) -> str:
    """The user's progress: counts, streaks, strongest and weakest cards."""
    if not stats.answered and not stats.due and stats.next_due is None:
        return t(lang, "stats_empty")  # (self-checks alone are no answers, but are reviewed)
    lines = [
        t(
            lang,
            "stats",
            answered=stats.answered,
            correct=stats.correct,
            accuracy=stats.accuracy,
            streak=stats.day_streak,
            best_streak=stats.best_day_streak,
            answer_streak=stats.answer_streak,
            best_answer_streak=stats.best_answer_streak,
        )
    ]
    # Due cards are what spaced repetition asks for now; the mistakes below are a different
    # list (most often wrong), so each gets its own words.
    if stats.due:
        lines.append(t(lang, "stats_due", due=stats.due, cards=plural(lang, "cards", stats.due)))
    elif stats.next_due is not None:
        lines.append(t(lang, "stats_next", when=when_text(stats.next_due, stats.today, lang)))
    if stats.strongest:
        lines.append(t(lang, "stats_strong", titles=", ".join(c.title for c in stats.strongest)))
    if stats.weakest:
        lines.append(t(lang, "stats_weak", titles=", ".join(c.title for c in stats.weakest)))
    if stats.topics:
        shown = ", ".join(f"{s.topic.name} {round(100 * s.share)}%" for s in stats.topics)
        lines.append(t(lang, "stats_topics", topics=shown))
    return "\n".join(lines)


# --- topics ----------------------------------------------------------------------------


def topic_line(topic: str, lang: str) -> str:
    """ "Тема: linux" under a quiz's heading; nothing without a topic."""
    return "\n" + t(lang, "topic_line", topic=topic) if topic else ""


def chat_topic_text(state: ChatTopic, lang: str, *, changed: bool = False) -> str:
    """The chat's topic: after /topic NAME (`changed`), or shown by /topic alone."""
    if state.topic is not None:
        if changed:
            return t(lang, "topic_set", topic=state.topic.name)
        cards = state.topic.cards
        word = plural(lang, "cards", cards)
        return t(lang, "topic_show", topic=state.topic.name, cards=cards, cards_word=word)
    if changed:
        return t(lang, "topic_cleared")
    if state.lost:
        return t(lang, "topic_show_lost", topic=state.lost)
    return t(lang, "topic_show_none")


def topic_label(topic: Topic, lang: str) -> str:
    return t(lang, "btn_topic", topic=topic.name, cards=topic.cards)


def topics_text(listing: TopicList, lang: str) -> str:
    """The topics as lines (console): name and cards, then the chat's own topic."""
    if not listing.topics:
        return t(lang, "topics_none")
    lines = [f"{'  ' * t_.depth}{t_.name} — {t_.cards}" for t_ in listing.topics]
    if listing.total > len(listing.topics):
        lines.append(t(lang, "topics_more", shown=len(listing.topics), total=listing.total))
    if listing.current is not None:
        lines.append(chat_topic_text(ChatTopic(topic=listing.current), lang))
    return "\n".join(lines)


def _player_lines(
    players: Sequence[PlayerRound], lang: str, key: str, marks: Iterable[object], asked: int | None
) -> list[str]:
    return [
        t(
            lang,
            key,
            place=mark,
            medal=mark,
            name=p.name,
            points=p.points,
            points_word=plural(lang, "points", p.points),
            correct=p.correct,
            answered=p.answered,
            asked=p.answered if asked is None else asked,
        )
        for mark, p in zip(marks, players, strict=False)
    ]


def board_lines(rows: Sequence[PlayerRound], lang: str) -> list[str]:
    """One line per leaderboard row: place, name, points, correct/answered."""
    return _player_lines(rows, lang, "top_line", itertools.count(1), None)


def podium_lines(players: Sequence[PlayerRound], lang: str, asked: int | None = None) -> list[str]:
    """Medal lines for the top three: name, points, correct of `asked` (default: answered)."""
    return _player_lines(players, lang, "compete_podium", MEDALS, asked)


def when_text(at: datetime, today: date | None, lang: str) -> str:
    """A moment in the chat's time zone as people say it: today, tomorrow or a date."""
    clock = at.strftime("%H:%M")
    if today is not None and at.date() == today:
        return t(lang, "when_today", time=clock)
    if today is not None and at.date() == today + timedelta(days=1):
        return t(lang, "when_tomorrow", time=clock)
    return t(lang, "when_date", date=at.strftime("%d.%m"), time=clock)


def refusal_text(
    refused: QuizRefusal,
    lang: str,
    max_questions: int,
    *,
    console: bool = False,
    group: bool = False,
) -> str:
    """Why a quiz did not start, with what to do instead."""
    if refused.reason is Refusal.REVIEW_NONE:
        if refused.review_due is None:
            return t(lang, "review_nothing_yet")
        return t(lang, "review_next", when=when_text(refused.review_due, refused.today, lang))
    busy = refused.busy
    if refused.reason is Refusal.QUIZ_BUSY and busy is not None:
        key = "quiz_busy_group" if group else "quiz_busy_console" if console else "quiz_busy_own"
        return t(lang, key, owner=busy.owner_name or "?", position=busy.position, total=busy.total)
    closest = ", ".join(refused.closest) or "—"
    return t(lang, refused.reason, max=max_questions, topic=refused.topic, closest=closest)


def summary_lines(summary: QuizSummary, lang: str) -> list[str]:
    """A quiz's result: the owner's score alone, or every player's in a group. Self-checks
    are graded by the learner, so they get a line of their own and stay out of the score."""
    lines = [t(lang, "quiz_stopped")] if summary.stopped else []
    asked = summary.asked or summary.total
    if summary.stopped and not asked:
        return lines
    polls = asked - summary.checks
    owner = summary.owner
    others = [p for p in summary.players if p.user_id != summary.owner_id]
    if not others:
        if owner is None and summary.owner_id is None:
            return [*lines, t(lang, "quiz_no_answers")]
        lines += _own_result(summary, polls, lang)
    else:
        lines.append(t(lang, "quiz_summary_group"))
        lines += [_player_result(p, polls, lang) for p in summary.players]
    missed = ", ".join(c.title for c in summary.missed[:8])
    if summary.missed and others and owner is not None:
        lines.append(t(lang, "quiz_missed_of", name=owner.name, titles=missed))
    elif summary.missed and not others:
        lines.append(t(lang, "quiz_missed", titles=missed))
    elif (
        not others and owner is not None and (owner.correct, owner.knew) == (polls, summary.checks)
    ):
        lines.append(t(lang, "quiz_perfect"))
    return lines


def _own_result(summary: QuizSummary, polls: int, lang: str) -> list[str]:
    """One person's quiz: right poll answers (and their best), then the self-checks known."""
    owner = summary.owner
    correct = owner.correct if owner else 0
    lines = []
    if polls or not summary.checks:
        best, best_total = summary.best if summary.best[1] else (correct, polls)
        lines.append(
            t(lang, "quiz_summary", correct=correct, total=polls, best=best, best_total=best_total)
        )
    if summary.checks:
        knew = owner.knew if owner else 0
        lines.append(t(lang, "quiz_summary_checks", knew=knew, total=summary.checks))
    return lines


def _player_result(p: PlayerResult, polls: int, lang: str) -> str:
    """A player's line in a group's summary: polls right of answered, self-checks known."""
    if not p.checked:
        key = "quiz_summary_perfect" if p.correct == polls else "quiz_summary_line"
        return t(lang, key, name=p.name, correct=p.correct, total=p.answered)
    if not p.answered:
        return t(lang, "quiz_summary_only_checks", name=p.name, knew=p.knew, total=p.checked)
    line = t(lang, "quiz_summary_line", name=p.name, correct=p.correct, total=p.answered)
    return f"{line}, {t(lang, 'summary_checks_part', knew=p.knew, total=p.checked)}"
