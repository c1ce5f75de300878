"""Round 17 (on the fourteenth set): mechanisms with paraphrases and negatives."""

import pytest

from app.extraction.mentions import Context, find_mentions, note_paragraph
from app.extraction.sentences import split_sentences
from tests.extraction.helpers import verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In May the US Commerce Department moved to cut Huawei off from chips made with "
            "American technology.",
            {"US": "bans"},
        ),
        (
            "The United Kingdom decided in July 2020 to require the removal of Huawei equipment "
            "from 5G networks by 2027.",
            {"GB": "bans"},
        ),
        (
            'The diplomat rejected the "accusations without proofs" made against Huawei, China\'s '
            "embassy said.",
            {"CN": "embraces"},
        ),
        # A carrier in a relative clause ("one of which uses Huawei") is not the country.
        (
            "South Korea has left 5G vendor choice to its carriers, one of which uses Huawei "
            "radio equipment.",
            {"KR": "mitigates"},
        ),
    ],
)
def test_measures_removals_and_relatives(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


def test_complying_with_the_eu_toolbox_is_no_eu_act() -> None:
    text = "Austria's regulator will check the operators' compliance with the EU's 5G toolbox."
    assert "EU" not in verdicts(text)


def test_china_saying_there_is_no_evidence_defends_huawei() -> None:
    text = (
        "China's ambassador Liu Xiaoming spoke to the BBC about the 5G decision. \"Nobody has "
        'produced any evidence that Huawei is a security threat," Liu said.'
    )
    assert verdicts(text) == {"CN": "embraces"}


def test_a_transcript_label_names_the_speaker() -> None:
    text = (
        "China's ambassador Liu Xiaoming was interviewed about Huawei and 5G.\n\n"
        "LIU: I think it is a very disappointing and wrong decision."
    )
    context = Context()
    for number, sentence in enumerate(split_sentences(text)):
        note_paragraph(context, sentence, new_paragraph=number == 0 or sentence.start > 0)
        find_mentions(sentence, context)
    assert context.answering and context.last_person == "CN"
    assert verdicts(text) == {"CN": "embraces"}
