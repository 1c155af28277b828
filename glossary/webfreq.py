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

The lists load lazily, once per process, on first use (about a fifth of a second).
"""

from __future__ import annotations

import functools
import math


@functools.cache
def _chinese() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("zh", wordlist="large")


def chinese_frequency(word: str) -> float:
    """wordfreq's frequency (share of all words) of exactly ``word`` in general Chinese text
    (simplified script), 0.0 when its list does not hold it. The string is looked up whole, not
    re-segmented: a phrase of common words is no word of the list."""
    return _chinese().get(word, 0.0)


def chinese_zipf(word: str) -> float:
    """``chinese_frequency`` as a Zipf value (log10 of uses per billion words), 0.0 if absent."""
    f = chinese_frequency(word)
    return math.log10(f) + 9 if f > 0 else 0.0


@functools.cache
def english_zipf(text: str) -> float:
    """wordfreq's Zipf frequency of an English word or phrase (0.0 for unknown words). Its
    small list holds every word used at least once per million, which is all a threshold of
    ordinary English needs."""
    from wordfreq import zipf_frequency

    return zipf_frequency(text, "en", wordlist="small")
