"""The router's priors on the answer: argument values copied from the request, and the no-call option."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pytest

from needle_cli.priors import (ANOTHER_SHARE, AnswerPrior, copied_continuation, open_value, unused_values,
                               value_spans, values_by_call, wants_more_calls)
from needle_cli.router import route
from needle_cli.tools import load_catalog


@pytest.mark.parametrize("answer, expected", [
    ('[{"name":"sea', None),  # a tool name is the router's to choose
    ('[{"name":"a","arguments":{"dest', None),  # a key
    ('[{"name":"a","arguments":{"destination":"Tok', ("string", "Tok")),
    ('[{"name":"a","arguments":{"name":"x', ("string", "x")),  # an argument called "name" is a value
    ('[{"name":"a","arguments":{"n":12', ("number", "12")),
    ('[{"name":"a","arguments":{"n": ', ("number", "")),
    ('[{"name":"a","arguments":{"d":"x","e":["a","b', ("string", "b")),
    ('[{"name":"a","arguments":{"d":"x\\"y', ("string", 'x\\"y')),
    ('[{"name":"a","arguments":{"d":"x"}},{"name":"b', None),
])
def test_open_value_finds_the_argument_value_being_written(answer, expected):
    assert open_value(answer) == expected


def test_copies_start_and_end_at_word_boundaries():
    prior = AnswerPrior("flights to Tokyo on 2026-12-24, 3 people", str, [])
    keeps = prior.keeps_copy
    assert keeps("string", "", "T") and keeps("string", "Tok", "yo") and keeps("string", "Tokyo", " on")
    assert keeps("string", "Tokyo", '","') and keeps("string", "", " Tokyo")  # ends a copy; a space before it
    assert not keeps("string", "Tokyo", "o")  # "Tokyoo"
    assert not keeps("string", "", "okyo")  # inside a word
    assert not keeps("string", "Tok", '"')  # ends inside a word
    assert not keeps("string", "", '"')  # an empty value is no copy
    assert keeps("number", "", "3") and keeps("number", "3", "}") and keeps("number", "202", "6")
    assert not keeps("number", "202", "}") and not keeps("number", "", "true")
    costs = AnswerPrior("a house costing $200,000 and 3,5 of them", str, []).keeps_copy
    assert costs("number", "200", "000") and costs("number", "200000", "}")  # JSON has no thousands separator
    assert not costs("number", "3", "5")  # "3,5" is not a thousands group
    decimals = AnswerPrior("8.5 million people on 0.25 of the land, version 2.1.", str, []).keeps_copy
    assert not decimals("number", "8", "}") and decimals("number", "8", ".") and decimals("number", "8.5", "}")
    assert not decimals("number", "", "25") and decimals("number", "0.2", "5}")  # a decimal's digits are one word
    assert not decimals("string", "2", '"') and decimals("string", "2.1", '"')  # (the sentence's point ends it)


def test_a_number_the_call_has_spent_is_no_copy():
    prior = AnswerPrior("accelerated at 4 m/s for 300 meters, then 4 more", str, [])
    answer = '[{"name":"k","arguments":{"acceleration":300,"distance":'
    spent = prior.spent_numbers(answer, "")
    assert spent == Counter({"300": 1})
    keeps = prior.keeps_copy
    assert keeps("number", "", "3") and not keeps("number", "", "3", spent)  # the request's only 300
    assert not keeps("number", "30", "0", spent) and not keeps("number", "300", "}", spent)
    assert keeps("number", "", "4", spent)
    twice = prior.spent_numbers('[{"name":"k","arguments":{"a":4,"b":-4,"c":3', "3")
    assert twice == Counter({"4": 2}) and not keeps("number", "", "4", twice)  # stated twice, spent twice
    other_call = '[{"name":"k","arguments":{"d":300}},{"name":"k","arguments":{"d":'
    assert keeps("number", "", "3", prior.spent_numbers(other_call, ""))  # each call copies afresh
    assert prior.spent_numbers('[{"name":"k","arguments":{"s":"300 m","d":', "") == Counter()  # not a number


def test_a_copy_that_starts_a_quoted_part_does_not_end_inside_it():
    keeps = AnswerPrior("""move 'weird name;rm -rf ~.txt' to "My Notes" and `a b` (Bob's 'c d')""", str, []).keeps_copy
    assert not keeps("string", "weird", '"') and not keeps("string", "weird name", '"')  # inside the quotes
    assert keeps("string", "weird name;rm -rf ~.txt", '"') and keeps("string", "weird name;rm -rf ~.txt'", '"')
    assert keeps("string", "name", '"')  # a copy from inside the quotes is the model's to choose
    assert not keeps("string", "My", '"') and keeps("string", "My Notes", '"')  # JSON-escaped double quotes
    assert not keeps("string", "a", '"') and keeps("string", "a b", '"') and keeps("string", "Bob", '"')
    assert not keeps("string", "c", '"')  # the apostrophe of "Bob's" opens none, so 'c d' is one
    whole = AnswerPrior('"Can you help me plan my day"', str, []).keeps_copy
    assert whole("string", "Can you help me", '"')  # a request quoted whole has no quoted part


def _steered(prior: AnswerPrior, pieces: list[str], answer: str) -> dict[str, float]:
    """What `prior` adds to each piece's logit (all zero before) after `answer`: the pieces it changed."""
    logits = np.zeros(len(pieces), dtype=np.float32)
    prior(answer, logits)
    return {p: float(v) for p, v in zip(pieces, logits) if v}


def test_the_prior_raises_only_the_tokens_it_wants():
    pieces = ["[", "[]", "]", "{", "T", "ok", "yo", "o", '"}}]', "x"]
    prior = AnswerPrior("to Tokyo", pieces.__getitem__, [], copy_weight=2.0, no_call_weight=1.0)

    def steered(answer: str) -> dict[str, float]:
        return _steered(prior, pieces, answer)

    assert steered("") == {"[]": 1.0}
    assert steered("[") == {"]": 1.0}
    assert steered('[{"name":"go","arguments":{"city":"Tok') == {"yo": 2.0}
    assert steered('[{"name":"go","arguments":{"city":"Tokyo') == {'"}}]': 2.0}
    assert steered('[{"name":"go","arguments":{') == {}


def _longest_first(pieces: list[str]):
    """A tokenizer over `pieces` that takes the longest piece that starts the text, as BPE vocabularies mostly do."""
    def tokenize(text: str) -> list[int]:
        ids = []
        while text:
            i = max((i for i, p in enumerate(pieces) if p and text.startswith(p)), key=lambda i: len(pieces[i]))
            ids.append(i)
            text = text[len(pieces[i]):]
        return ids
    return tokenize


def test_the_tokens_that_go_on_with_a_copy_are_weighed_even_when_the_model_ranks_them_low():
    """Inside the request "Deadpool" is " De" "ad" "pool"; as a value it is "D" "ead" "pool". After "D" the model's
    likeliest tokens need not hold "ead", so copy_tokens brings it in."""
    pieces = ["for", " De", "ad", "pool", "D", "ead", " ", '"'] + [f"z{i}" for i in range(60)]
    prior = AnswerPrior("for Deadpool", pieces.__getitem__, [], copy_weight=2.0, tokenize=_longest_first(pieces))
    assert prior.copy_tokens("string", "D") == {pieces.index("ead")}
    assert prior.copy_tokens("string", "") == {pieces.index("for"), pieces.index("D")}  # each word's first token
    logits = np.zeros(len(pieces), dtype=np.float32)
    logits[8:] = 5.0  # sixty likelier tokens: "ead" is not among the likeliest the prior looks at
    prior('[{"name":"movies","arguments":{"movie":"D', logits)
    assert logits[pieces.index("ead")] == 2.0


def test_a_value_copying_a_word_loses_the_break_weight_when_it_goes_on_with_another():
    pieces = ["ead", "ad", "pool", "x", '"', '","', " ", "0", "5", ","]
    prior = AnswerPrior("showtimes for Deadpool at 100 places", pieces.__getitem__, [], copy_weight=2.0,
                        break_weight=16.0)

    def steered(answer: str) -> dict[str, float]:
        return _steered(prior, pieces, '[{"name":"movies","arguments":{' + answer)

    # "Dadpool": every token that goes on writing loses the weight; the quote may still end the value there
    assert steered('"movie":"D') == {"ead": 2.0, **{p: -16.0 for p in pieces if p != "ead" and p[0] != '"'}}
    assert steered('"movie":"Deadpool') == {'"': 2.0, '","': 2.0, " ": 2.0}  # a whole word: nothing lost
    assert steered('"movie":"Dadpool') == {}  # no longer a copy: nothing to keep
    assert steered('"count":10') == {"0": 2.0, "5": -16.0, "ead": -16.0}  # "105", "10e..." for 100
    whole = steered('"count":100')  # a whole number: it may end, and going on loses nothing
    assert whole[","] == 2.0 and "0" not in whole and "5" not in whole
    assert prior.inside_word("string", "Dead") and prior.inside_word("number", "10")
    assert not prior.inside_word("string", "") and not prior.inside_word("string", "Deadpool")


def test_a_copy_may_stop_inside_a_character_written_a_byte_at_a_time():
    """A small vocabulary writes "á" as two byte tokens; between them the answer ends in half a character, which
    the engine passes on as its byte ("surrogateescape"). The copy goes on through it, and a byte that begins no
    character of the request breaks it."""
    pieces = ["see", " T", "T", "\udcc3", "\udca1", "\udcbc", "r", " now", "x", '"']
    to_bytes = _longest_first(pieces)
    prior = AnswerPrior("see Tár now", pieces.__getitem__, [], copy_weight=2.0, break_weight=16.0,
                        tokenize=lambda text: to_bytes(text.encode().decode("ascii", "surrogateescape")))

    def steered(answer: str) -> dict[str, float]:
        return _steered(prior, pieces, '[{"name":"films","arguments":{"movie":"' + answer)

    lost = {p: -16.0 for p in pieces if p != '"'}  # goes on writing, but not the copy
    assert steered("T") == {**lost, "\udcc3": 2.0}
    assert steered("T\udcc3") == {**lost, "\udca1": 2.0}  # "á", not "ü" (\xc3\xbc)
    assert steered("Tá") == {**lost, "r": 2.0}
    assert steered("Tár") == {'"': 2.0, " now": 2.0}
    assert prior.copy_tokens("string", "T") == {pieces.index("\udcc3")}
    assert prior.copy_tokens("string", "T\udcc3") == {pieces.index("\udca1")}
    assert prior.inside_word("string", "T\udcc3") and not prior.keeps_copy("string", "T\udcc3", '"')


def test_a_quote_after_a_backslash_does_not_end_a_copy():
    r"""The request's "C:\Users" is "C:\\Users" in JSON. After the first backslash, '"' is an escaped quote that
    goes on writing the value (the shipped model wrote "C:\":{" and "$5 \"}}]}}]..." before this was read)."""
    pieces = ['"', "\\", "\\\\", "x", '"}}]']
    prior = AnswerPrior(r"files under C:\Users\bob and $5 \ each", pieces.__getitem__, [], copy_weight=2.0,
                        break_weight=16.0)
    keeps = prior.keeps_copy
    assert keeps("string", "C:", "\\") and keeps("string", "C:", "\\\\") and keeps("string", "C:\\", "\\")
    assert not keeps("string", "C:\\", '"') and not keeps("string", "C:\\", '"}}]')
    assert keeps("string", "C:\\\\Users\\\\bob", '"}}]')  # a whole copy ends there
    assert prior.inside_word("string", "C:\\") and not prior.inside_word("string", "C:\\\\Users")
    steered = _steered(prior, pieces, '[{"name":"find","arguments":{"dir":"$5 \\')
    assert steered == {"\\": 2.0, '"': -16.0, "\\\\": -16.0, "x": -16.0, '"}}]': -16.0}


@pytest.fixture(scope="module")
def shipped_engine():
    from pathlib import Path

    from needle_cli.engine import Engine

    engine = Engine(Path(__file__).resolve().parents[1] / "models" / "needle.gguf", n_threads=1, use_cache=False)
    yield engine
    engine.close()


def test_the_shipped_model_copies_names_with_accented_letters(shipped_engine, tools_dir):
    """The shipped model's vocabulary writes "ü", "é", "ø" a byte at a time. Before the copy prior read bytes, it
    went on with words of its own after the first byte of such a letter ("Jos expire City" for "José")."""
    tools = load_catalog([tools_dir([
        {"name": "send_message", "description": "send a text message to a contact",
         "parameters": {"recipient": {"type": "string", "required": True},
                        "message": {"type": "string", "required": True}}},
        {"name": "get_weather", "description": "current weather for a city",
         "parameters": {"city": {"type": "string", "required": True}}}])]).tools
    weather = route(shipped_engine, tools, "weather in Düsseldorf").calls
    message = route(shipped_engine, tools, "send a message to José saying the café is closed").calls
    norway = route(shipped_engine, tools, "message Søren that the meeting moved").calls
    assert [c.arguments for c in weather] == [{"city": "Düsseldorf"}]
    assert [c.arguments for c in message] == [{"recipient": "José", "message": "the café is closed"}]
    assert norway[0].arguments["recipient"] == "Søren"


def test_the_shipped_model_does_not_write_a_number_stated_once_twice(shipped_engine, tools_dir):
    """Before numbers a call had used were no copies, the shipped model gave "random number 77-2212" as min 77,
    max 77 and count 2212."""
    tools = load_catalog([tools_dir([
        {"name": "random_int", "description": "pick random whole numbers in a range",
         "parameters": {"min": {"type": "integer", "required": True}, "max": {"type": "integer", "required": True},
                        "count": {"type": "integer", "description": "how many numbers"}}},
        {"name": "get_weather", "description": "current weather for a city",
         "parameters": {"city": {"type": "string", "required": True}}}])]).tools
    queries = ("random number 77-2212?", "random number 14-5652")
    answers = [route(shipped_engine, tools, query).calls for query in queries]
    assert [[(c.name, c.arguments) for c in calls] for calls in answers] == [
        [("random_int", {"min": 77, "max": 2212})], [("random_int", {"min": 14, "max": 5652})]]


def _one_tool(tools_dir):
    return load_catalog([tools_dir([{"name": "get_weather", "description": "weather for a city",
                                     "parameters": {"city": {"type": "string", "required": True}}}])]).tools


def test_a_strong_copy_prior_makes_the_tiny_model_copy_from_the_request(engine, tools_dir):
    """The tiny random model writes noise for a value; with the prior far stronger than its logits, it copies."""
    tools = _one_tool(tools_dir)
    query = "what is the weather in Lisbon today"
    result = route(engine, tools, query, forced=tools[0], copy_weight=100.0, no_call_weight=0.0)
    city = result.calls[0].arguments["city"]
    assert city.strip() and city.strip() in query
    assert query.startswith(city.strip()) or f" {city.strip()}" in query


def test_the_no_call_prior_decides_between_no_call_and_a_call(engine, tools_dir):
    """Far stronger than the tiny model's logits either way, its sign alone decides."""
    tools = _one_tool(tools_dir)
    query = "what is the weather in Lisbon today"
    assert route(engine, tools, query, no_call_weight=100.0).calls == []
    assert [c.name for c in route(engine, tools, query, no_call_weight=-100.0).calls] == ["get_weather"]


def test_a_request_that_shares_no_word_with_any_tool_leans_to_no_call(engine, tools_dir):
    """The unmatched weight adds to the no-call weight only where ranking.unmatched holds: a strong one turns the
    tiny model's call into no call for a request about something else, and changes nothing for one about the
    weather (a weak no-call weight alone gives a call in both)."""
    tools = _one_tool(tools_dir)
    other, weather = "play some jazz music", "what is the weather in Lisbon today"
    for query in (other, weather):
        assert route(engine, tools, query, no_call_weight=-50.0, unmatched_weight=0.0).calls
    assert route(engine, tools, other, no_call_weight=-50.0, unmatched_weight=100.0).calls == []
    assert route(engine, tools, weather, no_call_weight=-50.0, unmatched_weight=100.0).calls


def test_the_tool_prior_weighs_each_token_by_the_tools_it_keeps_possible():
    pieces = ["search", "ping", 'ping"', "_web", "_files", '_web",', "x", "s"]
    prior = AnswerPrior("q", pieces.__getitem__, [], copy_weight=0.0,
                        tool_prior={"search_web": 0.0, "search_files": -2.0, "ping": -1.0},
                        tokenize=lambda text: [max((i for i, p in enumerate(pieces) if text.startswith(p)),
                                                   key=lambda i: len(pieces[i]))])  # the longest piece first

    def steered(answer: str) -> dict[str, float]:
        changed = _steered(prior, pieces, answer)
        assert not changed or changed["x"] < -1000  # out of reach when weighing
        return {p: v for p, v in changed.items() if v > -1000}

    def log_mean(*values):
        return math.log(sum(math.exp(v) for v in values) / len(values))

    everything = log_mean(0.0, -2.0, -1.0)
    assert steered('[{"name":"') == pytest.approx({
        "search": log_mean(0.0, -2.0) - everything, "s": log_mean(0.0, -2.0) - everything,
        "ping": -1.0 - everything, 'ping"': -1.0 - everything})  # "x" spells no tool
    searches = log_mean(0.0, -2.0)
    assert steered('[{"name":"search') == pytest.approx({"_web": -searches, '_web",': -searches,
                                                          "_files": -2.0 - searches})
    # along each whole name the weights add up to that tool's prior (against the mean of all)
    assert steered('[{"name":"')["search"] + steered('[{"name":"search')["_files"] == pytest.approx(-2.0 - everything)
    assert steered('[{"name":"ping') == {}  # one tool left: nothing to choose
    assert steered('[{"name":"search_web","arguments":{},{"name":"') == {}  # the first call's name only


def test_the_end_prior_raises_the_tokens_that_end_the_answer_after_a_call():
    pieces = ["]", ",", "}", "}}]", "}},", '"}}]', "x"]
    prior = AnswerPrior("to Tokyo", pieces.__getitem__, [], copy_weight=0.0, end_weight=1.5)

    def steered(answer: str) -> dict[str, float]:
        return _steered(prior, pieces, answer)

    assert steered('[{"name":"go","arguments":{"n":3}}') == {"]": 1.5}
    assert steered('[{"name":"go","arguments":{"n":3') == {"}}]": 1.5}  # a value, the call and the answer
    assert steered('[{"name":"go","arguments":{"city":"To') == {}  # inside a string: '"}}]' is the copy's
    assert steered('[{"name":"go","arguments":{"tags":["a"') == {}  # a "]" that closes a list value only
    assert steered("[") == {}  # before any call it is the no-call prior's


def test_values_by_call_are_the_argument_values_not_keys_or_names():
    answer = ('[{"name":"calc","arguments":{"name":"Bo \\"B\\"","years":[10,2.5e3],"ok":true}},'
              '{"name":"x","arguments":{"c":"Se')
    assert values_by_call(answer) == [['Bo "B"', "10", "2.5e3"], []]  # (a value being written is not yet written)


def test_more_calls_are_wanted_while_the_calls_use_up_values():
    query = "the factorial of 5, 10 and 15"
    assert wants_more_calls(query, [["5"]]) and wants_more_calls(query, [["5"], ["10"]])
    assert not wants_more_calls(query, [["5"], ["10"], ["15"]])
    assert not wants_more_calls(query, [["5"], ["5"]])  # the second call copied nothing new: no more asked for
    assert not wants_more_calls(query, [["PPqq"]])  # nor after a call that copied nothing at all
    assert not wants_more_calls(query, [])
    assert wants_more_calls("loans of $400,000 for 15 and 30 years", [["400000", "15"]])


@pytest.mark.parametrize("query, values, left", [
    ("the factorial of 5, 10 and 15", ["5"], ["10", "15"]),
    ("the factorial of 5, 10 and 15", ["5", "10", "15"], []),
    ("a loan of $400,000 over 15, 20 or 30 years", ["400000", "15"], ["20", "30"]),
    ("the weather in Seattle and Los Angeles", ["Seattle"], ["Los"]),
    ("git status in repos/api and repos/web", ["repos/api"], ["repos/web"]),
    ("a triangle with base 6 and height 10", ["6", "10"], []),  # "height" is no item of the list
    ("a triangle with base 6 and height 10", ["6"], ["10"]),  # a number no value has used
    ("move notes.txt and the Archive", ["notes.txt"], []),  # not the same shape
    ("compare apples and oranges", ["apples"], []),  # lower-case words: too often not a list of values
    ("$27.42 at 8% for 4 years, compounded 4 times a year", ["27.42", "8", "4"], ["4"]),  # stated twice, used once
    ("pick 9 random numbers from 7 to 1289", ["7", "1289"], ["9"]),  # a 9 inside 1289 is not a 9
])
def test_unused_values_are_numbers_and_list_items_no_call_has_used(query, values, left):
    assert unused_values(query, values) == left


@pytest.mark.parametrize("query, values, left", [
    ("zip up my_thesis into thesis_final.zip", ["my_thesis", "zip"], ["thesis_final.zip"]),
    ("diff ../infra against origin/main", ["../infra"], ["origin/main"]),
    ("note 'buy milk, eggs' for 3 pm", ["buy milk, eggs", "3"], []),  # a quoted part, with its comma
    ("note 'buy milk' for 3 pm", ["3"], ["buy milk"]),
    ("a speed of 3.5 m/s", ["3.5"], ["m/s"]),  # (a unit looks like a path: a second look keeps only what fills)
])
def test_unused_values_with_spans_are_also_files_paths_and_quoted_parts(query, values, left):
    assert unused_values(query, values, spans=True) == left
    assert set(left) <= set(unused_values(query, [], spans=True)) - set(unused_values(query, []))  # (not numbers)


def test_another_argument_is_favoured_where_the_grammar_allows_one():
    """While the request holds a value no call has written, the tokens that end the value and go on with another
    argument get ANOTHER_SHARE of what ending there had; where the tool has no parameter left, nothing changes."""
    pieces = ['"}}]', '",', '"', "x", ",", "}}]", "5"]
    prior = AnswerPrior("zip up my_thesis into thesis_final.zip", pieces.__getitem__, [], copy_weight=0.0,
                        tokenize=lambda text: [pieces.index(text) if text in pieces else 3],
                        fill={"zip": ["source", "format", "archive"]})
    logits = np.zeros(len(pieces))
    prior('[{"name":"zip","arguments":{"source":"my_thesis","format":"zip', logits)
    ends = np.exp(logits[:3]) / np.exp(logits[:3]).sum()
    assert ends[1] == pytest.approx(ANOTHER_SHARE) and np.exp(logits[:3]).sum() == pytest.approx(3.0)
    assert logits[3] == 0.0  # going on with the value: as before
    assert _steered(prior, pieces, '[{"name":"zip","arguments":{"source":"my_thesis","format":"zip",'
                                   '"archive":"thesis_final') == {}  # the last parameter
    assert _steered(prior, pieces, '[{"name":"zip","arguments":{"source":"thesis_final.zip","format":"zip') == {}
    after = _steered(prior, pieces, '[{"name":"zip","arguments":{"source":"my_thesis","format":"zip"')
    assert after[","] > 0 > after["}}]"]


def test_the_end_prior_turns_against_the_end_while_values_are_unused():
    pieces = ["]", ",", "}}]", '"}}]', "x"]
    prior = AnswerPrior("ping 10.0.0.1 and 10.0.0.2", pieces.__getitem__, [], copy_weight=0.0, end_weight=1.5,
                        open_weight=2.5)
    one = '[{"name":"ping","arguments":{"host":"10.0.0.1"}}'
    assert _steered(prior, pieces, one) == {"]": -2.5}
    assert _steered(prior, pieces, one[:-3]) == {'"}}]': -2.5}  # from inside the value: the open weight only
    both = one + ',{"name":"ping","arguments":{"host":"10.0.0.2"}}'
    assert _steered(prior, pieces, both) == {"]": 1.5}
    assert _steered(prior, pieces, both[:-3]) == {}


def test_the_end_prior_decides_between_one_call_and_more(engine, tools_dir):
    """Far stronger than the tiny model's logits either way, its sign alone decides (the copy prior keeps the
    random model's values short)."""
    tools = _one_tool(tools_dir)
    query = "what is the weather in Lisbon today"
    one = route(engine, tools, query, no_call_weight=-100.0, copy_weight=100.0, end_weight=100.0)
    more = route(engine, tools, query, no_call_weight=-100.0, copy_weight=100.0, end_weight=-100.0)
    assert len(one.calls) == 1 and len(more.calls) > 1


def test_a_tool_prior_that_prefers_no_tool_changes_no_token():
    """Equal priors: each token's weight is the mean over its tools against the mean over all, zero, whatever
    the number of tools behind it (a sum would favour the branch with more tools)."""
    pieces = ["git_", "ping_host", "commit", "push", "log"]
    prior = AnswerPrior("q", pieces.__getitem__, [], copy_weight=0.0,
                        tool_prior={"git_commit": -1.0, "git_push": -1.0, "git_log": -1.0, "ping_host": -1.0},
                        tokenize=lambda text: [pieces.index(text.rstrip('"'))] if text.rstrip('"') in pieces else [0])
    logits = np.array([0.0, 1.5, 0.0, 0.0, 0.0], dtype=np.float32)
    prior('[{"name":"', logits)
    assert logits[:2].tolist() == [0.0, 1.5]  # the model's own preference for ping_host stands


def test_the_continuation_of_a_value_copied_from_the_request():
    query = 'copy "Project Plan.docx" to /mnt/backup, then ping 10.0.0.8'
    args = '[{"name":"copy_file","arguments":{'
    assert copied_continuation(query, args + '"source":"Project') == ' Plan.docx" to /mnt/backup, then ping 10.0.0.8'
    assert copied_continuation(query, args + '"destination":"/').startswith("mnt/backup")  # the first "/" there
    assert copied_continuation(query, args + '"source":"the Project') == ' Plan.docx" to /mnt/backup, then ping 10.0.0.8'
    assert copied_continuation(query, args + '"host":"10.0') == ".0.8"
    assert copied_continuation(query, args + '"count":1') == "0.0.0.8"  # numbers too
    for answer in (args + '"source":"', args + '"source":"zzz', args, "[", '[{"name":"copy'):
        assert copied_continuation(query, answer) == ""  # no value begun, none found, or not in a value


def test_the_shipped_model_copies_a_title_whole(tools_dir):
    """The shipped model writes "Gimsby Nights" here, leaving the copy of "Grimsby" after its "G" for a word it
    likes better. With the break weight it copies the title."""
    from pathlib import Path

    from needle_cli.engine import Engine

    tools = load_catalog([tools_dir([{"name": "movie_showtimes", "description": "showtimes of a film in a city",
                                      "parameters": {"movie": {"type": "string", "required": True},
                                                     "city": {"type": "string", "required": True}}}])]).tools
    engine = Engine(Path(__file__).resolve().parents[1] / "models" / "needle.gguf", n_threads=1, use_cache=False)
    try:
        query = "Find showtimes for Grimsby Nights in Tbilisi."
        drifted = route(engine, tools, query, break_weight=0.0).calls[0].arguments["movie"]
        copied = route(engine, tools, query).calls[0].arguments["movie"]
    finally:
        engine.close()
    if drifted == "Grimsby Nights":
        pytest.skip("the shipped model copies this title unaided: find another drift for this test")
    assert copied == "Grimsby Nights"


def test_the_end_prior_leaves_another_argument_to_the_model_while_one_the_request_names_is_unwritten():
    pieces = ["]", "}}]", ","]
    cued = {"find": {"openNow"}}
    prior = AnswerPrior("cafes near me, open now", pieces.__getitem__, [], copy_weight=0.0, end_weight=1.5,
                        cued=cued)
    # another argument weighs as much as the end: the model chooses between them, the prior against another call
    assert _steered(prior, pieces, '[{"name":"find","arguments":{"query":"cafes"') == {"}}]": 1.5, ",": 1.5}
    assert _steered(prior, pieces, '[{"name":"find","arguments":{"query":"cafes","openNow":true') == {"}}]": 1.5}
    assert _steered(prior, pieces, '[{"name":"find","arguments":{"query":"cafes"}}') == {"]": 1.5}  # closed
    assert _steered(prior, pieces, '[{"name":"other","arguments":{"q":"cafes"') == {"}}]": 1.5}


def test_the_shipped_model_copies_a_quoted_file_name_whole():
    """A hostile file name, quoted: the shipped model stopped at the ";" without the quoted-part rule."""
    from pathlib import Path

    from needle_cli.engine import Engine

    tools = load_catalog([Path(__file__).resolve().parents[1] / "tools.d"]).tools
    engine = Engine(Path(__file__).resolve().parents[1] / "models" / "needle.gguf", n_threads=1, use_cache=False)
    try:
        calls = route(engine, tools, "move 'weird name;rm -rf ~.txt' to ~/trash").calls
    finally:
        engine.close()
    assert [(c.name, c.arguments) for c in calls] == [("move_file", {"source": "weird name;rm -rf ~.txt",
                                                                     "destination": "~/trash"})]


def test_a_second_look_writes_the_file_the_request_names(shipped_engine, tools_dir):
    """The shipped model ends these calls before the output file the request names; the router's second look,
    with another argument favoured while the request holds a value no call has written, writes it."""
    tools = load_catalog([tools_dir([
        {"name": "compress_folder", "description": "Pack a folder or file into a .tar.gz or .zip archive.",
         "parameters": {"source": {"type": "string", "required": True, "description": "folder or file to compress"},
                        "format": {"type": "string", "enum": ["tar.gz", "zip"], "description": "archive type"},
                        "archive": {"type": "string", "description": "archive file to create"}}},
        {"name": "pdf_pages", "description": "Save some pages of a PDF as a new file.",
         "parameters": {"input": {"type": "string", "required": True, "description": "the PDF"},
                        "pages": {"type": "string", "required": True, "description": "page range, e.g. 1-3"},
                        "output": {"type": "string", "description": "file to write"}}}])]).tools
    looked = route(shipped_engine, tools, "zip up my_thesis into thesis_final.zip")
    zipped = looked.calls
    pages = route(shipped_engine, tools, "save pages 1-3 of videos.pdf as debug.pdf").calls
    # the model's work is counted for both answers
    once = route(shipped_engine, tools, "zip up my_thesis into thesis_final.zip", second_look=False)
    assert looked.completion.prompt_tokens == 2 * once.completion.prompt_tokens
    assert [(c.name, c.arguments) for c in zipped] == [
        ("compress_folder", {"source": "my_thesis", "format": "zip", "archive": "thesis_final.zip"})]
    assert [(c.name, c.arguments) for c in pages] == [
        ("pdf_pages", {"input": "videos.pdf", "pages": "1-3", "output": "debug.pdf"})]
