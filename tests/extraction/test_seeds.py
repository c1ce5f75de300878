"""Every seed document must come out exactly as seeds/expected.json says."""

import json
from pathlib import Path

import pytest

from app.extraction import extract

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
DEVSET = Path(__file__).resolve().parents[1] / "data" / "devset"
EXPECTED = json.loads((SEEDS / "expected.json").read_text(encoding="utf-8"))["documents"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_document(name: str) -> None:
    labels = EXPECTED[name]
    text = (SEEDS / name).read_text(encoding="utf-8-sig")
    findings = extract(text)
    got = {v.country_code: v.stance.value for v in findings.verdicts}
    wanted = {p["country"]: {p["stance"], *p["also_ok"]} for p in labels["positions"]}
    assert set(got) == set(wanted), f"countries differ: {sorted(got)} vs {sorted(wanted)}"
    for code, stance in got.items():
        assert stance in wanted[code], f"{code}: got {stance}, expected one of {wanted[code]}"
    assert not set(got) & set(labels["no_position"])
    for claim in findings.claims:
        assert text[claim.start : claim.end] == claim.quote
    for verdict in findings.verdicts:
        assert verdict.evidence and all(c.stance is verdict.stance for c in verdict.evidence)


def test_no_finding_is_reported_twice() -> None:
    for path in sorted(DEVSET.glob("*.txt")):
        claims = extract(path.read_text(encoding="utf-8")).claims
        keys = [(c.country_code, c.start, c.end, c.stance) for c in claims]
        assert len(keys) == len(set(keys)), path.name
