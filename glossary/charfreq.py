"""How common a Chinese character is: a background signal for judging decodings and repairs.

The figures are jieba's own dictionary frequencies of single-character words, loaded lazily
(about 0.15 s) the first time a non-UTF-8 file or a damaged span needs judging.
"""

from __future__ import annotations

import importlib.util
import math
import re
from functools import lru_cache
from pathlib import Path

from glossary.script import to_simplified

_SINGLE = re.compile(r"^(\S) (\d+)", re.MULTILINE)
# Punctuation that is common in real text but absent from a word list.
PUNCT = "，。、；：？！“”‘’（）《》【】…—·"
PUNCT_SCORE = 10.0


@lru_cache(maxsize=1)
def _table() -> dict[str, float]:
    spec = importlib.util.find_spec("jieba")  # its dictionary ships inside the package
    if spec is None or spec.origin is None:
        return dict.fromkeys(PUNCT, PUNCT_SCORE)
    text = (Path(spec.origin).parent / "dict.txt").read_text(encoding="utf-8")
    table = {ch: math.log(int(n) + 1) for ch, n in _SINGLE.findall(text)}
    for ch in PUNCT:
        table[ch] = PUNCT_SCORE
    return table


@lru_cache(maxsize=65536)
def char_score(ch: str) -> float:
    """Log frequency of ``ch`` (simplified first); 0 for characters no dictionary word uses."""
    table = _table()
    return max(table.get(ch, 0.0), table.get(to_simplified(ch), 0.0))


def is_cjk(ch: str) -> bool:
    """A CJK unified ideograph (basic block or extension A)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def plausibility(text: str) -> float:
    """Mean log frequency over the Chinese characters of ``text`` (0 when it has none)."""
    scores = [char_score(ch) for ch in text if is_cjk(ch) or ch in PUNCT]
    return sum(scores) / len(scores) if scores else 0.0


def coherence(text: str) -> float:
    """Share of the Chinese characters of ``text`` that fall inside dictionary words of two or
    more characters (segmented without HMM guesses). Real text scores high; decoding debris,
    a soup of unrelated rare characters, scores near zero."""
    import rjieba

    simplified = to_simplified(text)
    total = sum(1 for ch in simplified if is_cjk(ch))
    if not total:
        return 0.0
    inside = sum(len(tok) for tok in rjieba.cut(simplified, False)
                 if len(tok) > 1 and all(is_cjk(ch) for ch in tok))
    return inside / total
