"""Fictitious documents in randomly combined metadata layouts, each with its true metadata.

A robustness harness for the metadata readers: every combination of a way to lay out the metadata
(a two- or four-column table with narrow or wide columns and top- or bottom-aligned cells, a grid
of labels over values, "Label: value" lines, a right-aligned block, a one-line header parted by
"|", "·" or "–" that wraps, a table at the end, a cover page, a footer on every page, a KFS banner
with a revision line, a decision history at the top or the end, a closing sentence in plain or
inverted word order) with the label words, date forms and bodies real documents use, and a body
that mentions other decisions. Generated with a fixed seed into a temporary folder; every page
says "Fiktivt testdokument".
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

MONTHS = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]
ORDINALS = {
    1: "första",
    2: "andra",
    3: "tredje",
    10: "tionde",
    12: "tolfte",
    15: "femtonde",
    20: "tjugonde",
    21: "tjugoförsta",
    22: "tjugoandra",
    28: "tjugoåttonde",
}
BODIES = [
    ("kommunfullmäktige", "Kommunfullmäktige", "KF"),
    ("kommunstyrelsen", "Kommunstyrelsen", "KS"),
    ("socialnämnden", "Socialnämnden", "SN"),
    ("barn- och utbildningsnämnden", "Barn- och utbildningsnämnden", "BUN"),
    ("kultur- och fritidsnämnden", "Kultur- och fritidsnämnden", "KFN"),
]
ROLES = [
    ("förvaltningschef", "Förvaltningschef"),
    ("kommundirektör", "Kommundirektören"),
    ("socialchef", "Socialchef"),
]
TYPES = [
    ("riktlinje", "Riktlinje", "Riktlinjen"),
    ("policy", "Policy", "Policyn"),
    ("plan", "Plan", "Planen"),
    ("program", "Program", "Programmet"),
    ("rutin", "Rutin", "Rutinen"),
    ("handlingsplan", "Handlingsplan", "Handlingsplanen"),
]
TOPICS = [
    "informationshantering",
    "parkering",
    "bisysslor",
    "föreningsbidrag",
    "lokalförsörjning",
    "trygghet",
    "klimatanpassning",
    "digitalisering",
    "tillgänglighet",
    "upphandling",
    "krisberedskap",
    "arkivering",
]
OWNERS = ["Kanslichef", "Ekonomichef", "Socialchef", "Kommundirektör", "Kvalitetsstrateg", "Skolchef"]
SCOPES = [
    "Samtliga förvaltningar",
    "Hela kommunkoncernen inklusive bolag",
    "Socialnämndens verksamheter",
    "Alla medarbetare i kommunen",
]
SENTENCES = [
    "Förvaltningen ska arbeta förebyggande och följa upp arbetet varje år.",
    "Invånare ska få svar inom tio arbetsdagar från att ärendet kom in.",
    "Chefer ansvarar för att medarbetarna känner till innehållet.",
    "Uppföljningen redovisas till nämnden i samband med delårsrapporten.",
    "Samverkan sker med andra kommuner och myndigheter vid behov.",
    "Kostnaderna ryms inom befintlig budgetram för verksamheten.",
]
HEADER_LAYOUTS = ("table2", "lines", "grid3", "table4", "right", "oneline", "tail_table")
DOCUMENT_LAYOUTS = ("cover", "footer", "kfs", "history_top", "history_end", "closing", "closing_inverted")
FIELDS = (
    "title",
    "doc_type",
    "decided_by",
    "decision_date",
    "paragraph",
    "diarienummer",
    "valid_from",
    "valid_to",
    "scope",
    "owner",
    "review_date",
)


@dataclass(frozen=True)
class Variant:
    pdf: Path
    layout: str
    truth: dict[str, Any]  # field -> the true value as the truth files write it (None: not stated)


class _Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        size = rng.choice([9, 10, 11])
        self.base = ParagraphStyle(
            "b", fontName=rng.choice(["Helvetica", "Times-Roman"]), fontSize=size, leading=size * 1.35
        )
        self.bold = "Helvetica-Bold" if self.base.fontName == "Helvetica" else "Times-Bold"

    def p(self, text: str, **style: Any) -> Paragraph:
        return Paragraph(text, ParagraphStyle("x", parent=self.base, **style))

    def date(self, day: dt.date, words: bool = True) -> str:
        form = self.rng.choice(["iso", "iso", "words", "ordinal"] if words else ["iso"])
        if form == "iso":
            return day.isoformat()
        if form == "words":
            return f"den {day.day} {MONTHS[day.month - 1]} {day.year}"
        return f"den {ORDINALS.get(day.day, day.day)} {MONTHS[day.month - 1]} {day.year}"

    def body(self, decider: str) -> list[Paragraph]:
        rng = self.rng
        sentences = SENTENCES[:]
        rng.shuffle(sentences)
        other = dt.date(rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28))
        mention = (  # decisions the document only mentions, which must never be read as its own
            f"Kommunfullmäktige beslutade {self.date(other)}, § {rng.randint(1, 200)}, om kommunens mål, och "
            f"{decider} beslutade {other.replace(year=other.year - 1).isoformat()}, § {rng.randint(1, 200)}, "
            f"att ge förvaltningen ett uppdrag."
        )
        return [
            self.p("Syfte", fontName=self.bold, fontSize=self.base.fontSize + 2),
            self.p("Dokumentet beskriver hur förvaltningen arbetar med frågan. " + " ".join(sentences[:3])),
            self.p(mention),
            self.p(" ".join(sentences[3:])),
        ]


def _facts(rng: random.Random, official: bool) -> dict[str, Any]:
    kind, word, definite = rng.choice(TYPES)
    if official:
        name, text = rng.choice(ROLES)
        code = None
    else:
        name, text, code = rng.choice(BODIES)
    decided = dt.date(
        rng.randint(2018, 2025), rng.randint(1, 12), rng.choice([1, 2, 3, 10, 12, 15, 20, 21, 22, 28])
    )
    start = decided + dt.timedelta(days=rng.randint(5, 60)) if rng.random() < 0.6 else None
    return {
        "kind": kind,
        "title": f"{word} för {rng.choice(TOPICS)}",
        "definite": definite,
        "name": name,
        "text": text,
        "code": code,
        "decided": decided,
        "paragraph": None if official else rng.randint(1, 180),
        "dnr": f"{code or 'KS'} {decided.year}/{rng.randint(1, 300)}" if rng.random() < 0.8 else None,
        "start": start,
        "end": dt.date(start.year + 3, 12, 31) if start and rng.random() < 0.4 else None,
        "owner": rng.choice(OWNERS) if rng.random() < 0.6 else None,
        "scope": rng.choice(SCOPES) if rng.random() < 0.5 else None,
        "review": dt.date(decided.year + 2, 12, 31) if rng.random() < 0.4 else None,
    }


def _truth(f: dict[str, Any]) -> dict[str, Any]:
    iso = {k: (f[k].isoformat() if f[k] else None) for k in ("decided", "start", "end", "review")}
    scope = f["scope"] and f["scope"][0].lower() + f["scope"][1:]
    return {
        "title": f["title"],
        "doc_type": f["kind"],
        "decided_by": f["name"],
        "decision_date": iso["decided"],
        "paragraph": f["paragraph"] and f"§ {f['paragraph']}",
        "diarienummer": f["dnr"],
        "valid_from": iso["start"],
        "valid_to": iso["end"],
        "scope": scope,
        "owner": f["owner"],
        "review_date": iso["review"],
    }


def _pairs(w: _Writer, f: dict[str, Any]) -> list[tuple[str, str]]:
    """The metadata as (label, value) pairs in the words real documents use."""
    rng = w.rng
    who = f["code"] if f["code"] and rng.random() < 0.3 else f["text"]
    pairs: list[tuple[str, str]] = []
    paragraph = f", § {f['paragraph']}" if f["paragraph"] else ""
    if rng.random() < 0.4:
        pairs.append(
            (
                rng.choice(["Beslut", "Beslutad", "Antagen", "Fastställd"]),
                f"{who} {w.date(f['decided'], False)}{paragraph}",
            )
        )
    else:
        pairs += [
            (rng.choice(["Beslutad av", "Beslutsinstans", "Fastställd av", "Antagen av", "Beslutande"]), who),
            (
                rng.choice(["Beslutsdatum", "Datum för beslut", "Beslutad", "Fastställd"]),
                w.date(f["decided"]),
            ),
        ]
        if f["paragraph"]:
            label = rng.choice(["Paragraf", "§", "Protokollsparagraf"])
            pairs.append((label, rng.choice([f"§ {f['paragraph']}", str(f["paragraph"])])))
    if f["dnr"]:
        pairs.append((rng.choice(["Dnr", "Diarienummer", "Ärendenummer"]), f["dnr"]))
    if f["start"] and f["end"] and rng.random() < 0.5:
        pairs.append(("Giltighetstid", f"{f['start'].isoformat()} – {f['end'].isoformat()}"))
    elif f["start"]:
        pairs.append(
            (
                rng.choice(["Gäller från", "Gäller fr.o.m.", "Giltig från", "Träder i kraft"]),
                w.date(f["start"]),
            )
        )
        if f["end"]:
            pairs.append((rng.choice(["Gäller till", "Gäller t.o.m.", "Giltig till"]), w.date(f["end"])))
        elif rng.random() < 0.5:
            pairs.append(("Gäller till", "Tills vidare"))
    if f["scope"]:
        pairs.append((rng.choice(["Gäller för", "Omfattning", "Giltighetsområde"]), f["scope"]))
    if f["owner"]:
        owner = rng.choice([f["owner"], f["owner"].lower()])
        pairs.append(
            (rng.choice(["Dokumentansvarig", "Dokumentägare", "Ansvarig", "Ansvarig tjänsteperson"]), owner)
        )
    if f["review"]:
        pairs.append(
            (
                rng.choice(["Revideras senast", "Aktualitetsprövas senast", "Ses över senast"]),
                f["review"].isoformat(),
            )
        )
    if rng.random() < 0.3:
        rng.shuffle(pairs)
    return pairs


def _table(w: _Writer, rows: list[list[Any]], widths: list[float], grid: bool = True) -> Table:
    table = Table([[w.p(c) if isinstance(c, str) else c for c in row] for row in rows], colWidths=widths)
    style: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), w.rng.choice(["TOP", "MIDDLE", "BOTTOM"]))]
    if grid:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    table.setStyle(TableStyle(style))
    return table


def _header_story(w: _Writer, f: dict[str, Any], layout: str) -> list[Any]:
    rng = w.rng
    pairs = _pairs(w, f)
    colon = ":" if rng.random() < 0.5 else ""
    size = rng.choice([14, 16, 18, 22, 26])
    title = w.p(
        f["title"],
        fontName=w.bold,
        fontSize=size,
        leading=size * 1.2,
        spaceAfter=6,
        alignment=rng.choice([0, 0, TA_CENTER]),
    )
    story: list[Any] = []
    band = rng.random()
    if band < 0.4:
        story.append(w.p("Askersunds kommun"))
    elif band < 0.6:
        story.append(w.p(f"Askersunds kommun · {f['text']}"))
    if layout == "right":
        story += [w.p(f["text"], alignment=TA_RIGHT)]
        story += [w.p(f"{k}: {v}", alignment=TA_RIGHT) for k, v in pairs]
    story.append(title)
    labelled = [[f"<b>{k}</b>", v] for k, v in pairs]
    if layout == "table2":
        width = rng.choice([22, 30, 40, 50])
        story.append(_table(w, labelled, [width * mm, (165 - width) * mm], grid=rng.random() < 0.7))
    elif layout == "lines":
        story += [w.p(f"{k}{colon} {v}") for k, v in pairs]
    elif layout == "grid3":
        cells = [f"<b>{k}</b><br/>{v}" for k, v in pairs]
        rows = [cells[i : i + 3] + [""] * (3 - len(cells[i : i + 3])) for i in range(0, len(cells), 3)]
        story.append(_table(w, rows, [55 * mm] * 3))
    elif layout == "table4":
        flat = [
            labelled[i] + (labelled[i + 1] if i + 1 < len(labelled) else ["", ""])
            for i in range(0, len(labelled), 2)
        ]
        story.append(_table(w, flat, [32 * mm, 50 * mm, 32 * mm, 50 * mm]))
    elif layout == "oneline":
        story.append(w.p(rng.choice([" · ", " | ", " – "]).join(f"{k}{colon} {v}" for k, v in pairs)))
    story += [Spacer(1, 8), *w.body(f["text"].lower() if f["code"] else "socialnämnden")]
    if layout == "tail_table":
        story += [w.p("Dokumentinformation", fontName=w.bold), _table(w, labelled, [45 * mm, 120 * mm])]
    return story


def _document_story(
    w: _Writer, f: dict[str, Any], layout: str, truth: dict[str, Any]
) -> tuple[list[Any], dict[str, str]]:
    rng = w.rng
    decider = f["text"].lower() if f["code"] else "socialnämnden"
    paragraph = f", § {f['paragraph']}" if f["paragraph"] else ""
    title = w.p(f["title"], fontName=w.bold, fontSize=rng.choice([16, 20, 24]), leading=28)
    running: dict[str, str] = {}
    truth.update(scope=None, owner=None, review_date=None)  # these layouts state only decision and dates
    story: list[Any] = []
    if layout == "cover":
        story += [
            w.p("Askersunds kommun", fontSize=18),
            Spacer(1, 120),
            w.p(f["title"], fontName=w.bold, fontSize=30, leading=36),
            w.p(f["kind"].upper(), fontSize=16),
            Spacer(1, 200),
            w.p(
                f"{rng.choice(['Antagen', 'Fastställd', 'Beslutad'])} av {f['text'].lower()} "
                f"{f['decided'].isoformat()}{paragraph}"
            ),
        ]
        if f["dnr"]:
            story.append(w.p(f"Dnr {f['dnr']}"))
        if f["start"]:
            story.append(
                w.p(
                    f"Gäller från {f['start'].isoformat()}"
                    + (f" till {f['end'].isoformat()}" if f["end"] else "")
                )
            )
        running["top"] = f"Askersunds kommun · {rng.choice(['Kommunstyrelsen', 'Socialförvaltningen'])}"
        story += [PageBreak(), *w.body(decider), PageBreak(), *w.body(decider)]
    elif layout == "footer":
        code = f["code"] if f["code"] and rng.random() < 0.5 else f["text"]
        bits = [
            f"{rng.choice(['Fastställd av', 'Beslutad av', 'Antagen av'])} {code} "
            f"{f['decided'].isoformat()}{paragraph}"
        ]
        bits += [f"Dnr {f['dnr']}"] if f["dnr"] else []
        if f["start"]:
            bits.append(
                f"Gäller från {f['start'].isoformat()}"
                + (f" t.o.m. {f['end'].isoformat()}" if f["end"] else "")
            )
        running["bottom"] = rng.choice([" | ", " · "]).join(bits)
        story += [title, *w.body(decider), PageBreak(), *w.body(decider)]
    elif layout == "kfs":
        running["top"] = (
            f"ASKERSUNDS KOMMUNS FÖRFATTNINGSSAMLING   KFS {rng.randint(1, 9)}.{rng.randint(1, 9)}"
        )
        first = dt.date(rng.randint(2005, f["decided"].year - 1), 5, 5)
        story += [
            title,
            w.p(
                f"antagen av {f['code'] or 'KF'} {first.isoformat()} § {rng.randint(1, 200)}, reviderad "
                f"{f['code'] or f['text']} {f['decided'].isoformat()}{paragraph.replace(',', '')}"
            ),
            *w.body(decider),
        ]
        if f["start"]:
            story.append(w.p(f"Dessa bestämmelser träder i kraft {w.date(f['start'])}."))
        truth.update(valid_to=None, diarienummer=None)
    elif layout in ("history_top", "history_end"):
        rows: list[list[Any]] = [["Version", "Datum", "Beslutsinstans", "§", "Ändring"]]
        earlier = sorted(
            dt.date(rng.randint(2010, f["decided"].year - 1), 3, 3 + k) for k in range(rng.randint(1, 3))
        )
        for k, day in enumerate(earlier):
            rows.append(
                [
                    f"{k + 1}.0",
                    day.isoformat(),
                    f["text"],
                    str(rng.randint(1, 200)) if f["paragraph"] else "–",
                    "Ändring",
                ]
            )
        rows.append(
            [
                f"{len(earlier) + 1}.0",
                f["decided"].isoformat(),
                f["text"],
                str(f["paragraph"] or "–"),
                f"Anpassad till beslut i kommunfullmäktige 2015-01-15, § {rng.randint(1, 200)}",
            ]
        )
        table = _table(w, rows, [18 * mm, 25 * mm, 45 * mm, 12 * mm, 60 * mm], grid=False)
        head = [title, *([w.p(f"Dnr {f['dnr']}")] if f["dnr"] else [])]
        history = [w.p("Versionshistorik", fontName=w.bold), table]
        story += head + (history + w.body(decider) if layout == "history_top" else w.body(decider) + history)
        truth.update(valid_from=None, valid_to=None)
    else:  # a closing sentence, in plain or inverted word order
        named = f["text"].lower()
        if f["code"] and f["name"].endswith("nämnden") and rng.random() < 0.5:
            story.append(w.p(f["text"]))  # the nämnd above the title; the sentence says only "nämnden"
            named = "nämnden"
        story += [title, *w.body(decider)]
        if layout == "closing":
            text = f"{f['definite']} antogs av {named} {w.date(f['decided'])}{paragraph}"
            text += f" (dnr {f['dnr']})" if f["dnr"] else ""
            if f["start"]:
                text += f", och gäller från och med {w.date(f['start'])}"
                text += f" till och med {w.date(f['end'])}" if f["end"] else ""
        else:
            day = f["decided"]
            text = f"Den {day.day} {MONTHS[day.month - 1]} {day.year} antog {named} {f['definite'].lower()}"
            text += f" (§ {f['paragraph']})" if f["paragraph"] else ""
            if f["start"]:
                text += f". Från och med {w.date(f['start'])} gäller {f['definite'].lower()}"
            text += f". Diarienummer {f['dnr']}" if f["dnr"] else ""
            truth["valid_to"] = None
        story.append(w.p(text + "."))
    return story, running


def make_variants(folder: Path, count: int, seed: int, layouts: tuple[str, ...]) -> list[Variant]:
    """``count`` documents in ``folder``, each in one of ``layouts`` (chosen with ``seed``)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for number in range(count):
        w = _Writer(rng)
        layout = rng.choice(layouts)
        facts = _facts(rng, official=layout in DOCUMENT_LAYOUTS and rng.random() < 0.2)
        truth = _truth(facts)
        running: dict[str, str] = {}
        if layout in HEADER_LAYOUTS:
            story = _header_story(w, facts, layout)
        else:
            story, running = _document_story(w, facts, layout, truth)

        def decorate(c: Any, doc: Any, running: dict[str, str] = running) -> None:
            c.saveState()
            c.setFont("Helvetica", 7)
            c.drawString(20 * mm, A4[1] - 8 * mm, "Fiktivt testdokument")
            if "top" in running:
                c.drawString(20 * mm, A4[1] - 12 * mm, running["top"])
            if "bottom" in running:
                c.drawString(20 * mm, 10 * mm, running["bottom"])
            c.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Sida {doc.page}")
            c.restoreState()

        pdf = folder / f"variant-{number:03d}-{layout}.pdf"
        SimpleDocTemplate(str(pdf), pagesize=A4, invariant=1).build(
            story, onFirstPage=decorate, onLaterPages=decorate
        )
        out.append(Variant(pdf, layout, truth))
    return out
