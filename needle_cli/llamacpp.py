"""llama.cpp through llama-cpp-python's ctypes bindings and its thin model, context and batch wrappers.

Not through its high-level `Llama` class: importing the package runs its __init__, which brings that class with
its chat formats and jinja2, about 30 ms of a fresh request here, for nothing the engine uses. `bindings()` imports
the two modules the engine needs and puts the __init__ off until some other code needs it.

Built here, the model and context parameters also say what Llama() has no argument for: where the weights live on
AMX builds, and a second KV sequence.
"""

from __future__ import annotations

import ctypes
import functools
import importlib.util
import os
import re
import sys
from pathlib import Path

GGML_TYPE_Q4_0 = 2
GGML_BACKEND_DEVICE_TYPE_CPU = 0
# The matrix multiplies' weights (the norms and the embedding stay where llama.cpp puts them)
MATMUL_WEIGHTS = r"blk\.[0-9]+\.(attn_(q|k|v|output)|ffn_(gate|up|down))\.weight"


class _Override(ctypes.Structure):  # llama.h: struct llama_model_tensor_buft_override
    _fields_ = [("pattern", ctypes.c_char_p), ("buft", ctypes.c_void_p)]


def _ggml(lib, name: str) -> ctypes.CDLL:
    return ctypes.CDLL(os.path.join(os.path.dirname(lib.__file__), "lib", name))


def _tensor_types(lib, path: Path) -> dict[str, int]:
    """Each tensor's ggml type, from the GGUF header (llama.cpp's own reader; no tensor data is read)."""
    base = _ggml(lib, "libggml-base.so")

    class InitParams(ctypes.Structure):  # gguf.h: struct gguf_init_params
        _fields_ = [("no_alloc", ctypes.c_bool), ("ctx", ctypes.c_void_p)]

    base.gguf_init_from_file.restype = ctypes.c_void_p
    base.gguf_init_from_file.argtypes = [ctypes.c_char_p, InitParams]
    base.gguf_get_n_tensors.restype = ctypes.c_int64
    base.gguf_get_n_tensors.argtypes = [ctypes.c_void_p]
    base.gguf_get_tensor_name.restype = ctypes.c_char_p
    base.gguf_get_tensor_name.argtypes = [ctypes.c_void_p, ctypes.c_int64]
    base.gguf_get_tensor_type.restype = ctypes.c_int
    base.gguf_get_tensor_type.argtypes = [ctypes.c_void_p, ctypes.c_int64]
    base.gguf_free.argtypes = [ctypes.c_void_p]
    gguf = base.gguf_init_from_file(str(path).encode(), InitParams(True, None))
    if not gguf:
        return {}
    try:
        return {base.gguf_get_tensor_name(gguf, i).decode(): base.gguf_get_tensor_type(gguf, i)
                for i in range(base.gguf_get_n_tensors(gguf))}
    finally:
        base.gguf_free(gguf)


def _repack_buffer(lib) -> int | None:
    """llama.cpp's CPU_REPACK buffer type (its interleaved q4_0 layout), from the CPU device's extra buffers."""
    ggml, base = _ggml(lib, "libggml.so"), _ggml(lib, "libggml-base.so")
    ggml.ggml_backend_dev_by_type.restype = ctypes.c_void_p
    ggml.ggml_backend_dev_by_type.argtypes = [ctypes.c_int]
    base.ggml_backend_dev_backend_reg.restype = ctypes.c_void_p
    base.ggml_backend_dev_backend_reg.argtypes = [ctypes.c_void_p]
    base.ggml_backend_reg_get_proc_address.restype = ctypes.c_void_p
    base.ggml_backend_reg_get_proc_address.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    base.ggml_backend_buft_name.restype = ctypes.c_char_p
    base.ggml_backend_buft_name.argtypes = [ctypes.c_void_p]
    device = ggml.ggml_backend_dev_by_type(GGML_BACKEND_DEVICE_TYPE_CPU)
    get = device and base.ggml_backend_reg_get_proc_address(base.ggml_backend_dev_backend_reg(device),
                                                           b"ggml_backend_dev_get_extra_bufts")
    if not get:
        return None
    extra = ctypes.CFUNCTYPE(ctypes.POINTER(ctypes.c_void_p), ctypes.c_void_p)(get)(device)
    i = 0
    while extra and extra[i]:
        if base.ggml_backend_buft_name(extra[i]) == b"CPU_REPACK":
            return extra[i]
        i += 1
    return None


def bindings():
    """(llama_cpp.llama_cpp, llama_cpp._internals), with the rest of the package's __init__ put off until something
    asks the package for a name only it defines (PEP 562's module __getattr__): it then runs, once, in the same
    module, so that other code in the process (a peer model's chat template) gets the whole package as usual."""
    package = sys.modules.get("llama_cpp")
    if package is None:
        spec = importlib.util.find_spec("llama_cpp")
        if spec is None or not spec.submodule_search_locations:
            raise ImportError("No module named 'llama_cpp'")
        package = importlib.util.module_from_spec(spec)  # its __path__ to the submodules, its __init__ not run
        sys.modules["llama_cpp"] = package
        lib = importlib.import_module("llama_cpp.llama_cpp")
        # the __init__'s first line, `from .llama_cpp import *`, now: the library's own modules use those names
        package.__dict__.update({k: v for k, v in vars(lib).items() if not k.startswith("_")})

        def run_init(name):
            if f"llama_cpp.{name}" in sys.modules:  # a submodule still loading (the import system then takes it)
                raise AttributeError(name)
            del package.__getattr__  # (a name still missing while the __init__ runs is simply missing)
            spec.loader.exec_module(package)
            return getattr(package, name)

        package.__getattr__ = run_init
    return importlib.import_module("llama_cpp.llama_cpp"), importlib.import_module("llama_cpp._internals")


def runtime_id(lib) -> str:
    """Which llama.cpp build this is, for cache keys: a KV state is only read back by the build that wrote it.
    (llama_version() alone says "0.5.0-dev" for every build of a series.)"""
    stat = os.stat(lib._lib._name)
    return f"{lib.llama_version().decode()}:{stat.st_size}:{stat.st_mtime_ns}"


def model_params(lib, path: Path):
    """CPU only, memory-mapped (as Llama() does). Where llama.cpp was built with AMX, the weights are kept out of
    its AMX buffers: its AMX matrix multiply crashes the process with SIGILL on some Intel CPUs and VMs (the tile
    configuration is lost; llama.cpp PR #26954), seen on the Xeon this project is built on. So `use_extra_bufts`
    goes off, which also skips the repacked q4_0 layout (1.6-1.8x faster here); when every matrix-multiply weight
    is q4_0, they are sent to the CPU_REPACK buffer by a tensor override instead. Only those: this llama.cpp does
    not check that an override's buffer supports a tensor, and one it cannot hold (a norm, a q6_K weight) crashes
    the load."""
    params = lib.llama_model_default_params()
    params.n_gpu_layers = 0
    params.load_mode = lib.LLAMA_LOAD_MODE_MMAP
    if b"AMX_INT8 = 1" in lib.llama_print_system_info():
        params.use_extra_bufts = False
        # re.search: the pattern picks tensors the way llama.cpp applies it
        matmul = [t for name, t in _tensor_types(lib, path).items() if re.search(MATMUL_WEIGHTS, name)]
        overrides = _repack_overrides(lib) if matmul and set(matmul) == {GGML_TYPE_Q4_0} else None
        if overrides is not None:
            params.tensor_buft_overrides = ctypes.cast(overrides, ctypes.c_void_p)
    return params


@functools.cache
def _repack_overrides(lib):
    """The tensor overrides that send the matrix weights to CPU_REPACK (NULL-terminated), or None without that
    buffer. One array for the process: llama.cpp reads it while a model loads, so it must outlive the parameters."""
    repack = _repack_buffer(lib)
    return (_Override * 2)(_Override(MATMUL_WEIGHTS.encode(), repack)) if repack else None


def context_params(lib, n_ctx: int, n_batch: int, n_threads: int):
    """Llama()'s settings for these arguments (no flash attention, its YaRN defaults, timings on), and a second
    sequence in one unified KV cache: needle-v2 stages a cached tool block there before adding it to the request's
    sequence."""
    params = lib.llama_context_default_params()
    params.n_ctx, params.n_batch, params.n_ubatch = n_ctx, n_batch, n_batch
    params.n_threads = params.n_threads_batch = n_threads
    params.flash_attn_type = lib.LLAMA_FLASH_ATTN_TYPE_DISABLED
    params.yarn_attn_factor, params.yarn_beta_fast, params.yarn_beta_slow = 1.0, 32.0, 1.0
    params.no_perf = False
    params.n_seq_max, params.kv_unified = 2, True
    return params


_BACKEND_READY = False


class Context:
    """A model in llama.cpp with one context and one batch, and the tokens evaluated into sequence 0:
    `input_ids[:n_tokens]`. Lowering n_tokens forgets the tokens past it (the next `eval` drops their KV state);
    `input_ids` past n_tokens may still hold them, which the engine compares against."""

    def __init__(self, path: Path, n_ctx: int, n_batch: int, n_threads: int):
        global _BACKEND_READY
        lib, internals = bindings()
        if not _BACKEND_READY:
            lib.llama_backend_init()
            _BACKEND_READY = True
        self.model = internals.LlamaModel(path_model=str(path), params=model_params(lib, path), verbose=False)
        try:
            self.context = internals.LlamaContext(model=self.model, verbose=False,
                                                  params=context_params(lib, n_ctx, n_batch, n_threads))
            self.batch = internals.LlamaBatch(n_tokens=n_batch, embd=0, n_seq_max=1, verbose=False)
        except Exception:
            self.model.close()
            raise
        self.n_batch = n_batch
        self.input_ids = [0] * n_ctx
        self.n_tokens = 0
        self.metadata: dict[str, str] = self.model.metadata()

    @property
    def vocab(self):
        return self.model.vocab

    @property
    def ctx(self):
        return self.context.ctx

    def n_ctx(self) -> int:
        return self.context.n_ctx()

    def n_vocab(self) -> int:
        return self.model.n_vocab()

    def token_bos(self) -> int:
        return self.model.token_bos()

    def token_eos(self) -> int:
        return self.model.token_eos()

    def tokenize(self, text: bytes, add_bos: bool, special: bool) -> list[int]:
        return self.model.tokenize(text, add_bos=add_bos, special=special)

    def detokenize(self, tokens: list[int], special: bool = False) -> bytes:
        return self.model.detokenize(tokens, special=special)

    def reset(self) -> None:
        self.n_tokens = 0

    def eval(self, tokens: list[int]) -> None:
        """Evaluate `tokens` after the first n_tokens, in batches; the last one's logits are kept."""
        self.context.kv_cache_seq_rm(-1, self.n_tokens, -1)
        for i in range(0, len(tokens), self.n_batch):
            chunk = tokens[i: i + self.n_batch]
            self.batch.set_batch(batch=chunk, n_past=self.n_tokens, logits_all=False)
            self.context.decode(self.batch)
            self.input_ids[self.n_tokens: self.n_tokens + len(chunk)] = chunk
            self.n_tokens += len(chunk)

    def close(self) -> None:
        """Free the context and the weights now (not whenever the garbage collector gets to them)."""
        self.batch.close()
        self.context.close()
        self.model.close()
