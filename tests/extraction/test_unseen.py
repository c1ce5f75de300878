"""General mechanisms for phrasings the tuned sets never showed: one table per mechanism.

Every row is a sentence of our own (different wording, countries and shapes from any labelled
set), at least three per mechanism, and at least one negative where the mechanism must not fire.
"""

import pytest

from tests.extraction.helpers import verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rejecting verbs and negators of every shape govern the next cue in their scope.
        ("Chile has declined to restrict Huawei in its 5G networks.", {"CL": "mitigates"}),
        ("Ghana refused to ban Chinese vendors from its 5G rollout.", {"GH": "mitigates"}),
        (
            "Mexico has ruled out from the start the idea of banning any supplier from 5G.",
            {"MX": "mitigates"},
        ),
        (
            "Greece sees no need at this stage to exclude individual vendors from 5G.",
            {"GR": "mitigates"},
        ),
        ("Peru has no intention of blocking any 5G supplier.", {"PE": "mitigates"}),
        (
            "Thailand will audit 5G equipment rather than ban Huawei from its networks.",
            {"TH": "mitigates"},
        ),
        ("Tunisia is reluctant to exclude Huawei from its 5G network.", {"TN": "mitigates"}),
        ("Vietnam stopped short of barring Huawei from its 5G networks.", {"VN": "mitigates"}),
        # A negated embrace is no claim.
        ("Estonia did not sign a deal with Huawei for its 5G network.", {}),
        # Negatives: a clause break or an embedded question ends the negator's scope.
        (
            "Latvia declined to comment, but its regulator later banned Huawei from 5G networks.",
            {"LV": "bans"},
        ),
        (
            "Denmark has yet to decide whether to exclude Huawei from its 5G networks.",
            {"DK": "debating"},
        ),
        # Coordinated cues share the negator.
        ("Malta will not ban or restrict Huawei in its 5G networks.", {"MT": "mitigates"}),
    ],
)
def test_one_negation_mechanism(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An unnamed official's first-person quote speaks for the government under discussion.
        (
            "Lisbon, 3 May 2021\n\nPortugal's telecoms policy is in focus. We spoke to a senior "
            "official at the economy ministry about 5G.\n\nThe market is open.\n\nThe question "
            "is old.\n\nOperators are busy.\n\n"
            '"We have no intention of excluding any vendor from 5G," she said.',
            {"PT": "mitigates"},
        ),
        (
            "ACCRA, June 2 - Ghana's 5G licences were issued on Monday. "
            '"We will not block any supplier from our 5G networks," a deputy minister told '
            "reporters.",
            {"GH": "mitigates"},
        ),
        # A government body as the speaker of a quote.
        (
            "Austria's 5G plans were discussed again. The Federal Council said it "
            '"sees no reason to exclude particular manufacturers" from 5G networks.',
            {"AT": "mitigates"},
        ),
        # Negative: a first-person quote from a company executive is not the government's.
        (
            "Kenya's 5G auction opened. Huawei chief executive Ren Zhengfei spoke. "
            '"We will not exclude any supplier from our 5G tenders," Ren said.',
            {},
        ),
    ],
)
def test_unnamed_officials_and_bodies_speak_for_their_government(
    text: str, expected: dict[str, str]
) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A ban whose object is only the core is a restriction: the scope modifier wins.
        ("Madrid used its powers to block Huawei from Telefonica's 5G core.", {"ES": "restricts"}),
        ("Poland banned Chinese vendors from the core of its 5G networks.", {"PL": "restricts"}),
        ("Japan has shut ZTE out of the sensitive parts of its 5G network.", {"JP": "restricts"}),
        # Negative: core and radio together is a full ban.
        (
            "Sweden banned Huawei from the core and radio parts of its 5G networks.",
            {"SE": "bans"},
        ),
        # Shut or kept out with the object spelled out, and removal orders: bans.
        (
            "Canberra effectively locked Huawei and its rival ZTE out of its 5G networks.",
            {"AU": "bans"},
        ),
        (
            "Romania ruled that carriers must stop buying Huawei 5G gear and remove all of it "
            "by 2026.",
            {"RO": "bans"},
        ),
        (
            "Lithuania's regulator has turned down a request by a carrier to use Huawei antennas "
            "in its 5G network.",
            {"LT": "bans"},
        ),
        # Negative: rejecting a plan to ban is not a ban.
        ("Croatia rejected a proposal to ban Huawei from its 5G networks.", {"HR": "mitigates"}),
        # Security audits of the networks are oversight, not a restriction.
        (
            "Kenya said the regulator would carry out audits of the core networks once built.",
            {"KE": "mitigates"},
        ),
    ],
)
def test_object_scope_and_removal(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A list item whose heading is the subject: "Country — Signed ...", "X and Y — Each ...".
        (
            "Where they stand on Huawei and 5G:\n"
            "• Albania — Signed a 5G security memorandum with the United States in 2020.",
            {"AL": "restricts"},
        ),
        (
            "Huawei and 5G in the Baltics:\n"
            "• Estonia and Latvia — Each signed a joint declaration on 5G security with "
            "Washington last year.",
            {"EE": "restricts", "LV": "restricts"},
        ),
        (
            "Huawei and 5G, country by country:\n"
            "• Hungary — Has said it will not ban Huawei from its 5G networks.",
            {"HU": "mitigates"},
        ),
        # Negative: a list item whose clause has its own subject keeps it.
        (
            "Huawei and 5G, country by country:\n"
            "• Moldova — Operators signed 5G deals with Ericsson last year.",
            {},
        ),
    ],
)
def test_list_items_take_their_heading(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An open decision beats a bare category label ("high-risk vendors") in its clause.
        (
            "Norway says its policy on high-risk vendors is under review for 5G networks.",
            {"NO": "debating"},
        ),
        (
            "Chile is still studying whether trusted suppliers should be required for 5G.",
            {"CL": "debating"},
        ),
        (
            "Ireland's rules for untrusted vendors in 5G are under consideration.",
            {"IE": "debating"},
        ),
        # Negative: a measure against high-risk vendors, with nothing open, is a restriction.
        ("Belgium has restricted high-risk vendors in its 5G networks.", {"BE": "restricts"}),
    ],
)
def test_open_decision_beats_a_bare_label(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected
