"""Load-time llama.cpp settings: on AMX builds, the shipped model's matrix weights keep the repacked q4_0 layout."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from needle_cli import llama_params
from needle_cli.engine import Engine
from needle_cli.router import route
from needle_cli.tools import parse_tool

SHIPPED = Path(__file__).resolve().parents[1] / "models" / "needle.gguf"


def test_tensor_types_come_from_the_gguf_header(tiny_model):
    import llama_cpp

    types = llama_params._tensor_types(llama_cpp, tiny_model)
    assert types["token_embd.weight"] == 0  # F32
    assert {name for name in types if re.search(llama_params.MATMUL_WEIGHTS, name)} == {
        f"blk.{i}.{w}.weight" for i in range(2)
        for w in ("attn_q", "attn_k", "attn_v", "attn_output", "ffn_gate", "ffn_up", "ffn_down")}
    assert llama_params._tensor_types(llama_cpp, Path(__file__)) == {}  # not GGUF: no types, no crash


def test_shipped_model_matrix_weights_can_all_be_repacked():
    import llama_cpp

    matmul = {name: t for name, t in llama_params._tensor_types(llama_cpp, SHIPPED).items()
              if re.search(llama_params.MATMUL_WEIGHTS, name)}
    layers = {name.split(".")[1] for name in matmul}
    assert len(matmul) == 7 * len(layers) and set(matmul.values()) == {llama_params.GGML_TYPE_Q4_0}
    if b"AMX_INT8 = 1" not in llama_cpp.llama_cpp.llama_print_system_info():
        pytest.skip("llama.cpp without AMX repacks on its own")
    assert llama_params._repack_buffer(llama_cpp) is not None


def test_shipped_model_loads_with_the_override_and_routes():
    engine = Engine(SHIPPED, n_threads=1, use_cache=False)
    try:
        tool = parse_tool({"name": "get_weather", "description": "weather forecast for a city",
                           "parameters": {"city": {"type": "string", "required": True}}})
        result = route(engine, [tool], "weather in Lisbon", forced=tool)
        assert result.calls[0].name == "get_weather" and result.calls[0].arguments["city"]
    finally:
        engine.llm.close()
