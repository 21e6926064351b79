"""`needle init SHELL`: the shell integration (needle_cli/shell.py writes it)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ..cli import fail

app = typer.Typer(add_completion=False)


@app.command("init")
def init_command(
    shell: Annotated[str, typer.Argument(metavar="SHELL", help="bash, zsh or fish.")],
) -> None:
    """Print the shell integration for SHELL: the function n, aliases nd and nh, and Alt-n.

    Alt-n replaces the command line with the command needle routes it to, to edit and run with Enter.
    Load it from your shell's startup file: eval "$(needle init bash)" in ~/.bashrc, eval "$(needle init zsh)"
    in ~/.zshrc, needle init fish | source in ~/.config/fish/config.fish.
    """
    from ..shell import SHELLS, snippet

    if shell not in SHELLS:
        fail(f"unknown shell {shell!r} (choose {', '.join(SHELLS)})")
    sys.stdout.write(snippet(shell))
