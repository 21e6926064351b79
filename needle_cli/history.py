"""Every command needle ran: a SQLite database in platformdirs' user state dir (~/.local/state/needle on Linux).

One row per executed command, written after it finished, with its exit code; nothing is written for dry runs,
cancelled confirmations or batch. `$NEEDLE_STATE_DIR` replaces the directory (tests use it).

Several needle processes may write at once: the database is in WAL mode with a busy timeout, and each insert is
one short transaction. The schema version is PRAGMA user_version. History is a convenience, so a problem with it
never stops a command: a database file SQLite calls corrupt is moved aside under a timestamped name (never
deleted, never overwritten; movers take turns on history.sqlite3.lock beside it) and a new one is started, with a
warning that says where the old one went.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

SCHEMA_VERSION = 1
FILENAME = "history.sqlite3"
BUSY_TIMEOUT_MS = 10_000
BUSY_RETRIES = 30  # about 9 s of pauses in all, for the "locked" errors SQLite returns without waiting
SCHEMA = """
CREATE TABLE IF NOT EXISTS calls (
    id        INTEGER PRIMARY KEY,
    time      TEXT NOT NULL,     -- local time, ISO 8601 with its UTC offset
    request   TEXT NOT NULL,
    tool      TEXT NOT NULL,
    arguments TEXT NOT NULL,     -- JSON object
    command   TEXT NOT NULL,     -- JSON array: the argv that ran
    line      TEXT NOT NULL,     -- the command as shown to the user (shell-quoted)
    exit_code INTEGER NOT NULL,
    cwd       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS calls_tool ON calls (tool);
"""


class HistoryError(Exception):
    """The history database cannot be used (unwritable, from a newer needle, ...); str() is one line."""


@dataclass
class Entry:
    id: int
    time: str
    request: str
    tool: str
    arguments: dict
    command: list[str]
    line: str
    exit_code: int
    cwd: str

    def as_dict(self) -> dict:
        return asdict(self)


def state_dir() -> Path:
    import platformdirs

    return Path(os.environ.get("NEEDLE_STATE_DIR") or platformdirs.user_state_dir("needle"))


def db_path() -> Path:
    return state_dir() / FILENAME


def _is_corrupt(exc: sqlite3.DatabaseError) -> bool:
    name = getattr(exc, "sqlite_errorname", "")  # Python 3.11+
    if name:
        return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text


def _move_aside(path: Path, inode: int) -> Path | None:
    """Rename the corrupt database `path` (whose inode was `inode`) to PATH.corrupt-YYYYmmdd-HHMMSS[-N], never
    replacing an existing file. None when `path` is no longer that file: another needle process moved it first
    (and may have started a new one, which must stay).

    Movers take an exclusive lock on PATH.lock: checking which file `path` is and renaming it must be one step,
    or a process that checked before another's move would rename that process's new database away."""
    import fcntl

    with open(path.with_name(path.name + ".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        try:
            if path.stat().st_ino != inode:
                return None
        except FileNotFoundError:
            return None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        for n in range(1000):
            target = path.with_name(f"{path.name}.corrupt-{stamp}{f'-{n}' if n else ''}")
            if target.exists():
                continue
            # A WAL belongs with its database and a new database must not read it; moved first, while the
            # corrupt file still holds `path` and no new database can have one.
            for suffix in ("-wal", "-shm"):
                side = path.with_name(path.name + suffix)
                if side.exists():
                    os.replace(side, target.with_name(target.name + suffix))
            os.rename(path, target)
            return target
    raise HistoryError(f"cannot move the corrupt history database {path} aside")


def _open(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise HistoryError(f"the history database {path} is from a newer needle (schema {version}, this needle "
                               f"knows {SCHEMA_VERSION}); upgrade needle, or set NEEDLE_STATE_DIR elsewhere")
        if version < SCHEMA_VERSION:
            conn.execute("BEGIN IMMEDIATE")  # one process creates (or upgrades) the schema; the others wait
            try:
                if conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
                    for statement in SCHEMA.split(";"):
                        if statement.strip():
                            conn.execute(statement)
                    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return conn
    except BaseException:
        conn.close()
        raise


def _is_busy(exc: sqlite3.DatabaseError) -> bool:
    name = getattr(exc, "sqlite_errorname", "")
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) if name else "locked" in str(exc).lower()


def _with_db(action: Callable[[sqlite3.Connection], object], warn: Callable[[str], None],
             path: Path | None = None, create: bool = True):
    """Run `action` on the database; a corrupt file is moved aside (with a warning) and the action tried once
    more on a new one. Other problems raise HistoryError."""
    path = path or db_path()
    if not create and not path.exists():
        return None
    attempt, busy_retries = 1, 0
    while attempt <= 2:
        conn = None
        started = time.monotonic()
        try:
            inode = path.stat().st_ino if path.exists() else None
            conn = _open(path)
            return action(conn)
        except sqlite3.DatabaseError as exc:
            # SQLite skips the busy handler where waiting could deadlock (two processes turning a new file into
            # a WAL database at once, a WAL being recovered): such a quick "locked" error is worth a short retry.
            # One that came after the full busy timeout is real contention, and final.
            quick = time.monotonic() - started < BUSY_TIMEOUT_MS / 2000
            if _is_busy(exc) and quick and busy_retries < BUSY_RETRIES:
                busy_retries += 1
                time.sleep(0.02 * busy_retries)
                continue
            attempt += 1
            if attempt > 2 or inode is None or not _is_corrupt(exc):
                raise HistoryError(f"history database {path}: {exc}") from None
            if conn is not None:
                conn.close()
                conn = None
            try:
                aside = _move_aside(path, inode)
                if aside is None:  # another needle process moved it first
                    continue
            except OSError as move_error:
                raise HistoryError(f"the history database {path} is corrupt ({exc}) and cannot be moved aside "
                                   f"({move_error.strerror})") from None
            warn(f"warning: the history database {path} was corrupt ({exc}); it was moved to {aside} and a new "
                 "one started")
        except OSError as exc:
            raise HistoryError(f"history database {path}: {exc.strerror or exc}") from None
        finally:
            if conn is not None:
                conn.close()
    return None


def record(request: str, tool: str, arguments: dict, command: list[str], line: str, exit_code: int,
           warn: Callable[[str], None], path: Path | None = None) -> None:
    """Add one executed command. Never raises: a problem is a warning, the command's result stands."""
    row = (datetime.now().astimezone().isoformat(timespec="seconds"), request, tool,
           json.dumps(arguments, ensure_ascii=False), json.dumps(command, ensure_ascii=False), line, exit_code,
           os.getcwd() if os.path.isdir(".") else "")

    def insert(conn: sqlite3.Connection) -> None:
        conn.execute("INSERT INTO calls (time, request, tool, arguments, command, line, exit_code, cwd) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row)

    try:
        _with_db(insert, warn, path)
    except HistoryError as exc:
        warn(f"warning: not recorded in history: {exc}")


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def entries(tool: str | None = None, grep: str | None = None, limit: int | None = None,
            warn: Callable[[str], None] = lambda message: None, path: Path | None = None) -> list[Entry]:
    """The newest `limit` entries (all when None) that match, oldest first. Raises HistoryError."""
    where, params = [], []
    if tool is not None:
        where.append("tool = ?")
        params.append(tool)
    if grep:
        where.append("(request LIKE ? ESCAPE '\\' OR line LIKE ? ESCAPE '\\')")
        params += [_like(grep), _like(grep)]
    sql = "SELECT id, time, request, tool, arguments, command, line, exit_code, cwd FROM calls"
    sql += (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id DESC"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"

    def select(conn: sqlite3.Connection) -> list[Entry]:
        return [Entry(i, t, r, name, json.loads(a), json.loads(c), line, code, cwd)
                for i, t, r, name, a, c, line, code, cwd in conn.execute(sql, params).fetchall()]

    found = _with_db(select, warn, path, create=False) or []
    return found[::-1]


def count(warn: Callable[[str], None] = lambda message: None, path: Path | None = None) -> int:
    """How many commands are recorded. Raises HistoryError."""
    return _with_db(lambda conn: conn.execute("SELECT count(*) FROM calls").fetchone()[0], warn, path,
                    create=False) or 0
