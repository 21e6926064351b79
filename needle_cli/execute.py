"""From a validated call to a process: fill the tool's template, then run it without a shell.

Values come from the model and are untrusted. In `run` tools each value lands inside one argv element (never
parsed by a shell). In `shell` tools each value is one shlex-quoted word.

Left-out optional arguments (no value and no default):
- `run`: an argv element that mentions one is dropped; a nested list in `run` is an optional group, dropped as a
  whole when any of its elements mentions one (`[ls, [-n, "{count}"], "{path}"]`).
- `shell`: the placeholder becomes an empty word `''`.
An array value that fills a whole argv element becomes one element per item; elsewhere its items are joined with
commas (argv) or given as separate quoted words (shell).

A value that would begin a word with `-` is refused (UnsafeValue): the program would read it as an option
(`--output=~/.bashrc` as curl's URL, `-delete` as find's path). Where a tool wants such values it writes them
after the option they belong to (`--regexp={pattern}`) or after `--`, which ends a run list's options; values of
an enum are the tool author's own and always allowed.
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
from typing import Any

from .tools import Tool, template_fields

SHELL = "/bin/sh"


def value_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else ",".join(map(value_text, value))
    return str(value)


def _values(tool: Tool, arguments: dict) -> dict:
    values = {p.name: p.default for p in tool.params if p.default is not None}
    values.update({k: v for k, v in arguments.items() if v is not None})
    return values


class UnsafeValue(ValueError):
    """A model's value that a program would take for an option."""


def _check_word(tool: Tool, name: str, word: str) -> None:
    """Refuse `word`, which begins a program's argument with parameter `name`'s value, if it reads as an option."""
    param = tool.param(name)
    if word.startswith("-") and word != "-" and not (param is not None and "enum" in param.schema):
        raise UnsafeValue(f"{tool.name}: refusing {word!r} for {name}: the program would read it as an option")


def _fill_element(text: str, values: dict) -> list[str] | None:
    """One argv element after substitution (an array may expand it to several); None when a value is missing."""
    parts = template_fields(text, "run")
    if len(parts) == 1 and parts[0][0] == "" and parts[0][1] is not None:
        value = values.get(parts[0][1])
        if isinstance(value, list):
            return [value_text(v) for v in value]
    out = ""
    for literal, name in parts:
        out += literal
        if name is not None:
            if name not in values:
                return None
            out += value_text(values[name])
    return [out]


def build_argv(tool: Tool, arguments: dict) -> list[str] | None:
    """The argv that running `tool` with `arguments` executes; None for a tool with nothing to run."""
    values = _values(tool, arguments)
    if tool.shell is not None:
        line = ""
        for literal, name in template_fields(tool.shell, "shell"):
            line += literal
            if name is not None:
                value = values.get(name)
                if name in values and (not line or line[-1].isspace() or line[-1] in ";&|("):  # begins a word
                    for item in value if isinstance(value, list) else [value]:
                        _check_word(tool, name, value_text(item))
                if isinstance(value, list):
                    line += " ".join(shlex.quote(value_text(v)) for v in value) if value else "''"
                else:
                    line += shlex.quote(value_text(value)) if name in values else "''"
        return [SHELL, "-c", line]
    if tool.run is None:
        return None
    argv: list[str] = []
    options_ended = False  # after a literal `--`, nothing is an option
    for item in tool.run:
        group = item if isinstance(item, list) else [item]
        filled = [_fill_element(str(part), values) for part in group]
        if isinstance(item, list) and any(f is None for f in filled):
            continue
        for part, words in zip(map(str, group), filled):
            if words is None:
                continue
            first = template_fields(part, "run")[0]
            if not options_ended and first[0] == "" and first[1] is not None:  # begins with a value
                for word in words:
                    _check_word(tool, first[1], word)
            options_ended = options_ended or part == "--"
            argv += words
    return argv


def display(argv: list[str]) -> str:
    """How a command reads when shown to the user: the shell line for shell tools, shell-quoted argv otherwise."""
    return argv[2] if _is_shell(argv) else shlex.join(argv)


def _is_shell(argv: list[str]) -> bool:
    return len(argv) == 3 and argv[:2] == [SHELL, "-c"]


def shell_line(argvs: list[list[str]]) -> str:
    """Commands as one line to edit and run in an interactive shell: each as `display` shows it, joined with
    ` && `. With several, a shell tool's line that holds `;`, `&`, `|`, `#` or a newline would mix with the `&&`s,
    so it is kept whole as `/bin/sh -c '...'`."""
    if len(argvs) == 1:
        return display(argvs[0])
    parts = []
    for argv in argvs:
        text = display(argv)
        if _is_shell(argv) and re.search(r"[;&|#\n]", text):
            text = shlex.join(argv)
        parts.append(text)
    return " && ".join(parts)


def run_argv(argv: list[str], stdout: int | None = None) -> int:
    """Run one command (no shell involved beyond a shell tool's own /bin/sh) and return its exit code.

    `stdout` is a file descriptor for the command's output (needle's own stdout when None).
    """
    try:
        return subprocess.run(argv, stdout=stdout).returncode
    except FileNotFoundError:
        raise ExecError(f"command not found: {argv[0]}", 127) from None
    except PermissionError:
        raise ExecError(f"permission denied: {argv[0]}", 126) from None


class ExecError(Exception):
    def __init__(self, message: str, code: int):
        super().__init__(message)
        self.code = code
