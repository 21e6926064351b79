"""`python -m needle_cli` is the `needle` command."""

from .cli import main

if __name__ == "__main__":
    main()
