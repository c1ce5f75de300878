"""Regression guard: the devset score must not drop below a floor a few points under today's."""

from pathlib import Path

import pytest

from app.extraction import extract
from app.services.evaluation import evaluate, render

DEVSET = Path(__file__).resolve().parents[1] / "data" / "devset"
WRITTEN = Path(__file__).resolve().parents[1] / "data" / "written"

# Measured when the floors were last raised (see the closing report): 101-154 F1 0.950,
# 155-172 F1 0.979 (held out from the first rules; used to find error categories, never to
# write rules for one sentence), all 72 documents F1 0.962. The floors sit a few points under.
FLOOR_OVERALL = 0.93
FLOOR_DEVELOPMENT = 0.92  # documents 101-154, the ones the first rules were developed on
FLOOR_HELD_OUT = 0.94  # documents 155-172
# The written set (20 passages written blind to the rules) was used to find error categories;
# each category got a rule with paraphrased tests of its own. F1 1.000 when last measured.
FLOOR_WRITTEN = 0.95
# The later written sets, each measured once blind before anyone tuned on it (first contact:
# heldout 0.54, blind 0.61, final 0.72, fresh 0.75, sixth 0.78, seventh 0.77, eighth 0.75,
# ninth 0.69, tenth 0.77, eleventh 0.89, twelfth 0.63, thirteenth 0.82, fourteenth 0.81,
# fifteenth 0.77, sixteenth 0.78, seventeenth 0.72) and then used to find error categories.
# Today: heldout 0.929, blind 0.970, final 1.000, fresh 0.985, sixth 0.985, seventh 1.000,
# eighth 0.940, ninth 0.926, tenth 0.962, eleventh 0.970, twelfth 0.813, thirteenth 0.926,
# fourteenth 0.874, fifteenth 0.918, sixteenth 0.871, seventeenth 0.800. Each floor sits a few
# points under today's score: (documents, floor).
LATER_SETS = {
    "heldout": (20, 0.88),
    "blind": (20, 0.92),
    "final": (16, 0.96),
    "fresh": (12, 0.95),
    "sixth": (12, 0.95),
    "seventh": (12, 0.96),
    "eighth": (14, 0.90),
    "ninth": (14, 0.89),
    "tenth": (16, 0.92),
    "eleventh": (16, 0.93),
    "twelfth": (14, 0.78),
    "thirteenth": (16, 0.89),
    "fourteenth": (16, 0.84),
    "fifteenth": (16, 0.88),
    "sixteenth": (16, 0.83),
    "seventeenth": (16, 0.76),
    "eighteenth": (16, 0.93),
    "nineteenth": (16, 0.93),
    "twentieth": (16, 0.88),
    "twentyfirst": (16, 0.88),
    "twentysecond": (14, 0.90),
    "twentythird": (12, 0.90),
    "twentyfourth": (10, 0.95),
    "twentyfifth": (12, 0.95),
    "twentysixth": (8, 0.95),
    "twentyseventh": (10, 0.93),
    "twentyeighth": (10, 0.93),
}


def test_devset_f1_stays_above_the_floor() -> None:
    report = evaluate(DEVSET / "expected.json", DEVSET)
    assert report.documents == 72
    assert report.counts().f1 >= FLOOR_OVERALL, render(report)


def test_development_split_f1_stays_above_the_floor() -> None:
    names = {f"{i}.txt" for i in range(101, 155)}
    report = evaluate(DEVSET / "expected.json", DEVSET, only=names)
    assert report.counts().f1 >= FLOOR_DEVELOPMENT, render(report)


def test_held_out_split_f1_stays_above_the_floor() -> None:
    names = {f"{i}.txt" for i in range(155, 173)}
    report = evaluate(DEVSET / "expected.json", DEVSET, only=names)
    assert report.documents == 18
    assert report.counts().f1 >= FLOOR_HELD_OUT, render(report)


def test_written_set_f1_stays_above_the_floor() -> None:
    report = evaluate(WRITTEN / "expected.json", WRITTEN)
    assert report.documents == 20
    assert report.counts().f1 >= FLOOR_WRITTEN, render(report)


@pytest.mark.parametrize("name", sorted(LATER_SETS))
def test_later_written_sets_stay_above_their_floors(name: str) -> None:
    folder = DEVSET.parent / name
    documents, floor = LATER_SETS[name]
    report = evaluate(folder / "expected.json", folder)
    assert report.documents == documents
    assert report.counts().f1 >= floor, render(report)


def test_render_lists_scores_confusion_and_errors() -> None:
    report = evaluate(DEVSET / "expected.json", DEVSET, only={"102.txt", "126.txt"})
    text = render(report)
    assert "overall" in text and "confusion" in text and "MISS" in text


def test_every_claim_quotes_the_text_exactly() -> None:
    folders = [DEVSET, WRITTEN, *(DEVSET.parent / name for name in LATER_SETS)]
    for path in sorted(path for folder in folders for path in folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8-sig")
        for claim in extract(text).claims:
            assert text[claim.start : claim.end] == claim.quote, path.name
