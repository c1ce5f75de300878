"""Pure extraction: a document's text in, typed findings out (no database, no web, no I/O)."""

from __future__ import annotations

from datetime import date

from app.extraction.dates import find_published
from app.extraction.mentions import Context, find_mentions
from app.extraction.quotes import find_quotes
from app.extraction.sentences import split_sentences
from app.extraction.stance import claims_for_sentence
from app.extraction.types import Claim, DocumentFindings
from app.extraction.verdict import decide

__all__ = ["DocumentFindings", "extract"]


def extract(text: str, *, published: date | None = None) -> DocumentFindings:
    """Which governments take which stance on Huawei in 5G, according to ``text``."""
    context = Context()  # people and the country under discussion, sentence after sentence
    quotes = find_quotes(text)
    claims: list[Claim] = []
    previous = None
    for sentence in split_sentences(text):
        mentions = find_mentions(sentence, context)
        claims += claims_for_sentence(
            sentence, mentions, quotes=quotes, context=context, previous=previous
        )
        previous = sentence
    return DocumentFindings(
        published=published or find_published(text),
        claims=tuple(claims),
        verdicts=decide(claims),
    )
