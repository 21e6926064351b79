"""The user's settings file: platformdirs' user config dir / config.yaml (~/.config/needle/config.yaml on Linux).

    model: ~/models/needle.gguf     # GGUF to use (default: $NEEDLE_MODEL, else the shipped models/needle.gguf)
    tool_dirs: [tools.d, ~/my-tools] # replaces the default dirs (./tools.d and the user config dir's tools.d)
    confirm: true                    # false: tools marked confirm: true run without asking (confirm: always still asks)
    threads: 4                       # CPU threads for the model (default: up to 4)
    history: true                    # false: record nothing in `needle history`
    confidence_threshold: 0.5        # below this probability for its tool, needle shows the alternatives
    max_tools: 16                    # a larger catalog is narrowed to the 8 tools that best match each request
    keep_alive: 10                   # minutes the model stays loaded in the background after a request (0: never)

Every key is optional. Precedence for each value: command-line option > environment variable (NEEDLE_MODEL,
NEEDLE_THREADS, NEEDLE_KEEP_ALIVE) > this file > built-in default. `~` is expanded; a relative path is taken from
the directory needle runs in, as on the command line. An unknown key or a bad value is a ConfigError naming the
file, line and key.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any


KEYS = ("model", "tool_dirs", "confirm", "threads", "history", "confidence_threshold", "max_tools", "keep_alive")


class ConfigError(Exception):
    """A config file that cannot be read or holds an unknown key or a bad value; str() is one line."""


@dataclass(frozen=True)
class Config:
    path: Path  # where it was looked for
    exists: bool = False
    model: Path | None = None
    tool_dirs: tuple[Path, ...] | None = None
    confirm: bool = True  # whether tools with confirm: true ask before running
    threads: int | None = None
    history: bool = True
    confidence_threshold: float = 0.5  # below it, the alternatives are shown and offered
    max_tools: int = 16  # router.MAX_TOOLS: larger catalogs are narrowed per request
    # minutes a background `needle serve` keeps the model loaded after an in-process route (0: none is started).
    # Loading llama.cpp and the model is most of a fresh process's time; ollama keeps models loaded the same way.
    keep_alive: float = 10


def config_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("needle")) / "config.yaml"


def load(path: Path | None = None) -> Config:
    """The settings in `path` (default: config_path()); defaults when the file does not exist."""
    path = path or config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Config(path)
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ConfigError(f"{path}: cannot read: {reason}") from None
    import yaml  # here: without a config file, a call whose tool files are cached never needs it

    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except (yaml.YAMLError, ValueError, RecursionError) as exc:  # ValueError: a date like 2024-13-45
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or (str(exc).splitlines() or ["nested too deeply"])[0]
        raise ConfigError(f"{path}{f':{mark.line + 1}' if mark else ''}: invalid YAML: {problem}") from None
    if data is None:
        return Config(path, exists=True)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected settings as `key: value` lines ({', '.join(KEYS)}), "
                          f"got {_kind(data)}")
    lines = {}
    if isinstance(node, yaml.MappingNode):
        lines = {k.value: k.start_mark.line + 1 for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        where = f"{path}:{lines[key]}" if key in lines else str(path)
        if key not in KEYS:
            close = difflib.get_close_matches(str(key), KEYS, n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            raise ConfigError(f"{where}: unknown key {str(key)!r} ({hint}known keys: {', '.join(KEYS)})")
        try:
            values[key] = _PARSERS[key](value)
        except ValueError as exc:
            raise ConfigError(f"{where}: {key}: {exc}") from None
    return Config(path, exists=True, **{k: v for k, v in values.items() if v is not None})


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return repr(value)


def _path(value: Any, what: str) -> Path:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"must be {what}, got {_kind(value)}")
    return Path(value).expanduser()


def _model(value: Any) -> Path | None:
    return None if value is None else _path(value, "the path of a GGUF file")


def _tool_dirs(value: Any) -> tuple[Path, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        raise ValueError(f"must be a list of directories, e.g. [{value}]")
    if not isinstance(value, list) or not value:
        raise ValueError(f"must be a non-empty list of directories, got {_kind(value)}")
    return tuple(_path(item, "a directory") for item in value)


def _bool(value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise ValueError(f"must be true or false, got {_kind(value)}")


def _confirm(value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise ValueError(f"must be true or false, got {_kind(value)} (true: tools marked confirm: true ask before "
                     "running; tools marked confirm: always ask regardless)")


def _count(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"must be a whole number of at least 1, got {_kind(value)}")
    return value


def _probability(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise ValueError(f"must be a number from 0 to 1 (a probability), got {_kind(value)}")
    return float(value)


def minutes(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < float("inf"):
        raise ValueError(f"must be a number of minutes, 0 or more, got {_kind(value)}")
    return float(value)


_PARSERS = {"model": _model, "tool_dirs": _tool_dirs, "confirm": _confirm, "threads": _count, "history": _bool,
            "confidence_threshold": _probability, "max_tools": _count, "keep_alive": minutes}
