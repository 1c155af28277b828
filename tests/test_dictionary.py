"""CC-CEDICT access: lookups in both scripts, surname and positional readings, the cache."""

from __future__ import annotations

from pathlib import Path

import pytest

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
