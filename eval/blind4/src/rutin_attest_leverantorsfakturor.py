"""L5, internal: rutin för attest av leverantörsfakturor, approved by the kommundirektör (no §,
no nämnd). Red banner on every page ('INTERN RUTIN – endast för internt bruk, publiceras på
intranätet'); Dokumentinformation box at the foot of page 1 with Godkänd av, Datum för beslut,
Version, Giltig t.o.m., Processägare, Målgrupp, Publicering, Ersätter. Attest amount limits in a
table."""
from __future__ import annotations

from reportlab.platypus import Paragraph

from common import bullets, grid, l5_build, numbered, sp, styles, truth

FILE = "rutin-attest-leverantorsfakturor.pdf"
TITLE = "Rutin för attest av leverantörsfakturor"

INFO = [
    ("Godkänd av", "Kommundirektör"),
    ("Datum för beslut", "2025-09-01"),
    ("Version", "4"),
    ("Giltig t.o.m.", "2027-08-31"),
    ("Processägare", "Ekonomichef"),
    ("Målgrupp", "Chefer och attestanter i samtliga förvaltningar"),
    ("Publicering", "Intranätet"),
    ("Ersätter", "Version 3, godkänd 2023-05-22"),
]


def story():
    s = styles("Helvetica", 9.6)
    b = s["body"]
    return [
        Paragraph(TITLE, s["title"]),
        Paragraph("Rutinen beskriver hur leverantörsfakturor granskas och attesteras i "
                  "kommunens ekonomisystem och vem som får attestera vilka belopp.",
                  s["ingress"]),
        Paragraph("1. Roller", s["h1"]),
        bullets([
            "<b>Mottagningsattestant</b> kontrollerar att varan eller tjänsten har levererats "
            "enligt beställning och att pris och kvantitet stämmer.",
            "<b>Beslutsattestant</b> godkänner att utgiften belastar verksamheten och att den "
            "ryms i budget.",
            "<b>Ersättare</b> utses av förvaltningschefen och attesterar vid ordinarie "
            "attestants frånvaro.",
        ], b),
        Paragraph(
            "Samma person får inte både mottagningsattestera och beslutsattestera samma faktura. "
            "Ingen får attestera en faktura som avser egna kostnader, till exempel egen "
            "representation eller egna resor.", b),
        Paragraph("2. Arbetsgång", s["h1"]),
        numbered([
            "Fakturan skannas och registreras av ekonomienheten och skickas i flöde till "
            "angiven referens.",
            "Mottagningsattestanten kontrollerar och konterar fakturan inom fem arbetsdagar.",
            "Beslutsattestanten attesterar inom tre arbetsdagar därefter.",
            "Fakturor som inte attesterats tio dagar före förfallodag bevakas av ekonomienheten, "
            "som påminner attestanten.",
        ], b),
    ]


def story_all():
    s = styles("Helvetica", 9.6)
    b = s["body"]
    return story() + [
        Paragraph("3. Beloppsgränser för beslutsattest", s["h1"]),
        grid([["Belopp per faktura, exklusive moms", "Beslutsattestant"],
              ["Upp till 50 000 kr", "Enhetschef"],
              ["50 001–300 000 kr", "Verksamhetschef eller avdelningschef"],
              ["300 001–1 000 000 kr", "Förvaltningschef"],
              ["Över 1 000 000 kr", "Kommundirektör"]],
             [80, 86], s),
        sp(4),
        Paragraph(
            "Fakturor som avser kommundirektörens egen verksamhet över 50 000 kr attesteras av "
            "ekonomichefen. Avvikelser från beloppsgränserna beslutas av ekonomichefen och "
            "dokumenteras i attestförteckningen.", b),
        Paragraph("4. Attestförteckning", s["h1"]),
        Paragraph(
            "Varje förvaltning för en attestförteckning med namn, ansvar, beloppsgräns och "
            "ersättare. Förvaltningschefen fastställer förteckningen vid varje årsskifte och "
            "när en attestant slutar eller byter roll. Ändringar registreras i ekonomisystemet "
            "av ekonomienheten.", b),
        Paragraph("5. Kontroll", s["h1"]),
        bullets([
            "Ekonomienheten gör varje månad stickprov på minst 25 attesterade fakturor.",
            "Fel som upptäcks rapporteras till ansvarig förvaltningschef.",
            "Resultatet ingår i kommunstyrelsens uppföljning av den interna kontrollen.",
        ], b),
        Paragraph(
            "Rutinen är ett internt arbetsdokument och publiceras endast på intranätet.", s["ital"]),
    ]


def build(out_path) -> None:
    l5_build(out_path, TITLE, story_all, "Rutin", "Kommunledningsförvaltningen, ekonomienheten",
             INFO, banner="INTERN RUTIN \u2013 endast för internt bruk")


TRUTH = truth(
    layout="L5",
    title=TITLE,
    doc_type="rutin",
    decided_by="kommundirektör",
    decision_date="2025-09-01",
    valid_to="2027-08-31",
    replaces="Version 3, godkänd 2023-05-22",
    scope="Chefer och attestanter i samtliga förvaltningar",
    owner="Ekonomichef",
    publication_stated="intern",
    status_2026_11_26="gällande",
    decisions=[
        {"matter": "Upp till 50 000 kr", "decider": "enhetschef", "code": None,
         "condition": None, "page": 1},
        {"matter": "50 001–300 000 kr", "decider": "verksamhetschef eller avdelningschef",
         "code": None, "condition": None, "page": 1},
        {"matter": "300 001–1 000 000 kr", "decider": "förvaltningschef", "code": None,
         "condition": None, "page": 1},
        {"matter": "Över 1 000 000 kr", "decider": "kommundirektör", "code": None,
         "condition": None, "page": 1},
    ],
    statements=[
        {"matter": "beslutsattest av fakturor för kommundirektörens egen verksamhet över "
                   "50 000 kr", "decider": "ekonomichef", "page": 1},
        {"matter": "avvikelser från beloppsgränserna", "decider": "ekonomichef", "page": 1},
        {"matter": "fastställande av attestförteckningen", "decider": "förvaltningschef",
         "page": 1},
    ],
    notes=("L5, internal: red banner 'INTERN RUTIN – endast för internt bruk' on every page, "
           "Publicering 'Intranätet' in the box and a closing sentence ('publiceras endast på "
           "intranätet'). Approved by the kommundirektör 2025-09-01 (no §, no dnr), version 4, "
           "Giltig t.o.m. 2027-08-31; no start date stated. Replaces version 3 of 2023-05-22 "
           "(not in the collection). The attest table (matter = amount band, decider = "
           "beslutsattestant) is a who-decides table without codes."),
)
