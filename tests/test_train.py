"""The training loop as scripts/train.py runs it: a tiny Gemma-shaped model, real corpus data, checkpoints on disk.

The tiny model starts from a checkpoint of its own (init_from), as every run since session 3 has, with a
character-level vocabulary (tiny_gguf.write_fake_gemma_base), so a few steps take seconds.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("gguf")
pytest.importorskip("tqdm")

from needle_cli.training.model import Gemma3, ModelConfig, ffn_importance, load_model, save_checkpoint  # noqa: E402
from needle_cli.training.tokenizer import Tokenizer, write_vocab_gguf  # noqa: E402
from needle_cli.training.train import TrainConfig, load_config, train  # noqa: E402
from tiny_gguf import write_fake_gemma_base  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def start(tmp_path):
    """A run's directory as a previous run leaves it: vocab.gguf, keep_ids.json, ckpt.pt."""
    run = tmp_path / "start"
    run.mkdir()
    base = write_fake_gemma_base(tmp_path / "base.gguf")
    keep_ids = list(range(Tokenizer(base).n_vocab))
    write_vocab_gguf(base, keep_ids, run / "vocab.gguf")
    (run / "keep_ids.json").write_text(json.dumps(keep_ids))
    torch.manual_seed(0)
    model = Gemma3(ModelConfig(vocab_size=len(keep_ids), d_model=32, n_layer=2, n_head=2, n_kv_head=1,
                               head_dim=16, d_ff=64, sliding_window=512))
    save_checkpoint(run / "ckpt.pt", model, {"keep_ids": keep_ids, "chunk": 3, "offset": 0})
    return run / "ckpt.pt"


def _log(run):
    return [json.loads(line) for line in (run / "log.jsonl").read_text().splitlines()]


def _first_step(start, runs, name, **overrides) -> dict:
    """The log record of one training step from `start`: the same start and first batch whatever `overrides` set."""
    cfg = TrainConfig(name=name, layers=[0, 1], init_from=str(start), prompt_format="needle-v2", chunk_examples=32,
                      max_len=1024, lr=1e-3, warmup=1, steps=1, eval_every=1, eval_examples=1, **overrides)
    train(cfg, runs)
    return _log(runs / name)[0]


def test_training_keeps_each_evaluated_step_and_resumes(start, tmp_path):
    cfg = TrainConfig(name="tiny", layers=[0, 1], init_from=str(start), prompt_format="needle-v2",
                      chunk_examples=32, max_len=1024, batch_tokens=2048, lr=1e-3, warmup=1, steps=2,
                      eval_every=1, eval_examples=1, keep_evaluated=True)
    runs = tmp_path / "runs"
    train(cfg, runs)
    run = runs / "tiny"
    assert [r["step"] for r in _log(run)] == [1, 2]
    assert all(r["heldout_loss"] > 0 for r in _log(run))
    kept = [torch.load(run / f"step-{n}.pt", weights_only=False) for n in (1, 2)]
    assert [k["step"] for k in kept] == [1, 2]
    assert all("optimizer" not in k and {"config", "model", "keep_ids"} <= set(k) for k in kept)
    assert any(not torch.equal(kept[0]["model"][name], kept[1]["model"][name]) for name in kept[0]["model"])
    ckpt = torch.load(run / "ckpt.pt", weights_only=False)
    assert ckpt["step"] == 2 and "optimizer" in ckpt and ckpt["chunk"] >= 3  # init_from's data comes first

    train(replace(cfg, steps=3), runs)  # the same command with more steps goes on where it stopped
    assert [r["step"] for r in _log(run)] == [1, 2, 3]
    resumed = torch.load(run / "ckpt.pt", weights_only=False)
    assert resumed["step"] == 3 and (resumed["chunk"], resumed["offset"]) > (ckpt["chunk"], ckpt["offset"])
    assert (run / "step-3.pt").exists()


def test_training_without_keep_evaluated_leaves_only_the_checkpoint(start, tmp_path):
    cfg = TrainConfig(name="plain", layers=[0], init_from=str(start), prompt_format="needle-v2",
                      chunk_examples=32, max_len=1024, lr=1e-3, warmup=1, steps=1, eval_every=1, eval_examples=1)
    train(cfg, tmp_path / "runs")
    run = tmp_path / "runs" / "plain"
    assert sorted(p.name for p in run.glob("*.pt")) == ["ckpt.pt"]
    assert torch.load(run / "ckpt.pt", weights_only=False)["config"]["n_layer"] == 1  # layers kept: [0]


def test_dropout_acts_only_while_training(start, tmp_path):
    model = load_model(torch.load(start, weights_only=False))
    idx = torch.randint(1, model.cfg.vocab_size, (1, 12))
    plain = model.eval().hidden(idx)
    model.set_dropout(0.5)
    assert torch.equal(model.eval().hidden(idx), plain)  # what llama.cpp computes: no dropout
    assert not torch.allclose(model.train().hidden(idx), plain)

    kept, dropped = (_first_step(start, tmp_path / "runs", f"d{p}", dropout=p) for p in (0.0, 0.5))
    assert kept["loss"] != dropped["loss"] and kept["heldout_loss"] != dropped["heldout_loss"]


def test_quantization_aware_training_computes_with_rounded_weights_and_updates_the_real_ones(start, tmp_path):
    model = load_model(torch.load(start, weights_only=False)).eval()
    idx = torch.randint(1, model.cfg.vocab_size, (1, 12))
    plain = model.hidden(idx)
    model.set_quantization("q4_0", "q5_0")
    rounded = model.hidden(idx)
    assert not torch.allclose(rounded, plain)
    rounded.pow(2).sum().backward()  # the rounding passes the gradient straight through to every weight
    assert all(p.grad is not None and p.grad.abs().sum() > 0 for p in model.parameters())

    unrounded = _first_step(start, tmp_path / "runs", "plain")
    assert unrounded["loss"] != _first_step(start, tmp_path / "runs", "qat", quant_aware="q4_0",
                                        quant_aware_embedding="q5_0")["loss"]
    config = tmp_path / "bad.yaml"
    config.write_text("name: bad\nlayers: [0]\nquant_aware: q3_weird\n")
    with pytest.raises(ValueError, match="unknown quantization 'q3_weird'"):
        load_config(config)


def test_distillation_starts_at_zero_against_itself_and_refuses_another_vocabulary(start, tmp_path):
    cfg = TrainConfig(name="kd", layers=[0, 1], init_from=str(start), teacher=str(start), distill=0.5,
                      distill_hidden=1.0, prompt_format="needle-v2", chunk_examples=32, max_len=1024, lr=1e-2,
                      warmup=1, steps=2, eval_every=10, eval_examples=1)
    train(cfg, tmp_path / "runs")
    first, second = _log(tmp_path / "runs" / "kd")
    # the student is the teacher until its first update (up to rounding: bf16 on some CPUs), then moves away
    assert first["kl"] < 1e-3 and second["kl"] > 10 * first["kl"]
    assert first["match"] < 1e-4 < second["match"]
    assert first["loss"] > 0.1  # the labels' cross-entropy, logged apart

    other = tmp_path / "other.pt"
    small = Gemma3(ModelConfig(vocab_size=7, d_model=32, n_layer=1, n_head=2, n_kv_head=1, head_dim=16, d_ff=64))
    save_checkpoint(other, small, {})
    with pytest.raises(ValueError, match="teacher"):
        train(replace(cfg, name="kd2", teacher=str(other)), tmp_path / "runs")


def test_pruning_the_feed_forward_keeps_the_neurons_that_matter(start, tmp_path):
    # half of each layer's neurons write nothing to the residual stream: the pruned model, cut to the other half,
    # computes exactly what its teacher (the unpruned model) does, and a random half would not
    ckpt = torch.load(start, weights_only=False)
    for i in range(2):
        ckpt["model"][f"blocks.{i}.down.weight"][:, 1::2] = 0
    dead = start.parent / "dead.pt"  # beside its vocabulary
    torch.save(ckpt, dead)
    cfg = TrainConfig(name="pruned", layers=[0, 1], init_from=str(dead), teacher=str(dead), distill=0.5,
                      distill_hidden=1.0, d_ff=32, prune_examples=4, prompt_format="needle-v2", chunk_examples=32,
                      max_len=1024, lr=1e-2, warmup=1, steps=1, eval_every=10, eval_examples=1)
    run = train(replace(cfg, steps=0), tmp_path / "runs").parent  # the pruned starting point, no step taken
    pruned = torch.load(run / "ckpt.pt", weights_only=False)
    assert pruned["step"] == 0 and pruned["config"]["d_ff"] == 32
    train(cfg, tmp_path / "runs")  # goes on from there
    first, = _log(run)
    assert first["kl"] < 1e-3 and first["match"] < 1e-3  # the teacher's outputs, but for bf16 rounding

    scores = ffn_importance(load_model(ckpt), [(torch.randint(1, 40, (2, 16)), None, None)], pad=0)
    assert all((s[1::2] == 0).all() and (s[0::2] > 0).all() for s in scores)


def test_trimming_the_vocabulary_keeps_the_rows_of_the_kept_tokens(start, tmp_path, monkeypatch):
    # a run of fewer tokens than its init_from keeps that many of them (the always-kept kinds first), each with its
    # embedding row, and distils from the larger-vocabulary teacher restricted to those tokens
    import needle_cli.training.train as training

    monkeypatch.setattr(training, "base_model_path", lambda: tmp_path / "base.gguf")  # the fixture's stand-in
    parent = json.loads((start.parent / "keep_ids.json").read_text())
    cfg = TrainConfig(name="trim", layers=[0, 1], init_from=str(start), vocab_size=340, vocab_examples=8,
                      teacher=str(start), distill=0.5, prompt_format="needle-v2", chunk_examples=32, max_len=1024,
                      lr=1e-2, warmup=1, steps=0, eval_every=10, eval_examples=1)
    run = train(cfg, tmp_path / "runs").parent
    trimmed = torch.load(run / "ckpt.pt", weights_only=False)
    keep = trimmed["keep_ids"]
    assert len(keep) == 340 and set(keep) < set(parent) and set(range(260)) <= set(keep)  # control, bytes
    rows = [parent.index(b) for b in keep]
    before = torch.load(start, weights_only=False)["model"]["embed.weight"]
    assert torch.equal(trimmed["model"]["embed.weight"], before[rows])
    tok = Tokenizer(run / "vocab.gguf")
    assert tok.n_vocab == 340 and tok.decode(tok.encode("find flights to Tokyo")) == "find flights to Tokyo"

    train(replace(cfg, steps=1), tmp_path / "runs")
    first, = _log(run)
    assert first["kl"] < 1e-3  # the trimmed student is the trimmed teacher until its first update


def test_averaged_checkpoints_convert_and_mismatched_ones_are_refused(start, tmp_path):
    import subprocess
    import sys

    from needle_cli.training.export import read_checkpoint

    cfg = TrainConfig(name="avg", layers=[0, 1], init_from=str(start), prompt_format="needle-v2", chunk_examples=32,
                      max_len=1024, lr=1e-3, warmup=1, steps=2, eval_every=1, eval_examples=1, keep_evaluated=True)
    train(cfg, tmp_path / "runs")
    run = tmp_path / "runs" / "avg"
    script = [sys.executable, "scripts/average_checkpoints.py"]
    out = subprocess.run(script + [str(tmp_path / "mean.pt"), str(run / "step-1.pt"), str(run / "step-2.pt")],
                         capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 0, out.stderr
    mean = read_checkpoint(tmp_path / "mean.pt")  # what convert_gguf.py reads
    one, two = (torch.load(run / f"step-{n}.pt", weights_only=False)["model"] for n in (1, 2))
    name = "embed.weight"
    assert torch.allclose(mean["model"][name], (one[name] + two[name]) / 2)
    assert mean["averaged_steps"] == [1, 2] and "optimizer" not in mean

    other = tmp_path / "other.pt"
    torch.save({**torch.load(start, weights_only=False), "keep_ids": [0, 1]}, other)
    refused = subprocess.run(script + [str(tmp_path / "bad.pt"), str(run / "step-1.pt"), str(other)],
                             capture_output=True, text=True, cwd=REPO)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert "cannot be averaged" in refused.stderr and not (tmp_path / "bad.pt").exists()
    garbage = tmp_path / "garbage.pt"
    garbage.write_text("not a checkpoint")
    refused = subprocess.run(script + [str(tmp_path / "bad.pt"), str(garbage)], capture_output=True, text=True,
                             cwd=REPO)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr and "not a PyTorch checkpoint" in refused.stderr
