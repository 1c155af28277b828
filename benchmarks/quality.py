"""Recall and precision of the miner against an editor's reference list.

    python benchmarks/quality.py                      # seeds/ against tests/data/seed_terms.txt
    python benchmarks/quality.py --corpus DIR --reference FILE [--accept FILE] [--files a.txt,b.txt]
    python benchmarks/quality.py --corpus ../shared/corpus/sanlian --sample 100   # for a person to judge
    python benchmarks/quality.py --why                # and why each missed term was missed
    python benchmarks/quality.py --articles 25 [--seed 7] > a.tsv   # 25 random other articles

Recall: share of reference terms the miner proposes (as its term or one of its spellings).
Precision: share of mined terms that are in the reference or in the --accept list (genuine names
and jargon an editor would not bother to list, e.g. 美国). Misses and rejects are printed so a
person can judge them. ``--sample N`` instead prints N proposals drawn at random (fixed seed) with
their counts, for a corpus nobody has a list for. ``--why`` explains each miss: how the segmenter
cut it, whether it was general vocabulary (its rate over the background's), a fragment of longer
terms, a piece of text, or a candidate that scored under the threshold. ``--articles N`` mines N
articles drawn at random (``--seed``) from the benchmark corpus, leaving out the held-out sets and
the calibration articles, and prints every proposal: run it before and after a change and diff
the two to read what the change adds elsewhere.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import glossary.mine as miner  # noqa: E402
from glossary import score, vocabulary  # noqa: E402
from glossary.corpus import read_corpus  # noqa: E402
from glossary.latin import variant_key  # noqa: E402
from glossary.mine import mine  # noqa: E402
from glossary.script import to_simplified  # noqa: E402
from glossary.segment import segmenter  # noqa: E402


def read_list(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].split("\t", 1)[0].strip()    # a TSV's first field
        if line:
            out.append(line)
    return out


def key(term: str) -> str:
    return variant_key(term) if term.isascii() else to_simplified(term)


def other_articles(corpus: Path, n: int, seed: int) -> list[str]:
    """``n`` articles of ``corpus`` at random, none of the held-out sets or calibration ones."""
    import random

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from calibrate import UNSEEN
    from holdout import SETS

    avoid = set(UNSEEN.split(",")) | {name for files, _, _ in SETS.values() for name in files}
    names = sorted(p.name for p in corpus.glob("*.txt") if p.name not in avoid)
    return random.Random(seed).sample(names, min(n, len(names)))


REASONS = ("not in the text", "never one segment", "below min-count", "general vocabulary",
           "kind or junk filter", "fragment of longer terms", "scored under threshold")


def reasons(docs: list, misses: list[str], min_count: int) -> list[tuple[str, str, str]]:
    """Why the miner did not propose each missed term: (term, reason, detail), the reason one of
    ``REASONS``, the stage that lost it:

    - not in the text: the analysis text never has it as written;
    - never one segment: the segmenter always cut it (the cuts are shown) and no phrase of its
      segments became a candidate;
    - below min-count: cut whole, but fewer than ``min_count`` times;
    - general vocabulary: an everyday word by its rate over the background (``Judge.general``),
      or a dictionary phrase of general words (``Judge.compound``);
    - kind or junk filter: a candidate's shape or kind ruled it out (a title, a superlative, a
      segmentation accident, a place and a group, a glued particle, a Latin word with no capital
      or digit, a piece of text, a fragment of a longer name);
    - fragment of longer terms: a candidate whose spans longer terms took (shown);
    - scored under threshold: a candidate scored under ``THRESHOLD`` (the score is shown).
    """
    from glossary import candidates as cands, juxtapose
    from glossary.phrases import superlative
    from glossary.segment import ROLES

    judges: list = []
    pieces: set[str] = set()
    located: dict[str, object] = {}        # candidate key -> its Found, before longest match
    kept_keys: set[str] = set()            # ... those longest match kept
    fragments: set[str] = set()            # ... those kept that were pieces of a longer name
    text_piece, judge_class, threshold = score.text_piece, miner.Judge, miner.THRESHOLD
    locate, name_fragments = miner._locate, miner._name_fragments

    class Judge(judge_class):           # keeps the run's judge (corpus counts, background)
        def __init__(self, uni):
            super().__init__(uni)
            judges.append(self)

    def recording_text_piece(c, near_latin, texts):
        if text_piece(c, near_latin, texts):
            pieces.add(c.term)
        return False

    def recording_locate(found, *args, **kwargs):
        for f in found:
            located.setdefault(key(f.term), f)
        kept, spans = locate(found, *args, **kwargs)
        kept_keys.update(key(f.term) for f in kept)
        return kept, spans

    def recording_name_fragments(out, *args, **kwargs):
        drop = name_fragments(out, *args, **kwargs)
        fragments.update(key(out[i].term) for i in drop)
        return drop

    miner.Judge, miner.THRESHOLD, score.text_piece = Judge, -1.0, recording_text_piece
    miner._locate, miner._name_fragments = recording_locate, recording_name_fragments
    try:
        every = mine(docs, min_count=min_count)
    finally:
        miner.Judge, miner.THRESHOLD, score.text_piece = judge_class, threshold, text_piece
        miner._locate, miner._name_fragments = locate, name_fragments
    judge = judges[-1]
    by_key = {}
    for c in every:
        for form in (c.term, *c.forms):
            by_key.setdefault(key(form), c)
    texts = [line.text for d in docs for line in d.lines if not line.boilerplate]
    cut = segmenter().cut
    out = []
    for term in misses:
        t = key(term)
        c = by_key.get(t)
        if c is not None:
            where = f"[{c.kind}, {c.count}x in {c.documents} doc(s)]"
            if c.term in pieces:
                out.append((term, "kind or junk filter", f"a piece of text (score.text_piece) {where}"))
            else:
                out.append((term, "scored under threshold", f"scored {c.score:.3f} < {threshold} {where}"))
            continue
        if t in fragments:
            out.append((term, "kind or junk filter", "a piece of a longer name (mine._name_fragments)"))
            continue
        cuts: Counter = Counter()
        inside: Counter = Counter()
        folded = t.casefold() if t.isascii() else t
        for text in texts:
            hay = text.casefold() if t.isascii() else text
            start = hay.find(folded)
            while start >= 0:
                end = start + len(t)
                cuts[_cut_around(cut(text), start, end)] += 1
                for longer in every:
                    k = key(longer.term)
                    k = k.casefold() if k.isascii() else k
                    if len(k) > len(t) and folded in k:
                        at = hay.find(k, max(0, end - len(k)))
                        if 0 <= at <= start and at + len(k) >= end:
                            inside[longer.term] += 1
                            break
                start = hay.find(folded, start + 1)
        n = sum(cuts.values())
        if not n:
            out.append((term, "not in the text", "not in the analysis text as written"))
            continue
        detail = f"{n}x, cut " + ", ".join(f"{k} ({v})" for k, v in cuts.most_common(3))
        if inside:
            detail += "; inside " + ", ".join(f"{k} ({v})" for k, v in inside.most_common(3))
        if t in located:
            reason = "fragment of longer terms" if t not in kept_keys else "kind or junk filter"
            out.append((term, reason, detail))
            continue
        whole = sum(v for k, v in judge.uni.items() if (k.strip().casefold() if t.isascii() else k) == folded)
        if not whole:
            out.append((term, "never one segment", detail))
        elif whole < min_count:
            out.append((term, "below min-count", f"one segment only {whole}x; {detail}"))
        elif term.isascii():
            why = ("no capital or digit" if not any(ch.isupper() or ch.isdigit() for ch in term)
                   else "Latin filter")
            out.append((term, "kind or junk filter", f"{why}; {detail}"))
        elif judge.general(t, whole):
            out.append((term, "general vocabulary", _rate(judge, t, whole) + "; " + detail))
        elif judge.compound(t):
            out.append((term, "general vocabulary", "a dictionary phrase of general words; " + detail))
        else:
            shape = ("a title" if t in ROLES else "a superlative" if superlative(t) else
                     "a segmentation accident" if cands.split_accident(t, whole, judge.uni, judge) else
                     "a place and a group" if juxtapose.place_and_group(t, judge) else
                     "a glued particle or speech verb" if cands._glued_grammar(t, judge) else
                     "a one-character word" if len(t) < 2 else "not a candidate")
            out.append((term, "kind or junk filter", f"{shape}; {detail}"))
    return out


def print_reasons(why: list[tuple[str, str, str]]) -> None:
    """One line per missed term (``reasons``), then the reasons counted, commonest first."""
    for term, reason, detail in why:
        print(f"  {term}: {reason}: {detail}")
    counts = Counter(reason for _, reason, _ in why)
    print("reasons:", ", ".join(f"{reason} {n}" for reason, n in counts.most_common()))


def _rate(judge, word: str, count: int) -> str:
    """A general word's corpus rate over its background rate, as ``Judge.general`` sees it,
    and the rate it would need."""
    from glossary import dictionary

    freq, pos = judge.words[word]
    floor = word in dictionary.load() and freq < vocabulary.CEDICT_FLOOR
    if floor:
        freq = vocabulary.CEDICT_FLOOR
    ratio = (count / judge.corpus_total) / ((freq + 1) / judge.total)
    need = (vocabulary.NAME_RATIO if judge.name(word) else
            vocabulary.PREDICATE_RATIO if pos[:1] in "vadilz" else vocabulary.GENERAL_RATIO)
    return (f"{ratio:.0f}x its background rate, needs {need:.0f}x; jieba {pos}"
            + (", CC-CEDICT floor" if floor else ""))


def _cut_around(tokens: list[str], start: int, end: int) -> str:
    """The segments covering text[start:end], joined by |."""
    pos, covering = 0, []
    for tok in tokens:
        a, b = pos, pos + len(tok)
        if b > start and a < end:
            covering.append(tok)
        pos = b
    return "|".join(covering)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "seeds")
    ap.add_argument("--reference", type=Path, default=ROOT / "tests/data/seed_terms.txt")
    ap.add_argument("--accept", type=Path, default=ROOT / "tests/data/seed_terms_accept.txt")
    ap.add_argument("--files", default="", help="comma-separated file names inside --corpus")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--sample", type=int, default=0, help="print N random proposals and stop")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--why", action="store_true", help="explain each missed reference term")
    ap.add_argument("--articles", type=int, default=0,
                    help="mine N random benchmark articles (no held-out or calibration ones)")
    args = ap.parse_args()

    corpus = args.corpus
    tmp = None
    if args.articles:
        args.corpus = corpus = (ROOT.parent / "shared/corpus/sanlian"
                                if corpus == ROOT / "seeds" else corpus)
        args.files = ",".join(other_articles(corpus, args.articles, args.seed))
    if args.files:
        tmp = tempfile.TemporaryDirectory()
        for name in args.files.split(","):
            shutil.copy(corpus / name, Path(tmp.name) / name)
        corpus = Path(tmp.name)
    docs = read_corpus(corpus, warn=lambda m: print(m, file=sys.stderr))
    t0 = time.perf_counter()
    cands = mine(docs, min_count=args.min_count)
    elapsed = time.perf_counter() - t0

    if args.articles:
        print(f"# {args.files}")
        for c in cands:
            print(f"{c.term}\t{c.kind}\t{c.count}\t{c.documents}\t{c.score}")
        return
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
    if args.why and misses:
        print("why missed:")
        print_reasons(reasons(docs, misses, args.min_count))
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
