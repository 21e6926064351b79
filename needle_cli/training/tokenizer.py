"""The model's tokenizer: Gemma 3's SentencePiece vocabulary trimmed to the tokens our data uses.

Trimming keeps the control tokens, the user-defined whitespace tokens, all 256 byte-fallback tokens (so any text
still tokenizes) and the most frequent tokens of the corpus. The trimmed vocabulary is written as a GGUF, and
training tokenizes through llama.cpp itself on that file: the tokenizer that trains the model is the one that
runs it.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import gguf

from .gguf_io import copy_metadata, read_vocab, write_tokenizer

KEEP_TYPES = {gguf.TokenType.CONTROL, gguf.TokenType.USER_DEFINED, gguf.TokenType.BYTE, gguf.TokenType.UNKNOWN}


class Tokenizer:
    """llama.cpp's tokenizer for a GGUF file (loaded vocabulary-only: no weights)."""

    def __init__(self, path: str | Path):
        import llama_cpp

        self.llm = llama_cpp.Llama(str(path), vocab_only=True, verbose=False)
        self.bos, self.eos = self.llm.token_bos(), self.llm.token_eos()
        self.n_vocab = self.llm.n_vocab()

    def encode(self, text: str, bos: bool = False) -> list[int]:
        return self.llm.tokenize(text.encode("utf-8"), add_bos=bos, special=False)

    def decode(self, ids: list[int]) -> str:
        return self.llm.detokenize(ids).decode("utf-8", "replace")


def choose_tokens(base: Path, texts: list[str], size: int, corpus_share: float = 0.75,
                  within: list[int] | None = None) -> list[int]:
    """Old ids to keep, ascending: the always-kept kinds; the corpus's most frequent tokens up to `corpus_share`
    of `size`; then Gemma's best-scored (most common) pieces, so words our corpus lacks still tokenize well.
    `within`: only among these ids (a trimmed vocabulary trimmed further)."""
    tokens, scores, types = read_vocab(gguf.GGUFReader(str(base)))
    allowed = set(within) if within is not None else set(range(len(tokens)))
    # Gemma reserves ~6k `<unusedN>` control tokens (and image tokens); they cost rows and carry nothing.
    keep = {i for i, t in enumerate(types)
            if t in KEEP_TYPES and i in allowed and not tokens[i].startswith(("<unused", "<image"))}
    tokenizer = Tokenizer(base)
    counts = Counter(tok for text in texts for tok in tokenizer.encode(text) if tok in allowed)
    for tok, _ in counts.most_common():
        if len(keep) >= size * corpus_share:
            break
        keep.add(tok)
    normal = sorted((i for i, t in enumerate(types) if t == gguf.TokenType.NORMAL and i in allowed),
                    key=lambda i: -scores[i])
    for tok in normal:
        if len(keep) >= size:
            break
        keep.add(tok)
    return sorted(keep)


def base_ids(base: Path, model: Path) -> list[int]:
    """For a model whose vocabulary was trimmed from the base's: the base id of each of its tokens (its keep_ids)."""
    base_tokens = read_vocab(gguf.GGUFReader(str(base)))[0]
    index = {t: i for i, t in enumerate(base_tokens)}
    tokens = read_vocab(gguf.GGUFReader(str(model)))[0]
    missing = [t for t in tokens if t not in index]
    if missing:
        raise ValueError(f"{model}: {len(missing)} tokens are not in the base vocabulary (e.g. {missing[0]!r})")
    return [index[t] for t in tokens]


def write_vocab_gguf(base: Path, keep_ids: list[int], out: Path) -> Path:
    """A weightless GGUF holding the trimmed vocabulary (and the base's metadata) for Tokenizer()."""
    reader = gguf.GGUFReader(str(base))
    writer = gguf.GGUFWriter(str(out), "gemma3")
    copy_metadata(reader, writer, skip=set(_tokenizer_keys(reader)))
    writer.add_tokenizer_model("llama")
    write_tokenizer(writer, reader, keep_ids)
    field = reader.fields.get("tokenizer.ggml.pre")
    if field is not None:
        writer.add_string("tokenizer.ggml.pre", field.contents())
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return out


def _tokenizer_keys(reader: gguf.GGUFReader) -> list[str]:
    return [k for k in reader.fields if k.startswith("tokenizer.")]
