"""`needle init SHELL`: the snippet a shell's rc file evals to get needle's function, aliases and key binding.

    n REQUEST...    needle route -- "REQUEST": every word is the request, even one that names a needle command
    nd REQUEST...   needle --dry-run REQUEST (show only)
    nh [OPTIONS]    needle history
    Alt-n           replace the command line with the command needle routes it to (`needle --print-command`),
                    left there to edit and run with Enter; the line stays as it was when nothing fits

The widget is a shell function (bash, fish: __needle_line; zsh: the zle widget needle-line), so any other key can
be bound to it. needle itself must be on PATH.
"""

from __future__ import annotations

SHELLS = ("bash", "zsh", "fish")
KEY = "Alt-n"

BASH = r"""# needle shell integration for bash; in ~/.bashrc:  eval "$(needle init bash)"
#   n REQUEST...  route it (show, confirm, run)   nd REQUEST...  dry run   nh  history
#   Alt-n         replace the command line with the command needle routes it to; edit it, Enter runs it
n() { command needle route -- "$*"; }
alias nd='needle --dry-run'
alias nh='needle history'

__needle_line() {
    local request=$READLINE_LINE line
    [[ $request == *[![:space:]]* ]] || return 0
    line=$(command needle --print-command -- "$request" </dev/null) || return 0
    READLINE_LINE=$line
    READLINE_POINT=${#READLINE_LINE}
}

if [[ $- == *i* ]]; then
    bind -m emacs -x '"\en": __needle_line'
    bind -m vi-insert -x '"\en": __needle_line'
fi
"""

ZSH = r"""# needle shell integration for zsh; in ~/.zshrc:  eval "$(needle init zsh)"
#   n REQUEST...  route it (show, confirm, run)   nd REQUEST...  dry run   nh  history
#   Alt-n         replace the command line with the command needle routes it to; edit it, Enter runs it
n() { command needle route -- "$*" }
alias nd='needle --dry-run'
alias nh='needle history'

__needle_line() {
    emulate -L zsh
    local request=$BUFFER line errors
    [[ $request == *[![:space:]]* ]] || return 0
    errors=$(mktemp) || return 0
    if line=$(command needle --print-command -- "$request" </dev/null 2>$errors); then
        BUFFER=$line
        CURSOR=${#BUFFER}
    fi
    [[ -s $errors ]] && zle && zle -M "$(<$errors)"
    command rm -f -- $errors
    return 0
}
zle -N needle-line __needle_line
bindkey -M emacs '\en' needle-line
bindkey -M viins '\en' needle-line
"""

FISH = r"""# needle shell integration for fish; in ~/.config/fish/config.fish:  needle init fish | source
#   n REQUEST...  route it (show, confirm, run)   nd REQUEST...  dry run   nh  history
#   Alt-n         replace the command line with the command needle routes it to; edit it, Enter runs it
function n --description 'needle: route a request, show it, confirm, run'
    command needle route -- "$argv"
end
function nd --wraps needle --description 'needle --dry-run'
    command needle --dry-run $argv
end
function nh --description 'needle history'
    command needle history $argv
end

function __needle_line --description 'needle: replace the command line with the command it routes to'
    set -l request (commandline)
    if string match -qr '\S' -- $request
        set -l line (command needle --print-command -- "$request" </dev/null)
        and commandline -r -- (string join \n -- $line)
        and commandline -f end-of-buffer
    end
    commandline -f repaint
end
bind \en __needle_line
bind -M insert \en __needle_line
"""

SNIPPETS = {"bash": BASH, "zsh": ZSH, "fish": FISH}


def snippet(shell: str) -> str:
    """The text for `shell` (one of SHELLS); KeyError for any other."""
    return SNIPPETS[shell]
