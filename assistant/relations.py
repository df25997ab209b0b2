"""Two-step questions: a document or body named by a relation is resolved through the registry first.

"Vem är delegat för X i den nämnd som antog avfallsplanen?" names a nämnd by what it did: the
registry knows who adopted the avfallsplan, so the question becomes "... i kommunfullmäktige?"
and is answered as any other. "Vad säger policyn som ersatte den från 2019 om gåvor?" becomes a
question about the newer version by its title.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.answerers.base import Context
from assistant.question import Question, date_asked, with_text
from assistant.targets import rank_documents
from store.schema import DocumentRecord
from store.vocabulary import find_bodies, named_types

_ADOPTED = ("antog", "beslutade om", "beslutade", "fastställde", "adopted", "approved", "decided")
_REPLACED = ("ersatte", "ersätter", "har ersatt", "replaced", "replaces")
MIN_SCORE = 0.9
_PLACEHOLDER = "X"  # stands for the resolved name when the question's kind is told


def _named(ctx: Context, text: str, years: Sequence[int]) -> DocumentRecord | None:
    ranked = rank_documents(ctx.evidence, text, years, ctx.visible)
    if not ranked or ranked[0].score < MIN_SCORE:
        return None
    return ranked[0].doc


def _adopted_by(ctx: Context, noun: str, text: str) -> DocumentRecord | None:
    """The one visible document of the noun's type that the named body decided (on the date, if
    the text gives one)."""
    bodies = find_bodies(text)
    if not bodies:
        return None
    body = bodies[0].name
    when = date_asked(text)
    types = named_types(noun)
    found = [
        d
        for d in ctx.visible
        if (d.meta.decided_by or "") == body
        and (not types or (d.meta.doc_type or "") in types)
        and (when is None or d.meta.decision_date == when)
    ]
    return found[0] if len(found) == 1 else None


def resolve_relation(ctx: Context, q: Question, history: Sequence[tuple[str, str]] = ()) -> Question | None:
    """``q`` with its relation replaced by the body or document the registry says it names, or None
    when the registry cannot say."""
    rel = q.relation
    if rel is None:
        return None
    if rel.verb == "adopted_by":
        found = _adopted_by(ctx, rel.noun, rel.object)
        name = (found.meta.title or found.file) if found else None
        if not name:
            return None
        start, end = rel.span
        before, after = q.text[:start], q.text[end:]
        return with_text(q, f"{before}{name}{after}", history, kind_text=f"{before}{_PLACEHOLDER}{after}")
    doc = _named(ctx, rel.object, q.years)
    if doc is None:
        return None
    if rel.verb == "owner":
        name = doc.meta.owner
    elif rel.verb in _ADOPTED:
        name = doc.meta.decided_by
    elif rel.verb in _REPLACED:
        newer = [
            d for d in ctx.store.registry.replaced_by(doc.document_id) if d.document_id in ctx.visible_ids
        ]
        name = (newer[-1].meta.title or newer[-1].file) if newer else None
    else:
        name = None
    if not name:
        return None
    start, end = rel.span
    before, after = q.text[:start], q.text[end:]
    return with_text(q, f"{before}{name}{after}", history, kind_text=f"{before}{_PLACEHOLDER}{after}")
