"""`needle doctor`: every check of needle_cli/doctor.py, shown with its fix."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..cli import EXIT_USAGE, ToolsDirOption, resolve_model, tool_dirs, user_tools_dir
from ..config import Config, ConfigError
from ..config import load as load_config

app = typer.Typer(add_completion=False)


@app.command("doctor")
def doctor_command(
    tools_dir: ToolsDirOption = None,
    model: Annotated[Optional[Path], typer.Option("--model", metavar="PATH", show_default=False,
                                                  help="Check this GGUF instead of the one needle would use.")] = None,
    threads: Annotated[Optional[int], typer.Option("--threads", metavar="N", min=1, show_default=False,
                                                   help="CPU threads to load the model with.")] = None,
) -> None:
    """Check the model, llama.cpp, the tools, the config and the history; print each problem with its fix.

    Exit code 0 when everything is in place, 2 when a check fails.
    """
    from .. import doctor, history, kvcache
    from ..config import config_path

    path = config_path()
    try:
        config: Config | ConfigError = load_config(path)
    except ConfigError as exc:
        config = exc
    usable = config if isinstance(config, Config) else None
    model_path, source = resolve_model(model, usable)
    if threads is None:
        env_threads = os.environ.get("NEEDLE_THREADS", "")
        threads = int(env_threads) if env_threads.isdigit() and int(env_threads) > 0 else None
        if threads is None and usable is not None:
            threads = usable.threads
    checks = [doctor.check_config(config, path)]
    checks += doctor.check_model(model_path, source, threads)
    checks += doctor.check_tools(tool_dirs(tools_dir, usable), user_tools_dir())
    checks.append(doctor.check_history(history.db_path(), usable.history if usable else True))
    checks.append(doctor.Check("kv cache", True, str(kvcache.cache_dir())))
    checks.append(doctor.check_server(model_path))
    checks.append(doctor.check_path())
    doctor.show(checks)
    if not all(c.ok for c in checks):
        raise typer.Exit(EXIT_USAGE)
