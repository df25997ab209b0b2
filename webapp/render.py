"""HTML for an answer in the staff chat: the answer text, then one card per citation.

A card shows what a case officer needs to trust or check a claim without opening anything:
the document, who decided it and when, whether it still applies, and the quoted sentence;
its link opens the PDF at the cited page. Everything from the documents is escaped.
"""

from __future__ import annotations

import html

from assistant.answer import Answer, Citation
from webapp.context import staff_pdf_link

_BADGE_CLASS = {
    "gällande": "sv-ok",
    "upphävd": "sv-bad",
    "utgången": "sv-bad",
    "ej ikraft": "sv-warn",
}


def status_label(status: str, since: str | None) -> str:
    """ "Gällande", "Upphävd sedan 2024-05-01", "Träder i kraft 2026-01-01" ..."""
    key = status.strip().lower()
    if key == "gällande":
        return "Gällande"
    if key == "upphävd":
        return f"Upphävd sedan {since}" if since else "Upphävd"
    if key == "utgången":
        return f"Utgången sedan {since}" if since else "Utgången"
    if key == "ej ikraft":
        return f"Träder i kraft {since}" if since else "Ännu inte i kraft"
    return "Status okänd"


def decided_line(c: Citation) -> str:
    """ "Beslutad av kommunfullmäktige 2023-05-15 § 87" (the body as the document writes it)."""
    when = " ".join(p for p in (c.decision_date, c.paragraph) if p)
    if c.decided_by:
        return f"Beslutad av {c.decided_by}" + (f" {when}" if when else "")
    return f"Beslutad {when}" if when else "Beslut okänt"


def citation_card(c: Citation, number: int) -> str:
    e = html.escape
    badge = _BADGE_CLASS.get(c.status.strip().lower(), "sv-unknown")
    where = f"Sida {c.page}" + (f" · {e(c.section)}" if c.section else "")
    quote = f'<blockquote class="sv-quote">{e(c.quote)}</blockquote>' if c.quote else ""
    href = e(staff_pdf_link(c.document_id, c.page))
    return (
        f'<div class="sv-card" data-document-id="{e(c.document_id)}" data-page="{c.page}">'
        f'<div class="sv-card-head"><span class="sv-num">[{number}]</span> '
        f'<strong class="sv-title">{e(c.title or c.file)}</strong> '
        f'<span class="sv-badge {badge}">{e(status_label(c.status, c.status_date))}</span></div>'
        f'<div class="sv-meta">{e(decided_line(c))}</div>'
        f'<div class="sv-loc">{where}</div>{quote}'
        f'<a class="sv-link" href="{href}" target="_blank" rel="noopener">Öppna PDF på sida {c.page}</a>'
        "</div>"
    )


def answer_text_html(text: str) -> str:
    paragraphs = [p for p in text.split("\n\n") if p.strip()] or [text]
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)


NEARBY_TITLE = "Inget svar, men det här ligger närmast frågan i dokumenten"


def answer_html(answer: Answer) -> str:
    """The full assistant message: the text, then the source cards; for an abstention, the pages
    nearest the question, under a title that says they are not an answer."""
    out = f'<div class="sv-answer">{answer_text_html(answer.answer)}</div>'
    if answer.citations and not answer.abstained:
        cards = "".join(citation_card(c, i) for i, c in enumerate(answer.citations, start=1))
        out += f'<div class="sv-sources"><div class="sv-sources-title">Källor</div>{cards}</div>'
    elif answer.abstained and answer.nearby:
        cards = "".join(citation_card(c, i) for i, c in enumerate(answer.nearby, start=1))
        title = f'<div class="sv-sources-title">{NEARBY_TITLE}</div>'
        out += f'<div class="sv-sources sv-nearby">{title}{cards}</div>'
    return out


UI_CSS = """
.sv-answer p { margin: 0 0 .5em 0; }
.sv-sources { margin-top: .75em; display: flex; flex-direction: column; gap: .5em; }
.sv-sources-title { font-weight: 600; font-size: .9em; }
.sv-card { border: 1px solid #c7ccd4; border-radius: 8px; padding: .6em .75em; background: #ffffff;
  color: #1b1f24; font-size: .9em; }
.sv-card-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .4em; }
.sv-num { color: #4a5360; }
.sv-meta, .sv-loc { color: #3d4652; margin-top: .15em; }
.sv-quote { margin: .4em 0; padding: .2em .6em; border-left: 3px solid #0b5cad; color: #1b1f24;
  font-style: italic; }
.sv-badge { border-radius: 999px; padding: .05em .6em; font-size: .85em; font-weight: 600; }
.sv-ok { background: #dcf3e3; color: #0f5323; }
.sv-bad { background: #fbe2e2; color: #8a1111; }
.sv-warn { background: #fff1cc; color: #6b4a00; }
.sv-unknown { background: #e8eaee; color: #333a44; }
.sv-link { color: #0b5cad !important; font-weight: 600; text-decoration: underline; }
/* An abstention's pointers are not sources: a dashed, muted card, so nobody takes one for an answer */
.sv-nearby .sv-card { border-style: dashed; background: #f4f5f7; }
.sv-nearby .sv-quote { border-left-color: #8a93a0; font-style: normal; }
.sv-disclaimer { color: #3d4652; font-size: .9em; }
/* A phone (390 px): a smaller title and a shorter conversation, so that the question field
   stays on the first screen; the chat's height is set inline, hence !important. */
@media (max-width: 640px) {
  #sv-intro h2 { font-size: 1.25rem; line-height: 1.3; }
  #sv-chat { height: 55vh !important; }
}
"""
