"""Markup characters in notes, names and questions are shown literally and never break a send.

The fake Bot API parses parse_mode=HTML as strictly as Telegram (a stray "<" is a 400), and
keeps the plain text the user would see, so each check reads what a person would read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.bootstrap import Tutor
from bot.core.models import Card, CardKind, Detail, Link
from bot.services.library import load_library
from bot.tg import render
from tests.fakeapi import ApiError, FakeBotAPI, parse_html
from tests.robustness.kit import FUZZ, TALLY, write_content
from tests.support import FakeClock, feed, open_tutor, running_app, settings_for

from hypothesis import given  # isort: skip
from hypothesis import strategies as st  # isort: skip

NASTY = "a < b & c > d"
LONG_FACT = " ".join(f"<w{i}> & *x_{i}* `t` [b]" for i in range(260))  # about 6,000 characters
NOTE = f"""#markup

# Shell <basics> & more

- **{NASTY}** — compares `x < y` and prints *bold* _under_ [brackets] & <tags> </b> &amp;
    - detail with <b>fake bold</b> & a [link](https://e.x/?a=1&b=<2>) and `code <x>`
    - **nested <term>** — inner & def
- **Команда `docker run --name <имя>`** — запускает контейнер & печатает «id»
- **__init__.py** — the _file_ with *stars*, `backticks` and ~tildes~
- **Brackets [x] (y) {{z}}** — definition with ]] and [[ and ((x)) and |pipes|
- **Long line** — {" ".join(["<&>"] * 1500)}
- {LONG_FACT}
"""
QUIZ = """
- question: "Which is true about <b> & </b>?"
  options: ["<b>", "&amp;", "a < b", "[x](y)"]
  correct: "a < b"
  explanation: "Because <b> & *stars* are `literal`"
  card: a < b & c > d
"""
GLOSSARY = """
"a < b & c > d": ["<cmp>", "&&"]
"""
QUESTIONS = [NASTY, "<cmp>", "Команда docker run", "__init__.py", "Brackets", "Long line",
             "<script>alert(1)</script>", "что такое <b>?", "`rm -rf` & [x](y)", "*bold* _u_",
             "&amp; &lt; &#0; &#x110000;", "</b></i></a>"]  # fmt: skip


@pytest.fixture
async def marked_tutor(tmp_path: Path, clock: FakeClock) -> Any:
    root = write_content(tmp_path / "content", {"shell": NOTE}, QUIZ, GLOSSARY)
    tutor = await open_tutor(tmp_path / "markup.db", load_library(root), clock, seed=5)
    yield tutor
    await tutor.close()


def _refused(world: FakeBotAPI) -> list[str]:
    return [c.brief() for c in world.calls if not c.ok]


async def test_notes_and_questions_with_markup_are_shown_literally(
    world: FakeBotAPI, marked_tutor: Tutor, tmp_path: Path
) -> None:
    alice = world.user(1, "Alice")
    chat = world.private_chat(alice)
    settings = settings_for(
        tmp_path, content_dir=marked_tutor.services.library.current.content_dir
    )
    async with running_app(world, marked_tutor, settings) as app:
        for question in QUESTIONS:
            TALLY.bad()
            await feed(app, world.send_text(chat, alice, question))
        # Every card through its button, and the same text again through inline mode.
        for card in marked_tutor.services.library.kb.cards:
            TALLY.bad()
            await feed(app, world.press_button(chat, alice, f"v1|card|{card.id}", 1))
            await feed(app, world.inline_query(alice, card.title[:256]))
    assert _refused(world) == []
    shown = "\n".join(world.sent_texts(chat["id"]))
    # What a reader sees in Obsidian: HTML tags in notes are hidden and entities decoded;
    # everything else, including "<" that starts no tag, is shown as written.
    for literal in (
        NASTY,
        "compares x < y and prints bold under [brackets] & &",
        "detail with fake bold & a link and code <x>",
        "Команда docker run --name <имя>",
        "(<cmp>, &&)",
        "Brackets [x] (y) {z}",
        "«<script>alert(1)</script>»",
        "& x_0 t [b]",
        "& x_259 t [b]",
    ):
        assert literal in shown, f"not shown literally: {literal!r}"
    link = next(
        e for c in world.calls_of("sendMessage") if c.ok
        for e in c.result.get("entities", []) if e["type"] == "text_link"
    )  # fmt: skip
    assert link["url"] == "https://e.x/?a=1&b=<2>"
    for call in world.calls_of("answerInlineQuery"):
        for result in call.params["results"]:
            parse_html(result["input_message_content"]["message_text"])


async def test_quiz_names_and_boards_with_markup(
    world: FakeBotAPI, marked_tutor: Tutor, tmp_path: Path
) -> None:
    bob = world.user(2, "<b>Bob", last_name="& Co</b>", username="bob")
    eve = world.user(3, "</i>Eve<", language_code="en")
    group = world.group_chat(20, title="<Team & Co>")
    world.set_admin(group["id"], 2)
    settings = settings_for(
        tmp_path, content_dir=marked_tutor.services.library.current.content_dir
    )
    async with running_app(world, marked_tutor, settings) as app:
        await feed(app, world.send_text(group, bob, "/quiz 3"))
        for _ in range(3):
            poll = world.last_poll(group["id"])
            right = poll["correct_option_ids"][0]
            await feed(app, world.answer_poll(poll["id"], eve, [(right + 1) % 2]))
            await feed(app, world.answer_poll(poll["id"], bob, [right]))
        for text in ("/top", "/weak", "/stats"):
            await feed(app, world.send_text(group, bob, text))
        await feed(app, world.send_text(group, eve, "/top"))
    assert _refused(world) == []
    shown = "\n".join(world.sent_texts(group["id"]))
    assert "<b>Bob & Co</b>: 3/3" in shown and "</i>Eve<: 0/3" in shown
    assert "1. <b>Bob & Co</b> — 300" in shown
    assert "</i>Eve< — 0" in shown
    for poll in world.polls.values():
        assert 1 <= len(poll["question"]) <= 300


# --------------------------------------------------------------- rendering, property


_texty = st.lists(
    st.sampled_from([*"<>&*_`[](){}|~#!\"' ;/=\n\tabcя🐳", "&amp;", "</b>", "  "]),
    max_size=300,
).map("".join)


@FUZZ
@given(
    title=_texty.filter(str.strip),
    definition=_texty,
    details=st.lists(_texty, max_size=4),
    url=_texty,
    long=st.integers(min_value=0, max_value=3),
)
def test_card_html_always_parses_and_fits(
    title: str, definition: str, details: list[str], url: str, long: int
) -> None:
    """Any card renders to messages Telegram accepts, each within 4,096 characters."""
    TALLY.bad()
    title = title * (1 + 15 * long) if long else title
    card = Card(
        id="c",
        title=title,
        kind=CardKind.FACT if long % 2 else CardKind.TERM,
        aliases=(definition[:20],) if definition.strip() else (),
        definition=definition * (1 + 10 * long),
        details=tuple(
            Detail(text=d * (1 + 20 * long), links=(Link(text=d[:5] or "x", url=url),))
            for d in details
        ),
        links=(Link(text=title[:10], url=url),),
        section=(title[:30],),
        note="n",
    )
    for lang in ("ru", "en"):
        parts, _ = render.card_reply(card, lang)
        for part in parts:
            try:
                plain, _ = parse_html(part)
            except ApiError as err:
                raise AssertionError(f"{err.description}: {part[:300]!r}") from err
            assert plain.strip() and len(plain) <= 4096 and len(part) <= 4096
