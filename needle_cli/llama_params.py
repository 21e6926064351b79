"""llama.cpp settings llama-cpp-python's Llama() has no argument for, applied by patching its default model and
context parameters while a model loads: where the weights live on AMX builds, and a second KV sequence."""

from __future__ import annotations

import contextlib
import ctypes
import os
from pathlib import Path

GGML_TYPE_Q4_0 = 2
GGML_BACKEND_DEVICE_TYPE_CPU = 0
# The matrix multiplies' weights (the norms and the embedding stay where llama.cpp puts them)
MATMUL_WEIGHTS = r"blk\.[0-9]+\.(attn_(q|k|v|output)|ffn_(gate|up|down))\.weight"


class _Override(ctypes.Structure):  # llama.h: struct llama_model_tensor_buft_override
    _fields_ = [("pattern", ctypes.c_char_p), ("buft", ctypes.c_void_p)]


def _ggml(llama_cpp, name: str) -> ctypes.CDLL:
    return ctypes.CDLL(os.path.join(os.path.dirname(llama_cpp.__file__), "lib", name))


def _tensor_types(llama_cpp, path: Path) -> dict[str, int]:
    """Each tensor's ggml type, from the GGUF header (llama.cpp's own reader; no tensor data is read)."""
    base = _ggml(llama_cpp, "libggml-base.so")

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


def _repack_buffer(llama_cpp) -> int | None:
    """llama.cpp's CPU_REPACK buffer type (its interleaved q4_0 layout), from the CPU device's extra buffers."""
    ggml, base = _ggml(llama_cpp, "libggml.so"), _ggml(llama_cpp, "libggml-base.so")
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


@contextlib.contextmanager
def without_amx(llama_cpp, path: Path):
    """Keep the weights out of llama.cpp's AMX buffers where it was built with AMX: its AMX matrix multiply crashes
    the process with SIGILL on some Intel CPUs and VMs (the tile configuration is lost; llama.cpp PR #26954), seen
    on the Xeon this project is built on. So `use_extra_bufts` goes off while the model loads, which also skips the
    repacked q4_0 layout (1.6-1.8x faster here); when every matrix-multiply weight is q4_0, they are sent to the
    CPU_REPACK buffer by a tensor override instead. Only those: this llama.cpp does not check that an override's
    buffer supports a tensor, and one it cannot hold (a norm, a q6_K weight) crashes the load."""
    lib = llama_cpp.llama_cpp
    if b"AMX_INT8 = 1" not in lib.llama_print_system_info():
        yield
        return
    import re

    overrides = None
    # re.search: the pattern picks tensors the way llama.cpp applies it
    matmul = [t for name, t in _tensor_types(llama_cpp, path).items() if re.search(MATMUL_WEIGHTS, name)]
    repack = _repack_buffer(llama_cpp) if matmul and set(matmul) == {GGML_TYPE_Q4_0} else None
    if repack:
        overrides = (_Override * 2)(_Override(MATMUL_WEIGHTS.encode(), repack))  # NULL-terminated
    default = lib.llama_model_default_params

    def params():
        p = default()
        p.use_extra_bufts = False
        if overrides is not None:
            p.tensor_buft_overrides = ctypes.cast(overrides, ctypes.c_void_p)
        return p

    lib.llama_model_default_params = params
    try:
        yield
    finally:
        lib.llama_model_default_params = default


@contextlib.contextmanager
def two_sequences(llama_cpp):
    """Contexts with a second sequence in one unified KV cache: needle-v2 stages a cached tool block there before
    adding it to the request's sequence. Costs nothing for the other formats."""
    lib = llama_cpp.llama_cpp
    default = lib.llama_context_default_params

    def params():
        p = default()
        p.n_seq_max, p.kv_unified = 2, True
        return p

    lib.llama_context_default_params = params
    try:
        yield
    finally:
        lib.llama_context_default_params = default
