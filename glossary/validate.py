"""Lint a folder of term files: every problem in every file, not just the first.

Per file: TOML syntax, encoding, unknown keys, wrong types, invalid values (schema.check_text), an
approved term without English, an ``avoid`` entry that is also an accepted rendering, a file name
that is not an ASCII slug. Across files: one source form (any script or variant, compared after
t2s) in two files; one English rendering for two terms (an error once both are approved, a
warning before); an ``avoid`` entry that another term accepts (a warning).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from glossary.model import GLOSS_SOURCES, Term
from glossary.schema import KeyPath, Problem, check_text, decode, locate_keys
from glossary.script import normalize_width, to_simplified
from glossary.store import term_paths

# Kinds whose English is a proper name: case matters (the checker's wrong-case rule).
PROPER_KINDS = frozenset({"person", "organization", "product", "place", "event"})

_SLUG = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


@dataclass(frozen=True)
class Report:
    """The outcome of validating a folder: how many files, and every problem found."""

    files: int
    problems: tuple[Problem, ...]

    def count(self, level: str) -> int:
        return sum(p.level == level for p in self.problems)

    def fails(self, fail_on: str = "error") -> bool:
        """Whether a problem at or above fail_on ("error", "warning" or "never") was found."""
        if fail_on == "never":
            return False
        return any(p.level == "error" or fail_on == "warning" for p in self.problems)

    def summary(self) -> str:
        files = f"{self.files} term file{'' if self.files == 1 else 's'}"
        n = len(self.problems)
        text = f"{files}, {n} problem{'' if n == 1 else 's'}"
        if n:
            errors, warnings = self.count("error"), self.count("warning")
            text += (f" ({errors} error{'' if errors == 1 else 's'}, "
                     f"{warnings} warning{'' if warnings == 1 else 's'})")
        return text

    def to_json(self) -> dict:
        return {
            "problems": [{"file": p.path, "line": p.line, "column": p.column, "level": p.level,
                          "code": p.code, "message": p.message} for p in self.problems],
            "summary": {"files": self.files, "problems": len(self.problems),
                        "error": self.count("error"), "warning": self.count("warning")},
        }


@dataclass
class _File:
    path: str
    text: str
    term: Term | None
    _where: dict | None = None

    @property
    def where(self) -> dict:
        """Key positions, located only when a problem in this file needs them."""
        if self._where is None:
            self._where = locate_keys(self.text)
        return self._where

    def at(self, key: KeyPath, element: str | None = None) -> tuple[int | None, int | None]:
        """Line and column of a key's value, or of one string element of an array value."""
        if key not in self.where:
            return (None, None)
        line, _, column = self.where[key]
        if element is None:
            return line, column
        start = _offset(self.text, line, column)
        for quoted in (json.dumps(element, ensure_ascii=False), f"'{element}'"):
            found = self.text.find(quoted, start)
            if found >= 0:
                before = self.text[:found]
                return before.count("\n") + 1, found - (before.rfind("\n") + 1) + 1
        return line, column


def _offset(text: str, line: int, column: int) -> int:
    pos = 0
    for _ in range(line - 1):
        pos = text.index("\n", pos) + 1
    return pos + column - 1


def form_key(form: str) -> str:
    """How source forms are compared: width-unified, simplified, case-folded, spaces collapsed."""
    return " ".join(to_simplified(unicodedata.normalize("NFKC", normalize_width(form))).casefold()
                    .split())


def english_key(english: str) -> str:
    """How English renderings are compared: case-insensitive, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", english).casefold().split())


def validate(terms_dir: str | Path) -> Report:
    """Check every ``*.toml`` in terms_dir; raises TermFileError only if it is not a folder."""
    files: list[_File] = []
    problems: list[Problem] = []
    paths = term_paths(Path(terms_dir))
    for path in paths:
        spath = str(path)
        problems.extend(_check_slug(path))
        try:
            raw = path.read_bytes()
        except OSError as exc:
            problems.append(Problem(spath, None, None, "unreadable", f"cannot read: {exc.strerror}"))
            continue
        text, bad = decode(raw, path)
        if text is None:
            problems.extend(bad)
            continue
        term, bad = check_text(text, path)
        problems.extend(bad)
        if bad and bad[0].code == "syntax":
            continue
        f = _File(spath, text, term)
        files.append(f)
        if term is not None:
            problems.extend(_check_term(f, term))
    problems.extend(_duplicate_forms(files))
    problems.extend(_duplicate_english(files))
    problems.extend(_avoid_accepted_elsewhere(files))
    order = {str(p): i for i, p in enumerate(paths)}
    problems.sort(key=lambda p: (order.get(p.path, -1), p.line or 0, p.column or 0))
    return Report(len(paths), tuple(problems))


def _check_slug(path: Path) -> list[Problem]:
    if _SLUG.fullmatch(path.stem):
        return []
    return [Problem(str(path), None, None, "slug",
                    f"file name '{path.name}' is not an ASCII slug "
                    "(use letters, digits and '-', e.g. from the pinyin)")]


def _check_term(f: _File, term: Term) -> list[Problem]:
    out: list[Problem] = []

    def report(where: tuple[int | None, int | None], code: str, message: str) -> None:
        out.append(Problem(f.path, where[0], where[1], code, message))

    if term.status == "approved" and not term.english.strip():
        where = f.at(("english",)) if ("english",) in f.where else f.at(("status",))
        report(where, "empty-english", "approved term has no English")
    proper = term.kind in PROPER_KINDS
    accepted = {(r if proper else english_key(r)): key
                for key, values in (("english", [term.english]), ("alternatives", term.alternatives))
                for r in values if r.strip()}
    for entry in term.avoid:
        hit = accepted.get(entry if proper else english_key(entry))
        if hit:
            report(f.at(("avoid",), entry), "avoid-accepted",
                   f"avoid entry '{entry}' is also an accepted rendering ({hit})")
    mined = term.mined
    if mined is not None:
        if mined.gloss_source not in GLOSS_SOURCES:
            report(f.at(("mined", "gloss_source")), "value",
                   f"'mined.gloss_source' must be one of {', '.join(GLOSS_SOURCES)}, "
                   f"not '{mined.gloss_source}'")
        if not 0.0 <= mined.gloss_confidence <= 1.0:
            report(f.at(("mined", "gloss_confidence")), "value",
                   "'mined.gloss_confidence' must be between 0 and 1")
    return out


def _forms(term: Term) -> list[tuple[str, KeyPath, bool]]:
    """(form, key, is_array_element) for every source spelling of a term."""
    out = [(term.term, ("term",), False)]
    if term.traditional:
        out.append((term.traditional, ("traditional",), False))
    out.extend((v, ("variants",), True) for v in term.variants if v.strip())
    return out


def _duplicate_forms(files: list[_File]) -> list[Problem]:
    first: dict[str, tuple[_File, str]] = {}
    out: list[Problem] = []
    for f in files:
        if f.term is None:
            continue
        seen_here: set[str] = set()
        for form, key, element in _forms(f.term):
            k = form_key(form)
            if not k or k in seen_here:
                continue
            seen_here.add(k)
            if k not in first:
                first[k] = (f, form)
                continue
            other, other_form = first[k]
            as_ = "" if other_form == form else f" (as '{other_form}')"
            line, column = f.at(key, form if element else None)
            out.append(Problem(f.path, line, column, "duplicate-form",
                               f"source form '{form}' is also in {other.path}{as_}"))
    return out


def _duplicate_english(files: list[_File]) -> list[Problem]:
    """One English for two terms: an error when both are approved (the checker cannot tell them
    apart in a draft), a warning while either is still a candidate (a merge or a choice to make)."""
    first: dict[str, _File] = {}
    out: list[Problem] = []
    for f in files:
        term = f.term
        if term is None or term.status == "rejected" or not term.english.strip():
            continue
        k = english_key(term.english)
        if k not in first:
            first[k] = f
            continue
        other = first[k]
        line, column = f.at(("english",))
        both_approved = term.status == other.term.status == "approved"
        out.append(Problem(f.path, line, column, "duplicate-english",
                           f"English '{term.english}' is also the English of "
                           f"'{other.term.term}' in {other.path}",
                           "error" if both_approved else "warning"))
    return out


def _avoid_accepted_elsewhere(files: list[_File]) -> list[Problem]:
    """An ``avoid`` entry that another term accepts: drafts using it for that term are right, so
    the checker lets it pass and the entry never fires there (a warning, like an overlap)."""
    accepted: dict[str, list[tuple[str, _File]]] = {}
    for f in files:
        t = f.term
        if t is None or t.status == "rejected":
            continue
        for r in t.renderings():
            accepted.setdefault(english_key(r), []).append((r, f))
    out: list[Problem] = []
    for f in files:
        t = f.term
        if t is None or t.status == "rejected":
            continue
        proper = t.kind in PROPER_KINDS
        for entry in t.avoid:
            for rendering, other in accepted.get(english_key(entry), []):
                if other is f or (proper and rendering != entry):
                    continue
                line, column = f.at(("avoid",), entry)
                out.append(Problem(f.path, line, column, "avoid-accepted-elsewhere",
                                   f"avoid entry '{entry}' is an accepted rendering of "
                                   f"'{other.term.term}' in {other.path}", "warning"))
                break
    return out
