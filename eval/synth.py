"""The benchmark's inputs: the fixture PDFs copied N times under distinct names, and its questions.

Scaling needs hundreds of documents and we have fourteen, all of them real or hand-written. A copy
under a new file name is a new document to ingest (its id derives from the file name), so the
parser, the registry, Chroma and the lexical index all see N times the work. What a copy is *not*
is new text: its chunks embed to the vectors already cached for the original, which the benchmark
reports instead of hiding (see :mod:`eval.bench`).

Manifest entries (``manifest.toml`` beside the source PDFs) and their ``[defaults]`` (the
collection's publication rule) are carried over to every copy, so a
copied styrmodell keeps the title and publication its original is given by hand. The questions
are the hand-written eval sets' (so latency covers every kind of question), not made-up ones.

Example:
    >>> coll = synthesize([Path("tests/fixtures/pdf"), Path("corpus")], Path("x10"), 10)  # doctest: +SKIP
    >>> len(coll.files)  # doctest: +SKIP
    140
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import shutil
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.questions import EVAL_TODAY, load_set, resolve_sets

logger = logging.getLogger(__name__)

MANIFEST_NAME = "manifest.toml"
Q = tuple[str, str, str | None]  # question, audience, as_of (ISO date or None)
FALLBACK_QUESTIONS = (  # only when eval/sets holds no usable question
    "Vem beslutar om rivningslov?|Vem fattar beslut om startbesked?|Vem beslutar om bygglov?|"
    "Vilken representationspolicy gäller?|Vad ersätter representationspolicyn från 2024?|"
    "Hur mycket får en representationsmåltid kosta?|Vem beslutar om föreningsbidrag?|"
    "Vilken skattesats gäller 2026?|Vad är resultatmålet i mål och budget 2026?|"
    "Vem antog reglementet för socialnämnden?|När träder taxan enligt miljöbalken i kraft?|"
    "Hur hanteras en IT-incident?|Hur lämnar man synpunkter och klagomål?|Vad är kommunens vision?|"
    "Vad säger riktlinjen för medborgardialog?|Vem ansvarar för vinterväghållningen?|"
    "Vem beslutar om mål och budget?|Vad är en nämnds uppdragsplan?|"
    "Vilken handlingsplan för trygghet gällde 2021?|Vem beslutar om strandskyddsdispens?"
).split("|")


@dataclass(frozen=True)
class SynthCollection:
    """A folder of ``copies`` renamed copies of each of ``originals`` PDFs (plus a manifest)."""

    folder: Path
    copies: int
    originals: int
    files: tuple[str, ...]

    @property
    def documents(self) -> int:
        return len(self.files)


def copy_name(index: int, name: str, copies: int) -> str:
    """``s007-representationspolicy-2024.pdf``: a sortable prefix that makes a distinct document id."""
    width = max(3, len(str(copies - 1)))
    return f"s{index:0{width}d}-{name}"


def source_pdfs(sources: Sequence[Path]) -> list[tuple[Path, dict[str, Any] | None]]:
    """Every PDF under ``sources`` with its raw manifest table (None when it has none)."""
    found: list[tuple[Path, dict[str, Any] | None]] = []
    for src in sources:
        folder = src if src.is_dir() else src.parent
        tables = _manifest_tables(folder / MANIFEST_NAME)
        pdfs = sorted(p for p in src.rglob("*") if p.suffix.lower() == ".pdf") if src.is_dir() else [src]
        found.extend((pdf, tables.get(pdf.relative_to(folder).as_posix())) for pdf in pdfs if pdf.is_file())
    names = [pdf.name for pdf, _ in found]
    clashes = sorted({n for n in names if names.count(n) > 1})
    if clashes:  # two copies with the same name would silently be one document
        raise ValueError(f"source PDFs share file names {clashes}: give sources whose PDF names are unique")
    return found


def synthesize(sources: Sequence[Path], dest: Path, copies: int) -> SynthCollection:
    """Write ``copies`` renamed copies of every PDF under ``sources`` into the empty folder ``dest``."""
    if copies < 1:
        raise ValueError(f"copies must be at least 1, not {copies}")
    originals = source_pdfs([Path(s) for s in sources])
    if not originals:
        raise ValueError(f"no PDF files under {[str(s) for s in sources]}")
    dest.mkdir(parents=True, exist_ok=True)
    if any(dest.iterdir()):
        raise ValueError(f"{dest} is not empty: synthesize into a fresh folder, so no stray PDF is ingested")
    files: list[str] = []
    entries: list[dict[str, Any]] = []
    for i in range(copies):
        for pdf, table in originals:
            name = copy_name(i, pdf.name, copies)
            shutil.copyfile(pdf, dest / name)
            files.append(name)
            if table is not None:
                entries.append({**table, "file": name})
    defaults = _common_defaults([Path(s) for s in sources])
    if entries or defaults:
        (dest / MANIFEST_NAME).write_text(_manifest_text(entries, defaults), encoding="utf-8")
    logger.info("synthesized %d documents (%d x %d) in %s", len(files), copies, len(originals), dest)
    return SynthCollection(dest, copies, len(originals), tuple(files))


def pick_questions(n: int) -> list[Q]:
    """``n`` staff questions spread evenly over the eval sets (repeated when there are fewer)."""
    pool = [(q.question, q.audience, (d.isoformat() if (d := q.ask_as_of(EVAL_TODAY)) else None))
            for path in resolve_sets(None) for q in load_set(path).questions
            if q.audience != "resident" and not q.history]  # the bench asks /api/ask, the staff endpoint
    pool = pool or [(q, "employee", None) for q in FALLBACK_QUESTIONS]
    return [pool[i * len(pool) // n] for i in range(n)]


def _manifest_tables(path: Path) -> dict[str, dict[str, Any]]:
    if not path.is_file():
        return {}
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {str(t["file"]): dict(t) for t in data.get("document", [])}


def _common_defaults(sources: Sequence[Path]) -> dict[str, Any]:
    """The sources' ``[defaults]`` (a collection's publication rule), which the copies share."""
    found: dict[str, Any] = {}
    for src in sources:
        path = (src if src.is_dir() else src.parent) / MANIFEST_NAME
        if not path.is_file():
            continue
        for key, value in tomllib.loads(path.read_text(encoding="utf-8")).get("defaults", {}).items():
            if found.get(key, value) != value:
                raise ValueError(f"the sources disagree on [defaults] {key}: synthesize them apart")
            found[key] = value
    return found


def _manifest_text(entries: list[dict[str, Any]], defaults: dict[str, Any] | None = None) -> str:
    """TOML for the carried-over entries. Values are strings and dates only, so JSON quoting is valid TOML."""
    blocks = ["# Generated by eval/synth.py for the benchmark: copies of the source manifests' entries.\n"]
    if defaults:
        blocks.append("[defaults]\n" + "".join(f"{k} = {json.dumps(str(v))}\n" for k, v in defaults.items()))
    for entry in entries:
        lines = ["[[document]]"]
        for key, value in entry.items():
            if isinstance(value, dt.date):
                lines.append(f"{key} = {value.isoformat()}")
            elif isinstance(value, bool | int | float):
                lines.append(f"{key} = {json.dumps(value)}")
            else:
                lines.append(f"{key} = {json.dumps(str(value), ensure_ascii=False)}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)
