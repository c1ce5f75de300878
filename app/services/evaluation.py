"""Score the extraction against hand labels (seeds/devset ``expected.json`` format).

Scoring is over (document, country, stance). A predicted (document, country) whose stance is
the label's ``stance`` or one of its ``also_ok`` is a true positive; a prediction for a country
without a label (``no_position`` or not named at all) is a false positive; a wrong stance is
one false positive and one false negative; a labelled position not predicted is a false
negative. Only the standard library and :mod:`app.extraction` are used: no database.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.extraction import extract
from app.extraction.types import Stance, Verdict

NONE = "none"  # the confusion-matrix row/column for "no position"


@dataclass(frozen=True)
class Outcome:
    """One scored (document, country) pair."""

    document: str
    country: str
    expected: str  # a stance, or NONE
    also_ok: tuple[str, ...]
    predicted: str  # a stance, or NONE
    sentence: str  # the evidence behind the prediction, or the label's evidence for a miss

    @property
    def correct(self) -> bool:
        return self.predicted == self.expected or (
            self.predicted != NONE and self.predicted in self.also_ok
        )


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvaluationReport:
    outcomes: list[Outcome] = field(default_factory=list)
    documents: int = 0
    seconds: float = 0.0

    def counts(self, stance: str | None = None) -> Counts:
        """TP/FP/FN overall, or for one stance (a TP counts under the predicted stance)."""
        counts = Counts()
        for o in self.outcomes:
            if o.correct:
                if stance is None or o.predicted == stance:
                    counts.tp += 1
                continue
            if o.predicted != NONE and (stance is None or o.predicted == stance):
                counts.fp += 1
            if o.expected != NONE and (stance is None or o.expected == stance):
                counts.fn += 1
        return counts

    def confusion(self) -> Counter[tuple[str, str]]:
        """(expected, predicted) -> count, with a correct also_ok answer counted as expected."""
        matrix: Counter[tuple[str, str]] = Counter()
        for o in self.outcomes:
            matrix[(o.expected, o.expected if o.correct else o.predicted)] += 1
        return matrix


def _outlet(sources: dict[str, dict[str, object]], name: str) -> str | None:
    value = sources.get(name, {}).get("outlet")
    return value if isinstance(value, str) else None


def _published(sources: dict[str, dict[str, object]], name: str) -> date | None:
    value = sources.get(name, {}).get("published")
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _evidence(verdict: Verdict) -> str:
    return verdict.evidence[0].quote if verdict.evidence else ""


def evaluate(
    expected_path: Path, docs_dir: Path, *, only: set[str] | None = None
) -> EvaluationReport:
    """Run the extraction on every labelled document and score it (``only`` limits the names)."""
    expected = json.loads(expected_path.read_text(encoding="utf-8"))["documents"]
    sources_path = docs_dir / "sources.json"
    sources = json.loads(sources_path.read_text(encoding="utf-8")) if sources_path.exists() else {}
    report = EvaluationReport()
    started = time.perf_counter()
    for name in sorted(expected):
        if only is not None and name not in only:
            continue
        labels = expected[name]
        text = (docs_dir / name).read_text(encoding="utf-8-sig")
        findings = extract(text, published=_published(sources, name), outlet=_outlet(sources, name))
        report.documents += 1
        predicted = {v.country_code: v for v in findings.verdicts}
        labelled = {p["country"]: p for p in labels["positions"]}
        for code in sorted(set(predicted) | set(labelled)):
            label = labelled.get(code)
            verdict = predicted.get(code)
            report.outcomes.append(
                Outcome(
                    document=name,
                    country=code,
                    expected=label["stance"] if label else NONE,
                    also_ok=tuple(label.get("also_ok", [])) if label else (),
                    predicted=verdict.stance.value if verdict else NONE,
                    sentence=_evidence(verdict) if verdict else (label or {}).get("evidence", ""),
                )
            )
    report.seconds = time.perf_counter() - started
    return report


def render(report: EvaluationReport) -> str:
    """A plain-text report: P/R/F1 per stance and overall, confusion matrix, every error."""
    lines = [f"{report.documents} documents, {len(report.outcomes)} scored (document, country)"]
    if report.seconds:
        lines.append(f"{report.documents / report.seconds:.1f} documents/second")
    lines += ["", f"{'stance':<10} {'P':>6} {'R':>6} {'F1':>6} {'TP':>4} {'FP':>4} {'FN':>4}"]
    for stance in [*(s.value for s in Stance), None]:
        c = report.counts(stance)
        label = stance or "overall"
        lines.append(
            f"{label:<10} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:4} {c.fp:4} {c.fn:4}"
        )
    names = [*(s.value for s in Stance), NONE]
    matrix = report.confusion()
    lines += ["", "confusion (rows expected, columns predicted)"]
    lines.append(" " * 10 + "".join(f"{n[:9]:>10}" for n in names))
    for row in names:
        lines.append(f"{row:<10}" + "".join(f"{matrix[(row, col)]:>10}" for col in names))
    errors = [o for o in report.outcomes if not o.correct]
    lines += ["", f"errors ({len(errors)})"]
    for o in errors:
        kind = "MISS" if o.predicted == NONE else "FALSE" if o.expected == NONE else "WRONG"
        ok = f" (also {','.join(o.also_ok)})" if o.also_ok else ""
        lines.append(
            f"{kind:<5} {o.document} {o.country}: expected {o.expected}{ok}, got {o.predicted}"
        )
        if o.sentence:
            lines.append(f"      “{o.sentence[:220]}”")
    return "\n".join(lines)
