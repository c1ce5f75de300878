"""The records every stance rule family passes around: a clause of a sentence (``Clause``), a
cue found in it (``CueMatch``) and the word pattern the rules count windows with (``WORD``).
They live in a module of their own, apart from :mod:`app.extraction.stance`, so that
:mod:`~app.extraction.actors`, :mod:`~app.extraction.modality` and
:mod:`~app.extraction.speakers` can use them without importing the entry point that imports
them (no cycles).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.extraction.lexicon import CueGroup

WORD = re.compile(r"\w+(?:['’-]\w+)*")


@dataclass(frozen=True)
class Clause:
    """A stretch of a sentence that can hold its own position (document offsets)."""

    start: int
    end: int
    text: str
    relative: bool = False  # starts with "which"/"who": its subject is the clause before


@dataclass(frozen=True)
class CueMatch:
    group: CueGroup
    start: int  # offsets within the clause text
    end: int
