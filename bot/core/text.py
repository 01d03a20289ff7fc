"""Text normalisation for chat questions: case, ё, punctuation, keyboard layout, transliteration.

Everything here is language-level (Russian and English), never subject-specific:
the notes themselves decide which words matter.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

Lemmatizer = Callable[[str], str]
"""Maps one lower-case Cyrillic word to its dictionary form (injected; pymorphy3 in production)."""
Nominative = Callable[[str, str, str], str]
"""(a name prose writes in a case, that case, the words before the verb naming it) → the name
in the nominative ("широковещательным штормом" → "широковещательный шторм"; injected,
pymorphy3 in production)."""

_EN = "`qwertyuiop[]asdfghjkl;'zxcvbnm,./"
_RU = "ёйцукенгшщзхъфывапролджэячсмитьбю."
_EN_TO_RU = dict(zip(_EN, _RU, strict=True))
_RU_TO_EN = {ru: en for en, ru in _EN_TO_RU.items()}
_EN_TO_RU.update({"{": "х", "}": "ъ", ":": "ж", '"': "э", "<": "б", ">": "ю", "~": "ё"})

_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}  # fmt: skip

# (pattern, replacement, letters without which the pattern cannot match: skipped cheaply)
_LATIN_RULES: tuple[tuple[str, str, str], ...] = (
    # Russian "дж" spells the English soft g: бридж ~ bridge, имидж ~ image.
    (r"dzh|dge|dg(?=[iy])|g(?=e$)", "J", "gz"),
    # A Dutch "ij" before a consonant is said "ей": Dijkstra ~ Дейкстра, Rijndael ~ Рейндал.
    (r"ij(?![aeiou])", "ei", "j"),
    # English "j" is that sound too: java ~ джава, jenkins ~ дженкинс.
    (r"j", "J", "j"),
    (r"ck", "k", "c"),
    (r"c(?=[eiy])", "s", "c"),
    # "manager" ~ менеджер: a soft "g" before the ending.
    (r"(?<=a)g(?=er$)", "J", "g"),
    (r"c", "k", "c"),
    # A Greek "ch" is the Russian "х": chromatic ~ хроматический, schema ~ схема (an English
    # "ch" and the Russian "ч" both come out "kh" first, and stay alike).
    (r"kh", "h", "h"),
    (r"ph", "f", "p"),
    # A Greek "rh" is the Russian "р": rheumatic ~ ревматический, rhythm ~ ритм.
    (r"^rh|(?<=r)rh", "r", "h"),
    (r"qu", "kv", "q"),
    (r"q", "k", "q"),
    (r"x", "ks", "x"),
    # An "ew" is said "ью": Newton ~ Ньютон, review ~ ревью, Lewis ~ Льюис.
    (r"ew", "iu", "w"),
    (r"w", "v", "w"),
    (r"th", "t", "h"),
    # A silent "h" after a vowel: Amdahl ~ Амдал, Buddha ~ Будда.
    (r"(?<=[aeiou])h(?![aeiou])", "", "h"),
    (r"tz|ts", "c", "t"),
    (r"z", "s", "z"),
    (r"[yj]", "i", "yj"),
    # "лю" spells the English "lu": абсолютный ~ absolute, резолюция ~ resolution.
    (r"liu", "lu", "l"),
    # "ay"/"ai" is said "ей" as well: playbook ~ плейбук, email ~ имейл.
    (r"ai(?![aeiou])", "ei", "a"),
    (r"ee|ea", "i", "e"),
    # An open "a" is said "ей": gate ~ гейт, rebase ~ ребейз, template ~ темплейт.
    (r"(?<=[^aeiou])a(?=[bdfgklmnpstvzJ]e$)", "ei", "a"),
    # A Greek "eu" is the Russian "ев": therapeutic ~ терапевтический, Euclid ~ Евклид.
    (r"eu(?![aeiou])", "ev", "u"),
    (r"oo|ou|ow", "u", "o"),
    (r"(?<=.{3})e$", "", "e"),
    # "-ter", "-der", "-ber" against the Russian "-тр": parameter ~ параметр, filter ~
    # фильтр, center ~ центр (and кластер ~ cluster, spelled alike, stay alike).
    (r"(?<=.[tdb])er$", "r", "e"),
    # The Russian "ц" is the English soft "c": процесс ~ process, цикл ~ cycle.
    (r"c", "s", "c"),
    (r"(.)\1+", r"\1", ""),
)
_LATIN_RULES_RE = tuple((re.compile(a), b, guard) for a, b, guard in _LATIN_RULES)

STOPWORDS_RU = frozenset(
    """
    а без бы в во к ко вот вообще все всё где да давай для до же за зачем и из или как какая
    какие каким каких какой какое когда кто ли мне меня мой можешь можно мы на над надо не
    нет ни но ну о об объясни означает от по под подскажи пожалуйста почему при про
    расскажи с скажи со та так такая такие такое такой там тебе то тот ты у чем что это обьясни
    этот эта эти я нужен нужна нужно нужны значит значение определение смысл слушай плиз
    хочу узнать знать понять кратко коротко это есть был была было были бывает он она оно
    они его её ее их них им ему ей сколько куда откуда зачем почему работать работает
    работают использовать используют используется применять применяется делать делает
    служить служит называть называется нужный пример примеры кто-нибудь вопрос ответ сделать
    отличаться отличается отличие отличия разница различие состоять состоит между
    который уже ещё еще очень тоже также если чтобы свой весь сам сама само сами теперь сейчас
    друг друга другу другом друге говорят говорит говорить пишут слышал слышала
    напомни напомните напомнить объясните объяснить поясни поясните пояснить расскажите
    рассказать подскажите подсказать скажите сказать
    бывать бывают каков какова каковы много мало сравнение сравнить происходить
    случаться именно обычно примерно плохо хорошо около почти устроен устроена устроено
    устроены устроенный через пользоваться пользуются пользуется описывается описываются
    считается считаются рассчитывается рассчитываются вычисляется вычисляются посчитать
    рассчитать вычислить берётся берется берутся
    chto takoe kak zachem pochemu chem eto rabotaet dlya chego nuzhen nuzhno kakoy kakie
    gde kogda mozhno ili otlichaetsya raznica mezhdu sdelat ispolzovat
    """.split()  # noqa: SIM905 - a word list reads best as text
)
STOPWORDS_EN = frozenset(
    """
    a about an and are as be can define definition describe do does explain for how i in
    is it its me mean meaning means of on or please s tell that the this to us we what
    whats which who why with you your is are was were work works used use using does
    example examples give some any difference differences different differ differs between
    explained explaining explanation
    should would could when where there their they them these those from by at into just
    also much many did done will has have had than compared compare versus vs other another
    before after during while happen happens happened take takes taken get gets got make
    makes made still ever really actually exactly usually typically each every such like
    goes going went gone need needs want wants consist consists exist exists
    my our mine ours myself onto upon he him his she her whose whom yours
    someone somebody anyone anybody calculate calculated stand stands refer refers
    come comes came
    """.split()  # noqa: SIM905 - a word list reads best as text
)
STOPWORDS = STOPWORDS_RU | STOPWORDS_EN
CHATTER = frozenset(
    """
    привет приветик здравствуй здравствуйте здорово хай салют добрый доброе утро день вечер
    ночи спасибо спасиб спс благодарю пасиб мерси ок окей оке ok okay понял поняла понятно
    ясно хорошо ладно отлично супер класс круто норм нормально пока ага угу да нет бот ботик
    дела делишки
    hi hello hey thanks thank thx bye bot good great cool nice yes no yeah sure morning evening
    """.split()  # noqa: SIM905 - a word list reads best as text
)

_WORD = re.compile(r"[^\W_]+")
_CYRILLIC = re.compile(r"[а-яё]")
CYRILLIC_LETTER = re.compile(r"[а-яё]", re.I)
_LATIN = re.compile(r"[a-z]")
_LAYOUT_EN = frozenset(_EN) | frozenset('{}:"<>~')
_LAYOUT_RU = frozenset(_RU)


_DROPPED = frozenset({"Mn", "Cf", "Cc"})
_DROP_TABLE_LIMIT = 4096


class _DropMarks(dict[int, int | None]):
    """A `str.translate` table that deletes combining marks, format and control characters.

    Filled per code point on first sight, so later lookups stay in C (several times faster
    than checking each character's category in Python); bounded, so odd input cannot grow it.
    """

    def __missing__(self, code: int) -> int | None:
        keep = None if unicodedata.category(chr(code)) in _DROPPED else code
        if len(self) < _DROP_TABLE_LIMIT:
            self[code] = keep
        return keep


_DROP_MARKS = _DropMarks()
# Any character that is not a letter, digit, space or common punctuation of Latin and
# Cyrillic text may be a mark to drop; text without one skips the (slower) translate.
_MAYBE_DROPPED = re.compile(r"[^\w\s!-/:-@\[-`{-~«»—–…№“”„‘’]|[\u0300-\u036f\u0483-\u0489]")


NOTE_SUFFIXES = (".md", ".markdown")  # a note's file name ends so (Jekyll writes ".markdown")


def note_stem(path: str) -> str:
    """A note's path or name without its `.md` (or `.markdown`, in any case)."""
    for suffix in NOTE_SUFFIXES:
        if path.casefold().endswith(suffix):
            return path[: -len(suffix)]
    return path


def fold(text: str) -> str:
    """Unicode-compose, case-fold, ё→е, drop zero-width and combining marks, and write a
    word typed in two alphabets ("сap" with a Cyrillic "с") in the one it mostly uses."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    if text.isascii():
        return text
    if _ADJACENT.search(text):
        text = _MIXED.sub(_one_alphabet, text)
    if not _MAYBE_DROPPED.search(text):
        return text
    return text.translate(_DROP_MARKS)


# A word with a Latin letter next to a Cyrillic one (or the other way round).
_ADJACENT = re.compile(r"[a-z][а-я]|[а-я][a-z]")
_MIXED = re.compile(r"\b[^\W\d_]*(?:[a-z][а-я]|[а-я][a-z])[^\W\d_]*")
_TO_LATIN = str.maketrans("асеорхукмтвн", "aceopxykmtbh")
_TO_CYRILLIC = str.maketrans("aceopxykmtbh", "асеорхукмтвн")


def _one_alphabet(match: re.Match[str]) -> str:
    word = match.group()
    latin = sum("a" <= ch <= "z" for ch in word)
    cyrillic = sum("а" <= ch <= "я" for ch in word)
    to_latin = latin >= cyrillic
    minority = re.sub("[a-z]" if to_latin else "[а-я]", "", word)
    if word.endswith(minority):
        return word  # "dockerом": a Russian ending on an English name, not a slip
    converted = word.translate(_TO_LATIN if to_latin else _TO_CYRILLIC)
    # Only look-alike letters are swapped: a word still in two alphabets stays as typed.
    return converted if converted.isascii() or not re.search("[a-z]", converted) else word


_POSSESSIVE = re.compile(r"(?<=[a-z])['’]s\b")
# Punctuation typed around a word of a question ("PERT?", "«опричнина»").
AROUND_WORD = "?!.,:;«»\"'()[]"


def words(text: str) -> list[str]:
    """Folded word tokens: letters and digits, punctuation dropped; an English possessive
    is its word ("Ohm's Law" is ohm, law: no word "s" to ask for)."""
    return _WORD.findall(_POSSESSIVE.sub("", fold(text)))


def is_chatter(text: str) -> bool:
    """Greetings, thanks and acknowledgements ("привет", "спасибо, бот", "ок") ask nothing."""
    tokens = words(text)
    return (
        bool(tokens)
        and any(t in CHATTER for t in tokens)
        and all(t in CHATTER or t in STOPWORDS for t in tokens)
    )


def is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC.search(word))


def switch_layout(raw: str) -> str | None:
    """The same keys typed in the other keyboard layout (QWERTY ↔ ЙЦУКЕН), or None."""
    # "штпкуыы?": the question mark ends the question; it is no key of the word.
    low = raw.casefold().rstrip("?!")
    if not low:
        return None
    # Digits, "-" and "_" are the same keys in both layouts ("ыщслы5" is "socks5",
    # "ыефешс_сфые" is "static_cast").
    if all(ch in _LAYOUT_EN or ch.isdigit() or ch in "-_" for ch in low) and _LATIN.search(low):
        return "".join(_EN_TO_RU.get(ch, ch) for ch in low)
    if all(ch in _LAYOUT_RU or ch.isdigit() or ch in "-_" for ch in low) and _CYRILLIC.search(low):
        return "".join(_RU_TO_EN.get(ch, ch) for ch in low)
    return None


def transliterated(word: str) -> str:
    """A Cyrillic word in Latin letters, letter by letter (no sounds read as English):
    «функции» is funktsii, «ядро» yadro."""
    return "".join(_TRANSLIT.get(ch, ch) for ch in fold(word))


@lru_cache(maxsize=65536)
def sound_key(word: str) -> str:
    """A rough phonetic key shared by a Latin word and its Cyrillic spelling.

    докерфайл → dokerfail, dockerfile → dokerfil; компоуз → kompus, compose → kompos.
    """
    word = fold(word).replace("ье", "ие")  # барьер ~ barrier, курьер ~ courier
    latin = "".join(_TRANSLIT.get(ch, ch) for ch in word)
    if word.startswith("ю"):
        latin = "u" + latin[2:]  # юзер ~ user, юнит ~ unit
    for pattern, repl, guard in _LATIN_RULES_RE:
        if not guard or any(ch in latin for ch in guard):
            latin = pattern.sub(repl, latin)
    return latin.lower()


_VOWELS = frozenset("aeiouy")


def consonants(key: str) -> str:
    """A sound key's consonant frame, first letter kept: how an English word written in
    Cyrillic by ear still lines up (ребейз ~ rebase: rbs; дебаунс ~ debounce: dbns)."""
    # "ц" and a soft English "c" are one sound here: процедура ~ procedure, процесс ~ process.
    # A first vowel is only a vowel: two languages spell it apart («инкапсуляция» ~
    # encapsulation, «эмуляция» ~ emulation).
    first = "a" if key[:1] in _VOWELS else key[:1]
    frame = first + re.sub(r"[aeiouy]", "", key[1:]).replace("c", "s")
    return re.sub(r"(.)\1+", r"\1", frame)


def vowel_runs(key: str) -> str:
    """A sound key with each run of vowels as one "a": how a short English word and its
    Cyrillic spelling by ear line up (стек ~ stack, хаб ~ hub, байт ~ byte: "stak", "hab",
    "bat")."""
    return re.sub(r"[aeiouy]+", "a", key)


@lru_cache(maxsize=65536)
def english_stem(word: str) -> str:
    """Strip regular English plural endings (images → image, registries → registry)."""
    if len(word) <= 3 or not word.isascii() or not word.isalpha():
        return word
    if word in _S_SINGULARS:
        return word
    irregular = _IRREGULAR_PLURALS.get(word)
    if irregular is not None:
        return irregular  # "vertices" is asked as "vertex", "hypotheses" as "hypothesis"
    if word.endswith("es") and word[:-2] in _S_SINGULARS:
        return word[:-2]  # "aliases" is "alias", as "alias" is
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    if len(word) >= 7 and word.endswith(_ADVERB_ENDINGS):
        return word[:-2]  # "eventually" is asked as "eventual", "consistently" as "consistent"
    return word


MIN_DERIVED_BASE = 3
_DERIVING = (("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("al", ""), ("ly", ""))


def english_bases(word: str) -> list[str]:
    """The words an English one may derive from by a regular ending: "salted" → salt,
    "cached" → cache, "mapped" → map, "directional" → direction."""
    if not word.isascii() or not word.isalpha():
        return []
    out: list[str] = []
    for ending, added in _DERIVING:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_DERIVED_BASE:
            base = word[: -len(ending)]
            out.append(base + added)
            if not added and len(base) > MIN_DERIVED_BASE and base[-1] == base[-2]:
                out.append(base[:-1])  # "mapped" is "map"
    return out


def russian_bases(lemma: str) -> list[str]:
    """The noun a Russian adjective is made from by a regular ending: "инвестиционный" →
    инвестиция, "экономический" → экономика."""
    for ending, noun in _RUSSIAN_DERIVING:
        if lemma.endswith(ending) and len(lemma) - len(ending) >= MIN_DERIVED_BASE:
            return [lemma[: -len(ending)] + noun]
    return []


_RUSSIAN_DERIVING = (("ционный", "ция"), ("ческий", "ка"))


# An English quality and the adjective it is named after: "differentiable" and
# "differentiability", "atomic" and "atomicity", "consistent" and "consistency".
_QUALITY_ENDINGS = (
    ("able", "ability"),
    ("ible", "ibility"),
    ("ive", "ivity"),
    ("ic", "icity"),
    ("al", "ality"),
    ("ent", "ency"),
    ("ent", "ence"),
    ("ant", "ancy"),
    ("ant", "ance"),
)
MIN_QUALITY_BASE = 4


def english_qualities(word: str) -> list[str]:
    """The noun naming the quality an English adjective states, and back."""
    if not word.isascii() or not word.isalpha():
        return []
    out: list[str] = []
    for plain, noun in _QUALITY_ENDINGS:
        for have, give in ((plain, noun), (noun, plain)):
            if word.endswith(have) and len(word) - len(have) >= MIN_QUALITY_BASE:
                out.append(word[: -len(have)] + give)
    return out


# Singular words ending in "s" that the plural rule would cut: "alias" is no plural of "alia".
_S_SINGULARS = frozenset(
    """alias bias canvas atlas gas pandas lens chaos kudos thesaurus https ftps smtps ldaps
    imaps cors ddos iops""".split()  # noqa: SIM905 - a word list reads best as text
)
# Latin and Greek plurals study notes use, and a few old English ones: each one's singular.
_IRREGULAR_PLURALS = {
    "analyses": "analysis", "hypotheses": "hypothesis", "theses": "thesis",
    "syntheses": "synthesis", "parentheses": "parenthesis", "crises": "crisis",
    "diagnoses": "diagnosis", "axes": "axis", "vertices": "vertex", "matrices": "matrix",
    "indices": "index", "appendices": "appendix", "apices": "apex", "criteria": "criterion",
    "phenomena": "phenomenon", "nuclei": "nucleus", "stimuli": "stimulus", "fungi": "fungus",
    "loci": "locus", "foci": "focus", "radii": "radius", "bacilli": "bacillus",
    "mitochondria": "mitochondrion", "spectra": "spectrum", "maxima": "maximum",
    "minima": "minimum", "optima": "optimum", "extrema": "extremum", "quanta": "quantum",
    "curricula": "curriculum", "schemata": "schema", "lemmata": "lemma", "genera": "genus",
    "corpora": "corpus", "larvae": "larva", "formulae": "formula", "antennae": "antenna",
    "vertebrae": "vertebra", "algae": "alga", "children": "child", "mice": "mouse",
    "teeth": "tooth", "feet": "foot", "geese": "goose",
}  # fmt: skip
_ADVERB_ENDINGS = ("ally", "ntly", "ctly", "ously", "ively", "ately")


# Russian endings of borrowed words and the English endings they stand for, written as the
# Cyrillic that sounds like them: "репликация" ~ replication, "маскирование" ~ masking,
# "фантомный" ~ phantom, "динамический" ~ dynamic.
_BORROWED_ENDINGS = (
    # "партиционирование" ~ partitioning, "реляционный" ~ relational.
    (re.compile(r"(?<=...)ционирование$"), "тионинг"),
    # "аккреционный" ~ accretion as "реляционный" ~ relational.
    (re.compile(r"(?<=...)ционный$"), "тионал|тион"),
    # "функциональный" ~ functional and function, "рационализм" ~ rationalism.
    (re.compile(r"(?<=..)циональный$"), "тионал|тион"),
    (re.compile(r"(?<=..)ционализм$"), "тионализм"),
    # "идемпотентность" ~ idempotency, "эластичность" ~ elasticity.
    (re.compile(r"(?<=...)нтность$"), "нси|нт"),
    (re.compile(r"(?<=...)ичность$"), "исити"),
    # "ликвидность" ~ liquidity, "волатильность" ~ volatility, "гранулярность" ~ granularity.
    (re.compile(r"(?<=...)ность$"), "ити"),
    # "дифференциальный" ~ differential, "потенциал" ~ potential.
    (re.compile(r"(?<=...)циальный$"), "тиал"),
    (re.compile(r"(?<=...)циал$"), "тиал"),
    # "алкилирование" ~ alkylation and alkylating, "декарбоксилирование" ~ decarboxylation.
    (re.compile(r"(?<=...)ирование$"), "инг|атион"),
    (re.compile(r"(?<=...)ование$"), "инг"),
    # "деструктуризация" is destructuring as often as "виртуализация" is virtualization.
    (re.compile(r"(?<=...)изация$"), "изатион|инг"),
    (re.compile(r"(?<=...)ция$"), "тион"),
    (re.compile(r"(?<=...)сия$"), "сион"),
    # "логический" ~ logic and logical, "физический" ~ physical.
    # "изотермический" ~ isothermal.
    (re.compile(r"(?<=......)ический$"), "ик|икал|ал"),
    (re.compile(r"(?<=...)ческий$"), "к|кал"),
    # "симметричный" ~ symmetric, "электричный" ~ electric, "типичный" ~ typical,
    # "этичный" ~ ethical.
    (re.compile(r"(?<=..)ичный$"), "ик|икал"),
    # "тромбоз" ~ thrombosis, "синтез" ~ synthesis, "анализ" ~ analysis: a Greek "-sis".
    (re.compile(r"(?<=...)([оеи])з$"), r"\1сис"),
    # "графовый" ~ graph, "коллагеновый" ~ collagen.
    (re.compile(r"(?<=...)овый$"), ""),
    # "аллювий" ~ alluvium, "литий" ~ lithium: a Latin noun's "-ium" (few adjectives end so).
    (re.compile(r"(?<=....)(?<=[влтдр])ий$"), "иум"),
    # "ханойский" ~ Hanoi, "марковский" ~ Markov: a name made an adjective; "доплеровский" ~
    # Doppler, "ньютоновский" ~ Newton: a foreign name takes "-ов-" before it, where English
    # may say "-ian" ("гауссовский" ~ Gaussian, "байесовский" ~ Bayesian).
    (re.compile(r"(?<=....)(ов|ев|)ский$"), r"\1||иан"),
    # "кеплеровы законы" ~ Kepler's laws, "гауссово распределение": a name's possessive.
    (re.compile(r"(?<=....)(?:ов|ев)$"), ""),
    # "фантомный" ~ phantom, "изохорный" ~ isochoric, "адиабатный" ~ adiabatic.
    (re.compile(r"(?<=....)(?:ь|)н(?:ый|ой|ий)$"), "|ик"),
    (re.compile(r"(?<=....)(?:ый|ой|ий)$"), ""),
    # A borrowed noun in the plural: "стейджи" ~ stage, "интерсепторы" ~ interceptor.
    (re.compile(r"(?<=....[^аеёиоуыэюяь])[иы]$"), ""),
)


# Slang verbs on an English stem: "запушить" ~ push, "смержить" ~ merge, "задеплоить".
_VERB = re.compile(
    r"^(?:за|с|вы|от|пере|на|под|рас|раз|при|до|)(.{3,}?)(?:ировать|овать|нуть|ить|ать|ять)(?:ся|)$"
)


def borrowed_forms(lemma: str, verbs: bool = True) -> list[str]:
    """A Russian word built on a borrowed stem, respelled with the English ending it stands
    for, so its sound key meets the English word's ("репликация" → "репликатион"); with
    `verbs`, a verb's bare stem too ("запушить" → "пуш")."""
    out: list[str] = []
    for pattern, ending in _BORROWED_ENDINGS:
        if pattern.search(lemma):
            out.extend(pattern.sub(e, lemma) for e in ending.split("|"))
            break
    verb = _VERB.match(lemma) if verbs else None
    if verb:
        # "мерж" is how Russian spells "merge" without its "д".
        out.append(re.sub(r"(?<!д)ж$", "дж", verb.group(1)))
    return out


def make_termer(lemmatize: Lemmatizer) -> Callable[[str], str]:
    """A cached function from a folded word to its index term (lemma or stem)."""

    @lru_cache(maxsize=131072)
    def term(word: str) -> str:
        if is_cyrillic(word):
            return fold(lemmatize(word))
        return english_stem(word)

    return term


def identity_lemmatizer(word: str) -> str:
    """A lemmatizer that keeps words as they are (tests and tools without pymorphy3)."""
    return word


def identity_nominative(name: str, case: str, subject: str) -> str:  # noqa: ARG001
    """Names kept as the note writes them (tests and tools without pymorphy3)."""
    return name


# English letters as Russian speakers name them: "айпи" is IP, "эсэсэйч" SSH, "сиай" CI.
_LETTER_NAMES = {
    "эй": "a", "ей": "a", "би": "b", "си": "c", "ди": "d", "и": "e", "эф": "f", "джи": "g",
    "эйч": "h", "ай": "i", "джей": "j", "кей": "k", "кэй": "k", "эл": "l", "эль": "l",
    "эм": "m", "эн": "n", "оу": "o", "пи": "p", "кью": "q", "ар": "r", "эс": "s", "ти": "t",
    "ю": "u", "ви": "v", "даблъю": "w", "даблю": "w", "экс": "x", "икс": "x", "уай": "y",
    "вай": "y", "зед": "z", "зет": "z", "зи": "z",
}  # fmt: skip
_LONGEST_LETTER_NAME = max(map(len, _LETTER_NAMES))


@lru_cache(maxsize=4096)
def spelled_letters(word: str) -> str:
    """The abbreviation a Cyrillic word spells letter by letter ("айпи" → "ip"), or ""."""
    word = word.replace("-", "")
    best: list[str | None] = [None] * (len(word) + 1)
    best[0] = ""
    for end in range(1, len(word) + 1):
        for size in range(1, min(_LONGEST_LETTER_NAME, end) + 1):
            head = best[end - size]
            letter = _LETTER_NAMES.get(word[end - size : end])
            if head is not None and letter is not None:
                candidate = head + letter
                if best[end] is None or len(candidate) < len(best[end] or ""):
                    best[end] = candidate
    found = best[len(word)]
    return found if found is not None and 2 <= len(found) <= 5 else ""


def common_prefix(word: str, other: str) -> int:
    """How many letters two words share from their start."""
    shared = 0
    for a, b in zip(word, other, strict=False):
        if a != b:
            break
        shared += 1
    return shared
