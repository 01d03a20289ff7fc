"""How often a lasting trouble (no network, a second poller) is logged: at the start, then
ever less often, and afresh after it was quiet for long."""

from __future__ import annotations

import itertools

from bot.tg.network import FIRST_REPEAT, LONGEST_REPEAT, Complaint


def test_a_lasting_trouble_is_logged_ever_less_often() -> None:
    complaint = Complaint()
    logged = [t for t in range(4000) if complaint.due(float(t))]
    gaps = [b - a for a, b in itertools.pairwise(logged)]
    assert logged[0] == 0
    assert gaps[0] == FIRST_REPEAT
    assert gaps == sorted(gaps), "the interval only grows"
    assert max(gaps) <= LONGEST_REPEAT + 1


def test_the_end_of_a_trouble_and_a_new_one() -> None:
    complaint = Complaint()
    assert complaint.due(0.0)
    assert not complaint.due(5.0)
    assert complaint.over(10.0) == 10.0
    assert complaint.over(11.0) is None
    assert complaint.due(12.0), "a new outage is logged at once"
    assert complaint.due(12.0 + LONGEST_REPEAT + 1), "quiet for long: a new trouble"
