"""What a question's words are, before any card is scored: the words that count (question
wrappers, function words and wrong-layout stop words left out), neighbours the notes glue
together (as typed or as read: «время жизни» ~ lifetime), the words after «в»/"in" that only
name where to look (`querysetting.py`; glued names are `gluedwords.py`), and whether an
unknown word may be the very thing asked about."""

from __future__ import annotations

import re
from collections.abc import Callable

from rapidfuzz.distance import OSA

from bot.core.indexdata import Index
from bot.core.indexnames import FLAG
from bot.core.labels import IDEA_KINDS
from bot.core.searchindex import SNAKE
from bot.core.text import STOPWORDS, fold, is_cyrillic, sound_key, switch_layout, words
from bot.core.wordmatch import resolve_word

MAX_QUERY_WORDS = 24
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


def names_asked(query: str) -> bool:
    """ "как называется ...", "what's the term for ...", "какое прозвище ...": a question
    describing a thing to learn its name, in either language."""
    return asks_for_name(query) or _NAME_ASKED.search(query) is not None


_NAME_ASKED = re.compile(
    r"\bкак\s+(?:\w+\s+)?(?:называ\w*|зов[её]тся|зовут|именуе\w*)\b"
    r"|\bкак(?:ое|ой|ая)\s+(?:прозвище|название|термин)\b"
    r"|\bhow\s+do\s+(?:you|we|they)\s+call\b"
    r"|\b(?:what'?s|what\s+is)\s+(?:the|a)\s+(?:term|name|word)\s+(?:for|of|when)\b"
    # "what's the quantity for how much charge ...": a thing described by what it measures.
    r"|\b(?:what'?s|what\s+is)\s+(?:the|a)\s+(?:\w+\s+)?(?:quantity|law|rule|principle|effect|"
    r"phenomenon|process|unit|property|technique|method|concept|condition)\s+(?:for|when|where)\b"
    # "what's the HashiCorp tool for describing infra as code": a thing named by its use.
    r"|\b(?:what'?s|what\s+is)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+for\s+"
    r"(?:\w+ing|how|when|where|what|which)\b"
    r"|^\s*(?:the\s+)?(?:term|name|word)\s+for\b",
    re.I,
)


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
    if len(tokens) == 1 and _named_letter(index, raw, tokens[0]):
        return [(tokens[0], raw)]  # "J chain", "T cell": a capital letter of a card's name
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
            and not _unknown_dotted(index, raw, alt[0])
        ):
            return [(alt[0], raw)]  # "j,hfp" is "образ": layout punctuation split the word.
    return [(token, raw if len(tokens) == 1 else token) for token in tokens if not stop(token)]


def _unknown_dotted(index: Index, raw: str, switched: str) -> bool:
    """ "acmee.sh", "nxet.js": a tool's name with its extension, misspelled, not a word of
    the other layout the notes do not have ("фсьууюыр")."""
    return (
        _DOTTED_NAME.fullmatch(raw.strip(',?!;:()«»"')) is not None
        and switched not in index.vocab
        and index.term(switched) not in index.vocab
    )


_DOTTED_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]+\.[A-Za-z]{1,4}")


def _named_letter(index: Index, raw: str, token: str) -> bool:
    """A capital Latin letter alone ("J", "T") that some card's name holds, not "о" typed in
    the other layout."""
    bare = raw.strip(',.?!;:()«»"')
    return (
        len(bare) == 1
        and bare.isupper()
        and bare.isascii()
        and bare not in "AI"  # "how do I ...", "A ...": the pronoun, the article
        and index.vocab.get(token) in index.name_vocab
    )


def _elided_slip(index: Index, raw: str, tokens: list[str]) -> bool:
    """ "l'hopitl": a letter and an apostrophe before a Latin word with a slip in it (as in
    "L'Hopital"), not a Russian word typed in the other layout with "э" second."""
    if _ELIDED.match(raw.strip(',.?!;:()«»"')) is None:
        return False
    return bool(resolve_word(index, tokens[-1], tokens[-1]))


_ELIDED = re.compile(r"^[A-Za-z]['’][A-Za-z]{4,}$")
_GENERIC = re.compile(r"[A-Za-z]<[^<>]*>")
_QUALIFIER = re.compile(r"^(?:[A-Za-z_]\w*::)+(?=[A-Za-z_])")
_QUALIFIED = re.compile(r"\b(?:[A-Za-z_]\w*::)+([A-Za-z_]\w*)")


def qualified_names(query: str) -> set[str]:
    """The names a question writes after their namespace ("std::optional" → optional), which
    `words_of` keeps without it."""
    return {fold(m.group(1)) for m in _QUALIFIED.finditer(query)}


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
    return russian_notes(index) and not russian_verb(word)


def russian_notes(index: Index) -> bool:
    """The notes are written in Russian (enough of their words are Cyrillic)."""
    return len(index.sorted_terms) >= RUSSIAN_VAULT_SHARE * max(1, len(index.vocab))


def russian_verb(word: str) -> bool:
    """A Russian word in a verb's form ("определял", "посмотреть")."""
    return is_cyrillic(word) and _RUSSIAN_VERB_FORM.search(word) is not None


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
    # One word is read in the other layout word by word already, unless keys that type
    # letters there are punctuation here, which splitting into words drops ("[ti-aeyrwbz"
    # is «хеш-функция», its "х" typed as "[").
    if len(tokens) < MIN_SWITCHED_WORDS and not _LETTER_KEYS.search(query.strip(" ?!.,")):
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


MIN_SWITCHED_WORDS = 2
# Keys typing Russian letters that are punctuation in the English layout (х ъ ж э б ю ё).
_LETTER_KEYS = re.compile(r"[\[\];',.`]")
