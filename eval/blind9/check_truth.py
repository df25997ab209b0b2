#!/usr/bin/env python3
"""Check truth.json against the PDFs' text as pypdf extracts it.

For every document: every page carries the marker "Fiktivt testdokument";
every decision row's matter, code and condition, and every statement's
matter, stands on the page the truth gives (whitespace-normalised).
Also checks questions.jsonl for shape and that gold pages exist.
Exit status 0 when everything passes.
"""
import json
import os
import re
import sys
from collections import Counter

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
MARKER = "Fiktivt testdokument"


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    errors = []
    nrows = nst = 0
    texts = {}
    for fname, t in truth.items():
        path = os.path.join(HERE, "pdf", fname)
        if not os.path.exists(path):
            errors.append("%s: missing" % fname)
            continue
        reader = PdfReader(path)
        pages = [norm(p.extract_text() or "") for p in reader.pages]
        texts[fname] = pages
        if t.get("pages") != len(pages):
            errors.append("%s: page count %s != %s" % (fname, t.get("pages"), len(pages)))
        for i, p in enumerate(pages, 1):
            if MARKER not in p:
                errors.append("%s p%d: marker missing" % (fname, i))
        for r in t["decisions"]:
            nrows += 1
            pg = r["page"]
            if not 1 <= pg <= len(pages):
                errors.append("%s: bad page %s" % (fname, pg))
                continue
            text = pages[pg - 1]
            for field in ("matter", "code", "condition"):
                v = r.get(field)
                if v and norm(v) not in text:
                    errors.append("%s p%d: %s not found: %r" % (fname, pg, field, v))
            if r.get("code"):
                codes = [c.strip() for c in re.split(r"[/,]", r["code"]) if c.strip()]
                abbr = t.get("abbreviations") or {}
                for c in codes:
                    if c not in abbr:
                        errors.append("%s: code %r not in legend" % (fname, c))
                exp = " eller ".join(abbr.get(c, "?") for c in codes)
                if exp != r["decider"]:
                    errors.append("%s: decider %r != legend %r" % (fname, r["decider"], exp))
        for s in t["statements"]:
            nst += 1
            pg = s["page"]
            if norm(s["matter"]) not in pages[pg - 1]:
                errors.append("%s p%d: statement not found: %r" % (fname, pg, s["matter"]))
        if t.get("abbreviations"):
            alltext = " ".join(pages)
            for c in t["abbreviations"]:
                if c not in alltext:
                    errors.append("%s: legend code %r not in text" % (fname, c))
        for key in ("title", "diarienummer"):
            if t.get(key) and norm(t[key]) not in " ".join(pages):
                errors.append("%s: %s %r not in text" % (fname, key, t[key]))

    kinds = Counter()
    qpath = os.path.join(HERE, "questions.jsonl")
    qs = [json.loads(l) for l in open(qpath, encoding="utf-8") if l.strip()]
    ids = set()
    for q in qs:
        kinds[q["kind"]] += 1
        if q["id"] in ids:
            errors.append("duplicate id %s" % q["id"])
        ids.add(q["id"])
        for f, pg in zip(q["gold_documents"], q["gold_pages"]):
            if f not in truth or not 1 <= pg <= truth[f]["pages"]:
                errors.append("%s: bad gold %s p%s" % (q["id"], f, pg))
        for f in q["must_not_cite"]:
            if f not in truth:
                errors.append("%s: unknown must_not_cite %s" % (q["id"], f))
        for m in q["must_contain"]:
            if m != m.lower():
                errors.append("%s: must_contain not lower case: %r" % (q["id"], m))
        if q["answerable"] and not q["must_contain"]:
            errors.append("%s: answerable without must_contain" % q["id"])
    if len(qs) != 80:
        errors.append("questions: %d lines, expected 80" % len(qs))

    for e in errors:
        print("FAIL", e)
    print("documents %d, table rows %d, statements %d, questions %d" % (len(truth), nrows, nst, len(qs)))
    print("kinds:", dict(sorted(kinds.items())))
    print("OK" if not errors else "%d errors" % len(errors))
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
