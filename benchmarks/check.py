"""Benchmark `glossary check`: a 10,000-term glossary, a 100 KB and a 1 MB draft with source.

    .venv/bin/python benchmarks/check.py [--corpus ../shared/corpus/sanlian] [--terms 10000]

The glossary is generated from the corpus: the most frequent 2–4-character words (jieba) over a
slice of it, each with a synthetic English rendering (some with alternatives and avoid lists, a
fifth of them proper names). The sources are corpus articles not used for the glossary; each draft
paragraph renders the terms of its source paragraph (so paragraphs align) among filler words, with
a few deliberate mistakes. Prints the wall time of `python -m glossary check` in a subprocess,
interpreter start included: cold (empty cache: term files parsed, index built), warm (median of
five runs) and after an edit of one term file, each with its CPU time (user + system), which other
load on the machine disturbs less.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "sanlian"
SYLLABLES = ("ka", "lo", "mi", "ren", "sto", "va", "quel", "bri", "dan", "or", "tis", "pen",
             "hal", "ux", "gro", "fen", "li", "mar", "sel", "tor", "cu", "ne", "zo", "wex")
FILLER = ("the", "a", "of", "and", "to", "in", "that", "is", "for", "with", "as", "was", "on",
          "its", "by", "which", "this", "has", "from", "it", "said", "more", "than", "their")


def fake_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))


def make_glossary(corpus: Path, terms_dir: Path, count: int, rng: random.Random) -> dict[str, str]:
    import jieba

    from glossary.model import Term
    from glossary.script import to_simplified, to_traditional
    from glossary.store import write_term

    jieba.setLogLevel(60)
    files = sorted(corpus.glob("*.txt"))
    freq: Counter[str] = Counter()
    for path in files[: len(files) // 2]:
        text = to_simplified(path.read_text(encoding="utf-8", errors="replace"))
        freq.update(w for w in jieba.cut(text)
                    if 2 <= len(w) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in w))
        if len(freq) > count * 4:
            break
    english: dict[str, str] = {}
    used: set[str] = set()
    for i, (word, _) in enumerate(freq.most_common(count)):
        proper = rng.random() < 0.2
        while True:
            words = [fake_word(rng) for _ in range(rng.randint(1, 3))]
            rendering = " ".join(w.capitalize() if proper else w for w in words)
            if rendering.lower() not in used:
                used.add(rendering.lower())
                break
        alternatives = [fake_word(rng)] if rng.random() < 0.3 else []
        avoid = [fake_word(rng) + " " + fake_word(rng)] if rng.random() < 0.1 else []
        term = Term(term=word, traditional=to_traditional(word), english=rendering,
                    alternatives=alternatives, avoid=avoid,
                    kind="organization" if proper else "jargon",
                    status="approved" if rng.random() < 0.5 else "candidate", slug=f"t{i:05d}")
        write_term(terms_dir, term)
        english[word] = rendering
    return english


def make_pair(corpus: Path, english: dict[str, str], size: int, out: Path, name: str,
              rng: random.Random) -> tuple[Path, Path]:
    """A source (unseen corpus articles) and a draft of about ``size`` bytes rendering its terms."""
    import jieba

    files = sorted(corpus.glob("*.txt"))
    files = files[len(files) // 2:]
    src_lines: list[str] = []
    draft_paras: list[str] = []
    total = 0
    for path in files:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            line = line.strip()
            if not re.search("[\u4e00-\u9fff]", line):
                continue  # image links and other lines without Chinese are not paragraphs
            words = []
            for w in jieba.cut(line):
                if w in english:
                    r = english[w]
                    roll = rng.random()
                    if roll < 0.002:
                        continue                      # dropped rendering: missing-term
                    if roll < 0.004:
                        r = r.swapcase()              # wrong case
                    words.append(r)
                if rng.random() < 0.5:
                    words.append(rng.choice(FILLER))
            para = " ".join(words or ["nothing"])
            para = para[0].upper() + para[1:] + "."
            src_lines.append(line)
            draft_paras.append(para)
            total += len(para.encode()) + 2
            if total >= size:
                break
        if total >= size:
            break
    source = out / f"{name}.source.txt"
    draft = out / f"{name}.md"
    source.write_text("\n".join(src_lines) + "\n", encoding="utf-8")
    draft.write_text("\n\n".join(draft_paras) + "\n", encoding="utf-8")
    return source, draft


def run(args: list[str], env: dict[str, str]) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall and CPU seconds (user + system) of one `python -m glossary` run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "glossary", *args], env=env,
                          capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    if proc.returncode not in (0, 1):
        sys.exit(f"check failed ({proc.returncode}): {proc.stderr}")
    return elapsed, cpu, proc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--terms", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, default=None,
                        help="generate into this folder and keep it (for profiling)")
    opts = parser.parse_args()
    rng = random.Random(20261123)
    with tempfile.TemporaryDirectory(prefix="glossary-bench-") as tmp:
        tmp_path = opts.keep or Path(tmp)
        terms_dir = tmp_path / "terms"
        t0 = time.perf_counter()
        english = make_glossary(opts.corpus, terms_dir, opts.terms, rng)
        pairs = {label: make_pair(opts.corpus, english, size, tmp_path, label, rng)
                 for label, size in (("100KB", 100_000), ("1MB", 1_000_000))}
        print(f"setup: {len(english)} terms, drafts generated in {time.perf_counter() - t0:.1f} s")
        for label, (source, draft) in pairs.items():
            cache = tmp_path / f"cache-{label}"
            shutil.rmtree(cache, ignore_errors=True)  # the first run is cold
            env = dict(os.environ, XDG_CACHE_HOME=str(cache), NO_COLOR="1")
            args = ["check", str(draft), "--source", str(source), "--terms", str(terms_dir),
                    "--format", "json"]
            cold, cold_cpu, proc = run(args, env)
            warm_runs = [run(args, env) for _ in range(opts.runs)]
            warm = statistics.median(r[0] for r in warm_runs)
            warm_cpu = statistics.median(r[1] for r in warm_runs)
            # An editor changes one term file: the index is rebuilt, one file is parsed again.
            edited = terms_dir / "t00042.toml"
            edited.write_text(edited.read_text(encoding="utf-8").replace('note = ""',
                                                                         'note = "edited"'),
                              encoding="utf-8")
            after_edit, edit_cpu, _ = run(args, env)
            lines = proc.stdout.count('"rule"')
            print(f"{label:>5} draft ({draft.stat().st_size / 1000:.0f} KB, source "
                  f"{source.stat().st_size / 1000:.0f} KB, {lines} findings): "
                  f"cold {cold:.2f} s (cpu {cold_cpu:.2f}), "
                  f"warm {warm:.2f} s (cpu {warm_cpu:.2f}, median of {opts.runs}), "
                  f"after editing one term {after_edit:.2f} s (cpu {edit_cpu:.2f})")


if __name__ == "__main__":
    main()
