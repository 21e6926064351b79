"""Train the routing model: `python scripts/train.py configs/needle-8l.yaml` (run it again to resume)."""

import argparse
from pathlib import Path

from needle_cli.training.train import load_config, train

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("config", type=Path, help="a YAML file of TrainConfig fields")
parser.add_argument("--runs", type=Path, default=Path("runs"), help="where runs/<name>/ is kept")
parser.add_argument("--steps", type=int, help="override the config's total steps (e.g. to extend a run; 0 writes the "
                    "starting point, pruned as the config says, and stops)")
args = parser.parse_args()
config = load_config(args.config)
if args.steps is not None:
    config.steps = args.steps
print(train(config, args.runs))
