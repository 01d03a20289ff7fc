"""What a question's words are, before any card is scored: the words that count (question
wrappers, function words and wrong-layout stop words left out), neighbours the notes glue
together (as typed or as read: «время жизни» ~ lifetime), the words after «в»/"in" that only
name where to look, and whether an unknown word may be the very thing asked about."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import pairwise, permutations

from rapidfuzz.distance import OSA

from bot.core.indexdata import Index
from bot.core.indexnames import FLAG
from bot.core.labels import IDEA_KINDS
from bot.core.lexicon import phrase_key
from bot.core.searchindex import SNAKE
from bot.core.text import STOPWORDS, fold, is_cyrillic, sound_key, switch_layout, words
from bot.core.wordmatch import add_variant, fuzzy, resolve_word

MAX_QUERY_WORDS = 24
VAULT_COMMON = 0.08  # a word in more than this share of cards is one of the vault's own stop words
MIN_FOREIGN_WORD = 4


_SUBJECT = re.compile(
    r"^\s*(?:что\s+такое|что\s+значит|what\s+is|what\s+are|what\s+does)\s+([^\W_]+)", re.I
)
MIN_HEARD_SUBJECT = 3  # "под" asked about is the Pod when a card is named so
MIN_NAMED_FUNCTION_WORD = 4  # "the", "под" are never taken for a name here
MIN_LATIN_NAME_IN_RUSSIAN = 3  # "any" in a Russian question is TypeScript's any
_CAPITALISED = re.compile(r"(?<![\w-])[A-Z]{3,}(?![\w-])")
_POSSESSIVE = re.compile(r"(?<=[A-Za-z])['’]s(?=[\W]*$)")
# "shouldn't", "they're", "I'll": an English contraction, not "ырщгдвтэе" typed in the
# other layout (the apostrophe is the Russian "э" key).
_CONTRACTION = re.compile(r"(?<=[A-Za-z])(?:n['’]t|['’](?:re|ll|ve|m|d))(?=\W*$)", re.I)
_WHOLE_CONTRACTIONS = {"can't": "can", "won't": "will", "shan't": "shall"}


_NOUN_MEAN = frozenset({"mean"})
_CYRILLIC_WORD = re.compile(r"[а-яё]{2,}", re.I)
_LATIN_WORD = re.compile(r"[a-z]{2,}", re.I)
_DO_ASKED = re.compile(r"\b(?:do|does|did|don't|doesn't)\b", re.I)


def words_of(index: Index, query: str) -> list[tuple[str, str]]:
    """(folded word, raw chunk) pairs with question wrappers and function words removed."""
    out: list[tuple[str, str]] = []
    # "что такое explain в постгресе": the word asked about is never a function word when a
    # card is named by it.
    wrapped = _SUBJECT.match(query)
    subject = fold(wrapped.group(1)) if wrapped else ""
    # "read the EXPLAIN output", "WHERE vs HAVING": a function word in capitals in a question
    # otherwise in small letters is a name (a command, a keyword), not the word.
    named = (
        {fold(w) for w in _CAPITALISED.findall(query)}
        if any(c.islower() for c in query)
        else set()
    )

    russian = len(_CYRILLIC_WORD.findall(query)) > len(_LATIN_WORD.findall(query))

    def stop(token: str) -> bool:
        if token in named or (token in _NOUN_MEAN and not _DO_ASKED.search(query)):
            # "harmonic mean", "mean squared error": the noun, unless "what does X mean".
            return False
        if (token == subject and len(token) >= MIN_NAMED_FUNCTION_WORD) or (
            russian and token.isascii() and len(token) >= MIN_LATIN_NAME_IN_RUSSIAN
        ):
            # "почему все говорят что any это дыра в типизации": an English function word in
            # a Russian question is a name, when a card is named by it.
            tid = index.vocab.get(token)
            if tid is not None and tid in index.name_vocab:
                return False
        if token == subject and is_cyrillic(token) and len(token) >= MIN_HEARD_SUBJECT:
            # "что такое под в кубере": the Pod said in Russian, not the preposition.
            heard = sound_key(token)
            if any(
                is_cyrillic(index.terms[t]) != is_cyrillic(token)
                for t in index.keys.get(heard, ())
                if t in index.name_vocab
            ):
                return False
        return _is_stopword(index, token)

    kept = -1  # the last raw chunk a word was kept from
    for at, raw in enumerate(query.split()[: MAX_QUERY_WORDS * 2]):
        if out and kept == at - 1 and _numeral_one(index, raw):
            found = [("i", raw)]  # "type I error": a numeral after a name, not "I"
        else:
            found = _chunk_words(index, raw, stop)
        out.extend(found)
        kept = at if found else kept
    # "non-functional", "non blocking": one word, whose Russian is "нефункциональный".
    for i in range(len(out) - 2, -1, -1):
        word = out[i + 1][0]
        if out[i][0] != "non" or not word.isascii():
            continue
        # "non blocking delays" where the notes write "non blocking" apart: two words;
        # "non-maximum" typed with its hyphen is one.
        joined = "non" + word
        if f"non-{word}" in fold(query) or resolve_word(index, joined, joined):
            out[i : i + 2] = [(joined, out[i][1] + " " + out[i + 1][1])]
    if asks_for_name(query):
        # "what do you call a heap where ...", "what's that table ... called": how the
        # question asks for a name, not a call of anything.
        out = [w for w in out if w[0] not in ("call", "called")] or out
    return _without_setting_up(index, out)[:MAX_QUERY_WORDS]


def without_manner(query: str) -> str:
    """The question without how the answer is wanted: "что такое образ простыми словами",
    "explain volumes real quick", "what is a pod in simple terms" ask for the thing; "what
    counts as a star?" asks what a star is."""
    plain = _COUNTS_AS.sub(lambda m: "что такое" if m.group(1) else "what is", query)
    return " ".join(_MANNER.sub(" ", plain).split()) or query


_COUNTS_AS = re.compile(
    r"^\s*(?:(что\s+считается"
    # "что лежит в /proc?", "что хранится в /etc": what a place holds is what it is.
    r"|что\s+(?:лежит|лежат|хранится|хранятся|находится|находятся|содержится|содержатся)"
    r"\s+(?:в|во)(?=\s))"
    r"|what\s+counts\s+as|what\s+is\s+meant\s+by"
    r"|what(?:'s|\s+is|\s+goes|\s+lives|\s+is\s+stored|\s+is\s+kept)\s+in(?=\s+/))(?!\w)",
    re.I,
)


_MANNER = re.compile(
    r"(?<!\w)(?:простыми\s+словами|простым\s+языком|человеческим\s+языком|в\s+двух\s+словах"
    r"|на\s+пальцах|по-простому|для\s+чайников|вкратце|in\s+(?:simple|plain|layman'?s?)\s+"
    r"(?:terms|words|english|language)|in\s+a\s+nutshell|real\s+quick|for\s+dummies"
    r"|like\s+i'?m\s+five|eli5|quickly|briefly|formally|informally|intuitively|precisely"
    r"|формально|неформально|интуитивно)(?!\w)",
    re.I,
)


def asks_for_name(query: str) -> bool:
    """ "what do you call ...", "what's that table ... called?": a thing described, its
    name asked for."""
    return _CALL_ASKED.search(query) is not None


_CALL_ASKED = re.compile(
    r"\bwhat\s+(?:do|does|did|would|should)\s+(?:you|we|they|people|i|one)\s+call\b"
    r"|\b(?:is|it's|its|that's|thats|it|are|be|was|were)\s+called\b|\bcalled\s*\?\s*$",
    re.I,
)


def _without_setting_up(index: Index, found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "how to set up a kubernetes ingress": "set up" says what is asked, like "how to",
    unless the notes name something so; a question of those words alone keeps them."""
    named = index.vocab.get("setup")
    if named is not None and named in index.name_vocab:
        return found
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        if (out[i][0], out[i + 1][0]) == ("set", "up"):
            del out[i : i + 2]
    return out or found


def _chunk_words(index: Index, raw: str, stop: Callable[[str], bool]) -> list[tuple[str, str]]:
    """The words one whitespace-separated chunk of a question gives."""
    # "std::set", "boost::asio": the namespace only says where the name lives.
    raw = _QUALIFIER.sub("", raw, count=1)
    flag = FLAG.fullmatch(raw.strip(",.?!;:()«»\"'"))
    if flag and fold(flag.group()) in index.vocab:
        return [(fold(flag.group()), raw)]  # "флаг -i у ansible": the `-i` card
    if flag and fold(flag.group()) in index.flags:
        # "git reset --hard": an option the notes write with their command; the command
        # asked names the card.
        return []
    snake = SNAKE.search(raw)
    if snake and fold(snake.group()) not in index.snakes:
        written = _snake_slip(index, fold(snake.group()))
        if written:
            # "shraed_ptr": a slip in a name the notes write is that name.
            return [(token, raw) for token in words(written) if not stop(token)]
        # "TIME_WAIT" the notes never write is one unknown name, not "time" and "wait".
        return [(fold(snake.group()), raw)]
    # "Amdahl's law": an English possessive, not "фьвфрдэы" typed in the other layout.
    raw = _POSSESSIVE.sub("", raw)
    bare = raw.strip(',.?!;:()«»"').replace("’", "'").casefold()
    raw = _WHOLE_CONTRACTIONS.get(bare) or _CONTRACTION.sub("", raw)
    tokens = words(raw)
    # "Rc<T>", "Vec<String>": a generic type, not "ксбею" (Shift+б, Shift+ю mid-word).
    switched = switch_layout(raw) if not _GENERIC.search(raw) else ""
    alt = words(switched) if switched else []
    # "l;tythbrb": a stray letter the notes happen to have ("L") proves nothing.
    known = any(len(t) > 2 and (t in index.vocab or index.term(t) in index.vocab) for t in tokens)
    if alt and not known:
        # "xnj" is "что" typed in the wrong layout: drop it like "что". "хэш" read so is
        # "['i": its other letters are punctuation there, and "i" alone proves nothing.
        if all(map(stop, alt)) and len("".join(alt)) >= len("".join(tokens)):
            return []
        if (
            len(alt) == 1
            and len(tokens) != 1
            and not all(map(stop, tokens))
            and not _elided_slip(index, raw, tokens)
        ):
            return [(alt[0], raw)]  # "j,hfp" is "образ": layout punctuation split the word.
    return [(token, raw if len(tokens) == 1 else token) for token in tokens if not stop(token)]


def _elided_slip(index: Index, raw: str, tokens: list[str]) -> bool:
    """ "l'hopitl": a letter and an apostrophe before a Latin word with a slip in it (as in
    "L'Hopital"), not a Russian word typed in the other layout with "э" second."""
    if _ELIDED.match(raw.strip(',.?!;:()«»"')) is None:
        return False
    return bool(resolve_word(index, tokens[-1], tokens[-1]))


_ELIDED = re.compile(r"^[A-Za-z]['’][A-Za-z]{4,}$")
_GENERIC = re.compile(r"[A-Za-z]<[^<>]*>")
_QUALIFIER = re.compile(r"^(?:[A-Za-z_]\w*::)+(?=[A-Za-z_])")
MIN_SNAKE_SLIP = 6  # letters a snake_case name needs before one slip in it is read through
LONG_SNAKE = 14  # and before two are


def _snake_slip(index: Index, snake: str) -> str:
    """The snake_case name of the notes `snake` is a slip of ("unqiue_ptr" is unique_ptr):
    one swapped, missing, extra or wrong letter (two in a long name), the first letter kept;
    "" when there is none or more than one."""
    if len(snake) < MIN_SNAKE_SLIP:
        return ""
    allowed = 2 if len(snake) >= LONG_SNAKE else 1
    near = [
        name
        for name in index.snakes
        if name[0] == snake[0]
        and abs(len(name) - len(snake)) <= allowed
        and OSA.distance(name, snake, score_cutoff=allowed) <= allowed
    ]
    return near[0] if len(near) == 1 else ""


def _numeral_one(index: Index, raw: str) -> bool:
    """A capital "I" some card's name holds ("Type I Error"), written right after a word
    that counts: the numeral, where "can I" has only the pronoun."""
    tid = index.vocab.get("i")
    return raw.strip(",.?!;:()") == "I" and tid is not None and tid in index.name_vocab


_ASKING = frozenset(
    "что такое как это зачем почему где когда кто чем what is are how why".split()  # noqa: SIM905 - a word list reads best as text
)


def named_function_word(index: Index, query: str) -> list[tuple[str, str]]:
    """A question of function words only ("что такое под", typed as "xnj nfrjt gjl"): the
    last of them that names a card in this vault ("Под" in Kubernetes notes), if any."""
    switched = " ".join(switch_layout(w) or w for w in query.split())
    for text in (query, switched):
        for word in reversed(words(text)):
            tid = index.vocab.get(word, index.vocab.get(index.term(word)))
            if len(word) >= 3 and word not in _ASKING and tid in index.name_vocab:
                return [(word, word)]
    return []


def _is_stopword(index: Index, word: str) -> bool:
    return word in STOPWORDS or (word not in index.vocab and index.term(word) in STOPWORDS)


def join_compounds(index: Index, qwords: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Merge neighbours the notes spell as one word ("docker file" → "dockerfile")."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(qwords):
        # "persistent volume claim" → "persistentvolumeclaim" before "stateful set".
        for size in (3, 2):
            if i + size > len(qwords):
                continue
            joined = "".join(w for w, _ in qwords[i : i + size])
            tid = index.vocab.get(index.term(joined))
            if (
                tid is not None and tid not in index.glued and joined not in STOPWORDS
            ) or _spelled_glued(index, joined):
                out.append((joined, joined))
                i += size
                break
            slipped = (
                _slipped_glued(index, qwords[i : i + size])
                or _sounded_glued(index, qwords[i : i + size])
                if size == 2
                else None
            )
            if slipped is not None:
                out.append((slipped, joined))
                i += size
                break
        else:
            out.append(qwords[i])
            i += 1
    return out


def _slipped_glued(index: Index, pair: list[tuple[str, str]]) -> str | None:
    """ "duk typing" for the name "Duck typing": a short word the notes never spell, one slip
    from making, with its neighbour, a name the notes write ("ducktyping" glued)."""
    if all(w in index.vocab or index.term(w) in index.vocab for w, _ in pair):
        return None
    joined = "".join(w for w, _ in pair)
    if len(joined) < MIN_SLIPPED_GLUED or not joined.isalpha():
        return None
    for term, _ in fuzzy(joined, index.by_length, index.grams, sure_slip=True):
        tid = index.vocab.get(term)
        if (
            tid is not None
            and tid in index.name_vocab
            and OSA.distance(term, joined) == 1
            and term[0] == joined[0]
        ):
            return term
    return None


MIN_SLIPPED_GLUED = 8  # letters of the pair glued


def _sounded_glued(index: Index, pair: list[tuple[str, str]]) -> str | None:
    """ "мип-мапы" for the notes' "mipmaps": two Russian words, one of them unknown to the
    notes, that glued together sound like a name they write in Latin letters."""
    if all(w in index.vocab or index.term(w) in index.vocab for w, _ in pair):
        return None
    joined = "".join(w for w, _ in pair)
    if len(joined) < MIN_SOUNDED_GLUED or not joined.isalpha() or not is_cyrillic(joined):
        return None
    found: dict[int, float] = {}
    add_variant(index, joined, 1.0, found, slips=False)
    named = [
        index.terms[t]
        for t, sim in found.items()
        if sim >= SOUNDED_GLUED and t in index.name_vocab and not is_cyrillic(index.terms[t])
    ]
    return named[0] if len(named) == 1 else None


MIN_SOUNDED_GLUED = 6
SOUNDED_GLUED = 0.92  # a word of the other alphabet that sounds the same


def _spelled_glued(index: Index, joined: str) -> bool:
    """ "pseudo-class", "micro service" asked of notes that write «псевдокласс», «микросервис»:
    English words the notes spell as one borrowed Russian word."""
    return (
        joined.isascii()
        and joined.isalpha()
        and len(joined) >= MIN_SPELLED_GLUED
        and any(is_cyrillic(index.terms[t]) for t in index.keys.get(sound_key(joined), ()))
    )


MIN_SPELLED_GLUED = 8  # letters; shorter glued words sound like too many others


# "посмотреть", "крутился", "влезет": a verb names no subject of its own.
_RUSSIAN_VERB_FORM = re.compile(r"(?:ть|ться|тся|ешь|ет|ит|ют|ят|ут|ат|ла|ли|ло|л)$")
RUSSIAN_VAULT_SHARE = 0.3  # of the notes' words Cyrillic: a vault written in Russian


def names_a_thing(index: Index, word: str) -> bool:
    """An unknown word that may be what is asked about: a Latin name ("affinity", "oauth")
    or, in notes written in Russian, a Russian noun or adjective ("моржовый"). A Russian
    word asked of English notes is more likely the question's own wording."""
    if len(word) < MIN_FOREIGN_WORD or index.term(word) in IDEA_KINDS:
        return False
    if not is_cyrillic(word):
        return True
    russian = len(index.sorted_terms) >= RUSSIAN_VAULT_SHARE * max(1, len(index.vocab))
    return russian and not russian_verb(word)


def russian_verb(word: str) -> bool:
    """A Russian word in a verb's form ("определял", "посмотреть")."""
    return is_cyrillic(word) and _RUSSIAN_VERB_FORM.search(word) is not None


# "в kubernetes", "in next.js", "у тега script": where the thing asked about lives.
_CONTEXT = re.compile(
    r"(?:^|\s)(в|во|на|по|для|из|у|in|on|for|from)\s+(?:(?:a|an|the)\s+)?"
    # "in next.js": a dot inside a name is part of it.
    r"([^\s?!.,]+(?:\.[^\s?!.,]+)*(?:\s+[^\s?!.,]+(?:\.[^\s?!.,]+)*)?)[\s?!.]*$",
    re.I,
)
# "partial из functools" names where it is from; "ключ из словаря" is the question itself.
_FROM = frozenset({"из", "from"})


def _setting(query: str) -> re.Match[str] | None:
    """ "в"/"in" and the words after it that end a question, the question's own wording
    after them aside ("проекция в реляционной алгебре это что")."""
    said = query.rstrip(" ?!.")
    while (last := _LAST_WORD.search(said)) is not None and fold(last.group(1)) in STOPWORDS:
        said = said[: last.start()].rstrip(" ?!.,")
    return _CONTEXT.search(said)


_LAST_WORD = re.compile(r"(?:^|\s)(\w+)$")


def setting_of(query: str) -> set[str]:
    """The words after "в"/"in" that end a question ("adverse selection in insurance
    markets": insurance, markets), if it ends so."""
    tail = _setting(query)
    return set(words(tail.group(2))) if tail is not None else set()


def context_words(
    index: Index, resolved: list[dict[int, float]], asked: list[str], query: str
) -> list[bool]:
    """Which query words name a topic of the notes after "в"/"in" ("set в python" in a vault
    with a Python folder): context for the other words, never the whole question."""
    tail = _setting(query)
    if tail is None:
        return _vault_words(index, resolved)
    context = set(words(tail.group(2)))
    if tail.group(1).casefold() in _FROM:
        context = {w for w in context if not is_cyrillic(w)}
    common = max(3, len(index.cards) * VAULT_COMMON)
    # A topic's name, or a word the whole vault is about ("индексация в гите" in a Git vault).
    # An unknown last word after "в" ("вакуум в постгресе", "каналы в го") is the setting
    # the question is asked in, spelled some way the notes do not: context as well.
    # "what is a barrier in concurrency": the words before "in" name a card on their own, so
    # the words after it only say where to look.
    head = [c for word, c in zip(asked, resolved, strict=True) if word not in context]
    named = bool(head) and all(c and not index.name_vocab.isdisjoint(c) for c in head)
    flags = [
        word in context
        and (
            named
            or not c
            or not index.topic_vocab.isdisjoint(c)
            or max(index.df[t] for t in c) > common
        )
        for word, c in zip(asked, resolved, strict=True)
    ]
    # "who fought in the Crimean War": an unknown word before a word the notes know names
    # a thing of that kind they lack, not the setting.
    for i in range(len(asked) - 1):
        if flags[i] and not resolved[i] and asked[i + 1] in context and resolved[i + 1]:
            flags[i] = False
    return flags if not all(flags) else [False] * len(flags)


def _vault_words(index: Index, resolved: list[dict[int, float]]) -> list[bool]:
    """ "python sets" in a Python vault: a word the whole vault speaks of, beside words that
    name a card, is the setting of the question, as after "in"."""
    common = max(3, len(index.cards) * VAULT_SUBJECT)
    spread = [min(index.df[t] for t in c) if c else 0 for c in resolved]
    widest = max(spread, default=0)
    flags = [df == widest for df in spread]
    rest = [c for c, flag in zip(resolved, flags, strict=True) if not flag]
    if (
        widest <= common
        or not rest
        or any(
            CONTEXT_SPREAD * df > widest
            for df, flag in zip(spread, flags, strict=True)
            if not flag
        )
        or not _a_whole_name(index, rest)
        or _named_together(index, resolved, flags)
    ):
        return [False] * len(resolved)
    return flags


def _a_whole_name(index: Index, rest: list[dict[int, float]]) -> bool:
    """The other words are the whole name of some card ("sets": Sets)."""
    if not all(rest):
        return False
    said = {t for c in rest for t in c}
    return any(
        len(name) >= len(rest) and name <= said
        for term in rest[0]
        for pos in index.postings.get(term, ())
        for name, _ in index.names[pos]
    )


def _named_together(index: Index, resolved: list[dict[int, float]], flags: list[bool]) -> bool:
    """Some card is named by the vault's word with the others ("Kafka Connect")."""
    setting = {t for c, flag in zip(resolved, flags, strict=True) if flag for t in c}
    for c, flag in zip(resolved, flags, strict=True):
        if flag:
            continue
        for term in c:
            for pos in index.postings.get(term, ()):
                if any(name & setting and term in name for name, _ in index.names[pos]):
                    return True
    return False


CONTEXT_SPREAD = 2  # the vault's word is in at least twice the cards of each other word
VAULT_SUBJECT = 0.25  # a word in this share of the cards is what the whole vault is about


# What is asked of a thing, and the words a heading about that names it with: «Недостатки
# классического Ethernet» answers "почему классический ethernet так плохо масштабируется".
_ASPECTS = (
    (
        frozenset({"плохо", "плохой", "недостаток", "недостатки", "минус", "минусы", "проблема",
                   "проблемы", "drawback", "drawbacks", "disadvantage", "disadvantages", "cons",
                   "downside", "downsides"}),
        ("недостаток", "минус", "проблема", "ограничение", "drawback", "disadvantage",
         "limitation", "downside", "cons"),
    ),
    (
        frozenset({"зачем", "преимущество", "преимущества", "плюс", "плюсы", "польза", "benefit",
                   "benefits", "advantage", "advantages", "pros"}),
        ("преимущество", "плюс", "польза", "зачем", "benefit", "advantage", "pros"),
    ),
)  # fmt: skip


def aspects(index: Index, query: str) -> list[dict[int, float]]:
    """For each aspect the question asks about, the terms of the notes that name it."""
    asked = set(words(query))
    out: list[dict[int, float]] = []
    for triggers, names in _ASPECTS:
        if asked & triggers:
            found = {
                tid: 1.0 for n in names if (tid := index.vocab.get(index.term(n))) is not None
            }
            if found:
                out.append(found)
    return out


def other_layout(index: Index, query: str) -> str:
    """The question typed whole in the other keyboard layout, when most of its words are
    words of the notes or the question's own only that way; else ""."""
    tokens = query.split()
    if len(tokens) < MIN_SWITCHED_WORDS:
        return ""

    def known(word: str) -> bool:
        return word in STOPWORDS or index.term(word) in index.vocab

    # Most questions are typed right: their own words settle it before any is switched.
    asked = [fold(w) for t in tokens for w in words(t)]
    if sum(map(known, asked)) * 2 > len(asked):
        return ""
    switched = [switch_layout(t.strip("?!.,")) for t in tokens]
    said = [s for s in switched if s is not None]
    if len(said) < len(switched):
        return ""
    read = [w for s in said for w in words(s)]
    return " ".join(said) if sum(map(known, read)) * 2 > len(read) else ""


MIN_SWITCHED_WORDS = 2  # one word is read in the other layout word by word already


GLUED_SIMILARITY = 0.85  # the least a word's reading needs to make a glued name with the next


def glue_translations(
    index: Index, qwords: list[tuple[str, str]], resolved: list[dict[int, float]]
) -> None:
    """Two words whose readings make one glued name of the notes mean it ("локальное
    хранилище" is local + storage: the card localstorage; "время жизни" is life + time, as
    Russian puts the qualifier after: lifetime)."""
    _translated_pairs(index, qwords, resolved)
    # Each word read once, before any pair adds a glued name to it.
    readings = [_readings(index, w, cands) for (w, _), cands in zip(qwords, resolved, strict=True)]
    for (left, right), (read_left, read_right) in zip(
        pairwise(resolved), pairwise(readings), strict=True
    ):
        for a, sa in read_left.items():
            for b, sb in read_right.items():
                sim = min(sa, sb)
                if sim < GLUED_SIMILARITY:
                    continue
                for name in (a + b, b + a):
                    glued = index.vocab.get(name)
                    if glued is not None:
                        left[glued] = max(left.get(glued, 0.0), sim)
                        right[glued] = max(right.get(glued, 0.0), sim)


def _translated_pairs(
    index: Index, qwords: list[tuple[str, str]], resolved: list[dict[int, float]]
) -> None:
    """Two words the lexicon names together mean its word ("взаимная блокировка" is a
    deadlock, though neither word alone is)."""
    for i in range(len(qwords) - 1):
        left, right = qwords[i][0], qwords[i + 1][0]
        if not left or not right:
            continue
        if (left + right).isascii():
            _english_pair(index, index.translated.get(index.term(left + right), ()), resolved, i)
            continue
        meant = index.translated.get(phrase_key(index.term, [left, right]), ())
        parts = [tid for tid in meant if index.terms[tid] not in STOPWORDS]
        if len(parts) > 1 and all(tid in resolved[i] or tid in resolved[i + 1] for tid in parts):
            # "таблица сопряжённости" is contingency + table word by word already: each word
            # keeps its own reading ("table" is no reading of «сопряжённость»). One word
            # for the pair ("межсетевой экран": firewall) is what both of them mean.
            continue
        for tid in _whole_names(index, meant):
            for cands in (resolved[i], resolved[i + 1]):
                cands[tid] = max(cands.get(tid, 0.0), TRANSLATED_SIMILARITY)


def _english_pair(
    index: Index, meant: Iterable[int], resolved: list[dict[int, float]], at: int
) -> None:
    """ "Coulomb's law" is «закон Кулона»: the Russian words of the phrase the lexicon gives
    for two English words go to the word with no reading among them ("law" is «закон»
    already, "coulomb" is nothing else). Given to both, "binary" would mean «дерево» too."""
    said = {tid for tid in meant if index.terms[tid] not in STOPWORDS}
    sides = (resolved[at], resolved[at + 1])
    missing = said.difference(*sides)
    bare = [cands for cands in sides if said.isdisjoint(cands)]
    for cands in bare if missing else ():
        for tid in missing:
            cands[tid] = max(cands.get(tid, 0.0), TRANSLATED_SIMILARITY)


def _whole_names(index: Index, meant: Iterable[int]) -> list[int]:
    """The English words a Russian pair means, with an English name of two of them glued as
    the notes write it ("анонимная функция": anonymousfunctions, and lambda) instead of its
    words apart: each alone would let a card named "Functions" answer for the pair."""
    said = list(meant)
    out: list[int] = []
    used: set[int] = set()
    for a, b in permutations(said, 2):
        joined = index.terms[a] + index.terms[b]
        glued = index.vocab.get(joined, index.vocab.get(joined + "s"))
        if glued is not None:
            out.append(glued)
            used |= {a, b}
    return [*out, *(t for t in said if t not in used)]


def _readings(index: Index, word: str, cands: dict[int, float]) -> dict[str, float]:
    """A word's other readings as terms: those of the notes (two words as typed are joined
    before they are read) and its names in the other language."""
    out = {index.terms[t]: s for t, s in cands.items() if GLUED_SIMILARITY <= s < 1.0}
    for other in index.spoken.get(index.term(word), ()) if word else ():
        out.setdefault(other, TRANSLATED_SIMILARITY)
    return out


TRANSLATED_SIMILARITY = 0.9
