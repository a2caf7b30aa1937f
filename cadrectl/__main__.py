"""Entry point for ``python -m cadrectl``."""

from cadrectl.cli.entry import main

main()
