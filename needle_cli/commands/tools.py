"""`needle tools list | show | validate | new`: the tool declarations, inspected and checked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from ..cli import ToolsDirOption, fail, known_tools, load_tools, render, settings, tool_dirs, user_tools_dir
from ..config import ConfigError
from ..config import load as load_config
from ..tools import NAME_RE, load_catalog, scaffold, tool_files

app = typer.Typer(help="Inspect and check the tool declarations.", no_args_is_help=True, add_completion=False)


@app.command("list")
def tools_list(tools_dir: ToolsDirOption = None) -> None:
    """List the loaded tools: name, description and the file that declares each."""
    from rich.table import Table

    catalog = load_tools(tools_dir, config=settings())
    table = Table(box=None, pad_edge=False)
    table.add_column("name", style="bold magenta", no_wrap=True)
    table.add_column("description")
    table.add_column("source", style="dim", overflow="fold")
    for t in catalog.tools:
        table.add_row(t.name, t.description, _relative(t.source))
    render.stdout.print(table)


@app.command("show")
def tools_show(
    name: Annotated[str, typer.Argument(metavar="NAME", help="The tool's name.")],
    tools_dir: ToolsDirOption = None,
) -> None:
    """Show one tool: its parameters, what it runs, and its examples."""
    from rich.table import Table
    from rich.text import Text

    from ..prompts import type_text

    catalog = load_tools(tools_dir, config=settings())
    t = catalog.get(name)
    if t is None:
        fail(f"unknown tool {name!r} ({known_tools(catalog)})")
    out = render.stdout
    out.print(Text(t.name, style="bold magenta") + Text(f"  ({_relative(t.source)})", style="dim"))
    if t.description:
        out.print(Text(t.description))
    if t.params:
        table = Table(box=None, pad_edge=False, title_justify="left")
        for column in ("parameter", "type", "required", "default", "description"):
            table.add_column(column, style="cyan" if column == "parameter" else None)
        for p in t.params:
            table.add_row(p.name, type_text(p.schema), "yes" if p.required else "no",
                          "" if p.default is None else json.dumps(p.default, ensure_ascii=False), p.description)
        out.print(table)
    else:
        out.print(Text("no parameters", style="dim"))
    if t.run is not None:
        out.print(Text("run:   ", style="bold green") + Text(_run_template(t.run)))
    elif t.shell is not None:
        out.print(Text("shell: ", style="bold green") + Text(t.shell))
    else:
        out.print(Text("(declares nothing to run)", style="dim"))
    out.print(Text("confirm: ", style="bold") + Text({True: "yes", False: "no"}.get(t.confirm, str(t.confirm))))
    for example in t.examples:
        out.print(Text("example: ", style="bold") + Text(example))


@app.command("validate")
def tools_validate(tools_dir: ToolsDirOption = None) -> None:
    """Check every tool file; print each problem as FILE:LINE: MESSAGE and exit 2 when there is any."""
    dirs = tool_dirs(tools_dir, settings())
    files = tool_files(dirs)
    catalog = load_catalog(dirs)
    for problem in catalog.problems:
        typer.echo(str(problem))
    if catalog.problems:
        n, bad = len(catalog.problems), len({str(p.path) for p in catalog.problems})
        fail(f"{n} problem{'s' * (n > 1)} in {bad} of {len(files)} tool file{'s' * (len(files) > 1)}")
    if not catalog.tools:
        fail(f"no tools found (searched {', '.join(str(d) for d in dirs)})")
    n = len(catalog.tools)
    typer.echo(f"OK: {n} tool{'s' * (n > 1)} in {len(files)} file{'s' * (len(files) > 1)}")


@app.command("new")
def tools_new(
    name: Annotated[str, typer.Argument(metavar="NAME", help="The new tool's name.")],
    directory: Annotated[Optional[Path], typer.Option(
        "--dir", metavar="DIR", show_default=False,
        help="Where to write NAME.yaml (default: your tools dir in the user config dir).")] = None,
) -> None:
    """Write a commented tool declaration to edit, NAME.yaml in your tools dir; never overwrites a file."""
    if not NAME_RE.match(name):
        fail(f"invalid tool name {name!r}: use letters, digits, _ . - and start with a letter or _")
    directory = directory or user_tools_dir()
    path = directory / f"{name}.yaml"
    text = scaffold(name)
    try:
        if not directory.is_dir():
            directory.mkdir(parents=True)
        with path.open("x", encoding="utf-8") as f:
            f.write(text)
    except FileExistsError:
        if path.exists():
            fail(f"{path} already exists; edit it, or choose another name")
        fail(f"cannot write {path}: {directory} is not a directory")
    except OSError as exc:
        fail(f"cannot write {path}: {exc.strerror or exc}")
    typer.echo(f"created {path}")
    try:
        config = load_config()
    except ConfigError:
        config = None  # the file is made; the commands that read config.yaml will report its problem
    dirs = [d.expanduser().resolve() for d in tool_dirs(None, config)]
    if directory.expanduser().resolve() not in dirs:
        render.warn(f"note: {directory} is not among the tool dirs needle reads by default; pass --tools-dir "
                    f"{directory}, or add it to tool_dirs in config.yaml")


def _run_template(run: list) -> str:
    def word(x: Any) -> str:
        text = str(x)
        return json.dumps(text) if not text or any(c.isspace() or c in "\"'" for c in text) else text

    return " ".join("[" + " ".join(map(word, item)) + "]" if isinstance(item, list) else word(item) for item in run)


def _relative(source: str | None) -> str:
    if not source:
        return ""
    try:
        return str(Path(source).resolve().relative_to(Path.cwd()))
    except ValueError:
        return source
