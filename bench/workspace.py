"""What several sections share: a scratch folder, the seed library and the 10,000-card notes."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from bench import synth
from bench.cases import Case
from bot.core import text
from bot.morph import lemmatize
from bot.services import Library, load_library


def clear_word_caches() -> None:
    """Forget every lemma, stem and sound key, so a build pays for them as on a fresh start."""
    lemmatize.cache_clear()
    text.sound_key.cache_clear()
    text.english_stem.cache_clear()


@dataclass(slots=True, kw_only=True)
class Workspace:
    root: Path
    quick: bool
    cards: int = 10_000
    vault_notes: int = 2_000
    # The suite's copy of the seed notes: the question table is written against it.
    seed_dir: Path = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "seed"
    _seed: Library | None = None
    _vocab: synth.Vocabulary | None = None
    _big: Library | None = None
    _cases: list[Case] | None = None
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def seed(self) -> Library:
        if self._seed is None:
            self._seed = load_library(self.seed_dir)
        return self._seed

    @property
    def vocab(self) -> synth.Vocabulary:
        if self._vocab is None:
            started = time.perf_counter()
            index = self.seed.index
            self._vocab = synth.build_vocabulary(
                index.term, set(index.vocab), cache_dir=synth.default_cache_dir()
            )
            self.timings["vocabulary_s"] = round(time.perf_counter() - started, 2)
        return self._vocab

    @property
    def big_dir(self) -> Path:
        """The synthetic notes (seed notes + generated ones), written on first use."""
        folder = self.root / f"kb{self.cards}"
        if not folder.is_dir():
            vocab = self.vocab
            started = time.perf_counter()
            extra = self.cards - len(self.seed.kb.cards)
            synth.write_knowledge_base(folder, self.seed_dir, vocab, extra)
            self.timings["write_notes_s"] = round(time.perf_counter() - started, 2)
        return folder

    @property
    def vault_dir(self) -> Path:
        """A synthetic Obsidian vault, one note per term, written on first use."""
        folder = self.root / f"vault{self.vault_notes}"
        if not folder.is_dir():
            vocab = self.vocab
            started = time.perf_counter()
            synth.write_vault(folder, vocab, self.vault_notes)
            self.timings["write_vault_s"] = round(time.perf_counter() - started, 2)
        return folder

    @property
    def big(self) -> Library:
        if self._big is None:
            self._big = load_library(self.big_dir)
        return self._big

    def set_big(self, library: Library) -> None:
        self._big = library

    @property
    def synthetic_cases(self) -> list[Case]:
        if self._cases is None:
            per_category = 10 if self.quick else 30
            self._cases = synth.synthetic_cases(self.big.index, self.vocab, per_category)
        return self._cases
