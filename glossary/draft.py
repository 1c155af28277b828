"""Reading an English Markdown draft: its front matter and its prose, with line/column positions.

markdown-it-py finds the blocks (paragraphs, headings, table rows) and their source lines; inside a
block everything that is not prose — code spans, HTML comments and tags, URLs, autolinks, link
targets, emphasis markers — is blanked out with spaces, so offsets into a block's text are offsets
into the file. Code blocks, HTML blocks and front matter are not prose at all.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path


PROSE_BLOCKS = {"paragraph_open": "paragraph", "heading_open": "heading", "tr_open": "row"}

_FRONT_OPEN = re.compile(r"---[ \t]*")
_FRONT_CLOSE = re.compile(r"(?:---|\.\.\.)[ \t]*")
_FRONT_ITEM = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)")

# Non-prose inside a block; where two overlap, the one that starts first wins.
_MASK = re.compile("|".join([
    r"<!--.*?-->",                                                           # HTML comment
    r"(?<![`\\])(?P<ticks>`+)(?!`).*?(?<!`)(?P=ticks)(?!`)",                  # code span
    r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>",       # autolink
    r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>",                              # inline HTML tag
    r"(?<=\])\(\s*(?:<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)"                   # link target
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)",
    r"(?<=\])\[[^\]\n]*\]",                                                   # reference label
    r"(?:\b[A-Za-z][A-Za-z0-9+.-]*://|\bwww\.)[^\s<>]*[^\s<>.,;:!?'\")\]]",    # URL
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",                                           # e-mail address
    r"\*+|~~|(?<![^\W_])_+|_+(?![^\W_])",                                      # emphasis markers
]), re.S)
_MASK_TRIGGER = re.compile(r"[<`\]*_~@]|://|www\.")  # cheap test: could anything be masked?
_NOT_NEWLINE = re.compile(r"[^\n]")
_NEWLINE = re.compile(r"\n")


def _blank(match: re.Match[str]) -> str:
    return _NOT_NEWLINE.sub(" ", match.group())


def mask_prose(text: str) -> str:
    """``text`` with every non-prose span replaced by spaces (newlines kept): same length."""
    if not _MASK_TRIGGER.search(text):
        return text
    return _MASK.sub(_blank, text)


@dataclass(frozen=True)
class Block:
    """A prose unit of a draft: a paragraph, a heading or a table row."""

    kind: str                  # "paragraph" | "heading" | "row"
    line: int                  # 1-based line of the block's first line in the file
    text: str                  # the block's lines joined by "\n", non-prose blanked (see mask_prose)
    _newlines: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def position(self, offset: int) -> tuple[int, int]:
        """File line and column (both 1-based, columns in characters) of an offset into ``text``."""
        i = bisect.bisect_right(self._newlines, offset - 1)
        start = self._newlines[i - 1] + 1 if i else 0
        return self.line + i, offset - start + 1



@dataclass(frozen=True)
class Draft:
    """A parsed draft: its prose blocks in order and what its front matter says."""

    path: str
    blocks: tuple[Block, ...]
    front_matter: dict[str, str]
    front_matter_lines: dict[str, int]   # key -> 1-based line in the file

    @property
    def source(self) -> str | None:
        """The front matter's ``source:`` value, as written (relative to the draft)."""
        return self.front_matter.get("source") or None


def split_front_matter(text: str) -> tuple[dict[str, str], dict[str, int], int]:
    """Read a leading ``---`` … ``---`` block of ``key: value`` lines.

    Returns the values, the line of each key, and how many lines the block takes (0 if none).
    Only flat ``key: value`` pairs are read; nested YAML is skipped, quotes are stripped.
    """
    lines = text.split("\n", 200)
    if not lines or not _FRONT_OPEN.fullmatch(lines[0]):
        return {}, {}, 0
    for end in range(1, len(lines)):
        if _FRONT_CLOSE.fullmatch(lines[end]):
            break
    else:
        return {}, {}, 0
    values: dict[str, str] = {}
    where: dict[str, int] = {}
    for number, line in enumerate(lines[1:end], start=2):
        m = _FRONT_ITEM.fullmatch(line.rstrip())
        if not m or line[:1].isspace():
            continue
        value = m.group(2).strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        elif " #" in value:
            value = value.split(" #", 1)[0].rstrip()
        values[m.group(1)] = value
        where[m.group(1)] = number
    return values, where, end + 1


@lru_cache(maxsize=1)
def _markdown():
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table")
    # Only block structure is needed: inline parsing is the costly part and prose is masked by
    # regular expressions over the block's own source lines instead.
    md.disable(["inline", "text_join"], ignoreInvalid=True)
    return md


def parse_draft(text: str, path: str = "draft.md") -> Draft:
    """Parse a draft's text (pure). Line numbers count the file's lines, front matter included."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    values, where, skip = split_front_matter(text)
    lines = text.split("\n")
    body = "\n" * skip + "\n".join(lines[skip:]) if skip else text
    blocks = []
    for token in _markdown().parse(body):
        kind = PROSE_BLOCKS.get(token.type)
        if kind is None or token.map is None:
            continue
        start, end = token.map
        block_text = mask_prose("\n".join(lines[start:end]))
        newlines = tuple(m.start() for m in _NEWLINE.finditer(block_text))
        blocks.append(Block(kind, start + 1, block_text, newlines))
    return Draft(path, tuple(blocks), values, where)


def read_draft(path: str | Path) -> Draft:
    """Read and parse a draft file (any encoding the corpus reader knows).

    A missing, binary or undecodable file raises a GlossaryError naming it.
    """
    from glossary.corpus import read_text

    return parse_draft(read_text(Path(path)), str(path))
