"""Time zones as people type them: IANA names in any case, `UTC+3`, and city names
("Москва", "Tokyo", "new york"), resolved to an IANA key; and back to a readable label."""

from __future__ import annotations

import re
import zoneinfo
from functools import cache

from bot.core import schedule

# Cities people in a Russian-speaking team are likely to type, by their Russian names. English
# names need no table: the last part of an IANA key is a city ("Europe/London" → "london").
RUSSIAN_CITIES = {
    "Europe/Moscow": (
        "москва мск санкт петербург петербург питер спб казань нижний новгород краснодар "
        "сочи ростов на дону ростов воронеж ярославль тула рязань мурманск архангельск"
    ),
    "Europe/Kaliningrad": "калининград",
    "Europe/Samara": "самара ижевск",
    "Europe/Volgograd": "волгоград",
    "Europe/Saratov": "саратов",
    "Europe/Ulyanovsk": "ульяновск",
    "Europe/Astrakhan": "астрахань",
    "Asia/Yekaterinburg": "екатеринбург челябинск пермь уфа тюмень оренбург курган",
    "Asia/Omsk": "омск",
    "Asia/Novosibirsk": "новосибирск",
    "Asia/Barnaul": "барнаул",
    "Asia/Tomsk": "томск",
    "Asia/Novokuznetsk": "новокузнецк кемерово",
    "Asia/Krasnoyarsk": "красноярск",
    "Asia/Irkutsk": "иркутск улан удэ",
    "Asia/Chita": "чита",
    "Asia/Yakutsk": "якутск",
    "Asia/Vladivostok": "владивосток хабаровск",
    "Asia/Sakhalin": "южно сахалинск сахалин",
    "Asia/Magadan": "магадан",
    "Asia/Kamchatka": "петропавловск камчатский камчатка",
    "Europe/Minsk": "минск",
    "Europe/Kyiv": "киев київ",
    "Europe/Chisinau": "кишинев",
    "Europe/Riga": "рига",
    "Europe/Vilnius": "вильнюс",
    "Europe/Tallinn": "таллин таллинн",
    "Asia/Almaty": "алматы алма ата астана",
    "Asia/Tashkent": "ташкент",
    "Asia/Bishkek": "бишкек",
    "Asia/Tbilisi": "тбилиси",
    "Asia/Yerevan": "ереван",
    "Asia/Baku": "баку",
    "Europe/London": "лондон",
    "Europe/Berlin": "берлин",
    "Europe/Paris": "париж",
    "Europe/Amsterdam": "амстердам",
    "Europe/Belgrade": "белград",
    "Europe/Warsaw": "варшава",
    "Europe/Prague": "прага",
    "Europe/Istanbul": "стамбул",
    "Asia/Dubai": "дубай",
    "Asia/Jerusalem": "тель авив иерусалим",
    "America/New_York": "нью йорк",
    "America/Los_Angeles": "лос анджелес",
    "Asia/Tokyo": "токио",
    "Asia/Bangkok": "бангкок",
    "Asia/Singapore": "сингапур",
    "Asia/Shanghai": "пекин шанхай",
}
# Multi-word names above, so the word lists can be split on single spaces.
_MULTI_WORD = (
    "санкт петербург",
    "нижний новгород",
    "ростов на дону",
    "улан удэ",
    "южно сахалинск",
    "петропавловск камчатский",
    "алма ата",
    "тель авив",
    "нью йорк",
    "лос анджелес",
)
_OFFSET = re.compile(r"(?:utc|gmt)?\s*([+\-−])\s*(\d{1,2})(?:\s*:\s*(\d{2}))?")
_ETC_GMT = re.compile(r"Etc/GMT([+-])(\d{1,2})")
_UTC_NAMES = re.compile(r"(?:Etc/)?(?:UTC|UCT|GMT[+-]?0?|Universal|Zulu|Greenwich)")
_SKIPPED_AREAS = ("posix/", "right/", "Etc/", "SystemV/", "US/", "Canada/", "Brazil/", "Chile/")
MAX_OFFSET_EAST, MAX_OFFSET_WEST = 14, 12


def resolve_zone(text: str) -> str | None:
    """The IANA key for what someone typed after /timezone, or None when it names no zone."""
    name = text.strip()
    if not name:
        return None
    if schedule.valid_timezone(name):
        return schedule.zone(name).key
    folded = name.casefold()
    exact = _zones_by_folded_name().get(folded)
    if exact:
        return exact
    if folded in ("utc", "gmt", "utc+0", "utc-0", "gmt+0", "gmt-0"):
        return "UTC"
    offset = _OFFSET.fullmatch(folded)
    if offset:
        return _offset_zone(*offset.groups())
    return _cities().get(_words(folded))


def zone_label(key: str) -> str:
    """How a zone is shown: IANA keys as they are, fixed offsets as `UTC+3`."""
    etc = _ETC_GMT.fullmatch(key)
    if etc and int(etc.group(2)):
        # The tz database's Etc/GMT signs are inverted: Etc/GMT-3 is three hours east.
        sign = "-" if etc.group(1) == "+" else "+"
        return f"UTC{sign}{int(etc.group(2))}"
    return "UTC" if _UTC_NAMES.fullmatch(key) else key


def _offset_zone(sign: str, hours: str, minutes: str | None) -> str | None:
    if minutes not in (None, "00"):
        return None  # half-hour zones exist only as places (Asia/Kolkata), not as Etc names
    east = sign == "+"
    value = int(hours)
    if value == 0:
        return "UTC"
    if value > (MAX_OFFSET_EAST if east else MAX_OFFSET_WEST):
        return None
    key = f"Etc/GMT{'-' if east else '+'}{value}"
    return key if schedule.valid_timezone(key) else None


def _words(text: str) -> str:
    """A place name folded for comparison: no case, ё as е, dashes and underscores as spaces."""
    text = text.casefold().replace("ё", "е")
    return " ".join(re.sub(r"[-_,.']+", " ", text).split())


@cache
def _zones_by_folded_name() -> dict[str, str]:
    return {z.casefold(): z for z in zoneinfo.available_timezones()}


@cache
def _cities() -> dict[str, str]:
    cities: dict[str, str] = {}
    for key in sorted(zoneinfo.available_timezones()):
        if "/" in key and not key.startswith(_SKIPPED_AREAS):
            cities.setdefault(_words(key.rsplit("/", 1)[1]), key)
    for key, names in RUSSIAN_CITIES.items():
        if not schedule.valid_timezone(key):
            continue  # an older tz database (Europe/Kyiv is from 2022)
        text = names
        for phrase in _MULTI_WORD:
            text = text.replace(phrase, "")
            if phrase in names:
                cities[phrase] = key
        for word in text.split():
            cities[word] = key
    return cities
