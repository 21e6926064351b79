"""`needle serve`: real server processes on the tiny model, the CLI as a real process asking them, and servers that
misbehave (gone, garbled, hostile), which must never crash needle or get an unchecked call past it."""

from __future__ import annotations

import json
import os
import socket
import socketserver
import subprocess
import threading
import time
from pathlib import Path

import pytest
from conftest import MARK, PY, needle_env

from needle_cli import __version__, server

TOOLS = [
    {"name": "find_files", "description": "Find files by name", "parameters": {"pattern": "string"},
     "run": [*MARK, "find", "{pattern}"]},
    {"name": "disk_usage", "description": "Show disk usage of a folder", "parameters": {"path": "string"},
     "run": [*MARK, "du", "{path}"]},
]


@pytest.fixture
def tools(tools_dir):
    return tools_dir(TOOLS)


def sock() -> Path:
    return Path(os.environ["NEEDLE_SOCKET"])


def test_answers_through_the_server_match_in_process_ones(needle, tools):
    alone = needle("--dry-run", "--json", "--tools-dir", tools, "find the pdf files")
    assert alone.returncode == 0, alone.stderr
    # (idle long enough that the in-process runs between requests never outlast it on a loaded machine; --stop ends it)
    started = needle("serve", "--detach", "--idle", "60")
    assert started.returncode == 0, started.stderr
    assert "serving" in started.stderr and sock().exists()
    try:
        for request in ("find the pdf files", "how much space does the logs folder take"):
            served = needle("--dry-run", "--json", "--tools-dir", tools, request)
            here = needle("--dry-run", "--json", "--tools-dir", tools, request, env={"NEEDLE_SOCKET": "/nonexistent/s"})
            assert served.returncode == here.returncode == 0, served.stderr + here.stderr
            assert json.loads(served.stdout) == json.loads(here.stdout)
        assert json.loads(served.stdout)["calls"]
        # a request the server cannot use is answered with an error, and the server goes on
        assert server.ask({"op": "route", "model": "x"}, sock())["kind"] == "other model"
        assert server.ask({"op": "route"}, sock())["kind"] == "server"
        status = needle("serve", "--status")
        assert status.returncode == 0 and "(pid " in status.stdout and ", 2 requests)" in status.stdout
        again = needle("serve")  # one server per socket
        assert again.returncode == 2 and "already listening" in again.stderr and "Traceback" not in again.stderr
        assert len(again.stderr.strip().splitlines()) == 1
        same = needle("serve", "--detach")  # from every new shell's startup file: the running one is kept
        assert same.returncode == 0 and f"(pid {server.ask({'op': 'status'}, sock())['pid']})" in same.stderr
        other = needle("serve", "--detach", "--model", tools / "other.gguf")
        assert other.returncode == 2 and "stop it first" in other.stderr
    finally:
        stopped = needle("serve", "--stop")
    assert stopped.returncode == 0 and not sock().exists()  # --stop returns once the server is gone
    assert needle("serve", "--status").returncode == 2


def test_a_stale_socket_means_routing_in_process(needle, tools):
    path = sock()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    listener.close()  # the file stays; nothing listens: a server that died
    result = needle("--dry-run", "--json", "--tools-dir", tools, "find the pdf files")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["calls"]


class FakeServer:
    """Answers every request on the test's socket with `reply(message)` (bytes, sent as they are), after the
    greeting (or, with `greeting` None, keeps the connection open and says nothing for `silent` seconds)."""

    def __init__(self, reply, greeting: bytes | None = server.GREETING, silent: float = 0):
        outer = self
        self.messages: list[dict] = []

        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                if greeting is None:
                    threading.Event().wait(silent)
                    return
                self.wfile.write(greeting)
                message = json.loads(self.rfile.readline())
                outer.messages.append(message)
                self.wfile.write(reply(message))

        self.server = socketserver.UnixStreamServer(str(sock()), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
        sock().unlink()


def answer(text: str, candidates=("find_files", "disk_usage")) -> bytes:
    return json.dumps({"text": text, "candidates": list(candidates), "confidence": 0.9, "alternatives": [],
                       "prompt_tokens": 10, "completion_tokens": 5, "prefill_ms": 1.0, "decode_ms": 1.0}).encode() + b"\n"


def test_the_server_is_sent_the_request_and_its_answer_is_used(invoke, tools, isolated):
    call = '[{"name":"disk_usage","arguments":{"path":"/var/log"}}]'
    with FakeServer(lambda m: answer(call)) as fake:
        result = invoke("--dry-run", "--json", "--tools-dir", tools, "space used by logs")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["calls"][0]["arguments"] == {"path": "/var/log"}
    (message,) = fake.messages
    assert message["op"] == "route" and message["query"] == "space used by logs"
    assert [t["name"] for t in message["tools"]] == ["find_files", "disk_usage"]
    assert message["model"] == str(Path(os.environ["NEEDLE_MODEL"]).resolve())


def test_a_served_request_does_not_load_the_model_runtime(tools, isolated):
    """What makes a served call quick to start: the CLI asks the server without importing the engine, llama.cpp
    or numpy."""
    script = ("import sys\nfrom needle_cli import cli\ntry:\n    cli.app(sys.argv[1:], prog_name='needle')\n"
              "except SystemExit as e:\n    assert e.code == 0, e.code\n"
              "print(sorted(m for m in ('needle_cli.engine', 'llama_cpp', 'numpy') if m in sys.modules))\n")
    call = '[{"name":"disk_usage","arguments":{"path":"/var/log"}}]'
    with FakeServer(lambda m: answer(call)) as fake:
        result = subprocess.run([PY, "-c", script, "--dry-run", "--json", "--tools-dir", str(tools), "logs space"],
                                capture_output=True, text=True, cwd=isolated, env=needle_env(), timeout=120)
    assert result.returncode == 0, result.stderr
    assert len(fake.messages) == 1 and '"/var/log"' in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize("text, candidates, says", [
    ('[{"name":"rm_everything","arguments":{}}]', ("find_files", "disk_usage"), "unknown tool"),
    ('[{"name":"disk_usage","arguments":{"path":7}}]', ("find_files", "disk_usage"), "invalid"),
    ('[{"name":"disk_usage","arguments":{"path":"x","extra":"; rm -rf ~"}}]', ("find_files", "disk_usage"), "invalid"),
    ('[{"name":"find_files","arguments":{"pattern":"x"}}]', ("format_disk",), "malformed"),
    ("[" * 100_000 + "]" * 100_000, ("find_files", "disk_usage"), "nested too deeply"),
], ids=["unknown tool", "wrong type", "extra argument", "unknown candidate", "nested"])
def test_a_hostile_answer_is_not_used(needle, tools, isolated, text, candidates, says):
    """An answer that fails the checks every model answer passes is reported, and the request is routed here."""
    here = needle("--dry-run", "--json", "--tools-dir", tools, "space used by logs", env={"NEEDLE_SOCKET": "/none"})
    with FakeServer(lambda m: answer(text, candidates)) as fake:
        result = needle("--dry-run", "--json", "--tools-dir", tools, "space used by logs")
    assert result.returncode == here.returncode and len(fake.messages) == 1, result.stderr
    assert json.loads(result.stdout) == json.loads(here.stdout)
    warning, *rest = result.stderr.strip().splitlines()
    assert "needle serve gave an unusable answer" in warning and says in warning
    assert "\n".join(rest) == here.stderr.strip() and "Traceback" not in result.stderr


@pytest.mark.parametrize("flags", [["--yes"], ["--dry-run", "--json"], ["--print-command"]])
def test_a_value_that_would_be_an_option_is_refused_and_nothing_runs(needle, tools, isolated, flags):
    """A valid call whose value the program would take for an option (find's `-delete`) is one error line, with
    --yes too, and nothing runs."""
    call = '[{"name":"find_files","arguments":{"pattern":"-delete"}}]'
    with FakeServer(lambda m: answer(call)):
        result = needle(*flags, "--tools-dir", tools, "remove everything")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip().count("\n") == 0 and "'-delete'" in result.stderr and "option" in result.stderr
    assert not (isolated / "ran.txt").exists()


def test_a_forced_tool_goes_to_the_server_and_must_come_back(invoke, tools, isolated):
    other = '[{"name":"find_files","arguments":{"pattern":"*.log"}}]'
    forced = '[{"name":"disk_usage","arguments":{"path":"logs"}}]'
    with FakeServer(lambda m: answer(forced if m["forced"] == "disk_usage" else other)) as fake:
        result = invoke("--dry-run", "--json", "--tools-dir", tools, "--tool", "disk_usage", "space used by logs")
    assert result.exit_code == 0 and fake.messages[0]["forced"] == "disk_usage"
    assert json.loads(result.stdout)["calls"][0]["arguments"] == {"path": "logs"}
    with FakeServer(lambda m: answer(other)):  # the server ignored --tool: its answer is not used
        result = invoke("--dry-run", "--json", "--tools-dir", tools, "--tool", "disk_usage", "space used by logs")
    assert result.exit_code == 0 and json.loads(result.stdout)["calls"][0]["name"] == "disk_usage"
    assert "did not call disk_usage" in result.stderr


def test_a_server_that_does_not_greet_is_given_up_on(needle, tools):
    silent = server.GREETING_TIMEOUT + 6
    with FakeServer(None, greeting=None, silent=silent):
        start = time.monotonic()
        result = needle("--dry-run", "--json", "--tools-dir", tools, "find the pdf files")
        waited = time.monotonic() - start
    assert result.returncode == 0 and json.loads(result.stdout)["calls"], result.stderr
    assert waited < silent  # it did not wait for the silent server to hang up


def test_a_socket_dir_others_can_write_is_not_used(needle, tools):
    shared = sock().parent
    shared.chmod(0o777)
    try:
        with FakeServer(lambda m: b"never asked\n") as fake:
            result = needle("--dry-run", "--json", "--tools-dir", tools, "find the pdf files")
        assert result.returncode == 0 and not fake.messages
        refused = needle("serve")
        assert refused.returncode == 2 and "not private" in refused.stderr
    finally:
        shared.chmod(0o700)


def test_serve_never_removes_what_is_not_its_socket(needle, tmp_path):
    path = sock()
    path.write_text("my notes")
    result = needle("serve")
    assert result.returncode == 2 and "is not a socket" in result.stderr
    assert path.read_text() == "my notes"


def test_one_server_per_socket_even_while_it_starts(needle):
    import fcntl

    with open(str(sock()) + ".lock", "w") as lock:  # what a server holds from before it loads its model
        fcntl.flock(lock, fcntl.LOCK_EX)
        result = needle("serve")
    assert result.returncode == 2 and "already listening on" in result.stderr and "or starting" in result.stderr
    assert not sock().exists()


def test_a_missing_model_is_one_error_line(needle, tools, tmp_path):
    result = needle("serve", "--model", tmp_path / "nope.gguf")
    assert result.returncode == 2 and "model file not found" in result.stderr and "Traceback" not in result.stderr
    assert not sock().exists()


def test_the_resident_model_answers_and_refuses(tiny_model):
    resident = server.Resident(tiny_model, 1)
    assert resident.answer({"op": "dance"})["kind"] == "server"
    assert resident.answer({"op": "route", "version": __version__, "model": "/elsewhere.gguf"})["kind"] == \
        "other model"
    assert resident.answer({"op": "route", "version": "0.0.1", "model": str(tiny_model.resolve())})["kind"] == \
        "other model"  # another needle's routing may differ
    tool = {"name": "t", "description": "", "params": [], "run": None, "shell": None, "confirm": True,
            "examples": [], "source": None}
    ok = resident.answer({"op": "route", "version": __version__, "model": str(tiny_model.resolve()),
                          "tools": [tool], "query": "do it", "forced": None, "max_tools": 16})
    assert set(ok) >= {"text", "candidates", "confidence", "prefill_ms"} and ok["candidates"] == ["t"]
    assert resident.answer({"op": "status"})["served"] == 1
    assert resident.answer({"op": "stop"}) == {"stopping": True} and resident.stopping


def test_doctor_names_a_server_of_another_model(invoke, isolated):
    status = json.dumps({"pid": 42, "model": "/elsewhere/other.gguf", "served": 3, "since": 0}).encode() + b"\n"
    with FakeServer(lambda m: status):
        result = invoke("doctor")
    # said, not a failure: keep_alive leaves a server of whichever model was used last
    assert "pid 42 is needle" in result.stdout and "/elsewhere/other.gguf" in result.stdout
    assert "needle serve --stop" in result.stdout
    assert next(line for line in result.stdout.splitlines() if "pid 42" in line).split()[:2] == ["ok", "server"]


def test_shells_starting_at_once_get_one_server(isolated):
    """Two `needle serve --detach` at the same moment (terminals opened together): both succeed, one server runs."""
    import subprocess

    from conftest import PY, needle_env

    starts = [subprocess.Popen([PY, "-m", "needle_cli", "serve", "--detach"], cwd=isolated, env=needle_env(),
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True) for _ in range(2)]
    try:
        outcomes = [p.communicate(timeout=120) for p in starts]
        assert [p.returncode for p in starts] == [0, 0], outcomes
        pids = {line.split("(pid ")[1].split(")")[0] for _, err in outcomes for line in err.splitlines()}
        assert len(pids) == 1 and server.ask({"op": "status"}, sock())["pid"] == int(pids.pop())
    finally:
        server.ask({"op": "stop"}, sock())


def served_count() -> int | None:
    """Requests the server on the test's socket has answered; None when none answers (yet)."""
    status = server.status(sock())
    return None if status is None else status["served"]


def test_keep_alive_starts_a_server_that_the_next_request_uses(needle, tools):
    first = needle("--dry-run", "--json", "--tools-dir", tools, "find the pdf files", env={"NEEDLE_KEEP_ALIVE": "1"})
    assert first.returncode == 0, first.stderr
    deadline = time.monotonic() + 60
    while served_count() is None:  # it was started as the first request ended, and loads the model on its own
        assert time.monotonic() < deadline, (Path(os.environ["NEEDLE_CACHE_DIR"]) / "serve.log").read_text()
        time.sleep(0.1)
    try:
        assert served_count() == 0  # the first request was routed in its own process
        second = needle("--dry-run", "--json", "--tools-dir", tools, "find the pdf files",
                        env={"NEEDLE_KEEP_ALIVE": "1"})
        assert second.returncode == 0, second.stderr
        assert json.loads(second.stdout)["calls"] == json.loads(first.stdout)["calls"]
        assert served_count() == 1
        assert server.starting_or_serving(sock())  # so a third request starts no other server
    finally:
        needle("serve", "--stop")
    assert not server.starting_or_serving(sock())


def test_keep_alive_zero_starts_nothing(needle, tools):
    result = needle("--dry-run", "--json", "--tools-dir", tools, "find the pdf files")  # conftest: NEEDLE_KEEP_ALIVE=0
    assert result.returncode == 0, result.stderr
    # the log is opened before a server is started, so its absence says none was, not only none yet
    assert not (Path(os.environ["NEEDLE_CACHE_DIR"]) / "serve.log").exists()
    assert served_count() is None and not server.starting_or_serving(sock())


@pytest.mark.parametrize("value", ["soon", "-1", "nan"])
def test_a_bad_keep_alive_is_one_error_line(needle, tools, value):
    result = needle("--dry-run", "--tools-dir", tools, "find the pdf files", env={"NEEDLE_KEEP_ALIVE": value})
    assert result.returncode == 2 and "NEEDLE_KEEP_ALIVE" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
