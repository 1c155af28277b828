"""Time pinyin, slugs and English glosses over the miner's terms of a corpus.

    python benchmarks/pinyin_speed.py [--corpus DIR] [--jobs N]

Mines the corpus (default: the benchmark corpus ../shared/corpus/sanlian, else seeds/) once, then
prints the time to load the dictionary and segmenter, to compute every term's pinyin and slug (as
a build does: both for each term) and to gloss every term without corpus evidence. Each phase
starts cold for the terms (a fresh process), so the figures include the per-term caches' misses.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary.corpus import read_corpus  # noqa: E402
from glossary.mine import mine  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    corpus = args.corpus or next(p for p in (ROOT.parent / "shared/corpus/sanlian", ROOT / "seeds")
                                 if p.is_dir())
    t0 = time.perf_counter()
    docs = read_corpus(corpus, warn=lambda m: None)
    terms = [(c.term, c.kind) for c in mine(docs, jobs=args.jobs)]
    t1 = time.perf_counter()
    from glossary import dictionary, gloss, pinyin

    dictionary.load()
    pinyin.term_pinyin("预热", "jargon")
    t2 = time.perf_counter()
    for term, kind in terms:
        pinyin.term_pinyin(term, kind)
        pinyin.slug(term, kind)
    t3 = time.perf_counter()
    for term, kind in terms:
        gloss.gloss_term(term, kind)
    t4 = time.perf_counter()
    print(f"{corpus.name}: {len(docs)} documents, {len(terms)} terms mined in {t1 - t0:.1f} s")
    print(f"load {t2 - t1:.2f} s   pinyin+slug {t3 - t2:.2f} s   gloss {t4 - t3:.2f} s")


if __name__ == "__main__":
    main()
