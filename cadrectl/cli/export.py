"""``cadrectl export …``: the Excel workbooks that go upward (one module per kind beside this)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cadrectl.messages import t

OutputOption = Annotated[Path, typer.Option("--output", "-o", help=t("cli.opt.output"))]
MaskIdOption = Annotated[bool, typer.Option("--mask-id", help=t("cli.opt.mask-id"))]
