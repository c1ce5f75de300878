"""Mentions: which words stand for a government, and which are only a place or a company's home."""

import pytest

from app import countries
from app.extraction.mentions import mentions_in


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # Names and newsroom short forms.
        ("The U.S. has banned Huawei.", ["US"]),
        ("America and Britain disagree.", ["US", "GB"]),
        ("The UK and the United Kingdom are one.", ["GB", "GB"]),
        ("South Korea has not barred it.", ["KR"]),
        ("Kosovo signed the declaration.", ["XK"]),
        ("The Faroe Islands are negotiating.", ["FO"]),
        # Demonyms before a government word.
        ("Malaysian Prime Minister Mahathir Mohamad spoke.", ["MY", "MY"]),
        ("German lawmakers revolted.", ["DE"]),
        ("The Chinese government objected.", ["CN"]),
        ("British intelligence says the risk is manageable.", ["GB"]),
        # Capitals and institutions for governments.
        ("Wu's warning entered Berlin's debate over Huawei.", ["DE"]),
        ("Washington has lobbied its allies.", ["US"]),
        ("The Trump administration acted.", ["US"]),
        ("Whitehall is reviewing the supply chain.", ["GB"]),
        ("The Kremlin backed the deal.", ["RU"]),
        ("Britain's National Cyber Security Centre concluded it.", ["GB", "GB"]),
        ("The European Commission shunned the calls.", ["EU"]),
        ("Brussels recommended tougher rules.", ["EU"]),
        # A place where something merely happened.
        ("“It is straightforward,” he told reporters in Germany.", []),
        ("Mahathir said in Tokyo on Thursday.", ["MY"]),
        ("The Chinese ambassador to Denmark met officials.", ["CN"]),
        ("TOKYO -- A minister spoke.", []),
        ("Zagreb, Aug 13 (efe-epa).- The tour began.", []),
        # A company's nationality alone.
        ("Huawei lost out to Sweden's Ericsson and Finland's Nokia.", []),
        ("Japanese carrier SoftBank chose Ericsson.", []),
        ("China's Huawei denies it.", []),
        ("Chinese companies and Swedish Ericsson compete.", []),
        ("Vietnam's biggest telecoms company will launch 5G.", []),
        ("A US company would license the technology.", []),
        ("VIVA Bahrain signed a deal.", []),
        # Names inside other names, and modifiers.
        ("The South China Morning Post reported it.", []),
        ("Ships met in the South China Sea.", []),
        ("The Washington Examiner reported it.", []),
        ("Deutsche Telekom and Turk Telekom tested it.", []),
        ("Huawei denied US-led allegations.", []),
        ("Only a third of EU countries have banned Huawei.", []),
    ],
)
def test_mentions(text: str, codes: list[str]) -> None:
    found = mentions_in(text)
    assert [m.code for m in found] == codes
    for mention in found:
        assert text[mention.start : mention.end] == mention.surface


def test_people_named_with_a_title_are_remembered() -> None:
    text = (
        "Communications Minister Johnny G Plate of Indonesia spoke. "
        "Indonesia will decide. Plate said everyone spies."
    )
    found = mentions_in(text)
    assert ("Plate", "ID", "person") in [(m.surface, m.code, m.kind) for m in found]


def test_the_government_means_the_country_under_discussion() -> None:
    found = mentions_in("Austria is discussing Huawei. The government has commissioned a study.")
    anaphors = [m for m in found if m.kind == "anaphor"]
    assert [(m.surface, m.code) for m in anaphors] == [("The government", "AT")]


@pytest.mark.parametrize(
    ("surface", "code"),
    [("Britain", "GB"), ("Malaysian", "MY"), ("Kremlin", "RU"), ("Germany", "DE"), ("EU", "EU")],
)
def test_countries_lookup(surface: str, code: str) -> None:
    assert countries.lookup(surface) == code


def test_countries_keeps_its_functions() -> None:
    assert countries.is_valid_code("FO") and countries.is_valid_code("EU")
    assert not countries.is_valid_code("ZZ")
    assert countries.name_of("XK") == "Kosovo"
    assert "US" in countries.all_codes()
    assert countries.lookup("Atlantis") is None
