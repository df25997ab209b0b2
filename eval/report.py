"""Write what a run found: results.json (every row and figure), summary.md and the bar chart.

The summary is meant to be read in a pull request: one table of the headline figures, one per
question kind (system vs baseline), the thresholds, and the weakest kinds with example failures.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display: files only
import matplotlib.pyplot as plt  # noqa: E402

from eval.runner import EvalResult  # noqa: E402

logger = logging.getLogger(__name__)

HEADLINE = [
    ("correctness", "Correct (all questions)"),
    ("correctness_answerable", "Correct (answerable)"),
    ("abstention_precision", "Abstention precision"),
    ("abstention_recall", "Abstention recall"),
    ("citation_precision", "Citation precision"),
    ("doc_recall@1", "Gold document recall@1"),
    ("doc_recall@3", "Gold document recall@3"),
    ("doc_recall@8", "Gold document recall@8"),
    ("doc_mrr", "Gold document MRR"),
    ("page_recall@3", "Gold page recall@3"),
    ("page_mrr", "Gold page MRR"),
    ("resident_leaks", "Resident questions leaking internal text"),
    ("superseded_cited_as_in_force", "Answers citing an ended document as in force"),
    ("must_not_cite_violations", "Answers citing a must-not-cite document"),
]


def fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def write_results(result: EvalResult, path: Path) -> None:
    """Figures indented for reading; one row per line, so that a diff shows which questions changed."""
    data = result.to_dict()
    head = json.dumps({k: v for k, v in data.items() if k != "rows"}, ensure_ascii=False, indent=1)
    rows = ",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in data["rows"])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'{head[:-2]},\n "rows": [\n{rows}\n ]\n}}\n', encoding="utf-8")


def failures(result: EvalResult, kind: str, limit: int = 5) -> list[dict[str, str]]:
    """Example failures of the system for one kind: question, what was expected, what came back."""
    out = []
    for row in result.rows:
        if row["kind"] != kind or row["system"]["score"]["correct"]:
            continue
        exp = row["expected"]
        if exp["answerable"]:
            expected = f"{' + '.join(exp['must_contain'])} citing {', '.join(exp['gold_documents'])}"
        else:
            expected = "abstain"
        got = "abstained" if row["system"]["abstained"] else row["system"]["answer"].replace("\n", " ")[:220]
        cited = sorted({c["file"] for c in row["system"]["citations"]})
        if cited and not row["system"]["abstained"]:
            got += f" [cites {', '.join(cited)}]"
        out.append({"id": row["id"], "question": row["question"], "expected": expected, "got": got})
        if len(out) == limit:
            break
    return out


def weakest_kinds(result: EvalResult, n: int = 3) -> list[str]:
    """The kinds with the lowest correctness (ties: the larger kind first), perfect kinds left out."""
    kinds = result.system["by_kind"]
    scored = {k: (f["correctness"] if f["correctness"] is not None else 1.0) for k, f in kinds.items()}
    ranked = sorted(scored, key=lambda k: (scored[k], -kinds[k]["n"]))
    return [k for k in ranked if scored[k] < 1.0][:n]


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def summary_markdown(result: EvalResult, threshold_failures: list[str], thresholds: dict[str, Any]) -> str:
    sys_o = result.system["overall"]
    base = result.baseline
    base_o = base["overall"] if base else {}
    lines = [
        "# Styrsvar evaluation",
        "",
        f"Sets: {', '.join(result.config['sets'])}; {sys_o['n']} questions "
        f"({sys_o['n_answerable']} answerable, {sys_o['n_unanswerable']} not). "
        f"Embeddings: {result.config['embeddings']}. \"Now\" is "
        f"{result.config['today']}. Baseline: {result.config['baseline']}.",
        "",
        "| Figure | System | Baseline |",
        "|---|---|---|",
    ]
    lines += [f"| {label} | {fmt(sys_o.get(key))} | {fmt(base_o.get(key))} |" for key, label in HEADLINE]
    table_head = ["| Kind | n | System | Baseline |", "|---|---|---|---|"]
    lines += ["", "## Correctness per question kind", "", *table_head]
    for kind, fig in result.system["by_kind"].items():
        b = base["by_kind"].get(kind, {}) if base else {}
        lines.append(f"| {kind} | {fig['n']} | {fmt(fig['correctness'])} | {fmt(b.get('correctness'))} |")
    lines += ["", "## Per set", "", table_head[0].replace("Kind", "Set"), table_head[1]]
    for name, fig in result.system["by_set"].items():
        b = base["by_set"].get(name, {}) if base else {}
        lines.append(f"| {name} | {fig['n']} | {fmt(fig['correctness'])} | {fmt(b.get('correctness'))} |")
    lines += ["", "How to read: an answerable question is correct when the answer is not an abstention, "
              "contains every expected phrase and cites a gold document; an unanswerable one when it "
              "abstains. "
              "Recall@k counts every gold document of a question (both versions, for a supersession "
              "question). Leaks: resident questions with a citation or retrieved passage from an internal "
              "document. Ended as in force: a superseded, expired or not-yet-valid must-not-cite document "
              "cited, or an upphävd/utgången one cited without saying so."]
    if result.config.get("errors"):
        errors = result.config["errors"]
        lines += ["", f"**The assistant raised an error on {errors} questions** (see results.json)."]
    lines += ["", "## Thresholds (system)", ""]
    for name, bound in thresholds.items():
        lines.append(f"- {name}: {', '.join(f'{k} {v}' for k, v in bound.items())}")
    lines += ["", "**All thresholds met.**" if not threshold_failures else "**Below target:** "
              + "; ".join(threshold_failures)]
    comparison = result.embeddings_comparison
    if comparison:
        lines += ["", "## Embedding models (retrieval of gold documents)", "",
                  "| Model | Search | doc recall@1 | doc recall@3 | doc recall@8 | doc MRR | page recall@3 |",
                  "|---|---|---|---|---|---|---|"]
        for spec, fig in comparison.items():
            if "error" in fig:
                lines.append(f"| {spec} | – | {_cell(fig['error'])} | | | | |")
                continue
            for search in ("dense", "system"):
                f = fig[search]
                lines.append(f"| {spec} | {search} | {fmt(f['doc_recall@1'])} | {fmt(f['doc_recall@3'])} | "
                             f"{fmt(f['doc_recall@8'])} | {fmt(f['doc_mrr'])} | {fmt(f['page_recall@3'])} |")
    weak = weakest_kinds(result)
    if weak:
        lines += ["", "## Weakest kinds: example failures", ""]
        for kind in weak:
            lines += [f"### {kind}", "", "| Question | Expected | Got |", "|---|---|---|"]
            lines += [f"| {_cell(f['question'])} | {_cell(f['expected'])} | {_cell(f['got'])} |"
                      for f in failures(result, kind)]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def write_chart(result: EvalResult, path: Path) -> None:
    """Correctness per kind, system vs baseline, as grouped bars."""
    kinds = list(result.system["by_kind"])
    sys_v = [result.system["by_kind"][k]["correctness"] or 0.0 for k in kinds]
    base = result.baseline
    base_v = [(base["by_kind"].get(k, {}).get("correctness") or 0.0) if base else 0.0 for k in kinds]
    fig, ax = plt.subplots(figsize=(10, 4.8), dpi=100)
    x = range(len(kinds))
    width = 0.4
    ax.bar([i - width / 2 for i in x], sys_v, width, label="Styrsvar", color="#2b6cb0")
    if base:
        ax.bar([i + width / 2 for i in x], base_v, width, label="LangChain tutorial baseline",
               color="#a0aec0")
    labels = [f"{k}\n(n={result.system['by_kind'][k]['n']})" for k in kinds]
    ax.set_xticks(list(x), labels, fontsize=8)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("Answer correctness")
    ax.set_title(f"Correctness per question kind ({result.system['overall']['n']} questions)")
    ax.legend(loc="upper right", fontsize=8)
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, metadata={"Software": None})
    plt.close(fig)
