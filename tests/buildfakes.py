"""Small stand-ins for the corpus reader, miner and glosser, so that the build's merge and safety
logic is tested on its own, fast and independent of mining quality."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from glossary.build import Pipeline
from glossary.errors import CorpusError
from glossary.model import Candidate, Gloss, Occurrence

import opencc

_T2S, _S2T = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}


def to_simplified(s: str) -> str:
    return _T2S.convert(s)


def to_traditional(s: str) -> str:
    return _S2T.convert(s)


def normalize_width(s: str) -> str:
    return s.translate(_WIDTH)


@dataclass(frozen=True)
class FakeLine:
    number: int
    display: str
    text: str
    boilerplate: bool = False


@dataclass(frozen=True)
class FakeDocument:
    name: str
    lines: tuple[FakeLine, ...]
    chars: int


def read_corpus(root: Path, *, warn=lambda m: None, jobs=1) -> list[FakeDocument]:
    if not Path(root).is_dir():
        raise CorpusError("not a directory", root)
    docs = []
    for path in sorted(Path(root).rglob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        lines = tuple(FakeLine(n, line, to_simplified(normalize_width(line)))
                      for n, line in enumerate(raw.splitlines(), 1))
        docs.append(FakeDocument(path.relative_to(root).as_posix(), lines, len(raw)))
    if not docs:
        raise CorpusError("no readable document", root)
    return docs


class FakeMiner:
    """Proposes every word of a fixed vocabulary (simplified) that occurs min_count times; honours
    ``aliases`` (a surface form counts toward its canonical term, never on its own)."""

    def __init__(self, vocabulary: list[str], kinds: dict[str, str] | None = None,
                 spellings: dict[str, str] | None = None) -> None:
        self.vocabulary = vocabulary
        self.kinds = kinds or {}
        self.spellings = spellings or {}   # other spellings the "miner" merges: surface -> canon
        self.calls: list[dict] = []

    def __call__(self, docs, *, min_count=2, user_words=(), aliases=None, jobs=1):
        aliases = dict(aliases or {})
        self.calls.append({"user_words": tuple(user_words), "aliases": aliases})
        patterns: dict[str, str] = {w: w for w in self.vocabulary}
        patterns.update(self.spellings)
        for surface, canon in aliases.items():
            patterns[surface] = canon
        hits: dict[str, list[Occurrence]] = {}
        forms: dict[str, dict[str, int]] = {}
        for doc in docs:
            for line in doc.lines:
                if line.boilerplate:
                    continue
                taken = [False] * len(line.text)
                for pat in sorted(patterns, key=lambda p: (-len(p), p)):
                    start = line.text.find(pat)
                    while start >= 0:
                        end = start + len(pat)
                        if not any(taken[start:end]):
                            taken[start:end] = [True] * len(pat)
                            canon = patterns[pat]
                            hits.setdefault(canon, []).append(
                                Occurrence(doc.name, line.number, start, end))
                            surface = line.display[start:end]
                            f = forms.setdefault(canon, {})
                            f[surface] = f.get(surface, 0) + 1
                        start = line.text.find(pat, end)
        out = []
        for term, occs in hits.items():
            if len(occs) >= min_count:
                out.append(Candidate(term=term, forms=forms[term], count=len(occs),
                                     documents=len({o.document for o in occs}),
                                     score=round(1 - 1 / (1 + len(occs)), 4),
                                     kind=self.kinds.get(term, "jargon"), occurrences=occs))
        return sorted(out, key=lambda c: (-c.score, c.term))


class FakeGlosser:
    def __init__(self, docs) -> None:
        self.docs = docs

    def gloss(self, cand: Candidate) -> Gloss:
        if cand.term.isascii():
            return Gloss(cand.term, "corpus", 0.9, (cand.term,))
        english = "gloss of " + "-".join(f"{ord(c):x}" for c in cand.term)
        return Gloss(english, "dictionary", 0.5, (english, english.upper()))


def fake_slug(term: str, kind: str) -> str:
    if term.isascii():
        return term.lower()
    return "t" + "".join(f"{ord(c):x}"[-2:] for c in term)


def fake_pipeline(vocabulary: list[str], **overrides) -> Pipeline:
    fields = dict(read_corpus=read_corpus, mine=FakeMiner(vocabulary), glosser=FakeGlosser,
                  term_pinyin=lambda term, kind, english="": "" if term.isascii() else f"py({term})",
                  slug=fake_slug, to_simplified=to_simplified, to_traditional=to_traditional,
                  normalize_width=normalize_width)
    fields.update(overrides)
    return Pipeline(**fields)


def write_corpus(root: Path, docs: dict[str, str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in folder (hidden ones too): name → (bytes, mtime_ns)."""
    if not folder.exists():
        return {}
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())
            if p.is_file()}


def line_miner(docs, *, min_count=2, user_words=(), aliases=None, jobs=1):
    """A miner for volume tests: every non-empty line is one occurrence of the term it spells."""
    aliases = dict(aliases or {})
    hits: dict[str, list[Occurrence]] = {}
    forms: dict[str, dict[str, int]] = {}
    for doc in docs:
        for line in doc.lines:
            word = line.text.strip()
            if not word:
                continue
            canon = aliases.get(word, word)
            hits.setdefault(canon, []).append(Occurrence(doc.name, line.number, 0, len(word)))
            f = forms.setdefault(canon, {})
            f[line.display.strip()] = f.get(line.display.strip(), 0) + 1
    return [Candidate(term=t, forms=forms[t], count=len(o), documents=len({x.document for x in o}),
                      score=0.5, kind="jargon", occurrences=o)
            for t, o in sorted(hits.items()) if len(o) >= min_count]


def line_pipeline() -> Pipeline:
    return fake_pipeline([], mine=line_miner)


def vocabulary(n: int, seed: int = 7) -> list[str]:
    """n distinct made-up three-character Han words, the same in both scripts."""
    import random

    rng = random.Random(seed)
    words: dict[str, None] = {}
    while len(words) < n:
        word = "".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(3))
        if to_simplified(word) == word == to_traditional(word):
            words[word] = None
    return list(words)
