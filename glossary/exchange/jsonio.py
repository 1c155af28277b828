"""JSON for scripts: a list of term objects with the term files' keys (SPEC order), ``mined`` included."""

from __future__ import annotations

import json
from pathlib import Path

from glossary.errors import TermFileError
from glossary.exchange.common import ImportFileError, ordered
from glossary.model import Term
from glossary.store import from_dict, term_to_dict


def dumps_json(terms: list[Term]) -> str:
    data = [term_to_dict(t) for t in ordered(terms)]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def parse_json(text: str, path: str | Path) -> list[tuple[int, Term]]:
    """Terms of a JSON export (a list of objects with the term-file keys)."""
    path = str(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(f"malformed JSON: {exc.msg}", path, exc.lineno, exc.colno) from None
    if not isinstance(data, list):
        raise ImportFileError("expected a JSON list of term objects", path, 1)
    terms = []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise ImportFileError(f"entry {number} is not an object", path)
        try:
            term = from_dict(item, path)
        except TermFileError as exc:
            raise ImportFileError(f"entry {number}: {exc.message}", path) from None
        term.slug = ""
        terms.append((number, term))
    return terms
