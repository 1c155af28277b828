"""Reading a corpus folder: find the articles, detect their encoding, clean them.

``read_corpus`` returns one cleaned :class:`Document` per readable ``.txt``/``.md`` file, sorted by
name. Files that cannot be decoded are skipped with a warning naming them.
"""

from __future__ import annotations

import codecs
import functools
import re
import sys
from collections.abc import Callable
from pathlib import Path

import charset_normalizer

from glossary.boilerplate import mark_repeated
from glossary.charfreq import PUNCT, char_score, is_cjk
from glossary.clean import Document, Line, clean_document
from glossary.errors import CorpusError
from glossary.workers import can_fork, fork_pool

__all__ = ["Document", "Line", "clean_document", "read_corpus", "read_text", "SUFFIXES"]

SUFFIXES = (".txt", ".md")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Chinese legacy encodings tried besides charset-normalizer's guesses.
_CHINESE = ("gb18030", "big5hkscs")
# BOM-less UTF-16 must read like Chinese at least this well (mean log frequency).
_UTF16_FLOOR = 6.0
_ASCII_SCORE = 5.0
# Control characters that never occur in a text file (everything below 0x20 but \t \n \r \f).
# Below this many files, worker processes cost more than they save.
_PARALLEL_MIN = 64
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x19\x1b-\x1f\x7f]")


def _stderr(message: str) -> None:
    print(f"glossary: warning: {message}", file=sys.stderr)


def _looks_textual(text: str) -> bool:
    """No NULs or other control characters in more than a trace."""
    if not _CONTROL.search(text):
        return True
    return "\x00" not in text and len(_CONTROL.findall(text)) < len(text) / 1000


def _utf16_without_bom(data: bytes, *, need_nul: bool = True) -> str | None:
    """Decode BOM-less UTF-16 when its NUL bytes (ASCII in every other byte) or control
    characters give it away and the result reads as text."""
    if len(data) < 2 or len(data) % 2 or need_nul and b"\x00" not in data:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    order = ("utf-16-le", "utf-16-be") if odd >= even else ("utf-16-be", "utf-16-le")
    for encoding in order:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_textual(text) and (text.isascii() or _score(text) >= _UTF16_FLOOR):
            return text
    return None


def _score(text: str) -> float:
    """How much the non-ASCII part of ``text`` reads like Chinese (mean log frequency).

    Characters that are neither Chinese nor common punctuation (private use, Hangul, box
    drawing: the debris of a wrong decoding) count as zero.
    """
    scores = [char_score(ch) if is_cjk(ch) or ch in PUNCT else 0.0
              for ch in text if ch > "\x7f" and not ch.isspace()]
    if not scores:
        return _ASCII_SCORE if text.isascii() else 0.0
    return sum(scores) / len(scores)


def _candidates(data: bytes) -> list[str]:
    """Strict decodings worth considering, charset-normalizer's best guess first."""
    texts: list[str] = []
    seen: set[str] = set()
    best = charset_normalizer.from_bytes(data).best()
    names = ([best.encoding] if best is not None else []) + list(_CHINESE)
    if len(data) % 2 == 0:
        names += ["utf-16-le", "utf-16-be"]
    for name in names:
        try:
            key = codecs.lookup(name).name
        except LookupError:
            continue
        if key in seen:
            continue
        seen.add(key)
        try:
            text = data.decode(key)
        except (UnicodeDecodeError, LookupError):
            continue
        if _looks_textual(text):
            texts.append(text)
    return texts


def _choose(texts: list[str]) -> str:
    """The decoding that reads most like real Chinese; ties keep the earlier one.

    charset-normalizer alone mis-detects short Chinese texts (GBK read as Big5, UTF-16 or
    Korean and the reverse); wrong decodings of Chinese bytes yield rare characters and
    debris, which the frequency score exposes.
    """
    if len(texts) == 1:
        return texts[0]
    return max(((_score(text), -i, text) for i, text in enumerate(texts)))[2]


def read_text(path: Path) -> str:
    """Read a text file in UTF-8 (with or without BOM), UTF-16/32, GB18030/GBK or Big5.

    Raises :class:`CorpusError` naming the file when it is binary or cannot be decoded.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise CorpusError(f"cannot read file: {exc.strerror or exc}", path) from exc
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise CorpusError(f"invalid {encoding.upper()} after byte-order mark "
                                  f"(byte {exc.start})", path) from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        if _looks_textual(text):
            return text
        utf16 = _utf16_without_bom(data, need_nul=False)
        if utf16 is not None:
            return utf16
        raise CorpusError("binary file (control characters), not text", path)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        raise CorpusError("binary file (NUL bytes), not text", path)
    texts = _candidates(data)
    # UTF-8 with a few broken bytes (a damaged scrape): keep it, the bytes become U+FFFD.
    lenient = data.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= max(2, len(lenient) // 500) and _looks_textual(lenient):
        texts.insert(0, lenient)
    if not texts:
        raise CorpusError("cannot decode: not UTF-8, UTF-16, GB18030 or Big5 text", path)
    return _choose(texts)


def corpus_files(root: Path) -> list[Path]:
    """The ``.txt`` and ``.md`` files under ``root``, recursively, sorted by relative POSIX path."""
    root = Path(root)
    if not root.exists():
        raise CorpusError("corpus folder does not exist", root)
    if not root.is_dir():
        raise CorpusError("corpus is not a folder", root)
    files = [p for p in root.rglob("*")
             if p.suffix.lower() in SUFFIXES and p.is_file() and not _hidden(p, root)]
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _read_one(root: Path, path: Path) -> Document | CorpusError:
    """Read and clean one article (a picklable unit of work for ``jobs > 1``)."""
    try:
        raw = read_text(path)
    except CorpusError as exc:
        return exc
    return clean_document(path.relative_to(root).as_posix(), raw)


def _read_packed(root: Path, path: Path) -> tuple | CorpusError:
    """``_read_one`` for a worker process: the document as plain tuples, which cross the process
    boundary in a third of the time Line objects take (``_unpack`` rebuilds it)."""
    doc = _read_one(root, path)
    if isinstance(doc, CorpusError):
        return doc
    return doc.name, doc.chars, [(line.number, line.display,
                                  line.display if line.text == line.display else line.text,
                                  line.boilerplate) for line in doc.lines]


def _unpack(packed: tuple | CorpusError) -> Document | CorpusError:
    if isinstance(packed, CorpusError):
        return packed
    name, chars, rows = packed
    return Document(name=name, lines=tuple(Line(*row) for row in rows), chars=chars)


def read_corpus(root: Path, *, warn: Callable[[str], None] = _stderr,
                jobs: int = 1) -> list[Document]:
    """Read and clean every article under ``root``; sorted by name.

    Unreadable files are reported through ``warn`` and skipped. A missing folder, a file given
    as the folder, or a folder without one readable, non-empty article raises
    :class:`CorpusError`. ``jobs > 1`` cleans documents in that many processes (same result).
    """
    root = Path(root)
    files = corpus_files(root)
    if jobs > 1 and len(files) >= _PARALLEL_MIN and can_fork():
        with fork_pool(jobs) as pool:
            results = [_unpack(r) for r in pool.imap(
                functools.partial(_read_packed, root), files,
                chunksize=max(1, len(files) // (jobs * 8)))]
    else:
        results = [_read_one(root, p) for p in files]
    docs: list[Document] = []
    for result in results:
        if isinstance(result, CorpusError):
            warn(f"skipped {result}")
        else:
            docs.append(result)
    if not docs:
        raise CorpusError("no readable .txt or .md article in the corpus folder", root)
    if not any(doc.lines for doc in docs):
        raise CorpusError("the corpus folder's articles are all empty", root)
    return mark_repeated(docs)
