"""A flood from one user is throttled politely (one notice) and never slows anyone else."""

from __future__ import annotations

import asyncio
import types
from pathlib import Path

import pytest

from bot.bootstrap import Tutor
from bot.i18n import t
from bot.tg.handlers import ask
from tests.fakeapi import FakeBotAPI
from tests.robustness.kit import TALLY
from tests.support import feed, running_app, settings_for


class SteppedClock:
    """time.monotonic for the handlers: the test says when each message arrives."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def stepped(monkeypatch: pytest.MonkeyPatch) -> SteppedClock:
    clock = SteppedClock()
    monkeypatch.setattr(ask, "time", types.SimpleNamespace(monotonic=clock.monotonic))
    return clock


async def test_flood_is_throttled_with_one_notice_and_others_are_answered(
    world: FakeBotAPI, tutor: Tutor, tmp_path: Path, stepped: SteppedClock
) -> None:
    flooder, other = world.user(1, "Flooder"), world.user(2, "Other", language_code="en")
    third = world.user(3, "Third")
    flood_chat, other_chat = world.private_chat(flooder), world.private_chat(other)
    group = world.group_chat(30)
    limit = handlers_limit()
    async with running_app(world, tutor, settings_for(tmp_path)) as app:
        for i in range(50):  # 50 questions in 5 seconds, with another user asking in between
            stepped.now += 0.1
            TALLY.bad()
            flood = feed(app, world.send_text(flood_chat, flooder, "что такое образ?"))
            if i % 10 == 5:
                ask = feed(app, world.send_text(other_chat, other, "what is a volume?"))
                shout = feed(app, world.send_text(group, third, "?контейнер"))
                await asyncio.gather(flood, ask, shout)
            else:
                await flood
        flooded = world.sent_texts(flood_chat["id"])
        assert len(flooded) == limit + 1, "the flooder gets the allowance plus one notice"
        assert flooded[-1] == t("ru", "slow_down")
        assert all(text.startswith("Docker image") for text in flooded[:-1])
        assert len(world.sent_texts(other_chat["id"])) == 5, "another user was throttled"
        assert len(world.sent_texts(group["id"])) == 5
        calls = len(world.calls)
        for _ in range(20):  # still flooding: dropped without any Bot API call
            stepped.now += 0.1
            await feed(app, world.send_text(flood_chat, flooder, "образ"))
        assert len(world.calls) == calls, "dropped messages still cost Telegram calls"
        stepped.now += 11  # a quiet window later the flooder is welcome again
        await feed(app, world.send_text(flood_chat, flooder, "что такое образ?"))
        assert world.sent_texts(flood_chat["id"])[-1].startswith("Docker image")
    TALLY.bad(21)


def handlers_limit() -> int:
    from bot.tg.throttle import Throttle

    return Throttle().limit
