"""The cue lexicon: the data files in ``data/`` read once and compiled into regexes.

The rules live in ``data/cues.toml`` (stance cues, negators, hedges, pressure words, actor
words, scope) and ``data/countries.toml`` (aliases, demonyms, capitals, institutions, read
through :mod:`app.countries`). Nothing here decides anything; it only prepares patterns.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from app.extraction.types import Stance

DATA_DIR = Path(__file__).parent / "data"

Pattern = re.Pattern[str]


@dataclass(frozen=True)
class CueGroup:
    """One [[cue]] table of cues.toml, compiled."""

    name: str
    stance: Stance
    weight: float
    negated: Stance | None
    hedged: Stance | None
    only: frozenset[str]
    sponsors: frozenset[str]
    any_scope: bool
    pattern: Pattern
    # Only a government named before the cue holds it (no passive agent, no place after it).
    subject_only: bool = False
    # The stance is the one of the position it refers back to ("followed suit").
    inherit: bool = False
    # Optional: the sentence must also say what the cue is about ("has yet to decide" on what).
    requires: Pattern | None = None
    # Governments that never hold this cue (the EU's toolbox is not a US measure).
    not_for: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Lexicon:
    cues: tuple[CueGroup, ...]
    negation_before: Pattern
    negation_after: Pattern
    negation_window: int
    negation_breaks: Pattern
    hedge: Pattern
    hedge_window: int
    conditional: Pattern
    pressure: Pattern
    blockers: Pattern
    government_heads: Pattern
    company_heads: Pattern
    companies: Pattern
    company_before: Pattern
    places: Pattern
    capital_prepositions: frozenset[str]
    anaphors: Pattern
    official_titles: Pattern
    not_official: Pattern
    speech_verbs: str
    topic: Pattern
    off_topic: Pattern
    measures_only: frozenset[str]
    champions: frozenset[str]


def words(items: list[str]) -> str:
    """An alternation of regex fragments, longest first so that the longest one wins."""
    return "|".join(sorted(items, key=len, reverse=True))


def compile_words(items: list[str], *, flags: int = re.IGNORECASE) -> Pattern:
    return re.compile(rf"(?<![\w-])(?:{words(items)})(?![\w-])", flags)


def _stance(value: str) -> Stance | None:
    return Stance(value) if value else None


@cache
def load_toml(name: str) -> dict[str, Any]:
    with (DATA_DIR / name).open("rb") as handle:
        return tomllib.load(handle)


@cache
def lexicon() -> Lexicon:
    """The compiled lexicon (built once per process)."""
    data = load_toml("cues.toml")
    cues = tuple(
        CueGroup(
            name=group["name"],
            stance=Stance(group["stance"]),
            weight=float(group["weight"]),
            negated=_stance(group.get("negated", "")),
            hedged=_stance(group.get("hedged", "")),
            only=frozenset(group.get("only", [])),
            sponsors=frozenset(group.get("sponsors", [])),
            not_for=frozenset(group.get("not_for", [])),
            any_scope=group.get("scope") == "any",
            pattern=compile_words(group["patterns"]),
            subject_only=bool(group.get("subject_only", False)),
            inherit=bool(group.get("inherit", False)),
            requires=compile_words(group["requires"]) if group.get("requires") else None,
        )
        for group in data["cue"]
    )
    actors = data["actors"]
    # A company name after "Country's" is matched case-sensitively (they are proper names).
    companies = re.compile(rf"(?:{words([re.escape(c) for c in actors['companies']])})\b")
    speakers = data["speakers"]
    return Lexicon(
        cues=cues,
        negation_before=compile_words(data["negation"]["before"]),
        negation_after=compile_words(data["negation"]["after"]),
        negation_window=int(data["negation"]["window"]),
        negation_breaks=re.compile("|".join(data["negation"]["breaks"]), re.IGNORECASE),
        hedge=compile_words(data["hedge"]["before"]),
        hedge_window=int(data["hedge"]["window"]),
        conditional=compile_words(data["conditional"]["before"]),
        pressure=compile_words(data["pressure"]["words"]),
        blockers=compile_words(data["blockers"]["patterns"]),
        government_heads=compile_words(actors["government_heads"]),
        company_heads=compile_words(actors["company_heads"]),
        companies=companies,
        company_before=re.compile(
            rf"\b(?:{words([re.escape(c) for c in actors['companies']])})\s+(?:of\s+(?:the\s+)?)?$"
        ),
        places=re.compile(rf"(?:{words(data['places']['patterns'])})\s*$", re.IGNORECASE),
        capital_prepositions=frozenset(data["places"]["capital_prepositions"]),
        anaphors=compile_words(data["anaphors"]["patterns"]),
        official_titles=compile_words(speakers["official_titles"]),
        not_official=compile_words(speakers["not_official"]),
        speech_verbs=words(speakers["speech_verbs"]),
        topic=compile_words(data["scope"]["topic"]),
        off_topic=compile_words(data["scope"]["off_topic"]),
        measures_only=frozenset(actors["measures_only"]),
        champions=frozenset(actors["champions"]),
    )


def trie_pattern(items: list[str]) -> str:
    """One regex alternation for many literal strings, factored as a trie so it stays fast."""
    trie: dict[str, Any] = {}
    for item in items:
        node = trie
        for char in item:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return build(trie)
