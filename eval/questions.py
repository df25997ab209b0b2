"""Question sets: one JSON object per line of ``eval/sets/*.jsonl``, validated strictly.

A question set is the yardstick of the whole project, so a misspelt field must be an error rather
than a silently ignored key (``extra="forbid"``), and a line that claims an answer must name where
the answer stands. The sets are written by hand from the documents' text, never from the
assistant's output.

``as_of`` is the date a question is scored against. Normally it is also the day the question is
asked: the runner sets the assistant's clock to :data:`EVAL_TODAY` and passes ``as_of`` only when
it differs (a user who picked a date). With ``as_of_in_words`` the date is in the question itself
("vilken policy gällde 2020?"): the assistant is not told, it must read it from the words.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
SETS_DIR = ROOT / "eval" / "sets"

EVAL_TODAY = dt.date(2026, 11, 26)  # "now" for every set, so that results do not drift with the calendar

Kind = Literal[
    "who_decides", "which_applies", "supersession", "doc_decision", "fact", "yes_no", "two_step",
    "unanswerable", "resident_internal", "follow_up",
]  # fmt: skip
KINDS: tuple[str, ...] = Kind.__args__  # type: ignore[attr-defined]

# Folders of PDFs a set is asked over, by name; the path is relative to the repository.
SOURCES: dict[str, Path] = {
    "fixtures": Path("tests/fixtures/pdf"),
    "corpus": Path("corpus"),
    "broad": Path("tests/fixtures/broad/pdf"),  # the broad collection's development documents
    "blind": Path("eval/blind/pdf"),  # its held-out documents: nobody tuning Styrsvar reads them
    "broad2": Path("tests/fixtures/broad2/pdf"),  # a second development collection, other layouts
    "blind2": Path("eval/blind2/pdf"),  # a second held-out collection, written apart from both
    "broad3": Path("tests/fixtures/broad3/pdf"),  # a third development collection, other layouts again
    "broad4": Path("tests/fixtures/broad4/pdf"),  # a fourth, on how a decision is stated
    "broad5": Path("tests/fixtures/broad5/pdf"),  # a fifth, on decision rights outside delegation tables
    "broad6": Path("tests/fixtures/broad6/pdf"),  # a sixth: binder forms, spreadsheet prints, dot leaders
    "broad8": Path("tests/fixtures/broad8/pdf"),  # an eighth: delegationsordningar of six nämnder
    "broad9": Path("tests/fixtures/broad9/pdf"),  # a ninth: decision rights in reglemente, taxa, attest
    "broad10": Path("tests/fixtures/broad10/pdf"),  # a tenth: detailed delegationsordningar, wrapped cells
    "broad11": Path("tests/fixtures/broad11/pdf"),  # an eleventh: policy, program, plan, metadata anywhere
    "broad12": Path("tests/fixtures/broad12/pdf"),  # a twelfth: smaller bodies, legends in many forms
    "broad13": Path("tests/fixtures/broad13/pdf"),  # a thirteenth: long tables of large nämnder
    "broad14": Path("tests/fixtures/broad14/pdf"),  # a fourteenth: ekonomi and styrning, rights in prose
    "broad15": Path("tests/fixtures/broad15/pdf"),  # a fifteenth: bygg, miljö, teknik; unruled tables
    "broad16": Path("tests/fixtures/broad16/pdf"),  # a sixteenth: välfärd and bildning; KFS headers
    "broad17": Path("tests/fixtures/broad17/pdf"),  # a seventeenth: kommunstyrelsen, ekonomi; matrices
    "broad18": Path("tests/fixtures/broad18/pdf"),  # an eighteenth: socialtjänst, miljö, räddning
    "broad19": Path("tests/fixtures/broad19/pdf"),  # a nineteenth: kultur, fritid, teknik; landscape tables
    "broad20": Path("tests/fixtures/broad20/pdf"),  # a twentieth: smaller bodies, ownership; KFS, lists
    "broad21": Path("tests/fixtures/broad21/pdf"),  # a twenty-first: samhällsbyggnad, teknik, krisledning
    "broad22": Path("tests/fixtures/broad22/pdf"),  # a twenty-second: socialtjänst, service; tall rows
    "blind3": Path("eval/blind3/pdf"),  # a third held-out collection
    "blind4": Path("eval/blind4/pdf"),  # a fourth, in five more layouts
    "blind5": Path("eval/blind5/pdf"),  # a fifth, written after the fourth round
    "blind6": Path("eval/blind6/pdf"),  # a sixth, written at the start of the eighth round
    "blind7": Path("eval/blind7/pdf"),  # a seventh, written at the start of the ninth round
    "blind8": Path("eval/blind8/pdf"),  # an eighth, written at the start of the tenth round
    "blind9": Path("eval/blind9/pdf"),  # a ninth, written at the start of the eleventh round
    "blind10": Path("eval/blind10/pdf"),  # a tenth, written at the start of the thirteenth round
    "blind11": Path("eval/blind11/pdf"),  # an eleventh, written at the start of the fourteenth round
    "blind12": Path("eval/blind12/pdf"),  # a twelfth, written at the start of the fifteenth round
}
# Which sources each set needs. The styrmodell set is asked over the real corpus alone, so that a
# fictitious document can neither answer nor distract from its questions. The broad collection is
# split by document into two collections, each asked beside the real corpus: development questions
# without the held-out documents (so that no answer shows their text), held-out questions without
# the development documents (they were written apart, so each has its own "Delegationsordning för
# socialnämnden" and "Riktlinje för skolskjuts": together they would be versions of each other,
# which no real collection has).
SET_SOURCES: dict[str, tuple[str, ...]] = {
    "fixtures": ("corpus", "fixtures"),
    "styrmodell": ("corpus",),
    "broad-dev": ("corpus", "broad"),
    "broad-blind": ("corpus", "blind"),
    "broad2-dev": ("corpus", "broad2"),
    "broad-blind2": ("corpus", "blind2"),
    "broad3-dev": ("corpus", "broad3"),
    "broad4-dev": ("corpus", "broad4"),
    "broad5-dev": ("corpus", "broad5"),
    "broad6-dev": ("corpus", "broad6"),
    "broad8-dev": ("corpus", "broad8"),
    "broad9-dev": ("corpus", "broad9"),
    "broad10-dev": ("corpus", "broad10"),
    "broad11-dev": ("corpus", "broad11"),
    "broad12-dev": ("corpus", "broad12"),
    "broad13-dev": ("corpus", "broad13"),
    "broad14-dev": ("corpus", "broad14"),
    "broad15-dev": ("corpus", "broad15"),
    "broad16-dev": ("corpus", "broad16"),
    "broad17-dev": ("corpus", "broad17"),
    "broad18-dev": ("corpus", "broad18"),
    "broad19-dev": ("corpus", "broad19"),
    "broad20-dev": ("corpus", "broad20"),
    "broad21-dev": ("corpus", "broad21"),
    "broad22-dev": ("corpus", "broad22"),
    "broad-blind3": ("corpus", "blind3"),
    "broad-blind4": ("corpus", "blind4"),
    "broad-blind5": ("corpus", "blind5"),
    "broad-blind6": ("corpus", "blind6"),
    "broad-blind7": ("corpus", "blind7"),
    "broad-blind8": ("corpus", "blind8"),
    "broad-blind9": ("corpus", "blind9"),
    "broad-blind10": ("corpus", "blind10"),
    "broad-blind11": ("corpus", "blind11"),
    "broad-blind12": ("corpus", "blind12"),
}
DEFAULT_SOURCES: tuple[str, ...] = ("corpus", "fixtures")
# Held-out sets: asked by name only, never by default, and reported as aggregates only (no answer,
# question or file of theirs is written or logged).
BLIND_SETS: dict[str, Path] = {
    "broad-blind": ROOT / "eval" / "blind" / "questions.jsonl",
    "broad-blind2": ROOT / "eval" / "blind2" / "questions.jsonl",
    "broad-blind3": ROOT / "eval" / "blind3" / "questions.jsonl",
    "broad-blind4": ROOT / "eval" / "blind4" / "questions.jsonl",
    "broad-blind5": ROOT / "eval" / "blind5" / "questions.jsonl",
    "broad-blind6": ROOT / "eval" / "blind6" / "questions.jsonl",
    "broad-blind7": ROOT / "eval" / "blind7" / "questions.jsonl",
    "broad-blind8": ROOT / "eval" / "blind8" / "questions.jsonl",
    "broad-blind9": ROOT / "eval" / "blind9" / "questions.jsonl",
    "broad-blind10": ROOT / "eval" / "blind10" / "questions.jsonl",
    "broad-blind11": ROOT / "eval" / "blind11" / "questions.jsonl",
    "broad-blind12": ROOT / "eval" / "blind12" / "questions.jsonl",
}


def source_path(name: str) -> Path:
    """A source by name ("broad") or as a folder path of the user's own ("../kommun-x/pdf")."""
    return ROOT / SOURCES[name] if name in SOURCES else Path(name).resolve()


class QuestionSetError(ValueError):
    """A question set cannot be used; the message names the file and line."""


class EvalQuestion(BaseModel):
    """One line of a question set."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    question: str = Field(min_length=1)
    audience: Literal["employee", "politician", "resident"]
    as_of: dt.date
    as_of_in_words: bool = False
    answerable: bool
    gold_documents: list[str] = Field(default_factory=list)
    gold_pages: list[int] = Field(default_factory=list)
    must_contain: list[str] = Field(default_factory=list)
    must_not_cite: list[str] = Field(default_factory=list)
    kind: Kind
    history: list[tuple[str, str]] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> EvalQuestion:
        if self.answerable and not (self.gold_documents and self.must_contain):
            raise ValueError("an answerable question needs gold_documents and must_contain")
        if not self.answerable and (self.gold_documents or self.must_contain or self.gold_pages):
            raise ValueError("an unanswerable question has no gold_documents, gold_pages or must_contain")
        if any(p < 1 for p in self.gold_pages):
            raise ValueError("gold_pages are 1-based page numbers")
        if any(not alt.strip() for phrase in self.must_contain for alt in phrase.split("|")):
            raise ValueError("must_contain has an empty phrase or alternative")
        if set(self.gold_documents) & set(self.must_not_cite):
            raise ValueError("a document cannot be both gold and must_not_cite")
        if self.kind == "follow_up" and not self.history:
            raise ValueError("a follow_up needs its history")
        return self

    def ask_as_of(self, today: dt.date = EVAL_TODAY) -> dt.date | None:
        """The date to hand the assistant: none when it must read the date from the words or it is today."""
        if self.as_of_in_words or self.as_of == today:
            return None
        return self.as_of


@dataclass(frozen=True)
class QuestionSet:
    name: str
    path: Path
    questions: list[EvalQuestion]
    sources: tuple[str, ...]
    blind: bool = False


def load_set(path: Path, name: str | None = None) -> QuestionSet:
    """Read and validate one JSONL set; the first bad line stops it with a clear message.

    A held-out set's error names the line but not its content."""
    path = Path(path)
    name = name or next((n for n, p in BLIND_SETS.items() if p == path), path.stem)
    blind = name in BLIND_SETS
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise QuestionSetError(f"cannot read the question set {path}: {exc.strerror}") from exc
    questions: list[EvalQuestion] = []
    seen: set[str] = set()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            q = EvalQuestion.model_validate(json.loads(line))
        except json.JSONDecodeError as exc:
            raise QuestionSetError(f"{path} line {n} is not JSON ({exc.msg})") from exc
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(map(str, e['loc'])) or 'line'}: {e['type'] if blind else e['msg']}"
                for e in exc.errors()
            )
            raise QuestionSetError(f"{path} line {n}: {problems}") from exc
        if q.id in seen:
            raise QuestionSetError(f"{path} line {n}: id {q.id!r} is used twice")
        seen.add(q.id)
        questions.append(q)
    return QuestionSet(name, path, questions, SET_SOURCES.get(name, DEFAULT_SOURCES), blind)


def resolve_sets(names: list[str] | None) -> list[Path]:
    """Set names ("fixtures") or paths to JSONL files; none means every set in ``eval/sets``."""
    if not names:
        found = sorted(SETS_DIR.glob("*.jsonl"))
        if not found:
            raise QuestionSetError(f"no question sets in {SETS_DIR}")
        return found
    paths = []
    for name in names:
        if name in BLIND_SETS:
            if not BLIND_SETS[name].exists():
                raise QuestionSetError(f"the held-out set {name!r} is not there ({BLIND_SETS[name]})")
            paths.append(BLIND_SETS[name])
            continue
        path = Path(name)
        if not path.suffix:
            path = SETS_DIR / f"{name}.jsonl"
        if not path.exists():
            known = ", ".join(p.stem for p in sorted(SETS_DIR.glob("*.jsonl")))
            raise QuestionSetError(f"no question set {name!r}: give a path or one of {known}")
        paths.append(path)
    return paths
