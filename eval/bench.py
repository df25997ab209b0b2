"""``python -m eval.bench``: ingest throughput, query latency and memory at 1x, 10x, 100x the fixtures.

Why it is built this way:

* Every ingest and every serving run happens in a fresh child process, so that each peak RSS
  (``VmHWM``) belongs to one scale alone and not to whatever an earlier scale left in the heap.
* Larger collections are renamed copies (:mod:`eval.synth`): distinct documents, same text. Their
  chunk vectors come from the embedding cache, so the first scale runs cold, its embedding time is
  measured on its own, its cache seeds the later scales, and the cold cost of a real collection of
  that size is extrapolated from the measured ms per chunk and printed as such, never passed off as
  measured.
* Latency is taken in-process (``Assistant.ask``) and through the real app (``build_app`` under
  uvicorn on 127.0.0.1), one client and 8 concurrent clients, as a staff user would reach it.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import datetime as dt
import json
import logging
import math
import multiprocessing
import os
import platform
import shlex
import shutil
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eval.questions import EVAL_TODAY, ROOT, SOURCES, load_set, resolve_sets
from eval.synth import synthesize

logger = logging.getLogger(__name__)

DEFAULT_OUT = ROOT / "eval" / "out" / "bench.json"
DEFAULT_PLOT = ROOT / "docs" / "bench-scaling.png"
BENCH_SOURCES = [ROOT / SOURCES["fixtures"], ROOT / SOURCES["corpus"]]
CACHE_FILE = "embeddings-cache.sqlite"  # store/writer.py keeps the embedding cache under this name
FALLBACK_QUESTIONS = [  # used only when eval/sets holds no usable questions
    "Vem beslutar om rivningslov?", "Vem fattar beslut om startbesked?", "Vem beslutar om bygglov?",
    "Vilken representationspolicy gäller?", "Vad ersätter representationspolicyn från 2024?",
    "Hur mycket får en representationsmåltid kosta?", "Vem beslutar om föreningsbidrag?",
    "Vilken skattesats gäller 2026?", "Vad är resultatmålet i mål och budget 2026?",
    "Vem antog reglementet för socialnämnden?", "När träder taxan enligt miljöbalken i kraft?",
    "Hur hanteras en IT-incident?", "Hur lämnar man synpunkter och klagomål?",
    "Vad säger riktlinjen för medborgardialog?", "Vem ansvarar för vinterväghållningen?",
    "Vad är kommunens vision?", "Vem beslutar om mål och budget?", "Vad är en nämnds uppdragsplan?",
    "Vilken handlingsplan för trygghet gällde 2021?", "Vem beslutar om strandskyddsdispens?",
]


def kb_status(field: str) -> float:
    """A ``/proc/self/status`` figure (VmRSS, VmHWM) in MB: the kernel's own count, no sampling."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


def stats(lat: list[float]) -> dict[str, float]:
    import numpy as np

    a = np.asarray(lat) * 1000
    return {"n": len(lat), "median_ms": round(float(np.median(a)), 1), "p95_ms": round(float(np.percentile(a, 95)), 1),
            "mean_ms": round(float(a.mean()), 1), "max_ms": round(float(a.max()), 1)}


def pick_questions(n: int) -> list[tuple[str, str, str | None]]:
    """``n`` staff questions (text, audience, as_of) spread over the eval sets' kinds, or the fallback list."""
    pool = [(q.question, q.audience, (d.isoformat() if (d := q.ask_as_of(EVAL_TODAY)) else None))
            for path in resolve_sets(None) for q in load_set(path).questions
            if q.audience != "resident" and not q.history]  # /api/ask is the staff endpoint
    pool = pool or [(q, "employee", None) for q in FALLBACK_QUESTIONS]
    step = max(1, len(pool) // n)
    return [pool[::step][i % len(pool[::step])] for i in range(n)]


# ---------------------------------------------------------------------------- child: ingest
def ingest_child(pdf_dir: str, store_dir: str) -> dict[str, Any]:
    """Ingest one collection with the real default embeddings, timing the embedding calls apart."""
    from langchain_core.embeddings import Embeddings

    from ingest.pipeline import ingest
    from store.embeddings import make_embeddings

    inner = make_embeddings("e5-small")
    spent = {"seconds": 0.0, "chunks": 0}

    class Timed(Embeddings):
        name = getattr(inner, "name", "e5-small")  # the store records the model by this name

        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            t = time.perf_counter()
            out = inner.embed_documents(texts)
            spent["seconds"] += time.perf_counter() - t
            spent["chunks"] += len(texts)
            return out

        def embed_query(self, text: str) -> list[float]:
            return inner.embed_query(text)

    rss_before = kb_status("VmRSS")
    rep = ingest([Path(pdf_dir)], Path(store_dir), Timed())
    skipped = [f"{f.file}: {f.reason}" for f in rep.files if f.outcome == "skipped"]
    return {"documents": len(rep.files), "pages": rep.parsed_pages, "chunks": rep.embedded_chunks + rep.cached_chunks,
            "seconds": round(rep.seconds, 2), "pages_per_s": round(rep.parsed_pages / rep.seconds, 2),
            "embedded_chunks": rep.embedded_chunks, "cached_chunks": rep.cached_chunks,
            "embed_seconds": round(spent["seconds"], 2), "embed_calls_chunks": spent["chunks"],
            "rss_before_mb": rss_before, "peak_rss_mb": kb_status("VmHWM"), "skipped": skipped}


# ---------------------------------------------------------------------------- child: serve
def serve_child(store_dir: str, questions: list[tuple[str, str, str | None]], clients: int) -> dict[str, Any]:
    """Open the store, answer in-process, then through the real app: 1 client, then ``clients`` at once."""
    import httpx
    import uvicorn

    from assistant.service import Assistant
    from store.reader import Store
    from store.schema import Audience
    from styrsvar.settings import Settings
    from webapp.factory import build_app

    out: dict[str, Any] = {"rss_start_mb": kb_status("VmRSS")}
    t = time.perf_counter()
    assistant = Assistant(Store.open(Path(store_dir)), today=lambda: EVAL_TODAY)
    out["open_seconds"], out["rss_loaded_mb"] = round(time.perf_counter() - t, 2), kb_status("VmRSS")

    def ask(q: tuple[str, str, str | None]) -> None:
        assistant.ask(q[0], audience=Audience(q[1]), as_of=dt.date.fromisoformat(q[2]) if q[2] else None)

    for q in questions[:3]:  # warm-up: first-use costs (query model, caches) are not latency
        ask(q)
    out["inprocess"] = stats(timed(ask, questions))
    out["rss_after_inprocess_mb"] = kb_status("VmRSS")

    app = build_app(Settings.from_env({}, store=Path(store_dir), host="127.0.0.1"), assistant)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))  # a free loopback port, held from bind to serve: no race
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{sock.getsockname()[1]}"
    errors: list[str] = []

    def post(client: httpx.Client, q: tuple[str, str, str | None]) -> None:
        body = {"question": q[0], "audience": q[1], **({"as_of": q[2]} if q[2] else {})}
        r = client.post("/api/ask", json=body)
        if r.status_code != 200:
            errors.append(f"{r.status_code}: {r.text[:200]}")

    try:
        while not server.started:
            time.sleep(0.05)
        with httpx.Client(base_url=base, timeout=120) as client:
            for q in questions[:3]:
                post(client, q)
            out["api_single"] = stats(timed(lambda q: post(client, q), questions))
        per_client = math.ceil(len(questions) / clients)

        def run_client(k: int) -> list[float]:
            mine = [questions[(k * 7 + i) % len(questions)] for i in range(per_client)]
            with httpx.Client(base_url=base, timeout=300) as client:
                return timed(lambda q: post(client, q), mine)

        t = time.perf_counter()
        with cf.ThreadPoolExecutor(clients) as pool:
            lat = [x for part in pool.map(run_client, range(clients)) for x in part]
        wall = time.perf_counter() - t
        out["api_concurrent"] = {**stats(lat), "clients": clients, "requests": len(lat),
                                 "wall_s": round(wall, 2), "req_per_s": round(len(lat) / wall, 2)}
        out["api_single"]["req_per_s"] = round(1000 / out["api_single"]["mean_ms"], 2)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
    out.update(rss_after_api_mb=kb_status("VmRSS"), peak_rss_mb=kb_status("VmHWM"), http_errors=errors[:5],
               http_error_count=len(errors))
    return out


def timed(fn: Callable[[Any], None], items: list[Any]) -> list[float]:
    lat = []
    for item in items:
        t = time.perf_counter()
        fn(item)
        lat.append(time.perf_counter() - t)
    return lat


def in_child(fn: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
    """Run ``fn`` in a fresh spawned process, so its peak memory is its own."""
    with cf.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()


# ---------------------------------------------------------------------------- orchestration
def machine() -> dict[str, Any]:
    cpuinfo = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    model = next((ln.split(":", 1)[1].strip() for ln in cpuinfo.splitlines() if ln.startswith("model name")), "?")
    return {"nproc": os.cpu_count(), "cpu_model": model, "python": platform.python_version(),
            "platform": platform.platform()}


def projected_seconds(done: list[dict[str, Any]], scale: int) -> float | None:
    """A rough guess of the next scale's wall time, only to refuse a run that clearly cannot fit:
    ingest grows with the number of documents, serving (the same questions) more slowly."""
    prev = next((r for r in reversed(done) if "serve" in r), None)
    if prev is None:
        return None
    ratio = scale / prev["scale"]
    return prev["ingest_wall_s"] * ratio + prev["serve_wall_s"] * math.sqrt(ratio)


def run_scale(scale: int, work: Path, seed: Path | None, questions: list[Any], clients: int) -> dict[str, Any]:
    row: dict[str, Any] = {"scale": scale, "load_before": os.getloadavg()}
    coll = synthesize(BENCH_SOURCES, work / "pdf", scale)
    store = work / "store"
    store.mkdir(parents=True)
    if seed is not None:  # copies' vectors are cached either way; seeding spares re-embedding the originals
        shutil.copyfile(seed, store / CACHE_FILE)
    row["cache_seeded"] = seed is not None
    t = time.perf_counter()
    ing = row["ingest"] = in_child(ingest_child, str(coll.folder), str(store))
    row["ingest_wall_s"] = round(time.perf_counter() - t, 1)
    print(f"[{scale}x] ingest: {ing['documents']} documents, {ing['pages']} pages, {ing['chunks']} chunks in "
          f"{ing['seconds']} s = {ing['pages_per_s']} pages/s; embedded {ing['embedded_chunks']} / cached "
          f"{ing['cached_chunks']} chunks ({ing['embed_seconds']} s embedding); peak RSS {ing['peak_rss_mb']} MB",
          flush=True)
    t = time.perf_counter()
    srv = row["serve"] = in_child(serve_child, str(store), questions, clients)
    row["serve_wall_s"] = round(time.perf_counter() - t, 1)
    row["load_after"] = os.getloadavg()
    ip, a1, ac = srv["inprocess"], srv["api_single"], srv["api_concurrent"]
    print(f"[{scale}x] query ms (median/p95): in-process {ip['median_ms']}/{ip['p95_ms']}; API 1 client "
          f"{a1['median_ms']}/{a1['p95_ms']} ({a1['req_per_s']} req/s); API {ac['clients']} clients "
          f"{ac['median_ms']}/{ac['p95_ms']} ({ac['req_per_s']} req/s); serving RSS loaded {srv['rss_loaded_mb']} MB, "
          f"after answering {srv['rss_after_api_mb']} MB (peak {srv['peak_rss_mb']} MB); "
          f"HTTP errors {srv['http_error_count']}", flush=True)
    return row


def summarize(result: dict[str, Any]) -> None:
    """Embedding throughput from the cold run, and what a cold ingest of each scale would cost."""
    rows = [r for r in result["scales"] if "ingest" in r]
    cold = next((r["ingest"] for r in rows if r["ingest"]["embed_calls_chunks"]), None)
    if cold is None:
        return
    ms = 1000 * cold["embed_seconds"] / cold["embed_calls_chunks"]
    result["embedding"] = {"model": "e5-small", "chunks": cold["embed_calls_chunks"], "seconds": cold["embed_seconds"],
                           "ms_per_chunk": round(ms, 1), "chunks_per_s": round(1000 / ms, 2)}
    print(f"embedding (e5-small, measured on {cold['embed_calls_chunks']} fixture chunks): {1000 / ms:.2f} chunks/s,"
          f" {ms:.0f} ms per chunk")
    for r in rows:
        ing = r["ingest"]
        est = ing["seconds"] - ing["embed_seconds"] + ing["chunks"] * ms / 1000
        r["cold_ingest_estimate_s"] = round(est, 1)
        kind = "measured cold" if not r["cache_seeded"] else "extrapolated: copies' vectors came from the cache"
        print(f"cold ingest at {r['scale']}x ({ing['chunks']} distinct chunks) would take ~{est / 60:.1f} min "
              f"({kind}; measured {ing['seconds']} s with {ing['cached_chunks']} cached chunks)")


def plot(result: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [r for r in result["scales"] if "serve" in r]
    x = [r["ingest"]["chunks"] for r in rows]
    fig, (ax1, ax2, ax3) = plt.subplots(1, 3, figsize=(15, 4.5))
    for key, label, color in (("inprocess", "in-process", "C0"), ("api_single", "API 1 client", "C1"),
                              ("api_concurrent", "API 8 clients", "C2")):
        ax1.plot(x, [r["serve"][key]["median_ms"] for r in rows], "o-", color=color, label=f"{label} median")
        ax1.plot(x, [r["serve"][key]["p95_ms"] for r in rows], "s--", color=color, label=f"{label} p95")
    ax2.plot(x, [r["serve"]["rss_after_api_mb"] for r in rows], "o-", label="serving RSS after answering")
    ax2.plot(x, [r["ingest"]["peak_rss_mb"] for r in rows], "s--", label="ingest peak RSS")
    ax3.plot(x, [r["ingest"]["pages_per_s"] for r in rows], "o-", label="ingest pages/s (copies: cached vectors)")
    for ax, title, unit in ((ax1, "Query latency", "ms"), (ax2, "Memory", "MB"), (ax3, "Ingest throughput", "pages/s")):
        ax.set(xscale="log", xlabel="collection size (chunks)", ylabel=unit, title=title)
        ax.set_ylim(bottom=0)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=7)
    m = result["machine"]
    fig.suptitle(f"Styrsvar bench {result['date'][:10]}, {m['nproc']} cores {m['cpu_model']}, "
                 f"load avg at start {result['load_average']['start'][0]:.1f}", fontsize=9)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


def run(args: argparse.Namespace) -> dict[str, Any]:
    started = time.perf_counter()
    questions = pick_questions(args.questions)
    result: dict[str, Any] = {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "command": "python -m eval.bench " + shlex.join(sys.argv[1:]), "machine": machine(),
        "config": {"scales": args.scales, "questions": len(questions), "clients": args.clients,
                   "embeddings": "e5-small", "budget_min": args.budget_min},
        "load_average": {"start": os.getloadavg()}, "scales": []}
    tmp = Path(tempfile.mkdtemp(prefix="styrsvar-bench-"))
    seed: Path | None = None
    try:
        for scale in args.scales:
            guess = projected_seconds(result["scales"], scale)
            elapsed = time.perf_counter() - started
            if args.budget_min and guess is not None and elapsed + guess > args.budget_min * 60:
                msg = (f"{scale}x NOT RUN: projected ~{guess / 60:.0f} min on top of {elapsed / 60:.0f} min elapsed "
                       f"exceeds the {args.budget_min} min budget; run `python -m eval.bench --scales {scale} "
                       "--budget-min 0` to measure it alone")
                print(msg, flush=True)
                result["scales"].append({"scale": scale, "skipped": msg})
                continue
            try:
                result["scales"].append(run_scale(scale, tmp / f"x{scale}", seed, questions, args.clients))
            except Exception as exc:  # one failed scale is a result to report, not a reason to lose the others
                logger.exception("scale %dx failed", scale)
                result["scales"].append({"scale": scale, "error": repr(exc)})
                print(f"{scale}x FAILED: {exc!r}", flush=True)
            if seed is None and (tmp / f"x{scale}" / "store" / CACHE_FILE).exists():
                seed = tmp / "seed-cache.sqlite"
                shutil.copyfile(tmp / f"x{scale}" / "store" / CACHE_FILE, seed)
            shutil.rmtree(tmp / f"x{scale}", ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    summarize(result)
    result["load_average"]["end"] = os.getloadavg()
    result["total_seconds"] = round(time.perf_counter() - started, 1)
    print(f"total {result['total_seconds'] / 60:.1f} min; load average start {result['load_average']['start']}, "
          f"end {result['load_average']['end']} on {result['machine']['nproc']} cores")
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval.bench", description=__doc__.splitlines()[0])
    p.add_argument("--scales", type=lambda s: [int(x) for x in s.split(",")], default=[1, 10, 100])
    p.add_argument("--questions", type=int, default=60, help="questions per latency run (>= 50 for the report)")
    p.add_argument("--clients", type=int, default=8, help="concurrent API clients")
    p.add_argument("--budget-min", type=float, default=25.0, help="skip (and say so) a scale projected past this")
    p.add_argument("--out", type=Path, default=DEFAULT_OUT)
    p.add_argument("--plot", type=Path, default=DEFAULT_PLOT)
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for key, value in (("ANONYMIZED_TELEMETRY", "False"), ("GRADIO_ANALYTICS_ENABLED", "False"),
                       ("HF_HUB_OFFLINE", "1")):
        os.environ.setdefault(key, value)  # inherited by the children: nothing may phone home
    result = run(args)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if any("serve" in r for r in result["scales"]):
        plot(result, args.plot)
    print(f"wrote {args.out} and {args.plot}")
    return 0 if all("serve" in r for r in result["scales"]) else 1


if __name__ == "__main__":
    sys.exit(main())
