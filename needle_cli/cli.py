"""The `needle` command line: parsing, wiring and exit codes. The work itself is done in the other modules.

`needle [OPTIONS] REQUEST` is short for `needle route [OPTIONS] REQUEST`: `DefaultGroup` puts the default command's
name in front of the arguments whenever the first one is not a command name or a root option.

Exit codes:
  0  done (or, with --dry-run, planned)
  1  cancelled at the confirmation prompt
  2  usage or configuration error: bad options, tool files, model, or an answer of the model needle cannot use
     (a RoutingError means needle could not produce a plan at all, so it is grouped with the other errors
     rather than with 3)
  3  the model found no tool that fits the request
  *  otherwise the exit code of the command that failed (127: not found, 126: not executable, 128+N: signal N)

Engine and router (and with them llama.cpp) are imported only inside the commands that route, so that
`needle tools ...` and `--help` start fast.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn, Optional

import typer
from typer.core import TyperGroup

try:  # typer >= 0.2x vendors click as typer._click
    from typer._click import exceptions as _click_exc
except ImportError:  # pragma: no cover - older typer on top of click
    from click import exceptions as _click_exc

from . import __version__, render
from .execute import ExecError, build_argv, display, run_argv
from .tools import Catalog, Tool, ToolError, load_catalog, parse_tool, tool_files

EXIT_OK, EXIT_CANCELLED, EXIT_USAGE, EXIT_NO_TOOL = 0, 1, 2, 3
DEFAULT_COMMAND = "route"
ROOT_OPTIONS = ("--help", "-h", "--version")
SHIPPED_MODEL = Path(__file__).resolve().parents[1] / "models" / "needle.gguf"

# Commands that live in modules other people own, imported only when used (or listed in --help).
# ---- bench: needle_cli/bench/cli.py exposes `app` (a typer.Typer) or a function `bench`/`main`. ----
LAZY_COMMANDS = {"bench": "needle_cli.bench.cli"}


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print `needle: error: message` and stop with `code`."""
    render.error(message)
    raise typer.Exit(code)


# ---------------------------------------------------------------- the default-command group


def _lazy_command(name: str) -> Any:
    """The click command of a lazily registered module; a stub that explains the problem when it cannot load."""
    module_name = LAZY_COMMANDS[name]
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        message = f"'needle {name}' is unavailable ({exc}); install it with: pip install 'needle-cli[{name}]'"

        def unavailable(ctx: typer.Context) -> None:
            fail(message)

        stub = typer.Typer(add_completion=False)
        stub.command(name=name, help=f"(unavailable: {exc})",
                     context_settings={"ignore_unknown_options": True, "allow_extra_args": True})(unavailable)
        return typer.main.get_command(stub)
    target = getattr(module, "app", None) or getattr(module, name, None) or getattr(module, "main", None)
    if isinstance(target, typer.Typer):
        command = typer.main.get_command(target)
    elif hasattr(target, "make_context"):  # already a click command
        command = target
    elif callable(target):
        wrapper = typer.Typer(add_completion=False)
        wrapper.command(name=name)(target)
        command = typer.main.get_command(wrapper)
    else:
        raise RuntimeError(f"{module_name} defines no `app`, `{name}` or `main` to register as 'needle {name}'")
    command.name = name
    return command


class DefaultGroup(TyperGroup):
    """A group that routes anything that is not a command: `needle "find pdfs"` runs `needle route "find pdfs"`.

    It also owns error reporting: every usage error becomes one `needle: error: ...` line.
    """

    def list_commands(self, ctx):
        names = super().list_commands(ctx)
        for name, module in LAZY_COMMANDS.items():
            if name not in names and _module_exists(module):
                names.append(name)
        return names

    def get_command(self, ctx, cmd_name):
        command = super().get_command(ctx, cmd_name)
        if command is None and cmd_name in LAZY_COMMANDS and _module_exists(LAZY_COMMANDS[cmd_name]):
            command = self.commands[cmd_name] = _lazy_command(cmd_name)
        return command

    def parse_args(self, ctx, args):
        if not args:
            if sys.stdin is None or sys.stdin.isatty():
                raise _click_exc.NoArgsIsHelpError(ctx)  # prints the help; exit code 2
            args = [DEFAULT_COMMAND]  # the request comes on stdin
        elif args[0] not in ROOT_OPTIONS and args[0] not in self.list_commands(ctx):
            args = [DEFAULT_COMMAND, *args]
        return super().parse_args(ctx, args)

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            code = super().main(args, prog_name or "needle", complete_var, standalone_mode=False, **extra)
        except _click_exc.NoArgsIsHelpError:
            code = EXIT_USAGE
        except _click_exc.UsageError as exc:
            hint = f" (see '{exc.ctx.command_path} --help')" if getattr(exc, "ctx", None) else ""
            render.error(exc.format_message() + hint)
            code = exc.exit_code
        except _click_exc.ClickException as exc:
            render.error(exc.format_message())
            code = exc.exit_code
        except typer.Abort:
            render.error("aborted")
            code = EXIT_CANCELLED
        sys.exit(code if isinstance(code, int) else EXIT_OK)


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ImportError:
        return False


HELP = (
    "Route a request to one of your declared tools with a small local model, then run it.\n\n"
    "`needle [OPTIONS] REQUEST` is short for `needle route [OPTIONS] REQUEST`: see `needle route --help` for "
    "--dry-run, --json, --yes, --tool, --tools-dir, --model, --strict and --threads. Tools are declared in YAML "
    "files in ./tools.d and in the user config dir; `needle tools list` shows them."
)
EPILOG = (
    "Examples: needle \"find all pdf files in Documents\" · echo \"disk usage of /var\" | needle --dry-run --json"
    " · needle tools list\n\n"
    "Exit codes: 0 done, 1 cancelled, 2 usage/config/model error, 3 no tool fits, else the failed command's code."
)

app = typer.Typer(
    cls=DefaultGroup,
    help=HELP,
    subcommand_metavar="REQUEST | COMMAND [ARGS]...",
    epilog=EPILOG,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
tools_app = typer.Typer(help="Inspect and check the tool declarations.", no_args_is_help=True, add_completion=False,
                        context_settings={"help_option_names": ["-h", "--help"]})
app.add_typer(tools_app, name="tools")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"needle {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print needle's version and exit.")] = False,
) -> None:
    pass


# ---------------------------------------------------------------- shared options and loading

ToolsDirOption = Annotated[
    Optional[list[Path]],
    typer.Option("--tools-dir", metavar="DIR", show_default=False,
                 help="Directory of tool YAML files; repeat for several. Default: ./tools.d (when it exists) and "
                      "the user config dir's needle/tools.d."),
]
ModelOption = Annotated[
    Optional[Path],
    typer.Option("--model", metavar="PATH", envvar="NEEDLE_MODEL", show_default=False,
                 help="GGUF model file. Default: $NEEDLE_MODEL, else the model shipped with needle "
                      "(models/needle.gguf)."),
]
ThreadsOption = Annotated[
    Optional[int],
    typer.Option("--threads", metavar="N", min=1, envvar="NEEDLE_THREADS", show_default=False,
                 help="CPU threads for the model (default: up to 4)."),
]


def default_tool_dirs() -> list[Path]:
    import platformdirs

    return [Path("tools.d"), Path(platformdirs.user_config_dir("needle")) / "tools.d"]


def load_tools(dirs: list[Path] | None, strict: bool = False, need_tools: bool = True) -> Catalog:
    """The catalog of `dirs`; its problems are warnings (errors with --strict, exit 2)."""
    dirs = dirs or default_tool_dirs()
    catalog = load_catalog(dirs)
    for problem in catalog.problems:
        if strict:
            render.error(str(problem))
        else:
            render.warn(f"warning: {problem}")
    if strict and catalog.problems:
        n = len(catalog.problems)
        fail(f"{n} problem{'s' * (n > 1)} in tool files (--strict); 'needle tools validate' lists them")
    if need_tools and not catalog.tools:
        fail(f"no tools found (searched {', '.join(str(d) for d in dirs)}); declare tools in YAML files there "
             "or pass --tools-dir")
    return catalog


@functools.lru_cache(maxsize=2)
def _cached_engine(path: str, mtime_ns: int, threads: int | None):
    from .engine import Engine

    return Engine(path, n_threads=threads)


def load_engine(model: Path | None, threads: int | None):
    """The model, loaded once per process and file; any problem is one error line and exit 2."""
    from .engine import ModelError, check_gguf

    path = Path(model or os.environ.get("NEEDLE_MODEL") or SHIPPED_MODEL).expanduser()
    try:
        check_gguf(path)
        return _cached_engine(str(path.resolve()), path.stat().st_mtime_ns, threads)
    except ModelError as exc:
        hint = " (set NEEDLE_MODEL or pass --model)" if not path.exists() else ""
        fail(f"{exc}{hint}")


def read_request(words: list[str] | None) -> str:
    if words:
        text = " ".join(words)
    elif sys.stdin is None or sys.stdin.isatty():
        fail('no request: give it as an argument (needle "...") or on stdin')
    else:
        text = sys.stdin.read()
    if not text.strip():
        fail("the request is empty")
    return text.strip()


# ---------------------------------------------------------------- route (the default command)


@app.command(DEFAULT_COMMAND)
def route_command(
    request: Annotated[Optional[list[str]], typer.Argument(
        metavar="REQUEST", show_default=False,
        help="What you want done, in words (several words are joined). Read from stdin when left out.")] = None,
    tools_dir: ToolsDirOption = None,
    model: ModelOption = None,
    tool: Annotated[Optional[str], typer.Option("--tool", metavar="NAME", show_default=False,
                                                help="Use this tool; the model only fills in its arguments.")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show the calls and commands, run nothing.")] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Run without asking (except tools with "
                                                          "confirm: always).")] = False,
    json_output: Annotated[bool, typer.Option("--json", help='Print one JSON object {"query", "calls": '
                                                             '[{"name", "arguments", "command"}]} on stdout '
                                                             "instead of panels.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Any problem in a tool file is an error "
                                                          "(default: a warning; the other tools still load).")] = False,
    threads: ThreadsOption = None,
) -> None:
    """Route REQUEST to a tool, show the command, confirm, and run it.

    Example: needle "find all pdf files in Documents"
    """
    query = read_request(request)
    catalog = load_tools(tools_dir, strict)
    forced = None
    if tool is not None:
        forced = catalog.get(tool)
        if forced is None:
            fail(f"unknown tool {tool!r} ({_known(catalog)})")
    engine = load_engine(model, threads)

    from .engine import ModelError
    from .router import RoutingError, route

    try:
        result = route(engine, catalog.tools, query, forced=forced)
    except (ModelError, RoutingError) as exc:
        fail(str(exc))
    plan = [(catalog.get(call.name), call) for call in result.calls]
    plan = [(t, call, build_argv(t, call.arguments)) for t, call in plan]

    if json_output:
        calls = []
        for _, call, argv in plan:
            entry: dict[str, Any] = call.as_dict()
            if argv is not None:
                entry["command"] = argv
            calls.append(entry)
        sys.stdout.write(json.dumps({"query": query, "calls": calls}, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    elif plan:
        render.show_calls([(call.name, call.arguments, display(argv) if argv is not None else None)
                           for _, call, argv in plan])
    if not plan:
        render.warn("no tool fits this request")
        raise typer.Exit(EXIT_NO_TOOL)
    if dry_run:
        return
    # With --json, stdout holds only the JSON: the commands' own output goes to stderr.
    confirm_and_run([(t, argv) for t, _, argv in plan if argv is not None], yes,
                    stdout=_fileno(sys.stderr) if json_output else None)


def confirm_and_run(commands: list[tuple[Tool, list[str]]], yes: bool, stdout: int | None = None) -> None:
    """One confirmation for all commands (unless none needs it), then run them in order; the first failure stops."""
    if not commands:
        return
    always = [t.name for t, _ in commands if t.confirm == "always"]
    if always or (not yes and any(t.confirm is True for t, _ in commands)):
        with render.terminal() as tty:
            if tty is None:
                if always:
                    fail(f"tool {always[0]!r} asks before every run (confirm: always) and there is no terminal "
                         "to ask on")
                fail("no terminal to ask for confirmation on; pass --yes to run without asking")
            question = "Run this command?" if len(commands) == 1 else f"Run these {len(commands)} commands?"
            if not render.confirm(tty, question):
                render.warn("cancelled")
                raise typer.Exit(EXIT_CANCELLED)
    for i, (t, argv) in enumerate(commands):
        sys.stdout.flush()
        sys.stderr.flush()
        try:
            code = run_argv(argv, stdout=stdout)
        except ExecError as exc:
            fail(f"{t.name}: {exc}", exc.code)
        if code != 0:
            code = 128 - code if code < 0 else code  # killed by signal N: 128+N, as shells report it
            left = len(commands) - i - 1
            fail(f"{t.name} failed with exit code {code}" + (f"; {left} more not run" if left else ""), code)


# ---------------------------------------------------------------- batch


@app.command("batch")
def batch_command(
    tools_dir: ToolsDirOption = None,
    model: ModelOption = None,
    threads: ThreadsOption = None,
) -> None:
    """Route JSON lines from stdin; write one JSON line per request to stdout. Runs nothing.

    Input: {"id": ..., "query": "...", "tools": [optional tool definitions]} per line; tools are in needle's
    form or OpenAI's {"type": "function", "function": {...}} form, and default to the loaded tool files.
    Output: {"id": ..., "calls": [{"name", "arguments"}]}, or {"id": ..., "error": "..."} for a bad line.
    """
    catalog = load_tools(tools_dir, need_tools=False)
    engine = load_engine(model, threads)
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
            sys.stdout.write(json.dumps(batch_line(line, number, catalog, engine), ensure_ascii=False) + "\n")
            sys.stdout.flush()
            if progress is not None:
                progress.advance(task)
    finally:
        if progress is not None:
            progress.stop()


def batch_line(line: str, number: int, catalog: Catalog, engine) -> dict:
    """The answer to one input line; every problem becomes {"id", "error"} for that line only."""
    from .engine import ModelError
    from .router import RoutingError, route

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
        result = route(engine, tools, query)
    except (ModelError, RoutingError) as exc:
        return {"id": ident, "error": f"line {number}: {exc}"}
    return {"id": ident, "calls": [call.as_dict() for call in result.calls]}


# ---------------------------------------------------------------- tools list | show | validate


@tools_app.command("list")
def tools_list(tools_dir: ToolsDirOption = None) -> None:
    """List the loaded tools: name, description and the file that declares each."""
    from rich.table import Table

    catalog = load_tools(tools_dir)
    table = Table(box=None, pad_edge=False)
    table.add_column("name", style="bold magenta", no_wrap=True)
    table.add_column("description")
    table.add_column("source", style="dim", overflow="fold")
    for t in catalog.tools:
        table.add_row(t.name, t.description, _relative(t.source))
    render.stdout.print(table)


@tools_app.command("show")
def tools_show(
    name: Annotated[str, typer.Argument(metavar="NAME", help="The tool's name.")],
    tools_dir: ToolsDirOption = None,
) -> None:
    """Show one tool: its parameters, what it runs, and its examples."""
    from rich.table import Table
    from rich.text import Text

    from .prompts import type_text

    catalog = load_tools(tools_dir)
    t = catalog.get(name)
    if t is None:
        fail(f"unknown tool {name!r} ({_known(catalog)})")
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


@tools_app.command("validate")
def tools_validate(tools_dir: ToolsDirOption = None) -> None:
    """Check every tool file; print each problem as FILE:LINE: MESSAGE and exit 2 when there is any."""
    dirs = tools_dir or default_tool_dirs()
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


def _fileno(stream) -> int | None:
    try:
        return stream.fileno()
    except (AttributeError, OSError, ValueError):  # not backed by a file descriptor (io.UnsupportedOperation)
        return None


def _known(catalog: Catalog, limit: int = 8) -> str:
    names = [t.name for t in catalog.tools]
    more = f", ... {len(names) - limit} more: see 'needle tools list'" if len(names) > limit else ""
    return "loaded: " + ", ".join(names[:limit]) + more


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


def main() -> None:
    """The `needle` console script."""
    app(prog_name="needle")
