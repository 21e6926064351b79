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
`needle tools ...`, `init`, `history` and `--help` start fast. This module holds the routing commands (`route`,
`batch`) and what every command shares; the others are in needle_cli/commands/, imported when used.

Settings come from the command line, then the environment, then config.yaml (needle_cli/config.py), then the
built-in defaults.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any, Callable, NoReturn, Optional

import typer
from typer.core import TyperGroup

try:  # typer >= 0.2x vendors click as typer._click
    from typer._click import exceptions as _click_exc
except ImportError:  # pragma: no cover - older typer on top of click
    from click import exceptions as _click_exc

from . import __version__
from .config import Config, ConfigError
from .config import load as load_config
from .execute import ExecError, UnsafeValue, build_argv, display, run_argv, shell_line
from .ranking import closest_tools, needed_numbers, unfillable
from .tools import Catalog, Tool, load_catalog


def _imported_on_first_use(name: str):
    """The module `name`, executed only when one of its attributes is first used (importlib's LazyLoader)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    parent, _, child = name.rpartition(".")
    setattr(sys.modules[parent], child, module)  # as an import would
    spec.loader.exec_module(module)
    return module


# Rich is a tenth of a fresh process's start-up, and a call answered with --json or --print-command (through
# `needle serve`, say) may never print anything Rich draws.
render = _imported_on_first_use("needle_cli.render")

EXIT_OK, EXIT_CANCELLED, EXIT_USAGE, EXIT_NO_TOOL = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT
DEFAULT_COMMAND = "route"
ROOT_OPTIONS = ("--help", "-h", "--version")
SHIPPED_MODEL = Path(__file__).resolve().parents[1] / "models" / "needle.gguf"

# Commands imported only when used (or listed in --help), in the order --help lists them after route:
# needle's own (needle_cli/commands/), so that routing a request builds only its own command, and those of
# optional extras (bench). A module exposes `app` (a typer.Typer) or a function named as the command, or `main`.
LAZY_COMMANDS = {name: f"needle_cli.commands.{name}"
                 for name in ("batch", "history", "init", "serve", "doctor", "tools")}
LAZY_COMMANDS["bench"] = "needle_cli.bench.cli"


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
        message = f"'needle {name}' is unavailable ({exc})"
        if not module_name.startswith(f"{__package__}.commands."):  # an extra's; needle's own come with it
            message += f"; install it with: pip install 'needle-cli[{name}]'"

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
    "files in ./tools.d and in the user config dir; `needle tools list` shows them. Settings: config.yaml in the "
    "user config dir (`needle doctor` shows where)."
)
EPILOG = (
    "Examples: needle \"find all pdf files in Documents\" · echo \"disk usage of /var\" | needle --dry-run --json"
    " · needle tools list · eval \"$(needle init bash)\" · needle history --tool NAME\n\n"
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
                 help="GGUF model file. Default: $NEEDLE_MODEL, else `model:` in config.yaml, else the model "
                      "shipped with needle (models/needle.gguf)."),
]
ThreadsOption = Annotated[
    Optional[int],
    typer.Option("--threads", metavar="N", min=1, envvar="NEEDLE_THREADS", show_default=False,
                 help="CPU threads for the model (default: `threads:` in config.yaml, else up to 4)."),
]


def default_tool_dirs() -> list[Path]:
    return [Path("tools.d"), user_tools_dir()]


def user_tools_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("needle")) / "tools.d"


def settings() -> Config:
    """config.yaml's settings; a problem with the file is one error line and exit 2."""
    try:
        return load_config()
    except ConfigError as exc:
        fail(str(exc))


def tool_dirs(dirs: list[Path] | None, config: Config | None = None) -> list[Path]:
    """--tools-dir, else config.yaml's tool_dirs, else ./tools.d and the user's tools dir."""
    if dirs:
        return dirs
    if config is not None and config.tool_dirs:
        return list(config.tool_dirs)
    return default_tool_dirs()


def resolve_model(model: Path | None, config: Config | None = None) -> tuple[Path, str]:
    """The model's path and where that choice came from: --model, $NEEDLE_MODEL, config.yaml or the default."""
    if model is not None:
        return Path(model).expanduser(), "--model"
    if os.environ.get("NEEDLE_MODEL"):
        return Path(os.environ["NEEDLE_MODEL"]).expanduser(), "NEEDLE_MODEL"
    if config is not None and config.model is not None:
        return config.model, str(config.path)
    return SHIPPED_MODEL, "the default"


def load_tools(dirs: list[Path] | None, strict: bool = False, need_tools: bool = True,
               config: Config | None = None) -> Catalog:
    """The catalog of `dirs`; its problems are warnings (errors with --strict, exit 2)."""
    dirs = tool_dirs(dirs, config)
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


def load_engine(model: Path | None, threads: int | None, config: Config | None = None, progress: bool = True):
    """The model, loaded once per process and file (with a spinner on a terminal's stderr unless `progress` is
    off); any problem is one error line and exit 2."""
    from .calls import ModelError
    from .engine import check_gguf

    path, _ = resolve_model(model, config)
    if threads is None and config is not None:
        threads = config.threads
    try:
        check_gguf(path)
        progress = progress and sys.stderr is not None and sys.stderr.isatty()  # else Rich need not be imported
        with render.progress(f"loading {path.name} ({render.size_text(path.stat().st_size)})") if progress \
                else contextlib.nullcontext():
            return _cached_engine(str(path.resolve()), path.stat().st_mtime_ns, threads)
    except ModelError as exc:
        hint = " (set NEEDLE_MODEL or pass --model)" if not path.exists() else ""
        fail(f"{exc}{hint}")


def router_for(model: Path | None, threads: int | None, config: Config, progress: bool = True):
    """`routing(tools, query, forced=None) -> Route`: through `needle serve` when one serves this model, else in
    this process (the model loaded on first use); a model or routing problem is one error line and exit 2."""
    from .calls import ModelError, RoutingError

    path, _ = resolve_model(model, config)
    keep_alive = keep_alive_minutes(config)

    def routing(tools: list[Tool], query: str, forced: Tool | None = None):
        try:
            if path.is_file():
                from . import server

                answered = server.route(path, tools, query, forced, config.max_tools)
                if answered is not None:
                    return answered
            from .router import route

            engine = load_engine(model, threads, config, progress)
            result = route(engine, tools, query, forced=forced, max_tools=config.max_tools)
        except (ModelError, RoutingError) as exc:
            fail(str(exc))
        if keep_alive:  # the model loaded fine here, so a server of it will too
            keep_model_loaded(path, threads if threads is not None else config.threads, keep_alive)
        return result

    return routing


def keep_alive_minutes(config: Config) -> float:
    """$NEEDLE_KEEP_ALIVE, else config.yaml's keep_alive: minutes a background server keeps the model loaded."""
    from .config import minutes

    text = os.environ.get("NEEDLE_KEEP_ALIVE", "").strip()
    if not text:
        return config.keep_alive
    try:
        return minutes(float(text))
    except ValueError:
        fail(f"NEEDLE_KEEP_ALIVE must be a number of minutes, 0 or more, got {text!r}")


def keep_model_loaded(model: Path, threads: int | None, minutes: float) -> None:
    """After routing in this process, start `needle serve` in the background (unless one serves or is starting),
    so the next requests for `minutes` skip loading llama.cpp and the model. Never waits, never fails the request:
    a server that cannot start says why in its log."""
    from . import server

    path = server.socket_path()
    if path.parent.exists() and not server.private_dir(path.parent):
        return  # a server would refuse to listen there (`needle serve` says why)
    if not server.starting_or_serving(path):
        with contextlib.suppress(OSError):
            spawn_server(model, threads, minutes, path)


def spawn_server(model: Path, threads: int | None, idle: float, path: Path):
    """`needle serve` in its own session (a terminal's Ctrl-C does not reach it), its output appended to the cache
    dir's serve.log; returns (the process, the log's path). The server idles out after `idle` minutes (0:
    never). Raises OSError when the log or the process cannot be made."""
    import subprocess

    from . import kvcache

    log = kvcache.cache_root() / "serve.log"
    command = [sys.executable, "-m", "needle_cli", "serve", "--model", str(model), "--idle", str(idle)]
    if threads:
        command += ["--threads", str(threads)]
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("ab") as out:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=out, start_new_session=True,
                                   env={**os.environ, "NEEDLE_SOCKET": str(path)})
    return process, log


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
    ask: Annotated[bool, typer.Option("--ask", help="Ask before running tools with confirm: true even when "
                                                    "config.yaml says confirm: false.")] = False,
    print_command: Annotated[bool, typer.Option(
        "--print-command", help="Print only the command line it would run (shell-quoted; several joined with "
                                "` && `) and run nothing: what the shell integration's Alt-n puts on your command "
                                "line.")] = False,
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
    if yes and ask:
        fail("--yes and --ask contradict each other; give one")
    if print_command and json_output:
        fail("--print-command and --json are two different outputs; give one")
    query = read_request(request)
    config = settings()
    catalog = load_tools(tools_dir, strict, config=config)
    forced = None
    if tool is not None:
        forced = catalog.get(tool)
        if forced is None:
            fail(f"unknown tool {tool!r} ({known_tools(catalog)})")
    routing = router_for(model, threads, config, progress=not print_command)
    result = routing(catalog.tools, query, forced)
    # Only a one-call answer is offered alternatives: picking another tool redoes the whole answer as one call.
    unsure = result.confidence is not None and result.confidence < config.confidence_threshold and \
        bool(result.alternatives) and len(result.calls) == 1

    if print_command:
        plan = make_plan(catalog, result)
        argvs = [argv for _, _, argv in plan if argv is not None]
        if not argvs:
            render.warn(no_fit(catalog, query) if not plan else
                        f"nothing to run: {', '.join(t.name for t, _, _ in plan)} declares no command")
            raise typer.Exit(EXIT_NO_TOOL)
        sys.stdout.write(shell_line(argvs) + "\n")
        return
    if json_output:
        plan = make_plan(catalog, result)
        calls = []
        for _, call, argv in plan:
            entry: dict[str, Any] = call.as_dict()
            if argv is not None:
                entry["command"] = argv
            calls.append(entry)
        answer: dict[str, Any] = {"query": query, "calls": calls, **result.confidence_fields()}
        if not plan:
            answer["closest"] = [t.name for t in closest_tools(catalog.tools, query)]
        sys.stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    else:
        result = choose_route(routing, catalog, result, unsure, interactive=not dry_run and not yes)
        plan = make_plan(catalog, result)
    if not plan:
        render.warn(no_fit(catalog, query))
        raise typer.Exit(EXIT_NO_TOOL)
    if dry_run:
        return
    runnable = [(t, call, argv) for t, call, argv in plan if argv is not None]

    def record(index: int, code: int) -> None:
        if config.history:
            from . import history

            t, call, argv = runnable[index]
            history.record(query, t.name, call.arguments, argv, display(argv), code, warn=render.warn)

    # With --json, stdout holds only the JSON: the commands' own output goes to stderr.
    confirm_and_run([(t, argv) for t, _, argv in runnable], yes or (not ask and not config.confirm),
                    stdout=_fileno(sys.stderr) if json_output else None, record=record)


def make_plan(catalog: Catalog, result) -> list[tuple[Tool, Any, list[str] | None]]:
    """(tool, call, argv) for each call; argv is None for a tool that declares nothing to run. A value the program
    would take for an option is one error line (execute.UnsafeValue)."""
    try:
        return [(t, call, build_argv(t, call.arguments)) for t, call in ((catalog.get(c.name), c) for c in result.calls)]
    except UnsafeValue as exc:
        fail(str(exc))


def no_fit(catalog: Catalog, query: str) -> str:
    close = closest_tools(catalog.tools, query)
    line = "no tool fits this request" + (f" (closest: {', '.join(t.name for t in close)})" if close else "")
    # the closest tool the router never offered for want of a number
    refused = unfillable(close, query)
    tool = next((t for t in close if t.name in refused), None)
    if tool:
        line += f"; {tool.name} needs a number ({', '.join(needed_numbers(tool))}) the request does not give"
    return line


def choose_route(routing, catalog: Catalog, result, unsure: bool, interactive: bool):
    """Show the proposed calls. When the model was unsure of its tool, show the alternatives it weighed and, on a
    terminal, let the user pick one by number: the model then fills in that tool's arguments."""
    plan = make_plan(catalog, result)
    if plan:
        render.show_calls([(call.name, call.arguments, display(argv) if argv is not None else None)
                           for _, call, argv in plan])
    if not unsure:
        return result
    render.alternatives(result.calls[0].name, result.confidence, result.alternatives)
    if not interactive:
        return result
    with render.terminal() as tty:
        if tty is None:
            return result
        picked = render.pick(tty, result.calls[0].name, len(result.alternatives))
    if picked is None:
        render.warn("cancelled")
        raise typer.Exit(EXIT_CANCELLED)
    if picked == 0:
        return result
    result = routing(catalog.tools, result.query, catalog.get(result.alternatives[picked - 1][0]))
    return choose_route(routing, catalog, result, unsure=False, interactive=interactive)


def confirm_and_run(commands: list[tuple[Tool, list[str]]], yes: bool, stdout: int | None = None,
                    record: Callable[[int, int], None] | None = None) -> None:
    """One confirmation for all commands (unless none needs it), then run them in order; the first failure stops.

    `record(index, exit_code)` is called after each command that ran (127 or 126 when it could not start)."""
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
            if record is not None:
                record(i, exc.code)
            fail(f"{t.name}: {exc}", exc.code)
        except KeyboardInterrupt:  # Ctrl-C reached the command too; report it the way a shell does
            if record is not None:
                record(i, EXIT_INTERRUPTED)
            fail(f"{t.name}: interrupted", EXIT_INTERRUPTED)
        code = 128 - code if code < 0 else code  # killed by signal N: 128+N, as shells report it
        if record is not None:
            record(i, code)
        if code != 0:
            left = len(commands) - i - 1
            fail(f"{t.name} failed with exit code {code}" + (f"; {left} more not run" if left else ""), code)


def _fileno(stream) -> int | None:
    try:
        return stream.fileno()
    except (AttributeError, OSError, ValueError):  # not backed by a file descriptor (io.UnsupportedOperation)
        return None


def known_tools(catalog: Catalog, limit: int = 8) -> str:
    names = [t.name for t in catalog.tools]
    more = f", ... {len(names) - limit} more: see 'needle tools list'" if len(names) > limit else ""
    return "loaded: " + ", ".join(names[:limit]) + more


def main() -> None:
    """The `needle` console script."""
    code: object = 0
    try:
        app(prog_name="needle")
    except SystemExit as done:
        if "llama_cpp" not in sys.modules:
            raise
        code = done.code
    if code is not None and not isinstance(code, int):  # as sys.exit("message") would: printed, status 1
        print(code, file=sys.stderr)
        code = 1
    exit_without_teardown(code or 0)


def exit_without_teardown(code: int) -> NoReturn:
    """End a process that loaded llama.cpp as a normal exit would (atexit handlers run, output is flushed), minus
    tearing the interpreter down: freeing the model and unloading numpy and llama.cpp cost about 25 ms here, 7% of
    a request routed in-process, for memory the OS takes back anyway. Only for the console script: CliRunner's
    in-process runs must return."""
    import atexit

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # a closed pipe, as a normal exit would ignore
            stream.flush()
    os._exit(code)
