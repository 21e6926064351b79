"""Jump-forward decoding: text the grammar forces is evaluated in batches, and the answers stay the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from needle_cli.engine import Engine
from needle_cli.router import route
from needle_cli.tools import load_catalog

REPO = Path(__file__).resolve().parents[1]
REQUESTS = ["find flights to Tokyo", "ls -la ./src", "commit all changes with the message \"Add dark mode\"",
            "what's the weather in Lisbon in fahrenheit", "kill whatever is listening on port 8080",
            "how do I reverse a list in python?"]


def routes(engine: Engine, tools) -> tuple[list[tuple[str, list]], int]:
    """The answers to REQUESTS, and how many times llama.cpp evaluated a batch while writing them."""
    evals = 0
    evaluate = engine.llm.eval

    def counted(tokens):
        nonlocal evals
        evals += 1
        return evaluate(tokens)

    engine.llm.eval = counted
    try:
        answers = []
        for request in REQUESTS:
            result = route(engine, tools, request)
            answers.append((result.completion.text, [c.as_dict() for c in result.calls]))
        return answers, evals
    finally:
        engine.llm.eval = evaluate


@pytest.mark.parametrize("narrowed", [False, True])
def test_shipped_model_answers_the_same_in_fewer_steps(tmp_path, narrowed):
    """The shipped model over tools.d (narrowed to the top 8 tools per request, or 16 at once): the same answers,
    token for token, as decoding every token, in far fewer evaluations."""
    tools = load_catalog([REPO / "tools.d"]).tools
    tools = tools if narrowed else tools[:16]
    results = []
    for jump in (False, True):
        engine = Engine(REPO / "models" / "needle.gguf", n_threads=1, cache_dir=tmp_path / str(jump),
                        jump_forward=jump)
        try:
            results.append(routes(engine, tools))
        finally:
            engine.llm.close()
    (stepped, stepped_evals), (jumped, jumped_evals) = results
    assert jumped == stepped
    assert jumped_evals < 0.75 * stepped_evals
