"""Planning many daily pushes at once reads the database in bulk and picks like one by one."""

from __future__ import annotations

from datetime import time, timedelta

from bot.core import srs
from bot.services import ChatInfo, Tutor
from bot.services.groups import BULK_PLAN, Groups
from bot.storage.repo import AnswerRow
from tests.conftest import FakeClock


async def test_bulk_plan_picks_due_cards_and_group_weak_spots(
    tutor: Tutor, clock: FakeClock
) -> None:
    tutor.default_tz = "UTC"
    groups = Groups(tutor)
    cards = [c for c in tutor.library.kb.cards if c.definition]
    at = (clock() + timedelta(minutes=1)).time().replace(second=0, microsecond=0)
    chats = [ChatInfo(id=i, type="private") for i in range(1, BULK_PLAN + 5)]
    chats.append(ChatInfo(id=-100, type="group"))
    for chat in chats:
        await groups.subscribe(chat, time(at.hour, at.minute), 3)
    now = clock()
    # User 1 got one card wrong an hour ago: it is due and must come first.
    missed = cards[5]
    await tutor.repo.upsert_user(1, "A", None, "ru", now.timestamp())
    await tutor.repo.upsert_user(2, "B", None, "ru", now.timestamp())
    for user, chat_id in ((1, 1), (2, -100)):
        await tutor.repo.record_answer(
            AnswerRow(
                user_id=user,
                chat_id=chat_id,
                quiz_id=None,
                poll_id=f"p{user}",
                card_id=missed.id,
                question_id="q",
                chosen="[0]",
                correct=False,
                seconds=3.0,
                points=0,
                kind="quiz",
                answered_at=now.timestamp(),
            ),
            lambda state: srs.review(state, missed.id, 1, now - timedelta(hours=1)),
        )
    clock.advance(90)
    plans = await groups.plan_pushes(clock())
    assert len(plans) == len(chats) > BULK_PLAN
    by_chat = {p.chat_id: p.card_ids for p in plans}
    assert by_chat[1][0] == missed.id
    assert by_chat[-100][0] == missed.id
    assert all(len(ids) == 3 and len(set(ids)) == 3 for ids in by_chat.values())
    one_by_one = await groups.push_cards(1, 3)
    assert one_by_one[0] == missed.id
