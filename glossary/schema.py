"""The term-file schema as a collecting checker: every problem in a file, each with its line.

``store.parse`` raises the first problem; ``glossary validate`` reports them all. This module is on
the check path: it imports neither jieba nor pypinyin.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from glossary.errors import TermFileError
from glossary.model import (CONTEXT_KEYS, EDITOR_KEYS, KINDS, MINED_KEYS, STATUSES, Context, Mined,
                            Term)

KeyPath = tuple[Any, ...]   # ("kind",), ("mined", "count"), ("mined", "contexts", 0, "text")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one term file."""

    path: str
    line: int | None
    column: int | None
    code: str          # short rule id: syntax, encoding, unknown-key, type, value, duplicate-form, ...
    message: str
    level: str = "error"   # "error" | "warning"

    def error(self) -> TermFileError:
        return TermFileError(self.message, self.path, self.line, self.column)

    def __str__(self) -> str:
        return str(self.error())

    @property
    def where(self) -> str:
        """The ``path:line:column: `` prefix of the message (as much of it as is known)."""
        text = str(self)
        return text[:len(text) - len(self.message)]


# --- where keys are -------------------------------------------------------------------------

_BARE_KEY = r"[A-Za-z0-9_-]+"
_KEY_PART = rf"(?:{_BARE_KEY}|\"(?:[^\"\\]|\\.)*\"|'[^']*')"
_KEY_RE = re.compile(rf"[ \t]*({_KEY_PART}(?:[ \t]*\.[ \t]*{_KEY_PART})*)[ \t]*=[ \t]*")
_TABLE_RE = re.compile(rf"[ \t]*(\[\[?)[ \t]*({_KEY_PART}(?:[ \t]*\.[ \t]*{_KEY_PART})*)[ \t]*\]\]?")
_PART_RE = re.compile(_KEY_PART)


def _key_parts(dotted: str) -> tuple[str, ...]:
    parts = []
    for m in _PART_RE.finditer(dotted):
        p = m.group(0)
        if p[0] == '"':
            p = p[1:-1].encode("utf-8").decode("unicode_escape") if "\\" in p else p[1:-1]
        elif p[0] == "'":
            p = p[1:-1]
        parts.append(p)
    return tuple(parts)


def locate_keys(text: str) -> dict[KeyPath, tuple[int, int, int]]:
    """Map each key path to (line, key column, value column), all 1-based.

    A small scanner, not a parser: it follows strings, comments and brackets well enough to find
    the keys of files that tomllib accepted. Keys inside inline tables are not located.
    """
    where: dict[KeyPath, tuple[int, int, int]] = {}
    table: KeyPath = ()
    array_counts: dict[KeyPath, int] = {}
    depth = 0          # open [ and { inside a value
    state = ""         # "", '"', "'", '"""', "'''"
    for number, line in enumerate(text.split("\n"), start=1):
        i = 0
        if not state and depth == 0:
            m = _TABLE_RE.match(line)
            if m:
                name = _key_parts(m.group(2))
                if m.group(1) == "[[":
                    index = array_counts.get(name, 0)
                    array_counts[name] = index + 1
                    table = (*name, index)
                else:
                    table = name
                column = len(line) - len(line.lstrip()) + 1
                where.setdefault(table, (number, column, column))
                continue
            m = _KEY_RE.match(line)
            if m:
                key_column = len(line) - len(line.lstrip()) + 1
                where.setdefault((*table, *_key_parts(m.group(1))), (number, key_column, m.end() + 1))
                i = m.end()
        while i < len(line):
            c = line[i]
            if state in ('"', "'"):
                if c == "\\" and state == '"':
                    i += 2
                    continue
                if c == state:
                    state = ""
            elif state in ('"""', "'''"):
                if c == "\\" and state == '"""':
                    i += 2
                    continue
                if line.startswith(state, i):
                    state = ""
                    i += 3
                    continue
            elif c == "#":
                break
            elif line.startswith('"""', i) or line.startswith("'''", i):
                state = line[i:i + 3]
                i += 3
                continue
            elif c in "\"'":
                state = c
            elif c in "[{":
                depth += 1
            elif c in "]}":
                depth = max(0, depth - 1)
            i += 1
        if state in ('"', "'"):
            state = ""          # a single-line string cannot continue; tomllib would have refused
    return where


class _Locator:
    """Key positions, computed on first use: a file without problems never pays for them."""

    def __init__(self, text: str | None) -> None:
        self.text = text
        self._where: dict[KeyPath, tuple[int, int, int]] | None = None

    @property
    def where(self) -> dict[KeyPath, tuple[int, int, int]]:
        if self._where is None:
            self._where = locate_keys(self.text) if self.text else {}
        return self._where

    def __call__(self, path: KeyPath, *, at_key: bool = False) -> tuple[int | None, int | None]:
        """Line and column of the value at path (of the key with at_key), or of its nearest
        located parent."""
        while path:
            if path in self.where:
                line, key_column, value_column = self.where[path]
                return line, key_column if at_key else value_column
            path = path[:-1]
        return (None, None)


# --- the schema ---------------------------------------------------------------------------------

def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _is_str_list(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def check_data(data: dict[str, Any], path: str | Path,
               text: str | None = None) -> tuple[Term | None, list[Problem]]:
    """Check parsed TOML against the schema; return the term (None without a usable 'term') and
    every problem, in file order. Invalid values are replaced by defaults in the returned term."""
    where = _Locator(text)
    spath = str(path)
    problems: list[Problem] = []

    def report(key: KeyPath, code: str, message: str) -> None:
        line, col = where(key, at_key=code == "unknown-key")
        problems.append(Problem(spath, line, col, code, message))

    for key in data:
        if key not in EDITOR_KEYS and key != "mined":
            report((key,), "unknown-key", f"unknown key '{key}'")

    def get_str(key: str, default: str = "") -> str:
        value = data.get(key, default)
        if not isinstance(value, str):
            report((key,), "type", f"'{key}' must be a string")
            return default
        return value

    def get_list(key: str) -> list[str]:
        value = data.get(key, [])
        if not _is_str_list(value):
            report((key,), "type", f"'{key}' must be a list of strings")
            return []
        return list(value)

    fields: dict[str, Any] = {}
    if "term" not in data:
        problems.append(Problem(spath, None, None, "missing-key", "missing key 'term'"))
    for key in EDITOR_KEYS:
        if key in ("variants", "alternatives", "avoid"):
            fields[key] = get_list(key)
        else:
            fields[key] = get_str(key, {"kind": "other", "status": "candidate"}.get(key, ""))
    if "term" in data and isinstance(data["term"], str) and not data["term"].strip():
        report(("term",), "value", "'term' must not be empty")
    if fields["kind"] not in KINDS:
        report(("kind",), "value",
               f"'kind' must be one of {', '.join(KINDS)}, not '{fields['kind']}'")
        fields["kind"] = "other"
    if fields["status"] not in STATUSES:
        report(("status",), "value",
               f"'status' must be one of {', '.join(STATUSES)}, not '{fields['status']}'")
        fields["status"] = "candidate"

    mined = _check_mined(data.get("mined"), report) if "mined" in data else None
    if not fields["term"].strip():
        return None, _in_file_order(problems)
    return Term(**fields, mined=mined, slug=Path(path).stem), _in_file_order(problems)


def _check_mined(mined: Any, report) -> Mined | None:
    if not isinstance(mined, dict):
        report(("mined",), "type", "'mined' must be a table")
        return None
    for key in mined:
        if key not in MINED_KEYS:
            report(("mined", key), "unknown-key", f"unknown key 'mined.{key}'")
    out = Mined()
    for key, ok, what in (("count", _is_int, "an integer"), ("documents", _is_int, "an integer"),
                          ("score", _is_number, "a number"),
                          ("gloss_source", lambda v: isinstance(v, str), "a string"),
                          ("gloss_confidence", _is_number, "a number"),
                          ("suggestions", _is_str_list, "a list of strings")):
        if key not in mined:
            continue
        if ok(mined[key]):
            setattr(out, key, mined[key])
        else:
            report(("mined", key), "type", f"'mined.{key}' must be {what}")
    contexts = mined.get("contexts", [])
    if not isinstance(contexts, list):
        report(("mined", "contexts"), "type", "'mined.contexts' must be an array of tables")
        return out
    for index, ctx in enumerate(contexts):
        here = ("mined", "contexts", index)
        if not isinstance(ctx, dict):
            report(here, "type", "each 'mined.contexts' entry needs document, line, text")
            continue
        bad = False
        for key in ctx:
            if key not in CONTEXT_KEYS:
                report((*here, key), "unknown-key", f"unknown key 'mined.contexts.{key}'")
                bad = True
        for key, ok, what in (("document", lambda v: isinstance(v, str), "a string"),
                              ("line", _is_int, "an integer"),
                              ("text", lambda v: isinstance(v, str), "a string")):
            if key not in ctx:
                report(here, "missing-key", f"'mined.contexts' entry lacks '{key}'")
                bad = True
            elif not ok(ctx[key]):
                report((*here, key), "type", f"'mined.contexts.{key}' must be {what}")
                bad = True
        if not bad:
            out.contexts.append(Context(ctx["document"], ctx["line"], ctx["text"]))
    return out


def _in_file_order(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.line is not None, p.line or 0, p.column or 0))


_TOML_POS = re.compile(r"\s*\(at line (\d+), column (\d+)\)")


def check_text(text: str, path: str | Path) -> tuple[Term | None, list[Problem]]:
    """Parse and check one term file's text: the term (if usable) and every problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = _TOML_POS.search(msg)
        line, col = (int(m.group(1)), int(m.group(2))) if m else (None, None)
        msg = _TOML_POS.sub("", msg).strip()
        return None, [Problem(str(path), line, col, "syntax", f"invalid TOML: {msg}")]
    return check_data(data, path, text)


def decode(raw: bytes, path: str | Path) -> tuple[str | None, list[Problem]]:
    """A term file's bytes as text (a UTF-8 byte-order mark, as some Windows editors write, is
    dropped), or a problem naming the line and column of the first byte that is not UTF-8."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        before = raw[:exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1:].decode("utf-8", "replace")) + 1
        return None, [Problem(str(path), line, column, "encoding", "not UTF-8")]

