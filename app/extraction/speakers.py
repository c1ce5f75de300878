"""Speakers: whose words a clause is (rule 7 of :mod:`app.extraction.stance`). The quote a
clause sits in, the country of the official it is attributed to (by name, title, pronoun,
an unnamed body or spokesperson of the government under discussion, an embassy), the
speaker a whole sentence reports ("..., Plate said."), and sentences spoken by a
commentator, an analyst or a company, which hold no government's position. They are one
family because they resolve a speaker against the document's
:class:`~app.extraction.mentions.Context` (people, officials, outsiders, the envoy) rather
than reading the words around a cue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.extraction.clauses import Clause
from app.extraction.lexicon import lexicon
from app.extraction.mentions import Context, mentions_in
from app.extraction.types import Quote

FIRST_PERSON = re.compile(r"\b(?:we|our|us|my)\b|(?-i:\bI\b)", re.IGNORECASE)

_SENTENCE_SPEAKER_AFTER = re.compile(
    # ("added" to a list is no speech: "the company was added to a US trade blacklist")
    r",\s*(?:according to\s+)?(?P<who>[^,]{2,80}?)\s+(?:said|says|told|added(?!\s+(?:to|on)\b)|"
    r"stated|noted)\b"
    r"[^,]{0,60}[.!?”\"]?$"
)
_SENTENCE_SPEAKER_BEFORE = re.compile(
    r"^(?P<who>[A-Z][^,]{1,60}?)\s+(?:said|says|told|stated|noted|argued|warned|"
    r"added(?=\s*(?:[,:“\"]|that\b)))\b"
)


def quote_around(clause: Clause, quotes: Sequence[Quote]) -> Quote | None:
    middle = (clause.start + clause.end) // 2
    for quote in quotes:
        if quote.start <= middle < quote.end:
            return quote
        if quote.start <= clause.start < quote.end < clause.end:
            # The end of a quotation and a long attribution: '... part of it," said
            # Lithuania's communications minister.'
            tail = clause.text[quote.end - clause.start :]
            if _ATTRIBUTION.match(tail):
                return quote
    return None


# (or the speaker and more of what they said: '...," he said, adding that the government ...')
_ATTRIBUTION = re.compile(
    r"^\W*(?:(?:said|says|added|told|stated|wrote)\b|(?:[\w'’-]+\s+){1,6}?(?:said|says|added|told)"
    r"(?:\W*$|,\s+(?:adding|noting|saying|stressing)\b))"
)


def speaker_code_of(quote: Quote, context: Context) -> str | None:
    """The country of an official quoted; None for anyone else (or nobody named)."""
    if quote.speaker is None:
        if quote.institution:
            return _body_just_named(context)
        if quote.pronoun and context.last_official is not None:
            # "Hungary's foreign minister ... 'Huawei will take part ...,' he said."
            recent = context.sentence_no - context.official_seen.get(context.last_official, -9)
            if recent <= 3:
                return context.last_official
        if quote.pronoun and FIRST_PERSON.search(quote.text):
            # '"We have no plans to ...," she said' in a story about one government, with
            # nobody named: an official speaking for the government under discussion.
            return context.topic()
        return None
    return _official_code(quote.speaker, context)


def _body_just_named(context: Context) -> str | None:
    """The country of the embassy or government body named in this or the sentence before."""
    # (sentence_no already counts the sentence being read)
    if context.sentence_no - context.envoy_seen <= 3:
        return context.envoy
    last = context.last_official
    if last is not None and context.sentence_no - context.official_seen.get(last, -9) <= 3:
        return last
    return None


def _official_code(who: str, context: Context) -> str | None:
    lex = lexicon()
    if lex.not_official.search(who):
        return None
    tokens = who.replace("Mr ", "").replace("Mrs ", "").replace("Ms ", "").split()
    for key in (who, " ".join(tokens), " ".join(tokens[-2:]), tokens[-1] if tokens else ""):
        if key in context.people:
            return str(context.people[key])
    tail = re.split(r"[”\"]", who)[-1]
    if context.envoy is not None and _ENVOY_WORD.search(tail) and not mentions_in(tail):
        return context.envoy  # "an embassy spokesperson" after "The Chinese embassy ..."
    # "Malaysian Prime Minister Mahathir Mohamad": a country or a leader named in the phrase.
    named = mentions_in(who)
    for mention in named:
        if mention.kind == "person" or lex.official_titles.search(who):
            return mention.code
    bare = re.sub(r"^the\s+", "", who.strip(), flags=re.IGNORECASE)
    if len(named) == 1 and named[0].surface == bare and named[0].kind != "demonym":
        return named[0].code  # "..., India said."
    if not named and _BODY_OR_TITLE.search(who.strip()):
        # "The Federal Council said ...", "a deputy minister told ...": an unnamed official
        # or body of the government under discussion; "a ministry spokeswoman" right after
        # "China's foreign ministry said ..." is that ministry's.
        last = context.last_official
        if (
            _SPOKESPERSON.search(who)
            and last is not None
            and context.sentence_no - context.official_seen.get(last, -9) <= 2
        ):
            return last
        return context.topic()
    return None


_ENVOY_WORD = re.compile(r"\b(?:embassy|ambassador|envoy|consulate|mission)\b", re.IGNORECASE)
# A government body or an official described without a name or a country.
_BODY_OR_TITLE = re.compile(
    r"(?:^|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er)\s+)(?:[A-Za-z-]+\s+){0,3}?(?:[Gg]overnment|[Cc]ouncil|"
    r"[Cc]abinet|[Mm]inistry|[Mm]inister|[Ss]ecretary|[Rr]egulator|[Aa]uthority|[Aa]uthorities|"
    r"[Pp]resident|[Pp]remier|[Cc]hancellor|[Ss]pokes(?:man|woman|person)|[Oo]fficials?|"
    r"[Dd]epartment|[Aa]dministration|[Ee]xecutive|"
    r"(?:[Gg]overnment|[Oo]fficial|[Mm]inisterial|[Mm]inistry|[Cc]abinet) [Ss]ources?)"
    # (where they work: "a senior official at the Ministry of Transport and Infrastructure")
    r"(?:\s+(?:at|in|of|from)\s+the\s+[A-Z][\w\s'’-]*)?$"
)


_SPOKESPERSON = re.compile(r"\b(?:ministry|spokes(?:man|woman|person))\b", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"^(?:He|She)\b")
# A company named by its brand and a country or a business word ("Orange Belgium", "Telekom
# Austria", "Swisscom AG").
_COMPANY_NAME = re.compile(
    r"(?:[A-Z][\w&-]*\s+){1,3}(?:AG|SA|SpA|plc|PLC|Ltd|Inc|Group|Telecom|Telekom|Mobile|Wireless)"
)


def _speaker_match(text: str) -> re.Match[str] | None:
    """A sentence's reported speaker, unless the "who" is a predicate coordinated with "said"
    ("HUNGARY - Has welcomed Huawei's role ... and said it ...")."""
    match = _SENTENCE_SPEAKER_AFTER.search(text) or _SENTENCE_SPEAKER_BEFORE.match(text)
    if match is not None and re.search(r"\s(?:and|but|or)$|\s[-–—]{1,2}\s", match.group("who")):
        return None
    return match


# (also after a fronted source: "In a statement it said that Huawei had ...")
_IT_SAID = re.compile(
    r"^\W*(?:In\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,3}?(?:statement|post|letter|note|response|reply)"
    r"\b[^,;]{0,40}?,?\s+it|It)\s+(?:also\s+)?(?:said|added|stated|argued|insisted|noted)\b"
)


def sentence_speaker(text: str, context: Context) -> str | None:
    """The country of the official a sentence reports ("He said that ...", "..., Plate said.")."""
    if _PRONOUN_SUBJECT.match(text):
        return context.last_person
    if _IT_SAID.match(text):
        return _body_just_named(context)  # "China's embassy said ... It said Huawei had been"
    match = _speaker_match(text)
    if match is None:
        return None
    who = match.group("who").strip(' ”"“')
    if who.lower() in {"he", "she"}:
        return context.last_person
    return _official_code(who, context)


def spoken_by_non_official(text: str, context: Context) -> bool:
    """True when the whole sentence reports a named non-official ("..., Mr Bridges said.")."""
    lex = lexicon()
    match = _speaker_match(text)
    if match is None:
        return False
    who = match.group("who").strip(' ”"“')
    if lex.not_official.search(who):
        return True
    if lex.official_titles.search(who):
        return False
    if lex.companies.fullmatch(who) or _COMPANY_NAME.fullmatch(who):
        return True  # "Proximus said it was monitoring developments": a carrier's view
    tokens = who.replace("Mr ", "").replace("Ms ", "").replace("Mrs ", "").split()
    # Someone introduced earlier as a commentator, executive or opposition figure.
    return bool(tokens) and (who in context.outsiders or tokens[-1] in context.outsiders)
