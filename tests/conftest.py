"""Shared fixtures: the tiny real GGUF model, tool files in temporary dirs, and ways to run needle.

Every test runs in its own temporary working directory with its own (empty) user config dir and state dir, so
neither the repository's tools.d nor the developer's own tools, config.yaml or history are ever used.
"""

from __future__ import annotations

import io
import os
import pty
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml
from tiny_gguf import write_tiny_gguf
from typer.testing import CliRunner

from needle_cli import cli, render

REPO = Path(__file__).resolve().parents[1]
PY = sys.executable

# One thread: the tiny model gains nothing from more, and on a busy machine llama.cpp's threads wait on each other
# (a decode that takes 40 ms on one thread took seconds on two while another process used the cores).
THREADS = 1

# A run tool that records that it ran, and with which arguments, in ./ran.txt of its working directory.
MARK = [PY, "-c", "import sys, json; open('ran.txt', 'a').write(json.dumps(sys.argv[1:]) + '\\n')"]


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory) -> Path:
    return write_tiny_gguf(tmp_path_factory.mktemp("model") / "tiny.gguf", prompt_format="needle-v1")


@pytest.fixture(scope="session")
def engine(tiny_model):
    """The tiny model, loaded once; the CLI's in-process cache hands the same Engine to CliRunner runs."""
    loaded = cli.load_engine(tiny_model, THREADS)
    yield loaded
    cli._cached_engine.cache_clear()
    loaded.close()  # now, not in __del__ at interpreter exit when llama_cpp is half torn down


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch, tiny_model):
    # A socket path of the test's own (short: a Unix socket's path is limited to about 100 bytes), so that a
    # `needle serve` the developer runs is never asked
    runtime = Path(tempfile.mkdtemp(prefix="needle-"))
    monkeypatch.setenv("NEEDLE_SOCKET", str(runtime / "needle.sock"))
    # and no server started behind a test's back (keep_alive's tests turn it on)
    monkeypatch.setenv("NEEDLE_KEEP_ALIVE", "0")
    yield _isolated(tmp_path, monkeypatch, tiny_model)
    shutil.rmtree(runtime, ignore_errors=True)


def _isolated(tmp_path, monkeypatch, tiny_model) -> Path:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("NEEDLE_MODEL", str(tiny_model))
    monkeypatch.setenv("NEEDLE_THREADS", str(THREADS))
    monkeypatch.setenv("NEEDLE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("NEEDLE_STATE_DIR", str(tmp_path / "state"))  # the history database
    # In-process runs must never block on the developer's real terminal: no terminal unless a test gives one.
    monkeypatch.setattr(render, "terminal", lambda: _no_terminal())
    return work


@contextmanager
def _no_terminal():
    yield None


class FakeTTY:
    """Stands in for /dev/tty in in-process runs: answers with `answer`, keeps what was shown."""

    def __init__(self, answer: str):
        self.input = io.StringIO(answer)
        self.shown = io.StringIO()
        self.asked = 0

    def write(self, text: str) -> int:
        return self.shown.write(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def readline(self) -> str:
        self.asked += 1
        return self.input.readline()


@pytest.fixture
def fake_tty(monkeypatch):
    """Call with the text typed at the terminal; returns the FakeTTY (check .asked and .shown)."""

    def give(answer: str) -> FakeTTY:
        tty = FakeTTY(answer)

        @contextmanager
        def terminal():
            yield tty

        monkeypatch.setattr(render, "terminal", terminal)
        return tty

    return give


def write_yaml(directory: Path, filename: str, tools) -> Path:
    """Write `tools` (a list of dicts, or raw YAML text) as directory/filename; returns the directory."""
    directory.mkdir(parents=True, exist_ok=True)
    text = tools if isinstance(tools, str) else yaml.safe_dump({"tools": tools}, sort_keys=False)
    (directory / filename).write_text(text, encoding="utf-8")
    return directory


@pytest.fixture
def tools_dir(tmp_path):
    """Call with a list of tool dicts (or YAML text) to get a tools dir holding them in tools.yaml."""
    counter = iter(range(1000))

    def make(tools, filename: str = "tools.yaml", directory: Path | None = None) -> Path:
        return write_yaml(directory or tmp_path / f"tools{next(counter)}", filename, tools)

    return make


@pytest.fixture
def invoke():
    """needle in-process through typer's CliRunner; result has exit_code, stdout and stderr."""
    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(cli.app, [str(a) for a in args], input=input)

    return run


def needle_env(**extra: str) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


@pytest.fixture
def needle(isolated):
    """needle as a real process (`python -m needle_cli`) in the test's working dir, with no controlling terminal."""

    def run(*args: str, input: str | None = None, timeout: float = 120,
            env: dict | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([PY, "-m", "needle_cli", *map(str, args)], input=input, capture_output=True,
                              text=True, cwd=isolated, env=needle_env(**(env or {})), timeout=timeout,
                              start_new_session=True,
                              stdin=subprocess.DEVNULL if input is None else None)

    return run


def run_in_pty(command: str, cwd: Path, answer: str | None = None, timeout: float = 120) -> tuple[int, str]:
    """Run `sh -c command` with a new pseudo-terminal as its controlling terminal; type `answer` at the prompt."""
    pid, fd = pty.fork()
    if pid == 0:  # child: the pty is its stdin, stdout, stderr and /dev/tty
        try:
            os.chdir(cwd)
            os.execve("/bin/sh", ["sh", "-c", command], needle_env(TERM="dumb", COLUMNS="100"))
        finally:
            os._exit(127)
    output, sent, deadline = b"", False, time.monotonic() + timeout
    try:
        while True:
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                raise AssertionError(f"timed out; output so far: {output.decode(errors='replace')}")
            ready, _, _ = select.select([fd], [], [], 0.2)
            if not ready:
                continue
            try:
                data = os.read(fd, 4096)
            except OSError:  # EIO: the child side is closed
                break
            if not data:
                break
            output += data
            if answer is not None and not sent and b"[Y/n]" in output:
                os.write(fd, answer.encode())
                sent = True
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    return os.waitstatus_to_exitcode(status), output.decode(errors="replace")
