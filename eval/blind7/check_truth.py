#!/usr/bin/env python
"""Check truth.json against the PDFs in pdf/ using pypdf's extract_text().

For every document: every page carries the marker "Fiktivt testdokument"; every decision row's
matter, code and condition, and every statement's matter, occurs on the page stated in truth.json
(comparison after collapsing whitespace).  Also checks that the page count matches, that
replaces_file points at a file in the collection and that every code is explained in the
document's abbreviations.  Exit status 0 only if everything passes.

Run:  /work/main/.venv/bin/python check_truth.py
"""
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
MARKER = "Fiktivt testdokument"


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    errors = []
    n_rows = n_stmts = 0
    pdfs = sorted(f for f in os.listdir(os.path.join(HERE, "pdf")) if f.endswith(".pdf"))
    if sorted(truth) != pdfs:
        errors.append("truth.json keys %s != pdf files %s" % (sorted(truth), pdfs))
    for fname, t in truth.items():
        reader = PdfReader(os.path.join(HERE, "pdf", fname))
        pages = [norm(p.extract_text() or "") for p in reader.pages]
        if t.get("pages") not in (None, len(pages)):
            errors.append("%s: pages %s != %d" % (fname, t.get("pages"), len(pages)))
        for i, txt in enumerate(pages, 1):
            if MARKER not in txt:
                errors.append("%s p%d: marker missing" % (fname, i))
        if t.get("replaces_file") and t["replaces_file"] not in truth:
            errors.append("%s: replaces_file %s not in collection" % (fname, t["replaces_file"]))
        abbr = t.get("abbreviations") or {}

        def on_page(what, text, page):
            if not text:
                return
            if not (1 <= page <= len(pages)):
                errors.append("%s: %s page %s out of range" % (fname, what, page))
                return
            if norm(text) not in pages[page - 1]:
                where = [i for i, p in enumerate(pages, 1) if norm(text) in p]
                errors.append("%s: %s %r not on page %d (found on %s)" % (fname, what, text, page, where))

        for d in t.get("decisions", []):
            n_rows += 1
            on_page("matter", d["matter"], d["page"])
            on_page("code", d.get("code"), d["page"])
            on_page("condition", d.get("condition"), d["page"])
            if d.get("code"):
                for part in re.split(r"/| eller |, ", d["code"]):
                    if part not in abbr:
                        errors.append("%s: code %r not in abbreviations" % (fname, part))
            if not d.get("decider") or d["decider"] != d["decider"].lower():
                errors.append("%s: bad decider %r" % (fname, d.get("decider")))
        for s in t.get("statements", []):
            n_stmts += 1
            on_page("statement", s["matter"], s["page"])
        for k in ("decision_date", "valid_from", "valid_to", "review_date"):
            v = t.get(k)
            if v and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                errors.append("%s: %s not ISO: %r" % (fname, k, v))
        if t.get("status_2026_11_26") not in ("gällande", "upphävd", "ej ikraft"):
            errors.append("%s: bad status" % fname)
        if t.get("publication") not in ("extern", "intern"):
            errors.append("%s: bad publication" % fname)
    qpath = os.path.join(HERE, "questions.jsonl")
    n_q = 0
    if os.path.exists(qpath):
        for line in open(qpath, encoding="utf-8"):
            if not line.strip():
                continue
            q = json.loads(line)
            n_q += 1
            for f in q["gold_documents"] + q["must_not_cite"]:
                if f not in truth:
                    errors.append("question %s: unknown file %s" % (q["id"], f))
    for e in errors:
        print("FAIL", e)
    print("%d documents, %d rows, %d statements, %d questions: %s"
          % (len(truth), n_rows, n_stmts, n_q, "FAILED" if errors else "OK"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
