"""glossary import: round trips, merging into existing term files, foreign files, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from exchange_fixtures import build_seed_glossary, sample_terms, write_glossary
from glossary.cli import main
from glossary.store import load_terms, read_term

FORMATS = {  # name: (export arguments, file suffix)
    "tbx3": (["-f", "tbx"], ".tbx"),
    "tbx2": (["-f", "tbx", "--tbx-version", "2"], ".tbx"),
    "csv": (["-f", "csv"], ".csv"),
    "json": (["-f", "json"], ".json"),
}


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def export(terms_dir: Path, *args: str) -> str:
    result = run("export", "--terms", str(terms_dir), *args)
    assert result.exit_code == 0, result.output
    return result.stdout


def import_(terms_dir: Path, path: Path, *args: str) -> Result:
    return run("import", str(path), "--terms", str(terms_dir), *args)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


@pytest.fixture(scope="session")
def seed_glossary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_seed_glossary(tmp_path_factory)


@pytest.fixture
def glossary_dir(tmp_path: Path) -> Path:
    return write_glossary(tmp_path / "terms")


# ------------------------------------------------------------------------------------ round trips

@pytest.mark.parametrize("name", list(FORMATS))
def test_export_import_export_is_identical(glossary_dir: Path, tmp_path: Path, name: str) -> None:
    args, suffix = FORMATS[name]
    first = export(glossary_dir, *args)
    exported = tmp_path / f"glossary{suffix}"
    exported.write_text(first, encoding="utf-8")
    fresh = tmp_path / "fresh"
    result = import_(fresh, exported)
    assert result.exit_code == 0, result.output
    assert f"import: {len(sample_terms())} added, 0 merged, 0 skipped" in result.output
    assert export(fresh, *args) == first


def test_json_round_trip_keeps_every_field_including_mined(glossary_dir: Path,
                                                           tmp_path: Path) -> None:
    exported = tmp_path / "g.json"
    exported.write_text(export(glossary_dir, "-f", "json"), encoding="utf-8")
    fresh = tmp_path / "fresh"
    assert import_(fresh, exported).exit_code == 0
    def key(t):  # noqa: E306
        return t.term
    before = sorted(load_terms(glossary_dir), key=key)
    after = sorted(load_terms(fresh), key=key)
    for a, b in zip(before, after, strict=True):
        b.slug = a.slug
        assert a == b


def test_csv_imported_then_exported_as_omegat_equals_direct_omegat_export(
        glossary_dir: Path, tmp_path: Path) -> None:
    exported = tmp_path / "glossary.csv"
    exported.write_text(export(glossary_dir, "-f", "csv"), encoding="utf-8")
    fresh = tmp_path / "fresh"
    assert import_(fresh, exported).exit_code == 0
    assert export(fresh, "-f", "tsv") == export(glossary_dir, "-f", "tsv")


def test_round_trips_on_the_glossary_built_from_the_seeds(seed_glossary: Path,
                                                          tmp_path: Path) -> None:
    for name, (args, suffix) in FORMATS.items():
        first = export(seed_glossary, *args)
        exported = tmp_path / f"{name}{suffix}"
        exported.write_text(first, encoding="utf-8")
        fresh = tmp_path / f"fresh-{name}"
        assert import_(fresh, exported).exit_code == 0
        assert export(fresh, *args) == first, name


def test_omegat_file_imports_as_terms(tmp_path: Path) -> None:
    tsv = tmp_path / "omegat.txt"
    tsv.write_text("# exported by hand\n"
                   "百模大战\tWar of a Hundred Models\tpinyin: Bǎimó Dàzhàn · also: Hundred Model War\n"
                   "百模大戰\tWar of a Hundred Models\tpinyin: Bǎimó Dàzhàn · also: Hundred Model War\n"
                   "大模型\tlarge model\tthe usual rendering in tech news\n"
                   "大模型\tLLM\n", encoding="utf-8")
    terms_dir = tmp_path / "terms"
    result = import_(terms_dir, tsv)
    assert result.exit_code == 0, result.output
    assert "import: 2 added" in result.output
    war = read_term(terms_dir / "bai-mo-da-zhan.toml")
    assert (war.term, war.traditional, war.english, war.alternatives, war.pinyin) == (
        "百模大战", "百模大戰", "War of a Hundred Models", ["Hundred Model War"], "Bǎimó Dàzhàn")
    model = read_term(terms_dir / "da-mo-xing.toml")
    assert (model.english, model.alternatives, model.note) == (
        "large model", ["LLM"], "the usual rendering in tech news")


# ------------------------------------------------------------------------------------- merging

def write_csv(path: Path, *rows: str) -> Path:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_merge_fills_empty_fields_and_keeps_editors_values(glossary_dir: Path,
                                                           tmp_path: Path) -> None:
    csv_file = write_csv(tmp_path / "memoq.csv",
                         "zh-Hans,zh-Hant,en,en_alternatives,note",
                         "六小虎,六小虎,Six Tigers,Little Dragons,from memoQ",
                         ",百模大戰,War of a Hundred Models,,")
    mined_before = read_term(glossary_dir / "liu-xiao-hu.toml").mined
    result = import_(glossary_dir, csv_file)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "merged   liu-xiao-hu.toml  六小虎: alternatives" in out
    assert 'english: kept "Six Little Tigers", the file has "Six Tigers"' in out
    assert "merged   bai-mo-da-zhan.toml  百模大战: english" in out
    assert "import: 0 added, 2 merged, 0 skipped" in out
    tigers = read_term(glossary_dir / "liu-xiao-hu.toml")
    assert tigers.english == "Six Little Tigers"
    assert tigers.alternatives == ["AI Tigers", "Little Dragons"]
    assert tigers.note.startswith("China's six AI start-ups")
    assert tigers.mined == mined_before, "[mined] belongs to build"
    war = read_term(glossary_dir / "bai-mo-da-zhan.toml")
    assert war.english == "War of a Hundred Models"
    assert len(list(glossary_dir.glob("*.toml"))) == len(sample_terms()), \
        "the traditional form found the existing file: no new one"


def test_overwrite_replaces_editor_fields(glossary_dir: Path, tmp_path: Path) -> None:
    csv_file = write_csv(tmp_path / "memoq.csv", "zh-Hans,en,en_alternatives,status",
                         "六小虎,Six Tigers,Little Dragons,approved")
    result = import_(glossary_dir, csv_file, "--overwrite")
    assert result.exit_code == 0, result.output
    tigers = read_term(glossary_dir / "liu-xiao-hu.toml")
    assert (tigers.english, tigers.alternatives, tigers.status) == (
        "Six Tigers", ["Little Dragons"], "approved")
    assert tigers.avoid == ["Six Small Tigers"], "a column the file lacks is not wiped"


def test_avoided_rendering_is_not_made_an_alternative(glossary_dir: Path, tmp_path: Path) -> None:
    csv_file = write_csv(tmp_path / "x.csv", "zh-Hans,en,en_alternatives",
                         "六小虎,,Six Small Tigers")
    result = import_(glossary_dir, csv_file)
    assert 'alternatives: "Six Small Tigers" is in avoid, left there' in result.output
    assert read_term(glossary_dir / "liu-xiao-hu.toml").alternatives == ["AI Tigers"]


def test_reimporting_an_export_changes_nothing(glossary_dir: Path, tmp_path: Path) -> None:
    exported = tmp_path / "g.tbx"
    exported.write_text(export(glossary_dir, "-f", "tbx"), encoding="utf-8")
    before = snapshot(glossary_dir)
    result = import_(glossary_dir, exported)
    assert result.exit_code == 0
    assert f"0 added, 0 merged, {len(sample_terms())} skipped" in result.output
    assert snapshot(glossary_dir) == before


def test_new_term_gets_slug_pinyin_and_traditional(glossary_dir: Path, tmp_path: Path) -> None:
    csv_file = write_csv(tmp_path / "new.csv", "zh-Hans,en,kind", "大模型,large model,jargon",
                         "深度求索,DeepSeek,organization")
    result = import_(glossary_dir, csv_file)
    assert result.exit_code == 0, result.output
    assert "added    da-mo-xing.toml  大模型" in result.output
    # 深度求索 is an alternative of DeepSeek: it is that term, not a new one
    assert "deepseek.toml" in result.output and "shen-du-qiu-suo" not in result.output
    term = read_term(glossary_dir / "da-mo-xing.toml")
    from glossary.pinyin import term_pinyin
    assert term.pinyin == term_pinyin("大模型", "jargon") != ""
    assert term.traditional == "大模型"
    assert (term.kind, term.status) == ("jargon", "candidate")


def test_traditional_only_source_becomes_simplified_term(tmp_path: Path) -> None:
    csv_file = write_csv(tmp_path / "tw.csv", "zh-TW,English", "開源模型,open-source model")
    terms_dir = tmp_path / "terms"
    assert import_(terms_dir, csv_file).exit_code == 0
    [term] = load_terms(terms_dir)
    assert (term.term, term.traditional, term.english) == ("开源模型", "開源模型", "open-source model")


def test_dry_run_writes_nothing(glossary_dir: Path, tmp_path: Path) -> None:
    csv_file = write_csv(tmp_path / "new.csv", "zh-Hans,en", "大模型,large model", "六小虎,x")
    before = snapshot(glossary_dir)
    result = import_(glossary_dir, csv_file, "--dry-run")
    assert result.exit_code == 0
    assert "import: 1 would be added, 0 would be merged, 1 would be skipped" in result.output
    assert snapshot(glossary_dir) == before


def test_gb18030_and_bom_csv_files_are_read(tmp_path: Path) -> None:
    text = "zh-Hans,en\n百模大战,War of a Hundred Models\n"
    (tmp_path / "gbk.csv").write_bytes(text.encode("gb18030"))
    (tmp_path / "bom.csv").write_bytes(text.encode("utf-8-sig"))
    for name in ("gbk.csv", "bom.csv"):
        terms_dir = tmp_path / f"terms-{name}"
        result = import_(terms_dir, tmp_path / name)
        assert result.exit_code == 0, result.output
        assert [t.term for t in load_terms(terms_dir)] == ["百模大战"]


FOREIGN_V2 = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en-US">
  <martifHeader><fileDesc><sourceDesc><p>CAT tool export</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="e1">
      <descrip type="definition">Models with many parameters.</descrip>
      <langSet xml:lang="en-US">
        <ntig><termGrp><term>large model</term></termGrp></ntig>
        <ntig><termGrp><term>big model</term></termGrp></ntig>
      </langSet>
      <langSet xml:lang="zh-CN"><tig><term>大模型</term></tig></langSet>
      <langSet xml:lang="zh-TW"><tig><term>大模型</term></tig></langSet>
      <langSet xml:lang="de"><tig><term>großes Modell</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>
"""

FOREIGN_V3 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="zh" xmlns="urn:iso:std:iso:30042:ed:3.0">
  <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c9">
      <langSec xml:lang="zh-Hant"><termSec><term>開源</term></termSec></langSec>
      <langSec xml:lang="en">
        <termSec><term>open source</term>
          <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
        <termSec><term>open-source</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>opensource</term>
          <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>
"""


def test_foreign_tbx_files_import(tmp_path: Path) -> None:
    (tmp_path / "v2.tbx").write_text(FOREIGN_V2, encoding="utf-8")
    (tmp_path / "v3.xml").write_text(FOREIGN_V3, encoding="utf-8")
    terms_dir = tmp_path / "terms"
    assert import_(terms_dir, tmp_path / "v2.tbx").exit_code == 0
    assert import_(terms_dir, tmp_path / "v3.xml").exit_code == 0
    by_term = {t.term: t for t in load_terms(terms_dir)}
    model = by_term["大模型"]
    assert (model.english, model.alternatives, model.note) == (
        "large model", ["big model"], "Models with many parameters.")
    oss = by_term["开源"]
    assert (oss.traditional, oss.english, oss.alternatives, oss.avoid) == (
        "開源", "open-source", ["open source"], ["opensource"])


# ------------------------------------------------------------------------------------ bad input

BAD_INPUTS = [
    ("broken.tbx", "<tbx>\n<text><body>\n<conceptEntry>\n</body></text></tbx>\n",
     "broken.tbx:4:", "malformed XML"),
    ("other.tbx", "<html><body/></html>\n", "other.tbx:1:", "not a TBX file"),
    ("nozh.tbx", '<martif><text><body><termEntry>\n<langSet xml:lang="en"><tig><term>x</term>'
     "</tig></langSet></termEntry></body></text></martif>", "nozh.tbx:1:", "no Chinese term"),
    ("noen.csv", "zh-Hans,zh-Hant,note\n六小虎,六小虎,x\n", "noen.csv:1:", "missing column: 'en'"),
    ("nozh.csv", "en,note\nx,y\n", "nozh.csv:1:", "missing column"),
    ("short.csv", "zh-Hans,en\n六小虎,Six\n百模大战\n", "short.csv:3:", "row has 1 fields"),
    ("kind.csv", "zh-Hans,en,kind\n六小虎,Six,animal\n", "kind.csv:2:", "kind 'animal'"),
    ("quote.csv", 'zh-Hans,en\n六小虎,"Six\n', "quote.csv:", "malformed CSV"),
    ("one.tsv", "六小虎\tSix Little Tigers\n百模大战\n", "one.tsv:2:", "expected source<TAB>target"),
    ("bad.json", '[{"term": "x",}]', "bad.json:1:", "malformed JSON"),
    ("kind.json", '[{"term": "x", "kind": "animal"}]', "kind.json:", "entry 1"),
    ("glossary.xlsx", "PK", "glossary.xlsx:", "cannot tell the format"),
]


@pytest.mark.parametrize("name,content,where,message", BAD_INPUTS,
                         ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_exits_2_naming_file_and_line_and_writes_nothing(
        glossary_dir: Path, tmp_path: Path, name: str, content: str, where: str,
        message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    before = snapshot(glossary_dir)
    result = import_(glossary_dir, path)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"glossary: {tmp_path / where}"), result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert snapshot(glossary_dir) == before


def test_missing_file_exits_2(glossary_dir: Path, tmp_path: Path) -> None:
    result = import_(glossary_dir, tmp_path / "nope.csv")
    assert result.exit_code == 2
    assert "nope.csv: no such file" in result.stderr


def test_later_bad_row_stops_the_import_before_anything_is_written(tmp_path: Path) -> None:
    csv_file = write_csv(tmp_path / "x.csv", "zh-Hans,en,status", "大模型,large model,candidate",
                         "小模型,small model,maybe")
    terms_dir = tmp_path / "terms"
    result = import_(terms_dir, csv_file)
    assert result.exit_code == 2
    assert "x.csv:3: status 'maybe'" in result.stderr
    assert not terms_dir.exists() or not list(terms_dir.glob("*.toml"))


def test_import_into_a_folder_that_is_a_file_exits_2(tmp_path: Path) -> None:
    csv_file = write_csv(tmp_path / "x.csv", "zh-Hans,en", "大模型,large model")
    blocker = tmp_path / "terms"
    blocker.write_text("not a folder", encoding="utf-8")
    result = import_(blocker, csv_file)
    assert result.exit_code == 2
    assert "is a file" in result.stderr


def test_import_refuses_while_a_build_holds_the_lock(glossary_dir: Path,
                                                       tmp_path: Path) -> None:
    from glossary.lock import locked

    csv_file = write_csv(tmp_path / "x.csv", "zh-Hans,en", "大模型,large model")
    before = snapshot(glossary_dir)
    with locked(glossary_dir):
        result = import_(glossary_dir, csv_file)
        assert result.exit_code == 2
        assert "another build is running" in result.stderr
    assert snapshot(glossary_dir) == before
    assert import_(glossary_dir, csv_file).exit_code == 0
