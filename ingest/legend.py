"""Abbreviation legends: the codes a document defines itself, and their expansion in table rows.

A delegationsordning names delegates by code ("BLH") and explains the codes in a legend: lines
under a heading ("Förkortningar"), a list after an inline paragraph title ("3.4 Förkortningar.
Följande förkortningar används:"), a two-column table, or prose ("bygglovshandläggare (BLH)",
"KL = kommunallagen, OSL = ...": see :mod:`ingest.legend_prose`). Reading the legend from the
document itself (never from a global list) keeps "BLH" meaning what *this* document says it means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_GAP = re.compile(r"\S+(?: \S+)*")  # a segment: text without a double space
_HEADING = re.compile(
    r"förkortning|delegater\b|teckenförklaring|befattningar|beteckningar|\bkoder\b|delegatkoder|"
    r"delegatförteckning|\bförklaringar\b|^(?:[\d.]+\s*)?(?:lagar|lagrum|författningar)\b",
    re.I,
)
_BULLET = re.compile(r"^(?:[•\-–—*▪◦o·]|\d{1,2}[.)])\s+")
# A code: upper case letters (digits, "/", "-" inside), optionally after an ordinal ("1:e SS"),
# or a capitalised short word with a second capital ("SoL"). "Ordf" passes only before an explicit
# separator (_SEP), where a legend cannot be mistaken for a sentence.
ABBR = r"(?:\d:[ae] )?(?:[A-ZÅÄÖ][A-ZÅÄÖ0-9/\-]{1,9}|[A-ZÅÄÖ][a-zåäö]{0,3}[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,4})"
_WORDISH = r"(?:\d:[ae] )?[A-ZÅÄÖ][\wåäö./\-]{0,14}"
_UTSKOTT = r"[a-zåäö]{0,2}u\.?"  # an utskott after its body's code: "SN au", "KS pu", "BUN iu"
_SEP = re.compile(rf"^(?P<abbr>{ABBR} {_UTSKOTT}|{ABBR}|{_WORDISH})(?:\s*[=–—:]\s*|\s+-\s+)(?P<exp>\S.*)$")
_SPACE = re.compile(rf"^(?P<abbr>{ABBR})\s+(?P<exp>[A-ZÅÄÖa-zåäö]\S*(?: \S+){{0,12}})$")
_PAREN = re.compile(rf"^(?P<exp>[A-ZÅÄÖa-zåäö][\wåäö\- ]{{2,60}}?)\s*\((?P<abbr>{ABBR})\)$")
# a short capitalised code without a separator ("Ordf ordförande"), checked against its letters
_SHORT = re.compile(r"^(?P<abbr>[A-ZÅÄÖ][a-zåäö]{1,4}\.?)\s+(?P<exp>[a-zåäöA-ZÅÄÖ]\S*(?: \S+){0,12})$")
# the code after its words ("Bygglovshandläggare – BLH"), or its words in brackets ("BLH (bygglovs...)")
_REVERSED = re.compile(rf"^(?P<exp>[A-ZÅÄÖa-zåäö][a-zåäö\- ]{{2,60}}?)\s+[–=-]\s+(?P<abbr>{ABBR})$")
_BRACKETED = re.compile(rf"^(?P<abbr>{ABBR}|{_WORDISH})\s*\((?P<exp>[a-zåäöA-ZÅÄÖ][^()]{{2,80}})\)$")
# in a column of its own "Ordf" is a code too, and so are a letter term ("C-verksamhet") and a code
# of two short words ("V ordf", "1:e SS", "Stf RC")
_CELL_CODE = (
    rf"(?:{ABBR}|[A-ZÅÄÖ][a-zåäö]{{1,4}}\.?|[A-ZÅÄÖ]{{1,3}}-[a-zåäö]{{3,15}}"
    rf"|(?:[A-ZÅÄÖ]|\d:[ae])\.? (?:{ABBR}|[a-zåäö]{{2,5}}\.?)|[A-ZÅÄÖ][a-zåäö]{{1,3}}\.? {ABBR}"
    rf"|{ABBR} {_UTSKOTT})"  # a body's code and its utskott: "SN au", "KS pu"
)
VERBS = frozenset(
    "beslutar beslutas beslutade är har ska kan får fastställer fastställde antar antog fattar fattade "
    "gäller avser godkände".split()
)
_MARKER = re.compile(rf"(?:^|[\s,;:(])(?:{ABBR})\s*[=–—]\s")  # "KL = ", "FL – " inside prose
# Legend tables: "Förkortning | Befattning", "Kod | Delegat", "Delegatförkortning | Lagens namn".
_CODE_COLUMN = re.compile(r"^(?=.{2,30}$)\S*(?:förk|kod|beteckning|delegat)\S*$", re.I)
_NAME_COLUMN = re.compile(
    r"^(?=.{2,30}$)(?!lagrum)(?:\S+ )?\S*(?:betydelse|befattning|benämning|titel|funktion|förklaring|roll|"
    r"delegat|står för|innebörd|namn|tjänst|beskrivning|lag|författning)\S*$",
    re.I,
)
# Columns whose cells hold delegate codes worth expanding in a row's text.
DELEGATE_COLUMNS = frozenset({"delegat", "delegater", "beslutsfattare", "ersättare", "vidaredelegering"})


@dataclass(frozen=True)
class LegendEntry:
    abbreviation: str
    expansion: str


def is_legend_heading(heading: str) -> bool:
    """Headings under which "BLH  Bygglovshandläggare" lines define abbreviations."""
    return bool(_HEADING.search(heading))


def introduces_legend(text: str) -> bool:
    """A paragraph that announces a list of codes: "3.4 Förkortningar. Följande ... används:"."""
    return text.rstrip().endswith(":") and is_legend_heading(text)


def is_legend_table_header(raw: str) -> bool:
    """Column names of a legend set as a table ("Förkortning   Befattning"), once or in pairs."""
    segments = [m.group().strip(" :") for m in _GAP.finditer(raw)]
    if len(segments) == 3:  # "Kod  Delegat  Ersättare vid förfall": a further column after the pair
        segments = segments[:2]
    if len(segments) not in (2, 4, 6):
        return False
    pairs = list(zip(segments[::2], segments[1::2], strict=True))
    return all(_CODE_COLUMN.match(a) and _NAME_COLUMN.match(b) for a, b in pairs) or all(
        _NAME_COLUMN.match(a) and _CODE_COLUMN.match(b) for a, b in pairs
    )


def parse_legend_line(raw: str) -> list[LegendEntry]:
    """Abbreviation definitions on one layout line; several if the legend is set in columns.

    Accepts "BLH  Bygglovshandläggare", "BLH = Bygglovshandläggare", "BLH – Bygglovshandläggare",
    "BLH: bygglovshandläggare", "BLH bygglovshandläggare", "Bygglovshandläggare (BLH)", the same
    after a bullet or dash ("- EC – enhetschef", "• AU – arbetsutskottet"), and column pairs
    "BLH  Bygglovshandläggare   MI  Miljöinspektör". A line that defines several codes in running
    text ("KL = kommunallagen, OSL = ...") is prose, read by :mod:`ingest.legend_prose`.
    """
    body = _BULLET.sub("", raw.strip(), count=1) if _BULLET.match(raw.strip()) else raw.strip()
    segments = [m.group() for m in _GAP.finditer(body)]
    pairs = len(segments) >= 2 and len(segments) % 2 == 0
    if (
        pairs
        and all(re.fullmatch(_CELL_CODE, s) for s in segments[::2])
        and not any(re.fullmatch(ABBR, s) for s in segments[1::2])
    ):
        return [LegendEntry(a, e) for a, e in zip(segments[::2], segments[1::2], strict=True)]
    if (
        pairs
        and all(re.fullmatch(ABBR, s) for s in segments[1::2])
        and not any(re.fullmatch(_CELL_CODE, s) for s in segments[::2])
    ):  # the name first: "Bygglovshandläggare      BLH"
        return [LegendEntry(a, e) for e, a in zip(segments[::2], segments[1::2], strict=True)]
    if (
        len(segments) >= 3
        and len(segments) % 2 == 1
        and re.fullmatch(_CELL_CODE, segments[0])
        and not re.fullmatch(ABBR, segments[1].split()[0])
    ):  # "Ordf   socialnämndens ordförande   vice ordförande": a further column (ersättare) is no part
        return [LegendEntry(segments[0].rstrip("."), _clean(segments[1]))]
    if len(segments) >= 2 and all(_SPACE.match(seg) and abbreviates(*seg.split(" ", 1)) for seg in segments):
        return [LegendEntry(*seg.split(" ", 1)) for seg in segments]  # "BLH Bygglovshandläggare   BI ..."
    if len(segments) == 2 and re.fullmatch(r"[A-ZÅÄÖ]|[a-zåäö]{2,5}", segments[0]) and abbreviates(*segments):
        # "R      Rektor": a one-letter code; "pbb    prisbasbelopp": a code in lower case
        return [LegendEntry(segments[0], _clean(segments[1]))]
    if len(segments) >= 2:  # a grid of definitions: "IU = individutskottet     SC = socialchef"
        each = [_explicit(seg) for seg in segments]
        if all(each):
            return [e for e in each if e is not None]
    text = " ".join(body.split())
    if len(_MARKER.findall(text)) >= 2:
        return []
    for pattern in (_SEP, _SPACE, _SHORT, _PAREN, _REVERSED, _BRACKETED):
        m = pattern.match(text)
        if pattern in (_SPACE, _SHORT) and m and not abbreviates(m.group("abbr"), m.group("exp")):
            continue  # no separator: the words must be what the code's letters stand for
        if m and _plausible(m.group("abbr"), m.group("exp")):
            return [LegendEntry(m.group("abbr").rstrip("."), _clean(m.group("exp")))]
    return []


def _explicit(segment: str) -> LegendEntry | None:
    """One definition with an explicit separator, alone in its cell ("SC = socialchef")."""
    m = _SEP.match(" ".join(segment.split()))
    if m is None or len(_MARKER.findall(segment)) > 1 or not _plausible(m.group("abbr"), m.group("exp")):
        return None
    return LegendEntry(m.group("abbr").rstrip("."), _clean(m.group("exp")))


def abbreviates(code: str, expansion: str) -> bool:
    """Do the code's letters stand for these words: its first letter starts one of the first words,
    the others follow in order ("BLH" bygglovshandläggare, "Ordf" ordförande, "SBN"
    samhällsbyggnadsnämnden)? A sentence after a capitalised word ("Dessa används ...") fails.

    >>> abbreviates("MAS", "medicinskt ansvarig sjuksköterska"), abbreviates("Dessa", "förkortningar används")
    (True, False)
    """
    letters = re.sub(r"^\d:[ae] |[^A-Za-zÅÄÖåäö]", "", code).lower()
    words = expansion.lower().split()
    if not letters or not words:
        return False
    for start in range(min(3, len(words))):
        if not words[start].startswith(letters[0]):
            continue
        rest, at = " ".join(words[start:])[1:], 0
        for ch in letters[1:]:
            at = rest.find(ch, at) + 1
            if at == 0:
                break
        else:
            return True
    return False


def strict_legend_line(raw: str) -> list[LegendEntry]:
    """A definition that needs no legend title to be one: an upper-case code, an explicit "=" or "–"
    and the words ("BLH = bygglovshandläggare", "- EC – enhetschef"); not "KS: ..." (minutes)."""
    body = _BULLET.sub("", raw.strip(), count=1)
    text = " ".join(body.split())
    m = re.match(rf"^(?P<abbr>{ABBR})\s*[=–—]\s*(?P<exp>[a-zåäöA-ZÅÄÖ][^=–—]{{1,80}})$", text)
    if not m or not _plausible(m.group("abbr"), m.group("exp")) or m.group("exp").split()[0].isupper():
        return []
    return [LegendEntry(m.group("abbr"), _clean(m.group("exp")))]


def _plausible(abbr: str, expansion: str) -> bool:
    exp = expansion.strip().rstrip(",;").strip()  # "BLH = bygglovshandläggare," in a list
    if len(exp) < 2 or len(abbr.rstrip(".")) > len(exp):
        return False
    if is_legend_heading(abbr):
        return False  # "Förkortningar: KF kommunfullmäktige; ..." titles a list, it defines no code
    if exp.split()[0].lower() in VERBS:
        return False  # "KF beslutar om taxan" is a sentence
    return not re.fullmatch(ABBR, exp.split()[0]) or len(exp.split()) > 1


def _clean(expansion: str) -> str:
    return expansion.strip().rstrip(".;,").strip()


def expand_delegates(cells: dict[str, str], legend: dict[str, str]) -> dict[str, str]:
    """Cells with every legend code in a delegate column spelled out: "BLH (Bygglovshandläggare)".

    Only delegate columns are expanded: "PBL" in a Lagrum cell stays as printed.
    """
    if not legend:
        return dict(cells)
    pattern = code_pattern(legend)
    return {
        name: pattern.sub(lambda m: f"{m.group(1)} ({legend[m.group(1)]})", value)
        if is_delegate_column(name)
        else value
        for name, value in cells.items()
    }


def is_delegate_column(name: str) -> bool:
    norm = " ".join(name.lower().split()).strip(" :")
    return norm in DELEGATE_COLUMNS or any(part in DELEGATE_COLUMNS for part in norm.split("/"))


def code_pattern(legend: dict[str, str]) -> re.Pattern[str]:
    """A pattern finding the legend's codes as whole words (longest first), not already explained
    by a parenthesis that follows."""
    codes = "|".join(re.escape(code) for code in sorted(legend, key=len, reverse=True))
    return re.compile(rf"(?<![\wÅÄÖåäö])({codes})(?![\wÅÄÖåäö])(?!\s*\()")
