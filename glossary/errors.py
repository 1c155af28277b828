"""Typed exceptions. The CLI turns every GlossaryError into one message and exit status 2."""

from __future__ import annotations

from pathlib import Path


class GlossaryError(Exception):
    """Bad usage or bad input: the message names the file (and line/column where known)."""

    exit_code = 2

    def __init__(self, message: str, path: str | Path | None = None,
                 line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        return where + self.message


class CorpusError(GlossaryError):
    """The corpus cannot be read (missing folder, no readable document)."""


class TermFileError(GlossaryError):
    """A term file is malformed or breaks the schema."""


class DraftError(GlossaryError):
    """A draft or its source cannot be read."""


class LockedError(GlossaryError):
    """Another build holds the lock on terms/."""
