"""Check truth.json against the text pypdf extracts from pdf/ (a consistency check for the
authors of this held-out folder; not a parser test). Adapted from tests/fixtures/broad5: marker
on every page; title, dnr, §, dates (ISO, '24 november 2025', '24/9 2025', '24.9.2025' or
ordinal words), replaces, scope, owner, legend entries, each sampled row's matter, code and
condition on the stated page; each statement's matter on its page; deciding body named; date
and § on one page; `replaces_file` is upphävd. Added for blind5: the status on 2026-11-26 must
agree with valid_from / valid_to, and an internal document must say so in its text.

Run: /work/main/.venv/bin/python check_truth.py
"""
from __future__ import annotations

import json
import pathlib
import re

from pypdf import PdfReader

HERE = pathlib.Path(__file__).resolve().parent
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
          "oktober", "november", "december"]
ORD: dict[int, str] = dict(enumerate(
    ["första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde",
     "tionde", "elfte", "tolfte", "trettonde", "fjortonde", "femtonde", "sextonde", "sjuttonde",
     "artonde", "nittonde", "tjugonde", "tjugoförsta", "tjugoandra", "tjugotredje",
     "tjugofjärde", "tjugofemte", "tjugosjätte", "tjugosjunde", "tjugoåttonde", "tjugonionde",
     "trettionde", "trettioförsta"], start=1))


def norm(t: str) -> str:
    return re.sub(r"\s+", " ", t).strip().lower()


def date_forms(iso: str) -> list[str]:
    y, m, d = (int(x) for x in iso.split("-"))
    forms = [iso, f"{d} {MONTHS[m - 1]} {y}", f"{d}/{m} {y}", f"{d}.{m}.{y}"]
    if d in ORD:
        forms.append(f"{ORD[d]} {MONTHS[m - 1]} {y}")
    return forms


def main() -> int:
    truth = json.loads((HERE / "truth.json").read_text(encoding="utf-8"))
    pdfs = sorted(p.name for p in (HERE / "pdf").glob("*.pdf"))
    problems: list[str] = []
    if sorted(truth) != pdfs:
        problems.append(f"truth keys != pdf files: {set(truth) ^ set(pdfs)}")
    for name, rec in truth.items():
        pages = [p.extract_text() or "" for p in PdfReader(HERE / "pdf" / name).pages]
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
        if rec["paragraph"]:
            num = rec["paragraph"].replace("§", "").strip()
            if not re.search(rf"(§ ?{num}\b|\b{num} ?§)", full):
                problems.append(f"{name}: paragraph {rec['paragraph']} not found")
        for key in ("decision_date", "valid_from", "valid_to", "review_date"):
            iso = rec[key]
            if iso and not any(norm(f) in full for f in date_forms(iso)):
                if key in ("valid_from", "valid_to") and (iso[:4] in full):
                    continue  # year ranges such as 2024–2027 or verksamhetsåret 2025
                problems.append(f"{name}: {key} {iso} not found in any form")
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
                if rec["abbreviations"].get(d["code"], d["decider"]) != d["decider"]:
                    problems.append(f"{name}: code {d['code']} != decider {d['decider']}")
        for s in rec["statements"]:
            if s["page"] > len(pages):
                problems.append(f"{name}: statement page {s['page']} > {len(pages)}")
            else:
                need(f"statement matter (p{s['page']})", s["matter"], npages[s["page"] - 1])
        if rec["publication"] != ("intern" if rec["publication_stated"] == "intern" else "extern"):
            problems.append(f"{name}: publication inconsistent")
        # broad3 additions (kept in broad4): the deciding body is named, the decision date and
        # § stand on one page, and a named predecessor is in the collection and marked upphävd
        need("decided_by", rec["decided_by"])
        if rec["decision_date"] and rec["paragraph"]:
            num = rec["paragraph"].replace("§", "").strip()
            if not any(any(norm(f) in pg for f in date_forms(rec["decision_date"])) and
                       re.search(rf"(§ ?{num}\b|\b{num} ?§)", pg) for pg in npages):
                problems.append(f"{name}: decision date and paragraph not on one page")
        today = "2026-11-26"
        st = rec["status_2026_11_26"]
        if rec["valid_to"] and rec["valid_to"] < today and st not in ("utgången", "upphävd"):
            problems.append(f"{name}: valid_to {rec['valid_to']} passed but status {st}")
        if rec["valid_from"] and rec["valid_from"] > today and st != "ej ikraft":
            problems.append(f"{name}: valid_from {rec['valid_from']} in the future, status {st}")
        if st == "utgången" and not (rec["valid_to"] and rec["valid_to"] < today):
            problems.append(f"{name}: utgången without a passed valid_to")
        if rec["publication"] == "intern" and "intranät" not in full:
            problems.append(f"{name}: internal document does not say so")
        if rec["replaces_file"]:
            old = truth.get(rec["replaces_file"])
            if not old or old["status_2026_11_26"] != "upphävd":
                problems.append(f"{name}: replaces_file {rec['replaces_file']} not upphävd")
    for p in problems:
        print(p)
    print(f"{len(truth)} documents checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
