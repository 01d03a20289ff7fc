"""Planning many daily pushes at once reads the database in bulk and picks like one by one."""

from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path

from bot.core import srs
from bot.core.states import QuizKind
from bot.services.library import Library
from bot.services.pushes import BULK_PLAN
from bot.services.types import ChatInfo
from bot.storage.records import AnswerRecord
from tests.support import FakeClock, open_tutor


async def test_bulk_plan_picks_due_cards_and_group_weak_spots(
    library: Library, clock: FakeClock, tmp_path: Path
) -> None:
    tutor = await open_tutor(tmp_path / "tutor.db", library, clock, timezone="UTC")
    pushes = tutor.services.pushes
    cards = [c for c in tutor.services.library.kb.cards if c.definition]
    at = (clock() + timedelta(minutes=1)).time().replace(second=0, microsecond=0)
    chats = [ChatInfo(id=i, type="private") for i in range(1, BULK_PLAN + 5)]
    chats.append(ChatInfo(id=-100, type="group"))
    for chat in chats:
        await pushes.subscribe(chat, time(at.hour, at.minute), 3)
    now = clock()
    # User 1 got one card wrong an hour ago: it is due and must come first.
    missed = cards[5]
    await tutor.repo.users.upsert_user(1, "A", None, "ru", now.timestamp())
    await tutor.repo.users.upsert_user(2, "B", None, "ru", now.timestamp())
    for user, chat_id in ((1, 1), (2, -100)):
        await tutor.repo.answers.record(
            AnswerRecord(
                user_id=user,
                chat_id=chat_id,
                quiz_id=None,
                poll_id=f"p{user}",
                card_id=missed.id,
                question_id="q",
                chosen=(0,),
                correct=False,
                seconds=3.0,
                points=0,
                kind=QuizKind.QUIZ,
                answered_at=now.timestamp(),
            ),
            lambda state: srs.review(state, missed.id, 1, now - timedelta(hours=1)),
        )
    clock.advance(90)
    plans = await pushes.plan(clock())
    assert len(plans) == len(chats) > BULK_PLAN
    by_chat = {p.chat_id: p.card_ids for p in plans}
    assert by_chat[1][0] == missed.id
    assert by_chat[-100][0] == missed.id
    assert all(len(ids) == 3 and len(set(ids)) == 3 for ids in by_chat.values())
    one_by_one = await pushes.cards_for(1, 3)
    await tutor.close()
    assert one_by_one[0] == missed.id
