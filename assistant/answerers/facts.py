"""Facts inside documents: the sentence or table row that carries a value of the expected type.

Units (sentences and rows) are retrieved densely and lexically and fused by rank; each is then
scored by that rank, by how much of the question's weighted content words it covers in its place
(with its document's title and section), and by whether it carries a value of the type the
question expects (a date for "när", an amount for "hur mycket", a span of time for "hur länge", a
body or role for "vem"). The answer is the best unit, the sentence that continues it, and the
next two best units of the same document unless the ranker rates them far below the first (of
another document, only when close behind) — at most :data:`MAX_CHARS` characters of quotes: the
ranker puts the answering unit first about 0.7 of the time and among the first three about 0.9 of
the time, so the next quotes often hold what the first misses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant import polarity
from assistant.answerers.base import Context, Draft
from assistant.citations import cite
from assistant.compose_registry import label
from assistant.decisions import settles
from assistant.models import Model, load_ranker
from assistant.phrases import ACCORDING, NO, OTHER_VERSION, YES
from assistant.question import (
    AMOUNT,
    BODY,
    DATE,
    DURATION,
    EMAIL,
    FREQUENCY,
    NUMBER,
    PHONE,
    PLACE,
    TEXT,
    WHO_DECIDES,
    YESNO,
)
from assistant.retrieval import UnitHit
from assistant.targets import lineage
from store.units import Unit
from store.vocabulary import decision_verb_patterns, document_word, find_bodies

UNITS_K = 16
MAX_CHARS = 560  # of quoted text; with the frame and notes an answer stays under 800 characters
RRF_SCALE = 61.0  # 1 / (RRF_K + 1): a unit first in both searches scores 2.0 after scaling

_DATE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}(:e)? (januari|februari|mars|april|maj|juni|juli|augusti|september|"
    r"oktober|november|december)\b|\b(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
    r"november|december) \d{4}\b|\b(senast|före|efter|från och med|till och med|den) \d{1,2}[/.]\d{1,2}\b",
    re.I,
)
_AMOUNT = re.compile(
    r"\d[\d \u00a0]*(,\d+)?\s*(kr\b|kronor|mnkr|tkr|miljoner|procent|%|prisbasbelopp|pbb\b|basbelopp|"
    r"inkomstbasbelopp|öre)",
    re.I,
)
_DURATION = re.compile(
    r"\b(\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|fjorton|femton|tjugo|trettio|sextio|nittio)"
    r"\s+(\w+\s+)?(arbetsdagar|arbetsdag|dagar|dag|dygn|veckor|vecka|månader|månad|år|timmar|timme|minuter)\b",
    re.I,
)
_MONEY = re.compile(
    r"\d[\d \u00a0]*(,\d+)?\s*(kr\b|kronor|mnkr|tkr|(?:miljoner|miljarder)\s+(?:kr\b|kronor)|prisbasbelopp|"
    r"pbb\b|basbelopp|"
    r"inkomstbasbelopp|öre)|\bavgiftsfri\w*|\bingen avgift|\bkostnadsfri\w*|\bgratis\b",
    re.I,
)
# figures that count nothing: a statute ("(2010:1622)", "9 kap. 34 §"), a § or point, a date, a year,
# a clock time, a telephone number
_NOT_A_COUNT = re.compile(
    r"\(\d{4}:\d+\)|\d+\s*kap\.|§\s*\d+\w?|\d+\s*§|\b\d{4}-\d{2}-\d{2}\b|\b(19|20)\d\d\b|"
    r"\b\d{1,2}[.:]\d{2}\b|(?<![\d+])(?:\+46[\s-]?|0)\d[\d\s–-]{5,13}\d(?!\d)|\b[A-ZÅÄÖ]{2,4}\s?\d+(\.\d+)*\b"
)
_NUMBER = re.compile(  # not "en"/"ett", which are articles far more often than numbers
    r"\d|\b(två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo|trettio|hundra|tusen|"
    r"halva|hälften|dubbelt)\b",
    re.I,
)
_FREQUENCY = re.compile(  # "en gång per mandatperiod", "två gånger om året", "årligen", "varje kvartal"
    r"\b(gång|gånger|times?|once|twice)\b|\b(per|varje|var|om|i)\s+(år|året|månad|månaden|vecka|veckan|"
    r"kvartal|kvartalet|termin|terminen|mandatperiod|mandatperioden|dag|dagen)\b|"
    r"\b(årligen|årlig|årliga|dagligen|veckovis|månadsvis|kvartalsvis|terminsvis|löpande|annually|yearly)\b",
    re.I,
)
_PHONE = re.compile(r"(?<![\d+])(?:\+46[\s-]?|0)\d[\d\s–-]{5,13}\d(?!\d)")  # 0583-810 00, 070-123 45 67
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_PLACE = re.compile(
    r"\b(www\.|https?://|\w+\.se\b|intranät\w*|webbplats\w*|hemsida\w*|adress\w*|kontaktcenter\w*|"
    r"reception\w*|\w+gatan\b|\w+vägen\b)",
    re.I,
)
# the question compares versions: the other version's matching sentence is quoted beside this one's
COMPARES = re.compile(
    r"\b(ändrats|ändrades|ändrat|förändrats|förändrades|skillnad|skillnaden|skillnader|jämfört med|höjts|"
    r"höjdes|sänkts|sänktes|changed|differ|difference)\b|\b(förra|tidigare|gamla|old|previous|earlier)\s+(\w+\s+)?"
    rf"{document_word()}",
    re.I,
)
OTHER_VERSION_SUPPORT = 0.35  # the other version's sentence must be about the same thing
_CONTINUES = re.compile(
    r"^(den|det|detta|dessa|de|där|då|därefter|sedan|i stället|istället|men|dock|om|även|också|vid|för)\b",
    re.I,
)


_DECIDING = re.compile(
    rf"\b({decision_verb_patterns()['active']}|{decision_verb_patterns()['passive']}|"
    rf"{decision_verb_patterns()['done']}|delegat\w*|beslutsfattare|beslutanderätt\w*|godkänn\w*)\b",
    re.I,
)


def carries(answer_type: str, text: str, deciding: bool = False, money: bool = False) -> bool:
    """Does ``text`` carry a value of ``answer_type``? With ``deciding``, a body must be named as the
    one who decides ("... beslutas av nämnden"), not merely mentioned. With ``money`` (the question
    asks what something costs) an amount must be in money: a share is not a price. A number must
    count something: a statute, a §, a date, a year or a telephone number counts nothing."""
    if answer_type == BODY and deciding:
        return bool(find_bodies(text)) and bool(_DECIDING.search(text))
    if answer_type == DATE:
        return bool(_DATE.search(text))
    if answer_type == AMOUNT:
        return bool((_MONEY if money else _AMOUNT).search(text))
    if answer_type == DURATION:
        return bool(_DURATION.search(text))
    if answer_type == NUMBER:
        return bool(_NUMBER.search(_NOT_A_COUNT.sub(" ", text)))
    if answer_type == FREQUENCY:
        return bool(_FREQUENCY.search(text))
    if answer_type == BODY:
        return bool(find_bodies(text))
    if answer_type == PHONE:
        return any(8 <= sum(c.isdigit() for c in m[0]) <= 12 for m in _PHONE.finditer(text))
    if answer_type == EMAIL:
        return bool(_EMAIL.search(text))
    if answer_type == PLACE:
        return bool(_PLACE.search(text))
    return True


@dataclass(frozen=True)
class Scored:
    hit: UnitHit
    score: float  # the ranker's probability that this unit answers the question
    support: float  # of the unit in its place (title, section)
    own: float  # of the unit alone
    typed: bool
    features: dict[str, float]


def unit_features(ctx: Context, h: UnitHit, rank: int) -> dict[str, float]:
    """What the ranker knows of one retrieved unit: its retrieval ranks and scores, how much of the
    question it covers alone and in its place, and whether it carries the expected value."""
    q = ctx.q
    title = h.doc.meta.title or ""
    own_text = f"{h.unit.header} {h.unit.text}" if h.unit.header else h.unit.text
    have = set(ctx.evidence.lexical.terms(own_text))
    focus = ctx.evidence.words(q.focus) if q.focus else []
    typed_needed = q.answer_type not in (TEXT, YESNO)
    deciding = ctx.kind == WHO_DECIDES
    return {
        "rrf": h.score * RRF_SCALE,
        "rank": 1.0 / (1 + rank),
        "dense": h.dense,
        "dense_rank": 1.0 / (1 + h.dense_rank) if h.dense_rank >= 0 else 0.0,
        "lexical_rank": 1.0 / (1 + h.lexical_rank) if h.lexical_rank >= 0 else 0.0,
        "support": ctx.evidence.support(ctx.words, f"{own_text} {title} {h.unit.section}"),
        "own": ctx.evidence.support(ctx.words, own_text),
        "place": ctx.evidence.support(ctx.words, f"{title} {h.unit.section}"),
        "typed": float(typed_needed and carries(q.answer_type, own_text, deciding, q.money)),
        "typed_missing": float(typed_needed and not carries(q.answer_type, own_text, deciding, q.money)),
        "focus": float(bool(focus) and ctx.evidence.covered(focus[0], have) > 0),
        "row": float(h.unit.is_row),
        "short": float(len(h.unit.text) < 40),
        "colon": float(h.unit.text.rstrip().endswith(":")),
    }


# Until a ranker is fitted: fused retrieval rank, coverage of the question, the expected value.
DEFAULT_RANKER = Model(
    weights={"rrf": 1.0, "support": 0.8, "own": 0.4, "typed": 0.3}, bias=-3.0, threshold=0.5
)
# A further unit is quoted when the ranker rates it at least this share of the first: from the same
# document readily, from another only when close behind (chosen on the development sets: 0.6 -> 0.15
# for the same document gained answers and lost none; 0.0 let unanswerable questions through).
SECOND_SHARE = 0.15
OTHER_SHARE = 0.6
# the ranker's best units looked at for a quote: its top three hold the answer about 0.9 of the time
QUOTED = 3


def products(ctx: Context, query: str, hits: list[UnitHit]) -> list[list[float] | None]:
    """The element-wise products of the question's and each unit's embedding (the learned
    similarity's input); None where a unit's vector is not stored."""
    q = ctx.search.embed(query)
    vectors = ctx.search.unit_vectors([h.unit.unit_id for h in hits])
    return [
        [a * b for a, b in zip(q, v, strict=False)] if (v := vectors.get(h.unit.unit_id)) else None
        for h in hits
    ]


def score_units(ctx: Context, hits: list[UnitHit], query: str | None = None) -> list[Scored]:
    ranker = load_ranker() or DEFAULT_RANKER
    prods = products(ctx, query, hits) if query and ranker.vector_weights else [None] * len(hits)
    out = []
    for rank, (h, p) in enumerate(zip(hits, prods, strict=True)):
        f = unit_features(ctx, h, rank)
        out.append(Scored(h, ranker.probability(f, p), f["support"], f["own"], bool(f["typed"]), f))
    out.sort(key=lambda s: -s.score)
    return out


def _next_unit(ctx: Context, unit: Unit) -> Unit | None:
    units = ctx.search.units_of(unit.chunk_id)
    i = unit.ordinal + 1
    return units[i] if i < len(units) else None


def _continuation(ctx: Context, unit: Unit) -> list[Unit]:
    """The units right after ``unit`` that go on with it: a list its sentence introduces ("...
    följande:"), or a sentence that refers back ("Den ...", "Detta ...")."""
    out: list[Unit] = []
    nxt = _next_unit(ctx, unit)
    if nxt is None or nxt.is_row or unit.is_row:
        return out
    if unit.text.rstrip().endswith(":"):
        cur: Unit | None = nxt
        while cur is not None and len(out) < 5 and re.match(r"^\s*[-–•*]|\s*\d+[.)]", cur.text):
            out.append(cur)
            cur = _next_unit(ctx, cur)
        return out or [nxt]
    if _CONTINUES.search(nxt.text):
        out.append(nxt)
    return out


def _boards(text: str) -> set[str]:
    """The boards ``text`` names by name (a bare "nämnden" names none; "styrelsen" comes out as
    kommunstyrelsen)."""
    return {b.name for b in find_bodies(text) if b.kind == "board" and b.name != "nämnden"}


def answer(ctx: Context) -> Draft | None:
    q = ctx.q
    query = f"{q.search_text} {q.gloss}".strip()
    hits = ctx.search.units(
        query, ctx.scope, UNITS_K, extra=ctx.extra, only=set(ctx.only) if ctx.only is not None else None
    )
    if not hits:
        return None
    scored = score_units(ctx, hits, query)
    top = scored[0]
    chosen: list[UnitHit] = [top.hit]
    quoted = len(top.hit.unit.text)
    for u in _continuation(ctx, top.hit.unit):
        if quoted + len(u.text) > MAX_CHARS:
            break
        chosen.append(_as_hit(top.hit, u))
        quoted += len(u.text)
    asked = _boards(q.text) if q.answer_type != BODY else set()
    # a question that compares versions is answered with one passage from each, so both fit
    other = _other_version(ctx, query, top.hit) if COMPARES.search(q.text) else None
    for runner_up in scored[1:QUOTED] if other is None else []:
        same = runner_up.hit.unit.unit_id in {c.unit.unit_id for c in chosen} or any(
            runner_up.hit.unit.text in f"{c.unit.header} {c.unit.text}" for c in chosen
        )  # quoted already: as a row's header, or inside the text a row also stands in
        fits = quoted + len(runner_up.hit.unit.text) <= MAX_CHARS
        share = SECOND_SHARE if runner_up.hit.doc.document_id == top.hit.doc.document_id else OTHER_SHARE
        named = _boards(runner_up.hit.unit.text)
        elsewhere = bool(asked and named and not asked & named)  # about another nämnd than the one asked of
        if not same and fits and not elsewhere and runner_up.score >= top.score * share:
            chosen.append(runner_up.hit)
            quoted += len(runner_up.hit.unit.text)
    text, cites = _compose(ctx, chosen)
    if q.answer_type == YESNO:
        verdict = settles(q.text, top.hit.unit.text, ctx.scope.as_of)  # "sex år" against "högst fem år": no
        if verdict is None:  # "Ingår matavfall ...?" against "Matavfall ... ingår i ...": yes
            unit = top.hit.unit
            verdict = polarity.verdict(
                q.text, unit.text, ctx.evidence.support(ctx.words, unit.text), unit.is_row
            )
        if verdict is not None:
            text = (YES if verdict else NO)[ctx.language] + text
    if other is not None:
        when, label, hit = other  # "har beloppet ändrats sedan förra policyn?": both versions, each cited
        text += f"\n{when} ({label}): {hit.unit.text}"
        cites.append(cite(hit.doc, hit.status, hit.chunk, hit.unit.text))
    unknown = ctx.evidence.unknown_words(ctx.words)
    known = [w for w in ctx.words if w not in unknown]
    total = sum(w.weight for w in ctx.words) or 1.0
    typed_needed = q.answer_type not in (TEXT, YESNO)
    focus = ctx.evidence.words(q.focus) if q.focus else []
    shown = " ".join(h.unit.text for h in chosen)
    have = set(ctx.evidence.lexical.terms(shown))
    signals = {
        "score": top.score,
        "margin": top.score - scored[1].score if len(scored) > 1 else top.score,
        "rrf": top.hit.score * RRF_SCALE,
        "dense": top.hit.dense,
        "dense_best": max(h.dense for h in hits),
        "agree": float(0 <= top.hit.dense_rank < 3 and 0 <= top.hit.lexical_rank < 3),
        "support": top.support,
        "own": top.own,
        "typed_missing": float(
            typed_needed
            and not any(carries(q.answer_type, h.unit.text, ctx.kind == WHO_DECIDES, q.money) for h in chosen)
        ),
        "support_known": ctx.evidence.support(known, f"{shown} {top.hit.doc.meta.title or ''}")
        if known
        else 0.0,
        "focus_missing": float(bool(focus) and ctx.evidence.covered(focus[0], have) == 0),
        "unknown": sum(w.weight for w in unknown) / total,
        "words": float(len(ctx.words)),
    }
    return Draft(text, cites, "fact", signals, hits=tuple(s.hit for s in scored[:5]))


def _other_version(ctx: Context, query: str, top: UnitHit) -> tuple[str, str, UnitHit] | None:
    """The best unit of the version before (or after) the cited one, for a question that compares."""
    registry = ctx.store.registry
    family = [d for d in lineage(registry, top.doc) if d.document_id in ctx.visible_ids]
    ids = [d.document_id for d in family]
    if len(family) < 2 or top.doc.document_id not in ids:
        return None
    i = ids.index(top.doc.document_id)
    other = family[i - 1] if i > 0 else family[i + 1]
    hits = ctx.search.units(
        query, ctx.scope, UNITS_K, extra=frozenset({other.document_id}), only={other.document_id}
    )
    if not hits:
        return None
    best = score_units(ctx, hits, query)[0]
    if best.support < OTHER_VERSION_SUPPORT:
        return None
    # the version by its decision date: its source card and status note name it in full
    tag = other.meta.decision_date.isoformat() if other.meta.decision_date else label(other)
    return OTHER_VERSION[ctx.language][0 if i > 0 else 1], tag, best.hit


def _as_hit(base: UnitHit, unit: Unit) -> UnitHit:
    return UnitHit(unit, base.chunk, base.doc, base.status, 0.0, 0.0, 0.0)


def _compose(ctx: Context, chosen: list[UnitHit]) -> tuple[str, list]:
    """ "Enligt <title>: <quote> <quote>" per document, in the order first cited."""
    by_doc: dict[str, list[UnitHit]] = {}
    for h in chosen:
        by_doc.setdefault(h.doc.document_id, []).append(h)
    parts, cites = [], []
    for hs in by_doc.values():
        title = hs[0].doc.meta.title or hs[0].doc.file
        shown = [f"{h.unit.text} ({h.unit.header})" if h.unit.header else h.unit.text for h in hs]
        parts.append(ACCORDING[ctx.language].format(title=title) + " ".join(shown))
        for h in hs:
            chunk = ctx.search.chunk(h.unit.chunk_id) or h.chunk
            cites.append(cite(h.doc, h.status, chunk, h.unit.text))
    return "\n".join(parts), cites
