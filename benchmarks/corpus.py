"""Benchmark reading and cleaning a corpus (`glossary.corpus.read_corpus`).

    .venv/bin/python benchmarks/corpus.py [--corpus ../shared/corpus/sanlian] [--runs 3] [--jobs 1]

Prints, for the first 100, 500 and all files: characters, lines, boilerplate lines, wall and CPU
seconds (best of --runs, in this process after one warm-up, so imports and the lazily loaded
character table are not counted; CPU of this process only, so with --jobs > 1 the workers' time
is in the wall figure alone) and characters per second of wall time. Also the damage found: U+FFFD
boundaries left in the display text.
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

from glossary.corpus import corpus_files, read_corpus  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "sanlian"


def measure(root: Path, runs: int, jobs: int) -> tuple[float, float, list]:
    best_wall = best_cpu = float("inf")
    docs: list = []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        docs = read_corpus(root, warn=lambda m: None, jobs=jobs)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return best_wall, best_cpu, docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    files = corpus_files(args.corpus)
    read_corpus(ROOT / "seeds", warn=lambda m: None)  # warm-up: imports, OpenCC, tables
    print(f"corpus {args.corpus} ({len(files)} files), jobs {args.jobs}")
    print(f"{'files':>6} {'chars':>10} {'lines':>8} {'boiler':>7} {'fffd':>5} "
          f"{'wall s':>7} {'cpu s':>7} {'Mchars/s':>9}")
    for n in sorted({min(n, len(files)) for n in (100, 500, len(files))}):
        with tempfile.TemporaryDirectory() as tmp:
            for path in files[:n]:
                target = Path(tmp) / path.relative_to(args.corpus)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, target)
            wall, cpu, docs = measure(Path(tmp), args.runs, args.jobs)
        chars = sum(d.chars for d in docs)
        lines = sum(len(d.lines) for d in docs)
        boiler = sum(line.boilerplate for d in docs for line in d.lines)
        fffd = sum(line.display.count("\ufffd") for d in docs for line in d.lines)
        print(f"{n:>6} {chars:>10} {lines:>8} {boiler:>7} {fffd:>5} "
              f"{wall:>7.2f} {cpu:>7.2f} {chars / wall / 1e6:>9.2f}")


if __name__ == "__main__":
    main()
