"""Tool families: the corpus's unit of hand-written knowledge, and the registry of all of them.

A family is one tool concept with name variants, description paraphrases, typed parameters (`P`) and request
templates; `F(...)` registers one. handwritten.py, entities.py, lookups.py and formulas.py hold the families;
corpus.py turns them into examples. About 15% of the families, chosen by a stable hash of the family id, are held
out: training never sees them.

Template mini-language (one request template per line):
    {key}            a slot: a value is drawn for parameter `key`, written into the request and into the call
    {key^}           the same parameter's value for the *second* call of a parallel template
    {key:=value}     sets the argument to a literal (JSON if it parses, else a string) and writes nothing
    [ ... ]          optional group: rendered (and its arguments set) only sometimes, and only when the tool
                     instance declares every parameter inside it
    (a|b|c)          pick one alternative; an empty alternative is allowed; "(x)" with no "|" is literal text
    leading !        marks an imperative request that politeness wrappers ("can you ...?") may wrap
A slot outside any group whose parameter is optional makes the template usable only when the tool declares it.
"""

from __future__ import annotations

import hashlib
import json
import re

from .values import BOOL, kind


class Param:
    __slots__ = ("key", "kind", "req", "names", "camel_names", "descs", "default", "keep")

    def __init__(self, key, kind_, req, names, descs, default, keep):
        self.key, self.kind, self.req, self.names, self.descs, self.default = key, kind_, req, names, descs, default
        self.camel_names = [_camel(n) for n in names]
        self.keep = keep or req


def P(key, kind_="", req=False, alt="", desc="", default=None, keep=False):
    """A parameter: canonical key (used in templates), value kind, required?, alternative names, descriptions.
    `keep`: an optional parameter every instance of the tool declares (never dropped from the schema)."""
    k = kind(kind_ or key)
    descs = [d.strip() for d in desc.split(" | ") if d.strip()] if desc else []
    return Param(key, k, bool(req), [key] + alt.split(), descs, default, bool(keep))


def _parse(s, i, stop):
    seq, buf = [], []

    def flush():
        if buf:
            seq.append((0, "".join(buf)))
            buf.clear()
    while i < len(s):
        c = s[i]
        if c in stop:
            break
        if c == "\\" and i + 1 < len(s):  # a backslash makes the next character literal
            buf.append(s[i + 1])
            i += 2
        elif c == "{":
            j = s.index("}", i)
            body = s[i + 1:j]
            lit = NO_LITERAL
            if ":=" in body:
                body, raw = body.split(":=", 1)
                try:
                    lit = json.loads(raw)
                except ValueError:
                    lit = raw
            second = body.endswith("^")
            flush()
            seq.append((1, body.rstrip("^"), second, lit))
            i = j + 1
        elif c == "[":
            flush()
            sub, i = _parse(s, i + 1, "]")
            if i >= len(s) or s[i] != "]":
                raise ValueError(f"unclosed [ in {s!r}")
            seq.append((3, sub, frozenset(_keys(sub))))
            i += 1
        elif c == "(":
            flush()
            alts = []
            while True:
                sub, i = _parse(s, i + 1, "|)")
                alts.append(sub)
                if i >= len(s):
                    raise ValueError(f"unclosed ( in {s!r}")
                if s[i] == ")":
                    break
            if len(alts) == 1:  # no "|": literal parentheses around the contents
                seq.append((0, "("))
                seq.extend(alts[0])
                seq.append((0, ")"))
            else:
                seq.append((2, alts))
            i += 1
        else:
            buf.append(c)
            i += 1
    flush()
    return seq, i


NO_LITERAL = object()


def _keys(seq):
    out = set()
    for node in seq:
        if node[0] == 1:
            out.add(node[1])
        elif node[0] == 2:
            for alt in node[1]:
                out |= _keys(alt)
        elif node[0] == 3:
            out |= _keys(node[1])
    return out


def _hard_keys(seq):
    """Keys of slots outside optional groups (in any alternative)."""
    out = set()
    for node in seq:
        if node[0] == 1:
            out.add(node[1])
        elif node[0] == 2:
            for alt in node[1]:
                out |= _hard_keys(alt)
    return out


def _sure_keys(seq):
    """Keys set on every rendering."""
    out = set()
    for node in seq:
        if node[0] == 1:
            out.add(node[1])
        elif node[0] == 2:
            out |= set.intersection(*[_sure_keys(a) for a in node[1]])
    return out


def _second_keys(seq):
    out = set()
    for node in seq:
        if node[0] == 1 and node[2]:
            out.add(node[1])
        elif node[0] == 2:
            for alt in node[1]:
                out |= _second_keys(alt)
        elif node[0] == 3:
            out |= _second_keys(node[1])
    return out


CMD_WORDS = set("""git docker kubectl ls du grep tail cat mv cp rm chmod chown useradd usermod pip npm apt brew sudo
systemctl journalctl ffprobe ffmpeg yt-dlp wget curl scp rsync ssh dig nslookup whois nmap netstat ifconfig ip lsof
pgrep pidof killall pkill kill renice sed jq sort wc ln mkdir touch echo unzip gzip tar uname uptime free df crontab
aws terraform gh pg_dump redis pandoc pdftotext uuidgen pbcopy ps head md5sum sha1sum sha256sum sha512sum export
yarn ufw docker-compose db.{collection}.find""".split())


class Template:
    __slots__ = ("text", "seq", "hard", "imperative", "keys", "seconds", "command")

    def __init__(self, text):
        self.text = text
        self.imperative = text.startswith("!")
        body = text[1:] if self.imperative else text
        first = body.split(" ", 1)[0].split("[", 1)[0]
        self.command = (first in CMD_WORDS or first.endswith("sum") and first.startswith("{")
                        or bool(re.match(r"[a-z_]+\(\{", first)))  # gcd({a}, {b}), not how('s| is)
        seq, i = _parse(body, 0, "])|")
        if i != len(body):
            raise ValueError(f"unbalanced template {text!r}")
        self.seq = seq
        self.hard = frozenset(_hard_keys(seq))
        self.keys = frozenset(_keys(seq))
        self.seconds = frozenset(_second_keys(seq))


def _camel(name):
    parts = name.split("_")
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def _name_variants(spec):
    """Weighted name variants: snake_case, camelCase, noun.verb, noun_verb, kebab-case; `=name` is kept as is."""
    out = []
    for base in spec.split():
        if base.startswith("="):
            out += [base[1:]] * 2
            continue
        parts = base.split("_")
        out += [base] * 4
        if len(parts) > 1:
            out += [_camel(base)] * 3
            out.append("_".join(parts[1:]) + "." + parts[0])
            out.append("_".join(parts[1:]) + "_" + parts[0])
            out.append("-".join(parts))
            out.append("".join(p[:1].upper() + p[1:] for p in parts))
    return out


class Family:
    def __init__(self, fid, domain, names, descs, params, tpls, par, similar, catch_all, train_only):
        self.fid, self.domain = fid, domain
        self.names = _name_variants(names)
        self.descs = [d.strip() for d in descs.split(" | ") if d.strip()]
        self.params = params
        self.pmap = {p.key: p for p in params}
        self.templates = [Template(t.strip()) for t in tpls.strip().splitlines() if t.strip()]
        self.par = [Template(t.strip()) for t in par.strip().splitlines() if t.strip()]
        self.similar = set(similar.split())
        self.catch_all = catch_all
        self.all_keys = frozenset(self.pmap)
        self.train_only = train_only  # never held out, never in the held-out split (entities.py's families)
        self.heldout = not train_only and is_heldout(fid)


FAMILIES: list = []
FAMILY_BY_ID: dict = {}


def F(fid, domain, names, descs, params, tpls, par="", similar="", catch_all=False, train_only=False):
    if fid in FAMILY_BY_ID:
        raise ValueError(f"duplicate family id {fid}")
    fam = Family(fid, domain, names, descs, params, tpls, par, similar, catch_all, train_only)
    FAMILIES.append(fam)
    FAMILY_BY_ID[fid] = fam
    return fam


HELDOUT_PERCENT = 15


def is_heldout(fid: str) -> bool:
    """Stable across runs and Python versions (not the salted built-in hash)."""
    return int(hashlib.sha256(("needle-heldout:" + fid).encode()).hexdigest()[:8], 16) % 100 < HELDOUT_PERCENT


# ================================================================ build-time validation

_NAME_TO_FAMILY: dict = {}
_BUILT = []


def _validate_family(f):
    errs = []
    if not f.templates:
        errs.append("no templates")
    if not f.descs:
        errs.append("no descriptions")
    required = {p.key for p in f.params if p.req}
    kept = {p.key for p in f.params if p.keep}
    if not any(t.hard <= kept for t in f.templates):
        errs.append("no template that needs only required parameters")
    for t in f.templates + f.par:
        unknown = t.keys - f.all_keys
        if unknown:
            errs.append(f"template {t.text!r}: unknown slots {sorted(unknown)}")
        missing = required - _sure_keys(t.seq)
        if missing:
            errs.append(f"template {t.text!r}: required {sorted(missing)} not always set")
    for t in f.templates + f.par:
        if _single_alts(t.seq):
            errs.append(f"template {t.text!r}: ( ) with one alternative")
    for t in f.templates:
        if t.seconds:
            errs.append(f"template {t.text!r}: ^ slots belong in par templates")
    for t in f.par:
        if not t.seconds:
            errs.append(f"par template {t.text!r} has no ^ slot")
    for p in f.params:
        if p.kind is BOOL:
            for t in f.templates + f.par:
                for node in _slot_nodes(t.seq):
                    if node[1] == p.key and node[3] is NO_LITERAL:
                        errs.append(f"template {t.text!r}: boolean {p.key} needs a literal")
    for s in f.similar:
        if s not in FAMILY_BY_ID:
            errs.append(f"similar: unknown family {s}")
    return [f"{f.fid}: {e}" for e in errs]


def _single_alts(seq):
    for node in seq:
        if node[0] == 2:
            if len(node[1]) < 2 or any(_single_alts(a) for a in node[1]):
                return True
        elif node[0] == 3 and _single_alts(node[1]):
            return True
    return False


def _slot_nodes(seq):
    for node in seq:
        if node[0] == 1:
            yield node
        elif node[0] == 2:
            for alt in node[1]:
                yield from _slot_nodes(alt)
        elif node[0] == 3:
            yield from _slot_nodes(node[1])


def build():
    if _BUILT:
        return
    if not FAMILIES:  # the modules holding them register on import, and corpus.py imports them all
        raise RuntimeError("no tool families registered: import needle_cli.training.corpus first")
    errs = []
    for f in FAMILIES:
        errs += _validate_family(f)
    if errs:
        raise ValueError("corpus families are inconsistent:\n" + "\n".join(errs))
    for f in FAMILIES:  # make `similar` symmetric
        for s in list(f.similar):
            FAMILY_BY_ID[s].similar.add(f.fid)
    # a tool name belongs to one family only: later families lose clashing variants, generated ones last of all
    for f in sorted(FAMILIES, key=lambda f: f.train_only):
        kept = []
        for name in f.names:
            owner = _NAME_TO_FAMILY.setdefault(name, f.fid)
            if owner == f.fid:
                kept.append((name, "_" not in name and any(c.isupper() for c in name[1:])))
        if not kept:
            raise ValueError(f"{f.fid}: every name variant is taken by another family")
        f.names = kept
    _BUILT.append(True)


def validate_families() -> list:
    errs = []
    for f in FAMILIES:
        errs += _validate_family(f)
    return errs




def family_of(tool_name: str):
    """The family id a generated tool name belongs to (names are unique across families)."""
    build()
    return _NAME_TO_FAMILY.get(tool_name)


def heldout_families() -> list:
    build()
    return sorted(f.fid for f in FAMILIES if f.heldout)
