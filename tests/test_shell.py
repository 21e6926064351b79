"""`needle init SHELL` in real shells, and `--print-command`, which the key binding puts on the command line.

The snippets are evaluated in real bash (and zsh and fish where installed: apt-get install zsh fish) that find
`needle` on PATH; the key-binding function is called directly with the line variable set, as the binding would.
"""

from __future__ import annotations

import json
import os
import pty
import select
import shlex
import shutil
import signal
import subprocess
import time

import pytest

from needle_cli import history
from needle_cli.execute import SHELL, build_argv, display, shell_line
from needle_cli.router import route
from needle_cli.tools import load_catalog

from conftest import MARK, PY, needle_env, write_yaml
from test_cli import MARK_TOOL, NOTE_TOOL, one_error_line, ran

pytestmark = pytest.mark.usefixtures("engine")

QUIET = {**MARK_TOOL, "name": "quiet", "confirm": False}
CANDIDATES = ["mark the spot", "mark it", "label this", "x", "mark", "please mark", "zzz", "q", "no", "[]",
              "nothing fits", "zz top", "..."]


@pytest.fixture
def routed(engine, isolated):
    """./tools.d with the quiet mark tool; (request that routes to it, its command line, request that fits none,
    the argvs of the routed request)."""
    write_yaml(isolated / "tools.d", "t.yaml", [QUIET])
    tools = load_catalog([isolated / "tools.d"]).tools
    fit = nofit = None
    for query in CANDIDATES:
        calls = route(engine, tools, query).calls
        if calls and fit is None:
            fit = (query, [build_argv(tools[0], c.arguments) for c in calls])
        if not calls and nofit is None:
            nofit = query
    if fit is None or nofit is None:
        pytest.fail("the tiny model answers every candidate request the same way")
    return fit[0], shell_line(fit[1]), nofit, fit[1]


@pytest.fixture
def shell_env(tmp_path):
    """The environment for a shell: `needle` on PATH runs this checkout with this Python."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "needle"
    script.write_text(f"#!/bin/sh\nexec {shlex.quote(PY)} -m needle_cli \"$@\"\n")
    script.chmod(0o755)
    env = needle_env()
    env["PATH"] = f"{bin_dir}:{env['PATH']}"
    env["HOME"] = str(tmp_path / "home")  # the shells' own history and settings files go there
    return env


def run_shell(argv: list[str], script: str, env: dict, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([*argv, script], capture_output=True, text=True, env=env, cwd=cwd, timeout=180,
                          stdin=subprocess.DEVNULL)


def snippet(invoke, shell: str) -> str:
    result = invoke("init", shell)
    assert result.exit_code == 0 and result.stderr == ""
    return result.stdout


def wait_for(fd: int, pid: int, done, timeout: float = 120) -> bytes:
    """Read the pty until done(output) is true; the output so far."""
    output, deadline = b"", time.monotonic() + timeout
    while not done(output):
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            raise AssertionError(f"timed out; output so far: {output.decode(errors='replace')[-2000:]}")
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                output += os.read(fd, 4096)
            except OSError:  # EIO: the shell is gone
                break
    return output


INTERACTIVE = {
    "bash": (["bash", "--norc", "--noprofile", "-i"], 'eval "$(needle init bash)"', "echo READY-$((1+1))"),
    "zsh": (["zsh", "-f", "-i"], 'eval "$(needle init zsh)"', "echo READY-$((1+1))"),
    "fish": (["fish", "--no-config", "-i"], "needle init fish | source", "echo READY-(math 1+1)"),
}


@pytest.mark.parametrize("shell", list(INTERACTIVE))
def test_alt_n_in_an_interactive_shell(shell, routed, shell_env, isolated):
    """At a real prompt on a terminal: type the request, Alt-n, Enter; the shell runs the routed command."""
    if shutil.which(shell) is None:
        pytest.skip(f"{shell} is not installed (apt-get install {shell})")
    fit, _, _, argvs = routed
    argv, load, ready = INTERACTIVE[shell]
    env = {**shell_env, "TERM": "dumb", "PS1": "$ ", "INPUTRC": "/dev/null"}
    pid, fd = pty.fork()
    if pid == 0:  # the shell, with the pty as its terminal
        try:
            os.chdir(isolated)
            os.execvpe(argv[0], argv, env)
        finally:
            os._exit(127)
    try:
        os.write(fd, f"{load}\r{ready}\r".encode())
        wait_for(fd, pid, lambda out: b"READY-2" in out)
        os.write(fd, fit.encode() + b"\x1bn\r")  # typed ahead: the shell reads Enter after the widget returned
        marker = isolated / "ran.txt"
        wait_for(fd, pid, lambda out: marker.exists() and marker.read_text().endswith("\n"))
        os.write(fd, b"exit\r")
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        os.close(fd)
    assert ran(isolated) == [a[len(MARK):] for a in argvs]
    assert not history.db_path().exists()  # the shell ran it, not needle: nothing in needle's history


def test_init_prints_a_snippet_per_shell(invoke):
    for shell in ("bash", "zsh", "fish"):
        text = snippet(invoke, shell)
        assert f"needle init {shell}" in text and "Alt-n" in text and "--print-command" in text
    bad = invoke("init", "tcsh")
    assert bad.exit_code == 2
    one_error_line(bad.stderr, "unknown shell 'tcsh' (choose bash, zsh, fish)")
    missing = invoke("init")
    assert missing.exit_code == 2
    one_error_line(missing.stderr, "SHELL")


# ---------------------------------------------------------------- --print-command


def test_print_command(invoke, tools_dir, isolated):
    directory = tools_dir([MARK_TOOL, NOTE_TOOL])
    result = invoke("--tools-dir", directory, "--tool", "mark", "--print-command", "mark it")
    assert result.exit_code == 0 and result.stderr == ""
    as_json = invoke("--tools-dir", directory, "--tool", "mark", "--dry-run", "--json", "mark it")
    [call] = json.loads(as_json.stdout)["calls"]
    assert result.stdout == shlex.join(call["command"]) + "\n"
    assert ran(isolated) == [] and not history.db_path().exists()
    nothing = invoke("--tools-dir", directory, "--tool", "note", "--print-command", "remember milk")
    assert nothing.exit_code == 3 and nothing.stdout == "" and "declares no command" in nothing.stderr
    both = invoke("--tools-dir", directory, "--print-command", "--json", "x")
    assert both.exit_code == 2
    one_error_line(both.stderr, "--print-command and --json")


def test_shell_line_joins_commands_so_a_shell_runs_them_as_needle_would(tmp_path):
    argvs = [["printf", "%s\\n", "a b", "it's"], [SHELL, "-c", "echo x; echo y | tr y z"], [SHELL, "-c", "echo ok"]]
    line = shell_line(argvs)
    assert line == ("printf '%s\\n' 'a b' 'it'\"'\"'s' && /bin/sh -c 'echo x; echo y | tr y z' && echo ok")
    assert shell_line(argvs[1:2]) == "echo x; echo y | tr y z" == display(argvs[1])
    expected = "".join(subprocess.run(a, capture_output=True, text=True).stdout for a in argvs)
    assert subprocess.run(["bash", "-c", line], capture_output=True, text=True).stdout == expected


# ---------------------------------------------------------------- bash


def test_bash_function_aliases_and_binding(invoke, routed, shell_env, isolated):
    fit, line, _, _ = routed
    text = snippet(invoke, "bash")
    script = text + f"\ntype n >/dev/null && alias nd nh && n {shlex.quote(fit)}\n"
    result = run_shell(["bash", "--norc", "--noprofile", "-c"], script, shell_env, isolated)
    assert result.returncode == 0, result.stderr
    assert "alias nd='needle --dry-run'" in result.stdout and "alias nh='needle history'" in result.stdout
    assert len(ran(isolated)) == 1  # n routed the request and ran it
    assert [(e.request, e.line) for e in history.entries()] == [(fit, line)]
    # an interactive bash also binds Alt-n, in emacs and vi insert mode
    bound = run_shell(["bash", "--norc", "--noprofile", "-i", "-c"],
                      text + "\nbind -m emacs -X; bind -m vi-insert -X\n", shell_env, isolated)
    assert bound.returncode == 0 and bound.stdout.count('"\\en": "__needle_line"') == 2, bound


def test_bash_n_takes_every_word_as_the_request(invoke, routed, shell_env, isolated):
    """`n history` routes the request "history" rather than running `needle history`."""
    script = snippet(invoke, "bash") + "\nn history of --dry-run\n"
    result = run_shell(["bash", "--norc", "-c"], script, shell_env, isolated)
    # routed, not run as `needle history`: an answer, no fit, or needle refusing a copied "--dry-run" as a value
    assert result.returncode in (0, 3) or "read it as an option" in result.stderr, result.stderr
    assert [e.request for e in history.entries()] in ([], ["history of --dry-run"])


def test_bash_key_binding_replaces_the_line(invoke, routed, shell_env, isolated):
    fit, line, nofit, _ = routed
    script = snippet(invoke, "bash") + (
        '\nfor request in "$@"; do READLINE_LINE=$request READLINE_POINT=0; __needle_line\n'
        '  printf "%s\\0%s\\0" "$READLINE_LINE" "$READLINE_POINT"; done\n')
    result = subprocess.run(["bash", "--norc", "-c", script, "bash", fit, nofit, "   "], capture_output=True,
                            text=True, env=shell_env, cwd=isolated, timeout=180, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\0")[:-1] == [line, str(len(line)), nofit, "0", "   ", "0"]
    assert "no tool fits" in result.stderr
    assert ran(isolated) == [] and not history.db_path().exists()  # nothing ran


# ---------------------------------------------------------------- zsh


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed (apt-get install zsh)")
def test_zsh(invoke, routed, shell_env, isolated):
    fit, line, nofit, _ = routed
    script = snippet(invoke, "zsh") + r"""
whence -w n __needle_line; alias nd nh; bindkey -M emacs '\en'; bindkey -M viins '\en'; zle -l -L needle-line
for request in "$@"; do
    BUFFER=$request CURSOR=0; __needle_line; print -rn -- "$BUFFER"$'\0'"$CURSOR"$'\0'
done
n "$1"
"""
    result = subprocess.run(["zsh", "-f", "-c", script, "zsh", fit, nofit], capture_output=True, text=True,
                            env=shell_env, cwd=isolated, timeout=180, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    head, _, tail = result.stdout.partition("needle-line __needle_line\n")
    assert "n: function" in head and "__needle_line: function" in head and "nd='needle --dry-run'" in head
    assert head.count('"^[n" needle-line') == 2
    assert tail.split("\0")[:-1] == [line, str(len(line)), nofit, "0"]
    assert len(ran(isolated)) == 1 and [e.request for e in history.entries()] == [fit]


# ---------------------------------------------------------------- fish


@pytest.mark.skipif(shutil.which("fish") is None, reason="fish is not installed (apt-get install fish)")
def test_fish(invoke, routed, shell_env, isolated):
    fit, line, nofit, _ = routed
    # fish sets the command line only in an interactive session: a stub `commandline` stands in for it here
    script = snippet(invoke, "fish") + """
functions -q n nd nh __needle_line; and echo functions-ok
bind \\en; bind -M insert \\en
function commandline
    switch "$argv[1]"
        case -r
            set -g replaced $argv[3..-1]
        case -f
            set -ga queued $argv[2..-1]
        case '*'
            printf '%s\\n' $current
    end
    return 0
end
for request in $argv
    set -g current $request; set -e replaced; set -g queued
    __needle_line
    printf '%s\\0%s\\0' "$replaced" "$queued"
end
n $argv[1]
"""
    result = subprocess.run(["fish", "--no-config", "-c", script, fit, nofit], capture_output=True, text=True,
                            env=shell_env, cwd=isolated, timeout=180, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    head, _, tail = result.stdout.partition("bind -M insert \\en __needle_line\n")
    assert "functions-ok" in head and "bind \\en __needle_line" in head
    assert tail.split("\0")[:-1] == [line, "end-of-buffer repaint", "", "repaint"]
    assert len(ran(isolated)) == 1 and [e.request for e in history.entries()] == [fit]
