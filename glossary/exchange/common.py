"""What every interchange format shares: term order, script and pinyin helpers, reading input files."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from glossary.errors import GlossaryError
from glossary.model import Term
from glossary.script import has_han, to_simplified, to_traditional  # noqa: F401 (shared by the formats)


class ImportFileError(GlossaryError):
    """A file given to ``glossary import`` is unreadable or malformed."""


def toneless(pinyin: str) -> str:
    """``Liù Xiǎohǔ`` -> ``liu xiaohu``: tone marks dropped, ü kept as u, lower case."""
    decomposed = unicodedata.normalize("NFD", pinyin)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def sort_key(term: Term) -> tuple[str, str, str]:
    """Content order used by every export: toneless pinyin (or the Latin spelling), then the term.

    It depends on the term's content only, not on its file name, so an export of an imported
    glossary lists the terms in the same order as the export it came from.
    """
    spoken = toneless(term.pinyin) if term.pinyin else term.term.lower()
    return (re.sub(r"[^0-9a-z]+", "", spoken), term.term, term.kind)


def ordered(terms: Iterable[Term]) -> list[Term]:
    return sorted(terms, key=sort_key)


def decode_input(raw: bytes, path: str | Path) -> str:
    """Text of an import file: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030.

    Excel on Chinese Windows saves CSV in GBK/GB18030 and "Unicode text" as UTF-16: both are common
    in translators' hands.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportFileError("not valid UTF-16 text", path) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        line = raw.count(b"\n", 0, first_bad) + 1
        raise ImportFileError("neither UTF-8 nor GB18030 text", path, line) from None


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError("no such file", path) from None
    except IsADirectoryError:
        raise ImportFileError("is a directory, not a file", path) from None
    except OSError as exc:
        raise ImportFileError(f"cannot read: {exc.strerror}", path) from None


def split_list(cell: str) -> list[str]:
    r"""``a | b\|c`` -> ``["a", "b|c"]``: the multi-value cell format of CSV exports."""
    items, buf, escaped = [], [], False
    for ch in cell:
        if escaped:
            buf.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "|":
            items.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    if escaped:
        buf.append("\\")
    items.append("".join(buf))
    return [item.strip() for item in items if item.strip()]


def join_list(values: Iterable[str]) -> str:
    """Inverse of ``split_list``."""
    return " | ".join(v.replace("\\", "\\\\").replace("|", "\\|") for v in values)
