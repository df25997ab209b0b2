"""Measure how well a passage supports a question, and pick the sentences that answer it.

A question is a list of content words (frame words such as "vem", "beslutar", "gäller" say what
kind of answer is wanted, not what it is about). Each word counts with the weight of its rarest
term — a word the collection has never seen weighs the most, since a question about something the
documents never mention must not be answered from what they do mention. A passage covers a word
when it has the word's stem, or (for a compound) all of its parts. Abstention thresholds on these
figures are measured on the question sets in eval/.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from store.analysis import expand_abbreviations, tokenize
from store.lexical import LexicalIndex

# Words that frame a question rather than name its subject.
FRAME_WORDS = (
    "vem vilka vilken vilket vad när hur var varför får ska skall kan finns gäller gällde gällande "
    "beslutar beslut besluta beslutade beslutat beslutas bestämmer bestämma fattar antar antogs antog "
    "antagit "
    "antagen fastställer fastställde fastställdes fastställt kommun kommunen kommunens askersund askersunds "
    "dokument dokumentet styrdokument enligt nu idag dag fortfarande aktuell aktuella senaste version "
    "versionen ersätter ersatte ersatt ersattes om för och i på av till det den de är ett en who what which "
    "when does decide decides the of då giltig giltigt ansvarar ansvar står stod sägs säger anger "
    "någon något "
    "några mycket många ofta länge lång tid hos inom under efter före från med samma belopp beloppet "
    "beloppsgräns beloppsgränsen gräns gränsen villkor upp högst mest max redan mitten början slutet år året "
    "januari februari mars april maj juni juli augusti september oktober november december stor stora "
    "storlek kostar kosta kostnad menas betyder innebär handlar vill ville behöver måste "
    # everyday words a question tells its situation with; they say nothing about the subject
    "oss vår vårt våra mig dig mej dej jag vi ni själv själva egen eget egna "
    "ta tar tog tagit ge ger gav gett gå går gick gått komma kommer kom kommit fått göra gör gjorde "
    "gjort ha har hade haft se ser såg sett hända händer hände hänt sätta sätter sätts satt ligga ligger "
    "låg legat hålla håller höll göras tas ges "
    "ny nytt nya stor stort små liten litet lite precis snabbt bort fram tillbaka ändå igång flera "
    "alltid aldrig ofta direkt just helt kanske verkligen egentligen också bara redan "
    # how a question points at a change or a case, not what it is about
    "ändrades ändrats ändrat ändras byttes bytts byts förändrats förändrades skillnad skillnaden skillnader "
    "jämfört regel regler reglerna regeln ärende ärendet ärenden ärendena via vänta väntar väntat ner ned"
).split()

PART_MIN = 6  # letters a word needs to be found as part of an unsplit compound
NUMBER_COVER = 0.8  # the asker's own figure ("650 000 kr") is met by the document's limit ("500 000 kr")
SAME_WORD_MIN = 6  # letters a stem needs before a one-letter difference is the same word
SAME_WORD_COVER = 0.9
YEAR_WEIGHT = 1.0  # a year the documents name is judged by the cited documents' validity instead
_YEAR = re.compile(r"(19|20)\d\d")


# a span of time: "inom 10 arbetsdagar" answers "hur länge"; "i tre veckor" in a question is the asker's
DURATION = re.compile(
    r"\b(\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|fjorton|trettio)\s+(\w+)?(dagar|dag|dygn|veckor|vecka|"
    r"månader|månad|år|timmar|timme|minuter|arbetsdagar|arbetsdag)\b",
    re.I,
)
_UNITS = ("kronor", "kr", "procent", "kvadratmeter", "kvm", "meter", "timmar", "dagar", "personer")
_AMOUNT = re.compile(r"(?<![\d,])(\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?) ?(" + "|".join(_UNITS) + r")\b", re.I)


def _is_figure(term: str) -> bool:
    return term.isdigit() and not _YEAR.fullmatch(term)


LONG_QUESTION = 5  # content words; more than this and the question tells a situation
_VERB_FORM = re.compile(r"(as|ar|er|ade|ades|at|ats|ande|ende|it)$")
# past and present forms a situation is told with: skickade, planerar, köpte, dragit (participles in
# -ande are left out: ordförande, överklagande, sökande are nouns)
_TOLD_VERB = re.compile(
    r"^(?!(kredit|profit|granit)$)\w{3,}(ade|erar|erat|[bdgklmnprsv]te|[bdgklmnprstv]it)$"
)


@dataclass(frozen=True)
class Word:
    """One content word of a question with its analysed terms (stem first, then compound parts)."""

    token: str
    terms: tuple[str, ...]
    weight: float
    unit: str = ""  # the unit's stem when the question gives the figure with one ("650 000 kronor")


class Evidence:
    """Term statistics of one lexical index, for scoring passages and sentences against a question."""

    def __init__(self, lexical: LexicalIndex) -> None:
        self.lexical = lexical
        self._frame = {t for w in FRAME_WORDS for t in lexical.terms(w)}
        self._max_idf = math.log(len(lexical) + 1.0) + 1.0 if len(lexical) else 1.0
        self._titles: dict[str, list[Word]] = {}
        self._in_compound: dict[str, bool] = {}

    def idf(self, term: str) -> float:
        """The term's idf; a term no chunk contains weighs the most."""
        return self.lexical.idf(term) if self.lexical.df(term) else self._max_idf

    def _unknown_weight(self, token: str) -> float:
        """An unknown word weighs the most — unless it looks like a verb form ("snöröjas",
        "omfattas", "kostar"): questions phrase actions in their own words, documents in theirs."""
        if len(token) < 12 and _VERB_FORM.search(token):
            return 1.0
        return self._max_idf

    def words(self, text: str) -> list[Word]:
        """The question's content words, unique, in order."""
        out: list[Word] = []
        seen: set[str] = set()
        analyzer = self.lexical.analyzer
        amounts = {  # figure token -> its unit's stem; years are never amounts
            t: self.lexical.terms(m[2])[0]
            for m in _AMOUNT.finditer(text)
            for t in tokenize(m[1])
            if not _YEAR.fullmatch(t)
        }
        told = {t for m in DURATION.finditer(text) for t in tokenize(m[0])}  # "i tre veckor": the asker's
        expanded = expand_abbreviations(text, self.lexical.abbreviations)
        # an abbreviation the text spells out ("KF" -> kommunfullmäktige) counts by its expansion
        spelled = (
            {t for t in tokenize(text) if t not in tokenize(expanded[len(text) :])}
            if expanded != text
            else set()
        )
        codes = {t for t in spelled if not self.lexical.df(t)} if spelled else set()
        for token in tokenize(expanded):
            terms = analyzer.token_terms(token)
            if (
                not terms
                or terms[0] in self._frame
                or terms[0] in seen
                or (token in codes and len(token) <= 6)
            ):
                continue
            seen.add(terms[0])
            if _YEAR.fullmatch(token) and self.lexical.df(terms[0]):
                weight = YEAR_WEIGHT  # a year the documents name; a year none names weighs fully below
            elif len(terms) == 1:
                weight = self.idf(terms[0]) if self.lexical.df(terms[0]) else self._unknown_weight(token)
            else:
                weight = max(self.idf(terms[0]), min(self.idf(t) for t in terms[1:]))
            if token in told:
                weight = min(weight, 1.0)
            out.append(Word(token, terms, weight, amounts.get(token, "")))
        if all(w.unit for w in out):  # a figure alone asks nothing a limit could answer
            out = [replace(w, unit="") for w in out]
        if len(out) > LONG_QUESTION:
            # A long question describes a situation ("vi vill bygga en brygga vid sjön ..."): its words
            # that the documents never use are the asker's, not a subject the documents lack.
            known = [w.weight for w in out if self.lexical.df(w.terms[0])]
            typical = sorted(known)[len(known) // 2] if known else 1.0
            out = [
                w if self.lexical.df(w.terms[0]) or len(w.terms) > 1 else Word(w.token, w.terms, typical)
                for w in out
            ]
            # and the verbs it tells it with ("skickade", "planerar") are the asker's doing
            out = [
                Word(w.token, w.terms, 1.0) if len(w.terms) == 1 and _TOLD_VERB.search(w.token) else w
                for w in out
            ]
        return out

    def title_words(self, title: str) -> list[Word]:
        """Words of a document title, memoised: every question compares itself with every title."""
        cached = self._titles.get(title)
        if cached is None:
            cached = self._titles[title] = self.words(title)
        return cached

    def covered(self, word: Word, have: set[str]) -> float:
        """1.0 when the passage has the word (0.9 when its stem differs by one final letter, as the
        stemmer cuts a word and its inflection apart: "gräns" and "gränsen"); 0.8 for the asker's
        figure when the passage has a figure in the same unit; 0.75 when it has all its compound
        parts; 0.6 when a passage word starts or ends with it ("pension" in "pensionsavgång"; the
        word must be at least :data:`PART_MIN` letters); else 0.0."""
        stem = word.terms[0]
        if stem in have:
            return 1.0
        if len(stem) >= SAME_WORD_MIN and any(
            abs(len(t) - len(stem)) == 1 and (t.startswith(stem) or stem.startswith(t)) for t in have
        ):
            return SAME_WORD_COVER  # one word stemmed two ways: "gräns" -> "grän", "gränsen" -> "gräns"
        if word.unit and word.unit in have and any(_is_figure(t) for t in have):
            return NUMBER_COVER  # the asker's "650 000 kronor" against the document's "500 000 kronor"
        parts = [t for t in word.terms[1:] if t not in self._frame]  # "överklagande|tid": the tid says little
        if parts and all(t in have for t in parts):
            return 0.75
        if len(stem) >= PART_MIN and any(
            len(t) >= len(stem) + 3 and (t.startswith(stem) or t.endswith(stem)) for t in have
        ):
            return 0.6
        return 0.0

    def support(self, words: list[Word], text: str) -> float:
        """Share (0..1) of the question's weighted content words that ``text`` covers."""
        if not words:
            return 0.0
        have = set(self.lexical.terms(text))
        total = sum(w.weight for w in words)
        return sum(w.weight * self.covered(w, have) for w in words) / total if total else 0.0

    def named_share(self, words: list[Word], text: str) -> float:
        """Share (0..1) of ``text``'s own weighted content words that the question names: how
        completely a short text (a delegation row's matter) is what the question is about."""
        own = self.words(text)
        if not own:
            return 0.0
        asked = {t for w in words for t in w.terms}
        total = sum(w.weight for w in own)
        return sum(w.weight * self.covered(w, asked) for w in own) / total if total else 0.0

    def unknown_words(self, words: list[Word]) -> list[Word]:
        """Words the collection has never seen, not even as compound parts: neither split into parts
        it has, nor written as the start or end of a longer word of its ("granskas" in
        "aktualitetsgranskas"), as :meth:`covered` counts them."""
        df = self.lexical.df
        return [
            w
            for w in words
            if not df(w.terms[0])
            and not (len(w.terms) > 1 and all(df(t) for t in w.terms[1:]))
            and not self._part_of_a_word(w.terms[0])
        ]

    def _part_of_a_word(self, stem: str) -> bool:
        if len(stem) < PART_MIN:
            return False
        if stem not in self._in_compound:
            self._in_compound[stem] = any(
                len(t) >= len(stem) + 3 and (t.startswith(stem) or t.endswith(stem))
                for t in self.lexical.analyzer.vocabulary
            )
        return self._in_compound[stem]
