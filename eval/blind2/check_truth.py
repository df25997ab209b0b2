"""Check truth.json against the rendered text of pdf/*.pdf.

Run: /work/main/.venv/bin/python check_truth.py
"""
import json
import pathlib
import re

from pypdf import PdfReader

HERE = pathlib.Path(__file__).resolve().parent
TODAY = "2026-11-26"
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]
STATUSES = {"gällande", "upphävd", "utgången", "ej ikraft"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def date_forms(iso):
    y, m, d = iso.split("-")
    return [iso, "%d %s %s" % (int(d), MONTHS[int(m) - 1], y),
            "%d/%d %s" % (int(d), int(m), y)]


def main():
    truth = json.loads((HERE / "truth.json").read_text())
    pdfs = sorted(p.name for p in (HERE / "pdf").glob("*.pdf"))
    errors = []
    assert sorted(truth) == pdfs, (set(truth) ^ set(pdfs))
    layouts = {}
    for f, t in truth.items():
        pages = [norm(p.extract_text()) for p in PdfReader(HERE / "pdf" / f).pages]
        text = " ".join(pages)
        layouts.setdefault(t["layout"], []).append(f)
        if not 1 <= len(pages) <= 4:
            errors.append((f, "page count", len(pages)))
        for i, p in enumerate(pages):
            if "Fiktivt testdokument" not in p:
                errors.append((f, "no mark on page", i + 1))
        if norm(t["title"]) not in text:
            errors.append((f, "title", t["title"]))
        for k in ("diarienummer", "paragraph", "replaces", "scope", "owner"):
            if t[k] and norm(t[k]) not in text:
                errors.append((f, k, t[k]))
        for k in ("decision_date", "valid_from", "valid_to", "review_date"):
            if t[k] and not any(x in text for x in date_forms(t[k])):
                if not (k in ("valid_from", "valid_to") and t[k][:4] in text):
                    errors.append((f, k, t[k]))
        if t["decided_by"] and t["decided_by"].lower() not in text.lower():
            errors.append((f, "decided_by", t["decided_by"]))
        for code, exp in t["abbreviations"].items():
            if code not in text:
                errors.append((f, "abbr", code))
        for d in t["decisions"]:
            p = pages[d["page"] - 1]
            if norm(d["matter"]) not in p or (d["condition"] and norm(d["condition"]) not in p):
                errors.append((f, "decision page", d["matter"], d["condition"]))
            if d["code"] and t["abbreviations"].get(d["code"]) != d["decider"]:
                errors.append((f, "decider", d["code"]))
        for s in t["statements"]:
            if not 1 <= s["page"] <= len(pages):
                errors.append((f, "statement page", s["matter"]))
        st = t["status_2026_11_26"]
        if st not in STATUSES:
            errors.append((f, "status value", st))
        if t["valid_to"] and t["valid_to"] < TODAY and st != "utgången":
            errors.append((f, "status should be utgången"))
        if t["valid_from"] and t["valid_from"] > TODAY and st != "ej ikraft":
            errors.append((f, "status should be ej ikraft"))
        if t["replaces_file"]:
            old = truth[t["replaces_file"]]
            if old["status_2026_11_26"] != "upphävd":
                errors.append((f, "replaced file not upphävd"))
            if old["decision_date"] >= t["decision_date"]:
                errors.append((f, "replaced file is not older"))
        if st == "upphävd" and not any(x["replaces_file"] == f for x in truth.values()):
            errors.append((f, "upphävd but nothing replaces it"))
        if t["publication"] != ("intern" if t["publication_stated"] == "intern" else "extern"):
            errors.append((f, "publication"))
    for lay, fs in sorted(layouts.items()):
        if len(fs) != 2:
            errors.append(("layout", lay, fs))
    print("documents:", len(truth), "layouts:", len(layouts))
    print("errors:", errors if errors else "none")


if __name__ == "__main__":
    main()
