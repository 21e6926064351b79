"""What routing answers: the calls, how sure the router is of the tool, the model's completion behind them, the
check every answer passes, and the errors routing raises.

Kept apart from the router and the engine (which need numpy and llama.cpp) so that a CLI talking to `needle serve`
checks the server's answer against its own tools without importing any of them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .tools import Tool, validate_arguments


@dataclass
class Completion:
    text: str
    finished: bool  # False when it stopped at the token limit
    prompt_tokens: int
    completion_tokens: int  # the answer's tokens, decoded or jumped over
    prefill_ms: float  # llama.cpp's own timings for this completion: the prompt's evaluation
    decode_ms: float  # and the answer's (forced text's batches included); a route's counts and timings are
    # those of both its completions where it took a second look (router.route)
    steps: list[Step] = field(default_factory=list)  # the steps complete() was asked to watch


@dataclass
class Step:
    """A decoding step the caller asked to watch: the answer's text before it, the token chosen, and the model's
    raw logits over the whole vocabulary (before the grammar had its say)."""
    before: str
    chosen: int
    logits: Any  # numpy array, one float per token id


class ModelError(Exception):
    """The model file is missing, not GGUF, or llama.cpp cannot load it."""


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
    confidence: float | None = None  # the model's probability for the first call's tool (None: no call, or forced)
    alternatives: list[tuple[str, float]] = field(default_factory=list)  # other tools it weighed, most likely first

    def confidence_fields(self) -> dict:
        """What --json and batch add to an answer: {"confidence", "alternatives": [{"name", "probability"}]}."""
        if self.confidence is None:
            return {}
        return {"confidence": round(self.confidence, 4),
                "alternatives": [{"name": n, "probability": round(p, 4)} for n, p in self.alternatives]}


def parse_calls(text: str, tools: list[Tool]) -> list[Call]:
    """Decode and check an answer: the model's output is untrusted even under a grammar. A call that repeats an
    earlier one exactly is dropped: no request asks for the same command twice, and a small model repeats itself
    (75 of the shipped model's 1,831 benchmark and tuning answers did)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RoutingError(f"the model's answer is not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise RoutingError("the model's answer is nested too deeply") from None
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
        arguments = item["arguments"]
        if isinstance(arguments, dict):
            arguments = {k: _trimmed(v, p.schema) if (p := tool.param(k)) else v for k, v in arguments.items()}
        problems = validate_arguments(tool, arguments)
        if problems:
            raise RoutingError(f"the model's call is invalid: {problems[0]}")
        call = Call(tool.name, arguments)
        if call not in calls:
            calls.append(call)
    return calls


def _trimmed(value: Any, schema: dict) -> Any:
    """A free-text value without whitespace at its ends. The model copies a word with the space before it (one
    token in its vocabulary, " Tokyo"); a request never has meaningful space there (its words are joined by
    single spaces), and a program would get the space as part of its argument."""
    if isinstance(value, str) and schema.get("type", "string") == "string" and "enum" not in schema:
        return value.strip()
    if isinstance(value, list) and schema.get("type") == "array":
        return [_trimmed(v, schema.get("items", {})) for v in value]
    return value
