"""Which layer of a fine-tuned model costs least to drop: the answer loss with each single layer removed.

    python scripts/layer_influence.py runs/needle-18l/ckpt.pt --n 32

Measured on training-split examples the run has not seen yet (never on held-out families), with llama.cpp's
attention pattern applied to the remaining layers (see model.keep_layers).
"""

import argparse
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
for dropped in layers:
    scores = evaluate(keep_layers(model, [i for i in layers if i != dropped]), tok, examples, cpu, prompt_format)
    rows.append((scores["heldout_loss"], dropped, scores["heldout_exact"]))
    print(f"without layer {dropped:2d}: loss {scores['heldout_loss']:.3f}, exact {scores['heldout_exact']:.0%}",
          flush=True)
print("cheapest to drop first:", [dropped for _, dropped, _ in sorted(rows)])
