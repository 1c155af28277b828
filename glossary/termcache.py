"""Parsed term files cached between runs, so `show` and `search` answer fast on a big glossary.

Parsing is the cost of reading ``terms/`` (25,000 mined term files: about 5 s). The parsed terms are
pickled under ``$XDG_CACHE_HOME/glossary/`` (default ``~/.cache/glossary/``), keyed by the absolute
path of the folder; a file is parsed again when its size, mtime, ctime or inode changed, so an
editor's change costs one file. A cache that cannot be read or written is ignored.
"""

from __future__ import annotations

import os
from pathlib import Path

from glossary import __version__
from glossary.cache import dump_pickle, folder_cache_path, load_pickle
from glossary.errors import TermFileError
from glossary.model import Context, Mined, Term
from glossary.store import read_term

CACHE_FORMAT = 2   # bump whenever Term (and so _flat) changes shape
_VERSION = f"{CACHE_FORMAT}:{__version__}"


def term_file_stats(terms_dir: Path) -> list[tuple[str, int, int, int, int]]:
    """(name, size, mtime_ns, ctime_ns, inode) of every term file, sorted: what a cache keys on."""
    try:
        entries = []
        for e in os.scandir(terms_dir):
            if e.name.endswith(".toml") and e.is_file():
                st = e.stat()
                entries.append((e.name, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
    except FileNotFoundError:
        return []
    except NotADirectoryError:
        raise TermFileError("not a directory", terms_dir) from None
    except OSError as exc:
        raise TermFileError(f"cannot read folder: {exc.strerror}", terms_dir) from None
    return sorted(entries)


Stat = tuple[int, int, int, int]           # size, mtime_ns, ctime_ns, inode
Flat = tuple                               # a Term as plain tuples: unpickles 2-3x faster
Cache = dict[str, tuple[Stat, Flat]]       # file name -> its stat when parsed, the term


def _flat(t: Term) -> Flat:
    m = t.mined
    mined = None if m is None else (m.count, m.documents, m.score, m.gloss_source,
                                    m.gloss_confidence, m.suggestions,
                                    [(c.document, c.line, c.text) for c in m.contexts])
    return (t.term, t.traditional, t.variants, t.pinyin, t.english, t.alternatives, t.avoid,
            t.kind, t.status, t.note, t.slug, mined)


def _term(flat: Flat) -> Term:
    *fields, slug, m = flat
    mined = None if m is None else Mined(*m[:6], [Context(*c) for c in m[6]])
    return Term(*fields, mined=mined, slug=slug)


def cache_path(terms_dir: Path) -> Path:
    """Where the parsed terms of ``terms_dir`` are cached."""
    return folder_cache_path("terms", terms_dir)


def _read(path: Path) -> Cache:
    cache = load_pickle(path, _VERSION)
    return cache if isinstance(cache, dict) else {}


def _write(path: Path, cache: Cache) -> None:
    dump_pickle(path, _VERSION, cache)  # no writable cache: the next run parses again


def load_terms_cached(terms_dir: str | Path) -> list[Term]:
    """Every term of ``terms_dir`` sorted by file name, as ``store.load_terms`` returns them.

    Only files whose size, mtime, ctime or inode changed since they were cached are parsed again.
    A malformed file raises TermFileError naming it (and is never cached).
    """
    terms_dir = Path(terms_dir)
    path = cache_path(terms_dir)
    old = _read(path)
    new: Cache = {}
    terms: list[Term] = []
    for name, *stat in term_file_stats(terms_dir):
        entry = old.get(name)
        term = None
        if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == tuple(stat):
            try:
                term = _term(entry[1])
            except (TypeError, ValueError):   # a damaged cache entry: parse the file
                term = None
        if term is None:
            term = read_term(terms_dir / name)
            entry = (tuple(stat), _flat(term))
        new[name] = entry
        terms.append(term)
    if new.keys() != old.keys() or any(new[k] is not old[k] for k in new):
        _write(path, new)
    return terms
