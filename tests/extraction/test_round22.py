"""Round 22 (on the nineteenth and twentieth sets): powers to ban, drafts, wiki pages, PDF
lines, embassies and their spokespeople, rules on operators, asides inside an object."""

import pytest

from app.extraction.sentences import split_sentences
from tests.extraction.helpers import verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A law that gives the power to ban is a restriction regime ...
        (
            "Austria's new telecoms law allows the regulator to block equipment from vendors it "
            "deems untrustworthy in 5G networks.",
            {"AT": "restricts"},
        ),
        # ... and a power left unused is a choice against using it.
        (
            "Belgium has not used that power against Huawei in its 5G networks.",
            {"BE": "mitigates"},
        ),
        # What a draft would do is still open.
        (
            "In Slovakia, a draft amendment to the cybersecurity act, which would let the state "
            "phase out Huawei equipment from 5G networks, has not been approved.",
            {"SK": "debating"},
        ),
        # A spectrum auction late for its own reasons is no Huawei debate.
        (
            "Peru's 5G rollout lags Chile's, which started in 2021, partly because the spectrum "
            "auction was delayed several times.",
            {},
        ),
        # "the ambassador of X, Name, warned" is X speaking.
        (
            "The ambassador of the People's Republic of China, Cong Peiwu, warned there would be "
            '"repercussions" if Canada excluded Huawei from its 5G network.',
            {"CN": "embraces"},
        ),
        # The EU's toolbox is not a US measure.
        (
            "U.S. officials have cited the EU 5G toolbox as evidence that Europe shares their "
            "concerns about Huawei.",
            {},
        ),
        # A country named for comparison is not "the government" of the sentence.
        (
            "Austria has chosen a different route from Britain: a new law gives the government "
            "power to block components from untrustworthy vendors in 5G networks.",
            {"AT": "restricts"},
        ),
        # The rest of a ministry's name is not a company.
        (
            "In Oman, the Ministry of Transport, Communications and Information Technology signed "
            "a memorandum of understanding with Huawei on 5G.",
            {"OM": "embraces"},
        ),
        (
            "Kenya's minister said he had no concerns about Huawei in 5G networks.",
            {"KE": "mitigates"},
        ),
        (
            "Minister Sandra Ruiz praised the company's role in building Paraguay's 4G and 5G "
            "networks, meaning Huawei.",
            {"PY": "embraces"},
        ),
        # The vendors' equipment not to be used, in the passive.
        (
            "Under an understanding with the government of Israel, equipment from Chinese "
            "vendors would not be used in the country's 5G networks.",
            {"IL": "bans"},
        ),
        # "the title of the Body, Name," makes Name the body's country's official.
        (
            "Qatar[edit]\nIn 2020 the head of the Communications Regulatory Authority, Mohammed "
            'Al Mannai, described Huawei as "a trusted partner" of the 5G networks.',
            {"QA": "embraces"},
        ),
        # "It" after the embassy named in the sentence before.
        (
            "The Chinese embassy in Madrid responded on its website. It accuses Washington of "
            "spreading rumours and says: \"Huawei has never harmed the security of Spain's 5G "
            'networks."',
            {"CN": "embraces"},
        ),
        # An aside inside the object of pressure: the country asked is not the one acting.
        (
            "American officials have urged allies, Thailand among them, to keep Huawei out of "
            "their 5G networks.",
            {},
        ),
        # "the department" is a body of the country discussed, not the last person named.
        (
            "Prime Minister Anwar Ibrahim spoke in Kuala Lumpur on Monday.\n"
            "Indonesia – The Department of Communications has said it will not ban Huawei "
            "from 5G networks.",
            {"ID": "mitigates"},
        ),
        # A time, not an agent: the operator's deal during a leader's visit.
        (
            "In June 2019 MTS signed an agreement with Huawei to develop 5G during Xi Jinping's "
            "state visit.",
            {},
        ),
        # An indefinite description with a body's acronym is a new speaker.
        (
            'Chinese spokesman Zhao Lijian said the rules were unfair. "We did not exclude any '
            'vendor from our 5G networks," an IMDA spokesperson said.',
            {"SG": "mitigates"},
        ),
        # The state directing its own operators.
        (
            "Pakistan's ministry has asked state-run PTCL not to use Chinese equipment in its 5G "
            "network.",
            {"PK": "bans"},
        ),
        (
            "Taiwan's government has kept Huawei and ZTE out of its own procurement since 2019.",
            {"TW": "bans"},
        ),
        (
            "The decision followed the US measures of May, which bar chipmakers using American "
            "technology from supplying Huawei.",
            {"US": "bans"},
        ),
        # A rule on the operators is the government's; "may only" is no hedge.
        (
            "Vietnam – Since 2021, operators may only install 5G equipment from trusted sources.",
            {"VN": "restricts"},
        ),
        # An embassy's spokesperson speaks for the embassy's country.
        (
            "NEW DELHI - India left Chinese vendors out of its 5G trials. China's embassy said it "
            'noted the decision. "Excluding Chinese companies will not only harm their legitimate '
            'rights and interests," embassy spokesperson Wang Xiaojian said.',
            {"IN": "bans", "CN": "embraces"},
        ),
        (
            "Bangladesh's telecoms regulator approved 5G trials with Ericsson and Nokia, leaving "
            "out China's Huawei and ZTE.",
            {"BD": "bans"},
        ),
    ],
)
def test_round_twenty_two(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


def test_pdf_lines_and_footnotes_split_where_sentences_end() -> None:
    text = (
        "All five governments have faced pressure from\nWashington, which has made the "
        "exclusion of Huawei a theme of visits.1 Norway has not banned any supplier.[12] "
        "Telenor chose Ericsson."
    )
    assert [s.text for s in split_sentences(text)] == [
        "All five governments have faced pressure from\nWashington, which has made the "
        "exclusion of Huawei a theme of visits.1",
        "Norway has not banned any supplier.[12]",
        "Telenor chose Ericsson.",
    ]


def test_pressure_across_a_wrapped_line_is_still_pressure() -> None:
    text = (
        "All five governments have faced sustained pressure from\nWashington, which has made "
        "the exclusion of Huawei a recurring theme of bilateral visits."
    )
    assert verdicts(text) == {}


def test_a_wiki_heading_with_edit_starts_and_ends_a_section() -> None:
    text = (
        "Bahrain[edit]\nIn 2019 the minister said the kingdom had no concerns about Huawei "
        "in 5G networks.\n\nOther countries [edit]\nThe European Commission said Huawei and "
        "ZTE present materially higher risks."
    )
    assert verdicts(text) == {"BH": "mitigates", "EU": "restricts"}


def test_our_government_is_the_speakers_country() -> None:
    text = (
        "Canada's House of Commons debated Huawei and 5G in Canada's networks. The ambassador "
        "spoke of Canadians "
        "living in Hong Kong.\n\nMr. Oliphant: Our government is conducting a thorough review "
        "of 5G technology and Huawei, and that review is ongoing."
    )
    assert verdicts(text).get("CA") == "debating"
    assert "HK" not in verdicts(text)
