"""Fine-tune the routing model from Gemma 3 270M on the synthetic corpus; resumable, CPU or GPU.

Run it as `python scripts/train.py configs/needle-8l.yaml`. Everything a run makes lives in runs/<name>/:
vocab.gguf (the trimmed tokenizer), ckpt.pt (model, optimizer, position in the data), log.jsonl (losses and
held-out accuracy), and with keep_evaluated the weights of every evaluated step (step-N.pt). Running the same
command again resumes from ckpt.pt.
"""

from __future__ import annotations

import json
import math
import random
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import torch
import yaml
from tqdm import tqdm

from .. import prompts
from . import corpus
from .gguf_io import base_model_path
from .model import (QUANT_OFFSETS, Gemma3, ffn_importance, from_gguf, keep_layers, keep_neurons, keep_tokens,
                    load_model, save_checkpoint)
from .tokenizer import Tokenizer, base_ids, choose_tokens, write_vocab_gguf


@dataclass
class TrainConfig:
    name: str
    layers: list[int]  # which layers to keep, in order: of the base model's 18, or of init_from's
    init_from: str | None = None  # a checkpoint (another run's ckpt.pt) or one of our GGUFs to start from
    start_chunk: int = 0  # first corpus chunk from a GGUF (which does not say what data it saw); from a checkpoint,
    # when set, instead of going on where that run stopped (whose later data other runs may have read since)
    vocab_size: int = 16384  # from a checkpoint of more tokens: keep this many of them (prepare, keep_tokens)
    vocab_examples: int = 20000  # corpus examples that decide the trimmed vocabulary
    seed: int = 0
    max_len: int = 768  # longer examples are skipped
    batch_tokens: int = 3072  # padded tokens per optimizer step
    lr: float = 3e-4
    min_lr: float = 3e-5
    warmup: int = 30
    steps: int = 3000
    weight_decay: float = 0.0
    dropout: float = 0.0  # residual dropout while training: the corpus's families are few, held-out schemas new
    quant_aware: str | None = None  # train (and evaluate) through the rounding the shipped file's matrices get
    # (model.fake_quant), so the held-out scores in log.jsonl are the quantized file's
    quant_aware_embedding: str | None = None  # ... and its tied embedding's (q5_0 in the shipped file)
    eval_every: int = 100
    eval_examples: int = 96
    ckpt_every: int = 25
    keep_evaluated: bool = False  # also keep each evaluated step's weights (step-N.pt, no optimizer) to ship the best
    threads: int = 0  # 0: torch's default
    prompt_format: str = prompts.NATIVE  # or prompts.BLOCKS: tool blocks computed apart (prompts.py)
    chunk_examples: int = 4096  # corpus examples generated at a time (a run's data order depends on it)
    more: int = 0  # BLOCKS only: up to this many other requests trained on each catalog (corpus.more_requests)
    obscure: float = 0.0  # share of catalogs with some opaque tool and parameter names (corpus.obscured)
    rich: float = corpus.P_RICH  # share of one-call requests that state every optional argument (corpus.P_RICH)
    teacher: str | None = None  # distil from this model (one of our GGUFs or a checkpoint, same vocabulary)
    distill: float = 1.0  # with a teacher: the weight of the KL term; the rest is cross-entropy on the labels
    distill_hidden: float = 0.0  # with a teacher: the weight of matching its final hidden states at every token
    d_ff: int = 0  # when below the starting model's: keep this many feed-forward neurons per layer (prune_ffn)
    prune_examples: int = 48  # training examples that rank the neurons
    extra: dict = field(default_factory=dict)


def load_config(path: str | Path) -> TrainConfig:
    config = TrainConfig(**yaml.safe_load(Path(path).read_text()))
    if config.more and config.prompt_format != prompts.BLOCKS:
        raise ValueError(f"{path}: more needs prompt_format {prompts.BLOCKS} (requests after one catalog)")
    for kind in (config.quant_aware, config.quant_aware_embedding):
        if kind is not None and kind not in QUANT_OFFSETS:
            raise ValueError(f"{path}: unknown quantization {kind!r} (choose from {', '.join(QUANT_OFFSETS)})")
    return config


# ------------------------------------------------------------------ data


# token ids; the answers' (start, end) spans, which the loss covers; for prompts.BLOCKS the token counts of the
# header, of each tool block, and of each request segment after the catalog (its request, answer and EOS)
Encoded = tuple[list[int], list[tuple[int, int]], tuple[list[int], list[int]] | None]


def encode_example(ex: dict, tok: Tokenizer, prompt_format: str = prompts.NATIVE, max_len: int = 0) -> Encoded:
    """An example as token ids. In prompts.BLOCKS its "more" requests over the same catalog (corpus.more_requests)
    follow as segments of their own while the whole stays within `max_len`: each sees the catalog and itself only,
    at the positions a lone request has, so it is trained exactly as the engine will run it."""
    tools = corpus.to_tools(ex)

    def answer(calls):
        return tok.encode(prompts.calls_text(calls, tools)) + [tok.eos]

    if prompt_format != prompts.BLOCKS:
        prompt, reply = [tok.bos] + tok.encode(prompts.native_prompt(tools, ex["query"])), answer(ex["calls"])
        return prompt + reply, [(len(prompt), len(prompt) + len(reply))], None
    parts = [[tok.bos] + tok.encode(prompts.CATALOG_HEAD)] + [tok.encode(prompts.tool_block(t)) for t in tools]
    ids, spans, segments = sum(parts, []), [], []
    for request in [ex, *ex.get("more", ())]:
        asked, reply = tok.encode(prompts.CATALOG_TAIL + prompts.request_text(request["query"])), answer(request["calls"])
        if segments and max_len and len(ids) + len(asked) + len(reply) > max_len:
            continue
        spans.append((len(ids) + len(asked), len(ids) + len(asked) + len(reply)))
        ids += asked + reply
        segments.append(len(asked) + len(reply))
    return ids, spans, ([len(p) for p in parts], segments)


def block_layout(width: int, layout: tuple[list[int], list[int]]) -> tuple[list[int], list[int]]:
    """Positions and block ids (model.hidden) of a row `width` tokens wide with this layout (see Encoded): the
    header is block 0, tool block k is block k, request segment j is block -j; padding extends the last segment."""
    parts, segments = layout
    header, blocks = parts[0], parts[1:]
    positions, ids = list(range(header)), [0] * header
    for k, n in enumerate(blocks, 1):
        positions += range(header, header + n)
        ids += [k] * n
    after = header + max(blocks, default=0)
    segments = list(segments) or [0]
    segments[-1] += width - len(positions) - sum(segments)
    for j, n in enumerate(segments, 1):
        positions += range(after, after + n)
        ids += [-j] * n
    return positions, ids


def batches(cfg: TrainConfig, tok: Tokenizer, chunk: int, skip: int):
    """Endless batches from corpus chunks (chunk c is generate(chunk_examples, seed c)); yields (batch, chunk,
    offset)."""
    while True:
        examples = corpus.generate(cfg.chunk_examples, seed=cfg.seed * 100_003 + chunk, split="train", more=cfg.more,
                                   obscure=cfg.obscure, rich=cfg.rich)
        encoded = [encode_example(ex, tok, cfg.prompt_format, cfg.max_len) for ex in examples[skip:]]
        encoded = [e for e in encoded if len(e[0]) <= cfg.max_len]
        # group similar lengths to waste little on padding, then shuffle the groups
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i][0]))
        groups, current = [], []
        for i in order:
            longest = max([len(encoded[j][0]) for j in current] + [len(encoded[i][0])])
            if current and longest * (len(current) + 1) > cfg.batch_tokens:
                groups.append(current)
                current = []
            current.append(i)
        if current:
            groups.append(current)
        random.Random(chunk).shuffle(groups)
        consumed = skip
        for group in groups:
            consumed += len(group)
            yield [encoded[i] for i in group], chunk, consumed
        chunk, skip = chunk + 1, 0


PAD_ID = 0  # Gemma's <pad>, which no text encodes to: padding is where the ids are PAD_ID
PAD_TO = 64  # few distinct shapes: the CPU kernels' per-shape caches then stop growing memory


def collate(batch: list[Encoded], pad: int):
    """Padded token ids, targets (-100: no loss), and for block prompts their positions and block ids."""
    width = -(-max(len(ids) for ids, _, _ in batch) // PAD_TO) * PAD_TO
    idx = torch.full((len(batch), width), pad, dtype=torch.long)
    targets = torch.full((len(batch), width), -100, dtype=torch.long)
    for row, (ids, spans, _) in enumerate(batch):
        idx[row, : len(ids)] = torch.tensor(ids)
        for start, end in spans:
            targets[row, start - 1 : end - 1] = torch.tensor(ids[start:end])  # position t predicts token t+1
    if all(layout is None for _, _, layout in batch):
        return idx, targets, None, None
    layouts = [block_layout(width, layout) for _, _, layout in batch]
    return idx, targets, torch.tensor([p for p, _ in layouts]), torch.tensor([b for _, b in layouts])


def to_device(tensors, device):
    """collate()'s tensors on `device` (None stays None)."""
    return tuple(t if t is None else t.to(device) for t in tensors)


def autocast(device):
    """bf16 autocast where the hardware has bf16 matrix units (AVX512-BF16 or AMX CPUs, recent GPUs); plain fp32
    elsewhere: on an AVX2-only CPU torch's bf16 matmuls fall back to a reference kernel, minutes per step."""
    if device.type == "cuda":
        fast = torch.cuda.is_bf16_supported()
    else:
        fast = getattr(torch.cpu, "_is_avx512_bf16_supported", lambda: False)() or \
            getattr(torch.cpu, "_is_amx_tile_supported", lambda: False)()
    return torch.autocast(device.type, dtype=torch.bfloat16, enabled=fast)


def answer_loss(model, idx, targets, positions=None, blocks=None):
    """Cross-entropy on answer tokens, the output projection computed only where there is a target; also the
    logits there, the answer tokens' mask, and every token's final hidden state."""
    hidden = model.hidden(idx, positions, blocks)
    where = targets != -100
    logits = model.logits(hidden[where]).float()
    return torch.nn.functional.cross_entropy(logits, targets[where]), logits, where, hidden


def load_teacher(path: str, keep_ids: list[int], device) -> Gemma3:
    """The model to distil from, every layer of it, frozen; a teacher of a larger vocabulary keeps only the
    student's tokens (its distribution over them, renormalised)."""
    if path.endswith(".gguf"):
        teacher = from_gguf(Path(path))
        teacher_ids = base_ids(base_model_path(), Path(path)) if teacher.cfg.vocab_size > len(keep_ids) else None
    else:
        source = torch.load(path, weights_only=False)
        teacher, teacher_ids = load_model(source), source.get("keep_ids")
    if teacher.cfg.vocab_size > len(keep_ids) and teacher_ids:
        teacher = keep_tokens(teacher, rows_of(keep_ids, teacher_ids, f"teacher {path}"))
    if teacher.cfg.vocab_size != len(keep_ids):
        raise ValueError(f"teacher {path} has {teacher.cfg.vocab_size} tokens, the student {len(keep_ids)}")
    return teacher.to(device).eval().requires_grad_(False)


def distill_losses(teacher, idx, logits, where, hidden, positions=None, blocks=None):
    """Two distances of the student from the teacher on one batch.

    KL(teacher || student) per answer token: the teacher's whole distribution, not only its top token, is the
    target. A model cut to fewer layers recovers faster this way than from the labels alone (as in NVIDIA's
    Minitron, which retrains depth-pruned models by logit distillation).
    The final hidden states' squared distance at every token, relative to the teacher's mean square: the
    catalog's tokens too, where the labels say nothing (TinyBERT and MiniLM distil hidden states for that)."""
    with torch.no_grad():
        taught = teacher.hidden(idx, positions, blocks).float()
        wanted = torch.log_softmax(teacher.logits(taught[where]), -1)
    kl = torch.nn.functional.kl_div(torch.log_softmax(logits, -1), wanted, log_target=True, reduction="batchmean")
    real = idx != PAD_ID
    match = (hidden[real].float() - taught[real]).pow(2).mean() / taught[real].pow(2).mean()
    return kl, match


@torch.no_grad()
def evaluate(model, tok: Tokenizer, examples: list[dict], device, prompt_format: str = prompts.NATIVE) -> dict:
    """Held-out loss and the share of answers whose every token is the model's top choice (teacher-forced)."""
    model.eval()
    losses, exact = [], 0
    for ex in examples:
        encoded = encode_example(ex, tok, prompt_format)
        idx, targets, positions, blocks = to_device(collate([encoded], pad=PAD_ID), device)
        with autocast(device):
            loss, logits, where, _ = answer_loss(model, idx, targets, positions, blocks)
        losses.append(loss.item())
        exact += bool((logits.argmax(-1) == targets[where]).all())
    model.train()
    return {"heldout_loss": sum(losses) / len(losses), "heldout_exact": exact / len(examples)}


def lr_at(cfg: TrainConfig, step: int) -> float:
    if step < cfg.warmup:
        return cfg.lr * (step + 1) / cfg.warmup
    progress = min(1.0, (step - cfg.warmup) / max(1, cfg.steps - cfg.warmup))
    return cfg.min_lr + 0.5 * (cfg.lr - cfg.min_lr) * (1 + math.cos(math.pi * progress))


# ------------------------------------------------------------------ the run


def prepare(cfg: TrainConfig, out: Path) -> tuple[Path, list[int]]:
    """The trimmed vocabulary, chosen once per run from the training corpus (or init_from's run's)."""
    vocab_path, ids_path = out / "vocab.gguf", out / "keep_ids.json"
    if not ids_path.exists() and cfg.init_from and cfg.init_from.endswith(".gguf"):
        keep = base_ids(base_model_path(), Path(cfg.init_from))
        write_vocab_gguf(base_model_path(), keep, vocab_path)
        ids_path.write_text(json.dumps(keep))
    within = None  # choose among all the base's ids, or among init_from's when this run keeps fewer
    if not ids_path.exists() and cfg.init_from and not cfg.init_from.endswith(".gguf"):
        source = Path(cfg.init_from).parent
        parent = json.loads((source / "keep_ids.json").read_text())
        if cfg.vocab_size < len(parent):
            within = parent
        else:
            shutil.copyfile(source / "vocab.gguf", vocab_path)
            shutil.copyfile(source / "keep_ids.json", ids_path)
    if not ids_path.exists():
        texts = []
        for ex in corpus.generate(cfg.vocab_examples, seed=cfg.seed + 7_919, split="train"):
            tools = corpus.to_tools(ex)
            texts += [prompts.native_prompt(tools, ex["query"]), prompts.calls_text(ex["calls"], tools)]
        keep = choose_tokens(base_model_path(), texts, cfg.vocab_size, within=within)
        write_vocab_gguf(base_model_path(), keep, vocab_path)
        ids_path.write_text(json.dumps(keep))
    return vocab_path, json.loads(ids_path.read_text())


def rows_of(keep_ids: list[int], within: list[int], what: str) -> list[int]:
    """Where each of `keep_ids` (base ids) stands in a larger vocabulary `within`: the rows keep_tokens keeps."""
    index = {b: i for i, b in enumerate(within)}
    missing = [b for b in keep_ids if b not in index]
    if missing:
        raise ValueError(f"{what} lacks {len(missing)} of the student's {len(keep_ids)} tokens")
    return [index[b] for b in keep_ids]


def prune_ffn(model: Gemma3, cfg: TrainConfig, tok: Tokenizer, device) -> Gemma3:
    """`model` with cfg.d_ff feed-forward neurons per layer, those that add most to the residual stream on
    training examples no run reads (another seed than the chunks')."""
    examples = corpus.generate(cfg.prune_examples, seed=cfg.seed + 424_242, split="train", more=cfg.more)
    encoded = [e for e in (encode_example(ex, tok, cfg.prompt_format, cfg.max_len) for ex in examples)
               if len(e[0]) <= cfg.max_len]
    rows = [to_device(collate(encoded[i : i + 4], pad=PAD_ID), device) for i in range(0, len(encoded), 4)]
    with autocast(device):
        importance = ffn_importance(model.eval(), [(idx, positions, blocks) for idx, _, positions, blocks in rows],
                                    PAD_ID)
    return keep_neurons(model, importance, cfg.d_ff).to(device)


def train(cfg: TrainConfig, runs_dir: Path = Path("runs")) -> Path:
    out = runs_dir / cfg.name
    out.mkdir(parents=True, exist_ok=True)
    if cfg.threads:
        torch.set_num_threads(cfg.threads)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    torch.manual_seed(cfg.seed)
    vocab_path, keep_ids = prepare(cfg, out)
    tok = Tokenizer(vocab_path)
    ckpt_path = out / "ckpt.pt"
    if ckpt_path.exists():
        ckpt = torch.load(ckpt_path, weights_only=False)
        model = load_model(ckpt).to(device)
        step, chunk, offset = ckpt["step"], ckpt["chunk"], ckpt["offset"]
    elif cfg.init_from and cfg.init_from.endswith(".gguf"):  # e.g. the shipped model, dequantized
        ckpt, step, chunk, offset = None, 0, cfg.start_chunk, 0
        model = from_gguf(Path(cfg.init_from), cfg.layers).to(device)
    elif cfg.init_from:  # data from where that run stopped (examples it has not seen), unless start_chunk is set
        source = torch.load(cfg.init_from, weights_only=False)
        ckpt, step = None, 0
        chunk, offset = (cfg.start_chunk, 0) if cfg.start_chunk else (source["chunk"], source["offset"])
        model = keep_layers(load_model(source), cfg.layers)
        if len(keep_ids) < model.cfg.vocab_size:  # prepare() trimmed its vocabulary further
            model = keep_tokens(model, rows_of(keep_ids, source["keep_ids"], cfg.init_from))
        model = model.to(device)
    else:
        ckpt, step, chunk, offset = None, 0, 0, 0
        model = from_gguf(base_model_path(), cfg.layers, keep_ids).to(device)
    if ckpt is None and 0 < cfg.d_ff < model.cfg.d_ff:
        model = prune_ffn(model, cfg, tok, device)
    model.set_dropout(cfg.dropout)
    model.set_quantization(cfg.quant_aware, cfg.quant_aware_embedding)
    teacher = load_teacher(cfg.teacher, keep_ids, device) if cfg.teacher else None
    optimizer = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay, betas=(0.9, 0.95))
    if ckpt is not None:
        optimizer.load_state_dict(ckpt["optimizer"])
    heldout = corpus.generate(cfg.eval_examples, seed=cfg.seed + 31_337, split="heldout")
    log = (out / "log.jsonl").open("a")
    print(f"{cfg.name}: {model.n_params() / 1e6:.1f}M parameters, vocab {len(keep_ids)}, device {device}, "
          f"starting at step {step}")

    def checkpoint(path=ckpt_path, optimizer_state=True):
        extra = {"step": step, "chunk": chunk, "offset": offset, "train_config": cfg.__dict__, "keep_ids": keep_ids}
        if optimizer_state:
            extra["optimizer"] = optimizer.state_dict()
        save_checkpoint(path.with_suffix(".tmp"), model, extra)
        path.with_suffix(".tmp").replace(path)  # never leave a half-written checkpoint

    bar = tqdm(total=cfg.steps, initial=step, unit="step", dynamic_ncols=True)
    data = batches(cfg, tok, chunk, offset)
    model.train()
    while step < cfg.steps:
        batch, chunk, offset = next(data)
        idx, targets, positions, blocks = to_device(collate(batch, pad=PAD_ID), device)
        for group in optimizer.param_groups:
            group["lr"] = lr_at(cfg, step)
        start = time.perf_counter()
        with autocast(device):
            labels_loss, logits, where, hidden = answer_loss(model, idx, targets, positions, blocks)
            loss = labels_loss
            if teacher:
                kl, match = distill_losses(teacher, idx, logits, where, hidden, positions, blocks)
                loss = (1 - cfg.distill) * labels_loss + cfg.distill * kl + cfg.distill_hidden * match
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        step += 1
        record = {"step": step, "loss": round(labels_loss.item(), 4), "lr": lr_at(cfg, step - 1),
                  "examples": len(batch), "tokens": int(idx.numel()), "seconds": round(time.perf_counter() - start, 2)}
        if teacher:
            record.update(kl=round(kl.item(), 4), match=round(match.item(), 4))
        if step % cfg.eval_every == 0 or step == cfg.steps:
            record.update(evaluate(model, tok, heldout, device, cfg.prompt_format))
            if cfg.keep_evaluated:
                checkpoint(out / f"step-{step}.pt", optimizer_state=False)
        log.write(json.dumps(record) + "\n")
        log.flush()
        shown = {k: round(v, 3) for k, v in record.items() if k.startswith("heldout") or k in ("kl", "match")}
        bar.set_postfix(loss=record["loss"], **shown)
        bar.update(1)
        if step % cfg.ckpt_every == 0 or step == cfg.steps:
            checkpoint()
    bar.close()
    if not ckpt_path.exists():  # no step taken (steps: 0): the starting point itself
        checkpoint()
    return ckpt_path
