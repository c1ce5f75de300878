"""One stance per country from a document's claims.

Pure: the verdict depends only on the claims passed in, so the app can re-run it after a
reviewer rejects some of them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from app.extraction.types import Claim, Stance, Verdict

# Below this summed support a country gets no verdict: one weak, hedged cue is not a position.
MIN_SUPPORT = 0.5
# Later claims for the same stance add less: three articles' worth of "banned" is still a ban.
_REPEAT_FACTOR = 0.35
# On a tie, the more specific, more consequential stance wins.
_PRIORITY = {
    Stance.bans: 5,
    Stance.restricts: 4,
    Stance.embraces: 3,
    Stance.mitigates: 2,
    Stance.debating: 1,
}


def support(claims: Iterable[Claim]) -> float:
    """Combined support of claims for one stance: the best one plus a little for each other."""
    values = sorted((c.confidence for c in claims), reverse=True)
    return values[0] + _REPEAT_FACTOR * sum(values[1:]) if values else 0.0


def decide(claims: Iterable[Claim]) -> tuple[Verdict, ...]:
    """One verdict per country (sorted by code): the stance its claims support best."""
    by_country: dict[str, dict[Stance, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for claim in claims:
        by_country[claim.country_code][claim.stance].append(claim)
    verdicts: list[Verdict] = []
    for code in sorted(by_country):
        stances = by_country[code]
        scores = {stance: support(found) for stance, found in stances.items()}
        best = max(scores, key=lambda s: (scores[s], _PRIORITY[s]))
        if scores[best] < MIN_SUPPORT:
            continue
        share = scores[best] / sum(scores.values())
        strongest = max(c.confidence for c in stances[best])
        confidence = round(min(0.99, strongest * (0.5 + share / 2)), 3)
        evidence = tuple(sorted(stances[best], key=lambda c: (-c.confidence, c.start)))
        verdicts.append(Verdict(code, best, confidence, evidence))
    return tuple(verdicts)
