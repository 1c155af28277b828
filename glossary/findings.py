"""What `glossary check` reports: one frozen record per finding."""

from __future__ import annotations

from dataclasses import dataclass

RULES = ("missing-term", "avoid-term", "wrong-case", "untranslated", "inconsistent")
LEVELS = ("warning", "error")


@dataclass(frozen=True, order=True)
class Finding:
    """One departure of a draft from the glossary, located in the draft (1-based line/column)."""

    file: str
    line: int
    column: int
    rule: str
    level: str                 # "error" | "warning"
    message: str
    term: str = ""             # the glossary term (source form), "" when none applies
    expected: str = ""         # the rendering the glossary asks for, "" when none
    source_file: str = ""      # the Chinese original, "" when there is none
    source_line: int = 0       # line in the original, 0 when there is none

    def sort_key(self) -> tuple:
        """Report order: file, line, column, rule, then the rest."""
        return (self.file, self.line, self.column, self.rule, self.level, self.message, self.term)

    def to_dict(self) -> dict:
        """The SPEC's JSON shape for one finding."""
        return {
            "rule": self.rule,
            "level": self.level,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "message": self.message,
            "term": self.term or None,
            "expected": self.expected or None,
            "source": ({"file": self.source_file, "line": self.source_line}
                       if self.source_file else None),
        }


def level_rank(level: str) -> int:
    """warning < error; used by --fail-on."""
    return LEVELS.index(level)
