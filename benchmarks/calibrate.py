"""Refit the miner's termhood weights (``glossary.score.WEIGHTS``) and choose its threshold.

    python benchmarks/calibrate.py                 # seeds + the ten unseen sanlian articles
    python benchmarks/calibrate.py --unseen-corpus DIR --unseen-files a.txt,b.txt
    python benchmarks/calibrate.py --dev           # also judge held-out sets 1-3 (not fitted)

Every candidate the miner finds (threshold off) in the seed corpus and in the unseen articles is
labelled by the editors' lists (reference + accept lists: a genuine term or not). A logistic
regression over ``glossary.score.FEATURES`` is fitted to all of them; for a range of thresholds
it prints precision and recall on both corpora, and, leaving one unseen article out at a time
(fit on everything else, judge the candidates found only in that article), the held-out
precision and the share of genuine terms kept. Paste the printed weights into ``WEIGHTS`` and
pick ``THRESHOLD`` from the table. ``--dev`` adds, for each threshold, precision and recall on the
development sets of ``benchmarks/holdout.py`` (sets 1, 2 and 3; never a sealed set), judged by
the weights fitted without them. Pure Python; takes about a minute.
"""

from __future__ import annotations

import argparse
import math
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import glossary.mine as miner  # noqa: E402
from glossary import score  # noqa: E402
from glossary.corpus import read_corpus  # noqa: E402
from quality import key, read_list  # noqa: E402

DEV_SETS = ("1", "2", "3")         # development sets of holdout.py (set 3 was sealed until read)
UNSEEN = "0001.txt,0058.txt,0227.txt,0370.txt,0552.txt,0852.txt,0971.txt,1179.txt,1534.txt,1615.txt"


def collect(corpus: Path, reference: Path, accept: Path, label: str) -> list[dict]:
    """Every candidate of ``corpus`` with its features and the editors' verdict."""
    seen: list[dict] = []

    def record(features: dict[str, float]) -> float:
        seen.append(features)
        return float(len(seen))          # the score field carries the row number

    ref = {key(t) for t in read_list(reference)}
    genuine = ref | {key(t) for t in read_list(accept)}
    saved = miner._termhood, miner.THRESHOLD
    miner._termhood, miner.THRESHOLD = record, -1.0
    try:
        cands = miner.mine(read_corpus(corpus, warn=lambda m: None))
    finally:
        miner._termhood, miner.THRESHOLD = saved
    rows = []
    for c in cands:
        forms = {key(f) for f in (c.term, *c.forms)}
        rows.append({"set": label, "term": c.term, "good": key(c.term) in genuine,
                     "hits": forms & ref, "features": seen[int(c.score) - 1],
                     "documents": {o.document for o in c.occurrences}, "n_ref": len(ref)})
    return rows


def fit(rows: list[dict], iterations: int = 3000, l2: float = 0.01) -> list[float]:
    """Logistic regression by gradient descent (bias first, then FEATURES in order)."""
    xs = [[1.0] + [r["features"][f] for f in score.FEATURES] for r in rows]
    ys = [1.0 if r["good"] else 0.0 for r in rows]
    w = [0.0] * (len(score.FEATURES) + 1)
    for _ in range(iterations):
        grad = [0.0] * len(w)
        for x, y in zip(xs, ys):
            p = 1.0 / (1.0 + math.exp(-sum(a * b for a, b in zip(w, x))))
            for i, v in enumerate(x):
                grad[i] += (p - y) * v
        for i in range(len(w)):
            w[i] -= 0.5 * (grad[i] / len(xs) + (l2 * w[i] if i else 0.0))
    return w


def prob(w: list[float], row: dict) -> float:
    z = w[0] + sum(wi * row["features"][f] for wi, f in zip(w[1:], score.FEATURES))
    return 1.0 / (1.0 + math.exp(-z))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--unseen-corpus", type=Path, default=ROOT.parent / "shared/corpus/sanlian")
    ap.add_argument("--unseen-files", default=UNSEEN)
    ap.add_argument("--thresholds", default="0.45,0.5,0.52,0.53,0.54,0.55,0.56,0.58,0.6")
    ap.add_argument("--dev", action="store_true", help="also judge held-out sets 1-3")
    args = ap.parse_args()

    data = ROOT / "tests/data"
    rows = collect(ROOT / "seeds", data / "seed_terms.txt", data / "seed_terms_accept.txt", "seed")
    files = args.unseen_files.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        for name in files:
            shutil.copy(args.unseen_corpus / name, Path(tmp) / name)
        rows += collect(Path(tmp), data / "unseen_terms.txt", data / "unseen_terms_accept.txt",
                        "unseen")

    dev: list[dict] = []
    if args.dev:
        from holdout import SETS

        for label in DEV_SETS:
            names, reference, accept = SETS[label]
            with tempfile.TemporaryDirectory() as tmp:
                for name in names:
                    shutil.copy(args.unseen_corpus / name, Path(tmp) / name)
                dev += collect(Path(tmp), data / reference, data / accept, "dev" + label)

    w = fit(rows)
    print("WEIGHTS = {" + ", ".join(f'"{f}": {v:.2f}' for f, v in
                                    zip(("bias", *score.FEATURES), w)) + "}")
    thresholds = [float(t) for t in args.thresholds.split(",")]
    held: dict[float, list[int]] = {t: [0, 0, 0] for t in thresholds}
    for name in files:
        alone = [r for r in rows if r["set"] == "unseen" and r["documents"] == {name}]
        wf = fit([r for r in rows if r not in alone], iterations=1500)
        for t in thresholds:
            kept = [r for r in alone if prob(wf, r) >= t]
            held[t][0] += sum(r["good"] for r in kept)
            held[t][1] += len(kept)
            held[t][2] += sum(r["good"] for r in alone)
    for t in thresholds:
        line = [f"threshold {t:.2f}"]
        for label in ("seed", "unseen", *(("dev" + s for s in DEV_SETS) if dev else ())):
            part = [r for r in rows + dev if r["set"] == label]
            kept = [r for r in part if prob(w, r) >= t]
            good = sum(r["good"] for r in kept)
            hits = set().union(*(r["hits"] for r in kept)) if kept else set()
            n_ref = part[0]["n_ref"] if part else 0
            line.append(f"{label}: precision {good}/{len(kept)} = {good / max(1, len(kept)):.1%}"
                        f" recall {len(hits)}/{n_ref} = {len(hits) / max(1, n_ref):.1%}")
        g, k, total = held[t]
        line.append(f"held out: precision {g}/{k} = {g / max(1, k):.1%}, "
                    f"genuine kept {g}/{total} = {g / max(1, total):.1%}")
        print(" | ".join(line))


if __name__ == "__main__":
    main()
