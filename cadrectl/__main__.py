"""Entry point for ``python -m cadrectl``."""

from cadrectl.cli.app import main

main()
