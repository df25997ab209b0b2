#!/usr/bin/env python3
"""Check truth.json against the PDFs in pdf/ (blind11, Tallmora kommun).

For every decision row (and every item of a lettered decision list): its
matter, code and condition must stand on the stated page in the text that
pypdf's extract_text() gives; for every statement: its sentence must stand on
its page. Every page must carry the marker "Fiktivt testdokument". A
replaces_file must name a PDF of the collection. Whitespace is compared
collapsed. Exit code 0 when everything holds.
"""
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
MARKER = "Fiktivt testdokument"
STATUSES = {"gällande", "upphävd", "ej ikraft", "utgången"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    with open(os.path.join(HERE, "truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    errors = []
    rows = stmts = pages_total = 0
    for fname, doc in truth.items():
        path = os.path.join(HERE, "pdf", fname)
        if not os.path.exists(path):
            errors.append(f"{fname}: missing PDF")
            continue
        if doc.get("status_2026_11_26") not in STATUSES:
            errors.append(f"{fname}: bad status {doc.get('status_2026_11_26')!r}")
        reader = PdfReader(path)
        texts = [norm(p.extract_text() or "") for p in reader.pages]
        pages_total += len(texts)
        for i, t in enumerate(texts, 1):
            if MARKER not in t:
                errors.append(f"{fname} p{i}: marker missing")
        if doc.get("replaces_file") and doc["replaces_file"] not in truth:
            errors.append(f"{fname}: replaces_file {doc['replaces_file']} not in collection")
        for r in doc["decisions"]:
            rows += 1
            p = r["page"]
            if not (1 <= p <= len(texts)):
                errors.append(f"{fname}: page {p} out of range for {r['matter']!r}")
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
    for e in errors:
        print("FAIL", e)
    print(f"{len(truth)} documents, {pages_total} pages, {rows} decision rows, {stmts} statements, "
          f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
