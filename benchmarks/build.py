"""Figures for `glossary build`: throughput, wall time and peak memory, beside jieba's TF-IDF.

    .venv/bin/python benchmarks/build.py [--corpus DIR] [--sizes 100,500,0] [--jobs 1,2]

For each size (the first N files of the corpus, 0 = all) it runs, each in its own process so that
peak memory (ru_maxrss) is that run's alone:
  * `glossary build` into an empty terms folder, for every --jobs value;
  * `jieba.analyse.extract_tags(text, topK=200)` over the same files, decoded and simplified;
then `glossary build` on seeds/ (fresh, and a no-op rebuild). Prints a table; never asserts.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "sanlian"

TFIDF = """
import json, sys, time
from pathlib import Path
t0 = time.perf_counter()
from glossary.corpus import corpus_files, read_text
from glossary.script import to_simplified
text = "\\n".join(to_simplified(read_text(p)) for p in corpus_files(Path(sys.argv[1])))
t1 = time.perf_counter()
import jieba, jieba.analyse
jieba.setLogLevel(60)
tags = jieba.analyse.extract_tags(text, topK=200)
t2 = time.perf_counter()
print(json.dumps({"chars": len(text), "read": t1 - t0, "tfidf": t2 - t1, "tags": len(tags)}))
"""


def measured(cmd: list[str]) -> tuple[float, float, str]:
    """Run cmd in a helper process that reports its child's wall time and ru_maxrss alone."""
    helper = ("import json, os, resource, subprocess, sys, time\n"
              "t = time.perf_counter()\n"
              "p = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE,"
              " text=True)\n"
              "wall = time.perf_counter() - t\n"
              "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
              "print(json.dumps({'wall': wall, 'rss': rss, 'rc': p.returncode,"
              " 'out': p.stdout, 'err': p.stderr}))\n")
    res = subprocess.run([sys.executable, "-c", helper, *cmd], capture_output=True, text=True,
                         check=True)
    data = json.loads(res.stdout)
    if data["rc"] != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{data['err']}")
    return data["wall"], data["rss"], data["out"]


def subset(corpus: Path, n: int, into: Path) -> Path:
    files = sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".md"))
    chosen = files if n == 0 else files[:n]
    into.mkdir(parents=True)
    for f in chosen:
        (into / f.name).symlink_to(f)
    return into


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--sizes", default="100,500,0")
    ap.add_argument("--jobs", default="1,2")
    args = ap.parse_args()
    glossary = [sys.executable, "-m", "glossary"]
    sizes = [int(s) for s in args.sizes.split(",")]
    jobs = [int(j) for j in args.jobs.split(",")]

    print(f"{'files':>6} {'chars':>10} {'run':<16} {'wall s':>8} {'chars/s':>10} {'peak MB':>8} "
          f"{'terms':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            corpus = subset(args.corpus, n, Path(tmp) / f"corpus-{n}")
            files = len(list(corpus.iterdir()))
            wall, rss, out = measured([sys.executable, "-c", TFIDF, str(corpus)])
            tf = json.loads(out)
            chars = tf["chars"]
            print(f"{files:>6} {chars:>10,} {'jieba TF-IDF':<16} {wall:>8.2f} "
                  f"{chars / wall:>10,.0f} {rss:>8.0f} {'':>6}   "
                  f"(extract_tags alone {tf['tfidf']:.2f} s)")
            for j in jobs:
                terms = Path(tmp) / f"terms-{n}-{j}"
                wall, rss, out = measured([*glossary, "build", "--corpus", str(corpus),
                                           "--terms", str(terms), "--jobs", str(j)])
                m = re.search(r"\(([\d,]+) characters\): ([\d,]+) terms", out)
                bchars = int(m.group(1).replace(",", "")) if m else chars
                nterms = m.group(2) if m else "?"
                print(f"{files:>6} {bchars:>10,} {f'build --jobs {j}':<16} {wall:>8.2f} "
                      f"{bchars / wall:>10,.0f} {rss:>8.0f} {nterms:>6}")
        seeds_terms = Path(tmp) / "terms-seeds"
        for label in ("seeds build", "seeds rebuild"):
            wall, rss, out = measured([*glossary, "build", "--corpus", str(ROOT / "seeds"),
                                       "--terms", str(seeds_terms)])
            print(f"{5:>6} {'':>10} {label:<16} {wall:>8.2f} {'':>10} {rss:>8.0f}   "
                  f"{out.strip()}")


if __name__ == "__main__":
    main()
