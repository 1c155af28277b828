"""glossary export: golden files per format, TBX schema validity, what each format carries."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from glossary.cli import main
from glossary.model import Term
from exchange_fixtures import INJECTED, sample_terms, write_glossary

DATA = Path(__file__).parent / "data"
GOLDEN = DATA / "exchange"
NS = {"t": "urn:iso:std:iso:30042:ed-2"}


@pytest.fixture
def glossary_dir(tmp_path: Path) -> Path:
    return write_glossary(tmp_path / "terms")


def export(terms_dir: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["export", "--terms", str(terms_dir), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def rng(version: int) -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(DATA / f"tbx-basic-v{version}.rng")))


@pytest.mark.parametrize("fmt,args,golden", [
    ("csv", [], "sample.csv"),
    ("tsv", [], "sample.tsv"),
    ("json", [], "sample.json"),
    ("tbx", [], "sample.tbx"),
    ("tbx", ["--tbx-version", "2"], "sample-v2.tbx"),
])
def test_export_matches_golden_file(glossary_dir: Path, fmt: str, args: list[str],
                                    golden: str) -> None:
    out = export(glossary_dir, "--format", fmt, *args)
    if os.environ.get("GLOSSARY_UPDATE_GOLDEN"):
        (GOLDEN / golden).write_bytes(out.encode("utf-8"))
    assert out == (GOLDEN / golden).read_bytes().decode("utf-8")


@pytest.mark.parametrize("version", [3, 2])
def test_tbx_validates_against_tbx_basic_schema(glossary_dir: Path, version: int) -> None:
    doc = etree.fromstring(export(glossary_dir, "-f", "tbx", "--tbx-version", str(version))
                           .encode("utf-8"))
    schema = rng(version)
    assert schema.validate(doc), schema.error_log


def test_tbx_schema_rejects_what_tbx_basic_forbids(glossary_dir: Path) -> None:
    """The schema is not a rubber stamp: an unknown status value or a term outside a termSec fails."""
    text = export(glossary_dir, "-f", "tbx")
    schema = rng(3)
    bad_status = text.replace("deprecatedTerm-admn-sts", "forbiddenTerm", 1)
    assert not schema.validate(etree.fromstring(bad_status.encode()))
    no_lang = text.replace('<langSec xml:lang="en">', "<langSec>", 1)
    assert not schema.validate(etree.fromstring(no_lang.encode()))


def test_tbx_v3_carries_every_editor_field_in_tbx_basic_categories(glossary_dir: Path) -> None:
    doc = etree.fromstring(export(glossary_dir, "-f", "tbx").encode("utf-8"))
    assert doc.get("type") == "TBX-Basic" and doc.get("style") == "dca"
    entry = next(e for e in doc.iterfind(".//t:conceptEntry", NS)
                 if e.findtext("t:langSec/t:termSec/t:term", namespaces=NS) == "六小虎")

    def terms(lang: str, status: str | None = None) -> list[str]:
        xpath = f't:langSec[@xml:lang="{lang}"]/t:termSec'
        found = []
        for sec in entry.iterfind(xpath, {**NS, "xml": "http://www.w3.org/XML/1998/namespace"}):
            admin = sec.findtext('t:termNote[@type="administrativeStatus"]', namespaces=NS)
            if status is None or admin == status:
                found.append(sec.findtext("t:term", namespaces=NS))
        return found

    assert terms("zh-Hans", "preferredTerm-admn-sts") == ["六小虎"]
    assert terms("zh-Hant") == ["六小虎"]
    assert terms("zh-Latn-pinyin") == ["Liù Xiǎohǔ"]
    assert terms("en", "preferredTerm-admn-sts") == ["Six Little Tigers"]
    assert terms("en", "admittedTerm-admn-sts") == ["AI Tigers"]
    assert terms("en", "deprecatedTerm-admn-sts") == ["Six Small Tigers"]
    notes = [n.text for n in entry.iterfind("t:note", NS)]
    assert notes[:2] == ["glossary-kind: jargon", "glossary-status: candidate"]
    assert notes[2].startswith("China's six AI start-ups; <b>bold</b>")
    contexts = entry.findall(".//t:descripGrp", NS)
    assert [(g.findtext('t:descrip[@type="context"]', namespaces=NS),
             g.findtext('t:admin[@type="source"]', namespaces=NS)) for g in contexts] == [
        ("……等“六小虎”中，零一万物是最先表态……", "003.txt:1"),
        ("被業界稱為\"六小虎\"的智譜AI", "004.txt:9")]
    pos = entry.findall('.//t:termNote[@type="partOfSpeech"]', NS)
    assert pos and {p.text for p in pos} == {"noun"}


def test_tbx_v2_is_read_by_translate_toolkit(glossary_dir: Path) -> None:
    """An independent TBX reader (the one Weblate and Pootle use) sees terms, status, notes."""
    tbx = pytest.importorskip("translate.storage.tbx")
    store = tbx.tbxfile.parsestring(export(glossary_dir, "-f", "tbx", "--tbx-version", "2")
                                    .encode("utf-8"))
    units = {u.source: u for u in store.units}
    assert set(units) == {t.term for t in sample_terms()}
    unit = units["六小虎"]
    english = [(t.text, t.deprecated) for t in unit.get_target_terms("en")]
    assert english == [("Six Little Tigers", False), ("AI Tigers", False),
                       ("Six Small Tigers", True)]
    assert [t.text for t in unit.get_target_terms("zh-Hant")] == ["六小虎"]
    assert [t.text for t in units["百模大战"].get_source_terms()] == ["百模大战", "百模之战"]


def test_csv_has_header_and_one_row_per_term(glossary_dir: Path) -> None:
    rows = list(csv.reader(io.StringIO(export(glossary_dir, "-f", "csv"))))
    assert rows[0] == ["zh-Hans", "zh-Hant", "zh_variants", "pinyin", "en", "en_alternatives",
                       "en_avoid", "kind", "status", "note"]
    assert len(rows) == 1 + len(sample_terms())
    by_term = {r[0]: r for r in rows[1:]}
    assert by_term["百模大战"][:3] == ["百模大战", "百模大戰", "百模之战"]
    assert by_term["肖仰华"][9] == "a|pipe, a comma; a tab\there"


def test_tsv_is_omegat_glossary_one_row_per_spelling(glossary_dir: Path) -> None:
    lines = export(glossary_dir, "-f", "tsv").splitlines()
    assert all(line.count("\t") == 2 for line in lines)
    rows = [line.split("\t") for line in lines]
    sources = [r[0] for r in rows]
    assert "肖仰华" not in sources, "rejected terms are not sent to translators"
    assert "百模大战" not in sources, "a term without English is no glossary entry"
    assert ["DeepSeek", "DeepSeek", "avoid: Deepseek"] in rows
    assert ["深度求索", "DeepSeek", "avoid: Deepseek"] in rows
    assert rows[[r[0] for r in rows].index("六小虎")][2].startswith(
        "pinyin: Liù Xiǎohǔ · also: AI Tigers · avoid: Six Small Tigers · note: China's")


def test_tsv_lists_traditional_and_variant_spellings(tmp_path: Path) -> None:
    folder = write_glossary(tmp_path / "terms", [
        Term(term="百模大战", traditional="百模大戰", variants=["百模之战"], english="war of a "
             "hundred models", slug="bai-mo-da-zhan")])
    rows = [line.split("\t")[:2] for line in export(folder, "-f", "tsv").splitlines()]
    assert rows == [["百模大战", "war of a hundred models"], ["百模大戰", "war of a hundred models"],
                    ["百模之战", "war of a hundred models"]]


def test_json_is_a_list_of_term_objects_with_spec_keys(glossary_dir: Path) -> None:
    data = json.loads(export(glossary_dir, "-f", "json"))
    assert isinstance(data, list) and len(data) == len(sample_terms())
    first = data[0]
    assert list(first)[:10] == ["term", "traditional", "variants", "pinyin", "english",
                                "alternatives", "avoid", "kind", "status", "note"]
    tigers = next(d for d in data if d["term"] == "六小虎")
    assert tigers["mined"]["count"] == 8
    assert tigers["mined"]["contexts"][1] == {"document": "004.txt", "line": 9,
                                              "text": "被業界稱為\"六小虎\"的智譜AI"}


def test_export_order_is_by_pinyin_not_file_name(glossary_dir: Path) -> None:
    data = json.loads(export(glossary_dir, "-f", "json"))
    assert [d["term"] for d in data] == ["百模大战", "DeepSeek", "六小虎", INJECTED, "肖仰华"]


def test_output_file_is_written_and_stdout_stays_empty(glossary_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "glossary.tbx"
    result = CliRunner().invoke(main, ["export", "--terms", str(glossary_dir), "-f", "tbx",
                                       "-o", str(target)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8") == export(glossary_dir, "-f", "tbx")
    assert [p.name for p in target.parent.iterdir()] == ["glossary.tbx"]


def test_status_filter(glossary_dir: Path) -> None:
    data = json.loads(export(glossary_dir, "-f", "json", "--status", "approved"))
    assert [d["term"] for d in data] == ["百模大战", "DeepSeek"]


def test_tbx_of_an_empty_glossary_is_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--terms", str(tmp_path / "none"), "-f", "tbx"])
    assert result.exit_code == 2
    assert "no terms to export" in result.stderr
    assert "Traceback" not in result.output


def test_characters_xml_cannot_carry_are_replaced_not_fatal(tmp_path: Path) -> None:
    folder = write_glossary(tmp_path / "terms", [
        Term(term="控制", traditional="控制", english="control", note="bell\x07here", slug="kong-zhi")])
    text = export(folder, "-f", "tbx")
    assert "bell\ufffdhere" in text
    assert rng(3).validate(etree.fromstring(text.encode()))


def test_bad_term_file_is_reported_with_exit_2(tmp_path: Path) -> None:
    folder = tmp_path / "terms"
    folder.mkdir()
    (folder / "bad.toml").write_text('term = "x"\nkind = "nonsense"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["export", "--terms", str(folder), "-f", "csv"])
    assert result.exit_code == 2
    assert "bad.toml:2" in result.stderr
