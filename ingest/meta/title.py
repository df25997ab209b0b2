"""A document's own title: what it prints largest at the top of its first page.

Never a running header, the municipality's or a nämnd's name band ("Askersunds kommun ·
Socialnämnden"), a collection banner ("... författningssamling", "KFS 1.2"), a bare type word on a
cover ("PROGRAM") or a metadata line. With font sizes (pages read from a PDF) the largest remaining
line wins, joined with the lines of the same size under it; without them, the first remaining
line, joined with the lines it wraps onto.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence

from ingest.dates import find_dates
from ingest.meta.document import DocView, Line
from ingest.meta.labels import bare_body
from ingest.meta.styled import StyledLine
from ingest.meta.vocab import bare_type, clean_text, doc_type_of, match_label

_NOISE_RE = re.compile(
    r"fiktivt testdokument|^sida\s+\d+|^\d+(?:\s*\(\d+\))?$|^[–-]\s*\d+\s*[–-]$|^www\.|@|författningssamling"
    r"|^(?:KFS|Flik)\b|^sid(?:a|an)?\s*\d+\s*(?:av|/)\s*\d+$"
    r"|^(?:styrdokument|dokument|bilaga(?:\s+\d+)?|utkast|förslag|innehåll(?:sförteckning)?)$"
    # the headings of a protocol extract before the document: its sections, never a title
    r"|^(?:(?:protokoll|utdrag|protokollsutdrag|utdrag ur protokoll)(?:\s+\S+){0,3}|ärendebeskrivning|"
    r"ärendet|beslut|beslutsunderlag|förslag till beslut|sammanfattning|bakgrund|yrkanden?|"
    r"propositionsordning|beslutsgång|justering|justerat|rätt utdraget intygar)$"
    r"|^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÅÄÖ][a-zåäö]+(?:\s+\S+){0,4}$",  # a numbered section: "1. Syfte"
    re.IGNORECASE,
)
_PART_SPLIT = re.compile(r"\s+[·|•–—-]\s+|,\s+|\s{2,}")
_KOMMUN_RE = re.compile(
    r"^(?:[A-ZÅÄÖ][\wåäö]+s\s+)?kommun(?:s\s+\w+)?$|^[A-ZÅÄÖ]+S KOMMUN$"
    r"|^[\wåäö-]*(?:förvaltning|kontor|avdelning|enhet|sektor|stab)(?:en|et)?$",
    re.IGNORECASE,
)
_MAX_TITLE = 160


def is_noise(text: str, continued: bool = False) -> bool:
    """A line that is never a title: markers, bands, banners, type words, metadata, page numbers.
    A line that ``continued`` a title above it may be a body's name ("... för\nsocialnämnden")."""
    text = " ".join(text.split())
    if len(text) < 3 or _NOISE_RE.search(text) or (bare_type(text) and not continued):
        return True
    if continued:
        return match_label(text) is not None or bool(find_dates(text))
    parts = [p for p in _PART_SPLIT.split(text) if p.strip()]
    if parts and all(_KOMMUN_RE.match(p.strip()) or bare_body(p) or _NOISE_RE.search(p) for p in parts):
        return True
    if match_label(text) is not None:
        return True
    return bool(find_dates(text)) and len(text) < 90


def _from_styled(lines: Sequence[StyledLine]) -> str | None:
    if not lines:
        return None
    texts = [line for line in lines if len(line.text.split()) >= 6]
    body = statistics.median(line.size for line in texts) if texts else min(line.size for line in lines)
    candidates = [(i, line) for i, line in enumerate(lines) if not is_noise(line.text)]
    if not candidates:
        return None
    top = max(line.size for _, line in candidates)
    if top < body * 1.15:
        return None  # nothing stands out: no typographic title
    first, head = next((i, line) for i, line in candidates if abs(line.size - top) < 0.6)
    parts = [head.text]
    previous = head
    for line in lines[first + 1 :]:
        other_size, near = abs(line.size - top) >= 0.6, previous.y - line.y <= 2.2 * top
        if other_size and near and abs(line.x - head.x) > 2 * top:
            continue  # a smaller block in another column (a sidebar beside the title)
        if other_size or not near or is_noise(line.text, True):
            break
        parts.append(line.text)
        previous = line
    if first > 0 and parts[0][:1].islower() and bare_type(lines[first - 1].text):
        parts.insert(0, lines[first - 1].text.capitalize())  # "RIKTLINJE" over "för måltider ..."
    title = clean_text(" ".join(parts))
    return title if len(title) <= _MAX_TITLE else None


def _from_lines(lines: Sequence[Line]) -> str | None:
    page_one = [line for line in lines if line.page == 1 and line.zone in ("header", "running")]
    for index, line in enumerate(page_one):
        if line.separated or len(line.cells) != 1:
            continue
        text = line.cells[0].text
        if is_noise(text):
            continue
        parts = [text]
        for following in page_one[index + 1 : index + 3]:
            nxt = following.text
            if not nxt[:1].islower() or len(following.cells) != 1 or is_noise(nxt, True):
                break
            parts.append(nxt)
        title = clean_text(" ".join(parts))
        return title if len(title) <= _MAX_TITLE and not title.endswith(".") else None
    return None


_NAMED_RE = re.compile(r"^\S+\s+(?:för|om|vid|mot|kring|inom|till)\s+\S", re.IGNORECASE)


def _named_by_type(lines: Sequence[Line]) -> str | None:
    """Where no line stands out by its size (a title set in a header box at body size): the first
    cell at the top of page 1 that names a document type and what it is for ("Riktlinje för
    enskilda avloppsanläggningar", "Rutin för orosanmälan")."""
    for line in lines:
        if line.page != 1 or line.zone not in ("header", "running"):
            continue
        for cell in line.cells:
            words = cell.text.split()
            text = " ".join(words)
            if (
                3 <= len(words) <= 14
                and _NAMED_RE.match(text)
                and doc_type_of(words[0])
                and not is_noise(text)
            ):
                return clean_text(text)
    return None


def find_title(view: DocView) -> str | None:
    """The document's title, or None when no line can be told to be one."""
    return _from_styled(view.styled) or _named_by_type(view.lines) or _from_lines(view.lines)


_DASH_RE = re.compile(r"\s+[–—]\s+")


# a subtitle that opens with an article, a pronoun or a preposition is a motto ("– en plats för alla",
# "– tillsammans för ...", "– för en hållbar kommun"), not the name of what the document covers
_MOTTO_RE = re.compile(
    r"(?:en|ett|vi|vår|våra|din|ditt|dina|för|med|mot|mer|i|på|så|från|nu|tillsammans|där|när|som|hela|alla)\b"
    r"|.*(?:\d|\b(?:styr\w*|\w*dokument|version|reviderad|antagen|antaget|gällande|fastställd)\b)"
)


def tidy_title(title: str, text: str = "") -> str:
    """The title as a name: a title set in capitals in sentence case ("DELEGATIONSORDNING FÖR
    SOCIALNÄMNDEN" -> "Delegationsordning för socialnämnden"), without a part's name or a motto in
    lower case after a dash ("... – delegationsförteckning", "... – en plats för alla", while "... –
    individ- och familjeomsorg" tells two documents apart and stays), printed once (a binder form
    repeats it), and without a space that kerning put inside a word the document writes whole
    elsewhere ("ska deståndsanspråk")."""
    words = title.split()
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]:
        title = " ".join(words[:half])
    parts = _DASH_RE.split(title, maxsplit=1)
    if (  # a part's name or a motto, not a qualifier ("– individ- och familjeomsorg")
        len(parts) == 2
        and (len(parts[1].split()) == 1 or _MOTTO_RE.match(parts[1]))
        and parts[1][:1].islower()
        and _NAMED_RE.match(parts[0])
        and doc_type_of(parts[0].split()[0])
    ):
        title = parts[0]
    letters = [c for c in title if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) >= 0.8 * len(letters) and len(letters) > 8:
        title = title.lower()
        title = title[:1].upper() + title[1:]
    if text:
        lowered = text.lower()
        out: list[str] = []
        for word in title.split():
            joined = (out[-1] + word).lower() if out else ""
            split = f"{out[-1]} {word}".lower() if out else ""
            whole = len(re.findall(rf"(?<![\wåäö]){re.escape(joined)}(?![\wåäö])", lowered)) if out else 0
            if out and word[:1].islower() and whole and lowered.count(split) <= 1:
                out[-1] += word  # the split form is this title line only; the document writes it whole
            else:
                out.append(word)
        title = " ".join(out)
    return title
