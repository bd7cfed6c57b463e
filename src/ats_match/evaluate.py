"""Measure the matcher against a recruiter's labels.

    python -m ats_match.evaluate ../shared/corpus/labels-dev.json --role machine-learning-engineer

The labels file (format in LABELING.md) names resumes by paths relative to itself and
lists, per resume, the item ids a careful recruiter credits. An item counts as found when
its status is anything but `missing`. Prints per-item precision, recall and F1, micro and
macro averages, and every disagreement with the evidence that caused it.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .api import score
from .errors import AtsMatchError
from .roles import RoleProfile, load_role


@dataclass
class ItemCounts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def positives(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float | None:
        """None when nothing was predicted: no precision to speak of."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """None when the labels hold no positive: nothing to recall."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """None when there is nothing to measure (no positive, no false positive); 0 when
        only false positives."""
        if not self.tp + self.fp + self.fn:
            return None
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)


def _figure(value: float | None, digits: int = 2) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


@dataclass(frozen=True)
class Disagreement:
    resume: str
    item: str
    kind: str  # false-positive | false-negative
    status: str
    why: str


@dataclass
class Evaluation:
    role: str
    resumes: int = 0
    items: dict[str, ItemCounts] = field(default_factory=dict)
    disagreements: list[Disagreement] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)  # labeled files not on this machine, not scored

    @property
    def micro(self) -> ItemCounts:
        total = ItemCounts()
        for counts in self.items.values():
            total.tp += counts.tp
            total.fp += counts.fp
            total.fn += counts.fn
        return total

    @property
    def macro_f1(self) -> float | None:
        """The mean F1 of the items there is something to measure on."""
        scored = [c.f1 for c in self.items.values() if c.f1 is not None]
        return sum(scored) / len(scored) if scored else None

    def to_markdown(self) -> str:
        rows = [
            "| item | positives | TP | FP | FN | precision | recall | F1 |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for item_id, c in self.items.items():
            f1 = _figure(c.f1) if c.positives or c.fp else "n/a (no positives)"
            rows.append(
                f"| {item_id} | {c.positives} | {c.tp} | {c.fp} | {c.fn} "
                f"| {_figure(c.precision)} | {_figure(c.recall)} | {f1} |"
            )
        m = self.micro
        rows.append(
            f"| **micro** | {m.positives} | {m.tp} | {m.fp} | {m.fn} "
            f"| {_figure(m.precision, 3)} | {_figure(m.recall, 3)} | {_figure(m.f1, 3)} |"
        )
        rows.append(f"| **macro F1** | | | | | | | {_figure(self.macro_f1, 3)} |")
        out = [f"{self.resumes} resumes, role {self.role}", "", *rows]
        if self.absent:
            out += ["", f"Not on this machine (not scored): {len(self.absent)} file(s): " + "; ".join(self.absent)]
        if self.unreadable:
            out += ["", "Unreadable (scored as all missing): " + "; ".join(self.unreadable)]
        if self.disagreements:
            out += ["", "Disagreements:"]
            out += [f"- {d.resume}: {d.item} {d.kind} (status {d.status}): {d.why}" for d in self.disagreements]
        return "\n".join(out)

    def to_dict(self) -> dict:
        return {
            "role": self.role,
            "resumes": self.resumes,
            "items": {
                k: {
                    "positives": c.positives,
                    "tp": c.tp,
                    "fp": c.fp,
                    "fn": c.fn,
                    "precision": c.precision,
                    "recall": c.recall,
                    "f1": c.f1,
                }
                for k, c in self.items.items()
            },
            "micro": {"precision": self.micro.precision, "recall": self.micro.recall, "f1": self.micro.f1},
            "macro_f1": self.macro_f1,
            "disagreements": [d.__dict__ for d in self.disagreements],
            "unreadable": self.unreadable,
            "absent": self.absent,
        }


def evaluate(labels_path: str | Path, role: str | RoleProfile | None = None) -> Evaluation:
    labels_path = Path(labels_path)
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    profile = load_role(role or labels["role"])
    result = Evaluation(profile.id, items={item.id: ItemCounts() for item in profile.items})
    for name, label in labels["resumes"].items():
        if not (labels_path.parent / name).exists():  # kept by hash only (a licence that forbids shipping)
            result.absent.append(name)
            continue
        result.resumes += 1
        truth = set(label.get("present", []))
        try:
            report = score(labels_path.parent / name, profile)
            found = {item.id: item for item in report.items if item.status != "missing"}
            reasons = {item.id: (item.status, item.reason) for item in report.items}
        except AtsMatchError as exc:
            result.unreadable.append(f"{name} ({exc.__class__.__name__})")
            found, reasons = {}, {}
        for item in profile.items:
            counts = result.items[item.id]
            predicted, actual = item.id in found, item.id in truth
            if predicted and actual:
                counts.tp += 1
            elif predicted:
                counts.fp += 1
                status, why = reasons[item.id]
                result.disagreements.append(Disagreement(name, item.id, "false-positive", status, why))
            elif actual:
                counts.fn += 1
                status, why = reasons.get(item.id, ("missing", "unreadable"))
                result.disagreements.append(Disagreement(name, item.id, "false-negative", status, why))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ats_match.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("labels", help="a labels JSON file (see LABELING.md)")
    parser.add_argument("--role", help="role id or profile file (default: the labels file's role)")
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    args = parser.parse_args(argv)
    try:
        result = evaluate(args.labels, args.role)
    except (AtsMatchError, OSError, ValueError, KeyError) as exc:
        print(f"evaluate: error: {exc}", file=sys.stderr)
        return 1
    print(result.to_markdown() if args.format == "markdown" else json.dumps(result.to_dict(), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
