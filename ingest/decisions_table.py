"""Decision rights from delegation-table rows: one record per decider, each with its own limit.

A row's condition cell often names more than one decider: "Högst 100 000 kr. Över 100 000 kr:
nämndens ordförande", "Upp till 5 prisbasbelopp. Däröver: AU", "Principiella ärenden: AU", "Med
vite: MC", "högre belopp beslutas av nämnden". Each such clause becomes a record of its own (the
clause is its condition); what remains is the condition of the row's delegate. A limit left implicit
is completed from the other side: above "högst 5 pbb" ("Däröver") lies "över 5 pbb", and a delegate
whose row sends "Över 5 prisbasbelopp" elsewhere decides up to 5.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.deciders import Decider, DeciderReader
from ingest.decisions_text import statements
from store.limits import complement, means_beyond, parse_limit
from store.schema import Limit
from store.vocabulary import quantity_pattern

_CLAUSE = re.compile(r"(?<=[.;])\s+(?=[A-ZÅÄÖ0-9])|;\s*")
_BOUND_FIRST = re.compile(
    r"(?:upp till|högst|över|under|till och med|t\.o\.m\.|mer än|maximalt|max|\d)", re.I
)
_BEYOND_THEN = re.compile(r"^(\S+(?:\s+\S+)?)[:,]?\s+")  # "Därutöver TN", "Högre belopp: KS"
_BEYOND_WORD = re.compile(r"^(\S+)[:,]?\s+")  # "därutöver SC upp till 2 prisbasbelopp"
_ALT = re.compile(r"^(?P<cond>(?:(?!:\s).){2,80}?):\s+(?P<who>(?:(?!:\s).){1,80}?)\.?$")  # "1:e SS" has a ":"


@dataclass(frozen=True)
class RowDecision:
    """One decider of a row, with the condition and limit that apply to it."""

    decider: Decider
    condition: str | None
    limit: Limit | None


def row_decisions(delegate: str, condition: str | None, reader: DeciderReader) -> list[RowDecision]:
    """The deciders of one row: its delegate (with what is left of the condition) and every other
    decider its condition names.

    >>> r = DeciderReader({"SBC": "samhällsbyggnadschef"})
    >>> [(d.decider.name, d.condition, d.limit and d.limit.bound)
    ...  for d in row_decisions("SBC", "Högst 100 000 kr. Över 100 000 kr: nämndens ordförande.", r)]
    [('samhällsbyggnadschef', 'Högst 100 000 kr', 'max'), ('nämndens ordförande', 'Över 100 000 kr', 'min')]
    """
    main = reader.cell(delegate) if delegate.strip() else None
    kept: list[str] = []
    others: list[RowDecision] = []
    last: Limit | None = None  # the limit of the clause before: "Därutöver" lies beyond it
    for clause in _clauses(condition or ""):
        other = _other_decider(clause, reader)
        if other is None:
            kept.append(clause)
            last = parse_limit(clause) or last
            continue
        who, cond = other
        limit = parse_limit(cond)
        if limit is not None and limit.bound == "max" and last is not None and last.bound == "max":
            periods = {_period(" ".join(kept)), _period(cond)} - {None}
            same_period = len(periods) <= 1  # "per tillfälle" against "per år" are no range
            if last.unit == limit.unit and last.amount < limit.amount and limit.floor is None and same_period:
                limit = Limit(limit.amount, limit.unit, "max", floor=last.amount)  # from the limit before it
                cond = f"{cond} (över {last.amount_text()})"
        if limit is None and means_beyond(cond):
            base = last or parse_limit(" ".join(kept))
            limit = complement(base) if base else None
            if base:
                cond = f"{cond} ({'över' if base.bound == 'max' else 'under'} {base.amount_text()})"
            elif other_side := _beyond_quantity(" ".join(kept)):
                cond = f"{cond} ({other_side})"  # "Högst 3 månader. Längre tid: FRC"
        others.append(RowDecision(who, cond.rstrip(" ."), limit))
        last = limit or last
    main_condition = " ".join(kept).rstrip(" .") or None
    main_limit = parse_limit(main_condition or "")
    if main_limit is None:
        mins = [o.limit for o in others if o.limit and o.limit.bound == "min"]
        main_limit = complement(mins[0]) if len(mins) == 1 and not kept else None
    if main and not kept and _each_named(main, others):
        main = None  # "AC-L eller MC" with "AC-L: högst 50 000 kr. MC: högst 200 000 kr": each has its own
    out = [RowDecision(main, _expand(main_condition, reader), main_limit)] if main else []
    return out + [RowDecision(o.decider, _expand(o.condition, reader), o.limit) for o in others]


def _each_named(main: Decider, others: list[RowDecision]) -> bool:
    """Does the condition give each of the row's alternative deciders a clause of its own?"""
    parts = main.name.split(" eller ")
    return len(parts) > 1 and set(parts) <= {o.decider.name for o in others}


def _period(text: str) -> str | None:
    """What an amount is counted per ("per år", "per tillfälle"), if the text says."""
    m = re.search(r"\bper\s+(\w+)", text, re.I)
    return m.group(1).lower() if m else None


def _beyond_quantity(text: str) -> str | None:
    """The other side of the first bounded quantity in ``text``: "högst 3 månader" -> "över 3
    månader", so that an asker's "fyra månader" meets the decider of the longer time."""
    pattern, _, bounds = quantity_pattern()
    for m in pattern.finditer(text):
        if m["bound"]:
            word = "över" if bounds.get(m["bound"].lower()) == "max" else "under"
            return f"{word} {m['n']} {m['unit']}"
    return None


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE.split(" ".join(text.split())) if c.strip()]


def _other_decider(clause: str, reader: DeciderReader) -> tuple[Decider, str] | None:
    """("Över 100 000 kr: nämndens ordförande") -> (the ordförande, "Över 100 000 kr"); a clause in
    prose ("högre belopp beslutas av nämnden") the same way; None for a plain condition."""
    m = _ALT.match(clause)
    if m:
        who = reader.phrase_at(m.group("who"), 0)
        if who and not m.group("who")[who.end :].strip(" .,"):
            return who, m.group("cond").strip()
    said = statements(clause, reader)
    if said:
        return said[0].decider, said[0].matter if said[0].condition is None else said[0].condition
    if (lead := reader.phrase_at(clause, 0)) is not None and (rest := clause[lead.end :].strip(" .,:")):
        labelled = clause[lead.end :].lstrip().startswith(":")  # "MC: vite högst 200 000 kr"
        bounded = (labelled or _BOUND_FIRST.match(rest)) and not re.search(
            r"\b(?:ska|skall|får|kan|anmäls|informeras)\b", rest
        )
        if bounded and (parse_limit(rest) or quantity_pattern()[0].search(rest)):
            return lead, rest  # "TNAU upp till 5 000 000 kr": the decider first, then its limit
    for lead_in in (_BEYOND_WORD, _BEYOND_THEN):
        if (beyond := lead_in.match(clause)) and (who := reader.phrase_at(clause, beyond.end())):
            rest = clause[who.end :].strip(" .,")
            if not rest and means_beyond(beyond.group(1)):
                return who, beyond.group(1)  # "Därutöver TN"
            if means_beyond(beyond.group(1)) and _BOUND_FIRST.match(rest) and parse_limit(rest):
                return who, f"{beyond.group(1)} {rest}"  # "därutöver SC upp till 2 prisbasbelopp"
    return None


def _expand(condition: str | None, reader: DeciderReader) -> str | None:
    """The condition with the legend's codes spelled out ("Vid förfall för Ordf" -> "... för
    nämndens ordförande"), so that it reads without the legend."""
    if not condition or not reader.legend:
        return condition
    codes = "|".join(re.escape(c) for c in sorted(reader.legend, key=len, reverse=True))
    return re.sub(rf"(?<![\wåäöÅÄÖ])({codes})(?![\wåäöÅÄÖ])", lambda m: reader.legend[m.group(1)], condition)
