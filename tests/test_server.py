"""`needle serve`: real server processes on the tiny model, the CLI as a real process asking them, and servers that
misbehave (gone, garbled, hostile), which must never crash needle or get an unchecked call past it."""

from __future__ import annotations

import json
import os
import socket
import socketserver
import threading
from pathlib import Path

import pytest
from conftest import MARK

from needle_cli import server

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
    started = needle("serve", "--detach", "--idle", "5")
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
        assert server.ask({"op": "route", "model": "x"}, sock())["kind"] in ("server", "other model")
        assert server.ask({"op": "route"}, sock())["kind"] == "server"
        status = needle("serve", "--status")
        assert status.returncode == 0 and "(pid " in status.stdout and ", 2 requests)" in status.stdout
        for again in (needle("serve"), needle("serve", "--detach")):  # one server per socket
            assert again.returncode == 2 and "already listening" in again.stderr and "Traceback" not in again.stderr
            assert len(again.stderr.strip().splitlines()) == 1
    finally:
        stopped = needle("serve", "--stop")
    assert stopped.returncode == 0
    for _ in range(100):
        if not sock().exists():
            break
        threading.Event().wait(0.05)
    assert not sock().exists()
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
    """Answers every request on the test's socket with `reply(message)` (bytes, sent as they are)."""

    def __init__(self, reply):
        outer = self
        self.messages: list[dict] = []

        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
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


@pytest.mark.parametrize("text, candidates, says", [
    ('[{"name":"rm_everything","arguments":{}}]', ("find_files", "disk_usage"), "unknown tool"),
    ('[{"name":"disk_usage","arguments":{"path":7}}]', ("find_files", "disk_usage"), "invalid"),
    ('[{"name":"disk_usage","arguments":{"path":"x","extra":"; rm -rf ~"}}]', ("find_files", "disk_usage"), "invalid"),
    ('[{"name":"find_files","arguments":{"pattern":"x"}}]', ("format_disk",), "malformed"),
])
def test_a_hostile_answer_is_checked_like_the_models_own(needle, tools, isolated, text, candidates, says):
    with FakeServer(lambda m: answer(text, candidates)):
        result = needle("--yes", "--tools-dir", tools, "space used by logs")
    assert result.returncode == 2 and says in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (isolated / "ran.txt").exists()


@pytest.mark.parametrize("reply", [b"not json\n", b"", b'{"error": "boom", "kind": "server"}\n',
                                   b'{"error": "no", "kind": "other model"}\n'])
def test_a_broken_or_unsuitable_server_means_routing_in_process(needle, tools, reply):
    with FakeServer(lambda m: reply) as fake:
        result = needle("--dry-run", "--json", "--tools-dir", tools, "find the pdf files")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["calls"] and len(fake.messages) == 1


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


def test_a_missing_model_is_one_error_line(needle, tools, tmp_path):
    result = needle("serve", "--model", tmp_path / "nope.gguf")
    assert result.returncode == 2 and "model file not found" in result.stderr and "Traceback" not in result.stderr
    assert not sock().exists()


def test_the_resident_model_answers_and_refuses(tiny_model):
    resident = server.Resident(tiny_model, 1)
    assert resident.answer({"op": "dance"})["kind"] == "server"
    assert resident.answer({"op": "route", "model": "/elsewhere.gguf"})["kind"] == "other model"
    tool = {"name": "t", "description": "", "params": [], "run": None, "shell": None, "confirm": True,
            "examples": [], "source": None}
    ok = resident.answer({"op": "route", "model": str(tiny_model.resolve()), "tools": [tool], "query": "do it",
                          "forced": None, "max_tools": 16})
    assert set(ok) >= {"text", "candidates", "confidence", "prefill_ms"} and ok["candidates"] == ["t"]
    assert resident.answer({"op": "status"})["served"] == 1
    assert resident.answer({"op": "stop"}) == {"stopping": True} and resident.stopping


def test_doctor_names_a_server_of_another_model(invoke, isolated):
    status = json.dumps({"pid": 42, "model": "/elsewhere/other.gguf", "served": 3, "since": 0}).encode() + b"\n"
    with FakeServer(lambda m: status):
        result = invoke("doctor")
    assert result.exit_code == 2
    assert "pid 42 serves /elsewhere/other.gguf" in result.stdout and "needle serve --stop" in result.stdout
