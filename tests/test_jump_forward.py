"""Jump-forward decoding and drafts from the request: text the grammar forces, and guesses of values copied from
the request, are evaluated in batches, and the answers stay the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from needle_cli.engine import Engine
from needle_cli.router import route
from needle_cli.tools import load_catalog

REPO = Path(__file__).resolve().parents[1]
REQUESTS = ["find flights to Tokyo", "ls -la ./src", "commit all changes with the message \"Add dark mode\"",
            "what's the weather in Lisbon in fahrenheit", "kill whatever is listening on port 8080",
            "how do I reverse a list in python?", "clone git@gitlab.com:acme/infra-tools.git",
            "show the last 20 lines of /var/log/nginx/error.log"]


def routes(engine: Engine, tools) -> tuple[list[tuple[str, list]], int]:
    """The answers to REQUESTS, and how many batches llama.cpp evaluated while writing them."""
    evals = 0
    decode = engine.llm.context.decode

    def counted(batch):
        nonlocal evals
        evals += 1
        return decode(batch)

    engine.llm.context.decode = counted
    try:
        answers = []
        for request in REQUESTS:
            result = route(engine, tools, request)
            answers.append((result.completion.text, [c.as_dict() for c in result.calls]))
        return answers, evals
    finally:
        engine.llm.context.decode = decode


def answers_with(tmp_path, tools, **options) -> tuple[list[tuple[str, list]], int]:
    engine = Engine(REPO / "models" / "needle.gguf", n_threads=1, cache_dir=tmp_path / repr(options), **options)
    try:
        return routes(engine, tools)
    finally:
        engine.close()


@pytest.mark.parametrize("narrowed", [False, True])
def test_shipped_model_answers_the_same_in_fewer_steps(tmp_path, narrowed):
    """The shipped model over tools.d (narrowed to the top 8 tools per request, or 16 at once): the same answers,
    token for token, as decoding every token, in far fewer evaluations."""
    tools = load_catalog([REPO / "tools.d"]).tools
    tools = tools if narrowed else tools[:16]
    stepped, stepped_evals = answers_with(tmp_path, tools, jump_forward=False, draft=False)
    jumped, jumped_evals = answers_with(tmp_path, tools, draft=False)
    assert jumped == stepped
    assert jumped_evals < 0.75 * stepped_evals


def test_drafts_from_the_request_change_no_answer(tmp_path):
    """Values the model copies from the request, guessed from it and checked in one batch: the same answers,
    token for token, in fewer evaluations."""
    tools = load_catalog([REPO / "tools.d"]).tools
    plain, plain_evals = answers_with(tmp_path, tools, draft=False)
    drafted, drafted_evals = answers_with(tmp_path, tools)
    assert drafted == plain
    assert any("infra-tools.git" in text for text, _ in drafted)  # a long copied value, drafted
    assert drafted_evals < 0.9 * plain_evals


def test_asking_again_over_the_same_catalog_reuses_the_request(tmp_path):
    """The same prompt again, with another grammar: only the request's last token is evaluated again (its logits
    start the answer), not the whole request, and the answer is the one a fresh engine gives."""
    from needle_cli import grammar

    tools = load_catalog([REPO / "tools.d"]).tools[:16]
    tail = next(t for t in tools if t.name == "tail_file")

    def ask(engine, gbnf):
        prefix, suffix = engine.render(tools, "show the last 20 lines of /var/log/nginx/error.log")
        return engine.complete(prefix, suffix, gbnf)

    engine = Engine(REPO / "models" / "needle.gguf", n_threads=1, cache_dir=tmp_path / "a")
    fresh = Engine(REPO / "models" / "needle.gguf", n_threads=1, cache_dir=tmp_path / "b")
    forced = grammar.calls_gbnf([tail], min_calls=1, compact=True)
    try:
        first = ask(engine, grammar.calls_gbnf(tools, compact=True))
        again = ask(engine, forced)
        alone = ask(fresh, forced)
    finally:
        engine.close()
        fresh.close()
    assert first.prompt_tokens > 100 and again.prompt_tokens <= 2  # (as llama.cpp counts a one-token batch)
    assert again.text == alone.text and again.text.startswith('[{"name":"tail_file"')
