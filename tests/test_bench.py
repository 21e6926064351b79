"""needle bench: BFCL-style scoring on hand-made cases, BFCL data mapping, and one small real run on the tiny model.

No test here asserts anything about speed: the benchmark measures, it is never timed itself.
"""

from __future__ import annotations

import json

import pytest

from needle_cli.bench import datasets
from needle_cli.bench.cli import BenchError, bench
from needle_cli.bench.run import percentile
from needle_cli.bench.scoring import normalize_string, score_calls
from needle_cli.tools import parse_tool

AREA = parse_tool({"name": "triangle_area", "parameters": {"type": "dict", "properties": {
    "base": {"type": "integer"}, "height": {"type": "integer"}, "unit": {"type": "string"}},
    "required": ["base", "height"]}})
SPEED = parse_tool({"name": "speed", "parameters": {"type": "dict", "properties": {
    "distance": {"type": "float"}, "time": {"type": "float"}}, "required": ["distance", "time"]}})
WEATHER = parse_tool({"name": "weather.get", "parameters": {"type": "dict", "properties": {
    "city": {"type": "string"}, "days": {"type": "integer"}, "metric": {"type": "boolean"},
    "hours": {"type": "array", "items": {"type": "integer"}},
    "filter": {"type": "dict", "properties": {"kind": {"type": "string"}, "min": {"type": "float"}}}},
    "required": ["city"]}})
TOOLS = [AREA, SPEED, WEATHER]

AREA_GT = [{"triangle_area": {"base": [10], "height": [5], "unit": ["units", ""]}}]


def call(name, **arguments):
    return {"name": name, "arguments": arguments}


def ok(predicted, ground_truth):
    return score_calls(predicted, ground_truth, TOOLS)[0]


# ---------------------------------------------------------------- single calls


def test_correct_call_scores():
    assert score_calls([call("triangle_area", base=10, height=5, unit="units")], AREA_GT, TOOLS) == (True, "ok")


def test_optional_argument_with_empty_accepted_may_be_omitted():
    assert ok([call("triangle_area", base=10, height=5)], AREA_GT)


def test_wrong_value_fails():
    good, reason = score_calls([call("triangle_area", base=10, height=6)], AREA_GT, TOOLS)
    assert not good and "height" in reason


def test_optional_argument_given_a_wrong_value_fails():
    assert not ok([call("triangle_area", base=10, height=5, unit="cm")], AREA_GT)


def test_missing_required_argument_fails():
    good, reason = score_calls([call("triangle_area", base=10)], AREA_GT, TOOLS)
    assert not good and "missing" in reason and "height" in reason


def test_argument_not_omittable_in_ground_truth_fails_when_missing():
    gt = [{"weather.get": {"city": ["Paris"], "days": [3]}}]
    assert not ok([call("weather.get", city="Paris")], gt)


def test_unknown_argument_fails():
    good, reason = score_calls([call("triangle_area", base=10, height=5, colour="red")], AREA_GT, TOOLS)
    assert not good and "colour" in reason


def test_argument_absent_from_ground_truth_fails():
    gt = [{"weather.get": {"city": ["Paris"]}}]
    assert not ok([call("weather.get", city="Paris", days=2)], gt)


def test_wrong_function_fails():
    good, reason = score_calls([call("speed", distance=10, time=5)], AREA_GT, TOOLS)
    assert not good and "wrong function" in reason


def test_extra_call_fails():
    good, reason = score_calls([call("triangle_area", base=10, height=5)] * 2, AREA_GT, TOOLS)
    assert not good and "extra" in reason


def test_missing_call_fails():
    gt = AREA_GT + [{"speed": {"distance": [10.0], "time": [2.0]}}]
    good, reason = score_calls([call("triangle_area", base=10, height=5)], gt, TOOLS)
    assert not good and "missing" in reason
    assert not ok([], AREA_GT)


# ---------------------------------------------------------------- value rules


def test_int_accepted_for_float_but_not_float_for_int():
    gt = [{"speed": {"distance": [10.0], "time": [2.5]}}]
    assert ok([call("speed", distance=10, time=2.5)], gt)
    assert not ok([call("triangle_area", base=10.0, height=5)], AREA_GT)


def test_booleans_are_not_numbers():
    gt = [{"weather.get": {"city": ["Paris"], "days": [1], "metric": [True]}}]
    assert ok([call("weather.get", city="Paris", days=1, metric=True)], gt)
    assert not ok([call("weather.get", city="Paris", days=True, metric=True)], gt)
    assert not ok([call("weather.get", city="Paris", days=1, metric=1)], gt)


def test_strings_compared_after_normalisation():
    assert normalize_string(" New-York, N.Y. ") == normalize_string("new york ny") == "newyorkny"
    gt = [{"weather.get": {"city": ["San Francisco, CA"]}}]
    assert ok([call("weather.get", city="san francisco ca")], gt)
    assert ok([call("weather.get", city="San_Francisco/CA")], gt)
    assert not ok([call("weather.get", city="San Jose, CA")], gt)


def test_any_accepted_value_matches():
    gt = [{"weather.get": {"city": ["NYC", "New York"]}}]
    assert ok([call("weather.get", city="new york")], gt)


def test_lists_compared_element_wise_in_order():
    gt = [{"weather.get": {"city": ["Paris"], "hours": [[9, 12]]}}]
    assert ok([call("weather.get", city="Paris", hours=[9, 12])], gt)
    assert not ok([call("weather.get", city="Paris", hours=[12, 9])], gt)
    assert not ok([call("weather.get", city="Paris", hours=[9])], gt)


def test_dicts_compared_recursively_with_optional_keys():
    gt = [{"weather.get": {"city": ["Paris"], "filter": [{"kind": ["rain", "showers"], "min": [1.0, ""]}]}}]
    assert ok([call("weather.get", city="Paris", filter={"kind": "Rain", "min": 1})], gt)
    assert ok([call("weather.get", city="Paris", filter={"kind": "showers"})], gt)
    assert not ok([call("weather.get", city="Paris", filter={"kind": "snow"})], gt)
    assert not ok([call("weather.get", city="Paris", filter={"kind": "rain", "max": 3})], gt)
    assert not ok([call("weather.get", city="Paris", filter={"min": 1.0})], gt)


# ---------------------------------------------------------------- several calls, and none


def test_parallel_calls_match_in_any_order():
    gt = [{"weather.get": {"city": ["Paris"]}}, {"weather.get": {"city": ["Rome"]}},
          {"speed": {"distance": [3.0], "time": [1.0]}}]
    predicted = [call("speed", distance=3, time=1), call("weather.get", city="rome"), call("weather.get", city="Paris")]
    assert ok(predicted, gt)


def test_parallel_calls_are_matched_one_to_one():
    gt = [{"weather.get": {"city": ["Paris"]}}, {"weather.get": {"city": ["Rome"]}}]
    good, reason = score_calls([call("weather.get", city="Paris")] * 2, gt, TOOLS)
    assert not good and "weather.get" in reason


def test_parallel_matching_finds_an_assignment_when_a_greedy_one_would_fail():
    # The first predicted call fits both expected calls; only one assignment covers everything.
    gt = [{"weather.get": {"city": ["Paris", "Rome"]}}, {"weather.get": {"city": ["Paris"]}}]
    assert ok([call("weather.get", city="Paris"), call("weather.get", city="Rome")], gt)


def test_irrelevance_expects_no_call():
    assert score_calls([], [], TOOLS) == (True, "ok")
    good, reason = score_calls([call("speed", distance=1, time=1)], [], TOOLS)
    assert not good and "no call" in reason


# ---------------------------------------------------------------- data


def test_bfcl_function_mapping():
    tool = datasets.bfcl_tool({"name": "geo.distance", "description": "d", "parameters": {"type": "dict", "properties": {
        "a": {"type": "tuple", "items": {"type": "float"}}, "b": {"type": "any"},
        "opts": {"type": "dict", "properties": {"fast": {"type": "boolean", "default": "false"}}},
        "flag": {"type": "boolean", "default": "false", "optional": True}}, "required": ["a"]}})
    schema = tool.json_schema
    assert schema["properties"]["a"] == {"type": "array", "items": {"type": "number"}}
    assert schema["properties"]["b"]["type"] == "string"
    assert schema["properties"]["opts"]["type"] == "object"
    assert tool.param("flag").default is None  # a default of the wrong type is dropped, not fatal
    assert schema["required"] == ["a"]


def test_bfcl_loading_reads_query_and_answers(tmp_path):
    functions = [{"name": "f", "description": "", "parameters": {"type": "dict", "properties": {"x": {"type": "integer"}},
                                                                  "required": ["x"]}}]
    bad = [{"name": "g", "description": "", "parameters": {"type": "dict", "properties": {"y": {"type": "complex"}}}}]
    question = [[{"role": "system", "content": "sys"}, {"role": "user", "content": "set x to 3"}]]
    (tmp_path / "possible_answer").mkdir()
    lines = [{"id": "simple_python_0", "question": question, "function": functions},
             {"id": "simple_python_1", "question": question, "function": bad}]
    (tmp_path / "BFCL_v4_simple_python.json").write_text("\n".join(map(json.dumps, lines)) + "\n")
    (tmp_path / "possible_answer" / "BFCL_v4_simple_python.json").write_text(
        json.dumps({"id": "simple_python_0", "ground_truth": [{"f": {"x": [3]}}]}) + "\n")
    (tmp_path / "BFCL_v4_irrelevance.json").write_text(json.dumps({**lines[0], "id": "irrelevance_0"}) + "\n")
    data = datasets.load_cases(["simple_python", "irrelevance"], tmp_path, None)
    assert [(c.id, c.query, c.ground_truth) for c in data.cases] == [
        ("simple_python_0", "set x to 3", [{"f": {"x": [3]}}]), ("irrelevance_0", "set x to 3", [])]
    assert [s["id"] for s in data.skipped["simple_python"]] == ["simple_python_1"]


def test_shell_set_loads_with_the_shipped_tools():
    data = datasets.load_cases(["shell"], None, 5)
    assert len(data.cases) == 5
    names = {t.name for t in data.cases[0].tools}
    for case in data.cases:
        assert all(name in names for gt in case.ground_truth for name in gt)


def test_tuning_and_fresh_requests_are_other_requests_over_held_out_schemas_and_not_reported_by_default():
    heldout = datasets.load_cases(["heldout"], None, None).cases
    tuning = datasets.load_cases(["tuning"], None, None).cases
    fresh = datasets.load_cases(["fresh"], None, None).cases
    assert len(tuning) == 300 and datasets.TUNING not in datasets.CATEGORIES
    assert len(fresh) == 400 and datasets.FRESH not in datasets.CATEGORIES
    held_out_names = {t.name for c in heldout for t in c.tools}
    assert {t.name for c in fresh for t in c.tools} & held_out_names  # the same families, other requests
    for others in (heldout, tuning):  # (a short request can recur)
        assert len({c.query for c in fresh} & {c.query for c in others}) < 15
    assert len({c.query for c in tuning} & {c.query for c in heldout}) < 10
    assert [c.id for c in datasets.load_cases(["tuning"], None, 2).cases] == ["tuning_98_0", "tuning_98_1"]
    assert [c.id for c in datasets.load_cases(["fresh"], None, 2).cases] == ["fresh_95_0", "fresh_95_1"]


def test_percentile():
    assert percentile([], 50) is None
    assert percentile([3, 1, 2], 50) == 2
    assert percentile(list(range(1, 101)), 95) == pytest.approx(95.05)


# ---------------------------------------------------------------- the command


def test_missing_bfcl_dir_is_an_error(tmp_path):
    with pytest.raises(BenchError, match="BFCL data not found"):
        bench(bfcl_dir=tmp_path / "nope", out=tmp_path / "out", peers=False, categories=["simple_python"], e2e_runs=0)


def test_unknown_category_is_an_error(tmp_path):
    with pytest.raises(BenchError, match="unknown category"):
        bench(out=tmp_path / "out", peers=False, categories=["chess"], e2e_runs=0)


def test_small_real_run_writes_report_and_plot(tiny_model, tmp_path):
    pytest.importorskip("matplotlib")
    out = tmp_path / "report"
    report = bench(models=None, bfcl_dir=None, limit=3, out=out, peers=False, categories=["shell", "heldout"],
                   e2e_runs=2, threads=1)
    data = json.loads((out / "report.json").read_text())
    assert (out / "accuracy_latency.png").stat().st_size > 0
    markdown = (out / "report.md").read_text()
    assert "| **overall** |" in markdown and "held-out schemas" in markdown and data["date"][:10] in markdown
    assert data == json.loads(json.dumps(report))
    for key in ("date", "machine", "llama_cpp_python", "threads", "limit", "categories", "e2e_runs", "models"):
        assert key in data
    assert {"platform", "cpu", "cores"} <= set(data["machine"])
    assert data["limit"] == 3 and data["categories"] == ["shell", "heldout"]
    (model,) = data["models"]  # conftest points NEEDLE_MODEL, the default model, at the tiny GGUF
    assert model["path"] == str(tiny_model) and model["error"] is None
    for key in ("accuracy", "overall", "prefill_tok_s", "decode_tok_s", "model_ms_mean", "e2e_cold_ms",
                "e2e_ms_p50", "e2e_ms_p95", "e2e_served_ms_p50", "peak_rss_mib", "size_mib", "cases"):
        assert key in model
    assert model["accuracy"]["shell"]["total"] == 3 and model["accuracy"]["heldout"]["total"] == 3
    assert len(model["cases"]) == 6
    assert {"id", "category", "correct", "reason", "calls", "ms"} <= set(model["cases"][0])
    # Every fresh process is accounted for: timed (loading the model, or through the benchmark's server), or a
    # recorded failure; and the server was the benchmark's own, gone when it ended.
    timed = len(model["e2e_wall_ms"]) + len(model["e2e_served_wall_ms"]) + len(model["e2e_failures"])
    timed_large = len(model["large_e2e_wall_ms"]) + len(model["large_e2e_served_wall_ms"]) + \
        len(model["large_e2e_failures"])
    assert timed == timed_large == 4
    assert model["e2e_served_ms_p50"] > 0 and "e2e p50 ms, served" in markdown
    assert data["large_catalog"]["tools"] == 500 and data["large_catalog"]["recall"] >= 0.95
    assert "500 tools: e2e p50 ms, served" in markdown and "500-tool catalog" in markdown
    # The warm-cache timing ran on its own cache, not the user's (conftest's NEEDLE_CACHE_DIR)
    assert model["warm_model_ms_p50"] > 0 and "warm_model_ms" in data["notes"]
    assert not (tmp_path / "cache" / "kv").exists()  # (tools.d's parsed files may be cached, as by any command)
