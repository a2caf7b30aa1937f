"""The console entry point, ``cadrectl`` as installed: the command line imported, then run.

Ctrl-C while the command line is still being imported (Typer, rich: a tenth of a second on a
slow disk) ends as Ctrl-C during a command does, with 已中断 and exit 130, never a traceback.
"""

from __future__ import annotations

import sys

EXIT_INTERRUPTED = 130


def main() -> None:
    try:
        from cadrectl.cli.app import main as run
    except KeyboardInterrupt:
        sys.exit(_interrupted())
    run()


def _interrupted() -> int:
    try:
        from cadrectl.core.messages import t

        text = t("cli.error.interrupted")
    except (KeyboardInterrupt, Exception):  # interrupted again, or the catalog half-imported
        text = "已中断 (interrupted)"
    sys.stderr.write(text + "\n")
    return EXIT_INTERRUPTED
