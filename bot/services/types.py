"""What the services take from and give back to the adapters: plain frozen data, no rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import StrEnum

from bot.core.models import Card, Question
from bot.core.progress import TopicScore, UserStats
from bot.core.scoring import PlayerRound
from bot.core.search import Result
from bot.core.states import QuizKind
from bot.core.topics import Topic
from bot.storage.errors import StorageError

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True, kw_only=True)
class UserInfo:
    id: int
    name: str
    username: str | None = None
    lang: str = "ru"


@dataclass(frozen=True, slots=True, kw_only=True)
class ChatInfo:
    id: int
    type: str = "private"
    title: str | None = None

    @property
    def is_group(self) -> bool:
        return self.type in ("group", "supergroup")


class Refusal(StrEnum):
    """Why a quiz or round did not start; each value is the catalogue key of its message
    (except REVIEW_NONE and a busy chat's QUIZ_BUSY, which `textview.refusal_text` words)."""

    QUIZ_BAD_N = "quiz_bad_n"
    QUIZ_BUSY = "quiz_busy"
    QUIZ_EMPTY = "quiz_empty"
    QUIZ_EXPIRED = "quiz_expired"
    NOT_YOURS = "not_yours"
    CARD_GONE = "stale_button"
    REVIEW_NONE = "review_none"
    WEAK_NONE = "weak_none"
    COMPETE_GROUP_ONLY = "compete_group_only"
    COMPETE_BAD = "compete_bad"
    COMPETE_RUNNING = "compete_running"
    TOPIC_UNKNOWN = "topic_unknown"
    TOPIC_EMPTY = "topic_empty"
    STOP_NONE = "stop_none"
    STOP_NOT_YOURS = "stop_not_yours"
    CHECK_CLOSED = "selfcheck_closed"
    CHECK_NOT_YOURS = "selfcheck_not_yours"
    CHECK_ANSWERED = "selfcheck_answered"


@dataclass(frozen=True, slots=True, kw_only=True)
class BusyQuiz:
    """The quiz that keeps a chat busy: whose it is and how far it got."""

    quiz_id: int
    owner_id: int | None
    owner_name: str
    position: int
    total: int


@dataclass(frozen=True, slots=True, kw_only=True)
class QuizRefusal:
    reason: Refusal
    # With REVIEW_NONE: when the next card comes due, in the chat's time zone (None: the user
    # has nothing in review yet), and the chat's local date, so it can say "today".
    review_due: datetime | None = None
    today: date | None = None
    busy: BusyQuiz | None = None  # with QUIZ_BUSY: the quiz that runs
    topic: str = ""  # with TOPIC_UNKNOWN: the name asked; with TOPIC_EMPTY: the topic
    closest: tuple[str, ...] = ()  # with TOPIC_UNKNOWN: the names of the closest topics


@dataclass(frozen=True, slots=True, kw_only=True)
class QuizStep:
    """A question to send now, with what the adapter needs to send and track it."""

    quiz_id: int
    chat_id: int
    kind: QuizKind
    lang: str
    position: int
    total: int
    question: Question
    open_seconds: int | None
    standings: tuple[PlayerRound, ...] = ()  # a round's players so far, best first
    topic: str = ""  # the quiz's topic as shown (on the first question of a new quiz)
    # With the first question: what a quiz of this chat left open when it expired (poll
    # messages to close, self-checks to settle).
    expired_polls: tuple[int, ...] = ()
    expired_checks: tuple[SelfCheck, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class PlayerResult:
    user_id: int
    name: str
    correct: int  # right poll answers (self-checks are not scored)
    answered: int  # polls answered
    knew: int = 0  # self-checks the player said they knew
    checked: int = 0  # self-checks the player graded


@dataclass(frozen=True, slots=True, kw_only=True)
class SelfCheck:
    """A self-check question as its message shows it: asked, revealed or closed."""

    quiz_id: int
    chat_id: int
    lang: str
    position: int
    total: int
    question: Question
    message_id: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class QuizSummary:
    quiz_id: int
    chat_id: int
    kind: QuizKind
    lang: str
    owner_id: int | None
    total: int
    players: tuple[PlayerResult, ...]
    missed: tuple[Card, ...] = ()
    best: tuple[int, int] = (0, 0)
    topic: Topic | None = None  # the topic the quiz was asked on, if it still exists
    asked: int = 0  # questions sent (fewer than `total` when stopped early)
    checks: int = 0  # how many of the questions asked were self-checks
    stopped: bool = False
    open_polls: tuple[int, ...] = ()  # message ids of its polls still open in the chat
    open_checks: tuple[SelfCheck, ...] = ()  # its self-checks still taking answers

    @property
    def owner(self) -> PlayerResult | None:
        return next((p for p in self.players if p.user_id == self.owner_id), None)


@dataclass(frozen=True, slots=True, kw_only=True)
class RoundResult:
    round_id: int
    chat_id: int
    lang: str
    asked: int
    standings: tuple[PlayerRound, ...]
    podium: tuple[PlayerRound, ...]
    most_accurate: PlayerRound | None
    interrupted: bool = False


QuizEnd = QuizSummary | RoundResult


@dataclass(frozen=True, slots=True, kw_only=True)
class StoppedRound:
    quiz_id: int
    result: RoundResult | None


@dataclass(frozen=True, slots=True, kw_only=True)
class TimedOut:
    """A question nobody (or not its owner) answered in time, and what comes next."""

    quiz_id: int
    chat_id: int
    kind: QuizKind
    lang: str
    message_id: int | None  # the poll to close (or the self-check to show the answer in)
    question: Question
    next: QuizStep | QuizEnd | None
    position: int = 0
    total: int = 0

    def as_check(self) -> SelfCheck:
        """The self-check this question was (when `question.selfcheck`)."""
        return SelfCheck(
            quiz_id=self.quiz_id,
            chat_id=self.chat_id,
            lang=self.lang,
            position=self.position,
            total=self.total,
            question=self.question,
            message_id=self.message_id,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class AnswerOutcome:
    """What happened to one poll answer."""

    recorded: bool
    correct: bool
    points: int
    quiz_id: int
    position: int
    should_advance: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class Recalled:
    """A self-check graded: the answer as recorded, and the question to show it under."""

    outcome: AnswerOutcome
    check: SelfCheck


@dataclass(frozen=True, slots=True, kw_only=True)
class Waiting:
    """An active quiz waiting on its current question (after a restart it needs a timeout)."""

    quiz_id: int
    chat_id: int
    position: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Leaderboard:
    week: tuple[PlayerRound, ...]
    all_time: tuple[PlayerRound, ...]
    season: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class WeakCard:
    card: Card
    answered: int
    wrong: int


@dataclass(frozen=True, slots=True, kw_only=True)
class WeakSpots:
    """A chat's weak cards, on its topic (or the one asked) when there is one."""

    cards: tuple[WeakCard, ...]
    topic: Topic | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Answer:
    """A definition question's lookup and the cards to offer under the answer."""

    result: Result
    related: tuple[Card, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Scope:
    """Which cards a quiz, review, weak list or push draws from: a topic's, or all."""

    topic: Topic | None = None
    ids: frozenset[str] | None = None  # None: every card

    def has(self, card_id: str) -> bool:
        return self.ids is None or card_id in self.ids


@dataclass(frozen=True, slots=True, kw_only=True)
class ChatTopic:
    """A chat's default topic; `lost` names a stored one the notes no longer have."""

    topic: Topic | None = None
    lost: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class TopicList:
    """Topics to show (a whole tree, or the part under a word) and the chat's own."""

    topics: tuple[Topic, ...]
    total: int  # topics in the notes
    current: Topic | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class DailyState:
    local_time: time | None
    tz: str
    questions: int
    topic: str = ""  # the chat's topic as shown, when its pushes keep to one


@dataclass(frozen=True, slots=True, kw_only=True)
class PlannedPush:
    """A push due now and the cards spaced repetition picked for it."""

    chat_id: int
    slot: datetime
    card_ids: tuple[str, ...]
    topic: str | None = None  # the chat's topic key the cards were picked from


@dataclass(frozen=True, slots=True, kw_only=True)
class Push:
    """A daily push that is due now (already claimed, so it is sent at most once)."""

    chat_id: int
    slot: datetime
    lang: str
    steps: tuple[QuizStep, ...]
    topic: str = ""  # the chat's topic as shown, when the push is scoped to one


__all__ = [
    "Answer",
    "AnswerOutcome",
    "BusyQuiz",
    "ChatInfo",
    "ChatTopic",
    "Clock",
    "DailyState",
    "Leaderboard",
    "PlannedPush",
    "PlayerResult",
    "Push",
    "QuizEnd",
    "QuizRefusal",
    "QuizStep",
    "QuizSummary",
    "Recalled",
    "Refusal",
    "RoundResult",
    "Scope",
    "SelfCheck",
    "StoppedRound",
    "StorageError",
    "TimedOut",
    "TopicList",
    "TopicScore",
    "UserInfo",
    "UserStats",
    "Waiting",
    "WeakSpots",
    "utcnow",
]
