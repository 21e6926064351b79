"""Presenting a benchmark: the Rich table on stdout, the JSON report and the accuracy-latency plot."""

from __future__ import annotations

import datetime
import json
import os
import platform
import textwrap
from dataclasses import asdict
from pathlib import Path

from rich.console import Console
from rich.table import Table

from .. import __version__
from .run import ModelResult

CATEGORY_LABELS = {"simple_python": "simple", "multiple": "multiple", "parallel": "parallel",
                   "parallel_multiple": "parallel multiple", "irrelevance": "irrelevance", "shell": "shell intents",
                   "heldout": "held-out schemas", "tuning": "held-out schemas, tuning",
                   "fresh": "held-out schemas, fresh"}


class PlotUnavailable(Exception):
    """matplotlib is not installed."""


def machine() -> dict:
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), cpu)
    except OSError:
        pass
    return {"platform": platform.platform(), "python": platform.python_version(), "cpu": cpu,
            "cores": os.cpu_count()}


def _llama_cpp_version() -> str | None:
    try:
        from importlib.metadata import version

        return version("llama_cpp_python")
    except Exception:  # noqa: BLE001 - only informative
        return None


def build(results: list[ModelResult], summaries: list[dict], *, categories: list[str], limit: int | None,
          threads: int, e2e_runs: int, bfcl_dir: Path | None, skipped: dict, large_catalog: dict) -> dict:
    models = []
    for result, summary in zip(results, summaries):
        entry = {"name": result.name, "path": result.path, "size_bytes": result.size_bytes,
                 "n_params": result.n_params, "prompt_format": result.prompt_format, "load_ms": result.load_ms,
                 "error": result.error, **summary,
                 "e2e_wall_ms": result.e2e.wall_ms, "e2e_peak_rss_kib": result.e2e.peak_rss_kib,
                 "e2e_served_wall_ms": result.e2e.served_ms,
                 "large_e2e_wall_ms": result.e2e_large.wall_ms, "large_e2e_served_wall_ms": result.e2e_large.served_ms,
                 "cases": [asdict(c) for c in result.cases]}
        models.append(entry)
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "needle": __version__,
        "llama_cpp_python": _llama_cpp_version(),
        "machine": machine(),
        "threads": threads,
        "limit": limit,
        "categories": categories,
        "bfcl_dir": str(bfcl_dir) if bfcl_dir else None,
        "e2e_runs": e2e_runs,
        "large_catalog": large_catalog,
        "skipped": {k: v for k, v in skipped.items() if v},
        "notes": {
            "overall": "unweighted mean of the category accuracies",
            "speed": "tokens/s = total tokens / total time over all routed cases, from llama.cpp's counters",
            "model_ms": "wall time of one route() in a loaded process, full prefill (no KV cache)",
            "warm_model_ms": "llama.cpp's prefill + decode time per request with the catalog's KV state cached "
                             "(the first router.MAX_TOOLS tools of tools.d, the shell intents that need only them)",
            "e2e_ms": "wall time of a fresh `python -m needle_cli --dry-run --json` process with the shipped "
                      "tools.d, routing in the process itself (NEEDLE_KEEP_ALIVE=0); p50/p95 over the runs that "
                      "answered; the first run starts with an empty KV cache (e2e_cold_ms), later ones reuse the "
                      "tool catalog's cached state as a user's runs do",
            "e2e_served_ms": "the same fresh processes while `needle serve` (started for the benchmark, on its "
                             "own socket) holds the model: each process routes through it instead of loading "
                             "llama.cpp and the model; with the default keep_alive, a user's requests after "
                             "the first are served this way",
            "large_catalog": "tools.d and tools the training corpus generates, 500 in all (bench.datasets."
                             "write_large_catalog); recall: shell intents whose tools are all among the top_k that "
                             "BM25 keeps for the model; large_e2e_*: the fresh processes above with this catalog",
            "peak_rss_mib": "largest peak RSS of the first processes, which load the model (VmHWM, read as each "
                            "exits)",
        },
        "models": models,
    }


def _num(value, fmt: str = "{:.0f}") -> str:
    return "–" if value is None else fmt.format(value)


def rows(report: dict) -> list[tuple[str, list[str], str | None]]:
    """(measure, one cell per model, style): one column per model, since a few models fit a terminal and a dozen
    measures do not."""
    models = report["models"]
    out: list[tuple[str, list[str], str | None]] = []

    def row(label: str, cells: list[str], style: str | None = None) -> None:
        out.append((label, cells, style))

    row("size MiB", [_num(m["size_mib"], "{:.1f}") for m in models])
    row("params", [_num(m["n_params"] / 1e6, "{:.1f} M") if m["n_params"] else "–" for m in models])
    for category in report["categories"]:
        cells = []
        for m in models:
            a = m["accuracy"].get(category) or {}
            cells.append("–" if not a.get("total") else f"{a['accuracy']:.1%} ({a['correct']}/{a['total']})")
        row(CATEGORY_LABELS.get(category, category), cells)
    row("overall", [_num(m["overall"], "{:.1%}") for m in models], style="bold")
    row("prefill tok/s", [_num(m["prefill_tok_s"]) for m in models])
    row("decode tok/s", [_num(m["decode_tok_s"], "{:.1f}") for m in models])
    row("model ms/request", [_num(m["model_ms_mean"]) for m in models])
    row("warm model ms p50", [_num(m["warm_model_ms_p50"]) for m in models])
    row("e2e p50 ms", [_num(m["e2e_ms_p50"]) for m in models], style="bold")
    row("e2e p95 ms", [_num(m["e2e_ms_p95"]) for m in models])
    row("e2e first run ms", [_num(m["e2e_cold_ms"]) for m in models])
    row("e2e p50 ms, served", [_num(m["e2e_served_ms_p50"]) for m in models], style="bold")
    row("e2e p95 ms, served", [_num(m["e2e_served_ms_p95"]) for m in models])
    large = report.get("large_catalog") or {}
    if large:
        label = f"{large['tools']} tools"
        row(f"{label}: e2e p50 ms", [_num(m.get("large_e2e_ms_p50")) for m in models])
        row(f"{label}: e2e p50 ms, served", [_num(m.get("large_e2e_served_ms_p50")) for m in models])
    row("e2e runs ok", [f"{m['e2e_runs_ok']}/{4 * report['e2e_runs']}" if not m["error"] else "–" for m in models])
    row("peak RSS MiB", [_num(m["peak_rss_mib"]) for m in models])
    if any(m["error"] for m in models):
        row("error", [m["error"] or "" for m in models], style="red")
    return out


def table(report: dict) -> Table:
    t = Table(title="needle bench", title_justify="left")
    t.add_column("", style="bold", no_wrap=True)
    for m in report["models"]:
        t.add_column(m["name"], justify="right", overflow="fold")
    for label, cells, style in rows(report):
        t.add_row(label, *cells, style=style)
    return t


def write_markdown(report: dict, out: Path) -> Path:
    """The same table as Markdown, with its date and machine: what the README shows."""
    lines = ["| | " + " | ".join(m["name"] for m in report["models"]) + " |",
             "|---|" + "---:|" * len(report["models"])]
    for label, cells, style in rows(report):
        bold = "**" if style == "bold" else ""
        lines.append(f"| {bold}{label}{bold} | " + " | ".join(f"{bold}{c}{bold}" for c in cells) + " |")
    lines += ["", f"{report['date'][:10]} · {context_line(report)}"]
    path = out / "report.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def context_line(report: dict) -> str:
    mach = report["machine"]
    limit = f", limit {report['limit']} per category" if report["limit"] else ""
    return (f"{mach['cpu']} · {mach['cores']} cores · {report['threads']} threads · llama-cpp-python "
            f"{report['llama_cpp_python']}{limit} · e2e over {report['e2e_runs']} fresh processes, then as many with "
            f"needle serve running{_large_line(report)}")


def _large_line(report: dict) -> str:
    large = report.get("large_catalog")
    if not large:
        return ""
    return (f" · {large['tools']}-tool catalog: the right tools among the top {large['top_k']} for "
            f"{large['recall']:.1%} of {large['requests']} shell intents")


def print_table(report: dict, console: Console) -> None:
    console.print(table(report))
    console.print(context_line(report), style="dim", soft_wrap=True)


def write_json(report: dict, out: Path) -> Path:
    path = out / "report.json"
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def write_plot(report: dict, out: Path) -> Path:
    """Overall accuracy against end-to-end p50 latency, one labelled point per model."""
    try:
        import matplotlib
    except ImportError:
        raise PlotUnavailable("matplotlib is not installed; install it with: pip install 'needle-cli[bench]'") from None
    matplotlib.use("Agg")  # files only: no display needed, and none may exist
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.4, 4.4), dpi=120)
    plotted = 0
    for m in report["models"]:
        if m["overall"] is None or m["e2e_ms_p50"] is None:
            continue  # a model that failed to load or never finished a fresh run has no point to draw
        ax.scatter(m["e2e_ms_p50"], m["overall"] * 100, s=60)
        ax.annotate(m["name"], (m["e2e_ms_p50"], m["overall"] * 100), textcoords="offset points", xytext=(6, 4),
                    fontsize=9)
        plotted += 1
    if not plotted:
        ax.text(0.5, 0.5, "no model has both accuracy and latency", ha="center", va="center",
                transform=ax.transAxes)
    ax.set_xlabel("end-to-end p50 latency (ms, fresh process)")
    ax.set_ylabel("overall accuracy (%)")
    ax.set_ylim(-2, 102)
    xs = [m["e2e_ms_p50"] for m in report["models"] if m["overall"] is not None and m["e2e_ms_p50"] is not None]
    ax.set_xlim(0, max(xs) * 1.35 if xs else 1)  # room on the right for the last point's label
    cats = ", ".join(CATEGORY_LABELS.get(c, c) for c in report["categories"])
    limit = f", first {report['limit']} per category" if report["limit"] else ""
    subtitle = textwrap.fill(f"({cats}{limit})", 70)
    ax.set_title(f"needle bench: accuracy vs latency\n{subtitle}", fontsize=9)
    ax.grid(True, alpha=0.3)
    fig.tight_layout()
    path = out / "accuracy_latency.png"
    fig.savefig(path)
    plt.close(fig)
    return path
