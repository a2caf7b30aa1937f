"""Deterministic synthetic registries (后备干部库) for the example, tests and benchmarks.

The same arguments give byte-identical files; only the standard library is used. The example
registry is regenerated (its schemas/ folder is left alone) with::

    python -m cadrectl.devtools.generate registry-example --cadres 130 --seed 2026 --force

Every person is invented: ID numbers are random with valid check digits, so any match with a
real person's number is a coincidence.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections.abc import Sequence
from pathlib import Path

from cadrectl.devtools.cadres import World, draft_cadre
from cadrectl.devtools.people import People
from cadrectl.devtools.pool import appoint_mentors, plan_pool
from cadrectl.devtools.render import assign_ids, render_cadre, render_config
from cadrectl.devtools.units import build_county, render_unit

DEFAULT_TODAY = dt.date(2026, 11, 1)


def _write(path: Path, text: str) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def _prepare(root: Path, *, overwrite: bool) -> None:
    """Create the folders; refuse (or, with ``overwrite``, clear) generated files already there."""
    existing = [root / "cadrectl.yaml", *root.glob("units/*.yaml"), *root.glob("cadres/*.yaml")]
    existing = [path for path in existing if path.exists()]
    if existing and not overwrite:
        raise FileExistsError(f"{root} already holds a registry ({existing[0]})")
    for path in existing:
        path.unlink()
    for folder in ("units", "cadres", "cycles"):
        (root / folder).mkdir(parents=True, exist_ok=True)


def generate_registry(
    root: Path,
    cadres: int,
    *,
    seed: int = 2026,
    today: dt.date = DEFAULT_TODAY,
    region: str = "青溪县",
    prefix: str = "QX",
    overwrite: bool = False,
) -> None:
    """Write a registry of ``cadres`` invented reserve cadres: same arguments, same bytes."""
    if cadres < 1:
        raise ValueError("cadres must be at least 1")
    rng = random.Random(seed)
    county = build_county(rng, cadres, region, prefix)
    book = People(rng)
    mentors = appoint_mentors(rng, county, book)
    plans = plan_pool(rng, cadres, county)
    world = World(rng, county, book, mentors, today, region)
    drafts = [draft_cadre(world, plan) for plan in plans]
    ids, digits = assign_ids(drafts, prefix)
    _prepare(root, overwrite=overwrite)
    _write(root / "cadrectl.yaml", render_config(region, prefix, digits))
    for unit in county.units:
        _write(root / "units" / f"{unit.id}.yaml", render_unit(unit))
    for draft, cadre_id in zip(drafts, ids, strict=True):
        _write(root / "cadres" / f"{cadre_id}.yaml", render_cadre(draft, cadre_id))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m cadrectl.devtools.generate",
        description="Write a synthetic reserve-cadre registry (same arguments, same bytes).",
    )
    parser.add_argument("path", type=Path, help="registry folder to write")
    parser.add_argument("--cadres", type=int, default=130, help="number of cadres (default 130)")
    parser.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    parser.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        default=DEFAULT_TODAY,
        help="the date records run up to (default 2026-11-01)",
    )
    parser.add_argument("--region", default="青溪县", help="county name (default 青溪县)")
    parser.add_argument("--prefix", default="QX", help="cadre id prefix (default QX)")
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace cadrectl.yaml, units/*.yaml and cadres/*.yaml already there",
    )
    args = parser.parse_args(argv)
    try:
        generate_registry(
            args.path,
            args.cadres,
            seed=args.seed,
            today=args.today,
            region=args.region,
            prefix=args.prefix,
            overwrite=args.force,
        )
    except (FileExistsError, ValueError) as exc:
        print(f"error: {exc} (use --force to replace)", file=sys.stderr)
        return 1
    print(f"wrote {args.cadres} cadres to {args.path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
