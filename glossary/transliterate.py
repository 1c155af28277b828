"""Reverse transliteration: a likely Latin spelling of a foreign name written in Chinese characters.

Chinese writes foreign names with a small set of characters, each standing for a syllable or a
lone consonant (哈萨比斯 Ha-ssa-bi-s, 奥尔特曼 O-l-t-man). How each character is usually spelled
is learnt from CC-CEDICT's own transliterated names (亨特 Hunter, 伊斯曼 Eastman, 丹尼斯 Dennis):
each name is split into one Latin chunk per character (a chunk starts with a letter the
character's pinyin initial can be spelled with), the splits are re-estimated a few times (hard
EM), and a character's spelling is its most frequent chunk at that position (first, middle,
last). The result is a guess for an editor to check, not a rendering: English spellings are not
recoverable from the sound alone (Hasabis, not Hassabis).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

_NAME = re.compile(r"([A-Z][a-z]{2,})(?:\b|$)")
_MAX_CHUNK = 4
_ROUNDS = 3


def _position(i: int, n: int) -> int:
    return 0 if i == 0 else (2 if i == n - 1 else 1)


@lru_cache(maxsize=1)
def _pairs() -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """(characters, numbered syllables, Latin name) for CC-CEDICT's transliterated names: proper
    nouns whose English is one word that is not their own pinyin (伦敦 London, 亨特 Hunter)."""
    from glossary import dictionary
    from glossary.pinyin import _TRANSLITERATION_RUN

    out = []
    d = dictionary.load()
    for key, rows in d.by_word.items():
        if not 2 <= len(key) <= 6 or sum(c in _TRANSLITERATION_RUN for c in key) < 0.75 * len(key):
            continue
        for r in rows:
            syllables = tuple(s.lower() for s in r[2].split())
            if r[1] != key or not r[2][:1].isupper() or len(syllables) != len(key):
                continue
            m = _NAME.match(r[3][0]) if r[3] else None
            toneless = "".join(s.rstrip("012345").replace("u:", "u") for s in syllables)
            if m and len(m.group(1)) >= len(key) and m.group(1).lower() != toneless:
                out.append((key, syllables, m.group(1).lower()))
            break
    return tuple(out)


@lru_cache(maxsize=None)
def _fits(syllable: str, chunk: str) -> bool:
    """``chunk`` starts with a letter the syllable's initial is spelled with (尔 er: r, l or a
    vowel)."""
    from glossary.gloss import _INITIAL_LETTERS, _initial

    letters = _INITIAL_LETTERS[_initial(syllable)]
    if syllable.rstrip("012345") == "er":
        letters += "RL"
    return chunk[:1].upper() in letters


def _split(chars: str, syllables: tuple[str, ...], latin: str, table) -> list[str] | None:
    """The most likely split of ``latin`` into one chunk per character under ``table``."""
    n, m = len(chars), len(latin)
    best: dict[tuple[int, int], tuple[float, list[str]]] = {(0, 0): (0.0, [])}
    for i in range(n):
        for j in range(m):
            if (i, j) not in best:
                continue
            score, chunks = best[(i, j)]
            for k in range(1, _MAX_CHUNK + 1):
                if j + k > m:
                    break
                chunk = latin[j:j + k]
                if not _fits(syllables[i], chunk):
                    continue
                s = score + table(chars[i], _position(i, n), chunk)
                key = (i + 1, j + k)
                if key not in best or s > best[key][0]:
                    best[key] = (s, [*chunks, chunk])
    found = best.get((n, m))
    return found[1] if found else None


@lru_cache(maxsize=1)
def _chunks() -> dict[tuple[str, int], Counter[str]]:
    """Chunk counts per (character, position), learnt from the dictionary's names (kept in the
    cache folder, named for this module's code and the dictionary's index)."""
    from glossary import dictionary
    from glossary.cache import dump_pickle, load_pickle

    path = _cache_file()
    counts = load_pickle(path, 1)
    if counts is None:
        dictionary.settle()             # a child started by dictionary.prepare may be storing it
        counts = load_pickle(path, 1)
    if counts is None:
        counts = _learn()
        if dump_pickle(path, 1, counts):
            for old in path.parent.glob("translit-*.pickle"):
                if old != path:
                    old.unlink(missing_ok=True)
    return counts


def _cache_file() -> Path:
    from glossary import dictionary
    from glossary.cache import cache_dir

    code = hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:10]
    return cache_dir() / f"translit-{code}-{dictionary._cache_path().stem}.pickle"


def prepare() -> None:
    """Learn and store the tables now (called by the child that ``dictionary.prepare`` starts)."""
    from glossary.cache import dump_pickle

    counts = _chunks()
    path = _cache_file()
    if not path.is_file():      # this process had them already
        dump_pickle(path, 1, counts)


def _learn() -> dict[tuple[str, int], Counter[str]]:
    pairs = _pairs()
    counts: dict[tuple[str, int], Counter[str]] = defaultdict(Counter)
    totals: dict[tuple[str, int], int] = {}

    def table(ch: str, pos: int, chunk: str) -> float:
        c = counts.get((ch, pos))
        total = totals.get((ch, pos), 0)
        if not total:
            return -abs(len(chunk) - 2.5)           # before any evidence: two or three letters
        return math.log((c[chunk] + 0.1) / (total + 1.0))

    for _ in range(_ROUNDS):
        totals = {key: sum(c.values()) for key, c in counts.items()}
        fresh: dict[tuple[str, int], Counter[str]] = defaultdict(Counter)
        for chars, syllables, latin in pairs:
            split = _split(chars, syllables, latin, table)
            if split:
                for i, chunk in enumerate(split):
                    fresh[(chars[i], _position(i, len(chars)))][chunk] += 1
        counts = fresh
    return dict(counts)


def spell(name: str) -> str:
    """A likely Latin spelling of a transliterated foreign name (哈萨比斯 -> "Hasabis"), or ""
    when a character has never been seen in a transliterated name."""
    if not name:
        return ""
    counts = _chunks()
    out = []
    for i, ch in enumerate(name):
        c = counts.get((ch, _position(i, len(name))))
        if not c:
            c = sum((counts.get((ch, p), Counter()) for p in range(3)), Counter())
        if not c:
            return ""
        out.append(c.most_common(1)[0][0])
    # chunks learnt one character at a time may meet on a vowel English does not double
    # (阿玛利亚 Ama-li-ia -> Amalia)
    word = re.sub(r"([aiu])\1", r"\1", "".join(out))
    return word[:1].upper() + word[1:]
