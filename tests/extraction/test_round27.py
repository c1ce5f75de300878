"""Rounds 27 and 28 (on the twenty-sixth and twenty-fifth sets): asides between a subject
and its verb, "at EU level", "both" after a fronted phrase, a pledge signed "of its own",
"Huawei could take part", "the Commission" after the European Commission; envoys "to" a
host, "In a statement it said", a clause opening "and in France", courting the company."""

import pytest

from tests.extraction.helpers import verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A relative clause between the subject and its verb names a carrier: not the subject.
        (
            "Finland, where the operator Elisa switched on 5G services on Huawei equipment last "
            "year, has said it has no plans to ban any vendor.",
            {"FI": "mitigates"},
        ),
        # An apposition with words of its own: "a NATO member like North Macedonia".
        (
            "Albania, a NATO member like North Macedonia, joined the Clean Network in the autumn "
            "of 2020.",
            {"AL": "restricts"},
        ),
        # A relative clause holding the position itself: the minister's "Huawei could take part".
        (
            "Hungary, whose foreign minister said last year that Huawei could take part in "
            "building its 5G network, has shown no interest in such a pledge.",
            {"HU": "embraces"},
        ),
        # "At EU level" names the union as the one drawing up the toolbox (still open).
        (
            "Huawei sells 5G kit across Europe. At EU level, member states are now drawing up a "
            '"toolbox" of security measures that is due by the end of the year.',
            {"EU": "debating"},
        ),
        # A question still open, the topic referred back to as "the question".
        (
            "Australia barred Huawei from its 5G networks last year. Canada is still reviewing "
            "the question, with no date set for a decision.",
            {"AU": "bans", "CA": "debating"},
        ),
        (
            "Germany is still arguing over a draft IT security law that would give the "
            "government a say over suppliers of critical components.",
            {"DE": "debating"},
        ),
        # "both" after a fronted phrase: the two leaders of the sentence before, each with the
        # country named after them ("Prime Minister Avdullah Hoti of Kosovo").
        (
            "The commitments came in documents that President Aleksandar Vučić of Serbia and "
            "Prime Minister Avdullah Hoti of Kosovo signed separately at the White House. Among a "
            "long list of commitments, both undertook to prohibit 5G equipment supplied by "
            "untrusted vendors in their networks.",
            {"RS": "restricts", "XK": "restricts"},
        ),
        # "signed its own memorandum": the pledge just discussed, and those who "had done so".
        (
            "The Clean Network campaign sought allies in Europe. Bulgaria, also on Krach's "
            "October itinerary, signed its own memorandum at the same time, and Romania, Poland "
            "and others had done so earlier.",
            {"BG": "restricts", "RO": "restricts", "PL": "restricts"},
        ),
        # "The Commission" after the European Commission is the EU, not the country discussed.
        (
            "The European Commission is expected to publish recommendations on 5G security later "
            "this month.",
            {"EU": "debating"},
        ),
        (
            "Austria auctioned its 5G spectrum. The European Commission is expected to publish "
            "recommendations on 5G security later this month. The Commission has not proposed "
            "excluding any company.",
            {"EU": "mitigates"},
        ),
    ],
)
def test_round_twenty_seven(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Following the work on a toolbox is not adopting it, nor is the EU the one following.
        (
            "Huawei equipment carries much of Norway's mobile traffic. Norway usually follows EU "
            "rules on telecoms, and officials in Oslo say they are following the toolbox work "
            "closely.",
            {},
        ),
        # "whether Huawei can take part" is the open question, not permission given.
        (
            "Officials have not decided whether Huawei can take part in the 5G rollout in Brazil.",
            {"BR": "debating"},
        ),
        # Critics in a country are not its government ("in Germany" is where they are).
        ("Critics in Germany said Huawei could take part in building the 5G network.", {}),
        # A warning against using the vendor is no embrace of it.
        (
            "In the Czech Republic, the cyber security agency issued a warning in December "
            "against using Huawei and ZTE equipment in critical infrastructure.",
            {},
        ),
    ],
)
def test_round_twenty_seven_negatives(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Ambassador to Ethiopia Zhao Zhiyuan": the host country is not part of the name, and
        # the envoy speaks for the country before the title.
        (
            "Chinese Ambassador to Ethiopia Zhao Zhiyuan, who also attended, said China would "
            '"continue to encourage Chinese enterprises such as Huawei" to take part in '
            "Ethiopia's telecom development.",
            {"CN": "embraces"},
        ),
        # "In a statement it said": the embassy just named, not the country it praises.
        (
            "The Chinese embassy in Brussels reacted with regret. In a statement it said that "
            "Huawei had \"made a positive contribution to the development of Belgium's "
            'telecommunications for many years".',
            {"CN": "embraces"},
        ),
        # ", and in France the agency has ...": a second subject opening its own clause;
        # time-limited authorisations restrict.
        (
            "The Netherlands already keeps such suppliers out of the core of its mobile "
            "networks, and in France the cybersecurity agency has granted operators only "
            "time-limited authorisations for Huawei antennas.",
            {"NL": "restricts", "FR": "restricts"},
        ),
        (
            "Huawei has a large presence in South-East Asia. Thailand's government has courted "
            "the company, backing its 5G test beds and welcoming its cloud data centres.",
            {"TH": "embraces"},
        ),
    ],
)
def test_round_twenty_eight(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected
