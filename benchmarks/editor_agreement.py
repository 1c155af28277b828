"""How far a fresh build of a corpus agrees with the editors' reviewed glossary.

    python benchmarks/editor_agreement.py                  # seeds/ against the reviewed terms/
    python benchmarks/editor_agreement.py --corpus DIR --terms DIR

The reviewed glossary is the judge: approved terms are the names and jargon an editor wants
(with their corrected pinyin and English), rejected terms are junk. A fresh build into an empty
folder (so no editor data feeds back) is compared with it:
- recall: approved terms the fresh build proposes (by any source form);
- precision: of the fresh terms an editor judged, the share approved;
- pinyin exact: fresh pinyin identical to the approved pinyin;
- English acceptable: fresh English among the approved English and alternatives (case-insensitive).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary.build import build_terms  # noqa: E402
from glossary.script import to_simplified  # noqa: E402
from glossary.store import load_terms  # noqa: E402


def _keys(term) -> set[str]:
    return {to_simplified(f).casefold() for f in term.forms()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "seeds")
    ap.add_argument("--terms", type=Path, default=ROOT / "terms")
    ap.add_argument("--show", action="store_true", help="list every disagreement")
    args = ap.parse_args()

    reviewed = [t for t in load_terms(args.terms) if t.status in ("approved", "rejected")]
    by_form = {}
    for t in reviewed:
        for k in _keys(t):
            by_form[k] = t
    with tempfile.TemporaryDirectory() as tmp:
        build_terms(args.corpus, Path(tmp) / "terms")
        fresh = load_terms(Path(tmp) / "terms")

    matched: dict[str, object] = {}
    judged = approved_hits = 0
    unjudged = []
    pinyin_ok = english_ok = 0
    bad_pinyin, bad_english = [], []
    # a fresh term spelled exactly like the reviewed term is compared first (千问 vs 通义千问)
    fresh.sort(key=lambda f: (to_simplified(f.term) not in by_form
                              or to_simplified(by_form[to_simplified(f.term)].term) != to_simplified(f.term)))
    for f in fresh:
        ref = next((by_form[k] for k in _keys(f) if k in by_form), None)
        if ref is None:
            unjudged.append(f.term)
            continue
        judged += 1
        if ref.status != "approved":
            continue
        approved_hits += 1
        if ref.term in matched:
            continue
        matched[ref.term] = f
        if f.pinyin == ref.pinyin:
            pinyin_ok += 1
        else:
            bad_pinyin.append(f"{ref.term}: {f.pinyin!r} != {ref.pinyin!r}")
        if f.english.casefold() in {r.casefold() for r in ref.renderings()}:
            english_ok += 1
        else:
            bad_english.append(f"{ref.term}: {f.english!r} not in {ref.renderings()!r}")

    approved = [t for t in reviewed if t.status == "approved"]
    n = len(matched)
    print(f"fresh build of {args.corpus}: {len(fresh)} terms; {judged} judged by the editors, "
          f"{len(unjudged)} not reviewed")
    print(f"recall of approved terms   {n}/{len(approved)} = {n / max(len(approved), 1):.1%}")
    print(f"precision (judged terms)   {approved_hits}/{judged} = {approved_hits / max(judged, 1):.1%}")
    print(f"pinyin exact               {pinyin_ok}/{n} = {pinyin_ok / max(n, 1):.1%}")
    print(f"English acceptable         {english_ok}/{n} = {english_ok / max(n, 1):.1%}")
    if args.show:
        missed = [t.term for t in approved if t.term not in matched]
        print("\nmissed approved:", " ".join(missed))
        print("not reviewed:", " ".join(unjudged))
        print("\npinyin:\n  " + "\n  ".join(bad_pinyin))
        print("\nEnglish:\n  " + "\n  ".join(bad_english))


if __name__ == "__main__":
    main()
