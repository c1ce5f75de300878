"""Verbatim quotations and who said them.

A quotation is the text between matching quotation marks on one line. Its speaker is named
next to it ("..., Mahathir said", "said the prime minister", "Cabanlong said: ..."). Pronouns
and bare titles ("he", "the prime minister") stand for the last person named as a speaker.
"""

from __future__ import annotations

import re
from functools import cache

from app.extraction.lexicon import lexicon
from app.extraction.mentions import TITLE_FIRST, TITLED_PERSON, leading_country_words
from app.extraction.types import Quote

_QUOTE = re.compile(r"“(?P<curly>[^”\n]{2,}?)”|\"(?P<straight>[^\"\n]{2,}?)\"")
_NAME_PART = r"[A-ZÀ-ÝĀ-Ž][\w'’.-]*"
# A name, possibly after its title ("Malaysian Prime Minister Mahathir Mohamad").
_NAME = rf"{_NAME_PART}(?:\s+(?:(?:bin|van|von|de|da|al|el|of)\s+)?{_NAME_PART}){{0,6}}"
_PRONOUN = r"(?:he|she|He|She)"
_INSTITUTION = re.compile(r"^[\s,.]*(?:it|It)\s+(?:said|added|stated|wrote|told)\b")
_DESCRIPTION = (
    # (a body's acronym may stand in the description: "an IMDA spokesperson")
    # (a press release capitalises the title: "the Minister stated")
    r"(?:the|The|a|A|an|An)\s+(?:[a-z-]+\s+|[A-Z]{2,6}\s+){0,3}?"
    r"(?:[Mm]inister|[Pp]rime [Mm]inister|[Pp]resident|official|spokesperson|spokesman|"
    r"spokeswoman|[Aa]mbassador|envoy|[Ss]ecretary|[Pp]remier|[Cc]hancellor|[Cc]ommissioner|"
    r"embassy|consulate|mission|ministry)"
    # a mission named with capitals: "the Chinese Embassy in Kingston"
    r"|(?:the|The)\s+(?:[A-Z][\w-]+\s+){1,2}(?:Embassy|Consulate|Mission)(?:\s+in\s+[A-Z][\w-]+)?"
)

# Where the official works: "a senior official at the Ministry of Transport and Infrastructure".
_BODY_AFTER = r"(?:\s+(?:at|in|of|from)\s+the\s+(?:[A-Z][\w'’-]*\s*(?:(?:and|of|for)\s+)?){1,7}?)?"
# "Lithuania's communications minister": a title owned by a country (resolved through it).
_OWNED_DESCRIPTION = (
    rf"{_NAME_PART}(?:\s+{_NAME_PART})?['’]s\s+(?:[a-z-]+\s+){{0,3}}?(?:vice-|deputy-)?"
    r"(?:minister|prime minister|"
    r"president|spokesperson|spokesman|spokeswoman|ambassador|secretary|premier|chancellor|"
    r"commissioner|foreign ministry|ministry|government|embassy|regulator)"
)

# A description naming its own body: not the last person named.
_OWN_BODY = re.compile(r"\b(?:embassy|consulate|envoy|mission)\b", re.IGNORECASE)


@cache
def _speaker_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    verbs = lexicon().speech_verbs
    who = rf"(?P<who>{_DESCRIPTION}{_BODY_AFTER}|{_PRONOUN}|{_OWNED_DESCRIPTION}|{_NAME})"
    # After the quote: ', Mahathir said' / ', said the prime minister' / ' he added'.
    after_name_verb = re.compile(rf"^[\s,.]*{who}(?:,[^,]{{0,80}},)?\s+(?:{verbs})\b")
    after_verb_name = re.compile(rf"^[\s,.]*(?:{verbs})\s+{who}")
    # Before the quote: 'Cabanlong said: ' / 'Mr Little said he ...'.
    before = re.compile(rf"{who}(?:,[^,]{{0,80}},)?\s+(?:{verbs})\b[^“\"]{{0,60}}$")
    return after_name_verb, after_verb_name, before


_TITLE_END = re.compile(
    r"^.*\b(?:Minister|President|Secretary|Chancellor|Premier|Ambassador|Commissioner|"
    r"Spokesperson|Spokesman|Spokeswoman|Director|CEO|Chairman|Senator|Governor|State)\s+"
)


def _strip_title(who: str) -> str:
    """ "Malaysian Prime Minister Mahathir Mohamad" -> "Mahathir Mohamad"."""
    name = _TITLE_END.sub("", who).rstrip(".,")
    return _strip_place(name or who.rstrip(".,"))


def _strip_place(name: str) -> str:
    """ "Ethiopia Zhao Zhiyuan" (the end of "Ambassador to Ethiopia Zhao Zhiyuan") -> the name."""
    words = name.split()
    size = leading_country_words(words, rest=2)
    return " ".join(words[size:]) if size else name


def find_quotes(text: str) -> list[Quote]:
    """Quotations in ``text`` with exact offsets and resolved speakers (None if unnamed)."""
    after_name_verb, after_verb_name, before = _speaker_patterns()
    quotes: list[Quote] = []
    last_named: str | None = None
    seen = 0
    for match in _QUOTE.finditer(text):
        # People introduced with a title since the last quote ("Prime Minister Mahathir").
        titled = [
            *TITLED_PERSON.finditer(text, seen, match.start()),
            *TITLE_FIRST.finditer(text, seen, match.start()),
        ]
        if titled:
            last_named = max(titled, key=lambda found: found.start("name")).group("name")
        seen = match.end()
        group = "curly" if match.group("curly") is not None else "straight"
        start, end = match.start(group), match.end(group)
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end == -1 else line_end
        tail = text[match.end() : min(line_end, match.end() + 120)]
        head = text[max(line_start, match.start() - 160) : match.start()]
        who = None
        if _INSTITUTION.match(tail):
            quotes.append(
                Quote(start=start, end=end, text=text[start:end], speaker=None, institution=True)
            )
            continue
        for pattern, source in ((after_name_verb, tail), (after_verb_name, tail), (before, head)):
            found = pattern.search(source)
            if found:
                who = found.group("who")
                break
        speaker: str | None
        if who is None:
            speaker = None
        elif _OWN_BODY.search(who) or re.match(r"(?:an?|An?)\s+[A-Z]{2,6}\s", who):
            # "an embassy spokesperson", "an IMDA spokesperson": someone else than the last
            # person named
            speaker = who
        elif re.fullmatch(_PRONOUN, who) or re.fullmatch(_DESCRIPTION, who):
            speaker = last_named  # "he", "the prime minister": the last person named
        else:
            speaker = _strip_title(who)
            last_named = speaker
        # "he said" or "a deputy minister said" with nobody named before: an unnamed speaker.
        pronoun = who is not None and speaker is None
        quotes.append(
            Quote(start=start, end=end, text=text[start:end], speaker=speaker, pronoun=pronoun)
        )
    return quotes
