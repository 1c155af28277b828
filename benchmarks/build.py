"""Figures for `glossary build`: throughput, wall time and peak memory, beside jieba's TF-IDF.

    .venv/bin/python benchmarks/build.py [--corpus DIR] [--sizes 100,500,0] [--jobs 1,2]

For each size (the first N files of the corpus, 0 = all) it runs, each in its own process so that
peak memory (ru_maxrss) is that run's alone:
  * `glossary build` into an empty terms folder, for every --jobs value;
  * `jieba.analyse.extract_tags(text, topK=200)` over the same files, decoded and simplified;
then `glossary build` on seeds/ (fresh with an empty cache folder as on a new machine, fresh,
and a no-op rebuild). Prints a table; never asserts.

Columns: wall time; CPU time (user + system, the run's worker processes included: on a machine
others are using, wall time varies a lot more than CPU time); characters per wall second; peak
resident memory of the largest process. Under each build, the wall and CPU time (workers included;
"read" includes importing the package) of its stages as the build's progress reports them:
reading the corpus, mining, describing (gloss, pinyin, contexts,
rendering, with changed files written to temporaries meanwhile) and committing the writes.
"""

from __future__ import annotations

import argparse
import json
import os
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


# Runs build_terms in-process and prints, after the summary line, the wall time of each stage
# as its progress callback reports them (JSON on the last line).
BUILD = """
import json, resource, sys, time
def cpu():
    own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
marks = [("start", time.perf_counter(), cpu())]
from glossary.build import build_terms
from glossary.workers import default_jobs
def progress(stage, done, total):
    if stage != marks[-1][0]:
        marks.append((stage, time.perf_counter(), cpu()))
jobs = int(sys.argv[3]) or default_jobs()
report = build_terms(sys.argv[1], sys.argv[2], jobs=jobs, progress=progress)
marks.append(("end", time.perf_counter(), cpu()))
print(report.summary())
names = {"start": "read", "mining": "mine", "glossing": "describe", "writing": "commit"}
stages = {names.get(a, a): [round(t2 - t1, 2), round(c2 - c1, 2)]
          for (a, t1, c1), (_, t2, c2) in zip(marks, marks[1:])}
print(json.dumps(stages))
"""


def measured(cmd: list[str], env: dict | None = None) -> tuple[float, float, float, str]:
    """Run cmd in a helper process that reports its child's wall time, CPU time (user + system,
    its own worker processes included) and ru_maxrss alone."""
    helper = ("import json, os, resource, subprocess, sys, time\n"
              "t = time.perf_counter()\n"
              "p = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE,"
              " text=True)\n"
              "wall = time.perf_counter() - t\n"
              "ru = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
              "print(json.dumps({'wall': wall, 'cpu': ru.ru_utime + ru.ru_stime,"
              " 'rss': ru.ru_maxrss / 1024, 'rc': p.returncode,"
              " 'out': p.stdout, 'err': p.stderr}))\n")
    env = dict(os.environ if env is None else env)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    res = subprocess.run([sys.executable, "-c", helper, *cmd], capture_output=True, text=True,
                         check=True, env=env)
    data = json.loads(res.stdout)
    if data["rc"] != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{data['err']}")
    return data["wall"], data["cpu"], data["rss"], data["out"]


def build_run(corpus: Path, terms: Path, jobs: int, env: dict | None = None
              ) -> tuple[float, float, float, str, dict]:
    """One `glossary build` (jobs 0: the CLI's default) measured; its summary and stage times."""
    wall, cpu, rss, out = measured([sys.executable, "-c", BUILD, str(corpus), str(terms),
                                    str(jobs)], env)
    summary, stages = out.strip().splitlines()[-2:]
    return wall, cpu, rss, summary, json.loads(stages)


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
    ap.add_argument("--jobs", default="1,2",
                    help="comma-separated --jobs values to build with (0: the CLI's default)")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    jobs = [int(j) for j in args.jobs.split(",")]

    print(f"{'files':>6} {'chars':>10} {'run':<16} {'wall s':>8} {'cpu s':>7} {'chars/s':>10} "
          f"{'peak MB':>8} {'terms':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            corpus = subset(args.corpus, n, Path(tmp) / f"corpus-{n}")
            files = len(list(corpus.iterdir()))
            wall, cpu, rss, out = measured([sys.executable, "-c", TFIDF, str(corpus)])
            tf = json.loads(out)
            chars = tf["chars"]
            print(f"{files:>6} {chars:>10,} {'jieba TF-IDF':<16} {wall:>8.2f} {cpu:>7.2f} "
                  f"{chars / wall:>10,.0f} {rss:>8.0f} {'':>6}   "
                  f"(extract_tags alone {tf['tfidf']:.2f} s)", flush=True)
            for j in jobs:
                terms = Path(tmp) / f"terms-{n}-{j}"
                wall, cpu, rss, summary, stages = build_run(corpus, terms, j)
                m = re.search(r"\(([\d,]+) characters\): ([\d,]+) terms", summary)
                bchars = int(m.group(1).replace(",", "")) if m else chars
                nterms = m.group(2) if m else "?"
                label = f"build --jobs {j}" if j else "build (default)"
                print(f"{files:>6} {bchars:>10,} {label:<16} {wall:>8.2f} {cpu:>7.2f} "
                      f"{bchars / wall:>10,.0f} {rss:>8.0f} {nterms:>6}   "
                      f"(x{tf['tfidf'] / wall:.2f} of extract_tags)", flush=True)
                print(f"{'':>34}stages wall/cpu s: " + ", ".join(
                    f"{k} {w:.2f}/{c:.2f}" for k, (w, c) in stages.items()), flush=True)
        seeds_terms = Path(tmp) / "terms-seeds"
        cold = {**os.environ, "XDG_CACHE_HOME": str(Path(tmp) / "empty-cache")}
        for label, terms, env in (("seeds, no cache", Path(tmp) / "terms-cold", cold),
                                  ("seeds build", seeds_terms, None),
                                  ("seeds rebuild", seeds_terms, None)):
            wall, cpu, rss, summary, stages = build_run(ROOT / "seeds", terms, 0, env)
            print(f"{5:>6} {'':>10} {label:<16} {wall:>8.2f} {cpu:>7.2f} {'':>10} {rss:>8.0f}   "
                  f"{summary}", flush=True)


if __name__ == "__main__":
    main()
