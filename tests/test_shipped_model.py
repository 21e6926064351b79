"""The README's first command works on the shipped default model and tools.d (validity, not accuracy)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MODEL = REPO / "models" / "needle.gguf"


def test_shipped_model_is_a_native_needle_gguf():
    import llama_cpp

    assert MODEL.stat().st_size < 42_000_000
    llm = llama_cpp.Llama(str(MODEL), vocab_only=True, verbose=False)
    assert llm.metadata["needle.prompt_format"] == "needle-v2"


def test_readme_request_routes_to_a_valid_call(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "NEEDLE_MODEL"}
    env["NEEDLE_CACHE_DIR"] = str(tmp_path / "cache")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    run = subprocess.run([sys.executable, "-m", "needle_cli", "--dry-run", "--json", "find flights to Tokyo"],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode in (0, 3), run.stderr
    answer = json.loads(run.stdout)
    assert answer["query"] == "find flights to Tokyo"
    for call in answer["calls"]:
        assert set(call) <= {"name", "arguments", "command"}
