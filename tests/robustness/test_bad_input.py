"""Bad input to the pure parts: notes, glossary and quiz files, the lookup, callback data.

Arbitrary text may only ever raise the documented content errors (with a file and a line),
and the lookup answers every adversarial question with a Result in bounded time.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.content.loader import load_content
from bot.content.quizfile import parse_quiz_file
from bot.core.models import Card, ContentError, ContentErrors, KnowledgeBase, Note
from bot.core.notes import parse_note
from bot.core.search import Result
from bot.core.text import fold
from bot.services import Library
from bot.tg.callbacks import ACTIONS, MAX_BYTES, Callback, decode, encode
from tests.robustness.kit import FUZZ, TALLY

T = TypeVar("T")

# Pieces of Markdown and YAML syntax: random text rarely hits the interesting paths alone.
MD_PIECES = [
    "\n", "\n\n", "- ", "  - ", "    - ", "\t- ", "* ", "+ ", "1. ", "2) ", "**", "__", "*", "_",
    "`", "```", "~~~", "```python\n", "# ", "## ", "###### ", "#tag ", "---\n", "***",
    "![[img.png]]", "![](x.png)", "![[", "]]", "[", "]", "(", ")", "](", "[[", "|",
    "[x](http://e.x)", "<http://e.x>", " — ", " - ", " – ", ": ", "Term", "Образ", "контейнер",
    "docker", "(alias, b)",
    "<", ">", "&", "&amp;", "\r", "\r\n", "\u2028", "\ufeff", "\u200b", "\u0301", "🐳", "שלום",
    "\x00", " ", "    ", "\t",
]  # fmt: skip
YAML_PIECES = [
    "\n", "- ", "  ", "    ", "question: ", "options: ", "correct: ", "card: ", "section: ",
    "explanation: ", "tags: ", "colour: ", "[", "]", "{", "}", ", ", ": ", "? ", "'", '"', "|",
    ">", "#", "---\n", "...\n", "%YAML 1.1\n", "&a ", "*a", "!!python/object/apply:os.system ",
    "!!binary ", "!!int ", "~", "null", "true", "1", "2", "0", "-1", "99999", "²", "٣", "Docker",
    "Docker image", "Образ", "Theory", "a", "b", "\t", "\x00", "\ufeff", "🐳", "<b>", "&",
]  # fmt: skip


def _joined(pieces: list[str]) -> st.SearchStrategy[str]:
    piece = st.sampled_from(pieces) | st.text(max_size=12)
    return st.lists(piece, max_size=60).map("".join)


markdown = _joined(MD_PIECES) | st.text(max_size=400)
yamlish = _joined(YAML_PIECES) | st.text(max_size=200)


def _by_title(cards: tuple[Card, ...]) -> dict[str, list[Card]]:
    by_title: dict[str, list[Card]] = {}
    for card in cards:
        by_title.setdefault(fold(card.title).strip(), []).append(card)
    return by_title


def _is_located(err: ContentError, source: str) -> bool:
    return err.source.endswith(source.rsplit("/", 1)[-1]) and err.line >= 0


@dataclass(frozen=True)
class Raised:
    errors: list[ContentError]


def _outcome(call: Callable[[], T]) -> T | Raised:
    """What `call` returns, or the content errors it raised (anything else propagates)."""
    try:
        return call()
    except ContentErrors as many:
        return Raised(list(many.errors))
    except ContentError as err:
        return Raised([err])


def _located(outcome: object, source: str) -> bool:
    """True for a value, or for content errors that all point into `source`."""
    if not isinstance(outcome, Raised):
        return True
    return bool(outcome.errors) and all(_is_located(e, source) for e in outcome.errors)


# ------------------------------------------------------------------------------- notes


@FUZZ
@given(text=markdown)
def test_note_parser_loads_any_text(text: str) -> None:
    TALLY.bad()
    note = parse_note(text, "notes/fuzz.md")
    assert isinstance(note, Note)
    assert all(w.source == "notes/fuzz.md" and w.line >= 1 for w in note.warnings)
    ids = [c.id for c in note.cards]
    assert len(ids) == len(set(ids)), "card ids must stay unique inside a note"
    assert all(c.title for c in note.cards)


ADVERSARIAL_NOTES = {
    "deep list": "\n".join(" " * i + "- level" for i in range(1500)),
    "deep tabs": "\n".join("\t" * i + "- level" for i in range(400)),
    "brackets": "- " + "[" * 10_000,
    "wikilinks": "- " + "[[" * 5_000,
    "links": "- " + "[a](" * 3_000,
    "embeds": "- " + "![" * 5_000,
    "stars": "- " + "*a " * 4_000,
    "bold": "**" + "x" * 10_000,
    "paragraphs": "**a** — b\n" * 2_000,
    "headings": "\n".join("#" * (1 + i % 6) + " h" for i in range(3_000)),
    "unclosed fence": "# T\n```\n" + "- a\n" * 100,
    "nul": "- a\x00b",
    "only punctuation": "?!.,;:—()[]{}<>&*_`|" * 500,
    "zero width": "- \u200b\u200d\u2060\ufeff — \u200b",
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL_NOTES))
def test_note_parser_survives_adversarial_notes(name: str) -> None:
    TALLY.bad()
    started = time.perf_counter()
    outcome = parse_note(ADVERSARIAL_NOTES[name], "notes/adv.md")
    assert isinstance(outcome, Note)
    # Not a benchmark: only a guard against quadratic or worse behaviour on one long line.
    assert time.perf_counter() - started < 3.0, f"{name}: parsing took pathological time"


# ---------------------------------------------------------------- glossary, quizzes, folders


@FUZZ
@given(text=yamlish)
def test_quiz_file_parser_only_raises_content_errors(library: Library, text: str) -> None:
    TALLY.bad()
    by_title = _by_title(library.kb.cards)
    questions = _outcome(lambda: parse_quiz_file(text, "quizzes/fuzz.yaml", by_title))
    assert _located(questions, "quizzes/fuzz.yaml")
    for q in [] if isinstance(questions, Raised) else questions:
        assert len(q.options) >= 2 and q.correct
        assert all(0 <= i < len(q.options) for i in q.correct)


ADVERSARIAL_YAML = {
    "deep sequence": "[" * 800,
    "deep mapping": "{a: " * 800,
    "deep block": "- " * 800 + "x",
    "recursive alias": "- &a {question: *a, options: [a, b], correct: a, card: Docker image}",
    "alias bomb": "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c, *c]\n",
    "python tag": "- !!python/object/apply:os.system ['true']",
    "superscript number": "- {question: Q, options: [a, b], correct: '²', card: Docker image}",
    "huge number": "- {question: Q, options: [a, b], correct: "
    + "9" * 5000
    + ", card: Docker image}",
    "arabic digit": "- {question: Q, options: [a, b], correct: '٢', card: Docker image}",
    "tabs": "-\tquestion: q\n\toptions: [a, b]",
    "duplicate keys": "- {question: a, question: b, options: [a, b], correct: a, card: Term}",
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL_YAML))
def test_quiz_and_glossary_survive_adversarial_yaml(library: Library, name: str) -> None:
    TALLY.bad(2)
    text = ADVERSARIAL_YAML[name]
    by_title = _by_title(library.kb.cards)
    assert _located(
        _outcome(lambda: parse_quiz_file(text, "quizzes/adv.yaml", by_title)), "quizzes/adv.yaml"
    )
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "notes").mkdir()
        (root / "notes" / "n.md").write_text("- **Term** — a definition\n", encoding="utf-8")
        (root / "glossary.yaml").write_text(text, encoding="utf-8")
        with pytest.raises(ContentErrors) as caught:
            load_content(root)
        assert all(e.source == "glossary.yaml" for e in caught.value.errors)


@FUZZ
@given(note=markdown, glossary=yamlish, quiz=yamlish, raw=st.binary(max_size=64))
def test_content_folder_loader_only_raises_content_errors(
    note: str, glossary: str, quiz: str, raw: bytes
) -> None:
    TALLY.bad(4)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "notes").mkdir()
        (root / "quizzes").mkdir()
        (root / "notes" / "fuzz.md").write_text(note, encoding="utf-8")
        (root / "notes" / "raw.md").write_bytes(raw)
        (root / "glossary.yaml").write_text(glossary, encoding="utf-8")
        (root / "quizzes" / "q.yaml").write_text(quiz, encoding="utf-8")
        kb = _outcome(lambda: load_content(root))
    if isinstance(kb, Raised):
        known = {"notes/fuzz.md", "notes/raw.md", "glossary.yaml", "quizzes/q.yaml"}
        assert kb.errors and {e.source for e in kb.errors} <= known
    else:
        assert isinstance(kb, KnowledgeBase)


# ------------------------------------------------------------------------------- lookup


def _adversarial_questions() -> dict[str, str]:
    return {
        "10k letters": "a" * 10_000,
        "10k words": ("образ " * 2_000)[:10_000],
        "long repeated word": "контейнеризация" * 700,
        "long latin word": "dockerfile" * 1_000,
        "only punctuation": "?!.,;:-—()[]{}<>«»/\\|@#$%^&*_=+~`'\"" * 300,
        "only emoji": "🐳😀🔥👍🏽‍🦰" * 1_500,
        "zero width": "о\u200bб\u200dр\u200cа\ufeffз\u2060" * 1_500,
        "combining": "о\u0301\u0308б\u0327р\u0336" * 1_500,
        "rtl": "שלום עולם مرحبا بالعالم \u202e" * 400,
        "mixed scripts": "dоcкеr Ꭰocker ｄｏｃｋｅｒ 𝐝𝐨𝐜𝐤𝐞𝐫 " * 300,
        "wrong layout": "jhfp " * 2_000,
        "near misses": " ".join(f"dokcer{i}" for i in range(1_500)),
        "digits": "1234567890 " * 1_000,
        "whitespace": " \t\n\r\u00a0\u2028\u3000" * 1_000,
        "html": "<b>&amp;</b><script>alert(1)</script>" * 300,
        "control": "".join(chr(c) for c in range(1, 32)) * 300,
        "empty": "",
    }


@pytest.mark.parametrize("name", sorted(_adversarial_questions()))
def test_lookup_returns_a_result_for_adversarial_questions(library: Library, name: str) -> None:
    question = _adversarial_questions()[name]
    TALLY.bad(2)
    started = time.perf_counter()
    result = library.ask(question)
    cards = library.inline(question[:256])
    elapsed = time.perf_counter() - started
    assert isinstance(result, Result)
    assert result.found == (result.best is not None)
    assert len(cards) <= 10
    # The benchmark measures speed; this only catches pathological (seconds-long) lookups.
    assert elapsed < 2.0, f"{name}: lookup took {elapsed:.2f}s"


@FUZZ
@given(question=st.text(max_size=300) | _joined(MD_PIECES))
def test_lookup_never_raises(library: Library, question: str) -> None:
    TALLY.bad()
    result = library.ask(question)
    assert isinstance(result, Result)
    assert result.query == question
    assert 0.0 <= result.score <= 1.0
    assert len(library.inline(question)) <= 10


# ---------------------------------------------------------------------- callback data


@FUZZ
@given(data=st.text(max_size=100) | st.binary(max_size=80) | st.none() | st.integers())
def test_callback_decoder_rejects_garbage(data: object) -> None:
    TALLY.bad()
    decoded = decode(data)
    if decoded is None:
        return
    assert isinstance(data, str) and len(data.encode()) <= MAX_BYTES
    assert ACTIONS[decoded.action] == len(decoded.args)
    assert encode(decoded.action, *decoded.args) == data


_arg = st.from_regex(r"[A-Za-z0-9_-]{1,12}", fullmatch=True)


@FUZZ
@given(
    action=st.sampled_from(sorted(ACTIONS)),
    args=st.lists(_arg, min_size=max(ACTIONS.values()), max_size=max(ACTIONS.values())),
    noise=st.text(max_size=8),
)
def test_callback_round_trip_and_tampering(action: str, args: list[str], noise: str) -> None:
    TALLY.bad()
    data = encode(action, *args[: ACTIONS[action]])
    assert decode(data) == Callback(action=action, args=tuple(args[: ACTIONS[action]]))
    tampered = data + "|" + noise
    assert decode(tampered) is None
    assert decode("v2" + data[2:]) is None


@pytest.mark.parametrize("value", ["9" * 40, "-" + "9" * 39, "abc", "1_000", "", "²"])
def test_callback_int_args_stay_in_sqlite_range(value: str) -> None:
    TALLY.bad()
    number = Callback(action="retry", args=(value,)).int_arg(0)
    assert number is None or -(2**63) <= number < 2**63
