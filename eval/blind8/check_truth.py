#!/usr/bin/env python
"""Check truth.json against the PDFs in pdf/.

For every document: every page carries the marker "Fiktivt testdokument"; every
decision row's matter, code and condition, and every statement's sentence, stands
on its stated page in the text pypdf's extract_text() gives. Table cells wrap, so
text is compared as a word sequence: the words of the value must occur on the
page in order (contiguously when the value is on one line, otherwise interleaved
with words of neighbouring cells). A value that also occurs on another page
only is reported as a page error.

Also checks the fields of truth.json and that questions.jsonl (if present)
refers to existing files and pages.

Run:  /work/main/.venv/bin/python check_truth.py      (exit code 0 = pass)
"""
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = "Fiktivt testdokument"
FIELDS = ["layout", "title", "doc_type", "decided_by", "decision_date", "paragraph", "diarienummer",
          "valid_from", "valid_to", "replaces", "replaces_file", "scope", "owner", "review_date",
          "publication_stated", "publication", "status_2026_11_26", "abbreviations", "decisions",
          "statements", "notes"]
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def words(s):
    return re.sub(r"\s+", " ", s).strip().split(" ")


def subsequence(needle, hay):
    """True if the words of needle occur in order in hay (gaps allowed)."""
    it = iter(hay)
    return all(any(w == h for h in it) for w in needle)


def contiguous(needle, hay):
    n = len(needle)
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    errors, checked, contig = [], 0, 0
    pages_of = {}
    for fname, t in truth.items():
        path = os.path.join(HERE, "pdf", fname)
        if not os.path.exists(path):
            errors.append(f"{fname}: missing PDF")
            continue
        missing = [k for k in FIELDS if k not in t]
        if missing:
            errors.append(f"{fname}: missing fields {missing}")
        for k in ["decision_date", "valid_from", "valid_to", "review_date"]:
            if t.get(k) and not ISO.match(t[k]):
                errors.append(f"{fname}: {k} not ISO: {t[k]}")
        if t["publication"] not in ("extern", "intern"):
            errors.append(f"{fname}: bad publication")
        if t["status_2026_11_26"] not in ("gällande", "upphävd", "ej ikraft"):
            errors.append(f"{fname}: bad status")
        if t.get("replaces_file") and t["replaces_file"] not in truth:
            errors.append(f"{fname}: replaces_file not in collection")
        reader = PdfReader(path)
        texts = [p.extract_text() or "" for p in reader.pages]
        pages_of[fname] = len(texts)
        pw = [words(x) for x in texts]
        for i, tx in enumerate(texts, 1):
            if MARK not in tx:
                errors.append(f"{fname}: page {i} lacks marker")
        if not contiguous(words(t["title"]), [w for p in pw for w in p]) and \
                not subsequence(words(t["title"]), [w for p in pw for w in p]):
            errors.append(f"{fname}: title not found: {t['title']}")

        def check(label, value, page):
            nonlocal checked, contig
            if value is None:
                return
            checked += 1
            nw = words(value)
            if not (1 <= page <= len(pw)):
                errors.append(f"{fname}: {label} page {page} out of range")
                return
            if contiguous(nw, pw[page - 1]):
                contig += 1
                return
            if subsequence(nw, pw[page - 1]):
                return
            other = [i + 1 for i, p in enumerate(pw) if subsequence(nw, p)]
            errors.append(f"{fname}: {label} {value!r} not on page {page}" +
                          (f" (found on {other})" if other else " (not found)"))

        for j, r in enumerate(t["decisions"]):
            for k in ("matter", "decider", "page"):
                if r.get(k) in (None, ""):
                    errors.append(f"{fname}: decision {j} lacks {k}")
            if r["decider"] != r["decider"].lower():
                errors.append(f"{fname}: decision {j} decider not lower case")
            check(f"row {j} matter", r["matter"], r["page"])
            check(f"row {j} code", r["code"], r["page"])
            check(f"row {j} condition", r["condition"], r["page"])
            if r["code"] is None and 1 <= r["page"] <= len(pw):
                # a written-out delegate must stand on the page as printed (case aside)
                if not subsequence(words(r["decider"]), [w.lower() for w in pw[r["page"] - 1]]):
                    errors.append(f"{fname}: row {j} written-out decider {r['decider']!r} not on page {r['page']}")
            if r["code"]:
                for part in re.split(r"/| eller ", r["code"]):
                    if part.strip() not in t["abbreviations"]:
                        errors.append(f"{fname}: code {part!r} not in legend")
        for j, s in enumerate(t["statements"]):
            check(f"statement {j}", s["matter"], s["page"])
            if s["decider"] != s["decider"].lower():
                errors.append(f"{fname}: statement {j} decider not lower case")

    qpath = os.path.join(HERE, "questions.jsonl")
    nq = 0
    if os.path.exists(qpath):
        ids = set()
        for line in open(qpath, encoding="utf-8"):
            if not line.strip():
                continue
            q = json.loads(line)
            nq += 1
            if q["id"] in ids:
                errors.append(f"question {q['id']}: duplicate id")
            ids.add(q["id"])
            for f in q["gold_documents"] + q["must_not_cite"]:
                if f not in truth:
                    errors.append(f"question {q['id']}: unknown file {f}")
            if q["answerable"] and not q["gold_documents"]:
                errors.append(f"question {q['id']}: answerable without gold documents")
            if len(q["gold_pages"]) != len(q["gold_documents"]):
                errors.append(f"question {q['id']}: gold_pages not aligned with gold_documents")
            for f, p in zip(q["gold_documents"], q["gold_pages"]):
                if f in pages_of and not (1 <= p <= pages_of[f]):
                    errors.append(f"question {q['id']}: page {p} out of range for {f}")
            for m in q["must_contain"]:
                if m != m.lower():
                    errors.append(f"question {q['id']}: must_contain not lower case: {m}")
            if set(q["gold_documents"]) & set(q["must_not_cite"]):
                errors.append(f"question {q['id']}: gold document also in must_not_cite")

    man = open(os.path.join(HERE, "pdf", "manifest.toml"), encoding="utf-8").read()
    want = ('[defaults]\npublication = "extern"  # as the styrmodell says: documents are on the '
            'external site unless internal\n')
    if man != want:
        errors.append("pdf/manifest.toml content differs")

    for e in errors:
        print("ERROR", e)
    print(f"{len(truth)} documents, {checked} values checked ({contig} contiguous), {nq} questions, "
          f"{len(errors)} errors")
    print("PASS" if not errors else "FAIL")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
