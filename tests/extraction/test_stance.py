"""Stance rules, each with short sentences of our own: one row per behaviour."""

import pytest

from app.extraction import extract
from app.extraction.mentions import mentions_in
from app.extraction.sentences import split_sentences
from app.extraction.stance import claims_for_sentence, split_clauses
from app.extraction.types import Stance
from tests.extraction.helpers import verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Plain acts.
        ("Australia has banned Huawei from its 5G networks.", {"AU": "bans"}),
        ("Huawei has been barred from the 5G market in Australia.", {"AU": "bans"}),
        ("The UK decided to exclude Huawei from the core of its 5G network.", {"GB": "restricts"}),
        (
            "Slovenia signed a joint 5G security declaration with the United States.",
            {"SI": "restricts"},
        ),
        (
            "The Philippine government signed a memorandum of understanding with Huawei on 5G.",
            {"PH": "embraces"},
        ),
        (
            "Indonesia is open to everyone and offers a level playing field in its 5G auction.",
            {"ID": "mitigates"},
        ),
        ("The US imposed new sanctions on Huawei.", {"US": "bans"}),
        (
            "Huawei, the equipment maker blacklisted by Washington, bid for the 5G network.",
            {"US": "bans"},
        ),
        # Coordination: every country in the group holds it.
        (
            "The U.S., Australia and New Zealand have banned Huawei equipment from 5G networks.",
            {"US": "bans", "AU": "bans", "NZ": "bans"},
        ),
        (
            "Australia has banned Huawei from 5G "
            "while Japan and Germany are considering such moves.",
            {"AU": "bans", "JP": "debating", "DE": "debating"},
        ),
        # Negation and rejection.
        ("Germany will not ban Huawei from its 5G network.", {"DE": "mitigates"}),
        ("Colombia says it won't ban Huawei's 5G equipment.", {"CO": "mitigates"}),
        ("France looks unlikely to impose a blanket ban on Huawei in 5G.", {"FR": "mitigates"}),
        (
            "The European Commission shunned calls to ban Huawei from 5G networks.",
            {"EU": "mitigates"},
        ),
        ("Trump would not relax the ban on Huawei's network gear.", {"US": "bans"}),
        # Modality and hedging.
        ("Canada is considering a ban on Huawei in its 5G networks.", {"CA": "debating"}),
        ("Greece may exclude Huawei from its 5G networks.", {"GR": "debating"}),
        (
            "The Liberal government in Canada is conducting a security review of 5G networks.",
            {"CA": "debating"},
        ),
        # Conditionals are no position.
        ("Even if the UK was to enact a ban on Huawei, 5G would go on.", {}),
        # Pressure is no position, for the one pressing nor for the one pressed.
        ("Washington has lobbied Italy not to work with Huawei on 5G networks.", {}),
        ("The US pressured Germany to exclude Huawei from its 5G network.", {}),
        # Who holds it: carriers, commentators and companies do not count.
        ("Japanese carrier SoftBank excluded Huawei from its 5G network.", {}),
        (
            "Carl Thayer, a professor at a university, spoke. “Vietnam should ban Huawei from 5G,” "
            "said Carl Thayer.",
            {},
        ),
        ("Huawei lost a 5G network contract to Sweden's Ericsson.", {}),
        # China defending its champion.
        (
            "China and Huawei have strongly rejected the allegations about 5G spying.",
            {"CN": "embraces"},
        ),
        # Scope: phones are not networks.
        ("Taiwan banned the sale of Huawei smartphones.", {}),
    ],
)
def test_stance(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


def test_claims_carry_exact_offsets_and_a_rule() -> None:
    text = "Intro line.\nThe U.S., Australia and New Zealand have banned Huawei from 5G networks."
    claims = extract(text).claims
    assert {c.country_code for c in claims} == {"US", "AU", "NZ"}
    for claim in claims:
        assert text[claim.start : claim.end] == claim.quote
        assert claim.stance is Stance.bans
        assert claim.rule == "ban"
        assert 0 < claim.confidence <= 1


def test_claims_for_one_sentence_with_plain_strings() -> None:
    sentence = split_sentences("Germany will not ban Huawei from 5G.")[0]
    claims = claims_for_sentence(sentence, mentions_in(sentence.text))
    assert [(c.country_code, c.stance) for c in claims] == [("DE", Stance.mitigates)]
    assert claims[0].rule == "ban:negated"


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (
            "The U.S. has banned Huawei while Japan is considering it.",
            ["The U.S. has banned Huawei", "Japan is considering it."],
        ),
        (
            "Spain allocated funds but plans to exclude Huawei.",
            ["Spain allocated funds", "plans to exclude Huawei."],
        ),
        (
            "Britain took a decision; Germany did not.",
            ["Britain took a decision", "Germany did not."],
        ),
        (
            "It follows the US – which bars Huawei from contracts.",
            ["It follows the US", "which bars Huawei from contracts."],
        ),
    ],
)
def test_split_clauses(text: str, clauses: list[str]) -> None:
    sentence = split_sentences(text)[0]
    found = split_clauses(sentence)
    assert [c.text for c in found] == clauses
    for clause in found:
        assert text[clause.start : clause.end] == clause.text
