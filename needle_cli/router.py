"""From a request to calls: prompt and grammar from the tools, one greedy completion, then validation again."""

from __future__ import annotations

import math
import re
import time
from dataclasses import replace
from typing import Callable

import numpy as np

from . import grammar, prompts
from .calls import Completion, Route, RoutingError, parse_calls
from .engine import ContextError, Engine
from .priors import COPY_WEIGHT, AnswerPrior
from .ranking import scores as lexical_scores
from .ranking import top_tools
from .tools import Tool

CANDIDATES = 256  # tokens looked at per step besides the chosen one: the likeliest, where the mass is
AFTER_NAME = ',"arguments":'
FIRST_NAME = re.compile(r'\s*\[\s*\{\s*"name"\s*:\s*"([A-Za-z0-9_.-]*)')


def _goes_on_after_name(tail: str) -> bool:
    """Whether text after a tool name's closing quote is what the grammar allows there: `,"arguments":`."""
    compact = re.sub(r"\s+", "", tail)
    return AFTER_NAME.startswith(compact) or compact.startswith(AFTER_NAME)


def tool_choice(steps, piece: Callable[[int], str], tools: list[Tool]) -> dict[str, float]:
    """The probability the model gave each tool as the first call's name: at each step of writing the name, the
    softmax over the tokens the grammar allowed there (those that go on spelling some tool's name), among the
    chosen token and the model's CANDIDATES likeliest ones (the rest carry next to no mass).

    `steps` are the decoding steps inside that name (calls.Step), `piece` gives a token id's text. Only the
    chosen path is decoded, so the mass of a token that several tools' names share beyond that point is split
    evenly among them (the chosen tool's share included): an estimate, exact when no two names share a token
    off the chosen path. Empty when no whole name was written, or when a token spanned the name's opening quote
    (the first choice between tools was then made outside the watched steps)."""
    names = [t.name for t in tools]
    probs = dict.fromkeys(names, 0.0)
    path = 1.0  # probability of the tokens chosen so far
    started = False
    for step in steps:
        match = FIRST_NAME.fullmatch(step.before)
        if match is None:
            continue
        written = match.group(1)
        if written and not started:
            return {}  # the first watched step is already inside the name
        started = True
        rests = {n: n[len(written):] + '"' for n in names if n.startswith(written)}
        spelled: dict[str, list[str]] = {}  # a piece that is the start of some rests -> those tools
        for name, rest in rests.items():
            for end in range(1, len(rest) + 1):
                spelled.setdefault(rest[:end], []).append(name)
        allowed: dict[int, list[str]] = {}
        likeliest = np.argpartition(step.logits, -CANDIDATES)[-CANDIDATES:] if len(step.logits) > CANDIDATES \
            else range(len(step.logits))
        for token in {step.chosen, *map(int, likeliest)}:
            text = piece(token)
            if text in spelled:
                allowed[token] = spelled[text]
            elif '"' in text and _goes_on_after_name(text.split('"', 1)[1]):  # closing quote and more, one token
                to = [name for name, rest in rests.items() if text.startswith(rest)]
                if to:
                    allowed[token] = to
        if step.chosen not in allowed:
            return {}
        ids = list(allowed)
        weights = step.logits[ids].astype("float64")
        weights = [math.exp(w) for w in (weights - weights.max())]
        total = sum(weights)
        for token, weight in zip(ids, weights):
            if token == step.chosen:
                chosen = weight / total
            else:
                for name in allowed[token]:
                    probs[name] += path * weight / total / len(allowed[token])
        path *= chosen
        if '"' in piece(step.chosen):  # the name is closed
            name = written + piece(step.chosen).split('"')[0]
            if name not in probs:
                return {}
            probs[name] += path
            return probs
    return {}


MAX_ALTERNATIVES = 3
MIN_ALTERNATIVE = 0.01
# A catalog of up to MAX_TOOLS goes to the model whole, so its KV state is cached. Larger ones (and any that overflow
# the context) are narrowed per request to the TOP_K most relevant tools, which cannot be cached as a whole (a
# needle-v2 model puts them together from cached tool blocks instead), so TOP_K is as small as recall allows: over
# the generated 500-tool catalog the right tool is among the top 8 for 96.2% of the shell-intent set (97.4% for
# the top 16), at half the prefill. The model also routes far better over a short catalog (session 2: 15.4% exact
# on the shell set through the top 16, 4.4% over all 44 tools of tools.d).
MAX_TOOLS = 16
TOP_K = 8


def _complete(engine: Engine, candidates: list[Tool], query: str, forced: Tool | None, max_tokens: int,
              weights: tuple[float, float]) -> Completion:
    """The model's answer over the catalog `candidates`; with `forced` (one of them), a call of it only."""
    compact = engine.prompt_format in (prompts.NATIVE, prompts.BLOCKS)
    gbnf = grammar.calls_gbnf([forced] if forced else candidates, min_calls=1 if forced else 0, compact=compact)
    prefix, suffix = engine.render(candidates, query)
    watch = None if forced else FIRST_NAME.fullmatch
    steer = None
    if any(weights):
        extra = engine.tokenize(query, bos=False) + [engine.tokenize(t, bos=False)[0] for t in ("[]", "]")]
        steer = AnswerPrior(query, engine.piece, extra, *weights)
    return engine.complete(prefix, suffix, gbnf, max_tokens=max_tokens, watch=watch, steer=steer)


# chosen on corpus held-out schemas (seeds 97-99, not the benchmark's): the first call's tool was right in 264 of
# 349 requests at 1.0 (session 3's choice, on 67), 272 at 2, 276 at 3, 275-278 at 4-5; end to end 131 -> 134 of 300
LEXICAL_WEIGHT = 3.0
PROBABILITY_FLOOR = 1e-6  # a tool the model gave (next to) nothing can still win on a strong lexical match


def fuse(probs: dict[str, float], lexical: dict[str, float], weight: float = LEXICAL_WEIGHT) -> dict[str, float]:
    """The router's belief about the first call's tool: the model's probabilities times a lexical prior,
    softmax(BM25 scores) ** weight, renormalised (a product of experts, as Needle pairs its decoder with a tool
    retrieval head). The small model alone picks the right tool for far fewer requests than with the prior
    (measured on the corpus's held-out schemas, which were used to choose the weight; README has the numbers)."""
    top = max(lexical.values())
    log = {name: math.log(max(p, PROBABILITY_FLOOR)) + weight * (lexical[name] - top) for name, p in probs.items()}
    most = max(log.values())
    weights = {name: math.exp(v - most) for name, v in log.items()}
    total = sum(weights.values())
    return {name: w / total for name, w in weights.items()}


def _with_cost_of(first: Completion, second: Completion) -> Completion:
    """`second`, carrying what both completions cost: the request's model time in all."""
    return replace(second, prompt_tokens=first.prompt_tokens + second.prompt_tokens,
                   completion_tokens=first.completion_tokens + second.completion_tokens,
                   prefill_ms=first.prefill_ms + second.prefill_ms, decode_ms=first.decode_ms + second.decode_ms)


def route(engine: Engine, tools: list[Tool], query: str, forced: Tool | None = None,
          max_tokens: int = 512, max_tools: int = MAX_TOOLS, top_k: int = TOP_K,
          copy_weight: float = COPY_WEIGHT, no_call_weight: float | None = None) -> Route:
    """Ask the model which of `tools` to call for `query`; with `forced`, only its arguments are left to choose.

    Up to `max_tools` tools go to the model as they are (same prompt prefix every time, so its KV state is
    reused); a larger catalog, or one too long for the model's context, is narrowed per request to the `top_k`
    that best match it lexically. When the model makes one call, its tool is the one `fuse` believes most; if
    that is not the model's own choice, the model fills in that tool's arguments instead. Argument values lean
    towards copies of the request by `copy_weight`, and the answer towards no call by `no_call_weight` (by default
    the model's own calibration, engine.no_call_weight; priors.AnswerPrior; 0 turns either off)."""
    start = time.perf_counter()
    weights = (copy_weight, engine.no_call_weight if no_call_weight is None else no_call_weight)
    # BM25 over the whole catalog, computed once: to narrow it, and as the lexical prior of the tool choice
    found = lexical_scores(tools, query) if not forced and len(tools) > max_tools else None
    if forced:
        candidates = [forced]  # a prompt of its own: the user chose the tool
    elif len(tools) > max_tools:
        candidates = top_tools(tools, query, min(top_k, max_tools), found)
    else:
        candidates = tools
    try:
        completion = _complete(engine, candidates, query, forced, max_tokens, weights)
    except ContextError:
        if forced or len(candidates) <= top_k:
            raise
        found = found if found is not None else lexical_scores(tools, query)
        candidates = top_tools(tools, query, top_k, found)
        completion = _complete(engine, candidates, query, forced, max_tokens, weights)
    if not completion.finished:
        raise RoutingError(f"the model's answer did not finish within {max_tokens} tokens")
    calls = parse_calls(completion.text, candidates)
    probs = tool_choice(completion.steps, engine.piece, candidates) if calls and completion.steps else {}
    if probs:
        if found is None:
            found = lexical_scores(tools, query)
        lexical = dict(zip((t.name for t in tools), found))
        probs = fuse(probs, {name: lexical[name] for name in probs})
        best = max(probs, key=probs.get)
        if len(calls) == 1 and best != calls[0].name:
            tool = next(t for t in candidates if t.name == best)
            try:
                # the same prompt, so the catalog's and the request's KV state stay in place: only the answer
                # is computed again, as a call of that tool (a one-tool prompt cost 20 ms more of prefill)
                # (corpus held-out seed 99: 71 of 150 right against 72 with the one-tool prompt, one answer apart)
                again = _complete(engine, candidates, query, tool, max_tokens, weights)
                if not again.finished:
                    raise RoutingError("unfinished")
                calls, completion = parse_calls(again.text, [tool]), _with_cost_of(completion, again)
            except RoutingError:
                probs = {}  # keep the model's own answer, without a confidence it no longer has
    result = Route(query, calls, completion, time.perf_counter() - start, candidates)
    if probs:
        result.confidence = probs[calls[0].name]
        others = sorted((p, name) for name, p in probs.items() if name != calls[0].name and p >= MIN_ALTERNATIVE)
        result.alternatives = [(name, p) for p, name in reversed(others[-MAX_ALTERNATIVES:])]
    return result
