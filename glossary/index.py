"""The term index `glossary check` works from, cached so a check does not re-read every TOML file.

The index holds what checking needs from each non-rejected term (source spellings, accepted and
avoided English, kind, status) plus an English phrase table keyed by lower-cased word sequences.
It is pickled under ``$XDG_CACHE_HOME/glossary/`` (default ``~/.cache/glossary/``), keyed by the
absolute path of ``terms/`` and invalidated by any change of its file list, sizes, mtimes, ctimes or
inodes; it is then rebuilt from the per-file cache of parsed terms (glossary.termcache), so an edit
costs one file's parsing.
When the cache cannot be read or written (read-only home, full disk) the index is simply rebuilt.
The Aho-Corasick automaton for the Chinese side is pickled with it (it loads in milliseconds).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from glossary import __version__
from glossary.cache import dump_pickle, folder_cache_path, load_pickle
from glossary.errors import TermFileError
from glossary.script import analysis_form
from glossary.store import load_terms
from glossary.termcache import term_file_stats

CACHE_FORMAT = 6  # bump whenever TermIndex changes shape
PROPER_KINDS = frozenset({"person", "organization", "product", "place", "event"})
ACCEPT, AVOID = 0, 1

# A word: letters/digits, joined by internal . & ' (U.S., AT&T, don't), then + or # (C++, C#);
# a possessive 's is matched but not kept. Any other punctuation is a token of its own, so that a
# phrase never matches across a comma or a full stop. Hyphens and dashes only separate words.
TOKEN = re.compile(r"([^\W_]+(?:(?:[.&]|'(?![sS](?![^\W_])))[^\W_]+)*[+#]*)(?:'[sS](?![^\W_]))?"
                   r"|([^\w\s\-\u2010-\u2013])")
_APOSTROPHE = {0x2019: 0x27, 0x2018: 0x27}
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
# Source-side Latin matching ignores ASCII case and treats hyphens as spaces (length-preserving).
_SOURCE_FOLD = {**{c: c + 32 for c in range(ord("A"), ord("Z") + 1)},
                **{ord(h): ord(" ") for h in "-‐‑‒–"}}


def fold_source(text: str, analysed: bool = False) -> str:
    """The form the source automaton matches: analysis form, ASCII lower case, hyphens as spaces."""
    return (text if analysed else analysis_form(text)).translate(_SOURCE_FOLD)


def fold_english(text: str) -> str:
    """Lower case with typographic apostrophes made ASCII; the same length as ``text``."""
    low = text.lower()
    if len(low) != len(text):  # a rare letter whose lower case is longer (İ): keep it as it is
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low.translate(_APOSTROPHE)


def word_keys(text: str) -> list[str]:
    """The word keys of already folded text, in order (see TOKEN)."""
    return [word or punct for word, punct in TOKEN.findall(text)]


def word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word key of ``text`` (a possessive 's included), as word_keys."""
    return [m.span() for m in TOKEN.finditer(text)]


ARTICLES = ("the", "a", "an")


def _drop_article(words: list[str]) -> list[str]:
    """A rendering's words without punctuation at either end ("U.S." matches "the U.S, and"), and
    without a leading article: "the Six Little Tigers" is matched from "Six"."""
    while words and not words[-1][:1].isalnum():
        words = words[:-1]
    while words and not words[0][:1].isalnum():
        words = words[1:]
    if len(words) > 1 and words[0].lower() in ARTICLES:
        return words[1:]
    return words


def phrase_key(phrase: str) -> str:
    """The lookup key of an English phrase: its word keys, leading article dropped, joined by
    single spaces."""
    return " ".join(_drop_article(word_keys(fold_english(phrase))))


def cased_words(text: str) -> str:
    """Words of ``text`` in their own case, hyphens as spaces, possessives dropped."""
    return " ".join(word_keys(text.translate(_APOSTROPHE)))


def rendering_words(rendering: str) -> str:
    """A rendering's words in their own case, as cased_words, leading article dropped."""
    return " ".join(_drop_article(word_keys(rendering.translate(_APOSTROPHE))))


def inflections(word: str) -> list[str]:
    """Regular inflections of a lower-case English word: plural or third person (s, es, ies),
    past (ed, d, ied) and present participle (ing, e→ing, ie→ying)."""
    if not word.isascii() or not word.isalpha() or len(word) < 2:
        return []
    forms = [word + "s"]
    if word.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.append(word + "es")
    if word.endswith("y") and word[-2] not in "aeiou":
        forms += [word[:-1] + "ies", word[:-1] + "ied", word + "ing"]
    elif word.endswith("ie"):
        forms += [word + "d", word[:-2] + "ying"]
    elif word.endswith("e"):
        forms += [word + "d", word[:-1] + "ing"]
    else:
        forms += [word + "ed", word + "ing"]
    return forms


def inflected_keys(key: str) -> list[str]:
    """The key and the keys with its last word inflected (large models, open-sourced)."""
    head, _, last = key.rpartition(" ")
    prefix = head + " " if head else ""
    return [key] + [prefix + form for form in inflections(last)]


def is_latin(term: str) -> bool:
    """A term written in Latin script (no Han characters): DeepSeek, GPT-4o."""
    return not _HAN.search(term)


@dataclass(frozen=True)
class IndexedTerm:
    """What checking needs from one term file."""

    term: str
    forms: tuple[str, ...]        # source spellings as written: simplified, traditional, variants
    renderings: tuple[str, ...]   # accepted English, preferred first; () when there is none
    avoid: tuple[str, ...]
    kind: str
    status: str
    slug: str

    @property
    def english(self) -> str:
        return self.renderings[0] if self.renderings else ""

    def proper(self, rendering: str) -> bool:
        """Case matters: the kind is a name, or the rendering is capitalised past its first letter."""
        return self.kind in PROPER_KINDS or any(c.isupper() for c in rendering[1:])

    @property
    def level(self) -> str:
        """Approved terms fail a check; candidates warn."""
        return "error" if self.status == "approved" else "warning"


def indexed(term) -> IndexedTerm:
    """An IndexedTerm from a store Term. A Latin-script term is its own English unless avoided."""
    renderings = list(term.renderings())
    avoided = {a.casefold() for a in term.avoid}
    if is_latin(term.term) and term.term.casefold() not in avoided:
        if term.term not in renderings:
            renderings.append(term.term)
    return IndexedTerm(term.term, tuple(term.forms()), tuple(renderings), tuple(term.avoid),
                       term.kind, term.status, term.slug)


def encode(tid: int, idx: int, inflected: bool, role: int) -> int:
    """One phrase-table entry as an int: term id, rendering index (< 128), inflected?, role."""
    return tid << 9 | idx << 2 | int(inflected) << 1 | role


def decode(code: int) -> tuple[int, int, bool, int]:
    """(term id, rendering index, inflected?, role) of a phrase-table entry."""
    return code >> 9, (code >> 2) & 0x7F, bool(code & 2), code & 1


class TermIndex:
    """Non-rejected terms with lookup tables for both languages."""

    def __init__(self, terms: list[IndexedTerm]) -> None:
        self.terms = terms
        # English phrase key -> codes (see encode/decode).
        self.english: dict[str, tuple[int, ...]] = {}
        # first word key -> the most words any phrase starting with it has.
        self.first_words: dict[str, int] = {}
        self._source = None
        table: dict[str, list[int]] = {}
        special: set[int] = set()  # codes that need a closer look: avoided or case-sensitive
        for tid, t in enumerate(terms):
            for role, phrases in ((ACCEPT, t.renderings), (AVOID, t.avoid)):
                for idx, phrase in enumerate(phrases[:127]):
                    key = phrase_key(phrase)
                    if not key:
                        continue
                    n = key.count(" ") + 1
                    for k in inflected_keys(key):
                        code = encode(tid, idx, k != key, role)
                        if role == AVOID or t.proper(phrase):
                            special.add(code)
                        codes = table.setdefault(k, [])
                        # renderings spelled alike ("open source", "open-source") are one
                        if not any(c >> 9 == tid and c & 1 == role for c in codes):
                            codes.append(code)
                        first = k.split(" ", 1)[0]
                        if self.first_words.get(first, 0) < n:
                            self.first_words[first] = n
        self.english = {k: tuple(v) for k, v in table.items()}
        self.special = frozenset(special)
        self._source = self._build_source_automaton()

    @classmethod
    def from_terms(cls, terms) -> "TermIndex":
        return cls([indexed(t) for t in terms if t.status != "rejected"])

    def rendering_keys(self, tid: int) -> tuple[str, ...]:
        """Every phrase key (plurals included) of a term's accepted renderings."""
        return tuple(k for r in self.terms[tid].renderings for k in inflected_keys(phrase_key(r))
                     if k)

    def source_automaton(self):
        """Aho-Corasick automaton over every source spelling (folded); it is pickled with the
        index (half a megabyte for 10,000 terms, loaded in milliseconds)."""
        return self._source

    def _build_source_automaton(self):
        import ahocorasick

        rank: dict[str, tuple[tuple[int, int], int]] = {}
        for tid, t in enumerate(self.terms):
            for form in t.forms:
                key = fold_source(form).strip()
                if not key:
                    continue
                prio = (0 if t.status == "approved" else 1, tid)
                if key not in rank or prio < rank[key][0]:
                    rank[key] = (prio, tid)
        automaton = ahocorasick.Automaton()
        for key, (_, tid) in rank.items():
            automaton.add_word(key, (tid, len(key), key[0].isascii() and key[0].isalnum(),
                                     key[-1].isascii() and key[-1].isalnum()))
        if len(automaton):
            automaton.make_automaton()
        return automaton

    def find_source_terms(self, text: str, analysed: bool = False) -> list[tuple[int, int, int]]:
        """Leftmost-longest, non-overlapping (start, end, term id) matches of terms in source text
        (``analysed``: already in analysis form, as a cleaned line's ``text``).

        Latin spellings match whole words only (no AI inside MAIN); Chinese ones anywhere.
        """
        automaton = self.source_automaton()
        if not len(automaton):
            return []
        folded = fold_source(text, analysed)
        found = []
        for end_index, (tid, length, latin_start, latin_end) in automaton.iter(folded):
            start, end = end_index - length + 1, end_index + 1
            if latin_start and start > 0 and folded[start - 1].isascii() and folded[start - 1].isalnum():
                continue
            if latin_end and end < len(folded) and folded[end].isascii() and folded[end].isalnum():
                continue
            found.append((start, -end, tid))
        found.sort()
        out = []
        reach = 0
        for start, neg_end, tid in found:
            if start >= reach:
                out.append((start, -neg_end, tid))
                reach = -neg_end
        return out


# ---------------------------------------------------------------------------------------------
# The cache


def _signature(terms_dir: Path) -> str:
    h = hashlib.sha256(f"{CACHE_FORMAT}:{__version__}".encode())
    entries = term_file_stats(terms_dir)
    for entry in entries:
        h.update(repr(entry).encode())
    return h.hexdigest()


def cache_path(terms_dir: Path) -> Path:
    """Where the index of ``terms_dir`` is cached."""
    return folder_cache_path("index", terms_dir)


def _read_cache(path: Path, signature: str) -> TermIndex | None:
    index = load_pickle(path, signature)
    return index if isinstance(index, TermIndex) else None


def _write_cache(path: Path, signature: str, index: TermIndex) -> None:
    dump_pickle(path, signature, index)  # no writable cache: the next check rebuilds the index


def load_index(terms_dir: str | Path, *, use_cache: bool = True) -> TermIndex:
    """The index of ``terms_dir``: from the cache when nothing changed, else parsed and cached.

    A missing folder or a malformed term file raises TermFileError naming it (never cached).
    """
    terms_dir = Path(terms_dir)
    if not terms_dir.exists():
        raise TermFileError("terms folder not found (use --terms DIR or GLOSSARY_TERMS)", terms_dir)
    if not terms_dir.is_dir():
        raise TermFileError("not a directory", terms_dir)
    if not use_cache:
        return TermIndex.from_terms(load_terms(terms_dir))
    signature = _signature(terms_dir)
    path = cache_path(terms_dir)
    index = _read_cache(path, signature)
    if index is None:
        # The parsed term files have their own per-file cache: after an edit, one file is parsed.
        from glossary.termcache import load_terms_cached

        index = TermIndex.from_terms(load_terms_cached(terms_dir))
        if _signature(terms_dir) == signature:  # unchanged while we read it
            _write_cache(path, signature, index)
    return index
