"""The miner on held-out articles nobody tuned on: recall, precision, pinyin and English.

    python benchmarks/holdout.py [--set 1|2|3|4] [--show]   # --show: misses and why (not set 4)
    python benchmarks/holdout.py --corpus DIR --files a.txt,b.txt --reference TSV --accept FILE

The articles (../shared/corpus/sanlian/, never copied into the project) were chosen by a fixed rule
and the reference (tests/data/holdout_terms.tsv, with pinyin and English) was written by reading
them before the miner ever ran on them; see the comment header of that file. `--set 2` judges a
second, sealed set of eight (tests/data/holdout2_terms.tsv, same rules, its errors kept out of the
project). `--set 3` judges a third set of eight (tests/data/holdout3_terms.tsv), sealed for one session and
a development set since. `--set 4` judges a fourth set of eight (tests/data/holdout4_terms.tsv,
seed 20261207), sealed: measured, never shown (no `--show`, no `--list`), its articles and lists
never opened while changing the miner. They are copied into a
temporary corpus and built with `build_terms` into an empty temporary terms/ folder, as a user's
first `glossary build` would, and the fresh term files are judged:

- recall: reference terms the build proposes, as its term or any of its source forms;
- precision: proposed terms (by any source form) that are in the reference or the accept list;
- pinyin exact: of the reference terms found as a term's main form, the share whose pinyin is
  identical to the reference (and, beside it, ignoring case: capitals follow the kind);
- English acceptable: of the same, the share whose `english` is one of the reference renderings
  (case, hyphens, a leading "the" and a final plural "s" ignored; an empty `english` is not).

Measure with it; do not tune on it, or it stops being held out.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from glossary.build import build_terms  # noqa: E402
from glossary.corpus import read_corpus, read_text  # noqa: E402
from glossary.script import normalize_width, to_simplified  # noqa: E402
from glossary.store import load_terms  # noqa: E402
from pinyin_gloss import norm as english_norm  # noqa: E402
from quality import key as quality_key, print_reasons, read_list, reasons  # noqa: E402

# Chosen by the rule in tests/data/holdout_terms.tsv (seeded shuffle, unused files, typical length,
# two technology/business articles and six others).
FILES = ("0587.txt", "0342.txt", "1141.txt", "0306.txt", "1227.txt", "0981.txt", "1641.txt",
         "0798.txt")
# The second set, by the rule in tests/data/holdout2_terms.tsv (four technology/science/business).
FILES2 = ("1645.txt", "0997.txt", "0676.txt", "1104.txt", "1657.txt", "1396.txt", "0860.txt",
          "1288.txt")
# The third set (sealed for one session, a development set since), by the rule in tests/data/holdout3_terms.tsv (seed 20261125).
FILES3 = ("0165.txt", "0877.txt", "0752.txt", "1152.txt", "0362.txt", "0133.txt", "1618.txt",
          "0214.txt")
# The fourth, sealed set, by the rule in tests/data/holdout4_terms.tsv (seed 20261207).
FILES4 = ("1531.txt", "0510.txt", "0242.txt", "0829.txt", "0073.txt", "0054.txt", "1323.txt",
          "1153.txt")
SETS = {"1": (FILES, "holdout_terms.tsv", "holdout_accept.txt"),
        "2": (FILES2, "holdout2_terms.tsv", "holdout2_accept.txt"),
        "3": (FILES3, "holdout3_terms.tsv", "holdout3_accept.txt"),
        "4": (FILES4, "holdout4_terms.tsv", "holdout4_accept.txt")}
SEALED = frozenset({"4"})       # sets whose terms and misses are never printed


@dataclass(frozen=True)
class Ref:
    term: str
    pinyin: str
    english: tuple[str, ...]


def key(term: str) -> str:
    """Match key: width-unified, simplified; Latin spellings by their variant key."""
    return quality_key(normalize_width(term).strip())


def read_reference(path: Path) -> list[Ref]:
    refs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            sys.exit(f"{path}:{n}: expected term<TAB>pinyin<TAB>english, got {len(parts)} fields")
        term, pinyin, english = parts
        refs.append(Ref(term.strip(), pinyin.strip(),
                        tuple(e.strip() for e in english.split("|") if e.strip())))
    return refs


def pct(n: int, d: int) -> str:
    return f"{n}/{d} = {n / max(d, 1):.1%}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/sanlian")
    ap.add_argument("--set", choices=sorted(SETS), default="1",
                    help="which held-out set gives the defaults of --files, --reference, --accept")
    ap.add_argument("--files", help="comma-separated names inside --corpus")
    ap.add_argument("--reference", type=Path)
    ap.add_argument("--accept", type=Path)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--show", action="store_true",
                    help="list misses, false proposals and pinyin/English disagreements")
    ap.add_argument("--list", action="store_true",
                    help="list every proposed term, marked + (reference), ~ (accept list), - (neither)")
    ap.add_argument("--baseline", type=int, metavar="K", default=0,
                    help="also judge jieba's TF-IDF keywords (top K) on the same simplified text")
    args = ap.parse_args()
    if args.set in SEALED and (args.show or args.list):
        ap.error(f"set {args.set} is sealed: it is measured, never shown (no --show, no --list)")
    files, reference, accept_list = SETS[args.set]
    args.files = args.files or ",".join(files)
    args.reference = args.reference or ROOT / "tests/data" / reference
    args.accept = args.accept or ROOT / "tests/data" / accept_list

    names = args.files.split(",")
    missing = [n for n in names if not (args.corpus / n).is_file()]
    if missing:
        sys.exit(f"{args.corpus}: missing {', '.join(missing)} (the benchmark corpus is "
                 "../shared/corpus/sanlian; pass --corpus)")
    refs = read_reference(args.reference)
    accept = read_list(args.accept) if args.accept.exists() else []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for name in names:
            shutil.copy(args.corpus / name, corpus / name)
        t0 = time.process_time()
        report = build_terms(corpus, Path(tmp) / "terms", min_count=args.min_count, jobs=args.jobs,
                             warn=lambda m: print(m, file=sys.stderr))
        cpu = time.process_time() - t0
        fresh = load_terms(Path(tmp) / "terms")
        texts = {p.name: normalize_width(to_simplified(read_text(p))) for p in sorted(corpus.iterdir())}
        docs = read_corpus(corpus, warn=lambda m: None) if args.show else []
        text = "\n".join(texts.values())

    ref_by_key = {key(r.term): r for r in refs}
    genuine = set(ref_by_key) | {key(t) for t in accept}
    by_form: dict[str, object] = {}
    main_form: dict[str, object] = {}
    for t in fresh:
        main_form.setdefault(key(t.term), t)
        for f in t.forms():
            by_form.setdefault(key(f), t)

    found = [r for r in refs if key(r.term) in by_form]
    misses = [r for r in refs if key(r.term) not in by_form]
    good = [t for t in fresh if any(key(f) in genuine for f in t.forms())]
    bad = [t for t in fresh if not any(key(f) in genuine for f in t.forms())]

    scored = [(r, main_form[key(r.term)]) for r in found if key(r.term) in main_form]
    pinyin_exact = [(r, t) for r, t in scored if t.pinyin == r.pinyin]
    pinyin_case = [(r, t) for r, t in scored if t.pinyin.casefold() == r.pinyin.casefold()]
    english_ok = [(r, t) for r, t in scored
                  if t.english and english_norm(t.english) in {english_norm(e) for e in r.english}]
    n = len(scored)

    print(f"held-out build: {report.documents} documents, {report.characters:,} characters, "
          f"{len(fresh)} terms proposed ({cpu:.1f} s CPU)")
    print(f"recall              {pct(len(found), len(refs))}")
    print(f"precision           {pct(len(good), len(fresh))}")
    print(f"pinyin exact        {pct(len(pinyin_exact), n)}   (ignoring case "
          f"{len(pinyin_case) / max(n, 1):.1%})")
    print(f"English acceptable  {pct(len(english_ok), n)}   "
          f"({sum(1 for _, t in scored if not t.english)} with no English)")
    if len(scored) < len(found):
        print(f"({len(found) - len(scored)} reference terms found only as another term's variant "
              "are not scored for pinyin and English)")
    if args.baseline:
        import jieba.analyse

        tags = jieba.analyse.extract_tags(text, topK=args.baseline)
        tag_keys = {key(t) for t in tags}
        print(f"jieba TF-IDF top {args.baseline}: recall "
              f"{pct(sum(key(r.term) in tag_keys for r in refs), len(refs))}, precision "
              f"{pct(sum(key(t) in genuine for t in tags), len(tags))}")
    if args.list:
        print("\nproposed:")
        for t in sorted(fresh, key=lambda t: -t.mined.score):
            mark = ("+" if any(key(f) in ref_by_key for f in t.forms()) else
                    "~" if any(key(f) in genuine for f in t.forms()) else "-")
            print(f"  {mark} {t.term}  [{t.kind}, {t.mined.count}x, score {t.mined.score:.2f}]")
    if args.show:
        print("\nrecall by article (a term counts for every article it occurs in):")
        for name, body in texts.items():
            here = [r for r in refs if normalize_width(r.term) in body
                    or (r.term.isascii() and r.term.casefold() in body.casefold())]
            hit = sum(key(r.term) in by_form for r in here)
            print(f"  {name}  {pct(hit, len(here))}")
        print("\nmissed:", " ".join(r.term for r in misses))
        if misses:
            print("\nwhy missed:")
            print_reasons(reasons(docs, [normalize_width(r.term).strip() for r in misses],
                                  args.min_count))
        print("\nnot in the lists:")
        for t in sorted(bad, key=lambda t: -t.mined.score):
            print(f"  {t.term}  [{t.kind}, {t.mined.count}x, score {t.mined.score:.2f}]")
        print("\npinyin (proposed != reference):")
        for r, t in scored:
            if t.pinyin != r.pinyin:
                print(f"  {r.term}: {t.pinyin!r} != {r.pinyin!r}  [{t.kind}]")
        print("\nEnglish (proposed not among the reference renderings):")
        for r, t in scored:
            if (r, t) not in english_ok:
                print(f"  {r.term}: {t.english!r} ({t.mined.gloss_source}) not in "
                      f"{' | '.join(r.english)}  [{t.kind}]")


if __name__ == "__main__":
    main()
