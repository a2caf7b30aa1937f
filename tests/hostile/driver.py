"""Run cadrectl commands in this process, one after another, for a parent test that needs a real
process around them (a FIFO that could block a read, a device that never ends).

Usage: ``python driver.py '[["-R", "reg", "list"], …]'``. Prints one JSON line per command as
soon as it finishes (``code``, ``stdout``, ``stderr``), so a parent that times out knows which
command hung.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys

from cadrectl.cli.app import run


def main() -> None:
    for args in json.loads(sys.argv[1]):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = run(args)
        line = {"code": code, "stdout": out.getvalue(), "stderr": err.getvalue()}
        print(json.dumps(line, ensure_ascii=True), flush=True)


if __name__ == "__main__":
    main()
