"""Narrowing a large catalog to the tools most relevant to a request (BM25, from rank_bm25), so that it fits the
model's context and costs little to prefill."""

from __future__ import annotations

import re
from dataclasses import replace

from .tools import Param, Tool

WORD = re.compile(r"[a-z0-9]+")
CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def words(text: str) -> list[str]:
    """Lowercase words; snake_case, dotted and camelCase names split into their parts."""
    return WORD.findall(CAMEL.sub(" ", text).lower())


def tool_words(tool: Tool) -> list[str]:
    parts = [tool.name, tool.description, *tool.examples]
    parts += [f"{p.name} {p.description}" for p in tool.params]
    return words(" ".join(parts))


# Words that say nothing about which tool a request is for: function words, and the verbs of asking.
FUNCTION_WORDS = frozenset("""a an and are as at be by can could do does find for from get give how i in is it let me
my of on or please show tell that the this to us what with would you""".split())
STEM = 5  # words that start with the same five letters count as one ("flight" and "flights", "compress" and
# "compression"): a stemmer's work, roughly, which is enough for a yes-or-no question


def unmatched(tools: list[Tool], query: str) -> bool:
    """Whether the request has words that could say what it wants (not function words, not numbers) and none of
    them is found, to the first STEM letters, among the words of any tool: then most likely no tool fits it."""
    asked = {w[:STEM] for w in words(query) if w not in FUNCTION_WORDS and not w.isdigit()}
    if not asked:
        return False
    return not any(asked & {w[:STEM] for w in tool_words(t)} for t in tools)


# Words that state a number without digits ("ping it twice", "a dozen eggs", "ten minutes")
NUMBER_WORDS = frozenset("""zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
million billion dozen half once twice thrice double triple single couple pair""".split())
DIGIT = re.compile(r"[0-9]")
NUMERIC = ("integer", "number")


def needed_numbers(tool: Tool) -> list[str]:
    """The parameters that make every call of `tool` carry a number: required, and a number or a list of them."""
    return [p.name for p in tool.params if p.required and _is_numeric(p)]


def states_number(query: str) -> bool:
    """Whether the request states a number, in digits or words."""
    return bool(DIGIT.search(query) or NUMBER_WORDS.intersection(words(query)))


def without_optional_numbers(tools: list[Tool], query: str) -> list[Tool]:
    """`tools` as the grammar offers them: when the request states no number, without their optional number
    parameters, whose every value would be made up ("tail -f /var/log/syslog" with -5 lines; "feed the cat" with
    1 cup). Over the 2,231 benchmark, tuning and fresh requests (session 30), 12 answers wrote a number to a
    request that states none, 1 of them right; without these parameters the 507 requests that had them to write
    got as many right (280), with no made-up numbers."""
    if states_number(query):
        return tools
    return [replace(t, params=[p for p in t.params if p.required or not _is_numeric(p)]) for t in tools]


def _is_numeric(param: Param) -> bool:
    kind = param.schema.get("type")
    return kind in NUMERIC or kind == "array" and param.schema.get("items", {}).get("type") in NUMERIC


def unfillable(tools: list[Tool], query: str) -> set[str]:
    """The tools a call of which needs a number when the request states none (in digits or words): any such call
    would carry a number the model made up. Over the 1,831 benchmark requests (session 24), none of the 40 answers
    that called one was right, 25 of them were to requests that fit no tool, and the tool for a process ID or a
    port should never be called with a guessed one."""
    if states_number(query):
        return set()
    return {t.name for t in tools if needed_numbers(t)}


def cued_parameters(tools: list[Tool], query: str) -> dict[str, set[str]]:
    """Each tool's optional parameters the request names: every word of the parameter's name (to the first STEM
    letters; "openNow" in "open now", "recursive" in "recursively"), or one of its enum's values ("finished" for a
    status). Until a call writes them, the end prior leaves another argument to the model (priors.AnswerPrior)."""
    said = words(query)
    asked = {w[:STEM] for w in said}
    request = f" {' '.join(said)} "
    cued: dict[str, set[str]] = {}
    for tool in tools:
        for param in tool.params:
            if param.required:
                continue
            named = [w[:STEM] for w in words(param.name) if w not in FUNCTION_WORDS]
            enum = [" ".join(words(str(v))) for v in param.schema.get("enum", []) if isinstance(v, str)]
            if (named and asked.issuperset(named)) or any(v and f" {v} " in request for v in enum):
                cued.setdefault(tool.name, set()).add(param.name)
    return cued


def scores(tools: list[Tool], query: str) -> list[float]:
    """BM25 score of each tool for `query` (0: no word in common)."""
    from rank_bm25 import BM25Okapi

    documents = [tool_words(t) for t in tools]
    if not any(documents):  # nothing to match (tools named "_" without descriptions); BM25 would divide by zero
        return [0.0] * len(tools)
    return [float(s) for s in BM25Okapi(documents).get_scores(words(query))]


def _best(found: list[float], k: int) -> list[int]:
    """Indices of the k best scores that share a word with the request, best first (ties: catalog order)."""
    return [i for i in sorted(range(len(found)), key=lambda i: (-found[i], i)) if found[i] > 0][:k]


def top_tools(tools: list[Tool], query: str, k: int, found: list[float] | None = None) -> list[Tool]:
    """The k tools that best match `query` (given their `scores` when already computed), in their catalog order,
    filled up in catalog order when fewer than k share a word with it."""
    if len(tools) <= k:
        return list(tools)
    best = _best(found if found is not None else scores(tools, query), k)
    best += [i for i in range(len(tools)) if i not in set(best)][: k - len(best)]
    return [tools[i] for i in sorted(best)]


def closest_tools(tools: list[Tool], query: str, k: int = 3) -> list[Tool]:
    """Up to k tools that share words with `query`, best first: suggestions when the model found none fitting."""
    return [tools[i] for i in _best(scores(tools, query), k)] if tools else []
