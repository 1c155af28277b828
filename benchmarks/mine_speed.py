"""Speed and memory of the miner beside jieba's TF-IDF keywords on the same text.

    python benchmarks/mine_speed.py [--corpus DIR] [--sizes 100,500,0] [--jobs N]
    python benchmarks/mine_speed.py --stages [--corpus DIR] [--jobs N]

For each size (number of files, 0 = all) it runs, each in a fresh process so peak memory is its
own: ``mine`` over the documents (reading and cleaning are not timed), and
``jieba.analyse.extract_tags`` over the same analysis text. Prints characters per second, wall
time and peak resident memory.

With ``--stages`` it mines the whole corpus once and prints, for each pass ``mine`` calls (the
module-level functions of ``glossary.mine`` called from ``mine`` itself), its CPU time: the
process's own and its forked workers' (user + system), which other load on the machine changes far
less than wall time, and its wall time. "quiet s" estimates the wall time on an idle machine:
the process's own CPU plus its workers' shared over ``--jobs``; the child that works beside the
parent (``workers.Aside``) is listed apart and counted as overlapping it.
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


def _cpu() -> tuple[float, float]:
    """CPU seconds (user + system) of this process and of its finished children."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def _stages(corpus: Path, jobs: int) -> None:
    """Mine ``corpus`` with every top-level pass of ``mine`` timed (CPU, workers included)."""
    import functools
    import inspect

    import glossary.mine as mine_module
    from glossary.corpus import read_corpus

    t0 = _cpu()
    docs = read_corpus(corpus, warn=lambda m: None)
    t1 = _cpu()
    spent: dict[str, list[float]] = {}
    depth = [0]

    def timed(name, function):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            if depth[0]:
                return function(*args, **kwargs)
            depth[0] += 1
            before, start = _cpu(), time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                after, wall = _cpu(), time.perf_counter() - start
                depth[0] -= 1
                own, kids, walls = spent.setdefault(name, [0.0, 0.0, 0.0])
                spent[name] = [own + after[0] - before[0], kids + after[1] - before[1],
                               walls + wall]
        return wrapper

    called = set(inspect.unwrap(mine_module.mine).__code__.co_names)
    for name, value in list(vars(mine_module).items()):
        if name in called and inspect.isfunction(value) and name != "mine":
            setattr(mine_module, name, timed(name, value))
    for name in ("kinds", "score"):          # the kind passes and scoring, by their function
        module = getattr(mine_module, name)
        for attr, value in list(vars(module).items()):
            if inspect.isfunction(value) and attr in called | {"short_form_kinds", "owner_kinds",
                                                                "coordinate_kinds"}:
                setattr(module, attr, timed(f"{name}.{attr}", value))
    class TimedAside(mine_module.Aside):     # the child working beside the parent
        def close(self):
            before = _cpu()
            super().close()
            spent["(child beside the parent)"] = [0.0, _cpu()[1] - before[1], 0.0]

    mine_module.Aside = TimedAside
    t2, w2 = _cpu(), time.perf_counter()
    found = mine_module.mine(docs, jobs=jobs)
    t3, w3 = _cpu(), time.perf_counter()
    print(f"read {sum(t1) - sum(t0):.2f} s CPU; mine {sum(t3) - sum(t2):.2f} s CPU, "
          f"{w3 - w2:.2f} s wall ({len(found)} terms, --jobs {jobs})")
    print(f"{'pass':<28} {'own s':>7} {'workers s':>9} {'wall s':>7} {'quiet s':>7}")
    quiet = 0.0
    for name, (own, kids, wall) in sorted(spent.items(), key=lambda kv: -kv[1][2]):
        beside = name.startswith("(child")       # overlaps the parent: no wall time of its own
        estimate = 0.0 if beside else own + kids / jobs
        print(f"{name:<28} {own:>7.2f} {kids:>9.2f} {wall:>7.2f} {estimate:>7.2f}")
        quiet += estimate
    rest = sum(t3) - sum(t2) - sum(own + kids for own, kids, _ in spent.values())
    print(f"{'(mine itself)':<28} {rest:>7.2f}")
    print(f"quiet-machine estimate of mine's wall time: {quiet + rest:.2f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--sizes", default="100,500,0")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--stages", action="store_true",
                    help="CPU time of each pass of mine() over the whole corpus")
    ap.add_argument("--one", nargs=2, metavar=("SIZE", "WHAT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.stages:
        _stages(args.corpus, args.jobs)
        return
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
