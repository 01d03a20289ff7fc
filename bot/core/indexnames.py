"""The names a card answers to in the lookup index: its title and aliases with their glued,
hyphen-joined, camel-case and Greek-spelled forms, the subject its text opens with, its list
entries, and the acronyms and expansions the notes write for them."""

from __future__ import annotations

import re

from bot.core.blocks import abbreviates
from bot.core.indexdata import Index
from bot.core.labels import NAME_WRAPPERS, is_section_word
from bot.core.models import Card, CardKind
from bot.core.text import STOPWORDS, fold, words

ITEM_NAME_WEIGHT = 0.7


ACRONYM_NAME_WEIGHT = 0.9


LEAD_NAME_WEIGHT = 0.8


# Flashcards and cloze cards answer a question: their answer is no name of theirs.
ANSWERS = frozenset({CardKind.FLASHCARD, CardKind.CLOZE})


FLAG = re.compile(r"--?[A-Za-z][\w-]*")
MIN_IES_WORD = 4


_ACRONYM_WRAPPERS = NAME_WRAPPERS | {"understanding", "intro", "about", "learning"}
_CAPITALISED = re.compile(r"^[A-Z][A-Za-z]+$")
_ORDINAL = re.compile(r"^\d(?:st|nd|rd|th)$")
_HYPHENED = re.compile(r"\b[A-Z][a-z]+-[A-Z][a-z]+\b")  # "Breadth-First", "Round-Robin"
_DASHED = re.compile(r"^[a-z]{2,}(?:-[a-z]{2,}){2,4}$")  # a note named as file names are
_CAMEL_WORDS = re.compile(r"^(?:[A-Z][a-z]+){3,5}$")  # "PersistentVolumeClaim": a name said as PVC


def _acronym(name: str) -> str:
    """`Frame Check Sequence` → `fcs`: a name of three to five capitalised English words
    ("Understanding JSON Web Tokens" is JWT: a wrapper word is no part of it), or of three to
    five words joined by dashes (`transmission-control-protocol` → `tcp`)."""
    parts = name.split()
    if _CAMEL_WORDS.match(name):
        parts = re.findall(r"[A-Z][a-z]+", name)
    elif _DASHED.match(name):
        parts = [p.capitalize() for p in name.split("-")]  # "transmission-control-protocol"
    elif _HYPHENED.search(name):
        # "Breadth-First Search" is BFS; "Graph Breadth-First Search" too, its subject
        # word aside.
        parts = [p for word in parts for p in word.split("-")]
        if len(parts) > 3 and _HYPHENED.match(name.split(" ", 1)[-1]):
            parts = parts[1:]
    if len(parts) > 3 and parts[0].casefold() in _ACRONYM_WRAPPERS:
        parts = parts[1:]
    # "3rd Normal Form" is 3NF: an ordinal says its digit.
    if not 3 <= len(parts) <= 5 or not all(
        _CAPITALISED.match(p) or _ORDINAL.match(p) for p in parts
    ):
        return ""
    return "".join(p[0] for p in parts).casefold()


def name_by_acronyms(index: Index, written: set[int]) -> None:
    """A card named `Frame Check Sequence` also answers to `FCS` when the notes write it."""
    for pos, card in enumerate(index.cards):
        if card.kind in ANSWERS or card.kind is CardKind.FACT:
            continue
        own_note = card.parent_id is None and fold(card.title) == fold(card.note.split("/")[-1])
        for name in (card.title, *card.aliases):
            short = _acronym(name)
            if not short:
                continue
            # A note named `Data Transfer Objects` is DTO even if no note writes it so, and
            # "Breadth-First Search" is BFS anywhere: such compounds are said by letters.
            coined = own_note or bool(_HYPHENED.search(name)) or bool(_CAMEL_WORDS.match(name))
            tid = index.term_id(index.term(short)) if coined else index.vocab.get(short)
            if tid is None or not (coined or tid in written) or tid in index.name_terms[pos]:
                continue
            _add_name(index, pos, frozenset({tid}), ACRONYM_NAME_WEIGHT)


_SHORT_NAME = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")


MAX_SPELLED_OUT_WORDS = 6


def name_by_expansions(index: Index) -> None:
    """A card named with an acronym the notes spell out elsewhere ("Binary Trees - DFS
    Overview", where a card is "Depth-first search (DFS)") also answers to the words it
    stands for: "обход в глубину бинарного дерева" names it."""
    meaning: dict[int, frozenset[int]] = {}
    for card in index.cards:
        names = (card.title, *card.aliases)
        for short in names:
            if not _SHORT_NAME.match(short):
                continue
            # "DNS.md" opening with the line "Domain Name System": a definition that only
            # spells the name out names the card too.
            spelled_out = (
                (card.definition,) if len(card.definition.split()) <= MAX_SPELLED_OUT_WORDS else ()
            )
            for name in (*names, *spelled_out):
                said = words(name)
                if len(said) >= 2 and abbreviates(fold(short), " ".join(said)):
                    tid = index.vocab.get(index.term(fold(short)))
                    if tid is not None:
                        meaning[tid] = frozenset(index.term_id(index.term(w)) for w in said)
    if not meaning:
        return
    for pos, card in enumerate(index.cards):
        if card.kind is CardKind.FACT:
            continue
        for terms, weight in list(index.names[pos]):
            spelled = [meaning[t] for t in terms if t in meaning]
            if not spelled or any(t in terms for m in spelled for t in m):
                continue
            wider = frozenset(t for t in terms if t not in meaning).union(*spelled)
            _add_name(index, pos, wider, weight * ACRONYM_NAME_WEIGHT)


_CLAUSE_MARK = re.compile(r"[.:;,()\[\]=]")


def name_by_spelled_definition(index: Index) -> None:
    """ "MLP — минимально привлекательный продукт": a card named by letters whose whole
    definition is a few words with no clause in them is named by those words too, in
    whichever language they are ("минимально привлекательный продукт" asks for MLP)."""
    for pos, card in enumerate(index.cards):
        if card.kind is not CardKind.TERM or not _SHORT_NAME.match(card.title):
            continue
        said = words(card.definition)
        if not 2 <= len(said) <= MAX_SPELLED_OUT_WORDS or _CLAUSE_MARK.search(card.definition):
            continue
        terms = frozenset(index.term_id(index.term(w)) for w in said if w not in STOPWORDS)
        if len(terms) >= 2 and terms not in {t for t, _ in index.names[pos]}:
            _add_name(index, pos, terms, ACRONYM_NAME_WEIGHT)


def _add_name(index: Index, pos: int, terms: frozenset[int], weight: float) -> None:
    """One more name of a card, found after its text was indexed: its terms reach it."""
    index.names[pos].append((terms, weight))
    index.name_terms[pos] = index.name_terms[pos] | terms
    index.name_vocab |= terms
    for tid in terms:
        postings = index.postings.setdefault(tid, [])
        if pos not in postings:
            postings.append(pos)
            postings.sort()
            index.df[tid] += 1


_CAMEL_NAME = re.compile(r"[A-Za-z]*[a-z][A-Z][A-Za-z]*")
_CAMEL = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
CAMEL_NAME_WEIGHT = 0.85


# "σ-алгебра" is asked as "сигма-алгебра" or "sigma-algebra": the letters' names.
_GREEK = {
    "α": ("альфа", "alpha"), "β": ("бета", "beta"), "γ": ("гамма", "gamma"),
    "δ": ("дельта", "delta"), "ε": ("эпсилон", "epsilon"), "ζ": ("дзета", "zeta"),
    "η": ("эта", "eta"), "θ": ("тета", "theta"), "κ": ("каппа", "kappa"),
    "λ": ("лямбда", "lambda"), "μ": ("мю", "mu"), "ν": ("ню", "nu"), "ξ": ("кси", "xi"),
    "π": ("пи", "pi"), "ρ": ("ро", "rho"), "σ": ("сигма", "sigma"), "τ": ("тау", "tau"),
    "φ": ("фи", "phi"), "χ": ("хи", "chi"), "ψ": ("пси", "psi"), "ω": ("омега", "omega"),
}  # fmt: skip
_GREEK_LETTER = re.compile("[" + "".join(_GREEK) + "]", re.I)


def _spelled(name: str) -> tuple[str, str]:
    """A name with its Greek letters said in Russian, then in English."""
    russian = _GREEK_LETTER.sub(lambda m: _greek_name(m.group(), 0), name)
    english = _GREEK_LETTER.sub(lambda m: _greek_name(m.group(), 1), name)
    return russian, english


def _greek_name(letter: str, lang: int) -> str:
    """A letter's name; its variant forms ("ϵ", "ϑ", "ς") match ignoring case, and a form
    that folds to no letter here stays as written."""
    said = _GREEK.get(letter.casefold()) or _GREEK.get(letter.lower())
    return said[lang] if said else letter


ADVICE_WEIGHT = 0.8
# A Russian imperative opening a title: "Постройте ...", "Используй ...", "Не делайте ...".
_ADVICE = re.compile(r"^(?:не\s+)?[а-яё]{3,}(?:[иай]те|[ауяю]й)\s", re.I)


def is_advice(name: str) -> bool:
    """A name that says what to do ("Используй alpine образы"), not what a thing is."""
    return _ADVICE.match(name) is not None


PART_WEIGHT = 0.9  # one of two things a name joins: below a card named for it alone
_JOINED = re.compile(r"\s&\s")
MAX_PART_WORDS = 3


def _joined_parts(name: str) -> list[str]:
    """ "Transactions & ACID" → the two names it joins; none for a longer list or a word said
    of both ("Async generators & iterators")."""
    parts = _JOINED.split(name.strip())
    if len(parts) != 2 or not all(0 < len(p.split()) <= MAX_PART_WORDS for p in parts):
        return []
    if any(w.casefold() in STOPWORDS for p in parts for w in p.split()):
        return []
    if len(parts[0].split()) > len(parts[1].split()):
        return []  # "Async generators and iterators": the first word is said of both
    return parts


_TOPIC_BREAK = re.compile(r"(?:,|\.)\s+")
MAX_TOPICS = 3


def _listed_topics(name: str) -> list[str]:
    """ "Системный каталог, агрегатные функции", "Операторы работы с наборами.
    Представления": a note named for the few topics it covers names each."""
    parts = [p.strip(" .") for p in _TOPIC_BREAK.split(name.strip())]
    if not 2 <= len(parts) <= MAX_TOPICS or not all(
        0 < len(p.split()) <= MAX_PART_WORDS + 1 for p in parts
    ):
        return []
    return parts


def _written_together(name: str, tokens: list[str]) -> list[list[str]]:
    """The name's words as people glue them: "Bias-Variance Trade-off" asked as "bias
    variance tradeoff"; "Cytochrome P <sub>450</sub>", "ED 50" asked as "p450", "ed50"."""
    forms = []
    if "-" in name:
        joined = words(_HYPHENATED.sub(lambda m: m.group().replace("-", ""), name))
        if joined != tokens and joined:
            forms.append(joined)
    lettered = _letters_with_number(tokens)
    if lettered != tokens:
        forms.append(lettered)
    return forms


MAX_NUMBERED_LETTERS = 3


def _letters_with_number(tokens: list[str]) -> list[str]:
    """A word of a few letters and the number written apart after it, glued."""
    out: list[str] = []
    for token in tokens:
        if out and token.isdigit() and out[-1].isalpha() and len(out[-1]) <= MAX_NUMBERED_LETTERS:
            out[-1] += token
        else:
            out.append(token)
    return out


def name_sets(
    index: Index, card: Card, extra: tuple[str, ...]
) -> list[tuple[frozenset[int], float]]:
    """The term sets a card is named by: title, aliases, glued forms, list entries."""
    name_sets: list[tuple[frozenset[int], float]] = []
    names = (card.title, *card.aliases, *extra)
    for name in (*names, *(s for n in names if _GREEK_LETTER.search(n) for s in _spelled(n))):
        tokens = words(name)
        if tokens:
            # "Используй alpine образы": advice, which names no thing.
            weight = ADVICE_WEIGHT if is_advice(name) else 1.0
            name_sets.append((frozenset(index.term_id(index.term(w)) for w in tokens), weight))
        if any(len(t) > MIN_IES_WORD and t.endswith("ies") and t.isascii() for t in tokens):
            # "Tries" is the plural of "trie", though "tries" reads as the verb "try".
            singular = [t[:-1] if t.endswith("ies") and t.isascii() else t for t in tokens]
            name_sets.append((frozenset(index.term_id(index.term(w)) for w in singular), 1.0))
        if FLAG.fullmatch(name.strip()):
            # A note named `-i` or `--list`: asked as typed, dashes included.
            name_sets.append((frozenset({index.term_id(fold(name.strip()))}), 1.0))
        name_sets.extend(
            (frozenset(index.term_id(index.term(w)) for w in form), 1.0)
            for form in _written_together(name, tokens)
        )
        camel = _CAMEL.findall(name.strip()) if _CAMEL_NAME.fullmatch(name.strip()) else []
        if len(camel) >= 2:
            # "UseRef", "ReadWriteOnce": its parts name it too ("refs", "read write once").
            parts = frozenset(index.term_id(index.term(fold(p))) for p in camel)
            name_sets.append((parts, CAMEL_NAME_WEIGHT))
        joined = _joined_parts(name)
        if not joined and name == card.title and card.parent_id is None:
            joined = _listed_topics(name)
        for part in joined:
            # "Transactions & ACID": a note named for two things names each. ("Образы и слои"
            # is left whole: "и" joins a subject and its parts as often as two subjects.)
            said = words(part)
            name_sets.append((frozenset(index.term_id(index.term(w)) for w in said), PART_WEIGHT))
        if 2 <= len(tokens) <= 3:
            # People glue names together: "докерхаб", "dockerimage".
            glued = index.term_id("".join(tokens))
            index.glued.add(glued)
            name_sets.append((frozenset({glued}), 1.0))
    # "VPC= is a virtual datacenter": the definition opens by naming what it defines; a
    # paragraph of its details may do the same ("Memcached- supports only strings").
    # A detail's "OUI: CC:46:D6; Производитель: Cisco" is a table row's fields, no subject.
    lead = _lead_subject(card, card.definition)
    leads = [("" if _parents_subject(index, card, lead) else lead, LEAD_NAME_WEIGHT)]
    leads += [
        (_lead_subject(card, d.text, fields=False), ITEM_NAME_WEIGHT)
        for d in card.details
        if not d.code
    ]
    # "Kubelet слушает инструкции от kube-apiserver ...": a Latin name opening Russian text.
    leads += [(_named_in_latin(text), ITEM_NAME_WEIGHT) for text in _texts(card)]
    for subject, weight in leads:
        if subject:
            terms = frozenset(index.term_id(index.term(w)) for w in words(subject))
            name_sets.append((terms, weight))
    for item in (*card.items, *card.keywords):
        tokens = words(item)
        if 1 <= len(tokens) <= 4:
            # A list item ("docker run", "bridge") names its list, a little less strongly.
            terms = frozenset(index.term_id(index.term(w)) for w in tokens)
            name_sets.append((terms, ITEM_NAME_WEIGHT))
    return name_sets


_LEAD = re.compile(
    r"^([^\W\d][\w.+#/-]*(?:\s+[\w.+#/-]+){0,2}?)\s*(=|:|\s?[—–-]\s|"
    r"\s(?:is|are|это|является|являются|представляет\s+собой)\s)"
)
_LATIN_LEAD = re.compile(
    r"^([A-Z][\w.+#/-]*(?:[ -][A-Za-z][\w.+#/-]*){0,2})\s+(?=[а-яё]+\s+[а-яё])"
)


def _texts(card: Card) -> list[str]:
    if card.kind is CardKind.FACT:
        return []
    return [*card.items, *(d.text for d in card.details if not d.code)]


def _named_in_latin(text: str) -> str:
    """The Latin name a line of Russian text opens with, if any."""
    m = _LATIN_LEAD.match(text)
    return m.group(1) if m and not is_section_word(m.group(1)) else ""


def _lead_subject(card: Card, text: str, fields: bool = True) -> str:
    """The one to three words a term card's text opens with as its subject (`fields`: a
    colon may end it, as in "Elastic IP: dedicated IP upon request")."""
    if card.kind is not CardKind.TERM:
        return ""
    m = _LEAD.match(text)
    if m is None or is_section_word(m.group(1)) or (not fields and m.group(2) == ":"):
        return ""
    return m.group(1)


def _parents_subject(index: Index, card: Card, subject: str) -> bool:
    """ "**Lower costs** --> Serverless computing is generally very cost-effective" under
    "Serverless": an entry's text opening with the thing above it, none of the entry's own
    name, speaks of that thing."""
    if not subject or card.parent_id is None:
        return False
    above = index.positions.get(card.parent_id)
    if above is None:
        return False
    said = {index.term(w) for w in words(subject)}
    parent = {index.term(w) for w in words(index.cards[above].title)}
    own = {index.term(w) for name in (card.title, *card.aliases) for w in words(name)}
    return not said.isdisjoint(parent) and said.isdisjoint(own)


_HYPHENATED = re.compile(
    r"\b(?:[^\W\d_]{2,}-[^\W\d_]{2,5}|(?:multi|non|pre|re|sub|inter|co|self|cross|auto|micro|"
    r"semi|anti|over|under|out|post|hyper|meta)-[^\W\d_]{2,})\b",
    re.I,
)


# A Roman numeral after a word of a name: "Александр III", "Реформы Петра I", "Type II".
_NUMBERED = re.compile(r"(\w+)\s+([ivx]+)(?!\w)", re.IGNORECASE)


def numbered_names(index: Index) -> None:
    """Which words the cards' names write right before each Roman numeral, for questions
    that give the number in digits or in words ("Александр 3", "петра первого")."""
    found: dict[str, set[int]] = {}
    for card in index.cards:
        for name in (card.title, *card.aliases):
            for m in _NUMBERED.finditer(name):
                tid = index.vocab.get(index.term(fold(m.group(1))))
                if tid is not None:
                    found.setdefault(m.group(2).casefold(), set()).add(tid)
    index.numbered = {numeral: frozenset(tids) for numeral, tids in found.items()}
