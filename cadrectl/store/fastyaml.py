"""The fast read path: a safe YAML 1.2 parser in native code, ruamel.yaml's safe loader if absent.

Why: the round-trip loader costs ~14 ms a file; yaml-rs parses the same file in ~0.1 ms
(docs/yaml-reading.md). Both paths must give the same data (tests/store/test_read_paths.py).
"""

from __future__ import annotations

import re
from typing import Any

_yaml_rs: Any
try:
    import yaml_rs as _yaml_rs
except ImportError:  # pragma: no cover - exercised where yaml-rs cannot be installed
    _yaml_rs = None

# An explicit tag (`!x`, `!!str`) or an alias (`*a`) may start wherever a node may start.
_MAYBE_TAG = re.compile(r"(?:^|[\s\[\{,:?-])!", re.MULTILINE)
_MAYBE_ALIAS = re.compile(r"(?:^|[\s\[\{,:?-])\*", re.MULTILINE)


def parser_name() -> str:
    """Which parser reads registry files here, with its version."""
    if _yaml_rs is not None:
        return f"yaml-rs {getattr(_yaml_rs, '__version__', '?')}"
    from ruamel.yaml import __version__ as ruamel_version

    return f"ruamel.yaml {ruamel_version}"


class FastParseFailed(Exception):
    """The fast parser refused the text; the round-trip diagnosis says where and why."""


class TooDeep(FastParseFailed):
    """The text nests deeper than :data:`MAX_NESTING`; ``line`` is where (None: not known)."""

    def __init__(self, line: int | None) -> None:
        super().__init__(line)
        self.line = line


def parse(text: str) -> Any:
    """Parse one YAML document with YAML 1.2 semantics, refusing duplicate keys and aliases.

    Raises :class:`TooDeep` for text nested deeper than :data:`MAX_NESTING`.
    """
    maybe_tag = "!" in text and _MAYBE_TAG.search(text)  # `in` first: it runs at C speed
    if maybe_tag or (_yaml_rs is None and "*" in text and _MAYBE_ALIAS.search(text)):
        # Rare: let the diagnosis (which sees tags and aliases as events) decide.
        raise FastParseFailed
    lines = yaml_lines(text)
    deep = may_nest_deeply(lines)
    if deep:
        _refuse_unparsable_depth(lines)
    # Why: yaml-rs 0.1.6 reads a quoted date ("1985-03-01") as a date, where YAML says it is
    # text; a note or a name that looks like a date would come back as another type. Text
    # holding one is read by the ruamel.yaml loader instead (cadrectl writes dates unquoted).
    if _yaml_rs is not None and not ("-" in text and _QUOTED_DATE.search(text)):
        try:
            data = _yaml_rs.loads(text, alias_limits=_NO_ALIASES)
        except Exception as exc:  # yaml-rs raises YAMLDecodeError, and others on odd input
            raise FastParseFailed from exc
    else:
        data = _safe_load(text)
    if deep and nests_deeper(data, MAX_NESTING):
        raise TooDeep(deep_line(lines))
    return data


_QUOTED_DATE = re.compile(r"""["']\s*[0-9]{1,4}-[0-9]{1,2}-[0-9]{1,2}""")
MAX_NESTING = 100  # a registry file nests about six levels; ruamel.yaml is quadratic in depth

# Why: yaml-rs reads block nesting of any depth (past ~10,000 levels of `- - - x` it took the
# process down, and code recursing over its data fails long before), so text that could nest
# deeply is measured, and text that could crash the parser is refused before it is parsed.
# Block nesting needs indentation or a run of `-`, `?`, `:` indicators at the start of a line:
# where every line starts with fewer than 20 such characters, blocks nest at most 40 levels
# (two a column: a sequence may sit at its key's column); flow nesting is at most the number
# of `{` and twice that of `[` (`[k: [k: x]]`: a pair in a sequence is a mapping without
# braces). Registry files are far inside both bounds (at most 50 for the flow count, in
# registry-example and generated registries), so the common case is one short regex search
# and two counts, all at C speed.
_PREFIX = "[ \t?:-]"
_PREFIX_BOUND = 20
_DEEP_START = re.compile(f"{_PREFIX}{{{_PREFIX_BOUND}}}")
_DEEP_PREFIX = re.compile(f"\n{_PREFIX}{{{_PREFIX_BOUND}}}")
_FLOW_BOUND = MAX_NESTING - 2 * _PREFIX_BOUND
# A line starting with this many indicators and spaces may nest deep enough to crash the
# parser (and is no registry file): refused unparsed.
_CRASH_PREFIX = re.compile(f"^{_PREFIX}{{1000}}", re.MULTILINE)


def yaml_lines(text: str) -> str:
    """``text`` with its line breaks as the parser sees them: YAML breaks lines at CR too.

    Why: the depth checks below look at line starts; a lone CR would hide thousands of levels
    from them on what looks like one line.
    """
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def may_nest_deeply(text: str) -> bool:
    """Whether ``text`` could nest deeper than :data:`MAX_NESTING` (False: it cannot)."""
    if 2 * text.count("[") + text.count("{") > _FLOW_BOUND:
        return True
    return _DEEP_START.match(text) is not None or _DEEP_PREFIX.search(text) is not None


def _refuse_unparsable_depth(text: str) -> None:
    found = _CRASH_PREFIX.search(text)
    if found is not None:
        raise TooDeep(text.count("\n", 0, found.start()) + 1)


def nests_deeper(data: Any, limit: int) -> bool:
    """Whether parsed data holds containers more than ``limit`` deep (the top counts as 1)."""
    stack = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Any = [*node.keys(), *node.values()]
        elif isinstance(node, list | tuple | frozenset):
            children = node
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def deep_line(text: str) -> int | None:
    """The first line where ``text`` seems to nest deeper than :data:`MAX_NESTING`, or None.

    An estimate from the text alone (indentation, leading indicators, brackets outside
    quotes), to point at the place in a file that is too deep.
    """
    columns: list[int] = []  # the indentation of each open block level
    flow = 0
    for number, line in enumerate(text.split("\n"), start=1):
        body = line.lstrip(" ")
        if not body or body.startswith("#"):
            continue
        block = 0
        if flow == 0:
            column = len(line) - len(body)
            while columns and columns[-1] >= column:
                columns.pop()
            columns.append(column)
            rest = body.lstrip("-?: \t")
            block = len(columns) + sum(body[: len(body) - len(rest)].count(m) for m in "-?:")
        change, peak = _brackets(body)
        if block + flow + peak > MAX_NESTING:
            return number
        flow = max(0, flow + change)
    return None


def _brackets(line: str) -> tuple[int, int]:
    """Opening minus closing brackets on a line outside quotes, and the most open at once."""
    depth = peak = 0
    quote = ""
    for char in line:
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char in "[{":
            depth += 1
            peak = max(peak, depth)
        elif char in "]}":
            depth -= 1
    return depth, peak


def _safe_load(text: str) -> Any:
    from ruamel.yaml.error import YAMLError

    from cadrectl.store.yamlfile import load_plain

    try:
        return load_plain(text)
    except (YAMLError, RecursionError, ValueError) as exc:
        raise FastParseFailed from exc


_NO_ALIASES = _yaml_rs.AliasLimits(max_total_replayed_events=0) if _yaml_rs is not None else None
