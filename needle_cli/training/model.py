"""The model: Gemma 3's decoder, written to compute exactly what llama.cpp's `gemma3` graph computes.

Weights use GGUF conventions throughout (norm weights are the full multiplier, not 1 + w), so loading from the
base GGUF and writing ours back are plain tensor copies. Details that must match llama.cpp:
- the embedding is scaled by sqrt(d_model); the output projection is the tied embedding;
- every layer: pre-norm and post-norm around attention and around the GELU(tanh)-gated FFN;
- per-head RMSNorm on q and k, then NEOX-style RoPE, then q scaled by 1/sqrt(head_dim);
- layer i is "global" when i % 6 == 5 (RoPE base 1e6), otherwise "local" (RoPE base 1e4, sliding window).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn


@dataclass
class ModelConfig:
    vocab_size: int = 262144
    d_model: int = 640
    n_layer: int = 18
    n_head: int = 4
    n_kv_head: int = 1
    head_dim: int = 256
    d_ff: int = 2048
    rope_base: float = 1_000_000.0
    rope_base_local: float = 10_000.0
    global_every: int = 6  # llama.cpp hard-codes this pattern for gemma3
    sliding_window: int = 512
    eps: float = 1e-6

    def is_global(self, layer: int) -> bool:
        return layer % self.global_every == self.global_every - 1


class RMSNorm(nn.Module):
    def __init__(self, dim: int, eps: float):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x):
        x32 = x.float()
        return (x32 * torch.rsqrt(x32.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight.float()).type_as(x)


QUANT_OFFSETS = {"f16": None, "q4_0": 8, "q5_0": 16}  # the kinds fake_quant knows


def fake_quant(w, kind: str):
    """`w` as llama.cpp will hold it after export (f16) and quantization to `kind` (QUANT_OFFSETS), with the
    gradient passed straight through (quantization-aware training).

    llama.cpp's reference quantizers, which quantize() uses without an importance matrix: blocks of 32 along a
    row; the block's value of largest magnitude, signed, over -2^(bits-1) is its scale d; each value becomes
    floor(x/d + 2^(bits-1) + 0.5), at most 2^bits - 1, and reads back as (q - 2^(bits-1)) * d with d stored in f16."""
    if w.shape[-1] % 32:
        raise ValueError(f"rows of {w.shape[-1]} values do not split into llama.cpp's blocks of 32")
    half = w.half().float()
    offset = QUANT_OFFSETS[kind]
    if offset is None:
        return w + (half - w).detach()
    blocks = half.reshape(-1, 32)
    extreme = blocks.gather(1, blocks.abs().argmax(1, keepdim=True))
    scale = extreme / -offset
    inverse = torch.where(scale == 0, torch.zeros_like(scale), 1 / scale)
    q = torch.clamp(torch.floor(blocks * inverse + (offset + 0.5)), max=2 * offset - 1)
    rounded = ((q - offset) * scale.half().float()).reshape(w.shape)
    return w + (rounded - w).detach()


class Linear(nn.Linear):
    """nn.Linear whose weight can be seen through fake_quant (Gemma3.set_quantization)."""
    quant: str | None = None  # None: the weight as it is; otherwise fake_quant's kind

    def forward(self, x):
        return F.linear(x, self.weight if self.quant is None else fake_quant(self.weight, self.quant))


def rope(x, positions, base: float):
    """NEOX-style rotary embedding over the last dim of x: (batch, heads, seq, head_dim); positions (batch, seq)."""
    half = x.shape[-1] // 2
    freqs = base ** (-torch.arange(half, device=x.device, dtype=torch.float32) / half)
    angles = positions[:, None, :, None].float() * freqs
    cos, sin = angles.cos(), angles.sin()
    x1, x2 = x[..., :half].float(), x[..., half:].float()
    return torch.cat([x1 * cos - x2 * sin, x2 * cos + x1 * sin], dim=-1).type_as(x)


class Attention(nn.Module):
    def __init__(self, cfg: ModelConfig, layer: int):
        super().__init__()
        self.cfg, self.is_global = cfg, cfg.is_global(layer)
        self.q = Linear(cfg.d_model, cfg.n_head * cfg.head_dim, bias=False)
        self.k = Linear(cfg.d_model, cfg.n_kv_head * cfg.head_dim, bias=False)
        self.v = Linear(cfg.d_model, cfg.n_kv_head * cfg.head_dim, bias=False)
        self.o = Linear(cfg.n_head * cfg.head_dim, cfg.d_model, bias=False)
        self.q_norm = RMSNorm(cfg.head_dim, cfg.eps)
        self.k_norm = RMSNorm(cfg.head_dim, cfg.eps)

    def forward(self, x, positions, mask):
        cfg, (b, t, _) = self.cfg, x.shape
        q = self.q_norm(self.q(x).view(b, t, cfg.n_head, cfg.head_dim)).transpose(1, 2)
        k = self.k_norm(self.k(x).view(b, t, cfg.n_kv_head, cfg.head_dim)).transpose(1, 2)
        v = self.v(x).view(b, t, cfg.n_kv_head, cfg.head_dim).transpose(1, 2)
        base = cfg.rope_base if self.is_global else cfg.rope_base_local
        q, k = rope(q, positions, base), rope(k, positions, base)
        y = F.scaled_dot_product_attention(q, k, v, attn_mask=mask, scale=1.0 / math.sqrt(cfg.head_dim),
                                           enable_gqa=True)
        return self.o(y.transpose(1, 2).reshape(b, t, -1))


class Block(nn.Module):
    def __init__(self, cfg: ModelConfig, layer: int):
        super().__init__()
        self.attn_norm, self.post_attn_norm = RMSNorm(cfg.d_model, cfg.eps), RMSNorm(cfg.d_model, cfg.eps)
        self.ffn_norm, self.post_ffn_norm = RMSNorm(cfg.d_model, cfg.eps), RMSNorm(cfg.d_model, cfg.eps)
        self.attn = Attention(cfg, layer)
        self.gate = Linear(cfg.d_model, cfg.d_ff, bias=False)
        self.up = Linear(cfg.d_model, cfg.d_ff, bias=False)
        self.down = Linear(cfg.d_ff, cfg.d_model, bias=False)
        self.dropout = 0.0  # training only (Gemma3.set_dropout); llama.cpp's graph has none

    def forward(self, x, positions, masks):
        attended = self.post_attn_norm(self.attn(self.attn_norm(x), positions, masks[self.attn.is_global]))
        x = x + F.dropout(attended, self.dropout, self.training)
        h = self.ffn_norm(x)
        fed = self.post_ffn_norm(self.down(F.gelu(self.gate(h), approximate="tanh") * self.up(h)))
        return x + F.dropout(fed, self.dropout, self.training)


class Gemma3(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.cfg = cfg
        self.embed = nn.Embedding(cfg.vocab_size, cfg.d_model)
        self.blocks = nn.ModuleList(Block(cfg, i) for i in range(cfg.n_layer))
        self.final_norm = RMSNorm(cfg.d_model, cfg.eps)
        self.embed_quant: str | None = None  # see set_quantization

    def embedding(self):
        """The tied embedding as the forward pass uses it (set_quantization)."""
        w = self.embed.weight
        return w if self.embed_quant is None else fake_quant(w, self.embed_quant)

    def hidden(self, idx, positions=None, blocks=None):
        """Final hidden states for token ids (batch, seq); right padding needs no mask (attention is causal).

        `blocks` (batch, seq), for prompts.BLOCKS: 0 for tokens all later ones see (the catalog's header), k > 0
        for the tokens of tool block k, which see only block 0 and their own block, -j for request segment j after
        the catalog, which sees the whole catalog and itself (training puts several requests after one catalog).
        `positions` are then the block layout's (train.block_layout)."""
        b, t = idx.shape
        order = torch.arange(t, device=idx.device)
        if positions is None:
            positions = order.expand(b, t)
        mask = (order[None, :] <= order[:, None])[None]  # causal, (1 or batch, seq, seq)
        if blocks is not None:
            query, key = blocks[:, :, None], blocks[:, None, :]
            mask = mask & ((key == 0) | (query == key) | ((query < 0) & (key > 0)))
        local = mask & (positions[:, :, None] - positions[:, None, :] < self.cfg.sliding_window)
        mask, local = mask[:, None], local[:, None]  # one mask for every head
        x = F.embedding(idx, self.embedding()) * math.sqrt(self.cfg.d_model)
        for block in self.blocks:
            x = block(x, positions, {True: mask, False: local})
        return self.final_norm(x)

    def logits(self, h):
        return h @ self.embedding().T

    def set_dropout(self, p: float) -> None:
        """Drop this share of each attention and feed-forward output while training (each block's residual add)."""
        for block in self.blocks:
            block.dropout = p

    def set_quantization(self, matrices: str | None = None, embedding: str | None = None) -> None:
        """Compute with the weights rounded as the shipped GGUF will hold them (fake_quant): `matrices` for every
        linear layer's, `embedding` for the tied embedding's; None computes with the weights as they are. Training
        this way fits the model to its quantized self: 4-bit rounding of a model trained without it cost 30 points
        of exact answers on its training families (models/README, session 32)."""
        for module in self.modules():
            if isinstance(module, Linear):
                module.quant = matrices
        self.embed_quant = embedding

    def forward(self, idx):
        return self.logits(self.hidden(idx))

    def n_params(self) -> int:
        return sum(p.numel() for p in self.parameters())


# ------------------------------------------------------------------ GGUF tensor names of our parameters

def gguf_names(cfg: ModelConfig) -> dict[str, str]:
    """Our parameter name -> llama.cpp's gemma3 tensor name."""
    names = {"embed.weight": "token_embd.weight", "final_norm.weight": "output_norm.weight"}
    per_layer = {
        "attn_norm.weight": "attn_norm", "post_attn_norm.weight": "post_attention_norm",
        "ffn_norm.weight": "ffn_norm", "post_ffn_norm.weight": "post_ffw_norm",
        "attn.q.weight": "attn_q", "attn.k.weight": "attn_k", "attn.v.weight": "attn_v",
        "attn.o.weight": "attn_output", "attn.q_norm.weight": "attn_q_norm", "attn.k_norm.weight": "attn_k_norm",
        "gate.weight": "ffn_gate", "up.weight": "ffn_up", "down.weight": "ffn_down",
    }
    for i in range(cfg.n_layer):
        for ours, theirs in per_layer.items():
            names[f"blocks.{i}.{ours}"] = f"blk.{i}.{theirs}.weight"
    return names


def from_gguf(path: Path, layers: list[int] | None = None, rows: list[int] | None = None) -> Gemma3:
    """A gemma3-graph GGUF (the base model or one of ours, any quantization) as a trainable model, keeping the
    listed layers (in order; all when None) and, when given, only those vocabulary rows."""
    import gguf

    from .gguf_io import dequantized

    reader = gguf.GGUFReader(str(path))
    meta = {k: f.contents() for k, f in reader.fields.items() if k.startswith("gemma3.")}
    n_vocab = len(reader.fields["tokenizer.ggml.tokens"].contents())
    if layers is None:
        layers = list(range(int(meta["gemma3.block_count"])))
    cfg = ModelConfig(
        vocab_size=len(rows) if rows is not None else n_vocab, d_model=int(meta["gemma3.embedding_length"]),
        n_layer=len(layers), n_head=int(meta["gemma3.attention.head_count"]),
        n_kv_head=int(meta["gemma3.attention.head_count_kv"]), head_dim=int(meta["gemma3.attention.key_length"]),
        d_ff=int(meta["gemma3.feed_forward_length"]), rope_base=float(meta["gemma3.rope.freq_base"]),
        sliding_window=int(meta["gemma3.attention.sliding_window"]),
        eps=float(meta["gemma3.attention.layer_norm_rms_epsilon"]),
    )
    model = Gemma3(cfg)
    state = {}
    for ours, theirs in gguf_names(cfg).items():
        if theirs.startswith("blk."):
            i = int(theirs.split(".")[1])
            theirs = theirs.replace(f"blk.{i}.", f"blk.{layers[i]}.", 1)
        array = dequantized(reader, theirs)
        if ours == "embed.weight" and rows is not None:
            array = array[np.asarray(rows)]
        state[ours] = torch.from_numpy(np.array(array))  # a writable copy
    model.load_state_dict(state)
    return model


def keep_layers(model: Gemma3, layers: list[int]) -> Gemma3:
    """A copy of `model` with only the listed blocks, in that order: how a fine-tuned model loses layers.

    A block's attention kind follows its new index (llama.cpp's fixed gemma3 pattern), so a block moved into or
    out of a global slot changes behaviour; measure before choosing (scripts/layer_influence.py)."""
    smaller = Gemma3(replace(model.cfg, n_layer=len(layers)))
    state = {k: v for k, v in model.state_dict().items() if not k.startswith("blocks.")}
    for new, old in enumerate(layers):
        state.update({f"blocks.{new}.{k}": v for k, v in model.blocks[old].state_dict().items()})
    smaller.load_state_dict(state)
    return smaller


@torch.no_grad()
def ffn_importance(model: Gemma3, batches, pad: int) -> list[torch.Tensor]:
    """Per layer, how much each feed-forward neuron adds to the residual stream on `batches` ((idx, positions,
    blocks) tuples, the `pad` tokens not counted): the mean magnitude of its activation times the norm of its
    column of the down projection. The neurons that add least are the cheapest to drop (keep_neurons)."""
    sums = [torch.zeros(model.cfg.d_ff) for _ in model.blocks]
    real = None  # the current batch's non-padding tokens

    def record(layer):
        def hook(module, inputs, output):
            sums[layer].add_(inputs[0][real].float().abs().sum(0).cpu())
        return hook

    hooks = [block.down.register_forward_hook(record(i)) for i, block in enumerate(model.blocks)]
    try:
        for idx, positions, blocks in batches:
            real = idx != pad
            model.hidden(idx, positions, blocks)
    finally:
        for hook in hooks:
            hook.remove()
    return [s * block.down.weight.detach().float().norm(dim=0).cpu() for s, block in zip(sums, model.blocks)]


def keep_neurons(model: Gemma3, importance: list[torch.Tensor], width: int) -> Gemma3:
    """A copy of `model` whose feed-forward layers keep their `width` most important neurons each (ffn_importance):
    width pruning, which here costs far less than dropping layers of the same size (models/README, session 19)."""
    smaller = Gemma3(replace(model.cfg, d_ff=width))
    state = model.state_dict()
    for i, scores in enumerate(importance):
        kept = scores.topk(width).indices.sort().values
        for name, rows in (("gate", True), ("up", True), ("down", False)):
            key = f"blocks.{i}.{name}.weight"
            state[key] = state[key][kept] if rows else state[key][:, kept]
    smaller.load_state_dict(state)
    return smaller


def keep_tokens(model: Gemma3, rows: list[int]) -> Gemma3:
    """A copy of `model` with only those vocabulary rows, in that order: how a trained model's vocabulary is trimmed
    further. The embedding is tied, so the output layer loses the same rows and the logits of the kept tokens stay
    as they were (their softmax renormalised over fewer tokens)."""
    smaller = Gemma3(replace(model.cfg, vocab_size=len(rows)))
    state = model.state_dict()
    state["embed.weight"] = state["embed.weight"][torch.as_tensor(rows)]
    smaller.load_state_dict(state)
    return smaller


def save_checkpoint(path: Path, model: Gemma3, extra: dict) -> None:
    torch.save({"config": asdict(model.cfg), "model": model.state_dict(), **extra}, path)


def load_model(checkpoint: dict) -> Gemma3:
    model = Gemma3(ModelConfig(**checkpoint["config"]))
    model.load_state_dict(checkpoint["model"])
    return model


def average_checkpoints(checkpoints: list[dict]) -> dict:
    """One checkpoint whose weights are the mean of several of one run's (or of runs that follow one another):
    averaging the weights along a fine-tuning trajectory generalizes a little better than any one of its points
    (models/README, session 10). The rest (data position, config) is the last one's; no optimizer state."""
    first = checkpoints[0]
    for ckpt in checkpoints[1:]:
        if ckpt["config"] != first["config"] or ckpt["keep_ids"] != first["keep_ids"]:
            raise ValueError("checkpoints of different shapes or vocabularies cannot be averaged")
    state = {k: sum(c["model"][k].float() for c in checkpoints) / len(checkpoints) for k in first["model"]}
    last = checkpoints[-1]
    return {**{k: v for k, v in last.items() if k != "optimizer"}, "model": state,
            "averaged_steps": [c.get("step") for c in checkpoints]}
