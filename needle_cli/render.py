"""Everything the user sees: the proposed calls as Rich panels, the confirmation prompt, errors."""

from __future__ import annotations

import io
import json
import os
from contextlib import contextmanager
from typing import Iterator, TextIO

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

stdout = Console(highlight=False)
stderr = Console(stderr=True, highlight=False)


def error(message: str) -> None:
    """One line on stderr, no traceback (soft_wrap: Rich must not break a long message into several lines)."""
    stderr.print(Text("needle: error: ", style="bold red") + Text(message), soft_wrap=True)


def warn(message: str) -> None:
    stderr.print(Text("needle: ", style="yellow") + Text(message), soft_wrap=True)


def size_text(n: float) -> str:
    """A file size for people: 812 B, 3.4 MiB."""
    for unit in ("B", "KiB", "MiB"):
        if n < 1024:
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GiB"


def call_panel(index: int, total: int, name: str, arguments: dict, command: str | None) -> Panel:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="cyan", no_wrap=True)
    table.add_column()
    for key, value in arguments.items():
        table.add_row(key, Text(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)))
    if not arguments:
        table.add_row(Text("no arguments", style="dim"), "")
    parts = [table]
    if command is not None:
        parts.append(Text("\n$ ", style="bold green") + Text(command, style="bold"))
    else:
        parts.append(Text("\n(this tool declares nothing to run)", style="dim"))
    title = Text(name, style="bold magenta")
    if total > 1:
        title = Text(f"{index}/{total} ", style="dim") + title
    return Panel(Group(*parts), title=title, title_align="left", expand=False)


def show_calls(calls: list[tuple[str, dict, str | None]], console: Console = stdout) -> None:
    for i, (name, arguments, command) in enumerate(calls, 1):
        console.print(call_panel(i, len(calls), name, arguments, command))


def alternatives(chosen: str, confidence: float, others: list[tuple[str, float]]) -> None:
    """The model's doubt, on stderr: its probability for the tool it chose and the numbered alternatives."""
    line = Text("needle: ", style="yellow") + Text(f"not sure of {chosen} ({confidence:.0%}); other tools: ")
    for i, (name, probability) in enumerate(others, 1):
        line += Text(f"{i} ", style="bold") + Text(name, style="magenta") + Text(f" ({probability:.0%})")
        line += Text("  " if i < len(others) else "")
    stderr.print(line, soft_wrap=True)


def pick(tty: TextIO, chosen: str, n: int) -> int | None:
    """Enter keeps the model's choice (0), a number 1..n picks that alternative, n or end of input cancels (None);
    anything else asks again."""
    console = Console(file=tty, highlight=False)
    while True:
        console.print(Text(f"Keep {chosen}, or use another tool? ") + Text(f"[Enter/1-{n}/n] ", style="bold"),
                      end="", soft_wrap=True)
        tty.flush()
        try:
            line = tty.readline()  # "" only at end of input (Ctrl-D)
        except KeyboardInterrupt:
            return None
        answer = line.strip().lower()
        if not line or answer in ("n", "no", "q"):
            return None
        if not answer:
            return 0
        if answer.isdigit() and 1 <= int(answer) <= n:
            return int(answer)


def history_table(entries) -> Table:
    """`needle history`'s listing: time, exit code, tool, request, command (history.Entry objects)."""
    table = Table(box=None, pad_edge=False)
    table.add_column("time", style="dim", no_wrap=True)
    table.add_column("exit", justify="right", no_wrap=True)
    table.add_column("tool", style="bold magenta", no_wrap=True)
    table.add_column("request", overflow="fold")
    table.add_column("command", overflow="fold")
    for entry in entries:
        code = Text(str(entry.exit_code), style="green" if entry.exit_code == 0 else "red")
        table.add_row(entry.time.replace("T", " ")[:16], code, entry.tool, entry.request, entry.line)
    return table


@contextmanager
def progress(message: str) -> Iterator[None]:
    """A transient spinner with `message` on stderr while long work runs; nothing when stderr is not a terminal."""
    if not stderr.is_terminal:
        yield
        return
    with stderr.status(Text(message), spinner="dots"):
        yield


@contextmanager
def terminal() -> Iterator[TextIO | None]:
    """The controlling terminal, so confirmation works when the request came through a pipe; None without one."""
    try:
        fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError:
        yield None
        return
    # Unbuffered underneath, as getpass does: open("/dev/tty", "r+") fails, a terminal is not seekable.
    with io.TextIOWrapper(io.FileIO(fd, "r+"), encoding="utf-8", errors="replace", write_through=True) as tty:
        yield tty


def confirm(tty: TextIO, question: str) -> bool:
    """y or Enter means yes; anything else (including end of input) means no."""
    console = Console(file=tty, highlight=False)
    console.print(Text(question) + Text(" [Y/n] ", style="bold"), end="", soft_wrap=True)
    tty.flush()
    try:
        answer = tty.readline()  # "" only at end of input (Ctrl-D), which must not read as Enter
    except KeyboardInterrupt:
        return False
    return bool(answer) and answer.strip().lower() in ("", "y", "yes")
