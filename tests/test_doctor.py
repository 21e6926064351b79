"""`needle doctor` with everything in place and with each kind of problem; the loading spinner."""

from __future__ import annotations

import io
import shlex
import sys

import pytest
from rich.console import Console

from needle_cli import cli, history, render

from conftest import PY, THREADS, write_yaml
from test_cli import MARK_TOOL


@pytest.fixture
def wide(monkeypatch):
    """Rich writes to a pipe 80 columns wide and folds long paths; give it room so lines can be matched."""
    monkeypatch.setattr(render.stdout, "_width", 400)


@pytest.fixture
def needle_on_path(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "needle"
    script.write_text(f"#!/bin/sh\nexec {shlex.quote(PY)} -m needle_cli \"$@\"\n")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    return script


def rows(stdout: str) -> dict[str, str]:
    """check name -> 'ok ...' or 'FAIL ...' line (the fix is on the next line)."""
    found = {}
    for line in stdout.splitlines():
        words = line.split()
        if words and words[0] in ("ok", "FAIL"):
            name = " ".join(words[1:3]) if words[1:3] in (["model", "loads"], ["tool", "dir"], ["kv", "cache"]) \
                else " ".join(words[1:4]) if words[1:4] == ["needle", "on", "PATH"] else words[1]
            found.setdefault(name, line)
    return found


def test_everything_in_place(invoke, isolated, tiny_model, wide, needle_on_path):
    write_yaml(isolated / "tools.d", "t.yaml", [MARK_TOOL])
    result = invoke("doctor")
    assert result.exit_code == 0, result.stdout
    checks = rows(result.stdout)
    assert all(line.startswith("ok") for line in checks.values()), result.stdout
    config_path = isolated.parent / "config" / "needle" / "config.yaml"
    assert f"{config_path} (absent: built-in defaults)" in checks["config"]
    assert str(tiny_model) in checks["model"] and "from NEEDLE_MODEL" in checks["model"]
    assert "KiB" in checks["model"]
    assert "prompt format needle-v1" in checks["model loads"] and "needle-test-tiny" in checks["model loads"]
    assert "llama-cpp-python" in checks["llama.cpp"] and f"{THREADS} threads" in checks["llama.cpp"]
    assert "tools.d: 1 tool in 1 file" in result.stdout and "(absent)" in result.stdout  # the user's tools dir
    assert f"{history.db_path()} (empty)" in checks["history"] and not history.db_path().exists()
    assert str(needle_on_path) in checks["needle on PATH"]
    assert "not running" in checks["server"]
    assert "everything needle needs is in place" in result.stdout


def test_each_problem_comes_with_its_fix(invoke, isolated, tmp_path, wide, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no needle there
    monkeypatch.setenv("NEEDLE_MODEL", str(tmp_path / "gone.gguf"))
    config = isolated.parent / "config" / "needle" / "config.yaml"
    config.parent.mkdir(parents=True)
    config.write_text("threads: lots\n")
    result = invoke("doctor")
    assert result.exit_code == 2 and "Traceback" not in result.stdout + result.stderr
    checks = rows(result.stdout)
    assert checks["config"].startswith("FAIL") and f"{config}:1: threads: must be a whole number" in checks["config"]
    assert checks["model"].startswith("FAIL") and "model file not found" in checks["model"]
    assert "model loads" not in checks and checks["llama.cpp"].startswith("ok")
    assert checks["tools"].startswith("FAIL") and "no tools declared" in checks["tools"]
    assert checks["needle on PATH"].startswith("FAIL")
    for fix in ("fix: correct that line of", "fix: pass --model PATH, set NEEDLE_MODEL", "fix: create one with: "
                "needle tools new NAME", "fix: add the directory holding the needle script"):
        assert fix in result.stdout
    assert result.stdout.count("fix: ") == 4 and "4 problems found" in result.stdout


def test_a_model_llama_cpp_cannot_load_and_broken_tools(invoke, isolated, tmp_path, wide, needle_on_path):
    model = tmp_path / "bad.gguf"
    model.write_bytes(b"GGUF\x03\x00\x00\x00" + b"\x00" * 40)
    write_yaml(isolated / "tools.d", "t.yaml", [MARK_TOOL])
    write_yaml(isolated / "tools.d", "broken.yaml", "- name: broken\n  run: [echo, '{nope}']\n")
    result = invoke("doctor", "--model", model)
    assert result.exit_code == 2
    checks = rows(result.stdout)
    assert checks["model"].startswith("ok") and "from --model" in checks["model"]
    assert checks["model loads"].startswith("FAIL") and "llama.cpp could not load" in checks["model loads"]
    assert checks["tools"].startswith("FAIL") and "1 problem, first:" in checks["tools"]
    assert "broken.yaml:1" in checks["tools"] and "fix: needle tools validate" in result.stdout
    assert "2 problems found" in result.stdout


def test_loading_shows_a_spinner_on_a_terminal_only(monkeypatch, tiny_model):
    monkeypatch.setattr(cli, "_cached_engine", lambda path, mtime, threads: "engine")
    shown = io.StringIO()
    monkeypatch.setattr(render, "stderr", Console(file=shown, force_terminal=True, width=100))
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)  # (the process's own stderr is asked first)
    assert cli.load_engine(tiny_model, THREADS) == "engine"
    assert f"loading {tiny_model.name} (" in shown.getvalue()
    shown.truncate(0)
    assert cli.load_engine(tiny_model, THREADS, progress=False) == "engine"  # --print-command: the line editor's
    assert shown.getvalue() == ""  # terminal stays clean
    monkeypatch.setattr(render, "stderr", Console(file=shown, force_terminal=False))
    cli.load_engine(tiny_model, THREADS)
    assert shown.getvalue() == ""  # a pipe or a file gets no spinner
