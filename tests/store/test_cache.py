"""The parse cache: a cached registry reads exactly as an uncached one; a bad pack is ignored."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cadrectl.services.registry import LoadedRegistry, load_registry
from cadrectl.store import fastyaml
from cadrectl.store.cache import FOLDER, PackCache, ParseCache, parse_cache
from cadrectl.store.registry import RegistryPaths
from tests.conftest import EXAMPLE, git


def _copy(source: Path, target: Path) -> RegistryPaths:
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(FOLDER, ".git"))
    return RegistryPaths(target)


def _fresh_load(paths: RegistryPaths) -> LoadedRegistry:
    """A load, as every command makes it."""
    return load_registry(paths)


def _same(first: LoadedRegistry, second: LoadedRegistry) -> None:
    assert first.files == second.files
    assert first.problems == second.problems
    assert [(c.file, c.cadre) for c in first.cadres] == [(c.file, c.cadre) for c in second.cadres]
    assert [(u.file, u.unit) for u in first.units] == [(u.file, u.unit) for u in second.units]


def _pack(root: Path) -> Path:
    (pack,) = (root / FOLDER).glob("parsed-*.bin")
    return pack


# ---- the registry reads the same with and without it ---------------------------------------


def test_example_reads_the_same_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _copy(EXAMPLE, tmp_path / "reg")
    monkeypatch.setenv("CADRECTL_NO_CACHE", "1")
    uncached = _fresh_load(paths)
    assert not (paths.root / FOLDER).exists()
    monkeypatch.delenv("CADRECTL_NO_CACHE")
    filling = _fresh_load(paths)
    cached = _fresh_load(paths)
    _same(uncached, filling)
    _same(uncached, cached)
    pack = PackCache(paths.root / FOLDER, "parsed", _pack(paths.root).stem.split("-", 1)[1])
    keys = [pack.key(Path(paths.root, c.file).read_bytes()) for c in cached.cadres]
    assert all(pack.get(key) is not None for key in keys)  # every cadre came from it


def test_generated_registry_reads_the_same_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cadrectl.devtools.generate import generate_registry

    generate_registry(tmp_path / "gen", 150, seed=11)
    paths = RegistryPaths(tmp_path / "gen")
    monkeypatch.setenv("CADRECTL_NO_CACHE", "1")
    uncached = _fresh_load(paths)
    monkeypatch.delenv("CADRECTL_NO_CACHE")
    _fresh_load(paths)
    _same(uncached, _fresh_load(paths))


def test_an_edited_file_is_read_again_never_from_the_cache(tmp_path: Path) -> None:
    paths = _copy(EXAMPLE, tmp_path / "reg")
    first = _fresh_load(paths)
    entry = first.cadres[0]
    path = paths.root / entry.file
    path.write_text(path.read_text(encoding="utf-8").replace(entry.cadre.name, "欧阳新名"))
    again = _fresh_load(paths)
    assert again.cadre(entry.cadre.id) is not None
    assert again.cadre(entry.cadre.id).cadre.name == "欧阳新名"  # type: ignore[union-attr]


def test_a_file_made_invalid_after_caching_is_reported(tmp_path: Path) -> None:
    paths = _copy(EXAMPLE, tmp_path / "reg")
    first = _fresh_load(paths)
    assert not [p for p in first.problems if p.severity == "error"]
    path = paths.root / first.cadres[0].file
    path.write_text(path.read_text(encoding="utf-8").replace("gender: 男", "gender: 公"))
    path.write_text(path.read_text(encoding="utf-8").replace("gender: 女", "gender: 公"))
    again = _fresh_load(paths)
    assert any(p.file == first.cadres[0].file for p in again.problems)


def test_the_cache_never_dirties_the_git_tree(tmp_path: Path) -> None:
    paths = _copy(EXAMPLE, tmp_path / "reg")
    (paths.root / ".gitignore").unlink(missing_ok=True)  # even a registry that does not ignore it
    git(paths.root, "init", "-q")
    git(paths.root, "add", "-A")
    git(paths.root, "commit", "-qm", "start")
    _fresh_load(paths)
    assert (paths.root / FOLDER).is_dir()
    assert git(paths.root, "status", "--porcelain", "--untracked-files=all") == ""


def test_the_pack_is_rewritten_only_when_its_entries_change(tmp_path: Path) -> None:
    paths = _copy(EXAMPLE, tmp_path / "reg")
    _fresh_load(paths)
    pack = _pack(paths.root)
    stamp = pack.stat().st_mtime_ns
    _fresh_load(paths)
    assert pack.stat().st_mtime_ns == stamp
    (paths.root / "cadres" / sorted((paths.root / "cadres").iterdir())[0].name).unlink()
    _fresh_load(paths)
    assert _pack(paths.root).stat().st_mtime_ns != stamp  # the deleted file's entry is dropped


def test_a_registry_where_the_cache_cannot_be_written_loads_without_it(tmp_path: Path) -> None:
    paths = _copy(EXAMPLE, tmp_path / "reg")
    (paths.root / FOLDER).write_text("a file where the cache folder would go")
    _same(_fresh_load(paths), _fresh_load(paths))
    assert (paths.root / FOLDER).read_text() == "a file where the cache folder would go"


# ---- a damaged or foreign pack is ignored -----------------------------------------------------


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data[:-10] + bytes(10),  # zeros at the end
        lambda data: data.replace("男".encode(), "女".encode(), 1),  # one value changed
        lambda data: b"not a pack at all",
        lambda data: b"",
    ],
    ids=["truncated", "zeroed", "one-value-changed", "garbage", "empty"],
)
def test_a_damaged_pack_is_ignored_and_replaced(tmp_path: Path, damage: Any) -> None:
    paths = _copy(EXAMPLE, tmp_path / "reg")
    expected = _fresh_load(paths)
    pack = _pack(paths.root)
    pack.write_bytes(damage(pack.read_bytes()))
    _same(expected, _fresh_load(paths))
    _same(expected, _fresh_load(paths))  # and the pack written again is whole


def test_a_pack_of_the_right_checksum_but_wrong_shape_is_ignored(tmp_path: Path) -> None:
    import hashlib
    import marshal

    from cadrectl.store import cache

    payload = marshal.dumps({b"key": "text, not bytes"})
    checksum = hashlib.blake2b(payload, digest_size=cache._CHECKSUM_SIZE).digest()
    (tmp_path / "parsed-x.bin").write_bytes(cache._MAGIC + checksum + payload)
    assert PackCache(tmp_path, "parsed", "x").get(b"key") is None


def test_a_value_moved_under_another_files_key_is_never_used(tmp_path: Path) -> None:
    """Two cadres' entries swapped in a pack whose checksum is made whole again: each file is
    read afresh, never shown with the other's data."""
    import hashlib
    import marshal

    from cadrectl.store import cache

    paths = _copy(EXAMPLE, tmp_path / "reg")
    expected = _fresh_load(paths)
    pack = _pack(paths.root)
    raw = pack.read_bytes()
    entries = marshal.loads(raw[len(cache._MAGIC) + cache._CHECKSUM_SIZE :])
    first, second = (cache.PackCache.key(p.read_bytes()) for p in sorted(
        (paths.root / "cadres").glob("*.yaml"))[:2])  # fmt: skip
    entries[first], entries[second] = entries[second], entries[first]
    payload = marshal.dumps(entries)
    checksum = hashlib.blake2b(payload, digest_size=cache._CHECKSUM_SIZE).digest()
    pack.write_bytes(cache._MAGIC + checksum + payload)
    swapped = ParseCache(PackCache(pack.parent, "parsed", cache.fingerprint()))
    assert swapped.get(first) is None
    assert swapped.get(second) is None
    _same(expected, _fresh_load(paths))


def test_packs_of_other_builds_are_deleted_when_a_new_one_is_written(tmp_path: Path) -> None:
    folder = tmp_path / FOLDER
    folder.mkdir()
    (folder / "parsed-0ld.bin").write_bytes(b"an older build's pack")
    (folder / "notes.txt").write_text("not ours to delete")
    pack = PackCache(folder, "parsed", "new")
    pack.put(b"k", b"v")
    pack.save()
    assert sorted(path.name for path in folder.iterdir()) == [
        ".gitignore",
        "notes.txt",
        "parsed-new.bin",
    ]
    assert PackCache(folder, "parsed", "new").get(b"k") == b"v"


def test_other_bytes_have_another_key() -> None:
    assert PackCache.key(b"id: X\n") != PackCache.key(b"id: Y\n")
    assert PackCache.key(b"id: X\n") == PackCache.key(b"id: X\n")


@settings(max_examples=50, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.binary(max_size=24), st.binary(max_size=200), max_size=30))
def test_whatever_is_put_is_got_back_after_a_save(
    tmp_path: Path, entries: dict[bytes, bytes]
) -> None:
    folder = tmp_path / "hypothesis"
    shutil.rmtree(folder, ignore_errors=True)
    pack = PackCache(folder, "parsed", "p")
    for key, value in entries.items():
        pack.put(key, value)
    pack.save()
    again = PackCache(folder, "parsed", "p")
    assert {key: again.get(key) for key in entries} == entries


# ---- the data comes back exactly, and nothing but data ---------------------------------------

_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | st.dates()
)
_data = st.dictionaries(
    st.text(max_size=10),
    st.recursive(
        _scalars,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
        max_leaves=20,
    ),
    max_size=8,
)


def _typed(node: Any) -> Any:
    """The data with every value's exact type beside it: True is not 1, a date is not its text."""
    if isinstance(node, dict):
        return ("dict", [(_typed(k), _typed(v)) for k, v in node.items()])
    if isinstance(node, list):
        return ("list", [_typed(item) for item in node])
    return (type(node).__name__, node)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_data)
def test_parsed_data_comes_back_equal_and_of_the_same_types(
    tmp_path: Path, data: dict[str, Any]
) -> None:
    folder = tmp_path / "hypothesis"
    shutil.rmtree(folder, ignore_errors=True)
    store = ParseCache(PackCache(folder, "parsed", "p"))
    store.put(b"k", data)
    store.save()
    again = ParseCache(PackCache(folder, "parsed", "p")).get(b"k")
    assert _typed(again) == _typed(data)


def test_every_example_file_comes_back_as_the_parser_gave_it(tmp_path: Path) -> None:
    store = ParseCache(PackCache(tmp_path, "parsed", "p"))
    files = [*sorted(EXAMPLE.glob("*/*.yaml")), EXAMPLE / "cadrectl.yaml"]
    parsed = {path: fastyaml.parse(path.read_text(encoding="utf-8")) for path in files}
    for path, data in parsed.items():
        store.put(store.key(path.read_bytes()), data)
    store.save()
    again = ParseCache(PackCache(tmp_path, "parsed", "p"))
    for path, data in parsed.items():
        assert _typed(again.get(again.key(path.read_bytes()))) == _typed(data)


class _Planted:
    """What an attacker's pickle would name: any class at all, here one that records a call."""

    called = False

    def __reduce__(self) -> tuple[Any, tuple[()]]:
        return (_Planted._call, ())

    @staticmethod
    def _call() -> None:
        _Planted.called = True


def test_a_planted_pickle_is_refused_and_never_runs(tmp_path: Path) -> None:
    import pickle

    pack = PackCache(tmp_path, "parsed", "p")
    pack.put(b"k", pickle.dumps({"id": _Planted()}))
    pack.save()
    assert ParseCache(PackCache(tmp_path, "parsed", "p")).get(b"k") is None
    assert not _Planted.called


def test_a_value_that_is_not_a_mapping_is_ignored(tmp_path: Path) -> None:
    import pickle

    pack = PackCache(tmp_path, "parsed", "p")
    pack.put(b"list", pickle.dumps([1, 2]))
    pack.put(b"junk", b"not a pickle")
    store = ParseCache(pack)
    assert store.get(b"list") is None
    assert store.get(b"junk") is None


def test_cadrectl_no_cache_turns_it_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CADRECTL_NO_CACHE", "1")
    assert parse_cache(tmp_path) is None
    monkeypatch.setenv("CADRECTL_NO_CACHE", "0")
    assert parse_cache(tmp_path) is not None


def test_the_commands_give_the_same_answers_with_and_without_it(tmp_path: Path) -> None:
    import os
    import sys

    paths = _copy(EXAMPLE, tmp_path / "reg")
    outputs = []
    for env in ({"CADRECTL_NO_CACHE": "1"}, {}, {}):
        run_env = {k: v for k, v in os.environ.items() if k != "CADRECTL_NO_CACHE"} | env
        outputs.append(
            [
                subprocess.run(
                    [sys.executable, "-m", "cadrectl", "-R", str(paths.root), *args],
                    capture_output=True,
                    env=run_env,
                    check=False,
                ).stdout
                for args in (
                    ("check", "--format", "json"),
                    ("ladder", "--format", "json", "--as-of", "2026-06-30"),
                    ("report", "structure", "--format", "json", "--as-of", "2026-06-30"),
                )
            ]
        )
    assert outputs[0] == outputs[1] == outputs[2]
    assert all(outputs[0])


def test_a_load_of_one_cadre_reads_one_and_keeps_every_entry(tmp_path: Path) -> None:
    paths = _copy(EXAMPLE, tmp_path / "reg")
    whole = _fresh_load(paths)
    pack = _pack(paths.root)
    stamp, size = pack.stat().st_mtime_ns, pack.stat().st_size
    file = whole.cadres[3].file
    one = load_registry(paths, cadre_files={file})
    assert [entry.file for entry in one.cadres] == [file]
    assert one.cadres[0].cadre == whole.cadres[3].cadre
    assert len(one.units) == len(whole.units)
    assert (pack.stat().st_mtime_ns, pack.stat().st_size) == (stamp, size)  # nothing pruned
    (paths.root / FOLDER / pack.name).unlink()
    load_registry(paths, cadre_files={file})
    assert _pack(paths.root).stat().st_size < size  # a fresh pack: only what was read
    _fresh_load(paths)
    assert _pack(paths.root).stat().st_size == size


def test_a_partial_load_adds_to_the_pack_without_dropping(tmp_path: Path) -> None:
    folder = tmp_path / FOLDER
    pack = PackCache(folder, "parsed", "p")
    pack.put(b"a", b"1")
    pack.put(b"b", b"2")
    pack.save()
    partial = PackCache(folder, "parsed", "p")
    partial.put(b"c", b"3")
    partial.save(prune=False)
    again = PackCache(folder, "parsed", "p")
    assert [again.get(key) for key in (b"a", b"b", b"c")] == [b"1", b"2", b"3"]
