"""The command line: a thin click layer over the library.

Every GlossaryError raised below is turned into one message and exit status 2 here, in one place.
Command modules are imported only when their command runs, so `glossary check` does not pay for
the build's imports.
"""

from __future__ import annotations

import importlib
import sys

import click

from glossary import __version__
from glossary.errors import GlossaryError

# command name -> (module, attribute)
_COMMANDS = {
    "build": ("glossary.cli.build", "build"),
    "check": ("glossary.cli.check", "check_command"),
    "show": ("glossary.cli.terms", "show"),
    "search": ("glossary.cli.terms", "search_cmd"),
    "validate": ("glossary.cli.terms", "validate_cmd"),
    "export": ("glossary.cli.exchange", "export_cmd"),
    "import": ("glossary.cli.exchange", "import_cmd"),
}


class GlossaryGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(_COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in _COMMANDS:
            return None
        module, attr = _COMMANDS[cmd_name]
        return getattr(importlib.import_module(module), attr)

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
