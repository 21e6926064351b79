"""A tiny random-weight llama GGUF for tests: real llama.cpp, real file, no accuracy expected.

The vocabulary is printable ASCII, a few JSON pieces and the 256 byte-fallback tokens, so any text tokenizes and
the grammar can always be satisfied.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np


def write_tiny_gguf(path: Path, seed: int = 0, d: int = 64, n_layer: int = 2, prompt_format: str | None = None) -> Path:
    import gguf

    tokens = ["<unk>", "<s>", "</s>"] + [f"<0x{i:02X}>" for i in range(256)]
    types = [gguf.TokenType.UNKNOWN, gguf.TokenType.CONTROL, gguf.TokenType.CONTROL] + [gguf.TokenType.BYTE] * 256
    pieces = [chr(c) for c in range(32, 127)] + ['{"', '":', '",', '"}', '[{', '}]', "name", "arguments"]
    tokens += [p.replace(" ", "\u2581") for p in pieces]
    types += [gguf.TokenType.NORMAL] * len(pieces)
    scores = [0.0] * 259 + [-float(i) for i in range(len(pieces))]
    rng = np.random.default_rng(seed)
    n_vocab, n_ff, n_head = len(tokens), 4 * d, 4

    w = gguf.GGUFWriter(str(path), "llama")
    w.add_name("needle-test-tiny")
    w.add_context_length(2048)
    w.add_embedding_length(d)
    w.add_block_count(n_layer)
    w.add_feed_forward_length(n_ff)
    w.add_head_count(n_head)
    w.add_head_count_kv(n_head)
    w.add_rope_dimension_count(d // n_head)
    w.add_layer_norm_rms_eps(1e-5)
    w.add_tokenizer_model("llama")
    w.add_token_list(tokens)
    w.add_token_scores(scores)
    w.add_token_types(types)
    w.add_bos_token_id(1)
    w.add_eos_token_id(2)
    w.add_unk_token_id(0)
    w.add_add_space_prefix(False)
    if prompt_format:
        w.add_string("needle.prompt_format", prompt_format)

    def t(name, *shape, scale=0.2):
        w.add_tensor(name, (rng.standard_normal(shape) * scale).astype(np.float32))

    # Every embedding shares one direction, and the output rows of the closing pieces point along it: the
    # random model then prefers to close strings and calls, so its answers stay short. Still random otherwise.
    common = rng.standard_normal(d).astype(np.float32)
    embd = rng.standard_normal((n_vocab, d)).astype(np.float32) * 0.5 + common
    w.add_tensor("token_embd.weight", embd)
    w.add_tensor("output_norm.weight", np.ones(d, dtype=np.float32))
    out = rng.standard_normal((n_vocab, d)).astype(np.float32) * 0.2
    for piece, boost in {"[{": 0.5, '"}': 0.35, "}]": 1.0, '"': 0.3, '",': 0.25}.items():
        out[tokens.index(piece)] += boost * common / np.linalg.norm(common) * np.sqrt(d) / 4
    w.add_tensor("output.weight", out)
    for i in range(n_layer):
        w.add_tensor(f"blk.{i}.attn_norm.weight", np.ones(d, dtype=np.float32))
        w.add_tensor(f"blk.{i}.ffn_norm.weight", np.ones(d, dtype=np.float32))
        for name in ("attn_q", "attn_k", "attn_v", "attn_output"):
            t(f"blk.{i}.{name}.weight", d, d)
        t(f"blk.{i}.ffn_gate.weight", n_ff, d)
        t(f"blk.{i}.ffn_up.weight", n_ff, d)
        t(f"blk.{i}.ffn_down.weight", d, n_ff)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path


def write_fake_gemma_base(path: Path) -> Path:
    """A weightless stand-in for Gemma's GGUF, which training and conversion read metadata and the tokenizer from:
    gemma3 metadata and a SentencePiece vocabulary (control, byte, character and a few word pieces)."""
    import gguf

    tokens = ["<pad>", "<eos>", "<bos>", "<unk>"] + [f"<0x{i:02X}>" for i in range(256)]
    types = [gguf.TokenType.CONTROL] * 3 + [gguf.TokenType.UNKNOWN] + [gguf.TokenType.BYTE] * 256
    pieces = [chr(c).replace(" ", "\u2581") for c in range(32, 127)]
    pieces += ["\u2581to", "\u2581Tokyo", "\u2581find", "\u2581flights", "ights", "\u2581in", "\u2581logs"]
    tokens += pieces
    types += [gguf.TokenType.NORMAL] * len(pieces)
    scores = [0.0] * 260 + [-float(i) for i in range(len(pieces))]
    w = gguf.GGUFWriter(str(path), "gemma3")
    w.add_context_length(2048)
    w.add_embedding_length(64)
    w.add_block_count(2)
    w.add_feed_forward_length(128)
    w.add_head_count(2)
    w.add_head_count_kv(1)
    w.add_key_length(32)
    w.add_value_length(32)
    w.add_rope_freq_base(1_000_000.0)
    w.add_sliding_window(512)
    w.add_layer_norm_rms_eps(1e-6)
    w.add_tokenizer_model("llama")
    w.add_token_list(tokens)
    w.add_token_scores(scores)
    w.add_token_types(types)
    w.add_bos_token_id(2)
    w.add_eos_token_id(1)
    w.add_unk_token_id(3)
    w.add_pad_token_id(0)
    w.add_add_bos_token(True)
    w.add_add_space_prefix(False)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path
