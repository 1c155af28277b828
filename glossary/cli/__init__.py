"""The command line: a thin click layer over the library.

Every GlossaryError raised below is turned into one message and exit status 2 here, in one place.
"""

from __future__ import annotations

import sys

import click

from glossary import __version__
from glossary.errors import GlossaryError


class GlossaryGroup(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except GlossaryError as exc:
            click.echo(f"glossary: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("glossary: interrupted", err=True)
            sys.exit(130)


@click.group(cls=GlossaryGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="glossary")
def main() -> None:
    """Chinese-to-English terminology: mine a corpus into term files, check English drafts."""


def _register() -> None:
    from glossary.cli import build, check, exchange, terms

    for module in (build, check, terms, exchange):
        for command in module.COMMANDS:
            main.add_command(command)


_register()
