"""config.yaml: parsing and its errors, and how it feeds the CLI's defaults (CLI option > env > file > default)."""

from __future__ import annotations

from pathlib import Path

import pytest

from needle_cli import cli, config, history

from test_cli import MARK_TOOL, one_error_line, ran

# In-process routing reuses the session's engine, which is closed at the end (not in __del__ at exit).
pytestmark = pytest.mark.usefixtures("engine")


@pytest.fixture
def config_file(isolated):
    """Call with YAML text to write it as the user's config.yaml; returns its path."""
    path = isolated.parent / "config" / "needle" / "config.yaml"

    def write(text: str) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def marks(tools_dir):
    return tools_dir([MARK_TOOL, {**MARK_TOOL, "name": "careful", "confirm": "always"}])


def test_defaults_without_a_file(isolated):
    loaded = config.load()
    assert loaded == config.Config(isolated.parent / "config" / "needle" / "config.yaml")
    assert not loaded.exists and loaded.confirm is True and loaded.history is True
    assert loaded.model is None and loaded.tool_dirs is None and loaded.threads is None


def test_every_key(config_file, monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    path = config_file("# mine\nmodel: ~/m.gguf\ntool_dirs: [tools.d, /opt/tools]\nconfirm: false\nthreads: 3\n"
                       "history: no\nkeep_alive: 2.5\n")
    loaded = config.load()
    assert loaded == config.Config(path, exists=True, model=tmp_path / "home" / "m.gguf",
                                   tool_dirs=(Path("tools.d"), Path("/opt/tools")), confirm=False, threads=3,
                                   history=False, keep_alive=2.5)
    config_file("# nothing set yet\n")
    assert config.load() == config.Config(path, exists=True)
    config_file("model: null\nthreads: ~\n")
    assert config.load() == config.Config(path, exists=True)


@pytest.mark.parametrize("text, fragment", [
    ("threads: 0\n", ":1: threads: must be a whole number of at least 1, got 0"),
    ("model: a.gguf\nthreads: many\n", ":2: threads: must be a whole number of at least 1, got 'many'"),
    ("threads: true\n", "threads: must be a whole number of at least 1, got true"),
    ("confirm: always\n", "confirm: must be true or false, got 'always' (true: tools marked confirm: true ask"),
    ("confirm: 1\n", "confirm: must be true or false, got 1"),
    ("history: maybe\n", "history: must be true or false, got 'maybe'"),
    ("tool_dirs: tools.d\n", "tool_dirs: must be a list of directories, e.g. [tools.d]"),
    ("tool_dirs: []\n", "tool_dirs: must be a non-empty list of directories, got a list"),
    ("tool_dirs: [a, 3]\n", "tool_dirs: must be a directory, got 3"),
    ("model: [a]\n", "model: must be the path of a GGUF file, got a list"),
    ("model: ''\n", "model: must be the path of a GGUF file, got ''"),
    ("\nthread: 2\n", ":2: unknown key 'thread' (did you mean 'threads'? known keys: model, tool_dirs, confirm, "
                      "threads, history, confidence_threshold, max_tools, keep_alive)"),
    ("colour: red\n", "unknown key 'colour' (known keys:"),
    ("- model: a\n", "expected settings as `key: value` lines (model, tool_dirs, confirm, threads, history, "
                     "confidence_threshold, max_tools, keep_alive), got a list"),
    ("max_tools: 0\n", "max_tools: must be a whole number of at least 1, got 0"),
    ("confidence_threshold: 2\n", "confidence_threshold: must be a number from 0 to 1 (a probability), got 2"),
    ("confidence_threshold: high\n", "confidence_threshold: must be a number from 0 to 1 (a probability), got 'high'"),
    ("keep_alive: -5\n", "keep_alive: must be a number of minutes, 0 or more, got -5"),
    ("keep_alive: .inf\n", "keep_alive: must be a number of minutes, 0 or more, got inf"),
    ("keep_alive: soon\n", "keep_alive: must be a number of minutes, 0 or more, got 'soon'"),
    ("just text\n", "got 'just text'"),
    ("model: [\n", ":2: invalid YAML"),
    ("model: 2024-13-45\n", "invalid YAML: month must be in 1..12"),
])
def test_bad_values_are_one_error_line(invoke, config_file, marks, text, fragment):
    path = config_file(text)
    with pytest.raises(config.ConfigError) as error:
        config.load()
    assert str(error.value).startswith(str(path)) and fragment in str(error.value)
    for args in (["tools", "list"], ["--dry-run", "--tool", "mark", "mark it"], ["batch"]):
        result = invoke(*args, "--tools-dir", marks, input="")
        assert result.exit_code == 2, args
        one_error_line(result.stderr, f"{path}")
        assert fragment in result.stderr and result.stdout == ""


def test_unreadable_file(invoke, config_file, marks):
    path = config_file("")
    path.unlink()
    path.mkdir()  # a directory where the file should be
    result = invoke("tools", "list", "--tools-dir", marks)
    assert result.exit_code == 2
    one_error_line(result.stderr, f"{path}: cannot read")


def test_commands_that_need_no_settings_ignore_a_bad_file(invoke, config_file):
    config_file("colour: red\n")
    assert invoke("--help").exit_code == 0
    assert invoke("init", "bash").exit_code == 0
    assert invoke("history").exit_code == 0


def test_model_precedence(invoke, config_file, marks, monkeypatch, tmp_path, tiny_model):
    missing = tmp_path / "from-config.gguf"
    config_file(f"model: {missing}\n")
    # NEEDLE_MODEL (set to the tiny model by the isolated fixture) beats the file
    assert invoke("--tools-dir", marks, "--dry-run", "--tool", "mark", "m").exit_code == 0
    monkeypatch.delenv("NEEDLE_MODEL")
    result = invoke("--tools-dir", marks, "--dry-run", "--tool", "mark", "m")
    assert result.exit_code == 2
    one_error_line(result.stderr, f"model file not found: {missing}")
    assert invoke("--tools-dir", marks, "--model", tiny_model, "--dry-run", "--tool", "mark", "m").exit_code == 0
    assert cli.resolve_model(None, config.load()) == (missing, str(config.load().path))
    monkeypatch.setenv("NEEDLE_MODEL", "~/x.gguf")
    assert cli.resolve_model(None, config.load())[1] == "NEEDLE_MODEL"
    assert cli.resolve_model(tiny_model, config.load()) == (tiny_model, "--model")
    assert cli.resolve_model(None, None) == (Path("~/x.gguf").expanduser(), "NEEDLE_MODEL")
    monkeypatch.delenv("NEEDLE_MODEL")
    assert cli.resolve_model(None, None) == (cli.SHIPPED_MODEL, "the default")


def test_threads_from_the_file(config_file, tiny_model, monkeypatch):
    seen = []
    monkeypatch.setattr(cli, "_cached_engine", lambda path, mtime, threads: seen.append(threads))
    config_file("threads: 3\n")
    cli.load_engine(tiny_model, None, config.load())
    cli.load_engine(tiny_model, 2, config.load())  # the option (or NEEDLE_THREADS, through it) wins
    cli.load_engine(tiny_model, None, None)
    assert seen == [3, 2, None]


def test_tool_dirs_from_the_file(invoke, config_file, tools_dir, isolated):
    tools_dir([{**MARK_TOOL, "name": "relative_one"}], directory=isolated / "mine")
    other = tools_dir([{**MARK_TOOL, "name": "absolute_one"}])
    config_file(f"tool_dirs: [mine, '{other}']\n")
    listing = invoke("tools", "list")
    assert listing.exit_code == 0 and "relative_one" in listing.stdout and "absolute_one" in listing.stdout
    assert invoke("tools", "validate").stdout.strip() == "OK: 2 tools in 2 files"
    assert invoke("--dry-run", "--json", "--tool", "absolute_one", "x").exit_code == 0
    only = invoke("tools", "list", "--tools-dir", other)  # the option replaces the file's dirs
    assert "absolute_one" in only.stdout and "relative_one" not in only.stdout


def test_confirm_false_runs_without_asking_but_not_always_tools(invoke, config_file, marks, isolated, fake_tty):
    config_file("confirm: false\n")
    result = invoke("--tools-dir", marks, "--tool", "mark", "mark it")  # no terminal needed
    assert result.exit_code == 0 and len(ran(isolated)) == 1
    asked = invoke("--tools-dir", marks, "--tool", "mark", "--ask", "mark it")  # --ask beats the file
    assert asked.exit_code == 2 and len(ran(isolated)) == 1
    one_error_line(asked.stderr, "no terminal")
    tty = fake_tty("n\n")
    careful = invoke("--tools-dir", marks, "--tool", "careful", "mark it")
    assert careful.exit_code == 1 and tty.asked == 1 and len(ran(isolated)) == 1
    both = invoke("--tools-dir", marks, "--yes", "--ask", "mark it")
    assert both.exit_code == 2
    one_error_line(both.stderr, "--yes and --ask")


def test_history_false_records_nothing(invoke, config_file, marks, isolated):
    config_file("history: false\n")
    assert invoke("--tools-dir", marks, "--tool", "mark", "--yes", "mark it").exit_code == 0
    assert len(ran(isolated)) == 1 and not history.db_path().exists()


def test_keep_alive_from_the_environment_then_the_file(config_file, monkeypatch):
    config_file("keep_alive: 3\n")
    monkeypatch.delenv("NEEDLE_KEEP_ALIVE")
    assert cli.keep_alive_minutes(config.load()) == 3
    monkeypatch.setenv("NEEDLE_KEEP_ALIVE", "0")
    assert cli.keep_alive_minutes(config.load()) == 0
    config_file("")
    monkeypatch.delenv("NEEDLE_KEEP_ALIVE")
    assert cli.keep_alive_minutes(config.load()) == config.Config.keep_alive == 10
