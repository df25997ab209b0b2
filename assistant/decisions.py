"""Decision records as the assistant reads them: who decides which matter, with amount limits.

Records come from the registry (built at ingest from delegation tables and decision statements in
prose, limits parsed there). Amounts are compared in one unit: a limit in prisbasbelopp meets an
asker's amount in kronor through the prisbasbelopp of the question's year (``store/vocabulary.toml``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from assistant.question import Amount
from store.lexical import LexicalIndex
from store.registry import Registry
from store.schema import DecisionRecord, Limit
from store.vocabulary import number_value, prisbasbelopp, quantity_pattern


@dataclass(frozen=True)
class Quantity:
    """A figure with its unit and, when the text bounds it, the bound ("över 120 timmar")."""

    value: float
    unit: str
    bound: str | None  # "max" (upp till, högst), "min" (över, mer än) or None


def quantities(text: str) -> list[Quantity]:
    """The quantities in ``text`` in the vocabulary's units (not money: see :func:`admits`)."""
    pattern, units, bounds = quantity_pattern()
    out = []
    for m in pattern.finditer(text or ""):
        value = number_value(m["n"])
        bound = bounds.get(m["bound"].lower()) if m["bound"] else None
        out.append(Quantity(value, units[m["unit"].lower()], bound))
    return out


def meets(condition: Quantity, asked: Quantity) -> bool | None:
    """Does the asker's quantity fall within the condition's bound? None when they do not compare."""
    if condition.unit != asked.unit or condition.bound is None:
        return None
    value = asked.value + (1e-6 if asked.bound == "min" else 0.0)  # "mer än 120" is above 120
    return value <= condition.value if condition.bound == "max" else value > condition.value


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
    if limit.floor is not None:
        floor = limit.floor if limit.unit == amount.unit else in_kronor(limit.floor, limit.unit, on)
        if floor is not None and a < floor:
            return False  # below the range: "10 000–49 999 kr" does not admit 5 000 kr
        if floor is not None and limit.bound == "min":
            return True  # "200 000 kr eller mer" admits 200 000 kr
    return a <= b if limit.bound == "max" else a > b


def records(registry: Registry) -> list[DecisionRecord]:
    """Every decision record of the store (built at ingest, see ``ingest/decisions.py``)."""
    return registry.decisions()


class RecordIndex:
    """The store's decision records with BM25 over their matters, built once per generation."""

    def __init__(self, records: list[DecisionRecord]) -> None:
        self.records = records
        self.lexical = LexicalIndex.build(
            [(str(i), f"{r.matter} {r.condition or ''} {r.section}") for i, r in enumerate(records)]
        )
