"""CSV (one row per term, with a header) and OmegaT's tab-separated glossary.

CSV columns, in this order (the header names the languages the way memoQ, Trados and Phrase
import wizards expect; multi-value cells separate values with `` | ``, a literal ``|`` is ``\\|``)::

    zh-Hans, zh-Hant, zh_variants, pinyin, en, en_alternatives, en_avoid, kind, status, note

OmegaT glossary (``.txt``/``.tsv``/``.utf8``, UTF-8, no header): ``source<TAB>target<TAB>comment``.
One row per source spelling (simplified, traditional, variants) so that OmegaT finds the term in
either script; only terms with an English rendering that are not rejected. The comment carries the
rest as labelled parts: ``pinyin: Liù Xiǎohǔ · also: AI Tigers · avoid: Six Small Tigers · note: …``.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from glossary.exchange.common import (ImportFileError, join_list, ordered, split_list,
                                      to_simplified)
from glossary.model import KINDS, STATUSES, Term

CSV_COLUMNS = ("zh-Hans", "zh-Hant", "zh_variants", "pinyin", "en", "en_alternatives", "en_avoid",
               "kind", "status", "note")
_FIELDS = ("term", "traditional", "variants", "pinyin", "english", "alternatives", "avoid",
           "kind", "status", "note")
_LISTS = {"variants", "alternatives", "avoid"}

# Header names accepted on import (compared lower-case, with "_" and spaces read as "-").
_ALIASES = {
    "term": {"zh-hans", "zh-cn", "zh-sg", "zh", "chinese", "simplified", "source", "term",
             "chinese-(simplified)", "chinese-simplified"},
    "traditional": {"zh-hant", "zh-tw", "zh-hk", "zh-mo", "traditional", "chinese-(traditional)",
                    "chinese-traditional"},
    "variants": {"zh-variants", "variants"},
    "pinyin": {"pinyin", "zh-latn", "zh-latn-pinyin"},
    "english": {"en", "en-us", "en-gb", "english", "target"},
    "alternatives": {"en-alternatives", "alternatives", "en-admitted", "en-synonyms"},
    "avoid": {"en-avoid", "avoid", "en-forbidden", "forbidden", "en-deprecated"},
    "kind": {"kind", "type"},
    "status": {"status"},
    "note": {"note", "notes", "comment", "en-def", "zh-hans-def", "zh-def", "definition"},
}
_BY_ALIAS = {alias: field for field, aliases in _ALIASES.items() for alias in aliases}

_SEP = " · "
_LABELS = {"pinyin": "pinyin", "also": "alternatives", "avoid": "avoid", "note": "note"}


def dumps_csv(terms: list[Term]) -> str:
    """Every term as one CSV row under a header row (RFC 4180: CRLF line ends, quoted as needed)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for t in ordered(terms):
        writer.writerow([t.term, t.traditional, join_list(t.variants), t.pinyin, t.english,
                         join_list(t.alternatives), join_list(t.avoid), t.kind, t.status, t.note])
    return out.getvalue()


def _flat(text: str) -> str:
    return re.sub(r"[\t\r\n]+", " ", text).strip()


def omegat_comment(t: Term) -> str:
    parts = []
    if t.pinyin:
        parts.append(f"pinyin: {t.pinyin}")
    if t.alternatives:
        parts.append("also: " + "; ".join(t.alternatives))
    if t.avoid:
        parts.append("avoid: " + "; ".join(t.avoid))
    if t.note:
        parts.append(f"note: {t.note}")
    return _flat(_SEP.join(parts))


def dumps_tsv(terms: list[Term]) -> str:
    """OmegaT glossary: ``source<TAB>target<TAB>comment`` per source spelling, no header."""
    lines = []
    for t in ordered(terms):
        if not t.english or t.status == "rejected":
            continue
        comment = omegat_comment(t)
        for form in t.forms():
            lines.append(f"{_flat(form)}\t{_flat(t.english)}\t{comment}\n")
    return "".join(lines)


# ---------------------------------------------------------------------------------------- import

def _header_field(name: str) -> str | None:
    key = re.sub(r"[\s_]+", "-", name.strip().lower())
    return _BY_ALIAS.get(key)


def _check_value(field: str, value: str, path: str, line: int) -> None:
    if field == "kind" and value not in KINDS:
        raise ImportFileError(f"kind '{value}' is not one of {', '.join(KINDS)}", path, line)
    if field == "status" and value not in STATUSES:
        raise ImportFileError(f"status '{value}' is not one of {', '.join(STATUSES)}", path, line)


def _term_from(values: dict[str, str], path: str, line: int) -> Term:
    source = values.get("term", "") or to_simplified(values.get("traditional", ""))
    if not source:
        raise ImportFileError("row has no source term (zh-Hans or zh-Hant)", path, line)
    kwargs: dict = {"term": source}
    for field in _FIELDS[1:]:
        value = values.get(field, "")
        if field in _LISTS:
            kwargs[field] = split_list(value)
        elif field in ("kind", "status"):
            if value:
                _check_value(field, value, path, line)
                kwargs[field] = value
        else:
            kwargs[field] = value
    return Term(**kwargs)


def parse_csv(text: str, path: str | Path) -> list[tuple[int, Term]]:
    """Terms of a CSV file with a header row naming its columns (see the module docstring)."""
    path = str(path)
    first = text.split("\n", 1)[0]
    delimiter = ","
    if "," not in first:
        delimiter = ";" if ";" in first else ("\t" if "\t" in first else ",")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader, None)
        if header is None or not any(cell.strip() for cell in header):
            raise ImportFileError("empty file: expected a header row", path, 1)
        fields = [_header_field(name) for name in header]
        seen: set[str] = set()
        for name, field in zip(header, fields):
            if field is not None and field in seen:
                raise ImportFileError(f"column '{name}' given twice", path, 1)
            if field is not None:
                seen.add(field)
        if not {"term", "traditional"} & seen:
            raise ImportFileError(
                "missing column: a source column 'zh-Hans' (or 'zh-Hant'); header has "
                + ", ".join(repr(h) for h in header), path, 1)
        if "english" not in seen:
            raise ImportFileError("missing column: 'en' (the English rendering); header has "
                                  + ", ".join(repr(h) for h in header), path, 1)
        terms = []
        line = reader.line_num + 1
        for row in reader:
            if any(cell.strip() for cell in row):
                if len(row) != len(header):
                    raise ImportFileError(
                        f"row has {len(row)} fields, the header has {len(header)}", path, line)
                values = {f: cell.strip() for f, cell in zip(fields, row) if f is not None}
                terms.append((line, _term_from(values, path, line)))
            line = reader.line_num + 1
        return terms
    except csv.Error as exc:
        raise ImportFileError(f"malformed CSV: {exc}", path, reader.line_num) from None


def _parse_comment(comment: str) -> dict[str, str | list[str]]:
    """The labelled parts of an OmegaT comment this module wrote; else the comment is a note."""
    if not comment:
        return {}
    parts = comment.split(_SEP)
    found: dict[str, str | list[str]] = {}
    for part in parts:
        label, sep, value = part.partition(": ")
        field = _LABELS.get(label) if sep else None
        if field is None or field in found:
            return {"note": comment}
        found[field] = ([v.strip() for v in value.split("; ") if v.strip()]
                        if field in _LISTS else value.strip())
    return found


def parse_tsv(text: str, path: str | Path) -> list[tuple[int, Term]]:
    """Terms of an OmegaT glossary: ``source<TAB>target[<TAB>comment]``, no header.

    Rows whose sources are one term in either script, that repeat a source, or that follow each
    other with the same target and comment become one term; a second target becomes an
    alternative.
    """
    path = str(path)
    terms: list[tuple[int, Term]] = []
    by_key: dict[str, Term] = {}
    last: tuple[Term, str, str] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in raw.split("\t")]
        if len(cells) < 2 or len(cells) > 3:
            raise ImportFileError(f"expected source<TAB>target[<TAB>comment], found {len(cells)} "
                                  f"field{'s' if len(cells) != 1 else ''}", path, number)
        source, target = cells[0], cells[1]
        comment = cells[2] if len(cells) == 3 else ""
        if not source:
            raise ImportFileError("empty source term", path, number)
        simplified = to_simplified(source)
        known = by_key.get(simplified)
        if known is None and last is not None and last[1:] == (target, comment):
            known = last[0]   # consecutive rows, same target and comment: spellings of one term
        if known is not None:
            if source not in known.forms():
                if not known.traditional and source != simplified:
                    known.traditional = source
                else:
                    known.variants.append(source)
            if target and target != known.english and target not in known.alternatives:
                if known.english:
                    known.alternatives.append(target)
                else:
                    known.english = target
            by_key.setdefault(simplified, known)
            continue
        extra = _parse_comment(comment)
        term = Term(term=simplified, traditional=source if source != simplified else "",
                    english=target, pinyin=str(extra.get("pinyin", "")),
                    alternatives=list(extra.get("alternatives", [])),
                    avoid=list(extra.get("avoid", [])), note=str(extra.get("note", "")))
        by_key[simplified] = term
        last = (term, target, comment)
        terms.append((number, term))
    return terms
