"""From a request to calls: prompt and grammar from the tools, one greedy completion, then validation again."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field

from . import grammar
from .engine import Completion, Engine
from .ranking import top_tools
from .tools import Tool, validate_arguments


class RoutingError(Exception):
    """The model's answer could not be used (it should not happen under the grammar, but we check)."""


@dataclass
class Call:
    name: str
    arguments: dict

    def as_dict(self) -> dict:
        return {"name": self.name, "arguments": self.arguments}


@dataclass
class Route:
    query: str
    calls: list[Call]
    completion: Completion
    seconds: float  # wall time of prompt building, grammar, completion and checks
    tools: list[Tool] = field(default_factory=list)


def parse_calls(text: str, tools: list[Tool]) -> list[Call]:
    """Decode and check an answer: the model's output is untrusted even under a grammar."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RoutingError(f"the model's answer is not valid JSON ({exc.msg})") from None
    if not isinstance(data, list):
        raise RoutingError("the model's answer is not a list of calls")
    by_name = {t.name: t for t in tools}
    calls = []
    for item in data:
        if not isinstance(item, dict) or set(item) != {"name", "arguments"}:
            raise RoutingError("the model's answer has a malformed call")
        tool = by_name.get(item["name"])
        if tool is None:
            raise RoutingError(f"the model called an unknown tool {item['name']!r}")
        problems = validate_arguments(tool, item["arguments"])
        if problems:
            raise RoutingError(f"the model's call is invalid: {problems[0]}")
        calls.append(Call(tool.name, item["arguments"]))
    return calls


MAX_TOOLS = 64  # larger catalogs are narrowed to the TOP_K most relevant tools for each request
TOP_K = 16


def route(engine: Engine, tools: list[Tool], query: str, forced: Tool | None = None,
          max_tokens: int = 512, max_tools: int = MAX_TOOLS, top_k: int = TOP_K) -> Route:
    """Ask the model which of `tools` to call for `query`; with `forced`, only its arguments are left to choose.

    Up to `max_tools` tools go to the model as they are (same prompt prefix every time, so its KV state is
    reused); a larger catalog is narrowed per request to the `top_k` that best match it lexically."""
    start = time.perf_counter()
    if forced:
        candidates = [forced]
    elif len(tools) > max_tools:
        candidates = top_tools(tools, query, top_k)
    else:
        candidates = tools
    gbnf = grammar.calls_gbnf(candidates, min_calls=1 if forced else 0)
    prefix, suffix = engine.render(candidates, query)
    completion = engine.complete(prefix, suffix, gbnf, max_tokens=max_tokens)
    if not completion.finished:
        raise RoutingError(f"the model's answer did not finish within {max_tokens} tokens")
    calls = parse_calls(completion.text, candidates)
    return Route(query, calls, completion, time.perf_counter() - start, candidates)
