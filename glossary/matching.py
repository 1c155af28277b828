"""Matching candidates in segmented lines: ``Matcher`` finds every spelling as a run of whole
segments, ``quality`` ranks competing candidates, ``specific_word`` and ``used_alone`` say
when a word keeps spans inside longer terms, and ``merge`` makes one candidate of a term's
spellings. (``glossary.mine`` assigns the spans, in workers on a large corpus.)"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence, Set
from itertools import accumulate, compress

from glossary.candidates import Found
from glossary.counts import SEP
from glossary.latin import ascii_lower, variant_key
from glossary.phrases import MAX_CHARS


class Matcher:
    """Longest-match search for candidate spellings, along segment boundaries.

    A match is a run of whole segments whose concatenation (ASCII lower-cased) is a candidate's
    pattern. Scanning segments, not characters, keeps 华为 from matching inside 中华/为 and is
    several times faster than a character automaton in Python.
    """

    def __init__(self, found: Sequence[Found]) -> None:
        self.patterns: dict[str, int] = {}
        self.prefixes: set[str] = set()
        for i, f in enumerate(found):
            for p in f.patterns:
                for form in (p, " " + p):          # " Flash": a segment glued to a Latin name
                    if form.strip() and form not in self.patterns:
                        self.patterns[form] = i
                        self.prefixes.update(form[:k] for k in range(1, len(form) + 1))

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def line(self, joined: str) -> list[tuple[int, int, int, int, int]]:
        """Every match in one line given as its SEP-joined segments, overlapping ones included:
        (candidate, first segment, end segment, start offset, end offset)."""
        lowered = joined.lower()
        if len(lowered) != len(joined):
            lowered = ascii_lower(joined)
        keys = lowered.split(SEP)
        prefixes = self.prefixes
        patterns = self.patterns
        n = len(keys)
        out = []
        offsets = None                         # only for lines with a match
        # the segments that start a pattern, found by C-level calls
        for i in compress(range(n), map(prefixes.__contains__, keys)):
            text = keys[i]
            j = i
            while True:                        # the prefix test ends the walk
                c = patterns.get(text)
                if c is not None:
                    if offsets is None:
                        offsets = [0, *accumulate(map(len, keys))]
                    begin = offsets[i] + (1 if text[0] == " " else 0)
                    out.append((c, i, j + 1, begin, offsets[j + 1]))
                j += 1
                if j == n:
                    break
                text += keys[j]
                if text not in prefixes:
                    break
        return out


def quality(f: Found) -> float:
    return f.specificity + f.cohesion + f.boundary


def specific_word(f: Found) -> bool:
    """A Chinese word cut whole and far from general vocabulary (unknown to the dictionary, or a
    thousand times likelier here than in general language: 母树, 车厘子). Found often enough on
    its own to be a term, it also counts where it ends a longer term, a kind of it (铁观音母树,
    智利车厘子): it is named there too. (A modifier keeps only its own occurrences: 稀疏 of
    稀疏模型.)"""
    return (not f.term.isascii() and len(f.patterns) == 1 and f.specificity >= 1.0
            and f.cohesion == 1.0 and f.boundary == 1.0 and not f.forced)


def used_alone(f: Found, free: list, kept: Set[str], joined: Sequence[str]) -> bool:
    """A specific word (``specific_word``) the text also uses on its own, outside the longer
    terms that hold it elsewhere (教培 beside 教培行业): a term, with all its occurrences. Not a
    piece the segmenter cut out of a name it stands inside anyway (鲁肽 of 司美格鲁肽).
    ``kept`` holds the patterns of the terms kept so far (the longer ones)."""
    if not free or not specific_word(f):
        return False
    for u, _, _, start, end in free:
        line = joined[u].replace(SEP, "").lower()
        if not any(line[a:b] in kept
                   for a in range(max(0, end - MAX_CHARS), start + 1)
                   for b in range(end, min(len(line), a + MAX_CHARS) + 1) if b - a > end - start):
            return True
    return False


def merge(found: list[Found]) -> list[Found]:
    """One entry per term: Latin spelling variants and duplicate finds are merged."""
    by_key: dict[str, list[Found]] = defaultdict(list)
    for f in found:
        key = variant_key(f.term) if f.term.isascii() else f.term
        by_key[key].append(f)
    merged = []
    for group in by_key.values():
        best = max(group, key=lambda f: (f.forced, quality(f)))
        patterns = sorted({p for f in group for p in f.patterns})
        merged.append(Found(best.term, tuple(patterns), max(f.specificity for f in group),
                             max(f.cohesion for f in group), max(f.boundary for f in group),
                             best.pos or next((f.pos for f in group if f.pos), ""),
                             any(f.proper for f in group), any(f.forced for f in group),
                             all(f.family for f in group), any(f.open for f in group)))
    return merged
