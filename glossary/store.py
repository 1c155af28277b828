"""Term files on disk: read, validate the schema, write atomically.

This module is on the check path: it must not import jieba or pypinyin.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import tomli_w

from glossary.errors import TermFileError
from glossary.model import EDITOR_KEYS, Mined, Term
from glossary.schema import check_data, check_text, decode


def term_to_dict(term: Term) -> dict[str, Any]:
    data: dict[str, Any] = {key: getattr(term, key) for key in EDITOR_KEYS}
    data["variants"] = list(term.variants)
    data["alternatives"] = list(term.alternatives)
    data["avoid"] = list(term.avoid)
    if term.mined is not None:
        m = term.mined
        data["mined"] = {
            "count": m.count,
            "documents": m.documents,
            "score": round(float(m.score), 4),
            "gloss_source": m.gloss_source,
            "gloss_confidence": round(float(m.gloss_confidence), 2),
            "suggestions": list(m.suggestions),
            "contexts": [{"document": c.document, "line": c.line, "text": c.text}
                         for c in m.contexts],
        }
    return data


def dumps(term: Term) -> str:
    """The term file's text: deterministic byte for byte, keys in SPEC order."""
    data = term_to_dict(term)
    mined = data.pop("mined", None)
    text = _dumps_table(data)
    if mined is not None:
        text += "\n" + dumps_mined(mined)
    return text


def dumps_mined(mined: dict[str, Any] | Mined) -> str:
    """The ``[mined]`` section as a term file holds it: its scalars under ``[mined]``, then one
    ``[[mined.contexts]]`` table per context (always that form, as SPEC shows it, however long)."""
    if isinstance(mined, Mined):
        mined = term_to_dict(Term(term="-", mined=mined))["mined"]
    scalars = {k: v for k, v in mined.items() if k != "contexts"}
    contexts = mined.get("contexts", [])
    if not contexts:
        scalars["contexts"] = []
    text = "[mined]\n" + _dumps_table(scalars)
    for ctx in contexts:
        text += "\n[[mined.contexts]]\n" + _dumps_table(ctx)
    return text


# TOML text exactly as tomli_w writes it, for the flat tables of a term file (scalars and
# arrays of strings): tomli_w escapes strings one character at a time, which made rendering a
# large share of a build's describe stage. A string with nothing to escape is written as is;
# anything else (an escape, a nested value, another type) is left to tomli_w itself.
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x08\x0a-\x1f\x7f]')


def _toml_string(s: str) -> str:
    if _NEEDS_ESCAPE.search(s) is None:
        return f'"{s}"'
    return tomli_w.dumps({"s": s})[4:-1]


def _dumps_table(table: dict[str, Any]) -> str:
    """``tomli_w.dumps(table)`` for a table of strings, numbers and arrays of strings."""
    out = []
    for key, value in table.items():
        kind = type(value)
        if kind is str:
            text = _toml_string(value)
        elif kind is int or kind is float:
            text = str(value)
        elif kind is list and all(type(v) is str for v in value):
            text = ("[\n" + "".join(f"    {_toml_string(v)},\n" for v in value) + "]"
                    if value else "[]")
        else:
            return tomli_w.dumps(table)
        if _BARE_KEY.fullmatch(key) is None:
            return tomli_w.dumps(table)
        out.append(f"{key} = {text}\n")
    return "".join(out)


def parse(text: str, path: str | Path) -> Term:
    """Parse one term file's text; TermFileError names file:line:column of the first problem
    (``glossary validate`` reports them all: see glossary.schema)."""
    term, problems = check_text(text, path)
    if problems:
        raise problems[0].error()
    assert term is not None
    return term


def from_dict(data: dict[str, Any], path: str | Path, text: str | None = None) -> Term:
    """A term from parsed TOML; TermFileError on the first schema problem."""
    term, problems = check_data(data, path, text)
    if problems:
        raise problems[0].error()
    assert term is not None
    return term


def read_term(path: Path) -> Term:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TermFileError(f"cannot read: {exc.strerror}", path) from None
    text, problems = decode(raw, path)
    if text is None:
        raise problems[0].error()
    return parse(text, path)


def term_paths(terms_dir: Path) -> list[Path]:
    if not terms_dir.exists():
        return []
    if not terms_dir.is_dir():
        raise TermFileError("not a directory", terms_dir)
    return sorted(p for p in terms_dir.glob("*.toml") if p.is_file())


def load_terms(terms_dir: str | Path) -> list[Term]:
    """Every term file in terms_dir, sorted by file name. Raises TermFileError on the first bad file."""
    return [read_term(p) for p in term_paths(Path(terms_dir))]


def atomic_write(path: Path, text: str) -> None:
    """Write text to path via a temporary file in the same folder and a rename: never half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


class AtomicBatch:
    """Many files written atomically together, with one flush to disk instead of one per file.

    ``add`` writes each text to a temporary file beside its target at once (so a caller can
    write while it still computes the next ones); ``commit`` makes them all durable with one
    ``os.sync()``, renames each over its target and syncs the folders; ``abort`` removes the
    temporaries not yet renamed. A process killed at any point leaves every target either old or
    new, never partial (plus, at worst, temporaries named ``.<name>.*.tmp``).
    """

    def __init__(self) -> None:
        self._temporaries: list[tuple[str, Path]] = []
        self._renamed = 0
        self._folders: set[Path] = set()        # made (or found) already: one mkdir each

    def __len__(self) -> int:
        return len(self._temporaries)

    def add(self, path: Path, text: str) -> None:
        if path.parent not in self._folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(path.parent)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        self._temporaries.append((tmp, path))
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)

    def commit(self, progress: Callable[[int, int], None] | None = None) -> None:
        """Sync, then rename every temporary into place; ``progress(done, total)`` per rename.
        On an error the temporaries not yet renamed are removed."""
        temporaries = self._temporaries
        try:
            if temporaries:
                os.sync()
            for tmp, path in temporaries[self._renamed:]:
                os.replace(tmp, path)
                self._renamed += 1
                if progress is not None:
                    progress(self._renamed, len(temporaries))
        except BaseException:
            self.abort()
            raise
        for folder in sorted({path.parent for _, path in temporaries}):
            fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

    def abort(self) -> None:
        """Remove the temporaries not yet renamed into place."""
        for tmp, _ in self._temporaries[self._renamed:]:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        del self._temporaries[self._renamed:]


def atomic_write_many(files: list[tuple[Path, str]],
                      progress: Callable[[int, int], None] | None = None) -> None:
    """Write many files, each atomically, with one flush to disk (see :class:`AtomicBatch`).
    ``progress(done, total)`` is called as files are renamed into place."""
    batch = AtomicBatch()
    try:
        for path, text in files:
            batch.add(path, text)
    except BaseException:
        batch.abort()
        raise
    batch.commit(progress)


def write_term(terms_dir: Path, term: Term) -> Path:
    """Write term to terms_dir/<term.slug>.toml atomically. The slug must already be set."""
    if not term.slug or "/" in term.slug or "\\" in term.slug or term.slug.startswith("."):
        raise TermFileError(f"invalid slug '{term.slug}'", terms_dir)
    path = terms_dir / f"{term.slug}.toml"
    atomic_write(path, dumps(term))
    return path
