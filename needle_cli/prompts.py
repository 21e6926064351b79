"""The model's prompt formats, shared by training and the CLI so both see exactly the same text.

`needle-v1` is the project's own format, named by the GGUF key `needle.prompt_format`. The tool catalog comes
first and the request last, so the KV state of the catalog prefix can be reused across requests. Any other GGUF
is prompted through its chat template when it has one (`chat`), or as a plain completion (`plain`).

`needle-v2` is the same text, computed differently: each tool's line is a block that sees only the catalog's
header and itself, at positions that restart after the header, and what follows the catalog comes after the
longest block. A tool's KV state then does not depend on the other tools, so it is computed once and a catalog
narrowed per request is put together from cached blocks (engine.py) instead of being prefilled again.
"""

from __future__ import annotations

import json
from typing import Any

from .tools import Tool

FORMAT_KEY = "needle.prompt_format"
NO_CALL_KEY = "needle.no_call_weight"  # the model's calibration for the router's no-call prior (priors.py)
NATIVE = "needle-v1"
BLOCKS = "needle-v2"
CATALOG_HEAD, CATALOG_TAIL = "<tools>\n", "</tools>\n"


def type_text(schema: dict) -> str:
    """A parameter's type the way a Python-literate model reads it: string, integer[], "a"|"b"."""
    if "enum" in schema:
        return "|".join(json.dumps(v, ensure_ascii=False) for v in schema["enum"])
    if schema.get("type") == "array":
        return type_text(schema.get("items", {"type": "string"})) + "[]"
    return schema.get("type", "string")


def tool_line(tool: Tool) -> str:
    """One tool as a signature line, then its descriptions: `name(a: string, b?: integer = 1) - what it does`."""
    args = []
    for p in tool.params:
        arg = f"{p.name}{'' if p.required else '?'}: {type_text(p.schema)}"
        if p.default is not None:
            arg += f" = {json.dumps(p.default, ensure_ascii=False)}"
        args.append(arg)
    line = f"{tool.name}({', '.join(args)})"
    notes = [tool.description] if tool.description else []
    notes += [f"{p.name}: {p.description}" for p in tool.params if p.description]
    return line + (" - " + " ".join(n if n.endswith(".") else n + "." for n in notes) if notes else "")


def catalog_text(tools: list[Tool]) -> str:
    """The reusable prefix of a native prompt."""
    return CATALOG_HEAD + "".join(tool_block(t) for t in tools) + CATALOG_TAIL


def tool_block(tool: Tool) -> str:
    """A tool's part of the catalog: in needle-v2, a block of its own."""
    return tool_line(tool) + "\n"


def request_text(query: str) -> str:
    return f"<request>{' '.join(query.split())}</request>\n<calls>"


def native_prompt(tools: list[Tool], query: str) -> str:
    return catalog_text(tools) + request_text(query)


def calls_text(calls: list[dict[str, Any]], tools: list[Tool]) -> str:
    """The canonical answer: a compact JSON list of {"name", "arguments"}, arguments in the order the grammar
    emits them; `[]` when no tool fits."""
    from .grammar import argument_order

    by_name = {t.name: t for t in tools}
    ordered = []
    for call in calls:
        order = argument_order(by_name[call["name"]])
        args = call["arguments"]
        ordered.append({"name": call["name"], "arguments": {k: args[k] for k in order if k in args}})
    return json.dumps(ordered, ensure_ascii=False, separators=(",", ":"))


PLAIN_REQUEST = "\nRequest: "
INSTRUCTION = (
    "You route a user's request to tools. Answer with a JSON list of calls, each "
    '{"name": <tool name>, "arguments": {<argument>: <value>}}, using only the tools below and values taken '
    "from the request. Answer [] when no tool fits.\n\nTools:\n"
)


def chat_messages(tools: list[Tool], query: str) -> list[dict[str, str]]:
    """Messages for a generic instruct model; rendered by the model's own chat template."""
    catalog = "".join(tool_line(t) + "\n" for t in tools)
    return [{"role": "user", "content": INSTRUCTION + catalog + PLAIN_REQUEST + query}]



def plain_prompt(tools: list[Tool], query: str) -> str:
    """For base models with no chat template: the same instruction as a completion."""
    return chat_messages(tools, query)[0]["content"] + "\nCalls: "
