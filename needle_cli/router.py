"""From a request to calls: prompt and grammar from the tools, a greedy completion (and a second look where it left
out a value the request holds), then validation again."""

from __future__ import annotations

import dataclasses
import math
import re
import time
from typing import Callable

import numpy as np

from . import grammar, prompts
from .calls import Completion, Route, RoutingError, parse_calls
from .engine import ContextError, Engine
from .priors import (BREAK_WEIGHT, COPY_WEIGHT, END_WEIGHT, FIRST_NAME, LEXICAL_WEIGHT, OPEN_WEIGHT,
                     UNMATCHED_WEIGHT, AnswerPrior, copied_continuation, unused_values,
                     values_by_call)
from .ranking import scores as lexical_scores
from .ranking import cued_parameters, top_tools, unfillable, unmatched, without_optional_numbers
from .tools import Tool

CANDIDATES = 256  # tokens looked at per step besides the chosen one: the likeliest, where the mass is
AFTER_NAME = ',"arguments":'


def _goes_on_after_name(tail: str) -> bool:
    """Whether text after a tool name's closing quote is what the grammar allows there: `,"arguments":`."""
    compact = re.sub(r"\s+", "", tail)
    return AFTER_NAME.startswith(compact) or compact.startswith(AFTER_NAME)


def undecided_name(names: list[str]) -> Callable[[str], bool]:
    """Whether an answer so far ends inside the first call's tool name while it could still become two or more of
    `names`: the steps the router watches and weighs. Once the name written so far fits one tool only, the grammar
    allows nothing but the rest of it, which the engine then evaluates in one batch instead of decoding it."""

    def undecided(answer: str) -> bool:
        match = FIRST_NAME.fullmatch(answer)
        if match is None:
            return False
        written = match.group(1)
        return sum(name.startswith(written) for name in names) > 1

    return undecided


def tool_choice(steps, piece: Callable[[int], str], tools: list[Tool]) -> dict[str, float]:
    """The probability given each tool as the first call's name, by the model and the prior that steered its
    logits (priors.AnswerPrior): at each step of writing the name, the softmax over the tokens the grammar allowed
    there (those that go on spelling some tool's name), among the chosen token and the CANDIDATES likeliest ones
    (the rest carry next to no mass).

    `steps` are the decoding steps inside that name while it could still name two tools or more (calls.Step; the
    rest of a name that fits one tool only is not decoded), `piece` gives a token id's text. Only the
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
    if started:  # the steps stopped inside the name: where what was written fits one tool only
        written += piece(step.chosen)
        rest = [name for name in names if name.startswith(written)]
        if len(rest) == 1:
            probs[rest[0]] += path
            return probs
    return {}


# A catalog of up to MAX_TOOLS goes to the model whole, so its KV state is cached. Larger ones (and any that overflow
# the context) are narrowed per request to the TOP_K most relevant tools, which cannot be cached as a whole (a
# needle-v2 model puts them together from cached tool blocks instead), so TOP_K is as small as recall allows: over
# the generated 500-tool catalog the right tool is among the top 8 for 96.2% of the shell-intent set (97.4% for
# the top 16), at half the prefill. The model also routes far better over a short catalog (session 2: 15.4% exact
# on the shell set through the top 16, 4.4% over all 44 tools of tools.d).
MAX_TOOLS = 16
TOP_K = 8


def _complete(engine: Engine, candidates: list[Tool], query: str, forced: Tool | None, max_tokens: int,
              weights: tuple[float, float, float, float, float, float], lexical: dict[str, float] | None,
              fill: bool = False) -> Completion:
    """The model's answer over the catalog `candidates`; with `forced` (then the only candidate), a call of it.
    `weights`: the priors' (copy, no call, end, tool, open, break); `lexical`: each tool's BM25 score, for the tool
    prior; `fill`: favour another argument while the request holds values no call has written."""
    compact = engine.prompt_format in (prompts.NATIVE, prompts.BLOCKS)
    # the prompt shows every candidate (its KV state is the catalog's, reused), the grammar only those the request
    # can fill: no tool whose call would carry a number the request does not state, and no number it does not state
    refused = set() if forced else unfillable(candidates, query)
    callable_ = without_optional_numbers([t for t in candidates if t.name not in refused], query)
    gbnf = grammar.calls_gbnf(callable_, min_calls=1 if forced else 0, compact=compact)
    prefix, suffix = engine.render(candidates, query)
    watch = None if forced else undecided_name([t.name for t in callable_])
    copy_weight, no_call_weight, end_weight, lexical_weight, open_weight, break_weight = weights
    tool_prior = None
    if lexical and lexical_weight and not forced and len({lexical[t.name] for t in callable_}) > 1:
        top = max(lexical[t.name] for t in callable_)
        tool_prior = {t.name: lexical_weight * (lexical[t.name] - top) for t in callable_}
    steer = None
    if copy_weight or no_call_weight or end_weight or open_weight or tool_prior or fill:
        extra = engine.tokenize(query, bos=False) + [engine.tokenize(t, bos=False)[0] for t in ("[]", "]", "}}]")]
        steer = AnswerPrior(query, engine.piece, extra, copy_weight, no_call_weight, end_weight, tool_prior,
                            lambda text: engine.tokenize(text, bos=False), open_weight, break_weight,
                            cued_parameters(callable_, query),
                            {t.name: grammar.argument_order(t) for t in callable_} if fill else None)
    words = " ".join(query.split())  # the request as the prompt has it
    return engine.complete(prefix, suffix, gbnf, max_tokens=max_tokens, watch=watch, steer=steer,
                           guess=lambda answer: copied_continuation(words, answer))


def _unused(query: str, answer: str) -> list[str]:
    """The values the request holds that no call of `answer` has written (priors.unused_values), read as the prior
    reads them."""
    return unused_values(query, sum(values_by_call(answer), []), spans=True)


MAX_ALTERNATIVES = 3
MIN_ALTERNATIVE = 0.01


def route(engine: Engine, tools: list[Tool], query: str, forced: Tool | None = None,
          max_tokens: int = 512, max_tools: int = MAX_TOOLS, top_k: int = TOP_K,
          copy_weight: float = COPY_WEIGHT, no_call_weight: float | None = None, end_weight: float = END_WEIGHT,
          lexical_weight: float = LEXICAL_WEIGHT, open_weight: float = OPEN_WEIGHT,
          unmatched_weight: float = UNMATCHED_WEIGHT, break_weight: float = BREAK_WEIGHT,
          second_look: bool = True) -> Route:
    """Ask the model which of `tools` to call for `query`; with `forced`, only its arguments are left to choose.

    Up to `max_tools` tools go to the model as they are (same prompt prefix every time, so its KV state is reused);
    a larger catalog, or one too long for the model's context, is narrowed per request to the `top_k` that best
    match it lexically. The grammar offers only the tools the request can fill: none whose call needs a number when
    the request states none (ranking.unfillable), and then no optional number either. Priors act on the model's
    logits as it writes (priors.AnswerPrior; 0 turns any of them off): the first call's tool leans towards the tools
    whose BM25 scores for the request are high, by `lexical_weight`; argument values towards copies of the request
    by `copy_weight`, and away from drifting off one inside a word by `break_weight`; the answer towards no call by
    `no_call_weight` (by default the model's own calibration, engine.no_call_weight), and by `unmatched_weight` more
    when the request shares no word with any tool (ranking.unmatched), and towards ending after a call by
    `end_weight`, or away from it by `open_weight` while the request holds values no call used. Where the answer
    leaves out such a value (a number, a file, a path, a quoted part: priors.unused_values), a `second_look`
    favours another argument wherever the call can take one, and its answer is kept if it calls the same tools and
    leaves fewer values out."""
    start = time.perf_counter()
    no_call = engine.no_call_weight if no_call_weight is None else no_call_weight
    if unmatched_weight and not forced and unmatched(tools, query):
        no_call += unmatched_weight
    weights = (copy_weight, no_call, end_weight, lexical_weight, open_weight, break_weight)
    # BM25 over the whole catalog, computed once: to narrow it, and as the tool prior
    found = lexical_scores(tools, query) if not forced and (len(tools) > max_tools or lexical_weight) else None
    lexical = dict(zip((t.name for t in tools), found)) if found is not None else None
    if forced:
        candidates = [forced]  # a prompt of its own: the user chose the tool
    elif len(tools) > max_tools:
        candidates = top_tools(tools, query, min(top_k, max_tools), found)
    else:
        candidates = tools
    try:
        completion = _complete(engine, candidates, query, forced, max_tokens, weights, lexical)
    except ContextError:
        if forced or len(candidates) <= top_k:
            raise
        candidates = top_tools(tools, query, top_k, found if found is not None else lexical_scores(tools, query))
        completion = _complete(engine, candidates, query, forced, max_tokens, weights, lexical)
    if not completion.finished:
        raise RoutingError(f"the model's answer did not finish within {max_tokens} tokens")
    calls = parse_calls(completion.text, candidates)
    if second_look and calls and (left := _unused(query, completion.text)):
        # a second look, with another argument favoured while the request holds values no call has written; kept
        # only where it calls the same tools and leaves fewer of those values out
        fuller = _complete(engine, candidates, query, forced, max_tokens, weights, lexical, fill=True)
        try:
            more = parse_calls(fuller.text, candidates) if fuller.finished else []
        except RoutingError:
            more = []
        kept = [c.name for c in more] == [c.name for c in calls] and len(_unused(query, fuller.text)) < len(left)
        if kept:
            calls = more
        # the text of the answer kept, the model's work for both
        completion = dataclasses.replace(
            fuller if kept else completion, prompt_tokens=completion.prompt_tokens + fuller.prompt_tokens,
            completion_tokens=completion.completion_tokens + fuller.completion_tokens,
            prefill_ms=completion.prefill_ms + fuller.prefill_ms, decode_ms=completion.decode_ms + fuller.decode_ms)
    # the steered logits of the name's tokens: the product of the model's and the prior's beliefs
    if calls and len(candidates) == 1 and not forced:
        probs = {candidates[0].name: 1.0}  # its name was never a choice, so no step of it was watched
    else:
        probs = tool_choice(completion.steps, engine.piece, candidates) if calls and completion.steps else {}
    result = Route(query, calls, completion, time.perf_counter() - start, candidates)
    if probs.get(calls[0].name if calls else ""):
        result.confidence = probs[calls[0].name]
        others = sorted((p, name) for name, p in probs.items() if name != calls[0].name and p >= MIN_ALTERNATIVE)
        result.alternatives = [(name, p) for p, name in reversed(others[-MAX_ALTERNATIVES:])]
    return result
