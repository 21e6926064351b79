"""The GBNF grammar that constrains the model's answer to valid calls of the loaded tools.

The answer is a JSON list of zero or more `{"name": ..., "arguments": {...}}` objects, each naming a loaded tool
with arguments of that tool only: declared keys, every required key, values of the declared type, enum members,
no empty string or list (session 24: the 47 answers with one over the benchmark's 1,831 requests were all wrong).
We describe that as one JSON Schema and let llama-cpp-python's converter write the GBNF. Strings and lists get
length bounds so that even an untrained model always finishes.
"""

from __future__ import annotations

import copy
import re

from .tools import Tool

MAX_CALLS = 8
MAX_STRING = 256
MAX_ITEMS = 32


def _bounded(schema: dict) -> dict:
    out = copy.deepcopy(schema)
    kind = out.get("type")
    if kind == "string" and "enum" not in out:
        out["minLength"], out["maxLength"] = 1, MAX_STRING
    elif kind == "array":
        out["items"] = _bounded(out.get("items", {"type": "string"}))
        out["minItems"], out["maxItems"] = 1, MAX_ITEMS
    elif kind == "object" and "properties" in out:
        out["properties"] = {k: _bounded(v) for k, v in out["properties"].items()}
    return out


def calls_schema(tools: list[Tool], min_calls: int = 0, max_calls: int = MAX_CALLS) -> dict:
    """JSON Schema of an answer: a list of calls of `tools`."""
    alternatives = [
        {
            "type": "object",
            "properties": {"name": {"const": tool.name}, "arguments": _bounded(tool.json_schema)},
            "required": ["name", "arguments"],
        }
        for tool in tools
    ]
    items = alternatives[0] if len(alternatives) == 1 else {"anyOf": alternatives}
    return {"type": "array", "items": items, "minItems": min_calls, "maxItems": max_calls if tools else 0}


_LITERAL_ESCAPES = {"\\": "\\\\", "\r": "\\r", "\n": "\\n", '"': '\\"'}


def _schema_to_gbnf(schema: dict, prop_order: list[str]) -> str:
    """llama-cpp-python's JSON Schema converter, with the literal escaping of llama.cpp's own converter.

    Its `_format_literal` leaves backslashes alone, so an enum value with a quote or a backslash (JSON-encoded as
    `\\"`, `\\\\`) became a broken GBNF literal, which llama.cpp rejects, and llama-cpp-python then crashes.
    """
    from llama_cpp.llama_grammar import SchemaConverter

    class Converter(SchemaConverter):
        def _format_literal(self, literal: str) -> str:
            return '"' + re.sub(r'[\\\r\n"]', lambda m: _LITERAL_ESCAPES[m.group(0)], literal) + '"'

    converter = Converter(prop_order={name: i for i, name in enumerate(prop_order)}, allow_fetch=False,
                          dotall=False, raw_pattern=False)
    converter.visit(converter.resolve_refs(schema, "stdin"), "")
    return converter.format_grammar()


def calls_gbnf(tools: list[Tool], min_calls: int = 0, max_calls: int = MAX_CALLS, compact: bool = False) -> str:
    """The answer grammar. `compact`: no optional spaces between JSON tokens, as needle's own models write their
    answers (prompts.calls_text); then far more of an answer is text the grammar leaves no choice about, which the
    engine does not decode token by token."""
    if not tools:
        return 'root ::= "[]"'
    gbnf = _schema_to_gbnf(calls_schema(tools, min_calls, max_calls), prop_order=["name", "arguments"])
    if compact:
        gbnf = gbnf.replace('space ::= " "?', 'space ::= ""', 1)
    # JSON forbids raw control characters in strings; this converter's `char` rule allows them.
    return gbnf.replace('char ::= [^"\\\\]', 'char ::= [^"\\\\\\x7F\\x00-\\x1F]', 1)


def argument_order(tool: Tool) -> list[str]:
    """The key order the grammar emits: required parameters first, then optional ones, each in declared order."""
    return [p.name for p in tool.params if p.required] + [p.name for p in tool.params if not p.required]
