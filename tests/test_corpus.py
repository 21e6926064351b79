"""The synthetic training corpus: determinism, self-consistency, mix of example kinds, and the held-out split."""

import hashlib
import json
import random
from collections import Counter

import pytest

from needle_cli.training import corpus, families
from needle_cli.tools import validate_arguments


@pytest.fixture(scope="module")
def train():
    return corpus.generate(4000, seed=1, split="train")


@pytest.fixture(scope="module")
def heldout():
    return corpus.generate(2500, seed=2, split="heldout")


def test_families_are_consistent_and_plentiful():
    assert families.validate_families() == []
    inv = corpus.inventory()
    assert sum(d["families"] for d in inv.values()) >= 250
    assert len(inv) >= 25


def test_same_seed_same_output_and_prefix_stable():
    a = corpus.generate(300, seed=7)
    assert a == corpus.generate(300, seed=7)
    assert json.dumps(a) == json.dumps(corpus.generate(300, seed=7))
    assert corpus.generate(120, seed=7) == a[:120]
    assert a != corpus.generate(300, seed=8)
    assert corpus.generate(50, seed=7, split="heldout") != a[:50]


def test_example_shape(train):
    for e in train[:500]:
        assert set(e) == {"tools", "query", "calls"}
        assert isinstance(e["query"], str) and e["query"].strip()
        for t in e["tools"]:
            assert set(t) <= {"name", "description", "parameters"}
            for spec in t["parameters"].values():
                assert set(spec) <= {"type", "description", "required", "enum", "items", "default"}
        for c in e["calls"]:
            assert set(c) == {"name", "arguments"}


def test_more_requests_over_the_same_catalog():
    """Training's extra requests per catalog leave the examples as they are, pass the same checks, call tools of
    that catalog (each other than the example's own, none with a near twin there), and include multi-call requests
    (some calling one tool several times, with different arguments) and no-call ones."""
    plain, packed = corpus.generate(600, seed=3), corpus.generate(600, seed=3, more=5)
    assert [{k: v for k, v in e.items() if k != "more"} for e in packed] == plain
    assert packed == corpus.generate(600, seed=3, more=5)
    kinds = Counter()
    for e in packed:
        assert len(e["more"]) <= 5
        own = {c["name"] for c in e["calls"]}
        in_catalog = {families.family_of(t["name"]) for t in e["tools"]}
        for request in e["more"]:
            assert corpus.check({"tools": e["tools"], **request}) == [], (e, request)
            assert not own & {c["name"] for c in request["calls"]}
            for call in request["calls"]:  # no near twin of the called tool in the catalog
                assert not families.FAMILY_BY_ID[families.family_of(call["name"])].similar & in_catalog
            kinds[len(request["calls"])] += 1
            names = [c["name"] for c in request["calls"]]
            if len(names) > 1 and len(set(names)) == 1:
                kinds["same tool"] += 1
                arguments = [json.dumps(c["arguments"], sort_keys=True) for c in request["calls"]]
                assert len(set(arguments)) == len(arguments), request
                first, *others = [c["arguments"] for c in request["calls"]]
                varied = {k for other in others for k in first if other.get(k) != first[k]}
                if len(varied) == 1 and all(set(other) == set(first) for other in others):
                    kinds["one argument varies"] += 1  # "..., and the same for B" (corpus._repeat_calls) among them
    assert kinds[1] > kinds[2] > kinds["same tool"] > kinds["one argument varies"] > 0.3 * kinds["same tool"]
    assert kinds[0] > 0.1 * sum(kinds[n] for n in (0, 1, 2, 3))
    assert sum(kinds.values()) > 3 * len(packed)


def test_listed_values_become_one_call_each():
    """"... for 5, 10 and 15" is a call per value, and "... A and B for 20 and 15 minutes respectively" pairs the two
    lists in order: the calls differ only in the listed arguments, whose values stand in the request in the calls'
    order."""
    r = random.Random(5)
    made = paired = 0
    for family in families.FAMILIES:
        inst = corpus.instantiate(family, r)
        listed = corpus._listed_calls(inst, r)
        if listed is None:
            continue
        query, calls = listed
        assert corpus.check({"tools": [inst.tool], "query": query, "calls": calls}) == [], listed
        assert 2 <= len(calls) <= 4 and len({c["name"] for c in calls}) == 1
        first = calls[0]["arguments"]
        varied = {k for c in calls for k in first if c["arguments"][k] != first[k]}
        assert 1 <= len(varied) <= 2 and all(c["arguments"].keys() == first.keys() for c in calls), listed
        for key in varied:  # each value after the one before it
            where = -1
            for c in calls:
                where = query.find(str(c["arguments"][key]), where + 1)
                assert where != -1, (key, listed)
        made += 1
        if len(varied) == 2:
            paired += 1
            assert any(phrase in query for phrase in corpus.IN_ORDER), listed
    assert made > 150 and paired > 30


def test_obscured_catalogs_rename_consistently():
    """Obscuring renames some described tools and parameters in the catalog and in every call of it (the example's
    and its extra requests'), leaves everything else and the held-out split as they are, and is off by default."""
    plain, packed = corpus.generate(400, seed=4, more=3), corpus.generate(400, seed=4, more=3, obscure=0.3)
    assert corpus.generate(400, seed=4, more=3, obscure=0.0) == plain
    assert corpus.generate(80, seed=4, split="heldout", obscure=0.3) == corpus.generate(80, seed=4, split="heldout")
    tools_renamed = params_renamed = 0
    for before, after in zip(plain, packed):
        assert [before["query"]] + [m["query"] for m in before["more"]] == \
            [after["query"]] + [m["query"] for m in after["more"]]
        assert len(before["tools"]) == len(after["tools"])
        rename, keys = {}, {}
        for old, new in zip(before["tools"], after["tools"]):
            assert old.get("description") == new.get("description")
            assert list(old["parameters"].values()) == list(new["parameters"].values())
            if old["name"] != new["name"] or list(old["parameters"]) != list(new["parameters"]):
                assert "description" in old  # only a described tool says what it does without its name
            tools_renamed += old["name"] != new["name"]
            rename[old["name"]] = new["name"]
            keys[old["name"]] = dict(zip(old["parameters"], new["parameters"]))
            params_renamed += sum(a != b for a, b in keys[old["name"]].items())
        for request_before, request_after in zip([before] + before["more"], [after] + after["more"]):
            assert corpus.check({"tools": after["tools"], **request_after}) == []
            assert request_after["calls"] == [
                {"name": rename[c["name"]], "arguments": {keys[c["name"]][k]: v for k, v in c["arguments"].items()}}
                for c in request_before["calls"]]
    changed = sum(a != b for a, b in zip(plain, packed))
    assert 0.15 * len(plain) < changed < 0.35 * len(plain)
    assert tools_renamed > 100 and params_renamed > 50


def test_generated_record_families_are_for_training_only(train, heldout):
    """entities.py's families (six verbs over many kinds of record) are trained on and never held out or shown in
    the held-out split; a training catalog often holds several verbs of one record, so the request's verb decides."""
    generated = {f.fid for f in families.FAMILIES if f.train_only}
    assert len(generated) >= 100 and not any(families.FAMILY_BY_ID[fid].heldout for fid in generated)

    def generated_in(e):
        return {families.family_of(t["name"]) for t in e["tools"]} & generated

    assert not any(generated_in(e) for e in heldout)
    assert sum(bool(generated_in(e)) for e in train) > len(train) // 10
    assert sum(len({fid.split(".")[0] for fid in generated_in(e)}) < len(generated_in(e)) for e in train) > 50


def test_generated_lookup_families_name_their_attribute_and_share_no_name(train):
    """lookups.py's families (one tool per attribute of a kind of thing) are training families whose names no other
    family uses, and a catalog often holds several attributes of one thing, so the attribute asked decides."""
    from needle_cli.training import lookups

    fids = {f"{thing}.{attr[0]}" for thing, (*_, attrs) in lookups.SUBJECTS.items() for attr in attrs}
    assert len(fids) >= 60 and all(families.FAMILY_BY_ID[fid].train_only for fid in fids)
    names = {fid: set(families.FAMILY_BY_ID[fid].names) for fid in fids}
    for family in families.FAMILIES:
        if family.fid not in fids:
            assert not any(set(family.names) & n for n in names.values()), family.fid
    siblings = [{t["name"] for t in e["tools"] if families.family_of(t["name"]) in fids} for e in train]
    assert sum(len(s) >= 2 for s in siblings) > 50


def test_formula_families_take_several_numbers_in_one_call(train):
    """formulas.py's families are training families whose requests state two to four numbers for one call, each
    number going to the parameter its words name; a percentage is 5 for a parameter in percent, 0.05 for a decimal."""
    from needle_cli.training import formulas

    fids = {f"formula.{row[0]}" for row in formulas.FORMULAS}
    assert len(fids) >= 40 and all(families.FAMILY_BY_ID[fid].train_only for fid in fids)

    def numbers(call):
        return [v for v in call["arguments"].values() if isinstance(v, (int, float)) and not isinstance(v, bool)]

    single = [e for e in train if len(e["calls"]) == 1 and families.family_of(e["calls"][0]["name"]) in fids]
    assert sum(len(numbers(e["calls"][0])) >= 2 for e in single) > 100
    rates = [(e["query"], v) for e in train for c in e["calls"] if families.family_of(c["name"]) in fids
             for k, v in c["arguments"].items() if k in ("rate_decimal", "decimal_rate", "rateDecimal", "decimalRate")]
    assert len(rates) > 5
    assert all(0 < v < 1 and f"{round(v * 100, 4):g}" in q for q, v in rates)


def test_rich_requests_fill_calls_with_several_arguments(train, heldout):
    """corpus.P_RICH: a share of the training split's one-call requests say all their tool takes, so calls with
    three or more arguments are common in training; the held-out split is drawn as before, without them."""

    def share_of_rich_calls(examples):
        calls = [c for e in examples for c in e["calls"]]
        return sum(len(c["arguments"]) >= 3 for c in calls) / len(calls)

    assert share_of_rich_calls(train) > 0.2
    assert share_of_rich_calls(heldout) < 0.15


def test_a_runs_rich_share_sets_how_often_optional_arguments_are_stated():
    """TrainConfig.rich: fewer rich requests, fewer optional arguments in the answers (the held-out families' own
    requests state about a third of theirs); the held-out split never draws it."""

    def optional_share(examples):
        present = total = 0
        for e in examples:
            tools = {t["name"]: t for t in e["tools"]}
            for c in e["calls"]:
                optional = [p for p, spec in tools[c["name"]]["parameters"].items() if not spec.get("required")]
                total += len(optional)
                present += sum(p in c["arguments"] for p in optional)
        return present / total

    shares = [optional_share(corpus.generate(800, seed=11, rich=rich)) for rich in (0.0, corpus.P_RICH, 1.0)]
    assert shares[0] + 0.1 < shares[1] < shares[2] - 0.1
    assert corpus.generate(200, seed=11, split="heldout", rich=0.0) == corpus.generate(200, seed=11, split="heldout")


@pytest.mark.parametrize("split", ["train", "heldout"])
def test_self_check(split, train, heldout):
    examples = train if split == "train" else heldout
    for i, e in enumerate(examples):
        assert corpus.check(e) == [], (i, e)
        tools = {t.name: t for t in corpus.to_tools(e)}
        assert len(tools) == len(e["tools"])
        for c in e["calls"]:
            assert validate_arguments(tools[c["name"]], c["arguments"]) == []


@pytest.mark.parametrize("split", ["train", "heldout"])
def test_mix_of_example_kinds(split, train, heldout):
    s = corpus.stats(train if split == "train" else heldout)
    # around corpus.P_NOCALL (15%) and P_MULTI (20%), with sampling noise
    assert 11.5 <= s["no_call_pct"] <= 18.5
    assert 16.0 <= s["multi_call_pct"] <= 24.0
    calls = Counter(len(e["calls"]) for e in (train if split == "train" else heldout))
    assert calls[3] > 0  # some three-call requests


def test_catalog_sizes(train):
    sizes = [len(e["tools"]) for e in train]
    assert min(sizes) >= 1 and max(sizes) <= 40
    assert max(sizes) > 25
    small = sum(2 <= s <= 8 for s in sizes) / len(sizes)
    assert 0.35 < small < 0.5
    assert 0.3 < sum(9 <= s <= 18 for s in sizes) / len(sizes) < 0.45  # the size the CLI narrows to
    assert sum(s == 1 for s in sizes) > 0


def test_heldout_split_is_stable_and_disjoint(train, heldout):
    held = set(families.heldout_families())
    fams = families.FAMILY_BY_ID
    assert 0.10 <= len(held) / sum(not f.train_only for f in fams.values()) <= 0.20  # (generated ones never are)
    assert len({fams[f].domain for f in held}) >= 8
    for fid in fams:  # a stable hash of the id, not Python's salted hash()
        h = int(hashlib.sha256(("needle-heldout:" + fid).encode()).hexdigest()[:8], 16) % 100
        assert families.is_heldout(fid) == (h < families.HELDOUT_PERCENT)
    for e in train:
        for t in e["tools"]:
            fid = families.family_of(t["name"])
            assert fid is not None and fid not in held, (t["name"], fid)
    targets = set()
    for e in heldout:
        for c in e["calls"]:
            fid = families.family_of(c["name"])
            assert fid in held, (c["name"], fid)
            targets.add(fid)
    assert len(targets) > len(held) * 0.8


def test_parallel_and_mixed_multi_calls(train):
    same = mixed = 0
    for e in train:
        names = [c["name"] for c in e["calls"]]
        if len(names) > 1:
            if len(set(names)) == 1:
                same += 1
                assert len({json.dumps(c["arguments"], sort_keys=True) for c in e["calls"]}) > 1
            else:
                mixed += 1
    assert same > 50 and mixed > 100


@pytest.mark.parametrize("split", ["train", "heldout"])
def test_optional_arguments_only_when_stated(split, train, heldout):
    # optional parameters are sometimes left out: a call never carries more arguments than the request states,
    # so across many single calls of one family the optional arguments are present only part of the time (more
    # often in training, whose rich requests, corpus.P_RICH, state all they can)
    present, total = Counter(), Counter()
    for e in train if split == "train" else heldout:
        if len(e["calls"]) != 1:
            continue
        c = e["calls"][0]
        tool = next(t for t in e["tools"] if t["name"] == c["name"])
        for pname, spec in tool["parameters"].items():
            if not spec.get("required"):
                total[pname] += 1
                present[pname] += pname in c["arguments"]
    assert sum(total.values()) > 1000
    assert sum(present.values()) < (0.75 if split == "train" else 0.6) * sum(total.values())


def test_cli_jsonl_and_stats(capsys):
    assert corpus.main(["--n", "5", "--seed", "0", "--split", "train"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 5
    assert [json.loads(x) for x in lines] == corpus.generate(5, 0)
    assert corpus.main(["--n", "300", "--seed", "0", "--stats"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["examples"] == 300 and "catalog_hist" in stats and "target_domains" in stats
