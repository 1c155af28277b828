"""Words the segmenter cut differently in different places, found and cut whole everywhere.

jieba guesses a word it does not know from the characters around it, so one new word can come out
whole in one sentence (醒骨纱) and glued to a neighbour in the next (穿醒|骨纱; 车企 beside 车企在).
Neither spelling then recurs, and the word is lost. ``unknown_words`` finds such words: a segment
no dictionary knows that, counting the places where its characters were glued to a neighbour into
another unknown segment, occurs often enough. ``resegment`` cuts the lines that hold them again
with the words added to the segmenter. A word the dictionary knows on the other side of the cut
(货车|企业 for 车企) is a real boundary, not an accident.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from bisect import bisect_right
from itertools import accumulate

SEP = "\x1f"
MAX_WORD = 8                 # longest unknown word looked for, in characters


def unknown_words(joined: Sequence[str], min_count: int, known: Callable[[str], bool],
                  candidate: Callable[[str], bool]) -> dict[str, set[int]]:
    """Unknown words (not ``known``, ``candidate``-shaped) seen whole fewer than ``min_count``
    times but at least ``min_count`` times counting the lines where an unknown segment swallowed
    their first or last characters. Returns each word with the lines to cut again."""
    counts: Counter = Counter()
    for line in joined:
        counts.update(line.split(SEP))
    seeds = [t for t, n in counts.items()
             if n < min_count and 2 <= len(t) <= MAX_WORD and not known(t) and candidate(t)]
    if not seeds:
        return {}
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for t in seeds:
        automaton.add_word(t, t)
    automaton.make_automaton()
    glued: dict[str, set[int]] = defaultdict(set)
    for u, line in enumerate(joined):
        text = line.replace(SEP, "")
        hits = list(automaton.iter(text))
        if not hits:
            continue
        tokens = line.split(SEP)
        ends = list(accumulate(map(len, tokens)))
        starts = {0, *ends}
        for end, word in hits:
            start, stop = end + 1 - len(word), end + 1
            if start in starts and stop in starts:
                continue              # whole, or split into words along its own edges
            crossing = [i for i in _covering(ends, start, stop) if not _inside(ends, i, start, stop)]
            if crossing and all(_glued(tokens[i], _beside(ends, tokens, i, start, stop), len(word),
                                       counts, min_count, known, candidate) for i in crossing):
                glued[word].add(u)
    found = {w: lines for w, lines in glued.items() if counts[w] + len(lines) >= min_count}
    # a piece of a longer word found too (骨纱 of 醒骨纱) is not a word of its own
    return {w: lines for w, lines in found.items()
            if not any(w in longer and w != longer for longer in found)}


# particles and place words the segmenter glues to the word before or after them
PARTICLES = frozenset("的了在是也都就把被着过很更最太再又还所之里上中下内外")


def _beside(ends: list[int], tokens: list[str], i: int, start: int, stop: int) -> str:
    """The character of segment ``i`` right outside the word at [start, stop)."""
    begin = ends[i - 1] if i else 0
    if begin < start:
        return tokens[i][start - begin - 1]
    return tokens[i][stop - begin] if ends[i] > stop else ""


def _glued(token: str, beside: str, size: int, counts: Counter, min_count: int,
           known: Callable[[str], bool], candidate: Callable[[str], bool]) -> bool:
    """A segment that swallowed part of a word of ``size`` characters is an accident of the
    segmenter: unknown to the dictionary and either glued to the word by a particle or place word
    (车企在, 签里点: ``beside`` is the character next to the word) or not word-shaped, or, for
    words of three characters or more, not recurring (穿醒 of 醒骨纱). A recurring unknown word
    (肖仰华) is a longer word, not an accident; two characters are too few to tell a word from a
    chance pairing (可触|碰, 多|远时) unless a particle shows the glue."""
    if known(token):
        return False
    return (beside in PARTICLES or not candidate(token)
            or size >= 3 and counts[token] < min_count)


def _covering(ends: list[int], start: int, stop: int) -> range:
    """Indexes of the segments that overlap [start, stop)."""
    first = bisect_right(ends, start)
    last = bisect_right(ends, stop - 1)
    return range(first, last + 1)


def _inside(ends: list[int], i: int, start: int, stop: int) -> bool:
    """Segment ``i`` lies within [start, stop)."""
    begin = ends[i - 1] if i else 0
    return begin >= start and ends[i] <= stop
