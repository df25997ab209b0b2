"""Swedish text analysis for lexical retrieval, shared by the BM25 index and question understanding.

English tokenisers and stemmers break Swedish: accented letters split words, Porter leaves
"nämnden" and "nämnd" apart, and compounds ("föreningsbidrag") never meet the phrase a resident
types ("bidrag till föreningar"). This module fixes the three in one place so that the index and
the question are analysed identically:

    >>> analyzer = Analyzer({"förening", "bidrag"})
    >>> analyzer.analyze("Föreningsbidrag")
    ['föreningsbidrag', 'förening', 'bidrag']
    >>> analyzer.analyze("bidrag till föreningar")
    ['bidrag', 'förening']
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

import Stemmer

logger = logging.getLogger(__name__)

COMPOUND_MIN_LENGTH = 9  # shorter tokens are rarely compounds worth splitting
VOCAB_MIN_LENGTH = 4  # corpus words shorter than this make too many accidental splits
MAX_COMPOUND_PARTS = 3
LINKING_LETTERS = ("", "s", "e", "a")  # fogemorfem: delegation+s+ordning, kommun+fullmäktige

# Section numbers ("B.4", "3.2.1") and decimals ("1,5") first, so they stay one token; then words.
_TOKEN_RE = re.compile(r"(?<![\w.])(?:[^\W\d_]|\d+)(?:[.,]\d+)+(?![\w])|[^\W_]+")

STOPWORDS: frozenset[str] = frozenset(
    """
    och i att det som en ett på är av för med till den de dem har hade inte om vad vem vilken vilket
    vilka hur när var varför där här jag du han hon vi ni man sig sin sitt sina min mitt mina din
    ditt dina er ert era hans hennes deras dess denna detta dessa så men eller samt från vid
    under över mot efter innan utan också bara än nu då sedan ska skall kan kunna kunde måste
    skulle vara varit blir bli blev blivit finns fanns få får fick all alla allt någon något några
    ingen inget inga mycket mer mest sådan sådant sådana hos åt upp ut in ju väl the
    """.split()
)

# Words every municipality's documents use; they seed compound splitting even before a corpus
# vocabulary is known, and short ones (lov, lag, tid) are allowed as compound parts only here.
BUILTIN_VOCABULARY: frozenset[str] = frozenset(
    """
    bygg lov bygglov rivning rivningslov marklov handläggare handläggning beslut nämnd kommun
    fullmäktige styrelse policy riktlinje riktlinjer plan program delegation ordning bidrag
    förening avgift taxa regel regler reglemente dokument styrdokument arbete arbetsmiljö miljö
    samhälle samhällsbyggnad byggnad förvaltning förvaltningschef chef ansvar ansvarig rätt
    tillstånd tillsyn detaljplan översiktsplan plan strategi representation upphandling
    ekonomi budget verksamhet skola förskola utbildning social omsorg äldre barn ungdom
    fritid kultur teknik trafik gata park vatten avlopp avfall lag tid ersättning arvode
    personal lön anställning avtal yttrande remiss ärende utskott ordförande ledamot
    sekretess dataskydd information kommunikation säkerhet kris beredskap stöd service ansökan
    mål resultat område servering skydd strand bostad hälsa livsmedel alkohol fastighet mark vård
    boende drift skatt kostnad intäkt dialog rapport prövning dispens sanktion vite
    """.split()
)

BUILTIN_ABBREVIATIONS: dict[str, str] = {
    "KF": "kommunfullmäktige",
    "KS": "kommunstyrelsen",
    "KSAU": "kommunstyrelsens arbetsutskott",
    "AU": "arbetsutskott",
    "SBN": "samhällsbyggnadsnämnden",
    "MBN": "miljö- och byggnämnden",
    "SN": "socialnämnden",
    "BUN": "barn- och utbildningsnämnden",
    "KFN": "kultur- och fritidsnämnden",
    "TN": "tekniska nämnden",
    "ÖFN": "överförmyndarnämnden",
    "PBL": "plan- och bygglagen",
    "PBF": "plan- och byggförordningen",
    "BBR": "Boverkets byggregler",
    "SoL": "socialtjänstlagen",
    "SoF": "socialtjänstförordningen",
    "KL": "kommunallagen",
    "FL": "förvaltningslagen",
    "OSL": "offentlighets- och sekretesslagen",
    "TF": "tryckfrihetsförordningen",
    "LSS": "lagen om stöd och service till vissa funktionshindrade",
    "LVU": "lagen med särskilda bestämmelser om vård av unga",
    "LVM": "lagen om vård av missbrukare i vissa fall",
    "HSL": "hälso- och sjukvårdslagen",
    "LOU": "lagen om offentlig upphandling",
    "LOV": "lagen om valfrihetssystem",
    "MB": "miljöbalken",
    "GDPR": "dataskyddsförordningen",
    "SFS": "svensk författningssamling",
    "SKR": "Sveriges Kommuner och Regioner",
    "ÖP": "översiktsplan",
    "DP": "detaljplan",
    "Dnr": "diarienummer",
}

_snowball = Stemmer.Stemmer("swedish")
_snowball_lock = threading.Lock()  # PyStemmer objects are not thread-safe; the app answers in threads
_KEEP_AN = ("plan", "organ", "man", "kran", "ocean")  # base forms in "-an": detaljplan, ombudsman


def normalize(text: str) -> str:
    """NFKC so that PDF text with decomposed "ä" or ligatures ("ﬁ") tokenises like typed text."""
    return unicodedata.normalize("NFKC", text).replace("\u00ad", "").lower()


def tokenize(text: str) -> list[str]:
    """Lower-cased word tokens without stopwords; å/ä/ö/é stay inside words.

    Section numbers ("punkt B.4", "3.2") stay single tokens because users ask for them by number;
    single letters are dropped as noise, single digits are kept ("bilaga 2").
    """
    return [
        t for t in _TOKEN_RE.findall(normalize(text)) if t not in STOPWORDS and (len(t) > 1 or t.isdigit())
    ]


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """Swedish Snowball stem plus a few fixes for forms Snowball leaves apart.

    Snowball strips one suffix, so genitives of inflected forms ("föreningars", "policyns") keep
    their plural or definite ending, and loanword/definite forms such as "policyn", "taxan",
    "programmet" and "dokumentet" stay apart from their base forms. Tokens that are not purely
    alphabetic (numbers, section codes) are returned unchanged.
    """
    if not token.isalpha():
        return token
    with _snowball_lock:
        s = _snowball.stemWord(token)
        if token.endswith("s") and s == token[:-1] and len(s) > 3:
            s = _snowball.stemWord(s)  # genitive on top of another ending
    if s.endswith(("yn", "én")):
        s = s[:-1]  # policyn -> policy, idén -> idé
    elif s.endswith("an") and len(s) >= 5 and not s.endswith(_KEEP_AN):
        s = s[:-2]  # taxan -> tax (= taxa), ansökan -> ansök (= ansöka)
    elif s.endswith(("tet", "met")) and len(s) >= 8:
        s = s[:-2]  # dokumentet -> dokument, programmet -> programm
    if s.endswith("mm") and len(s) >= 5:
        s = s[:-1]  # programm -> program
    elif s.endswith("år") and len(s) >= 5:
        s = s[:-1]  # framgår -> framgå, består -> bestå, ingår -> ingå (verbs in -å)
    return s


_BUILTIN_STEMS: frozenset[str] = frozenset(stem(w) for w in BUILTIN_VOCABULARY)


class Analyzer:
    """Turns text into index terms: stems, plus the stems of compound parts of long words.

    The vocabulary (normally the words of the indexed corpus) decides which compound parts are
    real words; it must be the same object on the index and the question side, which is why the
    lexical index stores it. Results are memoised per token, so analysis is deterministic and
    costs one dict lookup per repeated token.

    Args:
        vocabulary: known words; those of at least four letters join the built-in list.
    """

    def __init__(self, vocabulary: Iterable[str] | None = None) -> None:
        words = {normalize(w) for w in vocabulary or ()}
        self.vocabulary: frozenset[str] = frozenset(
            w for w in words if len(w) >= VOCAB_MIN_LENGTH and w.isalpha() and w not in STOPWORDS
        )
        self._known = self.vocabulary | BUILTIN_VOCABULARY
        corpus_stems = {stem(w) for w in self.vocabulary}
        self._known_stems = frozenset(s for s in corpus_stems if len(s) >= VOCAB_MIN_LENGTH) | _BUILTIN_STEMS
        self._terms: dict[str, tuple[str, ...]] = {}
        self._splits: dict[str, tuple[str, ...] | None] = {}

    def analyze(self, text: str) -> list[str]:
        """Index terms of ``text``, in order; compound parts follow the word they come from."""
        return self.analyze_tokens(tokenize(text))

    def analyze_tokens(self, tokens: Iterable[str]) -> list[str]:
        """Like :meth:`analyze` for already tokenised text (the index tokenises once for both passes)."""
        out: list[str] = []
        for token in tokens:
            out.extend(self.token_terms(token))
        return out

    def token_terms(self, token: str) -> tuple[str, ...]:
        """Terms of one token: its stem first, then the stems of its compound parts (memoised)."""
        terms = self._terms.get(token)
        if terms is None:
            terms = self._token_terms(token)
            self._terms[token] = terms
        return terms

    def split(self, word: str) -> list[str] | None:
        """Compound parts of ``word`` (linking letters dropped), or ``None`` if it is not one.

        Fewest parts wins; ties go to more built-in words, then to the longer last part, since a
        Swedish compound's head is its last part and is usually a whole word. A built-in word
        (and its inflections) splits into built-in parts only: "rivningslov" is rivning+s+lov,
        but "handläggare" never becomes hand+läggare because the corpus happens to hold "hand".
        """
        builtin_only = stem(word) in _BUILTIN_STEMS
        parts = self._split(word, MAX_COMPOUND_PARTS, builtin_only)
        return list(parts) if parts else None

    def _token_terms(self, token: str) -> tuple[str, ...]:
        base = stem(token)
        if len(token) < COMPOUND_MIN_LENGTH or not token.isalpha():
            return (base,)
        terms = [base]
        for part in self.split(token) or ():
            s = stem(part)
            if s not in terms:
                terms.append(s)
        return tuple(terms)

    def _is_word(self, part: str, head: bool, builtin_only: bool) -> bool:
        if part in BUILTIN_VOCABULARY:
            return True
        if len(part) < VOCAB_MIN_LENGTH or part in STOPWORDS:
            return False
        if not builtin_only and part in self._known:
            return True
        # A head may be a truncated stem (samhäll-s-byggnad); a tail may be inflected (-handläggaren).
        stems = _BUILTIN_STEMS if builtin_only else self._known_stems
        return (part if head else stem(part)) in stems

    def _split(self, word: str, max_parts: int, builtin_only: bool) -> tuple[str, ...] | None:
        key = f"{max_parts}:{builtin_only:d}:{word}"
        if key in self._splits:
            return self._splits[key]
        best: tuple[str, ...] | None = None
        best_rank: tuple[int, int, int] | None = None
        for i in range(3, len(word) - 2):
            head = word[:i]
            if not self._is_word(head, True, builtin_only):
                continue
            for link in LINKING_LETTERS:
                if link and not word.startswith(link, i):
                    continue
                rest = word[i + len(link) :]
                if len(rest) < 3:
                    continue
                if self._is_word(rest, False, builtin_only):
                    candidate: tuple[str, ...] | None = (head, rest)
                elif max_parts > 2:
                    tail = self._split(rest, max_parts - 1, builtin_only)
                    candidate = (head, *tail) if tail else None
                else:
                    candidate = None
                if candidate is None:
                    continue
                rank = (
                    len(candidate),
                    -sum(p in BUILTIN_VOCABULARY for p in candidate),
                    -len(candidate[-1]),
                )
                if best_rank is None or rank < best_rank:
                    best, best_rank = candidate, rank
        self._splits[key] = best
        return best


def expand_abbreviations(text: str, abbreviations: Mapping[str, str] | None = None) -> str:
    """Append the expansions of abbreviations that occur in ``text`` as whole tokens.

    Documents and residents mix "KF" and "kommunfullmäktige"; appending the expansion lets either
    find the other without guessing which one a passage used. Matching is case-sensitive ("KS"
    but not "ks", which is too often something else), with an all-capitals spelling of a key
    also accepted ("SOL" for "SoL"). Document-defined abbreviations (a delegat legend:
    BLH = bygglovshandläggare) override the built-in ones. An expansion already present in the
    text is not added again, so expanding twice is harmless.

    Args:
        text: a question or a passage.
        abbreviations: document-defined abbreviations, merged over :data:`BUILTIN_ABBREVIATIONS`.

    Returns:
        ``text``, followed by the missing expansions separated by spaces.
    """
    pattern, table = _abbreviation_matcher(tuple(sorted((abbreviations or {}).items())))
    lowered = text.lower()
    added: list[str] = []
    for match in pattern.finditer(text):
        expansion = table[match.group()]
        if expansion.lower() not in lowered and expansion not in added:
            added.append(expansion)
    return f"{text} {' '.join(added)}" if added else text


@lru_cache(maxsize=64)
def _abbreviation_matcher(extra: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One compiled alternation per abbreviation table: indexing calls this once per chunk."""
    table = {**BUILTIN_ABBREVIATIONS, **dict(extra)}
    table = {**{k.upper(): v for k, v in table.items()}, **table}  # exact spelling wins over capitals
    keys = sorted((k for k in table if k.strip()), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, keys)) + r")(?!\w)"), table
