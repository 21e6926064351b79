"""The tool catalog's KV state on disk, so a fresh process prefills only the request (for needle-v2 models, each
tool block's state, in a directory of its own).

One file per (model file, llama.cpp build, context size, prompt prefix tokens), named by a hash of all of them:
a changed tool file or model gives a new key, and an old file is simply never asked for again (the oldest are
pruned). A file that is truncated, corrupt or from another version fails its checks and is ignored; the caller
then rebuilds it. Writes go to a temporary file renamed into place, so concurrent needle processes never see a
half-written file.

Layout: MAGIC, key (32 bytes), n_tokens (u32), tokens (u32 each), state size (u64), llama.cpp's sequence state,
crc32 of everything before it (u32).
"""

from __future__ import annotations

import hashlib
import os
import struct
import tempfile
import zlib
from pathlib import Path

MAGIC = b"NEEDLEKV\x01"
KEEP_FILES = 8  # tool catalogs
KEEP_BLOCKS = 128  # needle-v2 tool blocks (in their own directory), about 0.75 MB each for the shipped model


def cache_root() -> Path:
    """needle's cache dir ($NEEDLE_CACHE_DIR replaces it): KV states in kv/, parsed tool files in tools/."""
    import platformdirs

    return Path(os.environ.get("NEEDLE_CACHE_DIR") or platformdirs.user_cache_dir("needle"))


def cache_dir() -> Path:
    return cache_root() / "kv"


def cache_key(model: Path, runtime: str, n_ctx: int, tokens: list[int]) -> bytes:
    stat = model.stat()
    h = hashlib.sha256()
    h.update(f"{model.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}\0{runtime}\0{n_ctx}\0".encode())
    h.update(struct.pack(f"<{len(tokens)}I", *tokens))
    return h.digest()


def path_for(directory: Path, key: bytes) -> Path:
    return directory / (key.hex()[:32] + ".kv")


def load(directory: Path, key: bytes) -> tuple[list[int], bytes] | None:
    """(tokens, state) stored under `key`, or None when absent or unusable."""
    try:
        data = path_for(directory, key).read_bytes()
    except OSError:
        return None
    try:
        body, (crc,) = data[:-4], struct.unpack("<I", data[-4:])
        if zlib.crc32(body) != crc or not body.startswith(MAGIC):
            return None
        at = len(MAGIC)
        if body[at : at + 32] != key:
            return None
        (n,) = struct.unpack_from("<I", body, at + 32)
        tokens = list(struct.unpack_from(f"<{n}I", body, at + 36))
        at += 36 + 4 * n
        (size,) = struct.unpack_from("<Q", body, at)
        state = body[at + 8 :]
        return (tokens, state) if len(state) == size else None
    except struct.error:
        return None


def save(directory: Path, key: bytes, tokens: list[int], state: bytes, keep: int = KEEP_FILES) -> None:
    """Store atomically; a cache that cannot be written is skipped silently (it is only a speed-up)."""
    body = MAGIC + key + struct.pack(f"<I{len(tokens)}I", len(tokens), *tokens) + struct.pack("<Q", len(state)) + state
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(body + struct.pack("<I", zlib.crc32(body)))
        os.replace(tmp, path_for(directory, key))
        _prune(directory, keep)
    except OSError:
        pass


def _prune(directory: Path, keep: int) -> None:
    files = sorted(directory.glob("*.kv"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[keep:]:
        old.unlink(missing_ok=True)
