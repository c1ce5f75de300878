"""Split a document into sentences with exact offsets.

Web text is noisy: headlines and captions have no full stop, bullets and menus sit on their
own lines, and "U.S." or "Mr." end in a full stop without ending a sentence. So a line break
ends a sentence (unless the line is hard-wrapped mid-sentence), and a full stop ends one only
when a new sentence plausibly starts.
"""

from __future__ import annotations

import re

from app.extraction.types import Sentence

# A line is a sentence boundary: headlines, bylines and captions rarely end in a full stop.
_LINE = re.compile(r"[^\n]+")

# Candidate ends: terminal punctuation, closing quotes/brackets, then space, then something
# that can start a sentence (capital, digit, opening quote or bracket).
# (a PDF's footnote number may follow the full stop: "followed the discussion closely.1 All")
# (or a wiki's footnote markers: "for security vulnerabilities.[98] Globe Telecom ...")
_END = re.compile(
    r"(?:[.!?…]+[\"”’')\]]*(?:\[(?:\d{1,3}|[a-z ]{4,20})\])*|(?<=[a-z])\.\d{1,2})"
    r"(?=\s+[\"“‘'(\[]?[A-Z0-9À-Ý])"
)

# Tokens whose full stop usually does not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st gen col lt sgt rep sen gov pres hon rt amb co corp inc ltd plc no "
    "nos vs "
    "etc al fig jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx dept est govt "
    "u.s u.k u.n e.u u.s.a d.c p.m a.m e.g i.e".split()
)
# Words that start a sentence often enough to split after "U.S." when they follow it.
_STARTERS = frozenset(
    "The A An It He She They We I This That These Those But And However In On At For As "
    "While Its His Her Their Our There Meanwhile Yet So If When After Before Since Also "
    "Huawei China".split()
)
_CREDIT = re.compile(r"\s*(?:Photo|Image|Picture|Credit)s?\s*:")
# Bullets and similar list markers at the start of a line are not part of the sentence.
_LEADING_NOISE = re.compile(r"^[\s•·\-–—*>|]+")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text``; ``text[s.start:s.end] == s.text`` for each one."""
    sentences: list[Sentence] = []
    for line_start, line_end in _lines(text):
        line = text[line_start:line_end]
        start = line_start
        for end in _ends(line):
            _add(sentences, text, start, line_start + end)
            start = line_start + end
        _add(sentences, text, start, line_end)
    return sentences


# A hard-wrapped line (PDFs, e-mail, some scraped pages): it stops mid-sentence and the next
# line goes on in lower case ("When Washington added Huawei to its Entity List in May 2019\nit
# ..."), so the line break is not a boundary there.
_OPEN_END = re.compile(r"[\w,;(\-–]$")
_GOES_ON = re.compile(r"^[ \t]*[a-z]")
# A line that stops on a word no sentence or headline ends with goes on whatever comes next:
# "pressure from\nWashington, which ...".
_DANGLING = re.compile(
    r"\s(?:from|the|of|and|to|in|on|for|with|by|a|an|that|which|who|its|their|at|as|or|than|"
    r"is|are|was|were|has|have|had)$"
)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each logical line: physical lines, with hard-wrapped ones rejoined."""
    lines: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        if (
            lines
            and text[lines[-1][1] : line.start()] == "\n"
            and (
                (
                    _OPEN_END.search(text[lines[-1][0] : lines[-1][1]].rstrip())
                    and _GOES_ON.match(line.group())
                )
                or _DANGLING.search(text[lines[-1][0] : lines[-1][1]].rstrip())
            )
        ):
            lines[-1] = (lines[-1][0], line.end())
        else:
            lines.append((line.start(), line.end()))
    return lines


def _ends(line: str) -> list[int]:
    """Offsets (within the line) just after each sentence-ending punctuation mark."""
    ends: list[int] = []
    for match in _END.finditer(line):
        before = line[: match.start()].rsplit(None, 1)
        token = before[-1].lower().lstrip("(\"“'") if before else ""
        following = line[match.end() :].split(None, 1)
        next_word = following[0].strip("\"“‘'([") if following else ""
        if line[match.start()] == "." and _is_abbreviation(token, next_word):
            continue
        if _CREDIT.match(line[match.end() :]):
            continue  # "... on Thursday. Photo: AFP" is one caption
        ends.append(match.end())
    return ends


def _is_abbreviation(token: str, next_word: str) -> bool:
    # "U.S." ends a sentence only when a typical sentence starter follows it.
    if token in {"u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c"}:
        return next_word not in _STARTERS
    if token in _ABBREVIATIONS:
        return True
    # A single capital initial ("John F. Kennedy", "K. Vijay").
    return len(token) == 1 and token.isalpha()


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    lead = _LEADING_NOISE.match(chunk)
    if lead:
        start += lead.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start=start, end=end, text=text[start:end]))
