"""Pinyin exactness and English acceptability on tests/data/pinyin_gloss.tsv.

    python benchmarks/pinyin_gloss.py [--corpus DIR ...] [--mined] [-v]

Glosses each listed term with a Glosser built on the given corpora (default: seeds/ and the
benchmark corpus ../shared/corpus/sanlian when present) and prints, per origin and overall, the
share of terms whose pinyin equals the expected string exactly and whose English is one of the
acceptable renderings (case, hyphens and a final plural "s" ignored). Origins: "seeds" (the seed
articles), "sanlian" (unseen articles, read while developing), "heldout" (three further articles,
listed after development and measured once).

With ``--mined`` the terms are the miner's candidates on the given corpora (default: seeds/) with
the miner's kinds and occurrences, as in a real build: only listed terms the miner found are
scored, and pinyin is compared ignoring case (capitals follow the kind, which the miner may get
wrong).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary.corpus import read_corpus  # noqa: E402
from glossary.gloss import Glosser  # noqa: E402
from glossary.model import Candidate  # noqa: E402
from glossary.pinyin import term_pinyin  # noqa: E402

TSV = ROOT / "tests" / "data" / "pinyin_gloss.tsv"


def norm(s: str) -> str:
    s = s.casefold().replace("-", " ").replace("’", "'")
    s = re.sub(r"^the ", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"s$", "", s)


def rows():
    for line in TSV.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            term, kind, pinyin, english, origin = line.split("\t")
            yield term, kind, pinyin, [e.strip() for e in english.split("|")], origin


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", action="append", type=Path)
    ap.add_argument("--mined", action="store_true",
                    help="score the miner's candidates with their kinds, as a build does")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    default = (ROOT / "seeds",) if args.mined else (ROOT / "seeds",
                                                    ROOT.parent / "shared/corpus/sanlian")
    corpora = args.corpus or [p for p in default if p.is_dir()]
    t0 = time.perf_counter()
    docs = [d for c in corpora for d in read_corpus(c, warn=lambda m: None)]
    t1 = time.perf_counter()
    glosser = Glosser(docs)
    t2 = time.perf_counter()
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    sources: dict[str, int] = defaultdict(int)
    mined = {}
    if args.mined:
        from glossary.mine import mine

        mined = {c.term: c for c in mine(docs)}
    for term, kind, pinyin, english, origin in rows():
        if args.mined:
            if term not in mined:
                continue
            cand = mined[term]
            kind = cand.kind
        else:
            cand = Candidate(term, {term: 1}, 1, 1, 1.0, kind)
        g = glosser.gloss(cand)
        got_py = term_pinyin(term, kind, g.english)   # as the build does
        ok_py = got_py.lower() == pinyin.lower() if args.mined else got_py == pinyin
        ok_en = norm(g.english) in {norm(e) for e in english}
        sources[g.source] += 1
        for key in (origin, "all"):
            s = stats[key]
            s[0] += 1
            s[1] += ok_py
            s[2] += ok_en
        if args.verbose and not (ok_py and ok_en):
            print(f"{term}\t{kind}\t{'' if ok_py else f'pinyin {got_py!r} != {pinyin!r}'}\t"
                  f"{'' if ok_en else f'english {g.english!r} ({g.source} {g.confidence})'}")
    t3 = time.perf_counter()
    print(f"corpus: {len(docs)} documents read in {t1 - t0:.1f} s; appositions in {t2 - t1:.2f} s;"
          f" {stats['all'][0]} terms glossed in {t3 - t2:.2f} s")
    for key, (n, py, en) in sorted(stats.items()):
        print(f"{key:8s} terms {n:3d}  pinyin exact {py / n:6.1%}  english acceptable {en / n:6.1%}")
    print("gloss sources:", dict(sorted(sources.items())))


if __name__ == "__main__":
    main()
