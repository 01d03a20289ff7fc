"""A cache of parsed notes and the built library in the data folder, keyed by file hashes.

One file, `<cache dir>/library.pickle`, holds
- every note as the parser returned it, with the sha256 of the file it came from, so a
  changed note is parsed again alone while the other notes are reused;
- the finished knowledge base and its search index, stored under a key of the hashes of all
  notes, the glossary and the quiz files, so an unchanged folder loads without parsing or
  indexing anything.

Both are also keyed by the source of the code that made them (`parser_version`,
`library_version`), so a new version of the bot never serves what an old one understood.
The cache only ever speeds a load up: a missing, corrupt, unreadable or unwritable cache is
logged (once per folder and problem) and the notes are loaded from the files as without it.
The file is ours, in the bot's own data folder beside its database: whoever can replace it
can replace the database too, so unpickling it trusts nothing the database does not.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import importlib.metadata
import importlib.util
import logging
import os
import pickle
import pkgutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.content.loader import GLOSSARY, load_content, note_files, quiz_files, read_note
from bot.core.models import ContentErrors, KnowledgeBase, Note
from bot.core.search import Index, build_index
from bot.core.text import Lemmatizer, make_termer

logger = logging.getLogger(__name__)

CACHE_FILE = "library.pickle"
FORMAT = 1
STALE_TEMP_S = 600.0  # a temporary file this old was left by a writer that died
_TEMP_PREFIX = ".library-"

# The code whose output the cache stores: a change to any of it invalidates the entries.
# Whole packages, so a module split out of the parser later is never forgotten here.
PARSER_PACKAGE_CODE = ("bot.core",)
LIBRARY_PACKAGE_CODE = ("bot.core", "bot.content")
# Notes read names written in a case in their own (pymorphy3), cards are indexed by lemma.
PARSER_EXTRA_MODULES = ("bot.morph",)
LIBRARY_EXTRA_MODULES = ("bot.morph",)
PARSER_PACKAGES = ("pyromark", "PyYAML", "pymorphy3", "pymorphy3-dicts-ru")
LIBRARY_PACKAGES = PARSER_PACKAGES

Reader = Callable[[Path, Path], Note]


class CacheUnavailable(Exception):
    """The cache cannot be used in this process (e.g. the bot's source cannot be read)."""


@lru_cache(maxsize=1)
def parser_version() -> str:
    """A digest of the code that turns a note file into a `Note` (computed once per process,
    so it describes the code this process runs even if the files change under it)."""
    modules = (*code_modules(PARSER_PACKAGE_CODE), *PARSER_EXTRA_MODULES)
    return _digest(modules, PARSER_PACKAGES)


@lru_cache(maxsize=1)
def library_version() -> str:
    """A digest of the code that turns the notes into cards and an index."""
    modules = (*code_modules(LIBRARY_PACKAGE_CODE), *LIBRARY_EXTRA_MODULES)
    return _digest(modules, LIBRARY_PACKAGES)


def code_modules(packages: tuple[str, ...]) -> tuple[str, ...]:
    """Every module of the given packages, in a stable order."""
    names: list[str] = []
    for package in packages:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            raise CacheUnavailable(f"no package {package}")
        found = pkgutil.iter_modules(list(spec.submodule_search_locations))
        names.extend(f"{package}.{info.name}" for info in found if not info.ispkg)
    return tuple(sorted(names))


def _digest(modules: tuple[str, ...], packages: tuple[str, ...]) -> str:
    digest = hashlib.sha256(f"{FORMAT}\0{sys.implementation.cache_tag}".encode())
    for name in modules:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.origin or not os.path.isfile(spec.origin):
            raise CacheUnavailable(f"no source file for {name}")
        try:
            digest.update(Path(spec.origin).read_bytes())
        except OSError as err:
            raise CacheUnavailable(f"cannot read {spec.origin}: {err}") from err
    for package in packages:
        try:
            version = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            version = "?"
        digest.update(f"\0{package}={version}".encode())
    return digest.hexdigest()


@dataclass(frozen=True, slots=True, kw_only=True)
class Snapshot:
    """What a content folder holds now: the sha256 of each note and of each bot file."""

    notes: dict[str, str]  # relative path -> sha256, in load order
    others: dict[str, str]  # glossary and quiz files

    def unchanged(self, root: Path) -> bool:
        """Whether every file hashed still has the same bytes."""
        for rel, sha in (*self.notes.items(), *self.others.items()):
            try:
                if _sha256(root / rel) != sha:
                    return False
            except OSError:
                return False
        return True

    def key(self, version: str) -> str:
        digest = hashlib.sha256(version.encode())
        for group in (self.notes, self.others):
            for rel, sha in group.items():
                digest.update(f"\0{rel}\0{sha}".encode())
            digest.update(b"\1")
        return digest.hexdigest()


def snapshot(root: Path) -> Snapshot:
    """Hash the folder's notes, glossary and quiz files (OSError if one cannot be read)."""
    notes = {_rel(p, root): _sha256(p) for p in note_files(root)}
    others = {_rel(p, root): _sha256(p) for p in quiz_files(root)}
    glossary = root / GLOSSARY
    if glossary.is_file():
        others[GLOSSARY] = _sha256(glossary)
    return Snapshot(notes=notes, others=others)


def _rel(path: Path, root: Path) -> str:
    """`path` relative to `root`, as the loader names notes (`notes/docker.md`)."""
    # Slicing the string: Path.relative_to shows in the profile of a 2,000-note load.
    text, base = str(path), str(root)
    if base != "." and text.startswith(base + os.sep):
        return text[len(base) + 1 :].replace(os.sep, "/")
    return path.relative_to(root).as_posix()


@dataclass(frozen=True, slots=True, kw_only=True)
class Saved:
    """What the cache file holds (after a small header with the versions)."""

    parser: str  # parser_version() of `notes`
    library: str  # library_version() of `kb` and `index`
    key: str  # Snapshot.key(library) of the folder `kb` was loaded from; "" without a kb
    notes: dict[str, tuple[str, Note]]  # relative path -> (sha256 of the file, parsed note)
    kb: KnowledgeBase | None = None
    index: Index | None = None  # its `term` is `_no_term`: closures do not pickle


def load_cached(
    root: Path,
    cache_dir: Path | None,
    lemmatize: Lemmatizer,
    read: Reader = read_note,
    *,
    build_with: Lemmatizer | None = None,
) -> tuple[KnowledgeBase, Index]:
    """The knowledge base and index of `root`, reusing what `cache_dir` holds and updating it.

    Without a cache folder this is `load_content` and `build_index`. The index answers with
    `lemmatize`; it is built with `build_with` (default `lemmatize`), which may be an
    uncached one: the build looks each distinct word up once by itself. Raises ContentErrors
    exactly as `load_content` does; problems with the cache itself never raise.
    """
    build = _Build(lemmatize, build_with or lemmatize)
    with gc_paused():
        if cache_dir is not None and root.is_dir():
            try:
                loader = _Loader(root, _Store(cache_dir), build, read)
            except CacheUnavailable as err:
                _warn_once("version", cache_dir, "content cache not used: %s", err)
            else:
                return loader.load()
        kb = load_content(root, read)
        return kb, build.ready(build.index(kb))


def with_term(index: Index, lemmatize: Lemmatizer) -> Index:
    """A shallow copy of `index` with a new term function (its word cache starts empty)."""
    return replace(index, term=make_termer(lemmatize))


def _no_term(word: str) -> str:  # noqa: ARG001 - the term function's signature
    raise RuntimeError("an index loaded from the cache needs with_term()")


@dataclass(frozen=True, slots=True)
class _Build:
    lemmatize: Lemmatizer  # for questions
    build_with: Lemmatizer  # for the build

    def index(self, kb: KnowledgeBase) -> Index:
        return build_index(kb.cards, self.build_with)

    def ready(self, index: Index) -> Index:
        """The index with the term function for questions (the build's word cache goes)."""
        return with_term(index, self.lemmatize)


class _Loader:
    def __init__(self, root: Path, store: _Store, build: _Build, read: Reader) -> None:
        self.root = root
        self.store = store
        self.build = build
        self.read = read
        self.parser = parser_version()
        self.library = library_version()

    def load(self) -> tuple[KnowledgeBase, Index]:
        try:
            snap = snapshot(self.root)
        except OSError as err:
            # An unreadable note is a warning of load_content's; it needs no cache for that.
            logger.info("content cache not used: %s", err)
            kb = load_content(self.root, self.read)
            return kb, self.build.ready(self.build.index(kb))
        key = snap.key(self.library)
        saved = self.store.read(self.parser, self.library)
        if saved is not None and saved.key == key and saved.kb and saved.index:
            logger.debug("content loaded from the cache %s", self.store.path)
            return saved.kb, self.build.ready(saved.index)
        reusable = saved.notes if saved is not None and saved.parser == self.parser else {}
        parsed: dict[str, tuple[str, Note]] = {}

        def read_cached(path: Path, root: Path) -> Note:
            rel = _rel(path, root)
            sha = snap.notes.get(rel, "")
            hit = reusable.get(rel)
            note = hit[1] if hit is not None and hit[0] == sha else self.read(path, root)
            parsed[rel] = (sha, note)
            return note

        try:
            kb = load_content(self.root, read_cached)
        except ContentErrors:
            # The bot's own files need fixing: keep the parsed notes for the next try.
            self._save(snap, Saved(parser=self.parser, library="", key="", notes=parsed))
            raise
        index = None
        if (
            saved is not None
            and saved.library == self.library
            and saved.kb is not None
            and saved.index is not None
            and saved.kb.cards == kb.cards
        ):
            # The files changed, the cards they make did not: the same index serves them.
            index = replace(saved.index, cards=kb.cards)
        del saved  # let the old library go before a new index is built
        reusable = {}
        if index is None:
            index = self.build.index(kb)
        self._save(
            snap,
            Saved(
                parser=self.parser,
                library=self.library,
                key=key,
                notes=parsed,
                kb=kb,
                index=replace(index, term=_no_term),
            ),
        )
        return kb, self.build.ready(index)

    def _save(self, snap: Snapshot, saved: Saved) -> None:
        """Store `saved` unless the notes read are not exactly those `snap` hashed (a file
        changed, appeared or went while they were being read)."""
        if saved.notes.keys() != snap.notes.keys() or not snap.unchanged(self.root):
            logger.info("notes changed while they were loaded: the content cache is not updated")
            return
        self.store.write(saved)


class _Store:
    """The cache file: a header pickle (format and versions), then the `Saved` pickle."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / CACHE_FILE

    def read(self, parser: str, library: str) -> Saved | None:
        try:
            with self.path.open("rb") as f:
                header = pickle.load(f)  # noqa: S301 - the bot's own file (see the docstring)
                if not (isinstance(header, dict) and header.get("format") == FORMAT):
                    logger.info("content cache %s is from another version: rebuilt", self.path)
                    return None
                if header.get("parser") != parser:
                    return None  # other parsing code: nothing in the file can be used
                try:
                    saved = pickle.load(f)  # noqa: S301 - as above
                except Exception:
                    if header.get("library") == library:
                        raise
                    # Search code that changed its classes: expected after an upgrade.
                    logger.info("content cache %s is from another version: rebuilt", self.path)
                    return None
        except (FileNotFoundError, NotADirectoryError):
            return None  # nothing cached yet (an unusable folder is reported on writing)
        except Exception as err:  # unpickling a damaged file may raise almost anything
            self._ignore(err)
            return None
        if not isinstance(saved, Saved):
            self._ignore(TypeError(f"unexpected {type(saved).__name__}"))
            return None
        return saved

    def _ignore(self, err: Exception) -> None:
        _warn_once(
            "read",
            self.folder,
            "content cache %s is unreadable, loading without it: %s",
            self.path,
            err,
        )

    def write(self, saved: Saved) -> None:
        header = {"format": FORMAT, "parser": saved.parser, "library": saved.library}
        temp: str | None = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._prune()
            fd, temp = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=".tmp", dir=self.folder)
            with os.fdopen(fd, "wb") as f:
                pickle.dump(header, f, protocol=pickle.HIGHEST_PROTOCOL)
                pickle.dump(saved, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temp, self.path)
            temp = None
        except Exception as err:  # a full disk, a read-only folder, an object that won't pickle
            _warn_once(
                "write", self.folder, "cannot write the content cache in %s: %s", self.folder, err
            )
        finally:
            if temp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temp)

    def _prune(self) -> None:
        """Remove temporary files that writers which died left behind."""
        now = time.time()
        for stale in self.folder.glob(f"{_TEMP_PREFIX}*.tmp"):
            with contextlib.suppress(OSError):
                if now - stale.stat().st_mtime > STALE_TEMP_S:
                    stale.unlink()


_warned: set[tuple[str, str]] = set()
_warned_lock = threading.Lock()


def _warn_once(kind: str, folder: Path, message: str, *args: Any) -> None:
    """Log a cache problem as a warning the first time, then quietly: /reload repeats it."""
    with _warned_lock:
        first = (kind, str(folder)) not in _warned
        _warned.add((kind, str(folder)))
    logger.log(logging.WARNING if first else logging.DEBUG, message, *args)


_gc_lock = threading.Lock()
_gc_depth = 0
_gc_was_enabled = False


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a library is built or unpickled.

    Building makes millions of small objects that all stay alive, so the collector's passes
    over them find nothing and cost a tenth of a cold load and half of an unpickling. Nested
    and concurrent uses (a /reload thread beside the event loop) restore the state once.
    """
    global _gc_depth, _gc_was_enabled
    with _gc_lock:
        if _gc_depth == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0 and _gc_was_enabled:
                gc.enable()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
