"""`needle batch`: route JSON lines from stdin, one JSON answer per line; runs nothing."""

from __future__ import annotations

import json
import sys

import typer

from ..cli import ModelOption, ThreadsOption, ToolsDirOption, load_engine, load_tools, render, settings
from ..tools import Catalog, ToolError, parse_tool

app = typer.Typer(add_completion=False)


@app.command("batch")
def batch_command(
    tools_dir: ToolsDirOption = None,
    model: ModelOption = None,
    threads: ThreadsOption = None,
) -> None:
    """Route JSON lines from stdin; write one JSON line per request to stdout. Runs nothing.

    Input: {"id": ..., "query": "...", "tools": \\[optional tool definitions]} per line; tools are in needle's
    form or OpenAI's {"type": "function", "function": {...}} form, and default to the loaded tool files.
    Output: {"id": ..., "calls": [{"name", "arguments"}]}, or {"id": ..., "error": "..."} for a bad line.
    """
    config = settings()
    catalog = load_tools(tools_dir, need_tools=False, config=config)
    engine = load_engine(model, threads, config)
    progress = None
    if render.stderr.is_terminal:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        progress = Progress(SpinnerColumn(), TextColumn("routed {task.completed} requests"), TimeElapsedColumn(),
                            console=render.stderr, transient=True)
        task = progress.add_task("batch", total=None)
        progress.start()
    try:
        for number, line in enumerate(sys.stdin, 1):
            if not line.strip():
                continue
            sys.stdout.write(json.dumps(batch_line(line, number, catalog, engine, config.max_tools), ensure_ascii=False) + "\n")
            sys.stdout.flush()
            if progress is not None:
                progress.advance(task)
    finally:
        if progress is not None:
            progress.stop()


def batch_line(line: str, number: int, catalog: Catalog, engine, max_tools: int) -> dict:
    """The answer to one input line; every problem becomes {"id", "error"} for that line only."""
    from ..calls import ModelError
    from ..router import RoutingError, route

    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"line {number}: invalid JSON ({exc.msg})"}
    if not isinstance(item, dict):
        return {"id": None, "error": f"line {number}: expected a JSON object"}
    ident = item.get("id")
    query = item.get("query")
    if not isinstance(query, str) or not query.strip():
        return {"id": ident, "error": f"line {number}: missing or empty \"query\""}
    tools = catalog.tools
    if item.get("tools") is not None:
        if not isinstance(item["tools"], list):
            return {"id": ident, "error": f"line {number}: \"tools\" must be a list of tool definitions"}
        try:
            tools = [parse_tool(raw, f"line {number}") for raw in item["tools"]]
        except ToolError as exc:
            return {"id": ident, "error": str(exc)}
        names = [t.name for t in tools]
        duplicate = next((n for n in names if names.count(n) > 1), None)
        if duplicate:
            return {"id": ident, "error": f"line {number}: duplicate tool name {duplicate!r}"}
    if not tools:
        return {"id": ident, "error": f"line {number}: no tools (none loaded and none given on the line)"}
    try:
        result = route(engine, tools, query, max_tools=max_tools)
    except (ModelError, RoutingError) as exc:
        return {"id": ident, "error": f"line {number}: {exc}"}
    return {"id": ident, "calls": [call.as_dict() for call in result.calls], **result.confidence_fields()}
