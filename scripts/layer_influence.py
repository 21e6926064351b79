"""Which layer of a fine-tuned model costs least to drop: the answer loss with each single layer removed, or
with each pair (or larger set) of some candidate layers removed together.

    python scripts/layer_influence.py runs/needle-18l/ckpt.pt --n 32
    python scripts/layer_influence.py runs/needle-8l-resume/step-600.pt --n 48 --together 2 --among 0 2 4

Measured on training-split examples the run has not seen yet (never on held-out families), with llama.cpp's
attention pattern applied to the remaining layers (see model.keep_layers).
"""

import argparse
from itertools import combinations
from pathlib import Path

import torch

from needle_cli import prompts
from needle_cli.training import corpus
from needle_cli.training.model import keep_layers, load_model
from needle_cli.training.tokenizer import Tokenizer
from needle_cli.training.train import evaluate

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument("checkpoint", type=Path)
parser.add_argument("--n", type=int, default=32, help="examples to measure on")
parser.add_argument("--seed", type=int, default=424_242)
parser.add_argument("--together", type=int, default=1, help="layers dropped at once")
parser.add_argument("--among", type=int, nargs="+", help="the layers to drop from (default: all)")
args = parser.parse_args()

checkpoint = torch.load(args.checkpoint, weights_only=False, map_location="cpu")
model = load_model(checkpoint)
tok = Tokenizer(args.checkpoint.parent / "vocab.gguf")
examples = corpus.generate(args.n, seed=args.seed, split="train")
cpu = torch.device("cpu")
prompt_format = checkpoint.get("train_config", {}).get("prompt_format", prompts.NATIVE)  # the layout it learned
layers = list(range(model.cfg.n_layer))
base = evaluate(model, tok, examples, cpu, prompt_format)
print(f"all {len(layers)} layers: loss {base['heldout_loss']:.3f}, exact {base['heldout_exact']:.0%}")
rows = []
for dropped in combinations(args.among or layers, args.together):
    scores = evaluate(keep_layers(model, [i for i in layers if i not in dropped]), tok, examples, cpu, prompt_format)
    rows.append((scores["heldout_loss"], dropped, scores["heldout_exact"]))
    print(f"without layer(s) {' '.join(map(str, dropped))}: loss {scores['heldout_loss']:.3f}, "
          f"exact {scores['heldout_exact']:.0%}", flush=True)
print("cheapest to drop first:", [" ".join(map(str, dropped)) for _, dropped, _ in sorted(rows)])
