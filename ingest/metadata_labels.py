"""The words styrdokument use for their own metadata: labels, deciding bodies, document types.

Kept apart from :mod:`ingest.metadata` because this is vocabulary, not logic: when a new document
writes "Beslutande organ" instead of "Beslutad av", the fix is one line here.
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
    ("review_date", r"revideras senast|revideras|aktualitetsprövas senast|aktualitetsprövas|aktualitetsprövning"
                    r"|nästa revidering|revidering|ses över senast"),
]  # fmt: skip

LABEL_RES: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(rf"^\s*(?:{pattern})(?=\s|:|$)\s*:?\s*", re.IGNORECASE)) for name, pattern in LABELS
]

# Deciding bodies: pattern -> normalised name, as lower-case Swedish, indefinite for roles.
# The abbreviations are the ones styrdokument use in footers ("Fastställd av KS 2023-02-01").
BODIES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bKF\b|\b(?:kommun)?fullmäktige\b", re.IGNORECASE), "kommunfullmäktige"),
    (re.compile(r"\bKS\b(?!\s*\d{4})|\bkommunstyrelse(?:n|ns)?\b", re.IGNORECASE), "kommunstyrelsen"),
    (re.compile(r"\bSBN\b(?!\s*\d{4})"), "samhällsbyggnadsnämnden"),
    (re.compile(r"\bSN\b(?!\s*\d{4})"), "socialnämnden"),
    (re.compile(r"\bBUN\b(?!\s*\d{4})"), "barn- och utbildningsnämnden"),
    (re.compile(r"\bKFN\b(?!\s*\d{4})"), "kultur- och fritidsnämnden"),
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
TYPE_ENDINGS = ("", "en", "n", "et", "t", "r", "er", "na", "erna", "rna")

PUBLICATION_WORDS: list[tuple[re.Pattern[str], Publication]] = [
    (re.compile(r"intran[äa]t|\binsida|\bintern(?!et)|\bej extern|\binte extern|\binte publiceras externt"
                r"|\bendast för anställda", re.IGNORECASE), Publication.INTERN),
    (re.compile(r"\bextern|\bwebb|\bhemsida|\bwebbplats|\boffentlig|\bkommunens webb", re.IGNORECASE),
     Publication.EXTERN),
]  # fmt: skip

# Lines that are never a title: markers and the municipality's name on a cover or letterhead.
NOT_TITLE_RE = re.compile(
    r"fiktivt testdokument|^sida \d+|^\d+$|^[A-ZÅÄÖ][\wåäö]+(?:s)? kommun$|^www\.|@", re.IGNORECASE
)
