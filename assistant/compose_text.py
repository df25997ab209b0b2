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
from assistant.evidence import (
    BODY_WORDS,
    DECIDES,
    MONEY,
    NUMBER,
    Evidence,
    Word,
    best_sentences,
    is_heading,
    row_header,
    sentences,
)
from assistant.phrases import (
    ACCORDING,
    CONDITION,
    DEPENDS,
    LEGAL_BASIS,
    ROW_DECIDES,
    ROW_DECIDES_TO,
    ROW_ITEM,
    ROW_WHERE,
    capitalize,
)
from assistant.retrieval import Candidate, HybridSearch
from store.registry import Registry
from store.schema import Abbreviation, ChunkKind, DelegationRow

PASSAGES = 6  # how many of the top passages an answer may draw on


@dataclass(frozen=True)
class Composed:
    text: str
    citations: list[Citation]
    support: float  # how well the cited text (with its title and section) covers the question, 0..1


def expand_delegate(delegate: str, legend: dict[str, str]) -> str:
    """ "BLH" -> "bygglovshandläggare (BLH)"; several codes are expanded one by one."""

    def one(code: str) -> str:
        exp = legend.get(code.strip())
        return f"{exp[:1].lower() + exp[1:]} ({code.strip()})" if exp else code.strip()

    parts = re.split(r"\s*(?:,|/| och | eller )\s*", delegate.strip())
    expanded = [one(p) for p in parts if p]
    return " eller ".join(expanded) if " eller " in delegate else ", ".join(expanded)


def row_quote(row: DelegationRow) -> str:
    """The row as printed: its cells in column order, as a reader finds them on the page."""
    cells = [v.strip() for v in row.cells.values() if v and v.strip()]
    return " | ".join(cells) if cells else f"{row.matter} | {row.delegate}"


def _row_sentence(row: DelegationRow, title: str, legend: dict[str, str], language: str = "sv") -> str:
    who = capitalize(expand_delegate(row.delegate, legend))
    matter = row.matter.rstrip(". ")
    matter = matter[:1].lower() + matter[1:]
    for prefix in ("beslut om ", "beslut att ", "beslut i "):
        if matter.startswith(prefix):
            matter = ("att " if prefix == "beslut att " else "") + matter[len(prefix) :]
            break
    where = ROW_WHERE[language].format(title=title) + (
        ROW_ITEM[language].format(n=row.number) if row.number else ""
    )
    frame = ROW_DECIDES_TO if matter.startswith("att ") else ROW_DECIDES
    text = frame[language].format(who=who, matter=matter, where=where)
    if row.condition:
        text += f" {CONDITION[language]}: {row.condition.rstrip('.')}."
    if row.legal_basis:
        text += f" {LEGAL_BASIS[language]}: {row.legal_basis.rstrip('.')}."
    return text


def who_decides(
    evidence: Evidence,
    registry: Registry,
    search: HybridSearch,
    query: str,
    words: list[Word],
    candidates: Sequence[Candidate],
    allowed_docs: dict[str, tuple],
    abbreviations: Sequence[Abbreviation],
    language: str = "sv",
) -> Composed | None:
    """The delegat of the best-matching delegation row(s), else a rule sentence naming a body."""
    rows = search.delegation_rows(query, allowed_docs.keys())
    in_results = {c.chunk.chunk_id for c in candidates if c.chunk.kind == ChunkKind.TABLE_ROW}
    scored = []
    for row in rows:
        doc = allowed_docs[row.document_id][0]
        text = f"{row.matter} {row.number or ''} {row.condition or ''} {doc.meta.title or ''}"
        # both ways: the row covers the question, and the question names the row's matter
        s = 0.5 * evidence.support(words, text) + 0.5 * evidence.named_share(words, row.matter)
        s += 0.05 if row.chunk_id in in_results else 0.0
        scored.append((s, row))
    scored.sort(key=lambda x: -x[0])
    rule = rule_sentence(evidence, words, candidates, language)
    if scored and (rule is None or scored[0][0] >= rule.support):
        best = scored[0][0]
        chosen = [r for s, r in scored if s >= best - 0.02][:3]
        lines, cites = [], []
        for row in chosen:
            doc, status = allowed_docs[row.document_id]
            legend = {a.abbreviation: a.expansion for a in abbreviations if a.document_id == row.document_id}
            lines.append(_row_sentence(row, doc.meta.title or doc.file, legend, language))
            chunk = registry.chunk(row.chunk_id)
            if chunk is not None:
                cites.append(cite(doc, status, chunk, row_quote(row)))
        text = lines[0] if len(lines) == 1 else DEPENDS[language] + "\n" + "\n".join(f"- {x}" for x in lines)
        return Composed(text, cites, min(1.0, best))
    return rule


def _context(c: Candidate) -> str:
    return f"{c.doc.meta.title or ''} {c.chunk.section}"


def rule_sentence(
    evidence: Evidence, words: list[Word], candidates: Sequence[Candidate], language: str = "sv"
) -> Composed | None:
    """Sentences of one passage that say who decides ("Verksamhetsplanen beslutas av förvaltningschef").

    The lead sentence names a body or role; up to two more sentences of the same passage that also
    state a decision are kept, in document order, so that a rule with thresholds stays whole.
    """
    best: tuple[float, Candidate, str] | None = None
    for rank, c in enumerate(candidates[:PASSAGES]):
        for score, sent in best_sentences(
            evidence, words, c.chunk.text, n=4, want=DECIDES, context_text=_context(c)
        ):
            if not BODY_WORDS.search(sent):
                continue
            score -= 0.02 * rank
            if best is None or score > best[0]:
                best = (score, c, sent)
    if best is None:
        return None
    _, c, lead = best
    chosen = [lead]
    for sent in sentences(c.chunk.text):
        if sent != lead and len(chosen) < 3 and DECIDES.search(sent) and BODY_WORDS.search(sent):
            if not is_heading(sent) and evidence.support(words, sent) > 0:
                chosen.append(sent)
    support = evidence.support(words, " ".join(chosen) + f" {c.doc.meta.title or ''} {c.chunk.section}")
    title = c.doc.meta.title or c.doc.file
    text = ACCORDING[language].format(title=title) + " ".join(chosen)
    return Composed(text, [cite(c.doc, c.status, c.chunk, s) for s in chosen], support)


_CONTINUES = re.compile(
    r"^(den|det|detta|dessa|de|där|då|därefter|sedan|i stället|istället|men|dock|om)\b", re.I
)


def _continuation(evidence: Evidence, words: list[Word], text: str, sentence: str) -> str | None:
    """The sentence right after ``sentence`` in its paragraph, when it goes on with the same thing:
    it refers back ("Den ...", "Detta ...") or names a question word again ("Anmälan sker genom en
    förteckning" after "Delegationsbeslut ska anmälas inom en månad")."""
    for paragraph in re.split(r"\n\s*\n", text):
        parts = sentences(paragraph)
        if sentence not in parts:
            continue
        i = parts.index(sentence)
        if i + 1 >= len(parts) or "|" in sentence:
            return None
        nxt = parts[i + 1]
        if is_heading(nxt) or "|" in nxt or nxt.lstrip().startswith(("–", "-", "•")):
            return None
        if _CONTINUES.search(nxt) or evidence.support(words, nxt) > 0:
            return nxt
        return None
    return None


def fact(
    evidence: Evidence,
    words: list[Word],
    candidates: Sequence[Candidate],
    want: re.Pattern[str] | None = None,
    language: str = "sv",
) -> Composed | None:
    """The one or two sentences of the top passages that best cover the question.

    ``want`` is the shape of the asked-for thing (a date for "när", a number for "hur mycket"):
    sentences that have it are preferred, and an answer without it does not count as support.
    """
    pool: list[tuple[float, Candidate, str]] = []
    for rank, c in enumerate(candidates[:PASSAGES]):
        for score, sent in best_sentences(
            evidence, words, c.chunk.text, n=2, want=want, context_text=_context(c)
        ):
            pool.append((score - 0.02 * rank, c, sent))
    pool.sort(key=lambda x: -x[0])
    if not pool:
        return None
    top_score, top, top_sent = pool[0]
    chosen = [(top, top_sent)]
    for score, c, sent in pool[1:]:
        if c.chunk.chunk_id == top.chunk.chunk_id and sent != top_sent and score >= top_score - 0.1:
            chosen.append((c, sent))
            break
    else:
        follow = _continuation(evidence, words, top.chunk.text, top_sent)
        if follow is not None:
            chosen.append((top, follow))
    title = top.doc.meta.title or top.doc.file
    shown = []
    for c, s in chosen:
        header = row_header(c.chunk.text, s)
        shown.append(f"{s} ({header})" if header else s)
    text = ACCORDING[language].format(title=title) + " ".join(shown)
    cites = [cite(c.doc, c.status, c.chunk, s) for c, s in chosen]
    joined = " ".join(shown)
    support = evidence.support(words, f"{joined} {title} {top.chunk.section}")
    if want in (NUMBER, MONEY) and not NUMBER.search(joined):
        support = 0.0  # "hur mycket?" answered without a figure is no answer
    return Composed(text, cites, support)


__all__ = ["Composed", "fact", "rule_sentence", "who_decides"]
