"""Pass 1 of the miner: each line cut into segments (joined by ``SEP``), and the counts of segments
and of adjacent pairs over the lines, a line repeated verbatim counted once."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import chain

from glossary.segment import BREAK, QUANTITY, background, segmenter, token_class

SEP = "\x1f"                 # joins segments inside a key
# After a number the segmenter glues the unit to the next word (2021年|元宇宙 -> 年元|宇宙,
# 2024年|雷朋 -> 年雷朋): split the unit off again.
_UNIT_GLUED = re.compile(r"(?<=\d)\x1f([年月日号个位])(?=[^\x1f])")
# After a Chinese numeral the segmenter glues a classifier to the counted noun (十万|张卡):
# a two-character segment the dictionary does not know is split again.
_CLASSIFIER_GLUED = re.compile(r"([零〇一二三四五六七八九十百千万亿两几数])\x1f"
                               r"([张家个位款次件项条只台辆块份座部本篇首名])([^\x1f])(?=\x1f(?! )|$)")


def _glue(tokens: list[str]) -> list[str]:
    """Fold a single space between two Latin/number segments into the second (``Gemini 2.0``)."""
    out: list[str] = []
    n = len(tokens)
    for i, t in enumerate(tokens):
        if (t == " " and out and i + 1 < n and out[-1][-1:].isalnum() and out[-1].isascii()
                and tokens[i + 1][:1].isascii() and tokens[i + 1][:1].isalnum()):
            tokens[i + 1] = " " + tokens[i + 1]
            continue
        out.append(t)
    return out


def segment(texts: Sequence[str], user_words: tuple[str, ...]) -> list[str]:
    """Each line's segments, joined by SEP."""
    seg = segmenter(tuple(user_words))
    join = SEP.join
    out = []
    for text in texts:
        if SEP in text:                    # a control character in the input: keep offsets
            text = text.replace(SEP, " ")
        tokens = seg.cut(text)
        if " " in text:
            tokens = _glue(tokens)
        line = join(tokens)
        if SEP in line:
            line = _UNIT_GLUED.sub(SEP + r"\1" + SEP, line)
            line = _CLASSIFIER_GLUED.sub(_split_classifier, line)
        if "等" in line:
            line = _ETC_GLUED.sub(_split_etc, line)
        out.append(line)
    return out


# The segmenter guesses an unknown pair out of a word's last character and the 等 ("and so
# on") after it (唐宋温暖期等 -> 温暖|期等): split off 等 again when no dictionary knows the pair.
_ETC_GLUED = re.compile(r"(?<![^\x1f])([\u3400-\u9fff])等(?![^\x1f])")


def _split_etc(m: re.Match) -> str:
    pair = m.group(0)
    if pair in background()[0]:
        return pair
    return m.group(1) + SEP + "等"


def _split_classifier(m: re.Match) -> str:
    numeral, classifier, rest = m.groups()
    if classifier + rest in background()[0]:
        return m.group(0)
    return numeral + SEP + classifier + SEP + rest


def unique_lines(joined: list[str]) -> list[list[str]]:
    """Each line's segments, a line repeated verbatim (and longer than a heading) only once."""
    seen: set[str] = set()
    unique = []
    for line in joined:
        if len(line) > 8:
            if line in seen:
                continue
            seen.add(line)
        unique.append(line.split(SEP))
    return unique


def count_pairs(lines: Iterable[list[str]], keep: dict[str, str]) -> Counter:
    """Adjacent pairs of kept segments (C-level: map, zip, filter)."""
    get = keep.get
    pairs = chain.from_iterable(zip(m, m[1:]) for m in (list(map(get, ts)) for ts in lines))
    return Counter(map(SEP.join, filter(all, pairs)))


def count_segments(unique: list[list[str]], classes: "Classes", min_count: int
                    ) -> tuple[Counter, dict[str, str]]:
    """Segment counts over ``unique_lines``, and the segments whose pairs ``count_pairs``
    counts (each mapped to itself)."""
    uni: Counter = Counter(chain.from_iterable(unique))
    keep = {t: t for t, n in uni.items()
            if n >= min_count and classes[t] not in (BREAK, QUANTITY)}
    return uni, keep


class Classes(dict):
    """token -> token class, computed on first use."""

    def __missing__(self, token: str) -> str:
        c = token_class(token[1:] if token[:1] == " " and len(token) > 1 else token)
        self[token] = c
        return c
