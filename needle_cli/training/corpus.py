"""Synthetic (tools, request, calls) corpus for fine-tuning needle's function-calling model.

Everything here is generated from tool *families* (a tool concept with name variants, description
paraphrases, typed parameters and request templates) and large value pools, using the standard library only.
The output is deterministic for a given (n, seed, split).

    generate(n, seed, split="train") -> list of {"tools": [...], "query": str, "calls": [...]}

`split="heldout"` only ever targets the fixed held-out subset of families (about 15%, chosen by a stable hash
of the family id); `split="train"` never shows those families at all, not even as distractors.

The tool families it draws from are in families.py (the template language and the registry) and in
handwritten.py, entities.py, lookups.py and formulas.py; the value kinds in values.py.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter

# the modules that register families, in this order: the corpus's draws depend on it
from . import handwritten, entities, lookups, formulas  # noqa: F401,I001
from .families import FAMILIES, FAMILY_BY_ID, NO_LITERAL, build, family_of
from .values import BOOL, FIRST, POOL, PROJECTS, SPORTS, field_parts, fill, join_list

# ================================================================ tool instances

P_DROP_OPTIONAL = 0.15  # an optional parameter is left out of a tool instance's schema
P_OPT_GROUP = 0.45  # an optional group of a template is rendered
# A share of training requests for one call state as much as their tool takes: the family's template with the most
# slots, every optional part. Without them half the calls have one argument and one in eight three or more, and
# calls with three or more arguments are where held-out and BFCL answers fail most (session 24: 12% and 19% right).
# At 0.5, 20% of the calls of a training run's requests (with the extras per catalog) carry three or more.
P_RICH = 0.5
MIN_RICH_PARAMS = 3
P_PARAM_DESC = 0.65
P_DEFAULT_SHOWN = 0.6


class Inst:
    """One concrete tool of a family: its name, its needle-YAML dict, and canonical key -> parameter name."""

    __slots__ = ("fam", "name", "tool", "keymap", "order")

    def __init__(self, fam, name, tool, keymap, order):
        self.fam, self.name, self.tool, self.keymap, self.order = fam, name, tool, keymap, order

    @property
    def present(self):
        return frozenset(self.order)


def _example_text(k, r):
    s, v = k.gen(r, {})
    if isinstance(v, list):
        return ", ".join(map(str, v))
    return str(v)


def instantiate(fam, r, full=False):
    rnd = r.random
    names = fam.names
    name, camel = names[int(rnd() * len(names))]
    params = fam.params
    if len(params) > 2 and rnd() < 0.15:
        params = params[:]
        r.shuffle(params)
    pdict, keymap, order, taken = {}, {}, [], set()
    for p in params:
        if not p.keep and not full and rnd() < P_DROP_OPTIONAL:
            continue
        pn = p.names
        i = 0 if len(pn) == 1 or rnd() < 0.5 else int(rnd() * len(pn))
        pname = p.camel_names[i] if camel and rnd() < 0.8 else pn[i]
        if pname in taken:
            pname = p.key
            if pname in taken:
                continue
        taken.add(pname)
        k = p.kind
        spec = {"type": k.type}
        if p.descs and rnd() < P_PARAM_DESC:
            d = p.descs[int(rnd() * len(p.descs))]
            if "{ex}" in d:
                d = d.replace("{ex}", _example_text(k, r))
            if not p.req and rnd() < 0.1:
                d += " (optional)"
            spec["description"] = d
        if p.req:
            spec["required"] = True
        elif rnd() < 0.08:
            spec["required"] = False
        if k.enum is not None:
            spec["enum"] = list(k.enum)
        if k.items is not None:
            spec["items"] = k.items.schema()
        if p.default is not None and rnd() < P_DEFAULT_SHOWN:
            spec["default"] = p.default
        pdict[pname] = spec
        keymap[p.key] = pname
        order.append(p.key)
    tool = {"name": name}
    x = rnd()
    if x > 0.04:
        desc = fam.descs[int(rnd() * len(fam.descs))]
        if x < 0.3 and desc.endswith("."):
            desc = desc[:-1]
        tool["description"] = desc
    tool["parameters"] = pdict
    return Inst(fam, name, tool, keymap, order)


N_VARIANTS = 64  # distractor tools come from this many cached instances per family
_VARIANTS: dict = {}


def cached_instance(fam, r):
    """A distractor instance: one of N_VARIANTS per family, each a pure function of (family, index)."""
    i = int(r.random() * N_VARIANTS)
    inst = _VARIANTS.get((fam.fid, i))
    if inst is None:
        inst = _VARIANTS[(fam.fid, i)] = instantiate(fam, random.Random(f"needle-variant:{fam.fid}:{i}"))
    return inst


# ================================================================ rendering requests


class _Render:
    __slots__ = ("r", "present", "fam", "vals", "vals2", "surf", "used", "out", "slots", "state", "p_opt")

    def __init__(self, r, fam, present, p_opt=P_OPT_GROUP):
        self.r, self.fam, self.present, self.p_opt = r, fam, present, p_opt
        self.vals, self.vals2, self.surf, self.used = {}, {}, {}, set()
        self.out, self.slots, self.state = [], set(), {}

    def emit(self, seq):
        r, out = self.r, self.out
        for node in seq:
            t = node[0]
            if t == 0:
                out.append(node[1])
            elif t == 1:
                self.slot(node)
            elif t == 2:
                self.emit(r.choice(node[1]))
            elif node[2] <= self.present and r.random() < self.p_opt:
                self.emit(node[1])

    def slot(self, node):
        _, key, second, lit = node
        target = self.vals2 if second else self.vals
        if lit is not NO_LITERAL:
            target[key] = lit
            return
        skey = (key, second)
        if skey in self.surf:
            self.slots.add(len(self.out))
            self.out.append(self.surf[skey])
            return
        k = self.fam.pmap[key].kind
        kid = id(k.items or k)
        for _ in range(8):
            s, v = k.gen(self.r, self.state)
            h = (kid, json.dumps(v))
            if h not in self.used:
                break
        self.used.add(h)
        target[key] = v
        self.surf[skey] = s
        self.slots.add(len(self.out))
        self.out.append(s)

    def text(self):
        out = self.out
        lead_lit = tail_lit = False
        for i, piece in enumerate(out):
            if piece.strip():
                lead_lit = i not in self.slots
                break
        for i in range(len(out) - 1, -1, -1):
            if out[i].strip():
                tail_lit = i not in self.slots
                break
        text = " ".join("".join(out).split())
        text = text.replace(" ,", ",")
        if text.endswith(" ?"):
            text = text[:-2] + "?"
        # a leading/trailing literal flag says the first/last character may be re-cased or re-punctuated
        return text, (lead_lit, tail_lit)


def render(fam, tpl, r, present, used=None, p_opt=P_OPT_GROUP):
    rd = _Render(r, fam, present, p_opt)
    if used:
        rd.used |= used
    rd.emit(tpl.seq)
    text, lead = rd.text()
    return text, lead, rd.vals, rd.vals2, rd.used


def eligible(templates, present):
    return [t for t in templates if t.hard <= present]


WRAPPERS = [
    ("can you {}?", 1), ("could you {}?", 1), ("please {}", 1), ("{} please", 0), ("{}, please", 0), ("pls {}", 1),
    ("I want to {}", 1), ("I need to {}", 1), ("help me {}", 1), ("hey, {}", 1), ("quick one: {}", 1),
    ("would you {}?", 1), ("go ahead and {}", 1), ("{} for me", 0), ("{}, thanks", 0), ("could you please {}?", 1),
    ("I need you to {}", 1), ("{} asap", 0), ("can you please {}", 1), ("I'd like you to {}", 1), ("let's {}", 1),
    ("hi! {}", 1), ("ok so {}", 1), ("{}. thank you!", 0), ("Please {}.", 1), ("Can you {} for me?", 1),
]


def _cap(text):
    return text[:1].upper() + text[1:]


CMD_WRAPPERS = ["run {}", "please run {}", "can you run {}?", "execute: {}", "{} please", "{}", "run `{}`"]


def finish(text, edges, imperative, r, wrap=True, command=False):
    lead_lit, tail_lit = edges
    if command:  # a shell command line: keep its case, seldom wrap it
        if wrap and r.random() < 0.12:
            text = r.choice(CMD_WRAPPERS).format(text)
        return text
    if wrap and imperative and (tail_lit or text[-1:] not in ".!?") and r.random() < 0.3:
        w, lit = r.choice(WRAPPERS)
        text = w.format(text.rstrip(".!?") if tail_lit else text)
        lead_lit = bool(lit) or lead_lit
        tail_lit = tail_lit or not w.endswith("{}")
    if lead_lit and r.random() < 0.45:
        text = _cap(text)
    if imperative and text[-1:] not in ".!?" and r.random() < 0.12:
        text += r.choice(".!")
    elif tail_lit and text.endswith("?") and r.random() < 0.15:
        text = text[:-1]
    return text


CONNECT2 = [" and ", " and ", ", and ", ", then ", " and then ", "; ", ". Also ", ". Then ", " then ", ", also ",
            " & ", ". And ", ", plus ", " and also ", ". After that, "]


def join_parts(parts, r):
    """parts: [(text, lead_literal)]; the later parts start lowercase only where their first word is template text."""
    texts = []
    for i, (t, (lead, tail)) in enumerate(parts):
        if tail:
            t = t.rstrip(".!")
            if i < len(parts) - 1:
                t = t.rstrip("?")
        texts.append((t, lead))
    first, lead0 = texts[0]
    if lead0 and r.random() < 0.5:
        first = _cap(first)
    out = first
    if len(texts) == 2 or r.random() < 0.5:
        for t, lead in texts[1:]:
            c = r.choice(CONNECT2)
            if c[:1] == "." and lead:
                t = _cap(t)
            out += c + t
    else:
        mids = [t for t, _ in texts[1:-1]]
        c = r.choice((", ", "; ", ", then "))
        out += "".join(c + m for m in mids) + r.choice((" and ", ", and ", " and then ", ", then ")) + texts[-1][0]
    if r.random() < 0.1:
        out += "."
    return out


# ================================================================ chit-chat (no tool fits)

CHITCHAT = [
    "hi", "hello!", "hey there", "good morning", "thanks!", "thank you so much", "you're awesome", "how are you today?",
    "what's up?", "lol", "ok", "never mind", "that's all for now", "good night", "who are you?", "are you a robot?",
    "what's your favorite color?", "do you like music?", "tell me something interesting", "I'm bored",
    "I had a rough day", "what's the meaning of life?", "can you keep a secret?", "you're funny",
    "write me a haiku about {season}", "write a short poem about {city}", "tell me a story about a {animal}",
    "give me a fun fact about {animal}s", "what's the capital of {country}?", "who painted the Mona Lisa?",
    "why is the sky blue?", "how do vaccines work?", "how does a rainbow form?", "what causes the seasons?",
    "explain photosynthesis like I'm five", "who was the first person to walk on the moon?",
    "what's the tallest mountain in the world?", "how many bones are in the human body?",
    "what language do they speak in {country}?", "is a tomato a fruit or a vegetable?",
    "explain how TCP works", "what's the difference between git merge and git rebase?",
    "what does the -r flag of cp do?", "explain what a symlink is", "how do I exit vim?",
    "what's the difference between a process and a thread?", "why is my code slow?",
    "what is a docker volume?", "explain kubernetes in one sentence", "what's a race condition?",
    "is python faster than javascript?", "what's the best programming language to learn first?",
    "should I use tabs or spaces?", "what's the difference between TCP and UDP?", "what is DNS?",
    "what does chmod 755 mean?", "explain big O notation", "what's a monad?", "how does HTTPS work?",
    "what's the difference between RAM and storage?", "explain recursion", "how do I get better at {hobby}?",
    "any tips for staying focused?", "how do I ask for a raise?", "what should I name my {animal}?",
    "give me a motivational quote", "what's a good name for a {word} project?", "tell me a riddle",
    "do you dream?", "what do you think about {topic}?", "summarize the plot of Hamlet",
    "who was {person_hist}?", "when did the Berlin Wall fall?", "why do cats purr?", "how far away is the sun?",
    "what's the speed of light?", "what's the difference between weather and climate?",
    "explain the rules of {sport}", "what's the origin of the word 'robot'?", "what's your name?",
    "I love {city}", "my favorite band is {artist}", "I just finished reading {book}", "{dish} is my favorite food",
    "can you recommend a hobby?", "what's the best way to learn {language}?", "is it rude to recline my seat on a plane?",
    "how do I make friends in a new city?", "what are you capable of?", "brainstorm names for a bakery",
    "help me write a toast for my sister's wedding", "draft a polite way to say no to a meeting",
    "rewrite this to sound nicer: stop emailing me", "what rhymes with orange? just kidding", "sing me a song",
    "I'm feeling anxious about my exam", "how do airplanes stay in the air?", "why do we have leap years?",
    "hmm", "wait", "actually forget it", "no thanks", "sounds good", "perfect", "cool cool", "testing 1 2 3",
    "what is love?", "how many continents are there?", "who invented the telephone?", "how do magnets work?",
    "what is the Pythagorean theorem?", "what's the difference between affect and effect?",
    "explain the offside rule", "what is inflation?", "how does compound interest work?",
    "what's a good book for a long flight?", "what should I cook tonight?", "tell me about yourself",
    "what's the history of {city}?", "why is {city} famous?", "what's {country} known for?",
    "tell me a joke about {animal}s", "write a limerick about a {animal}", "compose a short story set in {city}",
    "what do you think of {artist}?", "is {movie} worth watching?", "what's {book} about?",
    "how do I get better at {hobby}?", "why do I procrastinate so much?", "what's the best way to learn {hobby}?",
    "how does git work internally?", "what does 'idempotent' mean in programming?", "explain REST vs GraphQL",
    "what's the difference between a list and a tuple in python?", "how do containers differ from VMs?",
    "why would I use a {pypkg} instead of writing it myself?", "explain what {pypkg} is for",
    "what are the pros and cons of microservices?", "how should I structure a {word} project?",
    "what's the difference between {first} and {first2}? just kidding, they're my cats",
    "remember when we talked about {topic}?", "I'm thinking about moving to {city}", "I just got back from {city}",
    "{first} says hi", "my {animal} is sick and I'm sad", "it's my birthday today!", "I passed my exam!",
    "what would you do with a million dollars?", "if you could live anywhere, where would it be?",
    "how many languages do you speak?", "what's the weirdest fact you know?", "do you know any good puns?",
    "explain the difference between {sport} and {sport2}", "who is the best {sport} player of all time?",
    "what are some good habits for developers?", "give me three tips for public speaking",
]
POOL["season"] = ["autumn", "winter", "spring", "summer", "rain", "the ocean", "coffee", "Monday mornings"]
POOL["animal"] = ["cat", "dog", "octopus", "penguin", "fox", "owl", "dolphin", "hedgehog", "raccoon", "elephant"]
POOL["hobby"] = ["chess", "drawing", "running", "guitar", "cooking", "photography", "public speaking", "writing"]
POOL["first2"] = FIRST
POOL["sport2"] = SPORTS
POOL["person_hist"] = ["Ada Lovelace", "Alan Turing", "Marie Curie", "Nikola Tesla", "Cleopatra", "Genghis Khan",
                       "Frida Kahlo", "Nelson Mandela", "Leonardo da Vinci", "Grace Hopper", "Isaac Newton"]
_CHITCHAT = [field_parts(c) for c in CHITCHAT]


def chitchat(r):
    return fill(r.choice(_CHITCHAT), r)


# ================================================================ examples

# Session 2's model almost never answered "no tool" and rarely made several calls: both are more common now.
P_NOCALL = 0.15
P_MULTI = 0.2


def catalog_size(r, lo=1):
    # The CLI narrows larger catalogs to 16 tools, so 9-18 is the size the model meets most in use.
    x = r.random()
    if x < 0.08:
        k = 1
    elif x < 0.50:
        k = r.randint(2, 8)
    elif x < 0.88:
        k = r.randint(9, 18)
    else:
        k = r.randint(19, 40)
    return max(k, lo)


class Split:
    def __init__(self, name, rich=P_RICH):
        if name not in ("train", "heldout"):
            raise ValueError(f"split must be 'train' or 'heldout', not {name!r}")
        build()
        self.name, self.rich = name, rich
        if name == "train":
            self.targets = [f for f in FAMILIES if not f.heldout]
            self.pool = self.targets
        else:
            self.targets = [f for f in FAMILIES if f.heldout]
            self.pool = [f for f in FAMILIES if not f.train_only]
        self.pool_ids = {f.fid for f in self.pool}
        self.by_domain = {}
        for f in self.pool:
            self.by_domain.setdefault(f.domain, []).append(f)
        # parallel calls of one tool need a required parameter to vary; absent-tool requests never come from
        # catch-all tools (web search, calculator), which overlap with too many specific ones
        self.par_targets = [f for f in self.targets if any(p.req and p.kind is not BOOL for p in f.params)]
        self.rich_targets = [f for f in self.targets if max(len(t.keys) for t in f.templates) >= MIN_RICH_PARAMS]
        self.absent_sources = [f for f in self.targets if not f.catch_all]
        self.targets_by_domain = {}
        for f in self.targets:
            self.targets_by_domain.setdefault(f.domain, []).append(f)


def _catalog(r, sp, insts, excluded, k, domain=None, nocall=False, near=0.55):
    chosen = list(insts)
    names = {i.name for i in chosen}
    used = set(excluded) | {i.fam.fid for i in chosen}
    for i in insts:
        used |= i.fam.similar
    if len(chosen) < k and domain and r.random() < near:
        sibs = [g for g in sp.by_domain.get(domain, ()) if g.fid not in used and not (nocall and g.catch_all)]
        if sibs:
            for g in r.sample(sibs, min(len(sibs), k - len(chosen), r.randint(1, 3))):
                inst = cached_instance(g, r)
                if inst.name not in names:
                    chosen.append(inst)
                    names.add(inst.name)
                    used.add(g.fid)
                    used |= g.similar
    tries = 0
    pool, npool, rnd = sp.pool, len(sp.pool), r.random
    while len(chosen) < k and tries < 6 * k + 20:
        tries += 1
        g = pool[int(rnd() * npool)]
        if g.fid in used or (nocall and g.catch_all):
            continue
        inst = cached_instance(g, r)
        if inst.name in names:
            continue
        chosen.append(inst)
        names.add(inst.name)
        used.add(g.fid)
        used |= g.similar
    r.shuffle(chosen)
    return chosen


def _tools(catalog):
    return [i.tool for i in catalog]


def _call(inst, vals):
    return {"name": inst.name, "arguments": {inst.keymap[k]: vals[k] for k in inst.order if k in vals}}


def _render_inst(inst, r, used=None, templates=None, rich=False):
    tpls = eligible(templates or inst.fam.templates, inst.present)
    if rich:  # the templates that can say the most of what this instance declares
        most = max(len(t.keys & inst.present) for t in tpls)
        tpls = [t for t in tpls if len(t.keys & inst.present) == most]
    tpl = r.choice(tpls)
    text, lead, vals, vals2, used = render(inst.fam, tpl, r, inst.present, used, 1.0 if rich else P_OPT_GROUP)
    if tpl.command:
        lead = (False, lead[1])
    return text, lead, tpl, vals, vals2, used


def _one_call(inst, r, rich=False):
    """A request for one call of `inst`, as {"query", "calls"}; `rich`: saying all it can (P_RICH)."""
    text, lead, tpl, vals, _, _ = _render_inst(inst, r, rich=rich)
    return {"query": finish(text, lead, tpl.imperative, r, command=tpl.command), "calls": [_call(inst, vals)]}


def _same_tool_calls(inst, r):
    """A request for two or three calls of `inst` with different values ("weather in Paris and in Oslo"), as
    (query, calls): one of its family's parallel templates, or single-call requests joined."""
    pars = eligible(inst.fam.par, inst.present)
    if pars and r.random() < 0.6:
        tpl = r.choice(pars)
        text, lead, vals, vals2, _ = render(inst.fam, tpl, r, inst.present)
        query = finish(text, lead, tpl.imperative, r, command=tpl.command)
        return query, [_call(inst, vals), _call(inst, {**vals, **vals2})]
    m = 2 if r.random() < 0.85 else 3
    parts, calls, used, seen = [], [], set(), []
    for _ in range(m):
        for _attempt in range(4):
            text, lead, _, vals, _, used2 = _render_inst(inst, r, used)
            if vals and vals not in seen:
                break
        else:
            if calls:  # no other values came up (an enum's synonyms, say): never the same call twice
                continue
        used = used2
        seen.append(vals)
        parts.append((text, lead))
        calls.append(_call(inst, vals))
    return join_parts(parts, r), calls


# "..., and the same for B": one request, then other values of one of its arguments (BFCL's parallel requests are
# mostly of this shape: session 8's model got none of 20, making one call too many or too few)
REPEATS = [" and the same for {}", ", then do the same for {}", ". Same for {}", ", and again for {}",
           " and also for {}", ", then repeat with {}", " and {} too", "; also {}", " and then for {}",
           ", and {} as well", ". Do the same with {}", ", then the same with {}", " and for {}",
           ", and repeat that for {}", ". Now {}", " - and {}"]


def _repeat_calls(inst, r):
    """A request for 2-4 calls of `inst` that spells one call's arguments and then only the other values of one
    of them, as (query, calls); None when its request has no argument that can vary so."""
    text, lead, tpl, vals, _, _ = _render_inst(inst, r)
    keys = [k for k in inst.order if k in vals and inst.fam.pmap[k].kind.copy
            and not isinstance(vals[k], (bool, list, dict)) and str(vals[k]) in text]
    if not keys:
        return None
    key = r.choice(keys)
    kind = inst.fam.pmap[key].kind
    seen, surfaces, calls = {json.dumps(vals[key])}, [], [_call(inst, vals)]
    for _ in range(r.choices((1, 2, 3), (6, 3, 1))[0]):
        drawn = _new_value(kind, r, seen)
        if drawn is None:
            return None
        surface, value = drawn
        surfaces.append(surface)
        calls.append(_call(inst, {**vals, key: value}))
    query = _open_end(finish(text, lead, tpl.imperative, r, wrap=False, command=tpl.command), vals)
    if query is None:
        return None
    return query[0] + r.choice(REPEATS).format(join_list(surfaces, r)) + query[1], calls


def _new_value(kind, r, seen):
    """A value of `kind` whose JSON is not in `seen`, as (surface, value), its JSON added to `seen`; None when 8
    draws bring none."""
    for _attempt in range(8):
        surface, value = kind.gen(r, {})
        if json.dumps(value) not in seen:
            seen.add(json.dumps(value))
            return surface, value
    return None


def _open_end(query, vals):
    """(the query without its closing mark, the mark if a question's: it goes after what is added), or None when
    the mark belongs to a value ("Lunch on Friday?")."""
    body = query.rstrip(".!?")
    if len(body) < len(query) and any(isinstance(v, str) and v not in body for v in vals.values()):
        return None
    return body, "?" if query.endswith("?") else ""


# "... for 5, 10 and 15", "... Taylor Swift and Maroon 5 for 20 and 15 minutes respectively": one call per listed
# value (BFCL's parallel requests are mostly of these shapes; session 25's model got 14 of 200, one call too few
# or the list copied into one argument). An argument of array type takes such a list in one call instead.
IN_ORDER = [" respectively", ", respectively", " in that order", ", in that order", " (in that order)"]


def _place(text, surface):
    """Where `surface` stands in `text` as a whole word or number, with its quotes if it has any, when it stands
    there exactly once."""
    spots = list(re.finditer(r"(?<![\w.])" + re.escape(surface) + r"(?![\w]|\.\d)", text))
    if len(spots) != 1:
        return None
    start, end = spots[0].span()
    if 0 < start and end < len(text) and text[start - 1] == text[end] and text[end] in "\"'`":
        return start - 1, end + 1
    return start, end


def _listed_calls(inst, r):
    """A request that lists 2-4 values of one argument where it said one, or, a third of the time, values of two
    arguments paired in order; one call per value, as (query, calls). None when no argument can be listed so."""
    text, lead, tpl, vals, _, _ = _render_inst(inst, r)
    places = {k: _place(text, str(vals[k])) for k in inst.order if k in vals and inst.fam.pmap[k].kind.copy
              and not isinstance(vals[k], (bool, list, dict))}
    keys = [k for k, at in places.items() if at]
    if not keys:
        return None
    keys = r.sample(keys, 2 if len(keys) > 1 and r.random() < 0.33 else 1)
    n = r.choices((2, 3, 4), (6, 3, 1))[0]
    columns = {}
    for key in keys:
        kind = inst.fam.pmap[key].kind
        start, end = places[key]
        first = text[start:end]
        quote = first[0] if first[0] in "\"'`" else ""  # the others quoted as the first is
        seen, surfaces, values = {json.dumps(vals[key])}, [first], [vals[key]]
        while len(values) < n:
            drawn = _new_value(kind, r, seen)
            if drawn is None:
                return None
            surface, value = drawn
            if quote and surface[:1] not in "\"'`":
                surface = quote + surface + quote
            elif not quote and (" and " in surface or ", " in surface):  # the list would read otherwise
                return None
            surfaces.append(surface)
            values.append(value)
        columns[key] = (surfaces, values)
    spans = sorted(((places[k], k) for k in keys), reverse=True)
    if len(spans) == 2 and spans[0][0][0] < spans[1][0][1]:  # one value inside the other
        return None
    for (start, end), key in spans:  # the later one first, so the earlier span stays where it was
        text = text[:start] + join_list(columns[key][0], r) + text[end:]
    query = finish(text, lead, tpl.imperative, r, wrap=False, command=tpl.command)
    calls = [_call(inst, {**vals, **{k: columns[k][1][i] for k in keys}}) for i in range(n)]
    if len(keys) == 2:
        ends = _open_end(query, {k: v for call in calls for k, v in call["arguments"].items()})
        if ends is None:
            return None
        query = ends[0] + r.choice(IN_ORDER) + ends[1]
    return query, calls


def _draws_rich(r, sp) -> bool:
    """Whether a one-call request says all its tool takes (P_RICH, or the run's share); never drawn for the
    held-out split, whose random stream, and so its requests, stay as they were."""
    return sp.name == "train" and r.random() < sp.rich


def _single(r, sp):
    rich = _draws_rich(r, sp)
    f = r.choice(sp.rich_targets if rich else sp.targets)
    inst = instantiate(f, r, full=rich)
    request = _one_call(inst, r, rich)
    catalog = _catalog(r, sp, [inst], f.similar, catalog_size(r, 1), f.domain)
    return {"tools": _tools(catalog), **request}, catalog


def _multi(r, sp):
    if r.random() < 0.4:
        inst = instantiate(r.choice(sp.par_targets), r)
        query, calls = _same_tool_calls(inst, r)
        insts = [inst]
    else:
        m = 2 if r.random() < 0.8 else 3
        fams = [r.choice(sp.targets)]
        blocked = {fams[0].fid} | fams[0].similar
        attempts = 0
        while len(fams) < m and attempts < 50:
            attempts += 1
            same = sp.targets_by_domain.get(fams[-1].domain, ())
            cands = same if r.random() < 0.5 and len(same) > 1 else sp.targets
            for _ in range(20):
                g = r.choice(cands)
                if g.fid not in blocked:
                    break
            else:
                continue
            fams.append(g)
            blocked |= {g.fid} | g.similar
        insts, names = [], set()
        for g in fams:
            for _ in range(5):
                inst = instantiate(g, r)
                if inst.name not in names:
                    break
            names.add(inst.name)
            insts.append(inst)
        if len(names) < len(insts):  # give up on name clashes: keep the unique ones
            uniq, seen_names = [], set()
            for i in insts:
                if i.name not in seen_names:
                    uniq.append(i)
                    seen_names.add(i.name)
            insts = uniq
        parts, calls, used = [], [], set()
        for inst in insts:
            text, lead, _, vals, _, used = _render_inst(inst, r, used)
            parts.append((text, lead))
            calls.append(_call(inst, vals))
        query = join_parts(parts, r) if len(parts) > 1 else finish(parts[0][0], parts[0][1], False, r)
    excluded = set()
    for i in insts:
        excluded |= i.fam.similar
    catalog = _catalog(r, sp, insts, excluded, catalog_size(r, len(insts)), insts[0].fam.domain)
    return {"tools": _tools(catalog), "query": query, "calls": calls}, catalog


def _nocall(r, sp):
    if r.random() < 0.55:
        f = r.choice(sp.absent_sources)
        tpl = r.choice(f.templates)
        text, lead, _, _, _ = render(f, tpl, r, f.all_keys)
        if tpl.command:
            lead = (False, lead[1])
        query = finish(text, lead, tpl.imperative, r, command=tpl.command)
        excluded = {f.fid} | f.similar
        catalog = _catalog(r, sp, [], excluded, catalog_size(r, 1), f.domain, nocall=True, near=0.85)
    else:
        query = chitchat(r)
        if r.random() < 0.4:
            query = _cap(query)
        seed = []
        if sp.name == "heldout":
            seed = [instantiate(r.choice([f for f in sp.targets if not f.catch_all]), r)]
        catalog = _catalog(r, sp, seed, set(), catalog_size(r, 1), nocall=True)
    return {"tools": _tools(catalog), "query": query, "calls": []}, catalog


# What more_requests adds besides one call of another tool (the BFCL-like mistakes of session 7's model: it never
# called one tool twice and seldom said no call, so extras teach both)
P_MORE_CHITCHAT = 0.05
P_MORE_ABSENT = 0.12  # a request for a tool the catalog lacks: no call
P_MORE_SAME_TOOL = 0.2  # two to four calls of one tool
P_MORE_REPEAT = 0.35  # of those, as one request and then other values of one argument (_repeat_calls)
P_MORE_LISTED = 0.35  # or as a list of values where the request said one (_listed_calls)
P_MORE_PAIR = 0.2  # calls of two tools


def more_requests(r, sp, catalog, example, n):
    """Up to n other requests over an example's catalog (Inst list): single calls of its other tools, sometimes
    two of them at once, one of them twice, or none (chit-chat, or a request for a tool the catalog lacks).
    Training puts them after the same catalog (train.encode_example), so one prefill of the catalog teaches several
    answers, and the model learns to tell its tools apart by the request."""
    targeted = {call["name"] for call in example["calls"]}
    fids = {i.fam.fid for i in catalog}
    near = set(fids).union(*(i.fam.similar for i in catalog))
    # not a tool whose near twin is in the catalog too (a catalog's domain siblings can be `similar`)
    free = [i for i in catalog if i.name not in targeted and eligible(i.fam.templates, i.present)
            and not i.fam.similar & fids]
    r.shuffle(free)
    catch_all = any(i.fam.catch_all for i in catalog)  # a catch-all tool (web search) fits chit-chat too
    domains = {i.fam.domain for i in catalog}
    out = []
    while len(out) < n:
        x = r.random()
        if x < P_MORE_CHITCHAT:
            if not catch_all:
                out.append({"query": chitchat(r), "calls": []})
        elif x < P_MORE_CHITCHAT + P_MORE_ABSENT:
            if not catch_all:
                out.append(_absent_request(r, sp, near, domains))
        elif x < P_MORE_CHITCHAT + P_MORE_ABSENT + P_MORE_SAME_TOOL:
            par = [i for i in free if any(p.req and p.kind is not BOOL for p in i.fam.params)]
            if par:
                inst = par[-1]
                free.remove(inst)
                y = r.random()
                shaped = _repeat_calls(inst, r) if y < P_MORE_REPEAT else \
                    _listed_calls(inst, r) if y < P_MORE_REPEAT + P_MORE_LISTED else None
                query, calls = shaped or _same_tool_calls(inst, r)
                out.append({"query": query, "calls": calls})
        elif x < P_MORE_CHITCHAT + P_MORE_ABSENT + P_MORE_SAME_TOOL + P_MORE_PAIR and len(free) >= 2:
            parts, calls, used = [], [], set()
            for inst in (free.pop(), free.pop()):
                text, lead, _, vals, _, used = _render_inst(inst, r, used)
                parts.append((text, lead))
                calls.append(_call(inst, vals))
            out.append({"query": join_parts(parts, r), "calls": calls})
        elif free:
            out.append(_one_call(free.pop(), r, _draws_rich(r, sp)))
        else:
            break
    return out


def _absent_request(r, sp, near, domains):
    """A request for a family none of whose tools (or their near twins) is in the catalog, from one of the
    catalog's domains half the time (the hard case: a tool that sounds right but does something else)."""
    def apart(f):
        return f.fid not in near and not f.similar & near

    close = [f for f in sp.absent_sources if f.domain in domains and apart(f)] if r.random() < 0.5 else []
    for _ in range(20):
        f = r.choice(close or sp.absent_sources)
        if apart(f):
            break
    else:
        return {"query": chitchat(r), "calls": []}
    tpl = r.choice(f.templates)
    text, lead, _, _, _ = render(f, tpl, r, f.all_keys)
    if tpl.command:
        lead = (False, lead[1])
    return {"query": finish(text, lead, tpl.imperative, r, command=tpl.command), "calls": []}


# Schema obscuring (iter_examples' `obscure`, training split only): the model learns the training families' names
# by heart (training loss 0.04 against 0.28 on held-out schemas after session 8), so some catalogs rename tools and
# parameters to names that say nothing. The request then fits a tool only through its description, which is what
# an unseen tool offers most.
P_OBSCURE_TOOL = 0.4  # each described tool of an obscured catalog
P_OBSCURE_PARAM = 0.2  # each described parameter of an obscured catalog
OPAQUE_TOOLS = ("{p}", "{p}_{n}", "tool_{n}", "fn{n}", "action_{l}", "t{n}", "{p}{P}", "op_{l}{n}", "{p}.{l}")
OPAQUE_PARAMS = ("arg{n}", "p{n}", "{l}", "param_{n}", "field{n}", "x{n}", "{l}{n}", "opt_{l}")


def _opaque(r, patterns, taken):
    while True:
        name = r.choice(patterns).format(p=r.choice(PROJECTS), P=r.choice(PROJECTS).title(), n=r.randint(1, 99),
                                         l=r.choice("abcdefghjkmnpqrstuvwxyz"))
        if name not in taken:
            taken.add(name)
            return name


def obscured(example: dict, r: random.Random) -> dict:
    """The example with some of its described tools and parameters renamed to opaque names, in the catalog and
    in every call of it and of its "more" requests (tool dicts are shared between examples: changed ones are
    copies)."""
    tools, renamed, keys = [], {}, {}
    taken = {t["name"] for t in example["tools"]}
    for tool in example["tools"]:
        params, mapping = tool["parameters"], {}
        if "description" in tool:
            taken_params = set(params)
            for key, spec in params.items():
                if "description" in spec and r.random() < P_OBSCURE_PARAM:
                    mapping[key] = _opaque(r, OPAQUE_PARAMS, taken_params)
        name = _opaque(r, OPAQUE_TOOLS, taken) if "description" in tool and r.random() < P_OBSCURE_TOOL \
            else tool["name"]
        if name == tool["name"] and not mapping:
            tools.append(tool)
            continue
        tools.append({**tool, "name": name, "parameters": {mapping.get(k, k): v for k, v in params.items()}})
        renamed[tool["name"]], keys[tool["name"]] = name, mapping

    def calls(cs):
        return [{"name": renamed.get(c["name"], c["name"]),
                 "arguments": {keys.get(c["name"], {}).get(k, k): v for k, v in c["arguments"].items()}} for c in cs]

    out = {**example, "tools": tools, "calls": calls(example["calls"])}
    if "more" in example:
        out["more"] = [{**m, "calls": calls(m["calls"])} for m in example["more"]]
    return out


def iter_examples(n: int, seed: int, split: str = "train", more: int = 0, obscure: float = 0.0,
                  rich: float = P_RICH):
    """Yield n examples; the first k of generate(n) equal generate(k) for the same seed and split. With `more`,
    each also carries up to that many other requests over its catalog ("more": [{"query", "calls"}], see
    more_requests), drawn from a random stream of their own: the examples themselves stay the same. With
    `obscure`, that share of training examples get some opaque tool and parameter names (see obscured()), from a
    stream of their own too; the held-out split is never obscured. `rich`: the share of one-call training requests
    that say all their tool takes (P_RICH)."""
    sp = Split(split, rich)
    r = random.Random(f"needle-corpus:{seed}:{split}")
    extra = random.Random(f"needle-more:{seed}:{split}")
    opaque = random.Random(f"needle-opaque:{seed}")
    for _ in range(n):
        x = r.random()
        make = _nocall if x < P_NOCALL else _multi if x < P_NOCALL + P_MULTI else _single
        example, catalog = make(r, sp)
        if more:
            example["more"] = more_requests(extra, sp, catalog, example, more)
        if obscure and split == "train" and opaque.random() < obscure:
            example = obscured(example, opaque)
        yield example


def generate(n: int, seed: int, split: str = "train", more: int = 0, obscure: float = 0.0,
             rich: float = P_RICH) -> list:
    """n examples as dicts. Distractor tool dicts are shared between examples: treat them as read-only."""
    return list(iter_examples(n, seed, split, more, obscure, rich))


# ================================================================ checks and helpers


def to_tools(example) -> list:
    from ..tools import parse_tool
    return [parse_tool(t) for t in example["tools"]]



def _strings_in(value, schema):
    if schema.get("type") == "string" and "enum" not in schema and isinstance(value, str):
        yield value
    elif schema.get("type") == "array" and isinstance(value, list):
        for v in value:
            yield from _strings_in(v, schema.get("items", {}))


def check(example) -> list:
    """Problems with one example: tools that do not parse, duplicate names, calls to absent tools, arguments that
    fail validation, free-text string arguments not copied verbatim from the query."""
    from ..tools import ToolError, parse_tool, validate_arguments
    problems = []
    query = example.get("query")
    if not isinstance(query, str) or not query.strip():
        problems.append("empty query")
        query = ""
    if not 1 <= len(example.get("tools", [])) <= 40:
        problems.append(f"catalog size {len(example.get('tools', []))}")
    tools = {}
    for raw in example.get("tools", []):
        try:
            t = parse_tool(raw)
        except ToolError as exc:
            problems.append(f"bad tool: {exc}")
            continue
        if t.name in tools:
            problems.append(f"duplicate tool name {t.name}")
        tools[t.name] = t
    for call in example.get("calls", []):
        t = tools.get(call.get("name"))
        if t is None:
            problems.append(f"call to {call.get('name')!r} which is not in the catalog")
            continue
        problems += validate_arguments(t, call.get("arguments"))
        for pname, value in call.get("arguments", {}).items():
            p = t.param(pname)
            if p is None:
                continue
            for s in _strings_in(value, p.schema):
                if s not in query:
                    problems.append(f"{t.name}.{pname}: {s!r} is not in the query")
    return problems


def stats(examples) -> dict:
    n = len(examples)
    nocall = sum(1 for e in examples if not e["calls"])
    multi = sum(1 for e in examples if len(e["calls"]) > 1)
    sizes = [len(e["tools"]) for e in examples]
    buckets = Counter()
    for s in sizes:
        b = "1" if s == 1 else "2-4" if s <= 4 else "5-8" if s <= 8 else "9-16" if s <= 16 else "17-24" if s <= 24 else "25-40"
        buckets[b] += 1
    domains, fams = Counter(), Counter()
    for e in examples:
        for c in e["calls"]:
            fid = family_of(c["name"])
            fams[fid] += 1
            domains[FAMILY_BY_ID[fid].domain if fid else "?"] += 1
    return {
        "examples": n,
        "no_call_pct": round(100 * nocall / max(n, 1), 2),
        "multi_call_pct": round(100 * multi / max(n, 1), 2),
        "calls_per_example": round(sum(len(e["calls"]) for e in examples) / max(n, 1), 3),
        "catalog_mean": round(sum(sizes) / max(n, 1), 2),
        "catalog_min": min(sizes, default=0),
        "catalog_max": max(sizes, default=0),
        "catalog_hist": {k: buckets[k] for k in ("1", "2-4", "5-8", "9-16", "17-24", "25-40")},
        "query_chars_mean": round(sum(len(e["query"]) for e in examples) / max(n, 1), 1),
        "query_words_mean": round(sum(len(e["query"].split()) for e in examples) / max(n, 1), 2),
        "families_used": len(fams),
        "target_domains": dict(domains.most_common()),
    }


def inventory() -> dict:
    """Family counts per domain, in total and held out."""
    build()
    out = {}
    for f in FAMILIES:
        d = out.setdefault(f.domain, {"families": 0, "heldout": 0})
        d["families"] += 1
        d["heldout"] += f.heldout
    return dict(sorted(out.items()))


# ================================================================ CLI


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m needle_cli.training.corpus",
                                 description="Print synthetic (tools, query, calls) examples as JSONL.")
    ap.add_argument("--n", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--split", choices=("train", "heldout"), default="train")
    ap.add_argument("--stats", action="store_true", help="print statistics instead of the examples")
    ap.add_argument("--check", action="store_true", help="self-check every example; exit 1 on a problem")
    ap.add_argument("--inventory", action="store_true", help="print family counts per domain")
    args = ap.parse_args(argv)
    if args.inventory:
        inv = inventory()
        print(json.dumps({"families": sum(d["families"] for d in inv.values()),
                          "heldout": sum(d["heldout"] for d in inv.values()), "domains": inv}, indent=1))
        return 0
    if args.stats or args.check:
        examples = generate(args.n, args.seed, args.split)
        bad = 0
        if args.check:
            for i, e in enumerate(examples):
                for p in check(e):
                    bad += 1
                    if bad <= 20:
                        print(f"example {i}: {p}", file=sys.stderr)
        if args.stats:
            print(json.dumps(stats(examples), indent=1))
        if args.check:
            print(f"checked {len(examples)} examples: {bad} problems", file=sys.stderr)
        return 1 if bad else 0
    out = sys.stdout
    try:
        for e in iter_examples(args.n, args.seed, args.split):
            out.write(json.dumps(e, ensure_ascii=False) + "\n")
        out.flush()
    except BrokenPipeError:  # e.g. piped into head
        sys.stdout = None
    return 0


if __name__ == "__main__":
    sys.exit(main())
