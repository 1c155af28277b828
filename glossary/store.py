"""Term files on disk: read, validate the schema, write atomically.

This module is on the check path: it must not import jieba or pypinyin.
"""

from __future__ import annotations

import os
import re
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import tomli_w

from glossary.errors import TermFileError
from glossary.model import CONTEXT_KEYS, EDITOR_KEYS, MINED_KEYS, Context, Mined, Term

_TOML_POS = re.compile(r"\(at line (\d+), column (\d+)\)")


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
    text = tomli_w.dumps(data)
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
    text = tomli_w.dumps({"mined": scalars})
    for ctx in contexts:
        text += "\n[[mined.contexts]]\n" + tomli_w.dumps(ctx)
    return text


def parse(text: str, path: str | Path) -> Term:
    """Parse one term file's text; TermFileError names file:line:column."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = _TOML_POS.search(msg)
        line, col = (int(m.group(1)), int(m.group(2))) if m else (None, None)
        msg = _TOML_POS.sub("", msg).strip()
        raise TermFileError(f"invalid TOML: {msg}", path, line, col) from None
    return from_dict(data, path, text)


def _line_of(text: str | None, key: str) -> int | None:
    if not text:
        return None
    pat = re.compile(rf"^\s*{re.escape(key)}\s*=", re.M)
    m = pat.search(text)
    return text.count("\n", 0, m.start()) + 1 if m else None


def from_dict(data: dict[str, Any], path: str | Path, text: str | None = None) -> Term:
    def fail(key: str, message: str) -> TermFileError:
        return TermFileError(message, path, _line_of(text, key))

    def get_str(key: str, default: str = "") -> str:
        value = data.get(key, default)
        if not isinstance(value, str):
            raise fail(key, f"'{key}' must be a string")
        return value

    def get_list(key: str, source: dict[str, Any] | None = None) -> list[str]:
        value = (data if source is None else source).get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, f"'{key}' must be a list of strings")
        return list(value)

    unknown = sorted(set(data) - set(EDITOR_KEYS) - {"mined"})
    if unknown:
        raise fail(unknown[0], f"unknown key '{unknown[0]}'")
    if "term" not in data:
        raise TermFileError("missing key 'term'", path)
    term = Term(
        term=get_str("term"),
        traditional=get_str("traditional"),
        variants=get_list("variants"),
        pinyin=get_str("pinyin"),
        english=get_str("english"),
        alternatives=get_list("alternatives"),
        avoid=get_list("avoid"),
        kind=get_str("kind", "other"),
        status=get_str("status", "candidate"),
        note=get_str("note"),
        slug=Path(path).stem,
    )
    if not term.term.strip():
        raise fail("term", "'term' must not be empty")
    from glossary.model import KINDS, STATUSES
    if term.kind not in KINDS:
        raise fail("kind", f"'kind' must be one of {', '.join(KINDS)}, not '{term.kind}'")
    if term.status not in STATUSES:
        raise fail("status", f"'status' must be one of {', '.join(STATUSES)}, not '{term.status}'")
    mined = data.get("mined")
    if mined is not None:
        if not isinstance(mined, dict):
            raise fail("mined", "'mined' must be a table")
        unknown = sorted(set(mined) - set(MINED_KEYS))
        if unknown:
            raise fail(unknown[0], f"unknown key 'mined.{unknown[0]}'")
        contexts = []
        for ctx in mined.get("contexts", []):
            if not isinstance(ctx, dict) or set(ctx) - set(CONTEXT_KEYS):
                raise fail("document", "each 'mined.contexts' entry needs document, line, text")
            try:
                contexts.append(Context(str(ctx["document"]), int(ctx["line"]), str(ctx["text"])))
            except (KeyError, TypeError, ValueError):
                raise fail("document", "each 'mined.contexts' entry needs document, line, text") from None
        try:
            term.mined = Mined(
                count=int(mined.get("count", 0)),
                documents=int(mined.get("documents", 0)),
                score=float(mined.get("score", 0.0)),
                gloss_source=str(mined.get("gloss_source", "none")),
                gloss_confidence=float(mined.get("gloss_confidence", 0.0)),
                suggestions=get_list("suggestions", mined),
                contexts=contexts,
            )
        except (TypeError, ValueError):
            raise fail("count", "'mined' has a value of the wrong type") from None
    return term


def read_term(path: Path) -> Term:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TermFileError(f"cannot read: {exc.strerror}", path) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise TermFileError("not UTF-8", path) from None
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


def write_term(terms_dir: Path, term: Term) -> Path:
    """Write term to terms_dir/<term.slug>.toml atomically. The slug must already be set."""
    if not term.slug or "/" in term.slug or "\\" in term.slug or term.slug.startswith("."):
        raise TermFileError(f"invalid slug '{term.slug}'", terms_dir)
    path = terms_dir / f"{term.slug}.toml"
    atomic_write(path, dumps(term))
    return path
