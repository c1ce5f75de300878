"""Round 7: general mechanisms, each with three paraphrases of our own and a negative."""

import pytest

from tests.extraction.helpers import verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "without restrictions on Huawei" is a choice against them, for the subject; a
        # "whose" relative belongs to the name just before it.
        (
            "Colombia follows Peru, whose government held its 5G auction in March without "
            "imposing restrictions on Huawei, despite pressure from Washington.",
            {"PE": "mitigates"},
        ),
        (
            "Kenya is following Nigeria, whose regulator adopted 5G rules last year without "
            "excluding any supplier.",
            {"NG": "mitigates"},
        ),
        (
            "The move mirrors Brazil, whose government ran its spectrum sale with no "
            "restrictions on Huawei.",
            {"BR": "mitigates"},
        ),
        # Negative: a condition, not a choice.
        ("Huawei cannot take part without restrictions being lifted, Chile said.", {}),
    ],
)
def test_without_restrictions_mitigates(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An agentless exclusion caused by a carrier's pick of another vendor: no government.
        (
            "Huawei has been left out of the core contracts for Malaysia's 5G network, after "
            "Maxis picked Ericsson, the operators said.",
            {},
        ),
        (
            "KUALA LUMPUR - Huawei was left out of the core contracts for Denmark's 5G "
            "networks after TDC chose Ericsson.",
            {},
        ),
        (
            "Huawei Technologies has been excluded from the core of Norway's 5G network, after "
            "Telenor selected Ericsson.",
            {},
        ),
        # A vendor's home ("Nokia of Finland") is no position.
        ("The operator is also in talks with Nokia of Finland about transport equipment.", {}),
        ("The carrier is negotiating with Samsung of South Korea over 5G gear.", {}),
        # Negative: the cause is the government's own act.
        (
            "Huawei has been left out of the core contracts for Britain's 5G networks, after "
            "the government ordered its removal.",
            {"GB": "restricts"},
        ),
        (
            "Huawei has been excluded from 5G networks in Sweden after a ruling by the "
            "telecoms regulator.",
            {"SE": "bans"},
        ),
    ],
)
def test_operator_choice_and_vendor_home(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


ANSWER = "\n\n".join(
    [
        ("INTERVIEW: the communications minister on rural coverage"),
        (
            "Ama Mensah-Boateng has been Ghana's Minister of Communications since 2019. We "
            "met her in Accra."
        ),
        ("Q: Does the US blacklist worry you?"),
        (
            "A: Yes, we read the reports. The village coverage scheme we are running with "
            "Huawei will connect two million people."
        ),
    ]
)

DATELINE = "\n\n".join(
    [
        ("Kenya starts 5G trial as ministry turns to Huawei for training"),
        (
            "NAIROBI, March 3 (Wire) - Safaricom, partly owned by Britain's Vodafone, started "
            "5G trials on Monday."
        ),
        ("The carrier, in which Morocco's Maroc Telecom holds no stake, named no suppliers."),
        (
            "Digital Economy Minister Joe Mucheru, who attended the launch, praised the "
            "trial. Under an agreement signed last year, the ministry and Huawei are jointly "
            "training 5,000 young people in 5G skills."
        ),
    ]
)

MANILA = "\n\n".join(
    [
        ("Philippine ministry and Huawei sign training pact"),
        (
            "MANILA, June 2 (Wire) - Globe, in which Singapore's Singtel holds a stake, "
            "switched on 5G."
        ),
        (
            "Information Secretary Gregorio Honasan, who attended, said the government would "
            'not pick vendors. "The project we are doing with Huawei trains our engineers," '
            "he said."
        ),
    ]
)

NARRATIVE = "\n\n".join(
    [
        ("INTERVIEW: the communications minister"),
        ("Ama Mensah-Boateng has been Ghana's Minister of Communications since 2019."),
        ("Q: Is Huawei a partner?"),
        ("A: That is for operators."),
        (
            "The rural project we are doing with Huawei, an analyst at a consultancy said, is "
            "a vendor's showcase."
        ),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An interview's answer is the interviewee's: "we" is the official introduced with a
        # copular title ("X has been Ghana's Minister of ...").
        (ANSWER, {"GH": "embraces"}),
        # An official with no country of their own speaks for the dateline's country, not
        # for a company's home named in passing.
        (DATELINE, {"KE": "embraces"}),
        (MANILA, {"PH": "embraces"}),
        # Negative: outside the answer's paragraph, a commentator's words are no claim.
        (NARRATIVE, {}),
    ],
)
def test_first_person_official_in_document(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our principle is technology neutrality.", {}),
        ('"Our approach is technology neutrality," he said.', {}),
        ("Our principle is technology neutrality, a spokesperson for the operator said.", {}),
        # Negative: an identified official speaking for the government.
        (
            'Indonesian communications minister Johnny Plate said: "Our principle is '
            'technology neutrality. We will not ban any vendor."',
            {"ID": "mitigates"},
        ),
    ],
)
def test_generic_neutrality_needs_a_speaker(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Commission's inclusion of Huawei in a list of high-risk suppliers "
            "angered Beijing.",
            {"EU": "restricts"},
        ),
        (
            "Poland's addition of Huawei to a list of untrusted suppliers was criticised by the "
            "company.",
            {"PL": "restricts"},
        ),
        ("Canada's decision to exclude Huawei was praised.", {"CA": "bans"}),
        # Negative: a company's own inclusion of Huawei is no government's act.
        ("Huawei's inclusion in the tender was welcomed.", {}),
    ],
)
def test_possessive_act(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected
