"""scripts/convert_gguf.py's pieces: a PyTorch checkpoint becomes a GGUF that llama.cpp runs with the same numbers.

A tiny random Gemma-3-shaped model stands in for the trained one, and a weightless "base" GGUF (gemma3
metadata and a small SentencePiece vocabulary) for Gemma's file, so this runs offline in seconds.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
gguf = pytest.importorskip("gguf")

from needle_cli.training.export import ConvertError, quantize, read_checkpoint, write_gguf  # noqa: E402
from needle_cli.training.model import Gemma3, ModelConfig, fake_quant, from_gguf, save_checkpoint  # noqa: E402
from needle_cli.training.tokenizer import Tokenizer, write_vocab_gguf  # noqa: E402
from tiny_gguf import write_fake_gemma_base  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
TEXTS = ["find flights to Tokyo", 'compress "my logs" into logs.tar.gz', "weather in São Paulo, 3 days"]


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("convert")
    base = write_fake_gemma_base(tmp / "base.gguf")
    n_vocab = len(gguf.GGUFReader(str(base)).fields["tokenizer.ggml.tokens"].data)
    keep_ids = [i for i in range(n_vocab) if i != 300]  # trimming drops a token, as training does
    torch.manual_seed(0)
    cfg = ModelConfig(vocab_size=len(keep_ids), d_model=64, n_layer=2, n_head=2, n_kv_head=1, head_dim=32,
                      d_ff=128, sliding_window=512)
    model = Gemma3(cfg).eval()
    with torch.no_grad():  # non-trivial norms, so a misplaced norm would show in the logits
        for name, p in model.named_parameters():
            if name.endswith("norm.weight"):
                p.copy_(1 + 0.3 * torch.randn_like(p))
    save_checkpoint(tmp / "ckpt.pt", model, {"keep_ids": keep_ids})
    f16 = write_gguf(read_checkpoint(tmp / "ckpt.pt"), tmp / "m.f16.gguf", base=base)
    save_checkpoint(tmp / "v2.pt", model, {"keep_ids": keep_ids, "train_config": {"prompt_format": "needle-v2"}})
    v2 = write_gguf(read_checkpoint(tmp / "v2.pt"), tmp / "v2.f16.gguf", base=base)
    vocab = write_vocab_gguf(base, keep_ids, tmp / "vocab.gguf")
    return {"model": model, "f16": f16, "v2": v2, "vocab": vocab, "tmp": tmp}


def _llama(path):
    import llama_cpp

    return llama_cpp.Llama(str(path), n_ctx=256, logits_all=True, verbose=False, n_threads=1)


def test_llama_cpp_tokenizes_like_the_training_tokenizer(converted):
    llm, tok = _llama(converted["f16"]), Tokenizer(converted["vocab"])
    for text in TEXTS:
        assert llm.tokenize(text.encode(), add_bos=False) == tok.encode(text)
        assert tok.decode(tok.encode(text)) == text


def test_logits_match_pytorch_and_greedy_agrees(converted):
    """f16 weights: logits within 0.05 absolute of PyTorch's float32 (they are O(1)); same argmax everywhere."""
    llm, tok = _llama(converted["f16"]), Tokenizer(converted["vocab"])
    ids = [tok.bos] + tok.encode(TEXTS[0])
    llm.eval(ids)
    ref = np.array(llm.scores[: len(ids)])
    with torch.no_grad():
        ours = converted["model"](torch.tensor([ids]))[0].numpy()
    assert np.abs(ref - ours).max() < 0.05
    assert (ref.argmax(-1) == ours.argmax(-1)).all()
    # greedy continuation: llama.cpp's and PyTorch's agree token by token
    theirs = []
    for token in llm.generate(ids, temp=0.0, top_k=1):
        theirs.append(token)
        if len(theirs) == 8:
            break
    seq = list(ids)
    with torch.no_grad():
        for _ in range(8):
            seq.append(int(converted["model"](torch.tensor([seq]))[0, -1].argmax()))
    assert theirs == seq[len(ids):]


def test_quantized_files_load_and_carry_the_prompt_format(converted):
    for kind in ("q8_0", "q4_k_m"):
        out = quantize(converted["f16"], converted["tmp"] / f"m.{kind}.gguf", kind)
        llm = _llama(out)
        assert llm.metadata["needle.prompt_format"] == "needle-v1"
        assert llm.metadata["general.architecture"] == "gemma3"
    with pytest.raises(ConvertError):
        quantize(converted["f16"], converted["tmp"] / "x.gguf", "q3_weird")


def test_embedding_type_override_shrinks_the_file(converted):
    import gguf

    default = quantize(converted["f16"], converted["tmp"] / "d.q4_0.gguf", "q4_0")
    small = quantize(converted["f16"], converted["tmp"] / "s.q4_0.gguf", "q4_0", embedding="q4_0")
    types = {t.name: t.tensor_type.name for t in gguf.GGUFReader(str(small)).tensors}
    assert types["token_embd.weight"] == "Q4_0"
    assert small.stat().st_size < default.stat().st_size
    assert _llama(small).metadata["needle.prompt_format"] == "needle-v1"
    with pytest.raises(ConvertError, match="embedding type"):
        quantize(converted["f16"], converted["tmp"] / "x.gguf", "q4_0", embedding="q1_weird")


def test_fake_quant_is_what_llama_cpp_quantization_reads_back(converted):
    # Quantization-aware training (Gemma3.set_quantization) is only as good as this match: every weight of the
    # q4_0 file with a q5_0 embedding, as shipped, is the training model's fake_quant of it.
    q4 = quantize(converted["f16"], converted["tmp"] / "qat.q4_0.gguf", "q4_0", embedding="q5_0")
    read = from_gguf(q4).state_dict()
    for name, weight in converted["model"].state_dict().items():
        kind = "f16" if weight.ndim == 1 else "q5_0" if name == "embed.weight" else "q4_0"
        expected = weight.float() if kind == "f16" else fake_quant(weight, kind)
        assert torch.equal(read[name], expected), name
        if kind != "f16":
            assert not torch.equal(expected, weight)  # it did round
    with pytest.raises(ValueError, match="blocks of 32"):
        fake_quant(torch.ones(4, 48), "q4_0")


def test_unsupported_inputs_get_a_clear_error(tmp_path, converted):
    cases = {
        "random.bin": lambda p: p.write_bytes(b"\x00\x01not a checkpoint" * 10),
        "model.gguf": lambda p: p.write_bytes(b"GGUF" + b"\0" * 64),
        "needle_cactus.pt": lambda p: torch.save({"encoder.layers.0.attn.q": torch.zeros(2),
                                                  "decoder.layers.0.attn.q": torch.zeros(2)}, p),
        "other.pt": lambda p: torch.save({"weights": torch.zeros(2)}, p),
    }
    expected = {"random.bin": "not a PyTorch checkpoint", "model.gguf": "already a GGUF",
                "needle_cactus.pt": "encoder-decoder", "other.pt": "not a needle training checkpoint"}
    for name, make in cases.items():
        path = tmp_path / name
        make(path)
        with pytest.raises(ConvertError, match=expected[name]):
            read_checkpoint(path)
        run = subprocess.run([sys.executable, str(REPO / "scripts" / "convert_gguf.py"), str(path), "--out",
                              str(tmp_path / "out")], capture_output=True, text=True)
        assert run.returncode != 0 and "Traceback" not in run.stderr and expected[name] in run.stderr


def test_needle_v2_blocks_put_together_in_llama_cpp_give_pytorchs_logits(converted, tmp_path):
    """The engine assembles a needle-v2 catalog from per-tool KV states (computed apart, then cached on disk);
    llama.cpp's logits after the request match PyTorch's with training's block layout, and differ from what a
    plain causal prompt gives (so the layout is really in effect)."""
    from needle_cli import grammar, prompts
    from needle_cli.engine import Engine
    from needle_cli.tools import parse_tool
    from needle_cli.training.train import block_layout

    tools = [parse_tool({"name": n, "description": d}, "test") for n, d in
             [("find_flights", "find flights"), ("get_weather", "weather in a city, for days"), ("logs", "logs")]]
    query = "find flights to Tokyo"
    results = []
    for cached in (False, True, True):  # computed, then from this process, then from disk in a new engine
        engine = Engine(converted["v2"], n_ctx=512, n_threads=1, use_cache=cached, cache_dir=tmp_path)
        assert engine.prompt_format == prompts.BLOCKS
        prefix, suffix = engine.render(tools, query)
        for _ in range(2 if cached else 1):
            done = engine.complete(prefix, suffix, grammar.calls_gbnf(tools), max_tokens=1, watch=lambda text: True)
            results.append(done.steps[0].logits)
    assert all(np.abs(r - results[0]).max() < 1e-3 for r in results)

    tok = Tokenizer(converted["vocab"])
    parts = [[tok.bos] + tok.encode(prefix[0])] + [tok.encode(block) for block in prefix[1:]]
    ids = sum(parts, []) + tok.encode(suffix)
    positions, blocks = block_layout(len(ids), ([len(p) for p in parts], [len(tok.encode(suffix))]))
    with torch.no_grad():
        model = converted["model"]
        ours = model.logits(model.hidden(torch.tensor([ids]), torch.tensor([positions]), torch.tensor([blocks])))
        causal = model(torch.tensor([ids]))
    assert np.abs(results[0] - ours[0, -1].numpy()).max() < 0.05
    assert np.abs(results[0] - causal[0, -1].numpy()).max() > 0.1


def test_requests_packed_after_one_catalog_are_trained_as_if_alone(converted):
    """Training puts several requests after one catalog (corpus.more_requests); each answer gets the logits its
    request has alone after that catalog, which is the layout the engine runs."""
    from needle_cli import prompts
    from needle_cli.training.train import collate, encode_example

    tok, model = Tokenizer(converted["vocab"]), converted["model"]
    tools = [{"name": "find_flights", "description": "find flights",
              "parameters": {"to": {"type": "string", "required": True}}}, {"name": "logs", "description": "logs"}]
    requests = [{"query": "find flights to Tokyo", "calls": [{"name": "find_flights", "arguments": {"to": "Tokyo"}}]},
                {"query": "logs in Tokyo", "calls": [{"name": "logs", "arguments": {}}]},
                {"query": "find", "calls": []}]

    def answer_logits(example, max_len=0):
        idx, targets, positions, blocks = collate([encode_example(example, tok, prompts.BLOCKS, max_len)], pad=0)
        with torch.no_grad():
            hidden = model.hidden(idx, positions, blocks)
        where = targets != -100
        return model.logits(hidden[where]), targets[where]

    packed = {"tools": tools, **requests[0], "more": requests[1:]}
    together, wanted = answer_logits(packed)
    alone = [answer_logits({"tools": tools, **request}) for request in requests]
    assert torch.equal(wanted, torch.cat([t for _, t in alone]))
    assert (together - torch.cat([logits for logits, _ in alone])).abs().max() < 1e-4
    first = encode_example({"tools": tools, **requests[0]}, tok, prompts.BLOCKS)
    assert encode_example(packed, tok, prompts.BLOCKS, max_len=len(first[0]) + 5)[1] == first[1]  # what fits


def test_a_gguf_copied_with_a_no_call_weight_carries_it(converted, tmp_path):
    from needle_cli.engine import Engine
    from needle_cli.training.export import with_no_call_weight

    assert Engine(converted["f16"], n_ctx=256, n_threads=1).no_call_weight == 0.0
    tagged = with_no_call_weight(converted["f16"], tmp_path / "tagged.gguf", 1.5)
    assert Engine(tagged, n_ctx=256, n_threads=1).no_call_weight == 1.5
    with pytest.raises(ConvertError, match="not one of needle's models"):
        with_no_call_weight(converted["tmp"] / "base.gguf", tmp_path / "other.gguf", 1.0)


def test_teacher_forced_scores_a_checkpoint_and_its_gguf_alike(converted, tmp_path):
    script = [sys.executable, str(REPO / "scripts" / "teacher_forced.py")]
    run = subprocess.run(script + [str(converted["tmp"] / "v2.pt"), str(converted["v2"]), "--examples", "3"],
                         capture_output=True, text=True, cwd=REPO)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert len(lines) == 2 and lines[0].startswith(str(converted["tmp"] / "v2.pt"))
    scores = [[float(word) for word in line.split() if word[0].isdigit() and not word.endswith("%")] for line in lines]
    assert all(loss > 0 for loss in scores[0])  # train and heldout answer losses
    assert scores[1] == pytest.approx(scores[0], rel=0.02)  # the f16 file is the checkpoint, rounded

    garbage = tmp_path / "garbage.gguf"
    garbage.write_text("not a model")
    refused = subprocess.run(script + [str(garbage), "--examples", "1"], capture_output=True, text=True, cwd=REPO)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr and "not a GGUF file" in refused.stderr
