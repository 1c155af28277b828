"""Interchange: export the glossary to TBX, CSV, TSV (OmegaT), JSON and HTML; import TBX/CSV/TSV/JSON.

``export_text(terms, fmt)`` returns the file's text; ``importer.import_terms`` merges a file into
terms/. Each format lives in its own module: ``tbx``, ``tabular`` (CSV and TSV), ``jsonio``,
``html``.
"""

from __future__ import annotations

from glossary.model import Term

EXPORT_FORMATS = ("tbx", "csv", "tsv", "json", "html")


def export_text(terms: list[Term], fmt: str, *, tbx_version: int = 3) -> str:
    """The whole glossary in one format, as text; deterministic for the same terms."""
    if fmt == "tbx":
        from glossary.exchange.tbx import dumps_tbx
        return dumps_tbx(terms, tbx_version)
    if fmt == "csv":
        from glossary.exchange.tabular import dumps_csv
        return dumps_csv(terms)
    if fmt == "tsv":
        from glossary.exchange.tabular import dumps_tsv
        return dumps_tsv(terms)
    if fmt == "json":
        from glossary.exchange.jsonio import dumps_json
        return dumps_json(terms)
    if fmt == "html":
        from glossary.exchange.html import dumps_html
        return dumps_html(terms)
    raise ValueError(f"unknown export format '{fmt}'")
