"""needle's commands other than routing (`route`, `batch`: needle_cli/cli.py), one module each, imported only when
used or listed in --help (cli.LAZY_COMMANDS), so that routing a request builds only its own command."""
