"""Codes a document defines in running text rather than in a legend of their own.

Three forms, each strict enough that ordinary prose does not produce entries:

* a list in a sentence: "Lagar: KL = kommunallagen (2017:725), OSL = offentlighets- och
  sekretesslagen (2009:400)", "BNAU = ..., Ordf = ordförande, R = rektor" (with "=", a short word
  or a single letter is a code, in a list that has a real abbreviation too), "FL –
  förvaltningslagen (2017:900); KL – kommunallagen (2017:725)" (two or more definitions), or
  "Lagrum anges med PBL för plan- och bygglagen, MB för miljöbalken";
* a titled list without separators: "Förkortningar: KF kommunfullmäktige, KS kommunstyrelsen"
  (the words must be what the code's letters stand for);
* an explicit definition: "KF står för kommunfullmäktige", "med BLH avses bygglovshandläggare";
* a parenthesis after the words it abbreviates: "beslutar socialsekreterare (SS)", "fattas av
  förste socialsekreterare (1:e SS)", "socialnämndens arbetsutskott (AU)". The words are those the
  code's letters abbreviate (the Schwartz–Hearst match: the code's letters in order, its first
  letter starting a word), widened by a genitive before them ("socialnämndens") and an ordinal
  the code starts with ("1:e" = förste).
"""

from __future__ import annotations

import re

from ingest.legend import ABBR, VERBS, LegendEntry, abbreviates

_LIST_MARK = re.compile(rf"(?:(?<=^)|(?<=[\s,;:(]))(?P<abbr>{ABBR})\s*[=–—]\s+")
# with "=" a short word or a single letter is a code too: "Ordf = ordförande, R = rektor"
_EQUALS_MARK = re.compile(r"(?:(?<=^)|(?<=[\s,;:(]))(?P<abbr>" + ABBR + r"|[A-ZÅÄÖ][a-zåäö]{0,4}\.?)\s*=\s+")
# so with a dash between definitions set apart by ";": "MC – miljöchef; Adm – administratör; vOrdf – ..."
_DASH_MARK = re.compile(
    r"(?:(?<=^)|(?<=[;:.]\s))(?P<abbr>" + ABBR + r"|[a-zåäö]?[A-ZÅÄÖ][a-zåäö]{0,4}\.?)\s*[–—]\s+"
)
_FORMULA = re.compile(r"[+=*<>]|^[\W\d]")  # "A = B + C", "Antal = 5": arithmetic, not a code's words
_FOR_MARK = re.compile(r"(?:(?<=^)|(?<=[\s,;:]))(?P<abbr>[A-ZÅÄÖ][A-ZÅÄÖa-z]{0,2}[A-ZÅÄÖ]{1,6}) för\s+")
_DEFINED = re.compile(
    rf"(?:(?P<a1>{ABBR}) (?:står för|betyder|är en förkortning för) (?P<e1>[^.;:()]+(?:\([^)]*\)[^.;:()]*)?)"
    rf"|[Mm]ed (?P<a2>{ABBR}) avses (?P<e2>[^.;:()]+))"
)
_PAREN = re.compile(rf"\((?P<abbr>{ABBR})\)")
_CODE = rf"(?:{ABBR}|[A-ZÅÄÖ][a-zåäö]{{1,4}}\.?)"  # in a titled list "Ordf" is a code too
_INNER = frozenset("om för och i med av till vid på eller".split())  # "lagen om offentlig upphandling"
_ORDINAL = {"1:e": ("förste", "första"), "2:e": ("andre", "andra"), "1:a": ("första",), "2:a": ("andra",)}
_STOP = frozenset(
    "och eller samt i av för till på om med från som att den det de en ett är har ska kan får beslutar "
    "fattas beslutas enligt vid inom utan under över hos där när så alltid normalt".split()
)


def prose_entries(text: str) -> list[LegendEntry]:
    """Every code ``text`` defines, in order of appearance."""
    found = _meant(text) + _lists(text) + _titled_list(text) + _defined(text) + _parentheses(text)
    seen: set[str] = set()
    out = []
    for entry in found:
        if entry.abbreviation not in seen and entry.expansion:
            seen.add(entry.abbreviation)
            out.append(entry)
    return out


def _lists(text: str) -> list[LegendEntry]:
    for marker in (_EQUALS_MARK, _DASH_MARK, _LIST_MARK, _FOR_MARK):
        marks = list(marker.finditer(text))
        if len(marks) < 2:
            continue
        out = []
        for k, m in enumerate(marks):
            end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
            # a sentence or ";" ends the definition
            chunk = re.split(r"\.(?:\s|$)|;\s", text[m.end() : end], maxsplit=1)[0]
            exp = re.sub(r"(?:[,;]\s*|\s+)(?:och|samt)?\s*$", "", chunk.strip()).strip(" ,;.")
            if marker is _DASH_MARK and exp.split()[:1] and exp.split()[0].lower() in VERBS:
                continue  # "Ordf – beslutar i brådskande ärenden": a duty, not what the code means
            if exp and len(exp.split()) <= 12 and not _FORMULA.search(exp):
                out.append(LegendEntry(m.group("abbr"), exp))
        # the looser "=" codes count in a list that has a real abbreviation too: not "Ja = ..., Nej = ..."
        if len(out) >= 2 and (
            marker not in (_EQUALS_MARK, _DASH_MARK) or any(re.fullmatch(ABBR, e.abbreviation) for e in out)
        ):
            return out
    return []


# "Med SS avses socialsekreterare, med 1:e SS förste socialsekreterare och med Ordf ordförande",
# "I lagrumshänvisningarna avses med SoL socialtjänstlagen, med LVU lagen (1990:52) med ...": each
# "med" and a code opens one definition, up to the next one or the sentence's end
_MEANT_CODE = r"(?:\d:[ae] )?[A-ZÅÄÖ][\wÅÄÖåäö/\-]{0,9}"
_MEANT = re.compile(
    rf"(?:^|(?<=[\s,]))[Mm]ed (?P<abbr>{_MEANT_CODE}) (?:avses )?(?P<exp>.+?)"
    rf"(?=,\s*(?:och\s+)?med {_MEANT_CODE} |\s+och med {_MEANT_CODE} |\.\s|\.$|$)"
)


def _meant(text: str) -> list[LegendEntry]:
    """Definitions listed after "avses" in a sentence: "Med SS avses socialsekreterare, med EC
    enhetschef och med AU socialnämndens arbetsutskott."

    >>> [(e.abbreviation, e.expansion) for e in _meant("Med SS avses socialsekreterare, med 1:e SS "
    ...  "förste socialsekreterare och med Ordf nämndens ordförande. Övrigt.")]
    [('SS', 'socialsekreterare'), ('1:e SS', 'förste socialsekreterare'), ('Ordf', 'nämndens ordförande')]
    """
    out = []
    for sentence in re.split(r"(?<=\.)\s+(?=[A-ZÅÄÖ])", text):
        if not re.search(r"\bavses\b", sentence):
            continue
        found = [
            LegendEntry(m["abbr"], m["exp"].strip(" ,"))
            for m in _MEANT.finditer(sentence)
            if re.search(r"[A-ZÅÄÖ]", m["abbr"][1:] or m["abbr"]) or len(m["abbr"]) <= 5
        ]
        if len(found) >= 2:
            out += [e for e in found if len(e.expansion.split()) <= 12]
    return out


def _titled_list(text: str) -> list[LegendEntry]:
    """ "Förkortningar: KF kommunfullmäktige, KS kommunstyrelsen och BLH bygglovshandläggare." """
    m = re.search(
        r"(?:förkortning\w*[^:.]{0,60}|^(?:lagar|lagrum|författningar))[:.]\s*(?P<list>[^.]+)", text, re.I
    )  # "Förkortningar: KF ..., KS ...", "Förkortningar. Ordf ... · MBAU ... · SBC ..."
    if not m:
        return []
    out = []
    for part in re.split(r"\s*[,;·•|]\s*|\s+och\s+(?=[A-ZÅÄÖ])", m.group("list")):
        code, _, words = part.strip().partition(" ")
        if re.fullmatch(_CODE, code) and words and _stands_for(code, words.strip()):
            out.append(LegendEntry(code, words.strip()))
    return out if len(out) >= 2 else []


def _stands_for(code: str, words: str) -> bool:
    """The code's letters abbreviate the words, or their last words after a body's genitive
    ("AU teknik- och fritidsnämndens arbetsutskott")."""
    return abbreviates(code, words) or long_form_for(code, words.split()) is not None


def _defined(text: str) -> list[LegendEntry]:
    out = []
    for m in _DEFINED.finditer(text):
        abbr, exp = (m.group("a1"), m.group("e1")) if m.group("a1") else (m.group("a2"), m.group("e2"))
        exp = exp.strip(" ,")
        if exp and len(exp.split()) <= 10:
            out.append(LegendEntry(abbr, exp))
    return out


def _parentheses(text: str) -> list[LegendEntry]:
    out = []
    for m in _PAREN.finditer(text):
        words = re.findall(r"[\wåäöÅÄÖ][\wåäöÅÄÖ\-]*", text[: m.start()])[-8:]
        long_form = long_form_for(m.group("abbr"), words)
        if long_form:
            out.append(LegendEntry(m.group("abbr"), long_form))
    return out


def long_form_for(abbr: str, words: list[str]) -> str | None:
    """The words at the end of ``words`` that ``abbr`` abbreviates, or None.

    >>> long_form_for("SS", "I normalfallet beslutar socialsekreterare".split())
    'socialsekreterare'
    >>> long_form_for("AU", "fattas av socialnämndens arbetsutskott".split())
    'socialnämndens arbetsutskott'
    >>> long_form_for("1:e SS", "fattas av förste socialsekreterare".split())
    'förste socialsekreterare'
    >>> long_form_for("KL", "enligt lagen om offentlig upphandling".split()) is None
    True
    """
    ordinal, _, letters = abbr.partition(" ") if re.match(r"\d:[ae] ", abbr) else ("", "", abbr)
    letters = re.sub(r"[^A-Za-zÅÄÖåäö]", "", letters).lower()
    if not letters or not words:
        return None
    start = _match_start(letters, words)
    if start is None or len(words) - start > len(letters) + 2:
        return None
    if ordinal:
        if start == 0 or words[start - 1].lower() not in _ORDINAL.get(ordinal, ()):
            return None
        start -= 1
    elif start > 0 and _genitive(words[start - 1]):
        start -= 1
    phrase = words[start:]
    if phrase[0].lower() in _STOP or phrase[-1].lower() in _STOP:
        return None
    if any(w.lower() in _STOP and w.lower() not in _INNER for w in phrase[1:-1]):
        return None  # "beslutar", "som" inside: a clause, not a name
    return " ".join(phrase)


def _match_start(letters: str, words: list[str]) -> int | None:
    """Schwartz–Hearst: match the code's letters right to left in the words' letters; the first
    letter must start a word. Returns the index of the first word of the long form."""
    text = " ".join(words).lower()
    li, ti = len(letters) - 1, len(text) - 1
    while li >= 0:
        ch = letters[li]
        while ti >= 0 and (text[ti] != ch or (li == 0 and ti > 0 and text[ti - 1].isalnum())):
            ti -= 1
        if ti < 0:
            return None
        li, ti = li - 1, ti - 1
    return text[: ti + 1].count(" ") if ti >= 0 else 0


def _genitive(word: str) -> bool:
    """A body in the genitive before a role: "socialnämndens", "kommunstyrelsens"."""
    return (
        word[:1].islower()
        and len(word) > 6
        and word.endswith("s")
        and word.lower() not in _STOP
        and bool(
            re.search(
                r"(?:nämnd|styrelse|fullmäktige|förvaltning|bolag|kommun)ens?s?$|styrelsens$", word.lower()
            )
        )
    )
