"""What the router adds to the model's logits as it writes an answer: two priors the small model is weak on.

No call. The shipped model rarely answers `[]`, but the probability it gives `[]` separates requests that fit no
tool from the others (on corpus held-out schemas, median 0.18 against 0.04), so that option gets `no_call_weight`
added: at 1.0, `[]` wins where the model gave it about 0.27 or more, which caught 15 of 33 no-call requests there
while losing 1 of 167 calls. How much to add depends on the model, so a GGUF carries its own calibration
(prompts.NO_CALL_KEY, written by scripts/convert_gguf.py); models that do not carry one get none.

Copies. Most argument values are copied from the request.
Of the free-text string values in the shell-intent set, the corpus's held-out schemas and BFCL, 85-96% appear in
the request word for word. A small model writing a value token by token under a grammar drifts off such copies
("Tokyoo", "8.8.8.8.8...", a lone ","), because nothing stops a string once it has started wrong. So while the
model writes an argument value, tokens that keep the value a copy of some part of the request get `weight` added
to their logits, and so does the token that ends the value where a copy ends (at a word boundary). It is a prior,
not a rule: a value the request does not spell ("*.log", "song.mp3") is still written when the model is sure of it.
"""

from __future__ import annotations

import json
from typing import Callable

import numpy as np

COPY_WEIGHT = 2.0  # logits added; chosen on corpus held-out schemas the benchmark does not use (README)
CANDIDATES = 48  # the model's likeliest tokens looked at per step, besides the request's own tokens
NUMBER_CHARS = set("0123456789.-+eE")


def open_value(text: str) -> tuple[str, str] | None:
    """The argument value being written at the end of an answer in progress, as (kind, text so far): kind
    "string" (its raw JSON content after the opening quote) or "number"; None outside argument values.

    Argument values are those inside a call's "arguments" object (three containers deep: the list of calls, the
    call, its arguments) or deeper, so tool names are left to the model and the router."""
    stack: list[str] = []
    in_string = escaped = False
    is_value = False
    start = number_start = -1
    last = ""  # the last character outside strings that was not whitespace
    for i, ch in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string, last = False, '"'
            continue
        if number_start >= 0:
            if ch in NUMBER_CHARS:
                continue
            number_start = -1
        if ch.isspace():
            continue
        in_value_place = last == ":" or (stack[-1:] == ["["] and last in "[,")
        if ch == '"':
            in_string, start = True, i + 1
            is_value = in_value_place and len(stack) >= 3
        elif ch in "-0123456789" and in_value_place and len(stack) >= 3:
            number_start = i
        elif ch in "[{":
            stack.append(ch)
        elif ch in "]}" and stack:
            stack.pop()
        last = ch
    if in_string and is_value:
        return "string", text[start:]
    if number_start >= 0:
        return "number", text[number_start:]
    if last == ":" and len(stack) >= 3:
        return "number", ""  # a value begins; a string's opening quote would have shown
    return None


def _starts_word(text: str, i: int) -> bool:
    return i == 0 or not text[i - 1].isalnum()


def _ends_word(text: str, j: int) -> bool:
    return j == len(text) or not text[j].isalnum()


def _opens_no_call(answer: str, piece: str) -> bool:
    """Whether `piece` written after `answer` makes the answer `[]` (or starts a list that closes at once)."""
    return "".join((answer + piece).split()).startswith("[]") and not "".join(answer.split()).startswith("[]")


class AnswerPrior:
    """Called at each decoding step with the answer so far and the step's logits, which it raises in place.

    `extra_tokens` are looked at besides the model's likeliest ones: the request's own tokens and those that
    spell `[]`."""

    def __init__(self, query: str, piece: Callable[[int], str], extra_tokens: list[int],
                 copy_weight: float = COPY_WEIGHT, no_call_weight: float = 0.0):
        # the request as the prompt shows it, spelled as a JSON string's content: how a copied value is written
        self.request = json.dumps(" ".join(query.split()), ensure_ascii=False)[1:-1]
        self.piece = piece
        self.extra_tokens = frozenset(extra_tokens)
        self.copy_weight = copy_weight
        self.no_call_weight = no_call_weight

    def _copied(self, value: str, whole: bool) -> bool:
        """Whether `value` is a part of the request that starts a word (and ends one, when `whole`); the model
        may write the space before the word too."""
        lead = len(value) - len(value.lstrip(" "))
        at = self.request.find(value)
        while at >= 0:
            if _starts_word(self.request, at + lead) and (not whole or _ends_word(self.request, at + len(value))):
                return True
            at = self.request.find(value, at + 1)
        return False

    def keeps_copy(self, kind: str, value: str, piece: str) -> bool:
        """Whether writing `piece` after `value` keeps the value a copy of the request, or ends it as one."""
        if kind == "string":
            more, closed, _ = piece.partition('"')
            closes = bool(closed)
        else:
            end = next((i for i, ch in enumerate(piece) if ch not in NUMBER_CHARS), len(piece))
            more, closes = piece[:end], end < len(piece)
            if not value and not more:
                return False  # not a number at all (a string's quote, a boolean)
        written = value + more
        return bool(written) and self._copied(written, whole=closes)

    def __call__(self, answer: str, logits: np.ndarray) -> None:
        if "".join(answer.split()) in ("", "["):
            weight, wanted = self.no_call_weight, lambda piece: _opens_no_call(answer, piece)
        elif (found := open_value(answer)) is not None:
            weight, wanted = self.copy_weight, lambda piece: self.keeps_copy(*found, piece)
        else:
            return
        if not weight:
            return
        likeliest = np.argpartition(logits, -CANDIDATES)[-CANDIDATES:] if len(logits) > CANDIDATES \
            else np.arange(len(logits))
        # (a set union: numpy's union1d imports numpy.ma on first use, 15 ms of a fresh process's first request)
        for token in self.extra_tokens.union(likeliest.tolist()):
            if wanted(self.piece(token)):
                logits[token] += weight
