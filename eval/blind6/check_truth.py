#!/usr/bin/env python
"""Check truth.json against the PDFs (pypdf extract_text, whitespace-normalised).

For every document: each page carries the marker "Fiktivt testdokument"; every decision
row's matter, code and condition, and every statement's sentence, occur on the stated
page. Exit status 0 when everything passes.
"""
import json
import os
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = "Fiktivt testdokument"


def norm(t):
    return " ".join((t or "").split())


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    errors = 0
    nrows = nstmt = 0
    for fname, doc in truth.items():
        reader = PdfReader(os.path.join(HERE, "pdf", fname))
        pages = [norm(p.extract_text()) for p in reader.pages]
        if doc.get("page_count") and doc["page_count"] != len(pages):
            print(f"{fname}: page_count {doc['page_count']} != {len(pages)}")
            errors += 1
        for i, p in enumerate(pages, 1):
            if MARK not in p:
                print(f"{fname} p{i}: marker missing")
                errors += 1
        for kind, items in (("row", doc["decisions"]), ("statement", doc["statements"])):
            for it in items:
                pg = it["page"]
                if not (1 <= pg <= len(pages)):
                    print(f"{fname}: bad page {pg} for {it['matter']!r}")
                    errors += 1
                    continue
                text = pages[pg - 1]
                fields = [("matter", it["matter"])]
                if kind == "row":
                    nrows += 1
                    fields += [("code", it.get("code")), ("condition", it.get("condition"))]
                else:
                    nstmt += 1
                for name, val in fields:
                    if val and norm(val) not in text:
                        print(f"{fname} p{pg}: {kind} {name} not found: {val!r}")
                        errors += 1
        if doc["replaces_file"] and doc["replaces_file"] not in truth:
            print(f"{fname}: replaces_file {doc['replaces_file']} not in collection")
            errors += 1
    print(f"{len(truth)} documents, {nrows} rows, {nstmt} statements checked; {errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
