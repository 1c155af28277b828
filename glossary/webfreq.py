"""A second general-language background: the word frequencies of the ``wordfreq`` package.

The miner's background is jieba's dictionary, whose counts come from news-heavy text; wordfreq's
Chinese list mixes Wikipedia, film subtitles, news and web text, a different domain mix, and its
English list lets a Chinese word be judged by how ordinary its English rendering is. Two signals
come from them for the termhood score (``glossary.score``):

- ``chinese_frequency``: how often general Chinese uses exactly this string (0.0 when wordfreq's
  list does not hold it). A phrase the miner assembled (大模型厂商) is in no word list; a word
  both lists know, and that the web-heavy one uses more than news does (发力, 爆火, 榜单), is
  everyday language of the day rather than a term of one corpus.
- ``english_zipf``: the Zipf frequency (log10 per billion words) of an English word or phrase.
  CC-CEDICT renders everyday words by everyday English (路径 "path", 场景 "scene", 房间 "room",
  zipf 4.5 and up) and jargon by rarer English (蒸馏 "distillation", 霸权 "hegemony").

Importing wordfreq and unpacking its lists costs about half a second, so the two lists are kept
in the user's cache folder as sorted words with their Zipf values in hundredths (wordfreq's own
precision), tagged with the data files' sizes and modification times; a warm run loads them in a
few hundredths of a second and never imports wordfreq. On a machine's first run a child process
derives them while the build reads its corpus (``prepare``). Deleting the cache is always safe.
"""

from __future__ import annotations

import functools
import importlib.util
import math
import re
from array import array
from bisect import bisect_left
from pathlib import Path

from glossary.cache import cache_dir, dump_pickle, load_pickle

_TABLE_VERSION = 1
_LISTS = {"zh": "large", "en": "small"}    # the small English list: every word used once per
                                           # million or more, all a threshold of 4.5 needs


class _Table:
    """One wordfreq list as sorted words and their Zipf values in hundredths."""

    def __init__(self, words: list[str], zipf: array) -> None:
        self.words, self.zipf = words, zipf

    def get(self, word: str) -> float:
        """The Zipf value of exactly ``word`` (0.0 when the list does not hold it)."""
        i = bisect_left(self.words, word)
        return self.zipf[i] / 100 if i < len(self.words) and self.words[i] == word else 0.0


def _data_file(lang: str) -> Path | None:
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "data" / f"{_LISTS[lang]}_{lang}.msgpack.gz"


@functools.cache
def _table(lang: str) -> _Table:
    """wordfreq's list for ``lang``, from the cache folder when it holds a current copy."""
    path = _data_file(lang)
    st = path.stat() if path is not None and path.is_file() else None
    tag = ("wordfreq", _TABLE_VERSION, lang, _LISTS[lang],
           st.st_size if st else 0, int(st.st_mtime) if st else 0)
    cache_file = cache_dir() / f"wordfreq-{lang}.pickle"
    cached = load_pickle(cache_file, tag)
    if cached is None:
        from glossary import dictionary

        dictionary.settle()             # a child started by dictionary.prepare may be storing it
        cached = load_pickle(cache_file, tag)
    if cached is not None:
        text, packed = cached
        zipf = array("H")
        zipf.frombytes(packed)
        return _Table(text.split("\n") if text else [], zipf)
    from wordfreq import get_frequency_dict

    freqs = get_frequency_dict(lang, wordlist=_LISTS[lang])
    words = sorted(w for w in freqs if w and "\n" not in w)
    zipf = array("H", (max(0, round((math.log10(freqs[w]) + 9) * 100)) for w in words))
    dump_pickle(cache_file, tag, ("\n".join(words), zipf.tobytes()))
    return _Table(words, zipf)


def prepare() -> None:
    """Derive and store both tables now (called by a child that ``dictionary.prepare`` starts
    on a machine's first run, while the build reads its corpus)."""
    for lang in _LISTS:
        _table(lang)


def chinese_zipf(word: str) -> float:
    """wordfreq's Zipf value (log10 of uses per billion words) of exactly ``word`` in general
    Chinese text (simplified script), 0.0 when its list does not hold it. The string is looked
    up whole, not re-segmented: a phrase of common words is no word of the list."""
    return _table("zh").get(word)


def chinese_frequency(word: str) -> float:
    """``chinese_zipf`` as a share of all words (0.0 when absent)."""
    z = chinese_zipf(word)
    return 10 ** (z - 9) if z > 0 else 0.0


_ENGLISH_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)*")


@functools.cache
def english_zipf(text: str) -> float:
    """The Zipf value of an English word or phrase, as wordfreq estimates a phrase: its words'
    frequencies combined as 1/f = 1/f1 + 1/f2 + …, so the rarest word dominates; 0.0 when a word
    is unknown (used less than once per million words), and for a number, which is no word."""
    tokens = _ENGLISH_TOKEN.findall(text.lower())
    if not tokens or any(ch.isdigit() for ch in text):
        return 0.0
    table = _table("en")
    inverse = 0.0
    for token in tokens:
        z = table.get(token)
        if z <= 0:
            return 0.0
        inverse += 10 ** (9 - z)
    return round(9 - math.log10(inverse), 2)
