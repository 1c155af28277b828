"""Find terms: exact lookup for ``glossary show``, ranked substring search for ``glossary search``.

A query is Chinese (either script, compared after t2s), pinyin (tones, spaces, apostrophes, hyphens
and case ignored: ``liuxiaohu`` = ``Liù Xiǎohǔ`` = ``liu xiao hu``), English or an alternative
(case-insensitive), a Latin-script term, or a file slug.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from glossary.model import Term
from glossary.script import has_han, normalize_width, to_simplified
from glossary.store import term_to_dict

# Match ranks, best first.
EXACT, PREFIX, WORD, SUBSTRING = 0, 1, 2, 3

_SEPARATORS = re.compile(r"[-\u2010-\u2015_/]+")


def normalize_pinyin(s: str) -> str:
    """Pinyin reduced to lowercase letters: tone marks and tone numbers, spaces, apostrophes,
    hyphens and case dropped; ü (also written v or u:) becomes u."""
    decomposed = unicodedata.normalize("NFKD", s).casefold()
    return "".join("u" if c == "v" else c for c in decomposed if "a" <= c <= "z")


def chinese_key(s: str) -> str:
    """Chinese compared across scripts and widths: simplified, case-folded, no spaces."""
    return "".join(to_simplified(normalize_width(unicodedata.normalize("NFKC", s))).casefold().split())


def text_key(s: str) -> str:
    """English (or Latin) compared without case, with hyphens as spaces and spaces collapsed."""
    return " ".join(_SEPARATORS.sub(" ", unicodedata.normalize("NFKC", s).casefold()).split())


@dataclass(frozen=True)
class Hit:
    """A search result: the term, how well it matched (EXACT..SUBSTRING) and on which field."""

    term: Term
    rank: int
    field: str


def _score(term: Term) -> float:
    return term.mined.score if term.mined is not None else 0.0


def _latin_forms(term: Term) -> list[str]:
    return [f for f in term.forms() if not has_han(f)]


def lookup(terms: list[Term], query: str) -> list[Term]:
    """The terms that match query exactly, in file order. A rendering listed under ``avoid`` only
    counts when nothing else matches (so ``show "Six Small Tigers"`` still finds the entry)."""
    query = query.strip()
    if not query:
        return []
    if has_han(query):
        q = chinese_key(query)
        return [t for t in terms if any(chinese_key(f) == q for f in t.forms())]
    q = text_key(query)
    qp = normalize_pinyin(query)
    slug = query[:-5] if query.endswith(".toml") else query
    slug = slug.replace("\\", "/").rsplit("/", 1)[-1].casefold()
    found = [t for t in terms
             if any(text_key(r) == q for r in (*t.renderings(), *_latin_forms(t)))
             or (qp and normalize_pinyin(t.pinyin) == qp)
             or t.slug.casefold() == slug]
    if found:
        return found
    return [t for t in terms if any(text_key(r) == q for r in t.avoid)]


def _text_rank(query: str, value: str) -> int | None:
    """EXACT, PREFIX, WORD (at a word start) or SUBSTRING; None if query is not in value."""
    if not query or not value:
        return None
    if value == query:
        return EXACT
    if value.startswith(query):
        return PREFIX
    best = None
    start = value.find(query)
    while start >= 0:
        if not value[start - 1].isalnum():
            return WORD
        best = SUBSTRING
        start = value.find(query, start + 1)
    return best


def _chinese_rank(query: str, value: str) -> int | None:
    # Every character is a syllable: a match anywhere starts at a "word".
    if not query or query not in value:
        return None
    return EXACT if value == query else PREFIX if value.startswith(query) else WORD


def _pinyin_rank(query: str, term: Term) -> int | None:
    """Pinyin matches only where a syllable starts (``xiaohu`` finds Liù Xiǎohǔ, ``iaoh`` does not)."""
    value = normalize_pinyin(term.pinyin)
    if not query or query not in value:
        return None
    if value == query:
        return EXACT
    if value.startswith(query):
        return PREFIX
    starts = syllable_starts(term.term, term.pinyin)
    start = value.find(query)
    while start >= 0:
        if start in starts:
            return WORD
        start = value.find(query, start + 1)
    return None


def syllable_starts(chinese: str, pinyin: str) -> frozenset[int]:
    """Offsets into ``normalize_pinyin(pinyin)`` where a syllable begins.

    The syllables come from the term's characters (every reading pypinyin knows, so an editor's
    choice among readings still aligns); when they do not spell the stored pinyin, the word
    boundaries of the stored pinyin are used.
    """
    return _syllable_starts(chinese, pinyin)


@lru_cache(maxsize=4096)
def _syllable_starts(chinese: str, pinyin: str) -> frozenset[int]:
    words = [w for w in (normalize_pinyin(w) for w in re.split(r"[\s'’‘ʼ\-]+", pinyin)) if w]
    starts, pos = set(), 0
    for w in words:
        starts.add(pos)
        pos += len(w)
    target = "".join(words)
    aligned = _align(chinese, target)
    return frozenset(starts | aligned if aligned is not None else starts)


def _align(chinese: str, target: str) -> set[int] | None:
    from pypinyin import Style, pinyin as readings   # only needed for mid-word matches

    units = readings(chinese, style=Style.NORMAL, heteronym=True, errors="default")
    options = [{normalize_pinyin(r) for r in unit} - {""} for unit in units]
    options = [o for o in options if o]
    # paths[i] = syllable starts of one way to spell target[:i] with the first k units
    paths: dict[int, tuple[int, ...]] = {0: ()}
    for unit in options:
        nxt: dict[int, tuple[int, ...]] = {}
        for pos, starts in paths.items():
            for spelling in unit:
                if target.startswith(spelling, pos):
                    nxt.setdefault(pos + len(spelling), (*starts, pos))
        paths = nxt
        if not paths:
            return None
    return set(paths[len(target)]) if len(target) in paths else None


def search(terms: list[Term], query: str) -> list[Hit]:
    """Every term whose Chinese (either script), pinyin, English or alternatives contain query,
    best first: exact > prefix > at a word or syllable start > elsewhere, then score, then term."""
    query = query.strip()
    if not query:
        return []
    hits = []
    if has_han(query):
        q = chinese_key(query)
        for t in terms:
            ranks = [r for r in (_chinese_rank(q, chinese_key(f)) for f in t.forms()) if r is not None]
            if ranks:
                hits.append(Hit(t, min(ranks), "term"))
    else:
        q, qp = text_key(query), normalize_pinyin(query)
        for t in terms:
            best: tuple[int, str] | None = None
            fields = [("english", t.english), *(("alternatives", a) for a in t.alternatives),
                      *(("term", f) for f in _latin_forms(t))]
            for name, value in fields:
                r = _text_rank(q, text_key(value))
                if r is not None and (best is None or r < best[0]):
                    best = (r, name)
            if qp and (best is None or best[0] > EXACT):
                r = _pinyin_rank(qp, t)
                if r is not None and (best is None or r < best[0]):
                    best = (r, "pinyin")
            if best is not None:
                hits.append(Hit(t, best[0], best[1]))
    hits.sort(key=lambda h: (h.rank, -_score(h.term), h.term.term, h.term.slug))
    return hits


def suggest(terms: list[Term], query: str, limit: int = 5) -> list[Term]:
    """Terms the user may have meant: search results, else near spellings (difflib)."""
    hits = search(terms, query)
    if hits:
        return [h.term for h in hits[:limit]]
    keys: dict[str, list[Term]] = {}
    if has_han(query):
        probes = [chinese_key(query)]
        for t in terms:
            for f in t.forms():
                keys.setdefault(chinese_key(f), []).append(t)
    else:
        probes = [text_key(query), normalize_pinyin(query)]
        for t in terms:
            for value in (*t.renderings(), *_latin_forms(t)):
                keys.setdefault(text_key(value), []).append(t)
            if t.pinyin:
                keys.setdefault(normalize_pinyin(t.pinyin), []).append(t)
    scored: dict[str, float] = {}
    for probe in filter(None, probes):
        for key in difflib.get_close_matches(probe, list(keys), n=limit, cutoff=0.75):
            ratio = difflib.SequenceMatcher(None, probe, key).ratio()
            scored[key] = max(scored.get(key, 0.0), ratio)
    out: list[Term] = []
    for key in sorted(scored, key=lambda k: (-scored[k], k)):
        for t in keys[key]:
            if t not in out:
                out.append(t)
    return out[:limit]


def term_path(terms_dir: str | Path, term: Term) -> str:
    return str(Path(terms_dir) / f"{term.slug}.toml")


def term_json(term: Term, terms_dir: str | Path) -> dict:
    """The term as SPEC keys (``mined`` only when present) plus ``file``."""
    data = term_to_dict(term)
    data["file"] = term_path(terms_dir, term)
    return data
