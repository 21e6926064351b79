"""The measurement: route every case with each model through needle's own router, then time needle as a fresh
process the way a user runs it.

Accuracy and per-request model time come from one loaded Engine per model (the same code path as `needle`).
End-to-end time and peak memory come from separate `python -m needle_cli --dry-run --json` processes, because
that is what a user waits for: interpreter start, imports, model load, routing and output.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..calls import ModelError, RoutingError
from ..engine import Engine
from ..router import route
from ..tools import Tool
from .datasets import REPO_DIR, REPO_TOOLS_DIR, Case
from .scoring import score_calls


@dataclass
class CaseResult:
    id: str
    category: str
    correct: bool
    reason: str
    calls: list[dict] | None  # None when routing failed
    ms: float  # wall time of route(): prompt, grammar, completion, checks
    prompt_tokens: int = 0
    completion_tokens: int = 0
    prefill_ms: float = 0.0
    decode_ms: float = 0.0


@dataclass
class E2E:
    wall_ms: list[float] = field(default_factory=list)  # runs that planned (exit 0) or found no tool (exit 3)
    peak_rss_kib: list[int] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # one line per run that exited otherwise
    cold_ms: float | None = None  # the first run, with an empty KV cache
    served_ms: list[float] = field(default_factory=list)  # the same runs while `needle serve` holds the model


@dataclass
class ModelResult:
    name: str
    path: str
    size_bytes: int | None = None
    n_params: int | None = None
    prompt_format: str | None = None
    load_ms: float | None = None
    error: str | None = None  # the model could not be loaded at all
    cases: list[CaseResult] = field(default_factory=list)
    e2e: E2E = field(default_factory=E2E)  # with tools.d
    e2e_large: E2E = field(default_factory=E2E)  # with the large catalog (datasets.write_large_catalog)
    warm_ms: list[float] = field(default_factory=list)  # model time per request with the catalog's KV state cached


def percentile(values: list[float], q: float) -> float | None:
    """Linear-interpolated percentile (q in 0..100); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def route_case(engine: Engine, case: Case) -> CaseResult:
    """Route and score one case; a model or routing failure is a wrong answer, never a crashed run."""
    start = time.perf_counter()
    try:
        result = route(engine, case.tools, case.query)
    except (ModelError, RoutingError) as exc:
        ms = (time.perf_counter() - start) * 1000
        return CaseResult(case.id, case.category, False, f"{type(exc).__name__}: {exc}", None, ms)
    ms = (time.perf_counter() - start) * 1000
    calls = [call.as_dict() for call in result.calls]
    ok, reason = score_calls(calls, case.ground_truth, case.tools)
    c = result.completion
    return CaseResult(case.id, case.category, ok, reason, calls, ms, c.prompt_tokens, c.completion_tokens,
                      c.prefill_ms, c.decode_ms)


def measure_accuracy(result: ModelResult, cases: list[Case], threads: int | None,
                     advance: Callable[[], None]) -> None:
    """Load the model once and route every case; fills result.cases (or result.error)."""
    start = time.perf_counter()
    try:
        # No KV cache: every request is prefilled in full, so prefill tok/s and model ms/request describe the
        # model, not the cache (BFCL changes tools per case anyway), and the user's cache dir is left alone.
        engine = Engine(result.path, n_threads=threads, use_cache=False)
    except ModelError as exc:
        result.error = str(exc)
        for _ in cases:
            advance()
        return
    result.load_ms = (time.perf_counter() - start) * 1000
    result.prompt_format = engine.prompt_format
    result.n_params = engine.llm.model.n_params()
    try:
        for case in cases:
            result.cases.append(route_case(engine, case))
            advance()
    finally:
        engine.close()  # free the weights before the next model (and before the child processes run)


def measure_warm(result: ModelResult, tools: list[Tool], queries: list[str], threads: int | None,
                 advance: Callable[[], None]) -> None:
    """Model time (llama.cpp's prefill and decode) per request when the tool catalog's KV state is already in
    place: `tools` (few enough not to be narrowed) are the cached prompt prefix, primed once, so each request costs
    its own tokens and the answer. The cache is a temporary dir, never the user's."""
    with tempfile.TemporaryDirectory(prefix="needle-bench-kv-") as tmp:
        try:
            engine = Engine(result.path, n_threads=threads, cache_dir=Path(tmp))
        except ModelError:
            return
        try:
            with contextlib.suppress(RoutingError):  # the state is cached even when the answer runs on
                route(engine, tools, queries[0])  # computes and caches the catalog's state
            for query in queries:
                try:
                    completion = route(engine, tools, query).completion
                except (ModelError, RoutingError):
                    continue
                result.warm_ms.append(completion.prefill_ms + completion.decode_ms)
                advance()
        finally:
            engine.close()


# Runs `python -m needle_cli ARGS` and, as it exits, writes its own peak RSS (KiB) to the file named first. On
# Linux a child's ru_maxrss also counts the memory of the process that started it (its address space is copied at
# fork, and exec keeps the larger high-water mark), so the benchmark, holding models, would inflate it; the
# child's VmHWM counts only what it used after exec.
PEAK_RSS_PROBE = """
import atexit, runpy, sys
out = sys.argv.pop(1)
def peak():
    with open('/proc/self/status') as status:
        kib = next(line.split()[1] for line in status if line.startswith('VmHWM:'))
    with open(out, 'w') as f:
        f.write(kib)
atexit.register(peak)
runpy.run_module('needle_cli', run_name='__main__', alter_sys=True)
"""


def child_env(cache_dir: Path, socket: Path) -> dict:
    env = dict(os.environ)
    # The child must import this needle_cli (the checkout being measured), whatever is installed.
    env["PYTHONPATH"] = str(REPO_DIR) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("NEEDLE_MODEL", None)
    # A cache dir of the benchmark's own: the first run starts cold as after installing, the rest find the tool
    # catalog's KV state as a user's later runs do, and the user's own cache is neither used nor evicted.
    env["NEEDLE_CACHE_DIR"] = str(cache_dir)
    env["NEEDLE_SOCKET"] = str(socket)  # the benchmark's own server, or none: never the user's
    # No server started behind the runs' backs: the first pass measures routing in the process itself, the second
    # the benchmark's own server (what keep_alive gives a user from the second request on).
    env["NEEDLE_KEEP_ALIVE"] = "0"
    # Python keeps compiled modules by default; an environment that turns that off (this project's development
    # machines do) would have every run compile needle's modules again, about 100 ms a user does not pay.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_fresh(model: Path, query: str, threads: int | None, cwd: Path, env: dict,
              tools_dir: Path = REPO_TOOLS_DIR) -> tuple[float, int, int, str]:
    """One `needle --dry-run --json` in a new process: (wall ms, peak RSS KiB, exit code, first stderr line)."""
    probe = Path(cwd) / "peak-rss-kib"
    probe.unlink(missing_ok=True)
    linux = Path("/proc/self/status").exists()
    argv = [sys.executable, "-c", PEAK_RSS_PROBE, str(probe)] if linux else [sys.executable, "-m", "needle_cli"]
    argv += ["--dry-run", "--json", "--model", str(model), "--tools-dir", str(tools_dir)]
    if threads:
        argv += ["--threads", str(threads)]
    argv.append(query)
    # Files, not pipes: we reap the child with wait4 for its rusage, so nothing may wait on pipes meanwhile.
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err, cwd=cwd, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall_ms = (time.perf_counter() - start) * 1000
        proc.returncode = os.waitstatus_to_exitcode(status)  # already reaped: keep Popen from waiting again
        err.seek(0)
        first = next((line for line in err.read().decode("utf-8", "replace").splitlines() if line.strip()), "")
    peak_kib = int(probe.read_text()) if probe.is_file() else usage.ru_maxrss  # KiB on Linux
    return wall_ms, peak_kib, proc.returncode, first


def measure_e2e(e2e: E2E, model: Path, queries: list[str], runs: int, threads: int | None,
                advance: Callable[[], None], tools_dir: Path = REPO_TOOLS_DIR) -> None:
    """`runs` fresh processes cycling through `queries` over `tools_dir`, then as many again while `needle serve`
    holds the model; keeps the timings of the runs that worked (peak memory: of the first pass, which loads the
    model)."""
    with tempfile.TemporaryDirectory(prefix="needle-bench-") as tmp:
        cwd, cache, socket = Path(tmp) / "work", Path(tmp) / "cache", Path(tmp) / "needle.sock"
        cwd.mkdir()
        env = child_env(cache, socket)
        for served in (False, True):
            try:
                server = start_server(model, threads, cwd, env) if served else None
            except RuntimeError as exc:
                e2e.failures.append(str(exc))
                return
            try:
                for i in range(runs):
                    wall_ms, rss, code, first = run_fresh(model, queries[i % len(queries)], threads, cwd, env,
                                                          tools_dir)
                    if code not in (0, 3):  # planned, or found no tool: both are complete answers
                        e2e.failures.append(f"exit {code}: {first}")
                    elif served:
                        e2e.served_ms.append(wall_ms)
                    else:
                        if i == 0:
                            e2e.cold_ms = wall_ms  # the only run without the catalog's cached KV state
                        e2e.wall_ms.append(wall_ms)
                        e2e.peak_rss_kib.append(rss)
                    advance()
            finally:
                if server is not None:
                    status = serve_status(env)
                    server.terminate()
                    server.wait()
            if served and (status or {}).get("served") != runs:  # each run must have routed through the server
                e2e.failures.append(f"needle serve answered {(status or {}).get('served')} of {runs} runs")


def serve_status(env: dict) -> dict | None:
    from .. import server

    return server.status(Path(env["NEEDLE_SOCKET"]))


def start_server(model: Path, threads: int | None, cwd: Path, env: dict, wait: float = 120) -> subprocess.Popen:
    """`needle serve` for the benchmark's fresh processes, answering on env's socket."""
    argv = [sys.executable, "-m", "needle_cli", "serve", "--idle", "0", "--model", str(model)]
    if threads:
        argv += ["--threads", str(threads)]
    log = cwd / "serve.log"
    with log.open("wb") as out:
        process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=out, cwd=cwd, env=env)
    deadline = time.monotonic() + wait
    while serve_status(env) is None:
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            process.wait()
            said = log.read_text(errors="replace").strip().splitlines()
            raise RuntimeError(f"needle serve did not start for {model.name}" + (f": {said[-1]}" if said else ""))
        time.sleep(0.1)
    return process


def summarize(result: ModelResult, categories: list[str]) -> dict:
    """Accuracy per category, speed and memory of one model, as plain numbers for the table and the report."""
    accuracy = {}
    for category in categories:
        rows = [c for c in result.cases if c.category == category]
        accuracy[category] = {"correct": sum(c.correct for c in rows), "total": len(rows),
                              "accuracy": sum(c.correct for c in rows) / len(rows) if rows else None}
    scored = [a["accuracy"] for a in accuracy.values() if a["accuracy"] is not None]
    timed = [c for c in result.cases if c.calls is not None]
    prefill_ms = sum(c.prefill_ms for c in timed)
    decode_ms = sum(c.decode_ms for c in timed)
    wall = result.e2e.wall_ms
    return {
        "accuracy": accuracy,
        # Unweighted mean over categories, as BFCL summarises, so a big category does not drown the others.
        "overall": sum(scored) / len(scored) if scored else None,
        # Token-weighted: total tokens over total time, not a mean of per-request rates.
        "prefill_tok_s": sum(c.prompt_tokens for c in timed) / prefill_ms * 1000 if prefill_ms else None,
        "decode_tok_s": sum(c.completion_tokens for c in timed) / decode_ms * 1000 if decode_ms else None,
        "model_ms_mean": statistics.fmean(c.ms for c in result.cases) if result.cases else None,
        "model_ms_p50": percentile([c.ms for c in result.cases], 50),
        "warm_model_ms_p50": percentile(result.warm_ms, 50),
        "e2e_cold_ms": result.e2e.cold_ms,
        "e2e_ms_p50": percentile(wall, 50),
        "e2e_ms_p95": percentile(wall, 95),
        "e2e_runs_ok": sum(len(e.wall_ms) + len(e.served_ms) for e in (result.e2e, result.e2e_large)),  # of 4 x
        "e2e_served_ms_p50": percentile(result.e2e.served_ms, 50),
        "e2e_served_ms_p95": percentile(result.e2e.served_ms, 95),
        "e2e_failures": result.e2e.failures,
        "large_e2e_ms_p50": percentile(result.e2e_large.wall_ms, 50),
        "large_e2e_served_ms_p50": percentile(result.e2e_large.served_ms, 50),
        "large_e2e_failures": result.e2e_large.failures,
        "peak_rss_mib": max(result.e2e.peak_rss_kib) / 1024 if result.e2e.peak_rss_kib else None,
        "size_mib": result.size_bytes / 2**20 if result.size_bytes is not None else None,
    }
