"""Average the weights of several training checkpoints into one that scripts/convert_gguf.py converts.

    python scripts/average_checkpoints.py runs/needle-8l-soup.pt runs/needle-8l-opaque/step-200.pt \\
        runs/needle-8l-opaque/step-250.pt

The checkpoints must share the model's shape and vocabulary (one run's steps, or runs started from one another).
"""

import argparse
import sys
from pathlib import Path

import torch

from needle_cli.training.model import average_checkpoints

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument("out", type=Path, help="the averaged checkpoint to write")
parser.add_argument("checkpoints", type=Path, nargs="+", help="ckpt.pt or step-N.pt files written by scripts/train.py")
args = parser.parse_args()
if args.out in args.checkpoints:
    sys.exit(f"error: {args.out} is also an input; write the average to a new file")
checkpoints = []
for path in args.checkpoints:
    try:
        checkpoints.append(torch.load(path, map_location="cpu", weights_only=False))
    except Exception as exc:  # torch raises many kinds here; all mean the same to the user
        sys.exit(f"error: {path}: PyTorch cannot read it ({type(exc).__name__})")
    if not isinstance(checkpoints[-1], dict) or not {"config", "model", "keep_ids"} <= set(checkpoints[-1]):
        sys.exit(f"error: {path} is not a needle training checkpoint")
try:
    averaged = average_checkpoints(checkpoints)
except ValueError as exc:
    sys.exit(f"error: {exc}")
torch.save(averaged, args.out)
print(f"{args.out}: the mean of {len(args.checkpoints)} checkpoints (steps {averaged['averaged_steps']})")
