"""The verdict is a pure function of the claims passed in."""

import pytest

from app.extraction.types import Claim, Stance
from app.extraction.verdict import MIN_SUPPORT, decide


def claim(code: str, stance: Stance, confidence: float = 0.8, start: int = 0) -> Claim:
    return Claim(code, stance, "quote", start, start + 5, None, confidence, "test")


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ([], []),
        ([claim("US", Stance.bans)], [("US", Stance.bans)]),
        # The better-supported stance wins.
        (
            [
                claim("GB", Stance.mitigates, 0.7),
                claim("GB", Stance.mitigates, 0.7),
                claim("GB", Stance.debating, 0.7),
            ],
            [("GB", Stance.mitigates)],
        ),
        (
            [claim("DE", Stance.debating, 0.6), claim("DE", Stance.mitigates, 0.9)],
            [("DE", Stance.mitigates)],
        ),
        # On a tie the more consequential stance wins.
        ([claim("FR", Stance.debating, 0.7), claim("FR", Stance.bans, 0.7)], [("FR", Stance.bans)]),
        # Too little support is no verdict.
        ([claim("JP", Stance.debating, MIN_SUPPORT - 0.1)], []),
        # One verdict per country, sorted by code.
        (
            [claim("US", Stance.bans), claim("AU", Stance.bans), claim("CN", Stance.embraces)],
            [("AU", Stance.bans), ("CN", Stance.embraces), ("US", Stance.bans)],
        ),
    ],
)
def test_decide(claims: list[Claim], expected: list[tuple[str, Stance]]) -> None:
    assert [(v.country_code, v.stance) for v in decide(claims)] == expected


def test_evidence_is_the_claims_for_the_chosen_stance_best_first() -> None:
    strong = claim("GB", Stance.mitigates, 0.9, start=10)
    weak = claim("GB", Stance.mitigates, 0.6, start=0)
    other = claim("GB", Stance.debating, 0.5, start=20)
    (verdict,) = decide([weak, other, strong])
    assert verdict.evidence == (strong, weak)
    assert 0 < verdict.confidence <= 0.99


def test_rejecting_claims_changes_the_verdict() -> None:
    ban = claim("IN", Stance.bans, 0.9)
    debate = claim("IN", Stance.debating, 0.7)
    assert decide([ban, debate])[0].stance is Stance.bans
    assert decide([debate])[0].stance is Stance.debating  # the reviewer rejected the ban claim
    assert decide(iter([ban, debate])) == decide([ban, debate])  # any iterable, same answer
