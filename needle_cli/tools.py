"""Tool declarations: the YAML schema, loading it from tool dirs, and checking arguments against it.

A tool's parameters are kept as one JSON Schema object (`Tool.json_schema`), whichever of the two accepted
spellings the file used; the grammar, the prompt and argument validation all read that one form.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import string
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*\Z")
TYPES = {
    # canonical JSON Schema names, plus the spellings other tool formats use
    "string": "string", "str": "string",
    "integer": "integer", "int": "integer",
    "number": "number", "float": "number",
    "boolean": "boolean", "bool": "boolean",
    "array": "array", "list": "array", "tuple": "array",
    "object": "object", "dict": "object",
}
TOOL_KEYS = {"name", "description", "parameters", "run", "shell", "confirm", "examples"}
PARAM_KEYS = {"type", "description", "required", "default", "enum", "items", "properties"}


class ToolError(Exception):
    """A problem in a tool declaration, located by file and line when known."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        super().__init__(message)
        self.message, self.path, self.line = message, path, line

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}: " if self.path and self.line else f"{self.path}: " if self.path else ""
        return where + self.message


@dataclass
class Param:
    name: str
    schema: dict  # JSON Schema fragment: type, and enum / items / properties where given
    description: str = ""
    required: bool = False
    default: Any = None  # None means no default


@dataclass
class Tool:
    name: str
    description: str = ""
    params: list[Param] = field(default_factory=list)
    run: list | None = None  # argv template; a nested list is an optional group
    shell: str | None = None  # /bin/sh template; values are shlex-quoted
    confirm: bool | str = True  # True, False or "always"
    examples: list[str] = field(default_factory=list)
    source: str | None = None

    @property
    def json_schema(self) -> dict:
        return {
            "type": "object",
            "properties": {p.name: p.schema for p in self.params},
            "required": [p.name for p in self.params if p.required],
        }

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def as_dict(self) -> dict:
        """Its fields as plain data (dataclasses.asdict copies deeply, 15x slower); from_dict inverts it."""
        return {**vars(self), "params": [vars(p) for p in self.params]}

    @classmethod
    def from_dict(cls, data: dict) -> Tool:
        return cls(**{**data, "params": [Param(**p) for p in data["params"]]})


@dataclass
class Catalog:
    tools: list[Tool]
    problems: list[ToolError]

    def get(self, name: str) -> Tool | None:
        return next((t for t in self.tools if t.name == name), None)


# ---------------------------------------------------------------- YAML with line numbers


class _LineDict(dict):
    line: int | None = None


@functools.cache
def _line_loader():
    """pyyaml's safe loader (libyaml's when pyyaml has it: ~5x faster) keeping each mapping's line. Made, and yaml
    imported, on first use: a call whose tool files are all in the cache never needs it."""
    import yaml

    class LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        pass

    def construct_mapping(loader, node) -> _LineDict:
        mapping = _LineDict(loader.construct_mapping(node, deep=True))
        mapping.line = node.start_mark.line + 1
        return mapping

    LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return LineLoader


def _line(obj: Any) -> int | None:
    return getattr(obj, "line", None)


# ---------------------------------------------------------------- parameters


def _schema(spec: Any, where: str, path, line) -> dict:
    """Normalize one parameter spec (short YAML form or JSON Schema) into a JSON Schema fragment."""
    if isinstance(spec, str):
        spec = {"type": spec}
    if not isinstance(spec, dict):
        raise ToolError(f"{where}: expected a mapping with a type, got {spec!r}", path, line)
    line = _line(spec) or line
    enum = spec.get("enum")
    raw_type = spec.get("type")
    if raw_type is None and isinstance(enum, list) and enum:
        raw_type = {bool: "boolean", int: "integer", float: "number"}.get(type(enum[0]), "string")
    if raw_type is None:
        raise ToolError(f"{where}: missing type (one of string, integer, number, boolean, array)", path, line)
    kind = TYPES.get(str(raw_type).lower())
    if kind is None:
        raise ToolError(
            f"{where}: unknown type {raw_type!r} (use string, integer, number, boolean, array or object)", path, line
        )
    out: dict = {"type": kind}
    if enum is not None:
        if not isinstance(enum, list) or not enum:
            raise ToolError(f"{where}: enum must be a non-empty list", path, line)
        if kind in ("array", "object"):
            raise ToolError(f"{where}: enum is only for scalar types", path, line)
        for value in enum:
            if validate_value(value, {"type": kind}):
                raise ToolError(f"{where}: enum value {value!r} is not a {kind}", path, line)
        out["enum"] = list(enum)
    if kind == "array":
        out["items"] = _schema(spec.get("items", "string"), f"{where} items", path, line)
    if kind == "object" and spec.get("properties"):
        props = spec["properties"]
        if not isinstance(props, dict):
            raise ToolError(f"{where}: properties must be a mapping", path, line)
        out["properties"] = {k: _schema(v, f"{where}.{k}", path, line) for k, v in props.items()}
        required = spec.get("required") or []
        if not isinstance(required, list) or set(required) - set(props):
            raise ToolError(f"{where}: required must list names from properties", path, line)
        out["required"] = list(required)
    return out


def _params(raw: Any, path, line) -> list[Param]:
    if raw is None:
        return []
    if not isinstance(raw, dict):
        raise ToolError("parameters must be a mapping of name to spec", path, line)
    line = _line(raw) or line
    is_json_schema = raw.get("type") in ("object", "dict") and isinstance(raw.get("properties", {}), dict)
    if is_json_schema:
        props, required = raw.get("properties") or {}, raw.get("required") or []
        if not isinstance(required, list):
            raise ToolError("parameters.required must be a list of names", path, line)
        unknown = set(required) - set(props)
        if unknown:
            raise ToolError(f"parameters.required names unknown parameters: {sorted(unknown)}", path, line)
    else:
        props, required = raw, None
    params = []
    for name, spec in props.items():
        name = str(name)
        where = f"parameter {name!r}"
        if not NAME_RE.match(name):
            raise ToolError(f"{where}: invalid name", path, line)
        if isinstance(spec, dict):
            unknown = set(spec) - PARAM_KEYS
            if unknown and not is_json_schema:
                raise ToolError(f"{where}: unknown key {sorted(unknown)[0]!r} (known: {', '.join(sorted(PARAM_KEYS))})",
                                path, _line(spec) or line)
        schema = _schema(spec, where, path, line)
        spec = spec if isinstance(spec, dict) else {}
        is_required = name in required if required is not None else spec.get("required", False)
        if not isinstance(is_required, bool):
            raise ToolError(f"{where}: required must be true or false", path, _line(spec) or line)
        default = spec.get("default")
        if default is not None and validate_value(default, schema):
            raise ToolError(f"{where}: default {default!r} does not match its type", path, _line(spec) or line)
        params.append(Param(name, schema, str(spec.get("description") or ""), is_required, default))
    return params


# ---------------------------------------------------------------- templates


def template_fields(text: str, where: str, path=None, line=None) -> list[tuple[str, str | None]]:
    """Split a template into (literal, field) pairs; `{{` and `}}` are literal braces."""
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise ToolError(f"{where}: {exc} (write {{{{ and }}}} for literal braces)", path, line) from None
    for _, name, spec, conversion in parts:
        if name is not None and (spec or conversion or not NAME_RE.match(name) or "." in name):
            raise ToolError(f"{where}: placeholder {{{name}}} must be a plain parameter name", path, line)
    return [(literal, name) for literal, name, _, _ in parts]


def _quoted_placeholder(text: str) -> str | None:
    """The first placeholder that sits inside shell quotes, where shlex.quote would be wrong."""
    quote = None
    for literal, name in template_fields(text, "shell"):
        escaped = False
        for ch in literal:
            if escaped:
                escaped = False
            elif ch == "\\" and quote != "'":
                escaped = True
            elif quote is None and ch in "'\"":
                quote = ch
            elif ch == quote:
                quote = None
        if name is not None and quote is not None:
            return name
    return None


def _check_template(tool: Tool, path, line) -> None:
    names = {p.name for p in tool.params}
    texts: list[str] = []
    if tool.run is not None:
        if not isinstance(tool.run, list) or not tool.run:
            raise ToolError("run must be a non-empty list (argv); use shell: for a shell command line", path, line)
        for item in tool.run:
            group = item if isinstance(item, list) else [item]
            if not group or not all(isinstance(x, (str, int, float)) and not isinstance(x, bool) for x in group):
                raise ToolError("run items must be strings, or lists of strings for optional groups", path, line)
            texts += [str(x) for x in group]
    if tool.shell is not None:
        if not isinstance(tool.shell, str) or not tool.shell.strip():
            raise ToolError("shell must be a non-empty string", path, line)
        texts.append(tool.shell)
        inside = _quoted_placeholder(tool.shell)
        if inside:
            raise ToolError(f"shell: placeholder {{{inside}}} is inside quotes; leave it bare, needle quotes values",
                            path, line)
    for text in texts:
        for _, name in template_fields(text, "run" if tool.run is not None else "shell", path, line):
            if name is not None and name not in names:
                raise ToolError(f"placeholder {{{name}}} has no such parameter", path, line)


def parse_tool(raw: Any, path: str | None = None, line: int | None = None) -> Tool:
    """Build a Tool from one declaration (needle YAML, or an OpenAI/BFCL-style function definition)."""
    if isinstance(raw, dict) and raw.get("type") == "function" and isinstance(raw.get("function"), dict):
        raw = raw["function"]
    if not isinstance(raw, dict):
        raise ToolError(f"a tool must be a mapping, got {type(raw).__name__}", path, line)
    line = _line(raw) or line
    unknown = set(raw) - TOOL_KEYS
    if unknown:
        raise ToolError(f"unknown key {sorted(unknown)[0]!r} (known: {', '.join(sorted(TOOL_KEYS))})", path, line)
    name = raw.get("name")
    if not isinstance(name, str) or not NAME_RE.match(name):
        raise ToolError(f"tool name {name!r} is missing or invalid (letters, digits, _ . -)", path, line)
    if raw.get("run") is not None and raw.get("shell") is not None:
        raise ToolError(f"tool {name!r}: give run or shell, not both", path, line)
    confirm = raw.get("confirm", True)
    if confirm not in (True, False, "always"):
        raise ToolError(f"tool {name!r}: confirm must be true, false or always", path, line)
    examples = raw.get("examples") or []
    if not isinstance(examples, list) or not all(isinstance(e, str) for e in examples):
        raise ToolError(f"tool {name!r}: examples must be a list of strings", path, line)
    try:
        params = _params(raw.get("parameters"), path, line)
    except ToolError as exc:
        raise ToolError(f"tool {name!r}: {exc.message}", exc.path, exc.line) from None
    tool = Tool(name, str(raw.get("description") or "").strip(), params, raw.get("run"), raw.get("shell"), confirm,
                examples, str(path) if path else None)
    try:
        _check_template(tool, path, line)
    except ToolError as exc:
        raise ToolError(f"tool {name!r}: {exc.message}", exc.path, exc.line) from None
    return tool


def _cache_entry(path: Path, content: bytes) -> tuple[Path, str]:
    """Where a tool file's parsed tools are kept, and the key they are kept under: a hash of the file's content,
    needle's version and this module's mtime (a changed file, or parser, is a new key)."""
    from . import __version__, kvcache

    h = hashlib.sha256(content)
    h.update(f"\0{__version__}\0{Path(__file__).stat().st_mtime_ns}".encode())
    name = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:32]
    return kvcache.cache_root() / "tools" / f"{name}.json", h.hexdigest()


def _cached_tools(where: Path, key: str) -> list[Tool] | None:
    """The tools kept under `key`; None when there are none, or the cache file is unusable (it is only a
    speed-up: about 100 ms of YAML for a 500-tool catalog)."""
    try:
        data = json.loads(where.read_text(encoding="utf-8"))
        return [Tool.from_dict(t) for t in data["tools"]] if data["key"] == key else None
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return None


def _remember_tools(where: Path, key: str, tools: list[Tool]) -> None:
    data = [t.as_dict() for t in tools]
    text = json.dumps({"key": key, "tools": data}, ensure_ascii=False, default=repr)
    if json.loads(text)["tools"] != data:  # a value JSON does not carry as it is (a YAML date): not cached
        return
    tmp = None
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=where.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, where)
    except OSError:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def load_file(path: Path) -> tuple[list[Tool], list[ToolError]]:
    """All tools in one YAML file; one bad tool does not hide the good ones beside it. A file that loaded without
    problems is kept parsed in the cache dir, by its content."""
    try:
        content = path.read_bytes()
        text = content.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [ToolError(f"cannot read: {exc}", path)]
    where, key = _cache_entry(path, content)
    cached = _cached_tools(where, key)
    if cached is not None:
        return cached, []
    import yaml

    try:
        data = yaml.load(text, Loader=_line_loader())
    except (yaml.YAMLError, ValueError, RecursionError) as exc:  # ValueError: a date like 2024-13-45
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or (str(exc).splitlines() or ["nested too deeply"])[0]
        return [], [ToolError(f"invalid YAML: {problem}", path, mark.line + 1 if mark else None)]
    if data is None:
        return [], []
    if isinstance(data, dict) and "tools" in data and "name" not in data:
        data = data["tools"]
    entries = data if isinstance(data, list) else [data]
    tools, problems = [], []
    for entry in entries:
        try:
            tools.append(parse_tool(entry, str(path), _line(entry)))
        except ToolError as exc:
            problems.append(exc)
    if not problems:
        _remember_tools(where, key, tools)
    return tools, problems


def tool_files(dirs: list[Path]) -> list[Path]:
    files: list[Path] = []
    for d in dirs:
        if d.is_dir():
            files += sorted(p for p in d.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    return files


def load_catalog(dirs: list[Path]) -> Catalog:
    """Load every tool file in `dirs`; problems are collected, duplicate names keep the first."""
    tools: dict[str, Tool] = {}
    problems: list[ToolError] = []
    for path in tool_files(dirs):
        found, bad = load_file(path)
        problems += bad
        for tool in found:
            if tool.name in tools:
                problems.append(ToolError(f"duplicate tool name {tool.name!r} (first declared in {tools[tool.name].source})",
                                          path))
            else:
                tools[tool.name] = tool
    return Catalog(list(tools.values()), problems)


# ---------------------------------------------------------------- a new tool file

TOOL_TEMPLATE = """\
# A needle tool. Edit it, then check it with: needle tools validate
# The README's "Writing tools" section describes every key.
name: {name}
description: What this tool does, in a few words; the model reads this to pick it
parameters:                           # each: type, description, required, default, enum
  target: {{type: string, description: What to act on, required: true}}
  count: {{type: integer, description: How many times, default: 1}}
run: [echo, {name}, "{{target}}", [--count, "{{count}}"]]   # argv, no shell; or shell: "echo {{target}}"
confirm: true                         # true: ask before running; false: just run; always: ask even with --yes
examples: [{example}]
"""


def scaffold(name: str) -> str:
    """The text of a commented, valid tool file named `name` (which must match NAME_RE), to edit."""
    return TOOL_TEMPLATE.format(name=json.dumps(name), example=json.dumps(f"{name} the thing"))


# ---------------------------------------------------------------- validating values


def validate_value(value: Any, schema: dict, where: str = "value") -> list[str]:
    """Problems with `value` against a JSON Schema fragment of the supported subset; [] when it is valid."""
    kind = schema.get("type")
    ok = {
        "string": isinstance(value, str),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, (int, float)) and not isinstance(value, bool),
        "boolean": isinstance(value, bool),
        "array": isinstance(value, list),
        "object": isinstance(value, dict),
    }.get(kind, True)
    if not ok:
        return [f"{where}: expected {kind}, got {type(value).__name__}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{where}: {value!r} is not one of {schema['enum']}"]
    if kind == "array":
        return [e for i, item in enumerate(value) for e in validate_value(item, schema.get("items", {}), f"{where}[{i}]")]
    if kind == "object" and "properties" in schema:
        return validate_object(value, schema, where)
    return []


def validate_object(value: dict, schema: dict, where: str = "arguments") -> list[str]:
    props = schema.get("properties", {})
    errors = [f"{where}: unknown argument {k!r}" for k in value if k not in props]
    errors += [f"{where}: missing required argument {k!r}" for k in schema.get("required", []) if k not in value]
    for key, item in value.items():
        if key in props:
            errors += validate_value(item, props[key], f"{where}.{key}")
    return errors


def validate_arguments(tool: Tool, arguments: Any) -> list[str]:
    if not isinstance(arguments, dict):
        return [f"{tool.name}: arguments must be an object"]
    return validate_object(arguments, tool.json_schema, tool.name)
