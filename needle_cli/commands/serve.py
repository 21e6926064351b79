"""`needle serve`: the resident model (needle_cli/server.py), started, stopped or asked about."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from ..cli import EXIT_USAGE, ModelOption, ThreadsOption, fail, render, resolve_model, settings, spawn_server

app = typer.Typer(add_completion=False)


@app.command("serve")
def serve_command(
    model: ModelOption = None,
    threads: ThreadsOption = None,
    idle: Annotated[float, typer.Option("--idle", metavar="MINUTES", min=0,
                                        help="Exit after this long without a request (0: never).")] = 60,
    detach: Annotated[bool, typer.Option("--detach", help="Start in the background and return once it "
                                                          "answers.")] = False,
    stop: Annotated[bool, typer.Option("--stop", help="Stop the running server.")] = False,
    status: Annotated[bool, typer.Option("--status", help="Say whether a server runs, and what it serves.")] = False,
) -> None:
    """Keep the model loaded in a resident process, so that each `needle` routes in a fraction of the time.

    While it runs, needle commands that route ask it instead of loading llama.cpp and the model themselves.
    It never runs anything: the command that asked checks its answer and confirms as always.
    When it is gone, or serves another model file, they route in their own process as before.
    It listens on a socket only you can reach ($NEEDLE_SOCKET, else needle.sock in your runtime dir).
    needle starts one itself after a request routed without one (keep_alive in config.yaml, 10 minutes by default).
    """
    from .. import server

    path = server.socket_path()
    if stop or status:
        answer = server.ask({"op": "stop" if stop else "status"}, path, timeout=5)
        if answer is None:
            render.warn(f"no server is listening on {path}")
            raise typer.Exit(EXIT_USAGE if status else 0)
        if status:
            sys.stdout.write(f"needle {answer.get('version')} serving {answer.get('model')} on {path} "
                             f"(pid {answer.get('pid')}, {answer.get('served')} requests)\n")
        else:  # it stops after answering: wait for it to be gone, so that a new one can start at once
            for _ in range(200):
                if not path.exists():
                    break
                time.sleep(0.05)
        return
    config = settings()
    model_path, _ = resolve_model(model, config)
    threads = threads if threads is not None else config.threads
    if detach:
        serve_detached(model_path, threads, idle, path)
        return
    from ..calls import ModelError
    from ..engine import check_gguf

    try:
        check_gguf(model_path)
        server.serve(model_path, threads, idle * 60 or None, path,
                     on_ready=lambda p: render.warn(f"serving {model_path.name} on {p}; Ctrl-C stops"))
    except (ModelError, server.ServerError) as exc:
        fail(str(exc))


def serve_detached(model: Path, threads: int | None, idle: float, path: Path, wait: float = 120) -> None:
    """Start `needle serve` in its own session, its output in the cache dir's serve.log; return once it answers
    (at once when one already serves this model)."""
    from .. import server

    running = server.status(path)
    if running is not None:  # safe to run from every new shell: a server like the one asked for is left running
        if server.serves(running, model):
            render.warn(f"serving {model.name} on {path} (pid {running.get('pid')}); needle serve --stop stops it")
            return
        fail(f"a server of needle {running.get('version')} serving {running.get('model')} is listening on {path} "
             f"(pid {running.get('pid')}); stop it first with: needle serve --stop")
    try:
        process, log = spawn_server(model, threads, idle, path)
    except OSError as exc:
        fail(f"cannot start needle serve: {exc.strerror or exc}")
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        answer = server.status(path)
        if answer is not None and server.serves(answer, model):  # ours, or one another shell started at once
            render.warn(f"serving {model.name} on {path} (pid {answer.get('pid')}); needle serve --stop stops it")
            return
        if process.poll() is not None:
            lines = log.read_text(errors="replace").strip().splitlines()
            said = lines[-1].removeprefix("needle: error: ") if lines else f"exit code {process.returncode}"
            if "or starting" not in said:  # unless another server holds the socket's lock: wait for it to answer
                fail(said)
        time.sleep(0.1)
    process.kill()
    fail(f"needle serve did not answer within {wait:.0f} s (see {log})")
