"""Pure extraction: a document's text in, typed findings out (no database, no web, no I/O)."""

from __future__ import annotations

from datetime import date

from app import countries
from app.extraction.dates import find_published
from app.extraction.lexicon import lexicon
from app.extraction.mentions import Context, document_focus, find_mentions, note_paragraph
from app.extraction.quotes import find_quotes
from app.extraction.sentences import split_sentences
from app.extraction.stance import claims_for_sentence
from app.extraction.timeline import latest_items_only
from app.extraction.types import Claim, DocumentFindings
from app.extraction.verdict import decide

__all__ = ["DocumentFindings", "extract"]

# A sentence is about Huawei in networks when it, or one of this many before it, names the
# topic: roundups name Huawei once and then list countries for a paragraph. Short sentences
# (a transcript's "Thank you." and "No decision has been taken.") count by length instead:
# the topic reaches this many characters on.
TOPIC_REACH = 4
TOPIC_REACH_CHARS = 500


def extract(
    text: str, *, published: date | None = None, outlet: str | None = None
) -> DocumentFindings:
    """Which governments take which stance on Huawei in 5G, according to ``text``."""
    # People and the country under discussion, sentence after sentence; the focus (dateline,
    # most named country, else the outlet's country: "the Government" of the Irish Examiner)
    # stands in for "the government" before any country is named.
    focus = document_focus(text) or countries.home_of(outlet)
    context = Context(focus=focus, confirmed=countries.confirmed_in(text))
    quotes = find_quotes(text)
    claims: list[Claim] = []
    previous = None
    since_topic = TOPIC_REACH + 1
    topic_end = -TOPIC_REACH_CHARS - 1
    topic = lexicon().topic
    for sentence in split_sentences(text):
        if topic.search(sentence.text):
            since_topic, topic_end = 0, sentence.end
        else:
            since_topic += 1
        topical = since_topic <= TOPIC_REACH or sentence.start - topic_end <= TOPIC_REACH_CHARS
        gap = text[previous.end if previous is not None else 0 : sentence.start]
        note_paragraph(context, sentence, new_paragraph=previous is None or "\n" in gap)
        mentions = find_mentions(sentence, context)
        claims += claims_for_sentence(
            sentence,
            mentions,
            quotes=quotes,
            context=context,
            previous=previous,
            topical=topical,
            earlier=claims,
        )
        previous = sentence
    unique = _without_repeats(latest_items_only(text, claims))
    return DocumentFindings(
        published=published or find_published(text),
        claims=unique,
        verdicts=decide(unique),
    )


def _without_repeats(claims: list[Claim]) -> tuple[Claim, ...]:
    """One claim per (country, span, stance): two rules finding the same thing is one finding."""
    best: dict[tuple[str, int, int, str], Claim] = {}
    for claim in claims:
        key = (claim.country_code, claim.start, claim.end, claim.stance.value)
        if key not in best or claim.confidence > best[key].confidence:
            best[key] = claim
    # Within one clause the stronger stance contains the weaker: ordering a stop to purchases
    # (restricts) and the removal of all the kit (bans) is a ban; welcoming Huawei and seeing
    # "no reason to exclude" it (mitigates) is an embrace; a measure stated plainly beside a
    # hedged one ("announced that operators would be banned ... and would have to remove") is
    # the measure.
    # (the hedged one only gives way to a measure stated at least as surely: a leak's "would"
    # is weaker than a spokesman's "no final decision")
    contained = {
        "restricts": ("bans",),
        "mitigates": ("embraces",),
        "debating": ("bans", "restricts"),
    }

    def gives_way(key: tuple[str, int, int, str], claim: Claim) -> bool:
        code, start, end, stance = key
        for other in contained.get(stance, ()):
            stronger = best.get((code, start, end, other))
            if stronger is not None and (
                stance != "debating" or stronger.confidence >= claim.confidence
            ):
                return True
        return False

    kept = [claim for key, claim in best.items() if not gives_way(key, claim)]
    return tuple(sorted(kept, key=lambda claim: (claim.start, claim.country_code)))
