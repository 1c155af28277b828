"""`glossary build`: mine the corpus into term files (thin layer over glossary.build)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from glossary.build import BuildReport, build_terms
from glossary.cli.options import terms_option
from glossary.workers import JOBS_MAX, default_jobs


class _ProgressBars:
    """One click progress bar per build stage, on stderr."""

    def __init__(self) -> None:
        self._stage: str | None = None
        self._bar = None
        self._pos = 0

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage != self._stage:
            self.close()
            self._stage = stage
            self._bar = click.progressbar(length=max(total, 1), label=f"{stage:<9}",
                                          file=sys.stderr)
            self._bar.__enter__()
            self._pos = 0
        self._bar.update(done - self._pos)
        self._pos = done

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None
            self._stage = None


def _print_changes(report: BuildReport) -> None:
    for label, changes in (("new", report.new), ("changed", report.updated),
                           ("dropped", report.dropped)):
        for change in changes:
            counts = (f"count {change.count}" if change.previous is None
                      else f"count {change.previous} -> {change.count}")
            click.echo(f"{label:<8} {change.slug + '.toml':<30} {change.term}  ({counts})")


@click.command("build")
@click.option("--corpus", type=click.Path(path_type=Path), default="seeds", envvar="GLOSSARY_CORPUS",
              show_default=True, show_envvar=True, help="Folder of Chinese articles (.txt, .md).")
@click.option("--min-count", type=click.IntRange(min=1), default=2, show_default=True,
              help="Occurrences a term needs to be proposed.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Processes used for a large corpus (the same files whatever the number). "
                   f"[default: the CPUs this process may use, at most {JOBS_MAX}]")
@click.option("--dry-run", is_flag=True, help="Print new, changed and dropped terms; write nothing.")
@terms_option
def build(corpus: Path, min_count: int, jobs: int | None, dry_run: bool, terms_dir: Path) -> None:
    """Mine the corpus and create or refresh term files (editors' fields are never overwritten)."""
    if jobs is None:
        jobs = default_jobs()
    bars = _ProgressBars() if sys.stderr.isatty() else None
    try:
        report = build_terms(corpus, terms_dir, min_count=min_count, jobs=jobs, dry_run=dry_run,
                             progress=bars, warn=lambda m: click.echo(f"glossary: warning: {m}",
                                                                      err=True))
    finally:
        if bars is not None:
            bars.close()
    if dry_run:
        _print_changes(report)
    click.echo(report.summary())


