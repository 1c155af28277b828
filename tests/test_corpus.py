"""Reading a corpus: file discovery, encoding detection, unreadable files, empty corpora."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from glossary.corpus import read_corpus, read_text
from glossary.errors import CorpusError
from tests.conftest import SEEDS

# Short, realistic texts: charset detectors are least reliable on exactly these.
SIMPLIFIED = [
    "零一万物CEO李开复当时表示,从商业角度考虑,只有大公司能继续做超大模型。",
    "百度文库的付费用户达到四千万。",
    "李开复表示",
    "通义千问",
    "模型",
]
TRADITIONAL = [
    "深度求索發佈了R1模型,其性能媲美最新版ChatGPT。",
    "蘿蔔快跑在香港獲得牌照。",
    "通義千問",
    "這讓人產生非常大的遐想",
    "鴻蒙",
]


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("text", SIMPLIFIED + TRADITIONAL)
@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_gbk_files_are_detected(tmp_path, text, encoding):
    assert read_text(write(tmp_path / "a.txt", text.encode(encoding))) == text


@pytest.mark.parametrize("text", TRADITIONAL)
@pytest.mark.parametrize("encoding", ["big5", "cp950"])
def test_big5_files_are_detected(tmp_path, text, encoding):
    assert read_text(write(tmp_path / "a.txt", text.encode(encoding))) == text


@pytest.mark.parametrize("text", SIMPLIFIED + TRADITIONAL + ["AI", "R1-Zero\n"])
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-8"])
def test_unicode_files_with_and_without_bom(tmp_path, text, encoding):
    assert read_text(write(tmp_path / "a.txt", text.encode(encoding))) == text


def test_utf8_bom_is_not_part_of_the_first_line(tmp_path):
    write(tmp_path / "a.txt", codecs.BOM_UTF8 + "來源:陸玖財經\n正文".encode())
    doc = read_corpus(tmp_path)[0]
    assert doc.lines[0].display == "來源:陸玖財經"


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    bytes(range(256)) * 4,
    b"\x00\x01\x02\x03hello",
])
def test_binary_files_are_refused(tmp_path, data):
    with pytest.raises(CorpusError) as err:
        read_text(write(tmp_path / "b.txt", data))
    assert "b.txt" in str(err.value)


def test_unreadable_file_is_skipped_with_a_warning_naming_it(tmp_path):
    write(tmp_path / "good.txt", "深度求索發佈了R1模型".encode("big5"))
    write(tmp_path / "sub" / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    warnings: list[str] = []
    docs = read_corpus(tmp_path, warn=warnings.append)
    assert [d.name for d in docs] == ["good.txt"]
    assert len(warnings) == 1 and "image.txt" in warnings[0]


def test_files_are_found_recursively_sorted_with_posix_names(tmp_path):
    for name in ["b.md", "a/z.txt", "a/b/c.txt", "notes.docx", "x.TXT", ".hidden/h.txt"]:
        write(tmp_path / name, "人工智能".encode())
    names = [d.name for d in read_corpus(tmp_path)]
    assert names == ["a/b/c.txt", "a/z.txt", "b.md", "x.TXT"]


@pytest.mark.parametrize("make", ["missing", "file", "empty", "only-binary", "no-articles",
                                  "blank-articles"])
def test_no_readable_corpus_is_an_error_naming_the_folder(tmp_path, make):
    root = tmp_path / "corpus"
    if make == "file":
        write(root, "人工智能".encode())
    elif make == "empty":
        root.mkdir()
    elif make == "only-binary":
        write(root / "x.txt", b"\x00\x01\x02")
    elif make == "no-articles":
        write(root / "x.csv", "人工智能".encode())
    elif make == "blank-articles":
        write(root / "a.txt", b"")
        write(root / "b.md", b"\n  \n")
    with pytest.raises(CorpusError) as err:
        read_corpus(root, warn=lambda _: None)
    assert err.value.path == str(root)


def test_utf8_with_a_broken_byte_stays_utf8(tmp_path):
    text = "深度求索發佈了R1模型,其性能媲美最新版ChatGPT,開發成本卻僅為零頭。" * 3
    data = text.encode()
    broken = data[:18] + b"\xff" + data[18:]
    assert read_text(write(tmp_path / "a.txt", broken)) == text[:6] + "\ufffd" + text[6:]


def test_crlf_line_ends_are_handled(tmp_path):
    write(tmp_path / "a.txt", "第一行\r\n第二行\r\n".encode("gbk"))
    doc = read_corpus(tmp_path)[0]
    assert [(ln.number, ln.display) for ln in doc.lines] == [(1, "第一行"), (2, "第二行")]


def test_lines_repeated_across_documents_are_template(tmp_path):
    footer = "本文为原创内容,欢迎分享"
    for i in range(4):
        write(tmp_path / f"{i}.txt", f"正文第{i}篇讲人工智能。\n{footer}\n".encode())
    docs = read_corpus(tmp_path)
    assert all(d.lines[1].boilerplate and not d.lines[0].boilerplate for d in docs)


def test_seed_corpus_reads_all_five_articles():
    docs = read_corpus(SEEDS)
    assert [d.name[:3] for d in docs] == ["000", "001", "002", "003", "004"]
    assert all(d.chars > 2000 for d in docs)
    assert docs[4].lines[-1].number == 86


def test_parallel_reading_gives_the_same_documents(tmp_path):
    for i in range(70):
        write(tmp_path / f"{i:03}.txt", f"第{i}篇:深度求索發佈了R1模型。\n責任編輯:某某\n".encode("big5"))
    write(tmp_path / "zz.txt", b"\x00\x01binary")
    warnings: list[str] = []
    parallel = read_corpus(tmp_path, warn=warnings.append, jobs=2)
    assert parallel == read_corpus(tmp_path, warn=lambda _: None)
    assert len(parallel) == 70 and len(warnings) == 1 and "zz.txt" in warnings[0]
