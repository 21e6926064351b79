"""What the router adds to the model's logits as it writes an answer: priors on what the small model is weak at.

The tool. A small model's choice of tool is its weakest part (Needle pairs its decoder with a tool-retrieval head
for that reason), so while the model writes the first call's tool name, each token's logit gets the log of a
lexical prior's mean over the tools whose names it keeps spelling: softmax(BM25 scores) ** `LEXICAL_WEIGHT` over
the catalog, against its mean over the tools the name written so far allows. Token by token that is the product of
the model's probability for each tool and the prior (a product of experts), decided as the name is written, so the
arguments that follow are written for the tool chosen, with no second answer.

No call. The shipped model rarely answers `[]`, but the probability it gives `[]` separates requests that fit no
tool from the others (on corpus held-out schemas, median 0.18 against 0.04), so that option gets `no_call_weight`
added: at 1.0, `[]` wins where the model gave it about 0.27 or more, which caught 15 of 33 no-call requests there
while losing 1 of 167 calls. How much to add depends on the model, so a GGUF carries its own calibration
(prompts.NO_CALL_KEY, written by scripts/convert_gguf.py); models that do not carry one get none. A request that
shares no word with any tool (ranking.unmatched) most likely fits none of them, so the router adds
`UNMATCHED_WEIGHT` to that option then, whatever the model.

Copies. Most argument values are copied from the request.
Of the free-text string values in the shell-intent set, the corpus's held-out schemas and BFCL, 85-96% appear in
the request word for word. A small model writing a value token by token under a grammar drifts off such copies
("Tokyoo", "8.8.8.8.8...", a lone ","), because nothing stops a string once it has started wrong. So while the
model writes an argument value, tokens that keep the value a copy of some part of the request get `weight` added
to their logits, and so does the token that ends the value where a copy ends (at a word boundary). It is a prior,
not a rule: a value the request does not spell ("*.log", "song.mp3") is still written when the model is sure of it.
The tokens weighed include those that go on with each copy (copy_tokens), since a word is cut into other tokens
inside a JSON string than in the request. A value that has copied part of a word and goes on with something else
("Dadpool" after the "D" of "Deadpool") loses `BREAK_WEIGHT`: that is a drift, not a choice. A number the call
has already written as often as the request states it is no copy ("min": 77, "max": 77 for "77-2212"), nor is one
that stops at a point between digits (8 of 8.5). A small vocabulary writes many letters ("á", "ü", "ł") as one
byte token per UTF-8 byte, so answers and pieces come as text decoded with "surrogateescape" (engine.py): a
character begun but not finished is its bytes, and a copy may stop inside it.

Another argument. The small model often ends a call before a value the request states ("zip up my_thesis into
thesis_final.zip" without the archive). The router then asks again with `fill`: where a value ends and the
grammar lets the call take another argument, the tokens that go on with one get most of the probability of ending
there, while the request holds values no call has written (unused_values with spans). Which argument, and its
value, stay the model's and the copy prior's; the router keeps that answer only if it leaves fewer values out.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from typing import Callable

import numpy as np

# chosen on corpus held-out schemas (seeds 97-99, not the benchmark's): the first call's tool was right in 264 of
# 349 requests at 1.0 (session 3's choice, on 67), 272 at 2, 276 at 3, 275-278 at 4-5; end to end 131 -> 134 of 300
# (measured with the product taken after a whole answer, as sessions 3-14 did; with the name steered, session 15,
# seeds 98-99's 300 requests: 137 right at 2, 138 at 3, 139 at 4, 138 at 6, flat, so the weight was kept)
LEXICAL_WEIGHT = 3.0
OUT_OF_REACH = 1e4
LOG_FLOOR = math.log(1e-6)  # a tool the model gave (next to) nothing can still win on a strong lexical match
FIRST_NAME = re.compile(r'\s*\[\s*\{\s*"name"\s*:\s*"([A-Za-z0-9_.-]*)')  # inside the first call's tool name
# logits added. Session 3 chose 2 on corpus held-out schemas the benchmark does not use (1, 2, 3 about the same).
# Session 23, the shipped model over every BFCL case, the shell set and both held-out sets (1,831 requests): 611
# right at 1, 616 at 2, 619 at 4, 626 at 8, 627 at 16; the 300 tuning requests 138, 138, 138, 141, 142. At 8, 11
# gained (values that drifted off a copy mid-word: "Lavvre Museum", "M trainus Carlsen", "P stat" for PST) and 1
# lost; 16 is close to a rule over values the request does not spell (a date, a file name). 8 more while a value
# stops inside one of the request's words: 628, so not kept
COPY_WEIGHT = 8.0
# logits added to the end of the answer after a call (and after an argument value, where "}}]" ends both), unless
# the open weight below acts: the corpus asks for several calls far more often (a third of its answers) than people
# do, and the model adds calls nobody asked for. Session 15 chose 2 on corpus held-out schemas (seeds 98, 99: 0 and
# 2 gave 137 and 138 right). Session 22, the shipped model over every BFCL case, the shell set and both held-out
# sets (1,831 requests): 586 right at 2, 597 at 6 (19 gained, 8 lost: BFCL simple 115 to 123, multiple 53 to 58;
# the 300 tuning requests 141 to 140), 601 at 12 (the tuning requests 136). Taking the weight from tokens that begin
# another call instead gave 576 at 12: what it gains is mostly an unasked optional argument not written. So while a
# parameter the request names is unwritten (ranking.cued_parameters), another argument gets it too (session 31:
# the 470 benchmark, tuning and fresh requests with one, 84 right before, 91 after)
END_WEIGHT = 6.0
# logits taken from a token that goes on writing a value that, so far a copy of the request, stops inside one of its
# words, but not with that word: a drift ("Dadpool" after the "D" of "Deadpool", "Ne York", "105" for 100); ending
# the value there stays the copy prior's to weigh. Session 25, the shipped model over every BFCL case, the shell set
# and both held-out sets (1,831 requests), with copy_tokens: 660 right at 0, 665 at 16 (5 gained, none lost; the 300
# tuning requests 144 to 145), 663 at 64 (an enum's "detailed" lost for "detail")
BREAK_WEIGHT = 16.0
# logits taken from the end of the answer while the request still holds values no call has used: numbers, and the
# items of a list ("for 10, 20 and 30 years", "Seattle and Boston") next to one a call used (see unused_values).
# The model is sure of its ends (logits 10 or more apart), so a weak prior changes nothing. Session 17, over every
# BFCL case, the shell set and both held-out sets (1,831 requests): 552 right at 0, 556 at 8 (4 right answers more,
# none fewer; the tuning requests unchanged), the same at 16. Asked only while each call copies a new value from
# the request (wants_more_calls): without that, calls went from 1,986 to 2,755 over the 1,531 reported requests;
# with it 2,265
OPEN_WEIGHT = 8.0
# added to the no-call weight when the request shares no word with any tool (ranking.unmatched), which is true of
# 186 of the 328 no-call requests of the benchmark and tuning sets and of 67 of their 1,503 others. Session 20,
# over all 1,831: 559 right at 0, 586 at 2, 4 and 8 (BFCL irrelevance 104 to 134; 2 loses the fewest calls); the
# 300 tuning requests alone: 142 at 0, 141 at 2, 142 at 4 (README, "Writing the arguments")
UNMATCHED_WEIGHT = 2.0
# the share of ending a value that goes to another argument in the router's second look (enough for greedy decoding
# to take it wherever the grammar allows one). Session 35, the shipped model over every benchmark case: 736 of the
# 1,831 to 739, fresh 205 to 211, 9 answers gained and none lost (an archive, a page range's output file, a ttl,
# a number of bedrooms); the second look runs for 407 of the 1,788 answers with calls
ANOTHER_SHARE = 0.8
CANDIDATES = 48  # the model's likeliest tokens looked at per step, besides the request's own tokens
MAX_COPIES = 8  # places in the request a value being written is looked for (copy_tokens)
LOOKAHEAD = 24  # characters of the request tokenized to find the token that goes on with a copy
NUMBER_CHARS = set("0123456789.-+eE")
THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")  # a thousands separator


def open_value(text: str) -> tuple[str, str] | None:
    """The argument value being written at the end of an answer in progress, as (kind, text so far): kind
    "string" (its raw JSON content after the opening quote) or "number"; None outside argument values.

    Argument values are those inside a call's "arguments" object (three containers deep: the list of calls, the
    call, its arguments) or deeper, so tool names are left to the model and the router."""
    return read_answer(text)[0]


def read_answer(text: str) -> tuple[tuple[str, str] | None, int | None]:
    """An answer in progress, read once per decoding step: (open_value's answer, how many lists and objects are
    open at its end, or None inside a string)."""
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
    depth = None if in_string else len(stack)
    if in_string and is_value:
        return ("string", text[start:]), depth
    if number_start >= 0:
        return ("number", text[number_start:]), depth
    if last == ":" and len(stack) >= 3:
        return ("number", ""), depth  # a value begins; a string's opening quote would have shown
    return None, depth


def copied_continuation(query: str, answer: str) -> str:
    """What the request goes on with after the longest end of the answer's open value that it contains: the rest
    of a value being copied from it ("Project" -> " Plan.docx to /mnt"), for drafting; "" outside a value."""
    found, _ = read_answer(answer)
    if found is None or not found[1]:
        return ""
    value = found[1]
    for start in range(len(value)):
        at = query.find(value[start:])
        if at >= 0:
            return query[at + len(value) - start:]
    return ""


JSON_PART = re.compile(r'"((?:[^"\\]|\\.)*)"(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)')
CALL_NAME = re.compile(r'(?:^\s*\[|\}\s*,)\s*\{\s*"name"\s*:\s*"(?:[^"\\]|\\.)*"')  # a call's tool name
REQUEST_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")
PLAIN_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?")  # in a request with its thousands separators taken out
PATHLIKE = re.compile(r"\w[./]\w")  # a file, path or domain name
# a quoted part of the request, as the prompt's JSON spells it: "..." (escaped), '...' (not an apostrophe), `...`
QUOTED = re.compile(r'\\"(.+?)\\"|(?<!\w)\'([^\']+)\'(?!\w)|`([^`]+)`')
# the next item of a list in a request, after ", ", ", and ", " and ", " or " or " & "
NEXT_ITEM = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+)([\w$#@/-][\w$.#@/-]*)", re.I)


def values_by_call(answer: str) -> list[list[str]]:
    """The argument values each call of an answer (whole or in progress) has written so far, as text: strings
    and numbers, not keys and not tool names."""
    calls = []
    for part in CALL_NAME.split(answer)[1:]:
        values = []
        for match in JSON_PART.finditer(part):
            text, is_key, number = match.groups()
            if number is not None:
                values.append(number)
            elif not is_key:
                try:
                    values.append(json.loads(f'"{text}"'))
                except ValueError:
                    values.append(text)
        calls.append(values)
    return calls


def last_call(answer: str) -> tuple[str, set[str]] | None:
    """The last call of an answer in progress: its tool name and the keys written in it so far; None before one."""
    calls = list(CALL_NAME.finditer(answer))
    if not calls:
        return None
    found = calls[-1]
    name = json.loads(found.group(0)[found.group(0).index("{"):] + "}")["name"]
    keys = {m.group(1) for m in JSON_PART.finditer(answer, found.end()) if m.group(2)}
    return name, keys


def wants_more_calls(query: str, calls: list[list[str]]) -> bool:
    """Whether the request holds values that the calls so far (values_by_call) have not used, while they are
    getting somewhere: the last call copied a value from the request that no call before it had. That stops a
    model that repeats itself (a second t-test on the same two samples) or writes values the request does not
    hold from being asked for call after call."""
    if not calls:
        return False
    request = query.lower() + " " + THOUSANDS.sub("", query).lower()
    earlier = {value.lower() for values in calls[:-1] for value in values}
    if not any(value.strip() and value.lower() in request and value.lower() not in earlier for value in calls[-1]):
        return False
    return bool(unused_values(query, [value for values in calls for value in values]))


def unused_values(query: str, values: list[str], spans: bool = False) -> list[str]:
    """Values the request holds that none of `values` (those written so far) covers: its numbers, and the items
    of a list next to a written value when they have its shape (a number beside a number, a capitalised word
    beside a capitalised value, a file, path or domain beside another). Over BFCL and the shell-intent set no
    right answer of the shipped model leaves one, and most of its answers with too few calls do ("the factorial
    of 5, 10 and 15" after one call)."""
    written = " ".join(values).lower()
    used = written.replace(",", "")
    lower = query.lower()
    stated = REQUEST_NUMBER.findall(query)
    # as often as stated: "4 years, 4 times a year" leaves a 4 after one value of 4; "9 of 7 to 1289" a 9
    left = Counter(map(_plain_number, stated)) - Counter(map(_plain_number, REQUEST_NUMBER.findall(used)))
    found = [number for number in stated if left[_plain_number(number)]]
    if spans:
        found += [span for span in value_spans(query) if span.lower() not in written]
    for value in values:
        if not value.strip():
            continue
        is_number = REQUEST_NUMBER.fullmatch(value) is not None
        at = lower.find(value.lower())
        while at >= 0:
            end = at + len(value)
            item = NEXT_ITEM.match(query, end)
            if item and _ends_word(query, end):
                word = item.group(1).rstrip(".")
                if is_number:
                    same_shape = REQUEST_NUMBER.match(word) is not None
                else:
                    same_shape = (value[:1].isupper() and word[:1].isupper()) or \
                        bool(PATHLIKE.search(value) and PATHLIKE.search(word))
                if same_shape and word.lower() not in used:
                    found.append(word)
            at = lower.find(value.lower(), at + 1)
    return list(dict.fromkeys(found))


def value_spans(query: str) -> list[str]:
    """The request's words shaped like files, paths or domains ("db.sqlite", "../infra", and units such as "m/s"
    too) and its quoted parts."""
    words = [word.strip(".,;:!?()'\"") for word in query.split()]
    quoted = [part for m in QUOTED.finditer(json.dumps(query)[1:-1]) for part in m.groups() if part]
    return [word for word in words if PATHLIKE.search(word)] + [json.loads(f'"{part}"') for part in quoted]


def _plain_number(number: str) -> str:
    return number.replace(",", "").rstrip(".")


def _starts_word(text: str, i: int) -> bool:
    return i == 0 or not (text[i - 1].isalnum() or _decimal_point(text, i - 1))


def _ends_word(text: str, j: int) -> bool:
    return j == len(text) or not (text[j].isalnum() or _decimal_point(text, j))


def _decimal_point(text: str, i: int) -> bool:
    """Whether text[i] is a point between digits, which joins them into one word: 8.5 is no copy of 8."""
    return text[i] == "." and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _escape_begun(value: str) -> bool:
    """Whether a JSON string's content so far ends in a backslash that escapes what comes next."""
    return value.endswith("\\") and (len(value) - len(value.rstrip("\\"))) % 2 == 1


def _closing_quote(value: str, piece: str) -> int:
    """Where in `piece`, written after a JSON string's content `value`, the string closes; -1 if it does not ("\\"
    then '"' is a quote inside it)."""
    escaped = _escape_begun(value)
    if not escaped and "\\" not in piece:
        return piece.find('"')  # (most pieces: a prior asks this of every token it weighs)
    for i, ch in enumerate(piece):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == '"':
            return i
    return -1


ESCAPED_BYTES = "".join(map(chr, range(0xDC80, 0xDD00)))  # bytes 0x80-0xff as "surrogateescape" decodes them


def _split_bytes(text: str) -> tuple[str, bytes]:
    """`text` (decoded with "surrogateescape") as its whole characters, and the bytes of the one begun at its end."""
    if text.isascii():
        return text, b""
    try:
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that is no escaped byte: nothing to put together
        return text, b""
    whole = text.rstrip(ESCAPED_BYTES)
    return whole, text[len(whole):].encode("utf-8", "surrogateescape")


def _begins_char(text: str, i: int, partial: bytes) -> bool:
    """Whether `partial` (bytes of a character begun) is the start of the character at text[i], and not all of it."""
    char = text[i:i + 1].encode("utf-8", "surrogatepass")
    return char.startswith(partial) and len(char) > len(partial)


def _ends_answer(depth: int, piece: str) -> bool:
    """Whether `piece`, written where `depth` lists and objects are open, closes them all (and so the answer)."""
    for ch in piece:
        if ch in "[{\"":
            return False
        if ch in "]}":
            depth -= 1
            if depth == 0:
                return ch == "]"  # the list of calls (a "}" there is a piece the grammar does not allow)
    return False


def _log_mean(values) -> float:
    values = list(values)
    top = max(values)
    return top + math.log(sum(math.exp(v - top) for v in values) / len(values))


def _opens_no_call(answer: str, piece: str) -> bool:
    """Whether `piece` written after `answer` makes the answer `[]` (or starts a list that closes at once)."""
    return "".join((answer + piece).split()).startswith("[]") and not "".join(answer.split()).startswith("[]")


class AnswerPrior:
    """Called at each decoding step with the answer so far and the step's logits, which it raises in place.

    `extra_tokens` are looked at besides the model's likeliest ones: the request's own tokens, and those that
    spell `[]`, `]` and `}}]`. `tool_prior` is the log of the lexical prior of each tool the model may call (any
    constant offset), or None to leave the choice of tool to the model; `tokenize` (text to token ids) is needed
    with it."""

    def __init__(self, query: str, piece: Callable[[int], str], extra_tokens: list[int],
                 copy_weight: float = COPY_WEIGHT, no_call_weight: float = 0.0, end_weight: float = 0.0,
                 tool_prior: dict[str, float] | None = None, tokenize: Callable[[str], list[int]] | None = None,
                 open_weight: float = 0.0, break_weight: float = 0.0, cued: dict[str, set[str]] | None = None,
                 fill: dict[str, list[str]] | None = None):
        self.query = " ".join(query.split())  # the request as the prompt shows it
        # spelled as a JSON string's content: how a copied value is written
        self.request = json.dumps(self.query, ensure_ascii=False)[1:-1]
        # numbers as JSON writes them: "$200,000" is a copy of 200000
        self.numbers = THOUSANDS.sub("", self.request)
        self.stated = Counter(PLAIN_NUMBER.findall(self.numbers))  # how often the request states each number
        # where each quoted part's content starts -> where it ends: a copy that starts there does not end before
        # (a request quoted whole, as some benchmarks write them, has no such part)
        self.quoted = {m.start(i): m.end(i) for m in QUOTED.finditer(self.request) for i in (1, 2, 3)
                       if m.group(i) and (m.start(), m.end()) != (0, len(self.request))}
        self.piece = piece
        self.extra_tokens = frozenset(extra_tokens)
        self.copy_weight = copy_weight
        self.no_call_weight = no_call_weight
        self.end_weight = end_weight
        self.open_weight = open_weight
        self.break_weight = break_weight
        # by tool, its parameters in the grammar's order: given, another argument is favoured while the request holds
        # values no call has written
        self.fill = fill or {}
        # the tokens that begin another argument, after a value or with a string's closing quote
        self._another = {tokenize(text)[0] for text in ('",', '","', ",", ',"')} if fill and tokenize else set()
        self.cued = cued or {}  # by tool, the optional parameters the request names (ranking.cued_parameters)
        self._word_tokens: dict[str, set[int]] = {}  # copy_tokens of an empty value, by kind
        self.tool_prior = tool_prior if tool_prior and len(tool_prior) > 1 and tokenize else None
        self.tokenize = tokenize

    def _cue_unwritten(self, answer: str) -> bool:
        """Whether the call being written has not yet written a parameter the request names."""
        call = last_call(answer) if self.cued else None
        return call is not None and bool(self.cued.get(call[0], set()) - call[1])

    def _copied(self, value: str, whole: bool, text: str | None = None) -> bool:
        """Whether `value` is a part of the request (or `text`) that starts a word (and ends one, when `whole`);
        the model may write the space before the word too."""
        text = self.request if text is None else text
        value, partial = _split_bytes(value)
        if whole and (partial or _escape_begun(value)):
            return False  # a character or an escape begun ends no word
        lead = len(value) - len(value.lstrip(" "))
        at = text.find(value)
        while at >= 0:
            end = at + len(value)
            if _starts_word(text, at + lead) and (not whole or self._ends_copy(text, at + lead, end)) and \
                    (not partial or _begins_char(text, end, partial)):
                return True
            at = text.find(value, at + 1)
        return False

    def _ends_copy(self, text: str, start: int, end: int) -> bool:
        """Whether a copy of `text` from `start` may end at `end`: at the end of a word, and, when it starts a
        quoted part of the request, not before that part's end ('weird name;rm -rf ~.txt' is one value, not "weird
        name")."""
        if start in self.quoted and end < self.quoted[start] and text == self.request:
            return False
        return _ends_word(text, end)

    def inside_word(self, kind: str, value: str) -> bool:
        """Whether `value` is a copy of the request that stops inside a word wherever it is one ("Dead" of
        "Deadpool", "10" of "100")."""
        text = self.request if kind == "string" else self.numbers
        return bool(value.strip()) and self._copied(value, False, text) and not self._copied(value, True, text)

    def keeps_copy(self, kind: str, value: str, piece: str, spent: Counter | None = None) -> bool:
        """Whether writing `piece` after `value` keeps the value a copy of the request, or ends it as one. A number
        is no copy once the call has `spent` (spent_numbers) every one the request states that it can become."""
        if kind == "string":
            end = _closing_quote(value, piece)
            more, closes = (piece[:end], True) if end >= 0 else (piece, False)
        else:
            end = next((i for i, ch in enumerate(piece) if ch not in NUMBER_CHARS), len(piece))
            more, closes = piece[:end], end < len(piece)
            if not value and not more:
                return False  # not a number at all (a string's quote, a boolean)
        written = value + more
        if not (written and self._copied(written, whole=closes, text=None if kind == "string" else self.numbers)):
            return False
        if not spent:
            return True
        digits = written.lstrip("-")
        could_be = [n for n in self.stated if (n == digits if closes else n.startswith(digits))]
        return not could_be or any(self.stated[n] > spent[n] for n in could_be)

    @staticmethod
    def spent_numbers(answer: str, value: str) -> Counter:
        """The numbers the call being written has used as its other arguments' values, by how often, while
        `value` (the end of `answer`) is being written: "acceleration": 300 spends the request's one 300."""
        calls = values_by_call(answer[:len(answer) - len(value)])
        written = [other.lstrip("-") for other in (calls[-1] if calls else [])]
        return Counter(number for number in written if PLAIN_NUMBER.fullmatch(number))

    def copy_tokens(self, kind: str, value: str) -> set[int]:
        """The first token of each way the request goes on from `value` (the open value so far, where it is a
        copy of the request; every word of the request when it is empty). The model's likeliest tokens need not
        hold them: a word is cut into other tokens at the start of a JSON string than inside the request (the
        request's " California" is one token, the value's "California" four), and a copy that the prior never
        looks at drifts ("Calify", "Dadpool")."""
        text = self.request if kind == "string" else self.numbers
        if not value:
            if kind not in self._word_tokens:  # the same for every value that begins: worked out once
                starts = [i for i in range(len(text)) if _starts_word(text, i) and not text[i].isspace()]
                self._word_tokens[kind] = self._first_tokens(text, starts)
            return self._word_tokens[kind]
        value, partial = _split_bytes(value)
        lead = len(value) - len(value.lstrip(" "))
        starts, at = [], text.find(value)
        while at >= 0 and len(starts) < MAX_COPIES:
            if _starts_word(text, at + lead) and (not partial or _begins_char(text, at + len(value), partial)):
                starts.append(at + len(value))
            at = text.find(value, at + 1)
        return self._first_tokens(text, starts, len(partial))

    def _first_tokens(self, text: str, starts: list[int], written: int = 0) -> set[int]:
        """The token that goes on from each start in `text` after its first `written` bytes (of a character begun)."""
        tokens = set()
        for start in starts:
            ahead = text[start:start + LOOKAHEAD]
            ids = self.tokenize(ahead) if ahead else []
            done = 0
            while ids and done < written:  # the byte tokens of the character begun
                done += len(self.piece(ids.pop(0)).encode("utf-8", "surrogateescape"))
            if ids and done == written:
                tokens.add(ids[0])
        return tokens

    def _likeliest(self, logits: np.ndarray):
        likeliest = np.argpartition(logits, -CANDIDATES)[-CANDIDATES:] if len(logits) > CANDIDATES \
            else np.arange(len(logits))
        # (a set union: numpy's union1d imports numpy.ma on first use, 15 ms of a fresh process's first request)
        return self.extra_tokens.union(likeliest.tolist())

    def steer_name(self, written: str, logits: np.ndarray) -> None:
        """Weigh the tokens that go on writing a tool name (`written` so far) by the prior's mean over the tools
        each one keeps possible, against its mean over those `written` allows: the model's probability for such a
        token is its mass on all of them, taken as shared evenly, so the mean (not the sum, which would favour
        tools with many siblings) is the prior's part. Along a whole name the ratios multiply to the tool's prior.
        Only the model's likeliest tokens and the first token of each tool's rest of name (with its closing quote)
        are weighed; the others are put out of reach (they carry next to no mass, but a vocabulary has several
        tokens for a character, as byte fallback, and one left unweighed could win)."""
        prior = {name: v for name, v in self.tool_prior.items() if name.startswith(written)}
        if len(prior) < 2:
            return  # nothing left to choose
        allowed = _log_mean(prior.values())
        candidates = self._likeliest(logits).union(self.tokenize(name[len(written):] + '"')[0] for name in prior)
        shares: dict[int, float] = {}
        for token in candidates:
            piece = self.piece(token)
            if not piece:
                continue  # a control token (the end of text): the grammar's to refuse
            text = written + piece
            if '"' in text:  # the name ends in this token
                share = prior.get(text.split('"', 1)[0])
            else:
                group = [v for name, v in prior.items() if name.startswith(text)]
                share = _log_mean(group) if group else None
            if share is not None:  # (a token that spells no tool is one the grammar does not allow)
                shares[token] = share - allowed
        if not shares:
            return
        ids = list(shares)
        model = logits[ids].astype(np.float64)
        logits -= OUT_OF_REACH  # (not -inf: should the grammar refuse every token weighed, it still has a choice)
        logits[ids] = np.maximum(model, model.max() + LOG_FLOOR) + np.array([shares[t] for t in ids])

    def __call__(self, answer: str, logits: np.ndarray) -> None:
        if self.tool_prior and (name := FIRST_NAME.fullmatch(answer)):
            self.steer_name(name.group(1), logits)
            return
        found, depth = read_answer(answer)
        if "".join(answer.split()) in ("", "["):
            weight, wanted = self.no_call_weight, lambda piece: _opens_no_call(answer, piece)
        elif found is not None:
            spent = self.spent_numbers(answer, found[1]) if found[0] == "number" else None
            weight, wanted = self.copy_weight, lambda piece: self.keeps_copy(*found, piece, spent)
        else:
            weight = 0.0
        candidates = None
        if weight:
            candidates = self._likeliest(logits)
            if found is not None and self.tokenize:
                candidates = candidates.union(self.copy_tokens(*found))
            inside = found is not None and self.break_weight and self.inside_word(*found)
            for token in candidates:
                piece = self.piece(token)
                if wanted(piece):
                    logits[token] += weight
                elif inside and piece and (_closing_quote(found[1], piece) != 0 if found[0] == "string"
                                           else piece[0] in NUMBER_CHARS):
                    logits[token] -= self.break_weight  # goes on writing, but not the word it was copying
        # the end of the answer can be written right after a call, or after an argument value in one token ("}}]")
        if (self.end_weight or self.open_weight) and "{" in answer:
            # (inside a string value only the open weight acts: whether '"}}]' ends a copy is the copy prior's)
            weight = None  # worked out once, on the first token that would end the answer
            # while the call has not written a parameter the request names, another argument weighs as much as
            # the end: the prior then decides only between ending and another call, the model whether to go on
            cue = depth == 3 and self.end_weight and self._cue_unwritten(answer)
            for token in candidates or self._likeliest(logits):
                piece = self.piece(token)
                if "]" in piece and (_ends_answer(depth, piece) if depth is not None else
                                     self.open_weight and read_answer(answer + piece)[1] == 0):
                    if weight is None:
                        left = self.open_weight and wants_more_calls(self.query, values_by_call(answer + piece))
                        weight = -self.open_weight if left else (self.end_weight if depth is not None else 0.0)
                    logits[token] += weight
                elif cue and piece.lstrip().startswith(","):
                    logits[token] += self.end_weight
        if self.fill and (depth == 3 or (depth is None and found is not None)) and self._another_allowed(answer) and \
                unused_values(self.query, sum(values_by_call(answer), []), spans=True):
            self._favour_another_argument(found, logits, (candidates or self._likeliest(logits)) | self._another)

    def _favour_another_argument(self, found: tuple[str, str] | None, logits: np.ndarray, candidates) -> None:
        """Among the tokens that end the argument value being written here (`found`; after a value, all of them),
        give those that go on with another argument ANOTHER_SHARE of the probability all of them have: how the call
        goes on changes, not where the value ends."""
        ends: dict[int, str] = {}  # token -> what follows the value's end in it
        for token in candidates:
            piece = self.piece(token)
            if found is None:
                ends[token] = piece
            elif found[0] == "string" and _closing_quote(found[1], piece) == 0:
                ends[token] = piece[1:]
            elif found[0] == "number" and found[1] and piece and piece[0] not in NUMBER_CHARS:
                ends[token] = piece
        more = [token for token, rest in ends.items() if rest.lstrip().startswith(",")]
        others = [token for token in ends if token not in more]
        if more and others:
            total = np.logaddexp.reduce(logits[list(ends)].astype(np.float64))
            for group, share in ((more, ANOTHER_SHARE), (others, 1.0 - ANOTHER_SHARE)):
                logits[group] += total + math.log(share) - np.logaddexp.reduce(logits[group].astype(np.float64))

    def _another_allowed(self, answer: str) -> bool:
        """Whether the grammar lets the call being written take another argument: its keys come in
        grammar.argument_order, so one follows the last written unless that is the tool's last parameter."""
        call = last_call(answer)
        if call is None:
            return False
        order = self.fill.get(call[0], [])
        written = [order.index(key) for key in call[1] if key in order]
        return bool(written) and max(written) < len(order) - 1
