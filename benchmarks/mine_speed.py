"""Speed and memory of the miner beside jieba's TF-IDF keywords on the same text.

    python benchmarks/mine_speed.py [--corpus DIR] [--sizes 100,500,0] [--jobs N]

For each size (number of files, 0 = all) it runs, each in a fresh process so peak memory is its
own: ``mine`` over the documents (reading and cleaning are not timed), and
``jieba.analyse.extract_tags`` over the same analysis text. Prints characters per second, wall
time and peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "sanlian"


def _run(corpus: Path, size: int, what: str, jobs: int) -> dict:
    from glossary.corpus import read_corpus

    docs = read_corpus(corpus, warn=lambda m: None)
    if size:
        docs = docs[:size]
    chars = sum(len(line.text) for d in docs for line in d.lines if not line.boilerplate)
    start = time.perf_counter()
    if what == "mine":
        from glossary.mine import mine

        found = len(mine(docs, jobs=jobs))
    else:
        import jieba
        import jieba.analyse

        jieba.setLogLevel(60)
        text = "\n".join(line.text for d in docs for line in d.lines if not line.boilerplate)
        found = len(jieba.analyse.extract_tags(text, topK=200))
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"docs": len(docs), "chars": chars, "wall": wall, "peak_mb": peak, "found": found}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--sizes", default="100,500,0")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--one", nargs=2, metavar=("SIZE", "WHAT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(_run(args.corpus, int(args.one[0]), args.one[1], args.jobs)))
        return
    print(f"{'files':>6} {'chars':>10} | {'mine s':>7} {'chars/s':>9} {'peak MB':>8} "
          f"{'terms':>6} | {'tf-idf s':>8} {'chars/s':>9} {'peak MB':>8} | speed-up")
    for size in (int(s) for s in args.sizes.split(",")):
        results = {}
        for what in ("mine", "tfidf"):
            out = subprocess.run([sys.executable, __file__, "--corpus", str(args.corpus),
                                  "--jobs", str(args.jobs), "--one", str(size), what],
                                 capture_output=True, text=True, check=True)
            results[what] = json.loads(out.stdout.strip().splitlines()[-1])
        m, t = results["mine"], results["tfidf"]
        print(f"{m['docs']:>6} {m['chars']:>10} | {m['wall']:>7.2f} {m['chars'] / m['wall']:>9.0f} "
              f"{m['peak_mb']:>8.0f} {m['found']:>6} | {t['wall']:>8.2f} "
              f"{t['chars'] / t['wall']:>9.0f} {t['peak_mb']:>8.0f} | {t['wall'] / m['wall']:.2f}x",
              flush=True)


if __name__ == "__main__":
    main()
