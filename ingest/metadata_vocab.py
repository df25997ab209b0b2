"""The words styrdokument use for their own metadata, and what the values mean.

Kept apart from :mod:`ingest.metadata` (which finds *where* metadata is written) because this is
vocabulary: when a new document writes "Beslutande organ" instead of "Beslutad av", or "BUN" for a
nämnd, the fix is one line here.
"""

from __future__ import annotations

import re

from store.schema import Publication

# (field, label pattern). A label starts a line (or a footer segment) and is followed by a colon,
# whitespace or the end of the line. Longer labels come first where one is a prefix of another.
# "period" is a pseudo-field: a validity period giving both valid_from and valid_to.
LABELS: list[tuple[str, str]] = [
    ("title", r"titel|dokumentnamn|dokumenttitel|dokumentets namn"),
    ("doc_type", r"dokumenttyp|typ av dokument|dokumentkategori|dokumentslag"),
    ("decided_by", r"beslutad av|beslutat av|fastställd av|fastställt av|antagen av|antaget av"
                   r"|beslutsinstans|beslutande instans|beslutande organ|beslutsfattare"),
    ("decision_date", r"beslutsdatum|datum för beslut|datum för fastställelse|beslutad(?! av)|beslutat(?! av)"
                      r"|fastställd(?! av)|fastställt(?! av)|antagen(?! av)|antaget(?! av)|datum"),
    ("paragraph", r"paragraf|protokollsparagraf|§"),
    ("diarienummer", r"diarienummer|diarienr\.?|dnr\.?|ärendenummer"),
    ("valid_from", r"gäller fr\.\s?o\.\s?m\.?|gäller från och med|gäller från|giltig fr\.\s?o\.\s?m\.?"
                   r"|giltig från och med|giltig från|träder i kraft|ikraftträdande|gäller från datum"),
    ("valid_to", r"gäller t\.\s?o\.\s?m\.?|gäller till och med|gäller till|giltig t\.\s?o\.\s?m\.?"
                 r"|giltig till och med|giltig till|upphör att gälla"),
    ("period", r"giltighetstid|giltighetsperiod|gäller under perioden"),
    ("replaces", r"ersätter dokument|ersätter"),
    ("scope", r"gäller för|omfattning|giltighetsområde|omfattar|tillämpningsområde"),
    ("publication", r"publicering|publiceras|publiceringsform|publiceringsställe"),
    ("owner", r"dokumentägare|dokumentansvarig|ansvarig för dokumentet|ansvarig tjänsteperson|ansvarig"),
    ("review_date", r"revideras senast|revideras|aktualitetsprövas senast|aktualitetsprövas"
                    r"|aktualitetsprövning|nästa revidering|revidering|ses över senast"),
]  # fmt: skip

LABEL_RES: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(rf"^\s*(?:{pattern})(?=\s|:|$)\s*:?\s*", re.IGNORECASE)) for name, pattern in LABELS
]

# Deciding bodies: pattern -> normalised name, as lower-case Swedish, indefinite for roles.
# The abbreviations are the ones styrdokument use in footers ("Fastställd av KS 2023-02-01").
BODIES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bKF\b|\b(?:kommun)?fullmäktige\b", re.IGNORECASE), "kommunfullmäktige"),
    (
        re.compile(r"\bKS\b(?![ ./-]?\d{4}[/:.]\d)|\bkommunstyrelse(?:n|ns)?\b", re.IGNORECASE),
        "kommunstyrelsen",
    ),
    (re.compile(r"\bSBN\b(?![ ./-]?\d{4}[/:.]\d)"), "samhällsbyggnadsnämnden"),
    (re.compile(r"\bSN\b(?![ ./-]?\d{4}[/:.]\d)"), "socialnämnden"),
    (re.compile(r"\bBUN\b(?![ ./-]?\d{4}[/:.]\d)"), "barn- och utbildningsnämnden"),
    (re.compile(r"\bKFN\b(?![ ./-]?\d{4}[/:.]\d)"), "kultur- och fritidsnämnden"),
    (re.compile(r"\bkommundirektör(?:en)?\b|\bkommunchef(?:en)?\b", re.IGNORECASE), "kommundirektör"),
    (re.compile(r"\bförvaltningschef(?:en)?\b", re.IGNORECASE), "förvaltningschef"),
]
# Any nämnd by name ("Socialnämnden", "kultur- och fritidsnämnd") and any named chef role.
NAMND_RE = re.compile(r"\b((?:[a-zåäö]+- och )?[a-zåäö]*nämnd)(?:en|ens)?\b", re.IGNORECASE)
CHEF_RE = re.compile(r"\b((?:[a-zåäö]+- och )?[a-zåäö]+chef)(?:en|ens)?\b", re.IGNORECASE)

# Document types, longest first so "handlingsplan" wins over "plan" and "riktlinjer" is a riktlinje.
DOC_TYPES: list[str] = sorted(
    [
        "styrmodell", "vision", "mål och budget", "reglemente", "delegationsordning", "arbetsordning",
        "policy", "program", "plan", "riktlinje", "rutin", "uppdragsplan", "verksamhetsplan", "taxa",
        "instruktion", "handlingsplan", "strategi", "föreskrifter", "bolagsordning", "ägardirektiv",
        "avgifter", "årsredovisning", "budget", "handbok", "checklista", "anvisning",
    ],
    key=len,
    reverse=True,
)  # fmt: skip
# Endings of a type word in definite or plural form: "Styrmodellen", "Riktlinjer", "Föreskrifterna".
TYPE_ENDINGS = ("", "en", "n", "et", "met", "t", "r", "er", "na", "erna", "rna")
# A sentence whose subject is the document itself: "Policyn gäller för ...", "Dokumentet ...".
_SINGLE_TYPES = "|".join(t for t in DOC_TYPES if " " not in t)
_DEFINITE = "en|n|et|met|t|na|erna|rna"
DOCUMENT_SUBJECT = (
    rf"(?:(?=[A-ZÅÄÖ])(?i:[a-zåäö-]*(?:{_SINGLE_TYPES})(?:{_DEFINITE}))|Dokumentet|Styrdokumentet)"
)

# Sentences that state metadata in running text ("Antagen av kommunfullmäktige den ...").
DECISION_VERBS = (r"beslutad|beslutades|beslutats|beslutat|fastställd|fastställdes|fastställts|fastställt"
                   r"|antagen|antaget|antogs|antagits|godkänd|godkändes|godkänts")  # fmt: skip
DECISION_RE = re.compile(rf"\b(?:{DECISION_VERBS})\s+av\s+", re.IGNORECASE)
ACTIVE_RE = re.compile(r"\b(kommunfullmäktige|kommunstyrelsen|[a-zåäö-]+nämnden)\s+"
                       r"(?:antog|beslutade|fastställde)\b", re.IGNORECASE)  # fmt: skip
CLAUSE_END_RE = re.compile(
    r"\.\s+(?=[A-ZÅÄÖ])|\.$|\b(?:och\s+)?(?:gäller|träder|giltig|ersätter)\b", re.IGNORECASE
)
VALID_FROM_RE = re.compile(r"\b(?:gäller|giltig|gällande)\s+(?:från\s+och\s+med|fr\.\s?o\.\s?m\.?|från)\s+"
                            r"|\bträder\s+i\s+kraft\s+|\bikraftträdande\s*:?\s*", re.IGNORECASE)  # fmt: skip
VALID_TO_RE = re.compile(r"\b(?:gäller|giltig)\s+(?:till\s+och\s+med|t\.\s?o\.\s?m\.?|till|längst\s+till)\s+"
                          r"|\bupphör\s+att\s+gälla\s+", re.IGNORECASE)  # fmt: skip
REVIEW_RE = re.compile(
    r"\b(?:revideras|aktualitetsprövas|ses\s+över|omprövas)\s+(?:senast\s+)?", re.IGNORECASE
)
REPLACES_RE = re.compile(
    r"\b[Ee]rsätter\s+(?:det\s+tidigare\s+dokumentet\s+)?(?P<v>[A-ZÅÄÖ].*?)(?=\.\s+[A-ZÅÄÖ]|\.?$)"
)
SCOPE_RE = re.compile(rf"\b{DOCUMENT_SUBJECT}\s+gäller\s+för\s+(?P<v>[^.]+)\.")
OWNER_RE = re.compile(
    r"\b(?:Dokumentägare|Dokumentansvarig|Ansvarig\s+för\s+\w+)\s*(?:är|:)\s+(?P<v>[^.,;]+)"
)
PUBLISH_RE = re.compile(r"\b(?:publiceras|publiceras\s+endast|publicerad)\s+(?:på|via|i)\s+[^.]{3,60}"
                         r"|\bfår\s+inte\s+publiceras\s+\w+", re.IGNORECASE)  # fmt: skip

# Where a document is published, tried in order: a denied extern publication makes it intern even
# though it says "externt"; a document on both the website and the intranet is extern.
PUBLICATION_WORDS: list[tuple[re.Pattern[str], Publication]] = [
    (re.compile(r"\b(?:ej|inte|icke)\s+(?:\w+\s+)?extern|\bendast\s+(?:för\s+anställda|intran)",
                re.IGNORECASE), Publication.INTERN),
    (re.compile(r"\bextern|\bwebb|\bhemsida|\bwebbplats|\boffentlig", re.IGNORECASE), Publication.EXTERN),
    (re.compile(r"intran[äa]t|\binsida|\bintern(?!et)", re.IGNORECASE), Publication.INTERN),
]  # fmt: skip

# Lines that are never a title: markers and the municipality's name on a cover or letterhead.
NOT_TITLE_RE = re.compile(
    r"fiktivt testdokument|^sida \d+|^\d+$|^[A-ZÅÄÖ][\wåäö]+(?:s)? kommun$|^www\.|@", re.IGNORECASE
)


def clean_text(value: str) -> str:
    """One line, single spaces, no trailing punctuation or wrapping quotes."""
    return " ".join(value.split()).strip(" .,;:\"'”“")


def find_body(text: str) -> str | None:
    """The deciding body named first in ``text``, normalised: "KS" -> "kommunstyrelsen",
    "Socialnämnden" -> "socialnämnden", "Kommundirektören" -> "kommundirektör"."""
    hits: list[tuple[int, str]] = []
    for pattern, name in BODIES:
        match = pattern.search(text)
        if match:
            hits.append((match.start(), name))
    for pattern, suffix in ((NAMND_RE, "en"), (CHEF_RE, "")):
        match = pattern.search(text)
        if match:
            hits.append((match.start(), match.group(1).lower() + suffix))
    return min(hits)[1] if hits else None


def find_paragraph(text: str) -> str | None:
    """ "§ 87" from "2021-06-14, § 87" or "§87"."""
    match = re.search(r"§\s*(\d+)", text)
    return f"§ {match.group(1)}" if match else None


_DNR = r"[A-ZÅÄÖ]{1,6}[ ./-]?\d{4}[/:.-]\d{1,5}(?:[.:-]\d{1,5})*"  # KS 2023/45, SBN.2024.12, KS/2019:233
DNR_RE = re.compile(rf"\b(?:dnr|diarienummer|diarienr|d\.nr)\.?\s*:?\s*(?P<v>{_DNR})", re.IGNORECASE)
DNR_VALUE_RE = re.compile(_DNR)


def find_dnr(text: str, labelled: bool = False) -> str | None:
    """A diarienummer such as "KS 2023/45". In running text it must follow "dnr"/"diarienummer";
    after a label, the value itself is the number."""
    if labelled:
        match = DNR_VALUE_RE.search(text)
        return match.group(0) if match else clean_text(text) or None
    found = DNR_RE.search(text)
    return found["v"] if found else None


def publication_of(text: str) -> Publication:
    """Extern/intern from a publication statement ("Extern webb", "Intranät, får inte publiceras externt")."""
    for pattern, publication in PUBLICATION_WORDS:
        if pattern.search(text):
            return publication
    return Publication.UNKNOWN


def doc_type_of(text: str) -> str | None:
    """The document type named by a title or a "Dokumenttyp" value.

    The type is the head word of the title, possibly a compound ("Representationspolicy" ->
    policy) in definite or plural form ("Styrmodellen" -> styrmodell, "Riktlinjer" -> riktlinje).
    """
    lowered = " ".join(text.lower().split())
    for doc_type in DOC_TYPES:
        if " " in doc_type and lowered.startswith(doc_type):
            return doc_type
    words = re.findall(r"[a-zåäö-]+", lowered)
    for word in words[:3]:
        for doc_type in DOC_TYPES:
            forms = [doc_type + ending for ending in TYPE_ENDINGS]
            if doc_type.endswith("a"):  # taxa -> taxor, taxorna
                forms += [doc_type[:-1] + "or", doc_type[:-1] + "orna"]
            if " " not in doc_type and word.endswith(tuple(forms)):
                return doc_type
    return None


def scope_of(text: str) -> str | None:
    """A scope in running-text case: "Hela kommunkoncernen ..." -> "hela kommunkoncernen ...".

    Only the first letter is lowered, and not for an abbreviation ("IT-avdelningen" stays).
    """
    value = clean_text(text)
    if len(value) > 1 and value[0].isupper() and value[1].islower():
        value = value[0].lower() + value[1:]
    return value or None
