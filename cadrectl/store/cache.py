"""The parse cache in ``.cadrectl-cache/``: what a file parsed to, by the hash of its bytes.

Why: at 10,000 cadres, parsing the YAML was about half of loading the registry (bench/,
docs/performance.md). :class:`ParseCache` keeps each file's parsed data, so a file read before
is not parsed again; validation and every rule still run on every load.

The data is kept exactly: a pickle of plain containers, text, numbers and dates, which unpickles
to data equal to the parser's, of the same types (so nothing downstream can tell the two apart).
It is read back by an unpickler that refuses any class but ``datetime.date``, so a planted pack
cannot run code.

A pack is one file, ``<namespace>-<fingerprint>.bin``: a header line, a BLAKE2b checksum of the
payload, and the payload, a marshalled ``dict[bytes, bytes]``. The fingerprint names everything
the values depend on (the caller's code and library versions), so a pack of another build is
never read, and is deleted when a new one is written. A pack whose checksum does not match, or
that does not unmarshal to that dict, is ignored as if absent. Nothing here is ever trusted
without the key, which the caller derives from the bytes it has just read.

The cache is an optimisation only: every failure to read or write it is silent, and
``CADRECTL_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import marshal
import os
import pickle
import sys
from functools import cache
from pathlib import Path
from typing import Any

from cadrectl.store.atomic import write_atomic

FOLDER = ".cadrectl-cache"
_MAGIC = b"cadrectl cache pack 2\n"  # 2: quoted dates read as text (fastyaml)
_CHECKSUM_SIZE = 32
_IGNORE_ALL = "# cadrectl's parse cache: safe to delete, never committed\n*\n"


def cache_disabled() -> bool:
    return os.environ.get("CADRECTL_NO_CACHE", "").strip() not in ("", "0")


class PackCache:
    """One pack of ``key -> value`` pairs, read on first use and rewritten by :meth:`save`.

    What :meth:`save` writes is what this process used: the entries it found and the ones it
    added. Entries for bytes no longer in the registry (a file edited since) are dropped then.
    """

    def __init__(self, folder: Path, namespace: str, fingerprint: str) -> None:
        self.folder = folder
        self.namespace = namespace
        self.path = folder / f"{namespace}-{fingerprint}.bin"
        self._stored: dict[bytes, bytes] | None = None
        self._used: dict[bytes, bytes] = {}
        self._added = False

    @staticmethod
    def key(raw: bytes) -> bytes:
        """The key of a file's bytes."""
        return hashlib.blake2b(raw, digest_size=20).digest()

    def get(self, key: bytes) -> bytes | None:
        value = self._used.get(key)
        if value is None:
            value = self._entries().get(key)
            if value is not None:
                self._used[key] = value
        return value

    def put(self, key: bytes, value: bytes) -> None:
        self._used[key] = value
        self._added = True

    def save(self, *, prune: bool = True) -> None:
        """Write the pack if it gained (or, pruning, lost) entries; keep the old one on failure.

        Pruning keeps only what this process used, which drops the entries of files edited or
        deleted since; a load of part of the registry must not prune.
        """
        stored = self._entries()
        pruned = prune and len(self._used) != len(stored)
        if not self._added and not pruned:
            return
        entries = self._used if prune else {**stored, **self._used}
        payload = marshal.dumps(entries)
        checksum = hashlib.blake2b(payload, digest_size=_CHECKSUM_SIZE).digest()
        with contextlib.suppress(OSError):
            self.folder.mkdir(exist_ok=True)
            ignore = self.folder / ".gitignore"
            if not ignore.exists():
                ignore.write_text(_IGNORE_ALL, encoding="utf-8")
            write_atomic(self.path, _MAGIC + checksum + payload, durable=False)
            self._stored, self._added = dict(entries), False
            for other in self.folder.glob(f"{self.namespace}-*.bin"):
                if other != self.path:
                    other.unlink(missing_ok=True)

    def _entries(self) -> dict[bytes, bytes]:
        if self._stored is None:
            self._stored = _read_pack(self.path)
        return self._stored


def _read_pack(path: Path) -> dict[bytes, bytes]:
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    head = len(_MAGIC)
    checksum, payload = data[head : head + _CHECKSUM_SIZE], data[head + _CHECKSUM_SIZE :]
    if (
        not data.startswith(_MAGIC)
        or checksum != hashlib.blake2b(payload, digest_size=_CHECKSUM_SIZE).digest()
    ):
        return {}
    try:
        entries = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(entries, dict) or not all(
        type(key) is bytes and type(value) is bytes for key, value in entries.items()
    ):
        return {}
    return entries


class ParseCache:
    """The parsed data of a registry's files, by the hash of their bytes (one per load)."""

    def __init__(self, pack: PackCache) -> None:
        self.pack = pack

    key = staticmethod(PackCache.key)

    def get(self, key: bytes) -> dict[str, Any] | None:
        """The data parsed from the bytes of ``key``, or None (then the file is parsed).

        Each value carries a tag made with its key: a value that is not the one written for
        these bytes (moved under another key in a pack, or damaged) is never used.
        """
        stored = self.pack.get(key)
        if stored is None:
            return None
        tag, blob = stored[:_TAG_SIZE], stored[_TAG_SIZE:]
        if tag != _tag(key, blob):
            return None
        try:
            data = _DateOnlyUnpickler(io.BytesIO(blob)).load()
        except Exception:  # a value this build did not write: read the file instead
            return None
        return data if type(data) is dict else None

    def put(self, key: bytes, data: dict[str, Any]) -> None:
        blob = pickle.dumps(_shared_keys(data), protocol=5)
        self.pack.put(key, _tag(key, blob) + blob)

    def save(self, *, prune: bool = True) -> None:
        self.pack.save(prune=prune)


_TAG_SIZE = 16


def _tag(key: bytes, blob: bytes) -> bytes:
    """A BLAKE2b MAC of a value under the content hash it stands for."""
    return hashlib.blake2b(blob, key=key, digest_size=_TAG_SIZE).digest()


def parse_cache(root: Path) -> ParseCache | None:
    """The cache of the registry at ``root`` for one load (None where it is turned off).

    One load, then dropped: the pack is not kept in memory while the command goes on.
    """
    if cache_disabled():
        return None
    return ParseCache(PackCache(root / FOLDER, "parsed", fingerprint()))


@cache
def fingerprint() -> str:
    """What a parse depends on, as a short digest: packs of another build are never read."""
    from cadrectl import __version__
    from cadrectl.store import fastyaml

    here = Path(__file__).resolve().parent
    digest = hashlib.blake2b(digest_size=10)
    for part in (__version__, sys.version, fastyaml.parser_name()):
        digest.update(part.encode() + b"\0")
    for name in ("cache.py", "fastyaml.py", "reader.py", "textfile.py", "yamlfile.py"):
        digest.update(name.encode() + b"\0" + (here / name).read_bytes())
    return digest.hexdigest()


class _DateOnlyUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("datetime", "date"):
            return dt.date
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in the parse cache")


def _shared_keys(node: Any) -> Any:
    """The same data with its mapping keys interned: the pickle then stores each key once."""
    if type(node) is dict:
        return {
            sys.intern(key) if type(key) is str else key: _shared_keys(value)
            for key, value in node.items()
        }
    if type(node) is list:
        return [_shared_keys(item) for item in node]
    return node
