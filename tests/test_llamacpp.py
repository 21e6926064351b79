"""llamacpp.py: the bindings without the package's __init__, and on AMX builds the repacked q4_0 layout."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from needle_cli import llamacpp
from needle_cli.engine import Engine
from needle_cli.router import route
from needle_cli.tools import parse_tool

SHIPPED = Path(__file__).resolve().parents[1] / "models" / "needle.gguf"


def test_tensor_types_come_from_the_gguf_header(tiny_model):
    lib, _ = llamacpp.bindings()
    types = llamacpp._tensor_types(lib, tiny_model)
    assert types["token_embd.weight"] == 0  # F32
    assert {name for name in types if re.search(llamacpp.MATMUL_WEIGHTS, name)} == {
        f"blk.{i}.{w}.weight" for i in range(2)
        for w in ("attn_q", "attn_k", "attn_v", "attn_output", "ffn_gate", "ffn_up", "ffn_down")}
    assert llamacpp._tensor_types(lib, Path(__file__)) == {}  # not GGUF: no types, no crash


def test_shipped_model_matrix_weights_can_all_be_repacked():
    lib, _ = llamacpp.bindings()
    matmul = {name: t for name, t in llamacpp._tensor_types(lib, SHIPPED).items()
              if re.search(llamacpp.MATMUL_WEIGHTS, name)}
    layers = {name.split(".")[1] for name in matmul}
    assert len(matmul) == 7 * len(layers) and set(matmul.values()) == {llamacpp.GGML_TYPE_Q4_0}
    if b"AMX_INT8 = 1" not in lib.llama_print_system_info():
        pytest.skip("llama.cpp without AMX repacks on its own")
    assert llamacpp._repack_buffer(lib) is not None


def test_shipped_model_loads_with_the_override_and_routes(monkeypatch):
    """On an AMX build the matrix weights go to CPU_REPACK by a tensor override, the rest off the extra buffers;
    the same parameters are asked for here whatever the CPU, where llama.cpp has that buffer."""
    lib, _ = llamacpp.bindings()
    if llamacpp._repack_buffer(lib) is None:
        pytest.skip("this llama.cpp build has no CPU_REPACK buffer")
    monkeypatch.setattr(lib, "llama_print_system_info", lambda: b"CPU : AVX512 = 1 | AMX_INT8 = 1 |")
    params = llamacpp.model_params(lib, SHIPPED)
    assert not params.use_extra_bufts and params.tensor_buft_overrides
    engine = Engine(SHIPPED, n_threads=1, use_cache=False)
    try:
        tool = parse_tool({"name": "get_weather", "description": "weather forecast for a city",
                           "parameters": {"city": {"type": "string", "required": True}}})
        result = route(engine, [tool], "weather in Lisbon", forced=tool)
        assert result.calls[0].name == "get_weather" and result.calls[0].arguments["city"]
    finally:
        engine.close()


def test_routing_leaves_the_high_level_package_unimported_and_it_still_imports_whole_later(tmp_path):
    """The engine loads llama.cpp without llama_cpp's __init__ (its Llama class, chat formats, jinja2: about 30 ms
    of a fresh request); other code in the same process that imports the package still gets all of it."""
    script = f"""
import sys
from needle_cli.engine import Engine
from needle_cli.router import route
from needle_cli.tools import parse_tool

engine = Engine({str(SHIPPED)!r}, n_threads=1, use_cache=False)
tool = parse_tool({{"name": "get_weather", "description": "weather forecast for a city",
                    "parameters": {{"city": {{"type": "string", "required": True}}}}}})
print(route(engine, [tool], "weather in Lisbon").calls[0].name)
print(sorted(m for m in ("jinja2", "llama_cpp.llama", "llama_cpp.llama_chat_format") if m in sys.modules))
from llama_cpp.llama_chat_format import Jinja2ChatFormatter  # a peer's chat template, first
import llama_cpp
print(llama_cpp.Llama.__name__, llama_cpp.__version__ == {llama_version()!r}, llama_cpp.llama_cpp is engine._llama_cpp)
engine.close()
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:3] == ["get_weather", "[]", "Llama True True"]


def llama_version() -> str:
    from importlib.metadata import version

    return version("llama_cpp_python")
