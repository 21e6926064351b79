"""`needle doctor`: is everything needle needs in place? Each check is a row (ok, message, fix).

The checks only read: they load the model and the tool files and count the history, but create nothing (a
history database SQLite calls corrupt is moved aside, as every needle command does).
"""

from __future__ import annotations

import os
import shlex
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from . import render
from .config import Config, ConfigError


@dataclass
class Check:
    name: str
    ok: bool
    message: str
    fix: str = ""


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def check_config(config: Config | ConfigError, path: Path) -> Check:
    if isinstance(config, ConfigError):
        return Check("config", False, str(config), f"correct that line of {path} (or move the file away to use the "
                                                   "defaults); the README's Configuration section lists the keys")
    if not config.exists:
        return Check("config", True, f"{path} (absent: built-in defaults)")
    return Check("config", True, str(path))


def check_model(path: Path, source: str, threads: int | None) -> list[Check]:
    """The file, then whether llama.cpp loads it (and how), then llama.cpp itself."""
    from .calls import ModelError
    from .engine import Engine, check_gguf

    checks = []
    fix = "pass --model PATH, set NEEDLE_MODEL, or set `model:` in config.yaml"
    try:
        check_gguf(path)
    except ModelError as exc:
        checks.append(Check("model", False, f"{exc} (from {source})", fix))
    else:
        checks.append(Check("model", True, f"{path} ({render.size_text(path.stat().st_size)}, from {source})"))
    try:
        import llama_cpp
    except ImportError as exc:
        checks.append(Check("llama.cpp", False, f"llama-cpp-python cannot be imported: {exc}",
                            "pip install llama-cpp-python (it builds llama.cpp)"))
        return checks
    if checks[0].ok:
        start = time.perf_counter()
        try:
            with render.progress(f"loading {path.name} ({render.size_text(path.stat().st_size)})"):
                engine = Engine(path, n_threads=threads, use_cache=False)
        except ModelError as exc:
            checks.append(Check("model loads", False, str(exc),
                                "the file may be truncated or need a newer llama.cpp: copy or export it again, "
                                "or upgrade llama-cpp-python"))
        else:
            seconds = time.perf_counter() - start
            meta = engine.metadata
            about = ", ".join(x for x in (meta.get("general.name"), meta.get("general.architecture")) if x)
            checks.append(Check("model loads", True,
                                f"in {seconds:.1f} s; prompt format {engine.prompt_format}; context {engine.n_ctx} "
                                f"tokens" + (f"; {about}" if about else "")))
            engine.close()
    version = getattr(llama_cpp, "llama_version", None)
    native = ""
    if version is not None:
        try:
            native = f", llama.cpp {version().decode()}"
        except Exception:  # an older build without the symbol
            native = ""
    info = llama_cpp.llama_print_system_info().decode("utf-8", "replace")
    features = [part.split("=")[0].strip() for part in info.replace("CPU :", "|").split("|")
                if part.strip().endswith("= 1")]
    fast = any(f in features for f in ("AVX2", "NEON", "AVX512"))
    message = (f"llama-cpp-python {llama_cpp.__version__}{native}; {threads or min(4, os.cpu_count() or 1)} "
               f"threads of {os.cpu_count()} CPUs; features: {' '.join(features) or 'none'}")
    checks.append(Check("llama.cpp", True, message + ("" if fast else " (no AVX2/NEON: expect slow answers)")))
    return checks


def check_tools(dirs: list[Path], user_dir: Path) -> list[Check]:
    """Each dir with its counts, then the tools as a whole; `user_dir` is where `needle tools new` writes."""
    from .tools import load_catalog, tool_files

    checks = []
    for d in dirs:
        if not d.is_dir():
            checks.append(Check("tool dir", True, f"{d} (absent)"))
            continue
        files = tool_files([d])
        catalog = load_catalog([d])
        checks.append(Check("tool dir", True, f"{d}: {_count(len(catalog.tools), 'tool')} in "
                                              f"{_count(len(files), 'file')}"))
    catalog = load_catalog(dirs)
    if catalog.problems:
        checks.append(Check("tools", False, f"{_count(len(catalog.problems), 'problem')}, first: "
                                            f"{catalog.problems[0]}",
                            "needle tools validate lists them all with their lines"))
    if not catalog.tools:
        where = f"(it goes to {user_dir})" if user_dir in dirs else f"--dir {shlex.quote(str(dirs[0]))}"
        checks.append(Check("tools", False, "no tools declared", f"create one with: needle tools new NAME {where}"))
    elif not catalog.problems:
        checks.append(Check("tools", True, _count(len(catalog.tools), "tool")))
    return checks


def check_history(path: Path, enabled: bool) -> Check:
    from .history import HistoryError, count

    if not enabled:
        return Check("history", True, f"{path} (off: history: false in config.yaml)")
    if not path.exists():
        return Check("history", True, f"{path} (empty)")
    try:
        n = count(path=path, warn=render.warn)
    except HistoryError as exc:
        return Check("history", False, str(exc), "move the file away; needle starts a new one")
    return Check("history", True, f"{path} ({_count(n, 'command')})")


def check_path() -> Check:
    found = shutil.which("needle")
    if found:
        return Check("needle on PATH", True, found)
    return Check("needle on PATH", False, "the shell integration (needle init) calls `needle` but it is not on PATH",
                 "add the directory holding the needle script (the one pip installed it to) to PATH")


def check_server(model: Path) -> Check:
    """Whether `needle serve` runs, and for this model (optional either way: needle routes in-process without)."""
    from . import __version__, server

    path = server.socket_path()
    answer = server.status(path)
    if answer is None:
        return Check("server", True, f"not running (optional: a request starts one for keep_alive minutes, as "
                                     f"does `needle serve --detach`; {path})")
    if not server.serves(answer, model):  # (keep_alive starts one for whichever model was used last: not a fault)
        return Check("server", True, f"pid {answer.get('pid')} is needle {answer.get('version')} serving "
                                     f"{answer.get('model')}, not needle {__version__} serving {model}: requests "
                                     "for this one route in their own process until it idles out or `needle serve "
                                     "--stop` stops it")
    return Check("server", True, f"pid {answer.get('pid')} on {path}, {answer.get('served')} requests served")


def show(checks: list[Check]) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, pad_edge=False, show_header=False)
    table.add_column(no_wrap=True)
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    for c in checks:
        text = Text(c.message)
        if c.fix:
            text += Text("\nfix: ", style="bold yellow") + Text(c.fix)
        table.add_row(Text("ok", style="green") if c.ok else Text("FAIL", style="bold red"), c.name, text)
    render.stdout.print(table)
    bad = sum(not c.ok for c in checks)
    render.stdout.print(Text(f"{bad} problem{'s' * (bad != 1)} found", style="bold red") if bad
                        else Text("everything needle needs is in place", style="green"))
