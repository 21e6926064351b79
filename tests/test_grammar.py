"""The grammar: every answer the (random, tiny, real) model gives under it is a valid list of calls."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from needle_cli import grammar
from needle_cli.calls import RoutingError, parse_calls
from needle_cli.router import route
from needle_cli.tools import NAME_RE, parse_tool, validate_arguments

PARAMS = {
    "string": {"type": "string"},
    "integer": {"type": "integer"},
    "number": {"type": "number"},
    "boolean": {"type": "boolean"},
    "array": {"type": "array", "items": "string"},
    "array_of_integers": {"type": "array", "items": "integer"},
    "enum": {"enum": ["red", "green", "it's \"blue\"", "C:\\dir\\", "é 😀", "tab\there"]},
    "integer_enum": {"type": "integer", "enum": [1, 20, 300]},
}
QUERIES = ["set it to 5", "make it blue please", "no"]


def routed(engine, tools, query, forced=None):
    """The route, or None when the random model ran past the token limit (a clean RoutingError, no calls).

    Any other RoutingError would mean an invalid answer got through the grammar, and fails the test.
    """
    try:
        return route(engine, tools, query, forced=forced)
    except RoutingError as exc:
        assert "did not finish" in str(exc)
        return None


def check(route_result, tools):
    by_name = {t.name: t for t in tools}
    for call in route_result.calls:
        tool = by_name[call.name]
        assert validate_arguments(tool, call.arguments) == []
        # no empty value: an empty string or list says nothing a left-out argument would not
        assert all(value not in ("", []) for value in call.arguments.values()), call.arguments
        # required parameters first, then optional ones, each in declared order
        order = grammar.argument_order(tool)
        assert list(call.arguments) == [k for k in order if k in call.arguments]
    # the raw text is the JSON the calls came from, less calls that repeat an earlier one exactly
    written = json.loads(route_result.completion.text)
    assert [c.as_dict() for c in route_result.calls] == [c for i, c in enumerate(written) if c not in written[:i]]


@pytest.mark.parametrize("kind", sorted(PARAMS))
@pytest.mark.parametrize("required", [True, False])
def test_each_type_routes_to_valid_arguments(engine, kind, required):
    tool = parse_tool({"name": "setter", "description": "set a value",
                       "parameters": {"value": {**PARAMS[kind], "required": required}, "flag": "boolean"}})
    for query in QUERIES:
        forced = routed(engine, [tool], query, forced=tool)
        # a list of up to MAX_ITEMS strings can outrun the token limit; one scalar per call always finishes
        if forced is None and kind.startswith("array"):
            continue
        assert len(forced.calls) >= 1 and all(c.name == "setter" for c in forced.calls)
        if required:
            assert all("value" in c.arguments for c in forced.calls)
        check(forced, [tool])
        free = routed(engine, [tool], query)
        assert free is not None or kind.startswith("array")
        if free:
            check(free, [tool])


def test_several_tools_and_a_tool_without_parameters(engine):
    tools = [parse_tool({"name": n, "parameters": PARAMS if n == "all" else None}) for n in ("all", "none", "x.y-z")]
    for query in QUERIES:
        for forced in (None, tools[1]):
            result = routed(engine, tools, query, forced)
            if result:
                check(result, tools)


def test_schema_of_an_answer():
    tool = parse_tool({"name": "t", "parameters": {"s": {"type": "string", "required": True},
                                                    "l": {"type": "array", "items": "string"}}})
    schema = grammar.calls_schema([tool], min_calls=1)
    assert schema["minItems"] == 1 and schema["maxItems"] == grammar.MAX_CALLS
    call = schema["items"]
    assert call["properties"]["name"] == {"const": "t"} and call["required"] == ["name", "arguments"]
    arguments = call["properties"]["arguments"]
    assert arguments["required"] == ["s"]
    assert (arguments["properties"]["s"]["minLength"], arguments["properties"]["s"]["maxLength"]) == \
        (1, grammar.MAX_STRING)
    assert (arguments["properties"]["l"]["minItems"], arguments["properties"]["l"]["maxItems"]) == \
        (1, grammar.MAX_ITEMS)
    assert "maxLength" not in tool.json_schema["properties"]["s"]  # the tool itself is not changed
    assert "anyOf" in grammar.calls_schema([tool, parse_tool({"name": "u"})])["items"]


def test_grammar_compiles_and_no_tools_means_empty_list():
    from llama_cpp import LlamaGrammar

    tools = [parse_tool({"name": "k", "parameters": {k: v for k, v in PARAMS.items()}})]
    assert LlamaGrammar.from_string(grammar.calls_gbnf(tools), verbose=False) is not None
    assert grammar.calls_gbnf([]) == 'root ::= "[]"'
    assert "\\x00-\\x1F" in grammar.calls_gbnf(tools)  # no raw control characters inside strings


@pytest.mark.parametrize("text, fragment", [
    ("[{", "not valid JSON"),
    ('{"name": "t", "arguments": {}}', "not a list"),
    ('[{"name": "t"}]', "malformed"),
    ('[{"name": "t", "arguments": {}, "extra": 1}]', "malformed"),
    ('[{"name": "nope", "arguments": {}}]', "unknown tool 'nope'"),
    ('[{"name": "t", "arguments": {"n": "1"}}]', "expected integer"),
    ('[{"name": "t", "arguments": {"n": 1, "m": 2}}]', "unknown argument 'm'"),
    ('[{"name": "t", "arguments": []}]', "must be an object"),
])
def test_answers_are_checked_again_after_the_grammar(text, fragment):
    tool = parse_tool({"name": "t", "parameters": {"n": "integer"}})
    with pytest.raises(RoutingError, match=None) as err:
        parse_calls(text, [tool])
    assert fragment in str(err.value)
    assert parse_calls('[{"name": "t", "arguments": {"n": 1}}]', [tool])[0].arguments == {"n": 1}


def test_free_text_values_lose_the_space_a_copied_word_brings():
    tool = parse_tool({"name": "t", "parameters": {
        "city": "string", "tags": {"type": "array", "items": {"type": "string"}}, "mode": {"type": "string", "enum": ["a", " b"]}}})
    answer = '[{"name": "t", "arguments": {"city": " Tokyo ", "tags": [" x", "y "], "mode": " b"}}]'
    assert parse_calls(answer, [tool])[0].arguments == {"city": "Tokyo", "tags": ["x", "y"], "mode": " b"}


def test_a_call_repeated_word_for_word_runs_once():
    tool = parse_tool({"name": "t", "parameters": {"n": "integer", "s": "string"}})
    one, other = '{"name": "t", "arguments": {"n": 1, "s": "a"}}', '{"name": "t", "arguments": {"s": "a", "n": 2}}'
    calls = parse_calls(f'[{one}, {other}, {one}, {one.replace("1", "2")}]', [tool])
    assert [c.arguments for c in calls] == [{"n": 1, "s": "a"}, {"s": "a", "n": 2}]


# ---------------------------------------------------------------- random catalogs

names = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,11}", fullmatch=True)
# JSON-significant characters and other trouble makers half of the time, any character otherwise
tricky = st.sampled_from(list('"\\\'\n\t\x01{}[]$` é😀'))
scalar_text = st.text(st.one_of(tricky, st.characters(exclude_categories=("Cs",))), min_size=1, max_size=12)
scalars = {
    "string": scalar_text,
    "integer": st.integers(-10**6, 10**6),
    "number": st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False),
    "boolean": st.booleans(),
}

enum_strings = st.one_of(scalar_text, st.sampled_from(['say "hi"', "C:\\temp\\", "it's", "a\nb", "é 😀", "\\u0041"]))


@st.composite
def param_specs(draw):
    kind = draw(st.sampled_from(["string", "integer", "number", "boolean", "array", "enum", "enum"]))
    spec: dict = {"required": draw(st.booleans())}
    if kind == "enum":
        base = draw(st.sampled_from(["string", "string", "integer", "number", "boolean"]))
        values = draw(st.lists(enum_strings if base == "string" else scalars[base], min_size=1, max_size=4,
                               unique=True))
        spec.update(type=base, enum=values)
    elif kind == "array":
        spec.update(type="array", items=draw(st.sampled_from(["string", "integer", "number", "boolean"])))
    else:
        spec["type"] = kind
    if draw(st.booleans()) and not spec["required"]:
        default_kind = spec["type"]
        if default_kind != "array":
            spec["default"] = draw(st.sampled_from(spec["enum"]) if "enum" in spec else scalars[default_kind])
    if draw(st.booleans()):
        spec["description"] = draw(scalar_text)
    return spec


@st.composite
def catalogs(draw):
    tool_names = draw(st.lists(names, min_size=1, max_size=3, unique=True))
    tools = []
    for name in tool_names:
        params = draw(st.dictionaries(names, param_specs(), max_size=4))
        tools.append(parse_tool({"name": name, "description": draw(scalar_text), "parameters": params}))
    return tools


def test_every_routed_answer_validates(engine):
    finished = []

    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                     HealthCheck.data_too_large])
    @given(tools=catalogs(), query=st.text(min_size=1, max_size=40), force=st.booleans())
    def every_answer_validates(tools, query, force):
        assert all(NAME_RE.match(t.name) for t in tools)
        result = routed(engine, tools, query, forced=tools[0] if force else None)
        finished.append(result is not None)
        if result is None:
            return
        if force:
            assert result.calls and {c.name for c in result.calls} == {tools[0].name}
        check(result, tools)

    every_answer_validates()
    assert sum(finished) >= len(finished) / 2, "most random answers should finish, or this test checks nothing"


def test_a_grammar_llama_cpp_rejects_is_an_error_not_a_crash(engine):
    from needle_cli.calls import ModelError

    with pytest.raises(ModelError, match="rejected the answer grammar"):
        engine.complete("", "x", 'root ::= "\\\\"broken"')
    assert engine.complete("", "x", 'root ::= "ok"').text == "ok"


def test_a_grammar_is_parsed_once_per_catalog_and_few_are_kept(engine, monkeypatch):
    from needle_cli.engine import KEEP_GRAMMARS

    parsed = []
    init = engine._llama_cpp.llama_sampler_init_grammar
    monkeypatch.setattr(engine._llama_cpp, "llama_sampler_init_grammar",
                        lambda *args: parsed.append(args[1]) or init(*args))
    tools = [parse_tool({"name": f"tool{i}", "description": "a tool", "parameters": {"n": "integer"}})
             for i in range(KEEP_GRAMMARS + 2)]
    for _ in range(2):
        assert engine.complete("", "x", grammar.calls_gbnf(tools[:1])).finished
    assert len(parsed) == 1  # the second completion used a copy of the first's parsed grammar
    for tool in tools:
        engine.complete("", "x", grammar.calls_gbnf([tool]))
    assert len(engine._grammars) == KEEP_GRAMMARS
