"""History: what is recorded (only commands that ran, with their exit codes), `needle history`, a corrupt or newer
database, and several real processes writing at once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from needle_cli import cli, history
from needle_cli.tools import parse_tool

from conftest import MARK, PY, needle_env
from test_cli import MARK_TOOL, NOTE_TOOL, one_error_line, ran

pytestmark = pytest.mark.usefixtures("engine")


@pytest.fixture
def marks(tools_dir):
    return tools_dir([MARK_TOOL, {**MARK_TOOL, "name": "quiet", "confirm": False}, NOTE_TOOL,
                      {"name": "fail", "run": ["sh", "-c", "exit 7"], "confirm": False},
                      {"name": "missing", "run": ["needle-test-no-such-command"], "confirm": False}])


def rows() -> list[dict]:
    return [e.as_dict() for e in history.entries()]


def test_an_executed_command_is_recorded(invoke, marks, isolated):
    result = invoke("--tools-dir", marks, "--tool", "quiet", "--json", "mark the spot")
    assert result.exit_code == 0
    call = json.loads(result.stdout)["calls"][0]
    [entry] = rows()
    assert entry["request"] == "mark the spot" and entry["tool"] == "quiet" and entry["exit_code"] == 0
    assert entry["arguments"] == call["arguments"] and entry["command"] == call["command"]
    assert entry["line"] == cli.display(call["command"]) and entry["cwd"] == str(isolated)
    assert entry["time"][:4].isdigit() and "T" in entry["time"]
    assert len(ran(isolated)) == 1


@pytest.mark.parametrize("tool, code", [("fail", 7), ("missing", 127)])
def test_failures_are_recorded_with_their_exit_code(invoke, marks, tool, code):
    assert invoke("--tools-dir", marks, "--tool", tool, "go").exit_code == code
    assert [(e["tool"], e["exit_code"]) for e in rows()] == [(tool, code)]


def test_nothing_is_recorded_unless_a_command_ran(invoke, marks, isolated, fake_tty):
    assert invoke("--tools-dir", marks, "--tool", "mark", "--dry-run", "mark it").exit_code == 0
    assert invoke("--tools-dir", marks, "--tool", "mark", "--dry-run", "--json", "mark it").exit_code == 0
    assert invoke("--tools-dir", marks, "--tool", "mark", "--print-command", "mark it").exit_code == 0
    assert invoke("--tools-dir", marks, "--tool", "mark", "mark it").exit_code == 2  # no terminal to ask on
    assert invoke("--tools-dir", marks, "--tool", "note", "remember milk").exit_code == 0  # nothing to run
    assert invoke("batch", "--tools-dir", marks, input='{"query": "mark it"}\n').exit_code == 0
    fake_tty("n\n")
    assert invoke("--tools-dir", marks, "--tool", "mark", "mark it").exit_code == 1  # cancelled
    assert ran(isolated) == [] and not history.db_path().exists()
    fake_tty("y\n")
    assert invoke("--tools-dir", marks, "--tool", "mark", "mark it").exit_code == 0  # confirmed: recorded
    assert [e["tool"] for e in rows()] == ["mark"]


def test_each_command_of_a_plan_is_recorded_until_the_first_failure(isolated):
    quiet = parse_tool({**MARK_TOOL, "confirm": False})
    fail = parse_tool({"name": "fail", "run": ["sh", "-c", "exit 5"]})
    recorded = []
    with pytest.raises(cli.typer.Exit):
        cli.confirm_and_run([(quiet, MARK + ["1"]), (fail, ["sh", "-c", "exit 5"]), (quiet, MARK + ["2"])],
                            yes=True, record=lambda i, code: recorded.append((i, code)))
    assert recorded == [(0, 0), (1, 5)] and ran(isolated) == [["1"]]


def test_history_command(invoke, marks, isolated):
    assert invoke("history").exit_code == 0 and "the history is empty" in invoke("history").stderr
    assert not history.db_path().exists()  # listing creates nothing
    for tool, request in [("quiet", "first 100% thing"), ("fail", "second"), ("quiet", "THIRD_one"),
                          ("missing", "fourth")]:
        invoke("--tools-dir", marks, "--tool", tool, request)
    listing = invoke("history")
    assert listing.exit_code == 0
    for word in ("first 100% thing", "second", "THIRD_one", "fourth", "127", "quiet", "fail", "time", "exit"):
        assert word in listing.stdout
    assert listing.stdout.index("first") < listing.stdout.index("fourth")  # oldest first

    def requests(*args):
        result = invoke("history", "--json", *args)
        assert result.exit_code == 0, result.stderr
        return [json.loads(line)["request"] for line in result.stdout.splitlines()]

    assert requests() == ["first 100% thing", "second", "THIRD_one", "fourth"]
    assert requests("--tool", "quiet") == ["first 100% thing", "THIRD_one"]
    assert requests("--grep", "third") == ["THIRD_one"]  # case-insensitive
    assert requests("--grep", "%") == ["first 100% thing"] and requests("--grep", "_") == ["THIRD_one"]
    assert requests("--grep", "no-such-command") == ["fourth"]  # the command counts too
    assert requests("--limit", "2") == ["THIRD_one", "fourth"] and len(requests("--limit", "0")) == 4
    assert requests("--tool", "nope") == []
    entry = json.loads(invoke("history", "--json", "-n", "1").stdout)
    assert set(entry) == {"id", "time", "request", "tool", "arguments", "command", "line", "exit_code", "cwd"}
    assert "no matching" in invoke("history", "--tool", "nope").stderr
    bad = invoke("history", "--limit", "-1")
    assert bad.exit_code == 2
    one_error_line(bad.stderr, "--limit")


def test_a_corrupt_database_is_moved_aside_not_lost(invoke, marks, isolated):
    path = history.db_path()
    path.parent.mkdir(parents=True)
    junk = b"this was never a database" * 100
    path.write_bytes(junk)
    result = invoke("--tools-dir", marks, "--tool", "quiet", "mark it")
    assert result.exit_code == 0 and len(ran(isolated)) == 1  # the command ran all the same
    [aside] = path.parent.glob("history.sqlite3.corrupt-*")
    assert aside.read_bytes() == junk
    warning = result.stderr.strip()
    assert warning.startswith("needle: warning: the history database") and "corrupt" in warning
    assert str(aside) in warning and "\n" not in warning
    assert [e["request"] for e in rows()] == ["mark it"]  # recorded in the new one
    path.write_bytes(junk)  # again: a second file aside, the first one untouched
    listing = invoke("history", "--json")
    assert listing.exit_code == 0 and listing.stdout == "" and "moved to" in listing.stderr
    assert len(list(path.parent.glob("history.sqlite3.corrupt-*"))) == 2 and aside.read_bytes() == junk


def test_a_database_from_a_newer_needle(invoke, marks, isolated):
    history.record("r", "t", {}, ["true"], "true", 0, warn=print)
    with sqlite3.connect(history.db_path()) as conn:
        conn.execute("PRAGMA user_version = 99")
    result = invoke("history")
    assert result.exit_code == 2
    one_error_line(result.stderr, "newer needle (schema 99")
    ran_anyway = invoke("--tools-dir", marks, "--tool", "quiet", "mark it")
    assert ran_anyway.exit_code == 0 and len(ran(isolated)) == 1
    assert "warning: not recorded in history" in ran_anyway.stderr and "schema 99" in ran_anyway.stderr


def test_an_unusable_state_dir_only_warns(invoke, marks, isolated, monkeypatch):
    blocker = isolated / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("NEEDLE_STATE_DIR", str(blocker / "state"))
    result = invoke("--tools-dir", marks, "--tool", "quiet", "mark it")
    assert result.exit_code == 0 and len(ran(isolated)) == 1
    assert result.stderr.startswith("needle: warning: not recorded in history:")


INSERT = """
import sys, time
from needle_cli import history
start, worker, n = float(sys.argv[1]), sys.argv[2], int(sys.argv[3])
while time.time() < start:
    time.sleep(0.005)
for i in range(n):
    history.record(f"request {worker} {i}", f"tool{worker}", {"i": i}, ["echo", str(i)], f"echo {i}", i % 3,
                   warn=lambda message: print(message, file=sys.stderr))
"""


def test_concurrent_processes_never_corrupt_it(marks, isolated):
    """Writers racing from the very first insert (schema creation included), plus real needle runs."""
    start, workers, each = time.time() + 2.0, 6, 40
    env = needle_env()
    procs = [subprocess.Popen([PY, "-c", INSERT, str(start), str(w), str(each)], env=env, cwd=isolated,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for w in range(workers)]
    procs += [subprocess.Popen([PY, "-m", "needle_cli", "--tools-dir", str(marks), "--tool", "quiet", f"cli {k}"],
                               env=env, cwd=isolated, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True) for k in range(3)]
    for p in procs:
        out, err = p.communicate(timeout=180)
        assert p.returncode == 0 and err == "", err
    with sqlite3.connect(history.db_path()) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("PRAGMA user_version").fetchone() == (history.SCHEMA_VERSION,)
        assert conn.execute("SELECT count(*) FROM calls").fetchone() == (workers * each + 3,)
        per_worker = dict(conn.execute("SELECT tool, count(*) FROM calls GROUP BY tool").fetchall())
    assert per_worker == {**{f"tool{w}": each for w in range(workers)}, "quiet": 3}
    assert len(ran(isolated)) == 3


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_an_interrupted_command_is_recorded_as_130(tools_dir, isolated):
    directory = tools_dir([{"name": "slow", "shell": "echo started > started.txt; sleep 30", "confirm": False}])
    # Ctrl-C as at a terminal: a test run started in the background of a non-interactive shell inherits SIGINT
    # ignored, and so would needle and its command
    proc = subprocess.Popen([PY, "-m", "needle_cli", "--tools-dir", str(directory), "--tool", "slow", "wait"],
                            env=needle_env(), cwd=isolated, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while not (isolated / "started.txt").exists():
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole foreground process group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    one_error_line(err, "slow: interrupted")
    assert [(e["tool"], e["exit_code"]) for e in rows()] == [("slow", 130)]


def test_concurrent_processes_meeting_a_corrupt_file_move_it_aside_once(isolated):
    path = history.db_path()
    path.parent.mkdir(parents=True)
    junk = b"\x00not sqlite\x00" * 500
    path.write_bytes(junk)
    start, workers, each = time.time() + 1.5, 4, 10
    procs = [subprocess.Popen([PY, "-c", INSERT, str(start), str(w), str(each)], env=needle_env(), cwd=isolated,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for w in range(workers)]
    warnings = [p.communicate(timeout=120)[1] for p in procs]
    assert all(p.returncode == 0 for p in procs)
    [aside] = path.parent.glob("history.sqlite3.corrupt-*")  # one process moved it; the others saw it gone
    assert aside.read_bytes() == junk
    assert sum("was corrupt" in w for w in warnings) == 1 and "not recorded" not in "".join(warnings)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT count(*) FROM calls").fetchone() == (workers * each,)


def test_moving_aside_checks_and_renames_under_one_lock(isolated):
    # The race behind a rare failure of the test above: a process that found the file corrupt, while another
    # moved it and started a new database, must not then rename that new database away.
    import fcntl
    import threading

    path = history.db_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"junk")
    corrupt = path.stat().st_ino
    result = []
    with open(path.with_name(path.name + ".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # as another process moving it aside holds it
        mover = threading.Thread(target=lambda: result.append(history._move_aside(path, corrupt)))
        mover.start()
        mover.join(0.5)
        assert mover.is_alive() and path.read_bytes() == b"junk"  # it waits for the lock
        path.rename(path.with_name("history.sqlite3.corrupt-other"))  # the other process's move
        history.record("r", "t", {}, ["true"], "true", 0, warn=print)  # and its new database
    mover.join(10)
    assert result == [None] and history.count() == 1
    assert sorted(p.name for p in path.parent.glob("*.corrupt-*")) == ["history.sqlite3.corrupt-other"]


def test_moving_aside_leaves_a_file_that_is_no_longer_the_corrupt_one(isolated):
    path = history.db_path()
    history.record("r", "t", {}, ["true"], "true", 0, warn=print)
    assert history._move_aside(path, path.stat().st_ino + 1) is None  # another process already replaced it
    assert list(path.parent.glob("*.corrupt-*")) == [] and history.count() == 1
