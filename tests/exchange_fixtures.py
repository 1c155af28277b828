"""A small hand-made glossary for the export/import/HTML tests (the miner is not involved)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from glossary.model import Context, Mined, Term
from glossary.store import write_term

INJECTED = "<script>window.__pwned=1</script>"


def sample_terms() -> list[Term]:
    return [
        Term(term="六小虎", traditional="六小虎", pinyin="Liù Xiǎohǔ", english="Six Little Tigers",
             alternatives=["AI Tigers"], avoid=["Six Small Tigers"], kind="jargon",
             note="China's six AI start-ups; <b>bold</b> & \"quoted\"\nsecond line",
             slug="liu-xiao-hu",
             mined=Mined(count=8, documents=2, score=0.93, gloss_source="corpus",
                         gloss_confidence=0.9, suggestions=["Six Little Tigers"],
                         contexts=[Context("003.txt", 1, "……等“六小虎”中，零一万物是最先表态……"),
                                   Context("004.txt", 9, "被業界稱為\"六小虎\"的智譜AI")])),
        Term(term="百模大战", traditional="百模大戰", variants=["百模之战"], pinyin="Bǎimó Dàzhàn",
             english="", kind="event", status="approved", slug="bai-mo-da-zhan",
             mined=Mined(count=3, documents=3, score=0.75)),
        Term(term="DeepSeek", traditional="DeepSeek", variants=["深度求索"], english="DeepSeek",
             avoid=["Deepseek"], kind="organization", status="approved", slug="deepseek",
             mined=Mined(count=20, documents=4, score=0.99)),
        Term(term="肖仰华", traditional="肖仰華", pinyin="Xiāo Yǎnghuá", english="Xiao Yanghua",
             kind="person", status="rejected", note="a|pipe, a comma; a tab\there",
             slug="xiao-yang-hua"),
        Term(term=INJECTED, traditional="", english="</script><img src=x onerror=window.__pwned=2>",
             avoid=["& <i>"], kind="other", slug="injected",
             mined=Mined(contexts=[Context("x.txt", 2, "<script>window.__pwned=3</script>")])),
    ]


def write_glossary(folder: Path, terms: list[Term] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for term in terms if terms is not None else sample_terms():
        write_term(folder, term)
    return folder


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def build_seed_glossary(factory: pytest.TempPathFactory) -> Path:
    """terms/ as `glossary build` makes it from seeds/; built once per test session."""
    from glossary.cli import main

    base = factory.getbasetemp() / "seed-glossary"
    terms = base / "terms"
    if (base / "built").exists():
        return terms
    base.mkdir(exist_ok=True)
    result = CliRunner().invoke(main, ["build", "--corpus", str(SEEDS), "--terms", str(terms)])
    assert result.exit_code == 0, result.output
    (base / "built").write_text("ok", encoding="utf-8")
    return terms
