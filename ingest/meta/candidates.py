"""Candidates for each field, with where they were read, and the choice among them.

Readers do not decide; they propose. A value carries its **rank** (0: the document says it about
itself, in its header, tail, running lines, a sentence whose subject is the document or its
decision history; 1: a labelled field in the body; 2: a weak hint such as a bare "Datum"), its
reading order and its **group** (the block, line or sentence it came from). The choice prefers the
lower rank, then the earlier value — except for the decision: among the best-ranked decision dates
the latest wins (a revision is the version in force), and the body and § are taken from that same
group, never from another decision. A § or a body that belongs to no dated decision may complete
it; one that belongs to another decision may not.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.meta.decision import Decision
from store.schema import Publication

OPEN_END = "tills vidare"  # valid_to stated as open-ended: known, and None
NOTHING = "inget"  # replaces stated as nothing ("Ersätter: –"): known, and None
FROM_DECISION = "från beslutet"  # valid_from stated as the decision's own day ("gäller från beslutsdagen")

RANK_SELF = 0
RANK_BODY_LABEL = 1
RANK_WEAK = 2


@dataclass(frozen=True)
class Candidate:
    field: str
    value: object
    rank: int
    order: int
    group: str
    source: str  # "sida 1, tabell"
    bare: bool = False  # a body named on its own (a header band), not stated as the decider
    mark: bool = False  # an internal mark ("INTERNT"): decides publication whatever else is said
    link: int | None = None  # the decision a date, body or § was written with (one clause)
    revision: bool = False  # a decision stated as a revision: a later one may replace the adoption


@dataclass
class Candidates:
    items: list[Candidate] = field(default_factory=list)
    versions: dict[str, Decision] = field(default_factory=dict)  # a decision history's rows, by version

    def add(
        self,
        name: str,
        value: object,
        *,
        rank: int,
        group: str,
        source: str,
        bare: bool = False,
        mark: bool = False,
        link: int | None = None,
        revision: bool = False,
    ) -> None:
        if value is None or value == "":
            return
        order = len(self.items)
        self.items.append(Candidate(name, value, rank, order, group, source, bare, mark, link, revision))

    def decision(
        self, decision: Decision | None, *, rank: int, group: str, source: str, revision: bool = False
    ) -> None:
        """Add one decision; its body, date and § stay linked to each other."""
        if decision is None:
            return
        link = len(self.items)
        revised = revision or decision.revision
        for name, value in (
            ("decided_by", decision.body),
            ("decision_date", decision.date),
            ("paragraph", decision.paragraph),
        ):
            self.add(name, value, rank=rank, group=group, source=source, link=link, revision=revised)
        self.add("diarienummer", decision.dnr, rank=rank, group=group, source=source)

    def of(self, name: str) -> list[Candidate]:
        return [c for c in self.items if c.field == name]


def _best(found: list[Candidate]) -> Candidate | None:
    return min(found, key=lambda c: (c.rank, c.bare, c.order)) if found else None


def _the_decision(dates: list[Candidate]) -> Candidate:
    """The document's own decision among its best-ranked decision dates: the first it states
    (its header before its bands and footers), unless it states a later revision."""
    top = min(c.rank for c in dates)
    best = [c for c in dates if c.rank == top]
    plain = sorted(
        (c for c in best if not c.revision), key=lambda c: (c.group.startswith("running"), c.order)
    )
    pool = [c for c in best if c.revision] + plain[:1]
    return max(pool, key=lambda c: (c.value, -c.order))  # type: ignore[no-any-return]


def _same_decision_elsewhere(cands: Candidates, best: Candidate, name: str) -> Candidate | None:
    """The body or § of the chosen decision as another passage states it: the same date (and the
    same §, where both give one) written elsewhere with what the chosen passage leaves out ("2025-11-11,
    § 156" in a sentence, "Beslutsinstans: Kommunstyrelsen" in the band that gives the same date)."""
    paragraphs: dict[int | None, object] = {
        c.link: c.value for c in cands.of("paragraph") if c.link is not None
    }
    own_paragraph = paragraphs.get(best.link)
    same = {
        c.link
        for c in cands.of("decision_date")
        if c.link != best.link
        and c.value == best.value
        and (own_paragraph is None or paragraphs.get(c.link) in (None, own_paragraph))
    }
    groups = {c.group for c in cands.of("decision_date") if c.link in same}
    found = [c for c in cands.of(name) if c.link in same or (c.group in groups and c.link is not None)]
    found = [c for c in found if not c.bare]
    return _best(found)


def _choose_decision(cands: Candidates) -> dict[str, Candidate]:
    chosen: dict[str, Candidate] = {}
    # a bare "Datum" (rank 2) is a decision date only in a block that says who decided
    deciders = {c.group for c in cands.of("decided_by") if not c.bare}
    dates = [c for c in cands.of("decision_date") if c.rank < RANK_WEAK or c.group in deciders]
    dated_groups = {c.group for c in dates}
    if dates:
        best = _the_decision(dates)
        chosen["decision_date"] = best
        others = {c.link for c in dates if c.group == best.group and c.link != best.link}
        for name in ("decided_by", "paragraph"):
            # from the chosen decision itself, else from its group but not from another decision in it
            own = [c for c in cands.of(name) if c.group == best.group and c.link == best.link]
            near = [c for c in cands.of(name) if c.group == best.group and c.link not in others]
            if others and name == "paragraph":
                near = [c for c in near if c.link is not None]
            pick = (
                _best(own)
                or _best(near)
                or _best(
                    [c for c in cands.of(name) if c.group not in dated_groups and not c.bare and c.rank <= 1]
                )
            )
            if pick is None:
                pick = _same_decision_elsewhere(cands, best, name)
            if pick is not None:
                chosen[name] = pick
    else:
        for name in ("decided_by", "paragraph"):
            pick = _best([c for c in cands.of(name) if not c.bare or name == "decided_by"])
            if pick is not None and not (pick.bare and pick.rank > RANK_SELF):
                chosen[name] = pick
        if "paragraph" in chosen and "decided_by" in chosen:
            if chosen["paragraph"].group != chosen["decided_by"].group:
                del chosen["paragraph"]  # a § is only known with its decision
    return chosen


def choose(cands: Candidates) -> dict[str, Candidate]:
    """One candidate per field that has any (see the module docstring for the order)."""
    chosen = _choose_decision(cands)
    names = {c.field for c in cands.items} - {"decided_by", "decision_date", "paragraph"}
    for name in names:
        found = cands.of(name)
        if name == "publication":
            # a document that marks or states itself internal is internal, whatever else it says
            intern = [c for c in found if c.value is Publication.INTERN and (c.mark or c.rank == RANK_SELF)]
            pick = _best(intern) or _best(found)
        else:
            pick = _best(found)
        if pick is not None:
            chosen[name] = pick
    return chosen


def final_value(candidate: Candidate, chosen: dict[str, Candidate] | None = None) -> object:
    """The value to store: the open-end and nothing markers mean "stated, and no value"; a start
    "from the decision" is the chosen decision date (unknown without one)."""
    if candidate.value == FROM_DECISION:
        decided = (chosen or {}).get("decision_date")
        return decided.value if decided is not None else None
    if candidate.value in (OPEN_END, NOTHING):
        return None
    return candidate.value
