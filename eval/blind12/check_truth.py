#!/usr/bin/env python3
"""Check blind12/truth.json against the PDFs in pdf/.

- every decision row: matter, code and condition stand on the stated page in pypdf's extract_text()
  (whitespace collapsed); a row split by a page break carries matter_parts, each part must stand on its
  own page, the parts joined must give the matter, page must be the first part's page and code/condition
  must stand on one of the pages the row spans;
- every statement stands on its page;
- every page carries "Fiktivt testdokument";
- the keys, statuses and replaces_file references are consistent; manifest.toml is exactly as required.
Exit code 0 when everything holds.
"""
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
MARKER = "Fiktivt testdokument"
STATUSES = {"gällande", "upphävd", "ej ikraft", "utgången"}
KEYS = ["layout", "title", "doc_type", "decided_by", "decision_date", "paragraph", "diarienummer", "valid_from",
        "valid_to", "replaces", "replaces_file", "scope", "owner", "review_date", "publication_stated",
        "publication", "status_2026_11_26", "abbreviations", "notes", "decisions", "statements"]
MANIFEST = '[defaults]\npublication = "extern"\n'


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    with open(os.path.join(HERE, "truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    errors = []
    with open(os.path.join(HERE, "pdf", "manifest.toml"), encoding="utf-8") as f:
        if f.read() != MANIFEST:
            errors.append("pdf/manifest.toml differs from the required content")
    pdfs = sorted(x for x in os.listdir(os.path.join(HERE, "pdf")) if x.endswith(".pdf"))
    if pdfs != sorted(truth):
        errors.append(f"pdf/ and truth.json disagree: {sorted(set(pdfs) ^ set(truth))}")
    rows = stmts = pages_total = split_rows = 0
    for fname, doc in truth.items():
        if list(doc.keys()) != KEYS:
            errors.append(f"{fname}: keys differ from the expected set: {list(doc.keys())}")
        if doc.get("status_2026_11_26") not in STATUSES:
            errors.append(f"{fname}: bad status {doc.get('status_2026_11_26')!r}")
        if doc.get("replaces_file") and doc["replaces_file"] not in truth:
            errors.append(f"{fname}: replaces_file {doc['replaces_file']} not in collection")
        path = os.path.join(HERE, "pdf", fname)
        if not os.path.exists(path):
            errors.append(f"{fname}: missing PDF")
            continue
        texts = [norm(p.extract_text() or "") for p in PdfReader(path).pages]
        pages_total += len(texts)
        for i, t in enumerate(texts, 1):
            if MARKER not in t:
                errors.append(f"{fname} p{i}: marker missing")
        for r in doc["decisions"]:
            rows += 1
            if r["decider"] != r["decider"].lower():
                errors.append(f"{fname}: decider not lower case: {r['decider']!r}")
            p = r["page"]
            if not (1 <= p <= len(texts)):
                errors.append(f"{fname}: page {p} out of range for {r['matter']!r}")
                continue
            if "matter_parts" in r:
                split_rows += 1
                parts = r["matter_parts"]
                span = sorted({x["page"] for x in parts})
                if parts[0]["page"] != p:
                    errors.append(f"{fname}: page of split row is not the page of its first part")
                if norm(" ".join(x["text"] for x in parts)) != norm(r["matter"]):
                    errors.append(f"{fname}: parts do not make up the matter {r['matter']!r}")
                for x in parts:
                    if not (1 <= x["page"] <= len(texts)) or norm(x["text"]) not in texts[x["page"] - 1]:
                        errors.append(f"{fname} p{x['page']}: part not found: {x['text']!r}")
                for key in ("code", "condition"):
                    v = r.get(key)
                    if v and not any(norm(v) in texts[q - 1] for q in span):
                        errors.append(f"{fname} p{span}: {key} not found: {v!r}")
                continue
            t = texts[p - 1]
            for key in ("matter", "code", "condition"):
                v = r.get(key)
                if v and norm(v) not in t:
                    errors.append(f"{fname} p{p}: {key} not found: {v!r}")
        for s in doc["statements"]:
            stmts += 1
            p = s["page"]
            if not (1 <= p <= len(texts)) or norm(s["matter"]) not in texts[p - 1]:
                errors.append(f"{fname} p{p}: statement not found: {s['matter']!r}")
            if s["decider"] != s["decider"].lower():
                errors.append(f"{fname}: statement decider not lower case: {s['decider']!r}")
    for e in errors:
        print("FAIL", e)
    print(f"{len(truth)} documents, {pages_total} pages, {rows} decision rows ({split_rows} split over a page "
          f"break), {stmts} statements, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
