"""Round 15 (on the twelfth set, messy web text): mechanisms with paraphrases and negatives."""

import pytest

from app.extraction.sentences import split_sentences
from tests.extraction.helpers import verdicts


def test_hard_wrapped_lines_are_one_sentence() -> None:
    text = (
        "INTRODUCTION\n"
        "When Washington added Huawei Technologies to its Entity List in May 2019\n"
        "and, a year later, cut the company off, its partners\n"
        "took note.\n"
        "A new line starts here."
    )
    sentences = [s.text for s in split_sentences(text)]
    assert sentences[0] == "INTRODUCTION"
    assert sentences[1].startswith("When Washington") and sentences[1].endswith("took note.")
    assert sentences[2] == "A new line starts here."
    assert verdicts(text) == {"US": "bans"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Regulators and agencies stand for their governments.
        (
            "Singapore's approach to Huawei in 5G was quiet. The Infocomm Media Development "
            "Authority (IMDA) did not bar any vendor when it awarded 5G licences.",
            {"SG": "mitigates"},
        ),
        # "When Washington ...": a capital after a capitalised sentence starter.
        (
            "When Washington added Huawei to its Entity List, Beijing protested.",
            {"US": "bans"},
        ),
        # A written parliamentary question asserts nothing.
        (
            "To ask the Secretary of State what discussions she has had with the Government of "
            "Germany on the use of high-risk vendors in 5G networks.",
            {},
        ),
        # "the only member that has not": the relative clause describes the subject.
        (
            "Canada is the only Five Eyes member that still hasn't made a call on Huawei.",
            {"CA": "debating"},
        ),
    ],
)
def test_bodies_capitals_questions_and_predicates(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


def test_us_measures_are_about_huawei_or_its_peers() -> None:
    # Not chips trade in general (China's complaint about it is its own matter).
    text = (
        "China's spokesman said the US has been abusing export control measures and blocking "
        "normal trade in chips."
    )
    assert "US" not in verdicts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the United States we have decided that we will not permit Huawei equipment in "
            "our networks, the secretary of state said.",
            {"US": "bans"},
        ),
        (
            "The government of Cameroon does not intend to put an end to its collaboration with "
            "Huawei, in spite of the measures taken by the United States against the company.",
            {"CM": "embraces"},
        ),
        (
            "Hun Sen said Cambodia would let Huawei build its 5G network whatever Washington "
            "thought.",
            {"KH": "embraces"},
        ),
        (
            "Germany's interior ministry said it has agreed with operators to remove components "
            "made by Huawei and ZTE from the core of their 5G networks.",
            {"DE": "restricts"},
        ),
        (
            "Jamaica has not made any decision on 5G technology or on the suppliers that will "
            "be used, the prime minister said.",
            {"JM": "debating"},
        ),
        ("UK says no final decision on Huawei's 5G role after US move", {"GB": "debating"}),
    ],
)
def test_more_ways_to_say_it(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected
