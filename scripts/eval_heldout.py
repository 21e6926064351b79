"""Exact-call accuracy on the corpus's held-out tool families, through llama.cpp and the grammar (as needle runs).

    python scripts/eval_heldout.py models/needle.gguf --n 200
"""

import argparse
from pathlib import Path

from needle_cli.bench.scoring import score_calls
from needle_cli.engine import Engine
from needle_cli.router import RoutingError, route
from needle_cli.training import corpus

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument("model", type=Path)
parser.add_argument("--n", type=int, default=200, help="held-out examples (the same ones for every model)")
parser.add_argument("--seed", type=int, default=2026)
parser.add_argument("--threads", type=int, default=None)
args = parser.parse_args()

engine = Engine(args.model, n_threads=args.threads)
correct = 0
for example in corpus.generate(args.n, seed=args.seed, split="heldout"):
    tools = corpus.to_tools(example)
    truth = [{c["name"]: {k: [v] for k, v in c["arguments"].items()}} for c in example["calls"]]
    try:
        calls = [c.as_dict() for c in route(engine, tools, example["query"]).calls]
    except RoutingError:
        continue
    correct += score_calls(calls, truth, tools)[0]
print(f"{args.model}: {correct}/{args.n} = {correct / args.n:.1%} exact calls on held-out tool families")
