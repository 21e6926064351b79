"""How well models fit the corpus: teacher-forced answer loss and exact answers, on fresh requests over the tool
families training reads and over the held-out ones.

    python scripts/teacher_forced.py runs/needle-8l/step-400.pt /tmp/cand/needle.q4_0.gguf

A GGUF is read dequantized, so what its quantization costs shows beside the checkpoint it came from (the weights'
rounding; llama.cpp, which also rounds each matrix multiply's input, differs a little more). The gap
between the two splits is what the model has not learnt to carry over to tools it has never seen.
"""

import argparse
import sys
from pathlib import Path

import gguf
import torch

from needle_cli import prompts
from needle_cli.training import corpus
from needle_cli.training.export import ConvertError, read_checkpoint
from needle_cli.training.model import from_gguf, load_model
from needle_cli.training.tokenizer import Tokenizer
from needle_cli.training.train import evaluate


def load(path: Path):
    """The model in `path` (a checkpoint of scripts/train.py or one of our GGUFs), its tokenizer and prompt format."""
    if path.suffix == ".gguf":
        try:
            field = gguf.GGUFReader(str(path)).fields.get(prompts.FORMAT_KEY)
        except (OSError, ValueError) as exc:
            raise ConvertError(f"{path}: not a GGUF file gguf can read ({exc})") from None
        prompt_format = field.contents() if field else prompts.NATIVE
        return from_gguf(path), Tokenizer(path), prompt_format
    checkpoint = read_checkpoint(path)
    if not (path.parent / "vocab.gguf").is_file():
        raise ConvertError(f"{path}: no vocab.gguf beside it (a run's directory has one)")
    prompt_format = checkpoint.get("train_config", {}).get("prompt_format", prompts.NATIVE)
    return load_model(checkpoint), Tokenizer(path.parent / "vocab.gguf"), prompt_format


parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument("models", type=Path, nargs="+", help="checkpoints (runs/<name>/step-N.pt) or GGUFs of ours")
parser.add_argument("--examples", type=int, default=150, help="requests per split")
parser.add_argument("--seed", type=int, default=500_009,
                    help="the corpus seed: training reads chunk c as seed c, so a large one is requests no run has read")
args = parser.parse_args()
splits = {split: corpus.generate(args.examples, seed=args.seed, split=split) for split in ("train", "heldout")}
for path in args.models:
    try:
        model, tok, prompt_format = load(path)
    except ConvertError as exc:
        sys.exit(f"error: {exc}")
    scores = {split: evaluate(model, tok, examples, torch.device("cpu"), prompt_format)
              for split, examples in splits.items()}
    # (evaluate names its scores for the trainer's held-out log)
    print(path, "  ".join(f"{split}: loss {s['heldout_loss']:.4f} exact {s['heldout_exact']:.1%}"
                          for split, s in scores.items()))
