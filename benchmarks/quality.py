"""Recall and precision of the miner against an editor's reference list.

    python benchmarks/quality.py                      # seeds/ against tests/data/seed_terms.txt
    python benchmarks/quality.py --corpus DIR --reference FILE [--accept FILE] [--files a.txt,b.txt]
    python benchmarks/quality.py --corpus ../shared/corpus/sanlian --sample 100   # for a person to judge

Recall: share of reference terms the miner proposes (as its term or one of its spellings).
Precision: share of mined terms that are in the reference or in the --accept list (genuine names
and jargon an editor would not bother to list, e.g. 美国). Misses and rejects are printed so a
person can judge them. ``--sample N`` instead prints N proposals drawn at random (fixed seed) with
their counts, for a corpus nobody has a list for.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary.corpus import read_corpus  # noqa: E402
from glossary.latin import variant_key  # noqa: E402
from glossary.mine import mine  # noqa: E402
from glossary.script import to_simplified  # noqa: E402


def read_list(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def key(term: str) -> str:
    return variant_key(term) if term.isascii() else to_simplified(term)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "seeds")
    ap.add_argument("--reference", type=Path, default=ROOT / "tests/data/seed_terms.txt")
    ap.add_argument("--accept", type=Path, default=ROOT / "tests/data/seed_terms_accept.txt")
    ap.add_argument("--files", default="", help="comma-separated file names inside --corpus")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--sample", type=int, default=0, help="print N random proposals and stop")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    corpus = args.corpus
    tmp = None
    if args.files:
        tmp = tempfile.TemporaryDirectory()
        for name in args.files.split(","):
            shutil.copy(corpus / name, Path(tmp.name) / name)
        corpus = Path(tmp.name)
    docs = read_corpus(corpus, warn=lambda m: print(m, file=sys.stderr))
    t0 = time.perf_counter()
    cands = mine(docs, min_count=args.min_count)
    elapsed = time.perf_counter() - t0

    if args.sample:
        import random

        print(f"corpus: {len(docs)} documents; mined {len(cands)} terms in {elapsed:.2f} s; "
              f"{min(args.sample, len(cands))} at random (seed {args.seed}):")
        for c in random.Random(args.seed).sample(cands, min(args.sample, len(cands))):
            print(f"{c.term}\t{c.count}\t{c.documents}\t{c.kind}\t{c.score}")
        return
    reference = read_list(args.reference)
    accept = read_list(args.accept) if args.accept.exists() else []
    genuine = {key(t) for t in reference} | {key(t) for t in accept}
    found_keys: dict[str, str] = {}
    for c in cands:
        for form in (c.term, *c.forms):
            found_keys.setdefault(key(form), c.term)
    hits = [t for t in reference if key(t) in found_keys]
    misses = [t for t in reference if key(t) not in found_keys]
    good = [c for c in cands if key(c.term) in genuine]
    bad = [c for c in cands if key(c.term) not in genuine]

    print(f"corpus: {len(docs)} documents, {sum(d.chars for d in docs)} chars; "
          f"mined {len(cands)} terms in {elapsed:.2f} s")
    print(f"recall:    {len(hits)}/{len(reference)} = {len(hits) / max(1, len(reference)):.1%}")
    print(f"precision: {len(good)}/{len(cands)} = {len(good) / max(1, len(cands)):.1%}")
    print("missed:  ", " ".join(misses))
    print("not in lists:", " ".join(f"{c.term}({c.count})" for c in bad))
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
