"""Options shared by several commands."""

from __future__ import annotations

from pathlib import Path

import click

terms_option = click.option(
    "--terms", "terms_dir", type=click.Path(file_okay=False, path_type=Path), default="terms",
    envvar="GLOSSARY_TERMS", show_default=True, show_envvar=True,
    help="Folder of term files.")
