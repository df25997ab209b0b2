"""Check truth.json against the text pypdf extracts from pdf/ (a consistency check for the
authors of this held-out folder; not a parser test), and – when questions.jsonl is present –
that every answerable question's gold pages hold one alternative of each must_contain phrase.

Run: /work/main/.venv/bin/python check_truth.py
Dates are accepted in ISO, "d månad yyyy", "d/m yyyy", "d.m.yyyy", dotted ISO "yyyy.mm.dd"
(layout L1), with an abbreviated month "7 okt. 2024" (layout L2) and, for a validity period
given in years ("2025–2027"), as "2025–" (from 1 January) and "–2027" (to 31 December).
"""
from __future__ import annotations

import json
import pathlib
import re

from pypdf import PdfReader

HERE = pathlib.Path(__file__).resolve().parent
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
          "oktober", "november", "december"]
ABBR = ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.",
        "dec."]
STATUSES = {"gällande", "upphävd", "utgången", "ej ikraft"}
TODAY = "2026-11-26"


def norm(t: str) -> str:
    return re.sub(r"\s+", " ", t).strip().lower()


def date_forms(iso: str) -> list[str]:
    y, m, d = (int(x) for x in iso.split("-"))
    forms = [iso, f"{d} {MONTHS[m - 1]} {y}", f"{d}/{m} {y}", f"{d}.{m}.{y}",
             f"{y}.{m:02d}.{d:02d}", f"{d} {ABBR[m - 1]} {y}"]
    # a validity period written as years ("2025–2027") starts 1 Jan and ends 31 Dec
    if (m, d) == (1, 1):
        forms.append(f"{y}\u2013")
    if (m, d) == (12, 31):
        forms.append(f"\u2013{y}")
    return forms


def para_re(num: str) -> str:
    return rf"(§ ?{num}\b|\b{num} ?§)"


def check_truth(truth: dict, texts: dict[str, list[str]]) -> list[str]:
    problems: list[str] = []
    replaced_by = {r["replaces_file"]: n for n, r in truth.items() if r["replaces_file"]}
    for name, rec in truth.items():
        pages = texts[name]
        npages = [norm(p) for p in pages]
        full = " ".join(npages)

        def need(label: str, text: str | None, where: str = full) -> None:
            if text and norm(text) not in where:
                problems.append(f"{name}: {label} not found: {text!r}")

        for i, p in enumerate(pages, 1):
            if "Fiktivt testdokument" not in p:
                problems.append(f"{name}: page {i} lacks the marker")
        need("title", rec["title"])
        need("diarienummer", rec["diarienummer"])
        need("decided_by", rec["decided_by"])
        if rec["paragraph"]:
            num = rec["paragraph"].replace("§", "").strip()
            if not re.search(para_re(num), full):
                problems.append(f"{name}: paragraph {rec['paragraph']} not found")
        for key in ("decision_date", "valid_from", "valid_to", "review_date"):
            iso = rec[key]
            if iso and not any(norm(f) in full for f in date_forms(iso)):
                problems.append(f"{name}: {key} {iso} not found in any form")
        if rec["decision_date"] and rec["paragraph"]:
            num = rec["paragraph"].replace("§", "").strip()
            if not any(any(norm(f) in pg for f in date_forms(rec["decision_date"])) and
                       re.search(para_re(num), pg) for pg in npages):
                problems.append(f"{name}: decision date and paragraph not on one page")
        need("replaces", rec["replaces"])
        need("scope", rec["scope"])
        need("owner", rec["owner"])
        for code, exp in rec["abbreviations"].items():
            need("abbreviation code", code)
            need("abbreviation expansion", exp)
        for d in rec["decisions"]:
            pg = npages[d["page"] - 1] if d["page"] <= len(npages) else ""
            need(f"decision matter (p{d['page']})", d["matter"], pg)
            need(f"decision condition (p{d['page']})", d["condition"], pg)
            if d["code"]:
                need(f"decision code (p{d['page']})", d["code"], pg)
                if rec["abbreviations"].get(d["code"]) != d["decider"]:
                    problems.append(f"{name}: code {d['code']} != decider {d['decider']}")
            else:
                need(f"decider (p{d['page']})", d["decider"], pg)
        for st in rec["statements"]:
            if st["page"] > len(pages):
                problems.append(f"{name}: statement page {st['page']} > {len(pages)}")
            else:
                need(f"statement decider (p{st['page']})", st["decider"], npages[st["page"] - 1])
        if rec["publication"] != ("intern" if rec["publication_stated"] == "intern" else "extern"):
            problems.append(f"{name}: publication inconsistent")
        # status from the dates and the replacement chain
        if name in replaced_by:
            want = "upphävd"
        elif rec["valid_from"] and rec["valid_from"] > TODAY:
            want = "ej ikraft"
        elif rec["valid_to"] and rec["valid_to"] < TODAY:
            want = "utgången"
        else:
            want = "gällande"
        if rec["status_2026_11_26"] not in STATUSES:
            problems.append(f"{name}: unknown status {rec['status_2026_11_26']}")
        elif rec["status_2026_11_26"] != want:
            problems.append(f"{name}: status {rec['status_2026_11_26']} but dates say {want}")
        if rec["replaces_file"]:
            old = truth.get(rec["replaces_file"])
            if not old or old["status_2026_11_26"] != "upphävd":
                problems.append(f"{name}: replaces_file {rec['replaces_file']} not upphävd")
            elif old["title"] != rec["title"]:
                problems.append(f"{name}: replaces_file has another title")
    return problems


def check_questions(texts: dict[str, list[str]]) -> tuple[int, list[str]]:
    path = HERE / "questions.jsonl"
    if not path.exists():
        return 0, []
    problems: list[str] = []
    n = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        q = json.loads(line)
        n += 1
        for f in q["gold_documents"] + q["must_not_cite"]:
            if f not in texts:
                problems.append(f"{q['id']}: unknown file {f}")
        if not q["answerable"]:
            continue
        if len(q["gold_pages"]) != len(q["gold_documents"]):
            problems.append(f"{q['id']}: gold_pages do not pair with gold_documents")
            continue
        gold = [norm(texts[f][p - 1]) for f, p in zip(q["gold_documents"], q["gold_pages"])
                if f in texts and p <= len(texts[f])]
        where = " ".join(gold)
        for phrase in q["must_contain"]:
            alts = [norm(a) for a in phrase.split("|")]
            if not any(a in where for a in alts):
                problems.append(f"{q['id']}: no alternative of {phrase!r} on its gold pages")
    return n, problems


def main() -> int:
    truth = json.loads((HERE / "truth.json").read_text(encoding="utf-8"))
    pdfs = sorted(p.name for p in (HERE / "pdf").glob("*.pdf"))
    problems: list[str] = []
    if sorted(truth) != pdfs:
        problems.append(f"truth keys != pdf files: {set(truth) ^ set(pdfs)}")
    texts = {name: [p.extract_text() or "" for p in PdfReader(HERE / "pdf" / name).pages]
             for name in pdfs}
    problems += check_truth({k: v for k, v in truth.items() if k in texts}, texts)
    nq, qprob = check_questions(texts)
    problems += qprob
    for p in problems:
        print(p)
    print(f"{len(truth)} documents and {nq} questions checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
