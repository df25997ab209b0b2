"""Questions about a document itself, answered from the registry: which version applies, what it
replaces, who adopted it and when.

These are facts about documents, not about text similarity: the question names a document (its
title, or its type when the collection has one document of the type in view), and the answer is a
registry row with the line of the document that states it as the citation.
"""

from __future__ import annotations

from assistant import compose_registry as reg
from assistant.answerers.base import Context, Draft
from assistant.phrases import NO, YES
from assistant.question import DOC_DECISION, SUPERSESSION, YESNO, asks_any_document
from assistant.targets import doc_years, lineage
from store.schema import DocumentRecord, Status
from store.status import is_current
from store.vocabulary import named_types


def current_version(ctx: Context, doc: DocumentRecord) -> DocumentRecord:
    """The version of ``doc``'s lineage that applies on the scope's date (``doc`` itself if none)."""
    registry = ctx.store.registry
    family = [d for d in lineage(registry, doc) if d.document_id in ctx.visible_ids]
    current = [d for d in family if is_current(registry.status(d, ctx.scope.as_of).status)]
    return current[-1] if current else doc


def previous_version(ctx: Context, doc: DocumentRecord) -> DocumentRecord | None:
    """The version ``doc`` replaced, if the audience may read it."""
    return next(
        (d for d in ctx.store.registry.replaced(doc.document_id) if d.document_id in ctx.visible_ids), None
    )


def named_document(ctx: Context) -> tuple[DocumentRecord, bool] | None:
    """The document the question is about, and whether it asked for that very version (by year).

    A title the question names wins; else, for "vilken policy gällde 2020?", the best retrieved
    document of the named type. Never a document the audience may not read.
    """
    registry = ctx.store.registry
    q = ctx.q
    if ctx.target is not None:
        doc = ctx.target.doc
        asked = bool(set(q.years) & doc_years(doc))
        if asked:
            return doc, True
        # the version named by its year, among the target's lineage
        return current_version(ctx, doc), False
    types = named_types(f"{q.text} {q.gloss}")
    anyone = asks_any_document(q.text)  # "vilket dokument reglerar ...?": a document of any type
    if not types and not anyone:
        return None
    hits = ctx.search.units(q.search_text, ctx.scope, 10, extra=ctx.extra)
    hit = next((h for h in hits if (h.doc.meta.doc_type or "") in types or (anyone and not types)), None)
    if hit is None or not _about(ctx, hit.doc.meta.title or "", hit.unit.text):
        return None
    doc = hit.doc
    asked_docs = [
        d for d in lineage(registry, doc) if d.document_id in ctx.visible_ids and set(q.years) & doc_years(d)
    ]
    if len(asked_docs) == 1:
        return asked_docs[0], True
    return current_version(ctx, doc), False


def _about(ctx: Context, title: str, passage: str) -> bool:
    """Is a document of the asked type about what the question names? Its title or the passage
    that found it must hold one of the question's subject words (not a type word, not a figure):
    "riktlinjen för enskilda avlopp" is not answered with the riktlinje for serveringstillstånd."""
    ev = ctx.evidence
    if ctx.q.language != "sv":
        return True  # an English question's words are the glossary's, too few to judge by
    # a type word alone names no subject; a compound with one does ("bostadsanpassningsriktlinjen")
    subject = [
        w for w in ctx.words if not w.token.isdigit() and not (named_types(w.token) and len(w.terms) == 1)
    ]
    subject = [w for w in subject if w not in ev.unknown_words(subject)]
    if not subject:
        return True  # "vilken policy gällde 2020?": the type is all it names
    have = {t for w in ev.words(f"{title} {passage}") for t in w.terms}
    return any(ev.covered(w, have) > 0 for w in subject)


def answer(ctx: Context) -> Draft | None:
    """Which version applies / what it replaces / who adopted it, for the named document."""
    found = named_document(ctx)
    if found is None:
        return None
    doc, asked_version = found
    if ctx.q.previous and ctx.kind == DOC_DECISION:
        before = previous_version(ctx, doc)
        if before is None:
            return None  # no earlier version in the collection: the documents do not say
        doc, asked_version = before, True
    if doc.document_id not in ctx.visible_ids:
        return None  # never a document the audience may not read, whatever path led to it
    registry = ctx.store.registry
    st = registry.status(doc, ctx.scope.as_of)
    q, lang = ctx.q, ctx.language
    if ctx.kind == DOC_DECISION:
        composed = reg.doc_decision(registry, doc, st, ctx.scope.as_of, ctx.visible, lang)
        name = "doc_decision"
    elif ctx.kind == SUPERSESSION:
        composed = reg.supersession(registry, doc, st, ctx.scope.as_of, ctx.visible, lang)
        name = "supersession"
    else:
        family = lineage(registry, doc)
        composed = reg.which_applies(
            registry, doc, family, ctx.scope.as_of, ctx.visible, asked_version, lang, ctx.scope.today
        )
        name = "which_applies"
        if q.answer_type == YESNO:
            # "gäller X fortfarande?": a version that no longer applies is a no, the one in force a yes
            applies = st.status is Status.IN_FORCE and (asked_version or is_current(st.status))
            composed = type(composed)(
                (YES if applies else NO)[lang] + composed.text, composed.citations, composed.support
            )
    if not composed.citations:
        return Draft(composed.text, [], name, {"registry": 1.0}, sure=False)
    return Draft(composed.text, composed.citations, name, {"registry": 1.0}, sure=True)
