"""Answers composed from passages: who decides (delegation rows, rules) and facts.

Every sentence of an answer is either a fixed frame ("X beslutar om Y enligt Z") filled with
values read from one cited row, or a verbatim sentence of a cited passage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.answer import Citation
from assistant.citations import cite
from assistant.evidence import BODY_WORDS, DECIDES, Evidence, best_sentences, sentences
from assistant.phrases import capitalize
from assistant.retrieval import Candidate
from store.registry import Registry
from store.schema import Abbreviation, ChunkKind, DelegationRow

ROW_MIN_SUPPORT = 0.5
SENTENCE_MIN_SUPPORT = 0.5


@dataclass(frozen=True)
class Composed:
    text: str
    citations: list[Citation]
    support: float  # how well the cited text covers the question (0..1), for abstention


def expand_delegate(delegate: str, legend: dict[str, str]) -> str:
    """ "BLH" -> "bygglovshandläggare (BLH)"; several codes are expanded one by one."""
    def one(code: str) -> str:
        exp = legend.get(code.strip())
        return f"{exp[:1].lower() + exp[1:]} ({code.strip()})" if exp else code.strip()

    parts = re.split(r"\s*(?:,|/| och | eller )\s*", delegate.strip())
    expanded = [one(p) for p in parts if p]
    return " eller ".join(expanded) if " eller " in delegate else ", ".join(expanded)


def _legend(abbreviations: Sequence[Abbreviation], document_id: str) -> dict[str, str]:
    return {a.abbreviation: a.expansion for a in abbreviations if a.document_id == document_id}


def row_quote(row: DelegationRow) -> str:
    """The row as printed: its cells in column order, as a reader finds them on the page."""
    cells = [v.strip() for v in row.cells.values() if v and v.strip()]
    return " | ".join(cells) if cells else f"{row.matter} | {row.delegate}"


def _row_sentence(row: DelegationRow, title: str, legend: dict[str, str]) -> str:
    who = capitalize(expand_delegate(row.delegate, legend))
    matter = row.matter.rstrip(". ")
    matter = matter[:1].lower() + matter[1:]
    if matter.startswith("beslut om "):
        matter = matter[len("beslut om ") :]
    where = f"enligt {title}" + (f" (punkt {row.number})" if row.number else "")
    text = f"{who} beslutar om {matter} {where}."
    if row.condition:
        text += f" Villkor: {row.condition.rstrip('.')}."
    if row.legal_basis:
        text += f" Lagrum: {row.legal_basis.rstrip('.')}."
    return text


def who_decides(
    evidence: Evidence,
    registry: Registry,
    q_terms: list[str],
    candidates: Sequence[Candidate],
    allowed_docs: dict[str, tuple],
) -> Composed | None:
    """The delegat of the best-matching delegation row(s), else a rule sentence naming a body."""
    rows = registry.delegation_rows(allowed_docs.keys())
    in_results = {c.chunk.chunk_id for c in candidates if c.chunk.kind == ChunkKind.TABLE_ROW}
    scored = []
    for row in rows:
        s = evidence.support(q_terms, f"{row.matter} {row.number or ''}")
        s += 0.1 if row.chunk_id in in_results else 0.0
        scored.append((s, row))
    scored.sort(key=lambda x: -x[0])
    if scored and scored[0][0] >= ROW_MIN_SUPPORT:
        best = scored[0][0]
        chosen = [r for s, r in scored if s >= best - 0.05][:3]
        abbreviations = registry.abbreviations()
        lines, cites = [], []
        for row in chosen:
            doc, status = allowed_docs[row.document_id]
            legend = _legend(abbreviations, row.document_id)
            lines.append(_row_sentence(row, doc.meta.title or doc.file, legend))
            chunk = registry.chunk(row.chunk_id)
            if chunk is not None:
                cites.append(cite(doc, status, chunk, row_quote(row)))
        text = lines[0] if len(lines) == 1 else "Det beror på ärendet:\n" + "\n".join(f"- {x}" for x in lines)
        return Composed(text, cites, min(1.0, best))
    return rule_sentence(evidence, q_terms, candidates)


def rule_sentence(evidence: Evidence, q_terms: list[str], candidates: Sequence[Candidate]) -> Composed | None:
    """Sentences of one passage that say who decides ("Verksamhetsplanen beslutas av förvaltningschef").

    A sentence qualifies when it names a body or role; one that also has a decision verb ranks
    higher. Up to three qualifying sentences of the best passage are kept, in document order, so
    that a rule with thresholds ("upp till 20 000 kronor ... över 100 000 kronor ...") stays whole.
    """
    best: tuple[float, Candidate] | None = None
    for rank, c in enumerate(candidates[:6]):
        for score, sent in best_sentences(evidence, q_terms, c.chunk.text, n=3, want=DECIDES):
            if not BODY_WORDS.search(sent):
                continue
            score -= 0.02 * rank
            if best is None or score > best[0]:
                best = (score, c)
    if best is None:
        return None
    score, c = best
    lead = best_sentences(evidence, q_terms, c.chunk.text, n=1, want=DECIDES)[0][1]
    chosen = [lead]
    for sent in sentences(c.chunk.text):
        if sent != lead and len(chosen) < 3 and DECIDES.search(sent) and BODY_WORDS.search(sent):
            if evidence.support(q_terms, sent) > 0:
                chosen.append(sent)
    title = c.doc.meta.title or c.doc.file
    text = f"Enligt {title}: " + " ".join(chosen)
    return Composed(text, [cite(c.doc, c.status, c.chunk, s) for s in chosen], min(1.0, score))


def fact(evidence: Evidence, q_terms: list[str], candidates: Sequence[Candidate]) -> Composed | None:
    """The one or two sentences of the top passages that best cover the question."""
    pool: list[tuple[float, Candidate, str]] = []
    for rank, c in enumerate(candidates[:6]):
        for score, sent in best_sentences(evidence, q_terms, c.chunk.text, n=2):
            pool.append((score - 0.02 * rank, c, sent))
    pool.sort(key=lambda x: -x[0])
    if not pool:
        return None
    top_score, top, top_sent = pool[0]
    chosen = [(top, top_sent)]
    for score, c, sent in pool[1:]:
        if score >= max(SENTENCE_MIN_SUPPORT, top_score - 0.15) and sent != top_sent:
            if c.doc.document_id == top.doc.document_id:
                chosen.append((c, sent))
                break
    title = top.doc.meta.title or top.doc.file
    text = f"Enligt {title}: " + " ".join(s for _, s in chosen)
    cites = [cite(c.doc, c.status, c.chunk, s) for c, s in chosen]
    return Composed(text, cites, min(1.0, top_score))
