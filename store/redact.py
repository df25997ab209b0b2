"""Personal data out of text before it is logged: personnummer, phone numbers, e-mail addresses.

People type these in many spellings, so the patterns run on a normalised copy of the text in which
every character keeps its position (one character in, one out): full-width and other Unicode
digits become ASCII digits, every dash (en dash, non-breaking hyphen, minus ...) becomes "-", every
space (no-break, thin ...) becomes " ", full-width @ + . / ( ) become ASCII. The spans found there
are replaced in the original text.

A personnummer or samordningsnummer (day + 60) is YYMMDD or YYYYMMDD, perhaps with spaces inside
the date, then -, + or space and four digits; its last digit is a Luhn check digit. A ten-digit
number that fails the check and starts with 0 is a phone number ("0701234567"). Phone numbers
start with 0, +46, 0046 or (unseparated) 46, and their digit groups may be split by spaces,
dashes, slashes or dots. Clock times ("08.00-16.30"), dates, amounts and paragraph numbers are
left alone, and so is a number with a year after a slash ("0123/2024", a case number).

Example:
    >>> redact("Ring 070 - 123 45 67 eller skriv till anna(at)example.se, pnr 1912 12 12-1212")
    'Ring [telefon] eller skriv till [e-post], pnr [personnummer]'
"""

from __future__ import annotations

import re
import unicodedata

REDACTED_PNR = "[personnummer]"
REDACTED_EMAIL = "[e-post]"
REDACTED_PHONE = "[telefon]"

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d\u00ad"
_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"
_ASCII = str.maketrans(
    {
        **{ch: "-" for ch in _DASHES},
        **{ch: " " for ch in _SPACES},
        "\uff0b": "+",
        "\uff20": "@",
        "\uff0e": ".",
        "\uff0f": "/",
        "\uff08": "(",
        "\uff09": ")",
    }
)

_DAY = r"(?:0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01])"  # samordningsnummer: day + 60
_PNR = re.compile(
    r"(?<![\w+\-./])(?:(?:19|20)\d{2}|\d{2}) ?(?:0[1-9]|1[0-2]) ?" + _DAY + r"(?: ?[-+] ?| )?\d{4}(?![\d])"
)
_SEP = r"(?: ?[-/.] ?| )"
_PHONE = re.compile(
    r"(?<![\w+\-./])(?:"
    r"(?:\+46|0046)" + _SEP + r"?(?:\(0\) ?)?\d{1,10}(?:" + _SEP + r"\d{1,8}){0,5}"
    r"|0\d{1,10}(?:" + _SEP + r"\d{1,8}){0,5}"
    r"|46[1-9]\d{6,9}"
    r")(?!\d)(?![.,]\d)"
)
_TIME_LIKE = re.compile(r"[0-2]?\d[.:][0-5]\d(?: ?- ?[0-2]?\d[.:][0-5]\d)?")
_NUMBER_AND_YEAR = re.compile(r"\d+ ?/ ?(?:19|20)\d\d")  # a case number such as 0123/2024
_DOT = r"(?:\.|\(dot\)|\[dot\])"
_EMAIL = re.compile(
    r"[\w.+-]+ ?(?:@|\(at\)|\[at\]|\{at\}|\(a\)) ?[\w-]+(?:" + _DOT + r"[\w-]+)*" + _DOT + r"[a-z]{2,}\b"
    r"|[\w.+-]+ at [\w-]+(?: dot [\w-]+)* dot [a-z]{2,}\b",
    re.IGNORECASE,
)
_PHONE_DIGITS = (7, 13)


def normalise(text: str) -> str:
    """``text`` with digits, dashes, spaces and full-width signs in ASCII, character for character."""
    out = text.translate(_ASCII)
    if out.isascii():
        return out
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in out)


def luhn_ok(digits: str) -> bool:
    """The Luhn check of a personnummer's last ten digits (YYMMDDNNNC)."""
    total = 0
    for i, ch in enumerate(digits[-10:]):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _pnr_label(found: str) -> str:
    digits = "".join(ch for ch in found if ch.isdigit())
    if not luhn_ok(digits) and len(digits) == 10 and digits.startswith("0") and "+" not in found:
        return REDACTED_PHONE
    return REDACTED_PNR


def _phone_label(found: str) -> str | None:
    digits = sum(ch.isdigit() for ch in found)
    low, high = _PHONE_DIGITS
    if not low <= digits <= high or _TIME_LIKE.fullmatch(found) or _NUMBER_AND_YEAR.fullmatch(found):
        return None
    return REDACTED_PHONE


def redact(text: str) -> str:
    """Replace personnummer, e-mail addresses and Swedish phone numbers with placeholders.

    Personnummer go first, so that the phone pattern never sees (and half-matches) them.
    """
    if not text:
        return text
    norm = normalise(text)
    spans: list[tuple[int, int, str]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e, _ in spans)

    for m in _PNR.finditer(norm):
        spans.append((m.start(), m.end(), _pnr_label(m.group(0))))
    for m in _EMAIL.finditer(norm):
        if free(m.start(), m.end()):
            spans.append((m.start(), m.end(), REDACTED_EMAIL))
    for m in _PHONE.finditer(norm):
        label = _phone_label(m.group(0).rstrip(" -/."))
        if label and free(m.start(), m.end()):
            spans.append((m.start(), m.start() + len(m.group(0).rstrip(" -/.")), label))
    for start, end, label in sorted(spans, reverse=True):
        text = text[:start] + label + text[end:]
    return text
