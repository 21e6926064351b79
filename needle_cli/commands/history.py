"""`needle history`: the commands needle ran."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Optional

import typer

from ..cli import fail, render

app = typer.Typer(add_completion=False)


@app.command("history")
def history_command(
    tool: Annotated[Optional[str], typer.Option("--tool", metavar="NAME", show_default=False,
                                                help="Only commands of this tool.")] = None,
    grep: Annotated[Optional[str], typer.Option("--grep", metavar="TEXT", show_default=False,
                                                help="Only entries whose request or command contains TEXT "
                                                     "(case-insensitive for ASCII).")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", metavar="N", min=0,
                                       help="Show the newest N matches (0: all).")] = 20,
    json_output: Annotated[bool, typer.Option("--json", help="One JSON object per line: id, time, request, tool, "
                                                             "arguments, command (argv), line, exit_code, "
                                                             "cwd.")] = False,
) -> None:
    """List the commands needle ran, oldest first: time, exit code, tool, request and command.

    Dry runs, cancelled confirmations and batch are never recorded; `history: false` in config.yaml records
    nothing. The database is a SQLite file in the user state dir ($NEEDLE_STATE_DIR replaces that dir).
    """
    from .. import history

    try:
        found = history.entries(tool=tool, grep=grep, limit=limit or None, warn=render.warn)
    except history.HistoryError as exc:
        fail(str(exc))
    if json_output:
        for entry in found:
            sys.stdout.write(json.dumps(entry.as_dict(), ensure_ascii=False) + "\n")
        return
    if not found:
        render.warn("no matching commands in the history" if tool or grep else "the history is empty")
        return
    render.stdout.print(render.history_table(found))
