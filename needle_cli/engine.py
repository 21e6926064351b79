"""The model runtime: one GGUF file in llama.cpp, greedy grammar-constrained completion, and its timings.

llama.cpp is loaded here only (through llamacpp.py), and only when a model is loaded, so commands that never route
start fast.
"""

from __future__ import annotations

import ctypes
import functools
import os
from pathlib import Path
from typing import Any, Callable

from . import kvcache, llamacpp, prompts
from .calls import Completion, ModelError, Step

GGUF_MAGIC = b"GGUF"
MIN_CACHED_PREFIX = 64  # shorter prefixes are cheaper to compute than to load
KEEP_GRAMMARS = 8  # parsed answer grammars kept per engine (a catalog's, and one-tool ones the user chose)
KEEP_TOKENIZED = 1024  # tool blocks' tokens kept per engine
# prompt-lookup drafts: at most this many guessed tokens checked in one batch. Each drafted token costs an output
# row (16k logits), so short drafts pay best (40 warm requests: decode time -17% at 3, -8% at 5, -12% at 8)
DRAFT_TOKENS = 3


class ContextError(ModelError):
    """The prompt does not fit the model's context."""


def check_gguf(path: Path) -> None:
    if not path.exists():
        raise ModelError(f"model file not found: {path}")
    if not path.is_file():
        raise ModelError(f"model path is not a file: {path}")
    try:
        with path.open("rb") as f:
            magic = f.read(4)
    except OSError as exc:
        raise ModelError(f"cannot read model file {path}: {exc.strerror}") from None
    if magic != GGUF_MAGIC:
        raise ModelError(f"not a GGUF model file: {path}")


_LOG: list[str] = []  # llama.cpp's log lines since the last load, kept to explain a failed load
_LOG_CALLBACK = None


def _capture_llama_log(llama_cpp) -> None:
    """Keep llama.cpp's log off the terminal (stdout is the answer, stderr is for needle's own messages)."""
    global _LOG_CALLBACK
    if _LOG_CALLBACK is None:
        @llama_cpp.llama_log_callback
        def callback(level, text, user_data):
            _LOG.append(text.decode("utf-8", "replace").strip())
            del _LOG[:-50]

        _LOG_CALLBACK = callback
        llama_cpp.llama_log_set(_LOG_CALLBACK, None)


class _Probe:
    """Jump-forward decoding's question to the grammar: which of these may come next? One token for each byte a
    character can start with (a single-byte piece), and the end of the answer."""

    def __init__(self, lib, tokens: list[int], chars: list[str | None], end: int):
        import numpy as np

        self.lib = lib
        self.tokens = np.array([*tokens, end], dtype=np.int32)
        self.chars = [*chars, ""]  # None: a non-ASCII byte; "": the end
        self.token = {c: t for c, t in zip(chars, tokens) if c is not None}
        self.data = np.zeros(len(self.tokens), dtype=[("id", np.int32), ("logit", np.float32), ("p", np.float32)])
        self.array = lib.llama_token_data_array(self.data.ctypes.data_as(ctypes.POINTER(lib.llama_token_data)),
                                                len(self.tokens), -1, False)
        self.at = {int(t): i for i, t in enumerate(self.tokens)}

    def allowed(self, grammar) -> list[str | None]:
        """What the grammar allows next: characters, None for a non-ASCII byte, "" for the end."""
        import numpy as np

        self.data["id"], self.data["logit"] = self.tokens, 0.0
        self.array.size, self.array.selected, self.array.sorted = len(self.tokens), -1, False
        self.lib.llama_sampler_apply(grammar, ctypes.byref(self.array))
        kept = self.data[: self.array.size]
        return [self.chars[self.at[int(t)]] for t in kept["id"][np.isfinite(kept["logit"])]]


STAGE = 1  # the sequence a tool block is loaded into before it joins sequence 0


class Engine:
    def __init__(self, path: str | Path, n_ctx: int = 4096, n_threads: int | None = None, use_cache: bool = True,
                 cache_dir: Path | None = None, jump_forward: bool = True, draft: bool = True):
        self.path = Path(path)
        self.use_cache = use_cache
        self.jump_forward = jump_forward  # text the grammar forces is evaluated in one batch, not decoded
        self.draft = draft  # the caller's guesses of what comes next are checked in one batch (complete's `guess`)
        self.cache_dir = cache_dir  # None: kvcache.cache_dir(), the user's
        check_gguf(self.path)
        lib, _ = llamacpp.bindings()
        threads = n_threads or min(4, os.cpu_count() or 1)
        _capture_llama_log(lib)
        _LOG.clear()
        try:
            self.llm = llamacpp.Context(self.path, n_ctx=n_ctx, n_batch=512, n_threads=threads)
        except (ValueError, RuntimeError) as exc:
            reason = next((line for line in reversed(_LOG) if "error" in line.lower()), str(exc))
            raise ModelError(f"llama.cpp could not load {self.path}: {reason}") from None
        self._llama_cpp = lib
        self._runtime = llamacpp.runtime_id(lib)  # (in the KV caches' keys)
        self._pieces: dict[int, str] = {}
        self.metadata: dict[str, str] = dict(self.llm.metadata)
        if self.metadata.get(prompts.FORMAT_KEY):
            self.prompt_format = self.metadata[prompts.FORMAT_KEY]
        elif self.metadata.get("tokenizer.chat_template"):
            self.prompt_format = "chat"
        else:
            self.prompt_format = "plain"
        try:  # the router's no-call prior, as calibrated for this model (0 for models that do not say)
            self.no_call_weight = float(self.metadata.get(prompts.NO_CALL_KEY, 0.0))
        except ValueError:
            raise ModelError(f"{self.path}: {prompts.NO_CALL_KEY} is not a number") from None
        self._catalog: tuple[tuple[int, ...], ...] | None = None  # needle-v2: the blocks sequence 0 holds now
        self._blocks: dict[tuple[int, ...], bytes] = {}  # needle-v2: tool blocks' states computed in this process
        self._grammars: dict[str, Any] = {}  # parsed answer grammars (llama.cpp samplers), by their text
        self._tokenized: dict[str, list[int]] = {}  # needle-v2: tool blocks' tokens, by their text
        if self.prompt_format not in (prompts.NATIVE, prompts.BLOCKS, "chat", "plain"):
            raise ModelError(f"{self.path}: unknown prompt format {self.prompt_format!r} (newer needle needed?)")

    @property
    def n_ctx(self) -> int:
        return self.llm.n_ctx()

    def close(self) -> None:
        """Free the model now, not whenever the garbage collector gets to it."""
        for grammar in self._grammars.values():
            self._llama_cpp.llama_sampler_free(grammar)
        self._grammars.clear()
        self.llm.close()

    def render(self, tools, query: str) -> tuple[str | list[str], str]:
        """The prompt for this model's format, as (prefix, suffix): the prefix holds the tool catalog and does not
        depend on the request, so its KV state can be reused. For needle-v2 the prefix is a list: the catalog's
        header, then one block per tool."""
        if self.prompt_format == prompts.BLOCKS:
            blocks = [prompts.CATALOG_HEAD, *map(prompts.tool_block, tools)]
            return blocks, prompts.CATALOG_TAIL + prompts.request_text(query)
        if self.prompt_format == prompts.NATIVE:
            return prompts.catalog_text(tools), prompts.request_text(query)
        if self.prompt_format == "chat":
            from llama_cpp.llama_chat_format import Jinja2ChatFormatter

            formatter = Jinja2ChatFormatter(self.metadata["tokenizer.chat_template"],
                                            eos_token=self._token_text(self.llm.token_eos()),
                                            bos_token=self._token_text(self.llm.token_bos()))
            return "", formatter(messages=prompts.chat_messages(tools, query)).prompt
        prompt = prompts.plain_prompt(tools, query)
        split = prompt.rindex(prompts.PLAIN_REQUEST)
        return prompt[:split], prompt[split:]

    def _token_text(self, token: int) -> str:
        return self.llm.detokenize([token], special=True).decode("utf-8", "replace") if token >= 0 else ""

    def tokenize(self, text: str, bos: bool = True) -> list[int]:
        # Only a chat template's own markup may become special tokens; a request's text never does.
        chat = self.prompt_format == "chat"
        add_bos = bos and not (chat and text.startswith(self._token_text(self.llm.token_bos())))
        return self.llm.tokenize(text.encode("utf-8"), add_bos=add_bos, special=chat)

    def _block_tokens(self, block: str) -> list[int]:
        """A tool block's tokens, kept: the same tools come back request after request."""
        if block not in self._tokenized:
            if len(self._tokenized) >= KEEP_TOKENIZED:
                self._tokenized.clear()
            self._tokenized[block] = self.tokenize(block, bos=False)
        return self._tokenized[block]

    def _prime(self, prefix: list[int]) -> None:
        """Put the prefix's KV state in place: already there, from the disk cache, or computed (then saved)."""
        llm, lib = self.llm, self._llama_cpp
        n = len(prefix)
        if llm.n_tokens >= n and llm.input_ids[:n] == prefix:
            return
        directory = self.cache_dir or kvcache.cache_dir()
        key = kvcache.cache_key(self.path, self._runtime, self.n_ctx, prefix)
        found = kvcache.load(directory, key)
        if found is not None and found[0] == prefix:
            state = (ctypes.c_uint8 * len(found[1])).from_buffer_copy(found[1])
            llm.reset()
            llm.context.kv_cache_seq_rm(-1, 0, -1)
            if lib.llama_state_seq_set_data(llm.ctx, state, len(found[1]), 0) == len(found[1]):
                llm.input_ids[:n] = prefix
                llm.n_tokens = n
                return
            llm.context.kv_cache_seq_rm(-1, 0, -1)  # a state llama.cpp refused: compute it afresh
        llm.reset()
        llm.eval(prefix)
        kvcache.save(directory, key, prefix, self._state(0))

    def _state(self, seq: int) -> bytes:
        lib, ctx = self._llama_cpp, self.llm.ctx
        size = lib.llama_state_seq_get_size(ctx, seq)
        buffer = (ctypes.c_uint8 * size)()
        written = lib.llama_state_seq_get_data(ctx, buffer, size, seq)
        return bytes(buffer)[:written]

    def _block_state(self, head: list[int], block: list[int], stored: bool = True) -> bytes:
        """needle-v2: the KV state of the header and one tool block after it, from this process, the disk cache
        (unless `stored` is off), or computed (then kept in both). With use_cache off it is computed every time (a
        full prefill)."""
        llm, lib = self.llm, self._llama_cpp
        tokens = head + block
        if self.use_cache and stored and tuple(tokens) in self._blocks:
            return self._blocks[tuple(tokens)]
        directory = (self.cache_dir or kvcache.cache_dir()) / "blocks"
        key = kvcache.cache_key(self.path, self._runtime, self.n_ctx, tokens)
        found = kvcache.load(directory, key) if self.use_cache and stored else None
        if found is not None and found[0] == tokens:
            state = found[1]
        else:
            llm.reset()
            self._catalog = None
            lib.llama_memory_clear(lib.llama_get_memory(llm.ctx), True)
            llm.eval(tokens)
            state = self._state(0)
            if self.use_cache:
                kvcache.save(directory, key, tokens, state, keep=kvcache.KEEP_BLOCKS)
        if self.use_cache:
            self._blocks[tuple(tokens)] = state
        return state

    def _put_blocks(self, head: list[int], blocks: list[list[int]], tail: list[int],
                    forgotten: frozenset = frozenset()) -> int:
        """needle-v2: sequence 0 gets the header and every tool block, each as computed after the header alone
        (positions restart after the header), and the context's next position is the one after the longest
        block, as in training. Returns how many of `tail`'s tokens (the request) are in place after it already:
        those the last completion over this catalog shares with it (the same request asked again), all but
        the last (whose logits start the answer)."""
        llm, lib = self.llm, self._llama_cpp
        ctx = llm.ctx
        memory = lib.llama_get_memory(ctx)
        end = len(head) + max(map(len, blocks), default=0)
        catalog = tuple(map(tuple, [head, *blocks]))
        if self.use_cache and self._catalog == catalog:
            kept = self._evaluated(end, tail)
            lib.llama_memory_seq_rm(memory, 0, end + kept, -1)  # the last answer, and the request unless the same
            llm.n_tokens = end + kept
            return kept
        # stored states llama.cpp refused (below) are computed afresh, and the computed ones replace them
        states = [self._block_state(head, block, stored=tuple(block) not in forgotten) for block in blocks]
        previous, self._catalog = self._catalog, None  # until the new one is whole
        if previous is not None and previous[0] == catalog[0] and \
                lib.llama_memory_seq_pos_min(memory, 0) == 0:  # (a sliding-window layer may have let it go)
            lib.llama_memory_seq_rm(memory, 0, len(head), -1)  # the last catalog's blocks: its header stays
            llm.n_tokens = len(head)
        else:
            llm.reset()
            lib.llama_memory_clear(memory, True)
            llm.eval(head)
        for block, state in zip(blocks, states):
            data = (ctypes.c_uint8 * len(state)).from_buffer_copy(state)
            if lib.llama_state_seq_set_data(ctx, data, len(state), STAGE) != len(state):
                if tuple(block) in forgotten:
                    raise ModelError("llama.cpp refused a tool block's state it had just computed")
                return self._put_blocks(head, blocks, tail, forgotten | {tuple(block)})  # a state it cannot read
            lib.llama_memory_seq_rm(memory, STAGE, 0, len(head))  # its own copy of the header
            lib.llama_memory_seq_cp(memory, STAGE, 0, -1, -1)
            lib.llama_memory_seq_rm(memory, STAGE, -1, -1)
        llm.n_tokens = end
        self._catalog = catalog
        return 0

    def _evaluated(self, start: int, tokens: list[int]) -> int:
        """How many of `tokens` are evaluated already from position `start` on: all but the last at most, whose
        logits the next token is chosen from."""
        llm, n = self.llm, 0
        while n < min(llm.n_tokens - start, len(tokens) - 1) and llm.input_ids[start + n] == tokens[n]:
            n += 1
        return n

    def _sampler(self, gbnf: str):
        """Grammar, then greedy, as one llama.cpp sampler chain (the caller frees it). llama.cpp parses the grammar
        once per catalog (a copy of the parsed one costs a twentieth); one it rejects is a clear error
        (llama-cpp-python's own path would crash the process on it)."""
        lib = self._llama_cpp
        parsed = self._grammars.pop(gbnf, None)
        if parsed is None:
            _LOG.clear()
            parsed = lib.llama_sampler_init_grammar(self.llm.vocab, gbnf.encode("utf-8"), b"root")
            if not parsed:
                reason = next((line for line in reversed(_LOG) if line), "parse error")
                raise ModelError(f"llama.cpp rejected the answer grammar for these tools ({reason})")
            if len(self._grammars) >= KEEP_GRAMMARS:
                lib.llama_sampler_free(self._grammars.pop(next(iter(self._grammars))))
        self._grammars[gbnf] = parsed  # the most recently used last
        chain = lib.llama_sampler_chain_init(lib.llama_sampler_chain_default_params())
        lib.llama_sampler_chain_add(chain, lib.llama_sampler_clone(parsed))  # the chain owns what it holds
        lib.llama_sampler_chain_add(chain, lib.llama_sampler_init_greedy())
        return chain

    def complete(self, prefix: str | list[str], suffix: str, gbnf: str, max_tokens: int = 512,
                 watch: Callable[[str], bool] | None = None, steer: Callable[[str, Any], None] | None = None,
                 guess: Callable[[str], str] | None = None) -> Completion:
        """Greedy completion of prefix + suffix under the grammar; the same prompt always gives the same text.

        The prefix's KV state is reused (in this process, or from the disk cache) when `use_cache` is on, and so is
        the request's when the same prompt comes again. Steps at which `watch(text so far)`
        is true are kept with their logits in Completion.steps. `steer(text so far, logits)` may raise or lower the
        logits in place before each token is chosen (the router's priors); watched steps keep the logits as steered.
        `guess(text so far)` may say what text likely comes next (a value copied from the request): its first tokens
        are evaluated with the chosen one, and those the model goes on to choose are not evaluated again.

        A list prefix (needle-v2: header, tool blocks) is put together from the blocks' cached KV states."""
        lib, llm = self._llama_cpp, self.llm
        if isinstance(prefix, list):
            head, *blocks = [self.tokenize(prefix[0]), *map(self._block_tokens, prefix[1:])]
            tail = self.tokenize(suffix, bos=False)
            tokens = head + sum(blocks, []) + tail
        else:
            head = self.tokenize(prefix) if prefix else []
            tail = self.tokenize(suffix, bos=not head)
            tokens = head + tail
        if len(tokens) + max_tokens > self.n_ctx:
            raise ContextError(f"the prompt needs {len(tokens)} tokens but the model's context holds {self.n_ctx}; "
                               "use fewer tools or --tool")
        sampler = self._sampler(gbnf)
        probe = self._probe if self.jump_forward else None
        ctx = llm.ctx
        lib.llama_perf_context_reset(ctx)
        if isinstance(prefix, list):
            pending = tail[self._put_blocks(head, blocks, tail):]
        else:
            if self.use_cache and len(head) >= MIN_CACHED_PREFIX:
                self._prime(head)
            elif not self.use_cache:
                llm.reset()  # measure a full prefill every time
            # Keep the KV state of the longest prefix already evaluated (at least the last token is evaluated again).
            kept = self._evaluated(0, tokens)
            llm.n_tokens = kept
            pending = tokens[kept:]
        out: list[int] = []
        answer = b""  # token by token, as the model detokenizes
        steps: list[Step] = []
        finished = False
        guess = guess if self.draft else None
        try:
            llm.eval(pending)
            lib.llama_synchronize(ctx)  # llama.cpp counts a batch's time once it has finished
            prompt = lib.llama_perf_context(ctx)  # all evaluated so far is the prompt; the rest, the answer
            at = -1  # the batch position whose logits choose the next token (-1: the last)
            drafted: list[int] = []  # drafted tokens evaluated after that position, not yet chosen
            while len(out) < max_tokens:
                if steer is not None:
                    # (a character begun, as byte tokens write one, stays its bytes: priors.py)
                    steer(answer.decode("utf-8", "surrogateescape"), self._logits_view(at))
                token = self._choose(sampler, at)
                if watch is not None and watch(before := answer.decode("utf-8", "replace")):
                    steps.append(Step(before, token, self._logits_view(at).copy()))
                if lib.llama_vocab_is_eog(llm.vocab, token):
                    finished = True
                    break
                out.append(token)
                answer += llm.detokenize([token])
                more, ends = self._forced_text(sampler, probe, answer, watch) if probe else ([], False)
                out += more
                answer += llm.detokenize(more)
                if ends:  # nothing the model could still choose: no need to evaluate the rest
                    finished = True
                    break
                if drafted and token == drafted[0] and not more:  # a drafted token chosen: already evaluated
                    drafted, at = drafted[1:], at + 1 if len(drafted) > 1 else -1
                    continue
                # a choice other than the draft's, or text forced after it: the rest of the draft is wrong
                llm.n_tokens -= len(drafted)  # (the next evaluation drops what lies past n_tokens)
                room = min(max_tokens - len(out), llm.n_batch - len(more) - 1)  # (one batch holds it all)
                drafted = self._draft(guess, watch, answer.decode("utf-8", "replace"), room)
                at = self._eval(token, more, drafted)
        finally:
            lib.llama_sampler_free(sampler)
        total = lib.llama_perf_context(ctx)
        prefill_ms = prompt.t_p_eval_ms + prompt.t_eval_ms
        return Completion(answer.decode("utf-8", "replace"), finished, prompt.n_p_eval + prompt.n_eval, len(out),
                          prefill_ms, total.t_p_eval_ms + total.t_eval_ms - prefill_ms, steps)

    def _draft(self, guess, watch, answer: str, room: int) -> list[int]:
        """Prompt-lookup drafting: the first tokens of the text `guess` expects after `answer`, to be checked in the
        next batch. Never inside a watched step (the tool name the router weighs)."""
        if guess is None or room <= 1 or (watch is not None and watch(answer)):
            return []
        text = guess(answer)[:16 * DRAFT_TOKENS]  # (enough characters for the tokens wanted)
        return self.tokenize(text, bos=False)[:min(DRAFT_TOKENS, room - 1)] if text else []

    def _eval(self, token: int, more: list[int], drafted: list[int]) -> int:
        """Evaluate the chosen token, the text forced after it, and a draft, in one batch. Returns the batch
        position whose logits choose the next token: -1 (the last) without a draft; with one, the position before
        the draft, and every position from there on has its logits (one per draft token to check, one after)."""
        llm = self.llm
        tokens = [token, *more, *drafted]
        if not drafted:
            llm.eval(tokens)
            return -1
        llm.context.kv_cache_seq_rm(-1, llm.n_tokens, -1)
        llm.batch.set_batch(batch=tokens, n_past=llm.n_tokens, logits_all=False)
        for i in range(len(more), len(tokens)):
            llm.batch.batch.logits[i] = True
        llm.context.decode(llm.batch)
        llm.input_ids[llm.n_tokens: llm.n_tokens + len(tokens)] = tokens
        llm.n_tokens += len(tokens)
        return len(more)

    def _choose(self, sampler, at: int = -1) -> int:
        """The greedy choice under the grammar from the logits of batch output `at`, accepted by the grammar. The
        grammar is asked about the likeliest token first: a trained model's is nearly always allowed, which
        spares checking the whole vocabulary."""
        lib = self._llama_cpp
        token = int(self._logits_view(at).argmax())
        one = lib.llama_token_data(token, 0.0, 0.0)
        candidates = lib.llama_token_data_array(ctypes.pointer(one), 1, -1, False)
        lib.llama_sampler_apply(lib.llama_sampler_chain_get(sampler, 0), ctypes.byref(candidates))
        if one.logit == float("-inf"):
            return lib.llama_sampler_sample(sampler, self.llm.ctx, at)  # grammar over all, greedy, accept
        lib.llama_sampler_accept(sampler, token)
        return token

    @functools.cached_property
    def _no_call_is_one_token(self) -> bool:
        """Whether this vocabulary spells the empty answer `[]` as one token, so that a model trained on canonical
        tokenizations writes `[` alone only to open a call."""
        return len(self.tokenize("[]", bos=False)) == 1

    @functools.cached_property
    def _probe(self) -> _Probe | None:
        """What jump-forward decoding asks the grammar about; None for a vocabulary that lacks a token for some
        byte a character can start with: text is then never taken as forced."""
        lib = self._llama_cpp
        vocab = self.llm.vocab
        wanted = [*range(0x20, 0x7F), *range(0x80, 0x100)]
        missing = set(wanted)
        by_byte: dict[int, int] = {}
        buffer = ctypes.create_string_buffer(8)
        for token in range(lib.llama_vocab_n_tokens(vocab)):
            if lib.llama_token_to_piece(vocab, token, buffer, 8, 0, False) == 1:
                by_byte.setdefault(buffer.raw[0], token)
                missing.discard(buffer.raw[0])
                if not missing:
                    break  # byte tokens come early in the vocabularies we know: the rest need not be read
        else:
            return None
        return _Probe(lib, [by_byte[b] for b in wanted], [chr(b) if b < 0x80 else None for b in wanted],
                      self.llm.token_eos())

    def _forced_text(self, sampler, probe: _Probe, answer: bytes, watch) -> tuple[list[int], bool]:
        """The tokens of the text the grammar allows as the only continuation of `answer` (found one ASCII
        character at a time on a copy of the grammar), and whether only the end of the answer may follow them.

        Before a choice, only the tokens that do not depend on it: the model writes the rest itself, so it can merge
        it with its choice as its tokenizer would have (`":{"` + `path`, not `":` + `{` + `"path`). The tokens'
        text is accepted by the grammar. None are taken where a watched step comes."""
        lib = self._llama_cpp
        grammar = lib.llama_sampler_chain_get(sampler, 0)
        allowed = probe.allowed(grammar)
        copy = None  # looking further ahead advances a copy of the grammar (made only then: copies are not cheap)
        text = answer.decode("utf-8", "replace")
        if text == "[" and self._no_call_is_one_token:
            allowed = [c for c in allowed if c != "]"]  # a lone `[` opens a call: the model writes no call as `[]`
        forced = ""
        try:
            while True:
                if allowed == [""]:  # only the end: all of it is the answer's, whatever the tokens
                    return self._accept(sampler, probe, forced), True
                if len(allowed) != 1 or not allowed[0] or (watch and watch(text + forced)):
                    break  # a choice, a non-ASCII byte (not jumped over), or a step the caller watches
                copy = copy or lib.llama_sampler_clone(grammar)
                lib.llama_sampler_accept(copy, probe.token[allowed[0]])
                forced += allowed[0]
                allowed = probe.allowed(copy)
        finally:
            if copy:
                lib.llama_sampler_free(copy)
        if not forced:
            return [], False
        # The tokens the forced text starts with whatever comes next: those its tokenization shares with that of
        # the likelier continuations the grammar allows (all of a few; of many, as at a string's start, a letter
        # of each case, a digit and what starts paths and options), within the forced text; without any, all but
        # its last token.
        choices = [c for c in allowed if c]
        if len(choices) > 8:
            choices = [c for c in choices if c in "/-_~"] + [
                next((c for c in choices if test(c)), "") for test in (str.islower, str.isupper, str.isdigit)]
        tokenized = [self.tokenize(forced + c, bos=False) for c in choices if c]
        if not tokenized:
            tokenized.append(self.tokenize(forced, bos=False)[:-1])
        shared = []
        for column in zip(*tokenized):
            if len(set(column)) > 1:
                break
            shared.append(column[0])
        while shared and len(self.llm.detokenize(shared)) > len(forced.encode("utf-8")):
            shared.pop()
        self._accept(sampler, probe, self.llm.detokenize(shared).decode("utf-8"))
        return shared, False

    def _accept(self, sampler, probe: _Probe, text: str) -> list[int]:
        """Advance the grammar over `text` (ASCII), one probe token per character; its tokens."""
        for char in text:
            self._llama_cpp.llama_sampler_accept(sampler, probe.token[char])
        return self.tokenize(text, bos=False) if text else []

    def _logits_view(self, at: int = -1):
        """The logits of the last batch's output `at` (-1: its last), in place: what the sampler chooses from."""
        import numpy as np

        pointer = self._llama_cpp.llama_get_logits_ith(self.llm.ctx, at)
        return np.ctypeslib.as_array(pointer, (self.llm.n_vocab(),))

    def piece(self, token: int) -> str:
        """The text token id `token` adds to an answer (memoised: the router asks for the same ones often); a byte
        of a character, as "surrogateescape" decodes it."""
        if token not in self._pieces:
            self._pieces[token] = self.llm.detokenize([token]).decode("utf-8", "surrogateescape")
        return self._pieces[token]
