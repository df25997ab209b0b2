"""Decision records as the assistant reads them: who decides which matter, with amount limits.

Records come from the registry (built at ingest from delegation tables and decision statements in
prose). Amount limits are compared in one unit: a limit in prisbasbelopp meets an asker's amount
in kronor through the prisbasbelopp of the question's year (``store/vocabulary.toml``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from assistant.question import Amount
from store.lexical import LexicalIndex
from store.registry import Registry
from store.schema import DecisionRecord, Limit
from store.vocabulary import prisbasbelopp

_LIMIT = re.compile(
    r"\b(?P<bound>upp till|högst|till och med|t\.o\.m\.|max(?:imalt)?|under|mindre än|understigande|"
    r"över|överstigande|mer än|minst|från)\s+(?P<n>\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?:,\d+)?)\s*"
    r"(?P<unit>kr\b|kronor|tkr|prisbasbelopp|pbb\b|basbelopp|inkomstbasbelopp|ibb\b)",
    re.I,
)
_UNITS = {
    "kr": "kr", "kronor": "kr", "tkr": "kr", "prisbasbelopp": "prisbasbelopp", "pbb": "prisbasbelopp",
    "basbelopp": "prisbasbelopp", "inkomstbasbelopp": "inkomstbasbelopp", "ibb": "inkomstbasbelopp",
}  # fmt: skip
_MIN_WORDS = ("över", "överstigande", "mer än", "minst", "från")


def limit_in(text: str) -> Limit | None:
    """The first amount limit ``text`` states ("upp till 5 prisbasbelopp", "över 100 000 kr")."""
    m = _LIMIT.search(text or "")
    if m is None:
        return None
    amount = float(re.sub(r"[ \u00a0]", "", m["n"]).replace(",", "."))
    unit = m["unit"].lower()
    if unit == "tkr":
        amount *= 1000
    bound = "min" if m["bound"].lower() in _MIN_WORDS else "max"
    return Limit(amount, _UNITS[unit], bound)  # type: ignore[arg-type]


def in_kronor(value: float, unit: str, on: dt.date) -> float | None:
    if unit == "kr":
        return value
    if unit == "prisbasbelopp" and (pbb := prisbasbelopp(on.year)):
        return value * pbb
    return None


def admits(limit: Limit, amount: Amount, on: dt.date) -> bool | None:
    """Does ``limit`` admit ``amount``? None when the two cannot be compared (unknown conversion)."""
    if limit.unit == amount.unit:
        a, b = amount.value, limit.amount
    else:
        a2, b2 = in_kronor(amount.value, amount.unit, on), in_kronor(limit.amount, limit.unit, on)
        if a2 is None or b2 is None:
            return None
        a, b = a2, b2
    return a <= b if limit.bound == "max" else a > b


def from_rows(registry: Registry, document_ids: Sequence[str] | None = None) -> list[DecisionRecord]:
    """Records from delegation-table rows, codes expanded by each document's own legend (for stores
    whose registry has no decision records of its own)."""
    legend: dict[str, dict[str, str]] = {}
    for a in registry.abbreviations():
        legend.setdefault(a.document_id, {})[a.abbreviation] = a.expansion
    docs = {d.document_id: d for d in registry.documents()}
    out = []
    for row in registry.delegation_rows(document_ids):
        doc = docs.get(row.document_id)
        if doc is None:
            continue
        codes = legend.get(row.document_id, {})
        decider = codes.get(row.delegate.strip(), row.delegate)
        quote = " | ".join(v.strip() for v in row.cells.values() if v and v.strip()) or row.matter
        out.append(
            DecisionRecord(
                matter=row.matter,
                decider=decider[:1].lower() + decider[1:] if decider[:2].isupper() is False else decider,
                decider_code=row.delegate.strip() if row.delegate.strip() in codes else None,
                condition=row.condition,
                limit=limit_in(row.condition or ""),
                lagrum=row.legal_basis,
                document_id=row.document_id,
                file=doc.file,
                page=row.page,
                section=row.section,
                source="table",
                quote=quote,
                number=row.number,
                chunk_id=row.chunk_id,
            )
        )
    return out


def records(registry: Registry) -> list[DecisionRecord]:
    """Every decision record of the store."""
    own = getattr(registry, "decisions", None)
    if callable(own):
        return list(own())
    return from_rows(registry)


class RecordIndex:
    """The store's decision records with BM25 over their matters, built once per generation."""

    def __init__(self, records: list[DecisionRecord]) -> None:
        self.records = records
        self.lexical = LexicalIndex.build(
            [(str(i), f"{r.matter} {r.condition or ''} {r.section}") for i, r in enumerate(records)]
        )
