"""Tool declarations: loading, both parameter spellings, every kind of problem, and argument validation."""

from __future__ import annotations

import os
from datetime import date

import pytest

from needle_cli.tools import ToolError, load_catalog, load_file, parse_tool, validate_arguments


def problems_of(tmp_path, text: str, name: str = "t.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    tools, problems = load_file(path)
    return path, tools, problems


def test_short_form_and_json_schema_form_mean_the_same(tmp_path):
    _, tools, problems = problems_of(tmp_path, """
tools:
  - name: short
    description: short form
    parameters:
      path: {type: str, required: true, description: where}
      count: int
      verbose: {type: bool, default: false}
      level: {enum: [low, high]}
      sizes: {type: list, items: float}
    run: [ls, "{path}"]
  - name: long
    parameters:
      type: object
      properties:
        path: {type: string, description: where}
        count: {type: integer}
        verbose: {type: boolean, default: false}
        level: {type: string, enum: [low, high]}
        sizes: {type: array, items: {type: number}}
      required: [path]
    run: [ls, "{path}"]
""")
    assert problems == []
    short, long = tools
    assert short.json_schema == long.json_schema == {
        "type": "object",
        "properties": {
            "path": {"type": "string"},
            "count": {"type": "integer"},
            "verbose": {"type": "boolean"},
            "level": {"type": "string", "enum": ["low", "high"]},
            "sizes": {"type": "array", "items": {"type": "number"}},
        },
        "required": ["path"],
    }
    assert short.param("verbose").default is False and short.param("path").description == "where"
    assert short.confirm is True and short.source == str(tmp_path / "t.yaml")


def test_openai_function_form():
    tool = parse_tool({"type": "function", "function": {
        "name": "get_weather", "description": "Weather for a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
                       "required": ["city"]}}})
    assert tool.name == "get_weather" and tool.run is None and tool.shell is None
    assert [p.name for p in tool.params if p.required] == ["city"]


def test_enum_type_is_inferred_from_its_values():
    tool = parse_tool({"name": "t", "parameters": {"n": {"enum": [1, 2]}, "b": {"enum": [True]}}})
    assert tool.param("n").schema == {"type": "integer", "enum": [1, 2]}
    assert tool.param("b").schema["type"] == "boolean"


def test_invalid_yaml_names_file_and_line(tmp_path):
    path, tools, problems = problems_of(tmp_path, "tools:\n  - name: ok\n    run: [ls\n  - name: other\n")
    assert tools == [] and len(problems) == 1
    problem = problems[0]
    assert problem.path == path and problem.line == 4
    assert str(problem).startswith(f"{path}:4: invalid YAML")


@pytest.mark.parametrize("text, line, fragment", [
    ("- name: a\n  parameters:\n    x: {type: strng}\n", 3, "unknown type 'strng'"),
    ("- name: a\n  parameters:\n    x: {type: string}\n  run: [echo, '{y}']\n", 1, "placeholder {y} has no such parameter"),
    ("- name: a\n  shell: echo {y}\n", 1, "placeholder {y} has no such parameter"),
    ("- name: a\n  parameters: {x: string}\n  shell: \"echo '{x}'\"\n", 1, "placeholder {x} is inside quotes"),
    ("- name: a\n  parameters: {x: string}\n  shell: 'echo \"v={x}\"'\n", 1, "placeholder {x} is inside quotes"),
    ("- name: a\n  parameters: {x: string}\n  run: [echo]\n  shell: echo\n", 1, "give run or shell, not both"),
    ("- name: a\n  confirm: maybe\n", 1, "confirm must be true, false or always"),
    ("- name: a\n  colour: red\n", 1, "unknown key 'colour'"),
    ("- name: 'has space'\n", 1, "missing or invalid"),
    ("- name: a\n  parameters:\n    x: {type: string, default: 3}\n", 3, "default 3 does not match"),
    ("- name: a\n  parameters:\n    x: {type: integer, enum: [1, two]}\n", 3, "enum value 'two' is not a integer"),
    ("- name: a\n  parameters:\n    x: {type: string, requird: true}\n", 3, "unknown key 'requird'"),
    ("- name: a\n  parameters: {type: object, properties: {x: string}, required: [y]}\n", 2, "unknown parameters"),
    ("- name: a\n  run: [echo, '{x!r}']\n  parameters: {x: string}\n", 1, "must be a plain parameter name"),
    ("- name: a\n  run: [echo, '{']\n", 1, "literal braces"),
    ("- name: a\n  run: echo hi\n", 1, "run must be a non-empty list"),
])
def test_each_problem_is_reported_with_file_and_line(tmp_path, text, line, fragment):
    path, tools, problems = problems_of(tmp_path, text)
    assert tools == [] and len(problems) == 1
    assert fragment in str(problems[0])
    assert str(problems[0]).startswith(f"{path}:{line}: ")


def test_quoted_text_next_to_a_bare_placeholder_is_fine():
    tool = parse_tool({"name": "a", "parameters": {"x": "string"},
                       "shell": "echo 'it''s' \"{{x}}\" {x} | grep -v \\'"})
    assert tool.shell


def test_a_bad_tool_does_not_hide_the_good_ones_beside_it(tmp_path):
    _, tools, problems = problems_of(tmp_path, "- name: good\n- name: bad\n  parameters: {x: {type: nope}}\n"
                                               "- name: good2\n")
    assert [t.name for t in tools] == ["good", "good2"]
    assert len(problems) == 1 and problems[0].line == 3


def test_catalog_keeps_going_past_broken_files_and_reports_duplicates(tmp_path):
    d1, d2 = tmp_path / "one", tmp_path / "two"
    d1.mkdir()
    d2.mkdir()
    (d1 / "a.yaml").write_text("- name: alpha\n  description: first\n- name: beta\n")
    (d1 / "b.yml").write_text("- name: gamma\n  run: [\n")  # invalid YAML
    (d1 / "notes.txt").write_text("- not: a tool file\n")  # ignored: not .yaml/.yml
    (d2 / "c.yaml").write_text("- name: alpha\n  description: second\n- name: delta\n")
    catalog = load_catalog([d1, d2, tmp_path / "missing"])
    assert [t.name for t in catalog.tools] == ["alpha", "beta", "delta"]
    assert catalog.get("alpha").description == "first"
    messages = [str(p) for p in catalog.problems]
    assert len(messages) == 2
    assert messages[0].startswith(f"{d1 / 'b.yml'}:")
    assert "duplicate tool name 'alpha'" in messages[1] and str(d1 / "a.yaml") in messages[1]
    assert messages[1].startswith(str(d2 / "c.yaml"))


def test_empty_file_is_no_tools_and_no_problem(tmp_path):
    assert problems_of(tmp_path, "# nothing yet\n")[1:] == ([], [])


def test_tool_error_text():
    assert str(ToolError("bad", "f.yaml", 3)) == "f.yaml:3: bad"
    assert str(ToolError("bad", "f.yaml")) == "f.yaml: bad"
    assert str(ToolError("bad")) == "bad"


@pytest.mark.parametrize("arguments, fragment", [
    ({"path": "x", "count": "3"}, "expected integer"),
    ({"path": "x", "count": True}, "expected integer"),
    ({"path": "x", "ratio": "1.5"}, "expected number"),
    ({"path": "x", "flag": 1}, "expected boolean"),
    ({"path": "x", "mode": "medium"}, "is not one of"),
    ({"path": "x", "tags": ["a", 2]}, "tags[1]: expected string"),
    ({"count": 1}, "missing required argument 'path'"),
    ({"path": "x", "other": 1}, "unknown argument 'other'"),
])
def test_validate_arguments_rejects(arguments, fragment):
    tool = parse_tool({"name": "t", "parameters": {
        "path": {"type": "string", "required": True}, "count": "integer", "ratio": "number", "flag": "boolean",
        "mode": {"enum": ["fast", "slow"]}, "tags": {"type": "array", "items": "string"}}})
    problems = validate_arguments(tool, arguments)
    assert problems and fragment in problems[0]


def test_validate_arguments_accepts():
    tool = parse_tool({"name": "t", "parameters": {
        "path": {"type": "string", "required": True}, "ratio": "number", "tags": {"type": "array"}}})
    assert validate_arguments(tool, {"path": "", "ratio": 2, "tags": []}) == []
    assert validate_arguments(tool, {"path": "x"}) == []
    assert validate_arguments(tool, ["x"]) == ["t: arguments must be an object"]


# ---------------------------------------------------------------- the parsed-tools cache

CACHED = """\
tools:
  - name: greet
    description: Say hello
    parameters: {who: {type: string, required: true}, times: {type: integer, default: 2}}
    run: [echo, hello, "{who}"]
"""


def cache_files(tmp_path):
    return sorted((tmp_path / "cache" / "tools").glob("*.json"))  # conftest's NEEDLE_CACHE_DIR


def test_a_tool_file_is_parsed_once_until_it_changes(tmp_path, monkeypatch):
    import yaml

    path = tmp_path / "t.yaml"
    path.write_text(CACHED)
    first, problems = load_file(path)
    assert not problems and len(cache_files(tmp_path)) == 1
    monkeypatch.setattr(yaml, "load", lambda *a, **k: pytest.fail("parsed again"))
    again, _ = load_file(path)
    assert again == first and again[0].param("times").default == 2
    monkeypatch.undo()
    stat = path.stat()
    path.write_text(CACHED.replace("Say hello", "Say howdy"))  # the same size, and the old mtime put back
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    changed, _ = load_file(path)
    assert changed[0].description == "Say howdy" and len(cache_files(tmp_path)) == 1


@pytest.mark.parametrize("garbage", [b"", b"{not json", b'{"key": "x"}', b'{"key": 1, "tools": 3}', b"\xff\xfe"])
def test_a_corrupt_cache_file_is_ignored_and_rewritten(tmp_path, monkeypatch, garbage):
    import yaml

    path = tmp_path / "t.yaml"
    path.write_text(CACHED)
    expected, _ = load_file(path)
    (cached,) = cache_files(tmp_path)
    cached.write_bytes(garbage)
    assert load_file(path) == (expected, [])
    assert cached.read_bytes() != garbage
    monkeypatch.setattr(yaml, "load", lambda *a, **k: pytest.fail("parsed again"))
    assert load_file(path) == (expected, [])  # from the rewritten cache


def test_files_with_problems_or_values_json_cannot_carry_are_not_cached(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(CACHED + "  - name: broken\n    parameters: {x: {type: wat}}\n")
    tools, problems = load_file(bad)
    assert [t.name for t in tools] == ["greet"] and problems[0].line == 7
    dated = tmp_path / "dated.yaml"
    dated.write_text(CACHED.replace("times: {type: integer, default: 2}", "when: {type: object, default: {day: 2026-01-01}}"))
    (tool,), _ = load_file(dated)
    assert not cache_files(tmp_path)
    assert load_file(bad)[1][0].line == 7  # still reported with its line, every time
    assert load_file(dated)[0][0].param("when").default == tool.param("when").default == {"day": date(2026, 1, 1)}


def test_an_unwritable_cache_dir_only_costs_the_parse(tmp_path, monkeypatch):
    monkeypatch.setenv("NEEDLE_CACHE_DIR", str(tmp_path / "file"))
    (tmp_path / "file").write_text("not a dir")
    path = tmp_path / "t.yaml"
    path.write_text(CACHED)
    assert [t.name for t in load_file(path)[0]] == ["greet"] == [t.name for t in load_file(path)[0]]


def test_yaml_that_pyyaml_cannot_construct_is_invalid_yaml_not_a_traceback(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text("name: t\nexamples: [2024-13-45]\n")
    tools, (problem,) = load_file(path)
    assert not tools and "invalid YAML" in str(problem) and "month" in str(problem)
