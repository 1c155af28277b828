"""``glossary import``: merge terms from a TBX, CSV, TSV or JSON file into terms/.

An imported entry belongs to an existing term file when any of its source spellings, in either
script, is a spelling of that term. Editors' fields are never overwritten unless ``overwrite``:

* an empty field (or ``kind = "other"``, ``status = "candidate"``, the defaults) is filled;
* ``variants``, ``alternatives`` and ``avoid`` gain the values they lack (a rendering listed in
  ``avoid`` is not added to ``alternatives``, nor the other way round);
* a different non-empty value is kept and reported, or replaced with ``overwrite``.

``[mined]`` belongs to ``glossary build``: existing files keep theirs; a new file gets the contexts
(and, from JSON, the whole ``[mined]`` table) the import file carries. New files get a slug from
the pinyin (``glossary.pinyin.slug``) and, when the file has none, pinyin and a traditional form.
Everything is parsed and checked before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from glossary.exchange import common
from glossary.exchange.common import ImportFileError, has_han, to_simplified, to_traditional
from glossary.merge import unique_slug
from glossary.model import Term
from glossary.store import load_terms, write_term

FORMATS = ("tbx", "csv", "tsv", "json")
_SUFFIXES = {".tbx": "tbx", ".xml": "tbx", ".csv": "csv", ".tsv": "tsv", ".tab": "tsv",
             ".txt": "tsv", ".utf8": "tsv", ".json": "json"}
_SCALARS = ("traditional", "pinyin", "english", "note")
_LISTS = ("variants", "alternatives", "avoid")
_DEFAULTS = {"kind": "other", "status": "candidate"}


@dataclass(frozen=True)
class Outcome:
    """What the import did with one entry of the file."""

    action: str                      # added | merged | skipped
    slug: str
    term: str
    fields: tuple[str, ...] = ()     # fields filled or changed
    kept: tuple[str, ...] = ()       # conflicting values not taken (without overwrite)


@dataclass
class ImportReport:
    source: str
    entries: int = 0
    outcomes: list[Outcome] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)


def detect_format(path: Path) -> str:
    fmt = _SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise ImportFileError(f"cannot tell the format from the suffix '{path.suffix}': "
                              f"use --format ({', '.join(FORMATS)})", path)
    return fmt


def read_entries(path: Path, fmt: str | None = None) -> list[tuple[int, Term]]:
    """The terms a file holds, each with its line (entry number for JSON). Raises ImportFileError."""
    from glossary.exchange import jsonio, tabular, tbx

    fmt = fmt or detect_format(path)
    raw = common.read_bytes(path)
    if fmt == "tbx":
        return tbx.parse_tbx(raw, path)
    text = common.decode_input(raw, path)
    parse: Callable[[str, str | Path], list[tuple[int, Term]]] = {
        "csv": tabular.parse_csv, "tsv": tabular.parse_tsv, "json": jsonio.parse_json}[fmt]
    return parse(text, path)


def _pinyin_of(term: Term) -> str:
    from glossary.pinyin import term_pinyin
    return term_pinyin(term.term, term.kind, term.english)


def _slug_of(term: Term) -> str:
    from glossary.pinyin import slug
    return slug(term.term, term.kind)


class _Index:
    """Terms by every source spelling, as written and simplified (Latin spellings ignore case)."""

    def __init__(self) -> None:
        self._keys: dict[str, int] = {}

    @staticmethod
    def keys(term: Term) -> set[str]:
        found = set()
        for form in term.forms():
            for key in (form, to_simplified(form)):
                found.add(key if has_han(key) else key.casefold())
        return found

    def add(self, term: Term, position: int) -> None:
        for key in self.keys(term):
            self._keys.setdefault(key, position)

    def find(self, term: Term) -> int | None:
        hits = [self._keys[k] for k in sorted(self.keys(term)) if k in self._keys]
        return min(hits) if hits else None


def merge_term(base: Term, incoming: Term, overwrite: bool) -> tuple[Term, list[str], list[str]]:
    """``base`` with what ``incoming`` adds: (new term, fields changed, conflicts kept)."""
    merged = replace(base, variants=list(base.variants), alternatives=list(base.alternatives),
                     avoid=list(base.avoid))
    changed: list[str] = []
    kept: list[str] = []
    for name in _SCALARS + tuple(_DEFAULTS):
        new, old = getattr(incoming, name), getattr(base, name)
        if not new or new == old or new == _DEFAULTS.get(name):
            continue
        if overwrite or not old or old == _DEFAULTS.get(name):
            setattr(merged, name, new)
            changed.append(name)
        else:
            kept.append(f'{name}: kept "{old}", the file has "{new}"')
    if overwrite:
        for name in _LISTS:
            new = getattr(incoming, name)
            if new and new != getattr(base, name):
                setattr(merged, name, list(new))
                changed.append(name)
    else:
        for name, other in (("alternatives", "avoid"), ("avoid", "alternatives")):
            for value in getattr(incoming, name):
                if value in getattr(merged, name) or value == merged.english:
                    continue
                if value in getattr(merged, other):
                    kept.append(f'{name}: "{value}" is in {other}, left there')
                    continue
                getattr(merged, name).append(value)
                if name not in changed:
                    changed.append(name)
        for value in [incoming.term, *incoming.variants]:
            if value and value not in merged.forms():
                merged.variants.append(value)
                if "variants" not in changed:
                    changed.append("variants")
    return merged, changed, kept


def _complete(term: Term) -> Term:
    """A new term as a file: simplified head form, traditional form and pinyin filled when missing."""
    if has_han(term.term):
        simplified = to_simplified(term.term)
        if simplified != term.term:
            if not term.traditional:
                term.traditional = term.term
            term.term = simplified
        if not term.traditional:
            term.traditional = to_traditional(term.term)
    if not term.pinyin:
        term.pinyin = _pinyin_of(term)
    return term


def import_terms(path: Path, terms_dir: Path, *, fmt: str | None = None, overwrite: bool = False,
                 dry_run: bool = False) -> ImportReport:
    """Merge the terms of ``path`` into ``terms_dir``; returns what was added, merged, skipped."""
    entries = read_entries(path, fmt)
    existing = load_terms(terms_dir)
    report = ImportReport(source=str(path), entries=len(entries))
    current: list[Term] = list(existing)
    is_new = [False] * len(current)
    index = _Index()
    for position, term in enumerate(current):
        index.add(term, position)
    taken = {t.slug.casefold() for t in existing}
    touched: dict[int, tuple[list[str], list[str]]] = {}
    for _line, incoming in entries:
        hit = index.find(incoming)
        if hit is None:
            term = _complete(replace(incoming))
            term.slug = unique_slug(_slug_of(term), taken)
            current.append(term)
            is_new.append(True)
            hit = len(current) - 1
            index.add(term, hit)
            report.outcomes.append(Outcome("added", term.slug, term.term))
            continue
        merged, changed, kept = merge_term(current[hit], incoming, overwrite)
        current[hit] = merged
        index.add(merged, hit)
        if is_new[hit]:
            continue   # a later entry for a term this import adds: folded into it
        fields, conflicts = touched.setdefault(hit, ([], []))
        fields.extend(f for f in changed if f not in fields)
        conflicts.extend(k for k in kept if k not in conflicts)
    for hit, (fields, conflicts) in sorted(touched.items()):
        term = current[hit]
        action = "merged" if fields else "skipped"
        report.outcomes.append(Outcome(action, term.slug, term.term, tuple(fields),
                                       tuple(conflicts)))
    if dry_run:
        return report
    dirty = [i for i, new in enumerate(is_new) if new]
    dirty += [hit for hit, (fields, _) in sorted(touched.items()) if fields]
    if not dirty:
        return report
    from glossary.lock import locked

    with locked(terms_dir):
        for i in dirty:
            report.written.append(write_term(terms_dir, current[i]))
    return report
