"""``python -m sitroom``: the same command line as ``sitroom``."""

from sitroom.cli import main

main()
