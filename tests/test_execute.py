"""From a call to a process: templates, optional groups, quoting of hostile values, exit codes."""

from __future__ import annotations

import json
import os
import shlex
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from needle_cli.execute import SHELL, ExecError, UnsafeValue, build_argv, display, run_argv
from needle_cli.tools import parse_tool

from conftest import PY

HOSTILE = [
    "x; touch PWNED",
    "$(touch PWNED2)",
    "`touch PWNED3`",
    "a'b\"c\\d",
    "a --help",
    "x -rf /",
    "-",
    "line1\nline2 && touch PWNED4",
    "* ? [a] ~ {x} | > < & !",
    "",
    "ünïcödé ✓",
]

ARGV_TOOL = parse_tool({
    "name": "record",
    "parameters": {"name": {"type": "string", "required": True}},
    "run": [PY, "-c", "import sys, json; json.dump(sys.argv[1:], open('args.json', 'w'))", "{name}"],
})
SHELL_TOOL = parse_tool({
    "name": "save",
    "parameters": {"name": {"type": "string", "required": True}},
    "shell": "printf %s {name} > out.txt",
})


def no_pwned(directory: Path) -> None:
    assert not [p.name for p in directory.iterdir() if p.name.startswith("PWNED")]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_value_is_one_verbatim_argument(isolated, value):
    argv = build_argv(ARGV_TOOL, {"name": value})
    assert argv[-1] == value
    assert run_argv(argv) == 0
    assert json.loads((isolated / "args.json").read_text()) == [value]
    no_pwned(isolated)


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_value_is_one_verbatim_shell_word(isolated, value):
    argv = build_argv(SHELL_TOOL, {"name": value})
    assert argv[:2] == [SHELL, "-c"]
    assert run_argv(argv) == 0
    assert (isolated / "out.txt").read_text() == value
    no_pwned(isolated)


OPTIONS = ["--help", "-rf /", "--output=/tmp/PWNED5", "-delete"]


@pytest.mark.parametrize("value", OPTIONS)
def test_a_value_a_program_would_read_as_an_option_is_refused(isolated, value):
    for tool in (ARGV_TOOL, SHELL_TOOL):
        with pytest.raises(UnsafeValue, match="option"):
            build_argv(tool, {"name": value})
    many = parse_tool({"name": "m", "parameters": {"names": {"type": "array", "items": {"type": "string"}}},
                       "run": ["ls", "{names}"]})
    with pytest.raises(UnsafeValue):
        build_argv(many, {"names": ["ok", value]})
    # after `--`, as part of an option's own word, or one of the tool's enum values, it is what the tool asked for
    after = parse_tool({"name": "a", "parameters": {"name": "string"}, "run": ["ls", "--", "{name}"]})
    assert build_argv(after, {"name": value}) == ["ls", "--", value]
    joined = parse_tool({"name": "j", "parameters": {"name": "string"}, "run": ["grep", "--regexp={name}"]})
    assert build_argv(joined, {"name": value}) == ["grep", f"--regexp={value}"]
    chosen = parse_tool({"name": "c", "parameters": {"flag": {"type": "string", "enum": [value, "x"]}},
                         "run": ["ls", "{flag}"]})
    assert build_argv(chosen, {"flag": value}) == ["ls", value]
    inside = parse_tool({"name": "i", "parameters": {"name": "string"}, "shell": "echo x{name}"})
    assert build_argv(inside, {"name": value})[2] == "echo x" + shlex.quote(value)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(exclude_characters="\x00", exclude_categories=("Cs",)), max_size=40))
def test_any_text_survives_shell_quoting(isolated, value):
    if value.startswith("-") and value != "-":
        with pytest.raises(UnsafeValue):
            build_argv(SHELL_TOOL, {"name": value})
        return
    assert run_argv(build_argv(SHELL_TOOL, {"name": value})) == 0
    assert (isolated / "out.txt").read_bytes().decode("utf-8", "surrogateescape") == value
    no_pwned(isolated)


def test_optional_group_is_dropped_as_a_whole_when_a_value_is_missing():
    tool = parse_tool({"name": "ls", "parameters": {"path": {"type": "string", "default": "."}, "count": "integer",
                                                     "sort": {"enum": ["size", "time"]}},
                       "run": ["ls", ["-n", "{count}"], "--sort={sort}", "--", "{path}"]})
    assert build_argv(tool, {}) == ["ls", "--", "."]
    assert build_argv(tool, {"count": 3, "sort": "size", "path": "/tmp"}) == \
        ["ls", "-n", "3", "--sort=size", "--", "/tmp"]
    assert build_argv(tool, {"count": None, "path": "p"}) == ["ls", "--", "p"]  # null is the same as left out


def test_values_become_text():
    tool = parse_tool({"name": "t", "parameters": {"flag": "boolean", "n": "number", "items": {"type": "array"},
                                                    "nums": {"type": "array", "items": "integer"}},
                       "run": ["t", "--flag={flag}", "{n}", "{items}", "--nums={nums}"]})
    assert build_argv(tool, {"flag": True, "n": 1.5, "items": ["a b", "c"], "nums": [1, 2]}) == \
        ["t", "--flag=true", "1.5", "a b", "c", "--nums=1,2"]
    assert build_argv(tool, {"flag": False, "items": []}) == ["t", "--flag=false"]


def test_literal_braces():
    tool = parse_tool({"name": "t", "parameters": {"x": "string"}, "run": ["echo", "{{x}}={x}"]})
    assert build_argv(tool, {"x": "1"}) == ["echo", "{x}=1"]


def test_shell_missing_values_and_arrays():
    tool = parse_tool({"name": "t", "parameters": {"a": "string", "files": {"type": "array"}, "d": {
        "type": "integer", "default": 5}}, "shell": "cmd {a} {files} -d {d}"})
    assert build_argv(tool, {})[2] == "cmd '' '' -d 5"
    assert build_argv(tool, {"a": "x y", "files": ["1", "it's"], "d": 7})[2] == "cmd 'x y' 1 'it'\"'\"'s' -d 7"


def test_a_tool_with_nothing_to_run():
    assert build_argv(parse_tool({"name": "t", "parameters": {"x": "string"}}), {"x": "y"}) is None


def test_display():
    assert display(["ls", "-l", "my file"]) == "ls -l 'my file'"
    assert display([SHELL, "-c", "du -sh . | sort"]) == "du -sh . | sort"


def test_exit_code_of_the_command_comes_back(tmp_path):
    assert run_argv(["false"]) == 1
    assert run_argv([SHELL, "-c", "exit 7"]) == 7
    with pytest.raises(ExecError) as missing:
        run_argv(["needle-test-no-such-command"])
    assert missing.value.code == 127 and "not found" in str(missing.value)
    script = tmp_path / "script"
    script.write_text("#!/bin/sh\nexit 0\n")
    os.chmod(script, stat.S_IRUSR | stat.S_IWUSR)
    if os.geteuid() != 0 or not os.access(script, os.X_OK):
        with pytest.raises(ExecError) as denied:
            run_argv([str(script)])
        assert denied.value.code == 126


def test_stdout_can_be_sent_elsewhere(tmp_path):
    with open(tmp_path / "o.txt", "w") as f:
        assert run_argv([SHELL, "-c", "echo hi"], stdout=f.fileno()) == 0
    assert (tmp_path / "o.txt").read_text() == "hi\n"
