"""Narrowing large catalogs: BM25 over names, descriptions, parameters and examples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from needle_cli.engine import ContextError, Engine
from needle_cli.ranking import cued_parameters, scores, top_tools, unfillable, unmatched, without_optional_numbers, words
from needle_cli.router import TOP_K, route
from needle_cli.tools import load_catalog, parse_tool
from needle_cli.bench.datasets import LARGE_CATALOG, write_large_catalog

REPO = Path(__file__).resolve().parents[1]


def big_catalog(tmp_path: Path, size: int = LARGE_CATALOG) -> list:
    """The benchmark's large catalog (tools.d and tools the corpus generates), read back from its tools dir."""
    tools = load_catalog([write_large_catalog(tmp_path / f"large{size}", size)]).tools
    assert len(tools) == size and len({t.name for t in tools}) == size
    return tools


def test_words_split_names():
    assert words("searchFlights files.find_large GIT-log") == ["search", "flights", "files", "find", "large",
                                                                "git", "log"]


def test_a_request_is_unmatched_when_none_of_its_words_is_a_tool_word():
    weather = parse_tool({"name": "get_weather", "description": "Current weather and forecasts for a city",
                          "parameters": {"city": {"type": "string", "description": "city name"}}})
    flights = parse_tool({"name": "searchFlight", "description": "Book a flight"})
    assert unmatched([weather, flights], "turn on the living room lights")
    assert not unmatched([weather, flights], "will it rain in Paris? the forecast please")  # "forecasts"
    assert not unmatched([weather, flights], "cheap flights to Oslo")  # "searchFlight": a name's parts count
    assert not unmatched([weather, flights], "can you show me 42")  # nothing to go on: no opinion
    assert unmatched([], "anything at all")


def test_tools_that_need_a_number_the_request_does_not_state_are_unfillable():
    kill = parse_tool({"name": "kill_process", "parameters": {"pid": {"type": "integer", "required": True},
                                                               "signal": {"type": "string"}}})
    mean = parse_tool({"name": "mean", "parameters": {"values": {"type": "array", "items": {"type": "number"},
                                                                   "required": True}}})
    top = parse_tool({"name": "top_processes", "parameters": {"count": {"type": "integer"}}})  # optional
    find = parse_tool({"name": "find_processes", "parameters": {"name": {"type": "string", "required": True}}})
    tools = [kill, mean, top, find]
    assert unfillable(tools, "stop the postgres processes") == {"kill_process", "mean"}
    for stated in ("stop process 8841", "average of 3.5 and 4", "kill it, twice", "ten of them", "a dozen"):
        assert unfillable(tools, stated) == set(), stated
    assert unfillable([], "anything") == set()


def test_the_router_never_offers_a_call_that_needs_a_number_the_request_lacks(engine):
    """(The tests' tiny random model answers kill_process(pid=0) to these requests when the grammar allows it.)"""
    kill = parse_tool({"name": "kill_process", "description": "stop a process by its pid",
                       "parameters": {"pid": {"type": "integer", "required": True}}})
    find = parse_tool({"name": "find_processes", "description": "find processes by name",
                       "parameters": {"name": {"type": "string", "required": True}}})
    assert route(engine, [kill], "stop the process").calls == []  # the grammar allows only "no call"
    assert "kill_process" not in [c.name for c in route(engine, [kill, find], "kill the process").calls]
    assert [c.name for c in route(engine, [kill], "stop process 4242").calls] == ["kill_process"]
    forced = route(engine, [kill], "stop the process", forced=kill)  # the user chose it: asked, not refused
    assert [c.name for c in forced.calls] == ["kill_process"]


def test_optional_numbers_are_offered_only_when_the_request_states_one(engine):
    """(The tests' tiny random model writes "count": 0 here when the grammar allows it.)"""
    top = parse_tool({"name": "top_processes", "description": "the busiest processes",
                      "parameters": {"sort": {"type": "string"}, "count": {"type": "integer"},
                                     "sizes": {"type": "array", "items": {"type": "number"}},
                                     "pid": {"type": "integer", "required": True}}})
    narrowed, = without_optional_numbers([top], "show the busiest processes")
    assert [p.name for p in narrowed.params] == ["sort", "pid"] and len(top.params) == 4  # a copy, not the tool
    assert without_optional_numbers([top], "show the 5 busiest processes") == [top]
    assert without_optional_numbers([top], "the top five") == [top]
    for query in ("show the busiest processes", "top processes by memory"):
        calls = route(engine, [top], query, forced=top).calls
        assert [c.name for c in calls] == ["top_processes"] and "count" not in calls[0].arguments, query


def test_right_tool_ranks_in_top_k_of_500_for_the_shell_intents(tmp_path):
    tools = big_catalog(tmp_path)
    cases = [json.loads(line) for line in (REPO / "needle_cli/bench/data/shell_intents.jsonl").open()]
    wanted = [({next(iter(call)) for call in c["ground_truth"]}, c["query"]) for c in cases if c["ground_truth"]]
    hits = sum(names <= {t.name for t in top_tools(tools, query, TOP_K)} for names, query in wanted)
    assert hits / len(wanted) >= 0.95


def test_small_catalogs_are_untouched_and_order_is_kept(tmp_path):
    tools = big_catalog(tmp_path, 60)
    assert top_tools(tools, "anything", 60) == tools
    hundred = big_catalog(tmp_path, 100)
    chosen = top_tools(hundred, "ping example.com", 5)
    assert len(chosen) == 5 and "ping_host" in [t.name for t in chosen]
    order = [t.name for t in hundred]
    assert [order.index(t.name) for t in chosen] == sorted(order.index(t.name) for t in chosen)


def test_router_narrows_a_large_catalog(engine):
    tools = [parse_tool({"name": f"tool_{i}", "description": f"does thing number {i}"}) for i in range(80)]
    tools.append(parse_tool({"name": "get_weather", "description": "weather forecast for a city",
                             "parameters": {"city": {"type": "string", "required": True}}}))
    result = route(engine, tools, "weather forecast in Paris", max_tools=64, top_k=8)
    assert len(result.tools) == 8 and "get_weather" in [t.name for t in result.tools]


def test_router_narrows_a_catalog_too_long_for_the_context(tiny_model):
    small = Engine(tiny_model, n_ctx=2048, n_threads=1, use_cache=False)
    try:
        tools = [parse_tool({"name": f"tool_{i}", "description": "a long description of what it does " * 3})
                 for i in range(40)]
        tools.append(parse_tool({"name": "get_weather", "description": "weather forecast for a city"}))
        result = route(small, tools, "weather forecast in Paris", top_k=4)
        assert len(result.tools) == 4 and "get_weather" in [t.name for t in result.tools]
        with pytest.raises(ContextError):
            route(small, tools, "x " * 3000, top_k=4)  # even the narrowed prompt does not fit
    finally:
        small.close()


def test_tools_without_words_score_zero_not_an_error():
    tools = [parse_tool({"name": "_", "description": ""}), parse_tool({"name": "__", "description": "-"})]
    assert scores(tools, "0") == [0.0, 0.0]
    assert top_tools(tools, "anything", 1) == tools[:1]


def test_cued_parameters_are_the_optional_ones_the_request_names():
    tool = parse_tool({"name": "findNearby", "parameters": {
        "query": {"type": "string", "required": True},
        "openNow": {"type": "boolean"}, "recursive": {"type": "boolean"}, "radius": {"type": "integer"},
        "status": {"type": "string", "enum": ["draft", "in review"]}}})
    assert cued_parameters([tool], "laundromats near the office, open now") == {"findNearby": {"openNow"}}
    assert cued_parameters([tool], "copy it recursively, still in review") == {"findNearby": {"recursive", "status"}}
    assert cued_parameters([tool], "laundromats near the office, query them") == {}  # required ones are not cued
    assert cued_parameters([tool], "laundromats in Reviewton") == {}
