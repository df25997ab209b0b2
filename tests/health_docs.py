"""A fictitious collection for the health report: one or two documents per kind of finding, and
sound documents that must produce none. Every page is marked "Fiktivt testdokument".

Built as throwaway PDFs (``tests/pdfgen.py``) with a ``manifest.toml`` beside them, then read by the
real ingest. ``EXPECTED`` is what the report must say as of ``AS_OF``, document by document.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pdfgen import lines_pdf

AS_OF = dt.date(2026, 11, 26)
HEADER = "Fiktivt testdokument"
KF = "Beslutad av: Kommunfullmäktige"
WHOLE = "Gäller för: Hela kommunkoncernen inklusive bolag och förbund"
EXTERN = "Publicering: Kommunens externa webbplats"


def _body(subject: str, n: int = 4) -> list[str]:
    return [
        f"{i}. Avsnitt {i} om {subject}. Texten är påhittad och beskriver inga verkliga beslut."
        for i in range(1, n + 1)
    ]


def _doc(title: str, *meta: str, subject: str = "ämnet", pages: int = 1) -> list[list[str]]:
    first = [title, *meta, "", *_body(subject)]
    return [first] + [_body(f"{subject}, del {p}") for p in range(2, pages + 1)]


DOCUMENTS: dict[str, list[list[str]]] = {
    # -- sound: no finding -----------------------------------------------------------------------
    "policy-informationssakerhet.pdf": _doc(
        "Policy för informationssäkerhet", KF, "Beslutsdatum: 2024-03-18", "Paragraf: 41",
        "Gäller från: 2024-04-01", WHOLE, EXTERN, subject="informationssäkerhet",
    ),
    "riktlinje-losenord.pdf": _doc(
        "Riktlinje för lösenord", "Fastställd av: Kommundirektören", "Beslutsdatum: 2025-01-10",
        "Giltighetstid: Gäller från beslut och tills vidare", "Gäller för: Samtliga förvaltningar",
        "Publicering: Intranät", "Riktlinjen publiceras endast på intranätet.", subject="lösenord",
    ),
    "program-kultur.pdf": _doc(
        "Program för kultur", KF, "Beslutsdatum: 2026-10-26", "Gäller från: 2026-11-01", WHOLE, EXTERN,
        subject="kultur", pages=3,
    ),
    "program-ungdom.pdf": _doc(  # decided long ago, reviewed in the 2022–2026 period, not yet in this one
        "Program för ungdomsfrågor", KF, "Beslutsdatum: 2019-05-20", "Gäller från: 2019-06-01", WHOLE, EXTERN,
        "Aktualitetsprövad av kommunfullmäktige 2024-03-11.", subject="ungdomar",
    ),
    "taxa-hamnavgifter.pdf": _doc(  # ends 91 days after AS_OF: not yet "soon"
        "Taxa för hamnavgifter", KF, "Beslutsdatum: 2025-10-20", "Gäller från: 2025-11-01",
        "Gäller till: 2027-02-25", "Gäller för: Kommunens gästhamnar", EXTERN, subject="hamnavgifter",
    ),
    "delegationsordning-socialnamnden.pdf": _doc(  # titles alike, subjects different: no duplicate
        "Delegationsordning för socialnämnden", "Beslutad av: Socialnämnden", "Beslutsdatum: 2024-01-23",
        "Gäller från: 2024-02-01", "Gäller för: Socialnämndens verksamheter", EXTERN, subject="delegation",
    ),
    "delegationsordning-kulturnamnden.pdf": _doc(
        "Delegationsordning för kulturnämnden", "Beslutad av: Kulturnämnden", "Beslutsdatum: 2024-02-13",
        "Gäller från: 2024-03-01", "Gäller för: Kulturnämndens verksamheter", EXTERN, subject="delegation",
    ),
    "riktlinje-tjansteresor-2025.pdf": _doc(  # replaces the 2020 version: sound, and no duplicate
        "Riktlinje för tjänsteresor", "Fastställd av: Kommunstyrelsen", "Beslutsdatum: 2025-01-20",
        "Gäller från: 2025-02-01", "Gäller för: Samtliga förvaltningar", EXTERN,
        "Ersätter: Riktlinje för tjänsteresor, fastställd 2020-02-03", subject="tjänsteresor",
    ),
    # -- one kind each ---------------------------------------------------------------------------
    "riktlinje-tjansteresor-2020.pdf": _doc(
        "Riktlinje för tjänsteresor", "Fastställd av: Kommunstyrelsen", "Beslutsdatum: 2020-02-03",
        "Gäller från: 2020-03-01", "Gäller för: Samtliga förvaltningar", EXTERN, subject="tjänsteresor",
    ),
    "handlingsplan-klimat-2021-2023.pdf": _doc(
        "Handlingsplan för klimat", "Fastställd av: Kommunstyrelsen", "Beslutsdatum: 2020-12-07",
        "Gäller från: 2021-01-01", "Gäller till: 2023-12-31", WHOLE, EXTERN, subject="klimat",
    ),
    "taxa-parkering-2026.pdf": _doc(
        "Taxa för parkering", KF, "Beslutsdatum: 2025-11-24", "Gäller från: 2026-01-01",
        "Gäller till: 2026-12-31", "Gäller för: Kommunens parkeringsplatser", EXTERN, subject="parkering",
    ),
    "plan-beredskap.pdf": _doc("Plan för krisberedskap", subject="krisberedskap"),
    "program-idrott.pdf": _doc(
        "Program för idrott", KF, "Beslutsdatum: 2026-10-26", "Gäller från: 2026-11-01", WHOLE, EXTERN,
        subject="idrott", pages=6,
    ),
    "program-landsbygd.pdf": _doc(
        "Program för landsbygdsutveckling", KF, "Beslutsdatum: 2021-03-15", "Gäller från: 2021-04-01",
        WHOLE, EXTERN, subject="landsbygd", pages=2,
    ),
    "program-natur.pdf": _doc(
        "Program för naturvård", "Beslutad av: Kultur- och fritidsnämnden", "Beslutsdatum: 2026-11-02",
        "Gäller från: 2026-11-02", WHOLE, EXTERN, subject="naturvård",
    ),
    "program-folkhalsa.pdf": _doc(
        "Program för folkhälsa", KF, "Gäller från: 2024-01-01", WHOLE, EXTERN, subject="folkhälsa",
    ),
    "plan-avfall.pdf": _doc(
        "Plan för avfallshantering", KF, "Beslutsdatum: 2022-06-13", "Gäller från: 2022-07-01", WHOLE,
        EXTERN, subject="avfall",
    ),
    "plan-avfall-2024.pdf": _doc(
        "Plan för avfallshantering 2024", KF, "Beslutsdatum: 2024-06-17", "Gäller från: 2024-07-01", WHOLE,
        EXTERN, subject="avfall",
    ),
    "riktlinje-kameraovervakning.pdf": _doc(  # the manifest says extern
        "Riktlinje för kameraövervakning", "Fastställd av: Kommundirektören", "Beslutsdatum: 2024-04-02",
        "Gäller från: 2024-05-01", "Gäller för: Samtliga förvaltningar",
        "Publicering: Intranät – får inte publiceras externt", subject="kameror",
    ),
    "policy-klarsprak.pdf": _doc(  # the manifest says intern
        "Policy för klarspråk", KF, "Beslutsdatum: 2023-10-30", "Gäller från: 2023-11-01", WHOLE,
        "Policyn publiceras på kommunens webbplats.", subject="klarspråk",
    ),
}  # fmt: skip

MANIFEST = """
[[document]]
file = "riktlinje-kameraovervakning.pdf"
publication = "extern"

[[document]]
file = "policy-klarsprak.pdf"
publication = "intern"
"""

EXPECTED: dict[str, set[str]] = {
    "policy-informationssakerhet.pdf": set(),
    "riktlinje-losenord.pdf": set(),
    "program-kultur.pdf": set(),
    "program-ungdom.pdf": {"program_review_due"},
    "taxa-hamnavgifter.pdf": set(),
    "delegationsordning-socialnamnden.pdf": set(),
    "delegationsordning-kulturnamnden.pdf": set(),
    "riktlinje-tjansteresor-2025.pdf": set(),
    "riktlinje-tjansteresor-2020.pdf": {"superseded"},
    "handlingsplan-klimat-2021-2023.pdf": {"expired"},
    "taxa-parkering-2026.pdf": {"expires_soon"},
    "plan-beredskap.pdf": {
        "missing_decided_by",
        "missing_decision_date",
        "missing_validity",
        "missing_scope",
    },
    "program-idrott.pdf": {"program_too_long"},
    "program-landsbygd.pdf": {"program_review_overdue"},
    "program-natur.pdf": {"wrong_decider"},
    "program-folkhalsa.pdf": {"missing_decision_date", "program_review_unknown"},
    "plan-avfall.pdf": {"duplicate_version"},
    "plan-avfall-2024.pdf": {"duplicate_version"},
    "riktlinje-kameraovervakning.pdf": {"internal_published_externally"},
    "policy-klarsprak.pdf": {"external_kept_internal"},
}


def build(folder: Path) -> Path:
    """Write the collection and its manifest into ``folder``; returns ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, pages in DOCUMENTS.items():
        lines_pdf(folder / name, pages, header=HEADER + " – sida {page} av {pages}")
    (folder / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    return folder
