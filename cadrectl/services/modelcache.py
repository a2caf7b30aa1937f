"""Validate a registry file from the parse cache instead of parsing its YAML again.

Why: at 10,000 cadres, parsing the YAML is about half of loading the registry (bench/,
docs/performance.md). The cache keeps each valid file's parsed data as JSON, keyed by the hash of
the file's bytes, and the model is validated straight from that JSON by pydantic's own parser.

The JSON of a file is stored only when the model validated from it *equals* the model validated
from the YAML's data, so a cached file reads exactly as an uncached one (a date in a free-text
field, say, which JSON would turn into text, is simply never cached). Validation always runs:
the cache saves the parse, never the checks. A pack belongs to one build: cadrectl's version, the
sources of its models and of its YAML reading, Python, pydantic-core and the parser.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from cadrectl.store.cache import FOLDER, PackCache, cache_disabled

if TYPE_CHECKING:
    from pydantic import BaseModel

M = TypeVar("M", bound="BaseModel")

_PACKAGE = Path(__file__).resolve().parent.parent
# The code a cached value depends on: the models, how files are decoded and parsed, and this.
_SOURCES = ("model", "store/fastyaml.py", "store/reader.py", "store/textfile.py",
            "services/modelcache.py")  # fmt: skip
_OPEN: dict[Path, ModelCache] = {}


class ModelCache:
    """The models of one registry's files, by content hash; one per registry and process."""

    def __init__(self, pack: PackCache) -> None:
        self.pack = pack

    def key(self, raw: bytes, model: type[BaseModel]) -> bytes:
        return self.pack.key(raw, model.__name__)

    def load(self, key: bytes, model: type[M]) -> M | None:
        """The model of the file whose key this is, or None when the cache does not have it."""
        from pydantic import ValidationError

        blob = self.pack.get(key)
        if blob is None:
            return None
        try:
            return model.model_validate_json(blob)
        except ValidationError:  # cannot happen for a pack of this build; read the file then
            return None

    def offer(self, key: bytes, data: dict[str, Any], validated: BaseModel) -> None:
        """Keep ``data`` for next time if its JSON validates to the very same model."""
        try:
            blob = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=_plain)
        except (TypeError, ValueError):
            return
        if _same(type(validated), blob.encode(), validated):
            self.pack.put(key, blob.encode())

    def save(self) -> None:
        self.pack.save()


def model_cache(root: Path) -> ModelCache | None:
    """The cache of the registry at ``root`` (shared by every load in this process), if enabled."""
    if cache_disabled():
        return None
    root = root.resolve()
    found = _OPEN.get(root)
    if found is None:
        found = _OPEN[root] = ModelCache(PackCache(root / FOLDER, "models", fingerprint()))
    return found


@cache
def fingerprint() -> str:
    """What the cached values depend on, as a short digest: another build never reads them."""
    import pydantic_core

    from cadrectl import __version__
    from cadrectl.store import fastyaml

    digest = hashlib.blake2b(digest_size=10)
    for part in (__version__, sys.version, pydantic_core.__version__, fastyaml.parser_name()):
        digest.update(part.encode() + b"\0")
    for source in _SOURCES:
        path = _PACKAGE / source
        for file in sorted(path.glob("*.py")) if path.is_dir() else [path]:
            digest.update(file.name.encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def _plain(value: object) -> str:
    if type(value) is dt.date:  # a YAML date; PartialDate reads its ISO text the same way
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _same(model: type[BaseModel], blob: bytes, validated: BaseModel) -> bool:
    from pydantic import ValidationError

    try:
        return model.model_validate_json(blob) == validated
    except ValidationError:
        return False
