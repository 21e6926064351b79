"""The router's confidence: the probability of the chosen tool from the logits of the grammar-allowed tokens."""

from __future__ import annotations

import math

import numpy as np
import pytest

from needle_cli.calls import Step
from needle_cli.router import route, tool_choice, undecided_name
from needle_cli.tools import load_catalog, parse_tool

PIECES = ['"', '",', "se", "search", "_files", "_web", "weather", "x", "_f", "[{", "name", " ", '")', '"search',
          "git", "_commit", '","']
piece = PIECES.__getitem__
TOOLS = [parse_tool({"name": n}, "test") for n in ("search_files", "search_web", "weather")]


def step(before: str, chosen: str, **weights: float) -> Step:
    """A step whose logits give each named piece the given weight (exp(logit)); pieces left out get ~0."""
    logits = np.full(len(PIECES), -1e4, dtype=np.float32)
    for piece, weight in weights.items():
        logits[PIECES.index({"quote": '"', "quote_comma": '",'}.get(piece, piece))] = math.log(weight)
    return Step(before, PIECES.index(chosen), logits)


def test_probabilities_by_hand():
    steps = [
        step("[", "[{", x=1.0),  # not inside the name: ignored
        # search 6, se 1 (shared by both search_* tools), weather 3; x is likelier but no tool is spelled "x..."
        step('[{"name":"', "search", search=6, se=1, weather=3, x=100),
        step('[{"name":"search', "_files", _files=3, _web=1, _f=1),
        step('[{"name":"search_files', '",', quote=1, quote_comma=1),
    ]
    probs = tool_choice(steps, piece, TOOLS)
    # search 0.6 (se's 0.1 split), then _files 0.6 (_web 0.2, _f 0.2 to search_files), then either closing token
    assert probs == pytest.approx({"search_files": 0.05 + 0.12 + 0.18 + 0.18, "search_web": 0.05 + 0.12,
                                   "weather": 0.3})
    assert sum(probs.values()) == pytest.approx(1.0)


def test_whitespace_in_the_answer_and_unusable_paths():
    spaced = [step('[ { "name" : "', "weather", weather=1, search=1), step('[ { "name" : "weather', '"', quote=1)]
    assert tool_choice(spaced, piece, TOOLS) == pytest.approx({"search_files": 0.25, "search_web": 0.25,
                                                                "weather": 0.5})
    assert tool_choice([step('[{"name":"', "x", x=1, weather=1)], piece, TOOLS) == {}  # not a grammar token
    # steps that stop where the name fits one tool only (its rest is not decoded): the same as when it closed
    assert tool_choice(spaced[:1], piece, TOOLS) == tool_choice(spaced, piece, TOOLS)
    assert tool_choice([step('[{"name":"', "search", search=1)], piece, TOOLS) == {}  # stopped: two still fit
    assert tool_choice([], piece, TOOLS) == {}


def test_names_that_are_prefixes_of_others_and_tokens_the_grammar_forbids():
    tools = [parse_tool({"name": n}, "test") for n in ("git", "git_commit")]
    steps = [step('[{"name":"', "git", git=1),
             # after "git": close it (" or ",") or go on to git_commit; ") can never follow a name
             step('[{"name":"git', '","', quote=2, **{'","': 1, "_commit": 1, '")': 100})]
    probs = tool_choice(steps, piece, tools)
    assert probs == pytest.approx({"git": 0.75, "git_commit": 0.25})


def test_a_token_across_the_opening_quote_gives_no_estimate():
    steps = [step('[{"name":', '"search', **{'"search': 1}), step('[{"name":"search', "_web", _web=1, _files=1),
             step('[{"name":"search_web', '"', quote=1)]
    assert tool_choice(steps, piece, TOOLS) == {}


def test_route_reports_a_consistent_confidence(engine, tools_dir):
    tools = load_catalog([tools_dir([{"name": f"tool_{c}", "description": f"does {c}"} for c in "abcdef"])]).tools
    seen = 0
    for query in ["do a", "do b", "c please", "d", "e?", "f!"]:
        result = route(engine, tools, query)
        if not result.calls:
            assert result.confidence is None and result.alternatives == []
            continue
        seen += 1
        assert 0 < result.confidence <= 1
        named = [name for name, _ in result.alternatives]
        assert result.calls[0].name not in named and len(named) <= 3
        assert [p for _, p in result.alternatives] == sorted((p for _, p in result.alternatives), reverse=True)
        assert result.confidence + sum(p for _, p in result.alternatives) <= 1 + 1e-6
        forced = route(engine, tools, query, forced=tools[0])
        assert forced.confidence is None and forced.alternatives == []
    assert seen, "the tiny model called no tool at all"


def test_route_calls_the_tool_the_tool_prior_prefers(engine, tools_dir):
    """On the tiny random model: whatever it prefers, a request that names one tool's words routes there."""
    tools = load_catalog([tools_dir([{"name": "convert_media", "description": "convert audio or video files"},
                                     {"name": "ping_host", "description": "ping a host on the network"},
                                     {"name": "get_weather", "description": "weather forecast for a city"}])]).tools
    checked = 0
    for query, wanted in [("ping the host example.com on the network", "ping_host"),
                          ("weather forecast for the city of Lisbon", "get_weather"),
                          ("convert audio or video files: song.flac to mp3", "convert_media")]:
        result = route(engine, tools, query)
        if len(result.calls) == 1 and result.confidence is not None:
            checked += 1
            assert result.calls[0].name == wanted
            assert result.confidence > max((p for _, p in result.alternatives), default=0)
    assert checked, "the tiny model made no single call with a confidence"


def test_a_name_is_watched_while_two_tools_still_fit_it():
    undecided = undecided_name(["search_files", "search_web", "git", "git_commit"])
    assert undecided('[{"name":"') and undecided('[{"name":"search') and undecided('[ { "name" : "search_')
    assert not undecided('[{"name":"search_f') and not undecided('[{"name":"search_web')  # one tool left
    assert undecided('[{"name":"git')  # git, or git_commit
    assert not undecided('[{"name":"git_') and not undecided('[') and not undecided('[{"name":"git","arguments":{')
