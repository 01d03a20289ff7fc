"""A synthetic knowledge base of real words, written as Markdown notes, and questions about it.

Russian words come from pymorphy3's OpenCorpora dictionary (lemmas with their inflected
forms, proper names and abbreviations left out), English words from Python's bundled
documentation (`pydoc_data.topics`). Words the seed notes use are left out, so the seed cards
stay the only right answers to the seed questions inside the big knowledge base. One word in
ten is held back from the notes: questions about those are real words the notes do not cover.

Everything is deterministic for a given seed.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import random
import re
import shutil
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import pymorphy3

from bench.cases import Case
from bot.core.models import Card, CardKind
from bot.core.search import Index
from bot.core.text import STOPWORDS, STOPWORDS_EN, fold, switch_layout, words

_FIRST = "абвгдежзиклмнопрстуфхцчшэюя"
_NEXT = "абвгдежзийклмнопрстуфхцчшщыьэюя"
_SKIP_GRAMMEMES = frozenset(
    {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init", "Infr", "Slng", "Arch"}
    | {"Erro", "Dist", "Fixd"}
)
_TEXT_POS = frozenset({"NOUN", "ADJF", "VERB", "INFN", "ADVB", "PRTF", "GRND"})
# Function words (all of them stop words of the lookup) glue the content words together; the
# content words themselves follow a Zipf law, so no single one is in a large share of cards.
_GLUE_RU = tuple("в и на для с по из от как что при это или без к о".split())  # noqa: SIM905
_GLUE_EN = tuple("the of and to in for with is a on as that".split())  # noqa: SIM905
_WRAPPERS_RU = ("{}", "что такое {}?", "{} это что", "расскажи про {}", "{}?", "объясни {}")
_WRAPPERS_EN = ("{}", "what is {}", "define {}", "{}?", "explain {}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Vocabulary:
    nouns: tuple[str, ...]  # Russian noun lemmas usable in titles
    adjectives: tuple[str, ...]  # Russian adjective lemmas (masculine nominative)
    forms: tuple[str, ...]  # inflected Russian forms of in-scope lemmas, for running text
    english: tuple[str, ...]
    held_out_ru: tuple[str, ...]  # real words kept out of the notes
    held_out_en: tuple[str, ...]


def _russian(
    morph: pymorphy3.MorphAnalyzer, per_prefix: int
) -> tuple[dict[str, str], dict[str, list[str]]]:
    """(lemma → part of speech, lemma → forms) sampled over three-letter prefixes."""
    pos: dict[str, str] = {}
    forms: dict[str, list[str]] = {}
    dictionary = morph.dictionary
    for a in _FIRST:
        for b in _NEXT:
            for c in _NEXT:
                for word, tag, lemma, *_ in itertools.islice(
                    dictionary.iter_known_words(a + b + c), per_prefix
                ):
                    if tag.POS not in _TEXT_POS or tag.grammemes & _SKIP_GRAMMEMES:
                        continue
                    if not lemma.isalpha() or not 4 <= len(lemma) <= 16:
                        continue
                    pos.setdefault(lemma, str(tag.POS))
                    forms.setdefault(lemma, []).append(word)
    return pos, forms


def _english() -> list[str]:
    from pydoc_data.topics import topics

    counts = Counter(re.findall(r"[a-z]+", " ".join(topics.values()).lower()))
    return sorted(
        w for w, n in counts.items() if n >= 2 and 4 <= len(w) <= 14 and w not in STOPWORDS_EN
    )


def build_vocabulary(
    term: Callable[[str], str],
    excluded_terms: set[str],
    seed: int = 1,
    per_prefix: int = 64,
    cache_dir: Path | None = None,
) -> Vocabulary:
    """Real Russian and English words, minus every word whose index term is excluded.

    Sampling the dictionary takes several seconds, so the result is cached in `cache_dir`
    under a key of everything it depends on.
    """
    key = hashlib.blake2b(
        json.dumps(
            [seed, per_prefix, sorted(excluded_terms), pymorphy3.__version__, _dict_version()]
        ).encode(),
        digest_size=8,
    ).hexdigest()
    cached = cache_dir / f"vocabulary-{key}.json" if cache_dir else None
    if cached and cached.is_file():
        data = json.loads(cached.read_text(encoding="utf-8"))
        return Vocabulary(**{k: tuple(v) for k, v in data.items()})
    vocab = _build_vocabulary(term, excluded_terms, seed, per_prefix)
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(vocab), ensure_ascii=False), encoding="utf-8")
        tmp.replace(cached)
    return vocab


def _dict_version() -> str:
    from importlib.metadata import version

    return version("pymorphy3-dicts-ru")


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tutorbot-bench"


def _build_vocabulary(
    term: Callable[[str], str], excluded_terms: set[str], seed: int, per_prefix: int
) -> Vocabulary:
    morph = pymorphy3.MorphAnalyzer(lang="ru")
    pos, forms = _russian(morph, per_prefix)

    def allowed(word: str) -> bool:
        w = fold(word)
        return w not in STOPWORDS and term(w) not in excluded_terms

    lemmas = sorted(lemma for lemma in pos if allowed(lemma))
    english = [w for w in _english() if allowed(w)]
    rng = random.Random(seed)
    rng.shuffle(lemmas)
    rng.shuffle(english)
    cut_ru, cut_en = len(lemmas) // 10, len(english) // 10
    held_ru, lemmas = lemmas[:cut_ru], lemmas[cut_ru:]
    held_en, english = english[:cut_en], english[cut_en:]
    held_terms = {term(fold(w)) for w in held_ru + held_en}
    text_forms = sorted(
        {
            f
            for lemma in lemmas
            for f in forms[lemma]
            if f.isalpha() and term(f) not in held_terms and term(f) not in excluded_terms
        }
    )
    rng.shuffle(text_forms)
    return Vocabulary(
        nouns=tuple(w for w in lemmas if pos[w] == "NOUN"),
        adjectives=tuple(w for w in lemmas if pos[w] == "ADJF" and w.endswith(("ый", "ий"))),
        forms=tuple(text_forms),
        english=tuple(english),
        held_out_ru=tuple(held_ru),
        held_out_en=tuple(held_en),
    )


class _Zipf:
    """Draw words with Zipf-like frequencies: a few common words, a long tail of rare ones."""

    def __init__(self, population: Sequence[str], exponent: float = 0.9) -> None:
        self.population = list(population)
        self.cum = list(
            itertools.accumulate(1.0 / (r + 1) ** exponent for r in range(len(population)))
        )

    def draw(self, rng: random.Random, k: int) -> list[str]:
        return rng.choices(self.population, cum_weights=self.cum, k=k)


class _Writer:
    def __init__(self, vocab: Vocabulary, rng: random.Random) -> None:
        self.vocab = vocab
        self.rng = rng
        self.morph = pymorphy3.MorphAnalyzer(lang="ru")
        self.ru_text = _Zipf(vocab.forms)
        self.en_text = _Zipf(vocab.english)
        self.titles: set[str] = set()

    def _agree(self, adjective: str, noun: str) -> str:
        gender = self.morph.parse(noun)[0].tag.gender
        if gender in (None, "masc"):
            return adjective
        made = self.morph.parse(adjective)[0].inflect({gender})
        return made.word if made else adjective

    def _genitive(self, noun: str) -> str:
        made = self.morph.parse(noun)[0].inflect({"gent"})
        return made.word if made else noun

    def _candidate(self) -> str:
        rng, v = self.rng, self.vocab
        roll = rng.random()
        if roll < 0.45:
            shape = rng.random()
            if shape < 0.3:
                return rng.choice(v.nouns)
            if shape < 0.8:
                noun = rng.choice(v.nouns)
                return f"{self._agree(rng.choice(v.adjectives), noun)} {noun}".capitalize()
            return f"{rng.choice(v.nouns)} {self._genitive(rng.choice(v.nouns))}".capitalize()
        if roll < 0.85:
            n = rng.choice((1, 1, 2, 2, 2, 3))
            return " ".join(w.capitalize() for w in rng.sample(v.english, n))
        return f"{rng.choice(v.english).capitalize()} {rng.choice(v.nouns)}"

    def title(self) -> str:
        while True:
            title = self._candidate()
            key = fold(title)
            if key not in self.titles:
                self.titles.add(key)
                return title

    def sentence(self, english: bool) -> str:
        rng = self.rng
        n = rng.randint(8, 30)
        content = self.en_text if english else self.ru_text
        glue = _GLUE_EN if english else _GLUE_RU
        out: list[str] = []
        for _ in range(n):
            r = rng.random()
            if r < 0.25:
                out.append(rng.choice(glue))
            elif r < 0.32 and not english:
                out.extend(self.en_text.draw(rng, 1))
            else:
                out.extend(content.draw(rng, 1))
        return " ".join(out)

    def card(self) -> str:
        rng = self.rng
        english = rng.random() < 0.2
        lines = [f"* **{self.title()}** — {self.sentence(english)}"]
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            lines.append(f"\t* {self.sentence(english)}")
        if rng.random() < 0.15:
            for _ in range(rng.randint(2, 4)):
                lines.append(f"\t* {' '.join(self.ru_text.draw(rng, rng.randint(1, 3)))}")
        return "\n".join(lines)


def write_knowledge_base(
    root: Path, seed_content: Path, vocab: Vocabulary, extra_cards: int, seed: int = 1
) -> None:
    """Copy the seed content to `root` and add `extra_cards` cards as notes of 100 cards."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(seed_content, root)
    rng = random.Random(seed)
    writer = _Writer(vocab, rng)
    folder = root / "notes" / "synthetic"
    folder.mkdir(parents=True, exist_ok=True)
    per_note, per_section = 100, 25
    for start in range(0, extra_cards, per_note):
        count = min(per_note, extra_cards - start)
        lines = [f"#synthetic #{rng.choice(vocab.english)}", ""]
        for i in range(count):
            if i % per_section == 0:
                lines += ["", f"# {rng.choice(vocab.nouns).capitalize()}", ""]
            lines.append(writer.card())
        (folder / f"topic_{start // per_note:04d}.md").write_text(
            "\n".join(lines) + "\n", encoding="utf-8"
        )


# --- questions -------------------------------------------------------------------------


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("swap", "drop", "double", "replace"))
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    letters = "абвгдеиклмнопрстуя" if re.search("[а-я]", word) else "abcdeiklmnoprstu"
    return word[:i] + rng.choice(letters) + word[i + 1 :]


def _wrap(text: str, rng: random.Random) -> str:
    cyrillic = bool(re.search("[а-яё]", text.lower()))
    return rng.choice(_WRAPPERS_RU if cyrillic or rng.random() < 0.5 else _WRAPPERS_EN).format(
        text
    )


def synthetic_cases(
    index: Index, vocab: Vocabulary, per_category: int, seed: int = 2
) -> list[Case]:
    """Questions about synthetic cards: names, typos, wrong layout, text, out of scope."""
    rng = random.Random(seed)
    cards = [c for c in index.cards if c.note.startswith("synthetic/") and c.kind is CardKind.TERM]
    picks = rng.sample(cards, min(len(cards), per_category * 4))
    by_name, by_typo, by_layout, by_text = (
        picks[i * per_category : (i + 1) * per_category] for i in range(4)
    )
    out: list[Case] = []
    for card in by_name:
        q = card.title.lower() if rng.random() < 0.6 else card.title
        out.append(Case(category="synthetic_name", question=_wrap(q, rng), expected=card.title))
    for card in by_typo:
        parts = card.title.lower().split()
        longest = max(range(len(parts)), key=lambda i: len(parts[i]))
        if len(parts[longest]) >= 5:
            parts[longest] = _typo(parts[longest], rng)
        out.append(Case(category="synthetic_typo", question=" ".join(parts), expected=card.title))
    for card in by_layout:
        switched = " ".join(switch_layout(w) or w for w in card.title.lower().split())
        out.append(Case(category="synthetic_layout", question=switched, expected=card.title))
    for card in by_text:
        out.append(
            Case(
                category="synthetic_text",
                question=" ".join(_rare_words(index, card, 2)),
                expected=card.title,
            )
        )
    for _ in range(per_category):
        pool = vocab.held_out_ru if rng.random() < 0.6 else vocab.held_out_en
        q = " ".join(rng.sample(pool, rng.choice((1, 1, 2))))
        out.append(Case(category="synthetic_out_of_scope", question=_wrap(q, rng), expected=None))
    return out


def _rare_words(index: Index, card: Card, n: int) -> list[str]:
    """The card's `n` rarest text words (by document frequency), as a user might recall them."""
    seen: dict[str, int] = {}
    for w in words(card.definition):
        tid = index.vocab.get(index.term(w))
        if tid is not None and len(w) >= 5 and w not in STOPWORDS:
            seen.setdefault(w, index.df[tid])
    return sorted(seen, key=lambda w: (seen[w], w))[:n]


def card_count(index: Index) -> Counter[str]:
    """Cards per origin (seed or synthetic), for the report."""
    return Counter("synthetic" if c.note.startswith("synthetic/") else "seed" for c in index.cards)


# --- an Obsidian vault, one note per term ------------------------------------------------

_CALLOUTS = ("note", "tip", "warning", "info", "example", "important")


class _VaultWriter(_Writer):
    """Notes shaped like a team's Obsidian vault: the file name is the term, frontmatter
    with aliases and tags, a definition, headings, callouts, lists, tables, code and links."""

    def __init__(self, vocab: Vocabulary, rng: random.Random, titles: list[str]) -> None:
        super().__init__(vocab, rng)
        self.all_titles = titles

    def _link(self) -> str:
        other = self.rng.choice(self.all_titles)
        return f"[[{other}]]" if self.rng.random() < 0.7 else f"[[{other}|{other.lower()}]]"

    def _paragraph(self, english: bool) -> str:
        parts = [self.sentence(english) for _ in range(self.rng.randint(1, 3))]
        if self.rng.random() < 0.5:
            parts.append(f"См. {self._link()}.")
        if self.rng.random() < 0.2:
            parts.append(f"=={' '.join(self.ru_text.draw(self.rng, 2))}==")
        return ". ".join(parts)

    def _table(self) -> list[str]:
        rng = self.rng
        out = ["| Ключ | Значение |", "| --- | --- |"]
        for _ in range(rng.randint(2, 5)):
            out.append(f"| `-{rng.choice(self.vocab.english)[:6]}` | {self.sentence(False)} |")
        return out

    def _code(self) -> list[str]:
        rng = self.rng
        lang = rng.choice(("bash", "python", "yaml", "go", ""))
        body = [
            f"{rng.choice(self.vocab.english)} --{rng.choice(self.vocab.english)} {i}"
            for i in range(rng.randint(2, 8))
        ]
        return [f"```{lang}", *body, "```"]

    def note(self, title: str) -> str:
        rng, v = self.rng, self.vocab
        english = rng.random() < 0.2
        aliases = [
            " ".join(self.ru_text.draw(rng, rng.randint(1, 2)))
            for _ in range(rng.choice((0, 1, 1, 2)))
        ]
        tags = [f"{rng.choice(v.english)}/{rng.choice(v.english)}" for _ in range(2)]
        lines = ["---", f"title: {title}"]
        if aliases:
            lines.append(f"aliases: [{', '.join(aliases)}]")
        lines += [f"tags: [{', '.join(tags)}]", "sr-due: 2024-01-01", "---", f"#{tags[0]}", ""]
        lines += [f"**{title}** — {self.sentence(english)}", ""]
        if rng.random() < 0.5:
            kind = rng.choice(_CALLOUTS)
            lines += [f"> [!{kind}] {rng.choice(v.nouns).capitalize()}"]
            lines += [f"> {self.sentence(english)}" for _ in range(rng.randint(1, 3))]
            lines.append("")
        for _ in range(rng.randint(1, 4)):
            lines += [f"## {rng.choice(v.nouns).capitalize()}", ""]
            roll = rng.random()
            if roll < 0.35:
                for _ in range(rng.randint(2, 5)):
                    item = rng.random()
                    if item < 0.4:
                        lines.append(f"- **{self.title()}** — {self.sentence(english)}")
                    elif item < 0.5:
                        lines.append(f"- [ ] {self.sentence(english)}")
                    else:
                        lines.append(f"- {self.sentence(english)}")
                        if rng.random() < 0.3:
                            lines.append(f"\t- {self._paragraph(english)}")
            elif roll < 0.55:
                lines += self._table()
            elif roll < 0.75:
                lines += [self._paragraph(english), "", *self._code()]
            else:
                lines.append(self._paragraph(english))
            lines.append("")
        if rng.random() < 0.15:
            lines += [f"%%{self.sentence(english)}%%", ""]
        if rng.random() < 0.2:
            lines += [f"{self.sentence(english)[:40]}::{self.sentence(english)}", ""]
        return "\n".join(lines)


def write_vault(root: Path, vocab: Vocabulary, notes: int, seed: int = 5) -> None:
    """Write an Obsidian-style vault of `notes` notes, one per term, in a few folders."""
    if root.exists():
        shutil.rmtree(root)
    rng = random.Random(seed)
    writer = _VaultWriter(vocab, rng, [])
    titles = []
    while len(titles) < notes:
        title = writer.title()
        # The file name is the title: keep to names every file system accepts.
        if re.fullmatch(r"[\w ()-]{1,80}", title):
            titles.append(title)
    writer.all_titles = titles
    folders = [rng.choice(vocab.nouns).capitalize() for _ in range(12)]
    (root / ".obsidian").mkdir(parents=True)
    (root / ".obsidian" / "app.json").write_text("{}\n", encoding="utf-8")
    for title in titles:
        folder = root / rng.choice(folders)
        folder.mkdir(exist_ok=True)
        (folder / f"{title}.md").write_text(writer.note(title) + "\n", encoding="utf-8")
