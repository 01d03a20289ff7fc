"""Note names saved as transliterated web slugs: `article_3_iadro-os.md`,
`chto-takoie-opieratsionnaia-sistiema.md`. A course exported from a site keeps its Russian
titles only in Latin letters, each site with its own scheme ("ядро" is iadro, yadro or jadro).
Rather than guess the scheme, each slug word is matched to a word the note itself writes in
Cyrillic with the same letters (`text.transliterated`, both sides brought to one spelling of the
sounds the schemes spell apart). A slug read so is the note's name as its readers say it."""

from __future__ import annotations

import re

from bot.core.text import fold, is_cyrillic, transliterated

_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)+")
# "article_35_", "lesson-3-", "01-": how a site numbers its pages, no part of the title.
_PAGE_NUMBER = re.compile(r"^(?:\d{4}-\d\d-\d\d-|(?:[a-z]+[-_])?\d+[-_])")
_WORD = re.compile(r"[a-z]+|\d+")
# Spellings the schemes differ in, brought to one: "ie"/"e" for е, "ia"/"ya"/"ja" for я,
# "gh"/"g" for г, "kh"/"h" for х, "y"/"i"/"j" for й and ы.
_SOUNDS = (
    (re.compile(r"shch|sch"), "sh"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"gh"), "g"),
    (re.compile(r"zh"), "Z"),
    (re.compile(r"[yj]"), "i"),
    (re.compile(r"ii+"), "i"),
    (re.compile(r"(?<=[bcdfghklmnpqrstvwxzZ])i(?=[aeou])"), ""),
    (re.compile(r"(?:^|(?<=[aeou]))i(?=[aeou])"), ""),
)
MIN_STEM = 4  # letters of a sound key two forms of a word share: "failov" is "файлы"


def _spoken(key: str) -> str:
    for pattern, sound in _SOUNDS:
        key = pattern.sub(sound, key)
    return key


def slug_of_russian(file_name: str, title: str) -> bool:
    """ "teorii-adsorbcii" for a note titled «Теории адсорбции»: a web slug in Latin letters
    standing for a Russian name, which nobody types as it is spelled."""
    if _SLUG.fullmatch(file_name) is None or not is_cyrillic(title):
        return False
    said = {_spoken(transliterated(w)): w for w in re.findall(r"[а-яёА-ЯЁ]+", title)}
    lettered = [p for p in _WORD.findall(_PAGE_NUMBER.sub("", file_name)) if not p.isdigit()]
    # "academic-ranks-russian-empire" over «Академические звания» is English, and may be asked.
    return 2 * sum(bool(_written(_spoken(p), said)) for p in lettered) > len(lettered)


def read_slug(file_name: str, text: str) -> tuple[str, bool]:
    """The Russian title a transliterated slug stands for, in the words the note writes ("ядро
    ос" for `article_3_iadro-os` over a text about "ядро" and "ОС"), and whether every word
    was read as the note writes it; "" when the name is no such slug, or most of its words
    are not the note's."""
    if not _SLUG.fullmatch(file_name):
        return "", False
    slug = _PAGE_NUMBER.sub("", file_name)
    parts = _WORD.findall(slug)
    if not parts:
        return "", False
    said: dict[str, str] = {}
    for word in re.findall(r"[а-яёА-ЯЁ]+", text):
        said.setdefault(_spoken(transliterated(word)), fold(word))
    read = [p if p.isdigit() else _written(_spoken(p), said) or p for p in parts]
    lettered = [p for p in parts if not p.isdigit()]
    # Most words read so: "about-android" over a text that writes «андроид» is English.
    if 2 * sum(is_cyrillic(w) for w in read) <= len(lettered):
        return "", False
    exact = all(p.isdigit() or _spoken(p) in said for p in parts)
    return " ".join(read), exact


def _written(key: str, said: dict[str, str]) -> str:
    """The word the note writes for a slug word's sounds: the same, else another form of it
    ("failov" for «файлы»: a word sharing all but the last two letters, the closest in
    length)."""
    if key in said:
        return said[key]
    if len(key) < MIN_STEM + 1:
        return ""
    stem = key[: max(MIN_STEM, len(key) - 2)]
    forms = [k for k in said if k.startswith(stem) and abs(len(k) - len(key)) <= 2]
    return said[min(forms, key=lambda k: (abs(len(k) - len(key)), k))] if forms else ""
