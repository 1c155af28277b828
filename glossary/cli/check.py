"""`glossary check DRAFT...`: lint English drafts against the glossary."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from glossary.cli.options import terms_option
from glossary.findings import level_rank
from glossary.report import FORMATS


@click.command("check")
@click.argument("drafts", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--source", "source", type=click.Path(path_type=str), default=None,
              help="The Chinese original (either script); overrides the drafts' front matter.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text",
              show_default=True, help="Output format.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "never"]), default="error",
              show_default=True, help="Exit 1 when a finding is at or above this level.")
@terms_option
def check_command(drafts: tuple[str, ...], source: str | None, fmt: str, fail_on: str,
                  terms_dir: Path) -> None:
    """Check English Markdown drafts against the glossary.

    A draft may name its original in YAML front matter (source: path, relative to the draft).
    Exit 0 when clean, 1 on findings at or above --fail-on, 2 on bad input.
    """
    from glossary.check import check
    from glossary.report import render

    findings = check(drafts, terms_dir, source=source)
    # Colour on a terminal only, and never when NO_COLOR is set (https://no-color.org).
    colour = fmt == "text" and not os.environ.get("NO_COLOR") and sys.stdout.isatty()
    click.echo(render(findings, fmt, drafts=len(set(drafts)), colour=colour), nl=False,
               color=colour)
    if fail_on != "never":
        threshold = level_rank(fail_on)
        if any(level_rank(f.level) >= threshold for f in findings):
            sys.exit(1)


