"""`glossary show` and `glossary search` through the CLI; text output against golden files.

Set UPDATE_GOLDEN=1 to rewrite tests/golden/terms/ after an intended change of output.
"""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import pytest
from click.testing import CliRunner

from glossary.cli import main
from glossary.errors import TermFileError
from glossary.model import Context, Mined, Term
from glossary.store import write_term

GOLDEN = Path(__file__).parent / "golden" / "terms"

TERMS = [
    Term("六小虎", "六小虎", pinyin="Liù Xiǎohǔ", english="Six Little Tigers",
         alternatives=["AI Tigers"], avoid=["Six Small Tigers"], kind="jargon", status="approved",
         note="Press nickname for six Chinese AI start-ups.\nKeep the capitals.",
         slug="liu-xiao-hu",
         mined=Mined(count=8, documents=2, score=0.93, gloss_source="corpus", gloss_confidence=0.9,
                     suggestions=["Six Little Tigers", "Six Tigers"],
                     contexts=[Context("003_03dae572601b0d08.txt", 1,
                                       "……等“六小虎”中，零一万物是最先表态……"),
                               Context("004_x.txt", 12, "大模型“六小虎”之一")])),
    Term("萝卜快跑", "蘿蔔快跑", pinyin="Luóbo Kuàipǎo", english="Apollo Go", kind="product",
         status="approved", slug="luo-bo-kuai-pao",
         mined=Mined(count=3, documents=1, score=0.5, gloss_source="name", gloss_confidence=0.6,
                     suggestions=["Apollo Go"],
                     contexts=[Context("001_y.txt", 7, "百度的蘿蔔快跑在武汉")])),
    Term("开源", "開源", pinyin="kāiyuán", kind="jargon", slug="kai-yuan",
         mined=Mined(count=20, documents=5, score=0.7, gloss_source="dictionary",
                     gloss_confidence=0.8, suggestions=["open source", "open-source"])),
    Term("DeepSeek-R1", "DeepSeek-R1", english="DeepSeek-R1", kind="product", slug="deepseek-r1"),
    Term("小虎队", "小虎隊", pinyin="Xiǎohǔduì", english="Little Tigers", kind="organization",
         slug="xiao-hu-dui", mined=Mined(count=2, documents=1, score=0.2)),
]


@pytest.fixture(scope="session")
def root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("glossary")
    for term in TERMS:
        write_term(root / "terms", term)
    return root


@pytest.fixture(autouse=True)
def cache_home(tmp_path_factory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home


@pytest.fixture
def cli(root: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(root)
    monkeypatch.delenv("GLOSSARY_TERMS", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)

    def invoke(*args: str, color: bool = False):
        result = CliRunner().invoke(main, list(args), color=color)
        assert result.exception is None or isinstance(result.exception, SystemExit), result.output
        return result
    return invoke


def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


# --- show ----------------------------------------------------------------------------------------

def test_show_whole_entry_with_contexts(cli):
    result = cli("show", "liuxiaohu")
    assert result.exit_code == 0
    golden("show-liu-xiao-hu.txt", result.output)


@pytest.mark.parametrize("query", ["六小虎", "Liù Xiǎohǔ", "liu xiao hu", "six little tigers",
                                   "AI TIGERS", "liu-xiao-hu", "Six Small Tigers"])
def test_show_finds_by_every_key(cli, query):
    result = cli("show", query)
    assert result.exit_code == 0
    assert result.output.startswith("六小虎  Liù Xiǎohǔ\n")


def test_show_traditional_query_and_header(cli):
    result = cli("show", "蘿蔔快跑")
    assert result.exit_code == 0
    golden("show-luo-bo-kuai-pao.txt", result.output)


def test_show_hand_made_term_without_mined(cli):
    result = cli("show", "deepseek-r1")
    golden("show-deepseek-r1.txt", result.output)


def test_show_json_is_the_term_with_its_file(cli):
    result = cli("show", "蘿蔔快跑", "--json")
    data = json.loads(result.output)
    assert data["file"] == "terms/luo-bo-kuai-pao.toml"
    assert list(data) == ["term", "traditional", "variants", "pinyin", "english", "alternatives",
                          "avoid", "kind", "status", "note", "mined", "file"]
    assert data["mined"]["contexts"] == [{"document": "001_y.txt", "line": 7,
                                          "text": "百度的蘿蔔快跑在武汉"}]


def test_show_several_exact_matches(cli, tmp_path):
    for term in (TERMS[0], Term("老虎", english="AI Tigers", slug="lao-hu")):
        write_term(tmp_path, term)
    result = cli("show", "ai tigers", "--terms", str(tmp_path))
    assert result.output.startswith("老虎\n")
    assert "\n\n六小虎  Liù Xiǎohǔ\n" in result.output
    data = json.loads(cli("show", "ai tigers", "--terms", str(tmp_path), "--json").output)
    assert [d["term"] for d in data] == ["老虎", "六小虎"]


def test_show_no_exact_match_suggests_and_exits_1(cli):
    result = CliRunner().invoke(main, ["show", "liuxiahu"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == ("no term 'liuxiahu'; did you mean:\n"
                             "  六小虎  Liù Xiǎohǔ  Six Little Tigers  [jargon, approved]\n")


def test_show_nothing_near(cli):
    result = CliRunner().invoke(main, ["show", "zebra"])
    assert (result.exit_code, result.stderr) == (1, "no term 'zebra'\n")


def test_show_styles_only_with_color_and_respects_no_color(cli, monkeypatch):
    plain = cli("show", "liuxiaohu").output
    styled = cli("show", "liuxiaohu", color=True).output
    assert "\x1b[" not in plain
    assert "\x1b[1m六小虎\x1b[0m" in styled              # bold header and highlighted contexts
    assert "“\x1b[1m六小虎\x1b[0m”" in styled
    assert "\x1b[32mapproved\x1b[0m" in styled                # status in green
    monkeypatch.setenv("NO_COLOR", "1")
    assert cli("show", "liuxiaohu", color=True).output == plain


# --- search --------------------------------------------------------------------------------------

def test_search_lines_are_aligned_and_ranked(cli):
    result = cli("search", "xiaohu")
    assert result.exit_code == 0
    golden("search-xiaohu.txt", result.output)


def test_search_english_substring_and_missing_english(cli):
    result = cli("search", "k")      # pinyin prefix, pinyin syllable, English mid-word
    golden("search-k.txt", result.output)


def test_search_chinese_in_either_script(cli):
    assert cli("search", "小虎").output == cli("search", "小虎").output
    assert cli("search", "蘿蔔").output.startswith("萝卜快跑")
    assert cli("search", "萝卜").output == cli("search", "蘿蔔").output


def test_search_json(cli):
    data = json.loads(cli("search", "tigers", "--json").output)
    assert [(d["term"], d["match"], d["file"]) for d in data] == [
        ("六小虎", "english", "terms/liu-xiao-hu.toml"),     # same rank: higher score first
        ("小虎队", "english", "terms/xiao-hu-dui.toml")]


def test_search_nothing_exits_1(cli):
    result = CliRunner().invoke(main, ["search", "zebra"])
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "no term matches 'zebra'\n")
    result = CliRunner().invoke(main, ["search", "zebra", "--json"])
    assert (result.exit_code, result.stdout) == (1, "[]\n")


# --- bad input -----------------------------------------------------------------------------------

def test_malformed_term_file_is_exit_2_naming_file_and_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "terms").mkdir()
    (tmp_path / "terms" / "a.toml").write_text('term = "x"\nkind = "animal"\n', encoding="utf-8")
    for command in ("show", "search"):
        result = CliRunner().invoke(main, [command, "x"])
        assert result.exit_code == 2
        assert result.stderr.startswith("glossary: terms/a.toml:2:8: 'kind' must be one of")


def test_missing_terms_folder_is_exit_2(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["show", "x"])
    assert result.exit_code == 2
    assert result.stderr == ("glossary: terms: no such folder of term files (use --terms DIR)\n")


def test_terms_folder_from_environment(root, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GLOSSARY_TERMS", str(root / "terms"))
    assert CliRunner().invoke(main, ["show", "开源"]).exit_code == 0


# --- the cache of parsed terms -------------------------------------------------------------------

def test_cached_terms_are_reused_until_a_file_changes(tmp_path, monkeypatch):
    from glossary import termcache

    folder = tmp_path / "terms"
    for term in TERMS[:2]:
        write_term(folder, term)
    first = termcache.load_terms_cached(folder)
    assert [t.term for t in first] == ["六小虎", "萝卜快跑"]
    assert termcache.cache_path(folder).is_file()

    parsed = []
    real = termcache.read_term
    monkeypatch.setattr(termcache, "read_term", lambda p: parsed.append(p.name) or real(p))
    assert termcache.load_terms_cached(folder) == first
    assert parsed == []                                   # nothing changed: nothing parsed

    edited = TERMS[1]
    write_term(folder, Term(**{**edited.__dict__, "english": "Apollo Go robotaxi"}))
    assert termcache.load_terms_cached(folder)[1].english == "Apollo Go robotaxi"
    assert parsed == ["luo-bo-kuai-pao.toml"]             # only the edited file is parsed again
    (folder / "liu-xiao-hu.toml").unlink()
    assert [t.term for t in termcache.load_terms_cached(folder)] == ["萝卜快跑"]


def test_unusable_cache_is_ignored(tmp_path, monkeypatch):
    from glossary import termcache

    folder = tmp_path / "terms"
    write_term(folder, TERMS[0])
    termcache.cache_path(folder).parent.mkdir(parents=True)
    termcache.cache_path(folder).write_bytes(b"not a pickle")
    assert [t.term for t in termcache.load_terms_cached(folder)] == ["六小虎"]
    version, cache = pickle.loads(termcache.cache_path(folder).read_bytes())
    cache = {name: (stat, ("damaged",)) for name, (stat, _) in cache.items()}
    termcache.cache_path(folder).write_bytes(pickle.dumps((version, cache)))
    assert termcache.load_terms_cached(folder) == [TERMS[0]]
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "terms" / "liu-xiao-hu.toml"))  # a file
    assert [t.term for t in termcache.load_terms_cached(folder)] == ["六小虎"]


def test_malformed_file_is_never_cached(tmp_path):
    from glossary import termcache

    folder = tmp_path / "terms"
    folder.mkdir()
    (folder / "a.toml").write_text('term = "x"\nkind = 1\n', encoding="utf-8")
    for _ in range(2):
        with pytest.raises(TermFileError):
            termcache.load_terms_cached(folder)
    assert not termcache.cache_path(folder).exists()


def test_search_columns_are_capped_so_one_long_rendering_does_not_push_every_line(cli, tmp_path):
    write_term(tmp_path, Term("长词", pinyin="chángcí", english="a " * 40 + "long rendering",
                              slug="chang-ci"))
    write_term(tmp_path, Term("长城", pinyin="Chángchéng", english="Great Wall", kind="place",
                              slug="chang-cheng"))
    lines = cli("search", "chang", "--terms", str(tmp_path)).output.splitlines()
    assert lines[0] == "长城  Chángchéng  Great Wall" + " " * 30 + "  [place, candidate]"
    assert lines[1].endswith("long rendering  [other, candidate]")
