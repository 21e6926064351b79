"""`needle serve`: one resident process that keeps the model loaded and its tool catalog's state warm, so that a
fresh `needle` process spends its time on its own start-up and the request, not on importing llama.cpp and
loading a model (the benchmark's fresh processes: 805 ms at p50 alone, 386 with the server).

The CLI asks the server when one listens on the socket ($NEEDLE_SOCKET, else needle.sock in the user runtime
dir) and serves the same model file; otherwise, or when the server is gone or fails, it routes in-process as
before, so a stale socket costs one failed connect. The server only routes: the CLI checks its answer against
its own tools (calls.parse_calls), as it checks any model answer, and nothing is ever run by the server. The
socket's directory is the user's alone (0700), so only the user's own processes can ask it.

Per connection the server first greets (a line the client waits for briefly: a server that is stopped, hung or
busy for long is treated as absent), then reads one JSON line and answers with one:
  {"op": "route", "version": V, "model": PATH, "tools": [Tool.as_dict()], "query": TEXT, "forced": NAME|null,
   "max_tools": N}
      -> {"text", "candidates", "confidence", "alternatives", "prompt_tokens", "completion_tokens", "prefill_ms",
          "decode_ms"}  or  {"error": MESSAGE, "kind": "model" | "routing" | "other model" | "server"}
  {"op": "status"} -> {"pid", "version", "model", "served", "since"}
  {"op": "stop"} -> {"stopping": true}
A server of another needle version answers "other model": routing code may differ between versions.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import socketserver
import stat
import sys
import time
import warnings
from pathlib import Path

from . import __version__
from .calls import Completion, ModelError, Route, RoutingError, parse_calls
from .tools import Tool

SOCKET_NAME = "needle.sock"
GREETING = b"needle serve\n"
GREETING_TIMEOUT = 2.0  # seconds for the server to accept and greet (it serves one request at a time)
ANSWER_TIMEOUT = 60.0  # in all, for the answer: generous for a catalog the server has not seen
REQUEST_TIMEOUT = 5.0  # the server's wait for a request after greeting: a silent client does not block the others
MAX_LINE = 64 << 20  # bytes: a longer line is not a message
KEEP_CATALOGS = 8


class ServerError(Exception):
    """The server cannot start (another one listens, the socket cannot be bound)."""


def socket_path() -> Path:
    if os.environ.get("NEEDLE_SOCKET"):
        return Path(os.environ["NEEDLE_SOCKET"])
    import platformdirs

    with warnings.catch_warnings():  # without XDG_RUNTIME_DIR platformdirs picks /tmp/runtime-UID, and says so
        warnings.simplefilter("ignore")
        return Path(platformdirs.user_runtime_dir("needle")) / SOCKET_NAME


# ---------------------------------------------------------------- the client side


def private_dir(directory: Path) -> bool:
    """Whether the socket's directory exists and no other user can put a socket of their own there."""
    try:
        info = directory.stat()
    except OSError:
        return False
    return info.st_uid == os.getuid() and not info.st_mode & 0o022


def _read_line(sock: socket.socket, deadline: float) -> bytes:
    """One line from `sock` by `deadline` (time.monotonic); raises TimeoutError, or ValueError when cut off."""
    data = b""
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        sock.settimeout(left)
        chunk = sock.recv(1 << 16)
        if not chunk or len(data) + len(chunk) > MAX_LINE:
            raise ValueError("cut off")
        data += chunk
    return data


def ask(message: dict, path: Path | None = None, timeout: float = ANSWER_TIMEOUT) -> dict | None:
    """Send one message to the server and return its answer; None when no server answers there in time."""
    path = path or socket_path()
    if not private_dir(path.parent):
        return None
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(GREETING_TIMEOUT)
            sock.connect(str(path))
            if _read_line(sock, time.monotonic() + GREETING_TIMEOUT) != GREETING:
                return None
            sock.settimeout(timeout)
            sock.sendall(json.dumps(message, ensure_ascii=False, default=str).encode("utf-8") + b"\n")
            answer = json.loads(_read_line(sock, time.monotonic() + timeout))
    # refused (a stale socket), silent, cut off, garbled, nested past Python's limit: as if there were none
    except (OSError, ValueError, RecursionError):
        return None
    return answer if isinstance(answer, dict) else None


def lock_path(path: Path) -> Path:
    """The lock a server holds beside its socket for its whole life, loading its model included."""
    return path.with_name(path.name + ".lock")


def starting_or_serving(path: Path) -> bool:
    """Whether a server holds the lock for the socket at `path`: it answers there, or soon will."""
    import fcntl

    try:
        with lock_path(path).open("rb") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:  # no lock file: no server ever started there
        return False
    return False


def status(path: Path | None = None) -> dict | None:
    """The running server's {"pid", "version", "model", "served", "since"}; None when none answers."""
    return ask({"op": "status"}, path, timeout=5)


def serves(status: dict, model: Path) -> bool:
    """Whether a server with this status answers for `model` from this needle (else it says "other model")."""
    return status.get("model") == str(model.resolve()) and status.get("version") == __version__


def route(model: Path, tools: list[Tool], query: str, forced: Tool | None, max_tools: int) -> Route | None:
    """Route through the server; None when none serves `model` (the caller then routes in-process). The answer is
    checked as the model's own answers are; one that does not pass is reported and not used (None too)."""
    start = time.perf_counter()
    answer = ask({"op": "route", "version": __version__, "model": str(model.resolve()),
                  "tools": [t.as_dict() for t in tools], "query": query,
                  "forced": forced.name if forced else None, "max_tools": max_tools})
    if answer is None or answer.get("kind") in ("other model", "server"):
        return None
    if "error" in answer:  # what routing in this process would have said too
        raise (ModelError if answer.get("kind") == "model" else RoutingError)(str(answer["error"]))
    try:
        by_name = {t.name: t for t in tools}
        candidates = [by_name[name] for name in answer["candidates"]]
        calls = parse_calls(answer["text"], candidates)
        if forced is not None and [c.name for c in calls[:1]] != [forced.name]:
            raise RoutingError(f"it did not call {forced.name}")
        completion = Completion(answer["text"], True, int(answer["prompt_tokens"]), int(answer["completion_tokens"]),
                                float(answer["prefill_ms"]), float(answer["decode_ms"]))
        result = Route(query, calls, completion, time.perf_counter() - start, candidates)
        if answer.get("confidence") is not None:
            result.confidence = float(answer["confidence"])
            result.alternatives = [(name, float(p)) for name, p in answer.get("alternatives", []) if name in by_name]
    except (KeyError, TypeError, ValueError, RoutingError) as exc:
        from . import render

        reason = str(exc) if isinstance(exc, RoutingError) else "a malformed answer"
        render.warn(f"needle serve gave an unusable answer ({reason}); routing here instead")
        return None
    return result


# ---------------------------------------------------------------- the server side


class Resident:
    """The server's state: the model (reloaded when its file changes) and the catalogs it was sent lately."""

    def __init__(self, model: Path, threads: int | None):
        self.model, self.threads = model.resolve(), threads
        self.engine, self.loaded = None, None
        self.catalogs: dict[str, list[Tool]] = {}  # by the tools' JSON text: the same Tool objects every time
        self.served, self.since, self.stopping = 0, time.time(), False
        self._engine()

    def _engine(self):
        from .engine import Engine

        mtime = self.model.stat().st_mtime_ns
        if self.engine is None or self.loaded != mtime:
            self.engine, self.loaded = Engine(self.model, n_threads=self.threads), mtime
        return self.engine

    def _tools(self, raw: list) -> list[Tool]:
        key = json.dumps(raw, default=str)  # the client sends its tools in its own, stable order
        if key not in self.catalogs:
            if len(self.catalogs) >= KEEP_CATALOGS:
                self.catalogs.pop(next(iter(self.catalogs)))
            self.catalogs[key] = [Tool.from_dict(t) for t in raw]
        return self.catalogs[key]

    def answer(self, message: dict) -> dict:
        op = message.get("op")
        if op == "status":
            return {"pid": os.getpid(), "version": __version__, "model": str(self.model), "served": self.served,
                    "since": self.since}
        if op == "stop":
            self.stopping = True
            return {"stopping": True}
        if op != "route":
            return {"error": f"unknown op {op!r}", "kind": "server"}
        if Path(message["model"]) != self.model or message.get("version") != __version__:
            return {"error": f"this server is needle {__version__} serving {self.model}", "kind": "other model"}
        from .router import route as route_here

        tools = self._tools(message["tools"])
        forced = None
        if message.get("forced"):
            forced = next((t for t in tools if t.name == message["forced"]), None)
            if forced is None:
                return {"error": f"no tool {message['forced']!r} among those sent", "kind": "server"}
        try:
            result = route_here(self._engine(), tools, message["query"], forced=forced,
                                max_tools=int(message["max_tools"]))
        except ModelError as exc:
            return {"error": str(exc), "kind": "model"}
        except RoutingError as exc:
            return {"error": str(exc), "kind": "routing"}
        finally:
            self.served += 1
        c = result.completion
        return {"text": c.text, "candidates": [t.name for t in result.tools], "confidence": result.confidence,
                "alternatives": result.alternatives, "prompt_tokens": c.prompt_tokens,
                "completion_tokens": c.completion_tokens, "prefill_ms": c.prefill_ms, "decode_ms": c.decode_ms}


class _Handler(socketserver.StreamRequestHandler):
    timeout = REQUEST_TIMEOUT

    def handle(self) -> None:
        resident: Resident = self.server.resident  # type: ignore[attr-defined]
        try:
            self.wfile.write(GREETING)
            self.wfile.flush()
            message = json.loads(self.rfile.readline(MAX_LINE))
            answer = resident.answer(message) if isinstance(message, dict) else {"error": "not an object",
                                                                                 "kind": "server"}
        except Exception as exc:  # a bad request must not take the server down; the client routes in-process
            answer = {"error": f"needle serve: {type(exc).__name__}: {exc}", "kind": "server"}
        self.wfile.write(json.dumps(answer, ensure_ascii=False).encode("utf-8") + b"\n")


def serve(model: Path, threads: int | None, idle_seconds: float | None, path: Path | None = None,
          on_ready=None) -> None:
    """Load the model and answer requests on the socket until stopped (`stop`, SIGTERM, Ctrl-C) or idle for
    `idle_seconds` (None: never). One server per socket: it holds a lock beside it for its whole life. The socket
    is removed on the way out, and nothing else at its path is ever removed."""
    import fcntl

    path = path or socket_path()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not private_dir(path.parent):
        raise ServerError(f"{path.parent} is not private to this user (others could write there); "
                          "set NEEDLE_SOCKET to a path in a directory only you can write")
    lock = lock_path(path).open("w")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        lock.close()
        raise ServerError(f"a server is already listening on {path}, or starting (stop it with: needle serve "
                          "--stop)") from None
    try:
        _serve_locked(model, threads, idle_seconds, path, on_ready)
    finally:
        lock.close()


def _serve_locked(model: Path, threads: int | None, idle_seconds: float | None, path: Path, on_ready) -> None:
    if path.is_symlink() or (path.exists() and not stat.S_ISSOCK(path.stat().st_mode)):
        raise ServerError(f"{path} exists and is not a socket; set NEEDLE_SOCKET to another path")
    resident = Resident(model, threads)
    path.unlink(missing_ok=True)  # a socket a server that is gone left (the lock says none holds it)
    try:
        server = socketserver.UnixStreamServer(str(path), _Handler)
    except OSError as exc:
        raise ServerError(f"cannot listen on {path}: {exc.strerror}") from None
    ours = path.stat().st_ino
    server.resident = resident  # type: ignore[attr-defined]
    server.timeout = idle_seconds
    server.handle_timeout = lambda: setattr(resident, "stopping", True)  # type: ignore[method-assign]
    previous = signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        os.chmod(path, 0o600)
        if on_ready is not None:
            on_ready(path)
        while not resident.stopping:
            server.handle_request()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.server_close()
        with contextlib.suppress(OSError):
            if path.stat().st_ino == ours:
                path.unlink()
