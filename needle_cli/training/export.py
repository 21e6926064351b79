"""A training checkpoint to a GGUF that stock llama.cpp runs (its `gemma3` graph), then llama.cpp quantization."""

from __future__ import annotations

import zipfile
from pathlib import Path

import gguf
import numpy as np

from .. import prompts
from .gguf_io import base_model_path, copy_metadata, write_tokenizer
from .model import ModelConfig, gguf_names

QUANT_TYPES = {"f16": None, "q8_0": "LLAMA_FTYPE_MOSTLY_Q8_0", "q4_k_m": "LLAMA_FTYPE_MOSTLY_Q4_K_M",
               "q4_k_s": "LLAMA_FTYPE_MOSTLY_Q4_K_S", "q5_k_m": "LLAMA_FTYPE_MOSTLY_Q5_K_M",
               "q6_k": "LLAMA_FTYPE_MOSTLY_Q6_K", "q4_0": "LLAMA_FTYPE_MOSTLY_Q4_0", "q5_0": "LLAMA_FTYPE_MOSTLY_Q5_0"}
# The tied embedding is also the output layer, so llama.cpp keeps it at q6_k, and at q8_0 where 640-wide rows rule
# out k-quants: a fifth of a small model's file. These override that.
EMBEDDING_TYPES = {"q8_0": "GGML_TYPE_Q8_0", "q6_k": "GGML_TYPE_Q6_K", "q5_0": "GGML_TYPE_Q5_0",
                   "q4_0": "GGML_TYPE_Q4_0"}


class ConvertError(Exception):
    """The input is not something this converter can turn into a GGUF; the message says why."""


def read_checkpoint(path: Path) -> dict:
    import torch

    if not path.is_file():
        raise ConvertError(f"{path}: no such file")
    with path.open("rb") as f:
        magic = f.read(4)
    if magic == b"GGUF":
        raise ConvertError(f"{path} is already a GGUF file")
    if not zipfile.is_zipfile(path):
        raise ConvertError(f"{path} is not a PyTorch checkpoint (expected a torch.save zip file)")
    try:
        ckpt = torch.load(path, map_location="cpu", weights_only=False)
    except Exception as exc:  # torch raises many kinds here; all mean the same to the user
        raise ConvertError(f"{path}: PyTorch cannot read it ({type(exc).__name__})") from None
    if not isinstance(ckpt, dict) or not {"config", "model", "keep_ids"} <= set(ckpt):
        keys = set(ckpt) if isinstance(ckpt, dict) else set()
        state = ckpt.get("model", ckpt) if isinstance(ckpt, dict) else {}
        names = " ".join(map(str, state)) if isinstance(state, dict) else ""
        if "encoder" in names and "decoder" in names:
            raise ConvertError(f"{path} looks like an encoder-decoder checkpoint (such as Cactus Needle); llama.cpp "
                               "has no graph for that architecture, so it cannot become a GGUF that llama.cpp runs")
        raise ConvertError(f"{path} is not a needle training checkpoint (expected keys config, model, keep_ids; "
                           f"found {sorted(map(str, keys))[:6]})")
    return ckpt


def write_gguf(ckpt: dict, out: Path, base: Path | None = None, no_call_weight: float | None = None) -> Path:
    """Unquantized GGUF (f16 matrices, f32 norms) in llama.cpp's gemma3 layout, tokenizer trimmed as in training."""
    cfg = ModelConfig(**ckpt["config"])
    base_reader = gguf.GGUFReader(str(base or base_model_path()))
    writer = gguf.GGUFWriter(str(out), "gemma3")
    skip = {k for k in base_reader.fields if k.startswith(("tokenizer.", "gemma3.", "general."))}
    copy_metadata(base_reader, writer, skip)
    writer.add_name("needle")
    writer.add_string("general.basename", "needle")
    writer.add_string("general.license", "gemma")
    writer.add_string("general.base_model.0.name", "Gemma 3 270M")
    writer.add_string(prompts.FORMAT_KEY, ckpt.get("train_config", {}).get("prompt_format", prompts.NATIVE))
    if no_call_weight is not None:
        writer.add_float32(prompts.NO_CALL_KEY, no_call_weight)
    writer.add_file_type(gguf.LlamaFileType.MOSTLY_F16)
    writer.add_context_length(int(base_reader.fields["gemma3.context_length"].contents()))
    writer.add_embedding_length(cfg.d_model)
    writer.add_block_count(cfg.n_layer)
    writer.add_feed_forward_length(cfg.d_ff)
    writer.add_head_count(cfg.n_head)
    writer.add_head_count_kv(cfg.n_kv_head)
    writer.add_key_length(cfg.head_dim)
    writer.add_value_length(cfg.head_dim)
    writer.add_rope_freq_base(cfg.rope_base)
    writer.add_sliding_window(cfg.sliding_window)
    writer.add_layer_norm_rms_eps(cfg.eps)
    writer.add_tokenizer_model("llama")
    write_tokenizer(writer, base_reader, ckpt["keep_ids"])
    writer.add_string("tokenizer.ggml.pre", "default")
    state = ckpt["model"]
    for ours, theirs in gguf_names(cfg).items():
        array = state[ours].float().numpy()
        writer.add_tensor(theirs, array.astype(np.float32 if array.ndim == 1 else np.float16))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return out


def with_no_call_weight(src: Path, out: Path, weight: float) -> Path:
    """A copy of one of our GGUFs with the router's no-call calibration set (gguf's own metadata copier)."""
    from gguf.scripts.gguf_new_metadata import MetadataDetails, copy_with_new_metadata

    if src.resolve() == out.resolve():
        raise ConvertError(f"{out}: write the copy to another path")
    reader = gguf.GGUFReader(str(src))
    if prompts.FORMAT_KEY not in reader.fields:
        raise ConvertError(f"{src} is not one of needle's models (no {prompts.FORMAT_KEY} key)")
    writer = gguf.GGUFWriter(str(out), arch=reader.fields["general.architecture"].contents())
    new = {prompts.NO_CALL_KEY: MetadataDetails(gguf.GGUFValueType.FLOAT32, weight)}
    copy_with_new_metadata(reader, writer, new, [])
    return out


def quantize(src: Path, out: Path, kind: str, threads: int = 0, embedding: str | None = None) -> Path:
    """llama.cpp's own quantizer (the runtime's library, so the result is what the CLI loads); `embedding` picks
    the token embedding's type instead of llama.cpp's choice."""
    import llama_cpp

    if kind not in QUANT_TYPES or QUANT_TYPES[kind] is None:
        raise ConvertError(f"unknown quantization {kind!r} (choose from {', '.join(k for k in QUANT_TYPES if k != 'f16')})")
    if embedding is not None and embedding not in EMBEDDING_TYPES:
        raise ConvertError(f"unknown embedding type {embedding!r} (choose from {', '.join(EMBEDDING_TYPES)})")
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = getattr(llama_cpp, QUANT_TYPES[kind])
    if embedding is not None:
        params.token_embedding_type = getattr(llama_cpp, EMBEDDING_TYPES[embedding])
    params.nthread = threads
    status = llama_cpp.llama_model_quantize(str(src).encode(), str(out).encode(), params)
    if status != 0:
        raise ConvertError(f"llama.cpp failed to quantize {src} to {kind}")
    return out
