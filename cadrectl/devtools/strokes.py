"""Build cadrectl/data/strokes.bin: total stroke counts of the CJK Unified Ideographs block.

Source: Unicode's Unihan database, property kTotalStrokes (the first value, the mainland
China count), as shipped by Debian's unicode-data package. One byte per code point from
U+4E00 to U+9FFF; 0 where Unihan gives no count.

    python -m cadrectl.devtools.strokes /usr/share/unicode/Unihan_IRGSources.txt.bz2
"""

from __future__ import annotations

import argparse
import bz2
from pathlib import Path

FIRST, LAST = 0x4E00, 0x9FFF
TARGET = Path(__file__).resolve().parent.parent / "data" / "strokes.bin"


def build(source: Path) -> bytes:
    table = bytearray(LAST - FIRST + 1)
    with bz2.open(source, "rt", encoding="utf-8") as lines:
        for line in lines:
            if "\tkTotalStrokes\t" not in line:
                continue
            code, _, value = line.rstrip("\n").split("\t")
            point = int(code[2:], 16)
            if FIRST <= point <= LAST:
                table[point - FIRST] = min(int(value.split()[0]), 255)
    return bytes(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("source", type=Path)
    args = parser.parse_args()
    TARGET.write_bytes(build(args.source))
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
