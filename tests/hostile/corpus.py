"""The hostile corpus: what one file (or folder entry) of a registry can do to cadrectl.

Each case is built on a copy of the fixture registry and says what ``check`` must report (its
exit code and the problem codes), and how every reading command must take it: never exit 3,
never a traceback, and never a silent omission. A file that cannot be read (``refused``) makes
every reading command exit 1 naming it, and ``--skip-broken`` go on, naming it on stderr; a file
that reads but breaks a rule (``reported``) is read, and shown, like any other; a broken
cadrectl.yaml (``config_refused``) stops every command, skipping or not.

tests/fixtures/bad/ holds 50 one-problem cadre files checked by tests/cli/; the cases here are
other variants (other fields, other files, other forms of the same trick).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.hostile.builders import (
    BASE_FILE,
    BASE_ID,
    BASE_ID_NUMBER,
    BASE_UNIT_FILE,
    CONFIG,
    CYCLE_FOLDER,
    UNIT_FILE,
    UNIT_TEXT,
    VICTIM_FILE,
    VICTIM_ID,
    VICTIM_ID_NUMBER,
    Builder,
    append,
    as_file,
    block_sequence,
    cadre,
    cadre_bytes,
    config,
    cycle,
    drop,
    every,
    fifo,
    folder,
    id_number,
    indented_mappings,
    line,
    link,
    moved_out_and_linked,
    outside,
    padding,
    remove,
    replace_all,
    secret_file,
    sub,
    unit,
    unix_socket,
    write,
)

SECRET = "hunter2-outside-the-registry"
MIB = 1024 * 1024


@dataclass(frozen=True)
class Case:
    group: str
    name: str
    build: Builder
    codes: tuple[str, ...]  # each reported by `check --format json` (in `file`, unless None)
    exit: int = 1  # the exit code of `check`
    file: str | None = VICTIM_FILE
    broken: tuple[str, ...] = ()  # entries every reading command refuses to go on without
    config_broken: bool = False  # cadrectl.yaml is unusable: every command stops
    no_registry: bool = False  # cadrectl.yaml is not a file: there is no registry at all
    listed: tuple[str, ...] = (BASE_ID,)  # ids every reading command that runs must include
    isolated: bool = False  # run in a child process under a timeout (a FIFO, a device)
    located: bool = False  # each expected problem carries a line number
    secret: str | None = None  # text that no command may print
    literal: tuple[str, str] | None = None  # (command, text) it must print exactly as written

    @property
    def id(self) -> str:
        return f"{self.group}:{self.name}"

    def survivors(self) -> tuple[str, ...]:
        """The listed ids whose files are not under a broken entry (what --skip-broken shows)."""
        return tuple(cadre for cadre in self.listed if not self.refuses(f"cadres/{cadre}.yaml"))

    def refuses(self, file: str) -> bool:
        """Whether ``file`` is a broken entry or lies under one."""
        return any(file == entry or file.startswith(f"{entry}/") for entry in self.broken)


def refused(
    group: str, name: str, build: Builder, *codes: str, file: str = VICTIM_FILE, **options: Any
) -> Case:
    """``file`` cannot be read: check exits 1, reading commands refuse unless skipping."""
    return Case(group, name, build, codes, file=file, broken=(file,), **options)


def reported(group: str, name: str, build: Builder, *codes: str, **options: Any) -> Case:
    """The victim cadre reads, with errors: check exits 1; every reading command shows it."""
    values: dict[str, Any] = {"listed": (BASE_ID, VICTIM_ID), **options}
    return Case(group, name, build, codes, **values)


def accepted(group: str, name: str, build: Builder, *codes: str, **options: Any) -> Case:
    """Nothing wrong, or warnings only (``codes``): check exits 0; the victim is shown."""
    values: dict[str, Any] = {"listed": (BASE_ID, VICTIM_ID), **options}
    return Case(group, name, build, codes, exit=0, **values)


def config_refused(name: str, build: Builder, *codes: str, **options: Any) -> Case:
    return Case("config", name, build, codes, file=CONFIG, config_broken=True, **options)


def unsafe(name: str, char: str, where: str = "name") -> Case:
    """A control or bidi character written as it is in a cadre's value."""
    value = {"name": "王立新", "health": "健康", "native_place": "浙江兰溪"}[where]
    build = cadre(line(where, value[:1] + char + value[1:]))
    return reported("control", name, build, "control-character", located=True)


def escaped(name: str, escape: str, key: str = "name") -> Case:
    """A control or bidi character made by a YAML escape in a double-quoted value."""
    build = cadre(line(key, f'"王{escape}立新"'))
    return reported("control", name, build, "control-character", located=True)


def _deep_in_plan(text: str) -> Builder:
    return cadre(sub("  plan: 拟安排到重点工程指挥部跟岗锻炼一年", f"  plan:\n{text}"))


def _outside_secret(root: Path) -> Path:
    return outside(root, "outside.yaml")


_SECRET_CADRE = f"schema_version: 1\nid: {VICTIM_ID}\nname: {SECRET}\n"

# ---- symlinks: never followed, never echoed ---------------------------------------------------

LINKS = [
    refused(
        "links", "cadres-folder-is-a-link", moved_out_and_linked("cadres"), "symlink",
        file="cadres", listed=(BASE_ID,),
    ),
    Case(  # the base cadre's unit is then unknown too: file=None
        "links", "units-folder-is-a-link", moved_out_and_linked("units"), ("symlink",),
        file=None, broken=("units",),
    ),
    Case(
        "links", "cycles-folder-is-a-link", every(cycle(), moved_out_and_linked("cycles")),
        ("symlink",), file="cycles",
    ),
    Case(
        "links", "cycle-year-folder-is-a-link",
        every(cycle(), moved_out_and_linked(CYCLE_FOLDER)), ("symlink",), file=CYCLE_FOLDER,
    ),
    refused(
        "links", "cadre-file-links-outside-and-is-not-echoed",
        every(secret_file("outside.yaml", _SECRET_CADRE), link(VICTIM_FILE, _outside_secret)),
        "symlink", secret=SECRET,
    ),
    refused(
        "links", "cadre-file-links-to-another-cadre",
        link(VICTIM_FILE, lambda root: root / BASE_FILE), "symlink",
    ),
    refused(
        "links", "cadre-file-links-relatively-inside",
        link(VICTIM_FILE, lambda root: Path(f"{BASE_ID}.yaml")), "symlink",
    ),
    refused(
        "links", "dangling-cadre-link",
        link(VICTIM_FILE, lambda root: outside(root, "gone.yaml")), "symlink",
    ),
    refused(
        "links", "cadre-file-links-to-dev-zero",
        link(VICTIM_FILE, lambda root: Path("/dev/zero")), "symlink", isolated=True,
    ),
    refused(
        "links", "cadre-file-links-to-a-folder",
        link(VICTIM_FILE, lambda root: root / "units"), "symlink",
    ),
    refused(
        "links", "unit-file-links-outside-and-is-not-echoed",
        every(
            secret_file("outside.yaml", f"schema_version: 1\nid: qx-victim\nname: {SECRET}\n"),
            link(UNIT_FILE, _outside_secret),
        ),
        "symlink", file=UNIT_FILE, secret=SECRET,
    ),
    config_refused(
        "config-is-a-link",
        every(
            lambda root: (root / CONFIG).rename(outside(root, "cadrectl.yaml")),
            link(CONFIG, lambda root: outside(root, "cadrectl.yaml")),
        ),
        "symlink",
    ),
    Case(
        "links", "cycle-file-links-outside",
        every(
            cycle("cycle.yaml", only=True),
            remove(f"{CYCLE_FOLDER}/cycle.yaml"),
            secret_file("outside.yaml", f"schema_version: 1\nyear: 2026\nstatus: {SECRET}\n"),
            link(f"{CYCLE_FOLDER}/cycle.yaml", _outside_secret),
        ),
        ("symlink",), file=f"{CYCLE_FOLDER}/cycle.yaml", secret=SECRET,
    ),
    refused(
        "links", "a-link-under-another-name-is-refused-too",
        link("cadres/notes.txt", _outside_secret), "symlink", file="cadres/notes.txt",
    ),
]  # fmt: skip

# ---- entries named *.yaml that are not regular files ------------------------------------------

SPECIAL = [
    refused(
        "special", "cadre-file-is-a-fifo", fifo(VICTIM_FILE), "not-a-regular-file", isolated=True
    ),
    refused(
        "special", "unit-file-is-a-fifo", fifo(UNIT_FILE), "not-a-regular-file", file=UNIT_FILE,
        isolated=True,
    ),
    Case(  # and the year has no state then: file=None
        "special", "cycle-file-is-a-fifo",
        every(cycle("cycle.yaml"), remove(f"{CYCLE_FOLDER}/cycle.yaml"),
              fifo(f"{CYCLE_FOLDER}/cycle.yaml")),
        ("not-a-regular-file",), file=None, isolated=True,
    ),
    Case(
        "special", "config-is-a-fifo",
        every(remove(CONFIG), fifo(CONFIG)), (), file=None, no_registry=True, isolated=True,
    ),
    Case(
        "special", "a-fifo-under-another-name-is-a-stray-file", fifo("cadres/pipe"),
        ("stray-file",), exit=0, file="cadres/pipe", isolated=True,
    ),
    refused("special", "cadre-file-is-a-folder", folder(VICTIM_FILE), "not-a-regular-file"),
    refused(
        "special", "unit-file-is-a-folder", folder(UNIT_FILE), "not-a-regular-file",
        file=UNIT_FILE,
    ),
    refused(
        "special", "cadre-file-is-a-socket", unix_socket(VICTIM_FILE), "not-a-regular-file"
    ),
    Case(
        "special", "config-is-a-folder", every(remove(CONFIG), folder(CONFIG)), (), file=None,
        no_registry=True,
    ),
    refused("special", "cadres-is-a-file", as_file("cadres"), "not-a-folder", file="cadres"),
    Case("special", "units-is-a-file", as_file("units"), ("not-a-folder",), file=None,
         broken=("units",)),
    Case("special", "cycles-is-a-file", as_file("cycles"), ("not-a-folder",), file="cycles"),
    Case(
        "special", "no-cadres-folder-at-all", remove("cadres"), (), exit=0, file=None, listed=()
    ),
]  # fmt: skip

# ---- nesting: bounded on both read paths ------------------------------------------------------

NESTING = [
    refused(
        "nesting", "block-sequence-500-deep", _deep_in_plan("    " + block_sequence(500)),
        "too-deep", located=True,
    ),
    refused(
        "nesting", "block-sequence-500-deep-at-the-top", cadre(append(block_sequence(500))),
        "too-deep", located=True,
    ),
    refused(
        "nesting", "flow-sequence-500-deep", cadre(line("plan", "[" * 500 + "x" + "]" * 500)),
        "too-deep", located=True,
    ),
    refused(
        "nesting", "flow-mapping-300-deep",
        cadre(line("health", "{a: " * 300 + "x" + "}" * 300)), "too-deep", located=True,
    ),
    refused(
        "nesting", "indentation-300-deep", cadre(append("extra:\n" + indented_mappings(300))),
        "too-deep", located=True,
    ),
    refused(
        "nesting", "five-thousand-dashes-on-one-line", cadre(append("- " * 5000)),
        "too-deep", located=True,
    ),
    refused(
        "nesting", "unclosed-brackets-100000", cadre(line("plan", "[" * 100_000)), "too-deep",
        located=True,
    ),
    refused(
        "nesting", "complex-keys-500-deep", cadre(append("? " * 500 + "x\n")), "too-deep",
        located=True,
    ),
    refused(
        "nesting", "mixed-flow-and-block-deep",
        cadre(append("extra:\n" + "".join(f"{'  ' * i}- [\n" for i in range(200)))),
        "too-deep", located=True,
    ),
    # A lone CR is a YAML line break too: depth measured line by line must count it as one.
    refused(
        "nesting", "a-carriage-return-hides-600-dashes",
        cadre(append("extra: \r" + block_sequence(600) + "\n")), "too-deep", located=True,
    ),
    refused(  # found by tests/fuzz: 50,000 took the process down (SIGSEGV)
        "nesting", "a-carriage-return-hides-50000-dashes",
        cadre(append("extra: \r" + block_sequence(50_000) + "\n")), "too-deep", isolated=True,
    ),
    refused(
        "nesting", "carriage-returns-indent-300-mappings",
        cadre(append("extra:" + indented_mappings(300).replace("\n", "\r") + "\n")), "too-deep",
    ),
    refused(
        "nesting", "unit-file-nests-deep", unit(append("extra: " + "[" * 400 + "]" * 400)),
        "too-deep", file=UNIT_FILE, located=True,
    ),
    config_refused("config-nests-deep", config(append(block_sequence(500))), "too-deep"),
    Case(
        "nesting", "cycle-file-nests-deep",
        cycle("tallies.yaml", append("extra: " + "{a: " * 300 + "}" * 300)), ("too-deep",),
        file=f"{CYCLE_FOLDER}/tallies.yaml", located=True,
    ),
    refused(
        "nesting", "shallow-nesting-in-a-text-field-is-a-type-error",
        cadre(line("plan", "[[[[x]]]]")), "wrong-type",
    ),
]  # fmt: skip

# ---- size: a file over 1 MiB is refused unread ------------------------------------------------

SIZE = [
    refused(
        "size", "cadre-file-of-1.5-MiB", cadre(append(padding(MIB + MIB // 2))),
        "file-too-large",
    ),
    refused(
        "size", "cadre-file-one-byte-over-1-MiB",
        cadre_bytes(lambda data: data + b"#" * (MIB + 1 - len(data))), "file-too-large",
    ),
    accepted(
        "size", "cadre-file-just-under-a-million-bytes",
        cadre_bytes(lambda data: data + b"#" * (999_999 - len(data))),
    ),
    refused(
        "size", "unit-file-of-2-MiB", unit(append(padding(2 * MIB))), "file-too-large",
        file=UNIT_FILE,
    ),
    config_refused("config-of-2-MiB", config(append(padding(2 * MIB))), "file-too-large"),
    Case(
        "size", "cycle-file-of-2-MiB", cycle("adjustment.yaml", append(padding(2 * MIB))),
        ("file-too-large",), file=f"{CYCLE_FOLDER}/adjustment.yaml",
    ),
    refused(
        "size", "a-name-of-100000-characters", cadre(line("name", "王" * 100_000)), "too-long"
    ),
    accepted(
        "size", "a-comment-line-of-900000-bytes",
        cadre(append("# " + "x" * 900_000 + "\n")),
    ),
    accepted("size", "fifty-thousand-comment-lines", cadre(append("#\n" * 50_000))),
    Case(
        "size", "a-unit-with-2000-posts",
        unit(append("".join(
            f"  - {{id: p{n}, title: 职位{n}, rank: 副科}}\n" for n in range(2000)
        ))), (), exit=0, file=UNIT_FILE,
    ),
]  # fmt: skip

# ---- control and bidi characters: reported at file:line, never printed raw ---------------------

CONTROL = [
    unsafe("raw-bel-in-a-name", "\x07"),
    unsafe("raw-esc-sequence-in-a-name", "\x1b[31m"),
    unsafe("raw-esc-clear-screen-in-health", "\x1b[2J", "health"),
    unsafe("raw-del-in-a-name", "\x7f"),
    unsafe("raw-c1-nel-in-native-place", "\x85", "native_place"),
    unsafe("raw-c1-csi-in-a-name", "\x9b"),
    unsafe("raw-bidi-override-in-a-name", "\u202e"),
    unsafe("raw-bidi-isolate-in-health", "\u2066", "health"),
    unsafe("raw-vertical-tab-in-a-name", "\x0b"),
    unsafe("raw-backspace-in-a-name", "\x08"),
    escaped("escaped-bel", "\\a"),
    escaped("escaped-esc", "\\e[31m"),
    escaped("escaped-del", "\\x7f"),
    escaped("escaped-nel", "\\N", "health"),
    escaped("escaped-c1-by-code", "\\u0085"),
    escaped("escaped-bidi-override", "\\u202e"),
    escaped("escaped-nul", "\\0"),
    escaped("escaped-32-bit-bidi-isolate", "\\U00002067", "native_place"),
    reported(
        "control", "raw-esc-in-a-comment", cadre(append("# \x1b]0;owned\x07\n")),
        "control-character", located=True,
    ),
    refused(
        "control", "escaped-esc-in-a-key", cadre(append('"na\\x1bme": x\n')),
        "control-character", "unknown-field",
    ),
    Case(
        "control", "escaped-esc-in-a-unit-name", unit(sub("name: 白石乡", 'name: "白\\e[5m石乡"')),
        ("control-character",), file=UNIT_FILE, located=True,
    ),
    Case(
        "control", "raw-bel-in-the-organization-name",
        config(sub("name: 中共青溪县委组织部", "name: 中共青溪县委\x07组织部")),
        ("control-character",), file=CONFIG, located=True,
    ),
    Case(
        "control", "escaped-bidi-in-a-cycle-file",
        cycle("adjustment.yaml", sub("reason: 条件成熟", 'reason: "条件\\u202e成熟"')),
        ("control-character",), file=f"{CYCLE_FOLDER}/adjustment.yaml", located=True,
    ),
    accepted("control", "an-escaped-tab-is-allowed", cadre(line("health", '"健\\t康"'))),
]  # fmt: skip

# ---- rich markup and emoji codes in values: printed as written --------------------------------

MARKUP = [
    accepted("markup", "closing-tag-as-a-name", cadre(line("name", '"[/]"')),
             literal=("list", "[/]")),
    accepted("markup", "bold-tag-in-a-name", cadre(line("name", '"[bold]王立新"')),
             literal=("list", "[bold]王立新")),
    accepted("markup", "closing-tag-in-a-name-for-the-ladder", cadre(line("name", '"王[/]立新"')),
             literal=("ladder", "王[/]立新")),
    accepted("markup", "link-markup-in-a-post",
             cadre(sub("post: 党委委员、副镇长, rank: 副科, post_since",
                       'post: "[link=file:///etc/passwd]副镇长[/link]", rank: 副科, post_since')),
             literal=("list", "[link=file:///etc/passwd]副镇长[/link]")),
    accepted("markup", "unbalanced-tags-in-the-resume",
             cadre(sub("to: 2014-03, unit: 湖溪镇人民政府", 'to: 2014-03, unit: "[/red][red"')),
             literal=(f"show {VICTIM_ID}", "[/red][red科员")),
    accepted("markup", "emoji-code-in-a-name", cadre(line("name", '":smile:王立新"')),
             literal=("list", ":smile:王立新")),
    accepted("markup", "escaped-markup-in-a-name", cadre(line("name", '"\\\\[bold]王"')),
             literal=("list", "\\[bold]王")),
    accepted("markup", "markup-in-a-mentor",
             cadre(sub("mentors: [李国平（县委组织部副部长）]", 'mentors: ["[/][bold]李国平"]')),
             literal=(f"show {VICTIM_ID}", "[/][bold]李国平")),
    Case("markup", "closing-tag-in-a-unit-name", unit(sub("name: 白石乡", 'name: "[/]白石乡"')),
         (), exit=0, file=UNIT_FILE, literal=("report coverage", "[/]白石乡")),
    Case("markup", "closing-tag-in-the-organization-name",
         config(sub("name: 中共青溪县委组织部", 'name: "[/]中共青溪县委组织部"')),
         (), exit=0, file=CONFIG),
]  # fmt: skip

# ---- id numbers: validated, and never shown whole -----------------------------------------------

# born 1988-04-12, a man, and a check character X
_X_NUMBER = next(
    number
    for number in (id_number(f"33078119880412{serial:03d}") for serial in range(1, 1000, 2))
    if number.endswith("X")
)
assert not VICTIM_ID_NUMBER.endswith("X")
_FULL_WIDTH = VICTIM_ID_NUMBER.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
_ARABIC_INDIC = VICTIM_ID_NUMBER.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
_X_FOR_A_DIGIT = VICTIM_ID_NUMBER[:17] + "X"

ID_NUMBERS = [
    reported("id-number", "x-where-a-digit-is-due",
             cadre(line("id_number", f'"{_X_FOR_A_DIGIT}"')), "id-number-checksum",
             secret=_X_FOR_A_DIGIT),
    reported("id-number", "a-woman-with-a-man-s-number", cadre(line("gender", "女")),
             "id-number-gender", secret=VICTIM_ID_NUMBER),
    refused("id-number", "nineteen-digits", cadre(line("id_number", '"3307811988041290132"')),
            "bad-format", secret="3307811988041290132"),
    accepted("id-number", "a-lowercase-x-is-the-check-character",
             cadre(line("id_number", f'"{_X_NUMBER[:17]}x"'))),
    refused("id-number", "full-width-digits",  # the victim's valid number, typed full-width
            cadre(line("id_number", f'"{_FULL_WIDTH}"')), "bad-format", secret=_FULL_WIDTH),
    refused("id-number", "arabic-indic-digits",
            cadre(line("id_number", f'"{_ARABIC_INDIC}"')), "bad-format"),
    refused("id-number", "spaces-inside", cadre(line("id_number", '"330781 19880412 9013"')),
            "bad-format"),
    accepted("id-number", "padding-spaces-are-trimmed",
             cadre(line("id_number", f'" {VICTIM_ID_NUMBER} "')), secret=VICTIM_ID_NUMBER),
    refused("id-number", "empty", cadre(line("id_number", '""')), "bad-format"),
    refused("id-number", "a-float", cadre(line("id_number", "3.30781198804129e+17")),
            "wrong-type"),
    refused("id-number", "a-list", cadre(line("id_number", f'["{BASE_ID_NUMBER}"]')),
            "wrong-type"),
    reported("id-number", "a-birth-date-in-the-22nd-century",
             cadre(line("id_number", f'"{id_number("33078121880412901")}"')), "id-number-birth",
             secret=id_number("33078121880412901")),
    reported("id-number", "the-same-number-with-x-in-either-case",
             every(cadre(line("id_number", f'"{_X_NUMBER}"')),
                   cadre(line("id_number", f'"{_X_NUMBER[:17]}x"'), line("id", "QX-2026-902"),
                         file="cadres/QX-2026-902.yaml")),
             "duplicate-id-number", file=None, secret=_X_NUMBER,
             listed=(BASE_ID, VICTIM_ID, "QX-2026-902")),
    reported("id-number", "three-files-share-one-number",
             every(cadre(line("id_number", f'"{BASE_ID_NUMBER}"')),
                   cadre(line("id_number", f'"{BASE_ID_NUMBER}"'), line("id", "QX-2026-902"),
                         file="cadres/QX-2026-902.yaml")),
             "duplicate-id-number", file=None, secret=BASE_ID_NUMBER,
             listed=(BASE_ID, VICTIM_ID, "QX-2026-902")),
]  # fmt: skip

# ---- dates ---------------------------------------------------------------------------------------

DATES = [
    refused("dates", "birth-on-february-30", cadre(line("birth", "2026-02-30")), "date-invalid"),
    refused("dates", "month-13", cadre(line("work_start", "2026-13")), "date-invalid"),
    refused("dates", "dotted-date-read-as-a-number",
            cadre(sub("joined: 2009-06", "joined: 2021.10")), "date-dotted"),
    refused("dates", "year-zero", cadre(line("birth", "0000-01")), "date-invalid"),
    refused("dates", "month-zero", cadre(line("birth", "1988-00")), "date-invalid"),
    refused("dates", "single-digit-month", cadre(line("birth", '"1988-4"')), "date-format"),
    refused("dates", "a-bare-year", cadre(line("birth", "1988")), "date-dotted"),
    refused("dates", "a-boolean-birth", cadre(line("birth", "true")), "date-type"),
    refused("dates", "an-empty-birth", cadre(line("birth", '""')), "date-format"),
    refused("dates", "a-negative-year", cadre(line("birth", '"-001-04"')), "date-format"),
    refused("dates", "a-five-digit-year", cadre(line("birth", '"10000-04"')), "date-format"),
    refused("dates", "a-fifth-quarter", cadre(sub("quarter: 2026Q1", "quarter: 2026Q5")),
            "bad-format"),
    reported("dates", "entered-the-pool-in-9999",
             cadre(sub("entered: 2023-12", "entered: 9999-12")), "date-in-future"),
    reported("dates", "a-talk-on-the-last-day-of-9999",
             cadre(sub("talks: [{date: 2026-03-14", "talks: [{date: 9999-12-31")),
             "date-in-future"),
    reported("dates", "post-since-in-9999",
             cadre(sub("post_since: 2021-09, rank_since: 2021-09",
                       "post_since: 9999-12, rank_since: 9999-12")), "date-in-future"),
    reported("dates", "a-training-that-ends-before-it-starts",
             cadre(sub("{from: 2025-05-06, to: 2025-05-15", "{from: 2025-05-15, to: 2025-05-06")),
             "date-order"),
    reported("dates", "practice-that-ends-before-it-starts",
             cadre(sub("{from: 2024-03, to: 2025-03", "{from: 2025-03, to: 2024-03")),
             "date-order"),
    accepted("dates", "a-leap-day", cadre(sub("date: 2026-03-14", "date: 2024-02-29"))),
    refused("dates", "february-29-of-a-common-year",
            cadre(sub("{from: 2025-05-06, to: 2025-05-15", "{from: 2025-02-29, to: 2025-05-15")),
            "date-invalid"),
]  # fmt: skip

# ---- YAML tricks -------------------------------------------------------------------------------

_BILLION_LAUGHS = "".join(f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 10)}]\n" for n in range(1, 10))
_EXECUTED = "PWNED-BY-A-TAG"

YAML = [
    refused("yaml", "duplicate-key-in-a-flow-mapping",
            cadre(sub("party: {status: 中共党员,", "party: {status: 中共党员, status: 群众,")),
            "duplicate-key"),
    refused("yaml", "duplicate-key-in-a-nested-block", cadre(sub("  status: active\n",
            "  status: active\n  status: exited\n")), "duplicate-key"),
    refused("yaml", "an-anchor-and-its-alias",
            cadre(line("native_place", "&p 浙江兰溪"), line("birthplace", "*p")), "yaml-alias"),
    refused("yaml", "a-billion-laughs", cadre(append("l0: &l0 [lol]\n" + _BILLION_LAUGHS)),
            "yaml-alias"),
    refused("yaml", "a-merge-key-with-an-alias",
            cadre(line("birthplace", "&b 浙江兰溪"), append("extra:\n  <<: *b\n")),
            "yaml-alias"),
    refused("yaml", "a-merge-key-without-an-alias",
            cadre(sub("current: {unit: qx-huxi-zhen,", "current: {<<: {unit: qx-huxi-zhen},")),
            "unknown-field"),
    refused("yaml", "python-object-apply-tag",
            cadre(line("name", f'!!python/object/apply:os.system ["touch {_EXECUTED}"]')),
            "yaml-tag", secret=_EXECUTED),
    refused("yaml", "a-local-tag", cadre(line("name", "!x 王立新")), "yaml-tag"),
    refused("yaml", "a-binary-tag", cadre(line("name", "!!binary 546L56uL5paw")), "yaml-tag"),
    refused("yaml", "a-verbatim-tag", cadre(line("name", "!<tag:yaml.org,2002:str> 王立新")),
            "yaml-tag"),
    refused("yaml", "a-trailing-empty-document", cadre(append("---\n")), "multiple-documents"),
    refused("yaml", "a-second-document-after-an-end-marker",
            cadre(append("...\n---\nid: QX-2026-999\n")), "multiple-documents"),
    refused("yaml", "a-top-level-scalar", cadre(replace_all("王立新\n")), "not-a-mapping"),
    refused("yaml", "a-top-level-flow-list", cadre(replace_all("[QX-2026-901, 王立新]\n")),
            "not-a-mapping"),
    refused("yaml", "a-top-level-null", cadre(replace_all("~\n")), "not-a-mapping"),
    refused("yaml", "a-tab-indents-a-sequence-item",
            cadre(sub("education:\n  - {kind: 全日制", "education:\n\t- {kind: 全日制")),
            "tab-indent"),
    refused("yaml", "a-complex-key", cadre(append("? [a, b]\n: x\n")), "unknown-field"),
    accepted("yaml", "an-explicit-simple-key-is-plain-yaml",
             cadre(drop("name"), append("? name\n: 王立新\n"))),
    refused("yaml", "whitespace-only", cadre(replace_all("\n   \n\n")), "empty-file"),
    refused("yaml", "comments-only", cadre(replace_all("# 王立新\n# QX-2026-901\n")),
            "empty-file"),
    refused("yaml", "a-lone-document-marker", cadre(replace_all("---\n")), "not-a-mapping"),
    refused("yaml", "a-numeric-key", cadre(append("1: x\n")), "unknown-field"),
    refused("yaml", "a-null-key", cadre(append("~: x\n")), "unknown-field"),
    refused("yaml", "a-boolean-key", cadre(append("true: x\n")), "unknown-field"),
    accepted("yaml", "no-is-text-in-yaml-1.2", cadre(line("health", "no"))),
    refused("yaml", "a-lone-surrogate-escape", cadre(line("name", '"王\\ud800"')), "yaml-syntax"),
    refused("yaml", "an-unclosed-quote", cadre(line("name", '"王立新')), "yaml-syntax"),
    refused("yaml", "a-full-width-colon", cadre(sub("name: 王立新", "name：王立新")),
            "yaml-syntax"),
]  # fmt: skip

# ---- encodings -----------------------------------------------------------------------------------

ENCODINGS = [
    refused("encodings", "utf-16-le-with-bom",
            cadre_bytes(lambda data: data.decode("utf-8").encode("utf-16")), "encoding"),
    refused("encodings", "utf-16-be-without-bom",
            cadre_bytes(lambda data: data.decode("utf-8").encode("utf-16-be")), "encoding"),
    refused("encodings", "utf-32", cadre_bytes(lambda data: data.decode("utf-8").encode("utf-32")),
            "encoding"),
    refused("encodings", "gbk-unit-file", write(UNIT_FILE, UNIT_TEXT.encode("gbk")), "encoding",
            file=UNIT_FILE),
    refused("encodings", "latin-1-in-a-comment",
            cadre_bytes(lambda data: data + "# café\n".encode("latin-1")), "encoding"),
    refused("encodings", "an-overlong-utf-8-slash",
            cadre_bytes(lambda data: data + b"# \xc0\xaf\n"), "encoding"),
    refused("encodings", "a-utf-8-encoded-surrogate",
            cadre_bytes(lambda data: data + b"# \xed\xa0\x80\n"), "encoding"),
    refused("encodings", "a-truncated-utf-8-sequence",
            cadre_bytes(lambda data: data + b"# \xe7\x8e"), "encoding"),
    refused("encodings", "a-nul-byte-in-a-unit-file",
            unit(sub("kind: 乡镇", "kind: 乡\x00镇")), "binary-file", file=UNIT_FILE),
    refused("encodings", "a-nul-byte-at-the-very-end", cadre_bytes(lambda data: data + b"\x00"),
            "binary-file"),
    Case("encodings", "a-utf-8-bom-on-a-unit-file",
         write(UNIT_FILE, b"\xef\xbb\xbf" + UNIT_TEXT.encode("utf-8")), (), exit=0,
         file=UNIT_FILE),
    accepted("encodings", "mixed-crlf-and-lf",
             cadre_bytes(lambda data: data.replace(b"\n", b"\r\n", 10))),
    Case("encodings", "crlf-in-a-unit-file", write(UNIT_FILE, UNIT_TEXT.replace("\n", "\r\n")),
         (), exit=0, file=UNIT_FILE),
]  # fmt: skip

# ---- type confusion ----------------------------------------------------------------------------

TYPES = [
    refused("types", "a-list-for-a-name", cadre(line("name", "[王, 立新]")), "wrong-type"),
    refused("types", "a-mapping-for-the-gender", cadre(line("gender", "{男: true}")),
            "not-allowed-value"),
    refused("types", "a-mapping-where-a-list-goes",
            cadre(sub("mentors: [李国平（县委组织部副部长）]", "mentors: {李国平: 副部长}")),
            "wrong-type"),
    refused("types", "a-list-where-a-mapping-goes",
            cadre(sub("current: {unit: qx-huxi-zhen, post: 党委委员、副镇长, rank: 副科, "
                      "post_since: 2021-09, rank_since: 2021-09}", "current: [qx-huxi-zhen]")),
            "wrong-type"),
    refused("types", "a-scalar-where-a-mapping-goes",
            cadre(line("party", "中共党员")), "wrong-type"),
    refused("types", "a-list-of-lists-for-the-mentors",
            cadre(sub("mentors: [李国平（县委组织部副部长）]", "mentors: [[李国平]]")),
            "wrong-type"),
    refused("types", "a-string-for-the-records",
            cadre(lambda text: text.split("\nrecords:")[0] + "\nrecords: 无\n"), "wrong-type"),
    refused("types", "a-year-in-chinese-numerals",
            cadre(sub("{year: 2025, grade: 优秀}", "{year: 二〇二五, grade: 优秀}")), "wrong-type"),
    refused("types", "a-string-schema-version", cadre(line("schema_version", '"1"')),
            "not-allowed-value"),
    refused("types", "schema-version-2", cadre(line("schema_version", "2")), "not-allowed-value"),
    refused("types", "a-number-for-the-id", cadre(line("id", "2026901")), "wrong-type"),
    refused("types", "a-string-where-a-list-goes",
            cadre(sub("mentors: [李国平（县委组织部副部长）]", "mentors: 李国平")), "wrong-type"),
    refused("types", "negative-training-days", cadre(sub("days: 10}", "days: -5}")),
            "out-of-range"),
    refused("types", "infinite-training-days", cadre(sub("days: 10}", "days: .inf}")),
            "out-of-range"),
    refused("types", "nan-votes", cadre(sub("votes_for: 71}", "votes_for: .nan}")),
            "wrong-type"),
    refused("types", "an-empty-current-post", cadre(line("current", "{}")), "missing-field"),
    refused("types", "no-id", cadre(drop("id")), "missing-field"),
    refused("types", "a-null-name", cadre(line("name", "null")), "wrong-type"),
    refused("types", "an-empty-name", cadre(line("name", '""')), "too-short"),
    refused("types", "a-huge-integer-for-a-year",
            cadre(sub("{year: 2025, grade: 优秀}", "{year: " + "9" * 5000 + ", grade: 优秀}")),
            "out-of-range"),
]  # fmt: skip

# ---- unknown keys --------------------------------------------------------------------------------

UNKNOWN_KEYS = [
    refused("unknown-keys", "an-unknown-key-in-the-current-post",
            cadre(sub("rank_since: 2021-09}", "rank_since: 2021-09, extra: 1}")), "unknown-field"),
    refused("unknown-keys", "a-typo-in-a-top-level-key", cadre(sub("name: 王立新", "nmae: 王立新")),
            "unknown-field", "missing-field"),
    refused("unknown-keys", "an-unknown-record-kind", cadre(append("  rewards_extra: []\n")),
            "unknown-field"),
    refused("unknown-keys", "a-chinese-key", cadre(append("姓名: 王立新\n")), "unknown-field"),
    refused("unknown-keys", "a-key-in-capitals", cadre(append("Name: 王立新\n")), "unknown-field"),
    refused("unknown-keys", "a-key-with-a-trailing-space", cadre(append('"health ": 健康\n')),
            "unknown-field"),
    refused("unknown-keys", "an-unknown-key-in-a-unit-post",
            unit(sub("seats: 3}", "seats: 3, salary: 1}")), "unknown-field", file=UNIT_FILE),
]  # fmt: skip

# ---- cadrectl.yaml -----------------------------------------------------------------------------

CONFIG_CASES = [
    config_refused("a-syntax-error", config(sub("ids: {prefix: QX}", "ids: {prefix: QX")),
                   "yaml-syntax"),
    config_refused("ranks-as-a-scalar", config(lambda text: text.split("ranks:")[0]
                   + "ranks: 科员\n"), "wrong-type"),
    config_refused("a-number-for-the-id-prefix", config(sub("prefix: QX", "prefix: 123")),
                   "wrong-type"),
    config_refused("no-schema-version", config(sub("schema_version: 1\n", "")), "missing-field"),
    config_refused("empty", config(replace_all("")), "empty-file"),
    config_refused("a-top-level-list", config(replace_all("- schema_version: 1\n")),
                   "not-a-mapping"),
    config_refused("an-unknown-key-in-the-organization",
                   config(sub("region: 青溪县}", "region: 青溪县, colour: blue}")),
                   "unknown-field"),
    config_refused("gbk-encoded", lambda root: (root / CONFIG).write_bytes(
                   (root / CONFIG).read_text(encoding="utf-8").encode("gbk")), "encoding"),
    config_refused("a-nul-byte", config(append("\x00")), "binary-file"),
    config_refused("an-alias", config(sub("region: 青溪县}", "region: &r 青溪县}"),
                   append("directions: [*r]\n")), "yaml-alias"),
    config_refused("a-python-tag", config(append("directions: !!python/name:os.system\n")),
                   "yaml-tag"),
    config_refused("a-rank-named-twice", config(append("  - {name: 科员}\n")), "duplicate-rank"),
    config_refused("a-tab-indent", config(sub("  - {name: 副科", "\t- {name: 副科")), "tab-indent"),
]  # fmt: skip

# ---- units/ --------------------------------------------------------------------------------------

UNITS = [
    refused("units", "a-unit-without-a-name", unit(sub("name: 白石乡\n", "")), "missing-field",
            file=UNIT_FILE),
    refused("units", "posts-as-a-mapping", unit(lambda text: text.split("posts:")[0]
            + "posts: {shuji: 党委书记}\n"), "wrong-type", file=UNIT_FILE),
    refused("units", "a-syntax-error", unit(sub("seats: 3}", "seats: 3")), "yaml-syntax",
            file=UNIT_FILE),
    refused("units", "zero-seats", unit(sub("seats: 3}", "seats: 0}")), "out-of-range",
            file=UNIT_FILE),
    refused("units", "a-string-for-grassroots", unit(sub("grassroots: true", "grassroots: 也许")),
            "wrong-type", file=UNIT_FILE),
    Case("units", "a-unit-id-that-is-not-its-file-name", unit(file="units/qx-other.yaml"),
         ("unit-filename-mismatch",), file="units/qx-other.yaml"),
    Case("units", "a-post-id-twice", unit(append("  - {id: shuji, title: 书记, rank: 正科}\n")),
         ("duplicate-post-id",), file=UNIT_FILE),
    Case("units", "two-files-with-one-unit-id",
         every(unit(), unit(sub("id: qx-victim", "id: qx-huxi-zhen"), file="units/qx-twin.yaml")),
         ("duplicate-unit-id",), file=None),
    Case("units", "a-post-rank-not-on-the-ladder", unit(sub("rank: 副科, seats: 3",
         "rank: 副部, seats: 3")), ("unknown-rank",), file=UNIT_FILE),
    Case("units", "the-only-unit-file-is-gone", remove(BASE_UNIT_FILE), ("unknown-unit",),
         file=BASE_FILE),
    Case("units", "a-stray-folder-in-units", folder("units/old"), ("stray-folder",), exit=0,
         file="units/old"),
]  # fmt: skip

# ---- cycles/ -------------------------------------------------------------------------------------

_C = CYCLE_FOLDER

CYCLES = [
    Case("cycles", "the-base-cycle-is-clean", cycle(), (), exit=0, file=None),
    Case("cycles", "a-state-of-another-year", cycle("cycle.yaml", sub("year: 2026", "year: 2025")),
         ("cycle-year-mismatch",), file=f"{_C}/cycle.yaml"),
    Case("cycles", "an-adjustment-of-another-year",
         cycle("adjustment.yaml", sub("year: 2026", "year: 2027")), ("cycle-year-mismatch",),
         file=f"{_C}/adjustment.yaml"),
    Case("cycles", "a-nomination-in-an-unknown-unit",
         cycle("nominations.yaml",
               sub("current: {unit: qx-huxi-zhen", "current: {unit: qx-nowhere")),
         ("unknown-unit",), file=f"{_C}/nominations.yaml"),
    Case("cycles", "a-proposal-line-naming-a-missing-cadre",
         cycle("adjustment.yaml", sub("subject: QX-2023-014", "subject: QX-2023-999")),
         ("unknown-cadre",), file=f"{_C}/adjustment.yaml"),
    Case("cycles", "an-admit-line-naming-no-nomination",
         cycle("adjustment.yaml", sub("subject: N2026-001", "subject: N2026-404")),
         ("unknown-nomination",), file=f"{_C}/adjustment.yaml"),
    Case("cycles", "votes-for-an-unknown-candidate",
         cycle("tallies.yaml", sub("N2026-001: 40", "N2026-777: 40")), ("unknown-candidate",),
         file=f"{_C}/tallies.yaml"),
    Case("cycles", "more-returned-than-issued",
         cycle("tallies.yaml", sub("returned: 58", "returned: 61")), ("returned-exceed-issued",),
         file=f"{_C}/tallies.yaml"),
    Case("cycles", "a-meeting-named-twice",
         cycle("tallies.yaml", append("  - {name: 湖溪镇民主推荐会, date: 2026-09-11, places: 1,"
               " issued: 10, returned: 10, valid: 10, votes: {}}\n")), ("duplicate-meeting",),
         file=f"{_C}/tallies.yaml"),
    Case("cycles", "a-nomination-id-twice",
         cycle("nominations.yaml", append(
               "  - {id: N2026-001, source: 个人自荐, nominated_by: 本人,"
               " cadre: {name: 李四}, target_rank: 副科, direction: 经济}\n")),
         ("duplicate-nomination-id",), file=f"{_C}/nominations.yaml"),
    Case("cycles", "a-line-number-twice",
         cycle("adjustment.yaml", sub("{line: 2,", "{line: 1,")), ("duplicate-line",),
         file=f"{_C}/adjustment.yaml"),
    Case("cycles", "a-waiver-for-a-missing-cadre",
         cycle("cycle.yaml", sub("{cadre: QX-2023-014", "{cadre: QX-2099-001")),
         ("unknown-cadre",), file=f"{_C}/cycle.yaml"),
    Case("cycles", "an-objection-to-a-missing-line",
         cycle("cycle.yaml", sub("{line: 1, date", "{line: 9, date")), ("unknown-line",),
         file=f"{_C}/cycle.yaml"),
    Case("cycles", "a-state-with-a-syntax-error", cycle("cycle.yaml", sub("reason: 病假}",
         "reason: 病假")), ("yaml-syntax",), file=f"{_C}/cycle.yaml"),
    Case("cycles", "a-state-with-an-unknown-key", cycle("cycle.yaml", append("colour: blue\n")),
         ("unknown-field",), file=f"{_C}/cycle.yaml"),
    Case("cycles", "a-state-with-an-unknown-status",
         cycle("cycle.yaml", sub("status: open", "status: paused")), ("not-allowed-value",),
         file=f"{_C}/cycle.yaml"),
    Case("cycles", "a-stray-file-in-cycles", every(cycle(), write("cycles/notes.yaml", "a: 1\n")),
         ("cycle-stray-file",), exit=0, file="cycles/notes.yaml"),
    Case("cycles", "a-folder-that-is-not-a-year", every(cycle(), folder("cycles/next")),
         ("cycle-folder-name",), exit=0, file="cycles/next"),
    Case("cycles", "an-unknown-file-in-a-year",
         every(cycle(), write(f"{_C}/minutes.yaml", "a: 1\n")), ("unknown-cycle-file",), exit=0,
         file=f"{_C}/minutes.yaml"),
    Case("cycles", "nominations-without-a-state", cycle("nominations.yaml", only=True),
         ("cycle-without-state",), exit=0, file=_C),
]  # fmt: skip

# ---- file names and stray entries ----------------------------------------------------------------

FILE_NAMES = [
    reported("file-names", "a-lowercase-file-name", cadre(file="cadres/qx-2026-901.yaml"),
             "id-filename-mismatch", file="cadres/qx-2026-901.yaml"),
    reported("file-names", "a-file-name-differing-from-another-only-in-case",
             cadre(line("id", BASE_ID), line("id_number", '"330781198804129021"'),
                   file="cadres/qx-2023-014.yaml"),
             "id-filename-mismatch", "duplicate-id", file=None, listed=(BASE_ID,)),
    refused("file-names", "an-id-that-climbs-out", cadre(line("id", "../../etc/passwd")),
            "bad-format"),
    accepted("file-names", "a-yml-file-is-a-stray-file", cadre(file="cadres/QX-2026-901.yml"),
             "stray-file", file="cadres/QX-2026-901.yml", listed=(BASE_ID,)),
    accepted("file-names", "an-upper-case-suffix-is-a-stray-file",
             cadre(file="cadres/QX-2026-901.YAML"), "stray-file", file="cadres/QX-2026-901.YAML",
             listed=(BASE_ID,)),
    accepted("file-names", "an-editor-backup-is-a-stray-file",
             cadre(file="cadres/QX-2026-901.yaml~"), "stray-file",
             file="cadres/QX-2026-901.yaml~", listed=(BASE_ID,)),
    accepted("file-names", "an-emacs-lock-link-is-hidden",
             link(f"cadres/.#{BASE_ID}.yaml", lambda root: Path("clerk@host.1234:1700000000")),
             file=None, listed=(BASE_ID,)),
    accepted("file-names", "a-vim-swap-file-is-hidden",
             write(f"cadres/.{BASE_ID}.yaml.swp", b"b0VIM 9.0\x00\x00\xff"), file=None,
             listed=(BASE_ID,)),
    accepted("file-names", "a-stray-folder-in-cadres", folder("cadres/archive"), "stray-folder",
             file="cadres/archive", listed=(BASE_ID,)),
]  # fmt: skip

# ---- CSV injection: a leading = + - @ never reaches a spreadsheet as a formula ------------------

CSV = [
    accepted("csv", f"a-name-starting-with-{label}", cadre(line("name", f"'{value}'")))
    for label, value in (
        ("equals", '=HYPERLINK("x","王")'),
        ("plus", "+1+cmd|calc!A0"),
        ("minus", "-1+cmd|calc!A0"),
        ("at", "@SUM(1+1)"),
    )
] + [
    Case("csv", "a-unit-name-starting-with-equals", unit(sub("name: 白石乡", "name: '=1+1'")), (),
         exit=0, file=UNIT_FILE),
    accepted("csv", "a-post-starting-with-equals",
             cadre(sub("post: 党委委员、副镇长, rank: 副科, post_since",
                       "post: '=cmd|\" /C calc\"!A0', rank: 副科, post_since"))),
]  # fmt: skip

# ---- more than one broken file at once ---------------------------------------------------------

SEVERAL = [
    Case(
        "several", "a-broken-cadre-and-a-broken-unit",
        every(cadre(line("name", "[王, 立新]")), unit(sub("seats: 3}", "seats: 3"))),
        ("wrong-type", "yaml-syntax"), file=None, broken=(VICTIM_FILE, UNIT_FILE),
    ),
    Case(
        "several", "three-broken-cadres",
        every(
            cadre(line("birth", "2026-02-30")),
            cadre(line("id", "QX-2026-902"), append("- " * 600), file="cadres/QX-2026-902.yaml"),
            cadre(line("id", "QX-2026-903"), file="cadres/QX-2026-903.yaml"),
            lambda root: (root / "cadres/QX-2026-903.yaml").write_bytes(
                (root / "cadres/QX-2026-903.yaml").read_text(encoding="utf-8").encode("gbk")),
        ),
        ("date-invalid", "too-deep", "encoding"), file=None,
        broken=(VICTIM_FILE, "cadres/QX-2026-902.yaml", "cadres/QX-2026-903.yaml"),
    ),
]  # fmt: skip


CASES: list[Case] = [
    *LINKS, *SPECIAL, *NESTING, *SIZE, *CONTROL, *MARKUP, *ID_NUMBERS, *DATES, *YAML,
    *ENCODINGS, *TYPES, *UNKNOWN_KEYS, *CONFIG_CASES, *UNITS, *CYCLES, *FILE_NAMES, *CSV,
    *SEVERAL,
]  # fmt: skip

assert len({case.id for case in CASES}) == len(CASES), "case names are unique"
