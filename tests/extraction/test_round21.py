"""Round 21 (on the eighteenth set): measures in relative clauses, operators under a rule,
objects of a cue, "nobody", keeping one's distance, the topic of a transcript's answer."""

import pytest

from tests.extraction.helpers import verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A US measure told in a relative clause about Huawei.
        (
            "The contract went to ZTE rather than Huawei, which Washington added to a trade "
            "blacklist two years ago.",
            {"US": "bans"},
        ),
        (
            "Huawei, which has been under American sanctions since 2019, won the tender anyway.",
            {"US": "bans"},
        ),
        # ... but "in which" / "with which" keep their country an object.
        (
            "Huawei sells to the operator in which the government still holds a stake.",
            {},
        ),
        # A measure as the subject, its country in the sentence before.
        (
            "Japan moved first. A procurement rule adopted in December bars ministries from "
            "buying telecoms equipment made by Huawei and ZTE.",
            {"JP": "bans"},
        ),
        # ... not when the sentence before names several countries.
        (
            "Japan and Canada took different paths. A rule adopted in December bars ministries "
            "from buying equipment made by Huawei.",
            {},
        ),
        # A known operator announcing its own plan is not its country's position.
        (
            "In Australia, Telstra said on Monday it would remove Huawei equipment from its "
            "network core.",
            {},
        ),
        # An operator told it may not use the vendor: the government's decision.
        (
            "Canada's cyber agency last year told the carrier Bell that it could not use Huawei "
            "gear in its 5G core.",
            {"CA": "restricts"},
        ),
        (
            "Regulators in Norway knocked back Telenor's Huawei 5G proposal in March.",
            {"NO": "bans"},
        ),
        # Operators under a rule: the rule's country holds it.
        (
            "Under the new law, Estonia's operators must remove equipment from such suppliers "
            "and cannot use it in new 5G networks.",
            {"EE": "bans"},
        ),
        # ... while the country's operators choosing is still not the government's act.
        (
            "Estonia's operators chose Ericsson and Nokia for their 5G networks.",
            {},
        ),
        # What the cue does to a country is not that country's position.
        (
            'The Brazilian president said in Beijing: "No one will stop Brazil from deepening '
            'its ties with China."',
            {},
        ),
        # "Nobody" denies all its clause says.
        (
            'The minister said: "Nobody in this government has any plan to make operators rip '
            'out Huawei equipment."',
            {},
        ),
        # Keeping one's distance from the US declaration is not signing it.
        (
            "Thailand keeps its distance from the Clean Network and from the Huawei dispute.",
            {},
        ),
        # A generic group in a relative clause holds its own cue; the speaker holds the call.
        (
            "Commissioner Thierry Breton said member states that had not yet excluded Huawei "
            "and ZTE from their 5G networks should do so.",
            {},
        ),
        # No debate is no position, not a choice against a ban.
        ("Chile has not held a debate on Huawei in its 5G networks.", {}),
        # Not differentiating between vendors is an open market with checks.
        (
            "Indonesia's communications ministry does not discriminate between vendors: Huawei, "
            "Ericsson or Nokia, every 5G supplier must pass the same security certification.",
            {"ID": "mitigates"},
        ),
        # Asking Huawei for more is an embrace.
        (
            "Officials said Ghana wanted Huawei to expand its investments in the country's "
            "5G networks.",
            {"GH": "embraces"},
        ),
        # Newsroom abbreviations.
        ("The NZ government has barred Huawei from its 5G networks.", {"NZ": "bans"}),
        # A Chinese spokesperson known by name speaks for China.
        (
            'The court ruled for Washington on Tuesday. "We urge the U.S. side to stop its '
            'unreasonable suppression of Chinese companies, including Huawei," Zhao Lijian said.',
            {"CN": "embraces"},
        ),
    ],
)
def test_round_twenty_one(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


def test_a_transcript_answer_keeps_the_question_topic() -> None:
    """Short transcript sentences count by length: the answer is still about Huawei in 5G."""
    text = (
        "QUESTION: Is Slovakia considering excluding Huawei from its 5G networks?\n\n"
        "FOREIGN MINISTER: Thank you. We take this very seriously. Our experts are looking at "
        "it. We talk to partners. We listen. No decision has been taken. Slovakia will decide "
        "on the basis of an expert assessment."
    )
    assert verdicts(text) == {"SK": "debating"}
