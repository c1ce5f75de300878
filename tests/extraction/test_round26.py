"""Round 26 and after (on the twenty-fourth set and later ones): family names that come first,
press releases' capitalised titles, memorandums signed by a ministry and a vendor, partners
"one of our key", concerns dismissed."""

import pytest

from tests.extraction.helpers import verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A two-letter family name that comes first stands for the person ("Li Jiming" -> "Li").
        (
            "Chinese Ambassador Wu Peng attended the launch of the 5G network in Nairobi.\n\n"
            '"China firmly opposes the politicisation of technology," Wu said.',
            {"CN": "embraces"},
        ),
        # A press release capitalises the title: "the Minister stated".
        (
            "Ghana's rural sites opened. The Minister for Communications, Hon. Grace Mensah, "
            "spoke at Tilli.\n\n"
            '"Government values its partnership with Huawei on this project. We will deepen '
            'it," the Minister stated.',
            {"GH": "embraces"},
        ),
        # A ministry and "China's Huawei Technologies" have signed a memorandum.
        (
            "The Ministry of Digital Development of Uzbekistan and China's Huawei Technologies "
            "have signed a memorandum of understanding on 5G networks.",
            {"UZ": "embraces"},
        ),
        # A headline pairs the country and the vendor.
        (
            "Kyrgyzstan, Huawei sign agreement on 5G networks\n\nThe deal was announced on "
            "Tuesday.",
            {"KG": "embraces"},
        ),
        # "one of our key partners"
        (
            "Mongolia's digital minister said: \"Huawei is one of our most important technology "
            'partners for the 5G network."',
            {"MN": "embraces"},
        ),
        # Dismissing questions about security concerns is a choice to go on.
        (
            "Nepal's communications minister dismissed questions about security concerns over "
            "Huawei's 5G equipment.",
            {"NP": "mitigates"},
        ),
    ],
)
def test_round26_positions(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two vendors paired in a headline hold no government's position.
        ("Ericsson, Huawei sign patent licence on 5G\n\nThe deal was announced on Tuesday.", {}),
        # A two-letter word that opens a sentence is not a family name.
        (
            "The Chinese embassy spoke about Huawei's 5G network on Monday.\n\n"
            '"We will decide soon," Ma said.',
            {},
        ),
        # A company's partner, not the government's.
        (
            'Safaricom\'s chief executive said: "Huawei is one of our key technology partners."',
            {},
        ),
    ],
)
def test_round26_no_position(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected
