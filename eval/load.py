"""``python -m eval.load``: throughput, latency and memory of `styrsvar serve` under concurrent clients.

The real server (uvicorn, 1 and N worker processes) answers the staff API (``/api/ask``) and the
public API (``/api/public/ask``) over loopback, for 8, 16 and 32 clients that each ask a bounded
number of questions on one keep-alive connection. Memory is the resident set of the whole process
tree (supervisor and workers) from ``/proc``, and so is the CPU time the server used: "cores used"
(CPU seconds per wall second) shows whether the workers got the cores, on a machine shared with
other work. With ``--soak SECONDS`` it instead runs one mixed load
for that long and samples the memory, to show whether it stays flat. The public limit runs in
Redis when ``redis-server`` is installed (as with several workers in production), with a limit no
client reaches, so its cost is in the figures.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import datetime as dt
import http.client
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

import numpy as np

from eval.questions import ROOT
from eval.synth import pick_questions

BIN = Path(sys.executable).parent
ORIGIN = "http://bench.localhost"
DEFAULT_OUT = ROOT / "eval" / "out" / "load.json"
SOURCES = [ROOT / "tests" / "fixtures" / "pdf", ROOT / "corpus"]


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def tree_rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and all its descendants, in MB (the kernel's count)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            total += int(next(ln.split()[1] for ln in status.splitlines() if ln.startswith("VmRSS:")))
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration):
            continue
    return round(total / 1024, 1)


def tree_cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by ``pid`` and its living descendants."""
    total, todo, tick = 0.0, [pid], os.sysconf("SC_CLK_TCK")
    while todo:
        p = todo.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, IndexError, ValueError):
            continue
    return total


def wait_port(port: int, proc: subprocess.Popen[bytes], timeout: float = 180.0) -> None:
    import socket

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the server on port {port} did not start")


@contextmanager
def redis(folder: Path) -> Iterator[str | None]:
    exe = shutil.which("redis-server")
    if exe is None:
        yield None
        return
    port = free_port()
    proc = subprocess.Popen(
        [
            exe,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(folder),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_port(port, proc, 30)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@contextmanager
def serve(store: Path, workers: int, log: Path, redis_url: str | None) -> Iterator[tuple[int, int]]:
    """`styrsvar serve --workers N` on a free loopback port; yields (port, supervisor pid)."""
    port = free_port()
    env = {
        **os.environ,
        "STYRSVAR_ALLOWED_ORIGINS": ORIGIN,
        "STYRSVAR_PUBLIC_RATE_LIMIT": "1000000",
        "GRADIO_ANALYTICS_ENABLED": "False",
        **({"STYRSVAR_RATE_LIMIT_STORAGE": redis_url} if redis_url else {}),
    }
    args = [
        str(BIN / "styrsvar"),
        "serve",
        "--store",
        str(store),
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]
    with log.open("wb") as out:
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, env=env)
        try:
            wait_port(port, proc)
            deadline = time.monotonic() + 180
            while log.read_text(errors="replace").count("Application startup complete") < workers:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"not all workers started: {log.read_text(errors='replace')[-2000:]}")
                time.sleep(0.2)
            yield port, proc.pid
        finally:
            proc.terminate()
            proc.wait(timeout=60)


def request(conn: http.client.HTTPConnection, api: str, q: tuple[str, str, str | None]) -> int:
    if api == "staff":
        path, body, headers = "/api/ask", {"question": q[0], "audience": q[1], "as_of": q[2]}, {}
    else:
        path, body, headers = "/api/public/ask", {"question": q[0]}, {"Origin": ORIGIN}
    conn.request("POST", path, json.dumps(body), {"Content-Type": "application/json", **headers})
    response = conn.getresponse()
    response.read()
    return response.status


def run_clients(
    port: int, api: str, clients: int, per_client: int, questions: list[Any], stop_at: float | None = None
) -> dict[str, Any]:
    """``clients`` threads, each with one keep-alive connection, asking ``per_client`` questions
    (or, with ``stop_at``, until that monotonic time; ``api`` "mixed" alternates the two APIs)."""
    lock, latencies, errors = threading.Lock(), list[float](), list[str]()

    def client(k: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
        try:
            for i in range(per_client):
                if stop_at is not None and time.monotonic() > stop_at:
                    break
                which = api if api != "mixed" else ("staff", "public")[(k + i) % 2]
                t = time.perf_counter()
                try:
                    status = request(conn, which, questions[(k * 7 + i) % len(questions)])
                except (OSError, http.client.HTTPException) as exc:
                    status, conn = -1, http.client.HTTPConnection("127.0.0.1", port, timeout=300)
                    errors.append(repr(exc))
                elapsed = time.perf_counter() - t
                with lock:
                    latencies.append(elapsed)
                    if status != 200:
                        errors.append(str(status))
        finally:
            conn.close()

    t = time.perf_counter()
    with cf.ThreadPoolExecutor(clients) as pool:
        list(pool.map(client, range(clients)))
    wall = time.perf_counter() - t
    ms = np.asarray(latencies) * 1000
    return {
        "requests": len(latencies),
        "errors": len(errors),
        "error_samples": errors[:5],
        "seconds": round(wall, 2),
        "req_per_s": round(len(latencies) / wall, 2),
        "median_ms": round(float(np.median(ms)), 1),
        "p95_ms": round(float(np.percentile(ms, 95)), 1),
        "p99_ms": round(float(np.percentile(ms, 99)), 1),
    }


def prepare_store(folder: Path, given: Path | None) -> Path:
    if given is not None:
        return given
    from ingest.pipeline import ingest
    from store.embeddings import make_embeddings

    store = folder / "store"
    report = ingest(SOURCES, store, make_embeddings("e5-small"))
    print(f"ingested {len(report.files)} documents into {store} in {report.seconds:.0f} s", flush=True)
    return store


def series(args: argparse.Namespace, store: Path, tmp: Path, redis_url: str | None) -> list[dict[str, Any]]:
    questions, rows = pick_questions(args.questions), []
    for workers in args.workers:
        with serve(store, workers, tmp / f"serve-{workers}.log", redis_url) as (port, pid):
            run_clients(port, "mixed", 2 * workers, 3, questions)  # warm-up: first-use costs per worker
            rss_idle = tree_rss_mb(pid)
            for clients in args.clients:
                for api in args.apis:
                    load_before, cpu_before = os.getloadavg()[0], tree_cpu_seconds(pid)
                    r = run_clients(port, api, clients, args.per_client, questions)
                    cpu = tree_cpu_seconds(pid) - cpu_before
                    r |= {
                        "server_cpu_s": round(cpu, 2),
                        "cores_used": round(cpu / r["seconds"], 2),
                        "cpu_ms_per_request": round(1000 * cpu / max(1, r["requests"]), 1),
                    }
                    row = {
                        "workers": workers,
                        "clients": clients,
                        "api": api,
                        **r,
                        "rss_idle_mb": rss_idle,
                        "rss_mb": tree_rss_mb(pid),
                        "load_before": round(load_before, 2),
                        "load_after": round(os.getloadavg()[0], 2),
                    }
                    rows.append(row)
                    print(
                        f"{workers} worker(s), {clients:2} clients, {api:6}: {r['req_per_s']:6.1f} req/s, "
                        f"median {r['median_ms']} ms, p95 {r['p95_ms']} ms, p99 {r['p99_ms']} ms, "
                        f"{r['requests']} requests, {r['errors']} errors; {r['cores_used']} cores used "
                        f"({r['cpu_ms_per_request']} ms CPU per request); RSS {row['rss_mb']} MB "
                        f"(idle {rss_idle}); load {row['load_before']}->{row['load_after']}",
                        flush=True,
                    )
    return rows


def soak(args: argparse.Namespace, store: Path, tmp: Path, redis_url: str | None) -> dict[str, Any]:
    questions, workers, samples = pick_questions(args.questions), max(args.workers), []
    with serve(store, workers, tmp / "soak.log", redis_url) as (port, pid):
        run_clients(port, "mixed", 2 * workers, 3, questions)
        start = time.monotonic()
        stop_at = start + args.soak
        done: dict[str, Any] = {}
        runner = threading.Thread(
            target=lambda: done.update(
                run_clients(port, "mixed", args.soak_clients, 10**6, questions, stop_at)
            )
        )
        runner.start()
        while runner.is_alive():
            samples.append(
                {
                    "s": round(time.monotonic() - start),
                    "rss_mb": tree_rss_mb(pid),
                    "load": round(os.getloadavg()[0], 2),
                }
            )
            print(
                f"soak {samples[-1]['s']:4} s: RSS {samples[-1]['rss_mb']} MB, load {samples[-1]['load']}",
                flush=True,
            )
            runner.join(timeout=args.sample_every)
    rss = [s["rss_mb"] for s in samples]
    late = [s["rss_mb"] for s in samples if s["s"] >= args.soak / 2]
    warm = [s for s in samples if s["s"] >= 60]  # the first minute fills caches: not a leak
    slope = (
        float(np.polyfit([s["s"] for s in warm], [s["rss_mb"] for s in warm], 1)[0]) * 60
        if len(warm) > 2
        else 0.0
    )
    out = {
        "workers": workers,
        "clients": args.soak_clients,
        "seconds": args.soak,
        **done,
        "samples": samples,
        "rss_first_mb": rss[0],
        "rss_last_mb": rss[-1],
        "rss_max_mb": max(rss),
        "rss_second_half_range_mb": round(max(late) - min(late), 1) if late else None,
        "rss_slope_after_first_minute_mb_per_min": round(slope, 2),
    }
    print(
        f"soak: {done.get('requests')} requests in {args.soak} s ({done.get('req_per_s')} req/s), "
        f"{done.get('errors')} errors, median {done.get('median_ms')} ms, p99 {done.get('p99_ms')} ms; RSS "
        f"{rss[0]} -> {rss[-1]} MB (max {max(rss)}; after the first minute "
        f"{out['rss_slope_after_first_minute_mb_per_min']} MB/min)",
        flush=True,
    )
    return out


def main(argv: list[str] | None = None) -> int:
    ints = lambda s: [int(x) for x in s.split(",")]  # noqa: E731
    p = argparse.ArgumentParser(prog="python -m eval.load", description=(__doc__ or "").splitlines()[0])
    p.add_argument(
        "--store", type=Path, help="an ingested store (default: ingest the fixtures into a temp dir)"
    )
    p.add_argument(
        "--workers", type=ints, default=[1, os.cpu_count() or 2], help="worker counts (default 1,N)"
    )
    p.add_argument("--clients", type=ints, default=[8, 16, 32], help="concurrent clients (default 8,16,32)")
    p.add_argument("--apis", type=lambda s: s.split(","), default=["staff", "public"])
    p.add_argument("--per-client", type=int, default=10, help="questions per client in a series (default 10)")
    p.add_argument("--questions", type=int, default=60, help="distinct questions drawn from the eval sets")
    p.add_argument("--soak", type=float, default=0, help="instead: a mixed load for this many seconds")
    p.add_argument("--soak-clients", type=int, default=16)
    p.add_argument("--sample-every", type=float, default=15.0, help="seconds between memory samples")
    p.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = p.parse_args(argv)
    os.environ |= {"ANONYMIZED_TELEMETRY": "False", "GRADIO_ANALYTICS_ENABLED": "False"}
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    result: dict[str, Any] = {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "command": " ".join(["python -m eval.load", *(argv if argv is not None else sys.argv[1:])]),
        "nproc": os.cpu_count(),
        "load_average_start": os.getloadavg(),
    }
    tmp = Path(tempfile.mkdtemp(prefix="styrsvar-load-"))
    try:
        store = prepare_store(tmp, args.store)
        with redis(tmp) if shutil.which("redis-server") else nullcontext(None) as redis_url:
            result["rate_limit_storage"] = redis_url or "memory://"
            print(
                f"rate-limit storage: {result['rate_limit_storage']}; load average {os.getloadavg()[0]:.2f}"
            )
            if args.soak:
                result["soak"] = soak(args, store, tmp, redis_url)
            else:
                result["series"] = series(args, store, tmp, redis_url)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    result["load_average_end"] = os.getloadavg()
    out = args.out if not args.soak or args.out != DEFAULT_OUT else DEFAULT_OUT.with_name("soak.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"wrote {out}; load average {result['load_average_start'][0]:.2f} at start, "
        f"{result['load_average_end'][0]:.2f} at end, {result['nproc']} cores"
    )
    rows = result.get("series", [])
    failed = any(r["errors"] for r in rows) or (args.soak and result["soak"].get("errors"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
