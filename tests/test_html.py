"""glossary export --format html: one self-contained page; data embedded inert; search keys."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html as lxml_html

from exchange_fixtures import INJECTED, sample_terms, write_glossary
from glossary.cli import main
from glossary.exchange.html import embed_json


@pytest.fixture
def page(tmp_path: Path) -> str:
    folder = write_glossary(tmp_path / "terms")
    result = CliRunner().invoke(main, ["export", "--terms", str(folder), "-f", "html"])
    assert result.exit_code == 0, result.output
    return result.stdout


def records(page: str) -> list[dict]:
    doc = lxml_html.fromstring(page)
    [data] = doc.xpath('//script[@id="glossary-data"]')
    return json.loads(data.text)


def test_page_embeds_every_term_with_every_field(page: str) -> None:
    data = {r["term"]: r for r in records(page)}
    assert set(data) == {t.term for t in sample_terms()}
    tigers = data["六小虎"]
    assert tigers["pinyin"] == "Liù Xiǎohǔ"
    assert tigers["alternatives"] == ["AI Tigers"] and tigers["avoid"] == ["Six Small Tigers"]
    assert (tigers["kind"], tigers["status"], tigers["score"]) == ("jargon", "candidate", 0.93)
    assert tigers["contexts"][0] == {"document": "003.txt", "line": 1,
                                     "text": "……等“六小虎”中，零一万物是最先表态……"}
    assert data["百模大战"]["traditional"] == "百模大戰"


def test_search_keys_cover_both_scripts_toneless_pinyin_and_english(page: str) -> None:
    keys = {r["term"]: r["keys"] for r in records(page)}
    assert "百模大戰" in keys["百模大战"]["chinese"].split("\u0001")
    assert "百模之戰" in keys["百模大战"]["chinese"].split("\u0001"), "variants in both scripts"
    assert keys["六小虎"]["pinyin"] == "liuxiaohu"
    assert keys["六小虎"]["pinyin_spaced"] == "liu xiaohu"
    assert "ai tigers" in keys["六小虎"]["text"]


def test_no_value_can_close_the_data_script_or_become_markup(page: str) -> None:
    start = page.index('<script id="glossary-data" type="application/json">')
    end = page.index("</script>", start)
    embedded = page[start:end].split(">", 1)[1]
    assert not re.search(r"[<>&]", embedded)
    assert "window.__pwned" in embedded   # the injected text is there, inert
    assert INJECTED not in page
    doc = lxml_html.fromstring(page)
    assert len(doc.xpath("//script")) == 2
    assert not doc.xpath("//img"), "no element may come from the data"


def test_embed_json_escapes_markup_characters() -> None:
    text = embed_json({"a": "</script><!-- & \u2028"})
    assert text == '{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028"}'
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


def test_page_is_self_contained(page: str) -> None:
    doc = lxml_html.fromstring(page)
    assert not doc.xpath("//*[@src] | //link | //iframe | //object | //embed")
    assert not re.search(r"https?://|//cdn|@import|url\(", page)
    viewport = doc.xpath('//meta[@name="viewport"]/@content')
    assert viewport == ["width=device-width, initial-scale=1"]


def test_content_security_policy_allows_only_the_pages_own_script(page: str) -> None:
    doc = lxml_html.fromstring(page)
    [csp] = doc.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')
    assert "default-src 'none'" in csp
    app = [s for s in doc.xpath("//script") if s.get("id") != "glossary-data"][0]
    # the hash is over the exact text between <script> and </script>
    start = page.index("<script>") + len("<script>")
    source = page[start:page.index("</script>", start)]
    assert source.strip() == app.text.strip()
    digest = base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp


def test_export_is_deterministic(tmp_path: Path) -> None:
    folder = write_glossary(tmp_path / "terms")
    outs = [CliRunner().invoke(main, ["export", "--terms", str(folder), "-f", "html"]).stdout
            for _ in range(2)]
    assert outs[0] == outs[1]
