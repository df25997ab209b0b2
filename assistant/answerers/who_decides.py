"""Who decides a matter: ranked decision records, the row whose condition the question meets.

Records are ranked by their matter, densely and lexically: through the answer units that hold
them (a table row is one unit; a decision sentence is one) and by BM25 over the matters
themselves, fused by rank. Among the records of the best row, the one whose amount limit admits
the question's amount is the answer; without an amount, every decider of the row is named with
its condition. A question about a document *type* ("vem antar ett program?") is answered by the
records whose matter is that type (the styrmodell's rules), never by one document of the type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer import Citation
from assistant.answerers.base import TYPE_RULE, Context, Draft
from assistant.answerers.facts import score_units
from assistant.citations import cite
from assistant.decisions import RecordIndex, admits, asks_excluded, excluded_cases, in_kronor, settles
from assistant.phrases import (
    CONDITION,
    LEGAL_BASIS,
    NO,
    ROW_DECIDES,
    ROW_DECIDES_TO,
    ROW_ITEM,
    ROW_WHERE,
    YES,
    capitalize,
)
from assistant.question import YESNO, asked_decider, decided_type, last_sentence
from assistant.retrieval import UnitHit
from store.schema import DecisionRecord
from store.vocabulary import BodyMention, acts_within, find_bodies, named_types

RRF_K = 20
UNITS_K = 30
NEXT_ROWS = 8  # how far down the ranking a limit the asked amount meets is looked for
SAME_MATTER = 0.5  # share of a record's matter words another must name to be about the same matter
EXCLUDED_SHARE = 0.5  # share of a left-out case's words the question must name to be that case
QUOTED = {"sv": "I dokumentet: ", "en": "In the document (Swedish): "}


@dataclass(frozen=True)
class Scored:
    record: DecisionRecord
    score: float
    unit: UnitHit | None


_LABEL = re.compile(r"^[^\W\d][\w ]{0,30}?\.?:\s+")  # "Anm.: ", "Delegat: "


def _unit_of(record: DecisionRecord, hits: list[UnitHit]) -> UnitHit | None:
    """The best hit that holds the record: its row, its sentence, or a line of its entry
    ("Delegat: LSS-hl / EC", "Anm.: ..." under "6.1 Beslut om personlig assistans")."""
    for h in hits:
        if record.chunk_id and h.chunk.chunk_id == record.chunk_id:
            text = h.unit.text
            if h.unit.is_row or record.quote[:40] in text or record.matter[:40] in text:
                return h
            line = " ".join(_LABEL.sub("", text).split()).rstrip(".")
            condition = " ".join((record.condition or "").split())
            if len(condition) >= 8 and line in record.quote and condition in line:
                return h  # the entry's remark that states this record's condition
    return None


def rank(ctx: Context, index: RecordIndex, query: str) -> list[Scored]:
    """Records in scope, best first: fused rank of their unit and of their matter."""
    allowed = ctx.search.allowed(ctx.scope, ctx.extra)
    if ctx.only is not None:
        allowed = {d: v for d, v in allowed.items() if d in ctx.only}
    in_scope = {str(i) for i, r in enumerate(index.records) if r.document_id in allowed}
    if not in_scope:
        return []
    hits = ctx.search.units(query, ctx.scope, UNITS_K, extra=ctx.extra, only=set(allowed))
    fused: dict[str, float] = {}
    unit_of: dict[str, UnitHit] = {}
    # the units in the order the fact ranker puts them (retrieval, coverage, a carried body or role)
    unit_rank = {s.hit.unit.unit_id: r for r, s in enumerate(score_units(ctx, hits, query))}
    for i in in_scope:
        h = _unit_of(index.records[int(i)], hits)
        if h is not None:
            unit_of[i] = h
            fused[i] = 1.0 / (RRF_K + unit_rank[h.unit.unit_id] + 1)
    for r, (i, _) in enumerate(index.lexical.search(query, 40, allowed=in_scope)):
        fused[i] = fused.get(i, 0.0) + 1.0 / (RRF_K + r + 1)
    ranked = sorted(fused.items(), key=lambda kv: (-kv[1], int(kv[0])))
    return [Scored(index.records[int(i)], s, unit_of.get(i)) for i, s in ranked]


_EXAMPLES = re.compile(r"\b(?:såsom|till exempel|t\.ex\.|exempelvis|bland annat)\b(?P<list>.*)", re.I)


def _decided_types(matter: str) -> set[str]:
    """The document types a record's matter decides: its head ("Ett program", "Planerna") or a type
    it lists as an example ("principiella frågor, såsom vision, mål och budget")."""
    found = named_types(" ".join(matter.split()[:3]))
    if m := _EXAMPLES.search(matter):
        found |= named_types(m["list"])
    return found


def _norm(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(".")


def _same_title(ctx: Context, a: DecisionRecord, b: DecisionRecord) -> bool:
    da, db = ctx.store.registry.get(a.document_id), ctx.store.registry.get(b.document_id)
    return bool(da and db and (da.meta.title or da.file) == (db.meta.title or db.file))


def _doc_type(ctx: Context, r: DecisionRecord) -> str:
    doc = ctx.store.registry.get(r.document_id)
    return (doc.meta.doc_type or "") if doc else ""


def _same_row(a: DecisionRecord, b: DecisionRecord) -> bool:
    if a.document_id != b.document_id:
        return False
    if a.source == "table" and b.source == "table":
        return (a.number and a.number == b.number) or (a.chunk_id is not None and a.chunk_id == b.chunk_id)
    return a.quote == b.quote


def _same_matter(ctx: Context, a: DecisionRecord, b: DecisionRecord) -> bool:
    """Are two records about one matter: the same section, or a content word of one in the other?"""
    if a.section and a.section == b.section:
        return True
    return ctx.evidence.named_share(ctx.evidence.words(a.matter), b.matter) > 0


def _specificity(r: DecisionRecord, ctx: Context) -> float:
    """How tight a fitting limit is: a higher floor or a lower ceiling says more about the case."""
    if r.limit is None:
        return 0.0
    kr = in_kronor(r.limit.amount, r.limit.unit, ctx.scope.as_of) or r.limit.amount
    return kr if r.limit.bound == "min" else -kr


def _fits(ctx: Context, r: DecisionRecord) -> bool | None:
    """Does the question's amount or other quantity meet the record's condition? None: no test."""
    verdicts: list[bool] = []
    if r.limit is not None:
        for amount in ctx.q.amounts:
            if (ok := admits(r.limit, amount, ctx.scope.as_of)) is not None:
                verdicts.append(ok)
    if (ok := settles(ctx.q.text, f"{r.condition or ''} {r.matter}", ctx.scope.as_of)) is not None:
        verdicts.append(ok)
    if cases := excluded_cases(r.condition or ""):
        asked = ctx.evidence.words(ctx.q.text)
        if any(
            ctx.evidence.named_share(asked, case) >= EXCLUDED_SHARE and asks_excluded(ctx.q.text, case)
            for case in cases
        ):
            verdicts.append(False)  # the asker's case is one the condition leaves out
    return all(verdicts) if verdicts else None


def choose(ctx: Context, scored: list[Scored]) -> list[DecisionRecord]:
    """The records of the best row, narrowed to the one whose limit or condition the question's
    amount or quantity meets (the tightest such limit, when several do)."""
    best = scored[0].record
    row = [s.record for s in scored if _same_row(s.record, best)]
    if ctx.scope.filters.include_repealed:
        # the user asked to see repealed versions too: the same matter in each other version
        seen = {best.document_id}
        for s in scored:
            r = s.record
            if (
                r.document_id not in seen
                and _norm(r.matter) == _norm(best.matter)
                and _same_title(ctx, r, best)
            ):
                row.append(r)
                seen.add(r.document_id)
    verdicts = {id(r): _fits(ctx, r) for r in row}
    if any(v is not None for v in verdicts.values()):
        fits = [r for r in row if verdicts[id(r)]]
        if fits:
            chosen = sorted(fits, key=lambda r: -_specificity(r, ctx))[:1]
            return _delegated_below(ctx, chosen[0], scored) or chosen
        unbounded = [r for r in row if verdicts[id(r)] is None]
        if unbounded:
            return unbounded[:1]  # beyond every limit: the decider without one (often the nämnd)
        # the asked amount is outside every limit of the best row: the same document states the
        # other side in another sentence or row ("Bidrag upp till 20 000 kr beslutas av ..."); of
        # those rows, the tightest limit that admits it (rows of amounts: "Upp till 50 000 kr | ...")
        others = [
            s.record
            for s in scored[1:NEXT_ROWS]
            if s.record.document_id == best.document_id
            and _same_matter(ctx, best, s.record)
            and _fits(ctx, s.record)
        ]
        if others:
            return sorted(others, key=lambda r: -_specificity(r, ctx))[:1]
    return row[:3]


def _delegated_below(ctx: Context, chosen: DecisionRecord, scored: list[Scored]) -> list[DecisionRecord]:
    """A record of another document, close behind in the ranking, about the same matter, whose
    tighter limit the asked amount also meets: the level the right was delegated to ("Styrelsen får
    sälja mark upp till 5 miljoner" in the reglemente, "KSAU: försäljning av mark upp till 2
    miljoner" in the delegationsordning: for 1,5 miljoner, KSAU decides)."""
    if chosen.limit is None:
        return []
    tighter = [
        s.record
        for s in scored[1:NEXT_ROWS]
        if s.record.document_id != chosen.document_id
        and s.record.limit is not None
        and _specificity(s.record, ctx) > _specificity(chosen, ctx)
        and ctx.evidence.named_share(ctx.evidence.words(chosen.matter), s.record.matter) >= SAME_MATTER
        and _fits(ctx, s.record)
    ]
    return sorted(tighter, key=lambda r: -_specificity(r, ctx))[:1]


def sentence(r: DecisionRecord, title: str, language: str) -> str:
    """ "Bygglovshandläggare (BLH) beslutar om rivningslov enligt X (punkt B.4). Villkor: ..." """
    who = capitalize(r.decider + (f" ({r.decider_code})" if r.decider_code else ""))
    matter = r.matter.rstrip(". ")
    matter = matter[:1].lower() + matter[1:]
    for prefix in ("beslut om ", "beslut att ", "beslut i "):
        if matter.startswith(prefix):
            matter = ("att " if prefix == "beslut att " else "") + matter[len(prefix) :]
            break
    where = ROW_WHERE[language].format(title=title) + (
        ROW_ITEM[language].format(n=r.number) if r.number else ""
    )
    frame = ROW_DECIDES_TO if matter.startswith("att ") else ROW_DECIDES
    text = frame[language].format(who=who, matter=matter, where=where)
    if r.condition:
        text += f" {CONDITION[language]}: {r.condition.rstrip('.')}."
    if r.lagrum:
        text += f" {LEGAL_BASIS[language]}: {r.lagrum.rstrip('.')}."
    return text


def _citation(ctx: Context, r: DecisionRecord, hit: UnitHit | None) -> Citation | None:
    doc = ctx.store.registry.get(r.document_id)
    if doc is None:
        return None
    chunk = hit.chunk if hit else (ctx.search.chunk(r.chunk_id) if r.chunk_id else None)
    if chunk is None:
        chunks = ctx.store.registry.chunks(r.document_id)
        chunk = next(
            (c for c in chunks if c.page_start <= r.page <= c.page_end), chunks[0] if chunks else None
        )
    if chunk is None:
        return None
    return cite(doc, ctx.store.registry.status(doc, ctx.scope.as_of), chunk, r.quote)


# the subject of a yes/no question stands after its verb: "Får en förvaltningschef ...", "Kan AU ..."
_SUBJECT = re.compile(
    r"^\s*(?:får|kan|måste|ska|skall|bör|beslutar|fattar|bestämmer|har)\s+(?:(?:en|ett|den|det)\s+)?", re.I
)


def _actor_words(text: str) -> list[str]:
    """The words of the body or role a yes/no question asks about, as written, when it stresses it
    ("Är det kommunstyrelsen som beslutar om ...?", as a past claim asked whether it still holds is
    read)."""
    asked = last_sentence(text)
    span = asked_decider(asked)
    return asked[span[0] : span[1]].split() if span else []


def _asked_role(ctx: Context, matter: str) -> str | None:
    """The body or role a yes/no question asks about ("får enhetschefen bevilja ...?"), if any: its
    subject, even when the matter names it too ("Får en förvaltningschef attestera
    förvaltningschefs egna utgifter?"); else the first one the matter does not name."""
    text = ctx.q.text
    bodies = find_bodies(text)
    if (m := _SUBJECT.match(text)) and bodies and bodies[0].start == m.end():
        end = bodies[0].end
        if len(bodies) > 1 and bodies[0].text.lower().endswith("s") and text[end : bodies[1].start] == " ":
            end = bodies[1].end  # "lönenämndens arbetsutskott": one body
        return text[bodies[0].start : end].lower()
    for b in bodies:
        if b.text.lower() not in matter.lower():
            return b.name
    return None


_DEFINITE = frozenset({"", "en", "et", "n", "t", "na", "arna", "erna"})  # "chef(en)", "utskott(et)"


def _parts(phrase: str) -> list[tuple[str | None, BodyMention]]:
    """The bodies or roles a phrase names, each with its owner when it has one ("lönenämndens
    arbetsutskott" -> (lönenämnden, arbetsutskott)); alternatives ("FC eller EC") are one each."""
    out: list[tuple[str | None, BodyMention]] = []
    for part in re.split(r"\s+(?:eller|och|samt)\s+|,\s*|\s*/\s*", phrase):
        found = find_bodies(part)
        if not found:
            continue
        head = found[-1]
        owner = found[-2].name if len(found) > 1 and found[-2].text.lower().endswith("s") else None
        out.append((owner, head))
    return out


def _same_body(asked: str, decider: str) -> bool:
    """Is the asked body the decider (or one of its alternatives, "förvaltningschef eller
    enhetschef"), or one of the officials a collective decider stands for? A body named with its
    owner is its head: "lönenämndens arbetsutskott" is no "lönenämnden", and no other nämnd's
    arbetsutskott."""
    asked_parts, decider_parts = _parts(asked), _parts(decider)
    if not asked_parts or not decider_parts:
        return asked.lower() == decider.lower() or acts_within(asked, decider)
    for owner_a, a in asked_parts:
        for owner_b, b in decider_parts:
            wa, wb = a.text.lower(), b.text.lower()
            short, long_ = sorted((wa, wb), key=len)
            definite = len(short) >= 6 and long_.startswith(short) and long_[len(short) :] in _DEFINITE
            if (a.name == b.name or definite) and (owner_a is None or owner_b is None or owner_a == owner_b):
                return True  # "arbetsutskott(et)": one word in two forms
    return acts_within(asked, decider)


def may_decide(ctx: Context, role: str, chosen: list[DecisionRecord]) -> bool:
    """Yes/no: the asked role decides, and the asked case is within its limit or condition ("Får
    bibliotekschefen stänga av en låntagare i ett helt år?" — högst 6 månader: no)."""
    return any(_same_body(role, r.decider) and _fits(ctx, r) is not False for r in chosen)


def answer(ctx: Context) -> Draft | None:
    q = ctx.q
    index = ctx.decisions
    if index is None or not index.records:
        return None
    query = f"{q.search_text} {q.gloss}".strip()
    words = ctx.words  # what the records' matters are judged against
    if q.answer_type == YESNO and (actor := _actor_words(q.text)):
        # "Är det förvaltningschefen som beslutar om visionen?": the records are looked up by the
        # matter; who decides it is then compared with the asked role, which the matter need not name
        query = re.sub(rf"\b(?:{'|'.join(map(re.escape, actor))})\b", " ", query, flags=re.I).strip() or query
        said = {w.lower() for w in actor}
        words = [w for w in ctx.words if w.token.lower() not in said] or ctx.words
    scored = rank(ctx, index, query)
    decided = decided_type(f"{q.text} {q.gloss}") if ctx.kind == TYPE_RULE else None
    types = named_types(decided) if decided else set()
    if types:
        # "vem fastställer ett program?": the records whose matter is the type (the styrmodell's rules)
        typed = [
            s
            for s in scored
            if types & _decided_types(s.record.matter)  # the type is what is decided
            and _doc_type(ctx, s.record) not in types  # a document of the type states its own adoption only
        ]
        scored = typed  # the rule for the type, or no answer: a rule inside some document is not it
    if not scored:
        return None
    chosen = choose(ctx, scored)
    titles = {}
    for r in chosen:
        doc = ctx.store.registry.get(r.document_id)
        titles[r.document_id] = (doc.meta.title if doc else None) or r.file
    lines = [sentence(r, titles[r.document_id], ctx.language) for r in chosen]
    hits = {s.record: s.unit for s in scored}
    cites = [c for r in chosen if (c := _citation(ctx, r, hits.get(r))) is not None]
    if not cites:
        return None
    text = lines[0] if len(lines) == 1 else "\n".join(f"- {x}" for x in lines)
    quotes = list(dict.fromkeys(r.quote for r in chosen if r.quote))
    if quotes:  # the row or sentence as printed, so the reader can check it on the page
        text += "\n" + QUOTED[ctx.language] + " ".join(f"»{q}»" for q in quotes)
    if q.answer_type == YESNO and (role := _asked_role(ctx, chosen[0].matter)):
        text = (YES if may_decide(ctx, role, chosen) else NO)[ctx.language] + text
    top = scored[0]
    margin = top.score - scored[1].score if len(scored) > 1 else top.score
    matter_text = " ".join(f"{r.matter} {r.condition or ''} {r.section}" for r in chosen)
    signals = {
        "record_score": top.score,
        "record_margin": margin,
        "support": ctx.evidence.support(words, f"{matter_text} {' '.join(c.title for c in cites)}"),
        "unit_dense": top.unit.dense if top.unit else 0.0,
        "unit_agree": float(
            bool(top.unit and 0 <= top.unit.dense_rank < 3 and 0 <= top.unit.lexical_rank < 3)
        ),
        "typed": float(bool(types)),
        "amount_met": float(any(_fits(ctx, r) for r in chosen)),
        "matter_cover": max(ctx.evidence.named_share(words, r.matter) for r in chosen),
    }
    # the rule for a document type is the record whose matter is the type: a structural match
    return Draft(
        text, cites, "who_decides", signals, sure=bool(types), hits=tuple(h for h in hits.values() if h)[:5]
    )
