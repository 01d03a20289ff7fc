"""Turn service results into Telegram HTML text and keyboards (no logic, no I/O)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from typing import Any

from telegram import Chat, InlineKeyboardButton, InlineKeyboardMarkup, User
from telegram.constants import ChatType

from bot import textview
from bot.core.models import Card, CardKind, ContentErrors, Detail, KnowledgeBase
from bot.core.progress import UserStats
from bot.core.quiz import shorten
from bot.core.search import Result
from bot.i18n import plural, t
from bot.services.types import (
    ChatTopic,
    DailyState,
    Leaderboard,
    Push,
    QuizRefusal,
    QuizStep,
    QuizSummary,
    RoundResult,
    TimedOut,
    TopicList,
    WeakSpots,
)
from bot.services.zones import zone_label
from bot.tg.callbacks import encode

MAX_MESSAGE = 4096
BUTTON_TITLE = 40
MAX_ERRORS_SHOWN = 10


def text(lang: str, key: str, **values: Any) -> str:
    """A catalogue message as HTML (the values are escaped with it)."""
    return escape(t(lang, key, **values))


def refusal(
    refused: QuizRefusal, lang: str, max_questions: int, *, group: bool = False
) -> tuple[str, InlineKeyboardMarkup | None]:
    """Why a quiz did not start; a busy chat's notice offers to stop the running quiz."""
    html = escape(textview.refusal_text(refused, lang, max_questions, group=group))
    if refused.busy is None:
        return html, None
    button = InlineKeyboardButton(
        t(lang, "btn_stop_quiz"), callback_data=encode("stop", refused.busy.quiz_id)
    )
    return html, InlineKeyboardMarkup([[button]])


def help_text(lang: str) -> str:
    return text(lang, "help") + "\n" + text(lang, "help_topics")


def _detail_html(detail: Detail) -> str:
    text = escape(detail.text)
    for link in detail.links:
        label = escape(link.text)
        anchor = f'<a href="{escape(link.url, quote=True)}">{label}</a>'
        text = text.replace(label, anchor, 1) if label in text else f"{text} {anchor}"
    return f"{'    ' * detail.depth}• {text}"


def card_html(card: Card, lang: str) -> str:
    title = f"<b>{escape(card.title)}</b>"
    if card.shown_aliases:
        title += f" <i>({escape(', '.join(card.shown_aliases))})</i>"
    lines = [title]
    if card.definition:
        lines[0] += " — " + escape(card.definition)  # "Term — definition", as in the notes
    lines.extend(f"• {escape(item)}" for item in textview.listed_items(card))
    lines.extend(_detail_html(d) for d in card.details)
    if card.kind is CardKind.FACT:
        lines.extend(
            f'• <a href="{escape(link.url, quote=True)}">{escape(link.text)}</a>'
            for link in card.links
        )
    where = textview.place(card, lang)
    lines.append(f"<i>{escape(where)}</i>")
    return "\n".join(lines)


def split_message(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Split HTML into parts within Telegram's limit: at line breaks when possible, else at
    spaces, never inside a tag or an entity such as &amp;. Tags open at a cut are closed
    there and reopened in the next part, so every part is valid HTML on its own."""
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    stack: list[str] = []  # opening tags in effect
    head = ""  # tags reopened at the start of the current part
    body: list[str] = []
    size = 0
    breaks: list[tuple[int, bool, list[str]]] = []  # (index in body, newline?, open tags)

    def cut(at: int, open_tags: list[str], skip: int) -> None:
        nonlocal head, body, size, breaks
        parts.append(head + "".join(body[:at]) + _closing(open_tags))
        head = "".join(open_tags)
        body = body[at + skip :]
        size = sum(len(piece) for piece in body)
        breaks = [(i - at - skip, nl, tags) for i, nl, tags in breaks if i > at]

    for piece in _HTML_TOKEN.findall(text):
        after = stack
        if piece.startswith("</"):
            after = stack[:-1]
        elif piece.startswith("<"):
            after = [*stack, piece]
        while body and len(head) + size + len(piece) + len(_closing(after)) > limit:
            lines = [b for b in breaks if b[1]]
            best = lines[-1] if lines else breaks[-1] if breaks else None
            if best is not None:
                cut(best[0], best[2], 1)
            else:
                cut(len(body), stack, 0)
        if piece.isspace():
            breaks.append((len(body), piece == "\n", list(stack)))
        body.append(piece)
        size += len(piece)
        stack = after
    parts.append(head + "".join(body))
    return [part for part in parts if _visible(part)] or [""]


def _visible(html: str) -> bool:
    """True when the part shows some text (Telegram refuses an empty message)."""
    return bool(_TAG.sub("", html).strip())


_HTML_TOKEN = re.compile(r"<[^>]*>|&#?\w+;|.", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def _closing(tags: list[str]) -> str:
    return "".join(f"</{tag[1:].split(maxsplit=1)[0].rstrip('>')}>" for tag in reversed(tags))


def title_labels(cards: Sequence[Card]) -> list[str]:
    """Button labels for cards: a title that several of them (or their notes) share gets
    its section or note, so `-f` of tar and `-f` of rm can be told apart."""
    return [
        shorten(label, BUTTON_TITLE) or label[: BUTTON_TITLE - 1] + "…"
        for label in textview.distinct_titles(cards)
    ]


def card_keyboard(card: Card, related: Sequence[Card], lang: str) -> InlineKeyboardMarkup:
    rows = [[InlineKeyboardButton(t(lang, "btn_selftest"), callback_data=encode("test", card.id))]]
    shown = list(related[:3])
    labels = title_labels([card, *shown])[1:]
    rows.extend(
        [
            InlineKeyboardButton(
                t(lang, "btn_similar", title=label), callback_data=encode("card", c.id)
            )
        ]
        for c, label in zip(shown, labels, strict=True)
    )
    return InlineKeyboardMarkup(rows)


def answer_reply(
    result: Result, lang: str, related: Sequence[Card] | None = None
) -> tuple[list[str], InlineKeyboardMarkup | None]:
    """The reply to a definition question: message parts and the keyboard for the last one
    (`related`: the cards to offer under it, else the lookup's alternatives)."""
    if result.found and result.best is not None:
        also = [m.card for m in result.alternatives] if related is None else list(related)
        html = card_html(result.best, lang)
        if result.guessed:
            html = escape(t(lang, "guessed")) + "\n" + html
        if result.compared is not None:
            # Both cards, one under the other: what a "чем X отличается от Y" asks for.
            html += "\n\n" + card_html(result.compared, lang)
            if related is None:
                also = [result.compared, *also]
        return split_message(html), card_keyboard(result.best, also, lang)
    if result.chatter:
        return [escape(t(lang, "chatter"))], None
    query = shorten(" ".join(result.query.split()), 100) or result.query[:100]
    lines = [escape(t(lang, "not_found", query=query))]
    markup = None
    if not result.suggestions:
        lines.append(escape(t(lang, "nothing_close")))
    else:
        if result.mentioned:
            # "что такое IntEnum": no card of its own, yet these cards' text speaks of it.
            lines = [escape(t(lang, "mentioned", name=shorten(result.mentioned, 100)))]
        else:
            lines.append(escape(t(lang, "not_found_suggest")))
        markup = InlineKeyboardMarkup(
            [
                [InlineKeyboardButton(label, callback_data=encode("card", c.id))]
                for c, label in zip(
                    result.suggestions[:3], title_labels(result.suggestions[:3]), strict=True
                )
            ]
        )
    return ["\n".join(lines)], markup


def card_reply(
    card: Card, lang: str, related: Sequence[Card] = ()
) -> tuple[list[str], InlineKeyboardMarkup]:
    return split_message(card_html(card, lang)), card_keyboard(card, related, lang)


def quiz_intro(total: int, lang: str, topic: str = "") -> str:
    intro = t(lang, "quiz_start", n=total, questions=plural(lang, "questions", total))
    return escape(intro + textview.topic_line(topic, lang))


def quiz_summary(summary: QuizSummary, lang: str) -> tuple[str, InlineKeyboardMarkup | None]:
    buttons = []
    if summary.missed:
        buttons.append(
            InlineKeyboardButton(
                t(lang, "btn_retry"), callback_data=encode("retry", summary.quiz_id)
            )
        )
    if summary.topic is not None:
        again = InlineKeyboardButton(
            t(lang, "btn_again_topic"), callback_data=encode("more", 5, summary.topic.id)
        )
    else:
        again = InlineKeyboardButton(t(lang, "btn_again"), callback_data=encode("again", 5))
    buttons.append(again)
    html = escape("\n".join(textview.summary_lines(summary, lang)))
    return html, InlineKeyboardMarkup([buttons])


def stats_text(stats: UserStats, lang: str) -> str:
    return escape(textview.stats_text(stats, lang))


def leaderboard_text(board: Leaderboard, lang: str) -> str:
    if not board.all_time:
        return escape(t(lang, "top_empty"))
    lines = [f"<b>{escape(t(lang, 'top_title'))}</b>"]
    for key, rows in (("top_week", board.week), ("top_all", board.all_time)):
        lines.append(escape(t(lang, key)))
        lines.extend(escape(line) for line in textview.board_lines(rows, lang) or ["—"])
    return "\n".join(lines)


def season_text(board: Leaderboard, lang: str) -> str:
    lines = [f"<b>{escape(t(lang, 'top_season_title', season=board.season))}</b>"]
    if not board.week:
        lines.append(text(lang, "top_season_empty"))
    lines.extend(escape(line) for line in textview.podium_lines(board.week, lang))
    return "\n".join(lines)


def forget_keyboard(user_id: int, lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    t(lang, "btn_forget_yes"), callback_data=encode("forget", "yes", user_id)
                ),
                InlineKeyboardButton(
                    t(lang, "btn_forget_no"), callback_data=encode("forget", "no", user_id)
                ),
            ]
        ]
    )


# --- group competitions ----------------------------------------------------------------


def compete_start(step: QuizStep, lang: str) -> str:
    n = step.total
    start = t(
        lang,
        "compete_start",
        n=n,
        questions=plural(lang, "questions", n),
        seconds=step.open_seconds,
    )
    return escape(start + textview.topic_line(step.topic, lang))


def standings(step: QuizStep) -> str:
    """The short line between a round's questions: the leaders so far."""
    top = ", ".join(f"{p.name} {p.points}" for p in step.standings[:3])
    line = top or t(step.lang, "compete_nobody")
    return text(step.lang, "compete_standings", pos=step.position, total=step.total, line=line)


def round_results(result: RoundResult) -> str:
    lang = result.lang
    lines = []
    if result.interrupted:
        lines.append(t(lang, "compete_interrupted"))
    lines.append(t(lang, "compete_results"))
    if not result.standings:
        lines.append(t(lang, "compete_no_players"))
    elif not result.podium:
        # Everyone answered, nobody was right: say that, not "nobody answered".
        names = ", ".join(p.name for p in result.standings[:10])
        lines.append(t(lang, "compete_no_points", players=names))
    lines += textview.podium_lines(result.podium, lang, asked=result.asked)
    if result.most_accurate is not None:
        p = result.most_accurate
        lines.append(
            t(lang, "compete_accurate", name=p.name, correct=p.correct, answered=p.answered)
        )
    return escape("\n".join(lines))


def weak_reply(spots: WeakSpots, chat_id: int, lang: str) -> tuple[str, InlineKeyboardMarkup]:
    lines = [t(lang, "weak_title")]
    lines += [
        t(lang, "weak_line", title=w.card.title, wrong=w.wrong, answered=w.answered)
        for w in spots.cards
    ]
    data = encode("weak", abs(chat_id))
    if spots.topic is not None:
        lines.append(t(lang, "topic_line", topic=spots.topic.name))
        data = encode("weakt", abs(chat_id), spots.topic.id)
    button = InlineKeyboardButton(t(lang, "btn_weak_quiz"), callback_data=data)
    return escape("\n".join(lines)), InlineKeyboardMarkup([[button]])


# --- topics ------------------------------------------------------------------------------


def topics_reply(listing: TopicList, lang: str) -> tuple[str, InlineKeyboardMarkup | None]:
    """/topics: a button per topic (a tap starts a quiz on it), the chat's topic below."""
    if not listing.topics:
        return text(lang, "topics_none"), None
    lines = [t(lang, "topics_title")]
    if listing.total > len(listing.topics):
        lines.append(t(lang, "topics_more", shown=len(listing.topics), total=listing.total))
    if listing.current is not None:
        lines.append(textview.chat_topic_text(ChatTopic(topic=listing.current), lang))
    rows = [
        [
            InlineKeyboardButton(
                shorten(textview.topic_label(topic, lang), 60) or topic.id,
                callback_data=encode("topic", topic.id),
            )
        ]
        for topic in listing.topics
    ]
    return escape("\n".join(lines)), InlineKeyboardMarkup(rows)


def chat_topic(state: ChatTopic, lang: str, *, changed: bool = False) -> str:
    return escape(textview.chat_topic_text(state, lang, changed=changed))


# --- daily pushes and owners -----------------------------------------------------------


def daily_state(state: DailyState, lang: str) -> str:
    if state.local_time is None:
        return text(lang, "daily_off")
    at = state.local_time.strftime("%H:%M")
    line = text(lang, "daily_on", time=at, tz=zone_label(state.tz), n=state.questions)
    return f"{line}\n{text(lang, 'daily_topic', topic=state.topic)}" if state.topic else line


def not_allowed(lang: str, chat: Chat | None, user: User | None) -> str:
    """Why the bot does not answer here, with the id its owner would need."""
    if chat is not None and chat.type != ChatType.PRIVATE:
        return text(lang, "not_allowed_group", chat_id=chat.id)
    return text(lang, "not_allowed_private", user_id=user.id if user else "?")


def ids(lang: str, chat_id: int, user_id: int, chat_type: str) -> str:
    if chat_type == ChatType.PRIVATE:
        return text(lang, "id_private", user_id=user_id)
    return text(lang, "id_group", chat_id=chat_id, user_id=user_id)


def group_help(lang: str, username: str, reads_groups: bool) -> str:
    """/help in a group: what works there, who may change settings, what privacy mode hides."""
    privacy = t(lang, "privacy_off") if reads_groups else t(lang, "privacy_on", bot=username)
    return text(lang, "help_group", privacy=privacy)


def group_greeting(lang: str, reads_groups: bool) -> str:
    more = t(lang, "greet_ask_more") if reads_groups else ""
    return text(lang, "greet_group", ask_more=more)


def zone_text(lang: str, key: str, zone: str) -> str:
    """A message naming the chat's time zone (`UTC+3` rather than `Etc/GMT-3`)."""
    return text(lang, key, tz=zone_label(zone))


def daily_push(push: Push) -> str:
    n, lang = len(push.steps), push.lang
    heading = t(lang, "daily_push", n=n, questions=plural(lang, "questions", n))
    return escape(heading + textview.topic_line(push.topic, lang))


def reload_result(errors: ContentErrors | None, kb: KnowledgeBase, lang: str) -> str:
    if errors is None:
        return text(lang, "reload_ok", notes=len(kb.notes), cards=len(kb.cards))
    shown = "\n".join(str(e) for e in errors.errors[:MAX_ERRORS_SHOWN])
    return text(lang, "reload_failed", errors=shown)


def timed_out(timed: TimedOut) -> str:
    """A question closed unanswered: time is up, and the right answer."""
    right = ", ".join(timed.question.options[i] for i in timed.question.correct)
    return text(timed.lang, "quiz_timed_out", answer=right)
