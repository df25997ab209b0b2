"""The styrmodell's document types as a question names them, for all of assistant/ in one place.

A question names a type plainly ("vilken policy gäller?"), inflected ("riktlinjen", "programmet"),
or as the head of a compound ("miljötaxan", "arbetsmiljöpolicyn"). Only types whose compounds are
always documents may be matched as heads: "detaljplan", "datorprogram" and "revision" are not
styrdokument, so plan, program and vision must stand as words of their own.
"""

from __future__ import annotations

import re

DOC_TYPES: tuple[str, ...] = (
    "styrmodell",
    "vision",
    "mål och budget",
    "reglemente",
    "delegationsordning",
    "policy",
    "program",
    "plan",
    "riktlinje",
    "rutin",
    "uppdragsplan",
    "verksamhetsplan",
    "taxa",
    "handlingsplan",
    "strategi",
)

# Inflected forms of each type (base form first).
_FORMS: dict[str, str] = {
    "styrmodell": r"styrmodell(en)?",
    "vision": r"vision(en)?",
    "mål och budget": r"mål och budget",
    "reglemente": r"reglemente(t|n|na)?",
    "delegationsordning": r"delegationsordning(en|ar|arna)?",
    "policy": r"policy(n|er|erna)?",
    "program": r"program(met|men)?",
    "plan": r"plan(en)?",
    "riktlinje": r"riktlinje(n|r|rna)?",
    "rutin": r"rutin(en|er|erna)?",
    "uppdragsplan": r"uppdragsplan(en|er|erna)?",
    "verksamhetsplan": r"verksamhetsplan(en|er|erna)?",
    "taxa": r"tax(a|an|or|orna)",
    "handlingsplan": r"handlingsplan(en|er|erna)?",
    "strategi": r"strategi(n|er|erna)?",
}
# Types whose compounds are documents of the type ("miljötaxan", "representationspolicyn").
_HEADS = ("policy", "taxa", "riktlinje", "reglemente", "delegationsordning", "handlingsplan", "strategi")

# not beside a hyphen: "Plan- och bygglagen" and "TV-program" name no document
_PLAIN = re.compile(r"(?<![\w-])(" + "|".join(_FORMS.values()) + r")\b(?!-)", re.I)
_AS_HEAD = re.compile(r"\w(" + "|".join(_FORMS[t] for t in _HEADS) + r")\b", re.I)

# A word that names a document by its type, for use inside larger patterns.
DOCUMENT_WORD = r"(?:\w*(?:" + "|".join(_FORMS[t] for t in _HEADS) + r")|" + "|".join(_FORMS.values()) + r")"


def named_types(text: str) -> set[str]:
    """Document types ``text`` names: "vilken policy ...", "riktlinjen för ...", "den nya miljötaxan"."""
    found: set[str] = set()
    for m in _PLAIN.finditer(text):
        found |= {t for t, form in _FORMS.items() if re.fullmatch(form, m[1], re.I)}
    for m in _AS_HEAD.finditer(text):
        found |= {t for t in _HEADS if re.fullmatch(_FORMS[t], m[1], re.I)}
    return found


def mentions(text: str, doc_type: str) -> bool:
    """Does ``text`` name ``doc_type`` itself ("planerna beslutas av fullmäktige"), not a longer
    type that contains it ("uppdragsplanen")?"""
    form = _FORMS.get(doc_type)
    return bool(form and re.search(rf"(?<![\w-]){form}(na|erna)?\b", text, re.I))
