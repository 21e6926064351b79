"""The catalog's KV state on disk: keys, invalidation, damaged files, and answers identical warm or cold."""

from __future__ import annotations

import os
from pathlib import Path

from needle_cli import kvcache
from needle_cli.engine import Engine
from needle_cli.router import route
from needle_cli.tools import parse_tool

from conftest import THREADS

TOOLS = [
    parse_tool({"name": "search_flights", "description": "Search for flights to a destination",
                "parameters": {"destination": {"type": "string", "required": True},
                               "cabin": {"type": "string", "enum": ["economy", "business"]}}}),
    parse_tool({"name": "get_weather", "description": "Weather forecast for a city",
                "parameters": {"city": {"type": "string", "required": True}, "days": {"type": "integer"}}}),
]


def test_key_depends_on_model_file_tokens_and_context(tmp_path):
    model = tmp_path / "m.gguf"
    model.write_bytes(b"GGUF" + b"\0" * 100)
    key = kvcache.cache_key(model, "0.3", 4096, [1, 2, 3])
    assert key == kvcache.cache_key(model, "0.3", 4096, [1, 2, 3])
    assert key != kvcache.cache_key(model, "0.3", 4096, [1, 2, 4])
    assert key != kvcache.cache_key(model, "0.4", 4096, [1, 2, 3])
    assert key != kvcache.cache_key(model, "0.3", 2048, [1, 2, 3])
    model.write_bytes(b"GGUF" + b"\1" * 101)  # a changed model file
    assert key != kvcache.cache_key(model, "0.3", 4096, [1, 2, 3])


def test_round_trip_and_damaged_files_are_ignored(tmp_path):
    key = bytes(range(32))
    kvcache.save(tmp_path, key, [5, 6, 7], b"state-bytes" * 100)
    assert kvcache.load(tmp_path, key) == ([5, 6, 7], b"state-bytes" * 100)
    assert kvcache.load(tmp_path, bytes(32)) is None  # another key
    path = kvcache.path_for(tmp_path, key)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # truncated
    assert kvcache.load(tmp_path, key) is None
    flipped = bytearray(data)
    flipped[60] ^= 0xFF
    path.write_bytes(bytes(flipped))  # corrupt
    assert kvcache.load(tmp_path, key) is None
    path.write_bytes(b"")
    assert kvcache.load(tmp_path, key) is None
    path.write_bytes(os.urandom(5000))
    assert kvcache.load(tmp_path, key) is None


def test_old_files_are_pruned(tmp_path):
    for i in range(kvcache.KEEP_FILES + 3):
        kvcache.save(tmp_path, bytes([i]) * 32, [i], b"x")
    assert len(list(tmp_path.glob("*.kv"))) == kvcache.KEEP_FILES


def _answer(model, query, tools=TOOLS):
    engine = Engine(model, n_threads=THREADS)
    try:
        result = route(engine, tools, query)
        return result.completion.text, result.completion.prompt_tokens
    finally:
        engine.close()


def test_warm_answers_equal_cold_ones_and_prefill_only_the_request(tiny_model, tmp_path):
    directory = kvcache.cache_dir()
    for query in ["find flights to Tokyo", "weather in Lisbon for 3 days", "zzz"]:
        uncached = Engine(tiny_model, n_threads=THREADS, use_cache=False)
        cold = route(uncached, TOOLS, query).completion
        uncached.close()
        warm_text, warm_prefill = _answer(tiny_model, query)  # a fresh process would load the file like this
        warm_text, warm_prefill = _answer(tiny_model, query)
        assert warm_text == cold.text
        assert warm_prefill < cold.prompt_tokens
    assert len(list(directory.glob("*.kv"))) == 1  # one catalog, one file


def test_changed_catalog_gets_its_own_cache(tiny_model):
    _answer(tiny_model, "find flights to Tokyo")
    changed = [TOOLS[0], parse_tool({"name": "get_weather", "description": "Weather forecast, changed",
                                     "parameters": {"city": {"type": "string", "required": True}}})]
    _answer(tiny_model, "find flights to Tokyo", changed)
    assert len(list(kvcache.cache_dir().glob("*.kv"))) == 2


def test_corrupt_cache_file_is_rebuilt(tiny_model):
    expected, _ = _answer(tiny_model, "find flights to Tokyo")
    (path,) = kvcache.cache_dir().glob("*.kv")
    for damage in (lambda b: b[: len(b) // 3], lambda b: b[:40] + bytes(len(b) - 40), lambda b: b"junk"):
        path.write_bytes(damage(path.read_bytes()))
        text, _ = _answer(tiny_model, "find flights to Tokyo")
        assert text == expected
        assert kvcache.load(kvcache.cache_dir(), path.read_bytes()[9:41]) is not None  # rewritten and valid


def test_needle_v2_blocks_are_cached_apart_and_a_damaged_one_is_rebuilt(tmp_path):
    """A needle-v2 model caches one file per tool block: a narrowed catalog reuses the blocks it shares with an
    earlier one, answers equal a full prefill's, and a damaged block file is recomputed."""
    from tiny_gguf import write_tiny_gguf

    model = write_tiny_gguf(tmp_path / "v2.gguf", prompt_format="needle-v2")
    blocks = kvcache.cache_dir() / "blocks"
    query = "find flights to Tokyo"
    uncached = Engine(model, n_threads=THREADS, use_cache=False)
    cold = route(uncached, TOOLS, query).completion
    assert route(uncached, TOOLS[:1], query).completion.text == route(uncached, TOOLS[:1], query).completion.text
    uncached.close()
    assert not blocks.exists()

    text, prefill = _answer(model, query)
    assert text == cold.text and len(list(blocks.glob("*.kv"))) == 2
    text, prefill = _answer(model, query)  # a fresh engine: both blocks from disk, only the request prefilled
    assert text == cold.text and prefill < cold.prompt_tokens
    _answer(model, query, TOOLS[:1])  # a catalog of one of them: nothing new to cache
    assert len(list(blocks.glob("*.kv"))) == 2

    for path in blocks.glob("*.kv"):
        path.write_bytes(path.read_bytes()[:100])
    assert _answer(model, query)[0] == cold.text
    assert all(kvcache.load(blocks, p.read_bytes()[9:41]) is not None for p in blocks.glob("*.kv"))

    # A file whose checksum holds but whose state llama.cpp refuses (another build's layout, say) is recomputed too
    for path in blocks.glob("*.kv"):
        key = path.read_bytes()[9:41]
        tokens, _ = kvcache.load(blocks, key)
        kvcache.save(blocks, key, tokens, b"not a state llama.cpp can read")
    assert _answer(model, query)[0] == cold.text
    assert all(len(kvcache.load(blocks, p.read_bytes()[9:41])[1]) > 100 for p in blocks.glob("*.kv"))


def test_catalogs_put_together_one_after_another_answer_as_a_fresh_process(tmp_path):
    """needle-v2: each request's narrowed catalog is put together in the KV cache the last one left (its header
    kept); every answer must be the one a fresh process gives, logits included."""
    from needle_cli.tools import load_catalog

    repo = Path(__file__).resolve().parents[1]
    tools = load_catalog([repo / "tools.d"]).tools  # more than MAX_TOOLS: narrowed per request
    requests = ["find flights to Tokyo", "ls -la ./src", "kill whatever is listening on port 8080",
                "compress the logs folder"]
    model = repo / "models" / "needle.gguf"
    resident = Engine(model, n_threads=1, cache_dir=tmp_path / "shared")
    try:
        for request in requests:  # every tool block computed once (which starts the cache afresh)
            route(resident, tools, request)
        in_turn = [route(resident, tools, r) for r in requests]  # now each put together on the last one
    finally:
        resident.close()
    for request, earlier in zip(requests, in_turn):
        fresh = Engine(model, n_threads=1, cache_dir=tmp_path / "shared")
        try:
            alone = route(fresh, tools, request)
        finally:
            fresh.close()
        assert alone.completion.text == earlier.completion.text
        assert [s.chosen for s in alone.completion.steps] == [s.chosen for s in earlier.completion.steps]
        for a, b in zip(alone.completion.steps, earlier.completion.steps):
            assert abs(a.logits - b.logits).max() < 1e-3
