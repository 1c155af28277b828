"""The exported HTML glossary in a real browser: headless Chromium (Debian's) driven by Playwright.

The glossary is the one `glossary build` makes from seeds/, plus one term whose text is a script.
A screenshot of each viewport is saved under tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner

from exchange_fixtures import build_seed_glossary
from glossary.cli import main
from glossary.model import Context, Mined, Term
from glossary.store import write_term

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).parent / "artifacts"
INJECTED = Term(term="<script>window.__pwned=1</script>", english="<img src=x onerror="
                "\"window.__pwned=2\">", note="</script><script>window.__pwned=3</script>",
                kind="other", slug="injected-script",
                mined=Mined(contexts=[Context("x.txt", 1, "<svg onload=window.__pwned=4>")]))


def chromium_path() -> Path:
    found = CHROMIUM if CHROMIUM.exists() else None
    found = found or next((Path(p) for name in ("chromium", "chromium-browser")
                           if (p := shutil.which(name))), None)
    if found is None:
        pytest.skip("no chromium executable (/usr/bin/chromium): .ci/run installs it via apt-get")
    return found


@pytest.fixture(scope="module")
def glossary_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    seeds = build_seed_glossary(tmp_path_factory)
    terms = tmp_path_factory.mktemp("browser") / "terms"
    shutil.copytree(seeds, terms)
    write_term(terms, INJECTED)
    page = terms.parent / "glossary.html"
    result = CliRunner().invoke(main, ["export", "--terms", str(terms), "-f", "html",
                                       "-o", str(page)])
    assert result.exit_code == 0, result.output
    return page


@pytest.fixture(scope="module")
def browser():
    executable = chromium_path()
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(executable), args=ARGS)
        yield b
        b.close()


def shown(page) -> list[str]:
    return page.eval_on_selector_all("article.term", "els => els.map(e => e.dataset.term)")


def count(page) -> int:
    """The number of matching terms the summary line reports."""
    return int(page.inner_text("#summary").split(" of ")[0])


def search(page, text: str) -> list[str]:
    page.fill("#q", text)
    page.wait_for_function(
        "q => document.getElementById('q').value === q && "
        "document.getElementById('summary').dataset.query === q", arg=text)
    return shown(page)


@pytest.mark.parametrize("viewport", [(1280, 900), (390, 844)], ids=["desktop", "phone"])
def test_search_filters_and_no_script_runs(browser, glossary_page: Path,
                                           viewport: tuple[int, int]) -> None:
    width, height = viewport
    page = browser.new_page(viewport={"width": width, "height": height})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    requests: list[str] = []
    page.on("request", lambda req: requests.append(req.url))
    page.goto(glossary_page.as_uri())
    page.wait_for_selector("article.term")
    total = count(page)
    assert total > 100
    assert len(shown(page)) == min(total, 200), "a long list is shown 200 at a time"

    hits = search(page, "六小虎")
    assert "六小虎" in hits and len(hits) < total
    assert search(page, "百模大戰") == ["百模大战"], "traditional script finds the term"
    assert "六小虎" in search(page, "liuxiaohu"), "pinyin without tones or spaces"
    assert "六小虎" in search(page, "Liù Xiǎohǔ")
    card = page.locator('article.term[data-term="六小虎"]')
    assert "Liù" in card.inner_text() or "liù" in card.inner_text()

    assert search(page, "window.__pwned") == [INJECTED.term]
    text = page.locator("article.term").first.inner_text()
    assert "<script>window.__pwned=1</script>" in text, "shown as text"
    page.click("article.term details summary")
    assert "<svg onload=window.__pwned=4>" in page.locator("article.term").first.inner_text()
    assert page.evaluate("window.__pwned") is None, "no injected script ran"
    assert page.evaluate("document.querySelectorAll('main img, main svg, main script').length") == 0

    search(page, "")
    page.select_option("#kind", "person")
    people = shown(page)
    assert people and len(people) == count(page) < total
    kinds = page.evaluate(
        "JSON.parse(document.getElementById('glossary-data').textContent)"
        ".reduce((m, t) => (m[t.term] = t.kind, m), {})")
    assert {kinds[t] for t in people} == {"person"}
    page.select_option("#kind", "")
    page.select_option("#sort", "score")
    by_score = shown(page)
    scores = page.evaluate(
        "JSON.parse(document.getElementById('glossary-data').textContent)"
        ".reduce((m, t) => (m[t.term] = t.score, m), {})")
    assert [scores[t] for t in by_score] == sorted((scores[t] for t in by_score), reverse=True)
    page.select_option("#sort", "pinyin")
    search(page, "六小虎")

    assert page.evaluate("decodeURIComponent(location.hash)") == "#q=六小虎"
    page.goto(glossary_page.as_uri() + "#q=" + quote("百模大戰"))
    page.reload()
    page.wait_for_function("document.getElementById('summary').dataset.query === '百模大戰'")
    assert shown(page) == ["百模大战"], "a link with #q= opens on that search"

    assert errors == []
    assert all(url.startswith("file://") for url in requests), requests
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "no sideways scroll"
    ARTIFACTS.mkdir(exist_ok=True)
    name = "desktop" if width > 600 else "phone"
    page.screenshot(path=str(ARTIFACTS / f"glossary-{name}.png"), full_page=False)
    page.close()


def test_long_result_lists_are_shown_a_page_at_a_time(browser, tmp_path: Path) -> None:
    terms = tmp_path / "terms"
    for i in range(450):
        write_term(terms, Term(term=f"Model-{i:03d}", english=f"model {i:03d}", kind="product",
                               slug=f"model-{i:03d}", mined=Mined(score=i / 1000)))
    page_file = tmp_path / "g.html"
    assert CliRunner().invoke(main, ["export", "--terms", str(terms), "-f", "html",
                                     "-o", str(page_file)]).exit_code == 0
    page = browser.new_page()
    page.goto(page_file.as_uri())
    page.wait_for_selector("article.term")
    assert len(shown(page)) == 200
    assert page.inner_text("#summary") == "450 of 450 terms (first 200 shown)"
    page.click("button.more")
    assert len(shown(page)) == 400
    page.click("button.more")
    assert len(shown(page)) == 450 and page.locator("button.more").count() == 0
    page.select_option("#sort", "score")
    assert shown(page)[:2] == ["Model-449", "Model-448"], "highest score first, paging restarts"
    assert len(shown(page)) == 200
    assert search(page, "model 012") == ["Model-012"]
    page.close()
