"""The user's cache folder and the pickles kept there (dictionary index, term caches).

A cache is only ever an optimisation: a missing, damaged or unwritable one is ignored.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/glossary``, default ``~/.cache/glossary``."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "glossary"


def folder_cache_path(prefix: str, folder: Path) -> Path:
    """A cache file for one folder (by its absolute path), e.g. ``index-<hash>.pickle``."""
    key = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:24]
    return cache_dir() / f"{prefix}-{key}.pickle"


def load_pickle(path: Path, tag: object) -> Any | None:
    """The payload stored at ``path`` with ``tag``, or None (absent, damaged, other tag)."""
    try:
        with open(path, "rb") as fh:
            stored_tag, payload = pickle.load(fh)
    except Exception:  # absent, unreadable, truncated or from another version
        return None
    return payload if stored_tag == tag else None


def dump_pickle(path: Path, tag: object, payload: object) -> bool:
    """Store ``(tag, payload)`` at ``path`` atomically; False when the cache cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump((tag, payload), fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return False
    return True
