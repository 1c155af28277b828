"""The Chinese original of a draft, as paragraphs for `glossary check`.

The original is read and cleaned like a corpus article (encoding detection, inline pinyin notes and
mojibake removed, traditional and simplified alike); every non-blank line is one paragraph, and
boilerplate lines (ads, disclaimers) are marked so that their terms are not required.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from glossary.clean import clean_document
from glossary.corpus import read_text


@dataclass(frozen=True)
class SourceParagraph:
    line: int          # 1-based line in the original file
    text: str          # analysis form: simplified, half-width, same length as the line's display
    boilerplate: bool = False  # ads, disclaimers, comment prompts: nothing in it is required


@dataclass(frozen=True)
class Source:
    path: str
    paragraphs: tuple[SourceParagraph, ...]


def parse_source(raw: str, path: str = "source.txt") -> Source:
    """Split a cleaned original into paragraphs (pure)."""
    doc = clean_document(Path(path).name, raw)
    paragraphs = tuple(SourceParagraph(line.number, line.text, line.boilerplate)
                       for line in doc.lines if line.text.strip())
    return Source(path, paragraphs)


def read_source(path: str | Path) -> Source:
    """Read and clean an original; a GlossaryError names the file when it cannot be read."""
    return parse_source(read_text(Path(path)), str(path))
