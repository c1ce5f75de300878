"""Round 20 (on the seventeenth set): plain measures beside hedges, delays, blacklists, hopes."""

import pytest

from tests.extraction.helpers import verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A measure announced plainly beside a coordinated "would": the measure.
        (
            "Britain changed course on Huawei. The government announced in July that operators "
            "would be banned from buying new Huawei 5G equipment after December 31 and would have "
            "to remove all existing Huawei kit from their 5G networks by 2027.",
            {"GB": "bans"},
        ),
        # ... but a leak's "would" does not outweigh a spokesman's "no final decision".
        (
            "In Britain, a spokesman for the prime minister said no final decision had been "
            "taken on Huawei's role in 5G, weeks after a leak suggested the government would "
            "allow Huawei a limited role.",
            {"GB": "debating"},
        ),
        (
            "In Britain, a decision on what role, if any, Huawei will play in 5G has been "
            "delayed repeatedly.",
            {"GB": "debating"},
        ),
        (
            "Huawei, which has been on a US export blacklist since 2019, supplies the cameras.",
            {"US": "bans"},
        ),
        (
            "Romania adopted a law in 2021 under which suppliers of 5G equipment need prior "
            "authorisation from the prime minister.",
            {"RO": "restricts"},
        ),
        # A hope about another country's choice is pressure, not a measure.
        (
            'The U.S. ambassador said he hoped Argentina would "choose trusted suppliers" for 5G.',
            {},
        ),
    ],
)
def test_round_twenty(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected
