"""Convert a training checkpoint to GGUF files that stock llama.cpp runs.

    python scripts/convert_gguf.py runs/needle-8l/ckpt.pt --out models/needle --quant q4_k_m q8_0

writes models/needle.f16.gguf and one file per quantization (models/needle.q4_k_m.gguf, ...).

    python scripts/convert_gguf.py models/needle.gguf --out /tmp/needle --no-call-weight 1.0

copies one of our GGUFs to /tmp/needle.gguf with the router's no-call calibration set (priors.py).
"""

import argparse
import sys
from pathlib import Path

from needle_cli.training.export import ConvertError, quantize, read_checkpoint, with_no_call_weight, write_gguf

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument("checkpoint", type=Path, help="runs/<name>/ckpt.pt written by scripts/train.py, or a GGUF of ours "
                    "to copy with --no-call-weight")
parser.add_argument("--out", type=Path, required=True, help="output path prefix")
parser.add_argument("--quant", nargs="*", default=["q8_0", "q4_k_m"], help="llama.cpp quantizations to make")
parser.add_argument("--embedding", help="type of the token embedding (q8_0, q6_k, q5_0, q4_0; default: llama.cpp's)")
parser.add_argument("--keep-f16", action="store_true", help="keep the unquantized f16 file")
parser.add_argument("--no-call-weight", type=float, help="the model's calibration for the router's no-call prior")
args = parser.parse_args()
try:
    if args.checkpoint.suffix == ".gguf" and args.no_call_weight is not None:
        print(with_no_call_weight(args.checkpoint, args.out.with_suffix(".gguf"), args.no_call_weight))
        sys.exit(0)
    ckpt = read_checkpoint(args.checkpoint)
    f16 = write_gguf(ckpt, args.out.with_name(args.out.name + ".f16.gguf"), no_call_weight=args.no_call_weight)
    for kind in args.quant:
        print(quantize(f16, args.out.with_name(f"{args.out.name}.{kind}.gguf"), kind, embedding=args.embedding))
    if args.keep_f16 or not args.quant:
        print(f16)
    else:
        f16.unlink()
except ConvertError as exc:
    sys.exit(f"convert_gguf: error: {exc}")
