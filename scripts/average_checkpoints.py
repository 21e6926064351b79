"""Average the weights of several training checkpoints into one that scripts/convert_gguf.py converts.

    python scripts/average_checkpoints.py runs/needle-8l-soup.pt runs/needle-8l-opaque/step-200.pt \\
        runs/needle-8l-opaque/step-250.pt

The checkpoints must share the model's shape and vocabulary (one run's steps, or runs started from one another).
"""

import argparse
import sys
from pathlib import Path

import torch

from needle_cli.training.export import ConvertError, read_checkpoint
from needle_cli.training.model import average_checkpoints

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument("out", type=Path, help="the averaged checkpoint to write")
parser.add_argument("checkpoints", type=Path, nargs="+", help="ckpt.pt or step-N.pt files written by scripts/train.py")
args = parser.parse_args()
if args.out in args.checkpoints:
    sys.exit(f"error: {args.out} is also an input; write the average to a new file")
try:
    averaged = average_checkpoints([read_checkpoint(path) for path in args.checkpoints])
except (ConvertError, ValueError) as exc:
    sys.exit(f"error: {exc}")
torch.save(averaged, args.out)
print(f"{args.out}: the mean of {len(args.checkpoints)} checkpoints (steps {averaged['averaged_steps']})")
