"""Modality: whether a cue is asserted, denied, left open or only reported (rules 3, 4 and 9
of :mod:`app.extraction.stance`). Negators and their scope ("will not ban", but not "has yet
to decide whether to ban"), hedges (with the "would" of reported speech, which is not one),
open negations ("has not said whether"), hypotheticals and measures still to come, formal
proposals, and the weight of hearsay, leaks and second-hand reports. They are one family
because they all read the few words around a cue to change its stance or its confidence and
never decide who holds it; ``stance._claims_for_cue`` applies them in order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.extraction.clauses import WORD, CueMatch
from app.extraction.lexicon import lexicon

_HEARSAY = re.compile(
    r"\b(?:reportedly|according to|sources? (?:said|say|told)|is said to)\b", re.IGNORECASE
)
# Second-hand: a report of what unnamed sources told someone else, or what a foreign body says.
_SECONDHAND = re.compile(
    r"\b(?:reportedly|cit\w+ (?:\w+ ){0,2}sources|quot\w+ (?:\w+ ){0,2}sources|is said to|"
    r"(?:media|press|newspaper) reports?|according to (?:media|press|reports?|a report|the "
    r"(?:newspaper|report|paper|daily))|people (?:familiar|briefed|close) (?:with|to)|"
    r"according to (?:the )?(?:US|U\.S\.|United States|American) (?:State Department|officials?|"
    r"government|administration|embassy))\b",
    re.IGNORECASE,
)
# Only what a leak or unnamed sources suggested: weaker than what the government says.
LEAKED = re.compile(
    r"\b(?:leak(?:s|ed)?|leaked\s+(?:\w+\s+)?(?:memo|documents?|report|minutes)|"
    r"(?:unnamed|anonymous)\s+(?:sources?|officials?))\b[^;]{0,100}?\b(?:suggest(?:s|ed)?|"
    r"indicat(?:e|es|ed)|show(?:s|ed)?|claim(?:s|ed)?|hint(?:s|ed)?|said|says)\b",
    re.IGNORECASE,
)
# A negator that leaves a question open ("has not said whether", "not yet", "yet to").
OPEN_NEGATION = re.compile(
    r"\b(?:not yet|yet to|(?:not|n[’']t|never) (?:\w+ )?(?:said|say|announced?|decided?|"
    r"indicated?|disclosed?|revealed?|specified|clarified|made clear|known|clear|determined|"
    r"confirmed))\b",
    re.IGNORECASE,
)
# "would" in reported speech is a stated intention ("Canada said it would ban Huawei").
_REPORT_VERB = (
    r"\b(?:said|says|announced|announces|confirmed|confirms|stated|declared|decided|agreed|"
    r"promised|pledged|insisted|added|vowed|made clear|told\s+(?:\w+\s+){0,3}?\w+)"
)
_REPORTED_WOULD = re.compile(
    rf"{_REPORT_VERB}(?:\s+(?:on|in|last)\s+\w+)?\s+(?:that\s+)?(?:[\w'’.-]+\s+){{1,4}}$"
)
_THAT_WOULD = re.compile(r"\b(?:and\s+)?that\s+(?:[\w'’.-]+\s+){1,4}$")

# A measure said to be still to come ("new rules enforcing a ban are unlikely to materialise").
HEDGE_AFTER = re.compile(
    r"^[^,;.]{0,40}?\b(?:(?:is|are|was|were|seems?|looks?)\s+(?:\w+\s+)?"
    r"(?:unlikely|likely|expected|set|due|poised)\s+to\b|"
    # "a ban on some parts has not been ruled out": possible, so an open question
    r"(?:has|have|had|is|was)\s+not\s+(?:been\s+)?ruled\s+out|(?:can|could)\s*not\s+be\s+ruled\s+out)",
    re.IGNORECASE,
)

# A ban talked about as a hypothetical subject ("a Huawei ban would have consequences").
HYPOTHETICAL_AFTER = re.compile(r"^\s*\W?(?:on \w+\s+)?(?:would|could|might)\b")

TRUSTED = re.compile(r"trusted\b", re.IGNORECASE)
# A formal proposal adopted by a body ("voted to propose banning", "proposed rules to bar").
PROPOSAL = re.compile(
    r"\b(?:voted|votes|vote|moved|moves|decided|agreed)\s+(?:\d+-\d+\s+)?(?:[\w,]+\s+){0,4}?"
    r"to\s+propose\b|\b(?:proposed|proposes|issued|unveiled|published)\s+(?:a\s+|new\s+|draft\s+)*"
    r"(?:rules?|regulations?|order)\b",
    re.IGNORECASE,
)
# A legislature as the subject of a debate ("Parliament has not debated ...").
LEGISLATURE = re.compile(
    r"\b(?:Parliament|parliament|legislators|lawmakers|MPs|Congress|Senate|Assembly|"
    r"Bundestag|Diet|Sejm|Knesset)\s+(?:\w+\s+){0,3}$"
)
# "has not formally barred", "has not yet banned": no measure so far, an open question.
NOT_FORMALLY = re.compile(
    r"\b(?:has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:formally|officially|yet)\s+$",
    re.IGNORECASE,
)
# A demand that someone else stop doing something ("urged Washington ... to stop abusing").
STOP_DEMAND = re.compile(r"\bto\s+(?:stop|cease|refrain from|avoid)\s+(?:\w+\s+)?$", re.IGNORECASE)
NO_JUSTIFICATION = re.compile(
    r"\bno\s+(?:\w+\s+)?(?:evidence|proof|grounds|justification)\b", re.IGNORECASE
)
# "no (published) policy on", "no rules for": the label only names what is missing.
NO_POLICY = re.compile(
    r"\b(?:no|without(?: a| any)?|lacks?(?: a| any)?|"
    r"has not (?:published|adopted|issued) (?:a|any))\s+"
    r"(?:[\w-]+\s+){0,2}(?:policy|policies|rules|regulations?|framework|guidance|guidelines|"
    r"position|list|law|legislation|strategy)\s+(?:on|for|about|regarding|covering|towards?)\s+"
    r"(?:the\s+|any\s+)?$",
    re.IGNORECASE,
)
# Restriction cues that only name a category ("high-risk vendors", "trusted suppliers").
BARE_LABEL = re.compile(r"(?:high[- ]risk|untrusted|trusted)\b", re.IGNORECASE)

_COORDINATED_CUES = re.compile(r"[\s,]*(?:(?:or|nor|and|and/or|let alone|or even)\s+)?(?:\w+\s+)?")


def hearsay_factor(text: str) -> float:
    """How much a sentence's attribution weakens its claims: second-hand less than sourced."""
    if _SECONDHAND.search(text):
        return 0.75
    return 0.9 if _HEARSAY.search(text) else 1.0


def is_hedged(left: str) -> bool:
    """A hedge in the last few words, except "would" of reported speech ("said it would")."""
    lex = lexicon()
    words = list(WORD.finditer(left))
    if not words:
        return False
    start = words[-lex.hedge_window].start() if len(words) >= lex.hedge_window else 0
    for match in lex.hedge.finditer(left, start):
        if match.group() == "May" and match.start() > 0:
            continue  # "Theresa May", "in May": a name or a month
        if match.group().lower() == "would":
            before = left[: match.start()]
            if _REPORTED_WOULD.search(before) or (
                _THAT_WOULD.search(before) and re.search(_REPORT_VERB, before)
            ):
                continue
        return True
    return False


# A clause whose subject is "nobody": everything it goes on to say is denied.
_NOBODY = re.compile(r"^\W*(?:Nobody|No one|No-one)\b[^;:]*$")


def is_negated(left: str, right: str, before: Sequence[CueMatch] = ()) -> bool:
    """Rule 3: a negator governs the cue when it stands a few words before it, in its scope.

    The scope is the words after the negator up to the cue: at most ``[negation].window``
    of them and no clause break (``[negation].breaks``) in between.
    """
    lex = lexicon()
    if lex.negation_after.match(right.lstrip(" ,")) or lex.negation_after.search(right[:80]):
        return True
    if _NOBODY.match(left) and not before:
        return True  # "Nobody in the government wants to be the one who told X to rip out ..."
    offset = max(0, len(left) - 200)
    for match in reversed(list(lex.negation_before.finditer(left, offset))):
        gap = left[match.end() :]
        if len(WORD.findall(gap)) > lex.negation_window:
            return False
        if lex.negation_breaks.search(gap):
            continue
        if any(c.start < match.end() and c.end > match.start() for c in before):
            return False  # the negator is part of a cue ("stop buying ... and remove")
        between = [c for c in before if c.start >= match.end()]
        if between and not _COORDINATED_CUES.fullmatch(left[between[-1].end :]):
            return False  # "has yet to decide whether ...": the negator governs "decide"
        return True
    return False


def in_window(pattern: re.Pattern[str], left: str, window: int) -> bool:
    words = list(WORD.finditer(left))
    if not words:
        return False
    start = words[-window].start() if len(words) >= window else 0
    return bool(pattern.search(left[start:]))
