"""The fixed wording of answers, in Swedish and English. Kept apart so it can be reviewed as text."""

from __future__ import annotations

import datetime as dt

ABSTAIN = {
    "sv": (
        "Jag hittar inget stöd för ett svar på den frågan i kommunens styrdokument. "
        "Vänd dig till kommunens kontaktcenter eller den förvaltning som ansvarar för frågan."
    ),
    "en": (
        "I cannot find support for an answer to that question in the municipality's governing documents. "
        "Please contact the municipality's contact centre or the department responsible."
    ),
}
PERSONAL = {
    "sv": (
        "Styrdokumenten beskriver regler och vem som beslutar, inte enskilda ärenden. "
        "Kontakta den förvaltning som handlägger ärendet för besked om just ditt ärende."
    ),
    "en": (
        "The governing documents describe rules and who decides, not individual cases. "
        "Please contact the department handling your case."
    ),
}
NAMES = {
    "sv": (
        "Styrdokumenten anger roller och organ, inte vilka personer som innehar dem. "
        "Namn på förtroendevalda och chefer finns på kommunens webbplats eller hos kommunens kontaktcenter."
    ),
    "en": (
        "The governing documents name roles and bodies, not the people who hold them. "
        "Please see the municipality's website or contact centre."
    ),
}
EMPTY = {"sv": "Frågan är tom. Skriv en fråga om kommunens styrdokument.", "en": "The question is empty."}
TOO_LONG = {
    "sv": "Frågan är för lång ({n} tecken; högst {max}). Korta ner den och fråga igen.",
    "en": "The question is too long ({n} characters; at most {max}). Please shorten it.",
}

STATUS_WORDS = {
    "gällande": "gällande",
    "upphävd": "upphävd",
    "utgången": "utgången",
    "ej ikraft": "inte i kraft ännu",
    "okänd": "med okänd giltighet",
}


def fmt_date(value: dt.date | None) -> str:
    return value.isoformat() if value else "okänt datum"


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def decision_phrase(body: str | None, date: dt.date | None, paragraph: str | None) -> str:
    """ "kommunfullmäktige 2024-04-22 § 51" with the parts that are known."""
    parts = [p for p in (body, date.isoformat() if date else None, paragraph) if p]
    return " ".join(parts)
