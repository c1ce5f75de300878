"""The one place for country names and codes (ISO 3166-1 alpha-2, plus EU and XK).

pycountry supplies the official list; we add the short names newsrooms use and the
two codes the contract needs that ISO does not assign (EU, and XK for Kosovo).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pycountry

# Codes outside ISO 3166-1 that the contract allows.
EXTRA_NAMES: dict[str, str] = {"EU": "European Union", "XK": "Kosovo"}

# Where ISO's name is not the one a reader expects ("Korea, Republic of").
SHORT_NAMES: dict[str, str] = {
    "BO": "Bolivia",
    "BN": "Brunei",
    "CD": "DR Congo",
    "CZ": "Czech Republic",
    "FM": "Micronesia",
    "IR": "Iran",
    "KP": "North Korea",
    "KR": "South Korea",
    "LA": "Laos",
    "MD": "Moldova",
    "PS": "Palestine",
    "RU": "Russia",
    "SY": "Syria",
    "TR": "Turkey",
    "TW": "Taiwan",
    "TZ": "Tanzania",
    "VA": "Vatican City",
    "VE": "Venezuela",
    "VN": "Vietnam",
}


@cache
def _iso_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        names[code] = SHORT_NAMES.get(code) or getattr(country, "common_name", None) or country.name
    return names


def is_valid_code(code: str) -> bool:
    """True for the codes the contract accepts: ISO 3166-1 alpha-2, EU and XK (upper case)."""
    return code in EXTRA_NAMES or code in _iso_names()


def name_of(code: str) -> str:
    """The display name of a country code; raises KeyError for an unknown code."""
    if code in EXTRA_NAMES:
        return EXTRA_NAMES[code]
    return _iso_names()[code]


def all_codes() -> list[str]:
    """Every accepted code, sorted."""
    return sorted([*_iso_names(), *EXTRA_NAMES])


# The newsroom names (aliases, demonyms, capitals, institutions) live in a data file that an
# analyst can extend; pycountry only knows official names.
_ALIASES_FILE = Path(__file__).parent / "extraction" / "data" / "countries.toml"


@cache
def _alias_data() -> dict[str, Any]:
    with _ALIASES_FILE.open("rb") as handle:
        return tomllib.load(handle)


@cache
def surface_forms() -> dict[str, tuple[str, str]]:
    """Every way a text can name a country: surface string -> (code, kind).

    ``kind`` is "name" (official or short name, alias), "demonym", "capital",
    "institution" or "person" (a leader whose name stands for the government).
    Matching is meant to be case-sensitive and on whole words.
    """
    data = _alias_data()
    skipped = set(data["skip_names"]["names"])
    forms: dict[str, tuple[str, str]] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and value not in skipped and "," not in value:
                forms[value] = (country.alpha_2, "name")
    for code, name in SHORT_NAMES.items():
        forms[name] = (code, "name")
    for code, name in EXTRA_NAMES.items():
        forms[name] = (code, "name")
    for table, kind in (
        ("aliases", "name"),
        ("demonyms", "demonym"),
        ("capitals", "capital"),
        ("institutions", "institution"),
        ("leaders", "person"),
    ):
        for surface, code in data[table].items():
            forms[surface] = (code, kind)
    return forms


@cache
def ambiguous_names() -> dict[str, str]:
    """One-word country names that are too often something else ("Georgia", "Jordan"): name ->
    code. They count only in a document that confirms them (see ``confirmed_in``)."""
    names: dict[str, str] = {}
    for name in _alias_data()["skip_names"]["names"]:
        country = pycountry.countries.get(name=name)
        if country is not None:
            names[name] = country.alpha_2
    return names


def confirmed_in(text: str) -> frozenset[str]:
    """Codes of ambiguous names that ``text`` confirms by naming the country's capital or
    using its demonym ("Tbilisi", "Georgian"): there "Georgia" is the country, not the state."""
    forms = surface_forms()
    return frozenset(forms[found.group()][0] for found in _confirming().finditer(text))


@cache
def _confirming() -> re.Pattern[str]:
    codes = set(ambiguous_names().values())
    surfaces = [
        re.escape(surface)
        for surface, (code, kind) in surface_forms().items()
        if code in codes and kind in {"capital", "demonym"}
    ]
    return re.compile(rf"(?<![\w-])(?:{'|'.join(surfaces)})(?![\w])")


def home_of(outlet: str | None) -> str | None:
    """The country an outlet's name points to ("Irish Examiner" -> IE, "Bangkok Post" -> TH):
    a hint for "the Government" of a domestic story that never names its country."""
    found = _place_names().search(outlet) if outlet else None
    return surface_forms()[found.group()][0] if found else None


@cache
def _place_names() -> re.Pattern[str]:
    surfaces = sorted(
        (s for s, (_, kind) in surface_forms().items() if kind in {"name", "demonym", "capital"}),
        key=len,
        reverse=True,
    )
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(s) for s in surfaces)})(?![\w-])")


def monarchies(kind: str) -> frozenset[str]:
    """Codes that "the kingdom" (or "emirate", "sultanate") can stand for."""
    return frozenset(_alias_data()["monarchies"].get(kind, []))


def not_country_phrases() -> list[str]:
    """Phrases that contain a country's name without naming the country (media, carriers, seas)."""
    return list(_alias_data()["not_countries"]["phrases"])


def lookup(surface: str) -> str | None:
    """The code a name, alias, demonym, capital or institution stands for; None if unknown.

    >>> lookup("Britain"), lookup("Malaysian"), lookup("the Kremlin".removeprefix("the "))
    ('GB', 'MY', 'RU')
    """
    form = surface_forms().get(surface.strip())
    return form[0] if form else None


# --- Blocs ------------------------------------------------------------------------------------
# Membership lives in app/data/blocs.toml, each bloc with the source of its list.


@dataclass(frozen=True)
class Bloc:
    slug: str
    name: str
    source: str
    members: frozenset[str]


@cache
def blocs() -> dict[str, Bloc]:
    """Every bloc the table can be filtered by, keyed by its URL slug (`eu`, `five-eyes`, ...)."""
    path = Path(__file__).parent / "data" / "blocs.toml"
    with path.open("rb") as file:
        data = tomllib.load(file)
    return {
        slug: Bloc(slug, entry["name"], entry["source"], frozenset(entry["members"]))
        for slug, entry in data.items()
    }


def blocs_of(code: str) -> list[Bloc]:
    """The blocs a country belongs to, in the data file's order."""
    return [bloc for bloc in blocs().values() if code in bloc.members]


def flag_path(code: str) -> str:
    """The flag's file under /static (SVGs from the npm package flag-icons); decorative only."""
    return f"vendor/flags/{code.lower()}.svg"
