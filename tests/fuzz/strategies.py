"""What the fuzz targets feed on, and how long they run.

``CADRECTL_FUZZ_EXAMPLES`` sets the number of examples of every target (200 by default, so the
normal run stays fast; a bounded fuzz run sets 20,000 or more). Hypothesis shrinks any failure
to a minimal example and prints it.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from tests.conftest import FIXTURES

EXAMPLES = int(os.environ.get("CADRECTL_FUZZ_EXAMPLES", "200"))

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Characters a hostile file or argument is made of: any code point but surrogates (which no
# file decodes to), with the troublemakers drawn far more often than chance would.
_TROUBLE = (
    "\x00\x07\x08\t\n\x0b\x0c\r\x1b\x7f\x85\x9b\xa0\u2028\u2029\u202e\u2066\ufeff\uffff"
    "０１９ＸｘX x٣ 　：，、[]{}()<>!&*#|>'\"%@`\\-?:,.=+~0123456789"
)
trouble_chars = st.sampled_from(_TROUBLE)
any_chars = st.characters(exclude_categories=["Cs"])
hostile_text = st.text(st.one_of(trouble_chars, any_chars), max_size=60)

# YAML, a token at a time: indicators, indentation, flow, tags, anchors and aliases, escapes,
# directives, the scalars the registry's types choke on, and runs that nest deeply or read as
# enormous numbers.
_YAML_TOKENS = [
    "a:", "name:", "birth:", "id_number:", "education:", " b:", "  - ", "- ", "- - - ", "{", "}",
    "[", "]", ", ", ": ", "\n", "\n  ", "\n    ", "\r\n", "\r", "\t", "&x ", "*x", "&a [", "*a",
    "!!str ", "!!binary ", "!!python/object:os.system ", "!x ", "!<tag:x> ", "'", '"', "''",
    '"\\e"', '"\\x1b[31m"', '"\\ud800"', '"\\U0010ffff"', '"\\N"', '"\\0"', '"\\u202e"', "#c",
    "# \x1b\n", "---\n", "...\n", "? ", "|\n", ">-\n", "|2\n", "2025-12-10", "2021.10",
    "2026-02-30", "9999-12-31", "0000-01", "2025-12-10T10:00:00+08:00", "yes", "no", "null",
    "~", ".inf", "-.inf", ".nan", "0x1F", "0o17", "1e400", "-0", "王立新", "\\", "%YAML 1.2\n",
    "%YAML 1.1\n", "%TAG ! tag:x:\n", "<<: ", "<<: *x", "-1", '"330781198804120032"',
    "330781198804120032", "\ufeff", "\x85", "\u2028", "\x00", "\x1b", "\u202e",
]  # fmt: skip
_RUNS = st.builds(
    lambda piece, count: piece * count,
    st.sampled_from(["- ", "[", "{a: ", "  ", "? ", "9", "a", "王"]),
    st.integers(1, 6000),
)
yaml_tokens = st.one_of(st.sampled_from(_YAML_TOKENS), _RUNS, st.text(trouble_chars, max_size=3))
yamlish_text = st.lists(yaml_tokens, max_size=60).map("".join)

# A real cadre file with some of its lines' values replaced: the path through validation.
CADRE_TEXT = (FIXTURES / "registry" / "cadres" / "QX-2023-014.yaml").read_text(encoding="utf-8")
CADRE_LINES = CADRE_TEXT.splitlines(keepends=True)


@st.composite
def mutated_cadre(draw: st.DrawFn) -> str:
    """The fixture cadre with a few lines' values (after their first ``: ``) made hostile."""
    lines = list(CADRE_LINES)
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        head, sep, _ = lines[index].partition(": ")
        value = draw(st.lists(yaml_tokens, min_size=1, max_size=8).map("".join))
        lines[index] = (head + sep if sep else head.rstrip("\n") + ": ") + value + "\n"
    return "".join(lines)
