"""Usage contexts for a term: short snippets of the original text around its occurrences."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from operator import attrgetter
from typing import Protocol

from glossary.model import Context, Occurrence

MAX_CONTEXTS = 3
BEFORE = 30          # characters of context kept before the term, at most
AFTER = 40           # characters kept after it, at most
ELLIPSIS = "……"

_SENTENCE_END = frozenset("。！？!?；;…\ufffd")
_CLAUSE = frozenset("，,、：:")
_CLOSERS = frozenset("”’」』）)》\"'")
_POSITION = attrgetter("document", "line", "start", "end")
# the same sets as patterns: the first of them in a span, or the last (one followed by none)
_END = re.compile("[%s]" % re.escape("".join(sorted(_SENTENCE_END))))
_LAST_END = re.compile("[{0}][^{0}]*\\Z".format(re.escape("".join(sorted(_SENTENCE_END)))))
_CLAUSE_RE = re.compile("[%s]" % re.escape("".join(sorted(_CLAUSE))))
_LAST_CLAUSE = re.compile("[{0}][^{0}]*\\Z".format(re.escape("".join(sorted(_CLAUSE)))))


class _Line(Protocol):
    number: int
    display: str


def snippet(display: str, start: int, end: int, *, before: int = BEFORE, after: int = AFTER) -> str:
    """The sentence around ``display[start:end]``, cut to a window at clause punctuation where the
    sentence is too long; cuts are marked with an ellipsis. U+FFFD (damaged text) is a boundary."""
    lo = max(0, start - before)
    m = _LAST_END.search(display, lo, start)    # the sentence starts after the last full stop
    i = m.start() + 1 if m else min(lo, start)
    cut_left = i > 0 and display[i - 1] not in _SENTENCE_END
    if cut_left:
        m = _CLAUSE_RE.search(display, i, start)   # the first clause mark, where the text starts
        if m:
            i = m.start() + 1
    else:
        while i < start and (display[i] in _CLOSERS or display[i].isspace()):
            i += 1          # the closing quote of the previous sentence

    n = len(display)
    hi = min(n, end + after)
    m = _END.search(display, end, hi)
    j = m.start() if m else max(end, hi)
    cut_right = False
    if j < n and display[j] in _SENTENCE_END and display[j] != "\ufffd":
        j += 1                                   # keep the full stop and any closing quote
        while j < n and display[j] in _CLOSERS:
            j += 1
    elif j < n and display[j] != "\ufffd":      # window full in mid-sentence
        cut_right = True
        m = _LAST_CLAUSE.search(display, end, j)
        if m:
            j = m.start()

    text = display[i:j].strip()
    if cut_left and text:
        text = ELLIPSIS + text
    if cut_right and text:
        text = text + ELLIPSIS
    return text


def pick_contexts(occurrences: Sequence[Occurrence], lines: Mapping[tuple[str, int], _Line],
                  limit: int = MAX_CONTEXTS) -> list[Context]:
    """Up to ``limit`` contexts, from different documents where possible.

    Documents with more occurrences of the term come first (ties by name); within a document the
    first occurrence is used, further ones only when fewer documents than ``limit`` have the term.
    Identical snippets are given once. Deterministic for the same input.
    """
    by_doc: dict[str, list[Occurrence]] = {}
    for occ in sorted(occurrences, key=_POSITION):
        by_doc.setdefault(occ.document, []).append(occ)
    docs = sorted(by_doc, key=lambda d: (-len(by_doc[d]), d))
    depth = max((len(v) for v in by_doc.values()), default=0)
    # round k: each document's k-th occurrence; made as needed (most terms stop in round 0)
    rounds = (by_doc[d][k] for k in range(depth) for d in docs if k < len(by_doc[d]))
    picked: list[Context] = []
    seen: set[str] = set()
    used_lines: set[tuple[str, int]] = set()
    for occ in rounds:
        if len(picked) >= limit:
            break
        key = (occ.document, occ.line)
        line = lines.get(key)
        if line is None or key in used_lines:
            continue
        text = snippet(line.display, occ.start, occ.end)
        if not text or text in seen:
            continue
        seen.add(text)
        used_lines.add(key)
        picked.append(Context(document=occ.document, line=occ.line, text=text))
    return picked


def line_table(docs: Iterable) -> dict[tuple[str, int], _Line]:
    """(document name, line number) → Line, for every line of docs."""
    return {(doc.name, line.number): line for doc in docs for line in doc.lines}
