"""Scoring routed calls against BFCL-style ground truth, following BFCL's documented AST rules.

Ground truth is a list of expected calls, each `{function_name: {argument: [accepted values]}}`:
- the function name must match exactly;
- every argument the tool requires must be present, and no argument outside the expected entry may appear;
- each given value must equal one of the accepted values; `""` among them means the argument may be left out;
- strings are compared after BFCL's standardisation (lower case, no whitespace, none of `,./-_*^`);
- an integer is accepted where a number (float) is expected, never the other way round, and booleans are
  never numbers;
- list values are compared element by element, in order; dict values key by key, recursively, with the same
  accepted-list and `""` rules as top-level arguments;
- several calls (parallel) are matched one-to-one with the expected ones in any order;
- an empty ground truth (irrelevance) expects no call at all.

Pure functions on plain data: no model and no llama_cpp here, so it is cheap to test.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Mapping, Sequence

OMITTABLE = ""  # in an accepted-values list: the argument may be omitted
_STRIP = re.compile(r"[\s,./\-_*^]")  # BFCL's documented subset of punctuation, plus all whitespace


def normalize_string(text: str) -> str:
    return _STRIP.sub("", text.lower())


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def value_matches(value: Any, expected: Any, schema: Mapping | None = None) -> bool:
    """Whether one given value equals one accepted value; `schema` (JSON Schema fragment) tells int from float."""
    schema = schema or {}
    if isinstance(expected, bool) or isinstance(value, bool):
        # Checked first: in Python True == 1, and BFCL treats bool and numbers as different types.
        return isinstance(value, bool) and isinstance(expected, bool) and value == expected
    if isinstance(expected, str):
        return isinstance(value, str) and normalize_string(value) == normalize_string(expected)
    if _is_number(expected):
        if not _is_number(value):
            return False
        # A float where an integer is declared (or expected, when the schema says nothing) is a type error.
        wants_int = schema.get("type") == "integer" or (schema.get("type") is None and isinstance(expected, int))
        if wants_int and isinstance(value, float):
            return False
        return value == expected
    if isinstance(expected, list):
        items = schema.get("items") or {}
        return (isinstance(value, list) and len(value) == len(expected)
                and all(value_matches(v, e, items) for v, e in zip(value, expected)))
    if isinstance(expected, dict):
        return isinstance(value, dict) and _dict_problem(value, expected, schema) is None
    if expected is None:
        return value is None
    return value == expected


def _accepted(values: Any) -> list:
    # Ground truth normally lists accepted values; tolerate a bare value inside nested dicts.
    return values if isinstance(values, list) else [values]


def _any_accepted(value: Any, accepted: list, schema: Mapping | None) -> bool:
    # "" stands for "may be omitted"; it matches a given value only when that value is itself an empty string.
    return any(value_matches(value, a, schema) for a in accepted if a != OMITTABLE or isinstance(value, str))


def _dict_problem(value: Mapping, expected: Mapping, schema: Mapping) -> str | None:
    """Why a dict value does not match an expected dict of accepted-value lists; None when it does."""
    props = schema.get("properties") or {}
    for key in value:
        if key not in expected:
            return f"unexpected key {key!r}"
    for key, accepted in expected.items():
        accepted = _accepted(accepted)
        if key not in value:
            if OMITTABLE not in accepted:
                return f"missing key {key!r}"
        elif not _any_accepted(value[key], accepted, props.get(key)):
            return f"wrong value for key {key!r}"
    return None


def _tool_schemas(tools: Iterable[Any] | Mapping | None) -> dict[str, dict]:
    """Parameter schemas by tool name, from Tool objects, {name: schema} or OpenAI-style dicts."""
    if not tools:
        return {}
    if isinstance(tools, Mapping):
        return dict(tools)
    out = {}
    for tool in tools:
        if hasattr(tool, "json_schema"):
            out[tool.name] = tool.json_schema
        elif isinstance(tool, Mapping) and "name" in tool:
            out[tool["name"]] = tool.get("parameters") or {}
    return out


def call_problem(call: Mapping, expected: Mapping, schemas: Mapping[str, dict]) -> str | None:
    """Why one predicted call does not match one expected call; None when it does."""
    (want_name, want_args), = expected.items()
    name, args = call.get("name"), call.get("arguments") or {}
    if name != want_name:
        return f"wrong function {name!r} (expected {want_name!r})"
    if not isinstance(args, Mapping):
        return f"{name}: arguments are not an object"
    schema = schemas.get(name) or {}
    props = schema.get("properties") or {}
    for key in args:
        if props and key not in props:
            return f"{name}: unknown argument {key!r}"
        if key not in want_args:
            return f"{name}: unexpected argument {key!r}"
    for key in schema.get("required") or []:
        if key not in args:
            return f"{name}: missing required argument {key!r}"
    for key, accepted in want_args.items():
        accepted = _accepted(accepted)
        if key not in args:
            if OMITTABLE not in accepted:
                return f"{name}: missing argument {key!r}"
            continue
        value = args[key]
        if not _any_accepted(value, accepted, props.get(key)):
            shown = [a for a in accepted if a != OMITTABLE]
            return f"{name}: wrong value for {key!r}: {value!r} (accepted: {shown!r})"
    return None


def _match_all(predicted: Sequence[Mapping], expected: Sequence[Mapping], schemas) -> bool:
    """One-to-one matching of predicted to expected calls in any order (bipartite matching, augmenting paths)."""
    fits = [[call_problem(p, e, schemas) is None for p in predicted] for e in expected]
    owner: dict[int, int] = {}  # predicted index -> expected index

    def assign(e: int, seen: set[int]) -> bool:
        for p, ok in enumerate(fits[e]):
            if ok and p not in seen:
                seen.add(p)
                if p not in owner or assign(owner[p], seen):
                    owner[p] = e
                    return True
        return False

    return all(assign(e, set()) for e in range(len(expected)))


def score_calls(predicted: Sequence[Mapping], ground_truth: Sequence[Mapping],
                tools: Iterable[Any] | Mapping | None = None) -> tuple[bool, str]:
    """(correct, reason) for predicted calls `[{"name", "arguments"}]` against BFCL-style ground truth."""
    predicted, ground_truth = list(predicted), list(ground_truth)
    if not ground_truth:
        if predicted:
            return False, f"expected no call, got {', '.join(str(c.get('name')) for c in predicted)}"
        return True, "ok"
    if not predicted:
        return False, f"expected {len(ground_truth)} call(s), got none"
    schemas = _tool_schemas(tools)
    if len(ground_truth) == 1 and len(predicted) == 1:
        problem = call_problem(predicted[0], ground_truth[0], schemas)
        return (False, problem) if problem else (True, "ok")
    if len(predicted) > len(ground_truth):
        return False, f"extra call: expected {len(ground_truth)} call(s), got {len(predicted)}"
    if len(predicted) < len(ground_truth):
        return False, f"missing call: expected {len(ground_truth)} call(s), got {len(predicted)}"
    if _match_all(predicted, ground_truth, schemas):
        return True, "ok"
    # Explain with the first expected call that no predicted call fits, and the nearest miss for it.
    for want in ground_truth:
        problems = [call_problem(p, want, schemas) for p in predicted]
        if all(problems):
            (want_name,) = want
            same = next((pr for p, pr in zip(predicted, problems) if p.get("name") == want_name), problems[0])
            return False, f"no call matches expected {want_name}: {same}"
    return False, "calls match only if some are used twice"
