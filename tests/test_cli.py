"""The `needle` command line, in-process through CliRunner and as a real process (pipes, no terminal, a pty).

The tiny model is random, so nothing here asserts which tool or which values it picks: only the shapes, the
exit codes, and what ran. `--tool` forces a call when a test needs one.
"""

from __future__ import annotations

import json
import subprocess

import pytest

from needle_cli import __version__, cli
from needle_cli.execute import build_argv
from needle_cli.router import route
from needle_cli.tools import load_catalog, parse_tool, validate_arguments

from conftest import MARK, PY, needle_env, run_in_pty, write_yaml

MARK_TOOL = {"name": "mark", "description": "write a marker file", "parameters": {"label": "string"},
             "run": MARK + ["{label}"]}
NOTE_TOOL = {"name": "note", "description": "remember a note", "parameters": {"text": {"type": "string",
                                                                                     "required": True}}}


def ran(directory) -> list:
    marker = directory / "ran.txt"
    return [json.loads(line) for line in marker.read_text().splitlines()] if marker.exists() else []


def one_error_line(stderr: str, fragment: str) -> None:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("needle: error: ") and fragment in lines[0], stderr
    assert "Traceback" not in stderr


@pytest.fixture
def marks(tools_dir):
    """A tools dir with `mark` (confirm: true), `quiet` (confirm: false) and `careful` (confirm: always)."""
    return tools_dir([MARK_TOOL, {**MARK_TOOL, "name": "quiet", "confirm": False},
                      {**MARK_TOOL, "name": "careful", "confirm": "always"}, NOTE_TOOL])


# ---------------------------------------------------------------- help, default command, output


def test_help_and_version(invoke):
    result = invoke("--help")
    assert result.exit_code == 0
    for word in ("route", "batch", "tools", "history", "init", "doctor", "Examples", "needle [OPTIONS] REQUEST"):
        assert word in result.stdout
    route_help = invoke("route", "--help").stdout
    for option in ("--tools-dir", "--model", "--tool", "--dry-run", "--yes", "--ask", "--json", "--print-command",
                   "--strict", "--threads", "NEEDLE_MODEL", "config.yaml"):
        assert option in route_help
    assert invoke("--version").stdout.strip() == f"needle {__version__}"


def test_default_command_is_route(invoke, marks):
    implicit = invoke("--tools-dir", marks, "--dry-run", "--json", "--tool", "mark", "mark", "it")
    explicit = invoke("route", "--tools-dir", marks, "--dry-run", "--json", "--tool", "mark", "mark it")
    assert implicit.exit_code == explicit.exit_code == 0
    assert json.loads(implicit.stdout) == json.loads(explicit.stdout)
    assert json.loads(implicit.stdout)["query"] == "mark it"
    # (a tool with nothing to run: a command's value the model copied from "-rf ..." would be refused)
    after_dashes = invoke("--tools-dir", marks, "--dry-run", "--json", "--tool", "note", "--", "-rf", "everything")
    assert after_dashes.exit_code == 0, after_dashes.stderr
    assert json.loads(after_dashes.stdout)["query"] == "-rf everything"


@pytest.mark.parametrize("forced", ["mark", "note"])
def test_json_shape(invoke, marks, isolated, forced):
    result = invoke("--tools-dir", marks, "--dry-run", "--json", "--tool", forced, "do the thing")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert set(data) == {"query", "calls"} and data["query"] == "do the thing"
    assert data["calls"]
    tool = load_catalog([marks]).get(forced)
    for call in data["calls"]:
        assert call["name"] == forced
        assert validate_arguments(tool, call["arguments"]) == []
        if forced == "mark":
            assert set(call) == {"name", "arguments", "command"}
            assert call["command"] == build_argv(tool, call["arguments"])
        else:
            assert set(call) == {"name", "arguments"}  # nothing to run: no command
    assert ran(isolated) == []


def test_panels_show_the_command(invoke, marks, isolated):
    result = invoke("--tools-dir", marks, "--dry-run", "--tool", "mark", "mark it")
    assert result.exit_code == 0
    assert "mark" in result.stdout and "$ " in result.stdout and "ran.txt" in result.stdout
    assert ran(isolated) == []


def test_request_on_stdin(invoke, marks):
    result = invoke("--tools-dir", marks, "--dry-run", "--json", input="  mark\n  this \n")
    assert result.exit_code in (0, 3) and json.loads(result.stdout)["query"] == "mark\n  this"


def test_no_arguments_read_the_request_and_default_tool_dirs(invoke, isolated):
    result = invoke(input="anything\n")
    assert result.exit_code == 2
    one_error_line(result.stderr, "no tools found")
    assert "tools.d" in result.stderr and str(isolated.parent / "config" / "needle" / "tools.d") in result.stderr
    write_yaml(isolated / "tools.d", "t.yaml", [NOTE_TOOL])
    result = invoke("--json", "--dry-run", input="remember milk\n")
    assert result.exit_code in (0, 3) and json.loads(result.stdout)["query"] == "remember milk"
    write_yaml(isolated.parent / "config" / "needle" / "tools.d", "u.yaml", [MARK_TOOL])
    assert invoke("--json", "--dry-run", "--tool", "mark", "m").exit_code == 0  # the user config dir counts too


def test_empty_request(invoke, marks):
    result = invoke("--tools-dir", marks, input="   \n")
    assert result.exit_code == 2
    one_error_line(result.stderr, "empty")


def test_unknown_forced_tool(invoke, marks):
    result = invoke("--tools-dir", marks, "--tool", "nope", "hello")
    assert result.exit_code == 2
    one_error_line(result.stderr, "unknown tool 'nope'")


def test_usage_errors_are_one_line(invoke, marks):
    result = invoke("--tools-dir", marks, "--threads", "0", "hello")
    assert result.exit_code == 2
    one_error_line(result.stderr, "--threads")
    result = invoke("--no-such-option", "hello")
    assert result.exit_code == 2
    one_error_line(result.stderr, "--no-such-option")


# ---------------------------------------------------------------- loading problems


@pytest.mark.parametrize("content, fragment", [
    (None, "model file not found"),
    (b"this is not a model", "not a GGUF model file"),
    (b"GGUF" + b"\x03\x00\x00\x00" + b"\xff" * 64, "llama.cpp could not load"),
])
def test_model_errors(invoke, marks, tmp_path, content, fragment):
    model = tmp_path / "model.gguf"
    if content is not None:
        model.write_bytes(content)
    result = invoke("--tools-dir", marks, "--model", model, "hello")
    assert result.exit_code == 2
    one_error_line(result.stderr, fragment)
    assert result.stdout == ""


def test_broken_tool_file_warns_and_the_rest_loads(invoke, tools_dir, marks):
    write_yaml(marks, "broken.yaml", "- name: broken\n  parameters:\n    x: {type: strng}\n")
    result = invoke("--tools-dir", marks, "--dry-run", "--json", "--tool", "mark", "mark it")
    assert result.exit_code == 0
    warning = f"needle: warning: {marks / 'broken.yaml'}:3: tool 'broken': parameter 'x': unknown type 'strng'"
    warning += " (use string, integer, number, boolean, array or object)"
    assert result.stderr.strip() == warning
    assert json.loads(result.stdout)["calls"][0]["name"] == "mark"
    strict = invoke("--tools-dir", marks, "--strict", "--dry-run", "--tool", "mark", "mark it")
    assert strict.exit_code == 2 and strict.stdout == ""
    assert strict.stderr.splitlines()[0] == warning.replace("warning", "error")
    assert "--strict" in strict.stderr.splitlines()[-1]


def test_duplicate_names_across_dirs(invoke, tools_dir, marks):
    other = tools_dir([{**NOTE_TOOL, "description": "the second note"}], filename="again.yaml")
    result = invoke("tools", "list", "--tools-dir", marks, "--tools-dir", other)
    assert result.exit_code == 0
    assert "duplicate tool name 'note'" in result.stderr and "the second note" not in result.stdout
    assert invoke("--tools-dir", marks, "--tools-dir", other, "--strict", "hi").exit_code == 2


# ---------------------------------------------------------------- no tool fits: exit 3


@pytest.fixture
def no_fit(engine, tools_dir):
    """A tools dir and a request the tiny model answers with [] (found by asking it: its answers are fixed)."""
    directory = tools_dir([{"name": "a", "description": "first"}, {"name": "b", "parameters": {"n": "integer"}}])
    tools = load_catalog([directory]).tools
    for query in ["zzz", "q", "no", "]", "[]", "nothing fits", "x", "zz top", "qq", "..."]:
        if route(engine, tools, query).calls == []:
            return directory, query
    pytest.fail("the tiny model calls a tool for every candidate request")


def test_no_tool_fits_exits_3(invoke, no_fit):
    directory, query = no_fit
    result = invoke("--tools-dir", directory, "--yes", query)
    assert result.exit_code == 3 and "no tool fits this request" in result.stderr
    result = invoke("--tools-dir", directory, "--json", "--dry-run", query)
    assert result.exit_code == 3 and json.loads(result.stdout) == {"query": query, "calls": [], "closest": []}


def test_no_tool_fits_suggests_the_closest_tools(invoke, engine, tools_dir):
    words = ["zzz", "qq", "nothing", "fits", "top", "none", "xx", "yy", "ww", "vv", "uu", "tt"]
    directory = tools_dir([{"name": "a", "description": "first"}, {"name": "b", "parameters": {"n": "integer"}},
                           {"name": "echo_words", "description": " ".join(words)}])
    tools = load_catalog([directory]).tools
    query = next((w for w in words if route(engine, tools, w).calls == []), None)
    if query is None:
        pytest.fail("the tiny model calls a tool for every candidate request")
    result = invoke("--tools-dir", directory, "--json", "--dry-run", query)
    assert result.exit_code == 3 and json.loads(result.stdout)["closest"] == ["echo_words"]
    result = invoke("--tools-dir", directory, "--dry-run", query)
    assert "no tool fits this request (closest: echo_words)" in result.stderr


def test_a_tool_that_needs_a_number_the_request_lacks_is_named_with_what_it_needs(needle, tools_dir):
    directory = tools_dir([{"name": "kill_process", "description": "stop a process by its pid",
                            "parameters": {"pid": {"type": "integer", "required": True}}, "run": ["kill", "{pid}"]},
                           {"name": "free_port", "description": "free a TCP port",
                            "parameters": {"port": {"type": "integer", "required": True}}, "run": ["fuser", "{port}"]},
                           {"name": "set_volume", "description": "set the speaker volume",
                            "parameters": {"level": {"type": "integer", "required": True}},
                            "run": ["amixer", "{level}"]}])
    run = needle("--tools-dir", directory, "--dry-run", "stop the process")
    assert run.returncode == 3, run.stderr
    assert "kill_process needs a number (pid) the request does not give" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr


# ---------------------------------------------------------------- confidence and alternatives


@pytest.fixture
def unsure(engine, marks):
    """A request for which the tiny model calls a tool and weighs others."""
    tools = load_catalog([marks]).tools
    for query in ["mark it", "note this", "a", "b", "label", "remember", "write", "careful", "quiet", "x"]:
        result = route(engine, tools, query)
        if len(result.calls) == 1 and result.alternatives:
            return query, result
    pytest.fail("the tiny model weighs no alternative tool for any candidate request")


def test_json_carries_confidence_and_alternatives(invoke, marks, unsure):
    query, expected = unsure
    answer = json.loads(invoke("--tools-dir", marks, "--json", "--dry-run", query).stdout)
    assert answer["confidence"] == pytest.approx(expected.confidence, abs=1e-3)
    assert [a["name"] for a in answer["alternatives"]] == [name for name, _ in expected.alternatives]
    probabilities = [answer["confidence"]] + [a["probability"] for a in answer["alternatives"]]
    assert all(0 < p <= 1 for p in probabilities) and sum(probabilities) <= 1.001
    assert answer["calls"][0]["name"] not in [a["name"] for a in answer["alternatives"]]


def config_file(isolated, text: str) -> None:
    path = isolated.parent / "config" / "needle" / "config.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def test_low_confidence_lets_the_user_pick_an_alternative(invoke, marks, isolated, fake_tty, unsure):
    query, expected = unsure
    config_file(isolated, "confidence_threshold: 1.0\n")
    tty = fake_tty("1\ny\n")
    result = invoke("--tools-dir", marks, query)
    picked = expected.alternatives[0][0]
    assert f"not sure of {expected.calls[0].name}" in result.stderr
    assert "Keep " in tty.shown.getvalue()
    first, second = result.stdout.split(f"╭─ {expected.calls[0].name} ", 1)[1].split("╭─ ", 1)
    assert second.startswith(f"{picked} ")  # a second panel, for the picked tool
    if picked == "note":  # declares nothing to run
        assert ran(isolated) == []
    else:
        assert result.exit_code == 0 and len(ran(isolated)) == 1


@pytest.mark.parametrize("answer, code, asked", [("\ny\n", 0, 2), ("n\n", 1, 1), ("", 1, 1), ("9\nx\n\ny\n", 0, 4)])
def test_low_confidence_keep_cancel_and_retry(invoke, marks, isolated, fake_tty, unsure, answer, code, asked):
    query, expected = unsure
    config_file(isolated, "confidence_threshold: 1.0\n")
    tty = fake_tty(answer)
    result = invoke("--tools-dir", marks, query)
    needs_confirm = expected.calls[0].name in ("mark", "careful")
    assert result.exit_code == code
    assert tty.asked == (asked if needs_confirm or code == 1 else asked - 1)


@pytest.mark.parametrize("flags", [["--yes"], ["--json"], ["--print-command"]])
def test_low_confidence_never_asks_with_yes_json_or_print_command(invoke, marks, isolated, fake_tty, unsure, flags):
    query, expected = unsure
    config_file(isolated, "confidence_threshold: 1.0\n")
    tty = fake_tty("y\n" * 3)
    result = invoke("--tools-dir", marks, *flags, query)
    assert "Keep " not in tty.shown.getvalue()
    assert result.exit_code in (0, 1, 2, 3)  # careful asks even with --yes; no terminal answers for --json


def test_confident_or_dry_run_asks_nothing(invoke, marks, isolated, fake_tty, unsure):
    query, _ = unsure
    config_file(isolated, "confidence_threshold: 0\n")
    assert "not sure" not in invoke("--tools-dir", marks, "--dry-run", query).stderr
    config_file(isolated, "confidence_threshold: 1\n")
    tty = fake_tty("")
    result = invoke("--tools-dir", marks, "--dry-run", query)
    assert "not sure" in result.stderr and tty.asked == 0 and result.exit_code == 0


# ---------------------------------------------------------------- confirmation and running


@pytest.mark.parametrize("answer, code", [("y\n", 0), ("\n", 0), ("YES\n", 0), ("n\n", 1), ("x\n", 1), ("", 1)])
def test_confirmation_answers(invoke, marks, isolated, fake_tty, answer, code):
    tty = fake_tty(answer)
    result = invoke("--tools-dir", marks, "--tool", "mark", "mark it")
    assert result.exit_code == code and tty.asked == 1
    assert "Run this command? [Y/n]" in tty.shown.getvalue()
    assert len(ran(isolated)) == (1 if code == 0 else 0)
    if code == 1:
        assert "cancelled" in result.stderr


def test_no_terminal_and_no_yes_refuses(invoke, marks, isolated):
    result = invoke("--tools-dir", marks, "--tool", "mark", "mark it")
    assert result.exit_code == 2
    one_error_line(result.stderr, "--yes")
    assert ran(isolated) == []


def test_yes_runs_without_asking(invoke, marks, isolated, fake_tty):
    tty = fake_tty("n\n")
    result = invoke("--tools-dir", marks, "--tool", "mark", "--yes", "mark it")
    assert result.exit_code == 0 and tty.asked == 0 and len(ran(isolated)) == 1


def test_confirm_false_needs_no_terminal(invoke, marks, isolated):
    result = invoke("--tools-dir", marks, "--tool", "quiet", "mark it")
    assert result.exit_code == 0 and len(ran(isolated)) == 1


def test_confirm_always_asks_even_with_yes(invoke, marks, isolated, fake_tty):
    refused = invoke("--tools-dir", marks, "--tool", "careful", "--yes", "mark it")  # no terminal
    assert refused.exit_code == 2 and ran(isolated) == []
    one_error_line(refused.stderr, "confirm: always")
    tty = fake_tty("y\n")
    result = invoke("--tools-dir", marks, "--tool", "careful", "--yes", "mark it")
    assert result.exit_code == 0 and tty.asked == 1 and len(ran(isolated)) == 1


def test_a_tool_with_nothing_to_run_needs_no_confirmation(invoke, marks, isolated):
    result = invoke("--tools-dir", marks, "--tool", "note", "remember milk")
    assert result.exit_code == 0 and "nothing to run" in result.stdout


@pytest.mark.parametrize("run, code, fragment", [
    (["false"], 1, "exit code 1"),
    (["sh", "-c", "exit 7"], 7, "exit code 7"),
    (["needle-test-no-such-command"], 127, "command not found"),
])
def test_failing_command_exit_code_propagates(invoke, tools_dir, run, code, fragment):
    directory = tools_dir([{"name": "fail", "run": run}])
    result = invoke("--tools-dir", directory, "--yes", "--tool", "fail", "do it")
    assert result.exit_code == code
    one_error_line(result.stderr, fragment)


def test_several_commands_one_confirmation_in_order_first_failure_stops(isolated, fake_tty):
    mark = parse_tool({**MARK_TOOL, "confirm": False})
    fail = parse_tool({"name": "fail", "run": ["sh", "-c", "exit 5"]})
    tty = fake_tty("y\n")
    cli.confirm_and_run([(parse_tool(MARK_TOOL), MARK + ["1"]), (mark, MARK + ["2"])], yes=False)
    assert ran(isolated) == [["1"], ["2"]] and tty.asked == 1
    assert "Run these 2 commands?" in tty.shown.getvalue()
    with pytest.raises(cli.typer.Exit) as stopped:
        cli.confirm_and_run([(mark, MARK + ["3"]), (fail, ["sh", "-c", "exit 5"]), (mark, MARK + ["4"])], yes=True)
    assert stopped.value.exit_code == 5
    assert ran(isolated) == [["1"], ["2"], ["3"]]


# ---------------------------------------------------------------- batch


def test_batch(invoke, marks, isolated):
    weather = {"type": "function", "function": {"name": "get_weather", "description": "Weather for a city",
                                                "parameters": {"type": "object", "required": ["city"],
                                                               "properties": {"city": {"type": "string"}}}}}
    lines = [
        {"id": 1, "query": "mark it"},
        {"id": "w", "query": "weather in Paris", "tools": [weather]},
        "this is not JSON",
        {"id": 4},
        {"id": 5, "query": "x", "tools": [{"name": "bad", "parameters": {"x": {"type": "nope"}}}]},
        [1, 2],
        {"id": 7, "query": "x", "tools": [{"name": "a"}, {"name": "a"}]},
        {"id": 8, "query": "x", "tools": {"name": "a"}},
    ]
    text = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n\n"
    result = invoke("batch", "--tools-dir", marks, input=text)
    assert result.exit_code == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == [1, "w", None, 4, 5, None, 7, 8]
    catalog = load_catalog([marks])
    for o, tools in ((out[0], catalog.tools), (out[1], [parse_tool(weather)])):
        assert set(o) == ({"id", "calls", "confidence", "alternatives"} if o["calls"] else {"id", "calls"})
        for call in o["calls"]:
            assert set(call) == {"name", "arguments"}
            tool = next(t for t in tools if t.name == call["name"])
            assert validate_arguments(tool, call["arguments"]) == []
    assert "invalid JSON" in out[2]["error"] and "line 3" in out[2]["error"]
    assert "query" in out[3]["error"]
    assert "unknown type 'nope'" in out[4]["error"]
    assert "JSON object" in out[5]["error"]
    assert "duplicate tool name 'a'" in out[6]["error"]
    assert "must be a list" in out[7]["error"]
    assert ran(isolated) == []  # batch never runs anything


def test_batch_bad_model_is_one_error(invoke, marks, tmp_path):
    result = invoke("batch", "--tools-dir", marks, "--model", tmp_path / "nope.gguf", input='{"query": "x"}\n')
    assert result.exit_code == 2 and result.stdout == ""
    one_error_line(result.stderr, "model file not found")


def test_batch_without_any_tools(invoke):
    result = invoke("batch", input='{"id": 1, "query": "x"}\n')
    assert result.exit_code == 0
    assert "no tools" in json.loads(result.stdout)["error"]


# ---------------------------------------------------------------- tools list | show | validate


def test_tools_list_and_show(invoke, marks):
    listing = invoke("tools", "list", "--tools-dir", marks)
    assert listing.exit_code == 0
    for name in ("mark", "quiet", "careful", "note", "write a marker file", "tools.yaml"):
        assert name in listing.stdout
    shown = invoke("tools", "show", "mark", "--tools-dir", marks)
    assert shown.exit_code == 0
    assert "label" in shown.stdout and "string" in shown.stdout and "{label}" in shown.stdout
    shown = invoke("tools", "show", "careful", "--tools-dir", marks)
    assert "always" in shown.stdout
    missing = invoke("tools", "show", "nope", "--tools-dir", marks)
    assert missing.exit_code == 2
    one_error_line(missing.stderr, "unknown tool 'nope'")


def test_tools_validate(invoke, tools_dir, marks):
    ok = invoke("tools", "validate", "--tools-dir", marks)
    assert ok.exit_code == 0 and ok.stdout.strip() == "OK: 4 tools in 1 file"
    write_yaml(marks, "bad.yaml", "- name: x\n  shell: \"echo '{y}'\"\n  parameters: {y: string}\n"
                                  "- name: z\n  run: [echo, '{w}']\n")
    write_yaml(marks, "worse.yaml", "tools: [\n")
    bad = invoke("tools", "validate", "--tools-dir", marks)
    assert bad.exit_code == 2
    problems = bad.stdout.splitlines()
    assert problems[:2] == [
        f"{marks / 'bad.yaml'}:1: tool 'x': shell: placeholder {{y}} is inside quotes; leave it bare, needle "
        "quotes values",
        f"{marks / 'bad.yaml'}:4: tool 'z': placeholder {{w}} has no such parameter",
    ]
    assert len(problems) == 3 and problems[2].startswith(f"{marks / 'worse.yaml'}:2: invalid YAML")
    one_error_line(bad.stderr, "3 problems in 2 of 3 tool files")
    empty = invoke("tools", "validate", "--tools-dir", tools_dir([]))
    assert empty.exit_code == 2


def test_tools_new(invoke, isolated, tools_dir):
    user_dir = isolated.parent / "config" / "needle" / "tools.d"
    created = invoke("tools", "new", "open_site")
    assert created.exit_code == 0 and created.stderr == ""
    path = user_dir / "open_site.yaml"
    assert created.stdout.strip() == f"created {path}"
    text = path.read_text()
    assert text.startswith("# A needle tool") and "needle tools validate" in text
    assert invoke("tools", "validate").stdout.strip() == "OK: 1 tool in 1 file"
    shown = invoke("tools", "show", "open_site")
    assert shown.exit_code == 0 and "target" in shown.stdout and "example: open_site the thing" in shown.stdout
    again = invoke("tools", "new", "open_site")
    assert again.exit_code == 2 and path.read_text() == text  # never overwritten
    one_error_line(again.stderr, f"{path} already exists")
    for name in ("true", "v1.2-beta"):  # YAML would read a bare `true` as a boolean
        assert invoke("tools", "new", name).exit_code == 0
    assert [t.name for t in load_catalog([user_dir]).tools] == ["open_site", "true", "v1.2-beta"]
    assert load_catalog([user_dir]).problems == []
    bad = invoke("tools", "new", "no spaces")
    assert bad.exit_code == 2
    one_error_line(bad.stderr, "invalid tool name 'no spaces'")
    elsewhere = isolated / "elsewhere"
    result = invoke("tools", "new", "other", "--dir", elsewhere)
    assert result.exit_code == 0 and (elsewhere / "other.yaml").is_file()
    assert "not among the tool dirs" in result.stderr and "--tools-dir" in result.stderr
    assert invoke("tools", "new", "local", "--dir", "tools.d").stderr == ""  # ./tools.d is read by default
    blocked = isolated / "a-file"
    blocked.write_text("")
    unwritable = invoke("tools", "new", "x", "--dir", blocked)
    assert unwritable.exit_code == 2
    one_error_line(unwritable.stderr, "cannot write")


# ---------------------------------------------------------------- real processes


def test_process_pipe_dry_run_json(needle, marks):
    result = needle("--tools-dir", marks, "--dry-run", "--json", input="mark the spot\n")
    assert result.returncode in (0, 3), result.stderr
    data = json.loads(result.stdout)
    assert data["query"] == "mark the spot" and isinstance(data["calls"], list)


def test_process_help_and_version(needle):
    result = needle("--help")
    assert result.returncode == 0 and "batch" in result.stdout and "Examples" in result.stdout
    assert needle("--version").stdout.strip() == f"needle {__version__}"


def test_process_tools_commands_do_not_load_llama_cpp(isolated, marks, tmp_path):
    commands = [["tools", "list", "--tools-dir", marks], ["tools", "validate", "--tools-dir", marks],
                ["tools", "show", "mark", "--tools-dir", marks], ["tools", "new", "fresh", "--dir", tmp_path / "new"],
                ["--help"], ["route", "--help"], ["init", "bash"], ["init", "zsh"], ["init", "fish"], ["history"],
                ["history", "--json", "--tool", "mark", "--grep", "x"]]
    script = ("import json, sys\nfrom needle_cli import cli\nfor args in json.loads(sys.argv[1]):\n    try:\n"
              "        cli.app(args, prog_name='needle')\n    except SystemExit as e:\n"
              "        assert e.code == 0, (args, e.code)\nprint('LOADED' if 'llama_cpp' in sys.modules else 'LAZY')\n")
    result = subprocess.run([PY, "-c", script, json.dumps([list(map(str, c)) for c in commands])],
                            capture_output=True, text=True, cwd=isolated, env=needle_env(), timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "LAZY"


def test_a_json_request_routed_in_process_does_not_import_rich(isolated, marks):
    """--json from a script: the model is loaded here (no server), and nothing is drawn, so Rich, a tenth of a fresh
    process's start-up, is never imported."""
    script = ("import sys\nfrom needle_cli import cli\ntry:\n    cli.app(sys.argv[1:], prog_name='needle')\n"
              "except SystemExit as e:\n    assert e.code in (0, 3), e.code\n"
              "print(sorted(m for m in ('llama_cpp', 'rich') if m in sys.modules))\n")
    result = subprocess.run([PY, "-c", script, "--dry-run", "--json", "--tools-dir", str(marks), "mark it"],
                            capture_output=True, text=True, cwd=isolated, env=needle_env(), timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "['llama_cpp']"


def test_a_process_that_loaded_the_model_exits_as_a_normal_exit_would(isolated, marks):
    """The console script skips the interpreter's teardown once llama.cpp is loaded (cli.exit_without_teardown), but
    atexit handlers still run (the benchmark's peak-memory probe is one), the piped output arrives whole, and the
    exit code is the request's."""
    script = ("import atexit, pathlib, sys\nfrom needle_cli import cli\n"
              "atexit.register(lambda: pathlib.Path('atexit-ran').write_text('yes'))\n"
              "cli.main()\nprint('after main')\n")
    result = subprocess.run([PY, "-c", script, "--dry-run", "--json", "--tools-dir", str(marks), "mark it"],
                            capture_output=True, text=True, cwd=isolated, env=needle_env(), timeout=120)
    assert result.returncode in (0, 3), result.stderr
    assert json.loads(result.stdout)["query"] == "mark it"
    assert (isolated / "atexit-ran").read_text() == "yes"


@pytest.mark.parametrize("content, fragment", [(None, "model file not found"),
                                               (b"GGUF\x03\x00\x00\x00" + b"\x00" * 40, "llama.cpp could not load")])
def test_process_model_error_is_one_line(needle, marks, tmp_path, content, fragment):
    model = tmp_path / "m.gguf"
    if content:
        model.write_bytes(content)
    result = needle("--tools-dir", marks, "--model", model, "mark it")
    assert result.returncode == 2 and result.stdout == ""
    one_error_line(result.stderr, fragment)


def test_process_no_terminal_refuses(needle, marks, isolated):
    result = needle("--tools-dir", marks, "--tool", "mark", "mark it")
    assert result.returncode == 2 and ran(isolated) == []
    one_error_line(result.stderr, "no terminal")
    always = needle("--tools-dir", marks, "--tool", "careful", "--yes", "mark it")
    assert always.returncode == 2 and ran(isolated) == []
    one_error_line(always.stderr, "confirm: always")


def test_process_failing_command_and_json_keeps_stdout_clean(needle, tools_dir):
    directory = tools_dir([{"name": "loud", "run": ["sh", "-c", "echo LOUD; exit 7"]}])
    result = needle("--tools-dir", directory, "--tool", "loud", "--yes", "--json", "shout")
    assert result.returncode == 7
    assert json.loads(result.stdout)["calls"][0]["command"] == ["sh", "-c", "echo LOUD; exit 7"]
    assert "LOUD" in result.stderr and "exit code 7" in result.stderr


def test_process_batch(needle, marks, isolated):
    result = needle("batch", "--tools-dir", marks, input='{"id": 1, "query": "mark"}\n{"id": 2\n')
    assert result.returncode == 0, result.stderr
    first, second = [json.loads(line) for line in result.stdout.splitlines()]
    assert first["id"] == 1 and isinstance(first["calls"], list)
    assert second == {"id": None, "error": second["error"]} and "invalid JSON" in second["error"]
    assert result.stderr == "" and ran(isolated) == []


@pytest.mark.parametrize("answer, code", [("y\n", 0), ("n\n", 1), ("\x04", 1)])  # \x04: Ctrl-D, end of input
def test_process_terminal_confirmation(isolated, marks, answer, code):
    command = f"echo 'mark it' | {PY} -m needle_cli --tools-dir {marks} --tool mark"
    status, output = run_in_pty(command, isolated, answer=answer)
    assert "Run this command? [Y/n]" in output
    assert status == code, output
    assert "$ " in output  # the panel with the command came first
    assert len(ran(isolated)) == (1 if code == 0 else 0)


def test_process_no_arguments_on_a_terminal_prints_help(isolated):
    status, output = run_in_pty(f"{PY} -m needle_cli", isolated)
    assert status == 2 and "Usage" in output and "batch" in output


def test_lazily_registered_commands(invoke, monkeypatch, tmp_path):
    (tmp_path / "needle_ext_ok.py").write_text(
        "import typer\napp = typer.Typer()\n@app.command()\ndef hello(name: str = 'x'):\n"
        "    '''Say hello.'''\n    print('hello', name)\n")
    (tmp_path / "needle_ext_broken.py").write_text("import needle_no_such_dependency\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(cli, "LAZY_COMMANDS", {"ok": "needle_ext_ok", "broken": "needle_ext_broken",
                                               "absent": "needle_ext_absent"})
    assert "ok" in invoke("--help").stdout and "absent" not in invoke("--help").stdout
    result = invoke("ok", "--name", "needle")
    assert result.exit_code == 0 and result.stdout.strip() == "hello needle"
    broken = invoke("broken", "--anything")
    assert broken.exit_code == 2
    one_error_line(broken.stderr, "pip install 'needle-cli[broken]'")
