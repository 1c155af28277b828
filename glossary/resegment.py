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
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from bisect import bisect_right
from itertools import accumulate, chain

SEP = "\x1f"
MAX_WORD = 8                 # longest unknown word looked for, in characters


Search = Callable[[Sequence[Sequence[int]], Set[str], Counter], Iterable[Mapping[str, Set[int]]]]


def unknown_words(joined: Sequence[str], min_count: int, known: Callable[[str], bool],
                  candidate: Callable[[str], bool],
                  documents: Sequence[int] | None = None, *, counts: Counter | None = None,
                  search: Search | None = None) -> dict[str, set[int]]:
    """Unknown words (not ``known``, ``candidate``-shaped) seen whole fewer than ``min_count``
    times but at least ``min_count`` times counting the lines where an unknown segment swallowed
    their first or last characters. A word is looked for in the documents (``documents``: each
    line's document; all one document when None) that have it whole: an article keeps to its own
    words, and a small search per document is far faster than one for every word everywhere.
    Only where the glue shows whatever the document (``Seeds``) is a word looked for in every
    document. Returns each word with the lines to cut again.

    ``counts`` (every segment of every line counted, if the caller has them) saves counting
    again; ``search(groups, seeds, counts)`` may split the search over the documents' line
    groups (each result as ``glued_lines`` gives it, in the groups' order) across processes."""
    by_document: dict[int, list[int]] = defaultdict(list)
    for u in range(len(joined)):
        by_document[documents[u] if documents is not None else 0].append(u)
    if counts is None:
        counts = segment_counts(joined)
    seeds = Seeds(t for t, n in counts.items()
                  if n < min_count and 2 <= len(t) <= MAX_WORD and not known(t) and candidate(t))
    if not seeds:
        return {}
    seeds.spelled = _spellings(seeds, counts, min_count, known)
    groups = list(by_document.values())
    if search is None:
        parts: Iterable[Mapping[str, Set[int]]] = [
            glued_lines(joined, groups, seeds, counts, min_count, known, candidate)]
    else:
        parts = search(groups, seeds, counts)
    glued: dict[str, set[int]] = defaultdict(set)
    for part in parts:
        for word, lines in part.items():
            glued[word].update(lines)
    found = {w: lines for w, lines in glued.items() if counts[w] + len(lines) >= min_count}
    # a piece of a longer word found too (骨纱 of 醒骨纱) is not a word of its own
    return {w: lines for w, lines in found.items()
            if not any(w in longer and w != longer for longer in found)}


class Seeds(frozenset):
    """The words looked for, and ``spelled``: the strings that spell a word glued where the glue
    shows whatever the document, to the last character of a number before it (10|亿月活 beside
    月活) or to the other word of a coordination sharing its tail (开闭|源 beside 闭源 and 开源),
    by the segment that holds the glue (亿月活, 开闭), each as (string, word). Those are looked
    for in every document: the word is often whole in one article and glued in another."""

    spelled: Mapping[str, list[tuple[str, str]]] = {}


def _spellings(seeds: Set[str], counts: Counter, min_count: int, known: Callable[[str], bool]
               ) -> dict[str, list[tuple[str, str]]]:
    """``Seeds.spelled``, found from the segment counts alone."""
    spelled: dict[str, list[tuple[str, str]]] = defaultdict(list)
    pairs: dict[str, list[str]] = defaultdict(list)    # rare listed pairs of heads, by the last
    for t, n in counts.items():
        if len(t) == 2:
            if n < min_count and known(t):
                pairs[t[1]].append(t)
        elif t[0] in NUMERALS and t[1:] in seeds and not known(t):
            spelled[t].append((t, t[1:]))
    get = counts.get
    for word in seeds:             # as ``_coordinated``, for the pairs kept above
        if len(word) == 2 and word[0] in pairs and word[1] not in COMPLEMENTS:
            for token in pairs[word[0]]:
                if get(token[0] + word[1], 0) >= min_count and not known(token[0] + word):
                    spelled[token].append((token[0] + word, word))
    return dict(spelled)


def segment_counts(joined: Iterable[str]) -> Counter:
    """Every segment of these SEP-joined lines, counted."""
    return Counter(chain.from_iterable(line.split(SEP) for line in joined))


def glued_lines(joined: Sequence[str], groups: Iterable[Sequence[int]], seeds: Set[str],
                counts: Counter, min_count: int, known: Callable[[str], bool],
                candidate: Callable[[str], bool]) -> dict[str, set[int]]:
    """For the documents whose lines are ``groups``: each seed word the segmenter cut by gluing
    it to a neighbour, with the lines where it did (searched only in documents that have the
    word whole, or that hold one of the segments of ``Seeds.spelled``)."""
    import ahocorasick

    glued: dict[str, set[int]] = defaultdict(set)
    spelled = getattr(seeds, "spelled", {})
    lookup = seeds.union(spelled)
    for lines in groups:
        words = lookup.intersection(chain.from_iterable(joined[u].split(SEP) for u in lines))
        if spelled:
            anchors = words.intersection(spelled)
            if anchors:
                for u, word in _spelled_lines(joined, lines, anchors, spelled, counts,
                                              min_count, known, candidate):
                    glued[word].add(u)
            words = words.intersection(seeds)
        if not words:
            continue
        automaton = ahocorasick.Automaton()
        for t in words:
            automaton.add_word(t, t)
        automaton.make_automaton()
        for u in lines:
            line = joined[u]
            hits = list(automaton.iter(line.replace(SEP, "")))
            if hits:
                for word in _glued_hits(line, hits, counts, min_count, known, candidate):
                    glued[word].add(u)
    return glued


def _spelled_lines(joined: Sequence[str], lines: Sequence[int], anchors: Set[str],
                   spelled: Mapping[str, list[tuple[str, str]]], counts: Counter,
                   min_count: int, known: Callable[[str], bool],
                   candidate: Callable[[str], bool]) -> Iterable[tuple[int, str]]:
    """(line, word) for the words of ``Seeds.spelled`` glued in these lines (whose segments
    include ``anchors``)."""
    for u in lines:
        line = joined[u]
        present = [a for a in anchors if a in line]
        if not present:
            continue
        flat = line.replace(SEP, "")
        hits = []
        for a in present:
            for text, word in spelled[a]:
                at = flat.find(text)
                while at >= 0:
                    hits.append((at + len(text) - 1, word))
                    at = flat.find(text, at + 1)
        for word in _glued_hits(line, hits, counts, min_count, known, candidate):
            yield u, word


# particles, conjunctions and prepositions the segmenter glues to the word before or after them
# (因新冠, 琐文为), and place words that follow the word they belong to (签里: the segmenter glued
# 里 to 签; 上大 is 市场上 + 大)
PARTICLES = frozenset("的了在是也都就把被着过很更最太再又还所之为因等则与和并从对于将给向")
PLACE_WORDS = frozenset("里上中下内外")
# numerals and number units the segmenter glues to the unknown word after a number (10|亿月活)
NUMERALS = frozenset("零〇一二三四五六七八九十百千万亿两几半数")
# complements of direction and result: a verb's, not a tail two words share (出头|去 is 出头 + 去)
COMPLEMENTS = frozenset("来去到上下过起出回进开掉住完好得着了")


def _beside(ends: list[int], tokens: list[str], i: int, start: int, stop: int) -> str:
    """The character of segment ``i`` right outside the word at [start, stop), as ``"<x"``
    before it or ``">x"`` after it."""
    begin = ends[i - 1] if i else 0
    if begin < start:
        return "<" + tokens[i][start - begin - 1]
    return ">" + tokens[i][stop - begin] if ends[i] > stop else ""


def _glued(token: str, beside: str, word: str, counts: Counter, min_count: int,
           known: Callable[[str], bool], candidate: Callable[[str], bool],
           number: bool = False) -> bool:
    """A segment that swallowed part of ``word`` is an accident of the segmenter: a coordination
    sharing the word's tail (开闭|源: see ``_coordinated``), or unknown to the dictionary and
    either glued to the word by a particle or place word (车企在, 签里点: ``beside`` is the
    character next to the word), or just the word and the last character of a number before it
    (10|亿月活: ``number`` says the segment before ends a number), or not word-shaped, or, for
    words of three characters or more, not recurring (穿醒 of 醒骨纱). A recurring unknown word
    (肖仰华) is a longer word, not an accident; two characters are too few to tell a word from a
    chance pairing (可触|碰, 多|远时) unless a particle or number shows the glue."""
    if _coordinated(token, beside, word, counts, min_count, known):
        return True
    if known(token):
        return False
    before = beside[:1] == "<"
    glue = (beside[1:] in PARTICLES or not before and beside[1:] in PLACE_WORDS
            or number and before and beside[1:] in NUMERALS and token == beside[1:] + word)
    return glue or not candidate(token) or len(word) >= 3 and counts[token] < min_count


def _coordinated(token: str, beside: str, word: str, counts: Counter, min_count: int,
                 known: Callable[[str], bool]) -> bool:
    """Two words sharing their tail written once (开闭源 is 开源 and 闭源, cut 开闭|源): ``token``
    is the two heads, a pair the dictionary lists (开闭 'open and close'; not a chance segment
    like 以厂 of 以厂|为) that the corpus does not use on its own (以上 of 以上|为 it does); the
    first head with the tail is a word the corpus uses (a recurring segment: 开源), the tail is
    no verb's complement (出头|去 is 出头 + 去), and the three together are no dictionary word
    (中小学, 进出口 are)."""
    if beside[:1] != "<" or len(token) != 2 or len(word) < 2:
        return False
    x = beside[1:]
    if (token != x + word[0] or not known(token) or counts[token] >= min_count
            or word[1:] in COMPLEMENTS):
        return False
    return counts[x + word[1:]] >= min_count and not known(x + word)


def _glued_hits(line: str, hits: list[tuple[int, str]], counts: Counter, min_count: int,
                known: Callable[[str], bool], candidate: Callable[[str], bool]) -> list[str]:
    """The words among ``hits`` (end offset, word) that a glued segment cut in this line."""
    tokens = line.split(SEP)
    ends = list(accumulate(map(len, tokens)))
    starts = {0, *ends}
    out = []
    for end, word in hits:
        start, stop = end + 1 - len(word), end + 1
        if start in starts and stop in starts:
            continue              # whole, or split into words along its own edges
        crossing = [i for i in _covering(ends, start, stop) if not _inside(ends, i, start, stop)]
        if crossing and all(_glued(tokens[i], _beside(ends, tokens, i, start, stop), word, counts,
                                   min_count, known, candidate,
                                   i > 0 and _ends_number(tokens[i - 1])) for i in crossing):
            out.append(word)
    return out


def _ends_number(token: str) -> bool:
    """``token`` ends with a digit or a Chinese numeral (10, 三千)."""
    return token[-1:].isdigit() or token[-1:] in NUMERALS


def _covering(ends: list[int], start: int, stop: int) -> range:
    """Indexes of the segments that overlap [start, stop)."""
    first = bisect_right(ends, start)
    last = bisect_right(ends, stop - 1)
    return range(first, last + 1)


def _inside(ends: list[int], i: int, start: int, stop: int) -> bool:
    """Segment ``i`` lies within [start, stop)."""
    begin = ends[i - 1] if i else 0
    return begin >= start and ends[i] <= stop
