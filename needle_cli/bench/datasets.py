"""The evaluation cases: BFCL v4 categories read from a local copy, and needle's own shell-intent set.

BFCL's data is never shipped with needle; it is read from the directory the user points at. Each BFCL line is
one JSON object; the answers live in possible_answer/ under the same file name (irrelevance has none: no call
is the answer).
"""

from __future__ import annotations

import copy
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..tools import TYPES, Tool, ToolError, load_catalog, parse_tool, validate_value

BFCL_CATEGORIES = ["simple_python", "multiple", "parallel", "parallel_multiple", "irrelevance"]
SHELL = "shell"
HELDOUT = "heldout"
TUNING = "tuning"
FRESH = "fresh"
CATEGORIES = BFCL_CATEGORIES + [SHELL, HELDOUT]  # what the benchmark reports
ALL_CATEGORIES = CATEGORIES + [TUNING, FRESH]
HELDOUT_CASES, HELDOUT_SEED = 200, 2026
# More requests over held-out schemas, from other seeds: the router's weights are chosen on these, never on the
# reported categories, so they are run only when asked for
TUNING_CASES, TUNING_SEEDS = 150, (98, 99)
# and more again, from seeds nothing is chosen on (neither the router's weights nor which checkpoint ships): to
# see whether a choice made on the tuning requests carries over to requests it was not made on
FRESH_CASES, FRESH_SEEDS = 200, (95, 96)
LARGE_CATALOG = 500  # tools in the fast-path issue's large catalog

PACKAGE_DIR = Path(__file__).resolve().parents[1]
REPO_DIR = PACKAGE_DIR.parent
SHELL_INTENTS = Path(__file__).resolve().parent / "data" / "shell_intents.jsonl"
GENERATED_TOOLS = Path(__file__).resolve().parent / "data" / "large_catalog.jsonl"  # large_catalog's
REPO_TOOLS_DIR = REPO_DIR / "tools.d"

# BFCL writes Python type names; needle's tool schema wants JSON Schema ones. `any` has no JSON Schema type a
# grammar can express, so it becomes a string (BFCL's answers for those are strings).
_TYPE_MAP = {"dict": "object", "float": "number", "tuple": "array", "any": "string"}


@dataclass
class Case:
    id: str
    category: str
    query: str
    tools: list[Tool]
    ground_truth: list[dict]


@dataclass
class Dataset:
    cases: list[Case] = field(default_factory=list)
    skipped: dict[str, list[dict]] = field(default_factory=dict)  # category -> [{"id", "reason"}]


def default_bfcl_dir() -> Path:
    """$NEEDLE_BFCL_DIR, else ../shared/bfcl beside the repository, else ../shared/bfcl from here."""
    env = os.environ.get("NEEDLE_BFCL_DIR")
    if env:
        return Path(env).expanduser()
    beside_repo = REPO_DIR.parent / "shared" / "bfcl"
    return beside_repo if beside_repo.is_dir() else Path("..") / "shared" / "bfcl"


def _map_schema(spec: Any) -> Any:
    if not isinstance(spec, dict):
        return spec
    out = dict(spec)
    if isinstance(out.get("type"), str):
        out["type"] = _TYPE_MAP.get(out["type"], out["type"])
        # BFCL often writes defaults as Python text ("false", "None") whatever the type. A default is only a hint
        # to the model, so one that does not fit its type is dropped rather than losing the whole case.
        if out.get("default") is not None and validate_value(out["default"], {"type": TYPES.get(out["type"])}):
            del out["default"]
    if isinstance(out.get("properties"), dict):
        out["properties"] = {k: _map_schema(v) for k, v in out["properties"].items()}
    if "items" in out:
        out["items"] = _map_schema(out["items"])
    return out


def bfcl_tool(function: dict) -> Tool:
    """A needle Tool from one BFCL function definition; ToolError when needle cannot express it."""
    function = copy.deepcopy(function)
    if isinstance(function.get("parameters"), dict):
        function["parameters"] = _map_schema(function["parameters"])
    return parse_tool(function, "bfcl")


def _query(question: Any) -> str:
    """The last user message of the first turn (BFCL questions are turns of chat messages)."""
    turn = question[0] if question and isinstance(question[0], list) else question
    users = [m.get("content", "") for m in turn if isinstance(m, dict) and m.get("role") == "user"]
    return users[-1] if users else ""


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_bfcl(bfcl_dir: Path, category: str, limit: int | None, dataset: Dataset) -> None:
    """Append the first `limit` usable cases of one category; cases whose tools needle cannot parse are skipped."""
    questions = _read_jsonl(bfcl_dir / f"BFCL_v4_{category}.json")
    answers: dict[str, list] = {}
    if category != "irrelevance":
        answers = {a["id"]: a["ground_truth"] for a in _read_jsonl(bfcl_dir / "possible_answer" / f"BFCL_v4_{category}.json")}
    skipped = dataset.skipped.setdefault(category, [])
    taken = 0
    for item in questions:
        if limit is not None and taken >= limit:
            break
        try:
            tools = [bfcl_tool(f) for f in item["function"]]
        except ToolError as exc:
            skipped.append({"id": item["id"], "reason": str(exc)})
            continue
        if category != "irrelevance" and item["id"] not in answers:
            skipped.append({"id": item["id"], "reason": "no possible answer"})
            continue
        dataset.cases.append(Case(item["id"], category, _query(item["question"]), tools, answers.get(item["id"], [])))
        taken += 1


def load_shell(limit: int | None, dataset: Dataset, tools_dir: Path = REPO_TOOLS_DIR,
               path: Path = SHELL_INTENTS) -> None:
    """The shell-intent set, every case routed over all the tools shipped in tools.d (as a user would)."""
    catalog = load_catalog([tools_dir])
    skipped = dataset.skipped.setdefault(SHELL, [])
    skipped += [{"id": str(p.path), "reason": str(p)} for p in catalog.problems]
    rows = _read_jsonl(path)
    for row in rows[:limit] if limit is not None else rows:
        dataset.cases.append(Case(row["id"], SHELL, row["query"], catalog.tools, row["ground_truth"]))


def load_heldout(limit: int | None, dataset: Dataset, category: str = HELDOUT) -> None:
    """Requests over the corpus's held-out tool families: schemas the project's model never saw in training
    (`category` heldout, or tuning or fresh: other requests over them, from other seeds)."""
    from ..training import corpus

    if category == HELDOUT:
        seeds = [(HELDOUT_SEED, HELDOUT_CASES, "")]
    else:
        count, numbers = (TUNING_CASES, TUNING_SEEDS) if category == TUNING else (FRESH_CASES, FRESH_SEEDS)
        seeds = [(seed, count, f"{seed}_") for seed in numbers]
    cases = []
    for seed, count, tag in seeds:
        for i, example in enumerate(corpus.generate(count, seed=seed, split="heldout")):
            truth = [{c["name"]: {k: [v] for k, v in c["arguments"].items()}} for c in example["calls"]]
            cases.append(Case(f"{category}_{tag}{i}", category, example["query"], corpus.to_tools(example), truth))
    dataset.cases += cases[:limit]


def load_cases(categories: list[str], bfcl_dir: Path | None, limit: int | None) -> Dataset:
    dataset = Dataset()
    for category in categories:
        if category == SHELL:
            load_shell(limit, dataset)
        elif category in (HELDOUT, TUNING, FRESH):
            load_heldout(limit, dataset, category)
        else:
            load_bfcl(bfcl_dir, category, limit, dataset)
    return dataset


def large_catalog(size: int = LARGE_CATALOG) -> tuple[list[Tool], list[dict]]:
    """The fast-path issue's large catalog: tools.d's tools, and generated tools (as YAML-ready dicts) up to `size`
    in all, from GENERATED_TOOLS: a fixed file, so that the benchmark does not change when the training corpus
    does. It holds the distinct tools of the corpus's first 4,000 training examples (seed 5) as session 21's corpus
    generated them (commit 8eaab25, `corpus.generate(4000, seed=5, split="train")`, first come, tools.d's names
    left out)."""
    shipped = load_catalog([REPO_TOOLS_DIR]).tools
    names = {t.name for t in shipped}
    generated = []
    for tool in _read_jsonl(GENERATED_TOOLS):
        if len(names) < size and tool["name"] not in names:
            names.add(tool["name"])
            generated.append(tool)
    return shipped, generated


def write_large_catalog(directory: Path, size: int = LARGE_CATALOG, generated: list[dict] | None = None) -> Path:
    """The large catalog as a tools dir: tools.d's files, and the generated tools (large_catalog's, unless given)
    in one more file."""
    import shutil

    import yaml

    directory.mkdir(parents=True, exist_ok=True)
    for path in sorted(REPO_TOOLS_DIR.glob("*.yaml")):
        shutil.copy(path, directory / path.name)
    if generated is None:
        _, generated = large_catalog(size)
    (directory / "zz-generated.yaml").write_text(yaml.safe_dump(generated, sort_keys=False), encoding="utf-8")
    return directory
