"""``glossary export`` and ``glossary import``: the glossary in CAT-tool and browser formats."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from glossary.cli.options import terms_option
from glossary.errors import GlossaryError
from glossary.exchange import EXPORT_FORMATS, export_text
from glossary.exchange.importer import FORMATS as IMPORT_FORMATS
from glossary.exchange.importer import ImportReport, import_terms
from glossary.model import STATUSES
from glossary.store import atomic_write, load_terms


@click.command("export")
@click.option("--format", "-f", "fmt", type=click.Choice(EXPORT_FORMATS), required=True,
              help="tbx: TBX-Basic for CAT tools; csv: one row per term with a header; "
                   "tsv: OmegaT glossary; json: for scripts; html: one page to browse.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to FILE (atomically) instead of standard output.")
@click.option("--tbx-version", type=click.Choice(["2", "3"]), default="3", show_default=True,
              help="3: ISO 30042:2019 conceptEntry/langSec/termSec; 2: martif/termEntry/langSet/tig.")
@click.option("--status", "statuses", multiple=True, type=click.Choice(STATUSES),
              help="Only terms with this status (repeatable). Default: all.")
@terms_option
def export_cmd(fmt: str, output: Path | None, tbx_version: str, statuses: tuple[str, ...],
               terms_dir: Path) -> None:
    """Export the glossary as TBX, CSV, TSV (OmegaT), JSON or a self-contained HTML page."""
    terms = load_terms(terms_dir)
    if statuses:
        terms = [t for t in terms if t.status in statuses]
    if fmt == "tbx" and not terms:
        raise GlossaryError("no terms to export (a TBX file needs at least one entry)",
                            f"{str(terms_dir).rstrip('/')}/")
    text = export_text(terms, fmt, tbx_version=int(tbx_version))
    if output is None:
        sys.stdout.flush()
        stream = getattr(sys.stdout, "buffer", None)
        if stream is None:
            click.echo(text, nl=False)
        else:
            stream.write(text.encode("utf-8"))
            stream.flush()
        return
    try:
        atomic_write(output, text)
    except OSError as exc:
        raise GlossaryError(f"cannot write: {exc.strerror or exc}", output) from None
    click.echo(f"export: {len(terms)} terms written to {output} ({fmt})", err=True)


def _print_report(report: ImportReport, dry_run: bool) -> None:
    for o in report.outcomes:
        detail = ""
        if o.action == "merged":
            detail = ": " + ", ".join(o.fields)
        elif o.action == "skipped":
            detail = ": nothing new"
        click.echo(f"{o.action:<8} {o.slug}.toml  {o.term}{detail}")
        for kept in o.kept:
            click.echo(f"         {kept} (--overwrite replaces it)")
    verb = "would be" if dry_run else ""
    counts = ", ".join(f"{report.count(a)} {verb + ' ' if verb else ''}{a}"
                       for a in ("added", "merged", "skipped"))
    click.echo(f"import: {counts} ({report.entries} entries in {report.source})")


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "-f", "fmt", type=click.Choice(IMPORT_FORMATS),
              help="Format of FILE; default from its suffix (.tbx/.xml, .csv, .tsv/.txt/.tab/.utf8, "
                   ".json).")
@click.option("--overwrite", is_flag=True,
              help="Replace editors' fields with the file's values (default: fill empty ones only).")
@click.option("--dry-run", is_flag=True, help="Report what would change; write nothing.")
@terms_option
def import_cmd(file: Path, fmt: str | None, overwrite: bool, dry_run: bool,
               terms_dir: Path) -> None:
    """Import terms from TBX, CSV, TSV (OmegaT) or JSON, merging by source form (either script)."""
    report = import_terms(file, terms_dir, fmt=fmt, overwrite=overwrite, dry_run=dry_run)
    _print_report(report, dry_run)


